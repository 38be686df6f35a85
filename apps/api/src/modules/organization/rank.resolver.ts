import { Arg, Authorized, Query, Resolver } from "type-graphql";
import { RANKS, type EmploymentType } from "@bina/domain";
import { EmploymentTypeEnum } from "./organization.enums";
import { RankType } from "./rank.type";

@Resolver(() => RankType)
export class RankResolver {
  @Authorized()
  @Query(() => [RankType], { description: "The rank ladders (from the domain's tables), lowest first." })
  ranks(@Arg("employmentType", () => EmploymentTypeEnum, { nullable: true, description: "Only this ladder; both when omitted." }) employmentType?: EmploymentType | null): RankType[] {
    return RANKS.filter((r) => !employmentType || r.employmentType === employmentType).map((r) => ({ ...r }));
  }
}
