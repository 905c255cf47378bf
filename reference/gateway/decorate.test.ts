// The allow decision added to a JSON-RPC result: in one JSON message, and in the one event of an event stream that
// carries the response, whatever the chunking and line endings, with every other byte unchanged.
import { describe, expect, it } from "vitest";
import type { Decision } from "../../generated/types/decision.js";
import { DECISION_META_KEY } from "../enforce/decision.js";
import { decorateMessage, EventStreamDecorator, type DecorateTarget } from "./decorate.js";

const decision = { decision: "allow", requestId: 7, tool: "delete_file", reason: null } as unknown as Decision;
const target = (o: Partial<DecorateTarget> = {}): DecorateTarget => ({ id: 7, decision, maxBytes: 1 << 20, ...o });
const json = (b: Buffer | undefined): Record<string, any> => JSON.parse(b!.toString("utf8"));

describe("decorateMessage", () => {
  it("adds the decision to the result's _meta, keeping the result's other members and order", () => {
    const out = json(decorateMessage(Buffer.from('{"jsonrpc":"2.0","id":7,"result":{"content":[],"isError":false}}'), target()));
    expect(Object.keys(out["result"])).toEqual(["content", "isError", "_meta"]);
    expect(out["result"]["_meta"][DECISION_META_KEY]).toEqual(decision);
  });

  it("keeps the server's own _meta members and replaces a decision the server wrote itself", () => {
    const body = `{"jsonrpc":"2.0","id":7,"result":{"_meta":{"x":1,"${DECISION_META_KEY}":{"decision":"allow","forged":true}},"content":[]}}`;
    const out = json(decorateMessage(Buffer.from(body), target()));
    expect(out["result"]["_meta"]).toEqual({ x: 1, [DECISION_META_KEY]: decision });
  });

  it.each([
    ["an error response", '{"jsonrpc":"2.0","id":7,"error":{"code":-32000,"message":"no"}}'],
    ["another id", '{"jsonrpc":"2.0","id":8,"result":{}}'],
    ["the id as a string", '{"jsonrpc":"2.0","id":"7","result":{}}'],
    ["a result that is not an object", '{"jsonrpc":"2.0","id":7,"result":[1]}'],
    ["not JSON-RPC 2.0", '{"jsonrpc":"1.0","id":7,"result":{}}'],
    ["duplicate members (not strict JSON)", '{"jsonrpc":"2.0","id":7,"result":{},"result":{}}'],
    ["not JSON", "{nope"],
  ])("leaves %s alone", (_, body) => {
    expect(decorateMessage(Buffer.from(body), target())).toBeUndefined();
  });

  it("leaves alone a message larger than the bound", () => {
    expect(decorateMessage(Buffer.from('{"jsonrpc":"2.0","id":7,"result":{}}'), target({ maxBytes: 10 }))).toBeUndefined();
  });
});

/** Runs `input` through a decorator cut into chunks at `cuts` (byte offsets). */
function run(input: string, cuts: number[], t = target()): string {
  const bytes = Buffer.from(input);
  const d = new EventStreamDecorator(t);
  const out: Buffer[] = [];
  let at = 0;
  for (const cut of [...cuts, bytes.length]) {
    const o = d.push(bytes.subarray(at, cut));
    if (o !== undefined) out.push(o);
    at = cut;
  }
  const rest = d.end();
  if (rest !== undefined) out.push(rest);
  return Buffer.concat(out).toString("utf8");
}

const PROGRESS = 'event: message\ndata: {"jsonrpc":"2.0","method":"notifications/progress","params":{"progress":1}}\n\n';
const RESPONSE = 'event: message\nid: ev-2\ndata: {"jsonrpc":"2.0","id":7,"result":{"content":[]}}\n\n';
/** RESPONSE rewritten: its lines end in LF, its final empty line keeps the stream's own line ending. */
const decorated = (eol = "\n") =>
  `event: message\nid: ev-2\ndata: ${JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [], _meta: { [DECISION_META_KEY]: decision } } })}\n${eol}`;

describe("EventStreamDecorator", () => {
  it("rewrites only the response event, at every chunk boundary, and passes every other byte unchanged", () => {
    const input = `: a comment\n\n${PROGRESS}${RESPONSE}${PROGRESS}`;
    const expected = `: a comment\n\n${PROGRESS}${decorated()}${PROGRESS}`;
    expect(run(input, [])).toBe(expected);
    for (let cut = 0; cut <= input.length; cut++) expect(run(input, [cut])).toBe(expected);
    expect(run(input, Array.from({ length: input.length }, (_, i) => i))).toBe(expected);
  });

  it.each([
    ["CRLF", "\r\n"],
    ["CR", "\r"],
  ])("understands %s line endings, at every chunk boundary", (_, eol) => {
    const input = (PROGRESS + RESPONSE + PROGRESS).replace(/\n/g, eol);
    const expected = PROGRESS.replace(/\n/g, eol) + decorated(eol) + PROGRESS.replace(/\n/g, eol);
    expect(run(input, [])).toBe(expected);
    for (let cut = 0; cut <= input.length; cut++) expect(run(input, [cut])).toBe(expected);
    expect(run(input, Array.from({ length: input.length }, (_, i) => i))).toBe(expected);
  });

  it("joins multi-line data before reading it and writes it back as one data line", () => {
    const input = 'data: {"jsonrpc":"2.0",\ndata: "id":7,"result":{}}\n\n';
    const out = run(input, [10]);
    expect(out).toBe(`data: ${JSON.stringify({ jsonrpc: "2.0", id: 7, result: { _meta: { [DECISION_META_KEY]: decision } } })}\n\n`);
  });

  it("leaves an error response, another call's response and unreadable data unchanged", () => {
    const input =
      'data: {"jsonrpc":"2.0","id":8,"result":{}}\n\n' +
      'data: {"jsonrpc":"2.0","id":7,"result":{},"result":{}}\n\n' +
      'data: {"jsonrpc":"2.0","id":7,"error":{"code":1,"message":"x"}}\n\n';
    expect(run(input, [5, 50])).toBe(input);
  });

  it("rewrites the first response only, then passes the rest of the stream through", () => {
    const input = RESPONSE + RESPONSE;
    expect(run(input, [3])).toBe(decorated() + RESPONSE);
  });

  it("passes an event larger than the bound through unchanged, and an unterminated tail at the end", () => {
    expect(run(RESPONSE, [4, 9], target({ maxBytes: 8 }))).toBe(RESPONSE);
    expect(run(RESPONSE.slice(0, -1), [4])).toBe(RESPONSE.slice(0, -1));
  });
});
