import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bytesToHex, hexToBytes } from "./hex.js";

describe("hex", () => {
  it("encodes lowercase and decodes its own output", () => {
    expect(bytesToHex(new Uint8Array([0x00, 0x0f, 0xab, 0xff]))).toBe("000fabff");
    expect(bytesToHex(new Uint8Array())).toBe("");
    expect(hexToBytes("000fabff")).toEqual(new Uint8Array([0x00, 0x0f, 0xab, 0xff]));
    expect(hexToBytes("")).toEqual(new Uint8Array());
  });

  it("encodes only the view, not the whole underlying buffer", () => {
    const backing = new Uint8Array([1, 2, 3, 4, 5]);
    expect(bytesToHex(backing.subarray(1, 3))).toBe("0203");
  });

  it("returns a plain Uint8Array that owns exactly its bytes", () => {
    const out = hexToBytes("abcd")!;
    expect(Object.getPrototypeOf(out)).toBe(Uint8Array.prototype);
    expect(out.buffer.byteLength).toBe(2);
  });

  it.each([
    ["upper case", "ABCD"],
    ["mixed case", "abCd"],
    ["odd length", "abc"],
    ["non-hex letter", "abcg"],
    ["leading space", " abcd"],
    ["trailing newline", "abcd\n"],
    ["0x prefix", "0xabcd"],
    ["sign", "-1"],
    ["full-width digit", "ab\uff10\uff10"],
  ])("refuses %s", (_name, input) => {
    expect(hexToBytes(input)).toBeNull();
  });

  it("round-trips arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const hex = bytesToHex(bytes);
        expect(hex).toMatch(/^(?:[0-9a-f]{2})*$/);
        expect(hexToBytes(hex)).toEqual(bytes);
      }),
    );
  });
});
