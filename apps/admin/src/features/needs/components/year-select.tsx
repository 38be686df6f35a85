import { Select } from "antd";
import { useT } from "../../../i18n/i18n-context";

interface YearSelectProps {
  readonly id: string;
  readonly value: number | null;
  readonly years: readonly number[];
  readonly onChange: (year: number) => void;
  readonly loading?: boolean;
}

/** A year, from the years that have data (newest first); the chosen year stays listed even without data. */
export function YearSelect({ id, value, years, onChange, loading }: YearSelectProps) {
  const t = useT();
  const all = value !== null && !years.includes(value) ? [value, ...years].sort((a, b) => b - a) : years;
  return (
    <Select<number>
      id={id}
      data-testid={id}
      aria-label={t("needs.filter.year")}
      placeholder={t("needs.filter.year")}
      loading={loading}
      value={value ?? undefined}
      onChange={onChange}
      options={all.map((year) => ({ value: year, label: String(year) }))}
      style={{ width: 110 }}
    />
  );
}
