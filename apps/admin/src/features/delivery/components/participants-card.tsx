import { useEffect, useMemo, useState } from "react";
import { useMutation, useQuery } from "@apollo/client/react";
import { App, Button, Card, Checkbox, Flex, InputNumber, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { CheckCircleOutlined, DownloadOutlined, ImportOutlined, QrcodeOutlined, SaveOutlined, SafetyCertificateOutlined, StopOutlined, UndoOutlined } from "@ant-design/icons";
import { formatNip } from "@bina/domain";
import dayjs from "dayjs";
import {
  BatchParticipantsDocument,
  CompleteBatchDocument,
  RecordAttendanceDocument,
  RecordScoresDocument,
  RevokeCertificateDocument,
  UndoBatchCompletionDocument,
  type BatchDetailFragment,
  type BatchParticipantsQuery,
} from "../../../gql/graphql";
import { errorMessage } from "../../../i18n/errors";
import { useT } from "../../../i18n/i18n-context";
import { useKeyboardScrollable } from "../../../ui/use-keyboard-scrollable";
import { apiErrorFacts } from "../../../ui/api-error";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { hhmm } from "../lib/calendar";
import { takesAttendance, verifyPath } from "../lib/delivery-rules";
import { AttendanceImportDialog } from "./attendance-import-dialog";
import { CheckInModal } from "./check-in-modal";
import { downloadCertificate } from "./download-certificate";
import { evictParticipants } from "./evict-delivery";
import { ReasonModal } from "./reason-modal";

type Participant = BatchParticipantsQuery["batchParticipants"]["edges"][number]["node"];
type Certificate = NonNullable<Participant["certificate"]>;

interface ParticipantsCardProps {
  readonly batch: BatchDetailFragment;
  /** Administrators take attendance, scores, complete and revoke; others read. */
  readonly canAct: boolean;
}

/** Participants at most one page shows; a batch holds far fewer (its capacity). */
const PAGE = 100;

/**
 * A batch's approved participants: the attendance sheet of one session (checkboxes, saved at once), its import and QR
 * check-in, pre/post test scores, completion, and the certificates (PDF, public verification page, revocation).
 */
export function ParticipantsCard({ batch, canAct }: ParticipantsCardProps) {
  const t = useT();
  const scrollable = useKeyboardScrollable<HTMLDivElement>(t("common.scrollableTable"));
  const { message } = App.useApp();
  const { data, loading, error } = useQuery(BatchParticipantsDocument, { variables: { batchId: batch.id, first: PAGE } });
  const participants = useMemo(() => data?.batchParticipants.edges.map((e) => e.node) ?? [], [data]);
  const sessions = useMemo(() => [...batch.sessions].sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start)), [batch.sessions]);
  const [sessionId, setSessionId] = useState<string | null>(sessions[0]?.id ?? null);
  const session = sessions.find((s) => s.id === sessionId) ?? null;
  const running = takesAttendance(batch.status);
  const editable = canAct && running;

  // The sheet as marked on screen, from the saved marks of the chosen session.
  const [marks, setMarks] = useState<Record<string, boolean>>({});
  const [scores, setScores] = useState<Record<string, { pre: number | null; post: number | null }>>({});
  useEffect(() => {
    setMarks(Object.fromEntries(participants.map((p) => [p.nominationId, p.attendance.find((a) => a.sessionId === sessionId)?.present ?? false])));
  }, [participants, sessionId]);
  useEffect(() => {
    setScores(Object.fromEntries(participants.map((p) => [p.nominationId, { pre: p.preScore ?? null, post: p.postScore ?? null }])));
  }, [participants]);

  const [recordAttendance, recording] = useMutation(RecordAttendanceDocument, { update: evictParticipants });
  const [recordScores, scoring] = useMutation(RecordScoresDocument, { update: evictParticipants });
  const [complete, completing] = useMutation(CompleteBatchDocument, { update: evictParticipants });
  const [revoke, revoking] = useMutation(RevokeCertificateDocument, { update: evictParticipants });
  const [undo, undoing] = useMutation(UndoBatchCompletionDocument, { update: evictParticipants });
  const [importing, setImporting] = useState(false);
  const [checkIn, setCheckIn] = useState(false);
  const [revoked, setRevoked] = useState<Certificate | null>(null);

  const fail = (e: unknown) => void message.error(errorMessage(t, apiErrorFacts(e)[0] ?? { message: "" }));

  const saveAttendance = async () => {
    if (!sessionId) return;
    try {
      const r = await recordAttendance({
        variables: { input: { sessionId, marks: participants.map((p) => ({ nominationId: p.nominationId, present: marks[p.nominationId] ?? false })) } },
      });
      if (r.data) void message.success(t("delivery.attendance.saved", { present: r.data.recordAttendance.present, total: r.data.recordAttendance.recorded }));
    } catch (e) {
      fail(e);
    }
  };

  const saveScores = async () => {
    try {
      const list = participants.map((p) => ({ nominationId: p.nominationId, preScore: scores[p.nominationId]?.pre ?? null, postScore: scores[p.nominationId]?.post ?? null }));
      await recordScores({ variables: { input: { batchId: batch.id, scores: list } } });
      void message.success(t("delivery.scores.saved"));
    } catch (e) {
      fail(e);
    }
  };

  const completeBatch = async () => {
    try {
      const r = await complete({ variables: { batchId: batch.id, version: batch.version } });
      const c = r.data?.completeBatch;
      if (c) void message.success(t("delivery.complete.done", { completed: c.completed, notCompleted: c.notCompleted, certificates: c.certificates }));
    } catch (e) {
      fail(e);
    }
  };

  const undoCompletion = async () => {
    try {
      await undo({ variables: { batchId: batch.id, version: batch.version } });
      void message.success(t("delivery.complete.undone"));
    } catch (e) {
      fail(e);
    }
  };

  const download = async (p: Participant, c: Certificate) => {
    try {
      await downloadCertificate(c.pdfPath, `STTPP-${c.number.replace(/[^A-Za-z0-9]+/g, "-")}.pdf`);
    } catch {
      void message.error(t("delivery.certificate.downloadFailed", { name: p.name }));
    }
  };

  const columns: TableColumnsType<Participant> = [
    {
      key: "name",
      title: t("delivery.participant.name"),
      render: (_, p) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong data-testid="participant-name">
            {p.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatNip(p.nip)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: "present",
      title: session ? t("delivery.attendance.presentAt", { date: dayjs(session.date).format(t("format.date")), start: hhmm(session.start) }) : t("delivery.attendance.present"),
      render: (_, p) => (
        <Checkbox
          checked={marks[p.nominationId] ?? false}
          disabled={!editable || !session}
          onChange={(e) => setMarks((m) => ({ ...m, [p.nominationId]: e.target.checked }))}
          aria-label={t("delivery.attendance.presentOf", { name: p.name })}
          data-testid="attendance-present"
        />
      ),
    },
    { key: "attendedJp", title: t("delivery.participant.attendedJp"), align: "end", render: (_, p) => p.attendedJp },
    ...(["pre", "post"] as const).map((which) => ({
      key: which,
      title: t(which === "pre" ? "delivery.scores.pre" : "delivery.scores.post"),
      render: (_: unknown, p: Participant) =>
        editable ? (
          <InputNumber<number>
            size="small"
            min={0}
            max={100}
            step={1}
            value={scores[p.nominationId]?.[which] ?? null}
            onChange={(v) => setScores((s) => ({ ...s, [p.nominationId]: { pre: s[p.nominationId]?.pre ?? null, post: s[p.nominationId]?.post ?? null, [which]: v ?? null } }))}
            aria-label={t(which === "pre" ? "delivery.scores.preOf" : "delivery.scores.postOf", { name: p.name })}
            data-testid={`score-${which}`}
            style={{ width: 90 }}
          />
        ) : (
          ((which === "pre" ? p.preScore : p.postScore) ?? t("common.none"))
        ),
    })),
    {
      key: "outcome",
      title: t("delivery.participant.outcome"),
      render: (_, p) =>
        p.outcome ? (
          <Tag color={p.outcome === "COMPLETED" ? "green" : "red"} data-testid="participant-outcome">
            {t(`enum.CompletionOutcome.${p.outcome}`)}
          </Tag>
        ) : (
          t("common.none")
        ),
    },
    {
      key: "certificate",
      title: t("delivery.certificate.title"),
      render: (_, p) => {
        const c = p.certificate;
        if (!c) return t("common.none");
        return (
          <Space orientation="vertical" size={2} data-testid="certificate" data-code={c.code}>
            <Space size={4} wrap>
              <Typography.Text style={{ fontSize: 12 }} data-testid="certificate-number">
                {c.number}
              </Typography.Text>
              <Tag color={c.status === "VALID" ? "green" : "red"} data-testid="certificate-status">
                {t(`enum.CertificateStatus.${c.status}`)}
              </Tag>
            </Space>
            <Space size={4} wrap>
              <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(p, c)} data-testid="certificate-download">
                {t("delivery.certificate.download")}
              </Button>
              <Typography.Link href={verifyPath(c.code)} target="_blank" rel="noreferrer" data-testid="certificate-verify">
                <SafetyCertificateOutlined /> {t("delivery.certificate.verify")}
              </Typography.Link>
              {canAct && c.status === "VALID" && (
                <Button size="small" icon={<StopOutlined />} onClick={() => setRevoked(c)} data-testid="certificate-revoke">
                  {t("delivery.certificate.revoke")}
                </Button>
              )}
            </Space>
            {c.revokedReason && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.revokedReason}
              </Typography.Text>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <Card
      title={t("delivery.participants.title", { count: data?.batchParticipants.totalCount ?? 0 })}
      data-testid="participants-card"
      extra={
        canAct &&
        batch.status === "COMPLETED" ? (
          <Popconfirm
            title={t("delivery.complete.undoConfirm")}
            description={t("delivery.complete.undoHelp")}
            okText={t("delivery.complete.undo")}
            cancelText={t("common.cancel")}
            okButtonProps={{ danger: true, "data-testid": "undo-confirm" }}
            onConfirm={() => undoCompletion()}
          >
            <Button icon={<UndoOutlined />} loading={undoing.loading} data-testid="batch-undo-completion">
              {t("delivery.complete.undo")}
            </Button>
          </Popconfirm>
        ) : (
          canAct &&
          running && (
          <Popconfirm
            title={t("delivery.complete.confirm")}
            description={t("delivery.complete.confirmHelp")}
            okText={t("delivery.complete.action")}
            cancelText={t("common.cancel")}
            okButtonProps={{ "data-testid": "complete-confirm" }}
            onConfirm={() => completeBatch()}
          >
            <Button type="primary" icon={<CheckCircleOutlined />} loading={completing.loading} data-testid="batch-complete">
              {t("delivery.complete.action")}
            </Button>
          </Popconfirm>
          )
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        {!running && canAct && batch.status !== "COMPLETED" && batch.status !== "EVALUATED" && (
          <Typography.Text type="secondary">{t("delivery.attendance.onlyRunning")}</Typography.Text>
        )}
        <Flex wrap gap="small" align="center">
          <Select<string>
            id="attendance-session"
            data-testid="attendance-session"
            aria-label={t("delivery.attendance.session")}
            value={sessionId ?? undefined}
            onChange={setSessionId}
            options={sessions.map((s) => ({ value: s.id, label: `${dayjs(s.date).format(t("format.date"))} ${hhmm(s.start)} · ${s.topic}` }))}
            style={{ minWidth: 260, maxWidth: "100%" }}
          />
          {editable && (
            <>
              <Button type="primary" icon={<SaveOutlined />} loading={recording.loading} disabled={!session || participants.length === 0} onClick={() => void saveAttendance()} data-testid="attendance-save">
                {t("delivery.attendance.save")}
              </Button>
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="attendance-import">
                {t("delivery.attendance.import")}
              </Button>
              <Button icon={<QrcodeOutlined />} disabled={!session} onClick={() => setCheckIn(true)} data-testid="check-in-open">
                {t("delivery.checkIn.show")}
              </Button>
              <Button icon={<SaveOutlined />} loading={scoring.loading} disabled={participants.length === 0} onClick={() => void saveScores()} data-testid="scores-save">
                {t("delivery.scores.save")}
              </Button>
            </>
          )}
        </Flex>
        <ApiErrorAlert error={error} />
        <div ref={scrollable}>
          <Table<Participant>
            data-testid="participants-table"
            rowKey="nominationId"
            size="small"
            columns={columns}
            dataSource={participants}
            loading={loading}
            pagination={false}
            scroll={{ x: "max-content" }}
            locale={{ emptyText: t("delivery.participants.none") }}
          />
        </div>
      </Space>
      {importing && <AttendanceImportDialog batch={batch} sessions={sessions} participants={participants} onClose={() => setImporting(false)} />}
      {checkIn && session && <CheckInModal session={session} onClose={() => setCheckIn(false)} />}
      {revoked && (
        <ReasonModal
          title={t("delivery.certificate.revokeTitle", { number: revoked.number })}
          okText={t("delivery.certificate.revoke")}
          label={t("delivery.certificate.revokeReason")}
          required
          testIdPrefix="revoke"
          loading={revoking.loading}
          submit={async (reason) => {
            await revoke({ variables: { id: revoked.id, reason: reason ?? "" } });
            void message.success(t("delivery.certificate.revoked"));
            setRevoked(null);
          }}
          onClose={() => setRevoked(null)}
        />
      )}
    </Card>
  );
}
