import { isImportFileName } from "./import-files";

describe("import file names", () => {
  it.each([
    ["pegawai.csv", true],
    ["Pegawai.XLSX", true],
    ["pegawai.xls", false],
    ["pegawai.csv.exe", false],
  ])("accepts %s: %s", (name, expected) => {
    expect(isImportFileName(name)).toBe(expected);
  });
});
