import { useState, type ReactNode } from "react";
import { Alert, Button, Modal, Space, Steps, Table, Typography, Upload } from "antd";
import type { TableColumnsType } from "antd";
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { importRowErrorMessage } from "../i18n/errors";
import { useT } from "../i18n/i18n-context";
import { ApiErrorAlert } from "./api-error-alert";
import { downloadTextFile } from "./download-text-file";
import { readFileBase64 } from "./read-file-base64";

/** One refused row of an import file, as the API reports it. */
export interface ImportRowError {
  readonly row: number;
  readonly field?: string | null;
  readonly code: string;
  readonly message: string;
}

/** What an import (or its dry run) answers: at least the row count and the refused rows. */
export interface ImportResultLike {
  readonly totalRows: number;
  readonly errors: readonly ImportRowError[];
}

export interface ImportDialogProps<R extends ImportResultLike> {
  /** Defaults to true (for dialogs rendered only while open). */
  readonly open?: boolean;
  readonly destroyOnHidden?: boolean;
  readonly title: ReactNode;
  /** The all-or-nothing policy shown under the steps. */
  readonly policy: ReactNode;
  /** The expected columns, shown next to the template link. */
  readonly columnsText: ReactNode;
  /** The `accept` attribute of the file picker. */
  readonly accept: string;
  /** Whether a picked file's name is one the import reads. */
  readonly isFileName: (name: string) => boolean;
  /** Runs the import (or its dry run); resolves with its result, rejects with the request error. */
  readonly run: (fileName: string, contentBase64: string, dryRun: boolean) => Promise<R | null | undefined>;
  /** The counts of a clean dry run or of the import. */
  readonly renderCounts: (result: R) => ReactNode;
  readonly template: { readonly fileName: string; readonly build: () => string };
  /** Prefix of every `data-testid` of the dialog (`<prefix>-dialog`, `<prefix>-dry-run`, …). */
  readonly testIdPrefix?: string;
  readonly onClose: () => void;
  readonly onImported?: (result: R) => void;
}

interface PickedFile {
  readonly name: string;
  readonly contentBase64: string;
}

/**
 * Import from a CSV or XLSX file: a dry run first (nothing is written), then the import itself.
 * All or nothing: one bad row and no row is imported.
 */
export function ImportDialog<R extends ImportResultLike>({
  open = true,
  destroyOnHidden,
  title,
  policy,
  columnsText,
  accept,
  isFileName,
  run,
  renderCounts,
  template,
  testIdPrefix = "import",
  onClose,
  onImported,
}: ImportDialogProps<R>) {
  const t = useT();
  const [file, setFile] = useState<PickedFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState<R | null>(null);
  const [imported, setImported] = useState<R | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const id = (name: string) => `${testIdPrefix}-${name}`;

  const clear = () => {
    setFile(null);
    setFileProblem(null);
    setChecked(null);
    setImported(null);
    setError(null);
  };

  const close = () => {
    clear();
    onClose();
  };

  const pick = async (picked: File) => {
    clear();
    if (!isFileName(picked.name)) {
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
    setLoading(true);
    setError(null);
    let payload: R | null | undefined;
    try {
      payload = await run(file.name, file.contentBase64, dryRun);
    } catch (e) {
      setError(e);
      return;
    } finally {
      setLoading(false);
    }
    if (!payload) return;
    if (dryRun || payload.errors.length > 0) {
      // After a dry run, or when the file changed meaning since the check (someone else edited data): show why.
      setChecked(payload);
    } else {
      setImported(payload);
      onImported?.(payload);
    }
  };

  const columns: TableColumnsType<ImportRowError> = [
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

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      width={820}
      destroyOnHidden={destroyOnHidden}
      footer={
        <Space>
          <Button onClick={close}>{imported ? t("common.close") : t("common.cancel")}</Button>
          {!imported && (
            <Button onClick={() => void submit(true)} disabled={!file || loading} loading={loading && !canImport} data-testid={id("dry-run")}>
              {t("import.dryRun")}
            </Button>
          )}
          {!imported && (
            <Button type="primary" onClick={() => void submit(false)} disabled={!canImport || loading} loading={loading && canImport} data-testid={id("confirm")}>
              {t("import.confirm")}
            </Button>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid={id("dialog")}>
        <Steps size="small" current={step} items={[{ title: t("import.step.check") }, { title: t("import.step.confirm") }, { title: t("import.step.done") }]} />
        <Alert type="info" showIcon title={t("import.policyTitle")} description={policy} data-testid={id("policy")} />
        <Space wrap>
          <Typography.Text>{columnsText}</Typography.Text>
          <Button type="link" icon={<DownloadOutlined />} onClick={() => downloadTextFile(template.fileName, template.build())} data-testid={id("template")}>
            {t("import.template")}
          </Button>
        </Space>
        <Upload.Dragger
          accept={accept}
          multiple={false}
          maxCount={1}
          showUploadList={false}
          beforeUpload={(picked) => {
            void pick(picked);
            return false; // read in the browser; nothing is uploaded until the dry run
          }}
          data-testid={id("file")}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{file ? file.name : t("import.pick")}</p>
          <p className="ant-upload-hint">{t("import.pickHint")}</p>
        </Upload.Dragger>
        {fileProblem && <Alert type="error" showIcon title={fileProblem} />}
        <ApiErrorAlert error={error} testId={id("error")} />
        {checked && checked.errors.length > 0 && (
          <>
            <Alert
              type="error"
              showIcon
              data-testid={id("has-errors")}
              title={t("import.errorsTitle", { count: checked.errors.length, rows: checked.totalRows })}
              description={t("import.nothingImported")}
            />
            <Table<ImportRowError>
              data-testid={id("errors")}
              size="small"
              rowKey={(e) => `${e.row}:${e.field ?? ""}:${e.code}`}
              columns={columns}
              dataSource={[...checked.errors]}
              pagination={checked.errors.length > 10 ? { pageSize: 10 } : false}
            />
          </>
        )}
        {checked && checked.errors.length === 0 && !imported && (
          <Alert type="success" showIcon data-testid={id("ready")} title={t("import.readyTitle")} description={renderCounts(checked)} />
        )}
        {imported && <Alert type="success" showIcon data-testid={id("done")} title={t("import.doneTitle")} description={renderCounts(imported)} />}
      </Space>
    </Modal>
  );
}
