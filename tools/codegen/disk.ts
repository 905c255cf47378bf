/** Writing generated/ to disk and comparing it against an in-memory regeneration. */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** Repo-relative path (posix separators) → exact file content. */
export type Outputs = ReadonlyMap<string, string>;

export const GENERATED_DIR = "generated";

export interface Drift {
  readonly kind: "stale" | "missing" | "extra";
  readonly path: string;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out;
}

/** Files currently under generated/, as repo-relative posix paths. */
export function existingGenerated(root: string): string[] {
  return listFiles(join(root, GENERATED_DIR)).map((f) => relative(root, f).split(sep).join("/"));
}

export function checkOutputs(root: string, outputs: Outputs): Drift[] {
  const drift: Drift[] = [];
  for (const [path, content] of [...outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const full = join(root, path);
    if (!existsSync(full)) drift.push({ kind: "missing", path });
    else if (!readFileSync(full).equals(Buffer.from(content, "utf8"))) drift.push({ kind: "stale", path });
  }
  for (const path of existingGenerated(root)) {
    if (!outputs.has(path)) drift.push({ kind: "extra", path });
  }
  return drift;
}

/** Writes changed files and deletes files under generated/ that are no longer produced. */
export function writeOutputs(root: string, outputs: Outputs): { written: string[]; removed: string[] } {
  const written: string[] = [];
  const removed: string[] = [];
  for (const [path, content] of [...outputs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const full = join(root, path);
    const bytes = Buffer.from(content, "utf8");
    if (existsSync(full) && readFileSync(full).equals(bytes)) continue;
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, bytes);
    written.push(path);
  }
  for (const path of existingGenerated(root)) {
    if (!outputs.has(path)) {
      rmSync(join(root, path));
      removed.push(path);
    }
  }
  return { written, removed };
}
