import { useMutation } from "@apollo/client/react";
import { App, Descriptions, Form, Switch, Typography } from "antd";
import { checkRupiah } from "@bina/domain";
import { CreateCandidateFromProposalDocument, type ProposalItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { domainProblem, type FieldProblems } from "../../../ui/form-problems";
import { FormModal } from "../../../ui/form-modal";
import { RupiahInput } from "../../../ui/rupiah-input";
import { useFormProblems } from "../../../ui/use-form-problems";
import { evictProposalsAndCandidates } from "./evict-needs";
import { CompetencyLabel } from "./needs-tags";

const FIELDS = ["cost"] as const;

interface Values {
  cost?: number | null;
  mandatory?: boolean;
}

/** The estimated cost is the one thing a proposal does not say: the domain's whole-rupiah rule. */
const checkCost = (cost: number | null | undefined): FieldProblems<"cost"> => {
  const result = checkRupiah(cost, "cost");
  return result.ok ? {} : { cost: domainProblem(result.error) };
};

/**
 * Make a candidate programme of the plan year from an accepted proposal, in one step: title,
 * competency, participants and JP come from the proposal; the administrator adds the estimated cost.
 * Rendered only while open.
 */
export function CandidateFromProposalModal({
  proposal,
  onClose,
  onCreated,
}: {
  readonly proposal: ProposalItemFragment;
  readonly onClose: () => void;
  readonly onCreated: (year: number) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const problems = useFormProblems(FIELDS, () => checkCost((form.getFieldsValue(true) as Values).cost));
  const [create, creating] = useMutation(CreateCandidateFromProposalDocument, { update: evictProposalsAndCandidates });

  const submit = async () => {
    const { cost, mandatory } = form.getFieldsValue(true) as Values;
    if (typeof cost !== "number") return;
    const result = await create({ variables: { input: { proposalId: proposal.id, cost, mandatory: mandatory ?? false } } });
    if (result.data) {
      void message.success(t("proposals.candidateCreated", { title: result.data.createCandidateFromProposal.title, year: proposal.year }));
      onCreated(proposal.year);
    }
  };

  return (
    <FormModal
      title={t("proposals.toCandidateTitle", { year: proposal.year })}
      okText={t("proposals.toCandidate")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={creating.loading}
      testIdPrefix="proposal-candidate"
      hint={<Typography.Text type="secondary">{t("proposals.toCandidateHint")}</Typography.Text>}
    >
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t("proposals.field.title")}>{proposal.title}</Descriptions.Item>
        <Descriptions.Item label={t("proposals.field.competency")}>
          <CompetencyLabel competency={proposal.competency} compact />
        </Descriptions.Item>
        <Descriptions.Item label={t("proposals.field.participants")}>{proposal.participants}</Descriptions.Item>
        <Descriptions.Item label={t("proposals.field.jp")}>{proposal.jp}</Descriptions.Item>
      </Descriptions>
      <Form<Values> form={form} layout="vertical" initialValues={{ cost: null, mandatory: false }} onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Form.Item name="cost" label={t("candidates.field.cost")} required {...problems.feedback("cost")}>
          <RupiahInput id="cost" onBlur={problems.leave("cost")} />
        </Form.Item>
        <Form.Item name="mandatory" label={t("candidates.field.mandatory")} valuePropName="checked" extra={t("candidates.mandatoryHelp")}>
          <Switch id="mandatory" data-testid="mandatory" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
