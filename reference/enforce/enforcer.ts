import type { Decision } from "../../generated/types/decision.js";
import type { ArgsRefResolver } from "../attestation/args-commitment.js";
import { attestationOfRequest, readToolCallRequest, type ToolCallRequest } from "../attestation/request.js";
import { verifyAttestation, type VerificationOutcome } from "../attestation/verify.js";
import { McpTrustError } from "../common/errors.js";
import { MemoryReplayStore, type ReplayStore } from "../common/replay.js";
import type { JsonValue } from "../common/strict-json.js";
import { httpDidWebResolver, httpIntrospection, type DidWebResolver, type IntrospectionResolver } from "../transport/identity/index.js";
import type { TransportOutcome } from "../transport/verify-transport.js";
import { attestationOptions, unconfiguredChecks } from "./attestation-step.js";
import { buildDecision, buildTransportDecision } from "./decision.js";
import type { LoadedPolicy } from "./policy.js";
import { transportStep, type TransportInput } from "./transport-step.js";

export type { TransportInput };

export interface EnforcerOptions {
  /** Shared by every call this enforcer sees; a fleet passes one backed by Redis. */
  replayStore?: ReplayStore;
  resolveArgsRef?: ArgsRefResolver;
  /** Epoch milliseconds; default Date.now. */
  now?: () => number;
  /** Called for every allow under failureMode open that bypassed a failing dependency. */
  onBypass?: (decision: Decision) => void;
  /**
   * RFC 7662 introspection for `oauth` agent identities (policy `transport.identity.oauth`); default an HTTP client
   * of the policy's `introspectionUrl`.
   */
  introspect?: IntrospectionResolver;
  /**
   * did:web resolution for `did` agent identities; default an HTTPS fetch of the DID's `did.json`. `null` turns
   * did:web off (every did:web DID is then `identity_invalid`): resolving makes this server fetch a URL a request names.
   */
  resolveDidWeb?: DidWebResolver | null;
}

export interface Enforcement {
  decision: Decision;
  /** The request as verified; on allow, the handler runs with exactly `request.arguments`. */
  request?: ToolCallRequest;
  outcome?: VerificationOutcome;
  /** With a policy's `transport` section: the transport verifier's outcome (absent when the attestation refused first). */
  transport?: TransportOutcome;
  /** A fresh DID challenge, with decision `challenge` and reason `challenge_required`: goes to `error.data.challenge`. */
  challenge?: string;
}

/**
 * Decides one `tools/call` against a policy: which evidence the tool requires, then the attestation's verification
 * with the tool's issuer, capability and commitment rules, then the nonce. Never throws for bad input.
 */
export class Enforcer {
  readonly policy: LoadedPolicy;
  readonly #options: EnforcerOptions;
  readonly #replayStore: ReplayStore;
  readonly #introspect: IntrospectionResolver | undefined;
  readonly #resolveDidWeb: DidWebResolver | undefined;

  constructor(policy: LoadedPolicy, options: EnforcerOptions = {}) {
    this.policy = policy;
    this.#options = options;
    this.#replayStore = options.replayStore ?? new MemoryReplayStore();
    const identity = policy.transport?.identity;
    this.#introspect = options.introspect ?? (identity?.oauth === undefined ? undefined : httpIntrospection({ url: identity.oauth.introspectionUrl }));
    this.#resolveDidWeb = options.resolveDidWeb === null ? undefined : (options.resolveDidWeb ?? (identity?.did === undefined ? undefined : httpDidWebResolver()));
  }

  /**
   * @param params the `tools/call` params as received
   * @param nonIntegerNumbers pointers (relative to params) of numbers written with a fraction or exponent, when the
   *   caller read the raw bytes with the strict reader; in-process middleware behind an SDK that already parsed the
   *   message cannot know them and passes none
   * @param transport with a policy's `transport` section: the HTTP request's raw header lines (absent on stdio) and
   *   the TLS client certificate's DER SHA-256; ignored without one
   */
  async decide(params: JsonValue, requestId: string | number | null, nonIntegerNumbers: readonly string[] = [], transport: TransportInput = {}): Promise<Enforcement> {
    const startedNs = process.hrtime.bigint();
    let request: ToolCallRequest;
    try {
      request = readToolCallRequest(params);
    } catch (e) {
      if (!(e instanceof McpTrustError)) throw e;
      return { decision: buildDecision({ tool: "", requestId, startedNs, reason: e.reason }) };
    }
    const tool = this.policy.forTool(request.name);
    if (this.policy.transport !== undefined) return this.#decideTransport(params, request, requestId, nonIntegerNumbers, transport, startedNs);
    if (tool.evidence.length === 0) {
      return { request, decision: buildDecision({ tool: request.name, requestId, startedNs, notApplicable: ["envelope", "algorithm", "key", "signature", "lifetime", "tool-call", "issuer", "capability", "arguments", "nonce"] }) };
    }
    let found;
    try {
      found = attestationOfRequest(params, nonIntegerNumbers).found;
    } catch (e) {
      if (!(e instanceof McpTrustError)) throw e;
      return { request, decision: buildDecision({ tool: request.name, requestId, startedNs, reason: e.reason }) };
    }
    const skewSeconds = this.policy.clockSkewSeconds;
    const outcome = await verifyAttestation(
      found.value,
      { toolName: request.name, arguments: request.arguments, serverFingerprint: this.policy.serverFingerprint, nowMs: (this.#options.now ?? Date.now)() },
      attestationOptions(this.policy, tool, this.#replayStore, this.#options.resolveArgsRef),
    );
    const notApplicable = unconfiguredChecks(tool);
    const bypass = outcome.verdict === "reject" && outcome.reason === "replay_store_unavailable" && tool.failureMode === "open";
    const decision = buildDecision({ tool: request.name, requestId, startedNs, outcome, notApplicable, bypass, ...(skewSeconds === undefined ? {} : { skewSeconds }) });
    if (bypass) this.#options.onBypass?.(decision);
    return { request, outcome, decision };
  }

  /** A policy with a `transport` section: spec/transport-headers.md#verification-order (reference/enforce/transport-step.ts). */
  async #decideTransport(params: JsonValue, request: ToolCallRequest, requestId: string | number | null, nonIntegerNumbers: readonly string[], input: TransportInput, startedNs: bigint): Promise<Enforcement> {
    const tool = this.policy.forTool(request.name);
    const skewSeconds = this.policy.clockSkewSeconds;
    const step = await transportStep(params, nonIntegerNumbers, tool, input, {
      policy: this.policy,
      transport: this.policy.transport!,
      replayStore: this.#replayStore,
      nowMs: (this.#options.now ?? Date.now)(),
      ...(this.#options.resolveArgsRef === undefined ? {} : { resolveArgsRef: this.#options.resolveArgsRef }),
      ...(this.#introspect === undefined ? {} : { introspect: this.#introspect }),
      ...(this.#resolveDidWeb === undefined ? {} : { resolveDidWeb: this.#resolveDidWeb }),
    });
    const notApplicable = unconfiguredChecks(tool);
    const decision = buildTransportDecision({
      tool: request.name,
      requestId,
      startedNs,
      headersPresent: input.headers !== undefined,
      notApplicable,
      ...(step.attestation === undefined ? {} : { attestation: step.attestation }),
      ...(step.transport === undefined ? {} : { transport: step.transport }),
      ...(skewSeconds === undefined ? {} : { skewSeconds }),
    });
    if (decision.bypass === true) this.#options.onBypass?.(decision);
    const challenge = decision.decision === "challenge" ? step.transport?.challenge : undefined;
    return {
      request,
      decision,
      ...(step.attestation === undefined ? {} : { outcome: step.attestation }),
      ...(step.transport === undefined ? {} : { transport: step.transport }),
      ...(challenge === undefined ? {} : { challenge }),
    };
  }
}
