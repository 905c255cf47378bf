import type { ConformanceVector, VerifyAttestationInput } from "../../generated/types/conformance-vector.js";
import type { Reason } from "../../generated/constants.js";

export interface CallDef {
  input?: Partial<VerifyAttestationInput>;
  expect: "accept" | Reason;
  argsCommitment?: "identity" | "hash" | "reference" | "redacted";
}

export interface CaseDef {
  suite: string;
  name: string;
  description: string;
  spec: string;
  category: ConformanceVector["category"];
  calls: CallDef[];
}
