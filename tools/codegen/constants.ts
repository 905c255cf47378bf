/** Emits generated/constants.ts from reason.schema.json and error.schema.json. */
import { tsBanner } from "./banner.js";
import type { SchemaFile } from "./load.js";

interface ReasonEntry {
  readonly reason: string;
  readonly status: number;
  readonly description: string;
}

function reasonEntries(reason: SchemaFile): ReasonEntry[] {
  const oneOf = reason.schema["oneOf"];
  if (!Array.isArray(oneOf)) throw new Error(`${reason.path}: expected a root oneOf`);
  return oneOf.map((branch: Record<string, unknown>, i) => {
    const c = branch["const"];
    const status = branch["x-http-status"];
    const description = branch["description"];
    if (typeof c !== "string" || typeof status !== "number" || typeof description !== "string") {
      throw new Error(`${reason.path}: oneOf[${i}] needs string const, numeric x-http-status, string description`);
    }
    return { reason: c, status, description };
  });
}

function errorCode(error: SchemaFile): number {
  const props = error.schema["properties"] as Record<string, Record<string, unknown>> | undefined;
  const code = props?.["code"]?.["const"];
  if (typeof code !== "number") throw new Error(`${error.path}: expected properties.code.const to be a number`);
  return code;
}

export function emitConstants(schemas: readonly SchemaFile[]): string {
  const reason = schemas.find((s) => s.stem === "reason");
  const error = schemas.find((s) => s.stem === "error");
  if (!reason || !error) throw new Error("schemas/reason.schema.json and schemas/error.schema.json are required");
  // Registry order (the order of the oneOf) is kept: it is meaningful (grouped by status) and stable.
  const entries = reasonEntries(reason);
  const statuses = [...new Set(entries.map((e) => e.status))].sort((a, b) => a - b);
  const q = (s: string): string => JSON.stringify(s);
  const key = (s: string): string => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : q(s));
  const lines: string[] = [
    tsBanner([reason.path, error.path]),
    "",
    "/** The closed registry of `error.data.reason` strings, in registry order. */",
    "export const REASONS = [",
    ...entries.map((e) => `  ${q(e.reason)},`),
    "] as const;",
    "",
    "/** One `error.data.reason` string. */",
    "export type Reason = (typeof REASONS)[number];",
    "",
    "/** The HTTP status each reason maps to (400 malformed, 401 authentication, 403 authorization). */",
    `export const REASON_HTTP_STATUS: Readonly<Record<Reason, ${statuses.join(" | ")}>> = Object.freeze({`,
    ...entries.map((e) => `  ${key(e.reason)}: ${e.status},`),
    "});",
    "",
    "/** The registry's one-line description of each reason. */",
    "export const REASON_DESCRIPTIONS: Readonly<Record<Reason, string>> = Object.freeze({",
    ...entries.map((e) => `  ${key(e.reason)}: ${q(e.description)},`),
    "});",
    "",
    "/** The single JSON-RPC error code every refusal uses (outside the reserved -32768..-32000 range). */",
    `export const TRUST_ERROR_CODE = ${errorCode(error)};`,
    "",
    "const REASON_SET: ReadonlySet<string> = new Set<string>(REASONS);",
    "",
    "/** True when `x` is one of the registered reason strings. */",
    "export function isReason(x: unknown): x is Reason {",
    '  return typeof x === "string" && REASON_SET.has(x);',
    "}",
    "",
  ];
  return lines.join("\n");
}
