// `verify-transport`: the adapter-contract verb for the transport identity headers (spec/transport-headers.md).
// Reads every file strictly, builds the policy, the resolvers of --context and the replay store, runs the tool-call
// attestation where the tool requires one (its nonce deferred to the last step), then the transport checks.
import type { ToolPolicy } from "../../generated/types/policy.js";
import { verifyAttestation } from "../attestation/verify.js";
import { attestationOfRequest } from "../attestation/request.js";
import { parseTimestamp } from "../common/clock.js";
import { McpTrustError } from "../common/errors.js";
import type { ReplayStore } from "../common/replay.js";
import { DEFAULT_MAX_BYTES, readStrictJson, type JsonValue } from "../common/strict-json.js";
import { loadPolicy, type LoadedPolicy } from "../enforce/policy.js";
import { keyThumbprint } from "../transport/cap-token-chain.js";
import { readTransportEvidence, toolNameOf, TRANSPORT_ITEM_TYPES, EVIDENCE_META_KEY } from "../transport/evidence.js";
import { readTransportHeaders } from "../transport/headers.js";
import { loadTransportPolicy, type LoadedTransportPolicy } from "../transport/policy.js";
import { verifyTransport, type PendingConsumption, type TransportCall } from "../transport/verify-transport.js";
import { transportIdentityConfig, type TransportContext } from "./transport-context.js";
import { emit, parseFlags, readFileBytes, requireFlag, UsageError } from "./io.js";
import { ARGUMENTS_MAX_BYTES, replayStoreAt } from "./verify-attestation.js";

type Header = readonly [string, string];

function readJsonFile(path: string, what: string, maxBytes = 4 << 20): JsonValue {
  try {
    return readStrictJson(readFileBytes(path, what), { maxBytes }).value;
  } catch (e) {
    if (e instanceof McpTrustError) throw new UsageError(`${what} ${path} is not strict JSON: ${e.message}`);
    throw e;
  }
}

/** `--headers`: a JSON array of [name, value] string pairs, in wire order, duplicates kept. */
function readHeaders(path: string): Header[] {
  const doc = readJsonFile(path, "headers");
  if (!Array.isArray(doc) || !doc.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && typeof p[1] === "string")) {
    throw new UsageError(`headers ${path} must be a JSON array of [name, value] string pairs`);
  }
  return doc as unknown as Header[];
}

function readContext(path: string | undefined): TransportContext {
  if (path === undefined) return {};
  const doc = readJsonFile(path, "context");
  const isObject = (v: unknown): v is Record<string, JsonValue> => v !== null && typeof v === "object" && !Array.isArray(v);
  if (!isObject(doc)) throw new UsageError(`context ${path} must be a JSON object`);
  for (const k of Object.keys(doc)) {
    if (!["clientCertificateSha256", "introspection", "didDocuments"].includes(k)) throw new UsageError(`context ${path}: unknown member ${k}`);
  }
  const cert = doc["clientCertificateSha256"];
  if (cert !== undefined && typeof cert !== "string") throw new UsageError("context clientCertificateSha256 must be a string");
  for (const k of ["introspection", "didDocuments"] as const) {
    const map = doc[k];
    if (map === undefined) continue;
    if (!isObject(map) || !Object.values(map).every((v) => isObject(v) || v === "unavailable")) {
      throw new UsageError(`context ${k} maps each key to an object or "unavailable"`);
    }
  }
  return doc as TransportContext;
}

function loadPolicies(path: string): { policy: LoadedPolicy; transport: LoadedTransportPolicy } {
  const doc = readJsonFile(path, "policy");
  try {
    const policy = loadPolicy(doc);
    if (policy.source.transport === undefined) throw new Error("a verify-transport policy needs a transport section");
    return { policy, transport: loadTransportPolicy(policy.source.transport) };
  } catch (e) {
    throw new UsageError(`policy ${path}: ${(e as Error).message}`);
  }
}

/** The tool's own policy, else `defaults`, else require an attestation (as the enforcer does). */
function toolPolicyOf(policy: LoadedPolicy, params: JsonValue): ToolPolicy {
  const name = params !== null && typeof params === "object" && !Array.isArray(params) ? params["name"] : undefined;
  const own = typeof name === "string" && Object.hasOwn(policy.source.tools ?? {}, name) ? policy.source.tools![name] : undefined;
  return own ?? policy.source.defaults ?? { evidence: ["tool-call-attestation"] };
}

/** The evidence items as the header check compares them (undefined when there is no container of items). */
function evidenceItemsOf(params: JsonValue): readonly unknown[] | undefined {
  const member = (v: JsonValue | undefined, k: string): JsonValue | undefined => (v !== null && typeof v === "object" && !Array.isArray(v) ? v[k] : undefined);
  const items = member(member(member(params, "_meta"), EVIDENCE_META_KEY), "items");
  return Array.isArray(items) ? items : undefined;
}

/**
 * Steps 1–3 (headers, evidence items, presence) decide before the attestation (step 4). When one of them refuses,
 * the attestation is not run: the transport verifier reports that refusal itself, in its order.
 */
function refusedBeforeAttestation(params: JsonValue, headers: Header[] | undefined, toolPolicy: ToolPolicy): boolean {
  try {
    if (headers !== undefined) readTransportHeaders(headers, evidenceItemsOf(params));
    const evidence = readTransportEvidence(params);
    return TRANSPORT_ITEM_TYPES.some((t) => (toolPolicy.evidence ?? []).includes(t) && evidence[t] === undefined);
  } catch (e) {
    if (e instanceof McpTrustError) return true;
    throw e;
  }
}

type AttestationStep = { refused: McpTrustError } | { proof: NonNullable<TransportCall["attestation"]> } | undefined;

/** Step 4: the tool-call attestation, with its nonce recorded instead of consumed so that consumption comes last. */
async function attestationStep(params: JsonValue, nonIntegerNumbers: readonly string[], policy: LoadedPolicy, toolPolicy: ToolPolicy, nowMs: number): Promise<AttestationStep> {
  if (!(toolPolicy.evidence ?? []).includes("tool-call-attestation")) return undefined;
  let found;
  try {
    toolNameOf(params);
    found = attestationOfRequest(params, nonIntegerNumbers);
  } catch (e) {
    if (e instanceof McpTrustError) return { refused: e };
    throw e;
  }
  const recorded: { key: string; expiresAtMs: number }[] = [];
  const recorder: ReplayStore = { consume: (key, expiresAtMs) => (recorded.push({ key, expiresAtMs }), true) };
  const outcome = await verifyAttestation(
    found.found.value,
    { toolName: found.request.name, arguments: found.request.arguments, serverFingerprint: policy.serverFingerprint, nowMs },
    {
      trustStore: policy.trustStore,
      replayStore: recorder,
      ...(policy.clockSkewSeconds === undefined ? {} : { clockSkewSeconds: policy.clockSkewSeconds }),
      ...(toolPolicy.issuers === undefined ? {} : { permittedIssuers: toolPolicy.issuers }),
      ...(toolPolicy.requiredCapability === undefined ? {} : { requiredCapability: toolPolicy.requiredCapability }),
      ...(toolPolicy.argsCommitment === undefined ? {} : { argsCommitmentKinds: toolPolicy.argsCommitment, allowRedactedProjection: toolPolicy.argsCommitment.includes("redacted") }),
      profiles: ["sep-2787"],
    },
  );
  if (outcome.verdict === "reject") return { refused: new McpTrustError(outcome.reason, outcome.message, outcome.pointer === undefined ? {} : { pointer: outcome.pointer }) };
  const env = outcome.envelope;
  const key = policy.trustStore.find(env.iss, env.secretVersion, env.alg as never);
  const thumbprint = key === undefined ? undefined : await keyThumbprint(key);
  const nonce: PendingConsumption | undefined = recorded[0] === undefined ? undefined : { ...recorded[0], replayReason: "nonce_replay" };
  return { proof: { ...(thumbprint === undefined ? {} : { keyThumbprint: thumbprint }), ...(nonce === undefined ? {} : { nonce }) } };
}

function refuse(e: McpTrustError): number {
  emit({ verdict: "reject", reason: e.reason, decision: "deny", agentId: null, operatorId: null, ...(e.pointer === undefined ? {} : { pointer: e.pointer }) });
  return 1;
}

/** `verify-transport`: exit 0 allow, 1 deny or challenge, 2 usage or I/O (a thrown UsageError). */
export async function verifyTransportCommand(argv: string[]): Promise<number> {
  const values = parseFlags(argv, {
    request: { type: "string" },
    policy: { type: "string" },
    now: { type: "string" },
    headers: { type: "string" },
    context: { type: "string" },
    "replay-dir": { type: "string" },
  });
  let nowMs: number;
  try {
    nowMs = parseTimestamp(requireFlag(values, "now"));
  } catch (e) {
    if (e instanceof McpTrustError) throw new UsageError("--now must be an RFC 3339 UTC timestamp such as 2026-05-29T10:00:00Z");
    throw e;
  }
  const requestBytes = readFileBytes(requireFlag(values, "request"), "request");
  const { policy, transport } = loadPolicies(requireFlag(values, "policy"));
  const headers = values.headers === undefined ? undefined : readHeaders(values.headers);
  const context = readContext(values.context);
  const replayStore: ReplayStore = values["replay-dir"] === undefined ? { consume: () => true } : replayStoreAt(values["replay-dir"]);

  let params: JsonValue;
  let nonIntegerNumbers: readonly string[];
  try {
    ({ value: params, nonIntegerNumbers } = readStrictJson(requestBytes, { maxBytes: ARGUMENTS_MAX_BYTES + DEFAULT_MAX_BYTES }));
  } catch (e) {
    if (e instanceof McpTrustError) return refuse(e);
    throw e;
  }
  const toolPolicy = toolPolicyOf(policy, params);
  let attestation: TransportCall["attestation"];
  if (!refusedBeforeAttestation(params, headers, toolPolicy)) {
    const step = await attestationStep(params, nonIntegerNumbers, policy, toolPolicy, nowMs);
    if (step !== undefined && "refused" in step) return refuse(step.refused);
    attestation = step?.proof;
  }
  const skew = policy.clockSkewSeconds;
  const outcome = await verifyTransport(
    { params, toolPolicy, now: nowMs, ...(headers === undefined ? {} : { headers }), ...(attestation === undefined ? {} : { attestation }) },
    {
      policy: transport,
      replayStore,
      ...transportIdentityConfig(transport, context, nowMs, skew),
      ...(skew === undefined ? {} : { skew }),
    },
  );
  const allow = outcome.decision === "allow";
  emit({
    verdict: allow ? "accept" : "reject",
    reason: outcome.reason,
    decision: outcome.decision,
    agentId: outcome.agentId,
    operatorId: outcome.operatorId,
    ...(outcome.challenge === undefined ? {} : { challenge: outcome.challenge }),
    ...(outcome.pointer === undefined ? {} : { pointer: outcome.pointer }),
  });
  return allow ? 0 : 1;
}
