import { batchCreditJp } from "./batch-credit.js";

const days = (...jp: number[]) => jp.map((x, i) => ({ date: `2026-03-0${i + 2}`, jp: x }));

describe("batchCreditJp", () => {
  it("credits structured training its actual JP, summed over the days", () => {
    expect(batchCreditJp("TECHNICAL_TRAINING", days(8, 8, 7.5))).toEqual({ ok: true, value: 23.5 });
  });
  it("credits a seminar and a workshop per day, whatever JP their sessions last", () => {
    expect(batchCreditJp("SEMINAR", days(6))).toEqual({ ok: true, value: 4 });
    expect(batchCreditJp("WORKSHOP", days(6, 6))).toEqual({ ok: true, value: 10 });
  });
  it("caps e-learning per day and counts a benchmarking visit once", () => {
    expect(batchCreditJp("E_LEARNING", days(4, 2))).toEqual({ ok: true, value: 5 });
    expect(batchCreditJp("BENCHMARKING", days(6, 6))).toEqual({ ok: true, value: 10 });
  });
  it("credits nothing without sessions, and refuses a kind that sessions cannot credit", () => {
    expect(batchCreditJp("TECHNICAL_TRAINING", [])).toEqual({ ok: true, value: 0 });
    const degree = batchCreditJp("DEGREE_STUDY_ASSIGNED", days(8));
    expect(degree.ok).toBe(false);
    if (!degree.ok) expect(degree.error).toMatchObject({ code: "INVALID_ACTIVITY", field: "semesters" });
  });
});
