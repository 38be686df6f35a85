import { useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { Alert, App, Button, Empty, List, Modal, Space, Typography, Upload } from "antd";
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { AttachSpendingDocumentDocument, SpendingAttachmentFileDocument, type SpendingItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { readFileBase64 } from "../../../ui/read-file-base64";
import { useNumberFormat } from "../../../ui/use-number-format";
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_FILES, attachmentProblem, fileSizeParts, type AttachmentProblem } from "../lib/attachment-file";
import { downloadBase64File } from "../lib/base64-file";

interface SpendingAttachmentsModalProps {
  readonly spending: SpendingItemFragment;
  /** Whether the user may attach documents (administrators and operators, on an entry not cancelled). */
  readonly canAttach: boolean;
  readonly onClose: () => void;
}

const MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

/**
 * The supporting documents of a spending entry (receipts, the SPJ): the list with each file's size and date, a download
 * of each (its content fetched when asked), and an upload of a PDF, PNG or JPEG of at most 2 MB, five per entry. The
 * file's first bytes are checked here first; the server checks them again.
 */
export function SpendingAttachmentsModal({ spending, canAttach, onClose }: SpendingAttachmentsModalProps) {
  const t = useT();
  const number = useNumberFormat();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [problem, setProblem] = useState<{ readonly name: string; readonly problem: AttachmentProblem } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState<string | null>(null);
  const [attach, attaching] = useMutation(AttachSpendingDocumentDocument, { refetchQueries: ["BudgetLineDetail"], awaitRefetchQueries: true });
  const attachments = spending.attachments;
  const size = (bytes: number) => {
    const parts = fileSizeParts(bytes);
    return `${number(parts.value, parts.digits)} ${parts.unit}`;
  };

  const upload = async (file: File) => {
    setProblem(null);
    setError(null);
    const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
    const found = attachmentProblem({ size: file.size, head }, attachments.length);
    if (found) {
      setProblem({ name: file.name, problem: found });
      return;
    }
    try {
      await attach({ variables: { input: { spendingId: spending.id, fileName: file.name, contentBase64: await readFileBase64(file) } } });
      void message.success(t("budget.attachment.added", { name: file.name }));
    } catch (e) {
      setError(e);
    }
  };

  const download = async (id: string, fileName: string) => {
    setError(null);
    setDownloading(id);
    try {
      const { data } = await client.query({ query: SpendingAttachmentFileDocument, variables: { id }, fetchPolicy: "network-only" });
      if (data?.spendingAttachment) downloadBase64File(data.spendingAttachment, fileName);
    } catch (e) {
      setError(e);
    } finally {
      setDownloading(null);
    }
  };

  return (
    <Modal open title={t("budget.attachment.title", { document: spending.documentNumber })} onCancel={onClose} footer={null} width={640}>
      <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="spending-attachments">
        <ApiErrorAlert error={error} testId="attachment-error" />
        {problem && (
          <Alert type="error" showIcon role="alert" data-testid="attachment-problem" title={t(`budget.attachment.problem.${problem.problem}`, { name: problem.name, size: MB, files: ATTACHMENT_MAX_FILES })} />
        )}
        {attachments.length === 0 ? (
          <Empty description={t("budget.attachment.none")} />
        ) : (
          <List
            size="small"
            data-testid="attachment-list"
            dataSource={[...attachments]}
            renderItem={(a) => (
              <List.Item
                actions={[
                  <Button
                    key="download"
                    size="small"
                    icon={<DownloadOutlined />}
                    loading={downloading === a.id}
                    onClick={() => void download(a.id, a.fileName)}
                    data-testid="attachment-download"
                    aria-label={t("budget.attachment.download", { name: a.fileName })}
                  />,
                ]}
              >
                <Space size="small" wrap>
                  <PaperClipOutlined />
                  <Typography.Text data-testid="attachment-name">{a.fileName}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t("budget.attachment.meta", { size: size(a.size), date: dayjs(a.createdAt).format(t("format.dateTime")) })}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
        {canAttach && (
          <Space orientation="vertical" size={4}>
            <Upload
              accept={ATTACHMENT_ACCEPT}
              showUploadList={false}
              disabled={attaching.loading || attachments.length >= ATTACHMENT_MAX_FILES}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={attaching.loading} disabled={attachments.length >= ATTACHMENT_MAX_FILES} data-testid="attachment-pick">
                {t("budget.attachment.pick")}
              </Button>
            </Upload>
            <Typography.Text type="secondary">{t("budget.attachment.help", { size: MB, files: ATTACHMENT_MAX_FILES })}</Typography.Text>
          </Space>
        )}
      </Space>
    </Modal>
  );
}
