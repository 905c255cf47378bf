/**
 * A capability-token chain (spec/transport-headers.md#capability-token): root first, leaf — the token presented to
 * this server — last. Each forwarding server may only narrow what it received: same subject, no later expiry, a
 * subset of the scope, issued by the parent's audience and bound to the exact parent bytes by digest.
 */
import type { KeyObject } from "node:crypto";
import { calculateJwkThumbprint, type JWK } from "jose";
import { sha256Digest } from "../common/digest.js";
import { McpTrustError } from "../common/errors.js";
import { parseCapToken, verifyParsedCapToken, type TokenKeyStore, type VerifiedCapToken } from "./cap-token.js";
import type { TokenAlgorithm } from "./jws.js";
import { firstEscalation, scopeCoversCall } from "./scope.js";

/** Longest chain the format allows (root plus three forwards). */
export const MAX_CHAIN_LENGTH = 4;

export interface CapTokenChainOptions {
  keys: TokenKeyStore;
  /** Root issuers permitted (the issuers of policy `transport.capTokenIssuers`). */
  rootIssuers: ReadonlySet<string> | readonly string[];
  /** Policy `transport.audience`: the leaf's `aud` must equal it. */
  audience: string;
  /** The tool being called: the leaf's scope must cover `tools/call:<tool>`. */
  tool: string;
  algorithms?: readonly TokenAlgorithm[];
  /** Policy `transport.maxChainLength` (1..4, default 4). */
  maxChainLength?: number;
  /**
   * RFC 7638 SHA-256 thumbprints of keys this request proved possession of (the key that verified its tool-call
   * attestation, the key of a verified `did` identity). A leaf `cnf.jkt` must be one of them.
   */
  provenKeyThumbprints?: readonly string[];
  /** Policy `requireProofOfPossession`: the leaf must carry `cnf`. */
  requireProofOfPossession?: boolean;
  /** Epoch milliseconds. */
  now: number;
  /** Clock skew, seconds. */
  skew: number;
}

export interface VerifiedCapTokenChain {
  /** Every token, root first. */
  chain: readonly VerifiedCapToken[];
  leaf: VerifiedCapToken;
}

/**
 * Verifies a chain, in this order: length (`chain_invalid`); every token's pre-check, root first (`token_malformed`);
 * the root: no `parent` (`chain_invalid`), its issuer one of `rootIssuers` (`issuer_not_permitted`); then each token
 * from the root: algorithm, key, signature, time (see verifyParsedCapToken), and for a child its link to its parent
 * (`parent` digest, `iss` = parent `aud`, `sub` equal, `exp` ≤ parent `exp`: `chain_invalid`) and its scope within the
 * parent's (`scope_escalation`); then the leaf: `aud` (`audience_mismatch`), scope covers the call
 * (`scope_insufficient`), proof of possession (`key_binding_mismatch`). Throws `McpTrustError`; consumes nothing (the
 * caller consumes the leaf's jti last).
 */
export async function verifyCapTokenChain(tokens: readonly unknown[], options: CapTokenChainOptions): Promise<VerifiedCapTokenChain> {
  const max = Math.min(options.maxChainLength ?? MAX_CHAIN_LENGTH, MAX_CHAIN_LENGTH);
  if (tokens.length < 1 || tokens.length > max) {
    throw new McpTrustError("chain_invalid", `a capability-token chain holds 1 to ${max} tokens, not ${tokens.length}`);
  }
  // Format first, for every token: a malformed token is reported as such whatever the others' signatures say.
  const parsed = tokens.map((t) => parseCapToken(t));
  const root = parsed[0]!.claims;
  if (root.parent !== undefined) throw new McpTrustError("chain_invalid", "the root token names a parent");
  if (!new Set(options.rootIssuers).has(root.iss)) {
    throw new McpTrustError("issuer_not_permitted", `${JSON.stringify(root.iss)} is not a permitted capability-token issuer`);
  }
  const chain: VerifiedCapToken[] = [];
  for (const [i, token] of parsed.entries()) {
    const verified = await verifyParsedCapToken(token, {
      keys: options.keys,
      now: options.now,
      skew: options.skew,
      ...(options.algorithms === undefined ? {} : { algorithms: options.algorithms }),
    });
    if (i > 0) checkLink(chain[i - 1]!, verified);
    chain.push(verified);
  }
  const leaf = chain[chain.length - 1]!;
  if (leaf.claims.aud !== options.audience) {
    throw new McpTrustError("audience_mismatch", `the token is for ${JSON.stringify(leaf.claims.aud)}, not this server`);
  }
  if (!scopeCoversCall(leaf.scope, options.tool)) {
    throw new McpTrustError("scope_insufficient", `the token's scope does not cover tools/call:${options.tool}`);
  }
  checkProofOfPossession(leaf, options);
  return { chain, leaf };
}

/** The rules that make `child` a narrowing of `parent`. */
function checkLink(parent: VerifiedCapToken, child: VerifiedCapToken): void {
  const c = child.claims;
  const p = parent.claims;
  // The digest is over the parent's compact ASCII bytes, never a re-serialisation: those are what was signed.
  if (c.parent === undefined || c.parent !== sha256Digest(Buffer.from(parent.token, "ascii"))) {
    throw new McpTrustError("chain_invalid", "a forwarded token's parent digest does not match the token before it");
  }
  if (c.iss !== p.aud) throw new McpTrustError("chain_invalid", "a forwarded token is not issued by its parent's audience");
  if (c.sub !== p.sub) throw new McpTrustError("chain_invalid", "a forwarded token changes the subject");
  if (c.exp > p.exp) throw new McpTrustError("chain_invalid", "a forwarded token outlives its parent");
  const widened = firstEscalation(parent.scope, child.scope);
  if (widened !== undefined) throw new McpTrustError("scope_escalation", `a forwarded token adds ${JSON.stringify(widened)} to its parent's scope`);
}

function checkProofOfPossession(leaf: VerifiedCapToken, options: CapTokenChainOptions): void {
  const jkt = leaf.claims.cnf?.jkt;
  if (jkt === undefined) {
    if (options.requireProofOfPossession === true) throw new McpTrustError("key_binding_mismatch", "this tool requires a key-bound (cnf) capability token");
    return;
  }
  if (!(options.provenKeyThumbprints ?? []).includes(jkt)) {
    throw new McpTrustError("key_binding_mismatch", "the capability token is bound to a key this request did not prove possession of");
  }
}

/**
 * The RFC 7638 SHA-256 thumbprint of a public key (jose), or `undefined` for a secret key: an HMAC key is shared with
 * the verifier and proves no possession.
 */
export async function keyThumbprint(key: KeyObject): Promise<string | undefined> {
  if (key.type !== "public") return undefined;
  return calculateJwkThumbprint(key.export({ format: "jwk" }) as JWK, "sha256");
}
