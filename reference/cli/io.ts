import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { parseTimestamp } from "../common/clock.js";
import { McpTrustError } from "../common/errors.js";

/** A usage or I/O problem: the adapter contract's exit code 2, never a verdict. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export function readFileBytes(path: string, what: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read ${what} ${path}: ${(e as Error).message}`);
  }
}

export function requireFlag(values: Record<string, unknown>, name: string): string {
  const v = values[name];
  if (typeof v !== "string" || v === "") throw new UsageError(`--${name} is required`);
  return v;
}

/** Writes the one JSON line of the adapter contract. */
export function emit(obj: unknown): void {
  process.stdout.write(`${JSON.stringify(obj)}\n`);
}

type Options = Record<string, { type: "string" | "boolean"; multiple?: boolean; default?: string | boolean }>;

/**
 * `node:util` parseArgs, strict, and also refusing a single-valued flag given twice: silently keeping the last of two
 * `--now` or `--keys` values would hide a caller's mistake.
 */
export function parseFlags<T extends Options>(argv: string[], options: T): ReturnType<typeof parseArgs<{ options: T; strict: true; tokens: true }>>["values"] {
  const { values, tokens } = parseArgs({ args: argv, options, strict: true, allowPositionals: false, tokens: true });
  const seen = new Set<string>();
  for (const t of tokens ?? []) {
    if (t.kind !== "option") continue;
    if (t.value === "") throw new UsageError(`--${t.name} has an empty value`);
    if (options[t.name]?.multiple === true) continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} is given more than once`);
    seen.add(t.name);
  }
  return values;
}

/** `--now`: an RFC 3339 UTC timestamp, in epoch milliseconds; anything else is a usage error, never a verdict. */
export function nowFlag(values: Record<string, unknown>): number {
  try {
    return parseTimestamp(requireFlag(values, "now"));
  } catch (e) {
    if (e instanceof McpTrustError) throw new UsageError("--now must be an RFC 3339 UTC timestamp such as 2026-05-29T10:00:00Z");
    throw e;
  }
}
