/**
 * Saved example queries of the API explorer. The query text is GraphQL (the same in every
 * language); titles and descriptions are in the message catalogues under `explorer.example.<id>`.
 */
export const EXAMPLE_IDS = [
  "employeesOfUnit",
  "unitsWithCounts",
  "ranks",
  "employeeById",
  "needsHeatmap",
  "rankedNeeds",
  "jobPersonMatches",
  "employeeGaps",
  "proposals",
  "candidates",
  "plans",
  "auditLog",
] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export interface ExampleSamples {
  /** An OPD the user may see, for the "employees of a unit" example. */
  readonly unitId: string | null;
  /** Any employee the user may see, for the "one employee" example. */
  readonly employeeId: string | null;
  /** The latest assessment cycle's year, for the needs examples. */
  readonly cycleYear: number | null;
  /** The year being planned, for the planning examples. */
  readonly planYear: number | null;
}

export interface ExampleQuery {
  readonly id: ExampleId;
  readonly query: string;
  readonly variables: string;
  /** Only administrators may run it (the server answers FORBIDDEN otherwise). */
  readonly adminOnly: boolean;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

/** The needs examples' year: the latest cycle's, else this year. */
const needsYearOf = (cycleYear: number | null): number => cycleYear ?? new Date().getFullYear();
/** The planning examples' year: the year being planned, else the one after the needs year. */
const plannedYearOf = (cycleYear: number | null, planYear: number | null): number => planYear ?? needsYearOf(cycleYear) + 1;

export const exampleQueries = ({ unitId, employeeId, cycleYear, planYear }: ExampleSamples): readonly ExampleQuery[] => [
  {
    id: "employeesOfUnit",
    adminOnly: false,
    variables: json({ unitId: unitId ?? "1", first: 20 }),
    query: `query EmployeesOfUnit($unitId: ID!, $first: Int) {
  employees(first: $first, filter: { unitId: $unitId }, sort: { field: NAME, direction: ASC }) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        nip
        name
        rank {
          code
          name
        }
        positionKind
        positionTitle
        unit {
          name
        }
      }
    }
  }
}
`,
  },
  {
    id: "unitsWithCounts",
    adminOnly: false,
    variables: "",
    query: `query UnitsWithEmployeeCount {
  units {
    id
    code
    name
    kind
    parentId
    employeeCount
  }
}
`,
  },
  {
    id: "ranks",
    adminOnly: false,
    variables: json({ employmentType: "PNS" }),
    query: `query Ranks($employmentType: EmploymentType) {
  ranks(employmentType: $employmentType) {
    code
    name
    employmentType
    order
  }
}
`,
  },
  {
    id: "employeeById",
    adminOnly: false,
    variables: json({ id: employeeId ?? "1" }),
    query: `query EmployeeById($id: ID!) {
  employee(id: $id) {
    id
    nip
    name
    gender
    birthDate
    employmentType
    rank {
      code
      name
    }
    positionKind
    positionTitle
    functionalGrade
    unit {
      code
      name
      parent {
        name
      }
    }
    email
    phone
    active
    version
    updatedAt
  }
}
`,
  },
  {
    id: "needsHeatmap",
    adminOnly: false,
    variables: json({ year: needsYearOf(cycleYear) }),
    query: `query NeedsHeatmap($year: Int!, $parentUnitId: ID) {
  needsHeatmap(filter: { year: $year }, parentUnitId: $parentUnitId) {
    parent {
      name
    }
    rows {
      unit {
        code
        name
      }
      competency {
        code
        name
      }
      employeesWithStandard
      employeesAssessed
      employeesInNeed
      meanGap
      maxPriority
    }
    total {
      competency {
        code
      }
      employeesInNeed
      meanGap
    }
  }
}
`,
  },
  {
    id: "rankedNeeds",
    adminOnly: false,
    variables: json({ year: needsYearOf(cycleYear), first: 20 }),
    query: `query RankedNeeds($year: Int!, $first: Int, $after: String) {
  rankedNeeds(filter: { year: $year, competencyKind: TECHNICAL }, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        employee {
          nip
          name
        }
        unit {
          name
        }
        competency {
          code
          name
        }
        standard
        actual
        gap
        jpmPercent
        skpPredikat
        score
        parts {
          factor
          value
          weight
          contribution
        }
      }
    }
  }
}
`,
  },
  {
    id: "jobPersonMatches",
    adminOnly: false,
    variables: json({ year: needsYearOf(cycleYear), first: 20 }),
    query: `query JobPersonMatches($year: Int!, $first: Int, $after: String) {
  jobPersonMatches(filter: { year: $year }, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        employee {
          nip
          name
          positionTitle
        }
        percent
        mappingBand
        selectionBand
        assessed
        withStandard
      }
    }
  }
}
`,
  },
  {
    id: "employeeGaps",
    adminOnly: false,
    variables: json({ id: employeeId ?? "1", year: needsYearOf(cycleYear), target: { positionKind: "ADMINISTRATOR" } }),
    query: `query EmployeeGaps($id: ID!, $year: Int!, $target: TargetPosition) {
  employeeNeeds(id: $id, year: $year, target: $target) {
    employee {
      name
      positionKind
      positionTitle
    }
    jobPersonMatch {
      percent
      mappingBand
      selectionBand
    }
    gaps {
      competency {
        code
        name
      }
      standard
      actual
      gap
      isNeed
    }
    targetGaps {
      competency {
        code
      }
      standard
      actual
      gap
      isNeed
    }
  }
}
`,
  },
  {
    id: "proposals",
    adminOnly: false,
    variables: json({ year: plannedYearOf(cycleYear, planYear), first: 20 }),
    query: `query Proposals($year: Int!, $first: Int) {
  trainingProposals(filter: { year: $year }, first: $first) {
    totalCount
    edges {
      node {
        title
        status
        unit {
          name
        }
        competency {
          code
        }
        participants
        jp
        decisionReason
        candidate {
          title
        }
      }
    }
  }
}
`,
  },
  {
    id: "candidates",
    adminOnly: false,
    variables: json({ year: plannedYearOf(cycleYear, planYear) }),
    query: `query Candidates($year: Int!) {
  programmeCandidates(filter: { year: $year }, first: 100) {
    totalCount
    edges {
      node {
        title
        competencies {
          code
        }
        participants
        jp
        cost
        costPerParticipantJp
        mandatory
        value
        proposal {
          title
        }
      }
    }
  }
}
`,
  },
  {
    id: "plans",
    adminOnly: false,
    variables: json({ year: plannedYearOf(cycleYear, planYear) }),
    query: `query Plans($year: Int!) {
  plans(filter: { year: $year }) {
    edges {
      node {
        version
        status
        ceiling
        totalCost
        remaining
        totalValue
        explanation {
          method
          valuation
          candidateCount
          mandatoryCount
          selectedCount
          upperBound
          leftOutByReason {
            reason
            count
          }
        }
        items {
          title
          cost
          value
          selected
          reason
        }
      }
    }
  }
}
`,
  },
  {
    id: "auditLog",
    adminOnly: true,
    variables: json({ first: 20 }),
    query: `query AuditLog($first: Int) {
  auditLog(first: $first) {
    totalCount
    edges {
      node {
        at
        actor {
          username
          role
        }
        action
        entityType
        entityId
        before
        after
      }
    }
  }
}
`,
  },
];
