import { resultsChange, type ResultsChangeInput } from "./results.js";

describe("resultsChange", () => {
  it("counts predikat steps in SKP_PREDIKATS order and the IKM change with bands", () => {
    const result = resultsChange({ skpBefore: "BUTUH_PERBAIKAN", skpAfter: "SANGAT_BAIK", ikmBefore: 76.6, ikmAfter: 88.31 });
    expect(result).toEqual({
      ok: true,
      value: {
        skp: { before: "BUTUH_PERBAIKAN", after: "SANGAT_BAIK", steps: 2, direction: "IMPROVED" },
        ikm: { before: 76.6, after: 88.31, delta: 11.71, bandBefore: "C", bandAfter: "A", direction: "IMPROVED" },
      },
    });
  });

  it("reports worse and unchanged", () => {
    const result = resultsChange({ skpBefore: "BAIK", skpAfter: "KURANG", ikmBefore: 80, ikmAfter: 80 });
    expect(result.ok && result.value.skp).toMatchObject({ steps: -2, direction: "WORSENED" });
    expect(result.ok && result.value.ikm).toMatchObject({ delta: 0, direction: "UNCHANGED" });
  });

  it("leaves what is unknown null", () => {
    expect(resultsChange({ skpAfter: "BAIK", ikmBefore: 70 })).toEqual({
      ok: true,
      value: {
        skp: { before: null, after: "BAIK", steps: null, direction: null },
        ikm: { before: 70, after: null, delta: null, bandBefore: "C", bandAfter: null, direction: null },
      },
    });
  });

  it.each([
    [{ skpBefore: "baik" }, "skpBefore"],
    [{ skpAfter: "EXCELLENT" }, "skpAfter"],
    [{ ikmBefore: 24.99 }, "ikmBefore"],
    [{ ikmAfter: 100.01 }, "ikmAfter"],
    [{ ikmAfter: NaN }, "ikmAfter"],
  ])("refuses %j naming %s", (input, field) => {
    expect(resultsChange(input as unknown as ResultsChangeInput)).toEqual({ ok: false, error: expect.objectContaining({ code: "INVALID_RESULTS_INPUT", field }) });
  });
});
