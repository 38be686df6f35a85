import { useApolloClient, useMutation } from "@apollo/client/react";
import { App, Col, DatePicker, Form, Input, Row, Select, Typography } from "antd";
import dayjs from "dayjs";
import { OpenImprovementActionDocument, UpdateImprovementActionDocument, type ImprovementActionItemFragment, type ImprovementSource } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useAuth } from "../../../session/auth-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { UnitTreeSelect } from "../../organization";
import {
  ACTION_FIELDS,
  ACTION_TEXT_MAX,
  ACTION_TITLE_MAX,
  checkAction,
  openActionInput,
  OWNER_NAME_MAX,
  updateActionInput,
  type ActionFormValues,
  type ActionSubject,
} from "../lib/action-form";
import { addDays, jakartaToday } from "../lib/evaluation-figures";
import { IMPROVEMENT_SOURCES } from "../lib/evaluation-params";
import { evictImprovementActions } from "./evict-evaluation";

/** A new action's starting point: where it was opened from and what the finding says. */
export interface ActionDraft extends ActionSubject {
  readonly source?: ImprovementSource | null;
  readonly title?: string;
  readonly finding?: string;
  /** Shown above the form: what the action is about (a programme's title, a batch's name). */
  readonly about?: string;
}

interface ActionFormModalProps {
  /** The action to edit; a new one from `draft` otherwise. */
  readonly action: ImprovementActionItemFragment | null;
  readonly draft?: ActionDraft;
  readonly onClose: () => void;
}

/** Days a new action is due in, unless the user picks another date. */
const DEFAULT_DUE_DAYS = 60;
const dateValue = (value: string | null | undefined) => (value ? dayjs(value) : null);

/**
 * Opens an improvement action from a finding (source, title, the finding in words, owner, owning unit, due date) or edits
 * an open one with the version read: a stale version or a closed action comes back as a CONFLICT shown above the form.
 */
export function ActionFormModal({ action, draft, onClose }: ActionFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const client = useApolloClient();
  const { user } = useAuth();
  const operator = user?.role === "UNIT_OPERATOR";
  const [form] = Form.useForm<ActionFormValues>();
  const problems = useFormProblems(ACTION_FIELDS, () => checkAction(form.getFieldsValue(true) as ActionFormValues, { ownerUnitRequired: operator }));
  const [open, opening] = useMutation(OpenImprovementActionDocument, { update: evictImprovementActions });
  const [update, updating] = useMutation(UpdateImprovementActionDocument, { update: evictImprovementActions });

  const initialValues: ActionFormValues = action
    ? { source: action.source, title: action.title, finding: action.finding, ownerName: action.ownerName, ownerUnitId: action.ownerUnit?.id ?? null, dueOn: action.dueOn }
    : {
        source: draft?.source ?? null,
        title: draft?.title ?? "",
        finding: draft?.finding ?? "",
        ownerName: "",
        ownerUnitId: null,
        dueOn: addDays(jakartaToday(new Date()), DEFAULT_DUE_DAYS),
      };

  const submit = async () => {
    const v = form.getFieldsValue(true) as ActionFormValues;
    if (action) {
      try {
        await update({ variables: { input: updateActionInput(v, { ...action, ownerUnitId: action.ownerUnit?.id ?? null }) } });
      } catch (e) {
        // A stale version or a closed action (CONFLICT, shown above the form): the list is read again, so that the
        // next try starts from what is saved.
        void client.refetchQueries({ include: ["ImprovementActions"] });
        throw e;
      }
      void message.success(t("evaluation.action.saved"));
    } else {
      await open({ variables: { input: openActionInput(v, { programmeId: draft?.programmeId, batchId: draft?.batchId }) } });
      void message.success(t("evaluation.action.opened"));
    }
    onClose();
  };

  return (
    <FormModal
      width={680}
      title={action ? t("evaluation.action.editTitle") : t("evaluation.action.newTitle")}
      okText={action ? t("common.save") : t("evaluation.action.open")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={opening.loading || updating.loading}
      testIdPrefix="action"
      hint={
        draft?.about || action?.programme || action?.batch ? (
          <Typography.Text type="secondary" data-testid="action-about">
            {t("evaluation.action.about", { subject: draft?.about ?? action?.batch?.name ?? action?.programme?.title ?? "" })}
          </Typography.Text>
        ) : undefined
      }
    >
      <Form<ActionFormValues> form={form} layout="vertical" initialValues={initialValues} onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="source" label={t("evaluation.action.field.source")} required {...problems.feedback("source")}>
              <Select<ImprovementSource>
                id="source"
                data-testid="action-source-select"
                disabled={action !== null}
                options={IMPROVEMENT_SOURCES.filter((s) => s !== "WEAK_ELEMENT").map((s) => ({ value: s, label: t(`enum.ImprovementSource.${s}`) }))}
                onBlur={problems.leave("source")}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="dueOn"
              label={t("evaluation.action.field.dueOn")}
              required
              getValueProps={(v: string | null) => ({ value: dateValue(v) })}
              normalize={(v: dayjs.Dayjs | null) => (v ? v.format("YYYY-MM-DD") : null)}
              {...problems.feedback("dueOn")}
            >
              <DatePicker id="dueOn" data-testid="action-due-on" format="YYYY-MM-DD" style={{ width: "100%" }} onBlur={problems.leave("dueOn")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="title" label={t("evaluation.action.field.title")} required {...problems.feedback("title")}>
              <Input id="title" data-testid="action-title" autoComplete="off" maxLength={ACTION_TITLE_MAX} onBlur={problems.leave("title")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="finding" label={t("evaluation.action.field.finding")} required {...problems.feedback("finding")}>
              <Input.TextArea id="finding" data-testid="action-finding" rows={3} maxLength={ACTION_TEXT_MAX} showCount onBlur={problems.leave("finding")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="ownerName" label={t("evaluation.action.field.ownerName")} required {...problems.feedback("ownerName")}>
              <Input id="ownerName" data-testid="action-owner-name" autoComplete="off" maxLength={OWNER_NAME_MAX} onBlur={problems.leave("ownerName")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="ownerUnitId" label={t("evaluation.action.field.ownerUnit")} required={operator} {...problems.feedback("ownerUnitId")}>
              <UnitTreeSelect id="ownerUnitId" data-testid="action-owner-unit" allowClear={!operator} onBlur={problems.leave("ownerUnitId")} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
