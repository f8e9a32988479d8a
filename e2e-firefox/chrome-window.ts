import type { Browser } from 'puppeteer-core';

type Send = (method: string, params: object) => Promise<{ result: Record<string, unknown> }>;
type RemoteValue = { type: string; value?: unknown };

/** Firefox's id for the extension's widgets: its add-on id, lower-cased, with every other character an underscore. */
const WIDGET = 'undertone_undertone_dev';

/**
 * Firefox's own browser window (browser.xhtml), scripted over WebDriver BiDi in
 * its privileged scope: the one way a test can press the real toolbar button
 * or look at the real sidebar. Needs `launchUndertone(…, { systemAccess: true })`.
 */
export async function chromeWindow(browser: Browser) {
  const { connection } = browser as unknown as { connection: { send: Send } };
  const send: Send = (method, params) => connection.send(method, params);
  const tree = await send('browsingContext.getTree', { 'moz:scope': 'chrome' }).catch(async (error: Error) => {
    throw new Error(`${await browser.version()} cannot script its own window over WebDriver BiDi (Firefox 148 or later can): ${error.message}`);
  });
  const contexts = tree.result.contexts as { context: string; url: string }[];
  const window = contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`Firefox showed no browser window in its privileged scope (found ${contexts.map((c) => c.url).join(', ') || 'none'})`);

  /** Runs `expression` (an expression, not a function) in the browser window and returns its JSON-able value. */
  async function evaluate<T>(expression: string): Promise<T> {
    const { result } = await send('script.evaluate', { expression: `JSON.stringify(${expression})`, target: { context: window!.context }, awaitPromise: true });
    if (result.type === 'exception') throw new Error(`In Firefox's window: ${JSON.stringify(result.exceptionDetails)}`);
    return JSON.parse(String((result.result as RemoteValue).value ?? 'null')) as T;
  }

  return {
    evaluate,
    /**
     * Clicks Undertone's toolbar button as the agent does. Firefox keeps an
     * extension's button in its Extensions menu until the agent pins it; this
     * pins it to the toolbar (the menu's "Pin to Toolbar"), then clicks it.
     */
    clickToolbarButton: () =>
      evaluate<string>(`(() => {
        const id = '${WIDGET}-browser-action';
        CustomizableUI.addWidgetToArea(id, CustomizableUI.AREA_NAVBAR);
        const button = CustomizableUI.getWidget(id).forWindow(window).node.querySelector('toolbarbutton');
        button.click();
        return button.id;
      })()`),
    /**
     * Presses Alt+Shift+`letter` as a keyboard's keys arrive: dispatched in
     * Firefox's own process (nsITextInputProcessor, as Firefox's own tests
     * type), so its shortcut handling sees them, with the focus in the address
     * bar or in the page (which hears the keys first, and may keep them).
     * WebDriver's own key input is dispatched inside the page and never reaches
     * Firefox's shortcuts.
     */
    pressAltShift: (letter: string, focus: 'address bar' | 'page') =>
      evaluate<string>(`(() => {
        ${focus === 'address bar' ? 'gURLBar.focus()' : 'gBrowser.selectedBrowser.focus()'};
        const keys = Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor);
        if (!keys.beginInputTransactionForTests(window)) throw new Error('no input transaction');
        const key = (key, code, keyCode) => new KeyboardEvent('', { key, code, keyCode });
        const held = [key('Alt', 'AltLeft', 18), key('Shift', 'ShiftLeft', 16)];
        const letter = key('${letter.toUpperCase()}', 'Key${letter.toUpperCase()}', ${letter.toUpperCase().charCodeAt(0)});
        for (const modifier of held) keys.keydown(modifier);
        keys.keydown(letter);
        keys.keyup(letter);
        for (const modifier of held.reverse()) keys.keyup(modifier);
        return document.activeElement.id;
      })()`),
    /** Which of the browser's sidebars is open ('' when none). */
    openSidebar: () => evaluate<string>(`SidebarController.isOpen ? SidebarController.currentID : ''`),
    sidebarId: `${WIDGET}-sidebar-action`,
  };
}
