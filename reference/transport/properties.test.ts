// Properties of the transport tokens (fast-check): one token has one spelling, so any single-character change is refused.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { McpTrustError } from "../common/errors.js";
import { TrustStore } from "../common/keys.js";
import { verifyCapTokenChain } from "./cap-token-chain.js";
import { AUDIENCE, NOW_MS, ROOT_ISS, capClaims, signToken, testKey, trustStoreDoc } from "./test-tokens.js";

const es = testKey("ES256", "root-es");
const ed = testKey("EdDSA", "root-ed");
const keys = TrustStore.load(trustStoreDoc({ [ROOT_ISS]: [es, ed] }), { algorithms: ["ES256", "EdDSA"] });
const options = { keys, rootIssuers: [ROOT_ISS], audience: AUDIENCE, tool: "delete_file", now: NOW_MS, skew: 30 };
// Every printable ASCII character and a few others a transport might introduce.
const replacement = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), fc.constantFrom("\n", "\t", "\u00e9", "\u200b"));

describe("capability tokens under single-character changes", () => {
  it.each([es, ed])("the valid %s token is accepted, and every one-character change of it is refused", async (key) => {
    const token = await signToken(key, "mcp-cap+jwt", capClaims());
    await expect(verifyCapTokenChain([token], options)).resolves.toBeDefined();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: token.length - 1 }), replacement, async (at, ch) => {
        fc.pre(token[at] !== ch);
        const changed = token.slice(0, at) + ch + token.slice(at + 1);
        const refusal = await verifyCapTokenChain([changed], options).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(refusal).toBeInstanceOf(McpTrustError);
      }),
      { numRuns: 300 },
    );
  });
});
