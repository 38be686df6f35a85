import { creditJp, DEVELOPMENT_KINDS, developmentKindRoute } from "@bina/domain";
import { activityFieldOf, checkRecord, EMPTY_RECORD_DRAFT, evidenceProblem, EVIDENCE_MAX_BYTES, previewCredit, RECORD_KINDS, toActivity, type RecordDraft } from "./record-form";

const draft = (change: Partial<RecordDraft>): RecordDraft => ({
  ...EMPTY_RECORD_DRAFT,
  employeeId: "e1",
  title: "Kursus daring SPBE",
  startedOn: "2026-03-02",
  endedOn: "2026-03-06",
  files: [{ name: "sertifikat.pdf", size: 1000 }],
  ...change,
});

describe("the kinds a learning record may carry", () => {
  it("are the education and non-classical kinds, never classical training", () => {
    expect(RECORD_KINDS.length).toBe(DEVELOPMENT_KINDS.filter((k) => developmentKindRoute(k) !== "CLASSICAL").length);
    expect(RECORD_KINDS).toContain("COACHING");
    expect(RECORD_KINDS).toContain("DEGREE_STUDY_ASSIGNED");
    expect(RECORD_KINDS).not.toContain("TECHNICAL_TRAINING");
    expect(RECORD_KINDS).not.toContain("SEMINAR");
  });

  it.each([
    ["E_LEARNING", "jpByDay"],
    ["SELF_STUDY", "jpByDay"],
    ["COACHING", "sessionDates"],
    ["MENTORING", "sessionDates"],
    ["BENCHMARKING", "count"],
    ["INTERNSHIP", "count"],
    ["DEGREE_STUDY_PERMITTED", "semesters"],
    ["DISTANCE_LEARNING", "jp"],
    ["SEMINAR", "days"],
  ] as const)("%s asks for %s", (kind, field) => {
    expect(activityFieldOf(kind)).toBe(field);
  });
});

describe("the credited JP preview", () => {
  it("is the domain's creditJp of the kind's own field (e-learning: at most 3 JP a day)", () => {
    const d = draft({ kind: "E_LEARNING", jpByDay: [2, 5, null, 3], jp: 99 });
    expect(toActivity(d)).toEqual({ kind: "E_LEARNING", jpByDay: [2, 5, 3] });
    const preview = previewCredit(d);
    expect(preview).toEqual(creditJp({ kind: "E_LEARNING", jpByDay: [2, 5, 3] }));
    expect(preview).toEqual({ ok: true, value: 8 });
  });

  it("counts at most two coaching sessions a month", () => {
    expect(previewCredit(draft({ kind: "COACHING", sessionDates: ["2026-03-02", "2026-03-03", "2026-03-04", "2026-04-01", null] }))).toEqual({ ok: true, value: 6 });
  });

  it("credits a benchmarking visit 10 JP and a semester of degree study 20 JP", () => {
    expect(previewCredit(draft({ kind: "BENCHMARKING", count: 2 }))).toEqual({ ok: true, value: 20 });
    expect(previewCredit(draft({ kind: "DEGREE_STUDY_ASSIGNED", semesters: 1 }))).toEqual({ ok: true, value: 20 });
  });

  it("is the domain's refusal for a missing field, and nothing before a kind is chosen", () => {
    const preview = previewCredit(draft({ kind: "DISTANCE_LEARNING", jp: null }));
    expect(preview?.ok).toBe(false);
    expect(preview && !preview.ok && preview.error.code).toBe("INVALID_ACTIVITY");
    expect(previewCredit(draft({ kind: null }))).toBeNull();
  });
});

describe("evidence files", () => {
  it.each([
    [{ name: "sertifikat.pdf", size: 10 }, null],
    [{ name: "FOTO.JPEG", size: 10 }, null],
    [{ name: "layar.png", size: EVIDENCE_MAX_BYTES }, null],
    [{ name: "besar.pdf", size: EVIDENCE_MAX_BYTES + 1 }, "SIZE"],
    [{ name: "kosong.pdf", size: 0 }, "EMPTY"],
    [{ name: "skrip.exe", size: 10 }, "TYPE"],
    [{ name: "tanpa-ekstensi", size: 10 }, "TYPE"],
  ] as const)("%j -> %s", (file, problem) => {
    expect(evidenceProblem(file)).toBe(problem);
  });
});

describe("checkRecord", () => {
  it("accepts a complete record", () => {
    expect(checkRecord(draft({ kind: "SELF_STUDY", jpByDay: [2, 2] }))).toEqual({});
  });

  it("names every missing field", () => {
    const problems = checkRecord(EMPTY_RECORD_DRAFT);
    expect(Object.keys(problems).sort()).toEqual(["employeeId", "endedOn", "evidence", "kind", "startedOn", "title"]);
  });

  it("refuses a last day before the first", () => {
    expect(checkRecord(draft({ kind: "BENCHMARKING", startedOn: "2026-03-06", endedOn: "2026-03-02" })).endedOn).toEqual({ key: "compliance.record.endBeforeStart" });
  });

  it("refuses session dates outside the activity's days, and no sessions at all", () => {
    expect(checkRecord(draft({ kind: "COACHING", sessionDates: ["2026-03-09"] })).activity).toEqual({ key: "compliance.record.sessionOutside" });
    expect(checkRecord(draft({ kind: "COACHING", sessionDates: [] })).activity).toEqual({ key: "compliance.record.sessionsRequired" });
    expect(checkRecord(draft({ kind: "COACHING", sessionDates: ["2026-03-03"] })).activity).toBeUndefined();
  });

  it("passes the domain's refusal of the activity on (a negative JP)", () => {
    const problem = checkRecord(draft({ kind: "OUTBOUND", jp: -1 })).activity;
    expect(problem && "facts" in problem && problem.facts.domainCode).toBe("INVALID_ACTIVITY");
  });

  it("refuses a title a spreadsheet would run, no evidence, too many files and a bad file", () => {
    const title = checkRecord(draft({ kind: "BENCHMARKING", title: "=HYPERLINK(1)" })).title;
    expect(title && "facts" in title && title.facts.reason).toBe("FORMULA");
    expect(checkRecord(draft({ kind: "BENCHMARKING", files: [] })).evidence).toEqual({ key: "compliance.record.evidenceRequired" });
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `${i}.pdf`, size: 1 }));
    expect(checkRecord(draft({ kind: "BENCHMARKING", files: four })).evidence).toEqual({ key: "compliance.record.tooManyFiles" });
    expect(checkRecord(draft({ kind: "BENCHMARKING", files: [{ name: "a.docx", size: 1 }] })).evidence).toEqual({ key: "compliance.record.badFile" });
  });
});
