/**
 * Identity type `oauth` (RFC 7662): an opaque access token, checked by the authorization server's introspection
 * endpoint behind the {@link IntrospectionResolver} interface. The response must say `active: true` and carry `sub`
 * (agentId), `iss` (operatorId), an `aud` naming this server, and an integer `exp` still in the future.
 *
 * Reasons: the resolver failing → `resolver_unavailable` (never fail-open); inactive, unknown or incomplete →
 * `identity_invalid`; another audience → `audience_mismatch`; `exp` ≤ now → `expired` (no skew: the authorization
 * server's own clock already decided `active`, and "in the future" is read strictly).
 */
import { Buffer } from "node:buffer";
import { McpTrustError } from "../../common/errors.js";
import { readStrictJson } from "../../common/strict-json.js";
import type { IdentityContext, IntrospectionResolver, VerifiedIdentity } from "./types.js";

export async function verifyOauthIdentity(token: string, ctx: IdentityContext): Promise<VerifiedIdentity> {
  if (ctx.oauth === undefined) throw invalid("no OAuth introspection is configured");
  let response: unknown;
  try {
    response = await ctx.oauth.introspect(token);
  } catch (e) {
    throw new McpTrustError("resolver_unavailable", "token introspection failed", { cause: e });
  }
  if (!isObject(response) || response["active"] !== true) throw invalid("the access token is unknown or inactive");
  const { sub, iss, aud, exp } = response;
  if (typeof sub !== "string" || sub === "" || typeof iss !== "string" || iss === "") {
    throw invalid("the introspection response lacks sub or iss");
  }
  const named = aud === ctx.audience || (Array.isArray(aud) && aud.includes(ctx.audience));
  if (!named) throw new McpTrustError("audience_mismatch", "the access token's aud does not name this server");
  if (typeof exp !== "number" || !Number.isSafeInteger(exp) || exp < 0) throw invalid("the introspection response lacks an integer exp");
  if (exp * 1000 <= ctx.now) throw new McpTrustError("expired", "the access token has expired");
  return { type: "oauth", agentId: sub, operatorId: iss };
}

/** How the verifier authenticates to the introspection endpoint (RFC 7662 §2.1 requires some authorization). */
export type IntrospectionClientAuth =
  | { type: "basic"; clientId: string; clientSecret: string } // RFC 6749 §2.3.1 client_secret_basic
  | { type: "bearer"; token: string };

export interface HttpIntrospectionOptions {
  url: string;
  clientAuth?: IntrospectionClientAuth;
  /** Whole request including the body, milliseconds; default 2000. A slower server is a failure, not a wait. */
  timeoutMs?: number;
  /** Largest accepted response body, bytes; default 65536. */
  maxBytes?: number;
  /** Injectable for tests and custom agents (proxies, pinned TLS); default the global fetch. */
  fetch?: typeof globalThis.fetch;
}

/**
 * An {@link IntrospectionResolver} over HTTP: `POST url` with `token=<token>&token_type_hint=access_token`
 * (application/x-www-form-urlencoded, RFC 7662 §2.1). Rejects (→ `resolver_unavailable`) on a network error, a
 * timeout, a status other than 200, an oversized body, or a body that is not a strict JSON object (§2.2).
 *
 * @example
 * ```ts
 * const introspect = httpIntrospection({ url: "https://as.example/introspect", clientAuth: { type: "basic", clientId, clientSecret } });
 * ```
 */
export function httpIntrospection(options: HttpIntrospectionOptions): IntrospectionResolver {
  const url = new URL(options.url);
  const timeoutMs = options.timeoutMs ?? 2000;
  const maxBytes = options.maxBytes ?? 65536;
  const doFetch = options.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", accept: "application/json" };
  const auth = options.clientAuth;
  if (auth?.type === "basic") {
    // RFC 6749 §2.3.1: each part form-urlencoded before base64, so a ':' in the id cannot shift the split.
    const pair = `${formEncode(auth.clientId)}:${formEncode(auth.clientSecret)}`;
    headers["authorization"] = `Basic ${Buffer.from(pair).toString("base64")}`;
  } else if (auth?.type === "bearer") {
    headers["authorization"] = `Bearer ${auth.token}`;
  }
  return async (token) => {
    const signal = AbortSignal.timeout(timeoutMs);
    const body = new URLSearchParams({ token, token_type_hint: "access_token" }).toString();
    const res = await doFetch(url, { method: "POST", headers, body, signal, redirect: "error" });
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new Error(`introspection answered HTTP ${res.status}`);
    }
    const bytes = await readLimited(res, maxBytes);
    const { value } = readStrictJson(bytes, { maxBytes });
    if (!isObject(value)) throw new Error("the introspection response is not a JSON object");
    return value;
  };
}

/**
 * An {@link IntrospectionResolver} from a fixed map (the CLI's `--context` `introspection`): the string
 * `"unavailable"` makes the resolver fail; a token not in the map is unknown, `{ active: false }` (RFC 7662 §2.2).
 */
export function staticIntrospection(responses: Readonly<Record<string, unknown>>): IntrospectionResolver {
  return async (token) => {
    const response = Object.hasOwn(responses, token) ? responses[token] : { active: false };
    if (response === "unavailable") throw new Error("introspection is unavailable (test context)");
    return response;
  };
}

/** Reads a body up to `maxBytes`, cancelling the stream beyond it rather than buffering an unbounded answer. */
export async function readLimited(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new Error(`response body of ${declared} bytes is over ${maxBytes}`);
  }
  if (res.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`response body is over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function formEncode(s: string): string {
  return new URLSearchParams({ v: s }).toString().slice(2);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function invalid(message: string): McpTrustError {
  return new McpTrustError("identity_invalid", message);
}
