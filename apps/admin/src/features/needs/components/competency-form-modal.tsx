import { useMutation } from "@apollo/client/react";
import { App, Form, Input, Switch } from "antd";
import { COMPETENCY_DESCRIPTION_MAX_LENGTH, COMPETENCY_NAME_MAX_LENGTH } from "@bina/domain";
import { CreateCompetencyDocument, UpdateCompetencyDocument, type CompetencyItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { checkCompetency, COMPETENCY_FIELDS, type CompetencyFormValues } from "../lib/needs-forms";
import { evictDictionary } from "./evict-needs";

interface CompetencyFormModalProps {
  /** The entry to edit (name, description, active); a new entry otherwise (always TECHNICAL). */
  readonly competency: CompetencyItemFragment | null;
  readonly onClose: () => void;
}

const ALIASES = { competency_code: "code" } as const;

/**
 * Add a technical competency to the dictionary, or edit an entry's name, description and whether it is in use.
 * Rendered only while open, so every opening starts from the entry's current values.
 */
export function CompetencyFormModal({ competency, onClose }: CompetencyFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CompetencyFormValues>();
  const editing = competency !== null;
  const kind = competency?.kind ?? "TECHNICAL";
  const problems = useFormProblems(
    COMPETENCY_FIELDS,
    () => checkCompetency({ ...(form.getFieldsValue(true) as CompetencyFormValues), ...(competency ? { code: competency.code } : {}) }, kind).problems,
    ALIASES,
    // A duplicate code is a CONFLICT naming the field: it belongs beside the code too.
    null,
  );
  const [create, creation] = useMutation(CreateCompetencyDocument, { update: evictDictionary });
  const [update, updating] = useMutation(UpdateCompetencyDocument, { update: evictDictionary });

  const initialValues: CompetencyFormValues = competency
    ? { code: competency.code, name: competency.name, description: competency.description ?? "", active: competency.active }
    : { code: "", name: "", description: "", active: true };

  const submit = async () => {
    const values = form.getFieldsValue(true) as CompetencyFormValues;
    const { valid } = checkCompetency({ ...values, ...(competency ? { code: competency.code } : {}) }, kind);
    if (!valid) return;
    if (competency) {
      await update({
        variables: {
          input: {
            id: competency.id,
            version: competency.version,
            name: valid.name,
            description: valid.description ?? "",
            active: values.active ?? true,
          },
        },
      });
      void message.success(t("competencies.saved"));
    } else {
      await create({ variables: { input: { code: valid.code, kind: "TECHNICAL", name: valid.name, description: valid.description } } });
      void message.success(t("competencies.created"));
    }
    onClose();
  };

  return (
    <FormModal
      title={editing ? t("competencies.editTitle", { code: competency.code }) : t("competencies.newTitle")}
      okText={editing ? t("common.save") : t("competencies.create")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={creation.loading || updating.loading}
      testIdPrefix="competency"
    >
      <Form<CompetencyFormValues> form={form} layout="vertical" initialValues={initialValues} onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Form.Item label={t("competencies.field.kind")}>
          <Input value={t(`enum.CompetencyKind.${kind}`)} disabled />
        </Form.Item>
        <Form.Item name="code" label={t("competencies.field.code")} required={!editing} extra={editing ? undefined : t("competencies.codeHelp")} {...problems.feedback("code")}>
          <Input id="code" data-testid="code" autoComplete="off" disabled={editing} onBlur={problems.leave("code")} />
        </Form.Item>
        <Form.Item name="name" label={t("competencies.field.name")} required {...problems.feedback("name")}>
          <Input id="name" data-testid="name" autoComplete="off" maxLength={COMPETENCY_NAME_MAX_LENGTH + 10} onBlur={problems.leave("name")} />
        </Form.Item>
        <Form.Item name="description" label={t("competencies.field.description")} {...problems.feedback("description")}>
          <Input.TextArea
            id="description"
            data-testid="description"
            rows={3}
            showCount={{ formatter: ({ count }) => `${count}/${COMPETENCY_DESCRIPTION_MAX_LENGTH}` }}
            onBlur={problems.leave("description")}
          />
        </Form.Item>
        {editing && (
          <Form.Item name="active" label={t("competencies.field.active")} valuePropName="checked" extra={t("competencies.activeHelp")}>
            <Switch id="active" data-testid="active" />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
