import { interpolate } from "./interpolate";

describe("interpolate", () => {
  it.each([
    ["{count} pegawai", { count: 3 }, "3 pegawai"],
    ["Halaman {page} dari {pages}", { page: 1, pages: 2 }, "Halaman 1 dari 2"],
    ["{missing} stays", {}, "{missing} stays"],
    ["no placeholders", undefined, "no placeholders"],
    ["{a}{a}", { a: "x" }, "xx"],
  ])("%s with %j gives %s", (template, params, expected) => {
    expect(interpolate(template, params)).toBe(expected);
  });
});
