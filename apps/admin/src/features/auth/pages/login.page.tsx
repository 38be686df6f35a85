import { useMutation } from "@apollo/client/react";
import { Alert, Button, Form, Input, Space, Typography, theme } from "antd";
import { EyeInvisibleOutlined, EyeOutlined, LockOutlined, UserOutlined } from "@ant-design/icons";
import { Navigate, useLocation, useNavigate } from "react-router-dom";
import { useAuth } from "../../../session/auth-context";
import { sessionStore } from "../../../session/session-store";
import { LoginDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { apiErrorFacts } from "../../../ui/api-error";
import { LanguageSwitch } from "../../../ui/language-switch";

interface LoginValues {
  readonly username: string;
  readonly password: string;
}

const fromOf = (state: unknown): string => {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === "string" && from.startsWith("/") && !from.startsWith("/login") ? from : "/employees";
};

/**
 * The show-password eye: antd's is a 14×14 target; padded (and pulled back by as much, so the input keeps its size) to
 * 24×24, the least WCAG 2.2 asks of a pointer target (2.5.8), found by Lighthouse. antd makes this element the button.
 */
const visibilityIcon = (visible: boolean) => (
  <span style={{ display: "inline-flex", padding: 5, margin: -5 }}>{visible ? <EyeOutlined /> : <EyeInvisibleOutlined />}</span>
);

export function LoginPage() {
  const t = useT();
  const { session, signIn } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const expired = sessionStore.endReason() === "expired";
  const [login, { loading, error, reset }] = useMutation(LoginDocument);
  // A card's look without antd's Card, which brings Tabs, Dropdown and Menu (18 KB gzipped) to the first page.
  const { token } = theme.useToken();

  if (session) return <Navigate to={fromOf(location.state)} replace />;

  const badCredentials = apiErrorFacts(error).some((f) => f.code === "UNAUTHENTICATED" || f.code === "BAD_USER_INPUT");

  const onFinish = async (values: LoginValues) => {
    const result = await login({ variables: { username: values.username.trim(), password: values.password } }).catch(
      () => null,
    );
    const payload = result?.data?.login;
    if (!payload) return;
    signIn({ token: payload.token, expiresAt: payload.expiresAt, user: payload.user });
    void navigate(fromOf(location.state), { replace: true });
  };

  return (
    // The page's main landmark; headings descend one level at a time; each label names its input (htmlFor: the inputs
    // keep their short ids, which Form.Item would otherwise prefix with the form name).
    <main style={{ minHeight: "100vh", display: "grid", placeItems: "center", background: "#f0f2f5", padding: 16 }}>
      <div
        style={{
          width: "100%",
          maxWidth: 400,
          background: token.colorBgContainer,
          border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
          padding: token.paddingLG,
        }}
      >
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
            <Typography.Title level={2} style={{ margin: 0 }}>
              {t("app.name")}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Text type="secondary">{t("app.tagline")}</Typography.Text>
          <Typography.Title level={3} style={{ margin: 0, fontSize: 20 }}>
            {t("auth.title")}
          </Typography.Title>
          {expired && !error && <Alert type="warning" showIcon title={t("auth.sessionExpired")} data-testid="session-expired" />}
          {error &&
            (badCredentials ? (
              <Alert type="error" showIcon role="alert" title={t("auth.badCredentials")} data-testid="login-error" />
            ) : (
              <ApiErrorAlert error={error} testId="login-error" />
            ))}
          <Form<LoginValues> layout="vertical" name="login" onFinish={onFinish} onValuesChange={() => error && reset()} requiredMark={false}>
            <Form.Item
              label={t("auth.username")}
              name="username"
              htmlFor="username"
              rules={[{ required: true, whitespace: true, message: t("auth.usernameRequired") }]}
            >
              <Input id="username" autoComplete="username" prefix={<UserOutlined />} autoFocus />
            </Form.Item>
            <Form.Item label={t("auth.password")} name="password" htmlFor="password" rules={[{ required: true, message: t("auth.passwordRequired") }]}>
              <Input.Password id="password" autoComplete="current-password" prefix={<LockOutlined />} iconRender={visibilityIcon} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
              {t("auth.submit")}
            </Button>
          </Form>
          <Alert type="info" title={t("auth.demoTitle")} description={t("auth.demoHint")} data-testid="demo-hint" />
        </Space>
      </div>
    </main>
  );
}
