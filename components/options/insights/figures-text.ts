/** −0.25 → "−0.25", 0.1 → "+0.10": the sign always shown, so "calmer" never hides in a missing minus. */
export const signed = (value: number) => (value > 0 ? `+${value.toFixed(2)}` : value < 0 ? `−${Math.abs(value).toFixed(2)}` : '0.00');
