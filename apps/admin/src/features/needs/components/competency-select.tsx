import { useMemo, type CSSProperties } from "react";
import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { COMPETENCY_KINDS } from "@bina/domain";
import { CompetenciesDocument, type CompetencyKind } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useCommittedValue } from "../../../ui/use-committed-value";

interface CompetencySelectBase {
  readonly id?: string;
  readonly kind?: CompetencyKind | null;
  readonly placeholder?: string;
  readonly allowClear?: boolean;
  readonly onBlur?: () => void;
  readonly status?: "error";
  readonly style?: CSSProperties;
  readonly "aria-label"?: string;
  readonly "data-testid"?: string;
}

type CompetencySelectProps =
  | (CompetencySelectBase & { readonly multiple?: false; readonly value?: string | null; readonly onChange?: (id: string | null) => void })
  | (CompetencySelectBase & { readonly multiple: true; readonly value?: string[]; readonly onChange?: (ids: string[]) => void });

/** Active competencies of the dictionary, grouped by kind; typing searches the code and the name. */
export function CompetencySelect(props: CompetencySelectProps) {
  const t = useT();
  const { id, kind, placeholder, allowClear, onBlur, status, style } = props;
  // `kind` may come from the URL: pass it on after the commit (see use-committed-value.ts).
  const committedKind = useCommittedValue(kind ?? null, kind ?? "");
  const { data, loading } = useQuery(CompetenciesDocument, { variables: { kind: committedKind, includeInactive: false } });
  const options = useMemo(() => {
    const competencies = data?.competencies ?? [];
    return COMPETENCY_KINDS.map((k) => ({
      label: t(`enum.CompetencyKind.${k}`),
      title: k,
      options: competencies
        .filter((c) => c.kind === k)
        .sort((a, b) => a.code.localeCompare(b.code))
        .map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` })),
    })).filter((group) => group.options.length > 0);
  }, [data, t]);
  const common = {
    id,
    "data-testid": props["data-testid"],
    "aria-label": props["aria-label"],
    placeholder,
    allowClear,
    onBlur,
    status,
    style,
    loading,
    options,
    showSearch: { optionFilterProp: "label" },
    popupMatchSelectWidth: false,
  } as const;
  if (props.multiple) {
    return <Select<string[]> {...common} mode="multiple" maxTagCount="responsive" value={props.value ?? []} onChange={(v) => props.onChange?.(v)} />;
  }
  return <Select<string> {...common} value={props.value ?? undefined} onChange={(v) => props.onChange?.(v ?? null)} />;
}
