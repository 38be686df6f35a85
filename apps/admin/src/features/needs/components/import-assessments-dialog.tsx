import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, Button, Descriptions, Modal, Space, Steps, Table, Typography, Upload } from "antd";
import type { TableColumnsType } from "antd";
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { ImportAssessmentsDocument, type ImportAssessmentsMutation } from "../../../gql/graphql";
import { importRowErrorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { downloadTextFile } from "../../../ui/download-text-file";
import { readFileBase64 } from "../../../ui/read-file-base64";
import { IMPORT_ACCEPT, isImportFileName } from "../../organization/lib/import-template";
import { assessmentTemplateCsv } from "../lib/assessment-import-template";
import { evictNeedsResults } from "./evict-needs";

type ImportResult = ImportAssessmentsMutation["importAssessments"];
type RowError = ImportResult["errors"][number];

interface ImportAssessmentsDialogProps {
  readonly year: number;
  readonly onClose: () => void;
}

interface PickedFile {
  readonly name: string;
  readonly contentBase64: string;
}

/**
 * Import assessed levels from CSV or XLSX for one cycle year, as the employees import does: a dry run
 * first (nothing is written), then the import itself; all or nothing. Rendered only while open.
 */
export function ImportAssessmentsDialog({ year, onClose }: ImportAssessmentsDialogProps) {
  const t = useT();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState<ImportResult | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const [run, { loading, error, reset }] = useMutation(ImportAssessmentsDocument);

  const pick = async (picked: File) => {
    setFile(null);
    setFileProblem(null);
    setChecked(null);
    setImported(null);
    reset();
    if (!isImportFileName(picked.name)) {
      setFileProblem(t("import.wrongFileType"));
      return;
    }
    try {
      setFile({ name: picked.name, contentBase64: await readFileBase64(picked) });
    } catch {
      setFileProblem(t("import.unreadable"));
    }
  };

  const submit = async (dryRun: boolean) => {
    if (!file) return;
    const result = await run({
      variables: { input: { year, fileName: file.name, contentBase64: file.contentBase64, dryRun } },
      update: dryRun ? undefined : evictNeedsResults,
    }).catch(() => null);
    const payload = result?.data?.importAssessments;
    if (!payload) return;
    if (dryRun || payload.errors.length > 0) setChecked(payload);
    else setImported(payload);
  };

  const columns: TableColumnsType<RowError> = [
    { key: "row", title: t("import.column.row"), dataIndex: "row", width: 80 },
    { key: "field", title: t("import.column.field"), dataIndex: "field", width: 160, render: (f: string | null) => f ?? t("common.none") },
    {
      key: "message",
      title: t("import.column.message"),
      render: (_, e) => (
        <Space orientation="vertical" size={0}>
          <span>{importRowErrorMessage(t, e)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.code}: {e.message}
          </Typography.Text>
        </Space>
      ),
    },
  ];

  const step = imported ? 2 : checked && checked.errors.length === 0 ? 1 : 0;
  const canImport = !!file && !!checked && checked.errors.length === 0 && !imported;
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
    <Modal
      open
      title={t("assessmentImport.title", { year })}
      onCancel={onClose}
      width={820}
      footer={
        <Space>
          <Button onClick={onClose}>{imported ? t("common.close") : t("common.cancel")}</Button>
          {!imported && (
            <Button onClick={() => void submit(true)} disabled={!file || loading} loading={loading && !canImport} data-testid="import-dry-run">
              {t("import.dryRun")}
            </Button>
          )}
          {!imported && (
            <Button type="primary" onClick={() => void submit(false)} disabled={!canImport || loading} loading={loading && canImport} data-testid="import-confirm">
              {t("import.confirm")}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="import-dialog">
        <Steps size="small" current={step} items={[{ title: t("import.step.check") }, { title: t("import.step.confirm") }, { title: t("import.step.done") }]} />
        <Alert type="info" showIcon title={t("import.policyTitle")} description={t("assessmentImport.policy")} data-testid="import-policy" />
        <Space wrap>
          <Typography.Text>{t("assessmentImport.columns")}</Typography.Text>
          <Button
            type="link"
            icon={<DownloadOutlined />}
            onClick={() => downloadTextFile("bina-template-penilaian-kompetensi.csv", assessmentTemplateCsv())}
            data-testid="import-template"
          >
            {t("import.template")}
          </Button>
        </Space>
        <Upload.Dragger
          accept={IMPORT_ACCEPT}
          multiple={false}
          maxCount={1}
          showUploadList={false}
          beforeUpload={(picked) => {
            void pick(picked);
            return false; // read in the browser; nothing is uploaded until the dry run
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{file ? file.name : t("import.pick")}</p>
          <p className="ant-upload-hint">{t("import.pickHint")}</p>
        </Upload.Dragger>
        {fileProblem && <Alert type="error" showIcon title={fileProblem} />}
        <ApiErrorAlert error={error} testId="import-error" />
        {checked && checked.errors.length > 0 && (
          <>
            <Alert
              type="error"
              showIcon
              data-testid="import-has-errors"
              title={t("import.errorsTitle", { count: checked.errors.length, rows: checked.totalRows })}
              description={t("import.nothingImported")}
            />
            <Table<RowError>
              data-testid="import-errors"
              size="small"
              rowKey={(e) => `${e.row}:${e.field ?? ""}:${e.code}`}
              columns={columns}
              dataSource={checked.errors}
              pagination={checked.errors.length > 10 ? { pageSize: 10 } : false}
            />
          </>
        )}
        {checked && checked.errors.length === 0 && !imported && (
          <Alert type="success" showIcon data-testid="import-ready" title={t("import.readyTitle")} description={counts(checked)} />
        )}
        {imported && <Alert type="success" showIcon data-testid="import-done" title={t("import.doneTitle")} description={counts(imported)} />}
      </Space>
    </Modal>
  );
}
