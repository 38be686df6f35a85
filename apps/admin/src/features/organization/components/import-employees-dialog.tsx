import { useMutation } from "@apollo/client/react";
import { Descriptions } from "antd";
import { ImportEmployeesDocument, type ImportEmployeesMutation } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ImportDialog } from "../../../ui/import-dialog";
import { IMPORT_ACCEPT, isImportFileName } from "../../../ui/import-files";
import { importTemplateCsv } from "../lib/import-template";
import { evictEmployeeLists } from "./evict-lists";

type ImportResult = ImportEmployeesMutation["importEmployees"];

interface ImportEmployeesDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onImported: () => void;
}

/**
 * Import employees from CSV or XLSX: a dry run first (nothing is written), then the import itself.
 * All or nothing: one bad row and no row is imported.
 */
export function ImportEmployeesDialog({ open, onClose, onImported }: ImportEmployeesDialogProps) {
  const t = useT();
  const [mutate] = useMutation(ImportEmployeesDocument);

  const run = async (fileName: string, contentBase64: string, dryRun: boolean) => {
    const result = await mutate({
      variables: { input: { fileName, contentBase64, dryRun } },
      update: dryRun ? undefined : evictEmployeeLists,
    });
    return result.data?.importEmployees;
  };

  return (
    <ImportDialog<ImportResult>
      open={open}
      destroyOnHidden
      title={t("import.title")}
      policy={t("import.policy")}
      columnsText={t("import.columns")}
      accept={IMPORT_ACCEPT}
      isFileName={isImportFileName}
      run={run}
      renderCounts={(result) => <ImportCounts result={result} />}
      template={{ fileName: "bina-template-pegawai.csv", build: importTemplateCsv }}
      onClose={onClose}
      onImported={onImported}
    />
  );
}

function ImportCounts({ result }: { readonly result: ImportResult }) {
  const t = useT();
  return (
    <Descriptions size="small" column={3}>
      <Descriptions.Item label={t("import.count.rows")}>
        <span data-testid="import-count-rows">{result.totalRows}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t("import.count.created")}>
        <span data-testid="import-count-created">{result.created}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t("import.count.updated")}>
        <span data-testid="import-count-updated">{result.updated}</span>
      </Descriptions.Item>
    </Descriptions>
  );
}
