/**
 * The three kinds of competency of an ASN position (PermenPANRB 38/2017 on ASN position
 * competency standards): technical (each agency writes its own dictionary), managerial (8, national)
 * and socio-cultural (1, national).
 */
export const COMPETENCY_KINDS = ["TECHNICAL", "MANAGERIAL", "SOCIO_CULTURAL"] as const;
export type CompetencyKind = (typeof COMPETENCY_KINDS)[number];
