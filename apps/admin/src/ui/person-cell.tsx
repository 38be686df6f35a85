import { Space, Typography } from "antd";
import { formatNip } from "@bina/domain";

/** A person in a table cell: the name, and the NIP in groups below it (nominations, evaluation forms, N-gain rows). */
export function PersonCell({ employee, testId }: { readonly employee: { readonly name: string; readonly nip: string }; readonly testId: string }) {
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text strong data-testid={testId}>
        {employee.name}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatNip(employee.nip)}
      </Typography.Text>
    </Space>
  );
}
