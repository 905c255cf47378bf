import type { Policy, ToolPolicy } from "../../generated/types/policy.js";
import { validatePolicy } from "../../generated/validators/policy.js";
import type { ArgsCommitmentKind } from "../attestation/args-commitment.js";
import { TrustStore } from "../common/keys.js";
import type { SignatureAlgorithm } from "../common/signature.js";
import { loadTransportPolicy, type LoadedTransportPolicy } from "../transport/policy.js";

export type { Policy, ToolPolicy };

/** A policy after validation, with its trust store imported once. */
export interface LoadedPolicy {
  readonly source: Policy;
  readonly serverFingerprint: string;
  readonly trustStore: TrustStore;
  readonly clockSkewSeconds: number | undefined;
  /** The `transport` section, loaded (spec/transport-headers.md#policy); undefined when the policy has none. */
  readonly transport: LoadedTransportPolicy | undefined;
  /** The effective policy of one tool: its own entry, else `defaults`, else require an attestation. */
  forTool(name: string): EffectiveToolPolicy;
}

export interface EffectiveToolPolicy {
  evidence: readonly "tool-call-attestation"[];
  issuers: readonly string[] | undefined;
  requiredCapability: string | undefined;
  argsCommitment: readonly ArgsCommitmentKind[];
  failureMode: "closed" | "open";
  /** The tool's policy entry as written (its transport members: identityTypes, singleUseCapToken, …), with `evidence` effective. */
  source: ToolPolicy;
}

const DEFAULT_COMMITMENTS: readonly ArgsCommitmentKind[] = ["identity", "hash", "reference"];

/**
 * Validates a policy document (schemas/policy.schema.json) and imports its keys. An invalid policy is a configuration
 * error and throws; unusable keys are skipped and listed in `trustStore.rejected`, as for any trust store.
 */
export function loadPolicy(doc: unknown): LoadedPolicy {
  if (!validatePolicy(doc)) {
    const e = validatePolicy.errors?.[0];
    throw new Error(`not a policy: ${e?.instancePath || "/"} ${e?.message ?? ""}`);
  }
  const policy = doc;
  const trustStore = TrustStore.load(policy.trustStore, policy.algorithms === undefined ? {} : { algorithms: policy.algorithms as SignatureAlgorithm[] });
  const cache = new Map<string, EffectiveToolPolicy>();
  const forTool = (name: string): EffectiveToolPolicy => {
    let effective = cache.get(name);
    if (effective === undefined) {
      const own: ToolPolicy = (Object.hasOwn(policy.tools ?? {}, name) ? policy.tools![name] : undefined) ?? policy.defaults ?? {};
      effective = Object.freeze<EffectiveToolPolicy>({
        evidence: (own.evidence as EffectiveToolPolicy["evidence"] | undefined) ?? ["tool-call-attestation"],
        issuers: own.issuers,
        requiredCapability: own.requiredCapability,
        argsCommitment: own.argsCommitment ?? DEFAULT_COMMITMENTS,
        failureMode: own.failureMode ?? policy.failureMode ?? "closed",
        source: Object.freeze<ToolPolicy>({ ...own, evidence: own.evidence ?? ["tool-call-attestation"] }),
      });
      if (cache.size < 4096) cache.set(name, effective);
    }
    return effective;
  };
  // A transport section is loaded once, here, so that a bad one fails at startup rather than on the first call.
  const transport = policy.transport === undefined ? undefined : loadTransportPolicy(policy.transport);
  return { source: policy, serverFingerprint: policy.server.fingerprint, trustStore, clockSkewSeconds: policy.clockSkewSeconds, transport, forTool };
}
