import { type ReactNode } from "react";
import { ApolloProvider } from "@apollo/client/react";
import { App as AntApp, ConfigProvider, type ThemeConfig } from "antd";
// The ES module of the locale (antd/locale/* are CommonJS and pull in the CommonJS builds of their parts).
import idID from "antd/es/locale/id_ID";
import { I18nProvider, useLanguage } from "../i18n/i18n-context";
import { createApolloClient } from "./apollo-client";
import { AuthProvider } from "../session/auth-context";
import { sessionStore } from "../session/session-store";

const apolloClient = createApolloClient({
  getToken: sessionStore.token,
  onUnauthenticated: () => {
    sessionStore.clear("expired");
    // After the failing operation has settled: drop what the previous session could see.
    window.setTimeout(() => void apolloClient.clearStore(), 0);
  },
});

// English is antd's own default: no locale to load for it.
const ANTD_LOCALES = { id: idID, en: undefined } as const;

/**
 * The theme: Bina's green, and text colours that reach WCAG AA (4.5:1 on white) where antd's defaults do not:
 * placeholders (antd: 25% black, 1.8:1), secondary text and the menu's group titles (45% black, 3.4:1), the selected
 * menu item (a darker green on a lighter tint), links (antd's #1677ff, 4.1:1), green tags (green-7 on green-1, 3.4:1;
 * a darker green seed) and a table's empty text (antd's disabled grey, 1.8:1).
 */
const THEME: ThemeConfig = {
  token: {
    colorPrimary: "#1d6f42",
    colorLink: "#0958d9",
    green: "#237804",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.57)",
    colorTextDescription: "rgba(0, 0, 0, 0.6)",
    colorTextTertiary: "rgba(0, 0, 0, 0.6)",
  },
  components: {
    Menu: { groupTitleColor: "rgba(0, 0, 0, 0.65)", itemSelectedColor: "#14532f", itemSelectedBg: "#e6f2ea" },
    Table: { colorTextDisabled: "rgba(0, 0, 0, 0.6)" },
  },
};

function AntdConfig({ children }: { readonly children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Language, antd (locale, theme, message/modal context), Apollo and the signed-in session. */
export function AppProviders({ children }: { readonly children: ReactNode }) {
  return (
    <I18nProvider>
      <AntdConfig>
        <ApolloProvider client={apolloClient}>
          <AuthProvider>{children}</AuthProvider>
        </ApolloProvider>
      </AntdConfig>
    </I18nProvider>
  );
}
