import { Typography } from "antd";
import dayjs from "dayjs";
import type { LearningRecordDetailFragment } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { useNumberFormat } from "../../../ui/use-number-format";
import { activityFieldOf } from "../lib/record-form";

/** What a record's JP is credited from: the one field its kind's rule reads (JP, days, sessions, JP per day, count, semesters). */
export function ActivitySummary({ record }: { readonly record: LearningRecordDetailFragment }) {
  const t = useT();
  const number = useNumberFormat();
  const field = activityFieldOf(record.kind);
  switch (field) {
    case "sessionDates":
      return (
        <span>
          {t("compliance.record.sessionDates")}: {(record.sessionDates ?? []).map((d) => dayjs(d).format(t("format.date"))).join(", ")}
        </span>
      );
    case "jpByDay":
      return (
        <span>
          {t("compliance.record.jpByDay")}: {(record.jpByDay ?? []).map((jp) => number(jp)).join(" + ")}
        </span>
      );
    default: {
      const value = record[field];
      const label = { jp: "compliance.record.jp", days: "compliance.record.days", count: "compliance.record.count", semesters: "compliance.record.semesters" } as const;
      return (
        <span>
          {t(label[field])}: {value === null ? <Typography.Text type="secondary">{t("common.none")}</Typography.Text> : number(value)}
        </span>
      );
    }
  }
}
