import type { ReactNode } from "react";
import { Button, Select, Space } from "antd";
import type { SelectProps } from "antd";
import { ClearOutlined } from "@ant-design/icons";

interface FilterSelectBase {
  /** The element's `id` and `data-testid` (`filter-status`, ...). */
  readonly id: string;
  /** The accessible name and, unless `placeholder` says otherwise, the placeholder. */
  readonly label: string;
  readonly placeholder?: string;
  /** Options (or option groups) whose values are of type V. */
  readonly options: NonNullable<SelectProps["options"]>;
  readonly width: number;
  /** Whether the filter can be emptied (true unless it always holds a value, like a status with "all"). */
  readonly clearable?: boolean;
  readonly loading?: boolean;
}

interface SingleFilterSelect<V extends string | number> extends FilterSelectBase {
  readonly multiple?: false;
  readonly value: V | null;
  readonly onChange: (value: V | null) => void;
}

interface MultipleFilterSelect<V extends string | number> extends FilterSelectBase {
  readonly multiple: true;
  readonly value: readonly V[];
  readonly onChange: (value: V[]) => void;
}

export type FilterSelectProps<V extends string | number> = SingleFilterSelect<V> | MultipleFilterSelect<V>;

/** One filter of a list's filter bar: a labelled select whose empty value is null (or [] when multiple). */
export function FilterSelect<V extends string | number>(props: FilterSelectProps<V>) {
  const { id, label, placeholder, options, width, clearable = true, loading } = props;
  const common = {
    id,
    "data-testid": id,
    "aria-label": label,
    placeholder: placeholder ?? label,
    allowClear: clearable,
    loading,
    options,
    style: { width },
  };
  if (props.multiple) {
    return <Select<V[]> {...common} mode="multiple" maxTagCount="responsive" value={[...props.value]} onChange={(v) => props.onChange(v ?? [])} />;
  }
  const { value, onChange } = props;
  return <Select<V> {...common} value={value ?? undefined} onChange={(v) => onChange(v ?? null)} />;
}

interface FilterBarProps {
  /** `data-testid` of the bar. */
  readonly testId: string;
  /** Shows the "clear" button (when some filter is set). */
  readonly clearable: boolean;
  readonly clearText: string;
  readonly onClear: () => void;
  readonly clearTestId?: string;
  readonly children: ReactNode;
}

/** The row of filters above a list, with a "clear filters" button while any is set. */
export function FilterBar({ testId, clearable, clearText, onClear, clearTestId = "filters-clear", children }: FilterBarProps) {
  return (
    <Space wrap size="small" data-testid={testId}>
      {children}
      {clearable && (
        <Button icon={<ClearOutlined />} onClick={onClear} data-testid={clearTestId}>
          {clearText}
        </Button>
      )}
    </Space>
  );
}
