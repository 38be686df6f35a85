/**
 * What the compliance feature offers other features (the employee's page shows the JP ledger; the home page the
 * year's share of PNS at the minimum, worked out as the dashboard does).
 * Anything not exported here is internal: other features import only this file.
 */
export { EmployeeLedger } from "./components/employee-ledger";
export { pnsAtRisk, sharePercent } from "./lib/compliance-figures";
