import { useRef, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { Alert, App, Form, Input, Modal, Space, Typography } from "antd";
import { DecideProposalDocument, type ProposalItemFragment } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { useFormProblems } from "../../../ui/use-form-problems";
import { checkReturnReason } from "../lib/needs-forms";
import { evictProposals } from "./evict-needs";

const FIELDS = ["reason"] as const;

/** Return a proposal to its unit: a reason is required, and the unit sees it. Rendered only while open. */
export function ReturnProposalModal({ proposal, onClose }: { readonly proposal: ProposalItemFragment; readonly onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [reason, setReason] = useState("");
  // The check runs in the change handler, before the state has been re-rendered.
  const latest = useRef("");
  const problems = useFormProblems(FIELDS, () => checkReturnReason(latest.current));
  const [decide, deciding] = useMutation(DecideProposalDocument, { update: evictProposals });

  const submit = async () => {
    if (!problems.validateAll()) return;
    try {
      await decide({ variables: { input: { id: proposal.id, version: proposal.version, decision: "RETURN", reason: reason.trim() } } });
      void message.success(t("proposals.returned", { title: proposal.title }));
      onClose();
    } catch (e) {
      problems.serverFailed(e);
    }
  };

  const general = [...new Set(problems.general.map((f) => errorMessage(t, f)))];

  return (
    <Modal
      open
      title={t("proposals.returnTitle", { title: proposal.title })}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t("proposals.return")}
      cancelText={t("common.cancel")}
      confirmLoading={deciding.loading}
      okButtonProps={{ danger: true, "data-testid": "proposal-return-confirm" }}
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="proposal-return-form">
        <Typography.Text type="secondary">{t("proposals.returnHint")}</Typography.Text>
        {general.length > 0 && <Alert type="error" showIcon role="alert" data-testid="proposal-return-error" title={general.join(" · ")} />}
        <Form layout="vertical">
          <Form.Item label={t("proposals.field.reason")} required {...problems.feedback("reason")}>
            <Input.TextArea
              id="reason"
              data-testid="reason"
              rows={4}
              value={reason}
              onChange={(e) => {
                latest.current = e.target.value;
                setReason(e.target.value);
                problems.changed(["reason"]);
              }}
              onBlur={problems.leave("reason")}
            />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
