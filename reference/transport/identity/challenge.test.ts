import { Buffer } from "node:buffer";
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { McpTrustError } from "../../common/errors.js";
import { issueChallenge, verifyChallenge } from "./challenge.js";
import { AUD, OTHER_AUD, SECRET } from "./test-identity.js";

const T = 1_780_000_000;
const opts = (nowS: number, patch: Partial<Parameters<typeof verifyChallenge>[1]> = {}) => ({ secret: SECRET, audience: AUD, now: nowS * 1000, ttlSeconds: 120, ...patch });

function reason(f: () => unknown): string {
  try {
    f();
    return "accepted";
  } catch (e) {
    if (e instanceof McpTrustError) return e.reason;
    throw e;
  }
}

describe("the stateless challenge", () => {
  it("has the wire format of the brief: <seconds>.<base64url HMAC-SHA256(secret, prefix\\nseconds\\naudience)>", () => {
    const expected = createHmac("sha256", SECRET).update(`mcp-trust-challenge\n${T}\n${AUD}`).digest("base64url");
    expect(issueChallenge({ secret: SECRET, audience: AUD, now: T * 1000 + 999 })).toBe(`${T}.${expected}`);
  });

  it("is valid from its issue second until just before issue + ttl", () => {
    const c = issueChallenge({ secret: SECRET, audience: AUD, now: T * 1000 });
    expect(verifyChallenge(c, opts(T))).toBe(T);
    expect(verifyChallenge(c, opts(T + 119))).toBe(T);
    expect(reason(() => verifyChallenge(c, opts(T + 120)))).toBe("challenge_required");
    expect(reason(() => verifyChallenge(c, opts(T + 10, { ttlSeconds: 10 })))).toBe("challenge_required");
    expect(reason(() => verifyChallenge(c, opts(T - 1)))).toBe("challenge_required"); // issued in the future
  });

  it.each<[string, (c: string) => unknown, Partial<Parameters<typeof verifyChallenge>[1]>?]>([
    ["another audience", (c) => c, { audience: OTHER_AUD }],
    ["another secret", (c) => c, { secret: Buffer.alloc(32, 1) }],
    ["a bad MAC", (c) => `${c.slice(0, -2)}${c.endsWith("AA") ? "BA" : "AA"}`],
    ["a MAC with spare bits set", (c) => `${c.slice(0, -1)}${"AEIMQUYcgkosw048".includes(c.at(-1)!) ? String.fromCharCode(c.charCodeAt(c.length - 1) + 1) : c.at(-1)}`],
    ["a leading zero in the seconds", (c) => `0${c}`],
    ["no dot", (c) => c.replace(".", "")],
    ["a padded MAC", (c) => `${c}=`],
    ["another time under the same MAC", (c) => `${T - 1}${c.slice(String(T).length)}`],
    ["a number", () => T],
    ["nothing", () => undefined],
  ])("%s → challenge_required", (_name, mutate, patch) => {
    const c = issueChallenge({ secret: SECRET, audience: AUD, now: T * 1000 });
    expect(reason(() => verifyChallenge(mutate(c), opts(T + 1, patch)))).toBe("challenge_required");
  });

  it("refuses a secret shorter than 32 bytes as a programming error", () => {
    expect(() => issueChallenge({ secret: Buffer.alloc(31), audience: AUD, now: 0 })).toThrow(TypeError);
  });
});
