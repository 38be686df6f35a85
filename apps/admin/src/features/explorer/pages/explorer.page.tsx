import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { useMemo, useState } from "react";
import { useQuery } from "@apollo/client/react";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { Flex, Select, Space, Tag, Typography } from "antd";
import { GraphiQL } from "graphiql";
import { useAuth } from "../../../session/auth-context";
import { ExplorerSamplesDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ExampleLoader, type ExampleRequest } from "../components/example-loader";
import { exampleQueries, type ExampleId } from "../lib/example-queries";

/**
 * GraphiQL, bundled (Monaco and its workers included: no CDN), signed in as the current user,
 * with the schema documentation and saved examples.
 */
export default function ExplorerPage() {
  const t = useT();
  const { session, user } = useAuth();
  const token = session?.token ?? null;
  const { data } = useQuery(ExplorerSamplesDocument, { fetchPolicy: "cache-first" });

  const examples = useMemo(
    () =>
      exampleQueries({
        unitId: data?.units.find((u) => u.kind === "OPD")?.id ?? data?.units[0]?.id ?? null,
        employeeId: data?.employees.edges[0]?.node.id ?? null,
        cycleYear: data ? Math.max(...data.assessmentCycles.map((c) => c.year), 0) || null : null,
        planYear: null,
      }),
    [data],
  );
  const [picked, setPicked] = useState<ExampleId | null>(null);
  const [request, setRequest] = useState<ExampleRequest | null>(null);

  const fetcher = useMemo(
    () =>
      createGraphiQLFetcher({
        url: `${window.location.origin}/graphql`,
        headers: token ? { Authorization: `Bearer ${token}` } : {},
      }),
    [token],
  );

  const load = (id: ExampleId) => {
    const example = examples.find((e) => e.id === id);
    if (!example) return;
    setPicked(id);
    setRequest({ query: example.query, variables: example.variables });
  };

  // The first tab opens with an example that needs no variables.
  const first = examples.find((e) => e.id === "unitsWithCounts");

  return (
    <Flex vertical gap="small" style={{ height: "calc(100vh - 112px)", minHeight: 480 }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space orientation="vertical" size={0}>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t("nav.explorer")}
          </Typography.Title>
          <Typography.Text type="secondary">{t("explorer.intro")}</Typography.Text>
        </Space>
        <Space wrap>
          <label htmlFor="explorer-example">{t("explorer.examples")}</label>
          <Select<ExampleId>
            id="explorer-example"
            data-testid="explorer-example"
            placeholder={t("explorer.pickExample")}
            value={picked ?? undefined}
            onChange={load}
            style={{ width: 320 }}
            options={examples.map((e) => ({
              value: e.id,
              label: (
                <Space size="small">
                  <span>{t(`explorer.example.${e.id}`)}</span>
                  {e.adminOnly && <Tag>{t("explorer.adminOnly")}</Tag>}
                </Space>
              ),
              title: t(`explorer.example.${e.id}.description`),
              disabled: e.adminOnly && user?.role !== "ADMIN",
            }))}
          />
        </Space>
      </Flex>
      <div style={{ flex: 1, minHeight: 0, border: "1px solid #f0f0f0", borderRadius: 8, overflow: "hidden" }} data-testid="graphiql">
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={first?.query ?? ""}
          defaultEditorToolsVisibility="variables"
          forcedTheme="light"
          shouldPersistHeaders={false}
          isHeadersEditorEnabled
        >
          <GraphiQL.Logo>{t("app.name")}</GraphiQL.Logo>
          <GraphiQL.Toolbar>
            {({ prettify, merge, copy }) => (
              <>
                {prettify}
                {merge}
                {copy}
                <ExampleLoader request={request} />
              </>
            )}
          </GraphiQL.Toolbar>
        </GraphiQL>
      </div>
    </Flex>
  );
}
