/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment SessionUser on User {\n  id\n  username\n  displayName\n  role\n  unit {\n    id\n    name\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...SessionUser\n  }\n}": typeof types.SessionUserFragmentDoc,
    "query ExplorerSamples {\n  units {\n    id\n    kind\n  }\n  employees(first: 1) {\n    edges {\n      node {\n        id\n      }\n    }\n  }\n}": typeof types.ExplorerSamplesDocument,
    "mutation ImportEmployees($input: ImportEmployeesInput!) {\n  importEmployees(input: $input) {\n    totalRows\n    created\n    updated\n    dryRun\n    errors {\n      row\n      field\n      code\n      message\n    }\n  }\n}": typeof types.ImportEmployeesDocument,
    "fragment UnitListItem on Unit {\n  id\n  code\n  name\n  kind\n  parentId\n  employeeCount\n}\n\nquery Units {\n  units {\n    ...UnitListItem\n  }\n}": typeof types.UnitListItemFragmentDoc,
    "fragment EmployeeDetail on Employee {\n  id\n  nip\n  name\n  gender\n  birthDate\n  employmentType\n  rank {\n    code\n    name\n    employmentType\n    order\n  }\n  positionKind\n  positionTitle\n  functionalGrade\n  unit {\n    id\n    code\n    name\n    kind\n  }\n  email\n  phone\n  active\n  version\n  createdAt\n  updatedAt\n}\n\nquery Employee($id: ID!) {\n  employee(id: $id) {\n    ...EmployeeDetail\n  }\n}\n\nmutation DeactivateEmployee($id: ID!, $version: Int!) {\n  deactivateEmployee(id: $id, version: $version) {\n    ...EmployeeDetail\n  }\n}": typeof types.EmployeeDetailFragmentDoc,
    "mutation CreateEmployee($input: CreateEmployeeInput!) {\n  createEmployee(input: $input) {\n    ...EmployeeDetail\n  }\n}\n\nmutation UpdateEmployee($input: UpdateEmployeeInput!) {\n  updateEmployee(input: $input) {\n    ...EmployeeDetail\n  }\n}": typeof types.CreateEmployeeDocument,
    "query Employees($first: Int, $after: String, $filter: EmployeeFilter, $sort: EmployeeSort) {\n  employees(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        nip\n        name\n        employmentType\n        rank {\n          code\n          name\n        }\n        positionKind\n        positionTitle\n        functionalGrade\n        unit {\n          id\n          name\n        }\n        active\n      }\n    }\n  }\n}": typeof types.EmployeesDocument,
};
const documents: Documents = {
    "fragment SessionUser on User {\n  id\n  username\n  displayName\n  role\n  unit {\n    id\n    name\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...SessionUser\n  }\n}": types.SessionUserFragmentDoc,
    "query ExplorerSamples {\n  units {\n    id\n    kind\n  }\n  employees(first: 1) {\n    edges {\n      node {\n        id\n      }\n    }\n  }\n}": types.ExplorerSamplesDocument,
    "mutation ImportEmployees($input: ImportEmployeesInput!) {\n  importEmployees(input: $input) {\n    totalRows\n    created\n    updated\n    dryRun\n    errors {\n      row\n      field\n      code\n      message\n    }\n  }\n}": types.ImportEmployeesDocument,
    "fragment UnitListItem on Unit {\n  id\n  code\n  name\n  kind\n  parentId\n  employeeCount\n}\n\nquery Units {\n  units {\n    ...UnitListItem\n  }\n}": types.UnitListItemFragmentDoc,
    "fragment EmployeeDetail on Employee {\n  id\n  nip\n  name\n  gender\n  birthDate\n  employmentType\n  rank {\n    code\n    name\n    employmentType\n    order\n  }\n  positionKind\n  positionTitle\n  functionalGrade\n  unit {\n    id\n    code\n    name\n    kind\n  }\n  email\n  phone\n  active\n  version\n  createdAt\n  updatedAt\n}\n\nquery Employee($id: ID!) {\n  employee(id: $id) {\n    ...EmployeeDetail\n  }\n}\n\nmutation DeactivateEmployee($id: ID!, $version: Int!) {\n  deactivateEmployee(id: $id, version: $version) {\n    ...EmployeeDetail\n  }\n}": types.EmployeeDetailFragmentDoc,
    "mutation CreateEmployee($input: CreateEmployeeInput!) {\n  createEmployee(input: $input) {\n    ...EmployeeDetail\n  }\n}\n\nmutation UpdateEmployee($input: UpdateEmployeeInput!) {\n  updateEmployee(input: $input) {\n    ...EmployeeDetail\n  }\n}": types.CreateEmployeeDocument,
    "query Employees($first: Int, $after: String, $filter: EmployeeFilter, $sort: EmployeeSort) {\n  employees(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        nip\n        name\n        employmentType\n        rank {\n          code\n          name\n        }\n        positionKind\n        positionTitle\n        functionalGrade\n        unit {\n          id\n          name\n        }\n        active\n      }\n    }\n  }\n}": types.EmployeesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionUser on User {\n  id\n  username\n  displayName\n  role\n  unit {\n    id\n    name\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...SessionUser\n  }\n}"): (typeof documents)["fragment SessionUser on User {\n  id\n  username\n  displayName\n  role\n  unit {\n    id\n    name\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    token\n    expiresAt\n    user {\n      ...SessionUser\n    }\n  }\n}\n\nquery Me {\n  me {\n    ...SessionUser\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerSamples {\n  units {\n    id\n    kind\n  }\n  employees(first: 1) {\n    edges {\n      node {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query ExplorerSamples {\n  units {\n    id\n    kind\n  }\n  employees(first: 1) {\n    edges {\n      node {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportEmployees($input: ImportEmployeesInput!) {\n  importEmployees(input: $input) {\n    totalRows\n    created\n    updated\n    dryRun\n    errors {\n      row\n      field\n      code\n      message\n    }\n  }\n}"): (typeof documents)["mutation ImportEmployees($input: ImportEmployeesInput!) {\n  importEmployees(input: $input) {\n    totalRows\n    created\n    updated\n    dryRun\n    errors {\n      row\n      field\n      code\n      message\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment UnitListItem on Unit {\n  id\n  code\n  name\n  kind\n  parentId\n  employeeCount\n}\n\nquery Units {\n  units {\n    ...UnitListItem\n  }\n}"): (typeof documents)["fragment UnitListItem on Unit {\n  id\n  code\n  name\n  kind\n  parentId\n  employeeCount\n}\n\nquery Units {\n  units {\n    ...UnitListItem\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EmployeeDetail on Employee {\n  id\n  nip\n  name\n  gender\n  birthDate\n  employmentType\n  rank {\n    code\n    name\n    employmentType\n    order\n  }\n  positionKind\n  positionTitle\n  functionalGrade\n  unit {\n    id\n    code\n    name\n    kind\n  }\n  email\n  phone\n  active\n  version\n  createdAt\n  updatedAt\n}\n\nquery Employee($id: ID!) {\n  employee(id: $id) {\n    ...EmployeeDetail\n  }\n}\n\nmutation DeactivateEmployee($id: ID!, $version: Int!) {\n  deactivateEmployee(id: $id, version: $version) {\n    ...EmployeeDetail\n  }\n}"): (typeof documents)["fragment EmployeeDetail on Employee {\n  id\n  nip\n  name\n  gender\n  birthDate\n  employmentType\n  rank {\n    code\n    name\n    employmentType\n    order\n  }\n  positionKind\n  positionTitle\n  functionalGrade\n  unit {\n    id\n    code\n    name\n    kind\n  }\n  email\n  phone\n  active\n  version\n  createdAt\n  updatedAt\n}\n\nquery Employee($id: ID!) {\n  employee(id: $id) {\n    ...EmployeeDetail\n  }\n}\n\nmutation DeactivateEmployee($id: ID!, $version: Int!) {\n  deactivateEmployee(id: $id, version: $version) {\n    ...EmployeeDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateEmployee($input: CreateEmployeeInput!) {\n  createEmployee(input: $input) {\n    ...EmployeeDetail\n  }\n}\n\nmutation UpdateEmployee($input: UpdateEmployeeInput!) {\n  updateEmployee(input: $input) {\n    ...EmployeeDetail\n  }\n}"): (typeof documents)["mutation CreateEmployee($input: CreateEmployeeInput!) {\n  createEmployee(input: $input) {\n    ...EmployeeDetail\n  }\n}\n\nmutation UpdateEmployee($input: UpdateEmployeeInput!) {\n  updateEmployee(input: $input) {\n    ...EmployeeDetail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Employees($first: Int, $after: String, $filter: EmployeeFilter, $sort: EmployeeSort) {\n  employees(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        nip\n        name\n        employmentType\n        rank {\n          code\n          name\n        }\n        positionKind\n        positionTitle\n        functionalGrade\n        unit {\n          id\n          name\n        }\n        active\n      }\n    }\n  }\n}"): (typeof documents)["query Employees($first: Int, $after: String, $filter: EmployeeFilter, $sort: EmployeeSort) {\n  employees(first: $first, after: $after, filter: $filter, sort: $sort) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        nip\n        name\n        employmentType\n        rank {\n          code\n          name\n        }\n        positionKind\n        positionTitle\n        functionalGrade\n        unit {\n          id\n          name\n        }\n        active\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;