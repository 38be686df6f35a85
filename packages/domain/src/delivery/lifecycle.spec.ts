import {
  BATCH_TRANSITIONS,
  DELIVERY_STATES,
  NOMINATION_STATES,
  NOMINATION_TRANSITIONS,
  allowedBatchMoves,
  allowedNominationMoves,
  allowedProgrammeMoves,
  holdsSeat,
  transitionBatch,
  transitionNomination,
  transitionProgramme,
  type DeliveryState,
  type NominationState,
} from "./lifecycle.js";

const ALLOWED_DELIVERY: ReadonlyArray<readonly [DeliveryState, DeliveryState]> = [
  ["DRAFT", "PLANNED"],
  ["PLANNED", "OPEN"],
  ["OPEN", "RUNNING"],
  ["RUNNING", "COMPLETED"],
  ["COMPLETED", "EVALUATED"],
  ["DRAFT", "CANCELLED"],
  ["PLANNED", "CANCELLED"],
  ["OPEN", "CANCELLED"],
];
const isAllowed = (from: string, to: string) => ALLOWED_DELIVERY.some(([f, t]) => f === from && t === to);
const FORBIDDEN_DELIVERY = DELIVERY_STATES.flatMap((from) => DELIVERY_STATES.map((to) => [from, to] as const)).filter(
  ([from, to]) => !isAllowed(from, to),
);

describe.each([
  ["transitionBatch", transitionBatch, allowedBatchMoves],
  ["transitionProgramme", transitionProgramme, allowedProgrammeMoves],
] as const)("%s", (_name, move, allowedMoves) => {
  it.each(ALLOWED_DELIVERY)("allows %s -> %s", (from, to) => {
    expect(move(from, to)).toEqual({ ok: true, value: to });
    expect(allowedMoves(from)).toContain(to);
  });

  it.each(FORBIDDEN_DELIVERY)("refuses %s -> %s as INVALID_TRANSITION on status", (from, to) => {
    expect(move(from, to)).toEqual({
      ok: false,
      error: { code: "INVALID_TRANSITION", field: "status", reason: `${from}->${to}`, message: expect.stringContaining(from) },
    });
    expect(allowedMoves(from)).not.toContain(to);
  });

  it("cancels only from DRAFT, PLANNED and OPEN", () => {
    expect(DELIVERY_STATES.filter((s) => move(s, "CANCELLED").ok)).toEqual(["DRAFT", "PLANNED", "OPEN"]);
  });

  it("refuses unknown states with a Result, never a throw", () => {
    expect(move("ARCHIVED" as DeliveryState, "DRAFT")).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION", reason: "ARCHIVED->DRAFT" } });
    expect(move("DRAFT", "constructor" as DeliveryState)).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION" } });
    expect(move("constructor" as DeliveryState, "DRAFT")).toMatchObject({ ok: false });
    expect(allowedMoves("toString" as DeliveryState)).toEqual([]);
  });

  it("lists the moves for the UI, none from a final state", () => {
    expect(allowedMoves("DRAFT")).toEqual(["PLANNED", "CANCELLED"]);
    expect(allowedMoves("RUNNING")).toEqual(["COMPLETED"]);
    expect(allowedMoves("EVALUATED")).toEqual([]);
    expect(allowedMoves("CANCELLED")).toEqual([]);
  });
});

describe("transitionNomination", () => {
  const ALLOWED: ReadonlyArray<readonly [NominationState, NominationState]> = [
    ["NOMINATED", "APPROVED"],
    ["NOMINATED", "REJECTED"],
    ["NOMINATED", "CANCELLED"],
    ["APPROVED", "CANCELLED"],
    ["WAITLISTED", "NOMINATED"],
    ["WAITLISTED", "REJECTED"],
    ["WAITLISTED", "CANCELLED"],
  ];
  const FORBIDDEN = NOMINATION_STATES.flatMap((from) => NOMINATION_STATES.map((to) => [from, to] as const)).filter(
    ([from, to]) => !ALLOWED.some(([f, t]) => f === from && t === to),
  );

  it.each(ALLOWED)("allows %s -> %s", (from, to) => {
    expect(transitionNomination(from, to)).toEqual({ ok: true, value: to });
    expect(allowedNominationMoves(from)).toContain(to);
  });

  it.each(FORBIDDEN)("refuses %s -> %s", (from, to) => {
    expect(transitionNomination(from, to)).toMatchObject({ ok: false, error: { code: "INVALID_TRANSITION", field: "status", reason: `${from}->${to}` } });
  });

  it("holds a seat only when NOMINATED or APPROVED", () => {
    expect(NOMINATION_STATES.filter(holdsSeat)).toEqual(["NOMINATED", "APPROVED"]);
  });

  it("has frozen tables", () => {
    expect(Object.isFrozen(BATCH_TRANSITIONS)).toBe(true);
    expect(Object.isFrozen(BATCH_TRANSITIONS.DRAFT)).toBe(true);
    expect(Object.isFrozen(NOMINATION_TRANSITIONS)).toBe(true);
  });
});
