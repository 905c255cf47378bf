// Tool policy (issuer, capability) and a failing replay store, through the adapter's policy flags.
import { sepSigned } from "./build.js";
import type { CaseDef } from "./case-types.js";
import { ISS, KEYS } from "./fixtures.js";

const S = "tool-call-attestation";
type Input = CaseDef["calls"][0]["input"];
function one(name: string, description: string, spec: string, input: Input, expect: CaseDef["calls"][0]["expect"]): CaseDef {
  return { suite: S, name, description, spec, category: "policy", calls: [{ input, expect }] };
}
const withCapability = (name: string) => sepSigned(name, KEYS.es256, { pd: { requestedCapability: "filesystem.delete" } });

export const policyCases: CaseDef[] = [
  one("issuer-permitted", "an issuer on the tool's list of permitted issuers is accepted", "gateway-decision#policy", { envelope: sepSigned("issuer-permitted"), permittedIssuers: ["https://other-issuer.example", ISS] }, "accept"),
  one("issuer-not-permitted", "an issuer the verifier trusts but the tool's policy does not list is rejected", "gateway-decision#policy", { envelope: sepSigned("issuer-not-permitted"), permittedIssuers: ["https://other-issuer.example"] }, "issuer_not_permitted"),
  one("capability-required-and-requested", "a call requesting the capability the tool requires is accepted", "gateway-decision#policy", { envelope: withCapability("capability-required-and-requested"), requiredCapability: "filesystem.delete" }, "accept"),
  one("capability-not-requested", "a call that requests no capability is rejected by a tool that requires one", "gateway-decision#policy", { envelope: sepSigned("capability-not-requested"), requiredCapability: "filesystem.delete" }, "capability_mismatch"),
  one("capability-other-requested", "a call requesting another capability is rejected", "gateway-decision#policy", { envelope: withCapability("capability-other-requested"), requiredCapability: "filesystem.purge" }, "capability_mismatch"),
  one("policy-after-signature", "a tampered envelope is reported as such before the issuer policy", "tool-call-attestation#verification-order", { envelope: { ...sepSigned("policy-after-signature"), signature: "00".repeat(64) }, permittedIssuers: ["https://other-issuer.example"] }, "signature_invalid"),
  one("replay-store-unavailable", "a call whose every check passes is refused when the replay store cannot be used", "tool-call-attestation#nonce-consumption", { envelope: sepSigned("replay-store-unavailable"), replayStoreUnavailable: true }, "replay_store_unavailable"),
  one("replay-store-unavailable-after-checks", "a failing replay store is only reached after every other check", "tool-call-attestation#verification-order", { envelope: sepSigned("replay-store-unavailable-after-checks"), replayStoreUnavailable: true, tool: "read_file" }, "tool_mismatch"),
];
