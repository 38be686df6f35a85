import { IKM_BAND_LABELS, nrrBand, SKM_ELEMENT_CODES, type SkmElementCode } from "@bina/domain";
import type { SeedReactionInvitation } from "./reactions";
import type { SeedSurveyResponse } from "./survey-responses";

/** An improvement action of the closed loop: what was found, who owns the fix, and (when closed) what came of it. */
export interface SeedImprovementAction {
  readonly source: "LOW_REACTION" | "LOW_N_GAIN" | "NO_BEHAVIOUR_CHANGE" | "WEAK_ELEMENT" | "OTHER";
  readonly title: string;
  readonly finding: string;
  readonly batchKey: string | null;
  /** The programme's title (the demo's programmes are one per title). */
  readonly programme: string | null;
  readonly serviceUnitCode: string | null;
  readonly periodCode: string | null;
  readonly element: SkmElementCode | null;
  readonly ownerName: string;
  /** Salatiga demo unit code. */
  readonly ownerUnitCode: string;
  readonly openedOn: string;
  readonly dueOn: string;
  readonly status: "OPEN" | "CLOSED";
  readonly outcome: string | null;
  readonly closedOn: string | null;
}

/** An element's NRR in a unit and period over the generated responses, with the number of answers. */
export function elementNrr(responses: readonly SeedSurveyResponse[], unit: string, period: string, element: SkmElementCode): { nrr: number; answers: number } {
  const u = SKM_ELEMENT_CODES.indexOf(element);
  let sum = 0;
  let answers = 0;
  for (const r of responses) {
    const score = r.serviceUnitCode === unit && r.periodCode === period ? r.answers[u] : null;
    if (score === null || score === undefined) continue;
    sum += score;
    answers += 1;
  }
  if (answers === 0) throw new Error(`Demo action: nobody answered ${element} at ${unit} in ${period}`);
  return { nrr: sum / answers, answers };
}

/** The mean of one aspect's answers (question keys) over a batch's answered reaction forms. */
export function reactionMean(reactions: readonly SeedReactionInvitation[], batchKey: string, keys: readonly string[]): { mean: number; answers: number } {
  let sum = 0;
  let answers = 0;
  for (const r of reactions) {
    if (r.batchKey !== batchKey || !r.answers) continue;
    for (const k of keys) {
      const score = r.answers.answers[k];
      if (typeof score !== "number") continue;
      sum += score;
      answers += 1;
    }
  }
  if (answers === 0) throw new Error(`Demo action: no reaction answers for ${batchKey}`);
  return { mean: sum / answers, answers };
}

/** Indonesian decimals: 2,78. */
const id2 = (x: number): string => x.toFixed(2).replace(".", ",");
const nrrText = (x: { nrr: number; answers: number }): string => `NRR ${id2(x.nrr)} (mutu ${nrrBand(x.nrr)}, ${IKM_BAND_LABELS[nrrBand(x.nrr)]}) dari ${x.answers} jawaban`;

/**
 * Three actions, one closed: Disdukcapil's staff behaviour (U7, weak in 2025-2; closed once its front-line staff were
 * trained and 2026-2 answers are band B), RSUD's complaint handling (U8, band D in 2026-1; open), and the SPBE-1 batch's
 * facilities rated low by its participants (open). Findings and the outcome quote the demo's own figures.
 */
export function demoImprovementActions(responses: readonly SeedSurveyResponse[], reactions: readonly SeedReactionInvitation[]): SeedImprovementAction[] {
  const dukcapilBefore = elementNrr(responses, "disdukcapil", "2025-2", "U7");
  const dukcapilAfter = elementNrr(responses, "disdukcapil", "2026-2", "U7");
  const rsud = elementNrr(responses, "rsud", "2026-1", "U8");
  const lab = reactionMean(reactions, "SPBE-1", ["FAC1", "FAC2"]);
  return [
    {
      source: "WEAK_ELEMENT",
      title: "Kesopanan dan keramahan petugas loket Disdukcapil",
      finding: `SKM periode 2025-2, U7 perilaku petugas: ${nrrText(dukcapilBefore)}. Keluhan terbanyak: petugas loket kurang ramah kepada warga lanjut usia.`,
      batchKey: null,
      programme: null,
      serviceUnitCode: "disdukcapil",
      periodCode: "2025-2",
      element: "U7",
      ownerName: "Sekretaris Dinas Kependudukan dan Pencatatan Sipil",
      ownerUnitCode: "3373.DISDUKCAPIL",
      openedOn: "2026-02-02",
      dueOn: "2026-11-15",
      status: "CLOSED",
      outcome: `Petugas garda depan mengikuti Workshop Pengelolaan Pengaduan SP4N-LAPOR!, Seminar Birokrasi Berdampak dan Pelatihan Pelayanan Prima; standar sapa-senyum-salam diterapkan di loket. SKM 2026-2 (sampai 30 November): U7 ${nrrText(dukcapilAfter)}.`,
      closedOn: "2026-11-20",
    },
    {
      source: "WEAK_ELEMENT",
      title: "Pengelolaan pengaduan pasien RSUD melalui SP4N-LAPOR!",
      finding: `SKM periode 2026-1, U8 penanganan pengaduan: ${nrrText(rsud)}. Pengaduan lewat kotak saran dan LAPOR! tidak ditindaklanjuti dalam 5 hari kerja.`,
      batchKey: null,
      programme: null,
      serviceUnitCode: "rsud",
      periodCode: "2026-1",
      element: "U8",
      ownerName: "Kepala Bagian Umum dan Keuangan RSUD",
      ownerUnitCode: "3373.RSUD",
      openedOn: "2026-07-20",
      dueOn: "2026-12-31",
      status: "OPEN",
      outcome: null,
      closedOn: null,
    },
    {
      source: "LOW_REACTION",
      title: "Sarana laboratorium komputer untuk bimtek SPBE",
      finding: `Evaluasi reaksi Bimtek Pengelolaan Aplikasi Layanan Publik SPBE Angkatan I: rerata aspek sarana ${id2(lab.mean)} dari ${lab.answers} jawaban (skala 1-4); sebagian komputer tidak dapat menjalankan aplikasi.`,
      batchKey: "SPBE-1",
      programme: "Bimtek Pengelolaan Aplikasi Layanan Publik SPBE bagi Operator OPD",
      serviceUnitCode: null,
      periodCode: null,
      element: null,
      ownerName: "Kepala Bidang Pengembangan Kompetensi BKPSDM",
      ownerUnitCode: "3373.BKPSDM.BANGKOM",
      openedOn: "2026-02-27",
      dueOn: "2026-12-04",
      status: "OPEN",
      outcome: null,
      closedOn: null,
    },
  ];
}
