import { Result, Typography } from "antd";
import { ToolOutlined } from "@ant-design/icons";

interface StagePlaceholderProps {
  readonly title: string;
  readonly notBuilt: string;
  readonly description: string;
}

/** The page of a stage of the cycle that is not built yet: says so, and shows no data. */
export function StagePlaceholder({ title, notBuilt, description }: StagePlaceholderProps) {
  return (
    <div data-testid="stage-placeholder">
      <Typography.Title level={2}>{title}</Typography.Title>
      <Result icon={<ToolOutlined />} title={notBuilt} subTitle={description} />
    </div>
  );
}
