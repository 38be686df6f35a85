import { registerEnumType } from "type-graphql";
import { EMPLOYMENT_TYPES, FUNCTIONAL_GRADES, GENDERS, POSITION_KINDS, UNIT_KINDS } from "@bina/domain";

/** GraphQL enums built from the domain's lists, so the two never drift. */
const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const UnitKindEnum = enumOf(UNIT_KINDS);
export const EmploymentTypeEnum = enumOf(EMPLOYMENT_TYPES);
export const GenderEnum = enumOf(GENDERS);
export const PositionKindEnum = enumOf(POSITION_KINDS);
export const FunctionalGradeEnum = enumOf(FUNCTIONAL_GRADES);

registerEnumType(UnitKindEnum, {
  name: "UnitKind",
  description: "CITY: the local government itself; OPD: a perangkat daerah (dinas, badan, sekretariat, RSUD); KECAMATAN and KELURAHAN offices; SECTION: a bidang/bagian/UPT inside one of them.",
});
registerEnumType(EmploymentTypeEnum, {
  name: "EmploymentType",
  description: "PNS: permanent civil servant (NIP); PPPK: civil servant on a work agreement (NI PPPK). UU 20/2023.",
});
registerEnumType(GenderEnum, { name: "Gender", description: "As encoded in the NIP / NI PPPK (1 = MALE, 2 = FEMALE)." });
registerEnumType(PositionKindEnum, {
  name: "PositionKind",
  description: "Kind of position (jabatan), UU 20/2023. Legacy eselon II = JPT_PRATAMA, III = ADMINISTRATOR, IV = PENGAWAS.",
});
registerEnumType(FunctionalGradeEnum, {
  name: "FunctionalGrade",
  description: "Grade of a functional position: expertise track AHLI_PERTAMA..AHLI_UTAMA, skill track PEMULA..PENYELIA.",
});
