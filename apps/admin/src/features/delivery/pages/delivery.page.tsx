import { Suspense } from "react";
import { Flex, Spin, Tabs, Typography } from "antd";
import { AppstoreOutlined, CalendarOutlined, SolutionOutlined, UserOutlined } from "@ant-design/icons";
import { Outlet, useLocation, useNavigate } from "react-router-dom";
import { useT } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/id";

/** The tabs of the delivery stage: each is a route under `/delivery`. A batch page (`/delivery/batches/:id`) keeps the catalogue tab. */
const TABS = [
  { key: "programmes", path: "/delivery", icon: <AppstoreOutlined />, label: "delivery.tab.programmes" },
  { key: "calendar", path: "/delivery/calendar", icon: <CalendarOutlined />, label: "delivery.tab.calendar" },
  { key: "speakers", path: "/delivery/speakers", icon: <UserOutlined />, label: "delivery.tab.speakers" },
  { key: "nominations", path: "/delivery/nominations", icon: <SolutionOutlined />, label: "delivery.tab.nominations" },
] as const satisfies readonly { key: string; path: string; label: MessageKey; icon: unknown }[];

/** Delivery (`/delivery/*`): the programme catalogue, the batch calendar, the speakers registry and the nominations, as tabs. */
export function DeliveryPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const segment = location.pathname.split("/")[2] ?? "";
  const active = TABS.find((tab) => tab.key === segment)?.key ?? "programmes";

  return (
    <Flex vertical gap="small" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("delivery.title")}
      </Typography.Title>
      <Tabs
        activeKey={active}
        data-testid="delivery-tabs"
        onChange={(key) => void navigate(TABS.find((tab) => tab.key === key)?.path ?? "/delivery")}
        renderTabBar={(props, TabBar) => <TabBar {...props} mobile />}
        items={TABS.map((tab) => ({
          key: tab.key,
          icon: tab.icon,
          label: <span data-testid={`delivery-tab-${tab.key}`}>{t(tab.label)}</span>,
        }))}
      />
      <Suspense fallback={<Spin description={t("common.loading")} />}>
        <Outlet />
      </Suspense>
    </Flex>
  );
}
