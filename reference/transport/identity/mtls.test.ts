import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { certificateThumbprint, verifyMtlsIdentity } from "./mtls.js";
import { AGENT, agentJwt, ctx, forged, OPERATOR, reasonOf } from "./test-identity.js";

const DER = Buffer.from("TEST-ONLY client certificate DER");
const CERT = createHash("sha256").update(DER).digest("base64url");
const OTHER = createHash("sha256").update("another certificate").digest("base64url");

describe("identity type mtls (RFC 8705)", () => {
  it("certificateThumbprint is the base64url SHA-256 of the DER", () => {
    expect(certificateThumbprint(DER)).toBe(CERT);
    expect(CERT).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("an agent JWT bound to this connection's certificate is accepted", async () => {
    const id = await verifyMtlsIdentity(await agentJwt({ cnf: { "x5t#S256": CERT } }), ctx({ clientCertificateSha256: CERT }));
    expect(id).toEqual({ type: "mtls", agentId: AGENT, operatorId: OPERATOR });
  });

  it.each<[string, Record<string, unknown>, string | undefined, string]>([
    ["another certificate", { cnf: { "x5t#S256": CERT } }, OTHER, "key_binding_mismatch"],
    ["no client certificate", { cnf: { "x5t#S256": CERT } }, undefined, "key_binding_mismatch"],
    ["a token without cnf", {}, CERT, "key_binding_mismatch"],
    ["a token bound by jkt instead of x5t#S256", { cnf: { jkt: CERT } }, CERT, "key_binding_mismatch"],
    ["a certificate hash in another case", { cnf: { "x5t#S256": CERT } }, CERT.toLowerCase() === CERT ? CERT.toUpperCase() : CERT.toLowerCase(), "key_binding_mismatch"],
  ])("%s → %s", async (_name, patch, cert, reason) => {
    const c = cert === undefined ? ctx() : ctx({ clientCertificateSha256: cert });
    expect(await reasonOf(verifyMtlsIdentity(await agentJwt(patch), c))).toBe(reason);
  });

  it("the token itself is verified first: a forged one is signature_invalid even with the right certificate", async () => {
    const token = forged(await agentJwt({ cnf: { "x5t#S256": CERT } }));
    expect(await reasonOf(verifyMtlsIdentity(token, ctx({ clientCertificateSha256: CERT })))).toBe("signature_invalid");
  });
});
