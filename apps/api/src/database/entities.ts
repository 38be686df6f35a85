import { AuditEntryEntity } from "../modules/audit/audit-entry.entity";
import { UserEntity } from "../modules/auth/user.entity";
import { EmployeeEntity } from "../modules/organization/employee.entity";
import { UnitEntity } from "../modules/organization/unit.entity";

export const entities = [UnitEntity, EmployeeEntity, UserEntity, AuditEntryEntity];
