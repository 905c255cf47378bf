import { Buffer } from "node:buffer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base58btc } from "multiformats/bases/base58";
import { didWebUrl, httpDidWebResolver, staticDidWebResolver } from "./did-web.js";
import { verifyDidIdentity } from "./did.js";
import { challengeAt, ctx, didProof, K, loopback, NOW_S, reasonOf, SECRET, signToken, AUD } from "./test-identity.js";
import type { DidWebResolver } from "./types.js";

const DID = "did:web:agents.example:archiver";
const KID = `${DID}#key-1`;
const CONTROLLER = "did:web:operator.example";
const okpJwk = { kty: "OKP", crv: "Ed25519", x: K.webAgent.jwk["x"] };

function doc(patch: Record<string, unknown> = {}, method: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    "@context": ["https://www.w3.org/ns/did/v1"],
    id: DID,
    controller: CONTROLLER,
    verificationMethod: [{ id: KID, type: "JsonWebKey2020", controller: DID, publicKeyJwk: okpJwk, ...method }],
    authentication: [KID],
    ...patch,
  };
}

describe("didWebUrl (did:web method §3.2)", () => {
  it.each([
    ["did:web:example.com", "https://example.com/.well-known/did.json"],
    ["did:web:example.com:user:alice", "https://example.com/user/alice/did.json"],
    ["did:web:example.com%3A8443", "https://example.com:8443/.well-known/did.json"],
    ["did:web:Example.COM:a", "https://example.com/a/did.json"],
  ])("%s → %s", (did, url) => {
    expect(didWebUrl(did).href).toBe(url);
  });

  it.each(["did:web:", "did:web:exa_mple.com", "did:web:example.com:", "did:web:example.com::a", "did:web:example.com:..", "did:web:example.com:%2e%2E", "did:web:user@example.com", "did:web:example.com%2Fx", "did:key:z6Mk"])(
    "%s names no URL → identity_invalid",
    async (did) => {
      expect(await reasonOf(Promise.resolve().then(() => didWebUrl(did)))).toBe("identity_invalid");
    },
  );
});

describe("identity type did with did:web, documents served by a loopback server", () => {
  let server: Awaited<ReturnType<typeof loopback>>;
  const docs = new Map<string, { status: number; body: string }>();
  const fetched: string[] = [];
  // Injected fetch: the resolver asks for https://<did host>/…; the test serves it from 127.0.0.1 only.
  const loopbackFetch: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    fetched.push(url.href);
    return fetch(`${server.origin}/${url.host}${url.pathname}`, init);
  };
  const resolver = (timeoutMs = 1000) => httpDidWebResolver({ fetch: loopbackFetch, timeoutMs, maxBytes: 8192 });
  const serve = (path: string, body: unknown, status = 200) => docs.set(path, { status, body: typeof body === "string" ? body : JSON.stringify(body) });
  const withWeb = (resolveDidWeb: DidWebResolver) => ctx({ did: { challengeSecret: SECRET, resolveDidWeb } });
  const proof = (kid = KID, key = K.webAgent) => didProof(key, DID, kid);

  beforeAll(async () => {
    server = await loopback((req, _body, res) => {
      const a = docs.get(req.url ?? "");
      if (a === undefined) res.writeHead(404).end();
      else if (a.status === 0) return; // never answers
      else res.writeHead(a.status, { "content-type": "application/did+json" }).end(a.body);
    });
  });
  afterAll(() => server.close());

  const PATH = "/agents.example/archiver/did.json";

  it("a proof whose key is in the served document names the document's controller as operator", async () => {
    serve(PATH, doc());
    fetched.length = 0;
    const id = await verifyDidIdentity(await proof(), withWeb(resolver()));
    expect(fetched).toEqual(["https://agents.example/archiver/did.json"]);
    expect(id).toMatchObject({ type: "did", agentId: DID, operatorId: CONTROLLER });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["a controller list → the DID is its own operator", doc({ controller: [CONTROLLER] }), DID],
    ["no controller", doc({ controller: undefined }), DID],
    ["a relative method id and reference", doc({ verificationMethod: [{ id: "#key-1", type: "JsonWebKey2020", controller: DID, publicKeyJwk: okpJwk }], authentication: ["#key-1"] }), CONTROLLER],
    ["a method embedded in assertionMethod", doc({ verificationMethod: [], authentication: undefined, assertionMethod: [{ id: KID, type: "JsonWebKey2020", controller: DID, publicKeyJwk: okpJwk }] }), CONTROLLER],
    ["a publicKeyMultibase key", doc({}, { publicKeyJwk: undefined, type: "Multikey", publicKeyMultibase: base58btc.encode(new Uint8Array([0xed, 0x01, ...Buffer.from(K.webAgent.jwk["x"]!, "base64url")])) }), CONTROLLER],
  ])("%s", async (_name, d, operatorId) => {
    serve(PATH, d);
    expect((await verifyDidIdentity(await proof(), withWeb(resolver()))).operatorId).toBe(operatorId);
  });

  it.each<[string, unknown, number?]>([
    ["a document for another DID", doc({ id: "did:web:agents.example" })],
    ["a document without the key", doc({ verificationMethod: [{ id: `${DID}#key-2`, type: "JsonWebKey2020", controller: DID, publicKeyJwk: okpJwk }], authentication: [`${DID}#key-2`] })],
    ["a key not authorised for authentication or assertionMethod", doc({ authentication: undefined, capabilityInvocation: [KID] })],
    ["the key listed twice", doc({ verificationMethod: [doc()["verificationMethod"], doc()["verificationMethod"]].flat() })],
    ["a method with both publicKeyJwk and publicKeyMultibase", doc({}, { publicKeyMultibase: "z6Mk" })],
    ["a small-order publicKeyJwk", doc({}, { publicKeyJwk: { kty: "OKP", crv: "Ed25519", x: Buffer.from([1, ...new Array<number>(31).fill(0)]).toString("base64url") } })],
    ["a private publicKeyJwk", doc({}, { publicKeyJwk: { ...okpJwk, d: Buffer.alloc(32, 1).toString("base64url") } })],
    ["an RSA publicKeyJwk", doc({}, { publicKeyJwk: { kty: "RSA", n: "AQAB", e: "AQAB" } })],
    ["a document that is not strict JSON", '{"id":"x","id":"y"}'],
    ["an array", [doc()]],
    ["a DID that does not resolve (404)", "", 404],
    ["a DID that is gone (410)", "", 410],
  ])("%s → identity_invalid", async (_name, d, status = 200) => {
    serve(PATH, d, status);
    expect(await reasonOf(verifyDidIdentity(await proof(), withWeb(resolver())))).toBe("identity_invalid");
  });

  it("an ES256 proof over an Ed25519 document key is identity_invalid", async () => {
    serve(PATH, doc());
    expect(await reasonOf(verifyDidIdentity(await proof(KID, { ...K.agentEs, kid: KID }), withWeb(resolver())))).toBe("identity_invalid");
  });

  it("a proof signed by another key than the document's is signature_invalid", async () => {
    serve(PATH, doc());
    expect(await reasonOf(verifyDidIdentity(await proof(KID, { ...K.agentEd, kid: KID }), withWeb(resolver())))).toBe("signature_invalid");
  });

  it.each<[string, { status: number; body: string }]>([
    ["HTTP 500", { status: 500, body: "" }],
    ["HTTP 302", { status: 302, body: "" }],
    ["an oversized document", { status: 200, body: JSON.stringify(doc({ pad: "x".repeat(9000) })) }],
    ["no answer before the timeout", { status: 0, body: "" }],
  ])("resolver failure: %s → resolver_unavailable", async (_name, a) => {
    docs.set(PATH, a);
    expect(await reasonOf(verifyDidIdentity(await proof(), withWeb(resolver(200))))).toBe("resolver_unavailable");
  });

  it("resolver failure: nobody listening → resolver_unavailable", async () => {
    const gone = await loopback(() => undefined);
    await gone.close();
    const goneFetch: typeof fetch = (input, init) => fetch(`${gone.origin}${new URL(String(input)).pathname}`, init);
    expect(await reasonOf(verifyDidIdentity(await proof(), withWeb(httpDidWebResolver({ fetch: goneFetch, timeoutMs: 1000 }))))).toBe("resolver_unavailable");
  });

  it("the static resolver (CLI context): a document, unavailable, unknown", async () => {
    const p = await proof();
    expect((await verifyDidIdentity(p, withWeb(staticDidWebResolver({ [DID]: doc() })))).operatorId).toBe(CONTROLLER);
    expect(await reasonOf(verifyDidIdentity(p, withWeb(staticDidWebResolver({ [DID]: "unavailable" }))))).toBe("resolver_unavailable");
    expect(await reasonOf(verifyDidIdentity(p, withWeb(staticDidWebResolver({}))))).toBe("identity_invalid");
    expect(await reasonOf(verifyDidIdentity(p, ctx()))).toBe("identity_invalid"); // no did:web resolver configured
  });

  it("the challenge is still checked after a good did:web key", async () => {
    serve(PATH, doc());
    const stale = await signToken(K.webAgent, "mcp-agent-did+jwt", { iss: DID, aud: AUD, challenge: challengeAt(NOW_S - 121), iat: NOW_S, exp: NOW_S + 60 }, { kid: KID });
    expect(await reasonOf(verifyDidIdentity(stale, withWeb(resolver())))).toBe("challenge_required");
  });
});
