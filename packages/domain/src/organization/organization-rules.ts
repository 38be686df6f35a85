/**
 * Numbers the organisation rules depend on, each with its source. Pass your own object
 * (for example `{ ...organizationRules, pppkMinAgeAtAppointment: 20 }`) to adopt a newer
 * regulation without a code change.
 */
export interface OrganizationRules {
  /**
   * Minimum age of a PNS at CPNS appointment (TMT in the NIP), in whole years.
   * Checked at month granularity: see `parseNip`.
   */
  readonly pnsMinAgeAtAppointment: number;
  /**
   * Minimum age of a PPPK in the appointment year of the NI PPPK, in whole years.
   * Checked at year granularity: see `parsePppkNumber`.
   */
  readonly pppkMinAgeAtAppointment: number;
  /** Earliest birth year accepted in a NIP or NI PPPK. */
  readonly minBirthYear: number;
}

export const organizationRules: OrganizationRules = {
  // PP 11/2017 art. 23(1)(a) (as amended by PP 17/2020), implemented by Perka BKN / PermenPANRB
  // on CPNS selection: an applicant is at least 18 years old when applying, so at least 18
  // when appointed.
  pnsMinAgeAtAppointment: 18,
  // PP 49/2018 art. 16(a) sets the PPPK applicant minimum at 20 (unverified here); 18 is kept as
  // the same floor as PNS so that no real number is rejected. Raise it to 20 once confirmed.
  pppkMinAgeAtAppointment: 18,
  // Sanity bound, not law: nobody in service was born before 1900; catches `0000` and typos.
  minBirthYear: 1900,
};
