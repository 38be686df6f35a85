/**
 * Round half away from zero to `decimals` places, on the number's shortest decimal spelling
 * (what `String(x)` prints), so `roundHalfUp(1.005, 2)` is 1.01 and `roundHalfUp(89.995, 2)` is 90,
 * as a person rounding the printed figure would do; `Math.round(x * 100) / 100` gives 1 and 89.99
 * because the doubles nearest 1.005 and 89.995 lie just below them. A value that is not a finite
 * number, or `decimals` that is not an integer 0..15, is a programmer error (RangeError): NaN in,
 * NaN out would hide the fault.
 */
export const roundHalfUp = (value: number, decimals: number): number => {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new RangeError(`roundHalfUp: not a finite number: ${String(value)}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`roundHalfUp: decimals must be an integer 0..15, got ${String(decimals)}`);
  }
  if (Number.isInteger(value)) return value === 0 ? 0 : value; // no -0
  const magnitude = Math.abs(value);
  const scale = 10 ** decimals;
  const scaled = magnitude * scale;
  // From here on a double's spacing is wider than 10^-decimals: nothing left to round.
  if (scaled >= 1e21) return value;
  let back: number;
  const floor = Math.floor(scaled);
  if (scaled < 1e8 && Math.abs(scaled - floor - 0.5) > 1e-7) {
    // Clearly not a half: the product's rounding error (< 1e-8 here) cannot change the result.
    // Dividing by an exact power of ten rounds like parsing `${n}e-${decimals}`.
    back = (scaled - floor > 0.5 ? floor + 1 : floor) / scale;
  } else {
    const spelled = String(magnitude);
    // Below 1e-6 String() switches to exponent notation, where no half can be near.
    back = spelled.includes("e")
      ? Math.round(scaled) / scale
      : Number(`${Math.round(Number(`${spelled}e${decimals}`))}e-${decimals}`);
  }
  return value < 0 && back !== 0 ? -back : back;
};
