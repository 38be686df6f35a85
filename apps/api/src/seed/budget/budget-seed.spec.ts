import { absorptionPercent, APBD_ACCOUNTS, applyRevision, checkStandardCost, disbursementPlan, lineFigures, openCommitment, SPENDING_CATEGORIES } from "@bina/domain";
import { demoDelivery, demoSpeakers, sessionFee } from "../delivery";
import { generateEmployees, DINKES_CODE } from "../salatiga";
import { DEMO_BUDGET_CUTOFF, demoBudget, programmeLineKey } from ".";

const employees = generateEmployees({ count: 2000 });
const delivery = demoDelivery(employees);
const demo = demoBudget(delivery);

const total = (xs: readonly { amount: number }[]) => xs.reduce((t, x) => t + x.amount, 0);
const ceiling = demo.lines.reduce((t, l) => t + l.ceiling, 0);
const spent = demo.lines.reduce((t, l) => t + l.spent, 0);
const batchByKey = new Map(delivery.batches.map((b) => [b.key, b]));
const speakers = new Map(demoSpeakers.map((s) => [s.key, s]));

describe("the 2026 budget demo", () => {
  it("budgets Rp 1.5 to 2.5 bn over the typical APBD accounts: a line per programme, the agency's lines, the units' lines", () => {
    expect(ceiling).toBeGreaterThanOrEqual(1_500_000_000);
    expect(ceiling).toBeLessThanOrEqual(2_500_000_000);
    expect(new Set(demo.lines.map((l) => l.accountCode))).toEqual(new Set(APBD_ACCOUNTS.map((a) => a.code)));
    const programmes = new Set(delivery.batches.map((b) => b.programme));
    const programmeLines = demo.lines.filter((l) => l.programme !== null);
    expect(programmeLines.map((l) => l.programme).sort()).toEqual([...programmes].sort());
    for (const l of programmeLines) expect([l.name, l.accountCode, l.unitCode]).toEqual([l.name, "5.1.02.02.12.0001", null]);
    const agency = demo.lines.filter((l) => l.programme === null && l.unitCode === null).map((l) => l.accountCode);
    expect(agency.sort()).toEqual(["5.1.02.01.01.0052", "5.1.02.02.01.0003", "5.1.02.04.01.0001"]);
    // The demo operator (Dinas Kesehatan) sees some lines, not all the units' lines.
    const unitLines = demo.lines.filter((l) => l.unitCode !== null);
    expect(unitLines.filter((l) => l.unitCode === DINKES_CODE || l.unitCode!.startsWith(`${DINKES_CODE}.`)).length).toBeGreaterThanOrEqual(2);
    expect(unitLines.some((l) => !l.unitCode!.startsWith(DINKES_CODE))).toBe(true);
    expect(new Set(demo.lines.map((l) => `${l.accountCode}|${l.name}`)).size).toBe(demo.lines.length);
  });

  it("has absorbed 70 to 85% by late November, no line overspent, commitments within every line", () => {
    const absorption = absorptionPercent(ceiling, spent)!;
    expect(absorption).toBeGreaterThanOrEqual(70);
    expect(absorption).toBeLessThanOrEqual(85);
    for (const l of demo.lines) {
      expect([l.key, l.spent]).toEqual([l.key, total(demo.spendings.filter((s) => s.lineKey === l.key))]);
      expect([l.key, l.spent <= l.ceiling]).toEqual([l.key, true]);
      expect(l.plannedByMonth).toHaveLength(12);
      expect(l.plannedByMonth.reduce((t, x) => t + x, 0)).toBe(l.ceiling);
      // The contract's commitment of a programme's line (the domain's rule): its sessions' fees (no plan candidates here)
      // less everything spent for the programme (on its line and on its batches elsewhere), within what the line has left.
      const batches = new Set(delivery.batches.filter((b) => b.programme === l.programme).map((b) => b.key));
      const fees = l.programme === null ? 0 : delivery.batches.filter((b) => batches.has(b.key)).flatMap((b) => b.sessions).reduce((t, s) => t + (sessionFee(s, speakers.get(s.speakerKey)!) ?? 0), 0);
      const programmeSpent = total(demo.spendings.filter((s) => s.lineKey === l.key || (s.batchKey !== null && batches.has(s.batchKey))));
      const committed = openCommitment({ base: fees, programmeSpent, lineCeiling: l.ceiling, lineSpent: l.spent });
      expect([l.key, lineFigures({ ceiling: l.ceiling, spent: l.spent, committed }).remaining >= 0]).toEqual([l.key, true]);
    }
    // Something is left for December: batches and a meeting still planned, a line with open commitments.
    expect(demo.planned.length).toBeGreaterThan(0);
    expect(demo.lines.some((l) => l.programme !== null && l.spent === 0)).toBe(true);
  });

  it("keeps every categorised spending within its standard cost", () => {
    expect(demo.spendings.length).toBeGreaterThan(100);
    for (const s of demo.spendings) {
      expect(SPENDING_CATEGORIES).toContain(s.category);
      expect(Number.isSafeInteger(s.amount) && s.amount > 0).toBe(true);
      const check = checkStandardCost({ category: s.category, amount: s.amount, quantity: s.quantity, level: s.level, minutes: s.minutes });
      expect([s.description, check.ok ? "ok" : check.error.code]).toEqual([s.description, "ok"]);
    }
    // The standard-cost categories all occur, and some spending sits exactly at its ceiling.
    for (const c of ["SPEAKER_FEE", "MODERATOR_FEE", "TEACHER_FEE", "DAILY_ALLOWANCE_OUT_OF_TOWN", "DAILY_ALLOWANCE_IN_TOWN", "DAILY_ALLOWANCE_TRAINING"]) {
      expect([c, demo.spendings.some((s) => s.category === c)]).toEqual([c, true]);
    }
  });

  it("dates spending in 2026 up to 2026-11-27, a batch's never after it ended nor before it was planned", () => {
    for (const s of demo.spendings) {
      expect(s.spentOn >= "2026-01-01" && s.spentOn <= DEMO_BUDGET_CUTOFF).toBe(true);
      if (s.batchKey === null) continue;
      const b = batchByKey.get(s.batchKey)!;
      expect([s.batchKey, s.spentOn <= b.sessions[b.sessions.length - 1]!.date, b.status !== "OPEN"]).toEqual([s.batchKey, true, true]);
    }
    expect(DEMO_BUDGET_CUTOFF <= "2026-11-27").toBe(true);
    expect(new Set(demo.spendings.map((s) => s.documentNumber)).size).toBe(demo.spendings.length);
  });

  it("follows the delivered batches: the fees of the sessions held, meals for each participant present each day", () => {
    for (const b of delivery.batches) {
      const onBatch = demo.spendings.filter((s) => s.batchKey === b.key);
      const fees = onBatch.filter((s) => s.category.endsWith("_FEE") && s.category !== "COURSE_FEE");
      const external = b.organiser === "PROVINCE" || b.organiser === "LAN";
      const heldFees = b.sessions.filter((s) => s.date <= DEMO_BUDGET_CUTOFF).reduce((t, s) => t + (sessionFee(s, speakers.get(s.speakerKey)!) ?? 0), 0);
      expect([b.key, total(fees)]).toEqual([b.key, external ? 0 : heldFees]);
      for (const f of fees) expect(f.lineKey).toBe(programmeLineKey(b.programme));
      const participants = delivery.participants.filter((p) => p.batchKey === b.key);
      const heldDays = [...new Set(b.sessions.filter((s) => s.date <= DEMO_BUDGET_CUTOFF).map((s) => s.date))];
      const present = heldDays.reduce((t, d) => t + participants.filter((p) => b.sessions.some((s, i) => s.date === d && p.present[i])).length, 0);
      const meals = onBatch.filter((s) => s.category === "MEALS");
      if (meals.length > 0) expect([b.key, meals.reduce((t, m) => t + m.quantity!, 0)]).toEqual([b.key, present]);
    }
    expect(demo.spendings.filter((s) => s.category === "MEALS" && s.batchKey !== null).length).toBeGreaterThan(25);
  });

  it("has one approved transfer already in the ceilings, that the travel line needed, and one request that would be accepted", () => {
    const [approved, requested] = demo.revisions;
    expect([approved!.status, approved!.kind, requested!.status, requested!.kind]).toEqual(["APPROVED", "TRANSFER", "REQUESTED", "TRANSFER"]);
    const budgeted = demo.lines.map((l) => ({ id: l.key, ceiling: l.budgetedCeiling, spent: 0 }));
    const applied = applyRevision(budgeted, { kind: "TRANSFER", fromLineId: approved!.fromLineKey, toLineId: approved!.toLineKey, amount: approved!.amount, reason: approved!.reason });
    if (!applied.ok) throw new Error(applied.error.code);
    const now = new Map(demo.lines.map((l) => [l.key, l.ceiling]));
    for (const c of applied.value) expect(c.ceiling).toBe(now.get(c.id));
    expect(demo.lines.filter((l) => l.ceiling !== l.budgetedCeiling).map((l) => l.key).sort()).toEqual([approved!.fromLineKey, approved!.toLineKey].sort());
    const to = demo.lines.find((l) => l.key === approved!.toLineKey)!;
    const before = total(demo.spendings.filter((s) => s.lineKey === to.key && s.spentOn <= approved!.decidedAt!.slice(0, 10)));
    expect(before).toBeLessThanOrEqual(to.budgetedCeiling);
    expect(to.spent).toBeGreaterThan(to.budgetedCeiling);
    const pending = applyRevision(
      demo.lines.map((l) => ({ id: l.key, ceiling: l.ceiling, spent: l.spent })),
      { kind: "TRANSFER", fromLineId: requested!.fromLineKey, toLineId: requested!.toLineKey, amount: requested!.amount, reason: requested!.reason },
    );
    expect(pending.ok).toBe(true);
    // The decision (26 June) re-split only the months ahead: January to May keep the plan made with the first ceiling.
    for (const key of [approved!.fromLineKey, approved!.toLineKey]) {
      const line = demo.lines.find((l) => l.key === key)!;
      expect(line.plannedByMonth.slice(0, 5)).toEqual(disbursementPlan(line.budgetedCeiling).slice(0, 5));
      expect(line.plannedByMonth.reduce((t, x) => t + x, 0)).toBe(line.ceiling);
    }
    const requestedLines = demo.lines.filter((l) => l.key === requested!.fromLineKey || l.key === requested!.toLineKey);
    expect(requestedLines.every((l) => l.unitCode === DINKES_CODE)).toBe(true);
  });

  it("is deterministic", () => {
    expect(demoBudget(demoDelivery(employees))).toEqual(demo);
  });
});
