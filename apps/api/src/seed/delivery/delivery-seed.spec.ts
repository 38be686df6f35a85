import { findScheduleConflicts, jpEarlyWarning, jpLedger } from "@bina/domain";
import { generateEmployees } from "../salatiga";
import { demoDelivery } from ".";

const employees = generateEmployees({ count: 2000 });
const demo = demoDelivery(employees);

describe("the 2026 delivery demo", () => {
  it("has about forty batches across the kinds, with speakers from other cities", () => {
    expect(demo.batches.length).toBeGreaterThanOrEqual(38);
    expect(new Set(demo.batches.map((b) => b.kind)).size).toBeGreaterThanOrEqual(10);
    expect(demo.batches.filter((b) => b.status === "COMPLETED").length).toBeGreaterThan(30);
    expect(demo.batches.some((b) => b.status === "OPEN")).toBe(true);
  });

  it("puts no speaker, venue or participant in two overlapping sessions", () => {
    const participantsOf = new Map<string, string[]>();
    for (const p of demo.participants) participantsOf.set(p.batchKey, [...(participantsOf.get(p.batchKey) ?? []), p.nip]);
    const all = demo.batches.flatMap((b) =>
      b.sessions.map((s, i) => ({ id: `${b.key}#${i}`, date: s.date, start: s.start, end: s.end, speakerIds: [s.speakerKey], venue: b.venue, participantIds: participantsOf.get(b.key) ?? [] })),
    );
    const byDate = new Map<string, typeof all>();
    for (const s of all) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);
    const clashes = all.flatMap((s) => findScheduleConflicts(s, (byDate.get(s.date) ?? []).filter((o) => o.id.split("#")[0] !== s.id.split("#")[0])));
    expect(clashes).toEqual([]);
  });

  it("brings 60 to 75% of PNS to 20 JP, with some still pending verification", () => {
    const jp = new Map<string, { jp: number; verified: boolean }[]>();
    const add = (nip: string, e: { jp: number; verified: boolean }) => jp.set(nip, [...(jp.get(nip) ?? []), e]);
    const batch = new Map(demo.batches.map((b) => [b.key, b]));
    for (const p of demo.participants) if (p.completed) add(p.nip, { jp: batch.get(p.batchKey)!.creditedJp, verified: true });
    for (const r of demo.records) if (r.status !== "REJECTED") add(r.nip, { jp: r.creditedJp, verified: r.status === "VERIFIED" });
    const pns = employees.filter((e) => e.employmentType === "PNS");
    const met = pns.filter((e) => jpLedger({ employeeType: "PNS", entries: jp.get(e.nip) ?? [] }).status === "MET").length;
    const share = met / pns.length;
    expect(share).toBeGreaterThanOrEqual(0.6);
    expect(share).toBeLessThanOrEqual(0.75);
    expect(demo.records.filter((r) => r.status === "SUBMITTED").length).toBeGreaterThan(20);
    // December's batches still count for some: an early-warning list exists, and is shorter than the list of those short.
    const planned = new Map<string, number>();
    for (const p of demo.participants) if (p.completed === null) planned.set(p.nip, (planned.get(p.nip) ?? 0) + batch.get(p.batchKey)!.creditedJp);
    const warnings = pns.map((e) =>
      jpEarlyWarning({ ledger: jpLedger({ employeeType: "PNS", entries: jp.get(e.nip) ?? [] }), year: 2026, date: "2026-11-30", plannedJp: planned.get(e.nip) ?? 0 }),
    );
    const atRisk = warnings.filter((w) => w === "AT_RISK").length;
    expect(atRisk).toBeGreaterThan(50);
    expect(atRisk).toBeLessThan(pns.length - met);
  });

  it("is deterministic", () => {
    expect(demoDelivery(employees)).toEqual(demo);
  });
});
