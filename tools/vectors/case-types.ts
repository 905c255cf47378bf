import type { ConformanceVector, VerifyAttestationInput, VerifyTransportInput } from "../../generated/types/conformance-vector.js";
import type { Reason } from "../../generated/constants.js";

export interface CallDef {
  input?: Partial<VerifyAttestationInput>;
  expect: "accept" | Reason;
  argsCommitment?: "identity" | "hash" | "reference" | "redacted";
}

export interface CaseDef {
  suite: string;
  verb?: "verify-attestation";
  name: string;
  description: string;
  spec: string;
  category: ConformanceVector["category"];
  calls: CallDef[];
}

/** One verify-transport call; `now` defaults to the fixtures' NOW. */
export type TransportInput = Omit<VerifyTransportInput, "now" | "request" | "policy"> & { request: unknown; policy: unknown; now?: string };

export interface TransportCallDef {
  input: TransportInput;
  /** allow, or the reason of a refusal (challenge_required and intent_out_of_scope are decision challenge, others deny). */
  expect: "allow" | Reason;
  /** On allow: the identity the decision names, checked when given. */
  ids?: { agentId: string | null; operatorId: string | null };
}

export interface TransportCaseDef {
  suite: string;
  verb: "verify-transport";
  name: string;
  description: string;
  spec: string;
  category: ConformanceVector["category"];
  calls: TransportCallDef[];
}

export type AnyCaseDef = CaseDef | TransportCaseDef;
