import { disbursementPlan, firstOpenMonth, resplitPlan } from "@bina/domain";
import { demoSpeakers, sessionFee, type DemoDelivery } from "../delivery";
import { jakartaTime } from "../evaluation/dates";
import { AGENCY_MEALS, AGENCY_TRAVEL, DINKES_TRAINING, DINKES_TRAVEL, fixedLines, programmeLine, type SeedLineDefinition } from "./lines";
import { DEMO_BUDGET_CUTOFF, demoSpendingPlan, type SeedSpendingItem } from "./spending";

export { DEMO_BUDGET_CUTOFF, type SeedSpendingItem, type SeedLineDefinition };
export { AGENCY_HONORARIUM, AGENCY_MEALS, AGENCY_TRAVEL, DINKES_TRAINING, DINKES_TRAVEL, RSUD_TRAINING, programmeLineKey } from "./lines";

export const DEMO_BUDGET_YEAR = 2026;

export interface SeedBudgetLine extends SeedLineDefinition {
  /** The ceiling today: as budgeted, moved by the approved revision. */
  readonly ceiling: number;
  /** The ceiling as budgeted at the start of the year (before any revision). */
  readonly budgetedCeiling: number;
  /** Σ the line's recorded spending. */
  readonly spent: number;
  /** The planned disbursement (rencana penarikan), January to December, summing to the ceiling. */
  readonly plannedByMonth: readonly number[];
  /** 1, or 2 for a line the approved revision changed. */
  readonly version: number;
}

export interface SeedSpending extends SeedSpendingItem {
  /** The payment's document (SPJ) number, in the order paid: `900/0001/BKPSDM/I/2026`. */
  readonly documentNumber: string;
  /** When it was recorded (Jakarta time): the afternoon of the day paid. */
  readonly recordedAt: string;
}

export interface SeedRevision {
  readonly kind: "TRANSFER";
  readonly fromLineKey: string;
  readonly toLineKey: string;
  readonly amount: number;
  readonly reason: string;
  readonly status: "APPROVED" | "REQUESTED";
  readonly requestedBy: "admin" | "operator";
  readonly requestedAt: string;
  readonly decidedBy: "admin" | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
}

export interface DemoBudget {
  readonly fiscalYear: number;
  readonly lines: readonly SeedBudgetLine[];
  /** What was spent by the cut-off: the rows loaded. */
  readonly spendings: readonly SeedSpending[];
  /** What the plan still holds after the cut-off (December): in the ceilings, not loaded. */
  readonly planned: readonly SeedSpendingItem[];
  readonly revisions: readonly SeedRevision[];
}

/** The approved transfer: the travel line ran short before the Latsar's allowances, the meals line had room. */
const APPROVED_TRANSFER: SeedRevision = {
  kind: "TRANSFER",
  fromLineKey: AGENCY_MEALS,
  toLineKey: AGENCY_TRAVEL,
  amount: 35_000_000,
  reason:
    "Uang harian diklat peserta Pelatihan Dasar CPNS Angkatan I (36 peserta, 36 hari di Semarang) tidak tertampung pada pagu perjalanan dinas; " +
    "sebagian kegiatan semester I dilaksanakan daring sehingga pagu makanan dan minuman masih longgar.",
  status: "APPROVED",
  requestedBy: "admin",
  requestedAt: "2026-06-22T10:00:00+07:00",
  decidedBy: "admin",
  decidedAt: "2026-06-26T09:00:00+07:00",
  decisionNote: "Disetujui: pergeseran antar rincian objek dalam satu sub kegiatan, total pagu tetap.",
};

/** The pending request of the Dinas Kesehatan operator, between its own two lines. */
const REQUESTED_TRANSFER: SeedRevision = {
  kind: "TRANSFER",
  fromLineKey: DINKES_TRAINING,
  toLineKey: DINKES_TRAVEL,
  amount: 2_000_000,
  reason:
    "Penambahan 2 peserta Pelatihan Pencegahan dan Pengendalian Infeksi Dasar bulan Desember di Semarang (uang harian 5 hari dan transport); " +
    "sisa pagu kontribusi pelatihan mencukupi.",
  status: "REQUESTED",
  requestedBy: "operator",
  requestedAt: "2026-11-23T09:30:00+07:00",
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
};

const MILLION = 1_000_000;
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];
const ORGANISATION: Readonly<Record<string, string>> = { "3373.DINKES": "DINKES", "3373.RSUD": "RSUD" };

/**
 * The 2026 budget of the development agency, deterministic, over the delivery demo: a line per programme on the
 * training account, the agency's honoraria, travel and meals lines, two lines of Dinas Kesehatan and one of RSUD;
 * the spending of the delivered batches, meetings and unit courses up to {@link DEMO_BUDGET_CUTOFF}; one approved
 * transfer (already in the ceilings) and one requested. A line's ceiling is what its year's plan spends (December
 * included; for a programme's line at least its sessions' fees, so its commitments fit) times its headroom, in
 * millions.
 */
export function demoBudget(delivery: Pick<DemoDelivery, "batches" | "participants">): DemoBudget {
  const plan = demoSpendingPlan(delivery);
  const programmes = [...new Set(delivery.batches.map((b) => b.programme))];
  const definitions = [...programmes.map(programmeLine), ...fixedLines];
  const keys = new Set(definitions.map((d) => d.key));
  for (const x of plan) if (!keys.has(x.lineKey)) throw new Error(`Budget demo spends on an unknown line ${x.lineKey}`);

  const speakers = new Map(demoSpeakers.map((s) => [s.key, s]));
  const scheduledFees = (title: string): number =>
    delivery.batches.filter((b) => b.programme === title).reduce((t, b) => t + b.sessions.reduce((u, s) => u + (sessionFee(s, speakers.get(s.speakerKey)!) ?? 0), 0), 0);
  const sum = (xs: readonly SeedSpendingItem[]) => xs.reduce((t, x) => t + x.amount, 0);

  const recorded = plan.filter((x) => x.spentOn <= DEMO_BUDGET_CUTOFF);
  const planned = plan.filter((x) => x.spentOn > DEMO_BUDGET_CUTOFF);
  const approved = APPROVED_TRANSFER;
  const lines = definitions.map((d): SeedBudgetLine => {
    const onLine = plan.filter((x) => x.lineKey === d.key);
    const needed = Math.max(sum(onLine), d.programme === null ? 0 : scheduledFees(d.programme));
    const ceiling = Math.ceil((needed * d.headroom) / MILLION) * MILLION;
    const moved = d.key === approved.fromLineKey ? approved.amount : d.key === approved.toLineKey ? -approved.amount : 0;
    const budgetedCeiling = ceiling + moved;
    const budgetedPlan = disbursementPlan(budgetedCeiling);
    return {
      ...d,
      ceiling,
      budgetedCeiling,
      spent: sum(recorded.filter((x) => x.lineKey === d.key)),
      // A decided revision re-splits a changed line's plan over the months still ahead of its decision, as the API does.
      plannedByMonth: moved === 0 ? budgetedPlan : resplitPlan(budgetedPlan, ceiling, firstOpenMonth(2026, approved.decidedAt!.slice(0, 10))),
      version: moved === 0 ? 1 : 2,
    };
  });

  // Document numbers in the order paid, one series per organisation; recorded that afternoon, a minute apart.
  const organisation = new Map(definitions.map((d) => [d.key, d.unitCode === null ? "BKPSDM" : (ORGANISATION[d.unitCode] ?? "BKPSDM")]));
  const ordered = recorded.map((x, i) => ({ x, i })).sort((a, b) => (a.x.spentOn === b.x.spentOn ? a.i - b.i : a.x.spentOn < b.x.spentOn ? -1 : 1));
  const series = new Map<string, number>();
  const perDay = new Map<string, number>();
  const spendings = ordered.map(({ x }): SeedSpending => {
    const org = organisation.get(x.lineKey)!;
    const n = (series.get(org) ?? 0) + 1;
    series.set(org, n);
    const k = perDay.get(x.spentOn) ?? 0;
    perDay.set(x.spentOn, k + 1);
    const month = Number(x.spentOn.slice(5, 7));
    return {
      ...x,
      documentNumber: `900/${String(n).padStart(4, "0")}/${org}/${ROMAN[month - 1]}/${DEMO_BUDGET_YEAR}`,
      recordedAt: jakartaTime(x.spentOn, 14 + Math.floor(k / 60), k % 60),
    };
  });

  return { fiscalYear: DEMO_BUDGET_YEAR, lines, spendings, planned, revisions: [APPROVED_TRANSFER, REQUESTED_TRANSFER] };
}
