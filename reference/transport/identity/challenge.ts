/**
 * The stateless server challenge of `did` proofs (spec/transport-headers.md#agent-identity-types):
 * `<unix seconds>.<base64url HMAC-SHA256(secret, "mcp-trust-challenge\n" + seconds + "\n" + audience)>`.
 *
 * Stateless so that any server of a fleet sharing the secret can check a challenge another one issued, without a
 * store on the issuing path; binding the audience keeps a challenge of one server from serving at another. Single
 * use is enforced separately: the orchestrator consumes the verified challenge in the replay store, last.
 */
import { Buffer } from "node:buffer";
import { createHmac, timingSafeEqual } from "node:crypto";
import { McpTrustError } from "../../common/errors.js";

/** RFC 2104 / RFC 7518 §3.2: an HMAC-SHA-256 key at least as long as the hash output. */
export const MIN_CHALLENGE_SECRET_BYTES = 32;

/** Seconds without leading zeros (one spelling per instant), then the 43-character MAC. */
const CHALLENGE = /^(0|[1-9][0-9]{0,15})\.([A-Za-z0-9_-]{43})$/;

export interface ChallengeOptions {
  secret: Uint8Array;
  audience: string;
  /** Epoch milliseconds. */
  now: number;
}

/**
 * A fresh challenge for `audience`, issued at `now` (whole seconds).
 *
 * @example
 * ```ts
 * const challenge = issueChallenge({ secret, audience: "https://files.example/mcp", now: Date.now() });
 * ```
 */
export function issueChallenge({ secret, audience, now }: ChallengeOptions): string {
  const seconds = Math.floor(now / 1000);
  return `${seconds}.${mac(secret, seconds, audience).toString("base64url")}`;
}

/**
 * Checks that `challenge` was issued by this server (MAC under `secret`) for `audience`, at or before `now`, and
 * that `now` is before its issue time plus `ttlSeconds`. Returns the issue time (seconds); anything else is
 * `challenge_required` — the caller answers with a fresh {@link issueChallenge}.
 */
export function verifyChallenge(challenge: unknown, options: ChallengeOptions & { ttlSeconds: number }): number {
  const m = typeof challenge === "string" ? CHALLENGE.exec(challenge) : null;
  if (m === null) throw required("the challenge is not <seconds>.<base64url MAC>");
  const seconds = Number(m[1]);
  const expected = mac(options.secret, seconds, options.audience);
  const given = Buffer.from(m[2]!, "base64url");
  // Compare bytes of the canonical spelling: the regex admits 43 characters whose spare bits may be set.
  if (given.toString("base64url") !== m[2] || !timingSafeEqual(given, expected)) {
    throw required("the challenge was not issued by this server for this audience");
  }
  const nowS = Math.floor(options.now / 1000);
  if (seconds > nowS) throw required("the challenge is issued in the future");
  if (nowS >= seconds + options.ttlSeconds) throw required("the challenge has expired");
  return seconds;
}

function mac(secret: Uint8Array, seconds: number, audience: string): Buffer {
  if (!(secret instanceof Uint8Array) || secret.length < MIN_CHALLENGE_SECRET_BYTES) {
    throw new TypeError(`the challenge secret must be at least ${MIN_CHALLENGE_SECRET_BYTES} bytes`);
  }
  return createHmac("sha256", secret).update(`mcp-trust-challenge\n${seconds}\n${audience}`, "utf8").digest();
}

function required(message: string): McpTrustError {
  return new McpTrustError("challenge_required", message);
}
