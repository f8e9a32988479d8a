/** Sentence-level helpers shared by the promise and thanks detectors. */

/** Where a part of a text lies, as offsets into it. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence {
  text: string;
  start: number;
}

const HAN = /\p{Script=Han}/u;

export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

/**
 * Splits on sentence ends (. ! ? 。！？； and line breaks), keeping each
 * sentence's end mark, which says whether it was a question. The dots of
 * "3.5", "a.m." and "e.g." do not end a sentence: they are masked (same
 * length, so offsets hold) before splitting.
 */
export function sentences(text: string): Sentence[] {
  const masked = text.replace(/\d\.\d|\b[ap]\.m\.|\be\.g\.|\bi\.e\.|\bmr\.|\bmrs\.|\bdr\./gi, (m) => m.replace(/\./g, '_'));
  const out: Sentence[] = [];
  const re = /[^.!?。！？；;\n]+(?:[.!?。！？；;]+|\n|$)/g;
  for (let m = re.exec(masked); m; m = re.exec(masked)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const piece = text.slice(m.index, m.index + m[0].length);
    if (piece.trim() !== '') out.push({ text: piece, start: m.index });
  }
  return out;
}
