import { type ReactNode } from "react";
import { ApolloProvider } from "@apollo/client/react";
import { App as AntApp, ConfigProvider } from "antd";
// The ES modules of the locales (antd/locale/* are CommonJS and pull in the CommonJS builds of their parts).
import enUS from "antd/es/locale/en_US";
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

const ANTD_LOCALES = { id: idID, en: enUS } as const;

function AntdConfig({ children }: { readonly children: ReactNode }) {
  const { language } = useLanguage();
  return (
    <ConfigProvider locale={ANTD_LOCALES[language]} theme={{ token: { colorPrimary: "#1d6f42" } }}>
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
