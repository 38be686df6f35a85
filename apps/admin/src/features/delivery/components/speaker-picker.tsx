import { useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Select } from "antd";
import { SpeakerOptionsDocument, type SpeakerRefFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useDebouncedValue } from "../../../ui/use-debounced-value";

interface SpeakerPickerProps {
  readonly id: string;
  readonly value?: string | null;
  readonly onChange?: (speakerId: string | null) => void;
  readonly onBlur?: () => void;
  /** The chosen speaker, shown while the search has not loaded it. */
  readonly selected: SpeakerRefFragment | null;
  /** Every speaker the list showed or the form started with: the form reads the chosen one's level. */
  readonly onSpeaker?: (speaker: SpeakerRefFragment | null) => void;
  readonly status?: "error";
}

/** `Name · Institution (City)`: the origin city always shown, the registry's point being speakers from other cities. */
export const speakerLabel = (s: SpeakerRefFragment): string => `${s.name} · ${s.institution} (${s.originCity})`;

/** Find a speaker by name, institution or origin city. */
export function SpeakerPicker({ id, value, onChange, onBlur, selected, onSpeaker, status }: SpeakerPickerProps) {
  const t = useT();
  const [search, setSearch] = useState("");
  const term = useDebouncedValue(search.trim(), 250);
  const { data, loading } = useQuery(SpeakerOptionsDocument, { variables: { search: term || null, first: 30 } });
  const found = data?.speakers.edges.map((e) => e.node) ?? [];
  const all = selected && !found.some((s) => s.id === selected.id) ? [selected, ...found] : found;
  return (
    <Select<string>
      id={id}
      data-testid={id}
      aria-label={t("delivery.session.field.speaker")}
      allowClear
      value={value ?? undefined}
      status={status}
      onBlur={onBlur}
      onChange={(v) => {
        onChange?.(v ?? null);
        onSpeaker?.(all.find((s) => s.id === v) ?? null);
      }}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={loading}
      notFoundContent={t("delivery.speaker.none")}
      options={all.map((s) => ({ value: s.id, label: speakerLabel(s) }))}
      style={{ width: "100%" }}
    />
  );
}
