import { useRef, useState } from "react";
import { useMutation } from "@apollo/client/react";
import { App, Form, Input, Typography } from "antd";
import { DecideProposalDocument, type ProposalItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
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
    await decide({ variables: { input: { id: proposal.id, version: proposal.version, decision: "RETURN", reason: reason.trim() } } });
    void message.success(t("proposals.returned", { title: proposal.title }));
    onClose();
  };

  return (
    <FormModal
      title={t("proposals.returnTitle", { title: proposal.title })}
      okText={t("proposals.return")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={deciding.loading}
      testIdPrefix="proposal-return"
      danger
      hint={<Typography.Text type="secondary">{t("proposals.returnHint")}</Typography.Text>}
    >
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
    </FormModal>
  );
}
