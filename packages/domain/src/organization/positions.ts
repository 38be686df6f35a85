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

export const isManagerial = (kind: PositionKind): boolean => MANAGERIAL_POSITION_KINDS.includes(kind);

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
