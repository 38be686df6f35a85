import { domainError, err, ok, type DomainError, type Result } from "../shared/result.js";

/**
 * The life of a programme and of each of its batches (angkatan), issue 8: DRAFT → PLANNED → OPEN
 * (nominations open) → RUNNING → COMPLETED → EVALUATED, and CANCELLED from the early states only
 * (DRAFT, PLANNED, OPEN): once a batch runs, people have attended and its record stays.
 */
export const DELIVERY_STATES = ["DRAFT", "PLANNED", "OPEN", "RUNNING", "COMPLETED", "EVALUATED", "CANCELLED"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

type Table<S extends string> = Readonly<Record<S, readonly S[]>>;

const freezeTable = <S extends string>(table: Record<S, readonly S[]>): Table<S> =>
  Object.freeze(Object.fromEntries(Object.entries(table).map(([k, v]) => [k, Object.freeze([...(v as S[])])])) as Record<S, readonly S[]>);

/** A batch's allowed moves: from each state, the states it may go to. Anything else is refused. */
export const BATCH_TRANSITIONS: Table<DeliveryState> = freezeTable<DeliveryState>({
  DRAFT: ["PLANNED", "CANCELLED"],
  PLANNED: ["OPEN", "CANCELLED"],
  OPEN: ["RUNNING", "CANCELLED"],
  RUNNING: ["COMPLETED"],
  COMPLETED: ["EVALUATED"],
  EVALUATED: [],
  CANCELLED: [],
});

/** A programme's allowed moves: the same life as a batch (the programme is the catalogue entry its batches run). */
export const PROGRAMME_TRANSITIONS: Table<DeliveryState> = BATCH_TRANSITIONS;

/**
 * A nomination's states. NOMINATED (by a unit operator, holding a seat) and APPROVED (by an admin)
 * hold a seat; WAITLISTED waits for one; REJECTED and CANCELLED are final.
 */
export const NOMINATION_STATES = ["NOMINATED", "APPROVED", "WAITLISTED", "REJECTED", "CANCELLED"] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];

/** The nomination states that hold a seat of the batch's capacity and of the unit's quota. */
export const SEAT_HOLDING_STATES = ["NOMINATED", "APPROVED"] as const satisfies readonly NominationState[];

/** Whether a nomination in `state` holds a seat. */
export const holdsSeat = (state: NominationState): boolean => (SEAT_HOLDING_STATES as readonly string[]).includes(state);

/**
 * A nomination's allowed moves. A waitlisted nomination is promoted to NOMINATED (it then holds a
 * seat and waits for approval like any other); approval and rejection are an admin's; a nominee
 * may be cancelled until the end (the API promotes the first waitlisted in the same transaction).
 */
export const NOMINATION_TRANSITIONS: Table<NominationState> = freezeTable<NominationState>({
  NOMINATED: ["APPROVED", "REJECTED", "CANCELLED"],
  APPROVED: ["CANCELLED"],
  WAITLISTED: ["NOMINATED", "REJECTED", "CANCELLED"],
  REJECTED: [],
  CANCELLED: [],
});

/** A refused move: code INVALID_TRANSITION, field `status`, reason `FROM->TO`. */
export type TransitionError = DomainError<"INVALID_TRANSITION"> & { readonly field: "status"; readonly reason: string };

const transition =
  <S extends string>(what: string, table: Table<S>) =>
  (from: S, to: S): Result<S, TransitionError> => {
    const moves = Object.prototype.hasOwnProperty.call(table, from) ? table[from] : undefined;
    if (moves !== undefined && typeof to === "string" && moves.includes(to)) return ok(to);
    const reason = `${String(from)}->${String(to)}`;
    return err({ ...domainError("INVALID_TRANSITION", `A ${what} cannot move from ${String(from)} to ${String(to)}`), field: "status", reason });
  };

const allowed =
  <S extends string>(table: Table<S>) =>
  (from: S): readonly S[] =>
    Object.prototype.hasOwnProperty.call(table, from) ? table[from] : [];

/**
 * The state a programme moves to, by {@link PROGRAMME_TRANSITIONS}; any other move (including an
 * unknown state, or staying put) is INVALID_TRANSITION on field `status` with reason `FROM->TO`.
 */
export const transitionProgramme: (from: DeliveryState, to: DeliveryState) => Result<DeliveryState, TransitionError> = transition(
  "programme",
  PROGRAMME_TRANSITIONS,
);

/** The state a batch moves to, by {@link BATCH_TRANSITIONS}; otherwise INVALID_TRANSITION as {@link transitionProgramme}. */
export const transitionBatch: (from: DeliveryState, to: DeliveryState) => Result<DeliveryState, TransitionError> = transition(
  "batch",
  BATCH_TRANSITIONS,
);

/** The state a nomination moves to, by {@link NOMINATION_TRANSITIONS}; otherwise INVALID_TRANSITION as {@link transitionProgramme}. */
export const transitionNomination: (from: NominationState, to: NominationState) => Result<NominationState, TransitionError> = transition(
  "nomination",
  NOMINATION_TRANSITIONS,
);

/** The states a programme in `from` may move to (for the UI); empty for a final or unknown state. */
export const allowedProgrammeMoves: (from: DeliveryState) => readonly DeliveryState[] = allowed(PROGRAMME_TRANSITIONS);
/** The states a batch in `from` may move to (for the UI). */
export const allowedBatchMoves: (from: DeliveryState) => readonly DeliveryState[] = allowed(BATCH_TRANSITIONS);
/** The states a nomination in `from` may move to (for the UI). */
export const allowedNominationMoves: (from: NominationState) => readonly NominationState[] = allowed(NOMINATION_TRANSITIONS);
