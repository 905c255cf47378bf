import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { McpTrustError } from "./errors.js";
import { canonicalBytes, canonicalString, JCS_MAX_DEPTH } from "./jcs.js";
import type { JsonValue } from "./strict-json.js";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const JCS_SUITE = `${SHARED}vectors/cyberphone/json-canonicalization/`;
const ES6_FILE = `${JCS_SUITE}derived/es6testfile-first-10000-lines.txt`;
// From ../shared/vectors/PROVENANCE.md: the upstream table's hash for the first 10 000 lines.
const ES6_FILE_SHA256 = "b9f7a8e75ef22a835685a52ccba7f7d6bdc99e34b010992cbc5864cd12be6892";

const sharedPresent = existsSync(JCS_SUITE);
const skipNote = sharedPresent ? "" : " — SKIPPED: ../shared/vectors is absent (CI fails instead)";
if (!sharedPresent && !process.env["CI"]) {
  console.warn(`jcs.test.ts: ${JCS_SUITE} not found; RFC 8785 suite tests are skipped outside CI`);
}

/** Runs `f` and returns the McpTrustError it throws; fails the test on no throw or any other error. */
function refusal(f: () => unknown): McpTrustError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(McpTrustError);
    return e as McpTrustError;
  }
  throw new Error("expected an McpTrustError, but nothing was thrown");
}

// Caller objects that are not JSON values reach the signer typed as anything; the cast models that.
const anyValue = (v: unknown): JsonValue => v as JsonValue;

function oracle(v: unknown): string {
  const s = canonicalize(v);
  if (s === undefined) throw new Error("oracle returned undefined");
  return s;
}

describe("shared suites are available", () => {
  it.runIf(!sharedPresent && !!process.env["CI"])("../shared/vectors is required in CI", () => {
    expect.fail(`${JCS_SUITE} is missing; CI must check out shared/ beside the project`);
  });
});

describe.skipIf(!sharedPresent)(`RFC 8785 test data (cyberphone/json-canonicalization)${skipNote}`, () => {
  const names = sharedPresent ? readdirSync(`${JCS_SUITE}testdata/input`).filter((n) => n.endsWith(".json")) : [];

  it("has the six upstream cases", () => {
    expect(names.sort()).toEqual(["arrays.json", "french.json", "structures.json", "unicode.json", "values.json", "weird.json"]);
  });

  it.each(names)("%s canonicalizes to output/ byte for byte and matches outhex/", (name) => {
    const input = JSON.parse(readFileSync(`${JCS_SUITE}testdata/input/${name}`, "utf8")) as JsonValue;
    const expected = new Uint8Array(readFileSync(`${JCS_SUITE}testdata/output/${name}`));
    const hex = readFileSync(`${JCS_SUITE}testdata/outhex/${name.replace(/\.json$/, ".txt")}`, "utf8");
    const fromHex = Uint8Array.from(hex.trim().split(/\s+/), (h) => parseInt(h, 16));

    const bytes = canonicalBytes(input);
    expect(bytes).toEqual(expected);
    expect(bytes).toEqual(fromHex);
    expect(canonicalString(input)).toBe(new TextDecoder().decode(expected));
    expect(canonicalString(input)).toBe(oracle(input));
  });
});

describe.skipIf(!sharedPresent)(`ES6 number serialisation, first 10 000 lines of es6testfile${skipNote}`, () => {
  it("is the hash-verified file named in PROVENANCE.md", () => {
    expect(createHash("sha256").update(readFileSync(ES6_FILE)).digest("hex")).toBe(ES6_FILE_SHA256);
  });

  it("serialises every double as the file expects (and -0 is refused)", () => {
    const lines = readFileSync(ES6_FILE, "utf8").split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(10_000);
    const view = new DataView(new ArrayBuffer(8));
    let checked = 0;
    let negativeZero = 0;
    const mismatches: string[] = [];
    for (const line of lines) {
      const comma = line.indexOf(",");
      const bits = line.slice(0, comma);
      const expected = line.slice(comma + 1);
      view.setBigUint64(0, BigInt(`0x${bits.padStart(16, "0")}`));
      const n = view.getFloat64(0);
      if (Object.is(n, -0)) {
        // Upstream expects "0"; the common profile refuses -0 instead of writing it as 0.
        expect(expected).toBe("0");
        expect(refusal(() => canonicalString(n)).reason).toBe("json_invalid");
        negativeZero++;
        continue;
      }
      const got = canonicalString(n);
      if (got !== expected || canonicalString([n]) !== `[${expected}]`) mismatches.push(`${line} → ${got}`);
      checked++;
    }
    expect(mismatches).toEqual([]);
    expect(negativeZero).toBe(1);
    expect(checked).toBe(9_999);
  });
});

describe("RFC 8785 details", () => {
  it("sorts member names by UTF-16 code units, not by code points", () => {
    // U+1F600 is D83D DE00 in UTF-16, which sorts before U+FFFF even though its code point is larger.
    const v = { "\uffff": 1, "\u{1F600}": 2, "\ue000": 3, a: 4, "": 5, "\u00e9": 6 };
    expect(canonicalString(v)).toBe('{"":5,"a":4,"é":6,"\u{1F600}":2,"\ue000":3,"\uffff":1}');
    expect(canonicalString(v)).toBe(oracle(v));
  });

  it("sorts integer-like names as strings, which Object.keys does not", () => {
    const v = { "10": 1, "9": 2, "1": 3, b: 4, "-1": 5 };
    expect(canonicalString(v)).toBe('{"-1":5,"1":3,"10":1,"9":2,"b":4}');
  });

  it("sorts large objects (past the insertion-sort threshold) the same way", () => {
    const v: Record<string, number> = {};
    for (let i = 0; i < 300; i++) v[String.fromCodePoint(0x10000 + ((i * 7919) % 5000), 0x41 + (i % 26))] = i;
    for (let i = 0; i < 300; i++) v[`k${(i * 31) % 300}`] = i;
    expect(canonicalString(v)).toBe(oracle(v));
  });

  it("escapes only what §3.2.2.2 requires, with lowercase hex", () => {
    const s = "\u0000\u0001\u001f\b\t\n\f\r\"\\/\u007f\u0080\u2028\u2029\ufeff\u{10FFFF}";
    expect(canonicalString(s)).toBe('"\\u0000\\u0001\\u001f\\b\\t\\n\\f\\r\\"\\\\/\u007f\u0080\u2028\u2029\ufeff\u{10FFFF}"');
    expect(canonicalString({ [s]: s })).toBe(oracle({ [s]: s }));
  });

  it("quotes short and long strings, with and without escapes, alike", () => {
    for (const len of [0, 1, 63, 64, 65, 1000]) {
      for (const fill of ["a", "é", "\u{1F600}", '"', "\n"]) {
        const s = fill.repeat(len);
        expect(canonicalString(s)).toBe(JSON.stringify(s));
        expect(canonicalString({ [s]: [s] })).toBe(oracle({ [s]: [s] }));
      }
    }
  });

  it("writes numbers in ECMAScript form", () => {
    const cases: [number, string][] = [
      [0, "0"],
      [1e21, "1e+21"],
      [1e20, "100000000000000000000"],
      [1e-7, "1e-7"],
      [0.000001, "0.000001"],
      [2 ** 53, "9007199254740992"],
      [-1.5, "-1.5"],
      [Number.MAX_VALUE, "1.7976931348623157e+308"],
      [Number.MIN_VALUE, "5e-324"],
      [333333333.33333329, "333333333.3333333"],
    ];
    for (const [n, s] of cases) expect(canonicalString(n)).toBe(s);
  });

  it("writes the literals and empty containers", () => {
    expect(canonicalString([null, true, false, [], {}, [[]], { a: {} }])).toBe('[null,true,false,[],{},[[]],{"a":{}}]');
  });

  it("accepts null-prototype objects", () => {
    const o = Object.create(null) as Record<string, JsonValue>;
    o["b"] = 1;
    o["a"] = [Object.create(null) as JsonValue];
    expect(canonicalString(o)).toBe('{"a":[{}],"b":1}');
  });

  it("gives canonicalBytes as a plain Uint8Array that owns its whole buffer", () => {
    const bytes = canonicalBytes({ "é": "\u{1F600}" });
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength);
    expect(Array.from(bytes)).toEqual([...Buffer.from('{"é":"\u{1F600}"}', "utf8")]);
  });

  it("keeps member names right across many calls and many distinct names (the quoted-name cache)", () => {
    for (let round = 0; round < 3; round++) {
      const v: Record<string, number> = {};
      for (let i = 0; i < 5000; i++) v[`n${i}"\n${round}`] = i;
      v["x".repeat(200)] = -1;
      expect(canonicalString(v)).toBe(oracle(v));
    }
    // A name refused once must stay refused; nothing invalid may enter the cache.
    for (let i = 0; i < 3; i++) expect(refusal(() => canonicalString({ "\ud800": 1 })).reason).toBe("json_invalid");
  });
});

describe("values JCS cannot represent", () => {
  const invalid: [string, unknown, string][] = [
    ["NaN", NaN, ""],
    ["Infinity", Infinity, ""],
    ["-Infinity", [1, -Infinity], "/1"],
    ["-0", -0, ""],
    ["-0 in an array", [0, -0], "/1"],
    ["-0 as a member value", { a: { "b/c": -0 } }, "/a/b~1c"],
    ["a lone high surrogate", "a\ud800", ""],
    ["a lone low surrogate", "\udc00b", ""],
    ["a reversed pair", "\udc00\ud800", ""],
    ["a high surrogate at the end of a long string", `${"x".repeat(100)}\ud83d`, ""],
    ["a lone surrogate in a member name", { ok: 1, "k\udfff": 2 }, "/k\udfff"],
    ["a lone surrogate in a long member name", { ["y".repeat(80) + "\ud800"]: 1 }, `/${"y".repeat(80)}\ud800`],
    ["undefined", undefined, ""],
    ["an undefined element", [1, undefined], "/1"],
    ["an undefined member", { a: 1, b: undefined }, "/b"],
    ["a sparse array", [1, , 3], "/1"],
    ["a function", () => 1, ""],
    ["a function member", { toJSON: () => "x" }, "/toJSON"],
    ["a symbol", Symbol("s"), ""],
    ["a bigint", 1n, ""],
    ["a Date", { when: new Date(0) }, "/when"],
    ["a Map", new Map(), ""],
    ["a Set", [new Set([1])], "/0"],
    ["a Uint8Array", new Uint8Array(2), ""],
    ["a boxed string", new String("s"), ""],
    ["a class instance", new (class Point { x = 1 })(), ""],
    ["an Array subclass", new (class List extends Array<number> {})(), ""],
    ["an object with a custom prototype", Object.create({ inherited: 1 }), ""],
  ];

  it.each(invalid)("refuses %s with json_invalid and a pointer to it", (_, value, pointer) => {
    const e = refusal(() => canonicalString(anyValue(value)));
    expect(e.reason).toBe("json_invalid");
    expect(e.pointer).toBe(pointer);
    expect(refusal(() => canonicalBytes(anyValue(value))).reason).toBe("json_invalid");
  });

  it("refuses cycles with json_invalid", () => {
    const a: unknown[] = [1];
    a.push({ back: a });
    const e = refusal(() => canonicalString(anyValue(a)));
    expect(e.reason).toBe("json_invalid");
    expect(e.pointer).toBe("/1/back");
  });

  it("reads only own enumerable string-keyed members, as JSON.stringify does", () => {
    const v = { a: 1, [Symbol("s")]: 2 };
    Object.defineProperty(v, "hidden", { value: 3, enumerable: false });
    expect(canonicalString(v)).toBe('{"a":1}');
  });

  it("accepts shared (non-cyclic) references", () => {
    const shared = { x: 1 };
    expect(canonicalString({ a: shared, b: [shared, shared] })).toBe('{"a":{"x":1},"b":[{"x":1},{"x":1}]}');
  });

  function nested(levels: number): JsonValue {
    let v: JsonValue = 0;
    for (let i = 0; i < levels; i++) v = i % 2 === 0 ? [v] : { k: v };
    return v;
  }

  it(`accepts ${JCS_MAX_DEPTH} levels of nesting`, () => {
    expect(canonicalString(nested(JCS_MAX_DEPTH))).toBe(oracle(nested(JCS_MAX_DEPTH)));
  });

  it(`refuses ${JCS_MAX_DEPTH + 1} levels with limit_exceeded`, () => {
    expect(refusal(() => canonicalString(nested(JCS_MAX_DEPTH + 1))).reason).toBe("limit_exceeded");
  });

  it("refuses 100 000 levels with limit_exceeded, not a stack overflow", () => {
    const e = refusal(() => canonicalBytes(nested(100_000)));
    expect(e.reason).toBe("limit_exceeded");
    expect(e.pointer?.split("/").length).toBe(JCS_MAX_DEPTH + 1);
  });

  it("lets errors thrown by getters through unchanged", () => {
    const boom = new Error("getter");
    const v = Object.defineProperty({}, "a", { enumerable: true, get: () => { throw boom; } });
    expect(() => canonicalString(anyValue(v))).toThrow(boom);
  });
});

// Full-Unicode names drawn so that collisions, shared prefixes, and astral-versus-BMP ordering come up often.
const awkwardChars = fc.constantFrom("a", "b", "A", "1", "0", "", "\u0000", "\u001f", '"', "\\", "é", "\u2028", "\ue000", "\uffff", "\u{1F600}", "\u{10000}", "\u{10FFFF}");
const awkwardString = fc.array(awkwardChars, { maxLength: 6 }).map((parts) => parts.join(""));
const anyString = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme", maxLength: 80 }), awkwardString, fc.string({ unit: "binary", minLength: 60, maxLength: 200 }));
const anyNumber = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.integer(),
  fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
  fc.constantFrom(1e21, 1e-7, 5e-324, 1.7976931348623157e308, 0.1, 1 / 3),
);
const { json } = fc.letrec<{ json: JsonValue }>((tie) => ({
  json: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    anyNumber,
    anyString,
    fc.array(tie("json"), { maxLength: 8 }),
    fc.dictionary(fc.oneof(anyString, awkwardString), tie("json"), { maxKeys: 12 }),
  ),
}));

describe("differential against the canonicalize package", () => {
  it("is byte-identical on arbitrary JSON values", () => {
    fc.assert(
      fc.property(json, (v) => {
        const expected = oracle(v);
        expect(canonicalString(v)).toBe(expected);
        // Buffer.equals rather than toEqual: a deep-equality diff of every generated byte array dominates the run time.
        expect(Buffer.from(canonicalBytes(v)).equals(Buffer.from(expected, "utf8"))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it("is byte-identical on fast-check's own jsonValue (full Unicode, -0 mapped to 0)", () => {
    const noNegativeZero = (v: unknown): unknown =>
      Object.is(v, -0) ? 0 : Array.isArray(v) ? v.map(noNegativeZero) : v !== null && typeof v === "object" ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, noNegativeZero(x)])) : v;
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: "binary" }), (raw) => {
        const v = noNegativeZero(raw) as JsonValue;
        expect(canonicalString(v)).toBe(oracle(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips: parsing the canonical text and canonicalizing again changes nothing", () => {
    fc.assert(
      fc.property(json, (v) => {
        const s = canonicalString(v);
        expect(canonicalString(JSON.parse(s) as JsonValue)).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});
