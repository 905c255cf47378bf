// Regenerates conformance/vectors/ and conformance/manifest.json from the case definitions. `--check` compares instead.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ConformanceVector } from "../../generated/types/conformance-vector.js";
import { readEnvelope } from "../../reference/attestation/envelope.js";
import { signingInput } from "../../reference/attestation/signing-input.js";
import { bytesToHex } from "../../reference/common/hex.js";
import { signatureCache, usedSignatures } from "./build.js";
import type { AnyCaseDef, CaseDef, TransportCaseDef } from "./case-types.js";
import { tokenSignatureCache, usedTokenSignatures } from "./jws.js";
import { NOW, SERVER, TOOL, ARGS, TRUST_STORE } from "./fixtures.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const conformance = join(root, "conformance");
export const SUITE_VERSION = "1.1.0";

const SIGNATURES = join(dirname(fileURLToPath(import.meta.url)), "ecdsa-signatures.json");
const TOKEN_SIGNATURES = join(dirname(fileURLToPath(import.meta.url)), "es256-token-signatures.json");

function loadSignatureCache(file: string, cache: Map<string, string>): void {
  if (!existsSync(file)) return;
  for (const [k, v] of Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)) cache.set(k, v);
}

const sortedObject = (m: Map<string, string>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

function expectedSigningInput(input: Record<string, unknown>): string | undefined {
  if (input["request"] !== undefined) return undefined;
  const bytes = input["envelopeBase64"] !== undefined ? Buffer.from(String(input["envelopeBase64"]), "base64") : JSON.stringify(input["envelope"]);
  try {
    const profile = input["profile"] as "sep-2787" | "vaara-v2" | undefined;
    return bytesToHex(signingInput(readEnvelope(new Uint8Array(Buffer.from(bytes)), profile === undefined ? {} : { profile }).raw));
  } catch {
    return undefined;
  }
}

const CHALLENGE_REASONS: readonly string[] = ["challenge_required", "intent_out_of_scope"];

function toTransportVector(c: TransportCaseDef): ConformanceVector {
  return {
    id: `${c.suite}/${c.name}`,
    description: c.description,
    spec: c.spec,
    category: c.category,
    verb: "verify-transport",
    calls: c.calls.map((call) => {
      const { request, policy, now, ...rest } = call.input;
      const allow = call.expect === "allow";
      return {
        input: { request, policy, now: now ?? NOW, ...rest } as never,
        expected: {
          verdict: allow ? "accept" : "reject",
          reason: allow ? null : (call.expect as never),
          decision: allow ? "allow" : CHALLENGE_REASONS.includes(call.expect) ? "challenge" : "deny",
          ...(call.ids === undefined ? {} : call.ids),
        },
      };
    }),
  };
}

export function toVector(c: AnyCaseDef): ConformanceVector {
  if (c.verb === "verify-transport") return toTransportVector(c);
  return toAttestationVector(c);
}

function toAttestationVector(c: CaseDef): ConformanceVector {
  return {
    id: `${c.suite}/${c.name}`,
    description: c.description,
    spec: c.spec,
    category: c.category,
    verb: "verify-attestation",
    calls: c.calls.map((call) => {
      const given = call.input ?? {};
      const input: Record<string, unknown> = { keys: TRUST_STORE, server: SERVER, now: NOW };
      if (given.request === undefined) {
        input["tool"] = TOOL;
        if (given.argumentsBase64 === undefined) input["arguments"] = ARGS;
      }
      Object.assign(input, given);
      const signing = expectedSigningInput(input);
      return {
        input: input as never,
        expected: {
          verdict: call.expect === "accept" ? "accept" : "reject",
          reason: call.expect === "accept" ? null : call.expect,
          ...(signing === undefined ? {} : { signingInput: signing }),
          ...(call.argsCommitment === undefined ? {} : { argsCommitment: call.argsCommitment }),
        },
      };
    }),
  };
}

async function main(): Promise<number> {
  const check = process.argv.includes("--check");
  loadSignatureCache(SIGNATURES, signatureCache);
  loadSignatureCache(TOKEN_SIGNATURES, tokenSignatureCache);
  const { allCases } = await import("./cases.js");
  const { manifestFor } = await import("./manifest.js");
  const files = new Map<string, string>();
  for (const c of allCases) {
    const path = `vectors/${c.suite}/${c.name}.json`;
    if (files.has(path)) throw new Error(`duplicate case ${path}`);
    files.set(path, `${JSON.stringify(toVector(c), null, 2)}\n`);
  }
  files.set("manifest.json", `${JSON.stringify(manifestFor(files, SUITE_VERSION), null, 2)}\n`);
  files.set("../tools/vectors/ecdsa-signatures.json", `${JSON.stringify(sortedObject(usedSignatures), null, 2)}\n`);
  files.set("../tools/vectors/es256-token-signatures.json", `${JSON.stringify(sortedObject(usedTokenSignatures), null, 2)}\n`);
  const stale: string[] = [];
  for (const [path, text] of files) {
    const full = join(conformance, path);
    const current = existsSync(full) ? readFileSync(full, "utf8") : undefined;
    if (current === text) continue;
    stale.push(path);
    if (!check) {
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  for (const suite of readdirSync(join(conformance, "vectors"))) {
    for (const f of readdirSync(join(conformance, "vectors", suite))) {
      const path = `vectors/${suite}/${f}`;
      if (files.has(path)) continue;
      stale.push(`${path} (extra)`);
      if (!check) rmSync(join(conformance, path));
    }
  }
  if (check && stale.length > 0) {
    process.stderr.write(`conformance vectors are stale; run npm run vectors:\n  ${stale.join("\n  ")}\n`);
    return 1;
  }
  process.stdout.write(`${allCases.length} cases; ${check ? "up to date" : `${stale.length} file(s) written`}\n`);
  return 0;
}

process.exitCode = await main();
