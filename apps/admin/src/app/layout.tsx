import { Suspense, useEffect, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { Avatar, Button, Drawer, Flex, Grid, Layout, Menu, Space, Spin, Tag, Typography } from "antd";
import type { MenuProps } from "antd";
import {
  ApartmentOutlined,
  ApiOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  FundOutlined,
  HomeOutlined,
  LogoutOutlined,
  MenuOutlined,
  ReadOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SmileOutlined,
  SolutionOutlined,
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

/** The side menu: the home page first, then every stage of the development cycle, in the order of the cycle. */
const MENU = [
  { key: "/", icon: <HomeOutlined />, label: "home.nav" },
  { key: "/employees", icon: <TeamOutlined />, label: "nav.employees" },
  { key: "/units", icon: <ApartmentOutlined />, label: "nav.units" },
  { key: "/needs", icon: <SearchOutlined />, label: "nav.needs" },
  { key: "/planning", icon: <CalendarOutlined />, label: "nav.planning" },
  // Before "/delivery": the first entry whose path starts the location is the one highlighted.
  { key: "/delivery/speakers", icon: <UserOutlined />, label: "nav.deliverySpeakers" },
  { key: "/delivery/nominations", icon: <SolutionOutlined />, label: "nav.deliveryNominations" },
  { key: "/delivery", icon: <ReadOutlined />, label: "nav.delivery" },
  { key: "/evaluation", icon: <BarChartOutlined />, label: "nav.evaluation" },
  { key: "/surveys", icon: <SmileOutlined />, label: "nav.surveys" },
  { key: "/budget", icon: <WalletOutlined />, label: "nav.budget" },
  // Before "/compliance" (the first entry whose path starts the location is highlighted).
  { key: "/compliance/verification", icon: <AuditOutlined />, label: "nav.complianceVerification" },
  { key: "/compliance", icon: <SafetyCertificateOutlined />, label: "nav.compliance" },
  { key: "/explorer", icon: <ApiOutlined />, label: "nav.explorer" },
] as const;

const GROUPS = {
  organization: ["/employees", "/units"],
  cycle: ["/needs", "/planning", "/delivery", "/delivery/speakers", "/delivery/nominations", "/evaluation", "/surveys", "/budget", "/compliance", "/compliance/verification"],
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
    return { key, icon: entry.icon, label: <Link to={key} data-testid={`nav-${key.slice(1) || "home"}`}>{t(entry.label)}</Link> };
  };
  const items: MenuProps["items"] = [
    item("/"),
    { type: "group", key: "organization", label: t("nav.group.organization"), children: GROUPS.organization.map(item) },
    { type: "group", key: "cycle", label: t("nav.group.cycle"), children: GROUPS.cycle.map(item) },
    { type: "group", key: "tools", label: t("nav.group.tools"), children: GROUPS.tools.map(item) },
  ];

  // Below antd's lg breakpoint (992 px: tablets, phones) the side menu becomes a drawer opened from the header.
  const screens = Grid.useBreakpoint();
  const narrow = screens.lg === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  // A navigation closes the drawer (also the browser's back button).
  useEffect(() => setDrawerOpen(false), [location.pathname]);

  const brand = (
    <Flex align="center" gap="small" style={{ height: 64, padding: "0 24px" }}>
      <FundOutlined style={{ fontSize: 22, color: "#1d6f42" }} />
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("app.name")}
      </Typography.Title>
    </Flex>
  );
  const menu = <Menu mode="inline" selectedKeys={selected ? [selected] : []} items={items} data-testid="side-menu" style={{ borderInlineEnd: 0 }} />;
  // Who is signed in: in the header on a wide screen, at the foot of the drawer on a phone.
  const identity = user && (
    <>
      <Typography.Text strong data-testid="current-user-name">
        {user.displayName}
      </Typography.Text>
      <Tag icon={<AuditOutlined />} data-testid="current-user-role">
        {t(`enum.Role.${user.role}`)}
      </Tag>
      {user.role === "UNIT_OPERATOR" && user.unit && <Typography.Text type="secondary">{user.unit.name}</Typography.Text>}
    </>
  );

  return (
    <Layout style={{ minHeight: "100vh" }}>
      {narrow ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={264}
          closable={false}
          styles={{ body: { padding: 0 } }}
          data-testid="menu-drawer"
        >
          {brand}
          {menu}
          {user && (
            <Space orientation="vertical" size="small" style={{ padding: "16px 24px", borderTop: "1px solid #f0f0f0", width: "100%" }}>
              {identity}
            </Space>
          )}
        </Drawer>
      ) : (
        <Layout.Sider width={232} theme="light" style={{ borderRight: "1px solid #f0f0f0" }}>
          {brand}
          {menu}
        </Layout.Sider>
      )}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: "#fff",
            padding: narrow ? "0 12px" : "0 24px",
            borderBottom: "1px solid #f0f0f0",
            display: "flex",
            alignItems: "center",
            gap: 8,
            // A phone's header keeps one line (the user's name and role move into the drawer) and never overlaps.
            height: 64,
            lineHeight: "normal",
          }}
        >
          {narrow && (
            <>
              <Button type="text" icon={<MenuOutlined />} aria-label={t("nav.open")} onClick={() => setDrawerOpen(true)} data-testid="menu-open" />
              <Typography.Text strong style={{ fontSize: 16 }}>
                {t("app.name")}
              </Typography.Text>
            </>
          )}
          <Flex align="center" gap="middle" style={{ marginInlineStart: "auto", minWidth: 0 }}>
            <LanguageSwitch />
            {user && (
              <Space size="small" data-testid="current-user" style={{ minWidth: 0 }}>
                <Avatar size="small" icon={<UserOutlined />} />
                {!narrow && identity}
              </Space>
            )}
            <Button icon={<LogoutOutlined />} onClick={signOut} data-testid="logout" aria-label={t("auth.logout")}>
              {narrow ? null : t("auth.logout")}
            </Button>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: narrow ? 12 : 24, minWidth: 0 }}>
          <Suspense fallback={<Spin size="large" description={t("common.loading")} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
