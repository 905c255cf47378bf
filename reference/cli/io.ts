import { readFileSync } from "node:fs";

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
