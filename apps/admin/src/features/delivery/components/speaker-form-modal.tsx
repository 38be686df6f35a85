import { useMutation } from "@apollo/client/react";
import { App, Col, Form, Input, Row, Select, Switch } from "antd";
import { CreateSpeakerDocument, UpdateSpeakerDocument, type SpeakerItemFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { useFormProblems } from "../../../ui/use-form-problems";
import { CompetencySelect } from "../../needs";
import { checkSpeaker, SPEAKER_FIELDS, speakerFields, type SpeakerFormValues } from "../lib/delivery-forms";
import { levelOptions } from "./delivery-options";
import { evictSpeakers } from "./evict-delivery";

interface SpeakerFormModalProps {
  /** The speaker to edit; a new one otherwise. */
  readonly speaker: SpeakerItemFragment | null;
  readonly onClose: () => void;
}

/** A speaker: name, institution, origin city, level (the fee ceiling), expertise and contact. */
export function SpeakerFormModal({ speaker, onClose }: SpeakerFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SpeakerFormValues>();
  const problems = useFormProblems(SPEAKER_FIELDS, () => checkSpeaker(form.getFieldsValue(true) as SpeakerFormValues));
  const [create, creating] = useMutation(CreateSpeakerDocument, { update: evictSpeakers });
  const [update, updating] = useMutation(UpdateSpeakerDocument, { update: evictSpeakers });

  const initialValues: SpeakerFormValues = speaker
    ? {
        name: speaker.name,
        institution: speaker.institution,
        originCity: speaker.originCity,
        level: speaker.level,
        email: speaker.email ?? "",
        phone: speaker.phone ?? "",
        internal: speaker.internal,
        expertiseIds: speaker.expertise.map((c) => c.id),
      }
    : { name: "", institution: "", originCity: "", level: null, email: "", phone: "", internal: false, expertiseIds: [] };

  const submit = async () => {
    const fields = speakerFields(form.getFieldsValue(true) as SpeakerFormValues);
    if (speaker) await update({ variables: { input: { id: speaker.id, version: speaker.version, ...fields } } });
    else await create({ variables: { input: fields } });
    void message.success(t(speaker ? "delivery.speaker.saved" : "delivery.speaker.created"));
    onClose();
  };

  return (
    <FormModal
      width={680}
      title={speaker ? t("delivery.speaker.editTitle") : t("delivery.speaker.newTitle")}
      okText={t("common.save")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={creating.loading || updating.loading}
      testIdPrefix="speaker"
    >
      <Form<SpeakerFormValues> form={form} layout="vertical" initialValues={initialValues} onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t("delivery.speaker.field.name")} required {...problems.feedback("name")}>
              <Input id="name" data-testid="speaker-form-name" autoComplete="off" maxLength={200} onBlur={problems.leave("name")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="originCity" label={t("delivery.speaker.field.originCity")} required {...problems.feedback("originCity")}>
              <Input id="originCity" data-testid="speaker-form-city" autoComplete="off" maxLength={100} onBlur={problems.leave("originCity")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="institution" label={t("delivery.speaker.field.institution")} required {...problems.feedback("institution")}>
              <Input id="institution" data-testid="speaker-form-institution" autoComplete="off" maxLength={200} onBlur={problems.leave("institution")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="level" label={t("delivery.speaker.field.level")} required extra={t("delivery.speaker.levelHelp")} {...problems.feedback("level")}>
              <Select id="level" data-testid="speaker-form-level" options={levelOptions(t)} onBlur={problems.leave("level")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="expertiseIds" label={t("delivery.speaker.field.expertise")} {...problems.feedback("expertiseIds")}>
              <CompetencySelect multiple id="expertiseIds" data-testid="expertiseIds" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="email" label={t("delivery.speaker.field.email")} {...problems.feedback("email")}>
              <Input id="email" type="email" autoComplete="off" maxLength={254} onBlur={problems.leave("email")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="phone" label={t("delivery.speaker.field.phone")} {...problems.feedback("phone")}>
              <Input id="phone" type="tel" autoComplete="off" maxLength={20} onBlur={problems.leave("phone")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="internal" label={t("delivery.speaker.field.internal")} valuePropName="checked" extra={t("delivery.speaker.internalHelp")}>
              <Switch id="internal" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
