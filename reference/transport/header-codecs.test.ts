/**
 * The generated RFC 9651 codecs (generated/headers/) on the examples of spec/transport-headers.md, and as properties:
 * parse∘serialize is the identity on every valid twin value that fits its header, and parsing any string returns a
 * result — never throws — whose refusal is always `header_malformed`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TRANSPORT_HEADER_CODECS, type TransportItemType } from "../../generated/headers/registry.js";
import { validateActor } from "../../generated/validators/actor.js";
import { validateAgentIdentity } from "../../generated/validators/agent-identity.js";
import { validateAgentIntent } from "../../generated/validators/agent-intent.js";
import { validateAgentSession } from "../../generated/validators/agent-session.js";
import { validateCapToken } from "../../generated/validators/cap-token.js";

const RUNS = Number(process.env["PROPERTY_RUNS"] ?? 300);
type AnyCodec = { parse: (v: string) => { ok: boolean; value?: unknown; reason?: string }; serialize: (v: never) => { ok: boolean; value?: unknown; reason?: string } };
const codec = (t: TransportItemType): AnyCodec => TRANSPORT_HEADER_CODECS[t] as unknown as AnyCodec;

const EXAMPLES: [TransportItemType, unknown, string][] = [
  ["actor", { id: "user:alice@example.com" }, '"user:alice@example.com"'],
  ["cap-token", { tokens: ["eyJhbGciOiJFUzI1NiIs.e30.c2ln", "eyJhbGciOiJFZERTQSIs.e30.c2ln"] }, '"eyJhbGciOiJFUzI1NiIs.e30.c2ln", "eyJhbGciOiJFZERTQSIs.e30.c2ln"'],
  ["agent-identity", { type: "did", credential: "eyJhbGciOiJFZERTQSIs.e30.c2ln" }, 'did;credential="eyJhbGciOiJFZERTQSIs.e30.c2ln"'],
  ["agent-intent", { purpose: "archive the Q3 report", scope: ["tools/call:delete_file", "tools/list"] }, 'purpose="archive the Q3 report", scope=("tools/call:delete_file" "tools/list")'],
  ["agent-intent", { purpose: "Quartalsbericht prüfen", scope: ["tools/call:*"] }, 'purpose=%"Quartalsbericht pr%c3%bcfen", scope=("tools/call:*")'],
  ["agent-session", { id: "s-7f3a9c2e4b1d8f60" }, '"s-7f3a9c2e4b1d8f60"'],
  ["actor", { id: 'a "quoted" \\ name' }, '"a \\"quoted\\" \\\\ name"'],
];

describe("header codecs: the spec's examples", () => {
  it.each(EXAMPLES)("%s: serialises to the canonical header and parses back", (type, value, header) => {
    expect(codec(type).serialize(value as never)).toEqual({ ok: true, value: header });
    expect(codec(type).parse(header)).toEqual({ ok: true, value });
  });

  it("accepts optional white space RFC 9651 allows, and yields the same value", () => {
    expect(codec("agent-intent").parse('purpose="p",scope=("tools/list"  "ping")   ')).toEqual({ ok: true, value: { purpose: "p", scope: ["tools/list", "ping"] } });
    expect(codec("cap-token").parse('  "a.b.c" ,"d.e.f"')).toEqual({ ok: true, value: { tokens: ["a.b.c", "d.e.f"] } });
  });

  it("refuses to serialise a value that breaks its schema (envelope_malformed) or cannot be an sf-string (header_malformed)", () => {
    expect(codec("actor").serialize({ id: "" } as never)).toMatchObject({ ok: false, reason: "envelope_malformed" });
    expect(codec("agent-identity").serialize({ type: "oauth", credential: "tök" } as never)).toMatchObject({ ok: false, reason: "header_malformed" });
    expect(codec("cap-token").serialize({ tokens: Array(4).fill("a".repeat(4096)) } as never)).toMatchObject({ ok: false, reason: "header_malformed" });
  });
});

// ---------------------------------------------------------------- arbitraries of valid twin values

const charsOf = (alphabet: string) => fc.constantFrom(...alphabet);
const printable = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const anyText = fc.oneof(fc.string({ unit: printable, minLength: 1, maxLength: 300 }), fc.string({ unit: "grapheme", minLength: 1, maxLength: 300 }));
const tokenText = fc.oneof(
  fc.tuple(...[0, 1, 2].map(() => fc.string({ unit: charsOf(B64URL), minLength: 1, maxLength: 600 }))).map((p) => p.join(".")),
  fc.string({ unit: printable, minLength: 1, maxLength: 200 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 50 }),
);
const toolName = fc.string({ unit: charsOf("abcxyzABC019_.-"), minLength: 1, maxLength: 128 });
const scopeEntry = fc.oneof(
  fc.constantFrom("tools/list", "tools/call:*", "resources/read", "prompts/get", "logging/setLevel", "ping"),
  toolName.map((t) => `tools/call:${t}`),
);

const VALID: { [K in TransportItemType]: fc.Arbitrary<unknown> } = {
  actor: fc.string({ unit: printable, minLength: 1, maxLength: 256 }).map((id) => ({ id })).filter((v) => validateActor(v)),
  "agent-session": fc.string({ unit: charsOf(`${B64URL}.~`), minLength: 16, maxLength: 128 }).map((id) => ({ id })).filter((v) => validateAgentSession(v)),
  "cap-token": fc.array(tokenText, { minLength: 1, maxLength: 4 }).map((tokens) => ({ tokens })).filter((v) => validateCapToken(v)),
  "agent-identity": fc
    .record({ type: fc.constantFrom("jwt", "did", "oauth", "mtls", "operator"), credential: tokenText })
    .filter((v) => validateAgentIdentity(v)),
  "agent-intent": fc
    .record({ purpose: anyText, scope: fc.uniqueArray(scopeEntry, { minLength: 1, maxLength: 32 }) })
    .filter((v) => validateAgentIntent(v)),
};

describe("header codecs: properties", () => {
  it.each(Object.keys(VALID) as TransportItemType[])("%s: parse(serialize(v)) = v for every valid twin value that fits", (type) => {
    let mirrored = 0;
    fc.assert(
      fc.property(VALID[type], (value) => {
        const out = codec(type).serialize(value as never);
        if (!out.ok) {
          // Only a value the header cannot carry (non-ASCII sf-string, over the size limit) is refused.
          expect(out.reason).toBe("header_malformed");
          return;
        }
        mirrored++;
        expect(codec(type).parse(out.value as string)).toEqual({ ok: true, value });
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
    expect(mirrored).toBeGreaterThan(RUNS / 3);
  });

  /** Strings near the grammar: valid headers with one edit, plus arbitrary text. */
  const nearHeaders = fc.oneof(
    fc.string({ unit: "binary", maxLength: 120 }),
    fc.string({ unit: printable, maxLength: 120 }),
    fc.tuple(fc.constantFrom(...EXAMPLES.map((e) => e[2])), fc.nat(), fc.string({ unit: printable, maxLength: 3 }), fc.nat({ max: 3 })).map(
      ([h, at, ins, cut]) => h.slice(0, at % (h.length + 1)) + ins + h.slice((at % (h.length + 1)) + cut),
    ),
    fc.string({ unit: charsOf('"();=,% \\:*?@abcdefpurosc-/01'), maxLength: 60 }),
  );

  it.each(Object.keys(VALID) as TransportItemType[])("%s: parse never throws; it refuses only with header_malformed and accepts only schema-valid values", (type) => {
    const validators: Record<TransportItemType, (v: unknown) => boolean> = {
      actor: validateActor,
      "agent-session": validateAgentSession,
      "cap-token": validateCapToken,
      "agent-identity": validateAgentIdentity,
      "agent-intent": validateAgentIntent,
    };
    fc.assert(
      fc.property(nearHeaders, (text) => {
        const r = codec(type).parse(text);
        if (r.ok) {
          expect(validators[type](r.value)).toBe(true);
          // An accepted header re-serialises to a canonical form that parses to the same value.
          const again = codec(type).serialize(r.value as never);
          expect(again.ok).toBe(true);
          expect(codec(type).parse(again.value as string)).toEqual(r);
        } else {
          expect(r.reason).toBe("header_malformed");
        }
      }),
      { numRuns: RUNS * 3, seed: 20261123 },
    );
  });
});
