import { verifyAttestation } from "../attestation/verify.js";
import { PROFILES, type Profile } from "../attestation/envelope.js";
import { signingInput } from "../attestation/signing-input.js";
import { readEnvelope } from "../attestation/envelope.js";
import { McpTrustError } from "../common/errors.js";
import { bytesToHex } from "../common/hex.js";
import { TrustStore } from "../common/keys.js";
import { DirectoryReplayStore, type ReplayStore } from "../common/replay.js";
import { isSignatureAlgorithm, type SignatureAlgorithm } from "../common/signature.js";
import { DEFAULT_MAX_BYTES, readStrictJson, type JsonValue } from "../common/strict-json.js";
import { attestationOfRequest, readToolCallRequest } from "../attestation/request.js";
import { emit, parseFlags, readFileBytes, requireFlag, UsageError, nowFlag } from "./io.js";

/** Tool arguments may be far larger than an envelope; they are still read strictly. */
export const ARGUMENTS_MAX_BYTES = 1 << 20;

function profileFlag(v: unknown): Profile | undefined {
  if (v === undefined) return undefined;
  if (!PROFILES.includes(v as Profile)) throw new UsageError(`--profile must be one of ${PROFILES.join(", ")}`);
  return v as Profile;
}

function loadTrustStore(path: string, algorithms: readonly SignatureAlgorithm[] | undefined): TrustStore {
  let doc: JsonValue;
  try {
    doc = readStrictJson(readFileBytes(path, "trust store"), { maxBytes: 4 << 20 }).value;
  } catch (e) {
    if (e instanceof McpTrustError) throw new UsageError(`trust store ${path} is not strict JSON: ${e.message}`);
    throw e;
  }
  try {
    const store = TrustStore.load(doc, algorithms === undefined ? {} : { algorithms });
    for (const r of store.rejected) process.stderr.write(`mcp-trust: key ${r.iss} ${r.kid} (${r.alg}) not loaded: ${r.why}\n`);
    return store;
  } catch (e) {
    throw new UsageError(`trust store ${path}: ${(e as Error).message}`);
  }
}

function listFlag(value: string, name: string): string[] {
  const items = value.split(",");
  if (items.some((i) => i === "")) throw new UsageError(`--${name} has an empty entry`);
  return items;
}

/** A directory store, or — when the directory cannot be used — a store that fails every consume, so the call is refused at its nonce step. */
export function replayStoreAt(dir: string): ReplayStore {
  try {
    return new DirectoryReplayStore(dir);
  } catch (e) {
    return { consume: () => { throw e; } };
  }
}

/** `verify-attestation`: the adapter-contract verb. Exit 0 accept, 1 reject, 2 usage/I-O (thrown UsageError). */
export async function verifyAttestationCommand(argv: string[]): Promise<number> {
  const values = parseFlags(argv, {
    envelope: { type: "string" },
    request: { type: "string" },
    keys: { type: "string" },
    tool: { type: "string" },
    arguments: { type: "string" },
    server: { type: "string" },
    now: { type: "string" },
    profile: { type: "string" },
    algorithms: { type: "string" },
    "allow-redacted-projection": { type: "boolean" },
    resolve: { type: "string", multiple: true },
    "replay-dir": { type: "string" },
    "permitted-issuers": { type: "string" },
    "required-capability": { type: "string" },
    "clock-skew": { type: "string" },
  });
  const nowMs = nowFlag(values);
  let algorithms: SignatureAlgorithm[] | undefined;
  if (values.algorithms !== undefined) {
    algorithms = values.algorithms.split(",").map((a) => {
      if (!isSignatureAlgorithm(a)) throw new UsageError(`--algorithms: unknown algorithm ${a}`);
      return a;
    });
  }
  const skew = values["clock-skew"] === undefined ? undefined : Number(values["clock-skew"]);
  if (skew !== undefined && !(Number.isInteger(skew) && skew >= 0)) throw new UsageError("--clock-skew must be a whole number of seconds");
  const resolved = new Map<string, Uint8Array>();
  for (const spec of values.resolve ?? []) {
    // A URI may itself contain "="; the file path the runner passes does not.
    const eq = spec.lastIndexOf("=");
    if (eq <= 0) throw new UsageError("--resolve takes URI=FILE");
    if (resolved.has(spec.slice(0, eq))) throw new UsageError(`--resolve names ${spec.slice(0, eq)} twice`);
    resolved.set(spec.slice(0, eq), readFileBytes(spec.slice(eq + 1), "resolved content"));
  }
  const trustStore = loadTrustStore(requireFlag(values, "keys"), algorithms);
  const server = requireFlag(values, "server");
  const profile = profileFlag(values.profile);
  let call: { envelope: Uint8Array | JsonValue; tool: string; args: JsonValue; profile?: Profile };
  try {
    call = values.request !== undefined ? callFromRequest(readFileBytes(values.request, "request")) : callFromFiles(values);
  } catch (e) {
    if (!(e instanceof McpTrustError)) throw e;
    emit({ verdict: "reject", reason: e.reason, ...(e.pointer === undefined ? {} : { pointer: e.pointer }) });
    return 1;
  }
  const outcome = await verifyAttestation(
    call.envelope,
    { toolName: call.tool, arguments: call.args, serverFingerprint: server, nowMs },
    {
      trustStore,
      ...(algorithms === undefined ? {} : { algorithms }),
      ...(skew === undefined ? {} : { clockSkewSeconds: skew }),
      // The evidence container's item type fixes the SEP-2787 shape; --profile only chooses how other inputs are read.
      ...(call.profile !== undefined ? { profile: call.profile } : profile === undefined ? {} : { profile }),
      ...(values["replay-dir"] === undefined ? {} : { replayStore: replayStoreAt(values["replay-dir"]) }),
      resolveArgsRef: (uri) => resolved.get(uri),
      allowRedactedProjection: values["allow-redacted-projection"] === true,
      ...(values["permitted-issuers"] === undefined ? {} : { permittedIssuers: listFlag(values["permitted-issuers"], "permitted-issuers") }),
      ...(values["required-capability"] === undefined ? {} : { requiredCapability: values["required-capability"] }),
    },
  );
  if (outcome.verdict === "accept") {
    emit({ verdict: "accept", reason: null, argsCommitment: outcome.argsCommitment });
    return 0;
  }
  emit({ verdict: "reject", reason: outcome.reason, ...(outcome.pointer === undefined ? {} : { pointer: outcome.pointer }) });
  return 1;
}

function callFromFiles(values: Record<string, unknown>): { envelope: Uint8Array; tool: string; args: JsonValue } {
  const argumentBytes = readFileBytes(requireFlag(values, "arguments"), "arguments");
  const envelope = readFileBytes(requireFlag(values, "envelope"), "envelope");
  const tool = requireFlag(values, "tool");
  let args: JsonValue;
  try {
    args = readStrictJson(argumentBytes, { maxBytes: ARGUMENTS_MAX_BYTES }).value;
  } catch (e) {
    if (e instanceof McpTrustError) throw new McpTrustError(e.reason, e.message, { pointer: `/arguments${e.pointer ?? ""}` });
    throw e;
  }
  return { envelope, tool, args: readToolCallRequest({ name: tool, arguments: args }).arguments };
}

/** A `tools/call` params object: the attestation is found in `_meta` as a deployed verifier finds it. */
function callFromRequest(bytes: Uint8Array): { envelope: JsonValue; tool: string; args: JsonValue; profile?: Profile } {
  const { value, nonIntegerNumbers } = readStrictJson(bytes, { maxBytes: ARGUMENTS_MAX_BYTES + DEFAULT_MAX_BYTES });
  const { request, found } = attestationOfRequest(value, nonIntegerNumbers);
  return { envelope: found.value, tool: request.name, args: request.arguments, ...(found.profile === undefined ? {} : { profile: found.profile }) };
}

/** `signing-input`: prints the canonical signing input of an envelope, so implementations can compare bytes. */
export function signingInputCommand(argv: string[]): number {
  const values = parseFlags(argv, { envelope: { type: "string" }, profile: { type: "string" } });
  const bytes = readFileBytes(requireFlag(values, "envelope"), "envelope");
  const profile = profileFlag(values.profile);
  try {
    const envelope = readEnvelope(bytes, profile === undefined ? {} : { profile });
    emit({ signingInput: bytesToHex(signingInput(envelope.raw)) });
    return 0;
  } catch (e) {
    if (!(e instanceof McpTrustError)) throw e;
    emit({ verdict: "reject", reason: e.reason, ...(e.pointer === undefined ? {} : { pointer: e.pointer }) });
    return 1;
  }
}
