import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import demoAdapter from '@/utils/adapters/demo';
import { consoleMatchPatterns } from '@/utils/adapters/match-patterns';
import { watchDraft } from '@/utils/console/draft';
import { insertIntoComposer, replaceInComposer } from '@/utils/console/insert';
import { startReader } from '@/utils/console/reader';
import { mountDock } from '@/utils/dock/dock';
import { matchesShortcut, parseShortcut, type Shortcut } from '@/utils/dock/shortcut';
import { watchSuggestionKeys } from '@/utils/dock/suggestion-keys';
import { PORT_CONSOLE, type BackgroundToConsole, type ConsoleEvent } from '@/utils/protocol/ports';

const fromBackground = v.variant('type', [
  v.object({ type: v.literal('dock.toggle') }),
  v.object({ type: v.literal('dock.shortcut'), shortcut: v.pipe(v.string(), v.maxLength(64)) }),
  v.object({ type: v.literal('console.resend') }),
  v.object({ type: v.literal('sidebar.insert'), requestId: v.string(), text: v.string() }),
  v.object({ type: v.literal('sidebar.replace'), requestId: v.string(), find: v.string(), replacement: v.string() }),
]);

export default defineContentScript({
  matches: consoleMatchPatterns,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = demoAdapter;
    if (!document.querySelector(adapter.messageList) && !document.querySelector(adapter.composer)) return;

    const dock = await mountDock(ctx, location.host);
    // Only the background talks to us; nothing from the page (postMessage, DOM events) is ever obeyed.
    const port = browser.runtime.connect({ name: PORT_CONSOLE });
    const post = (event: ConsoleEvent) => {
      if (ctx.isValid) port.postMessage(event);
    };
    ctx.onInvalidated(() => port.disconnect());
    port.onDisconnect.addListener(() => ctx.abort());

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

    port.onMessage.addListener(async (raw: BackgroundToConsole) => {
      const parsed = v.safeParse(fromBackground, raw);
      if (!parsed.success) return;
      const message = parsed.output;
      switch (message.type) {
        case 'dock.toggle':
          return void dock.toggle();
        case 'dock.shortcut':
          toggleShortcut = parseShortcut(message.shortcut);
          return dock.showShortcut(message.shortcut);
        case 'console.resend':
          return reader.resend();
        case 'sidebar.insert':
          return post({ type: 'console.insert-result', requestId: message.requestId, ...(await insertIntoComposer(adapter, message.text)) });
        case 'sidebar.replace':
          return post({
            type: 'console.insert-result',
            requestId: message.requestId,
            ...(await replaceInComposer(adapter, message.find, message.replacement)),
          });
      }
    });

    watchSuggestionKeys(ctx.signal, (index) => post({ type: 'console.suggestion-key', index }));
    const reader = startReader(adapter, ctx.signal, post);
    watchDraft(adapter, ctx.signal, (text) => post({ type: 'console.draft', conversationKey: reader.conversationKey(), text }));
  },
});
