import fc from "fast-check";
import {
  DEFAULT_ELEMENT_COMPETENCIES,
  IKM_BAND_LABELS,
  SKM_BAND_RULES,
  SKM_ELEMENTS,
  SKM_ELEMENT_CODES,
  SKM_RESPONDENT_PROFILE,
  UNIT_TECHNICAL_SERVICE,
  computeIkm,
  ikmBand,
  ikmOfTally,
  nrrBand,
  skmSampleSize,
  weakElementSignals,
  type SkmResponse,
} from "./skm.js";

/** `n` complete responses whose scores add up to `total` (each answer 1..4, the lowest ones first). */
const withTotal = (n: number, total: number): number[][] => {
  let reduce = 36 * n - total;
  return Array.from({ length: n }, () =>
    Array.from({ length: 9 }, () => {
      const d = Math.min(3, reduce);
      reduce -= d;
      return 4 - d;
    }),
  );
};

const ikmOf = (responses: readonly SkmResponse[]) => {
  const result = computeIkm(responses);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

describe("SKM_ELEMENTS", () => {
  it("has U1..U9 in order with the regulation's wording (DOMAIN.md §7)", () => {
    expect(SKM_ELEMENTS.map((e) => e.element)).toEqual([...SKM_ELEMENT_CODES]);
    expect(SKM_ELEMENTS[0]?.question).toBe("Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?");
    expect(SKM_ELEMENTS[3]?.answers).toEqual(["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]);
    expect(SKM_ELEMENTS[6]?.question).toBe("Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?");
    expect(SKM_ELEMENTS[6]?.answers).toEqual(["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"]);
    expect(SKM_ELEMENTS[7]?.answers).toEqual(["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"]);
    expect(SKM_ELEMENTS[8]?.answers).toEqual(["Buruk", "Cukup", "Baik", "Sangat baik"]);
    for (const e of SKM_ELEMENTS) {
      expect(e.question).toMatch(/^Bagaimana (pendapat|pemahaman) Saudara tentang .+\?$/);
      expect(e.answers).toHaveLength(4);
    }
  });

  it("lists the respondent profile's options", () => {
    expect(SKM_RESPONDENT_PROFILE.educations).toEqual(["SD", "SMP", "SMA", "D1-D3", "S1", "S2", "S3"]);
    expect(SKM_RESPONDENT_PROFILE.occupations.map((o) => o.label)).toEqual(["PNS", "TNI", "POLRI", "Swasta", "Wirausaha", "Lainnya"]);
    expect(SKM_RESPONDENT_PROFILE.genders.map((g) => g.label)).toEqual(["Laki-laki", "Perempuan"]);
  });
});

describe("ikmBand and nrrBand", () => {
  it("has the regulation's lower bounds and labels", () => {
    expect(SKM_BAND_RULES.ikm).toEqual({ A: 88.31, B: 76.61, C: 65 });
    expect(SKM_BAND_RULES.nrr).toEqual({ A: 3.5324, B: 3.0644, C: 2.6 });
    expect(IKM_BAND_LABELS).toEqual({ A: "Sangat Baik", B: "Baik", C: "Kurang Baik", D: "Tidak Baik" });
  });

  it.each([
    [100, "A"], [88.31, "A"], [88.3, "B"], [88.305, "B"], [76.61, "B"], [76.6, "C"], [65, "C"], [64.99, "D"], [25, "D"],
  ] as const)("IKM %d is band %s", (ikm, band) => {
    expect(ikmBand(ikm)).toBe(band);
  });

  it.each([
    [4, "A"], [3.5324, "A"], [3.5323, "B"], [3.0644, "B"], [3.0643, "C"], [2.6, "C"], [2.5996, "D"], [1, "D"],
  ] as const)("NRR %d is band %s", (nrr, band) => {
    expect(nrrBand(nrr)).toBe(band);
  });

  it.each([NaN, Infinity])("refuses %d", (x) => {
    expect(() => ikmBand(x)).toThrow(RangeError);
    expect(() => nrrBand(x)).toThrow(RangeError);
  });
});

describe("computeIkm", () => {
  it("gives 100 when everyone answers 4 and 25 when everyone answers 1", () => {
    expect(ikmOf([Array(9).fill(4)])).toMatchObject({ ikm: 100, band: "A", respondents: 1 });
    expect(ikmOf([Array(9).fill(1), Array(9).fill(1)])).toMatchObject({ ikm: 25, band: "D", respondents: 2 });
  });

  it("weighs with the exact 1/9, not the printed 0.11: 10 respondents, total 318, IKM 88.33 (A) where 0.11 gives 87.45 (B)", () => {
    const result = ikmOf(withTotal(10, 318));
    const sumNrr = Object.values(result.nrr).reduce((a, b) => a + b, 0);
    expect(sumNrr).toBeCloseTo(31.8, 10);
    expect(result).toMatchObject({ ikm: 88.33, band: "A", respondents: 10 });
    const printed = Math.round(25 * sumNrr * 0.11 * 100) / 100;
    expect(printed).toBe(87.45);
    expect(ikmBand(printed)).toBe("B");
  });

  it("bands the rounded value: 43 respondents, total 1367, 88.3075 rounds to 88.31 and is A", () => {
    expect(ikmOf(withTotal(43, 1367))).toMatchObject({ ikm: 88.31, band: "A" });
  });

  it("rounds half up only at the end: 8 respondents, total 225, IKM 78.125 is 78.13", () => {
    expect(ikmOf(withTotal(8, 225)).ikm).toBe(78.13);
  });

  it("rounds an exact x.xx5 up whatever floating point says: 65.625 is 65.63 and 59.375 is 59.38", () => {
    /** Responses whose element u has counts[u] answers summing to sums[u] (the rest unanswered). */
    const fromTally = (sums: number[], counts: number[]): (number | null)[][] => {
      const rows = Math.max(...counts);
      const answers = counts.map((n, u) => Array.from({ length: n }, (_, i) => Math.floor(sums[u]! / n) + (i < sums[u]! % n ? 1 : 0)));
      return Array.from({ length: rows }, (_, r) => answers.map((a) => a[r] ?? null));
    };
    const a = { counts: [6, 9, 3, 8, 3, 3, 9, 6, 7], sums: [23, 30, 4, 9, 12, 10, 27, 16, 7] };
    const b = { counts: [9, 8, 3, 8, 9, 8, 3, 3, 3], sums: [10, 27, 11, 22, 29, 10, 4, 7, 7] };
    expect(ikmOf(fromTally(a.sums, a.counts)).ikm).toBe(65.63);
    expect(ikmOf(fromTally(b.sums, b.counts)).ikm).toBe(59.38);
    expect(ikmOfTally(a.sums, a.counts)).toBe(65.63);
    expect(ikmOfTally(b.sums, b.counts)).toBe(59.38);
    // Floating point alone gets one of them wrong, which is why the sum is exact.
    const float = (t: typeof a) => Math.round(((25 * t.sums.reduce((acc, s, u) => acc + s / t.counts[u]!, 0)) / 9) * 100) / 100;
    expect([float(a), float(b)]).not.toEqual([65.63, 59.38]);
  });

  it("ikmOfTally is within half a hundredth of the real value and refuses what is not a tally", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 9, maxLength: 9 }), fc.array(fc.double({ min: 1, max: 4, noNaN: true }), { minLength: 9, maxLength: 9 }), (counts, means) => {
        const sums = counts.map((n, u) => Math.round(n * means[u]!));
        const real = (25 * sums.reduce((acc, s, u) => acc + s / counts[u]!, 0)) / 9;
        const ikm = ikmOfTally(sums, counts);
        expect(Math.abs(ikm - real)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.round(ikm * 100)).toBeCloseTo(ikm * 100, 9);
      }),
    );
    expect(() => ikmOfTally([1, 2], [1, 2])).toThrow(RangeError);
    expect(() => ikmOfTally(Array(9).fill(4), [0, 1, 1, 1, 1, 1, 1, 1, 1])).toThrow(RangeError);
    expect(() => ikmOfTally([-1, 4, 4, 4, 4, 4, 4, 4, 4], Array(9).fill(1))).toThrow(RangeError);
  });

  it("averages an element over those who answered it (unrounded NRR)", () => {
    const result = ikmOf([
      [4, 4, 4, 4, 4, 4, 1, 4, 4],
      [4, null, 4, 4, 4, 4, 2, 4, 4],
      [4, 2, 4, 4, 4, 4, 2, 4, 4],
    ]);
    expect(result.nrr.U2).toBe(3);
    expect(result.nrr.U7).toBeCloseTo(5 / 3, 15);
    expect(result.ikm).toBe(Math.round(((25 * (7 * 4 + 3 + 5 / 3)) / 9) * 100) / 100);
    expect(result.respondents).toBe(3);
  });

  it("refuses no responses", () => {
    expect(computeIkm([])).toEqual({ ok: false, error: expect.objectContaining({ code: "NO_RESPONSES", field: "responses" }) });
  });

  it.each([
    [[[4, 4, 4, 4, 4, 4, 4, 4, 5]], "responses[0][8]"],
    [[Array(9).fill(4), [4, 0, 4, 4, 4, 4, 4, 4, 4]], "responses[1][1]"],
    [[[4, 4, 3.5, 4, 4, 4, 4, 4, 4]], "responses[0][2]"],
    [[[4, 4, 4, "4", 4, 4, 4, 4, 4]], "responses[0][3]"],
    [[[NaN, 4, 4, 4, 4, 4, 4, 4, 4]], "responses[0][0]"],
    [[[4, 4, 4, 4, 4, 4, 4, 4, undefined]], "responses[0][8]"],
    [[[4, 4, 4, 4, 4, 4, 4, 4]], "responses[0]"],
    [[Array(9).fill(4), "x"], "responses[1]"],
  ])("refuses %j with INVALID_SCORE at %s", (responses, field) => {
    expect(computeIkm(responses as SkmResponse[])).toEqual({ ok: false, error: expect.objectContaining({ code: "INVALID_SCORE", field }) });
  });

  it("refuses an element nobody answered, naming it", () => {
    const result = computeIkm([
      [4, 4, 4, 4, 4, null, 4, 4, 4],
      [3, 3, 3, 3, 3, null, 3, 3, 3],
    ]);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: "ELEMENT_UNANSWERED", reason: "U6" }) });
  });

  const response = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 9, maxLength: 9 });

  it("stays within 25..100 for valid responses and matches its band", () => {
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 50 }), (responses) => {
        const { ikm, band } = ikmOf(responses);
        expect(ikm).toBeGreaterThanOrEqual(25);
        expect(ikm).toBeLessThanOrEqual(100);
        expect(band).toBe(ikmBand(ikm));
      }),
    );
  });

  it("does not depend on the respondents' order", () => {
    fc.assert(
      fc.property(
        fc.array(response, { minLength: 1, maxLength: 30 }).chain((rs) => fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length }))),
        ([responses, permuted]) => {
          expect(ikmOf(permuted).ikm).toBe(ikmOf(responses).ikm);
        },
      ),
    );
  });
});

describe("skmSampleSize", () => {
  it.each([
    [1, 1], [10, 10], [100, 80], [300, 169], [1000, 278], [10000, 370], [75000, 382], [1000000, 384],
  ])("N=%d needs %d respondents", (population, sample) => {
    expect(skmSampleSize(population)).toBe(sample);
  });

  it.each([0, -1, 1.5, NaN, Infinity, 2 ** 53])("refuses %d", (population) => {
    expect(() => skmSampleSize(population)).toThrow(RangeError);
  });

  it("never exceeds the population and never falls as it grows", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 100_000 }), (n, extra) => {
        const s = skmSampleSize(n);
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(n);
        expect(skmSampleSize(n + extra)).toBeGreaterThanOrEqual(s);
      }),
    );
  });
});

describe("weakElementSignals", () => {
  it("maps U6, U7, U8, U2/U3 as the default practice says", () => {
    expect(DEFAULT_ELEMENT_COMPETENCIES.U6).toEqual([UNIT_TECHNICAL_SERVICE]);
    expect(DEFAULT_ELEMENT_COMPETENCIES.U7).toEqual(["M.PELAYANAN_PUBLIK"]);
    expect(DEFAULT_ELEMENT_COMPETENCIES.U8).toEqual(["T.PENGELOLAAN_PENGADUAN"]);
    expect(DEFAULT_ELEMENT_COMPETENCIES.U2).toContain("T.APLIKASI_SPBE");
    expect(DEFAULT_ELEMENT_COMPETENCIES.U3).toContain("T.APLIKASI_SPBE");
  });

  it("signals the elements in band C or D with their reasons, in element order", () => {
    expect(weakElementSignals({ U8: 2.5996, U7: 2.71, U1: 3.5, U6: 3.0643, U9: 2.6 })).toEqual([
      { element: "U6", band: "C", nrr: 3.0643, weakness: 0.5, competencyCodes: [UNIT_TECHNICAL_SERVICE], reason: "U6 staff competence, NRR 3.06, band C" },
      { element: "U7", band: "C", nrr: 2.71, weakness: 0.5, competencyCodes: ["M.PELAYANAN_PUBLIK"], reason: "U7 staff behaviour, NRR 2.71, band C" },
      { element: "U8", band: "D", nrr: 2.5996, weakness: 1, competencyCodes: ["T.PENGELOLAAN_PENGADUAN"], reason: "U8 complaint handling, NRR 2.60, band D" },
      { element: "U9", band: "C", nrr: 2.6, weakness: 0.5, competencyCodes: [], reason: "U9 facilities, NRR 2.60, band C" },
    ]);
  });

  it("uses a configured mapping and signals nothing for strong elements", () => {
    const mapping = { ...DEFAULT_ELEMENT_COMPETENCIES, U9: ["T.PENGELOLAAN_BMD"] };
    expect(weakElementSignals({ U9: 2.0 }, mapping)).toEqual([expect.objectContaining({ element: "U9", band: "D", competencyCodes: ["T.PENGELOLAAN_BMD"] })]);
    expect(weakElementSignals({ U1: 3.0644, U2: 4 })).toEqual([]);
    expect(weakElementSignals({ U7: 2.1 }, DEFAULT_ELEMENT_COMPETENCIES, { C: 0.25, D: 0.75 })).toEqual([expect.objectContaining({ band: "D", weakness: 0.75 })]);
  });
});
