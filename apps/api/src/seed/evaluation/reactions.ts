import { DEFAULT_REACTION_INSTRUMENT, type ReactionAspect } from "@bina/domain";
import type { DemoBatch, DemoParticipant } from "../delivery";
import { keyedRng } from "../needs/keyed-rng";
import type { Rng } from "../salatiga/prng";
import { addDays, daysBetween, jakartaTime } from "./dates";

/**
 * Answers to one form as the domain reads them (ReactionResponse); SPEAKER answers keyed by the demo speaker's key (the
 * loader maps keys to ids). Every question answered: the public form accepts nothing less.
 */
export interface SeedReactionAnswers {
  readonly answers: Readonly<Record<string, number>>;
  readonly speakers: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** An evaluation invitation of the demo: the form about one participant of one batch, answered or not. */
export interface SeedInvitation<A> {
  readonly batchKey: string;
  readonly nip: string;
  readonly level: "REACTION" | "BEHAVIOUR";
  readonly role: "PARTICIPANT" | "ALUMNUS" | "SUPERIOR";
  readonly opensOn: string;
  readonly expiresOn: string;
  /** Null while unanswered. */
  readonly answeredAt: string | null;
  readonly answers: A | null;
  readonly comment: string | null;
}

export type SeedReactionInvitation = SeedInvitation<SeedReactionAnswers>;

/** A reaction form is open for 14 days from the batch's last day (the evaluation module's schedule). */
export const REACTION_OPEN_DAYS = 14;
/** About four in five participants answer. */
export const REACTION_ANSWER_RATE = 0.8;

/** What participants think of the batches on average, per aspect (scale 1..4). */
const ASPECT_MEANS: Readonly<Record<ReactionAspect, number>> = { MATERIAL: 3.35, SPEAKER: 3.4, ORGANISATION: 3.3, FACILITIES: 3.2 };

/**
 * Batches with a story: SPBE-1's computer lab was short of working PCs (facilities low: the improvement action
 * LOW_REACTION); the provincial leadership courses and the Surakarta visit are rated high.
 */
export const REACTION_ADJUSTMENTS: Readonly<Record<string, Partial<Record<ReactionAspect, number>>>> = {
  "SPBE-1": { FACILITIES: 2.3, ORGANISATION: 3.0 },
  "PKP-1": { MATERIAL: 3.6, SPEAKER: 3.6 },
  "STUDITIRU-1": { MATERIAL: 3.65, FACILITIES: 3.6 },
};

const COMMENTS = [
  "Materi sangat bermanfaat untuk pekerjaan sehari-hari.",
  "Waktu praktik perlu ditambah.",
  "Mohon bahan tayang dibagikan sebelum pelatihan dimulai.",
  "Narasumber menyampaikan dengan menarik dan banyak contoh kasus.",
  "Ruangan terlalu dingin, jadwal sesi siang terlalu padat.",
  "Perlu pelatihan lanjutan tingkat mahir.",
];

/** A score 1..4 around `mean`: a bell (σ 0.55) over the four answers. */
export function scoreAround(rng: Rng, mean: number): number {
  const weight = (k: number) => Math.exp(-((k - mean) ** 2) / (2 * 0.55 * 0.55));
  const w1 = weight(1);
  const w2 = weight(2);
  const w3 = weight(3);
  let r = rng.next() * (w1 + w2 + w3 + weight(4));
  if ((r -= w1) < 0) return 1;
  if ((r -= w2) < 0) return 2;
  return r - w3 < 0 ? 3 : 4;
}

/** The speakers a participant rates: everyone who spoke or taught in the batch (moderators are not rated), in order. */
export const ratedSpeakers = (batch: Pick<DemoBatch, "sessions">): string[] => [...new Set(batch.sessions.filter((s) => s.role !== "MODERATOR").map((s) => s.speakerKey))];

/**
 * The reaction forms of the completed 2026 batches: one per participant with an outcome, opening on the batch's last
 * day for 14 days; about 80% answered within the window (and before the demo's today), a comment now and then.
 */
export function demoReactions(batches: readonly DemoBatch[], participants: readonly DemoParticipant[], today: string): SeedReactionInvitation[] {
  const byKey = new Map(batches.map((b) => [b.key, b]));
  const out: SeedReactionInvitation[] = [];
  for (const p of participants) {
    const batch = byKey.get(p.batchKey);
    if (!batch || batch.status !== "COMPLETED" || p.completed === null) continue;
    const rng = keyedRng(9_2026, "reaction", `${p.batchKey}|${p.nip}`);
    const opensOn = batch.sessions[batch.sessions.length - 1]!.date;
    const expiresOn = addDays(opensOn, REACTION_OPEN_DAYS);
    const invitation = { batchKey: p.batchKey, nip: p.nip, level: "REACTION", role: "PARTICIPANT", opensOn, expiresOn } as const;
    const lastDay = expiresOn < today ? expiresOn : addDays(today, -1);
    if (lastDay < opensOn || !rng.chance(REACTION_ANSWER_RATE)) {
      out.push({ ...invitation, answeredAt: null, answers: null, comment: null });
      continue;
    }
    // Someone who did not complete the batch rates it lower; each person leans a little one way.
    const lean = rng.range(-0.3, 0.3) - (p.completed ? 0 : 0.35);
    const means = { ...ASPECT_MEANS, ...REACTION_ADJUSTMENTS[batch.key] };
    const batchWobble = keyedRng(9_2026, "reaction-batch", batch.key).range(-0.12, 0.12);
    const answer = (aspect: ReactionAspect, extra = 0) => scoreAround(rng, means[aspect] + batchWobble + lean + extra);
    const answers: Record<string, number> = {};
    for (const q of DEFAULT_REACTION_INSTRUMENT.questions) if (q.aspect !== "SPEAKER") answers[q.key] = answer(q.aspect);
    const speakers: Record<string, Record<string, number>> = {};
    for (const key of ratedSpeakers(batch)) {
      const skill = keyedRng(9_2026, "speaker", key).range(-0.2, 0.2);
      speakers[key] = Object.fromEntries(DEFAULT_REACTION_INSTRUMENT.questions.filter((q) => q.aspect === "SPEAKER").map((q) => [q.key, answer("SPEAKER", skill)]));
    }
    const day = addDays(opensOn, rng.int(0, Math.min(daysBetween(opensOn, lastDay), rng.chance(0.6) ? 1 : 13)));
    out.push({
      ...invitation,
      // On the last day itself, after the closing session.
      answeredAt: jakartaTime(day, day === opensOn ? rng.int(16, 21) : rng.int(8, 21), rng.int(0, 59)),
      answers: { answers, speakers },
      comment: rng.chance(0.15) ? rng.pick(COMMENTS) : null,
    });
  }
  return out;
}
