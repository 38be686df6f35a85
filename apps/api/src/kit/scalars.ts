import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

/** Refuses a value; a literal's node is kept so the error has a location (and the error formatter finds its field). */
const refuse = (message: string, node?: ValueNode): never => {
  throw new GraphQLError(message, { nodes: node, extensions: { code: "BAD_USER_INPUT", domainCode: "INVALID_FIELD" } });
};

const wholeRupiah = (value: unknown, node?: ValueNode): number => {
  const n = typeof value === "number" ? value : typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) refuse("Rupiah: a whole number of rupiah (no fractions), at most 9,007,199,254,740,991", node);
  return n;
};

/**
 * Money: a whole number of rupiah, exact up to 2^53 − 1 (about 9 quadrillion). Fractions, strings that are
 * not integers and unsafe integers are refused. Stored as `bigint`.
 */
export const RupiahScalar = new GraphQLScalarType<number, number>({
  name: "Rupiah",
  description: "A whole amount of rupiah (Indonesian rupiah, no fractions), a JSON integer up to 2^53 − 1.",
  serialize: (value) => wholeRupiah(value),
  parseValue: (value) => (typeof value === "number" ? wholeRupiah(value) : refuse("Rupiah: send a JSON integer")),
  parseLiteral: (ast: ValueNode) => (ast.kind === Kind.INT ? wholeRupiah(ast.value, ast) : refuse("Rupiah: write an integer literal", ast)),
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const dateOfRecord = (value: unknown, node?: ValueNode): string => {
  const m = typeof value === "string" ? DATE.exec(value) : null;
  if (!m) return refuse("Date: a calendar date written YYYY-MM-DD", node);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return refuse(`Date: ${value as string} is not a calendar date`, node);
  return value as string;
};

/** A date of record (no time, no zone: Asia/Jakarta's calendar), written YYYY-MM-DD. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date of record, `YYYY-MM-DD` (Asia/Jakarta), with no time of day.",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : dateOfRecord(value)),
  parseValue: (value) => dateOfRecord(value),
  parseLiteral: (ast: ValueNode) => (ast.kind === Kind.STRING ? dateOfRecord(ast.value, ast) : refuse("Date: write a string YYYY-MM-DD", ast)),
});
