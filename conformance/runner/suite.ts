import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConformanceManifest } from "../../generated/types/conformance-manifest.js";
import type { ConformanceVector } from "../../generated/types/conformance-vector.js";
import { validateConformanceManifest } from "../../generated/validators/conformance-manifest.js";
import { validateConformanceVector } from "../../generated/validators/conformance-vector.js";

export interface LoadedVector {
  /** Path relative to the conformance directory, e.g. vectors/tool-call-attestation/es256-identity.json */
  path: string;
  suite: string;
  vector: ConformanceVector;
}

export interface Suite {
  root: string;
  manifest: ConformanceManifest;
  vectors: LoadedVector[];
}

/** The conformance directory of this package, found from the runner's own location (source or dist). */
export function defaultConformanceDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "conformance", "manifest.json"))) return join(dir, "conformance");
    dir = dirname(dir);
  }
  throw new Error("cannot find conformance/manifest.json above the runner");
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The manifest's set hash: SHA-256 over `<sha256>  <path>\n` lines sorted by path. */
export function setHash(files: Record<string, string>): string {
  return sha256Hex(
    Object.keys(files)
      .sort()
      .map((p) => `${files[p]}  ${p}\n`)
      .join(""),
  );
}

/** Every vector file under vectors/, as paths relative to the conformance dir, sorted. */
export function listVectorFiles(root: string): string[] {
  const out: string[] = [];
  const base = join(root, "vectors");
  for (const suite of readdirSync(base, { withFileTypes: true })) {
    if (!suite.isDirectory()) continue;
    for (const f of readdirSync(join(base, suite.name))) if (f.endsWith(".json")) out.push(`vectors/${suite.name}/${f}`);
  }
  return out.sort();
}

/**
 * Loads the suite and proves it is the one the manifest pins: every file's SHA-256, no file missing or extra, the
 * set hash, and every vector valid against the vector schema with an id equal to its path.
 */
export function loadSuite(root = defaultConformanceDir(), suites?: readonly string[]): Suite {
  const manifest: unknown = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8"));
  if (!validateConformanceManifest(manifest)) throw new Error(`manifest.json does not match its schema`);
  const onDisk = listVectorFiles(root);
  const pinned = Object.keys(manifest.files).sort();
  const problems: string[] = [];
  for (const p of onDisk) if (!(p in manifest.files)) problems.push(`not in manifest: ${p}`);
  for (const p of pinned) if (!onDisk.includes(p)) problems.push(`missing: ${p}`);
  if (setHash(manifest.files) !== manifest.setHash) problems.push("setHash does not match the file list");
  const vectors: LoadedVector[] = [];
  for (const p of onDisk) {
    const bytes = readFileSync(join(root, p));
    if (manifest.files[p] !== undefined && manifest.files[p] !== sha256Hex(bytes)) problems.push(`hash differs: ${p}`);
    const vector: unknown = JSON.parse(bytes.toString("utf8"));
    if (!validateConformanceVector(vector)) {
      problems.push(`${p}: ${validateConformanceVector.errors?.[0]?.instancePath} ${validateConformanceVector.errors?.[0]?.message}`);
      continue;
    }
    const suite = p.split("/")[1]!;
    if (vector.id !== `${suite}/${p.split("/")[2]!.replace(/\.json$/, "")}`) problems.push(`${p}: id ${vector.id} is not its path`);
    if (suites === undefined || suites.includes(suite)) vectors.push({ path: p, suite, vector });
  }
  if (problems.length > 0) throw new Error(`the conformance suite is not the one its manifest pins:\n  ${problems.join("\n  ")}`);
  return { root: resolve(root), manifest, vectors };
}

/**
 * Released suite versions are frozen: `releases/<version>.json` is the manifest as released. Every file it pins must
 * still exist with the same SHA-256, and while the manifest still carries a released version it must equal that
 * release exactly — new cases go to the next version. Returns the problems; empty means the releases hold.
 */
export function checkReleases(root = defaultConformanceDir()): string[] {
  const dir = join(root, "releases");
  if (!existsSync(dir)) return [];
  const current = JSON.parse(readFileSync(join(root, "manifest.json"), "utf8")) as ConformanceManifest;
  const problems: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".json"))) {
    const release: unknown = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (!validateConformanceManifest(release) || `${release.suiteVersion}.json` !== f) {
      problems.push(`releases/${f} is not a manifest of version ${f.replace(/\.json$/, "")}`);
      continue;
    }
    for (const [p, hash] of Object.entries(release.files)) {
      const file = join(root, p);
      if (!existsSync(file)) problems.push(`${release.suiteVersion}: ${p} was removed`);
      else if (sha256Hex(readFileSync(file)) !== hash) problems.push(`${release.suiteVersion}: ${p} was changed`);
    }
    if (current.suiteVersion === release.suiteVersion && current.setHash !== release.setHash) {
      problems.push(`manifest still says ${release.suiteVersion}, which is released, but its files differ: bump suiteVersion`);
    }
  }
  return problems;
}
