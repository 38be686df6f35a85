import { useMutation } from "@apollo/client/react";
import { Descriptions } from "antd";
import { ImportAttendanceDocument, type ImportAttendanceMutation } from "../../../gql/graphql";
import { useT } from "../../../i18n/i18n-context";
import { ImportDialog } from "../../../ui/import-dialog";
import { IMPORT_ACCEPT, isImportFileName } from "../../../ui/import-files";
import { attendanceTemplateCsv } from "../lib/attendance-template";
import { evictParticipants } from "./evict-delivery";

type ImportResult = ImportAttendanceMutation["importAttendance"];

interface AttendanceImportDialogProps {
  readonly batch: { readonly id: string; readonly name: string };
  readonly sessions: readonly { readonly date: string; readonly start: string }[];
  readonly participants: readonly { readonly nip: string }[];
  readonly onClose: () => void;
}

/** A batch's attendance from CSV or XLSX: a dry run first, then the import; all or nothing, every bad row named. */
export function AttendanceImportDialog({ batch, sessions, participants, onClose }: AttendanceImportDialogProps) {
  const t = useT();
  const [mutate] = useMutation(ImportAttendanceDocument);
  const run = async (fileName: string, contentBase64: string, dryRun: boolean) => {
    const r = await mutate({ variables: { input: { batchId: batch.id, fileName, contentBase64, dryRun } }, update: dryRun ? undefined : evictParticipants });
    return r.data?.importAttendance;
  };
  return (
    <ImportDialog<ImportResult>
      title={t("delivery.attendance.importTitle", { batch: batch.name })}
      policy={t("delivery.attendance.importPolicy")}
      columnsText={t("delivery.attendance.importColumns")}
      accept={IMPORT_ACCEPT}
      isFileName={isImportFileName}
      run={run}
      testIdPrefix="attendance-import"
      renderCounts={(result) => (
        <Descriptions size="small" column={2}>
          <Descriptions.Item label={t("import.count.rows")}>
            <span data-testid="attendance-import-rows">{result.totalRows}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t("delivery.attendance.recorded")}>
            <span data-testid="attendance-import-recorded">{result.recorded}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      template={{ fileName: "bina-template-presensi.csv", build: () => attendanceTemplateCsv(sessions, participants) }}
      onClose={onClose}
    />
  );
}
