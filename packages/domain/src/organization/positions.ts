/** Kinds of position (jabatan), UU 20/2023. Legacy eselon II = JPT Pratama, III = Administrator, IV = Pengawas. */
export const POSITION_KINDS = [
  "JPT_UTAMA",
  "JPT_MADYA",
  "JPT_PRATAMA",
  "ADMINISTRATOR",
  "PENGAWAS",
  "FUNGSIONAL",
  "PELAKSANA",
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const MANAGERIAL_POSITION_KINDS: readonly PositionKind[] = [
  "JPT_UTAMA",
  "JPT_MADYA",
  "JPT_PRATAMA",
  "ADMINISTRATOR",
  "PENGAWAS",
];

/** Whether a position kind is managerial (JPT, Administrator, Pengawas). An unknown kind is a RangeError. */
export const isManagerial = (kind: PositionKind): boolean => {
  if (!(POSITION_KINDS as readonly unknown[]).includes(kind)) throw new RangeError(`isManagerial: unknown position kind ${String(kind)}`);
  return MANAGERIAL_POSITION_KINDS.includes(kind);
};

/** Grades of functional positions: expertise (keahlian) and skill (keterampilan) tracks. */
export const FUNCTIONAL_GRADES = [
  "AHLI_PERTAMA",
  "AHLI_MUDA",
  "AHLI_MADYA",
  "AHLI_UTAMA",
  "PEMULA",
  "TERAMPIL",
  "MAHIR",
  "PENYELIA",
] as const;
export type FunctionalGrade = (typeof FUNCTIONAL_GRADES)[number];
