import { useEffect, useState } from "react";
import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Button, Descriptions, Drawer, Form, Image, Input, List, Modal, Popconfirm, Space, Tag, Typography } from "antd";
import { CheckOutlined, CloseOutlined, DownloadOutlined, EyeOutlined } from "@ant-design/icons";
import { formatNip } from "@bina/domain";
import dayjs from "dayjs";
import { LearningEvidenceContentDocument, RejectLearningRecordDocument, VerifyLearningRecordDocument, type LearningRecordDetailFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { useNumberFormat } from "../../../ui/use-number-format";
import { ActivitySummary } from "./activity-summary";
import { evictComplianceResults } from "./evict-compliance";
import { base64Blob, downloadBlob } from "./evidence-file";

interface RecordReviewProps {
  readonly record: LearningRecordDetailFragment;
  /** Administrators decide; analysts only read. */
  readonly canDecide: boolean;
  readonly onClose: () => void;
  /** After a decision, or when the record was decided by someone else (CONFLICT): the queue reloads. */
  readonly onDone: () => void;
}

const REASON_FIELDS = ["reason"] as const;

/** A record of the queue in full: its details, credited JP, evidence (download, preview) and the decision. */
export function RecordReview({ record, canDecide, onClose, onDone }: RecordReviewProps) {
  const t = useT();
  const number = useNumberFormat();
  const client = useApolloClient();
  const { message } = App.useApp();
  const [verify, verifying] = useMutation(VerifyLearningRecordDocument, { update: evictComplianceResults });
  const [reject, rejecting] = useMutation(RejectLearningRecordDocument, { update: evictComplianceResults });
  const [rejectOpen, setRejectOpen] = useState(false);
  const [preview, setPreview] = useState<{ readonly name: string; readonly url: string } | null>(null);
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const problems = useFormProblems(REASON_FIELDS, () => {
    const reason = String(reasonForm.getFieldValue("reason") ?? "").trim();
    return reason.length < 3 ? { reason: { key: "compliance.decision.reasonRequired" } } : {};
  });
  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview.url);
  }, [preview]);

  const date = (iso: string) => dayjs(iso).format(t("format.date"));
  const jp = number(record.creditedJp);

  /** A CONFLICT (stale version, already decided) says so and reloads the queue; anything else shows its message. */
  const failed = (e: unknown) => {
    const facts = apiErrorFacts(e);
    if (facts.some((f) => f.code === "CONFLICT")) {
      void message.error(t("compliance.decision.conflict"));
      onDone();
      return;
    }
    void message.error(errorMessage(t, facts[0] ?? { message: "" }));
  };

  const onVerify = async () => {
    try {
      await verify({ variables: { input: { id: record.id, version: record.version } } });
      void message.success(t("compliance.decision.verified", { jp, name: record.employee.name }));
      onDone();
    } catch (e) {
      failed(e);
    }
  };

  const onReject = async () => {
    const reason = String(reasonForm.getFieldValue("reason") ?? "");
    try {
      await reject({ variables: { input: { id: record.id, version: record.version, reason } } });
    } catch (e) {
      if (apiErrorFacts(e).some((f) => f.code === "CONFLICT")) {
        setRejectOpen(false);
        failed(e);
        return;
      }
      throw e;
    }
    void message.success(t("compliance.decision.rejected"));
    setRejectOpen(false);
    onDone();
  };

  const evidenceBlob = async (evidenceId: string): Promise<{ name: string; blob: Blob } | null> => {
    try {
      const { data } = await client.query({ query: LearningEvidenceContentDocument, variables: { id: record.id }, fetchPolicy: "network-only" });
      const file = data?.learningRecord.evidence.find((e) => e.id === evidenceId);
      return file ? { name: file.fileName, blob: base64Blob(file.contentBase64, file.mediaType) } : null;
    } catch (e) {
      failed(e);
      return null;
    }
  };

  const onDownload = async (evidenceId: string) => {
    const file = await evidenceBlob(evidenceId);
    if (file) downloadBlob(file.name, file.blob);
  };

  const onPreview = async (evidenceId: string, mediaType: string) => {
    const file = await evidenceBlob(evidenceId);
    if (!file) return;
    const url = URL.createObjectURL(file.blob);
    // The app's policy allows blob: images in the page; a PDF opens in the browser's own viewer, in a new tab.
    if (mediaType === "application/pdf") {
      window.open(url, "_blank", "noopener");
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } else {
      setPreview({ name: file.name, url });
    }
  };

  return (
    <Drawer
      open
      size={640}
      onClose={onClose}
      title={t("compliance.record.detailTitle", { title: record.title })}
      data-testid="record-review"
      extra={
        canDecide ? (
          <Space>
            {/* Not antd's red "danger" style: its text fails WCAG AA contrast on white (the dialog that follows says it). */}
            <Button icon={<CloseOutlined />} onClick={() => setRejectOpen(true)} data-testid="record-reject">
              {t("compliance.decision.reject")}
            </Button>
            <Popconfirm
              title={t("compliance.decision.verifyConfirm", { jp, name: record.employee.name })}
              okText={t("compliance.decision.verify")}
              cancelText={t("common.cancel")}
              okButtonProps={{ "data-testid": "record-verify-confirm", loading: verifying.loading }}
              onConfirm={onVerify}
            >
              <Button type="primary" icon={<CheckOutlined />} loading={verifying.loading} data-testid="record-verify">
                {t("compliance.decision.verify")}
              </Button>
            </Popconfirm>
          </Space>
        ) : null
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        {!canDecide && <Typography.Text type="secondary">{t("compliance.queue.adminsOnly")}</Typography.Text>}
        <Descriptions bordered column={1} size="small" data-testid="record-details">
          <Descriptions.Item label={t("compliance.record.employee")}>
            <span data-testid="record-employee">{record.employee.name}</span>{" "}
            <Typography.Text type="secondary">
              {formatNip(record.employee.nip)} · {t(`enum.EmploymentType.${record.employee.employmentType}`)} · {record.employee.unit.name}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t("compliance.record.kind")}>
            {t(`enum.DevelopmentKind.${record.kind}`)} <Tag>{t(`enum.DevelopmentRoute.${record.route}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t("compliance.record.title")}>{record.title}</Descriptions.Item>
          <Descriptions.Item label={t("compliance.record.period")}>
            {t("compliance.record.periodValue", { from: date(record.startedOn), to: date(record.endedOn) })}
          </Descriptions.Item>
          <Descriptions.Item label={t("compliance.record.activity")}>
            <ActivitySummary record={record} />
          </Descriptions.Item>
          <Descriptions.Item label={t("compliance.record.creditedJp")}>
            <Typography.Text strong data-testid="record-credited-jp">
              {jp}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t("compliance.queue.submittedAt")}>{dayjs(record.submittedAt).format(t("format.dateTime"))}</Descriptions.Item>
          <Descriptions.Item label={t("compliance.record.status")}>{t(`enum.LearningRecordStatus.${record.status}`)}</Descriptions.Item>
        </Descriptions>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t("compliance.record.evidence")}
        </Typography.Title>
        <List
          size="small"
          bordered
          dataSource={[...record.evidence]}
          data-testid="record-evidence"
          renderItem={(file) => (
            <List.Item
              // The evidence's bytes are for administrators (and the submitting operator) only: an analyst sees the names.
              actions={canDecide ? [
                <Button
                  key="preview"
                  size="small"
                  icon={<EyeOutlined />}
                  aria-label={t("compliance.evidence.preview", { name: file.fileName })}
                  onClick={() => void onPreview(file.id, file.mediaType)}
                  data-testid="evidence-preview"
                />,
                <Button
                  key="download"
                  size="small"
                  icon={<DownloadOutlined />}
                  aria-label={t("compliance.evidence.download", { name: file.fileName })}
                  onClick={() => void onDownload(file.id)}
                  data-testid="evidence-download"
                />,
              ] : []}
            >
              <span data-testid="evidence-name">{file.fileName}</span>{" "}
              <Typography.Text type="secondary">{t("compliance.evidence.size", { size: number(Math.ceil(file.size / 1024), 0) })}</Typography.Text>
            </List.Item>
          )}
        />
      </Space>
      {preview && (
        <Modal open footer={null} onCancel={() => setPreview(null)} title={t("compliance.evidence.previewTitle", { name: preview.name })} width={720}>
          <Image src={preview.url} alt={preview.name} preview={false} style={{ maxWidth: "100%" }} data-testid="evidence-image" />
        </Modal>
      )}
      {rejectOpen && (
        <FormModal
          title={t("compliance.decision.rejectTitle", { title: record.title })}
          okText={t("compliance.decision.reject")}
          danger
          problems={problems}
          submit={onReject}
          onClose={() => setRejectOpen(false)}
          loading={rejecting.loading}
          testIdPrefix="reject"
        >
          <Form form={reasonForm} layout="vertical" onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
            <Form.Item name="reason" label={t("compliance.decision.reason")} required extra={t("compliance.decision.reasonHelp")} {...problems.feedback("reason")}>
              <Input.TextArea id="reason" data-testid="reject-reason" rows={4} maxLength={500} showCount onBlur={problems.leave("reason")} />
            </Form.Item>
          </Form>
        </FormModal>
      )}
    </Drawer>
  );
}
