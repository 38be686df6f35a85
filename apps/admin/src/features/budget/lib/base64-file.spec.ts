import { base64ToBytes, safeFileName } from "./base64-file";

describe("files sent as base64", () => {
  it("decodes what Node encodes, with or without padding", () => {
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x10]);
    expect([...base64ToBytes(bytes.toString("base64"))]).toEqual([...bytes]);
    expect([...base64ToBytes(bytes.toString("base64").replace(/=+$/, ""))]).toEqual([...bytes]);
    expect([...base64ToBytes("UEsD\nBA==")]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(base64ToBytes("")).toHaveLength(0);
  });

  it("refuses text that is not base64", () => {
    expect(() => base64ToBytes("UEsD*A==")).toThrow(RangeError);
    expect(() => base64ToBytes("A")).toThrow(RangeError);
    expect(() => base64ToBytes("AB=C")).toThrow(RangeError);
  });

  it("keeps a download name without path separators or control characters", () => {
    expect(safeFileName("realisasi-anggaran-2026.xlsx", "x.xlsx")).toBe("realisasi-anggaran-2026.xlsx");
    expect(safeFileName("../etc/passwd", "x")).toBe(".._etc_passwd");
    expect(safeFileName("a\u0000b\\c", "x")).toBe("a_b_c");
    expect(safeFileName("  ", "x.xlsx")).toBe("x.xlsx");
    expect(safeFileName("..", "x.xlsx")).toBe("x.xlsx");
  });
});
