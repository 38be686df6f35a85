import { useState } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { formatNip } from "@bina/domain";
import { EmployeeOptionsDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useDebouncedValue } from "../../../ui/use-debounced-value";

interface EmployeePickerProps {
  readonly value: string | null;
  /** The chosen employee's label while the search has not loaded it (e.g. after a reload). */
  readonly selectedLabel: string | null;
  readonly onChange: (employeeId: string | null) => void;
}

const SEARCH_DEBOUNCE_MS = 300;

/** Find an employee by name or NIP (the employees list's own search), among those the user may see. */
export function EmployeePicker({ value, selectedLabel, onChange }: EmployeePickerProps) {
  const t = useT();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const { data, loading } = useQuery(EmployeeOptionsDocument, term.length >= 2 ? { variables: { search: term, first: 20 } } : skipToken);
  const found = (data?.employees.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} · ${formatNip(node.nip)}`,
    unit: node.unit.name,
  }));
  const options = value && selectedLabel && !found.some((o) => o.value === value) ? [{ value, label: selectedLabel, unit: "" }, ...found] : found;

  return (
    <Select<string>
      id="employee-picker"
      data-testid="employee-picker"
      aria-label={t("assessments.pickEmployee")}
      placeholder={t("assessments.pickEmployee")}
      allowClear
      value={value ?? undefined}
      onChange={(v) => onChange(v ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      notFoundContent={term.length < 2 ? t("assessments.typeToSearch") : t("assessments.noEmployee")}
      options={options.map((o) => ({ value: o.value, label: o.label, title: o.unit }))}
      optionRender={(option) => (
        <span data-testid="employee-option">
          {option.label}
          {option.data.title ? <span style={{ color: "rgba(0,0,0,0.45)" }}> · {option.data.title}</span> : null}
        </span>
      )}
      style={{ width: 420, maxWidth: "100%" }}
    />
  );
}
