import { formatRupiah, formatRupiahDigits, parseRupiah } from "./format-rupiah";

describe("rupiah", () => {
  const plain = (s: string) => s.replace(/\s/g, " ");

  it("formats whole rupiah the Indonesian way, without sen", () => {
    expect(plain(formatRupiah(1_500_000_000))).toBe("Rp 1.500.000.000");
    expect(plain(formatRupiah(36_100.4))).toBe("Rp 36.100");
    expect(formatRupiahDigits(1_500_000)).toBe("1.500.000");
  });

  it("reads back what was typed", () => {
    expect(parseRupiah("Rp 1.500.000")).toBe(1_500_000);
    expect(parseRupiah("250000")).toBe(250_000);
    expect(parseRupiah("")).toBeNull();
    expect(parseRupiah(undefined)).toBeNull();
  });
});
