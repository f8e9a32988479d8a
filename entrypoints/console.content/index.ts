import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { consoleMatchPatterns } from '@/utils/adapters/match-patterns';
import { startPicker } from '@/utils/picker/overlay';
import { afterNextFrame } from '@/utils/console/dom';
import { startSession } from '@/utils/console/session';
import { mountDock } from '@/utils/dock/dock';
import { matchesShortcut, parseShortcut, type Shortcut } from '@/utils/dock/shortcut';
import { watchSuggestionKeys } from '@/utils/dock/suggestion-keys';
import { request } from '@/utils/protocol/client';
import { backgroundToConsoleSchema, PORT_CONSOLE, type ConsoleEvent } from '@/utils/protocol/ports';
import { richHtmlOf } from '@/utils/snippets/rich-text';
import { readExpansionTrigger } from '@/utils/snippets/trigger-setting';
import { expansionTriggerItem } from '@/utils/storage';
import { chooseAdapter } from './choose';
import { saveAdapter } from './save-adapter';

export default defineContentScript({
  matches: consoleMatchPatterns,
  runAt: 'document_idle',
  async main(ctx) {
    const choice = await chooseAdapter(ctx.signal);
    if (!choice) return;

    // After the browser's next frame, the first reads of a long console find style and layout clean.
    await afterNextFrame();
    if (!ctx.isValid) return;
    const dock = await mountDock(ctx, location.host);
    // Only the background talks to us; nothing from the page (postMessage, DOM events) is ever obeyed.
    const port = browser.runtime.connect({ name: PORT_CONSOLE });
    const post = (event: ConsoleEvent) => {
      if (ctx.isValid) port.postMessage(event);
    };
    ctx.onInvalidated(() => port.disconnect());
    port.onDisconnect.addListener(() => ctx.abort());
    const session = startSession(choice.adapter, ctx.signal, post, {
      lookup: (shortcut) => request('snippets.byShortcut', { shortcut }),
      watchTrigger: (set) => {
        void readExpansionTrigger().then(set);
        const unwatch = expansionTriggerItem.watch(() => void readExpansionTrigger().then(set));
        ctx.onInvalidated(unwatch);
      },
    });

    let toggleShortcut: Shortcut | undefined;
    window.addEventListener(
      'keydown',
      (event) => {
        if (!event.isTrusted || !toggleShortcut || !matchesShortcut(event, toggleShortcut)) return;
        event.preventDefault();
        void dock.toggle();
      },
      { capture: true, signal: ctx.signal },
    );

    port.onMessage.addListener(async (raw: unknown) => {
      const parsed = v.safeParse(backgroundToConsoleSchema, raw);
      if (!parsed.success) return;
      const message = parsed.output;
      switch (message.type) {
        case 'dock.toggle':
          return void dock.toggle();
        case 'dock.shortcut':
          toggleShortcut = parseShortcut(message.shortcut);
          return dock.showShortcut(message.shortcut);
        case 'console.resend':
          return session.resend();
        case 'sidebar.mark':
          return session.mark(message.marks);
        case 'sidebar.insert':
          return post({
            type: 'console.insert-result',
            requestId: message.requestId,
            ...(await session.insert(message.text, message.cursor, message.blocks && richHtmlOf(message.blocks))),
          });
        case 'sidebar.pick':
          startPicker(ctx.signal, message.words, (adapter) => saveAdapter(adapter, message.words));
          return post({ type: 'console.insert-result', requestId: message.requestId, ok: true, method: 'picker' });
        case 'sidebar.replace':
          return post({
            type: 'console.insert-result',
            requestId: message.requestId,
            ...(await session.replace(message.find, message.replacement)),
          });
      }
    });

    watchSuggestionKeys(ctx.signal, (index) => post({ type: 'console.suggestion-key', index }));
  },
});
