import {
  DELIVERY_STATES,
  DEVELOPMENT_KINDS,
  DEVELOPMENT_KIND_ROUTES,
  DEVELOPMENT_ROUTES,
  LEADERSHIP_PROGRAMMES,
  SESSION_ROLES,
  SPEAKER_LEVELS,
} from "@bina/domain";
import type { Translate } from "../../../i18n/i18n-context";

/** The 25 development kinds grouped by route (education, classical, non-classical), in PerLAN order. */
export const kindOptions = (t: Translate) =>
  DEVELOPMENT_ROUTES.map((route) => ({
    label: t(`enum.DevelopmentRoute.${route}`),
    title: t(`enum.DevelopmentRoute.${route}`),
    options: DEVELOPMENT_KINDS.filter((k) => DEVELOPMENT_KIND_ROUTES[k] === route).map((k) => ({ value: k, label: t(`enum.DevelopmentKind.${k}`) })),
  }));

export const stateOptions = (t: Translate) => DELIVERY_STATES.map((s) => ({ value: s, label: t(`enum.DeliveryState.${s}`) }));

export const leadershipOptions = (t: Translate) => LEADERSHIP_PROGRAMMES.map((p) => ({ value: p, label: t(`enum.LeadershipProgramme.${p}`) }));

/** The organisers, as the API's ProgrammeOrganiser enum lists them. */
export const ORGANISERS = ["BKPSDM", "PROVINCE", "LAN", "OTHER_CITY", "ONLINE_PLATFORM", "OTHER"] as const;
export const organiserOptions = (t: Translate) => ORGANISERS.map((o) => ({ value: o, label: t(`enum.ProgrammeOrganiser.${o}`) }));

export const roleOptions = (t: Translate) => SESSION_ROLES.map((r) => ({ value: r, label: t(`enum.SessionRole.${r}`) }));

export const levelOptions = (t: Translate) => SPEAKER_LEVELS.map((l) => ({ value: l, label: t(`enum.SpeakerLevel.${l}`) }));
