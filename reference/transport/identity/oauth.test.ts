import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpIntrospection, staticIntrospection, verifyOauthIdentity } from "./oauth.js";
import { AGENT, AUD, ctx, loopback, NOW_MS, NOW_S, OPERATOR, OTHER_AUD, reasonOf } from "./test-identity.js";
import type { IntrospectionResolver } from "./types.js";

const TOKEN = "oat_TEST-ONLY_7Qm2xV9pL4cR8sK1";
const active = (patch: Record<string, unknown> = {}) => ({ active: true, sub: AGENT, iss: OPERATOR, aud: AUD, exp: NOW_S + 3600, ...patch });
const withResolver = (introspect: IntrospectionResolver) => ctx({ oauth: { introspect } });
const fixed = (response: unknown) => withResolver(staticIntrospection({ [TOKEN]: response }));

describe("identity type oauth (RFC 7662), resolver interface", () => {
  it("an active token names its subject (agent) and issuer (operator)", async () => {
    expect(await verifyOauthIdentity(TOKEN, fixed(active()))).toEqual({ type: "oauth", agentId: AGENT, operatorId: OPERATOR });
    expect((await verifyOauthIdentity(TOKEN, fixed(active({ aud: [OTHER_AUD, AUD] })))).agentId).toBe(AGENT);
  });

  it.each<[string, unknown, string]>([
    ["inactive", { active: false }, "identity_invalid"],
    ["active as a string", active({ active: "true" }), "identity_invalid"],
    ["not an object", [active()], "identity_invalid"],
    ["without sub", active({ sub: undefined }), "identity_invalid"],
    ["with an empty iss", active({ iss: "" }), "identity_invalid"],
    ["for another audience", active({ aud: OTHER_AUD }), "audience_mismatch"],
    ["with an audience list not naming us", active({ aud: [OTHER_AUD] }), "audience_mismatch"],
    ["without aud", active({ aud: undefined }), "audience_mismatch"],
    ["without exp", active({ exp: undefined }), "identity_invalid"],
    ["with a fractional exp", active({ exp: NOW_S + 0.5 }), "identity_invalid"],
    ["expired", active({ exp: NOW_S - 60 }), "expired"],
    ["expiring now (exp must be in the future)", active({ exp: NOW_S }), "expired"],
  ])("%s → %s", async (_name, response, reason) => {
    expect(await reasonOf(verifyOauthIdentity(TOKEN, fixed(response)))).toBe(reason);
  });

  it("an unknown token is identity_invalid; a failing resolver is resolver_unavailable", async () => {
    expect(await reasonOf(verifyOauthIdentity("unknown-token", fixed(active())))).toBe("identity_invalid");
    expect(await reasonOf(verifyOauthIdentity(TOKEN, fixed("unavailable")))).toBe("resolver_unavailable");
    expect(await reasonOf(verifyOauthIdentity(TOKEN, withResolver(() => Promise.reject(new Error("down")))))).toBe("resolver_unavailable");
    expect(await reasonOf(verifyOauthIdentity(TOKEN, ctx()))).toBe("identity_invalid"); // not configured
  });
});

describe("httpIntrospection against a loopback server", () => {
  let server: Awaited<ReturnType<typeof loopback>>;
  const seen: { method?: string; type?: string; auth?: string; body?: string }[] = [];
  let answer: (token: string | null) => { status: number; body: string; delayMs?: number } = () => ({ status: 200, body: "{}" });

  beforeAll(async () => {
    server = await loopback((req, body, res) => {
      seen.push({ method: req.method, type: req.headers["content-type"], auth: req.headers.authorization, body });
      const a = answer(new URLSearchParams(body).get("token"));
      setTimeout(() => res.writeHead(a.status, { "content-type": "application/json" }).end(a.body), a.delayMs ?? 0);
    });
  });
  afterAll(() => server.close());

  const resolver = (timeoutMs = 1000, maxBytes?: number) =>
    httpIntrospection({ url: `${server.origin}/introspect`, clientAuth: { type: "basic", clientId: "mcp:server", clientSecret: "s3cr&t" }, timeoutMs, ...(maxBytes === undefined ? {} : { maxBytes }) });

  it("POSTs the token form-encoded with client authentication and reads the JSON answer", async () => {
    answer = (token) => ({ status: 200, body: JSON.stringify(token === TOKEN ? active() : { active: false }) });
    seen.length = 0;
    const c = withResolver(resolver());
    expect(await verifyOauthIdentity(TOKEN, c)).toEqual({ type: "oauth", agentId: AGENT, operatorId: OPERATOR });
    expect(seen).toEqual([
      {
        method: "POST",
        type: "application/x-www-form-urlencoded",
        // RFC 6749 §2.3.1: "mcp:server" and "s3cr&t" form-encoded, then base64.
        auth: `Basic ${Buffer.from("mcp%3Aserver:s3cr%26t").toString("base64")}`,
        body: `token=${TOKEN}&token_type_hint=access_token`,
      },
    ]);
    expect(await reasonOf(verifyOauthIdentity("other", c))).toBe("identity_invalid");
  });

  it.each<[string, { status: number; body: string; delayMs?: number }]>([
    ["HTTP 500", { status: 500, body: "{}" }],
    ["HTTP 401 (our client credentials refused)", { status: 401, body: "{}" }],
    ["a body that is not JSON", { status: 200, body: "<html>" }],
    ["a JSON body with a duplicate member", { status: 200, body: '{"active":true,"active":false}' }],
    ["a JSON array", { status: 200, body: "[]" }],
    ["a body over the size limit", { status: 200, body: JSON.stringify({ ...active(), pad: "x".repeat(5000) }) }],
    ["an answer slower than the timeout", { status: 200, body: JSON.stringify(active()), delayMs: 400 }],
  ])("%s → resolver_unavailable", async (_name, a) => {
    answer = () => a;
    expect(await reasonOf(verifyOauthIdentity(TOKEN, withResolver(resolver(150, 4096))))).toBe("resolver_unavailable");
  });

  it("an endpoint nobody listens on → resolver_unavailable", async () => {
    const gone = await loopback(() => undefined);
    await gone.close();
    const c = withResolver(httpIntrospection({ url: `${gone.origin}/introspect`, timeoutMs: 1000 }));
    expect(await reasonOf(verifyOauthIdentity(TOKEN, c))).toBe("resolver_unavailable");
  });

  it("bearer client authentication", async () => {
    answer = () => ({ status: 200, body: JSON.stringify(active()) });
    seen.length = 0;
    const c = withResolver(httpIntrospection({ url: `${server.origin}/i`, clientAuth: { type: "bearer", token: "rs-token" } }));
    await verifyOauthIdentity(TOKEN, { ...c, now: NOW_MS });
    expect(seen[0]?.auth).toBe("Bearer rs-token");
  });
});
