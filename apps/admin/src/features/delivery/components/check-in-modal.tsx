import { useEffect } from "react";
import { useQuery } from "@apollo/client/react";
import { Flex, Modal, Skeleton, Typography } from "antd";
import dayjs from "dayjs";
import { CheckInCodeDocument } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ApiErrorAlert } from "../../../ui/api-error-alert";
import { refreshDelayMs } from "../lib/delivery-rules";

interface CheckInModalProps {
  readonly session: { readonly id: string; readonly topic: string; readonly date: string; readonly start: string };
  readonly onClose: () => void;
}

/**
 * The organiser's QR check-in code of a session, for the room's screen: the QR image and the code, asked again some
 * seconds before it expires (codes live two minutes), so the screen always shows a valid one.
 */
export function CheckInModal({ session, onClose }: CheckInModalProps) {
  const t = useT();
  const { data, error, refetch } = useQuery(CheckInCodeDocument, { variables: { sessionId: session.id }, fetchPolicy: "network-only" });
  const code = data?.checkInCode;
  useEffect(() => {
    if (!code) return undefined;
    const timer = window.setTimeout(() => void refetch(), refreshDelayMs(code.expiresAt, Date.now()));
    return () => window.clearTimeout(timer);
  }, [code, refetch]);

  return (
    <Modal open title={t("delivery.checkIn.title", { topic: session.topic })} onCancel={onClose} footer={null} width={480}>
      <ApiErrorAlert error={error} />
      {!code && !error && <Skeleton active />}
      {code && (
        <Flex vertical align="center" gap="small" data-testid="check-in">
          <img src={code.qrSvgDataUrl} alt={t("delivery.checkIn.qrAlt")} width={280} height={280} data-testid="check-in-qr" />
          <Typography.Text copyable style={{ fontSize: 20, fontFamily: "monospace" }} data-testid="check-in-code">
            {code.code}
          </Typography.Text>
          <Typography.Text type="secondary">{t("delivery.checkIn.expires", { time: dayjs(code.expiresAt).format("HH:mm:ss") })}</Typography.Text>
          <Typography.Link href={code.url} target="_blank" rel="noreferrer">
            {t("delivery.checkIn.open")}
          </Typography.Link>
        </Flex>
      )}
    </Modal>
  );
}
