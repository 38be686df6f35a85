import type { CompetencyKind } from "./competency-kinds.js";

/** An entry of a competency dictionary. */
export interface Competency {
  /** Stable code, `M.INTEGRITAS`; see `validateCompetency` for the pattern. */
  readonly code: string;
  readonly kind: CompetencyKind;
  /** The name as the regulation or the agency's dictionary writes it (Indonesian). */
  readonly name: string;
  /** A short description, null when none. */
  readonly description: string | null;
}

const managerial = (code: string, name: string, description: string): Competency => ({
  code: `M.${code}`,
  kind: "MANAGERIAL",
  name,
  description,
});

/**
 * The 8 managerial competencies, in the regulation's order (PermenPANRB 38/2017, annex).
 * Codes are Bina's, stable across releases; names are the regulation's; the English
 * descriptions are short glosses, not the regulation's definitions.
 */
export const MANAGERIAL_COMPETENCIES: readonly Competency[] = [
  managerial("INTEGRITAS", "Integritas", "Acting consistently with the values, ethics and code of conduct of the civil service"),
  managerial("KERJA_SAMA", "Kerja Sama", "Working with others across units to reach shared goals"),
  managerial("KOMUNIKASI", "Komunikasi", "Conveying and receiving information clearly, orally and in writing"),
  managerial("ORIENTASI_HASIL", "Orientasi pada Hasil", "Committing to results and quality, beyond the set targets"),
  managerial("PELAYANAN_PUBLIK", "Pelayanan Publik", "Serving the public fairly, transparently and responsively"),
  managerial(
    "PENGEMBANGAN_DIRI",
    "Pengembangan Diri dan Orang Lain",
    "Developing one's own abilities and those of others",
  ),
  managerial("MENGELOLA_PERUBAHAN", "Mengelola Perubahan", "Adapting to and leading change in the organisation"),
  managerial(
    "PENGAMBILAN_KEPUTUSAN",
    "Pengambilan Keputusan",
    "Making sound, timely decisions from analysis of the options and their risks",
  ),
];

/** The one socio-cultural competency (PermenPANRB 38/2017). */
export const SOCIO_CULTURAL_COMPETENCIES: readonly Competency[] = [
  {
    code: "SK.PEREKAT_BANGSA",
    kind: "SOCIO_CULTURAL",
    name: "Perekat Bangsa",
    description: "Fostering tolerance and unity among people of every background in a plural society",
  },
];
