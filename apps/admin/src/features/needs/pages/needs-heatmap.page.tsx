import { useMemo } from "react";
import { skipToken, useQuery } from "@apollo/client/react";
import { Alert, Button, Empty, Flex, Segmented, Space, Table, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useNavigate } from "react-router-dom";
import { NeedsHeatmapDocument, type HeatCellItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { useUnits } from "../../organization";
import { HeatmapBreadcrumb } from "../components/heatmap-breadcrumb";
import { HeatmapCell } from "../components/heatmap-cell";
import { HeatmapLegend } from "../components/heatmap-legend";
import { CompetencyLabel } from "../components/needs-tags";
import { NeedsFilters } from "../components/needs-filters";
import { useNeedsParams } from "../components/use-needs-params";
import { buildHeatmap } from "../lib/heatmap";
import { DEFAULT_NEEDS_PARAMS, toNeedsFilter, toNeedsSearchParams, type HeatmapColor } from "../lib/needs-params";
import { withFilters } from "../../../ui/cursor-list";

type Cell = HeatCellItemFragment;
type Row = { readonly key: string; readonly unit: Cell["unit"] };

/** Units (rows) × competencies (columns): how many assessed employees fall short of the standard, and by how much. */
export default function NeedsHeatmapPage() {
  const t = useT();
  const navigate = useNavigate();
  const { params, year, cycles, go } = useNeedsParams();
  const { units } = useUnits();

  const wanted = useMemo(
    () => (year === null ? null : { filter: toNeedsFilter(params, year, false), parentUnitId: params.parentUnitId }),
    [params, year],
  );
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(
    NeedsHeatmapDocument,
    variables === null ? skipToken : { variables, notifyOnNetworkStatusChange: true },
  );
  const answer = (data ?? previousData)?.needsHeatmap;
  const heatmap = useMemo(() => buildHeatmap(answer?.rows ?? []), [answer]);
  // The total row (the parent unit's, the city's at the top): one cell per competency.
  const totals = useMemo(() => new Map((answer?.total ?? []).map((c) => [c.competency.id, c])), [answer]);
  const parents = useMemo(() => new Set(units.map((u) => u.parentId).filter(Boolean)), [units]);
  const parentName = params.parentUnitId ? units.find((u) => u.id === params.parentUnitId)?.name : undefined;

  const openUnit = (unitId: string | null) => go({ ...params, parentUnitId: unitId, cursors: [] });
  const openCell = (unitId: string | null, competencyId: string) =>
    void navigate(
      `/needs/priorities?${toNeedsSearchParams(
        withFilters(DEFAULT_NEEDS_PARAMS, {
          year: params.year,
          competencyKind: params.competencyKind,
          positionKind: params.positionKind,
          unitId,
          competencyId,
        }),
      ).toString()}`,
    );

  const columns: TableColumnsType<Row> = [
    {
      key: "unit",
      title: t("needs.heatmap.unit"),
      fixed: "start",
      width: 240,
      render: (_, row) =>
        parents.has(row.unit.id) ? (
          <Button
            type="link"
            style={{ padding: 0, height: "auto", whiteSpace: "normal", textAlign: "start" }}
            onClick={() => openUnit(row.unit.id)}
            data-testid={`heatmap-drill-${row.unit.code}`}
          >
            {row.unit.name}
          </Button>
        ) : (
          <span data-testid={`heatmap-unit-${row.unit.code}`}>{row.unit.name}</span>
        ),
    },
    ...heatmap.competencies.map((c) => ({
      key: c.id,
      title: <CompetencyLabel competency={c} compact />,
      width: 96,
      align: "center" as const,
      onCell: () => ({ style: { padding: 4 } }),
      render: (_: unknown, row: Row) => (
        <HeatmapCell
          cell={heatmap.cell(row.unit.id, c.id)}
          color={params.color}
          testId={`heat-cell-${row.unit.code}-${c.code}`}
          onOpen={() => openCell(row.unit.id, c.id)}
        />
      ),
    })),
  ];

  const noCycle = !cycles.loading && cycles.years.length === 0 && params.year === null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Text type="secondary">{t("needs.heatmap.hint")}</Typography.Text>
      <Flex justify="space-between" align="center" wrap gap="small">
        <NeedsFilters params={params} year={year} years={cycles.years} yearsLoading={cycles.loading} onChange={go} />
        <Segmented<HeatmapColor>
          data-testid="heatmap-color"
          aria-label={t("needs.heatmap.colorBy")}
          value={params.color}
          onChange={(color) => go({ ...params, color })}
          options={[
            { value: "gap", label: <span data-testid="heatmap-color-gap">{t("needs.heatmap.colorGap")}</span> },
            { value: "share", label: <span data-testid="heatmap-color-share">{t("needs.heatmap.colorShare")}</span> },
          ]}
        />
      </Flex>
      <HeatmapBreadcrumb units={units} parentUnitId={params.parentUnitId} onOpen={openUnit} />
      <ApiErrorAlert error={cycles.error ?? error} />
      {noCycle && <Alert type="info" showIcon title={t("needs.noCycle")} data-testid="needs-no-cycle" />}
      <Table<Row>
        data-testid="needs-heatmap"
        rowKey="key"
        size="small"
        bordered
        columns={columns}
        dataSource={heatmap.units.map((unit) => ({ key: unit.id, unit }))}
        loading={loading || cycles.loading}
        pagination={false}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: <Empty description={t("needs.heatmap.empty")} /> }}
        summary={() =>
          heatmap.units.length > 0 && totals.size > 0 ? (
            <Table.Summary fixed="bottom">
              <Table.Summary.Row data-testid="heatmap-total">
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>
                    {parentName ? t("needs.heatmap.totalOf", { unit: parentName }) : t("needs.heatmap.total")}
                  </Typography.Text>
                </Table.Summary.Cell>
                {heatmap.competencies.map((c, i) => (
                  <Table.Summary.Cell key={c.id} index={i + 1} align="center">
                    <HeatmapCell
                      cell={totals.get(c.id)}
                      color={params.color}
                      testId={`heat-total-${c.code}`}
                      onOpen={() => openCell(params.parentUnitId, c.id)}
                    />
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
      <HeatmapLegend color={params.color} />
    </Space>
  );
}
