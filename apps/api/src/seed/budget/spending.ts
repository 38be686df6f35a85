import { dailyAllowanceCeiling, feeCeiling, type SpeakerLevel, type SpendingCategory } from "@bina/domain";
import { demoSpeakers, sessionFee, type DemoBatch, type DemoDelivery, type SeedSpeaker } from "../delivery";
import type { SeedSession } from "../delivery/sessions";
import { addDays } from "../evaluation/dates";
import { AGENCY_HONORARIUM, AGENCY_MEALS, AGENCY_TRAVEL, DINKES_TRAINING, DINKES_TRAVEL, programmeLineKey, RSUD_TRAINING } from "./lines";

/** The last day the demo's spending is recorded (the Friday before the demo's today, 2026-11-30). */
export const DEMO_BUDGET_CUTOFF = "2026-11-27";

/**
 * One spending of the year's plan: recorded (dated up to {@link DEMO_BUDGET_CUTOFF}) or still planned (December's
 * batches and meetings: counted in the ceilings, not loaded). Every one has a category; a batch's are dated no later
 * than its last day.
 */
export interface SeedSpendingItem {
  readonly lineKey: string;
  readonly amount: number;
  readonly spentOn: string;
  readonly description: string;
  readonly category: SpendingCategory;
  /** Persons, sessions, JP or person-days, as the category's standard counts them (see checkStandardCost). */
  readonly quantity: number | null;
  readonly batchKey: string | null;
  /** The speaker's level and session length behind a SPEAKER_FEE (the standard-cost basis; not a column). */
  readonly level: SpeakerLevel | null;
  readonly minutes: number | null;
  /** Who records it: the demo operator for Dinas Kesehatan's lines, the administrator otherwise. */
  readonly recordedBy: "admin" | "operator";
}

/** Organisers whose course fee (kontribusi) pays for the teaching: the agency pays no session fees of theirs. */
const FEE_INCLUDED: readonly DemoBatch["organiser"][] = ["PROVINCE", "LAN"];

/** The course fee per participant of the externally run programmes (kontribusi; BPSDMD Jawa Tengah, LAN). */
const COURSE_FEE: Readonly<Record<string, number>> = { LATSAR_CPNS: 6_250_000, PKP: 22_500_000, PKA: 32_500_000, DISTANCE_LEARNING: 1_250_000 };

/** A training kit (modul, ATK, tas) per participant; a seminar kit for the short events. */
const MATERIALS_PER_PARTICIPANT = 75_000;
const SEMINAR_KIT_PER_PARTICIPANT = 35_000;
const SHORT_EVENTS = new Set(["SEMINAR", "SOCIALISATION", "WORKSHOP"]);
/** Hire of the city's Gedung Pertemuan Daerah per day (retribusi); the agency's own rooms cost nothing. */
const GEDUNG = "Gedung Pertemuan Daerah Kota Salatiga";
const GEDUNG_PER_DAY = 3_500_000;
/** Lunch and two snacks per participant-day; a snack alone on a half day (4 JP or less). */
const MEALS_FULL_DAY = 45_000;
const MEALS_HALF_DAY = 17_500;
/** Meals per participant of an agency meeting. */
const MEETING_MEALS = 45_000;
/** Committee honoraria of a batch the agency runs: chair, secretary and three members (the Pergub's committee rates). */
const COMMITTEE = { persons: 5, amount: 450_000 + 400_000 + 3 * 300_000 };
/** Daily allowances per person-day, paid at the Pergub's ceilings (the domain's DAILY_ALLOWANCE_RULES). */
const ALLOWANCE_TRAINING = dailyAllowanceCeiling("TRAINING");
const ALLOWANCE_OUT_OF_TOWN = dailyAllowanceCeiling("OUT_OF_TOWN");
const ALLOWANCE_IN_TOWN = dailyAllowanceCeiling("IN_TOWN_OVER_8H");
/** A participant's return trip to Semarang for a residential course. */
const PARTICIPANT_TRANSPORT_SEMARANG = 250_000;
/** An invited speaker's return transport from their city (Jakarta by air). */
const SPEAKER_TRANSPORT: Readonly<Record<string, number>> = { Semarang: 450_000, Surakarta: 550_000, Yogyakarta: 700_000, Jakarta: 3_400_000 };
const STUDY_VISIT_BUS = 4_750_000;

const speakerByKey = new Map(demoSpeakers.map((s) => [s.key, s]));
const speaker = (key: string): SeedSpeaker => {
  const found = speakerByKey.get(key);
  if (!found) throw new Error(`Budget demo names an unknown speaker ${key}`);
  return found;
};

const label = (b: DemoBatch): string => `${b.programme}, ${b.batchName}`;
const lastOf = <T>(xs: readonly T[]): T => xs[xs.length - 1]!;
const days = (b: DemoBatch): string[] => [...new Set(b.sessions.map((s) => s.date))];
/** Sessions held by the cut-off, and those still to come: spending is recorded for the first. */
const splitByCutoff = <T extends { date: string }>(xs: readonly T[]): T[][] => [xs.filter((x) => x.date <= DEMO_BUDGET_CUTOFF), xs.filter((x) => x.date > DEMO_BUDGET_CUTOFF)].filter((p) => p.length > 0);

const item = (x: Omit<SeedSpendingItem, "level" | "minutes" | "recordedBy" | "batchKey"> & Partial<SeedSpendingItem>): SeedSpendingItem => ({
  batchKey: null,
  level: null,
  minutes: null,
  recordedBy: "admin",
  ...x,
});

/** The fees of one batch's sessions on the programme's line: a speaker by the day, a teacher and a moderator by the batch. */
function sessionFees(b: DemoBatch): SeedSpendingItem[] {
  const out: SeedSpendingItem[] = [];
  const paid = b.sessions.map((s) => ({ ...s, fee: sessionFee(s, speaker(s.speakerKey)) })).filter((s): s is SeedSession & { fee: number } => s.fee !== null && s.fee > 0);
  const groups = new Map<string, (typeof paid)[number][]>();
  for (const s of paid) {
    const key = s.role === "SPEAKER" ? `${s.speakerKey}|${s.role}|${s.date}` : `${s.speakerKey}|${s.role}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  for (const group of groups.values()) {
    for (const part of splitByCutoff(group)) {
      const who = speaker(part[0]!.speakerKey);
      const amount = part.reduce((t, s) => t + s.fee, 0);
      const jp = part.reduce((t, s) => t + s.jp, 0);
      const base = { lineKey: programmeLineKey(b.programme), amount, spentOn: lastOf(part).date, batchKey: b.key };
      if (part[0]!.role === "SPEAKER") {
        const minutes = jp * 45;
        out.push(item({ ...base, category: "SPEAKER_FEE", quantity: 1, level: who.level, minutes, description: `Honorarium narasumber ${who.name} (${who.institution}), ${label(b)}: ${part.length} sesi, ${minutes} menit` }));
      } else if (part[0]!.role === "MODERATOR") {
        out.push(item({ ...base, category: "MODERATOR_FEE", quantity: part.length, description: `Honorarium moderator ${who.name}, ${label(b)}: ${part.length} sesi` }));
      } else {
        out.push(item({ ...base, category: "TEACHER_FEE", quantity: jp, description: `Honorarium pengajar ${who.name} (${who.institution}), ${label(b)}: ${jp} JP` }));
      }
    }
  }
  return out;
}

/** What one batch costs the agency: its programme's line, and the agency's meals, travel and honoraria lines. */
function batchSpending(b: DemoBatch, participants: number, presentOn: (date: string) => number): SeedSpendingItem[] {
  const out: SeedSpendingItem[] = [];
  const first = b.sessions[0]!.date;
  const last = lastOf(b.sessions).date;
  const line = programmeLineKey(b.programme);
  const on = { batchKey: b.key };
  const personDays = (ds: readonly string[]) => ds.reduce((t, d) => t + presentOn(d), 0);

  if (FEE_INCLUDED.includes(b.organiser)) {
    const fee = COURSE_FEE[b.leadershipProgramme ?? b.kind];
    if (fee === undefined) throw new Error(`Budget demo has no course fee for ${b.key}`);
    // Paid on registration, a week before the course.
    out.push(item({ ...on, lineKey: line, category: "COURSE_FEE", amount: fee * participants, quantity: participants, spentOn: addDays(first, -7), description: `Kontribusi ${label(b)} (${b.organiserName ?? b.organiser}): ${participants} peserta` }));
    if (b.organiser === "PROVINCE") {
      // A residential course in Semarang: the training allowance for each day present, and the trips there and back.
      const pd = personDays(days(b));
      out.push(item({ ...on, lineKey: AGENCY_TRAVEL, category: "DAILY_ALLOWANCE_TRAINING", amount: ALLOWANCE_TRAINING * pd, quantity: pd, spentOn: last, description: `Uang harian diklat peserta ${label(b)}: ${pd} orang-hari` }));
      out.push(item({ ...on, lineKey: AGENCY_TRAVEL, category: "TRAVEL", amount: PARTICIPANT_TRANSPORT_SEMARANG * participants, quantity: participants, spentOn: first, description: `Transport peserta ${label(b)} Salatiga-Semarang pulang pergi: ${participants} orang` }));
    }
    return out;
  }

  out.push(...sessionFees(b));
  if (b.kind !== "BENCHMARKING") {
    const kit = SHORT_EVENTS.has(b.kind) ? SEMINAR_KIT_PER_PARTICIPANT : MATERIALS_PER_PARTICIPANT;
    out.push(item({ ...on, lineKey: line, category: "MATERIALS", amount: kit * participants, quantity: participants, spentOn: first, description: `Bahan dan perlengkapan peserta ${label(b)}: ${participants} paket` }));
  }
  if (b.venue === GEDUNG) {
    const n = days(b).length;
    out.push(item({ ...on, lineKey: line, category: "VENUE", amount: GEDUNG_PER_DAY * n, quantity: n, spentOn: first, description: `Sewa ${GEDUNG}, ${label(b)}: ${n} hari` }));
  }
  if (b.kind === "BENCHMARKING") {
    const pd = personDays(days(b));
    out.push(item({ ...on, lineKey: AGENCY_TRAVEL, category: "DAILY_ALLOWANCE_OUT_OF_TOWN", amount: ALLOWANCE_OUT_OF_TOWN * pd, quantity: pd, spentOn: last, description: `Uang harian perjalanan dinas luar kota peserta ${label(b)}: ${pd} orang-hari` }));
    out.push(item({ ...on, lineKey: AGENCY_TRAVEL, category: "TRAVEL", amount: STUDY_VISIT_BUS, quantity: 1, spentOn: first, description: `Sewa bus ${label(b)} Salatiga-${b.venue?.split("Kota ")[1] ?? "tujuan"} pulang pergi` }));
  } else if (b.venue !== null) {
    // Meals for each participant present each day, the days held by the cut-off recorded, the rest planned.
    const rate = b.jpPerDay > 4 ? MEALS_FULL_DAY : MEALS_HALF_DAY;
    for (const part of splitByCutoff(days(b).map((date) => ({ date })))) {
      const pd = personDays(part.map((d) => d.date));
      const what = rate === MEALS_FULL_DAY ? "Makan siang dan kudapan" : "Kudapan";
      out.push(item({ ...on, lineKey: AGENCY_MEALS, category: "MEALS", amount: rate * pd, quantity: pd, spentOn: lastOf(part).date, description: `${what} peserta ${label(b)}: ${pd} orang-hari` }));
    }
  }
  // Invited speakers' transport from their city, once a batch, on their first day (a study visit goes to them).
  const invited = b.kind === "BENCHMARKING" ? [] : [...new Set(b.sessions.map((s) => s.speakerKey))].map(speaker).filter((s) => !s.internal);
  for (const s of invited) {
    const fare = SPEAKER_TRANSPORT[s.originCity];
    if (fare === undefined) throw new Error(`Budget demo has no fare from ${s.originCity}`);
    const day = b.sessions.find((x) => x.speakerKey === s.key)!.date;
    out.push(item({ ...on, lineKey: AGENCY_TRAVEL, category: "TRAVEL", amount: fare, quantity: 1, spentOn: day, description: `Transport narasumber ${s.name} ${s.originCity}-Salatiga pulang pergi, ${label(b)}` }));
  }
  // The committee: honoraria for the batch, and the in-town allowance on the long days of the big one-day events.
  out.push(item({ ...on, lineKey: AGENCY_HONORARIUM, category: "OTHER", amount: COMMITTEE.amount, quantity: COMMITTEE.persons, spentOn: last, description: `Honorarium panitia penyelenggara ${label(b)}: ${COMMITTEE.persons} orang` }));
  if (days(b).length === 1 && participants >= 100) {
    const pd = COMMITTEE.persons + 3;
    out.push(item({ ...on, lineKey: AGENCY_TRAVEL, category: "DAILY_ALLOWANCE_IN_TOWN", amount: ALLOWANCE_IN_TOWN * pd, quantity: pd, spentOn: last, description: `Uang harian dalam kota lebih dari 8 jam panitia ${label(b)}: ${pd} orang-hari` }));
  }
  return out;
}

/** The agency's own meetings (no batch): a speaker or two, a moderator, the meals, the speakers' transport. */
const MEETINGS: readonly { date: string; title: string; speakers: readonly { key: string; minutes: number }[]; moderator: boolean; participants: number }[] = [
  { date: "2026-02-05", title: "Sosialisasi Kebijakan Pengembangan Kompetensi ASN Tahun 2026", speakers: [{ key: "JKT-PANRB", minutes: 120 }], moderator: true, participants: 80 },
  { date: "2026-05-21", title: "Rapat Penyusunan Rencana Pengembangan Kompetensi ASN Tahun 2027", speakers: [{ key: "SKA-BAPPEDA", minutes: 120 }], moderator: false, participants: 45 },
  { date: "2026-07-09", title: "Diskusi Kelompok Terpumpun Evaluasi Pasca Pelatihan Semester I", speakers: [{ key: "SMG-UNDIP", minutes: 180 }, { key: "JKT-LAN", minutes: 120 }], moderator: true, participants: 40 },
  { date: "2026-10-15", title: "Rapat Koordinasi Analisis Kebutuhan Pengembangan Kompetensi Tahun 2027", speakers: [{ key: "JKT-LAN", minutes: 120 }], moderator: false, participants: 60 },
  { date: "2026-12-10", title: "Rapat Evaluasi Capaian 20 JP dan Penyusunan Laporan Tahunan", speakers: [{ key: "SMG-BPSDMD", minutes: 120 }], moderator: true, participants: 50 },
];
const MEETING_MODERATOR = "SLT-MODERATOR";

function meetingSpending(): SeedSpendingItem[] {
  return MEETINGS.flatMap((m) => {
    const out: SeedSpendingItem[] = [];
    for (const { key, minutes } of m.speakers) {
      const s = speaker(key);
      const fee = feeCeiling({ role: "SPEAKER", level: s.level, minutes });
      out.push(item({ lineKey: AGENCY_HONORARIUM, category: "SPEAKER_FEE", amount: fee, quantity: 1, level: s.level, minutes, spentOn: m.date, description: `Honorarium narasumber ${s.name} (${s.institution}), ${m.title}: ${minutes} menit` }));
      out.push(item({ lineKey: AGENCY_TRAVEL, category: "TRAVEL", amount: SPEAKER_TRANSPORT[s.originCity]!, quantity: 1, spentOn: m.date, description: `Transport narasumber ${s.name} ${s.originCity}-Salatiga pulang pergi, ${m.title}` }));
    }
    if (m.moderator) {
      const s = speaker(MEETING_MODERATOR);
      out.push(item({ lineKey: AGENCY_HONORARIUM, category: "MODERATOR_FEE", amount: feeCeiling({ role: "MODERATOR" }), quantity: 1, spentOn: m.date, description: `Honorarium moderator ${s.name}, ${m.title}: 1 sesi` }));
    }
    out.push(item({ lineKey: AGENCY_MEALS, category: "MEALS", amount: MEETING_MEALS * m.participants, quantity: m.participants, spentOn: m.date, description: `Makan dan minum rapat, ${m.title}: ${m.participants} orang` }));
    return out;
  });
}

/** Courses outside the city that the units send their staff to: the course fee on the unit's training line, the travel on its travel line. */
const UNIT_COURSES: readonly { lineKey: string; travelKey: string | null; start: string; days: number; persons: number; fee: number; title: string; host: string }[] = [
  { lineKey: DINKES_TRAINING, travelKey: DINKES_TRAVEL, start: "2026-03-09", days: 5, persons: 3, fee: 4_250_000, title: "Pelatihan Tata Laksana Gizi Buruk bagi Tenaga Gizi Puskesmas", host: "Bapelkes Provinsi Jawa Tengah, Semarang" },
  { lineKey: DINKES_TRAINING, travelKey: DINKES_TRAVEL, start: "2026-06-15", days: 6, persons: 2, fee: 5_750_000, title: "Pelatihan Manajemen Puskesmas", host: "Bapelkes Provinsi Jawa Tengah, Semarang" },
  { lineKey: DINKES_TRAINING, travelKey: DINKES_TRAVEL, start: "2026-09-21", days: 5, persons: 4, fee: 3_150_000, title: "Pelatihan Konselor Menyusui", host: "Bapelkes Provinsi Jawa Tengah, Semarang" },
  { lineKey: DINKES_TRAINING, travelKey: DINKES_TRAVEL, start: "2026-12-07", days: 5, persons: 4, fee: 2_900_000, title: "Pelatihan Pencegahan dan Pengendalian Infeksi Dasar", host: "Bapelkes Provinsi Jawa Tengah, Semarang" },
  { lineKey: RSUD_TRAINING, travelKey: null, start: "2026-04-13", days: 10, persons: 2, fee: 17_500_000, title: "Pelatihan Perawat Hemodialisis", host: "RSUP Dr. Kariadi, Semarang" },
  { lineKey: RSUD_TRAINING, travelKey: null, start: "2026-08-03", days: 4, persons: 6, fee: 2_750_000, title: "Pelatihan Pencegahan dan Pengendalian Infeksi Dasar", host: "RSUP Dr. Sardjito, Yogyakarta" },
  { lineKey: RSUD_TRAINING, travelKey: null, start: "2026-11-02", days: 12, persons: 2, fee: 12_000_000, title: "Pelatihan Perawat ICU Dasar", host: "RSUP Dr. Kariadi, Semarang" },
];

function unitSpending(): SeedSpendingItem[] {
  return UNIT_COURSES.flatMap((c) => {
    const recordedBy = c.lineKey === DINKES_TRAINING ? ("operator" as const) : ("admin" as const);
    const end = addDays(c.start, c.days - 1);
    const what = `${c.title}, ${c.host}`;
    const out = [item({ lineKey: c.lineKey, category: "COURSE_FEE", amount: c.fee * c.persons, quantity: c.persons, spentOn: addDays(c.start, -7), recordedBy, description: `Kontribusi ${what}: ${c.persons} peserta` })];
    if (c.travelKey !== null) {
      const pd = c.persons * c.days;
      out.push(item({ lineKey: c.travelKey, category: "DAILY_ALLOWANCE_TRAINING", amount: ALLOWANCE_TRAINING * pd, quantity: pd, spentOn: end, recordedBy, description: `Uang harian diklat peserta ${what}: ${pd} orang-hari` }));
      out.push(item({ lineKey: c.travelKey, category: "TRAVEL", amount: PARTICIPANT_TRANSPORT_SEMARANG * c.persons, quantity: c.persons, spentOn: c.start, recordedBy, description: `Transport peserta ${what} pulang pergi: ${c.persons} orang` }));
    }
    return out;
  });
}

/**
 * Everything the 2026 plan spends: the delivery demo's batches (session fees from the sessions, meals for each
 * participant present each day, course fees, allowances and transport), the agency's meetings and the units'
 * courses. Items dated after {@link DEMO_BUDGET_CUTOFF} are the plan's December, not spent yet.
 */
export function demoSpendingPlan(delivery: Pick<DemoDelivery, "batches" | "participants">): SeedSpendingItem[] {
  const byBatch = new Map<string, (typeof delivery.participants)[number][]>();
  for (const p of delivery.participants) byBatch.set(p.batchKey, [...(byBatch.get(p.batchKey) ?? []), p]);
  const fromBatches = delivery.batches.flatMap((b) => {
    const participants = byBatch.get(b.key) ?? [];
    const indexesOn = new Map<string, number[]>();
    b.sessions.forEach((s, i) => indexesOn.set(s.date, [...(indexesOn.get(s.date) ?? []), i]));
    // Present that day (at one of its sessions, at least); a day still to come counts everyone nominated.
    const presentOn = (date: string): number =>
      date > DEMO_BUDGET_CUTOFF ? participants.length : participants.filter((p) => indexesOn.get(date)!.some((i) => p.present[i])).length;
    return batchSpending(b, participants.length, presentOn);
  });
  return [...fromBatches, ...meetingSpending(), ...unitSpending()];
}
