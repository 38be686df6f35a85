import { EMPLOYMENT_TYPES, FUNCTIONAL_GRADES, GENDERS, POSITION_KINDS, UNIT_KINDS } from "@bina/domain";
import { describedEnum } from "../../kit/enum-of";

/** GraphQL enums built from the domain's lists, every value described, so the two never drift. */
export const UnitKindEnum = describedEnum("UnitKind", "What kind of unit of the organisation tree.", UNIT_KINDS, {
  CITY: "The local government itself (the root of the tree).",
  OPD: "A perangkat daerah: a dinas, badan, sekretariat or RSUD.",
  KECAMATAN: "A kecamatan (district) office.",
  KELURAHAN: "A kelurahan (urban village) office.",
  SECTION: "A bidang, bagian or UPT inside one of the units above.",
});

export const EmploymentTypeEnum = describedEnum("EmploymentType", "Kind of civil servant, UU 20/2023.", EMPLOYMENT_TYPES, {
  PNS: "Permanent civil servant, identified by an NIP.",
  PPPK: "Civil servant on a work agreement, identified by an NI PPPK.",
});

export const GenderEnum = describedEnum("Gender", "As encoded in the NIP / NI PPPK (1 = MALE, 2 = FEMALE).", GENDERS, {
  MALE: "Male (digit 1 of the NIP's gender position).",
  FEMALE: "Female (digit 2 of the NIP's gender position).",
});

export const PositionKindEnum = describedEnum(
  "PositionKind",
  "Kind of position (jabatan), UU 20/2023. Legacy eselon II = JPT_PRATAMA, III = ADMINISTRATOR, IV = PENGAWAS.",
  POSITION_KINDS,
  {
    JPT_UTAMA: "High leadership, primary (jabatan pimpinan tinggi utama).",
    JPT_MADYA: "High leadership, middle (jabatan pimpinan tinggi madya).",
    JPT_PRATAMA: "High leadership, first (jabatan pimpinan tinggi pratama; legacy eselon II), e.g. a head of an OPD.",
    ADMINISTRATOR: "Administrator (legacy eselon III), e.g. a head of a bidang.",
    PENGAWAS: "Supervisor (legacy eselon IV), e.g. a head of a section.",
    FUNGSIONAL: "Functional position (jabatan fungsional), with a grade.",
    PELAKSANA: "Executor (jabatan pelaksana).",
  },
);

export const FunctionalGradeEnum = describedEnum(
  "FunctionalGrade",
  "Grade of a functional position: expertise track AHLI_PERTAMA..AHLI_UTAMA, skill track PEMULA..PENYELIA.",
  FUNCTIONAL_GRADES,
  {
    AHLI_PERTAMA: "Expertise track, first grade.",
    AHLI_MUDA: "Expertise track, junior grade.",
    AHLI_MADYA: "Expertise track, middle grade.",
    AHLI_UTAMA: "Expertise track, senior grade.",
    PEMULA: "Skill track, beginner grade.",
    TERAMPIL: "Skill track, skilled grade.",
    MAHIR: "Skill track, proficient grade.",
    PENYELIA: "Skill track, supervising grade.",
  },
);
