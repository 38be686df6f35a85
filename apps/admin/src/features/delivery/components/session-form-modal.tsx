import { useState } from "react";
import { useMutation } from "@apollo/client/react";
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { Alert, App, Col, DatePicker, Form, Input, InputNumber, Row, Select } from "antd";
import dayjs from "dayjs";
import { AddSessionDocument, UpdateSessionDocument, type SessionItemFragment, type SpeakerRefFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { FormModal } from "../../../ui/form-modal";
import { RupiahInput } from "../../../ui/rupiah-input";
import { useFormProblems } from "../../../ui/use-form-problems";
import { checkSession, SESSION_FIELDS, sessionFields, type SessionFormValues } from "../lib/delivery-forms";
import { scheduleClashOf, type ScheduleClash } from "../lib/delivery-rules";
import { roleOptions } from "./delivery-options";
import { evictProgrammes } from "./evict-delivery";
import { SpeakerPicker } from "./speaker-picker";

interface SessionFormModalProps {
  readonly batch: { readonly id: string; readonly startsOn: string; readonly endsOn: string; readonly venue: string | null };
  /** The session to edit; a new one otherwise. */
  readonly session: SessionItemFragment | null;
  readonly onClose: () => void;
}

/**
 * A session of a batch: day, time, JP, topic, venue, and its speaker with role and fee (at most the PMK 49/2023
 * ceiling of the speaker's level). A clash with another session (same speaker, venue or participant) is refused by the
 * API, and the dialog names the clashing session.
 */
export function SessionFormModal({ batch, session, onClose }: SessionFormModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionFormValues>();
  const [speaker, setSpeaker] = useState<SpeakerRefFragment | null>(session?.speaker ?? null);
  const [clash, setClash] = useState<ScheduleClash | null>(null);
  const problems = useFormProblems(SESSION_FIELDS, () => checkSession(form.getFieldsValue(true) as SessionFormValues, batch, speaker?.level ?? null), {}, (facts) =>
    facts.code === "BAD_USER_INPUT",
  );
  const [add, adding] = useMutation(AddSessionDocument, { update: evictProgrammes });
  const [update, updating] = useMutation(UpdateSessionDocument, { update: evictProgrammes });

  const initialValues: SessionFormValues = session
    ? {
        date: session.date,
        start: session.start.slice(0, 5),
        end: session.end.slice(0, 5),
        jp: session.jp,
        topic: session.topic,
        venue: session.venue ?? "",
        speakerId: session.speaker?.id ?? null,
        role: session.role,
        fee: session.fee ?? null,
      }
    : { date: batch.startsOn, start: "08:00", end: "09:30", jp: 2, topic: "", venue: batch.venue ?? "", speakerId: null, role: "SPEAKER", fee: null };

  const submit = async () => {
    setClash(null);
    const fields = sessionFields(form.getFieldsValue(true) as SessionFormValues);
    try {
      if (session) {
        const { speakerId, ...rest } = fields;
        await update({
          variables: { input: { id: session.id, version: session.version, ...rest, ...(speakerId ? { speakerId } : { removeSpeaker: true }) } },
        });
        void message.success(t("delivery.session.saved"));
      } else {
        await add({ variables: { input: { batchId: batch.id, ...fields } } });
        void message.success(t("delivery.session.created"));
      }
      onClose();
    } catch (e) {
      if (CombinedGraphQLErrors.is(e)) setClash(scheduleClashOf(e.errors));
      throw e;
    }
  };

  return (
    <FormModal
      width={720}
      title={session ? t("delivery.session.editTitle") : t("delivery.session.newTitle")}
      okText={t("common.save")}
      problems={problems}
      submit={submit}
      onClose={onClose}
      loading={adding.loading || updating.loading}
      testIdPrefix="session"
      hint={
        clash && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="session-clash"
            title={t("delivery.session.clash", {
              batch: clash.batchName,
              date: dayjs(clash.date).format(t("format.date")),
              start: clash.start,
              end: clash.end,
              resource: t(`delivery.session.clashResource.${clash.resource === "VENUE" ? "VENUE" : clash.resource === "PARTICIPANT" ? "PARTICIPANT" : "SPEAKER"}`),
            })}
          />
        )
      }
    >
      <Form<SessionFormValues> form={form} layout="vertical" initialValues={initialValues} onValuesChange={(changed) => problems.changed(Object.keys(changed))}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="date"
              label={t("delivery.session.field.date")}
              required
              getValueProps={(v: string | null) => ({ value: v ? dayjs(v) : null })}
              normalize={(v: dayjs.Dayjs | null) => (v ? v.format("YYYY-MM-DD") : null)}
              {...problems.feedback("date")}
            >
              <DatePicker id="date" data-testid="session-date" format="YYYY-MM-DD" style={{ width: "100%" }} onBlur={problems.leave("date")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="start" label={t("delivery.session.field.start")} required {...problems.feedback("start")}>
              <Input id="start" data-testid="session-start" placeholder="08:00" inputMode="numeric" maxLength={5} onBlur={problems.leave("start")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={5}>
            <Form.Item name="end" label={t("delivery.session.field.end")} required {...problems.feedback("end")}>
              <Input id="end" data-testid="session-end" placeholder="09:30" inputMode="numeric" maxLength={5} onBlur={problems.leave("end")} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="jp" label={t("delivery.session.field.jp")} required {...problems.feedback("jp")}>
              <InputNumber<number> id="jp" data-testid="session-jp" min={0} max={24} step={0.5} style={{ width: "100%" }} onBlur={problems.leave("jp")} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="topic" label={t("delivery.session.field.topic")} required {...problems.feedback("topic")}>
              <Input id="topic" data-testid="session-topic" autoComplete="off" maxLength={200} onBlur={problems.leave("topic")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="venue" label={t("delivery.session.field.venue")} {...problems.feedback("venue")}>
              <Input id="venue" data-testid="session-venue" autoComplete="off" maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="role" label={t("delivery.session.field.role")} {...problems.feedback("role")}>
              <Select id="role" data-testid="session-role" options={roleOptions(t)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="speakerId" label={t("delivery.session.field.speaker")} {...problems.feedback("speakerId")}>
              <SpeakerPicker id="speakerId" selected={speaker} onSpeaker={setSpeaker} onBlur={problems.leave("speakerId")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="fee" label={t("delivery.session.field.fee")} extra={t("delivery.session.feeHelp")} {...problems.feedback("fee")}>
              <RupiahInput id="fee" aria-label={t("delivery.session.field.fee")} style={{ width: "100%" }} onBlur={problems.leave("fee")} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
