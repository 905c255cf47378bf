/**
 * The transport identity checks for one `tools/call` (spec/transport-headers.md#verification-order), in the order
 * the spec fixes: headers, evidence items, required presence, (the tool-call attestation, run by the caller,) agent
 * identity, capability-token chain, actor, session, intent, and last every single-use consumption. Never throws for
 * bad input: an `McpTrustError` anywhere becomes the outcome's reason.
 */
import type { AgentIdentity } from "../../generated/types/agent-identity.js";
import { DEFAULT_CLOCK_SKEW_SECONDS } from "../common/clock.js";
import { McpTrustError, type Reason } from "../common/errors.js";
import type { ReplayStore } from "../common/replay.js";
import type { JsonValue } from "../common/strict-json.js";
import { checkActor } from "./actor.js";
import { verifyCapTokenChain, type VerifiedCapTokenChain } from "./cap-token-chain.js";
import { evidenceItemsOf, readTransportItems, toolNameOf, TRANSPORT_ITEM_TYPES } from "./evidence.js";
import { readTransportHeaders, type RawHeaders } from "./headers.js";
import { checkIntent } from "./intent.js";
import { acceptedIdentityTypes, type IdentityType, type LoadedTransportPolicy, type ToolPolicy } from "./policy.js";
import { checkSession } from "./session.js";
import { httpIntrospection, issueChallenge, verifyAgentIdentity, type DidWebResolver, type IdentityContext, type IntrospectionResolver } from "./identity/index.js";

/** What an agent-identity verifier (reference/transport/identity, `VerifiedIdentity`) establishes. */
export interface VerifiedAgentIdentity {
  type: IdentityType;
  agentId: string;
  operatorId: string | null;
  /** The credential's `sid`, when it is bound to a session. */
  sid?: string;
  /** RFC 7638 SHA-256 thumbprint of a key the caller proved possession of (a `did` proof's key). */
  keyThumbprint?: string;
  /** A `did` proof's challenge, consumed last so that it serves one call... */
  challenge?: string;
  /** ...and remembered until then (epoch milliseconds). */
  challengeExpiresAt?: number;
}

/** Verifies one agent-identity item (all time, audience and resolver context is bound in by the caller). */
export type AgentIdentityVerifier = (value: AgentIdentity) => Promise<VerifiedAgentIdentity>;

/** A single-use consumption decided earlier and made last (e.g. the attestation's nonce, from a deferred store). */
export interface PendingConsumption {
  key: string;
  expiresAtMs: number;
  /** The reason when the key was already consumed. */
  replayReason: Reason;
}

export interface TransportVerifierConfig {
  policy: LoadedTransportPolicy;
  replayStore: ReplayStore;
  /** RFC 7662 introspection for `oauth` identities; default an HTTP client of the policy's `introspectionUrl`. */
  introspect?: IntrospectionResolver;
  /**
   * did:web resolution for `did` identities; none by default (a did:web DID is then `identity_invalid`), since
   * resolving makes this server fetch a URL the request names. Use `httpDidWebResolver()` to enable it.
   */
  resolveDidWeb?: DidWebResolver;
  /** Overrides the identity verifier (default: identity/index.ts `verifyAgentIdentity` with the policy's configuration). */
  verifyAgentIdentity?: AgentIdentityVerifier;
  /** Overrides the fresh challenge of a `challenge_required` decision (default: HMAC under the policy's challenge secret). */
  issueChallenge?: () => string;
  /** Step 1 on requests that carry headers; default `readTransportHeaders` (headers.ts) over the evidence items. */
  checkHeaders?: (headers: RawHeaders, params: JsonValue) => void;
  /** Clock skew, seconds (default 30). */
  skew?: number;
  /**
   * What a failing replay store does when the tool's policy does not say (policy `failureMode`): `closed` (default)
   * refuses with `replay_store_unavailable`; `open` skips that consumption, allows, and marks the outcome `bypass`.
   */
  failureMode?: "closed" | "open";
}

export interface TransportCall {
  /** The `tools/call` params, read with the strict JSON reader. */
  params: JsonValue;
  /** The tool's effective policy (its `tool-call-attestation` requirement is the caller's, who runs the attestation). */
  toolPolicy: ToolPolicy;
  /** The raw header lines in wire order, duplicates kept (`[name, value]` pairs or `req.rawHeaders`); absent for stdio. */
  headers?: RawHeaders;
  /**
   * The verified tool-call attestation, when the caller ran it: its key's thumbprint, its deferred nonce, and its
   * `sub` and `iss` (the decision's agentId and operatorId when neither an identity nor a chain was verified).
   */
  attestation?: { keyThumbprint?: string; nonce?: PendingConsumption; agentId?: string; operatorId?: string };
  /** base64url SHA-256 of the TLS client certificate's DER, when the connection presented one (`mtls` identities). */
  clientCertificateSha256?: string;
  /** Epoch milliseconds; default `Date.now()`. */
  now?: number;
}

export type TransportCheckName = "headers" | "evidence" | "agent-identity" | "cap-token" | "actor" | "agent-session" | "agent-intent" | "nonce";
export const TRANSPORT_CHECKS: readonly TransportCheckName[] = ["headers", "evidence", "agent-identity", "cap-token", "actor", "agent-session", "agent-intent", "nonce"];

export interface TransportCheck {
  name: TransportCheckName;
  result: "pass" | "fail" | "skip" | "error";
  reason?: Reason;
}

export interface TransportOutcome {
  decision: "allow" | "deny" | "challenge";
  reason: Reason | null;
  message?: string;
  pointer?: string;
  checks: TransportCheck[];
  /**
   * The verified agent identity's agentId and operatorId; null when the call presented none (the `verify-transport`
   * adapter contract, conformance/adapter-protocol.md).
   */
  agentId: string | null;
  operatorId: string | null;
  /**
   * Who made the call as the decision object reports it (spec/transport-headers.md#verification-order): the verified
   * agent identity, else the leaf capability token's `sub` and the root's `iss`, else the attestation's.
   */
  principal: { agentId: string | null; operatorId: string | null };
  /** Set when a failing replay store was bypassed under `failureMode: "open"`: the call is allowed and says so. */
  bypass?: true;
  /** The leaf capability token's subject, when a chain was verified. */
  actor?: string;
  /** A fresh `did` challenge, with a `challenge_required` decision. */
  challenge?: string;
}

const CHALLENGE_REASONS: ReadonlySet<Reason> = new Set(["challenge_required", "intent_out_of_scope"]);
const ERROR_REASONS: ReadonlySet<Reason> = new Set(["replay_store_unavailable", "resolver_unavailable"]);

/** Runs the transport checks for one call; see the module comment for the order. */
export async function verifyTransport(call: TransportCall, config: TransportVerifierConfig): Promise<TransportOutcome> {
  const run = new Run(call.now ?? Date.now(), call.attestation);
  try {
    await runChecks(call, config, run);
    return run.outcome(null, config);
  } catch (e) {
    if (!(e instanceof McpTrustError)) throw e;
    return run.outcome(e, config);
  }
}

/** The checks passed, skipped and failed so far, and what was verified. */
class Run {
  readonly results = new Map<TransportCheckName, TransportCheck["result"]>();
  current: TransportCheckName = "headers";
  identity: VerifiedAgentIdentity | undefined;
  chain: VerifiedCapTokenChain | undefined;
  bypass = false;

  constructor(
    readonly now: number,
    readonly attestation: TransportCall["attestation"],
  ) {}

  step(name: TransportCheckName): void {
    this.current = name;
  }

  done(result: "pass" | "skip"): void {
    this.results.set(this.current, result);
  }

  principal(): { agentId: string | null; operatorId: string | null } {
    if (this.identity !== undefined) return { agentId: this.identity.agentId, operatorId: this.identity.operatorId };
    if (this.chain !== undefined) return { agentId: this.chain.leaf.claims.sub, operatorId: this.chain.chain[0]!.claims.iss };
    return { agentId: this.attestation?.agentId ?? null, operatorId: this.attestation?.operatorId ?? null };
  }

  outcome(error: McpTrustError | null, config: TransportVerifierConfig): TransportOutcome {
    const reason = error?.reason ?? null;
    const checks = TRANSPORT_CHECKS.map((name): TransportCheck => {
      const done = this.results.get(name);
      if (name === "nonce" && this.bypass && done !== undefined) return { name, result: "error", reason: "replay_store_unavailable" };
      if (done !== undefined) return { name, result: done };
      if (reason !== null && name === this.current) return { name, result: ERROR_REASONS.has(reason) ? "error" : "fail", reason };
      return { name, result: "skip" };
    });
    const decision = reason === null ? "allow" : CHALLENGE_REASONS.has(reason) ? "challenge" : "deny";
    const challenge = reason === "challenge_required" ? freshChallenge(config, this.now) : undefined;
    return {
      decision,
      reason,
      ...(error === null ? {} : { message: error.message }),
      ...(error?.pointer === undefined ? {} : { pointer: error.pointer }),
      checks,
      agentId: this.identity?.agentId ?? null,
      operatorId: this.identity?.operatorId ?? null,
      principal: this.principal(),
      ...(this.bypass ? { bypass: true as const } : {}),
      ...(this.chain === undefined ? {} : { actor: this.chain.leaf.claims.sub }),
      ...(challenge === undefined ? {} : { challenge }),
    };
  }
}

async function runChecks(call: TransportCall, config: TransportVerifierConfig, run: Run): Promise<void> {
  const now = run.now;
  const skew = config.skew ?? DEFAULT_CLOCK_SKEW_SECONDS;
  const policy = config.policy;

  // The request around the evidence and the container's structure come first: the header check reads its items.
  run.step("evidence");
  const tool = toolNameOf(call.params);
  const items = evidenceItemsOf(call.params);

  // 1. Headers: duplicated → malformed → mismatch (against the body twins).
  run.step("headers");
  if (call.headers !== undefined) {
    if (config.checkHeaders !== undefined) config.checkHeaders(call.headers, call.params);
    else readTransportHeaders(call.headers, items);
    run.done("pass");
  } else {
    run.done("skip");
  }

  // 2–3. The evidence items' schemas and uniqueness, then presence as the tool's policy requires.
  run.step("evidence");
  const evidence = readTransportItems(items);
  const required = call.toolPolicy.evidence ?? [];
  for (const type of TRANSPORT_ITEM_TYPES) {
    if (required.includes(type) && evidence[type] === undefined) {
      throw new McpTrustError("evidence_required", `this tool requires a ${type} item`);
    }
  }
  run.done("pass");

  // 5. Agent identity.
  run.step("agent-identity");
  const identityItem = evidence["agent-identity"];
  if (identityItem !== undefined) {
    const accepted = acceptedIdentityTypes(call.toolPolicy, policy);
    if (!accepted.includes(identityItem.type)) {
      throw new McpTrustError("identity_invalid", `agent identity type ${identityItem.type} is not accepted for this tool`);
    }
    run.identity =
      config.verifyAgentIdentity !== undefined
        ? await config.verifyAgentIdentity(identityItem)
        : await verifyAgentIdentity(identityItem, identityContext(call, config, accepted, now, skew));
    run.done("pass");
  } else {
    run.done("skip");
  }

  // 6. Capability-token chain, leaf audience and scope, proof of possession.
  run.step("cap-token");
  const capItem = evidence["cap-token"];
  if (capItem !== undefined) {
    const proven = [call.attestation?.keyThumbprint, run.identity?.keyThumbprint].filter((t): t is string => t !== undefined);
    run.chain = await verifyCapTokenChain(capItem.tokens, {
      keys: policy.capTokenKeys,
      rootIssuers: policy.capTokenRootIssuers,
      audience: policy.audience,
      tool,
      algorithms: policy.algorithms,
      maxChainLength: policy.maxChainLength,
      provenKeyThumbprints: proven,
      requireProofOfPossession: call.toolPolicy.requireProofOfPossession === true,
      now,
      skew,
    });
    run.done("pass");
  } else {
    run.done("skip");
  }

  // 7. Actor.
  run.step("actor");
  checkActor(evidence.actor?.id, { capTokenSubject: run.chain?.leaf.claims.sub, agentId: run.identity?.agentId });
  run.done(evidence.actor === undefined ? "skip" : "pass");

  // 8. Session.
  run.step("agent-session");
  checkSession(evidence["agent-session"]?.id, [run.chain?.leaf.claims.sid, run.identity?.sid]);
  run.done(evidence["agent-session"] === undefined && run.chain?.leaf.claims.sid === undefined && run.identity?.sid === undefined ? "skip" : "pass");

  // 9. Intent: out of scope is a challenge, not a refusal.
  run.step("agent-intent");
  checkIntent(evidence["agent-intent"], tool);
  run.done(evidence["agent-intent"] === undefined ? "skip" : "pass");

  // 10. Consumption, last: the attestation nonce, the leaf's jti, the did challenge.
  run.step("nonce");
  const pending = pendingConsumptions(call, run, now, skew);
  const open = (call.toolPolicy.failureMode ?? config.failureMode ?? "closed") === "open";
  for (const c of pending) {
    let fresh: boolean;
    try {
      fresh = await config.replayStore.consume(c.key, c.expiresAtMs, now);
    } catch (e) {
      const failure = e instanceof McpTrustError ? e : new McpTrustError("replay_store_unavailable", `the replay store failed: ${(e as Error)?.message ?? String(e)}`, { cause: e });
      // An outage, not an attack: under failureMode open the operator chose availability, and the outcome says so.
      if (failure.reason === "replay_store_unavailable" && open) {
        run.bypass = true;
        continue;
      }
      throw failure;
    }
    if (!fresh) throw new McpTrustError(c.replayReason, "this single-use evidence was already used by an accepted call");
  }
  run.done(pending.length === 0 ? "skip" : "pass");
}

/** The identity verifiers' context for this call, from the loaded policy and the configured resolvers. */
function identityContext(call: TransportCall, config: TransportVerifierConfig, accepted: readonly IdentityType[], now: number, skew: number): IdentityContext {
  const { policy } = config;
  const id = policy.identity;
  const introspect = config.introspect ?? (id.oauth === undefined ? undefined : httpIntrospection({ url: id.oauth.introspectionUrl }));
  return {
    audience: policy.audience,
    now,
    skew,
    algorithms: policy.algorithms,
    acceptedTypes: accepted,
    ...(id.jwt === undefined ? {} : { jwt: id.jwt }),
    ...(id.operator === undefined ? {} : { operator: id.operator }),
    ...(id.did === undefined ? {} : { did: { ...id.did, ...(config.resolveDidWeb === undefined ? {} : { resolveDidWeb: config.resolveDidWeb }) } }),
    ...(introspect === undefined ? {} : { oauth: { introspect } }),
    ...(call.clientCertificateSha256 === undefined ? {} : { clientCertificateSha256: call.clientCertificateSha256 }),
  };
}

/** A fresh `did` challenge for a `challenge_required` decision, when the policy configures DID proofs. */
function freshChallenge(config: TransportVerifierConfig, now: number): string | undefined {
  if (config.issueChallenge !== undefined) return config.issueChallenge();
  const did = config.policy.identity.did;
  return did === undefined ? undefined : issueChallenge({ secret: did.challengeSecret, audience: config.policy.audience, now });
}

/** The replay key of a single-use capability token: on its (iss, jti), never its bytes (ECDSA signatures are malleable). */
export function capTokenReplayKey(iss: string, jti: string): string {
  return `cap:${iss}:${jti}`;
}

/** The replay key of a `did` challenge. */
export function challengeReplayKey(challenge: string): string {
  return `challenge:${challenge}`;
}

function pendingConsumptions(call: TransportCall, run: Run, now: number, skew: number): PendingConsumption[] {
  const out: PendingConsumption[] = [];
  if (call.attestation?.nonce !== undefined) out.push(call.attestation.nonce);
  if (run.chain !== undefined && call.toolPolicy.singleUseCapToken === true) {
    const { iss, jti, exp } = run.chain.leaf.claims;
    out.push({ key: capTokenReplayKey(iss, jti), expiresAtMs: (exp + skew) * 1000, replayReason: "nonce_replay" });
  }
  const challenge = run.identity?.challenge;
  if (challenge !== undefined) {
    // Without a stated end, remember it for the longest challenge lifetime the policy allows (600 s) plus the skew.
    const expiresAtMs = run.identity?.challengeExpiresAt ?? now + (600 + skew) * 1000;
    out.push({ key: challengeReplayKey(challenge), expiresAtMs, replayReason: "challenge_required" });
  }
  return out;
}
