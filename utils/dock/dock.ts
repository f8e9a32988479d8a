import { browser } from 'wxt/browser';
import {
  DOCK_RAIL_WIDTH,
  clampDockWidth,
  dockLayoutsItem,
  readDockLayout,
  settingsItem,
  writeDockLayout,
  type DockLayout,
} from '../storage';
import { createReflow } from './reflow';

const HOST_TAG = 'undertone-dock';

/**
 * Docks the sidebar (an extension page in an iframe) on the right of the
 * console. It lives in a closed shadow root attached to <html>, outside any
 * subtree the console or our own observers watch. Width and collapsed state are
 * remembered per site in extension storage, which the sidebar writes too.
 */
export async function mountDock(ctx: { signal: AbortSignal }, site: string) {
  const doc = document;
  doc.querySelectorAll(HOST_TAG).forEach((stale) => stale.remove()); // left by a reloaded extension
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.innerHTML = `<style>
    :host{all:initial;position:fixed;top:0;right:0;height:100vh;z-index:2147483646;display:block}
    iframe{border:0;width:100%;height:100%;display:block;color-scheme:normal}
    .edge{position:absolute;left:-3px;top:0;width:6px;height:100%;cursor:ew-resize;touch-action:none}
    .edge:hover,.edge.dragging{background:rgba(90,110,140,.35)}
    :host([collapsed]) .edge{display:none}
  </style><div class="edge" role="separator" aria-orientation="vertical" aria-label="Resize the Undertone sidebar"></div>`;
  const frame = doc.createElement('iframe');
  frame.title = 'Undertone';
  frame.src = `${browser.runtime.getURL('/sidebar.html')}?site=${encodeURIComponent(site)}`;
  frame.allow = 'clipboard-write';
  shadow.append(frame);
  const edge = shadow.querySelector<HTMLElement>('.edge')!;
  const reflow = createReflow(doc);

  let layout: DockLayout = await readDockLayout(site);
  // When the agent prefers the browser's side panel, the injected dock steps aside entirely.
  let inSidePanel = (await settingsItem.getValue()).dock === 'sidepanel';
  const apply = (next: DockLayout) => {
    layout = next;
    const width = next.collapsed ? DOCK_RAIL_WIDTH : next.width;
    host.style.width = `${width}px`;
    host.toggleAttribute('collapsed', next.collapsed);
    host.hidden = inSidePanel;
    host.style.display = inSidePanel ? 'none' : '';
    host.dataset.width = String(width);
    reflow.reserve(inSidePanel ? 0 : width);
  };
  apply(layout);
  // When the iframe entered the page (epoch ms): the benchmark measures the sidebar's first paint from here.
  host.dataset.attachedAt = String(performance.timeOrigin + performance.now());
  doc.documentElement.append(host);

  const unwatchLayout = dockLayoutsItem.watch((layouts) => {
    if (layouts && Object.hasOwn(layouts, site)) apply({ ...layout, ...layouts[site] });
  });
  const unwatchSettings = settingsItem.watch((settings) => {
    inSidePanel = settings?.dock === 'sidepanel';
    apply(layout);
  });

  // Dragging the edge: pointer capture keeps the drag alive over the iframe and the page.
  edge.addEventListener(
    'pointerdown',
    (down) => {
      down.preventDefault();
      edge.setPointerCapture(down.pointerId);
      edge.classList.add('dragging');
      frame.style.pointerEvents = 'none';
      const startX = down.clientX;
      const startWidth = layout.width;
      const move = (event: PointerEvent) => apply({ ...layout, width: clampDockWidth(startWidth + startX - event.clientX) });
      const up = () => {
        edge.removeEventListener('pointermove', move);
        edge.classList.remove('dragging');
        frame.style.pointerEvents = '';
        void writeDockLayout(site, { width: layout.width });
      };
      edge.addEventListener('pointermove', move);
      edge.addEventListener('pointerup', up, { once: true });
      edge.addEventListener('pointercancel', up, { once: true });
    },
    { signal: ctx.signal },
  );

  ctx.signal.addEventListener('abort', () => {
    unwatchLayout();
    unwatchSettings();
    host.remove();
    reflow.remove();
  });

  return {
    toggle: () => writeDockLayout(site, { collapsed: !layout.collapsed }),
    /** Exposed on the host element so tests (and curious agents) can see the active toggle shortcut. */
    showShortcut: (shortcut: string) => void (host.dataset.shortcut = shortcut),
  };
}
