import type { TableSpec } from "../../kit/table-file/table-file.parser";

/** The columns of an employee file, with the Indonesian headers accepted as aliases. */
export const EMPLOYEE_FILE_COLUMNS = {
  nip: ["nip", "ni_pppk", "nip_nipppk"],
  name: ["name", "nama"],
  employment_type: ["employment_type", "jenis_asn", "status"],
  rank: ["rank", "rank_code", "golongan"],
  position_kind: ["position_kind", "jenis_jabatan"],
  position_title: ["position_title", "jabatan", "nama_jabatan"],
  functional_grade: ["functional_grade", "jenjang"],
  unit_code: ["unit_code", "kode_unit"],
  email: ["email", "surel"],
  phone: ["phone", "telepon", "no_hp"],
} as const;
export type EmployeeFileColumn = keyof typeof EMPLOYEE_FILE_COLUMNS;

/** Employees one file may hold. */
export const MAX_EMPLOYEE_IMPORT_ROWS = 10_000;

export const EMPLOYEE_FILE: TableSpec<EmployeeFileColumn> = {
  columns: EMPLOYEE_FILE_COLUMNS,
  required: ["nip", "name", "employment_type", "rank", "position_kind", "position_title", "unit_code"],
  maxRows: MAX_EMPLOYEE_IMPORT_ROWS,
  nipColumns: ["nip"],
  textColumns: ["unit_code", "rank"],
};
