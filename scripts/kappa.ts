/** Cohen's kappa for two binary raters: agreement beyond what their label shares would give by chance. */
export function kappa(pairs: readonly [boolean, boolean][]): number {
  const n = pairs.length;
  if (!n) return NaN;
  let agree = 0;
  let a = 0;
  let b = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    if (x) a++;
    if (y) b++;
  }
  const observed = agree / n;
  const expected = (a / n) * (b / n) + (1 - a / n) * (1 - b / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}
