/**
 * Round half away from zero to `decimals` places, on the number's shortest decimal spelling
 * (what `String(x)` prints), so `roundHalfUp(1.005, 2)` is 1.01 and `roundHalfUp(89.995, 2)` is 90,
 * as a person rounding the printed figure would do; `Math.round(x * 100) / 100` gives 1 and 89.99
 * because the doubles nearest 1.005 and 89.995 lie just below them. Non-finite values pass through.
 */
export const roundHalfUp = (value: number, decimals: number): number => {
  if (!Number.isFinite(value)) return value;
  const magnitude = Math.abs(value);
  const spelled = String(magnitude);
  const shifted = spelled.includes("e") ? magnitude * 10 ** decimals : Number(`${spelled}e${decimals}`);
  const rounded = Math.round(shifted);
  const back = spelled.includes("e") ? rounded / 10 ** decimals : Number(`${rounded}e-${decimals}`);
  return value < 0 && back !== 0 ? -back : back;
};
