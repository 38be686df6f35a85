import { Card, Flex, Tag, Typography } from "antd";
import { COMPETENCY_LEVELS, competencyLevelName } from "@bina/domain";
import { useT } from "../../../i18n/i18n-context";

/** Levels 1..5 and their names in the regulation (PermenPANRB 38/2017). */
export function LevelLegend() {
  const t = useT();
  return (
    <Card size="small" data-testid="level-legend">
      <Flex wrap gap="small" align="center">
        <Typography.Text strong>{t("competencies.levels")}</Typography.Text>
        {COMPETENCY_LEVELS.map((level) => (
          <Tag key={level} color="geekblue" data-testid={`level-${level}`}>
            {level} · {competencyLevelName(level)}
          </Tag>
        ))}
        <Typography.Text type="secondary">{t("competencies.levelsHint")}</Typography.Text>
      </Flex>
    </Card>
  );
}
