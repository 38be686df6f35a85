/** Deterministic UUIDs for the scale data: a table tag and a running number, so two runs give the same ids. */
export type ScaleTable = "unit" | "employee" | "assessment" | "skp";

const TAG: Record<ScaleTable, string> = { unit: "5ca1e001", employee: "5ca1e002", assessment: "5ca1e003", skp: "5ca1e004" };

export const scaleId = (table: ScaleTable, n: number): string =>
  `${TAG[table]}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
