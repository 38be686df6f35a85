import {
  computeIkm,
  DEFAULT_BEHAVIOUR_QUESTIONNAIRE,
  DEFAULT_REACTION_INSTRUMENT,
  nrrBand,
  SKM_AGE_BANDS,
  SKM_ELEMENT_CODES,
  SKM_RESPONDENT_PROFILE,
  skmSampleSize,
  summariseBehaviour,
  summariseReaction,
  type IkmResult,
} from "@bina/domain";
import { DEMO_DELIVERY_TODAY, demoDelivery } from "../delivery";
import { generateEmployees, salatigaUnits } from "../salatiga";
import { demoEvaluation, ratedSpeakers } from ".";
import { scoresWithMean } from "./survey-responses";

const employees = generateEmployees({ count: 2000 });
const delivery = demoDelivery(employees);
const demo = demoEvaluation(delivery, DEMO_DELIVERY_TODAY);

const ikmOf = (unit: string, period: string): IkmResult => {
  const result = computeIkm(demo.responses.filter((r) => r.serviceUnitCode === unit && r.periodCode === period).map((r) => r.answers));
  if (!result.ok) throw new Error(`${unit} ${period}: ${result.error.code}`);
  return result.value;
};
const band = (unit: string, period: string, element: (typeof SKM_ELEMENT_CODES)[number]) => nrrBand(ikmOf(unit, period).nrr[element]);

describe("the SKM demo", () => {
  it("has twelve service units with public slugs, linked to Salatiga units", () => {
    const unitCodes = new Set(salatigaUnits.map((u) => u.code));
    expect(demo.serviceUnits).toHaveLength(12);
    expect(new Set(demo.serviceUnits.map((u) => u.code)).size).toBe(12);
    for (const u of demo.serviceUnits) {
      expect(u.code).toMatch(/^[a-z0-9][a-z0-9-]{1,39}$/);
      expect(unitCodes.has(u.unitCode)).toBe(true);
    }
    expect(demo.serviceUnits.map((u) => u.code)).toEqual(expect.arrayContaining(["disdukcapil", "dpmptsp", "rsud", "pkm-cebongan", "kec-sidorejo", "kel-blotongan"]));
    expect(demo.periods.map((p) => [p.code, p.status])).toEqual([["2025-2", "CLOSED"], ["2026-1", "CLOSED"], ["2026-2", "OPEN"]]);
  });

  it("reaches the required sample per unit and period, and not by much more", () => {
    for (const u of demo.serviceUnits) {
      for (const p of demo.periods) {
        const n = demo.responses.filter((r) => r.serviceUnitCode === u.code && r.periodCode === p.code).length;
        expect([u.code, p.code, n >= skmSampleSize(u.yearlyUsers)]).toEqual([u.code, p.code, true]);
        expect(n).toBeLessThanOrEqual(Math.ceil(skmSampleSize(u.yearlyUsers) * 1.07));
      }
    }
  });

  it("scores only 1..4, leaves a few elements unanswered, complaints most", () => {
    const all = demo.responses.flatMap((r) => r.answers);
    expect(all.every((a) => a === null || (Number.isInteger(a) && a >= 1 && a <= 4))).toBe(true);
    const nulls = all.filter((a) => a === null).length;
    expect(nulls).toBeGreaterThan(0);
    expect(nulls / all.length).toBeLessThan(0.02);
    const nullsOf = (u: number) => demo.responses.filter((r) => r.answers[u] === null).length;
    expect(nullsOf(7)).toBeGreaterThan(nullsOf(0) * 3);
    expect(demo.responses.filter((r) => r.answers.length !== 9)).toEqual([]);
  });

  it("gives mostly band B, a few C, no D, per period", () => {
    const bands = demo.periods.map((p) => demo.serviceUnits.map((u) => ikmOf(u.code, p.code).band));
    for (const periodBands of bands) {
      expect(periodBands.filter((b) => b === "B").length).toBeGreaterThanOrEqual(10);
      expect(periodBands.filter((b) => b === "C").length).toBeGreaterThanOrEqual(1);
      expect(periodBands).not.toContain("D");
    }
    expect(ikmOf("kel-blotongan", "2025-2").band).toBe("C");
    expect(ikmOf("rsud", "2026-1").band).toBe("C");
    expect(ikmOf("pkm-kalicacing", "2026-2").band).toBe("C");
  });

  it("improves Disdukcapil's staff behaviour (U7) from C to B in 2026-2, after its staff's Pelayanan Publik training", () => {
    expect([band("disdukcapil", "2025-2", "U7"), band("disdukcapil", "2026-1", "U7"), band("disdukcapil", "2026-2", "U7")]).toEqual(["C", "C", "B"]);
    expect(ikmOf("disdukcapil", "2026-2").ikm).toBeGreaterThan(ikmOf("disdukcapil", "2026-1").ikm + 1);
    expect([band("kec-tingkir", "2026-1", "U7"), band("kec-tingkir", "2026-2", "U7")]).toEqual(["C", "B"]);
    // The staff of both units completed a 2026 batch teaching Pelayanan Publik.
    const batch = new Map(delivery.batches.map((b) => [b.key, b]));
    const unitOf = new Map(employees.map((e) => [e.nip, e.unitCode]));
    const trained = (unitCode: string) =>
      new Set(
        delivery.participants
          .filter((p) => p.completed && batch.get(p.batchKey)!.competencies.includes("M.PELAYANAN_PUBLIK"))
          .filter((p) => unitOf.get(p.nip) === unitCode || unitOf.get(p.nip)!.startsWith(`${unitCode}.`))
          .map((p) => p.nip),
      ).size;
    expect(trained("3373.DISDUKCAPIL")).toBeGreaterThanOrEqual(3);
    expect(trained("337302")).toBeGreaterThanOrEqual(2);
  });

  it("has exactly the named weak elements in 2026-1, the period the 2026 needs cycle reads", () => {
    const weak = demo.serviceUnits.flatMap((u) =>
      SKM_ELEMENT_CODES.filter((e) => ["C", "D"].includes(band(u.code, "2026-1", e))).map((e) => `${u.code} ${e} ${band(u.code, "2026-1", e)}`),
    );
    expect(weak.sort()).toEqual(["disdukcapil U7 C", "kec-tingkir U7 C", "rsud U3 C", "rsud U8 D"]);
  });

  it("fills the profile from the regulation's lists with a few blanks, dates inside the period and before today", () => {
    const genders = SKM_RESPONDENT_PROFILE.genders.map((g) => g.value as string);
    const occupations = SKM_RESPONDENT_PROFILE.occupations.map((o) => o.value as string);
    const educations = SKM_RESPONDENT_PROFILE.educations as readonly string[];
    const period = new Map(demo.periods.map((p) => [p.code, p]));
    const outside = demo.responses.filter((r) => {
      const day = r.submittedAt.slice(0, 10);
      const p = period.get(r.periodCode)!;
      return !(
        (r.gender === null || genders.includes(r.gender)) &&
        (r.education === null || educations.includes(r.education)) &&
        (r.occupation === null || occupations.includes(r.occupation)) &&
        (r.ageBand === null || SKM_AGE_BANDS.some((b) => b.value === r.ageBand)) &&
        day >= p.startsOn &&
        day <= p.endsOn &&
        day < DEMO_DELIVERY_TODAY &&
        /^[0-9a-f]{64}$/.test(r.clientKey)
      );
    });
    expect(outside).toEqual([]);
    expect(new Set(demo.responses.map((r) => r.clientKey)).size).toBe(demo.responses.length);
    const blanks = demo.responses.filter((r) => r.gender === null || r.education === null).length;
    expect(blanks).toBeGreaterThan(0);
    expect(blanks / demo.responses.length).toBeLessThan(0.06);
    expect(demo.responses.filter((r) => r.suggestion !== null).length).toBeGreaterThan(demo.responses.length * 0.03);
  });

  it("draws scores whose sum is exactly the target mean times the count", () => {
    for (const [n, mean] of [[341, 3.2], [383, 2.48], [1, 4], [7, 1], [100, 3.77]] as const) {
      const s = scoresWithMean(n, mean);
      expect(s).toHaveLength(n);
      expect(s.reduce((a, b) => a + b, 0)).toBe(Math.round(n * mean));
      expect(s.every((x) => x >= 1 && x <= 4)).toBe(true);
    }
  });
});

describe("the evaluation demo", () => {
  const batch = new Map(delivery.batches.map((b) => [b.key, b]));

  it("invites every participant with an outcome of a completed batch to a reaction form; about 80% answered in the window", () => {
    const expected = delivery.participants.filter((p) => batch.get(p.batchKey)!.status === "COMPLETED" && p.completed !== null);
    expect(demo.reactions).toHaveLength(expected.length);
    const answered = demo.reactions.filter((r) => r.answeredAt !== null);
    expect(answered.length / demo.reactions.length).toBeGreaterThan(0.75);
    expect(answered.length / demo.reactions.length).toBeLessThan(0.85);
    for (const r of answered) {
      const day = r.answeredAt!.slice(0, 10);
      expect(day >= r.opensOn && day <= r.expiresOn && day < DEMO_DELIVERY_TODAY).toBe(true);
      expect(Object.keys(r.answers!.speakers).sort()).toEqual(ratedSpeakers(batch.get(r.batchKey)!).sort());
    }
    // Every question answered, as the public form requires.
    const keys = (aspect: "SPEAKER" | null) => DEFAULT_REACTION_INSTRUMENT.questions.filter((q) => (q.aspect === "SPEAKER") === (aspect === "SPEAKER")).map((q) => q.key);
    const incomplete = answered.filter(
      (r) => Object.keys(r.answers!.answers).join() !== keys(null).join() || Object.values(r.answers!.speakers).some((s) => Object.keys(s).join() !== keys("SPEAKER").join()),
    );
    expect(incomplete).toEqual([]);
    const summary = summariseReaction(DEFAULT_REACTION_INSTRUMENT, answered.map((r) => r.answers!));
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    expect(summary.value.overall).toBeGreaterThan(3);
    const spbe = summariseReaction(DEFAULT_REACTION_INSTRUMENT, answered.filter((r) => r.batchKey === "SPBE-1").map((r) => r.answers!));
    expect(spbe.ok && spbe.value.aspects.FACILITIES.mean! < 2.6).toBe(true);
  });

  it("sends behaviour follow-ups to alumni and superiors; only batches ended before 2026-08-30 have answers, partly", () => {
    const completed = delivery.participants.filter((p) => batch.get(p.batchKey)!.status === "COMPLETED" && p.completed === true);
    expect(demo.followUps).toHaveLength(completed.length * 2);
    const answered = demo.followUps.filter((f) => f.answeredAt !== null);
    for (const f of answered) {
      const b = batch.get(f.batchKey)!;
      expect(b.sessions[b.sessions.length - 1]!.date < "2026-08-30").toBe(true);
      expect(f.answeredAt!.slice(0, 10) >= f.opensOn && f.answeredAt!.slice(0, 10) < DEMO_DELIVERY_TODAY).toBe(true);
    }
    const opened = demo.followUps.filter((f) => f.opensOn < DEMO_DELIVERY_TODAY);
    expect(answered.length / opened.length).toBeGreaterThan(0.4);
    expect(answered.length / opened.length).toBeLessThan(0.8);
    expect(demo.followUps.some((f) => f.opensOn >= DEMO_DELIVERY_TODAY)).toBe(true);
    const summary = summariseBehaviour(answered.map((f) => ({ role: f.role as "ALUMNUS" | "SUPERIOR", answers: f.answers! })));
    expect(summary.ok).toBe(true);
    if (!summary.ok) return;
    expect(summary.value.byRole.ALUMNUS.respondents).toBeGreaterThan(100);
    expect(summary.value.byRole.SUPERIOR.respondents).toBeGreaterThan(50);
    expect(summary.value.superiorMinusAlumnus).toBeLessThan(0);
    expect(Object.keys(answered[0]!.answers!).sort()).toEqual(DEFAULT_BEHAVIOUR_QUESTIONNAIRE.questions.map((q) => q.key).sort());
  });

  it("opens three improvement actions, one closed, quoting the demo's own figures", () => {
    expect(demo.actions).toHaveLength(3);
    expect(demo.actions.filter((a) => a.status === "CLOSED")).toHaveLength(1);
    const closed = demo.actions.find((a) => a.status === "CLOSED")!;
    expect(closed.outcome).toBeTruthy();
    expect(closed.closedOn! <= DEMO_DELIVERY_TODAY).toBe(true);
    const u7 = ikmOf("disdukcapil", "2025-2").nrr.U7;
    expect(closed.finding).toContain(`NRR ${u7.toFixed(2).replace(".", ",")} (mutu C`);
    const rsud = demo.actions.find((a) => a.serviceUnitCode === "rsud")!;
    expect(rsud.finding).toContain(`NRR ${ikmOf("rsud", "2026-1").nrr.U8.toFixed(2).replace(".", ",")} (mutu D`);
    expect(demo.actions.find((a) => a.source === "LOW_REACTION")!.batchKey).toBe("SPBE-1");
    for (const a of demo.actions) expect(a.finding.length).toBeLessThanOrEqual(1000);
  });

  it("is deterministic", () => {
    expect(demoEvaluation(demoDelivery(employees), DEMO_DELIVERY_TODAY)).toEqual(demo);
  });
});
