import { Space, Typography } from "antd";
import { formatNip } from "@bina/domain";

/** A nominee in a nominations table: the name, and the NIP in groups below it. */
export function NomineeCell({ employee }: { readonly employee: { readonly name: string; readonly nip: string } }) {
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong data-testid="nomination-name">
        {employee.name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatNip(employee.nip)}
      </Typography.Text>
    </Space>
  );
}
