import { editableOf } from './composer';

/**
 * Watches one insert attempt while the editor settles: whether the text showed
 * up in the composer at any moment (mutation callbacks run before any later
 * event, so an undo straight after cannot hide it), and whether the agent
 * pressed a key or the mouse meanwhile (then the composer is theirs again).
 */
export function watchAttempt(composer: HTMLElement, hasText: () => boolean) {
  const editable = editableOf(composer);
  let landed = false;
  let agentActed = false;
  let onSettled: (() => void) | undefined;
  const note = () => {
    landed ||= hasText();
    if (landed) onSettled?.();
  };
  const observer = new MutationObserver(note);
  observer.observe(editable, { childList: true, characterData: true, subtree: true });
  const listening = new AbortController();
  const onAgent = (event: Event) => {
    if (!event.isTrusted) return;
    agentActed = true;
    // The composer is the agent's again: no point waiting on for the text.
    onSettled?.();
  };
  for (const doc of new Set([document, editable.ownerDocument])) {
    for (const type of ['keydown', 'mousedown']) doc.addEventListener(type, onAgent, { capture: true, signal: listening.signal });
  }
  return {
    /** After the technique ran: fields change their value without mutations. */
    note,
    landed: () => (note(), landed),
    agentActed: () => agentActed,
    /**
     * Resolves once the text shows up or the agent acts, or after `ms`: an
     * editor that renders through a framework (Slate, in a busy Firefox) can
     * take longer than two frames, and trying the next technique then would
     * insert the text twice.
     */
    landing(ms: number): Promise<boolean> {
      if (landed || agentActed) return Promise.resolve(landed);
      return new Promise((done) => {
        const timer = setTimeout(() => done(landed), ms);
        onSettled = () => {
          clearTimeout(timer);
          onSettled = undefined;
          done(landed);
        };
      });
    },
    stop() {
      observer.disconnect();
      listening.abort();
    },
  };
}
