import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { htmlLang } from '@/utils/i18n';
import { createConsoleModel } from '@/utils/state/console-model';
import { createNotesModel } from '@/utils/state/notes-model';
import { createSettingsModel } from '@/utils/state/settings-model';
import { connectSidebarPort } from '@/utils/state/sidebar-port';
import { dockLayoutsItem, readDockLayout, writeDockLayout } from '@/utils/storage';
import { TranslateContext } from '../i18n';
import { ConsoleStatus } from './ConsoleStatus';
import { LatestMessage } from './LatestMessage';
import { NotesPanel } from './NotesPanel';
import './sidebar.css';

export interface SidebarAppProps {
  /** 'inline' when injected beside the console (it can collapse to a rail); 'sidepanel' in the browser's panel. */
  dock: 'inline' | 'sidepanel';
  /** The console's host, for per-site layout (inline only). */
  site?: string;
  /** The side panel follows the active tab of its window… */
  followTab?: () => Promise<number | undefined>;
  /** …and looks again when the agent switches tabs. */
  onTabChange?: (listener: () => void) => () => void;
}

export function SidebarApp({ dock, site, followTab, onTabChange }: SidebarAppProps) {
  const settingsModel = useMemo(() => createSettingsModel(), []);
  const consoleModel = useMemo(createConsoleModel, []);
  const notesModel = useMemo(createNotesModel, []);
  const collapsed = useSignal(false);
  const t = settingsModel.t.value;

  useEffect(() => settingsModel.start(), []);

  useEffect(() => {
    const port = connectSidebarPort({
      onConsole: consoleModel.receive,
      onDataChanged: (tables) => {
        if (tables.includes('*') || tables.includes('notes')) void notesModel.load();
      },
      followTab,
    });
    const stopFollowing = onTabChange?.(() => void port.follow());
    return () => {
      stopFollowing?.();
      port.close();
    };
  }, []);

  useSignalEffect(() => {
    void notesModel.load(consoleModel.conversationKey.value);
  });

  useSignalEffect(() => {
    document.documentElement.lang = htmlLang[settingsModel.language.value];
  });

  useEffect(() => {
    if (dock !== 'inline' || !site) return;
    void readDockLayout(site).then((layout) => (collapsed.value = layout.collapsed));
    return dockLayoutsItem.watch((layouts) => {
      if (layouts && Object.hasOwn(layouts, site)) collapsed.value = layouts[site]!.collapsed;
    });
  }, []);

  const setCollapsed = (value: boolean) => site && void writeDockLayout(site, { collapsed: value });

  return (
    <TranslateContext.Provider value={t}>
      {collapsed.value ? (
        <div class="rail">
          <button type="button" class="rail-button" aria-label={t('expand')} title={t('expand')} onClick={() => setCollapsed(false)}>
            <span aria-hidden="true">◂</span>
          </button>
          <span class="rail-title" aria-hidden="true">
            Undertone
          </span>
        </div>
      ) : (
        <div class="sidebar" data-dock={dock}>
          <header class="bar">
            <h1>{t('appName')}</h1>
            {dock === 'inline' && (
              <button type="button" class="icon-button" aria-label={t('collapse')} title={t('collapseHint')} onClick={() => setCollapsed(true)}>
                <span aria-hidden="true">▸</span>
              </button>
            )}
          </header>
          <main class="content">
            <ConsoleStatus model={consoleModel} />
            <LatestMessage model={consoleModel} />
            <NotesPanel model={notesModel} enabled={consoleModel.state.value != null} />
          </main>
        </div>
      )}
    </TranslateContext.Provider>
  );
}
