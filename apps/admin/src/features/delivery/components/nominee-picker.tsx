import { useState } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { formatNip } from "@bina/domain";
import { NomineeOptionsDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useDebouncedValue } from "../../../ui/use-debounced-value";

interface NomineePickerProps {
  readonly id: string;
  readonly value?: string | null;
  readonly onChange?: (employeeId: string | null) => void;
  readonly onBlur?: () => void;
  readonly status?: "error";
}

/** Find an active employee by name or NIP among those the caller may see (an operator: its own units' staff). */
export function NomineePicker({ id, value, onChange, onBlur, status }: NomineePickerProps) {
  const t = useT();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim(), 300);
  const { data, loading } = useQuery(NomineeOptionsDocument, term.length >= 2 ? { variables: { search: term, first: 20 } } : skipToken);
  const found = data?.employees.edges.map((e) => e.node) ?? [];
  return (
    <Select<string>
      id={id}
      data-testid={id}
      aria-label={t("delivery.nomination.employee")}
      placeholder={t("delivery.nomination.typeToSearch")}
      allowClear
      value={value ?? undefined}
      status={status}
      onBlur={onBlur}
      onChange={(v) => onChange?.(v ?? null)}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      notFoundContent={term.length < 2 ? t("delivery.nomination.typeToSearch") : t("delivery.nomination.noEmployee")}
      options={found.map((e) => ({ value: e.id, label: `${e.name} · ${formatNip(e.nip)} · ${e.unit.name}` }))}
      style={{ width: "100%" }}
    />
  );
}
