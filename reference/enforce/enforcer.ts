import type { Decision } from "../../generated/types/decision.js";
import type { ArgsRefResolver } from "../attestation/args-commitment.js";
import { attestationOfRequest, readToolCallRequest, type ToolCallRequest } from "../attestation/request.js";
import { verifyAttestation, type VerificationOutcome } from "../attestation/verify.js";
import { McpTrustError } from "../common/errors.js";
import { MemoryReplayStore, type ReplayStore } from "../common/replay.js";
import type { JsonValue } from "../common/strict-json.js";
import { buildDecision } from "./decision.js";
import type { LoadedPolicy } from "./policy.js";

export interface EnforcerOptions {
  /** Shared by every call this enforcer sees; a fleet passes one backed by Redis. */
  replayStore?: ReplayStore;
  resolveArgsRef?: ArgsRefResolver;
  /** Epoch milliseconds; default Date.now. */
  now?: () => number;
  /** Called for every allow under failureMode open that bypassed a failing dependency. */
  onBypass?: (decision: Decision) => void;
}

export interface Enforcement {
  decision: Decision;
  /** The request as verified; on allow, the handler runs with exactly `request.arguments`. */
  request?: ToolCallRequest;
  outcome?: VerificationOutcome;
}

/**
 * Decides one `tools/call` against a policy: which evidence the tool requires, then the attestation's verification
 * with the tool's issuer, capability and commitment rules, then the nonce. Never throws for bad input.
 */
export class Enforcer {
  readonly policy: LoadedPolicy;
  readonly #options: EnforcerOptions;
  readonly #replayStore: ReplayStore;

  constructor(policy: LoadedPolicy, options: EnforcerOptions = {}) {
    this.policy = policy;
    this.#options = options;
    this.#replayStore = options.replayStore ?? new MemoryReplayStore();
  }

  /**
   * @param params the `tools/call` params as received
   * @param nonIntegerNumbers pointers (relative to params) of numbers written with a fraction or exponent, when the
   *   caller read the raw bytes with the strict reader; in-process middleware behind an SDK that already parsed the
   *   message cannot know them and passes none
   */
  async decide(params: JsonValue, requestId: string | number | null, nonIntegerNumbers: readonly string[] = []): Promise<Enforcement> {
    const startedNs = process.hrtime.bigint();
    let request: ToolCallRequest;
    try {
      request = readToolCallRequest(params);
    } catch (e) {
      if (!(e instanceof McpTrustError)) throw e;
      return { decision: buildDecision({ tool: "", requestId, startedNs, reason: e.reason }) };
    }
    const tool = this.policy.forTool(request.name);
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
      {
        trustStore: this.policy.trustStore,
        replayStore: this.#replayStore,
        ...(skewSeconds === undefined ? {} : { clockSkewSeconds: skewSeconds }),
        ...(this.#options.resolveArgsRef === undefined ? {} : { resolveArgsRef: this.#options.resolveArgsRef }),
        allowRedactedProjection: tool.argsCommitment.includes("redacted"),
        argsCommitmentKinds: tool.argsCommitment,
        ...(tool.issuers === undefined ? {} : { permittedIssuers: tool.issuers }),
        ...(tool.requiredCapability === undefined ? {} : { requiredCapability: tool.requiredCapability }),
        profiles: ["sep-2787"],
      },
    );
    const notApplicable = [...(tool.issuers === undefined ? ["issuer" as const] : []), ...(tool.requiredCapability === undefined ? ["capability" as const] : [])];
    const bypass = outcome.verdict === "reject" && outcome.reason === "replay_store_unavailable" && tool.failureMode === "open";
    const decision = buildDecision({ tool: request.name, requestId, startedNs, outcome, notApplicable, bypass, ...(skewSeconds === undefined ? {} : { skewSeconds }) });
    if (bypass) this.#options.onBypass?.(decision);
    return { request, outcome, decision };
  }
}
