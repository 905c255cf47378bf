import { createHash } from "node:crypto";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/** The manifest pinning every vector file; `setHash` hashes the sorted `<sha256>  <path>` lines. */
export function manifestFor(files: Map<string, string>, suiteVersion: string) {
  const pinned: Record<string, string> = {};
  for (const path of [...files.keys()].filter((p) => p.startsWith("vectors/")).sort()) pinned[path] = sha256(files.get(path)!);
  const lines = Object.keys(pinned).map((p) => `${pinned[p]}  ${p}\n`).join("");
  return { suiteVersion, files: pinned, setHash: sha256(lines) };
}
