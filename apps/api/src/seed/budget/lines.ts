import { APBD_ACCOUNTS } from "@bina/domain";
import { opdCode } from "../salatiga/units";

/** An account of the domain's APBD_ACCOUNTS by its code (a typo in the demo is a programmer error). */
const account = (code: string): string => {
  if (!APBD_ACCOUNTS.some((a) => a.code === code)) throw new Error(`Budget demo names an account ${code} outside APBD_ACCOUNTS`);
  return code;
};

/** Short courses and training: the programmes' own lines and the units' courses. */
export const TRAINING_ACCOUNT = account("5.1.02.02.12.0001");
/** Speaker, moderator and committee fees. */
export const HONORARIUM_ACCOUNT = account("5.1.02.02.01.0003");
/** Ordinary official travel (daily allowances, transport). */
export const TRAVEL_ACCOUNT = account("5.1.02.04.01.0001");
/** Meeting food and drink. */
export const MEALS_ACCOUNT = account("5.1.02.01.01.0052");

/** A budget line before its money: what it is for and whose it is. */
export interface SeedLineDefinition {
  /** The demo's own key: `PROGRAMME:<title>`, or a fixed key of an agency or unit line. */
  readonly key: string;
  readonly accountCode: string;
  readonly name: string;
  /** The Salatiga unit whose money it is (null: the agency's own line, admins and analysts only). */
  readonly unitCode: string | null;
  /** The programme's title (the delivery demo has one programme per title); null for lines of no programme. */
  readonly programme: string | null;
  /**
   * The ceiling as a multiple of everything the year's plan puts on the line (what was spent up to the demo's
   * cut-off and what December still holds), rounded up to a million: the room the agency left when it budgeted.
   */
  readonly headroom: number;
}

export const AGENCY_HONORARIUM = "AGENCY:HONORARIUM";
export const AGENCY_TRAVEL = "AGENCY:TRAVEL";
export const AGENCY_MEALS = "AGENCY:MEALS";
export const DINKES_TRAINING = "UNIT:DINKES:TRAINING";
export const DINKES_TRAVEL = "UNIT:DINKES:TRAVEL";
export const RSUD_TRAINING = "UNIT:RSUD:TRAINING";

export const programmeLineKey = (title: string): string => `PROGRAMME:${title}`;

/**
 * The agency's lines of no programme and the units' lines: honoraria, official travel and meals of the agency
 * (BKPSDM); two lines of Dinas Kesehatan (the demo operator's unit: it sees them) and one of RSUD (it does not).
 */
export const fixedLines: readonly SeedLineDefinition[] = [
  { key: AGENCY_HONORARIUM, accountCode: HONORARIUM_ACCOUNT, name: "Honorarium Narasumber, Moderator dan Panitia Kegiatan Pengembangan Kompetensi", unitCode: null, programme: null, headroom: 1.2 },
  // The travel line ran short in June (the approved transfer from the meals line): little room left.
  { key: AGENCY_TRAVEL, accountCode: TRAVEL_ACCOUNT, name: "Perjalanan Dinas Peserta dan Narasumber Pengembangan Kompetensi", unitCode: null, programme: null, headroom: 1.02 },
  { key: AGENCY_MEALS, accountCode: MEALS_ACCOUNT, name: "Makanan dan Minuman Kegiatan Pengembangan Kompetensi", unitCode: null, programme: null, headroom: 1.12 },
  { key: DINKES_TRAINING, accountCode: TRAINING_ACCOUNT, name: "Pengiriman Tenaga Kesehatan pada Pelatihan Teknis (Dinas Kesehatan)", unitCode: opdCode("DINKES"), programme: null, headroom: 1.25 },
  { key: DINKES_TRAVEL, accountCode: TRAVEL_ACCOUNT, name: "Perjalanan Dinas Peserta Pelatihan Teknis (Dinas Kesehatan)", unitCode: opdCode("DINKES"), programme: null, headroom: 1 },
  { key: RSUD_TRAINING, accountCode: TRAINING_ACCOUNT, name: "Pelatihan Klinis Tenaga Kesehatan (RSUD Kota Salatiga)", unitCode: opdCode("RSUD"), programme: null, headroom: 1.2 },
];

/**
 * A programme's line on the training account (unit null: the agency's): every programme of the delivery demo, the
 * December ones included (budgeted at the start of the year). Headroom 18 to 33% by programme, a fixed spread.
 */
export const programmeLine = (title: string, index: number): SeedLineDefinition => ({
  key: programmeLineKey(title),
  accountCode: TRAINING_ACCOUNT,
  name: title,
  unitCode: null,
  programme: title,
  headroom: 1.18 + ((index * 7) % 16) / 100,
});
