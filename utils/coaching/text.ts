import type { Lang } from './types';

/** A rule pattern written in Chinese characters (else Latin): a text without that script can skip it. */
export const isHanPattern = (pattern: string): boolean => /[\u3400-\u9fff]/.test(pattern);

/**
 * Length-preserving normalisation: every UTF-16 unit maps to exactly one unit,
 * so a match at [s, e) in the normalised text is evidence at [s, e) in the
 * original. ASCII and full-width letters fold to lower-case ASCII, full-width
 * punctuation to ASCII, and Traditional characters to Simplified through the
 * char-level map derived offline from OpenCC (scripts/coaching/train.ts).
 */
export function createNormaliser(t2sPairs: string) {
  const t2s = new Map<number, number>();
  for (let i = 0; i + 1 < t2sPairs.length; i += 2) t2s.set(t2sPairs.charCodeAt(i), t2sPairs.charCodeAt(i + 1));
  // A flat table over the BMP: one array read per character instead of a hash lookup (128 KB of memory).
  const fold = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) fold[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) fold[c] = c + 0x20;
  for (let c = 0xff01; c <= 0xff5e; c++) fold[c] = fold[c - 0xfee0]!;
  fold[0x3002] = 0x2e; // 。
  fold[0x3001] = 0x2c; // 、
  fold[0x2018] = fold[0x2019] = 0x27; // curly apostrophes
  for (const [from, to] of t2s) fold[from] = to;
  // Script class per BMP unit for language detection: Traditional-only forms vs Simplified-only forms.
  const LATIN = 1;
  const HAN = 2;
  const TRADITIONAL = 3;
  const SIMPLIFIED = 4;
  const DIGIT = 5;
  const script = new Uint8Array(0x10000);
  for (let c = 0x41; c <= 0x5a; c++) script[c] = script[c + 0x20] = script[c + 0xfee0] = script[c + 0x20 + 0xfee0] = LATIN;
  for (let c = 0x30; c <= 0x39; c++) script[c] = script[c + 0xfee0] = DIGIT;
  script.fill(HAN, 0x3400, 0xa000);
  const simplifiedForms = new Set<number>();
  for (const [from, to] of t2s) if (from !== to) simplifiedForms.add(to);
  for (const [from, to] of t2s) if (from !== to && !simplifiedForms.has(from)) script[from] = TRADITIONAL;
  for (const to of simplifiedForms) if (!t2s.has(to)) script[to] = SIMPLIFIED;

  function normalise(text: string): string {
    const out = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) out[i] = fold[text.charCodeAt(i)]!;
    // apply() with a typed-array chunk is several times faster than spreading it; chunks keep the argument count safe.
    let result = '';
    for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]);
    return result;
  }

  /**
   * Which scripts a message uses, in one pass: the language (majority script;
   * Chinese wins over Latin when it has at least a third of the letters, since
   * Chinese packs more per character) and whether any Latin letters or digits,
   * or any Han characters, occur at all, so rules for an absent script are skipped.
   */
  function profile(text: string): { lang: Lang; latin: boolean; han: boolean } {
    let latin = 0;
    let digits = 0;
    let han = 0;
    let trad = 0;
    let simp = 0;
    for (let i = 0; i < text.length; i++) {
      const kind = script[text.charCodeAt(i)];
      if (kind === LATIN) latin++;
      else if (kind === DIGIT) digits++;
      else if (kind) {
        han++;
        if (kind === TRADITIONAL) trad++;
        else if (kind === SIMPLIFIED) simp++;
      }
    }
    const lang = han === 0 || han * 3 < latin ? 'en' : trad > simp ? 'zh-Hant' : 'zh-Hans';
    return { lang, latin: latin + digits > 0, han: han > 0 };
  }

  const detectLang = (text: string): Lang => profile(text).lang;

  return { normalise, detectLang, profile };
}
