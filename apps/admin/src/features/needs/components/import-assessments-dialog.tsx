import { useMutation } from "@apollo/client/react";
import { Descriptions } from "antd";
import { ImportAssessmentsDocument, type ImportAssessmentsMutation } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ImportDialog } from "../../../ui/import-dialog";
import { IMPORT_ACCEPT, isImportFileName } from "../../../ui/import-files";
import { assessmentTemplateCsv } from "../lib/assessment-import-template";
import { evictNeedsResults } from "./evict-needs";

type ImportResult = ImportAssessmentsMutation["importAssessments"];

interface ImportAssessmentsDialogProps {
  readonly year: number;
  readonly onClose: () => void;
}

/**
 * Import assessed levels from CSV or XLSX for one cycle year, as the employees import does: a dry run
 * first (nothing is written), then the import itself; all or nothing. Rendered only while open.
 */
export function ImportAssessmentsDialog({ year, onClose }: ImportAssessmentsDialogProps) {
  const t = useT();
  const [mutate] = useMutation(ImportAssessmentsDocument);

  const run = async (fileName: string, contentBase64: string, dryRun: boolean) => {
    const result = await mutate({
      variables: { input: { year, fileName, contentBase64, dryRun } },
      update: dryRun ? undefined : evictNeedsResults,
    });
    return result.data?.importAssessments;
  };

  const counts = (result: ImportResult) => (
    <Descriptions size="small" column={2}>
      <Descriptions.Item label={t("import.count.rows")}>
        <span data-testid="import-count-rows">{result.totalRows}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t("assessmentImport.count.created")}>
        <span data-testid="import-count-created">{result.created}</span>
      </Descriptions.Item>
    </Descriptions>
  );

  return (
    <ImportDialog<ImportResult>
      title={t("assessmentImport.title", { year })}
      policy={t("assessmentImport.policy")}
      columnsText={t("assessmentImport.columns")}
      accept={IMPORT_ACCEPT}
      isFileName={isImportFileName}
      run={run}
      renderCounts={counts}
      template={{ fileName: "bina-template-penilaian-kompetensi.csv", build: assessmentTemplateCsv }}
      onClose={onClose}
    />
  );
}
