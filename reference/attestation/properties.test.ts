// Properties of the attestation as a whole (fast-check): round trips, tamper detection, canonicalization invariants.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Digest } from "../common/digest.js";
import { canonicalString } from "../common/jcs.js";
import { generateKeyPair, TrustStore } from "../common/keys.js";
import { SIGNATURE_ALGORITHMS } from "../common/signature.js";
import type { JsonValue } from "../common/strict-json.js";
import { hashProjection, identityProjection, signAttestation } from "./sign.js";
import { verifyAttestation } from "./verify.js";

const ISS = "https://issuer.example/agents";
const SERVER = sha256Digest(new TextEncoder().encode("https://files.example/mcp"));
const IAT = Date.UTC(2026, 5, 1, 12, 0, 0);
const keys = Object.fromEntries(SIGNATURE_ALGORITHMS.map((alg) => [alg, generateKeyPair(alg)]));
const trustStore = TrustStore.load({
  issuers: { [ISS]: { keys: SIGNATURE_ALGORITHMS.map((alg) => ({ ...keys[alg]!.publicJwk, kid: `k-${alg}`, alg })) } },
});

// Tool arguments: any I-JSON object our strict reader accepts (no __proto__, safe integers, no -0).
const scalar = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.string({ unit: "grapheme", maxLength: 8 }).filter((k) => k !== "__proto__");
const argsArb = fc.dictionary(key, fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(key, scalar, { maxKeys: 3 })), { maxKeys: 6 }) as fc.Arbitrary<Record<string, JsonValue>>;
const textArb = fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }).filter((s) => /\S/.test(s) && !/[\ud800-\udfff]/.test(s));

function sign(alg: (typeof SIGNATURE_ALGORITHMS)[number], args: Record<string, JsonValue>, intent: string, hash: boolean) {
  return signAttestation({
    alg,
    key: keys[alg]!.privateKey,
    iss: ISS,
    sub: "agent:p",
    secretVersion: `k-${alg}`,
    iatMs: IAT,
    intent,
    toolCalls: [{ name: "t", serverFingerprint: SERVER, argsProjection: hash ? hashProjection(args) : identityProjection(args) }],
  });
}

const call = (args: Record<string, JsonValue>) => ({ toolName: "t", arguments: args, serverFingerprint: SERVER, nowMs: IAT });

/** Every path to a leaf of a JSON value. */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== "object") return [path];
  return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, Array.isArray(v) ? Number(k) : k]));
}

function mutateAt(env: unknown, path: (string | number)[]): unknown {
  const copy = structuredClone(env) as Record<string | number, unknown>;
  let at = copy;
  for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const v = at[last];
  at[last] = typeof v === "number" ? v + 1 : typeof v === "string" ? `${v}x` : !v;
  return copy;
}

describe("attestation properties", () => {
  it.each(SIGNATURE_ALGORITHMS.map((a) => [a]))("sign → verify accepts for %s, whatever the arguments and intent", async (alg) => {
    await fc.assert(
      fc.asyncProperty(argsArb, textArb, fc.boolean(), async (args, intent, hash) => {
        const outcome = await verifyAttestation(JSON.stringify(sign(alg, args, intent, hash)), call(args), { trustStore });
        expect(outcome.reason).toBe(null);
      }),
      { numRuns: alg === "RS256" ? 40 : 120 },
    );
  });

  it("any change to any signed leaf, or to the signature, is rejected", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...SIGNATURE_ALGORITHMS), argsArb, textArb, fc.nat(), async (alg, args, intent, pick) => {
        const env = sign(alg, args, intent, false);
        const paths = leaves(env);
        const path = paths[pick % paths.length]!;
        const outcome = await verifyAttestation(JSON.stringify(mutateAt(env, path)), call(args), { trustStore });
        expect(outcome.verdict).toBe("reject");
        if (path[0] === "signature") expect(["signature_invalid", "envelope_malformed"]).toContain(outcome.reason);
      }),
      { numRuns: 200 },
    );
  });

  it("JCS is idempotent and independent of member order", () => {
    fc.assert(
      fc.property(argsArb, (v) => {
        const once = canonicalString(v);
        expect(canonicalString(JSON.parse(once))).toBe(once);
        const reversed = Object.fromEntries(Object.entries(v).reverse());
        expect(canonicalString(reversed)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });
});
