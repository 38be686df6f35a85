import { batchCreditJp, completionOf, creditJp, type DevelopmentKind } from "@bina/domain";
import type { SeedEmployee } from "../salatiga";
import { demoBatches, type SeedBatch } from "./batches";
import { generateLearningRecords, type SeedLearningRecord } from "./learning-records";
import { assignParticipants, type SeedParticipant } from "./participants";
import { batchSessions, type SeedSession } from "./sessions";

export { demoSpeakers, sessionFee, type SeedSpeaker } from "./speakers";
export type { SeedBatch, SeedSession, SeedParticipant, SeedLearningRecord };

/** The demo's today: batches that ended before it are completed, December's are open. */
export const DEMO_DELIVERY_TODAY = "2026-11-30";
export const DEMO_DELIVERY_YEAR = 2026;

export type SeedBatchStatus = "OPEN" | "RUNNING" | "COMPLETED";

export interface DemoBatch extends SeedBatch {
  readonly sessions: readonly SeedSession[];
  readonly status: SeedBatchStatus;
  /** Σ session JP. */
  readonly sessionJp: number;
  /** What the batch credits each participant who completes it (the domain's creditJp for its kind). */
  readonly creditedJp: number;
}

export interface DemoParticipant extends SeedParticipant {
  readonly attendedJp: number;
  /** For a completed batch: whether they completed it; null while the batch has not ended. */
  readonly completed: boolean | null;
}

export interface DemoLearningRecord extends SeedLearningRecord {
  readonly creditedJp: number;
}

export interface DemoDelivery {
  readonly batches: readonly DemoBatch[];
  readonly participants: readonly DemoParticipant[];
  readonly records: readonly DemoLearningRecord[];
}

const credited = (result: ReturnType<typeof batchCreditJp>, what: string): number => {
  if (!result.ok) throw new Error(`Demo ${what} cannot be credited: ${result.error.code} ${result.error.field ?? ""}`);
  return result.value;
};

/** A batch's sessions as days with their JP, as batchCreditJp reads them. */
function batchDays(sessions: readonly SeedSession[]) {
  const byDay = new Map<string, number>();
  for (const s of sessions) byDay.set(s.date, (byDay.get(s.date) ?? 0) + s.jp);
  return [...byDay].map(([date, jp]) => ({ date, jp }));
}

/** The whole 2026 of delivery for the demo employees: deterministic. */
export function demoDelivery(employees: readonly SeedEmployee[], today = DEMO_DELIVERY_TODAY): DemoDelivery {
  const batches: DemoBatch[] = demoBatches.map((b) => {
    const sessions = batchSessions(b);
    const first = sessions[0]!.date;
    const last = sessions[sessions.length - 1]!.date;
    const status: SeedBatchStatus = last < today ? "COMPLETED" : first <= today ? "RUNNING" : "OPEN";
    const sessionJp = sessions.reduce((t, s) => t + s.jp, 0);
    return { ...b, sessions, status, sessionJp, creditedJp: credited(batchCreditJp(b.kind as DevelopmentKind, batchDays(sessions)), `batch ${b.key}`) };
  });
  const byKey = new Map(batches.map((b) => [b.key, b]));
  const participants = assignParticipants(batches, employees, today).map((p): DemoParticipant => {
    const batch = byKey.get(p.batchKey)!;
    const attendedJp = batch.sessions.reduce((t, s, i) => t + (p.present[i] ? s.jp : 0), 0);
    if (batch.status !== "COMPLETED") return { ...p, attendedJp, completed: null };
    const outcome = completionOf({ batchJp: batch.sessionJp, attendedJp, postTestScore: p.postScore, passMark: batch.passMark ?? null });
    if (!outcome.ok) throw new Error(`Demo completion of ${p.nip} in ${p.batchKey}: ${outcome.error.code}`);
    return { ...p, attendedJp, completed: outcome.value.completed };
  });
  const records = generateLearningRecords(employees).map((r) => ({ ...r, creditedJp: credited(creditJp(r), `record ${r.title} of ${r.nip}`) }));
  return { batches, participants, records };
}
