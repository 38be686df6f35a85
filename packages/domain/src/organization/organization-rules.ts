/**
 * Numbers the organisation rules depend on, each with its source. Pass your own object
 * (for example `{ ...organizationRules, pnsMaxAgeAtAppointment: 46 }`) to adopt a newer
 * regulation without a code change.
 */
export interface OrganizationRules {
  /**
   * Minimum age of a PNS at CPNS appointment (TMT in the NIP), in whole years.
   * Checked at month granularity: see `parseNip`.
   */
  readonly pnsMinAgeAtAppointment: number;
  /** Maximum age of a PNS at CPNS appointment, in whole years (month granularity, lenient: see `parseNip`). */
  readonly pnsMaxAgeAtAppointment: number;
  /**
   * Minimum age of a PPPK in the appointment year of the NI PPPK, in whole years.
   * Checked at year granularity: see `parsePppkNumber`.
   */
  readonly pppkMinAgeAtAppointment: number;
  /** Maximum age of a PPPK at appointment, in whole years (year granularity, lenient). */
  readonly pppkMaxAgeAtAppointment: number;
  /** The first year a NI PPPK can carry as its appointment year. */
  readonly pppkFirstAppointmentYear: number;
  /** Earliest birth year accepted in a NIP or NI PPPK. */
  readonly minBirthYear: number;
}

export const organizationRules: OrganizationRules = {
  // PP 11/2017 art. 23(1)(a) (as amended by PP 17/2020), implemented by Perka BKN / PermenPANRB
  // on CPNS selection: an applicant is at least 18 years old when applying, so at least 18
  // when appointed.
  pnsMinAgeAtAppointment: 18,
  // Lenient on purpose: the same article caps applicants at 35 (40 for some positions), and the
  // honorary-staff conversions of PP 48/2005 and PP 56/2012 appointed people up to 46; 60 rejects
  // only typos (an appointment at 65 is a wrong digit, not a person), never a real NIP.
  pnsMaxAgeAtAppointment: 60,
  // PP 49/2018 art. 16(a): a PPPK applicant is at least 20 years old.
  pppkMinAgeAtAppointment: 20,
  // PP 49/2018 art. 16(a): at most one year before the retirement age of the position applied
  // for; the highest such age in a local government is 65 (Ahli Utama), so 64 is lenient.
  pppkMaxAgeAtAppointment: 64,
  // PPPK exist since PP 49/2018; the first were selected and appointed in 2019. An earlier year in
  // a NI PPPK is a typo or a NIP read as a NI PPPK.
  pppkFirstAppointmentYear: 2019,
  // Sanity bound, not law: nobody in service was born before 1900; catches `0000` and typos.
  minBirthYear: 1900,
};
