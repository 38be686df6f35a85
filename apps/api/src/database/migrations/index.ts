import { Organization1764300000000 } from "./1764300000000-organization";
import { NeedsAndPlanning1764400000000 } from "./1764400000000-needs-and-planning";
import { AuthHardening1764500000000 } from "./1764500000000-auth-hardening";
import { LengthLimitsOrganization1764500000100 } from "./1764500000100-length-limits-organization";
import { LengthLimitsNeeds1764500000200 } from "./1764500000200-length-limits-needs";
import { Planning1764500000300 } from "./1764500000300-planning";
import { ListIndexes1764600000000 } from "./1764600000000-list-indexes";
import { UnitEmployeeCounts1764600000100 } from "./1764600000100-unit-employee-counts";
import { NeedsStore1764700000000 } from "./1764700000000-needs-store";
import { NeedUnitEmployees1764700000100 } from "./1764700000100-need-unit-employees";
import { Delivery1764800000000 } from "./1764800000000-delivery";
import { Attendance1764800000100 } from "./1764800000100-attendance";
import { JpLedger1764800000200 } from "./1764800000200-jp-ledger";
import { Survey1764900000000 } from "./1764900000000-survey";
import { Evaluation1764900000100 } from "./1764900000100-evaluation";
import { SkmSignals1764900000200 } from "./1764900000200-skm-signals";
import { SurveyAddressKey1764900000300 } from "./1764900000300-survey-address-key";
import { Budget1765000000000 } from "./1765000000000-budget";

/** Every migration, oldest first. Both PostgreSQL and the embedded PGlite run the same list. */
export const migrations = [Organization1764300000000, NeedsAndPlanning1764400000000, AuthHardening1764500000000, LengthLimitsOrganization1764500000100, LengthLimitsNeeds1764500000200, Planning1764500000300, ListIndexes1764600000000, UnitEmployeeCounts1764600000100, NeedsStore1764700000000, NeedUnitEmployees1764700000100, Delivery1764800000000, Attendance1764800000100, JpLedger1764800000200, Survey1764900000000, Evaluation1764900000100, SkmSignals1764900000200, SurveyAddressKey1764900000300, Budget1765000000000];
