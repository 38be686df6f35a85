import { useState } from "react";
import { useApolloClient } from "@apollo/client/react";
import { App, Button } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import { BudgetRealisationXlsxDocument } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { downloadBase64File } from "../lib/base64-file";

/**
 * Downloads the year's realisation report (laporan realisasi anggaran) as the API builds it: an XLSX per account code,
 * per programme and per month, for the unit chosen (an operator's own units). Asked only when clicked, never cached.
 */
export function RealisationDownload({ year, unitId }: { readonly year: number; readonly unitId: string | null }) {
  const t = useT();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { data } = await client.query({ query: BudgetRealisationXlsxDocument, variables: { fiscalYear: year, unitId }, fetchPolicy: "no-cache" });
      const file = data?.budgetRealisationXlsx;
      if (file) downloadBase64File(file, `realisasi-anggaran-${year}.xlsx`);
    } catch (e) {
      void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()} data-testid="budget-xlsx">
      {t("budget.overview.xlsx")}
    </Button>
  );
}
