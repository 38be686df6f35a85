import { Suspense, useEffect } from "react";
import { useQuery } from "@apollo/client/react";
import { Avatar, Button, Flex, Layout, Menu, Space, Spin, Tag, Typography } from "antd";
import type { MenuProps } from "antd";
import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FundOutlined,
  LogoutOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SmileOutlined,
  TeamOutlined,
  UserOutlined,
  WalletOutlined,
} from "@ant-design/icons";
import { Link, Outlet, useLocation } from "react-router-dom";
import { MeDocument } from "../gql/graphql";
import { useT } from "../i18n/i18n-context";
import { LanguageSwitch } from "../ui/language-switch";
import { useAuth } from "../session/auth-context";
import { sessionStore } from "../session/session-store";

/** The side menu: every stage of the development cycle, in the order of the cycle. */
const MENU = [
  { key: "/employees", icon: <TeamOutlined />, label: "nav.employees" },
  { key: "/units", icon: <ApartmentOutlined />, label: "nav.units" },
  { key: "/needs", icon: <SearchOutlined />, label: "nav.needs" },
  { key: "/planning", icon: <CalendarOutlined />, label: "nav.planning" },
  { key: "/delivery", icon: <ReadOutlined />, label: "nav.delivery" },
  { key: "/evaluation", icon: <BarChartOutlined />, label: "nav.evaluation" },
  { key: "/surveys", icon: <SmileOutlined />, label: "nav.surveys" },
  { key: "/budget", icon: <WalletOutlined />, label: "nav.budget" },
  { key: "/compliance", icon: <SafetyCertificateOutlined />, label: "nav.compliance" },
  { key: "/explorer", icon: <ApiOutlined />, label: "nav.explorer" },
] as const;

const GROUPS = {
  organization: ["/employees", "/units"],
  cycle: ["/needs", "/planning", "/delivery", "/evaluation", "/surveys", "/budget", "/compliance"],
  tools: ["/explorer"],
} as const;

export function AppLayout() {
  const t = useT();
  const location = useLocation();
  const { user, signOut } = useAuth();

  // Refresh the user (name, role, unit) from the server; an expired token signs out through the error link.
  const me = useQuery(MeDocument, { fetchPolicy: "network-only" });
  useEffect(() => {
    if (me.data?.me) sessionStore.updateUser(me.data.me);
  }, [me.data]);

  const selected = MENU.find((m) => location.pathname === m.key || location.pathname.startsWith(`${m.key}/`))?.key;
  const item = (key: (typeof MENU)[number]["key"]) => {
    const entry = MENU.find((m) => m.key === key)!;
    return { key, icon: entry.icon, label: <Link to={key} data-testid={`nav-${key.slice(1)}`}>{t(entry.label)}</Link> };
  };
  const items: MenuProps["items"] = [
    { type: "group", key: "organization", label: t("nav.group.organization"), children: GROUPS.organization.map(item) },
    { type: "group", key: "cycle", label: t("nav.group.cycle"), children: GROUPS.cycle.map(item) },
    { type: "group", key: "tools", label: t("nav.group.tools"), children: GROUPS.tools.map(item) },
  ];

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} width={232} theme="light" style={{ borderRight: "1px solid #f0f0f0" }}>
        <Flex align="center" gap="small" style={{ height: 64, padding: "0 24px" }}>
          <FundOutlined style={{ fontSize: 22, color: "#1d6f42" }} />
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t("app.name")}
          </Typography.Title>
        </Flex>
        <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} data-testid="side-menu" style={{ borderInlineEnd: 0 }} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: "#fff", padding: "0 24px", borderBottom: "1px solid #f0f0f0", display: "flex", alignItems: "center", justifyContent: "flex-end" }}
        >
          <Space size="middle" wrap>
            <LanguageSwitch />
            {user && (
              <Space size="small" data-testid="current-user">
                <Avatar size="small" icon={<UserOutlined />} />
                <Typography.Text strong data-testid="current-user-name">
                  {user.displayName}
                </Typography.Text>
                <Tag icon={<AuditOutlined />} data-testid="current-user-role">
                  {t(`enum.Role.${user.role}`)}
                </Tag>
                {user.role === "UNIT_OPERATOR" && user.unit && <Typography.Text type="secondary">{user.unit.name}</Typography.Text>}
              </Space>
            )}
            <Button icon={<LogoutOutlined />} onClick={signOut} data-testid="logout">
              {t("auth.logout")}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Suspense fallback={<Spin size="large" description={t("common.loading")} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
