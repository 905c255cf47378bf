import { describe, expect, it } from "vitest";
import { validateAgentIntent } from "../../generated/validators/agent-intent.js";
import { firstEscalation, isScopeEntry, isScopeList, parseScopeString, scopeCovers, scopeCoversCall } from "./scope.js";

describe("scope entries", () => {
  it.each(["tools/list", "tools/call:delete_file", "tools/call:*", "resources/read", "initialize", "tools/call:a.b-c_d"])("accepts %s", (e) => {
    expect(isScopeEntry(e)).toBe(true);
  });

  it.each(["tools/call", "tools/call:", "tools/call:a b", "Tools/list", "/tools", "tools//list", "tools/call:**", "", "tools/call:" + "x".repeat(129)])("refuses %j", (e) => {
    expect(isScopeEntry(e)).toBe(false);
  });

  it("agrees with the intent schema's scope entries", () => {
    for (const e of ["tools/list", "tools/call:*", "tools/call", "tools/call:a b", "Tools/list", "tools/call:x.y"]) {
      expect(validateAgentIntent({ purpose: "p", scope: [e] })).toBe(isScopeEntry(e));
    }
  });

  it("parses single-space-separated strings only", () => {
    expect(parseScopeString("tools/call:a tools/list")).toEqual(["tools/call:a", "tools/list"]);
    for (const bad of ["", " tools/list", "tools/list ", "tools/list  tools/call:a", "tools/list\ttools/call:a", "tools/call", 7]) {
      expect(parseScopeString(bad)).toBeUndefined();
    }
  });

  it("takes intent lists of 1..32 distinct entries", () => {
    expect(isScopeList(["tools/list"])).toBe(true);
    expect(isScopeList([])).toBe(false);
    expect(isScopeList(["tools/list", "tools/list"])).toBe(false);
    expect(isScopeList(Array.from({ length: 33 }, (_, i) => `tools/call:t${i}`))).toBe(false);
  });
});

describe("coverage and narrowing", () => {
  it("covers a call by its own entry or tools/call:*, nothing else", () => {
    expect(scopeCoversCall(["tools/call:delete_file"], "delete_file")).toBe(true);
    expect(scopeCoversCall(["tools/call:*"], "delete_file")).toBe(true);
    expect(scopeCoversCall(["tools/list", "tools/call:read_file"], "delete_file")).toBe(false);
    expect(scopeCoversCall(["tools/call:*"], "bad name")).toBe(false);
  });

  it("lets a child narrow and never widen", () => {
    expect(firstEscalation(["tools/call:*", "tools/list"], ["tools/call:a"])).toBeUndefined();
    expect(firstEscalation(["tools/call:a"], ["tools/call:*"])).toBe("tools/call:*");
    expect(firstEscalation(["tools/call:a"], ["tools/call:a", "tools/list"])).toBe("tools/list");
    expect(scopeCovers(["tools/call:*"], "tools/list")).toBe(false);
  });
});
