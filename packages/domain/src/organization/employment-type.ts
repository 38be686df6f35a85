/** PNS: permanent civil servant; PPPK: civil servant on a work agreement (UU 20/2023). */
export const EMPLOYMENT_TYPES = ["PNS", "PPPK"] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const GENDERS = ["MALE", "FEMALE"] as const;
export type Gender = (typeof GENDERS)[number];
