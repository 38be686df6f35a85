import type { DataSource } from "typeorm";
import { domainError } from "@bina/domain";
import { badInput, conflict, notFound } from "../../kit/errors";
import { decodeCursor, encodeCursor } from "../../kit/connection";
import { isUuid } from "../../kit/ids";
import type { Caller } from "../../kit/caller";
import { assertCanChange, inScope } from "../../kit/unit-scope";
import { recordAudit } from "../audit/record-audit";
import { CompetencyEntity } from "../competency/competency.entity";
import { unitForChange } from "../organization/employee-record";
import { UnitEntity } from "../organization/unit.entity";
import type { DecideProposalInput, SubmitProposalInput } from "./needs.inputs";
import { TrainingProposalEntity, type ProposalStatus } from "./training-proposal.entity";

const snapshot = (p: TrainingProposalEntity) => ({ ...p });

/** Units propose (operators for their own subtree); administrators accept or return with a reason. Audited. */
export function proposalsService(ds: DataSource) {
  return {
    async list(c: Caller, a: { year?: number | null; status?: ProposalStatus | null; unitId?: string | null; first: number; after?: string | null }) {
      const scope = await c.scope();
      const qb = ds.getRepository(TrainingProposalEntity).createQueryBuilder("p").innerJoin("p.unit", "u");
      if (scope.kind === "SUBTREE") qb.andWhere("u.path LIKE :sp", { sp: `${scope.path}%` });
      if (a.year) qb.andWhere("p.year = :year", { year: a.year });
      if (a.status) qb.andWhere("p.status = :status", { status: a.status });
      if (a.unitId) {
        if (!isUuid(a.unitId)) return { rows: [], hasNextPage: false, totalCount: 0 };
        qb.andWhere("u.path LIKE (SELECT f.path FROM units f WHERE f.id = :unitId) || '%'", { unitId: a.unitId });
      }
      const totalCount = await qb.clone().getCount();
      if (a.after) {
        const [at, id] = decodeCursor(a.after, ["timestamp", "uuid"]);
        qb.andWhere("(p.created_at, p.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))", { at, id });
      }
      const { entities, raw } = await qb.addSelect("p.created_at::text", "k0").orderBy("p.created_at", "DESC").addOrderBy("p.id", "DESC").limit(a.first + 1).getRawAndEntities<{ k0: string }>();
      return {
        rows: entities.slice(0, a.first).map((entity, i) => ({ entity, cursor: encodeCursor([raw[i]!.k0, entity.id]) })),
        hasNextPage: entities.length > a.first,
        totalCount,
      };
    },

    async submit(c: Caller, input: SubmitProposalInput) {
      const scope = await c.scope();
      return ds.transaction(async (m) => {
        const unit = await unitForChange(m, scope, input.unitId);
        if (!(await m.existsBy(CompetencyEntity, { id: input.competencyId, active: true }))) {
          throw badInput(domainError("UNKNOWN_COMPETENCY", `competencyId: there is no active competency ${input.competencyId}`, { field: "competencyId" }));
        }
        const title = input.title.trim();
        if (title.length < 3) throw badInput(domainError("INVALID_TITLE", "title: at least 3 characters", { field: "title" }));
        const justification = input.justification.trim();
        if (justification.length < 10) throw badInput(domainError("INVALID_JUSTIFICATION", "justification: say why, in at least 10 characters", { field: "justification" }));
        const saved = await m.save(m.create(TrainingProposalEntity, { ...input, title, justification, unitId: unit.id, proposedBy: c.user.id, status: "SUBMITTED" }));
        await recordAudit(m, c.user.id, [{ action: "CREATE", entityType: "TrainingProposal", entityId: saved.id, before: null, after: snapshot(saved) }]);
        return saved;
      });
    },

    async decide(c: Caller, input: DecideProposalInput) {
      const scope = await c.scope();
      const reason = input.reason?.trim() || null;
      if (input.decision === "RETURN" && !reason) {
        throw badInput(domainError("RETURN_REASON_REQUIRED", "reason: say why the proposal is returned", { field: "reason" }));
      }
      return ds.transaction(async (m) => {
        const current = isUuid(input.id) ? await m.findOne(TrainingProposalEntity, { where: { id: input.id }, lock: { mode: "pessimistic_write" } }) : null;
        const unit = current ? await m.findOneBy(UnitEntity, { id: current.unitId }) : null;
        if (!current || !unit || !inScope(scope, unit.path)) throw notFound("TrainingProposal", input.id);
        assertCanChange(scope, unit);
        if (current.version !== input.version) throw conflict("This proposal was changed by someone else; reload and try again", { field: "version", domainCode: "STALE_VERSION" });
        if (current.status !== "SUBMITTED") throw conflict(`This proposal is already ${current.status}`, { domainCode: "PROPOSAL_ALREADY_DECIDED" });
        const before = snapshot(current);
        const saved = await m.save(
          m.merge(TrainingProposalEntity, current, {
            status: input.decision === "ACCEPT" ? "ACCEPTED" : "RETURNED",
            decisionReason: reason,
            decidedBy: c.user.id,
            decidedAt: new Date(),
            version: current.version + 1,
          }),
        );
        await recordAudit(m, c.user.id, [{ action: "DECIDE", entityType: "TrainingProposal", entityId: saved.id, before, after: snapshot(saved) }]);
        return saved;
      });
    },
  };
}
