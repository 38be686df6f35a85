import fc from "fast-check";
import { COMPLETION_RULES, completionOf } from "./completion.js";

describe("completionOf", () => {
  it("defaults to 80% of the batch's JP", () => {
    expect(COMPLETION_RULES.minAttendanceShare).toBe(0.8);
  });

  it.each([
    [{ batchJp: 40, attendedJp: 32 }, true, []],
    [{ batchJp: 40, attendedJp: 31.99 }, false, ["ATTENDANCE"]],
    [{ batchJp: 40, attendedJp: 40 }, true, []],
    [{ batchJp: 908, attendedJp: 726.4 }, true, []],
    [{ batchJp: 908, attendedJp: 726.39 }, false, ["ATTENDANCE"]],
    [{ batchJp: 0, attendedJp: 0 }, true, []],
    [{ batchJp: 7.5, attendedJp: 6 }, true, []],
    [{ batchJp: 40, attendedJp: 32, passMark: 70, postTestScore: 70 }, true, []],
    [{ batchJp: 40, attendedJp: 32, passMark: 70, postTestScore: 69.99 }, false, ["POST_TEST"]],
    [{ batchJp: 40, attendedJp: 32, passMark: 70, postTestScore: null }, false, ["POST_TEST"]],
    [{ batchJp: 40, attendedJp: 32, passMark: 70 }, false, ["POST_TEST"]],
    [{ batchJp: 40, attendedJp: 10, passMark: 70, postTestScore: 50 }, false, ["ATTENDANCE", "POST_TEST"]],
    [{ batchJp: 40, attendedJp: 32, passMark: null, postTestScore: 10 }, true, []],
  ] as const)("%j: completed %s, reasons %j", (input, completed, reasons) => {
    expect(completionOf(input)).toEqual({ ok: true, value: { completed, reasons } });
  });

  it("takes another share", () => {
    expect(completionOf({ batchJp: 40, attendedJp: 36 }, { minAttendanceShare: 0.9 })).toEqual({ ok: true, value: { completed: true, reasons: [] } });
    expect(completionOf({ batchJp: 40, attendedJp: 35.99 }, { minAttendanceShare: 0.9 })).toMatchObject({ ok: true, value: { completed: false } });
    expect(completionOf({ batchJp: 40, attendedJp: 0 }, { minAttendanceShare: 0 })).toMatchObject({ ok: true, value: { completed: true } });
    expect(() => completionOf({ batchJp: 40, attendedJp: 0 }, { minAttendanceShare: 1.1 })).toThrow(RangeError);
    expect(() => completionOf({ batchJp: 40, attendedJp: 0 }, { minAttendanceShare: Number.NaN })).toThrow(RangeError);
  });

  it.each([
    [{ batchJp: -1, attendedJp: 0 }, "INVALID_JP", "batchJp", "NEGATIVE"],
    [{ batchJp: Number.NaN, attendedJp: 0 }, "INVALID_JP", "batchJp", "NOT_A_NUMBER"],
    [{ batchJp: 10, attendedJp: Number.POSITIVE_INFINITY }, "INVALID_JP", "attendedJp", "NOT_A_NUMBER"],
    [{ batchJp: 10, attendedJp: -0.5 }, "INVALID_JP", "attendedJp", "NEGATIVE"],
    [{ batchJp: 10, attendedJp: 10, postTestScore: -1, passMark: 70 }, "INVALID_VALUE", "postTestScore", "NEGATIVE"],
    [{ batchJp: 10, attendedJp: 10, postTestScore: 80, passMark: Number.NaN }, "INVALID_VALUE", "passMark", "NOT_A_NUMBER"],
  ] as const)("refuses %j as %s on %s", (input, code, field, reason) => {
    expect(completionOf(input)).toMatchObject({ ok: false, error: { code, field, reason } });
  });

  it("completes whenever attendance reaches the share and there is no post-test (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (batch, attended) => {
        const batchJp = batch / 100;
        const attendedJp = attended / 100;
        const result = completionOf({ batchJp, attendedJp });
        if (!result.ok) throw new Error("refused");
        // in hundredths: the required JP is 80% of the batch's, rounded half up to the hundredth
        expect(result.value.completed).toBe(attended >= Math.floor((batch * 80 + 50) / 100));
      }),
    );
  });
});
