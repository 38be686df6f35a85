/**
 * The attendance import's template: one row per participant and session, the columns the API reads
 * (`nip`, `session_date`, `session_start`, `hadir`), `hadir` left as "ya" to be corrected. NIPs are written as text
 * (`="…"` would be a formula: the import refuses formulas), so a spreadsheet must keep the column as text.
 */
export const attendanceTemplateCsv = (
  sessions: readonly { readonly date: string; readonly start: string }[],
  participants: readonly { readonly nip: string }[],
): string => {
  const lines = ["nip,session_date,session_start,hadir"];
  const ordered = [...sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
  for (const p of participants) for (const s of ordered) lines.push(`${p.nip},${s.date},${s.start.slice(0, 5)},ya`);
  return `${lines.join("\r\n")}\r\n`;
};
