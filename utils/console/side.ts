import { collapseWhitespace } from './composer';
import type { Author } from '../protocol/ports';

type Side = 'left' | 'right' | 'centre';


/** Which side of the log a message's text sits on (its text extents, not its full-width row). */
function sideOf(message: Element, log: Element): Side {
  const range = document.createRange();
  range.selectNodeContents(message);
  const text = range.getBoundingClientRect();
  const box = log.getBoundingClientRect();
  if (text.width === 0 || box.width === 0) return 'centre';
  const leftGap = text.left - box.left;
  const rightGap = box.right - text.right;
  if (Math.abs(leftGap - rightGap) < box.width * 0.08) return 'centre';
  return leftGap > rightGap ? 'right' : 'left';
}

/**
 * Tells the author from bubble alignment, for consoles that mark it nowhere
 * else. It starts from the common layout (agent on the right) and calibrates
 * itself: a message whose text the agent just sent is the agent's, and its
 * side becomes the agent's side.
 */
export function createSideJudge() {
  let agentSide: Side = 'right';
  const sent: string[] = [];
  return {
    noteSent(text: string): void {
      const key = collapseWhitespace(text);
      if (!key) return;
      sent.push(key);
      if (sent.length > 20) sent.shift();
    },
    judge(message: Element, log: Element, text: string): Author {
      const side = sideOf(message, log);
      if (sent.includes(collapseWhitespace(text))) {
        if (side !== 'centre') agentSide = side;
        return 'agent';
      }
      if (side === 'centre') return 'system';
      return side === agentSide ? 'agent' : 'customer';
    },
  };
}

export type SideJudge = ReturnType<typeof createSideJudge>;
