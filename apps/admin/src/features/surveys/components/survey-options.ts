import { SERVICE_UNIT_KINDS } from "@bina/domain";
import type { Translate } from "../../../i18n/i18n-context";

export const serviceUnitKindOptions = (t: Translate) => SERVICE_UNIT_KINDS.map((k) => ({ value: k, label: t(`enum.ServiceUnitKind.${k}`) }));
