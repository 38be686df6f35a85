import { behaviourFollowUpDate, DEFAULT_BEHAVIOUR_QUESTIONNAIRE } from "@bina/domain";
import type { DemoBatch, DemoParticipant } from "../delivery";
import { keyedRng } from "../needs/keyed-rng";
import { addDays, daysBetween, jakartaTime } from "./dates";
import { scoreAround, type SeedInvitation } from "./reactions";

/** Answers to the behaviour questionnaire by question key (APPLY, QUALITY, SPEED, SHARE, SERVICE). */
export type SeedBehaviourAnswers = Readonly<Record<string, number>>;
export type SeedBehaviourInvitation = SeedInvitation<SeedBehaviourAnswers>;

/** A behaviour follow-up is open for 30 days from its date (the evaluation module's schedule). */
export const BEHAVIOUR_OPEN_DAYS = 30;
/** Who answers once the form has been open a few weeks: most alumni, about half their superiors. */
export const BEHAVIOUR_ANSWER_RATES = { ALUMNUS: 0.72, SUPERIOR: 0.55 } as const;

/** Alumni see more change in themselves than their superiors do; service-minded programmes change service most. */
const MEANS = { ALUMNUS: 3.2, SUPERIOR: 2.95 } as const;
const SERVICE_COMPETENCIES = new Set(["M.PELAYANAN_PUBLIK", "T.PELAYANAN_PERIZINAN", "T.ADMINISTRASI_KEPENDUDUKAN", "T.PELAYANAN_KESEHATAN_PRIMER", "T.PENGELOLAAN_PENGADUAN"]);

/**
 * The level-3 follow-ups of the completed 2026 batches: for everyone who completed, the alumnus and the superior,
 * opening three months after the batch (behaviourFollowUpDate) for 30 days. Only batches that ended before 2026-08-30
 * have opened by the demo's today; their forms are partly answered (fewer the more recently they opened), the rest wait.
 */
export function demoFollowUps(batches: readonly DemoBatch[], participants: readonly DemoParticipant[], today: string): SeedBehaviourInvitation[] {
  const byKey = new Map(batches.map((b) => [b.key, b]));
  const out: SeedBehaviourInvitation[] = [];
  for (const p of participants) {
    const batch = byKey.get(p.batchKey);
    if (!batch || batch.status !== "COMPLETED" || p.completed !== true) continue;
    const endsOn = batch.sessions[batch.sessions.length - 1]!.date;
    const opensOn = behaviourFollowUpDate(endsOn);
    const expiresOn = addDays(opensOn, BEHAVIOUR_OPEN_DAYS);
    const lastDay = expiresOn < today ? expiresOn : addDays(today, -1);
    const service = batch.competencies.some((c) => SERVICE_COMPETENCIES.has(c)) ? 0.25 : 0;
    const batchWobble = keyedRng(9_2026, "behaviour-batch", batch.key).range(-0.15, 0.15);
    for (const role of ["ALUMNUS", "SUPERIOR"] as const) {
      const rng = keyedRng(9_2026, "behaviour", `${p.batchKey}|${p.nip}|${role}`);
      const invitation = { batchKey: p.batchKey, nip: p.nip, level: "BEHAVIOUR", role, opensOn, expiresOn } as const;
      const openFor = daysBetween(opensOn, lastDay) + 1;
      if (openFor <= 0 || !rng.chance(BEHAVIOUR_ANSWER_RATES[role] * Math.min(1, openFor / 21))) {
        out.push({ ...invitation, answeredAt: null, answers: null, comment: null });
        continue;
      }
      const lean = rng.range(-0.35, 0.35) + batchWobble;
      const answers = Object.fromEntries(
        DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions.map((q) => [q.key, scoreAround(rng, MEANS[role] + lean + (q.key === "SERVICE" ? service : 0))]),
      );
      const day = addDays(opensOn, rng.int(0, Math.min(openFor - 1, 20)));
      out.push({ ...invitation, answeredAt: jakartaTime(day, rng.int(8, 20), rng.int(0, 59)), answers, comment: null });
    }
  }
  return out;
}
