import type { SeedEmployee } from "../salatiga";
import { keyedRng } from "../needs/keyed-rng";
import type { Rng } from "../salatiga/prng";
import { workingDays } from "./sessions";

/** A non-classical learning record as a unit operator submits it, with its evidence's name. */
export interface SeedLearningRecord {
  readonly nip: string;
  readonly kind: "E_LEARNING" | "SELF_STUDY" | "LEARNING_COMMUNITY" | "COACHING" | "MENTORING" | "INTERNSHIP";
  readonly title: string;
  readonly provider: string;
  readonly startedOn: string;
  readonly endedOn: string;
  readonly jpByDay?: readonly number[];
  readonly sessionDates?: readonly string[];
  readonly count?: number;
  readonly status: "SUBMITTED" | "VERIFIED" | "REJECTED";
}

const E_LEARNING: readonly (readonly [title: string, provider: string])[] = [
  ["Literasi Digital bagi ASN", "ASN Unggul (LAN)"],
  ["Pengenalan Sistem Pemerintahan Berbasis Elektronik", "ASN Unggul (LAN)"],
  ["Core Values ASN BerAKHLAK", "ASN Unggul (LAN)"],
  ["Manajemen Risiko Sektor Publik", "ASN Unggul (LAN)"],
  ["Tata Naskah Dinas Elektronik", "LMS BPSDMD Provinsi Jawa Tengah"],
  ["Etika dan Standar Pelayanan Publik", "LMS BPSDMD Provinsi Jawa Tengah"],
  ["Pelindungan Data Pribadi di Instansi Pemerintah", "Digital Talent Scholarship (Kemkomdigi)"],
  ["Analisis Data dengan Spreadsheet", "Digital Talent Scholarship (Kemkomdigi)"],
];

const SELF_STUDY: readonly string[] = [
  "Kajian mandiri regulasi manajemen ASN terbaru",
  "Membaca dan meringkas buku Pelayanan Publik Berbasis Data",
  "Belajar mandiri penyusunan dasbor kinerja",
];

const COMMUNITY: readonly string[] = ["Komunitas Belajar Analis Kebijakan Salatiga", "Forum Berbagi Praktik Baik Pranata Komputer", "Komunitas Guru Penggerak Salatiga"];

const pad2 = (n: number): string => String(n).padStart(2, "0");

const dayIn = (rng: Rng, fromMonth: number, toMonth: number): string => {
  const month = rng.int(fromMonth, toMonth);
  return `2026-${pad2(month)}-${pad2(rng.int(1, 20))}`;
};

const statusFor = (rng: Rng, endedOn: string): SeedLearningRecord["status"] => {
  if (endedOn >= "2026-10-15" && rng.chance(0.45)) return "SUBMITTED";
  return rng.chance(0.05) ? "REJECTED" : "VERIFIED";
};

/**
 * The demo's learning beyond the classroom in 2026: e-learning on national platforms (most common),
 * self-study, learning communities, coaching and mentoring of staff by their managers, an internship.
 * Records ending after mid-October are often still waiting for BKPSDM's verification. Each employee
 * draws from a generator of their own, so the records do not depend on the order of the list.
 */
export function generateLearningRecords(employees: readonly SeedEmployee[], seed = 8_2026): SeedLearningRecord[] {
  const out: SeedLearningRecord[] = [];
  for (const e of employees) {
    const rng = keyedRng(seed, "learning", e.nip);
    const courses = rng.weighted<number>([[0, 22], [1, 42], [2, 24], [3, 12]]);
    const taken = new Set<number>();
    for (let i = 0; i < courses; i++) {
      const index = rng.int(0, E_LEARNING.length - 1);
      if (taken.has(index)) continue;
      taken.add(index);
      const [title, provider] = E_LEARNING[index]!;
      const days = workingDays(dayIn(rng, 1, 11), rng.int(3, 6));
      const jpByDay = days.map(() => rng.int(2, 4));
      out.push({ nip: e.nip, kind: "E_LEARNING", title, provider, startedOn: days[0]!, endedOn: days[days.length - 1]!, jpByDay, status: statusFor(rng, days[days.length - 1]!) });
    }
    if (rng.chance(0.15)) {
      const days = workingDays(dayIn(rng, 2, 10), rng.int(3, 6));
      out.push({ nip: e.nip, kind: "SELF_STUDY", title: rng.pick(SELF_STUDY), provider: "Belajar mandiri", startedOn: days[0]!, endedOn: days[days.length - 1]!, jpByDay: days.map(() => 2), status: statusFor(rng, days[days.length - 1]!) });
    }
    if (e.positionKind === "FUNGSIONAL" && rng.chance(0.12)) {
      const days = [dayIn(rng, 2, 4), dayIn(rng, 5, 7), dayIn(rng, 8, 10)].sort();
      out.push({ nip: e.nip, kind: "LEARNING_COMMUNITY", title: rng.pick(COMMUNITY), provider: "Komunitas belajar", startedOn: days[0]!, endedOn: days[2]!, jpByDay: days.map(() => 2), status: statusFor(rng, days[2]!) });
    }
    if ((e.positionKind === "PELAKSANA" || e.positionKind === "FUNGSIONAL") && rng.chance(0.12)) {
      const from = rng.int(2, 8);
      const sessionDates = [from, from, from + 1, from + 2, from + 2, from + 2].map((m) => `2026-${pad2(m)}-${pad2(rng.int(1, 28))}`).sort();
      const kind = rng.chance(0.5) ? "COACHING" : "MENTORING";
      out.push({ nip: e.nip, kind, title: kind === "COACHING" ? "Coaching kinerja oleh atasan langsung" : "Mentoring pengembangan karier", provider: "Atasan langsung", startedOn: sessionDates[0]!, endedOn: sessionDates[5]!, sessionDates, status: statusFor(rng, sessionDates[5]!) });
    }
    if (e.employmentType === "PNS" && rng.chance(0.006)) {
      const days = workingDays(dayIn(rng, 3, 9), 10);
      out.push({ nip: e.nip, kind: "INTERNSHIP", title: "Magang di Mal Pelayanan Publik Kota Surakarta", provider: "Pemerintah Kota Surakarta", startedOn: days[0]!, endedOn: days[9]!, count: 1, status: statusFor(rng, days[9]!) });
    }
  }
  return out;
}
