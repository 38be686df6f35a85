import { useState } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { formatNip } from "@bina/domain";
import { RecordEmployeeOptionsDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useDebouncedValue } from "../../../ui/use-debounced-value";

interface RecordEmployeePickerProps {
  /** The employee chosen before the search (opened from the employee's page), shown until another is picked. */
  readonly initial?: { readonly value: string; readonly label: string } | null;
  readonly value?: string | null;
  readonly onChange?: (employeeId: string | null) => void;
  readonly onBlur?: () => void;
}

const SEARCH_DEBOUNCE_MS = 300;

/** An employee by name or NIP among those the user may see (an operator: staff of its unit and sub-units). */
export function RecordEmployeePicker({ initial = null, value, onChange, onBlur }: RecordEmployeePickerProps) {
  const t = useT();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const { data, loading } = useQuery(RecordEmployeeOptionsDocument, term.length >= 2 ? { variables: { search: term, first: 20 } } : skipToken);
  const [picked, setChosen] = useState<{ value: string; label: string } | null>(null);
  const chosen = picked ?? initial;
  const found = (data?.employees.edges ?? []).map(({ node }) => ({ value: node.id, label: `${node.name} · ${formatNip(node.nip)}`, unit: node.unit.name }));
  const options = chosen && value === chosen.value && !found.some((o) => o.value === chosen.value) ? [{ ...chosen, unit: "" }, ...found] : found;

  return (
    <Select<string>
      id="employeeId"
      data-testid="record-employee"
      aria-label={t("compliance.record.pickEmployee")}
      placeholder={t("compliance.record.pickEmployee")}
      allowClear
      value={value ?? undefined}
      onChange={(v) => {
        const option = found.find((o) => o.value === v);
        if (option) setChosen({ value: option.value, label: option.label });
        onChange?.(v ?? null);
      }}
      onBlur={onBlur}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      notFoundContent={term.length < 2 ? t("compliance.record.typeToSearch") : t("compliance.record.noEmployee")}
      options={options}
      optionRender={(option) => (
        <span data-testid="record-employee-option">
          {option.label}
          {option.data.unit ? <span style={{ color: "rgba(0,0,0,0.55)" }}> · {option.data.unit}</span> : null}
        </span>
      )}
      style={{ width: 480, maxWidth: "100%" }}
    />
  );
}
