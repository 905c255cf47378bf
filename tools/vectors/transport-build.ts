// Builders for the transport-identity vectors: tokens, evidence items, requests and wire headers.
import { createHash } from "node:crypto";
import { DisplayString, serializeDictionary, serializeItem, serializeList, Token } from "structured-headers";
import type { JsonValue } from "../../reference/common/strict-json.js";
import type { TransportCallDef, TransportCaseDef, TransportInput } from "./case-types.js";
import { signJws } from "./jws.js";
import { ACTOR, AGENT, ARGS, AUD, CALL_SCOPE, CAP_ISS, IDP, OPERATOR, PURPOSE, SESSION, T0, TK, TOOL, type TokenKey } from "./transport-fixtures.js";

export const SUITE = "transport-identity";
export const EVIDENCE_KEY = "org.mcp-trust/evidence";

/** Spec sections of spec/transport-headers.md the vectors test (one place, so anchors follow the draft). */
export const SPEC = {
  headers: "transport-headers#mirroring",
  evidence: "transport-headers#evidence-items",
  actor: "transport-headers#mcp-actor",
  capToken: "transport-headers#mcp-cap-token",
  chain: "transport-headers#token-chains",
  pop: "transport-headers#proof-of-possession",
  replay: "transport-headers#single-use-tokens",
  identity: "transport-headers#mcp-agent-identity",
  identityTypes: "transport-headers#agent-identity-types",
  did: "transport-headers#did-proofs",
  intent: "transport-headers#mcp-agent-intent",
  session: "transport-headers#mcp-agent-session",
  order: "transport-headers#verification-order",
  tokenFormat: "transport-headers#token-format",
  tokenLifetime: "transport-headers#token-lifetime",
  audienceScope: "transport-headers#audience-and-scope",
  actorBinding: "transport-headers#actor-binding",
  intentCheck: "transport-headers#intent",
  sessionCheck: "transport-headers#session",
  auditChain: "transport-headers#mcp-audit-chain",
  policy: "transport-headers#policy",
} as const;

// ---------- tokens ----------

export interface CapClaims {
  iss?: string;
  sub?: string;
  aud?: string;
  scope?: string;
  iat?: number;
  exp?: number;
  jti?: string;
  nbf?: number;
  cnf?: { jkt: string };
  parent?: string;
  sid?: string;
  [extra: string]: JsonValue | undefined;
}

/** A stable, distinct jti per name: 22 base64url characters of SHA-256(name). */
export function jtiFor(name: string): string {
  return createHash("sha256").update(`jti:${name}`).digest("base64url").slice(0, 22);
}

/** Claims of a root capability token for this server's call, issued at T0 for 300 s; `patch` overrides (undefined drops). */
export function capClaims(name: string, patch: CapClaims = {}): Record<string, JsonValue> {
  const base: CapClaims = { iss: CAP_ISS, sub: ACTOR, aud: AUD, scope: `${CALL_SCOPE} tools/list`, iat: T0, exp: T0 + 300, jti: jtiFor(name) };
  return clean({ ...base, ...patch });
}

export function capToken(name: string, patch: CapClaims = {}, key: TokenKey = TK.capRootEd): Promise<string> {
  return signJws(key, "mcp-cap+jwt", capClaims(name, patch));
}

/** `sha256:` + hex SHA-256 of a token's compact ASCII bytes: how a child names its parent. */
export function digestOf(token: string): string {
  return `sha256:${createHash("sha256").update(token, "ascii").digest("hex")}`;
}

/** Root (auth server → gateway) and forwarded child (gateway → this server). */
export async function chain(name: string, rootPatch: CapClaims = {}, childPatch: (root: string) => CapClaims = () => ({})): Promise<[string, string]> {
  const root = await capToken(name, { aud: "https://gateway.example", scope: `tools/call:* tools/list`, exp: T0 + 300, ...rootPatch });
  const child = await signJws(TK.gateway, "mcp-cap+jwt", capClaims(`${name}/child`, { iss: "https://gateway.example", iat: T0 + 5, exp: T0 + 240, parent: digestOf(root), ...childPatch(root) }));
  return [root, child];
}

export function jwtIdentity(patch: Record<string, JsonValue | undefined> = {}, key: TokenKey = TK.idp): Promise<string> {
  return signJws(key, "mcp-agent+jwt", clean({ iss: IDP, sub: AGENT, aud: AUD, iat: T0, exp: T0 + 3600, operator: OPERATOR, ...patch }));
}

export function operatorCredential(patch: Record<string, JsonValue | undefined> = {}, key: TokenKey = TK.operator): Promise<string> {
  return signJws(key, "mcp-operator-credential+jwt", clean({ iss: OPERATOR, sub: AGENT, aud: AUD, iat: T0, exp: T0 + 86400, ...patch }));
}

export function didProof(key: TokenKey, did: string, kid: string, challenge: string, patch: Record<string, JsonValue | undefined> = {}): Promise<string> {
  return signJws(key, "mcp-agent-did+jwt", clean({ iss: did, aud: AUD, challenge, iat: T0, exp: T0 + 300, ...patch }), { kid });
}

function clean<T extends Record<string, unknown>>(o: T): Record<string, JsonValue> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Record<string, JsonValue>;
}

// ---------- evidence and requests ----------

export type ItemType = "actor" | "cap-token" | "agent-identity" | "agent-intent" | "agent-session" | "tool-call-attestation";

export const item = (type: ItemType, value: JsonValue): JsonValue => ({ type, version: 1, value });
export const actorItem = (id = ACTOR) => item("actor", { id });
export const capItem = (...tokens: string[]) => item("cap-token", { tokens });
export const identityItem = (type: string, credential: string) => item("agent-identity", { type, credential });
export const intentItem = (scope: string[] = [CALL_SCOPE, "tools/list"], purpose = PURPOSE) => item("agent-intent", { purpose, scope });
export const sessionItem = (id = SESSION) => item("agent-session", { id });

/** A `tools/call` of TOOL with ARGS whose evidence container holds `items`. */
export function request(items: JsonValue[], tool = TOOL): JsonValue {
  // A container holds 1 to 16 items: a request without evidence has none.
  return items.length === 0 ? { name: tool, arguments: ARGS } : { name: tool, arguments: ARGS, _meta: { [EVIDENCE_KEY]: { items } } };
}

// ---------- wire headers (RFC 9651 via structured-headers) ----------

export type Header = [string, string];
const none = () => new Map();

export const actorHeader = (id = ACTOR): Header => ["MCP-Actor", serializeItem([id, none()])];
export const capHeader = (...tokens: string[]): Header => ["MCP-Cap-Token", serializeList(tokens.map((t) => [t, none()]))];
export const identityHeader = (type: string, credential: string): Header => ["MCP-Agent-Identity", serializeItem([new Token(type), new Map([["credential", credential]])])];
export function intentHeader(scope: string[] = [CALL_SCOPE, "tools/list"], purpose = PURPOSE): Header {
  // A purpose outside ASCII travels as an sf-displaystring; the twin holds the same text.
  // eslint-disable-next-line no-control-regex
  const p = /^[\x20-\x7e]*$/.test(purpose) ? purpose : new DisplayString(purpose);
  return ["MCP-Agent-Intent", serializeDictionary(new Map([["purpose", [p, none()]], ["scope", [scope.map((s) => [s, none()]), none()]]]) as never)];
}
export const sessionHeader = (id = SESSION): Header => ["MCP-Agent-Session", serializeItem([id, none()])];

// ---------- cases ----------

export type Expect = "allow" | TransportCallDef["expect"];

export function call(input: TransportInput, expect: Expect, ids?: { agentId: string | null; operatorId: string | null }): TransportCallDef {
  return { input, expect, ...(ids === undefined ? {} : { ids }) };
}

export function tcase(name: string, description: string, spec: string, category: TransportCaseDef["category"], calls: TransportCallDef[]): TransportCaseDef {
  return { suite: SUITE, verb: "verify-transport", name, description, spec, category, calls };
}

/** A one-call case. */
export function one(name: string, description: string, spec: string, category: TransportCaseDef["category"], input: TransportInput, expect: Expect, ids?: { agentId: string | null; operatorId: string | null }): TransportCaseDef {
  return tcase(name, description, spec, category, [call(input, expect, ids)]);
}
