const MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;

/** `2026-03-07` → `7 Maret 2026`. */
export function indonesianDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1] ?? ""} ${y}`;
}

/** A date range as written on certificates: `3 s.d. 7 Maret 2026`, `28 Februari s.d. 2 Maret 2026`, or one day. */
export function indonesianDateRange(from: string, to: string): string {
  if (from === to) return indonesianDate(from);
  const [fy, fm] = from.split("-");
  const [ty, tm] = to.split("-");
  const [, , fd] = from.split("-").map(Number);
  if (fy === ty && fm === tm) return `${fd} s.d. ${indonesianDate(to)}`;
  if (fy === ty) return `${indonesianDate(from).replace(/ \d+$/, "")} s.d. ${indonesianDate(to)}`;
  return `${indonesianDate(from)} s.d. ${indonesianDate(to)}`;
}

/** JP as written in Indonesian: `40`, `1,5`, `12,75`. */
export const indonesianJp = (jp: number): string => (Number.isInteger(jp) ? String(jp) : String(Math.round(jp * 100) / 100).replace(".", ","));
