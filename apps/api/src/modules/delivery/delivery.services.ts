import type { DataSource } from "typeorm";
import type { Caller } from "../../kit/caller";
import { pageSize } from "../../kit/connection";
import { addSession } from "./add-session";
import { cancelNomination } from "./cancel-nomination";
import { createBatch } from "./create-batch";
import { createProgramme } from "./create-programme";
import { createProgrammeFromPlan } from "./create-programme-from-plan";
import { createSpeaker } from "./create-speaker";
import { decideNomination } from "./decide-nomination";
import type {
  BatchFilter,
  BatchInput,
  CancelNominationInput,
  DecideNominationInput,
  MoveInput,
  NominateInput,
  NominationFilter,
  ProgrammeFilter,
  ProgrammeFromPlanInput,
  ProgrammeInput,
  SessionInput,
  SpeakerFilter,
  SpeakerInput,
  UpdateBatchInput,
  UpdateProgrammeInput,
  UpdateSessionInput,
  UpdateSpeakerInput,
} from "./delivery.inputs";
import { listBatches } from "./list-batches";
import { listNominations } from "./list-nominations";
import { listProgrammes } from "./list-programmes";
import { listSpeakers } from "./list-speakers";
import { moveBatch } from "./move-batch";
import { moveProgramme } from "./move-programme";
import { nominate } from "./nominate";
import { removeSession } from "./remove-session";
import { updateBatch } from "./update-batch";
import { updateProgramme } from "./update-programme";
import { updateSession } from "./update-session";
import { updateSpeaker } from "./update-speaker";

type Paging = { first: number; after?: string | null; withTotal: boolean };

/** The delivery module's use cases bound to the database: wiring only. */
export const deliveryServices = (ds: DataSource, maxPageSize: number) => ({
  speakers: (a: Paging & { filter?: SpeakerFilter | null }) => listSpeakers({ ds, ...a, first: pageSize(a.first, maxPageSize) }),
  createSpeaker: (caller: Caller, input: SpeakerInput) => createSpeaker({ ds, caller, input }),
  updateSpeaker: (caller: Caller, input: UpdateSpeakerInput) => updateSpeaker({ ds, caller, input }),
  programmes: (a: Paging & { filter: ProgrammeFilter }) => listProgrammes({ ds, ...a, first: pageSize(a.first, maxPageSize) }),
  createProgramme: (caller: Caller, input: ProgrammeInput) => createProgramme({ ds, caller, input }),
  createProgrammeFromPlan: (caller: Caller, input: ProgrammeFromPlanInput) => createProgrammeFromPlan({ ds, caller, input }),
  updateProgramme: (caller: Caller, input: UpdateProgrammeInput) => updateProgramme({ ds, caller, input }),
  moveProgramme: (caller: Caller, input: MoveInput) => moveProgramme({ ds, caller, input }),
  batches: (a: Paging & { filter: BatchFilter }) => listBatches({ ds, ...a, first: pageSize(a.first, maxPageSize) }),
  createBatch: (caller: Caller, input: BatchInput) => createBatch({ ds, caller, input }),
  updateBatch: (caller: Caller, input: UpdateBatchInput) => updateBatch({ ds, caller, input }),
  moveBatch: (caller: Caller, input: MoveInput) => moveBatch({ ds, caller, input }),
  addSession: (caller: Caller, input: SessionInput) => addSession({ ds, caller, input }),
  updateSession: (caller: Caller, input: UpdateSessionInput) => updateSession({ ds, caller, input }),
  removeSession: (caller: Caller, id: string, version: number) => removeSession({ ds, caller, id, version }),
  nominations: (caller: Caller, a: Paging & { filter?: NominationFilter | null }) => listNominations({ ds, caller, ...a, first: pageSize(a.first, maxPageSize) }),
  nominate: (caller: Caller, input: NominateInput) => nominate({ ds, caller, input }),
  decideNomination: (caller: Caller, input: DecideNominationInput) => decideNomination({ ds, caller, input }),
  cancelNomination: (caller: Caller, input: CancelNominationInput) => cancelNomination({ ds, caller, input }),
  /** A nested page size checked as the top-level lists check theirs. */
  pageSize: (first: number | null | undefined) => pageSize(first, maxPageSize),
});
