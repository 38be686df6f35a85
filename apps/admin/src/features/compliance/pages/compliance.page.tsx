import { Suspense } from "react";
import { Flex, Spin, Tabs, Typography } from "antd";
import { AuditOutlined, FileAddOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { Outlet, useLocation, useNavigate } from "react-router-dom";
import type { MessageKey } from "../../../i18n/id";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import type { SessionRole } from "../../../session/session-store";

/** The tabs of the compliance stage, each a route under `/compliance`, shown to the roles that may use it. */
const TABS = [
  { key: "", path: "/compliance", icon: <SafetyCertificateOutlined />, label: "compliance.tab.dashboard", roles: ["ADMIN", "UNIT_OPERATOR", "ANALYST"] },
  // Administrators decide; operators follow their unit's submissions and analysts read (the API scopes the list).
  { key: "verification", path: "/compliance/verification", icon: <AuditOutlined />, label: "compliance.tab.verification", roles: ["ADMIN", "UNIT_OPERATOR", "ANALYST"] },
  { key: "records", path: "/compliance/records/new", icon: <FileAddOutlined />, label: "compliance.tab.newRecord", roles: ["ADMIN", "UNIT_OPERATOR"] },
] as const satisfies readonly { key: string; path: string; label: MessageKey; roles: readonly SessionRole[]; icon: unknown }[];

/** JP compliance (`/compliance/*`): the dashboard, the verification queue and the learning record form as tabs. */
export function CompliancePage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useAuth();
  const active = location.pathname.split("/")[2] ?? "";
  const tabs = TABS.filter((tab) => user && (tab.roles as readonly SessionRole[]).includes(user.role));

  return (
    <Flex vertical gap="small" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("compliance.title")}
      </Typography.Title>
      <Tabs
        activeKey={active}
        data-testid="compliance-tabs"
        onChange={(key) => void navigate(TABS.find((tab) => tab.key === key)?.path ?? "/compliance")}
        renderTabBar={(props, TabBar) => <TabBar {...props} mobile />}
        items={tabs.map((tab) => ({ key: tab.key, icon: tab.icon, label: <span data-testid={`compliance-tab-${tab.key || "dashboard"}`}>{t(tab.label)}</span> }))}
      />
      <Suspense fallback={<Spin description={t("common.loading")} />}>
        <Outlet />
      </Suspense>
    </Flex>
  );
}
