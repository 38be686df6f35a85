import { Tag } from "antd";
import type { EvaluationInvitationStatus, ImprovementSource, ImprovementStatus, NGainCategory } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";

/** antd's tag presets whose text passes WCAG AA contrast (gold, orange and volcano do not). */
const N_GAIN_COLORS: Readonly<Record<NGainCategory, string>> = { HIGH: "green", MEDIUM: "blue", LOW: "red" };
const INVITATION_COLORS: Readonly<Record<EvaluationInvitationStatus, string>> = { SCHEDULED: "default", OPEN: "blue", ANSWERED: "green", EXPIRED: "red" };
const SOURCE_COLORS: Readonly<Record<ImprovementSource, string>> = {
  LOW_REACTION: "magenta",
  LOW_N_GAIN: "red",
  NO_BEHAVIOUR_CHANGE: "geekblue",
  WEAK_ELEMENT: "purple",
  OTHER: "default",
};

/** An N-gain category (HIGH, MEDIUM, LOW); "—" when there is no gain to measure. */
export function NGainTag({ category, testId = "n-gain-category" }: { readonly category: NGainCategory | null | undefined; readonly testId?: string }) {
  const t = useT();
  if (!category) return <span data-testid={testId}>{t("common.none")}</span>;
  return (
    <Tag color={N_GAIN_COLORS[category]} data-testid={testId}>
      {t(`enum.NGainCategory.${category}`)}
    </Tag>
  );
}

/** Where an evaluation form stands. */
export function InvitationStatusTag({ status }: { readonly status: EvaluationInvitationStatus }) {
  const t = useT();
  return (
    <Tag color={INVITATION_COLORS[status]} data-testid="invitation-status">
      {t(`enum.EvaluationInvitationStatus.${status}`)}
    </Tag>
  );
}

/** The finding an improvement action answers. */
export function ImprovementSourceTag({ source }: { readonly source: ImprovementSource }) {
  const t = useT();
  return (
    <Tag color={SOURCE_COLORS[source]} data-testid="action-source">
      {t(`enum.ImprovementSource.${source}`)}
    </Tag>
  );
}

/** Whether an improvement action is open or closed. */
export function ImprovementStatusTag({ status }: { readonly status: ImprovementStatus }) {
  const t = useT();
  return (
    <Tag color={status === "OPEN" ? "blue" : "green"} data-testid="action-status">
      {t(`enum.ImprovementStatus.${status}`)}
    </Tag>
  );
}
