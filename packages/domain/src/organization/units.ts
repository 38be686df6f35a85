/** Kinds of organisational unit: the city itself, its OPDs (dinas, badan, sekretariat, RSUD), kecamatan and kelurahan offices, and sections inside them. */
export const UNIT_KINDS = ["CITY", "OPD", "KECAMATAN", "KELURAHAN", "SECTION"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
