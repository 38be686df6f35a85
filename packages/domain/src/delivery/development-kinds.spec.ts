import {
  DEFAULT_SIASN_CODES,
  DEVELOPMENT_KINDS,
  DEVELOPMENT_ROUTES,
  LEADERSHIP_PROGRAMMES,
  developmentKindRoute,
  isDevelopmentKind,
  isLeadershipProgramme,
  siasnCode,
  type DevelopmentKind,
} from "./development-kinds.js";

describe("the 25 development kinds (PerLAN 10/2018)", () => {
  it("lists the 25 kinds in the regulation's order, each once", () => {
    expect(DEVELOPMENT_KINDS).toEqual([
      "DEGREE_STUDY_ASSIGNED",
      "DEGREE_STUDY_PERMITTED",
      "LEADERSHIP_TRAINING",
      "MANAGERIAL_TRAINING",
      "TECHNICAL_TRAINING",
      "FUNCTIONAL_TRAINING",
      "SOCIO_CULTURAL_TRAINING",
      "SEMINAR",
      "WORKSHOP",
      "COURSE",
      "UPGRADING",
      "TECHNICAL_GUIDANCE",
      "SOCIALISATION",
      "COACHING",
      "MENTORING",
      "E_LEARNING",
      "DISTANCE_LEARNING",
      "SECONDMENT",
      "OUTBOUND",
      "BENCHMARKING",
      "EXCHANGE",
      "SELF_STUDY",
      "LEARNING_COMMUNITY",
      "ON_THE_JOB_GUIDANCE",
      "INTERNSHIP",
    ]);
    expect(new Set(DEVELOPMENT_KINDS).size).toBe(25);
  });

  it("gives each kind its route: 2 education, 11 classical, 12 non-classical", () => {
    expect(DEVELOPMENT_ROUTES).toEqual(["EDUCATION", "CLASSICAL", "NON_CLASSICAL"]);
    const byRoute = (route: string) => DEVELOPMENT_KINDS.filter((k) => developmentKindRoute(k) === route);
    expect(byRoute("EDUCATION")).toEqual(["DEGREE_STUDY_ASSIGNED", "DEGREE_STUDY_PERMITTED"]);
    expect(byRoute("CLASSICAL")).toHaveLength(11);
    expect(byRoute("CLASSICAL")).toEqual(expect.arrayContaining(["LEADERSHIP_TRAINING", "SEMINAR", "WORKSHOP", "SOCIALISATION"]));
    expect(byRoute("NON_CLASSICAL")).toHaveLength(12);
    expect(byRoute("NON_CLASSICAL")).toEqual(expect.arrayContaining(["COACHING", "E_LEARNING", "INTERNSHIP", "DISTANCE_LEARNING"]));
  });

  it("numbers the kinds 1..25 for SIASN in order, configurably", () => {
    DEVELOPMENT_KINDS.forEach((kind, i) => expect(siasnCode(kind)).toBe(i + 1));
    expect(DEFAULT_SIASN_CODES.DEGREE_STUDY_ASSIGNED).toBe(1);
    expect(DEFAULT_SIASN_CODES.INTERNSHIP).toBe(25);
    const codes = { ...DEFAULT_SIASN_CODES, SEMINAR: 42 };
    expect(siasnCode("SEMINAR", codes)).toBe(42);
    expect(Object.isFrozen(DEFAULT_SIASN_CODES)).toBe(true);
  });

  it("recognises exactly the kinds", () => {
    expect(isDevelopmentKind("COACHING")).toBe(true);
    expect(isDevelopmentKind("coaching")).toBe(false);
    expect(isDevelopmentKind("constructor")).toBe(false);
    expect(isDevelopmentKind(3)).toBe(false);
  });

  it("throws a RangeError for an unknown kind or a code list without the kind (programmer errors)", () => {
    expect(() => developmentKindRoute("YOGA" as DevelopmentKind)).toThrow(RangeError);
    expect(() => siasnCode("YOGA" as DevelopmentKind)).toThrow(RangeError);
    expect(() => siasnCode("SEMINAR", { ...DEFAULT_SIASN_CODES, SEMINAR: 0 })).toThrow(RangeError);
    expect(() => siasnCode("SEMINAR", { ...DEFAULT_SIASN_CODES, SEMINAR: 1.5 })).toThrow(RangeError);
  });

  it("lists the leadership programmes (PerLAN 5/2022)", () => {
    expect(LEADERSHIP_PROGRAMMES).toEqual(["LATSAR_CPNS", "PKP", "PKA", "PKN_II", "PKN_I"]);
    expect(isLeadershipProgramme("PKA")).toBe(true);
    expect(isLeadershipProgramme("PKN_III")).toBe(false);
  });
});
