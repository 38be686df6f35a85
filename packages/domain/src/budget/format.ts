/**
 * Whole rupiah as Indonesians write it, for messages: `formatRupiah(1_500_000)` is `"Rp1.500.000"`
 * (dots group the thousands, no sen), `formatRupiah(-2500)` is `"-Rp2.500"`. Computed by hand, not
 * by `Intl`, so the text is the same in every runtime. An amount that is not a safe integer is a
 * programmer error (RangeError).
 */
export const formatRupiah = (n: number): string => {
  if (typeof n !== "number" || !Number.isSafeInteger(n)) throw new RangeError(`formatRupiah: not whole rupiah: ${String(n)}`);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${n < 0 ? "-" : ""}Rp${digits}`;
};
