import { useMemo } from "react";
import { useQuery } from "@apollo/client/react";
import { Button, Flex, Segmented, Space, Tag, Typography } from "antd";
import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { Link, useSearchParams } from "react-router-dom";
import { DeliveryCalendarDocument, type DeliveryCalendarQuery } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { useCommittedValue } from "../../../ui/use-committed-value";
import { addDays, batchesOn, hhmm, monthWeeks, sessionsOn, shiftView, visibleRange, weekDays, type CalendarView } from "../lib/calendar";
import { parseCalendarParams, toCalendarSearchParams } from "../lib/delivery-params";
import { DELIVERY_STATE_COLORS } from "../lib/delivery-rules";

type CalendarBatch = DeliveryCalendarQuery["batches"]["edges"][number]["node"];

/**
 * Batches one view asks for: a month (no sessions) up to the API's page of 100; a week with its sessions up to 15,
 * within the API's query cost. The range starts two weeks early, so a batch that began before the view still shows.
 */
const MONTH_PAGE = 100;
const WEEK_PAGE = 15;
const LOOK_BACK_DAYS = 14;

/**
 * The batch calendar (`/delivery/calendar?view=month|week&day=YYYY-MM-DD`): a light grid of the month (batches per day)
 * or of the week (sessions per day with their times); every batch links to its page.
 */
export default function CalendarPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = dayjs().format("YYYY-MM-DD");
  const params = useMemo(() => parseCalendarParams(searchParams, today), [searchParams, today]);
  const range = visibleRange(params.view, params.day);
  const week = params.view === "week";
  const wanted = { filter: { from: addDays(range.from, -LOOK_BACK_DAYS), to: range.to }, first: week ? WEEK_PAGE : MONTH_PAGE, withSessions: week };
  const variables = useCommittedValue(wanted, JSON.stringify(wanted));
  const { data, previousData, loading, error } = useQuery(DeliveryCalendarDocument, { variables });
  const batches = useMemo(() => (data ?? previousData)?.batches.edges.map((e) => e.node) ?? [], [data, previousData]);
  const go = (view: CalendarView, day: string) => setSearchParams(toCalendarSearchParams({ view, day }));
  const month = params.day.slice(0, 7);
  const weekdayNames = weekDays("2024-01-01").map((d) => dayjs(d).format("ddd"));

  const heading =
    params.view === "month"
      ? dayjs(params.day).format(t("format.month"))
      : t("delivery.calendar.weekOf", { from: dayjs(range.from).format(t("format.date")), to: dayjs(range.to).format(t("format.date")) });

  const batchChip = (b: CalendarBatch) => (
    <Link key={b.id} to={`/delivery/batches/${b.id}`} data-testid="calendar-batch" title={`${b.programme.title} · ${b.name}`} style={{ display: "block" }}>
      <Tag color={DELIVERY_STATE_COLORS[b.status]} style={{ maxWidth: "100%", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", margin: 0 }}>
        {b.programme.title} · {b.name}
      </Tag>
    </Link>
  );

  const dayCell = (day: string) => {
    const inMonth = day.slice(0, 7) === month || params.view === "week";
    const running = batchesOn(batches, day);
    return (
      <div
        key={day}
        role="gridcell"
        data-testid={`calendar-day-${day}`}
        style={{
          border: "1px solid #f0f0f0",
          minHeight: params.view === "week" ? 160 : 92,
          padding: 4,
          background: day === today ? "#f6ffed" : inMonth ? "#fff" : "#fafafa",
          minWidth: 0,
          overflow: "hidden",
        }}
      >
        <Typography.Text type={inMonth ? undefined : "secondary"} strong={day === today} style={{ fontSize: 12 }}>
          {params.view === "week" ? dayjs(day).format("ddd D MMM") : dayjs(day).format("D")}
        </Typography.Text>
        <Space orientation="vertical" size={2} style={{ width: "100%" }}>
          {params.view === "month"
            ? running.map(batchChip)
            : running.map((b) => (
                <div key={b.id}>
                  {batchChip(b)}
                  {sessionsOn(b.sessions ?? [], day).map((s) => (
                    <Typography.Text key={s.id} style={{ fontSize: 11, display: "block" }} data-testid="calendar-session">
                      {hhmm(s.start)}–{hhmm(s.end)} {s.topic}
                    </Typography.Text>
                  ))}
                </div>
              ))}
        </Space>
      </div>
    );
  };

  const rows = params.view === "month" ? monthWeeks(params.day) : [weekDays(params.day)];
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space wrap>
          <Button icon={<LeftOutlined />} aria-label={t("delivery.calendar.previous")} onClick={() => go(params.view, shiftView(params.view, params.day, -1))} data-testid="calendar-previous" />
          <Button onClick={() => go(params.view, today)} data-testid="calendar-today">
            {t("delivery.calendar.today")}
          </Button>
          <Button icon={<RightOutlined />} aria-label={t("delivery.calendar.next")} onClick={() => go(params.view, shiftView(params.view, params.day, 1))} data-testid="calendar-next" />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="calendar-heading">
            {heading}
          </Typography.Title>
        </Space>
        <Segmented<CalendarView>
          aria-label={t("delivery.calendar.view")}
          value={params.view}
          onChange={(view) => go(view, params.day)}
          options={[
            { value: "month", label: t("delivery.calendar.month") },
            { value: "week", label: t("delivery.calendar.week") },
          ]}
          data-testid="calendar-view"
        />
      </Flex>
      <ApiErrorAlert error={error} />
      <div style={{ overflowX: "auto" }}>
        <div role="grid" aria-label={heading} aria-busy={loading} data-testid="calendar-grid" style={{ minWidth: 640 }}>
          <div role="row" style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(0, 1fr))" }}>
            {weekdayNames.map((name) => (
              <div key={name} role="columnheader" style={{ padding: 4, fontWeight: 600, fontSize: 12 }}>
                {name}
              </div>
            ))}
          </div>
          {rows.map((week) => (
            <div key={week[0]} role="row" style={{ display: "grid", gridTemplateColumns: "repeat(7, minmax(0, 1fr))" }}>
              {week.map(dayCell)}
            </div>
          ))}
        </div>
      </div>
      <Typography.Text type="secondary" data-testid="calendar-total">
        {t("delivery.calendar.total", { count: (data ?? previousData)?.batches.totalCount ?? 0 })}
      </Typography.Text>
    </Space>
  );
}
