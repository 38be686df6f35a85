import { DELIVERY_STATES, NOMINATION_STATES, allowedBatchMoves } from "@bina/domain";
import { batchMoves, nominationDecisions, programmeMoves, refreshDelayMs, scheduleClashOf, sessionsOpen, takesAttendance, takesNominations, verifyPath } from "./delivery-rules";

describe("status moves offered", () => {
  it("follow the domain's lifecycle for programmes", () => {
    expect(programmeMoves("DRAFT")).toEqual(expect.arrayContaining(["PLANNED", "CANCELLED"]));
    expect(programmeMoves("CANCELLED")).toEqual([]);
  });

  it.each(DELIVERY_STATES.map((s) => [s]))("never offer COMPLETED as a plain batch move (from %s): completion is its own action", (status) => {
    expect(batchMoves(status)).not.toContain("COMPLETED");
    expect(batchMoves(status)).toEqual(allowedBatchMoves(status).filter((s) => s !== "COMPLETED"));
  });

  it("RUNNING offers no cancellation (CANCELLED only from DRAFT, PLANNED, OPEN)", () => {
    expect(batchMoves("RUNNING")).toEqual([]);
    expect(batchMoves("OPEN")).toEqual(expect.arrayContaining(["RUNNING", "CANCELLED"]));
  });

  it("takes nominations while PLANNED or OPEN, attendance while RUNNING, sessions until closed", () => {
    expect(DELIVERY_STATES.filter(takesNominations)).toEqual(["PLANNED", "OPEN"]);
    expect(DELIVERY_STATES.filter(takesAttendance)).toEqual(["RUNNING"]);
    expect(DELIVERY_STATES.filter(sessionsOpen)).toEqual(["DRAFT", "PLANNED", "OPEN", "RUNNING"]);
  });
});

describe("nomination decisions", () => {
  it.each(NOMINATION_STATES.map((s) => [s]))("offers for %s only what the domain's transitions allow", (status) => {
    const d = nominationDecisions(status);
    expect(d.approve).toBe(status === "NOMINATED");
    expect(d.reject).toBe(status === "NOMINATED" || status === "WAITLISTED");
    expect(d.cancel).toBe(status !== "REJECTED" && status !== "CANCELLED");
  });
});

describe("QR check-in refresh", () => {
  const now = Date.parse("2026-03-09T01:00:00Z");
  it("asks again fifteen seconds before the code expires", () => {
    expect(refreshDelayMs("2026-03-09T01:02:00Z", now)).toBe(105_000);
  });
  it("never sooner than in a second (an expired code, a clock ahead, a bad date)", () => {
    expect(refreshDelayMs("2026-03-09T00:59:00Z", now)).toBe(1_000);
    expect(refreshDelayMs("not a date", now)).toBe(1_000);
  });
});

describe("schedule clash", () => {
  it("reads the clashing session the API names", () => {
    const clash = scheduleClashOf([
      { extensions: { code: "CONFLICT", domainCode: "SCHEDULE_CONFLICT", clashingBatchName: "Angkatan I", clashingDate: "2026-03-09", clashingStart: "08:00:00", clashingEnd: "10:00:00", resource: "SPEAKER" } },
    ]);
    expect(clash).toEqual({ batchName: "Angkatan I", date: "2026-03-09", start: "08:00", end: "10:00", resource: "SPEAKER" });
  });
  it("is null for another error", () => {
    expect(scheduleClashOf([{ extensions: { code: "CONFLICT", domainCode: "STALE_VERSION" } }, {}])).toBeNull();
  });
});

describe("verification link", () => {
  it("is the public page of the code, encoded", () => {
    expect(verifyPath("AB12-CD34")).toBe("/verify/AB12-CD34");
    expect(verifyPath("a/b")).toBe("/verify/a%2Fb");
  });
});
