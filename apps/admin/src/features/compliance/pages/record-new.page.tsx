import { useEffect, useMemo, useState } from "react";
import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, List, Select, Space, Typography, Upload } from "antd";
import type { UploadFile } from "antd";
import { DeleteOutlined, PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { developmentKindRoute, formatNip, JP_CREDIT_RULES, PROPOSAL_TITLE_MAX_LENGTH, type DevelopmentKind } from "@bina/domain";
import type { Dayjs } from "dayjs";
import { Link, useSearchParams } from "react-router-dom";
import { RecordEmployeeDocument, SubmitLearningRecordDocument } from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { readFileBase64 } from "../../../ui/read-file-base64";
import { useFormProblems } from "../../../ui/use-form-problems";
import { useNumberFormat } from "../../../ui/use-number-format";
import { evictComplianceResults } from "../components/evict-compliance";
import { RecordEmployeePicker } from "../components/record-employee-picker";
import {
  activityFieldOf,
  checkRecord,
  EVIDENCE_ACCEPT,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_FILES,
  evidenceProblem,
  previewCredit,
  RECORD_ALIASES,
  RECORD_FIELDS,
  RECORD_KINDS,
  type RecordDraft,
} from "../lib/record-form";

interface Values {
  employeeId?: string | null;
  kind?: DevelopmentKind | null;
  title?: string;
  startedOn?: Dayjs | null;
  endedOn?: Dayjs | null;
  jp?: number | null;
  days?: number | null;
  count?: number | null;
  semesters?: number | null;
  sessionDates?: (Dayjs | null | undefined)[];
  jpByDay?: (number | null | undefined)[];
}

const iso = (d: Dayjs | null | undefined): string | null => (d ? d.format("YYYY-MM-DD") : null);
const MB = EVIDENCE_MAX_BYTES / 1024 / 1024;

/** A learning record (education or non-classical activity) with its evidence, for an employee of the user's unit. */
export function RecordNewPage() {
  const t = useT();
  const number = useNumberFormat();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [done, setDone] = useState<{ id: string; name: string; jp: number } | null>(null);
  const values = Form.useWatch([], form) as Values | undefined;
  const [submitRecord, submitting] = useMutation(SubmitLearningRecordDocument, { update: evictComplianceResults });
  // Opened from an employee's page: that employee is chosen (when the user may see them and they are active).
  const [searchParams] = useSearchParams();
  const preset = searchParams.get("employee");
  const presetQuery = useQuery(RecordEmployeeDocument, preset ? { variables: { id: preset } } : skipToken);
  const presetEmployee = presetQuery.data?.employee?.active ? presetQuery.data.employee : null;
  const initial = useMemo(
    () => (presetEmployee ? { value: presetEmployee.id, label: `${presetEmployee.name} · ${formatNip(presetEmployee.nip)}` } : null),
    [presetEmployee],
  );
  useEffect(() => {
    if (initial && !form.getFieldValue("employeeId")) form.setFieldValue("employeeId", initial.value);
  }, [initial, form]);

  const toDraft = (v: Values, list: readonly UploadFile[]): RecordDraft => ({
    employeeId: v.employeeId ?? null,
    kind: v.kind ?? null,
    title: v.title ?? "",
    startedOn: iso(v.startedOn),
    endedOn: iso(v.endedOn),
    jp: v.jp ?? null,
    days: v.days ?? null,
    count: v.count ?? null,
    semesters: v.semesters ?? null,
    sessionDates: (v.sessionDates ?? []).map((d) => iso(d)),
    jpByDay: (v.jpByDay ?? []).map((n) => (typeof n === "number" ? n : null)),
    files: list.map((f) => ({ name: f.name, size: f.size ?? 0 })),
  });
  const current = () => toDraft(form.getFieldsValue(true) as Values, files);
  const problems = useFormProblems(RECORD_FIELDS, () => checkRecord(current()), RECORD_ALIASES);
  const draft = useMemo(() => toDraft(values ?? {}, files), [values, files]);
  const preview = previewCredit(draft);
  const kind = values?.kind ?? null;
  const field = kind ? activityFieldOf(kind) : null;

  const kindOptions = (["EDUCATION", "NON_CLASSICAL"] as const).map((route) => ({
    label: t(`enum.DevelopmentRoute.${route}`),
    title: t(`enum.DevelopmentRoute.${route}`),
    options: RECORD_KINDS.filter((k) => developmentKindRoute(k) === route).map((k) => ({ value: k, label: t(`enum.DevelopmentKind.${k}`) })),
  }));

  const ruleText = (k: DevelopmentKind): string => {
    const rule = JP_CREDIT_RULES[k];
    switch (rule.method) {
      case "ACTUAL":
        return t("compliance.record.rule.jp");
      case "PER_DAY":
        return t("compliance.record.rule.days", { jp: number(rule.jpPerDay) });
      case "PER_SESSION_MONTHLY_CAP":
        return t("compliance.record.rule.sessionDates", { jp: number(rule.jpPerSession), max: rule.maxSessionsPerMonth });
      case "CAPPED_PER_DAY":
        return t("compliance.record.rule.jpByDay", { max: number(rule.maxJpPerDay) });
      case "PER_COUNT":
        return t("compliance.record.rule.count", { jp: number(rule.jpEach) });
      case "PER_SEMESTER":
        return t("compliance.record.rule.semesters", { jp: number(rule.jpPerSemester) });
    }
  };

  const submit = async () => {
    setDone(null);
    if (!problems.validateAll()) return;
    const d = current();
    if (!d.employeeId || !d.kind || !d.startedOn || !d.endedOn) return;
    const own = activityFieldOf(d.kind);
    try {
      const evidence = await Promise.all(
        files.map(async (f) => ({ fileName: f.name, contentBase64: await readFileBase64(f.originFileObj as Blob) })),
      );
      const result = await submitRecord({
        variables: {
          input: {
            employeeId: d.employeeId,
            kind: d.kind,
            title: d.title,
            startedOn: d.startedOn,
            endedOn: d.endedOn,
            ...(own === "sessionDates" ? { sessionDates: d.sessionDates.filter((x): x is string => !!x) } : {}),
            ...(own === "jpByDay" ? { jpByDay: d.jpByDay.filter((x): x is number => typeof x === "number") } : {}),
            ...(own === "jp" ? { jp: d.jp } : {}),
            ...(own === "days" ? { days: d.days } : {}),
            ...(own === "count" ? { count: d.count } : {}),
            ...(own === "semesters" ? { semesters: d.semesters } : {}),
            evidence,
          },
        },
      });
      const saved = result.data?.submitLearningRecord;
      if (saved) {
        setDone({ id: saved.employee.id, name: saved.employee.name, jp: saved.creditedJp });
        form.resetFields();
        setFiles([]);
        problems.reset();
      }
    } catch (e) {
      problems.serverFailed(e);
    }
  };

  const general = [...new Set(problems.general.map((f) => errorMessage(t, f)))];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 820 }}>
      <Typography.Text type="secondary">{t("compliance.record.newHint")}</Typography.Text>
      {done && (
        <Alert
          type="success"
          showIcon
          data-testid="record-submitted"
          title={t("compliance.record.submitted", { jp: number(done.jp), name: done.name })}
          action={<Link to={`/employees/${done.id}`}>{done.name}</Link>}
        />
      )}
      {general.length > 0 && <Alert type="error" showIcon role="alert" data-testid="record-form-error" title={general.join(" · ")} />}
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="record-form"
        onValuesChange={(changed) => problems.changed(Object.keys(changed).map((k) => RECORD_ALIASES[k] ?? k))}
        onFinish={() => void submit()}
      >
        <Form.Item name="employeeId" label={t("compliance.record.employee")} required {...problems.feedback("employeeId")}>
          <RecordEmployeePicker initial={initial} onBlur={problems.leave("employeeId")} />
        </Form.Item>
        <Form.Item name="kind" label={t("compliance.record.kind")} required extra={kind ? ruleText(kind) : undefined} {...problems.feedback("kind")}>
          <Select<DevelopmentKind> id="kind" data-testid="record-kind" options={kindOptions} showSearch={{ optionFilterProp: "label" }} onBlur={problems.leave("kind")} style={{ maxWidth: 480 }} />
        </Form.Item>
        <Form.Item name="title" label={t("compliance.record.title")} required {...problems.feedback("title")}>
          <Input id="title" data-testid="record-title" maxLength={PROPOSAL_TITLE_MAX_LENGTH} onBlur={problems.leave("title")} />
        </Form.Item>
        <Space wrap size="large" align="start">
          <Form.Item name="startedOn" label={t("compliance.record.startedOn")} required {...problems.feedback("startedOn")}>
            <DatePicker id="startedOn" data-testid="record-started-on" format={t("format.date")} onBlur={problems.leave("startedOn")} />
          </Form.Item>
          <Form.Item name="endedOn" label={t("compliance.record.endedOn")} required {...problems.feedback("endedOn")}>
            <DatePicker id="endedOn" data-testid="record-ended-on" format={t("format.date")} onBlur={problems.leave("endedOn")} />
          </Form.Item>
        </Space>
        {field && (
          <Card size="small" title={t("compliance.record.activity")} data-testid="record-activity">
            {(field === "jp" || field === "days" || field === "count" || field === "semesters") && (
              <Form.Item name={field} label={t(`compliance.record.${field}`)} required {...problems.feedback("activity")}>
                <InputNumber<number>
                  id={field}
                  data-testid={`record-${field}`}
                  min={0}
                  step={field === "jp" ? 0.5 : 1}
                  precision={field === "jp" ? 2 : 0}
                  onBlur={problems.leave("activity")}
                  style={{ width: 160 }}
                />
              </Form.Item>
            )}
            {field === "sessionDates" && (
              <Form.List name="sessionDates">
                {(rows, { add, remove }) => (
                  <Form.Item label={t("compliance.record.sessionDates")} required {...problems.feedback("activity")}>
                    <Space orientation="vertical">
                      {rows.map((row, i) => (
                        <Space key={row.key}>
                          <Form.Item name={row.name} noStyle>
                            <DatePicker
                              data-testid="record-session-date"
                              aria-label={t("compliance.record.sessionDate", { n: i + 1 })}
                              format={t("format.date")}
                              onBlur={problems.leave("activity")}
                            />
                          </Form.Item>
                          <Button icon={<DeleteOutlined />} aria-label={t("compliance.record.remove", { n: i + 1 })} onClick={() => remove(row.name)} />
                        </Space>
                      ))}
                      <Button icon={<PlusOutlined />} onClick={() => add(null)} data-testid="record-add-session">
                        {t("compliance.record.addSession")}
                      </Button>
                    </Space>
                  </Form.Item>
                )}
              </Form.List>
            )}
            {field === "jpByDay" && (
              <Form.List name="jpByDay">
                {(rows, { add, remove }) => (
                  <Form.Item label={t("compliance.record.jpByDay")} required {...problems.feedback("activity")}>
                    <Space orientation="vertical">
                      {rows.map((row, i) => (
                        <Space key={row.key}>
                          <Form.Item name={row.name} noStyle>
                            <InputNumber<number>
                              data-testid="record-day-jp"
                              aria-label={t("compliance.record.dayJp", { n: i + 1 })}
                              min={0}
                              step={0.5}
                              precision={2}
                              onBlur={problems.leave("activity")}
                              style={{ width: 140 }}
                            />
                          </Form.Item>
                          <Button icon={<DeleteOutlined />} aria-label={t("compliance.record.remove", { n: i + 1 })} onClick={() => remove(row.name)} />
                        </Space>
                      ))}
                      <Button icon={<PlusOutlined />} onClick={() => add(null)} data-testid="record-add-day">
                        {t("compliance.record.addDay")}
                      </Button>
                    </Space>
                  </Form.Item>
                )}
              </Form.List>
            )}
          </Card>
        )}
        <Form.Item
          label={t("compliance.record.evidence")}
          required
          extra={t("compliance.record.evidenceHelp", { files: EVIDENCE_MAX_FILES, size: MB })}
          {...problems.feedback("evidence")}
          style={{ marginTop: 16 }}
        >
          <Upload
            accept={EVIDENCE_ACCEPT}
            multiple
            fileList={files}
            beforeUpload={() => false}
            showUploadList={false}
            onChange={({ fileList }) => {
              setFiles(fileList.slice(0, EVIDENCE_MAX_FILES + 1));
              problems.changed(["evidence"]);
            }}
          >
            <Button icon={<UploadOutlined />} data-testid="record-evidence-pick">
              {t("compliance.record.pickFiles")}
            </Button>
          </Upload>
          {files.length > 0 && (
            <List
              size="small"
              style={{ marginTop: 8 }}
              dataSource={files}
              data-testid="record-evidence-list"
              renderItem={(f) => {
                const problem = evidenceProblem({ name: f.name, size: f.size ?? 0 });
                return (
                  <List.Item
                    actions={[
                      <Button
                        key="remove"
                        size="small"
                        icon={<DeleteOutlined />}
                        aria-label={t("compliance.record.removeFile", { name: f.name })}
                        onClick={() => {
                          setFiles((list) => list.filter((x) => x.uid !== f.uid));
                          problems.changed(["evidence"]);
                        }}
                      />,
                    ]}
                  >
                    <span data-testid="record-evidence-file">{f.name}</span>{" "}
                    {problem && <Typography.Text type="danger">{t(`compliance.record.fileProblem.${problem}`, { size: MB })}</Typography.Text>}
                  </List.Item>
                );
              }}
            />
          )}
        </Form.Item>
        <Alert
          type={preview?.ok ? "info" : "warning"}
          showIcon
          data-testid="record-preview"
          data-jp={preview?.ok ? preview.value : ""}
          title={preview?.ok ? t("compliance.record.preview", { jp: number(preview.value) }) : t("compliance.record.previewNone")}
          style={{ marginBottom: 16 }}
        />
        <Button type="primary" htmlType="submit" loading={submitting.loading} data-testid="record-submit">
          {t("compliance.record.submit")}
        </Button>
      </Form>
    </Space>
  );
}
