import { Suspense } from "react";
import { Flex, Spin, Tabs, Typography } from "antd";
import { DashboardOutlined, SettingOutlined } from "@ant-design/icons";
import { Outlet, useLocation, useNavigate } from "react-router-dom";
import type { MessageKey } from "../../../i18n/id";
import { useT } from "../../../i18n/i18n-context";

/** The tabs of the survey stage, each a route under `/surveys`. A service unit's page (`/surveys/units/:id`) keeps the dashboard tab. */
const TABS = [
  { key: "dashboard", path: "/surveys", icon: <DashboardOutlined />, label: "surveys.tab.dashboard" },
  { key: "settings", path: "/surveys/settings", icon: <SettingOutlined />, label: "surveys.tab.settings" },
] as const satisfies readonly { key: string; path: string; label: MessageKey; icon: unknown }[];

/**
 * The public satisfaction survey (SKM, PermenPANRB 14/2017) at `/surveys/*`: the IKM dashboard of a period, a service
 * unit's page (trend, elements, before/after training, QR posters) and the settings (service units and periods).
 */
export function SurveysPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const segment = location.pathname.split("/")[2] ?? "";
  const active = segment === "settings" ? "settings" : "dashboard";

  return (
    <Flex vertical gap="small" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("surveys.title")}
      </Typography.Title>
      <Tabs
        activeKey={active}
        data-testid="surveys-tabs"
        onChange={(key) => void navigate(TABS.find((tab) => tab.key === key)?.path ?? "/surveys")}
        renderTabBar={(props, TabBar) => <TabBar {...props} mobile />}
        items={TABS.map((tab) => ({ key: tab.key, icon: tab.icon, label: <span data-testid={`surveys-tab-${tab.key}`}>{t(tab.label)}</span> }))}
      />
      <Suspense fallback={<Spin description={t("common.loading")} />}>
        <Outlet />
      </Suspense>
    </Flex>
  );
}
