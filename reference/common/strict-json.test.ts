import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { McpTrustError } from "./errors.js";
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_DEPTH,
  type JsonValue,
  readStrictJson,
  type StrictReadOptions,
} from "./strict-json.js";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The McpTrustError the reader throws for `input`; fails the test if it accepts or throws anything else. */
function refusal(input: Uint8Array | string, options?: StrictReadOptions): McpTrustError {
  try {
    readStrictJson(input, options);
  } catch (e) {
    if (e instanceof McpTrustError) return e;
    throw new Error(`expected McpTrustError, got ${String(e)}`, { cause: e });
  }
  throw new Error(`expected a refusal, but ${JSON.stringify(typeof input === "string" ? input : [...input])} was accepted`);
}

/** Asserts a refusal with this reason and, when given, this pointer (`undefined` meaning "no pointer"). */
function expectRefusal(
  input: Uint8Array | string,
  reason: "json_invalid" | "limit_exceeded",
  pointer?: string | null,
  options?: StrictReadOptions,
): void {
  const e = refusal(input, options);
  expect(e.reason).toBe(reason);
  if (pointer === null) expect(e.pointer).toBeUndefined();
  else if (pointer !== undefined) expect(e.pointer).toBe(pointer);
}

const read = (input: Uint8Array | string, options?: StrictReadOptions): JsonValue => readStrictJson(input, options).value;

describe("readStrictJson: API", () => {
  it("exports the common profile's defaults", () => {
    expect(DEFAULT_MAX_BYTES).toBe(65536);
    expect(DEFAULT_MAX_DEPTH).toBe(32);
  });

  it("reads strings, Uint8Arrays and Buffers alike", () => {
    const text = '{"a":[1,"é",true,false,null,{"b":-2.5e-3}]}';
    const expected = { a: [1, "é", true, false, null, { b: -2.5e-3 }] };
    expect(read(text)).toEqual(expected);
    expect(read(utf8(text))).toEqual(expected);
    expect(read(Buffer.from(text, "utf8"))).toEqual(expected);
  });

  it("returns plain objects with the ordinary prototype", () => {
    const v = read('{"constructor":1,"prototype":2,"toString":3}') as Record<string, JsonValue>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(v).toEqual({ constructor: 1, prototype: 2, toString: 3 });
  });

  it("refuses input of another type with json_invalid, not a TypeError", () => {
    expectRefusal(42 as unknown as string, "json_invalid", null);
    expectRefusal(null as unknown as string, "json_invalid", null);
    expectRefusal([0x7b, 0x7d] as unknown as Uint8Array, "json_invalid", null);
  });

  it("rejects invalid options as a caller bug (RangeError), never silently as no limit", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => readStrictJson("1", { maxBytes: bad })).toThrow(RangeError);
      expect(() => readStrictJson("1", { maxDepth: bad })).toThrow(RangeError);
    }
  });
});

describe("readStrictJson: RFC 8259 grammar", () => {
  it.each([
    ["0", 0],
    ["-1", -1],
    ["1.5", 1.5],
    ["1E+2", 100],
    ['""', ""],
    ["true", true],
    ["null", null],
    [" \t\n\r[ 1 ,\t2 ]\r\n", [1, 2]],
    ["{ }", {}],
    ['{"a" : [ ] }', { a: [] }],
    ['"\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u00E9"', '"\\/\b\f\n\r\téé'],
    ['"\\ud83d\\ude00"', "😀"],
    ['"😀 \u2028 \u007f \ufeff"', "😀 \u2028 \u007f \ufeff"],
    ['"a\\u0000b"', "a\u0000b"],
  ])("accepts %j", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ["", "empty input"],
    [" \n ", "whitespace only"],
    ["[1,]", "trailing comma in array"],
    ['{"a":1,}', "trailing comma in object"],
    ["[,1]", "leading comma"],
    ["[1,,2]", "double comma"],
    ["[1 2]", "missing comma"],
    ['{"a" 1}', "missing colon"],
    ['{"a":1 "b":2}', "missing comma between members"],
    ["{a:1}", "unquoted name"],
    ["{1:1}", "number as name"],
    ["'a'", "single quotes"],
    ["['a']", "single quotes in array"],
    ["// c\n1", "line comment"],
    ["/* c */ 1", "block comment"],
    ["[1] // c", "trailing comment"],
    ["01", "leading zero"],
    ["-01", "negative leading zero"],
    ["00", "double zero"],
    ["+1", "plus sign"],
    [".5", "bare fraction"],
    ["-.5", "negative bare fraction"],
    ["1.", "no fraction digits"],
    ["1.e3", "no fraction digits before exponent"],
    ["1e", "no exponent digits"],
    ["1e+", "no exponent digits after sign"],
    ["1e1.5", "fractional exponent"],
    ["0x10", "hex"],
    ["1_000", "digit separator"],
    ["-", "lone minus"],
    ["NaN", "NaN"],
    ["Infinity", "Infinity"],
    ["-Infinity", "-Infinity"],
    ["tru", "truncated literal"],
    ["True", "capitalised literal"],
    ["nul", "truncated null"],
    ["undefined", "undefined"],
    ['"abc', "unterminated string"],
    ['"abc\\', "unterminated escape"],
    ['"\\x41"', "invalid escape"],
    ['"\\a"', "invalid escape \\a"],
    ['"\\U0041"', "upper-case \\U"],
    ['"\\u12"', "short \\u escape"],
    ['"\\u12G4"', "non-hex \\u escape"],
    ['"a\tb"', "raw tab in string"],
    ['"a\nb"', "raw newline in string"],
    ['"\u0000"', "raw U+0000 in string"],
    ['"\u001f"', "raw U+001F in string"],
    ["[", "unclosed array"],
    ['{"a":', "unclosed object"],
    ["[1]]", "extra closer"],
    ["]", "lone closer"],
    ["[1}", "mismatched closer"],
    ['{"a":1]', "mismatched closer in object"],
    ["1 2", "two top-level values"],
    ["{}x", "trailing garbage"],
    ["\u00a01", "NBSP as whitespace"],
    ["\f1", "form feed as whitespace"],
    ["\v1", "vertical tab as whitespace"],
    ["[1,\u20282]", "U+2028 as whitespace"],
    ["\u30001", "ideographic space as whitespace"],
  ])("rejects %j (%s) as json_invalid", (text) => {
    expectRefusal(text, "json_invalid");
    expectRefusal(utf8(text), "json_invalid");
  });

  it("points at the offending element or member", () => {
    expectRefusal('{"a":[1,tru]}', "json_invalid", "/a/1");
    expectRefusal('{"a":{"b":01}}', "json_invalid", "/a/b");
    expectRefusal('{"a":{"b":"x\\q"}}', "json_invalid", "/a/b");
    expectRefusal('[0,{"a~b":[1,"\t"]}]', "json_invalid", "/1/a~0b/1");
    expectRefusal('{"a/b":NaN}', "json_invalid", "/a~1b");
    expectRefusal("[1,]", "json_invalid", "/1");
    // Between members the error belongs to the container, not to the member before it.
    expectRefusal('{"x":{"a":1 "b":2}}', "json_invalid", "/x");
    expectRefusal('{"x":[1 2]}', "json_invalid", "/x");
    expectRefusal("tru", "json_invalid", "");
    expectRefusal("[1] 2", "json_invalid", null);
  });
});

describe("readStrictJson: encoding", () => {
  it("rejects a UTF-8 byte order mark, as bytes or as a decoded U+FEFF", () => {
    expectRefusal(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), "json_invalid", null);
    expectRefusal(new Uint8Array([0xef, 0xbb, 0xbf]), "json_invalid", null);
    expectRefusal("\ufeff{}", "json_invalid", null);
    expectRefusal("[\ufeff1]", "json_invalid");
    // U+FEFF inside a string is just a character.
    expect(read('"\ufeff"')).toBe("\ufeff");
  });

  it.each([
    [[0x22, 0xff, 0x22], "byte 0xFF"],
    [[0x22, 0xc0, 0xaf, 0x22], "overlong 2-byte /"],
    [[0x22, 0xe0, 0x80, 0xaf, 0x22], "overlong 3-byte /"],
    [[0x22, 0xed, 0xa0, 0x80, 0x22], "encoded surrogate U+D800"],
    [[0x22, 0xed, 0xbf, 0xbf, 0x22], "encoded surrogate U+DFFF"],
    [[0x22, 0xf4, 0x90, 0x80, 0x80, 0x22], "beyond U+10FFFF"],
    [[0x22, 0xe2, 0x82, 0x22], "truncated 3-byte sequence"],
    [[0x22, 0x80, 0x22], "lone continuation byte"],
    [[0x22, 0xe9, 0x22], "ISO-8859-1 é"],
    [[0xff, 0xfe, 0x31, 0x00], "UTF-16LE with BOM"],
    [[0xfe, 0xff, 0x00, 0x31], "UTF-16BE with BOM"],
  ])("rejects invalid UTF-8 %j (%s) as json_invalid without a pointer", (bytes) => {
    expectRefusal(new Uint8Array(bytes), "json_invalid", null);
  });

  it("rejects UTF-16 without a BOM: valid UTF-8, but NUL is not JSON", () => {
    expectRefusal(new Uint8Array([0x00, 0x31]), "json_invalid");
    expectRefusal(new Uint8Array([0x31, 0x00]), "json_invalid");
  });

  it("accepts valid multi-byte UTF-8", () => {
    expect(read(utf8('["é","€","😀","\u{10ffff}"]'))).toEqual(["é", "€", "😀", "\u{10ffff}"]);
  });

  it("rejects escaped lone surrogates", () => {
    for (const text of [
      '"\\ud800"',
      '"\\udc00"',
      '"\\uDBFF"',
      '"\\ud800\\u0041"',
      '"\\ud800x"',
      '"\\ud800\\"',
      '"\\ud800\\n"',
      '"\\ud800\\ud800"',
      '"\\udc00\\ud800"',
      '"\\ud800\\udc0"',
      '"\\ud800\\uzzzz"',
    ]) {
      expectRefusal(text, "json_invalid", "");
      expectRefusal(utf8(text), "json_invalid", "");
    }
    expectRefusal('["ok","x\\udfffy"]', "json_invalid", "/1");
    // In a member name the member does not exist yet, so the pointer names the object.
    expectRefusal('{"a":{"\\ud800":1}}', "json_invalid", "/a");
  });

  it("rejects raw lone surrogates in string input", () => {
    expectRefusal('"\ud800"', "json_invalid", "");
    expectRefusal('"\udc00"', "json_invalid", "");
    expectRefusal('"\ud800', "json_invalid", "");
    expectRefusal('"\udc00\ud800"', "json_invalid", "");
    expectRefusal('"\ud800\\udc00"', "json_invalid", "");
    expectRefusal('"\\ud800\udc00"', "json_invalid", "");
    expectRefusal('["ok","x\udc00"]', "json_invalid", "/1");
    expectRefusal('{"\ud800":1}', "json_invalid", "");
    // Long strings take the fast path; the surrogate must still be caught there.
    expectRefusal(`"${"a".repeat(100)}\ud800${"b".repeat(100)}"`, "json_invalid", "");
    expect(read('"\ud83d\ude00"')).toBe("😀");
    expect(read(`"${"a".repeat(100)}\ud83d\ude00"`)).toBe(`${"a".repeat(100)}😀`);
  });
});

describe("readStrictJson: member names", () => {
  it("rejects duplicate names, compared after unescaping, with the duplicate's pointer", () => {
    expectRefusal('{"a":1,"a":2}', "json_invalid", "/a");
    expectRefusal('{"a":1,"a":1}', "json_invalid", "/a");
    expectRefusal('{"a":1,"\\u0061":2}', "json_invalid", "/a");
    expectRefusal('{"\\u0061":1,"a":2}', "json_invalid", "/a");
    expectRefusal('{"é":1,"\\u00e9":2}', "json_invalid", "/é");
    expectRefusal('{"a/b":1,"a\\/b":2}', "json_invalid", "/a~1b");
    expectRefusal('{"":1,"":2}', "json_invalid", "/");
    expectRefusal('{"a":[{"b":1,"b":2}]}', "json_invalid", "/a/0/b");
    expectRefusal('{"a":[0,{"x":{"b":1,"c":2,"b":3}}]}', "json_invalid", "/a/1/x/b");
  });

  it("rejects duplicates in large objects too", () => {
    const members = Array.from({ length: 50 }, (_, i) => `"k${i}":${i}`);
    expect(Object.keys(read(`{${members.join(",")}}`) as object)).toHaveLength(50);
    expectRefusal(`{${members.join(",")},"k3":0}`, "json_invalid", "/k3");
    expectRefusal(`{${members.join(",")},"k\\u0033":0}`, "json_invalid", "/k3");
    expectRefusal(`{"k\\u0033":0,${members.join(",")}}`, "json_invalid", "/k3");
    expectRefusal(`{${members.slice(0, 20).join(",")},"k19":0,${members.slice(20).join(",")}}`, "json_invalid", "/k19");
    // Long names take the same path as large objects.
    const long = "n".repeat(40);
    expectRefusal(`{"a":1,"${long}":2,"b":3,"${long}":4}`, "json_invalid", `/${long}`);
    expectRefusal(`{"${long}":1,"a":2,"\u0061":3}`, "json_invalid", "/a");
    expect(read(`{"${long}x":1,"${long}y":2,"a":3}`)).toEqual({ [`${long}x`]: 1, [`${long}y`]: 2, a: 3 });
  });

  it("accepts names that differ, and equal names in different objects", () => {
    expect(read('{"a":1,"A":2,"a ":3,"\\u0062":4}')).toEqual({ a: 1, A: 2, "a ": 3, b: 4 });
    expect(read('{"é":1,"e\u0301":2}')).toEqual({ é: 1, "e\u0301": 2 });
    expect(read('[{"a":1},{"a":1}]')).toEqual([{ a: 1 }, { a: 1 }]);
    expect(read('{"a":{"a":{"a":1}}}')).toEqual({ a: { a: { a: 1 } } });
    expect(read('{"ab":1,"ba":2,"aa":3,"bb":4}')).toEqual({ ab: 1, ba: 2, aa: 3, bb: 4 });
  });

  it("rejects a member named __proto__ anywhere, escaped or not", () => {
    expectRefusal('{"__proto__":{}}', "json_invalid", "/__proto__");
    expectRefusal('{"__proto__":{"polluted":true}}', "json_invalid", "/__proto__");
    expectRefusal('{"a":[{"__proto__":1}]}', "json_invalid", "/a/0/__proto__");
    expectRefusal('{"\\u005f_proto__":1}', "json_invalid", "/__proto__");
    expectRefusal('{"__proto\\u005f_":1}', "json_invalid", "/__proto__");
    const wide = Array.from({ length: 20 }, (_, i) => `"k${i}":${i}`).join(",");
    expectRefusal(`{${wide},"__proto__":1}`, "json_invalid", "/__proto__");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("accepts __proto__ as a value and names that merely resemble it", () => {
    expect(read('["__proto__"]')).toEqual(["__proto__"]);
    expect(read('{"__proto":1,"__proto__x":2,"_proto_":3,"__PROTO__":4}')).toEqual({
      __proto: 1,
      __proto__x: 2,
      _proto_: 3,
      __PROTO__: 4,
    });
  });
});

describe("readStrictJson: numbers", () => {
  it("accepts integers within ±(2^53−1) and rejects those beyond", () => {
    expect(read("9007199254740991")).toBe(9007199254740991);
    expect(read("-9007199254740991")).toBe(-9007199254740991);
    expect(read("[999999999999999,1000000000000000]")).toEqual([999999999999999, 1000000000000000]);
    expectRefusal("9007199254740992", "json_invalid", "");
    expectRefusal("-9007199254740992", "json_invalid", "");
    expectRefusal("9007199254740993", "json_invalid", "");
    expectRefusal('{"a":[100000000000000000000]}', "json_invalid", "/a/0");
    expectRefusal("-123123123123123123123123123123", "json_invalid", "");
  });

  it("rejects numbers that are not finite doubles, or that vanish to zero", () => {
    expectRefusal("1e400", "json_invalid", "");
    expectRefusal("-1e400", "json_invalid", "");
    expectRefusal('{"x":1.8e308}', "json_invalid", "/x");
    expectRefusal(`1${"0".repeat(400)}.0`, "json_invalid", "");
    expectRefusal("1e-400", "json_invalid", "");
    expectRefusal("-1e-400", "json_invalid", "");
    expectRefusal(`0.${"0".repeat(400)}1`, "json_invalid", "");
    expect(read("1.7976931348623157e308")).toBe(1.7976931348623157e308);
    expect(read("5e-324")).toBe(5e-324);
    expect(read("-5e-324")).toBe(-5e-324);
    expect(read(`0.${"0".repeat(290)}1`)).toBe(1e-291);
  });

  it("rejects negative zero in every spelling", () => {
    for (const text of ["-0", "-0.0", "-0e3", "-0E-5", "-0.000e+1", `-0.${"0".repeat(400)}`]) {
      expectRefusal(text, "json_invalid", "");
    }
    expectRefusal('{"a":[1,-0]}', "json_invalid", "/a/1");
    expect(readStrictJson("[0,0.0,0e5,0.000E-2]")).toEqual({ value: [0, 0, 0, 0], nonIntegerNumbers: ["/1", "/2", "/3"] });
    expect(Object.is(read("0.0"), 0)).toBe(true);
  });

  it("reports every number written with a fraction or an exponent, in document order", () => {
    expect(readStrictJson('{"a":[1,2.5,{"b":1e2}]}').nonIntegerNumbers).toEqual(["/a/1", "/a/2/b"]);
    expect(readStrictJson("1.5").nonIntegerNumbers).toEqual([""]);
    expect(readStrictJson("[1,2,3]").nonIntegerNumbers).toEqual([]);
    expect(readStrictJson("[[0.5,[0.5]],0.5,1E0]").nonIntegerNumbers).toEqual(["/0/0", "/0/1/0", "/1", "/2"]);
    expect(readStrictJson('{"a/b":{"c~d":0.5},"":{"":1e1}}').nonIntegerNumbers).toEqual(["/a~1b/c~0d", "//"]);
    expect(readStrictJson('{"\\u0041":1.5,"x":{"\\/":2e0}}').nonIntegerNumbers).toEqual(["/A", "/x/~1"]);
    // Integral values still count when written with a fraction or an exponent: callers judge the literal.
    expect(readStrictJson('{"n":9007199254740993.0}')).toEqual({ value: { n: 9007199254740992 }, nonIntegerNumbers: ["/n"] });
    const wide = Array.from({ length: 30 }, (_, i) => `"k${i}":${i}.5`).join(",");
    expect(readStrictJson(`{"o":{${wide}}}`).nonIntegerNumbers).toEqual(Array.from({ length: 30 }, (_, i) => `/o/k${i}`));
  });
});

describe("readStrictJson: limits", () => {
  const nested = (depth: number, open = "[", close = "]"): string => open.repeat(depth) + close.repeat(depth);
  const nestedObjects = (depth: number): string => '{"a":'.repeat(depth - 1) + "{}" + "}".repeat(depth - 1);

  it("accepts nesting exactly at the depth limit and rejects one deeper", () => {
    expect(() => readStrictJson(nested(DEFAULT_MAX_DEPTH))).not.toThrow();
    expectRefusal(nested(DEFAULT_MAX_DEPTH + 1), "limit_exceeded", "/0".repeat(DEFAULT_MAX_DEPTH));
    expect(() => readStrictJson(nestedObjects(DEFAULT_MAX_DEPTH))).not.toThrow();
    expectRefusal(nestedObjects(DEFAULT_MAX_DEPTH + 1), "limit_exceeded", "/a".repeat(DEFAULT_MAX_DEPTH));
  });

  it("counts a top-level scalar as depth 0 and a top-level container as depth 1", () => {
    expect(read("1", { maxDepth: 0 })).toBe(1);
    expectRefusal("[]", "limit_exceeded", "", { maxDepth: 0 });
    expectRefusal("{}", "limit_exceeded", "", { maxDepth: 0 });
    expect(read("[1,{}]", { maxDepth: 2 })).toEqual([1, {}]);
    expectRefusal("[1,{}]", "limit_exceeded", "/1", { maxDepth: 1 });
    expectRefusal('[{"a":[[]]}]', "limit_exceeded", "/0/a/0", { maxDepth: 3 });
  });

  it("honours a custom depth limit", () => {
    expect(() => readStrictJson(nested(500), { maxDepth: 500 })).not.toThrow();
    expectRefusal(nested(501), "limit_exceeded", undefined, { maxDepth: 500 });
  });

  it("fails 100 000 opening brackets fast with limit_exceeded, without recursion", () => {
    const deep = "[".repeat(100_000);
    expectRefusal(deep, "limit_exceeded"); // over the size limit
    expectRefusal(deep, "limit_exceeded", "/0".repeat(DEFAULT_MAX_DEPTH), { maxBytes: 1 << 20 }); // over the depth limit
    // With a limit high enough to let it through, the scan still does not recurse: it fails on the missing closers.
    expectRefusal(deep, "json_invalid", undefined, { maxBytes: 1 << 20, maxDepth: 1_000_000 });
    expect(read(nested(100_000), { maxBytes: 1 << 20, maxDepth: 100_000 })).toBeInstanceOf(Array);
  });

  it("accepts input of exactly maxBytes UTF-8 bytes and rejects one byte more", () => {
    const exact = `"${"a".repeat(DEFAULT_MAX_BYTES - 2)}"`;
    expect(read(exact)).toHaveLength(DEFAULT_MAX_BYTES - 2);
    expect(read(utf8(exact))).toHaveLength(DEFAULT_MAX_BYTES - 2);
    expectRefusal(`${exact} `, "limit_exceeded", null);
    expectRefusal(utf8(`${exact} `), "limit_exceeded", null);
  });

  it("measures string input in UTF-8 bytes, not UTF-16 code units", () => {
    const text = '"é€😀"'; // 1 + 2 + 3 + 4 + 1 = 11 bytes, 6 code units
    expect(read(text, { maxBytes: 11 })).toBe("é€😀");
    expectRefusal(text, "limit_exceeded", null, { maxBytes: 10 });
    expectRefusal(text, "limit_exceeded", null, { maxBytes: 6 });
    expectRefusal('"ééééé"', "limit_exceeded", null, { maxBytes: 11 });
    expect(read('"ééééé"', { maxBytes: 12 })).toBe("ééééé");
  });

  it("checks the size before decoding", () => {
    const invalid = new Uint8Array(17).fill(0xff);
    expectRefusal(invalid, "limit_exceeded", null, { maxBytes: 16 });
    expectRefusal(invalid, "json_invalid", null, { maxBytes: 17 });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// JSONTestSuite (nst/JSONTestSuite, see ../shared/vectors/PROVENANCE.md)

const SUITE = fileURLToPath(new URL("../../../shared/vectors/nst/JSONTestSuite/", import.meta.url));
const suitePresent = existsSync(SUITE);

/** y_ cases that break one of the common profile's rules stricter than RFC 8259, and the rule each breaks. */
const Y_EXCEPTIONS: Record<string, { reason: "json_invalid" | "limit_exceeded"; rule: string }> = {
  "y_number_minus_zero.json": { reason: "json_invalid", rule: "negative zero ([-0])" },
  "y_number_negative_zero.json": { reason: "json_invalid", rule: "negative zero ([-0])" },
  "y_object_duplicated_key.json": { reason: "json_invalid", rule: "duplicate member name" },
  "y_object_duplicated_key_and_value.json": { reason: "json_invalid", rule: "duplicate member name" },
};

type Outcome = "accept" | "json_invalid" | "limit_exceeded";

/** Our I-JSON reading of every implementation-defined i_ case, at default options. */
const I_EXPECTED: Record<string, Outcome> = {
  "i_number_double_huge_neg_exp.json": "json_invalid", // 123.456e-789: non-zero value underflows to 0
  "i_number_huge_exp.json": "json_invalid", // not finite
  "i_number_neg_int_huge_exp.json": "json_invalid", // -1e+9999: not finite
  "i_number_pos_double_huge_exp.json": "json_invalid", // 1.5e+9999: not finite
  "i_number_real_neg_overflow.json": "json_invalid", // not finite
  "i_number_real_pos_overflow.json": "json_invalid", // not finite
  "i_number_real_underflow.json": "json_invalid", // 123e-10000000: non-zero value underflows to 0
  "i_number_too_big_neg_int.json": "json_invalid", // integer beyond -(2^53-1)
  "i_number_too_big_pos_int.json": "json_invalid", // integer beyond 2^53-1
  "i_number_very_big_negative_int.json": "json_invalid", // integer beyond -(2^53-1)
  "i_object_key_lone_2nd_surrogate.json": "json_invalid", // escaped lone surrogate in a name
  "i_string_1st_surrogate_but_2nd_missing.json": "json_invalid", // escaped lone surrogate
  "i_string_1st_valid_surrogate_2nd_invalid.json": "json_invalid", // escaped lone surrogate
  "i_string_UTF-16LE_with_BOM.json": "json_invalid", // not UTF-8
  "i_string_UTF-8_invalid_sequence.json": "json_invalid", // invalid UTF-8
  "i_string_UTF8_surrogate_U+D800.json": "json_invalid", // UTF-8-encoded surrogate is invalid UTF-8
  "i_string_incomplete_surrogate_and_escape_valid.json": "json_invalid", // escaped lone surrogate
  "i_string_incomplete_surrogate_pair.json": "json_invalid", // escaped lone surrogate
  "i_string_incomplete_surrogates_escape_valid.json": "json_invalid", // escaped lone surrogate
  "i_string_invalid_lonely_surrogate.json": "json_invalid", // escaped lone surrogate
  "i_string_invalid_surrogate.json": "json_invalid", // escaped lone surrogate
  "i_string_invalid_utf-8.json": "json_invalid", // invalid UTF-8
  "i_string_inverted_surrogates_U+1D11E.json": "json_invalid", // low before high: both lone
  "i_string_iso_latin_1.json": "json_invalid", // invalid UTF-8
  "i_string_lone_second_surrogate.json": "json_invalid", // escaped lone surrogate
  "i_string_lone_utf8_continuation_byte.json": "json_invalid", // invalid UTF-8
  "i_string_not_in_unicode_range.json": "json_invalid", // invalid UTF-8 (beyond U+10FFFF)
  "i_string_overlong_sequence_2_bytes.json": "json_invalid", // invalid UTF-8
  "i_string_overlong_sequence_6_bytes.json": "json_invalid", // invalid UTF-8
  "i_string_overlong_sequence_6_bytes_null.json": "json_invalid", // invalid UTF-8
  "i_string_truncated-utf-8.json": "json_invalid", // invalid UTF-8
  "i_string_utf16BE_no_BOM.json": "json_invalid", // not UTF-8 (NUL bytes outside strings)
  "i_string_utf16LE_no_BOM.json": "json_invalid", // not UTF-8 (NUL bytes outside strings)
  "i_structure_500_nested_arrays.json": "limit_exceeded", // depth 500 > 32 (accepted with maxDepth 500, below)
  "i_structure_UTF-8_BOM_empty_object.json": "json_invalid", // byte order mark
};

/** Every test_transform case: refused (with the rule), or accepted with this value and these non-integer pointers. */
const TRANSFORM_EXPECTED: Record<
  string,
  { reason: "json_invalid"; rule: string } | { value: JsonValue; nonIntegerNumbers: string[] }
> = {
  "number_-9223372036854775808.json": { reason: "json_invalid", rule: "integer beyond ±(2^53−1)" },
  "number_-9223372036854775809.json": { reason: "json_invalid", rule: "integer beyond ±(2^53−1)" },
  "number_1.0.json": { value: [1], nonIntegerNumbers: ["/0"] },
  "number_1.000000000000000005.json": { value: [1], nonIntegerNumbers: ["/0"] },
  "number_1000000000000000.json": { value: [1000000000000000], nonIntegerNumbers: [] },
  "number_10000000000000000999.json": { reason: "json_invalid", rule: "integer beyond ±(2^53−1)" },
  "number_1e-999.json": { reason: "json_invalid", rule: "non-zero value underflows to 0" },
  "number_1e6.json": { value: [1000000], nonIntegerNumbers: ["/0"] },
  "number_9223372036854775807.json": { reason: "json_invalid", rule: "integer beyond ±(2^53−1)" },
  "number_9223372036854775808.json": { reason: "json_invalid", rule: "integer beyond ±(2^53−1)" },
  // Names are compared as code-unit sequences, never normalised: NFC and NFD spellings are different names.
  "object_key_nfc_nfd.json": { value: { "\u00e9": "NFC", "e\u0301": "NFD" }, nonIntegerNumbers: [] },
  "object_key_nfd_nfc.json": { value: { "e\u0301": "NFD", "\u00e9": "NFC" }, nonIntegerNumbers: [] },
  "object_same_key_different_values.json": { reason: "json_invalid", rule: "duplicate member name" },
  "object_same_key_same_value.json": { reason: "json_invalid", rule: "duplicate member name" },
  "object_same_key_unclear_values.json": { reason: "json_invalid", rule: "duplicate member name (and -0)" },
  "string_1_escaped_invalid_codepoint.json": { reason: "json_invalid", rule: "escaped lone surrogate" },
  "string_1_invalid_codepoint.json": { reason: "json_invalid", rule: "invalid UTF-8 (encoded surrogate)" },
  "string_2_escaped_invalid_codepoints.json": { reason: "json_invalid", rule: "escaped lone surrogate" },
  "string_2_invalid_codepoints.json": { reason: "json_invalid", rule: "invalid UTF-8 (encoded surrogate)" },
  "string_3_escaped_invalid_codepoints.json": { reason: "json_invalid", rule: "escaped lone surrogate" },
  "string_3_invalid_codepoints.json": { reason: "json_invalid", rule: "invalid UTF-8 (encoded surrogate)" },
  "string_with_escaped_NULL.json": { value: ["A\u0000B"], nonIntegerNumbers: [] },
};

const suiteFiles = (dir: string, prefix = ""): string[] =>
  suitePresent ? readdirSync(SUITE + dir).filter((f) => f.startsWith(prefix) && f.endsWith(".json")).sort() : [];
const suiteBytes = (dir: string, file: string): Uint8Array => new Uint8Array(readFileSync(`${SUITE}${dir}/${file}`));

describe("JSONTestSuite", () => {
  if (!suitePresent) {
    if (process.env["CI"]) {
      it("needs ../shared/vectors/nst/JSONTestSuite", () => {
        expect.fail(`JSONTestSuite not found at ${SUITE}: CI must check out shared/ beside the project`);
      });
    } else {
      it.skip(`skipped: ../shared/vectors/nst/JSONTestSuite is absent (${SUITE}); required in CI`, () => {});
    }
    return;
  }

  it("has the expected shape (318 parsing cases, 22 transform cases) and the tables name real files", () => {
    expect(suiteFiles("test_parsing")).toHaveLength(318);
    expect(suiteFiles("test_transform")).toHaveLength(22);
    const y = suiteFiles("test_parsing", "y_");
    for (const f of Object.keys(Y_EXCEPTIONS)) expect(y).toContain(f);
    expect(Object.keys(I_EXPECTED).sort()).toEqual(suiteFiles("test_parsing", "i_"));
    expect(Object.keys(TRANSFORM_EXPECTED).sort()).toEqual(suiteFiles("test_transform"));
  });

  it.each(suiteFiles("test_parsing", "y_"))("y: %s", (file) => {
    const bytes = suiteBytes("test_parsing", file);
    const exception = Y_EXCEPTIONS[file];
    if (exception !== undefined) {
      expectRefusal(bytes, exception.reason);
      return;
    }
    const expected = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    expect(read(bytes)).toEqual(expected);
    expect(read(new TextDecoder("utf-8", { fatal: true }).decode(bytes))).toEqual(expected);
  });

  it.each(suiteFiles("test_parsing", "n_"))("n: %s", (file) => {
    const bytes = suiteBytes("test_parsing", file);
    const e = refusal(bytes);
    if (file === "n_structure_100000_opening_arrays.json") expect(e.reason).toBe("limit_exceeded");
    // Every n_ case is a grammar error, not only a limit: with limits out of the way it is still json_invalid.
    expect(refusal(bytes, { maxBytes: 1 << 20, maxDepth: 1_000_000 }).reason).toBe("json_invalid");
  });

  it("n_structure_100000_opening_arrays is limit_exceeded on depth once the size allows it", () => {
    const bytes = suiteBytes("test_parsing", "n_structure_100000_opening_arrays.json");
    expectRefusal(bytes, "limit_exceeded", "/0".repeat(DEFAULT_MAX_DEPTH), { maxBytes: 1 << 20 });
  });

  it.each(suiteFiles("test_parsing", "i_"))("i: %s", (file) => {
    const bytes = suiteBytes("test_parsing", file);
    const expected = I_EXPECTED[file];
    if (expected === "accept") expect(() => readStrictJson(bytes)).not.toThrow();
    else expectRefusal(bytes, expected!);
  });

  it("i_structure_500_nested_arrays is only about depth", () => {
    expect(() => readStrictJson(suiteBytes("test_parsing", "i_structure_500_nested_arrays.json"), { maxDepth: 500 })).not.toThrow();
  });

  it.each(suiteFiles("test_transform"))("transform: %s", (file) => {
    const bytes = suiteBytes("test_transform", file);
    const expected = TRANSFORM_EXPECTED[file]!;
    if ("reason" in expected) expectRefusal(bytes, expected.reason);
    else expect(readStrictJson(bytes)).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Properties

const RUNS = 2000;

/** Fails the property if `f` throws anything but McpTrustError. */
function onlyOurErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof McpTrustError)) throw e;
    expect(["json_invalid", "limit_exceeded"]).toContain(e.reason);
  }
}

function depthOf(v: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[v, 0]];
  while (stack.length > 0) {
    const [x, d] = stack.pop()!;
    if (x !== null && typeof x === "object") {
      max = Math.max(max, d + 1);
      for (const c of Object.values(x)) stack.push([c, d + 1]);
    }
  }
  return max;
}

/** Whether a value's JSON.stringify text obeys the profile: no __proto__ names, no unsafe integer literals, depth ≤ 32. */
function fitsProfile(v: unknown): boolean {
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    // JSON.stringify writes integers below 1e21 as integer literals, which must then be safe.
    if (typeof x === "number" && Number.isInteger(x) && !Number.isSafeInteger(x) && Math.abs(x) < 1e21) return false;
    if (x !== null && typeof x === "object") {
      if (Object.prototype.hasOwnProperty.call(x, "__proto__")) return false;
      stack.push(...Object.values(x));
    }
  }
  return depthOf(v) <= DEFAULT_MAX_DEPTH;
}

/** Pointers of the numbers whose JSON.stringify literal has a fraction or an exponent, in text order. */
function expectedNonIntegers(v: unknown, p = ""): string[] {
  if (typeof v === "number") return /[.eE]/.test(JSON.stringify(v)) ? [p] : [];
  if (v === null || typeof v !== "object") return [];
  return Object.entries(v).flatMap(([k, c]) => expectedNonIntegers(c, `${p}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`));
}

const profileJson = fc
  .jsonValue({ maxDepth: 6, stringUnit: fc.oneof(fc.constantFrom("~", "/", "\\", '"', "\u0000", "é", "😀"), fc.string({ unit: "binary", maxLength: 3 })) })
  .filter(fitsProfile);

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const jsonish = fc.constantFrom(..."{}[],:\"\\ \t\n\r0123456789-+.eEtruefalsnl/u\ud800\udc00ab~");

/** Serialises `v` with the given whitespace between every pair of tokens. */
function withWhitespace(v: unknown, ws: string[]): string {
  let k = 0;
  const pad = (): string => ws[k++ % ws.length]!;
  const go = (x: unknown): string => {
    if (Array.isArray(x)) return `[${pad()}${x.map((e) => `${pad()}${go(e)}${pad()}`).join(",")}${pad()}]`;
    if (x !== null && typeof x === "object") {
      const members = Object.entries(x).map(([n, e]) => `${pad()}${JSON.stringify(n)}${pad()}:${pad()}${go(e)}${pad()}`);
      return `{${pad()}${members.join(",")}${pad()}}`;
    }
    return JSON.stringify(x);
  };
  return `${pad()}${go(v)}${pad()}`;
}

/** A JSON string literal that leaves every character raw except those RFC 8259 requires to be escaped. */
function rawLiteral(s: string): string {
  let out = '"';
  for (const ch of s.split("")) {
    const c = ch.charCodeAt(0);
    out += ch === '"' || ch === "\\" ? `\\${ch}` : c < 0x20 ? `\\u${c.toString(16).padStart(4, "0")}` : ch;
  }
  return `${out}"`;
}

const hasLoneSurrogate = (s: string): boolean => /[\ud800-\udfff]/u.test(s);

describe("readStrictJson: properties", () => {
  it("never throws anything but McpTrustError, whatever the input", () => {
    const options = fc.option(fc.record({ maxBytes: fc.nat(64), maxDepth: fc.nat(4) }), { nil: undefined });
    fc.assert(fc.property(fc.string(), (s) => onlyOurErrors(() => readStrictJson(s))), { numRuns: RUNS });
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => onlyOurErrors(() => readStrictJson(s))), { numRuns: RUNS });
    fc.assert(fc.property(fc.string({ unit: anyCodeUnit }), (s) => onlyOurErrors(() => readStrictJson(s))), { numRuns: RUNS });
    fc.assert(fc.property(fc.uint8Array(), (b) => onlyOurErrors(() => readStrictJson(b))), { numRuns: RUNS });
    fc.assert(
      fc.property(fc.string({ unit: jsonish, maxLength: 40 }), options, (s, o) => onlyOurErrors(() => readStrictJson(s, o))),
      { numRuns: RUNS },
    );
  });

  it("agrees with JSON.parse on the grammar: what we accept it accepts identically, what it refuses we refuse", () => {
    // Mutating valid JSON reaches far deeper into the grammar than random text does.
    const mutated = fc
      .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.nat(), jsonish, fc.constantFrom("replace", "insert", "delete"))
      .map(([text, at, len, ch, op]) => {
        const i = at % (text.length + 1);
        if (op === "insert") return text.slice(0, i) + ch + text.slice(i);
        if (op === "delete") return text.slice(0, i) + text.slice(i + 1 + (len % 3));
        return text.slice(0, i) + ch + text.slice(i + 1);
      });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.string({ unit: jsonish, maxLength: 30 })), (s) => {
        let ours: { value: JsonValue } | McpTrustError;
        try {
          ours = readStrictJson(s, { maxDepth: 1000 });
        } catch (e) {
          if (!(e instanceof McpTrustError)) throw e;
          ours = e;
        }
        let theirs: { value: unknown } | undefined;
        try {
          theirs = { value: JSON.parse(s) as unknown };
        } catch {
          theirs = undefined;
        }
        if (!(ours instanceof McpTrustError)) expect(ours.value).toStrictEqual(theirs?.value);
        if (theirs === undefined) expect(ours).toBeInstanceOf(McpTrustError);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("reads JSON.stringify of any profile-conformant value back to JSON.parse's value", () => {
    fc.assert(
      fc.property(profileJson, (v) => {
        const text = JSON.stringify(v);
        const result = readStrictJson(text, { maxBytes: 1 << 20 });
        expect(result.value).toStrictEqual(JSON.parse(text));
        expect(result.nonIntegerNumbers).toEqual(expectedNonIntegers(JSON.parse(text)));
        expect(readStrictJson(utf8(text), { maxBytes: 1 << 20 })).toStrictEqual(result);
      }),
      { numRuns: RUNS },
    );
  });

  it("reads whitespace variants of the same value identically", () => {
    const ws = fc.array(fc.string({ unit: fc.constantFrom(" ", "\t", "\n", "\r"), maxLength: 3 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(profileJson, ws, fc.constantFrom(0, 1, 2, "\t", "\r\n"), (v, spaces, indent) => {
        const reference = readStrictJson(JSON.stringify(v), { maxBytes: 1 << 20 });
        expect(readStrictJson(withWhitespace(v, spaces), { maxBytes: 1 << 20 })).toStrictEqual(reference);
        expect(readStrictJson(JSON.stringify(v, null, indent), { maxBytes: 1 << 20 })).toStrictEqual(reference);
      }),
      { numRuns: RUNS },
    );
  });

  it("accepts a string literal exactly when the string has no lone surrogate, raw or escaped", () => {
    fc.assert(
      fc.property(fc.string({ unit: anyCodeUnit, maxLength: 40 }).filter((s) => s !== "__proto__"), (s) => {
        for (const text of [JSON.stringify(s), rawLiteral(s), `{${JSON.stringify(s)}:0}`]) {
          if (hasLoneSurrogate(s)) expectRefusal(text, "json_invalid");
          else expect(read(text)).toStrictEqual(JSON.parse(text));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
