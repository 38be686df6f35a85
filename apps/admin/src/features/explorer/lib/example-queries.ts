/**
 * Saved example queries of the API explorer. The query text is GraphQL (the same in every
 * language); titles and descriptions are in the message catalogues under `explorer.example.<id>`.
 */
export const EXAMPLE_IDS = ["employeesOfUnit", "unitsWithCounts", "ranks", "employeeById", "auditLog"] as const;
export type ExampleId = (typeof EXAMPLE_IDS)[number];

export interface ExampleSamples {
  /** An OPD the user may see, for the "employees of a unit" example. */
  readonly unitId: string | null;
  /** Any employee the user may see, for the "one employee" example. */
  readonly employeeId: string | null;
}

export interface ExampleQuery {
  readonly id: ExampleId;
  readonly query: string;
  readonly variables: string;
  /** Only administrators may run it (the server answers FORBIDDEN otherwise). */
  readonly adminOnly: boolean;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

export const exampleQueries = ({ unitId, employeeId }: ExampleSamples): readonly ExampleQuery[] => [
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
