import type { CSSProperties } from "react";
import { InputNumber } from "antd";
import { formatRupiahDigits, parseRupiah } from "./format-rupiah";

interface RupiahInputProps {
  readonly id: string;
  readonly value?: number | null;
  readonly onChange?: (value: number | null) => void;
  readonly onBlur?: () => void;
  readonly onPressEnter?: () => void;
  readonly status?: "error";
  readonly style?: CSSProperties;
  readonly "aria-label"?: string;
}

/** Whole rupiah, shown as `Rp 1.500.000` while typing; typed dots and letters are ignored. */
export function RupiahInput({ id, value, onChange, onBlur, onPressEnter, status, style, ...rest }: RupiahInputProps) {
  return (
    <InputNumber<number>
      id={id}
      data-testid={id}
      aria-label={rest["aria-label"]}
      prefix="Rp"
      min={0}
      step={1_000_000}
      precision={0}
      value={value ?? null}
      onChange={(v) => onChange?.(typeof v === "number" ? v : null)}
      onBlur={onBlur}
      onPressEnter={onPressEnter}
      status={status}
      formatter={(v) => (v === undefined || v === null || `${v}` === "" ? "" : formatRupiahDigits(Number(v)))}
      // An emptied input must stay empty (null), not become 0: InputNumber reads "" as no value.
      parser={(text) => (parseRupiah(text) ?? "") as number}
      style={{ width: 240, ...style }}
    />
  );
}
