/** Whole rupiah as Indonesians write it, in either language: `Rp 1.500.000` (money is never shown with sen). */
const RUPIAH = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });
const NUMBER = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });

export const formatRupiah = (amount: number): string => RUPIAH.format(amount);

/** The digits of an amount without the currency, for an input: `1.500.000`. */
export const formatRupiahDigits = (amount: number): string => NUMBER.format(amount);

/** What a user typed into a rupiah input (`Rp 1.500.000`, `1500000`) as a whole number; null when there are no digits. */
export const parseRupiah = (text: string | null | undefined): number | null => {
  const digits = (text ?? "").replace(/\D/g, "");
  return digits === "" ? null : Number(digits);
};
