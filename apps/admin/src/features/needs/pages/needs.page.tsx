import { Suspense } from "react";
import { Flex, Spin, Tabs, Typography } from "antd";
import { AimOutlined, BookOutlined, DashboardOutlined, FormOutlined, HeatMapOutlined, InboxOutlined, OrderedListOutlined } from "@ant-design/icons";
import { Outlet, useLocation, useNavigate, useSearchParams } from "react-router-dom";
import { useAuth } from "../../../session/auth-context";
import { useT } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/id";
import { sharedNeedsSearch } from "../lib/needs-params";

/** The tabs of the needs stage: each is a route under `/needs`. */
const TABS = [
  { key: "heatmap", icon: <HeatMapOutlined />, label: "needs.tab.heatmap", editorsOnly: false },
  { key: "priorities", icon: <OrderedListOutlined />, label: "needs.tab.priorities", editorsOnly: false },
  { key: "jpm", icon: <DashboardOutlined />, label: "needs.tab.jpm", editorsOnly: false },
  { key: "target", icon: <AimOutlined />, label: "needs.tab.target", editorsOnly: false },
  { key: "competencies", icon: <BookOutlined />, label: "needs.tab.competencies", editorsOnly: false },
  { key: "assessments", icon: <FormOutlined />, label: "needs.tab.assessments", editorsOnly: true },
  { key: "proposals", icon: <InboxOutlined />, label: "needs.tab.proposals", editorsOnly: false },
] as const satisfies readonly { key: string; label: MessageKey; editorsOnly: boolean; icon: unknown }[];

/** Needs assessment (`/needs/*`): heatmap, priorities, JPM, gaps against a target position, dictionary, assessments and proposals as tabs. */
export default function NeedsPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const { canEdit } = useAuth();
  const active = location.pathname.split("/")[2] ?? "heatmap";
  const tabs = TABS.filter((tab) => canEdit || !tab.editorsOnly);

  return (
    <Flex vertical gap="small" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("needs.title")}
      </Typography.Title>
      <Tabs
        activeKey={active}
        data-testid="needs-tabs"
        onChange={(key) => {
          // Year and kind filters follow between the heatmap, the priorities and the JPM list.
          const carry = key === "heatmap" || key === "priorities" || key === "jpm" ? sharedNeedsSearch(searchParams) : "";
          void navigate(`/needs/${key}${carry}`);
        }}
        // Tabs that do not fit scroll (swipe, wheel, arrow keys) without antd's "more" button: that button sits inside
        // the tablist, where ARIA allows tabs only (axe: aria-required-children, critical, on a narrow window).
        renderTabBar={(props, TabBar) => <TabBar {...props} mobile />}
        items={tabs.map((tab) => ({
          key: tab.key,
          icon: tab.icon,
          label: <span data-testid={`needs-tab-${tab.key}`}>{t(tab.label)}</span>,
        }))}
      />
      <Suspense fallback={<Spin description={t("common.loading")} />}>
        <Outlet />
      </Suspense>
    </Flex>
  );
}
