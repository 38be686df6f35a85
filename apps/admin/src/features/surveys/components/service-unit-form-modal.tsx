import { useMutation } from "@apollo/client/react";
import { App, Col, Form, Input, InputNumber, Row, Select, Switch, Typography } from "antd";
import { CreateServiceUnitDocument, UpdateServiceUnitDocument, type ServiceUnitItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { apiErrorFacts } from "../../../ui/api-error";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { useNumberFormat } from "../../../ui/use-number-format";
import { UnitTreeSelect } from "../../organization";
import { checkServiceUnit, requiredSamplePreview, SERVICE_UNIT_FIELDS, serviceUnitInput, suggestCode, type ServiceUnitFormValues } from "../lib/survey-forms";
import { evictServiceUnits } from "./evict-surveys";
import { serviceUnitKindOptions } from "./survey-options";

interface ServiceUnitFormModalProps {
  /** The service unit to edit (with the version read); a new one otherwise. */
  readonly serviceUnit: ServiceUnitItemFragment | null;
  readonly onClose: () => void;
}

/**
 * A service unit of the registry: its public URL slug, name, kind, the organisational unit whose staff serve there
 * (an operator: one of its subtree, the API checks) and its yearly users, with the required sample they give
 * (the domain's skmSampleSize, Krejcie-Morgan) shown as they are typed.
 */
export function ServiceUnitFormModal({ serviceUnit, onClose }: ServiceUnitFormModalProps) {
  const t = useT();
  const number = useNumberFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<ServiceUnitFormValues>();
  const yearlyUsers = Form.useWatch("yearlyUsers", form);
  const problems = useFormProblems(SERVICE_UNIT_FIELDS, () => checkServiceUnit(form.getFieldsValue(true) as ServiceUnitFormValues));
  const [create, createState] = useMutation(CreateServiceUnitDocument, { update: evictServiceUnits });
  const [update, updateState] = useMutation(UpdateServiceUnitDocument, { update: evictServiceUnits });
  const sample = requiredSamplePreview(yearlyUsers);

  const initialValues: ServiceUnitFormValues = serviceUnit
    ? { code: serviceUnit.code, name: serviceUnit.name, kind: serviceUnit.kind, unitId: serviceUnit.unit.id, yearlyUsers: serviceUnit.yearlyUsers, active: serviceUnit.active }
    : { code: "", name: "", kind: null, unitId: null, yearlyUsers: null, active: true };

  const submit = async () => {
    const input = serviceUnitInput(form.getFieldsValue(true) as ServiceUnitFormValues);
    try {
      if (serviceUnit) await update({ variables: { input: { id: serviceUnit.id, version: serviceUnit.version, ...input } } });
      else await create({ variables: { input } });
    } catch (e) {
      // A duplicate code: a message of its own beside the field (the catalogue's DUPLICATE_CODE speaks of competencies).
      if (apiErrorFacts(e).some((f) => f.domainCode === "DUPLICATE_CODE")) {
        problems.setProblem("code", { key: "surveys.form.codeTaken" });
        return;
      }
      throw e;
    }
    void message.success(t(serviceUnit ? "surveys.unit.saved" : "surveys.unit.created", { name: input.name }));
    onClose();
  };

  return (
    <FormModal
      width={720}
      title={serviceUnit ? t("surveys.unit.editTitle", { name: serviceUnit.name }) : t("surveys.unit.newTitle")}
      okText={t("common.save")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={createState.loading || updateState.loading}
      testIdPrefix="service-unit"
      hint={serviceUnit ? <Typography.Text type="secondary">{t("surveys.unit.codeHint")}</Typography.Text> : undefined}
    >
      <Form<ServiceUnitFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed: Partial<ServiceUnitFormValues>) => {
          // A new unit's code follows its name until the code is typed.
          if (!serviceUnit && "name" in changed && !form.isFieldTouched("code")) form.setFieldValue("code", suggestCode(changed.name ?? ""));
          problems.changed(Object.keys(changed));
        }}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="name" label={t("surveys.unit.field.name")} required {...problems.feedback("name")}>
              <Input id="name" data-testid="name" autoComplete="off" maxLength={200} onBlur={problems.leave("name")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="code" label={t("surveys.unit.field.code")} required extra={t("surveys.unit.codeFormat")} {...problems.feedback("code")}>
              <Input id="code" data-testid="code" autoComplete="off" maxLength={40} spellCheck={false} onBlur={problems.leave("code")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t("surveys.unit.field.kind")} required {...problems.feedback("kind")}>
              <Select id="kind" data-testid="kind" options={serviceUnitKindOptions(t)} onBlur={problems.leave("kind")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="unitId" label={t("surveys.unit.field.unit")} required extra={t("surveys.unit.unitHint")} {...problems.feedback("unitId")}>
              <UnitTreeSelect id="unitId" data-testid="unitId" aria-label={t("surveys.unit.field.unit")} onBlur={problems.leave("unitId")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="yearlyUsers" label={t("surveys.unit.field.yearlyUsers")} required {...problems.feedback("yearlyUsers")}>
              <InputNumber<number> id="yearlyUsers" data-testid="yearlyUsers" min={1} max={100_000_000} precision={0} style={{ width: "100%" }} onBlur={problems.leave("yearlyUsers")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t("surveys.unit.field.requiredSample")}>
              <Typography.Text strong data-testid="service-unit-required-sample" aria-live="polite">
                {sample === null ? t("common.none") : t("surveys.unit.requiredSampleValue", { sample: number(sample) })}
              </Typography.Text>
            </Form.Item>
          </Col>
          {serviceUnit && (
            <Col span={24}>
              <Form.Item name="active" label={t("surveys.unit.field.active")} valuePropName="checked" extra={t("surveys.unit.activeHint")}>
                <Switch id="active" data-testid="active" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </FormModal>
  );
}
