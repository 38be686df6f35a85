import { useMutation } from "@apollo/client/react";
import { App, Form, Input, InputNumber, Select, Switch, Typography } from "antd";
import { COMPETENCY_LEVELS } from "@bina/domain";
import { SetCompetencyStandardDocument, type FunctionalGrade, type PositionKind, type StandardItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { functionalGradeOptions, positionKindOptions } from "../../organization";
import { checkStandard, STANDARD_FIELDS, type StandardFormValues } from "../lib/needs-forms";
import { evictStandards } from "./evict-needs";
import { levelLabel } from "./needs-enum-options";

interface StandardFormModalProps {
  readonly competencyId: string;
  /** The standard to change (level, mandatory programme); a new one otherwise. */
  readonly standard: StandardItemFragment | null;
  readonly onClose: () => void;
}

const ALIASES = { position_kind: "positionKind", functional_grade: "functionalGrade", position_title: "positionTitle" } as const;

/**
 * The level a position needs in a competency. A standard is identified by position kind, functional
 * grade and position title (the API upserts on them), so editing changes only the level and the
 * mandatory programme. Rendered only while open.
 */
export function StandardFormModal({ competencyId, standard, onClose }: StandardFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<StandardFormValues>();
  const editing = standard !== null;
  const positionKind = Form.useWatch("positionKind", form);
  const level = Form.useWatch("level", form);
  const problems = useFormProblems(STANDARD_FIELDS, () => checkStandard(form.getFieldsValue(true) as StandardFormValues), ALIASES);
  const [save, saving] = useMutation(SetCompetencyStandardDocument, { update: evictStandards });

  const initialValues: StandardFormValues = standard
    ? {
        positionKind: standard.positionKind,
        functionalGrade: standard.functionalGrade,
        positionTitle: standard.positionTitle ?? "",
        level: standard.level,
        mandatoryProgramme: standard.mandatoryProgramme,
      }
    : { positionTitle: "", functionalGrade: null, level: null, mandatoryProgramme: false };

  const submit = async () => {
    const values = form.getFieldsValue(true) as StandardFormValues;
    if (!values.positionKind || typeof values.level !== "number") return;
    const title = values.positionTitle?.trim() ?? "";
    await save({
      variables: {
        input: {
          competencyId,
          positionKind: values.positionKind,
          functionalGrade: values.positionKind === "FUNGSIONAL" ? (values.functionalGrade ?? null) : null,
          positionTitle: title === "" ? null : title,
          level: values.level,
          mandatoryProgramme: values.mandatoryProgramme ?? false,
        },
      },
    });
    void message.success(t("standards.saved"));
    onClose();
  };

  const levelName = typeof level === "number" && (COMPETENCY_LEVELS as readonly number[]).includes(level) ? levelLabel(level) : null;

  return (
    <FormModal
      title={editing ? t("standards.editTitle") : t("standards.newTitle")}
      okText={t("common.save")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={saving.loading}
      testIdPrefix="standard"
    >
      <Form<StandardFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed: Partial<StandardFormValues>) => {
          if (changed.positionKind !== undefined && changed.positionKind !== "FUNGSIONAL") form.setFieldValue("functionalGrade", null);
          problems.changed(Object.keys(changed));
        }}
      >
        <Form.Item name="positionKind" label={t("standards.field.positionKind")} required {...problems.feedback("positionKind")}>
          <Select<PositionKind>
            id="positionKind"
            data-testid="positionKind"
            options={positionKindOptions(t)}
            disabled={editing}
            onBlur={problems.leave("positionKind")}
          />
        </Form.Item>
        {positionKind === "FUNGSIONAL" && (
          <Form.Item name="functionalGrade" label={t("standards.field.functionalGrade")} extra={t("standards.gradeHelp")} {...problems.feedback("functionalGrade")}>
            <Select<FunctionalGrade>
              id="functionalGrade"
              data-testid="functionalGrade"
              allowClear
              options={functionalGradeOptions(t)}
              disabled={editing}
              onBlur={problems.leave("functionalGrade")}
            />
          </Form.Item>
        )}
        <Form.Item name="positionTitle" label={t("standards.field.positionTitle")} extra={t("standards.titleHelp")} {...problems.feedback("positionTitle")}>
          <Input id="positionTitle" data-testid="positionTitle" autoComplete="off" disabled={editing} onBlur={problems.leave("positionTitle")} />
        </Form.Item>
        <Form.Item name="level" label={t("standards.field.level")} required {...problems.feedback("level")}>
          <InputNumber<number> id="level" data-testid="level" style={{ width: 120 }} onBlur={problems.leave("level")} />
        </Form.Item>
        {levelName && <Typography.Text type="secondary">{levelName}</Typography.Text>}
        <Form.Item name="mandatoryProgramme" label={t("standards.field.mandatoryProgramme")} valuePropName="checked" extra={t("standards.mandatoryHelp")}>
          <Switch id="mandatoryProgramme" data-testid="mandatoryProgramme" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
