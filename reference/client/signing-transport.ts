// Client signer for @modelcontextprotocol/sdk: a Transport wrapper that attaches a fresh tool-call attestation to
// every outgoing tools/call. Signing at the transport, after the SDK has built the request, means the signature
// covers the message as it leaves — whatever the SDK added to params before that.
import type { KeyObject } from "node:crypto";
import type { Transport, TransportSendOptions } from "@modelcontextprotocol/sdk/shared/transport.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { attachAttestation, SEP2787_META_KEY } from "../attestation/carriage.js";
import { hashProjection, identityProjection, signAttestation } from "../attestation/sign.js";
import type { SignatureAlgorithm } from "../common/signature.js";
import type { JsonValue } from "../common/strict-json.js";
import { resolveSigningKey, type SigningKey } from "./signing-key.js";
import { attachTransportEvidence, evidenceFor, type TransportEvidenceSource } from "./transport-evidence.js";

type Args = { [key: string]: JsonValue };

export interface SigningOptions {
  /** A private KeyObject (then `kid` is required), a private JWK with `alg` and `kid`, or the path of one. */
  key: KeyObject | Record<string, unknown> | string;
  /** With a KeyObject: the key version (the envelope's `secretVersion`). With a JWK: must equal its `kid`. */
  kid?: string;
  /** With a KeyObject whose type does not say it; with a JWK: must equal its `alg`. */
  alg?: SignatureAlgorithm;
  iss: string;
  sub: string;
  /** The fingerprint of the server the calls go to, exactly as its operator's policy names it. */
  serverFingerprint: string;
  /** The planner's stated intent, fixed or per call. */
  intent: string | ((toolName: string, args: Args) => string);
  /** `plannerDeclared.requestedCapability`, for tools whose policy requires one. */
  requestedCapability?: string | ((toolName: string, args: Args) => string | undefined);
  /** How the envelope commits to the arguments (default identity: the canonical arguments themselves). */
  commitment?: "identity" | "hash";
  /** Lifetime of each attestation (default 300 s). */
  expSeconds?: number;
  /** Also put the attestation at `_meta.attestation` for SEP-2787 verifiers. */
  sep2787Compat?: boolean;
  /** Epoch milliseconds for `iat` (default Date.now); for tests and for callers with a trusted time source. */
  now?: () => number;
  /**
   * Transport identity evidence (actor, cap-token chain, agent identity, intent, session) added as evidence items
   * beside the attestation, fixed or per call (spec/transport-headers.md). For HTTP mirrors of fixed evidence, see
   * `transportEvidenceHeaders`.
   */
  transportEvidence?: TransportEvidenceSource;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Wraps a client transport so that every outgoing `tools/call` request carries a fresh attestation (new nonce,
 * `iat` now) over exactly its `arguments` (absent → `{}`), at `params._meta["org.mcp-trust/evidence"]`. The key is
 * loaded here, so a bad key fails at setup rather than on the first call.
 *
 * @example
 * ```ts
 * await client.connect(signingTransport(new StdioClientTransport({ command: "my-server" }), {
 *   key: "signer.jwk.json", iss: "https://issuer.example/agents", sub: "agent:archiver",
 *   serverFingerprint: "sha256:…", intent: "archive the Q3 report" }));
 * ```
 */
export function signingTransport(inner: Transport, options: SigningOptions): Transport {
  return new SigningTransport(inner, options);
}

class SigningTransport implements Transport {
  readonly #inner: Transport;
  readonly #options: SigningOptions;
  readonly #key: SigningKey;

  constructor(inner: Transport, options: SigningOptions) {
    this.#inner = inner;
    this.#options = options;
    this.#key = resolveSigningKey(options.key, { ...(options.alg === undefined ? {} : { alg: options.alg }), ...(options.kid === undefined ? {} : { kid: options.kid }) });
  }

  start(): Promise<void> {
    return this.#inner.start();
  }

  close(): Promise<void> {
    return this.#inner.close();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    const m = message as { method?: string; id?: unknown };
    // Only requests: a tools/call without an id is not a call anyone answers, and gets no evidence.
    const out = m.method === "tools/call" && m.id !== undefined ? this.#sign(message) : message;
    return this.#inner.send(out, options);
  }

  #sign(message: JSONRPCMessage): JSONRPCMessage {
    const params = isObject((message as { params?: unknown }).params) ? (message as { params: Record<string, unknown> }).params : {};
    const name = params["name"];
    if (typeof name !== "string" || name === "") throw new TypeError("tools/call params.name is not a non-empty string");
    // The server verifies what the wire carries. JSON text drops undefined members and turns Dates into strings,
    // so the arguments are signed — and sent — in their JSON form; an in-process transport that skips
    // serialisation then delivers the same object that was signed.
    const args = (params["arguments"] === undefined ? {} : JSON.parse(JSON.stringify(params["arguments"]))) as Args;
    if (!isObject(args)) throw new TypeError("tools/call params.arguments is not an object");
    const o = this.#options;
    const capability = typeof o.requestedCapability === "function" ? o.requestedCapability(name, args) : o.requestedCapability;
    const envelope = signAttestation({
      alg: this.#key.alg,
      key: this.#key.key,
      secretVersion: this.#key.kid,
      iss: o.iss,
      sub: o.sub,
      iatMs: (o.now ?? Date.now)(),
      ...(o.expSeconds === undefined ? {} : { expSeconds: o.expSeconds }),
      intent: typeof o.intent === "function" ? o.intent(name, args) : o.intent,
      ...(capability === undefined ? {} : { requestedCapability: capability }),
      toolCalls: [{ name, serverFingerprint: o.serverFingerprint, argsProjection: o.commitment === "hash" ? hashProjection(args) : identityProjection(args) }],
    });
    const meta = { ...(isObject(params["_meta"]) ? params["_meta"] : {}) };
    // A stale SEP-2787 attestation from the caller would differ from the fresh one: evidence_ambiguous.
    if (o.sep2787Compat !== true) delete meta[SEP2787_META_KEY];
    const evidence = o.transportEvidence === undefined ? undefined : evidenceFor(o.transportEvidence, name, args);
    const withEvidence = evidence === undefined ? meta : attachTransportEvidence(meta, evidence);
    const _meta = attachAttestation(withEvidence, envelope as unknown as JsonValue, { sep2787Compat: o.sep2787Compat === true });
    return { ...message, params: { ...params, ...(params["arguments"] === undefined ? {} : { arguments: args }), _meta } } as JSONRPCMessage;
  }

  get sessionId(): string | undefined {
    return this.#inner.sessionId;
  }

  // Present exactly when the inner transport has it: Client.connect tests for it before calling it.
  get setProtocolVersion(): ((version: string) => void) | undefined {
    const inner = this.#inner;
    return inner.setProtocolVersion === undefined ? undefined : (version) => inner.setProtocolVersion!(version);
  }

  // Callbacks live on the inner transport: it is the one that receives, closes and fails.
  get onmessage(): Transport["onmessage"] {
    return this.#inner.onmessage;
  }

  set onmessage(handler: Transport["onmessage"]) {
    this.#inner.onmessage = handler;
  }

  get onclose(): Transport["onclose"] {
    return this.#inner.onclose;
  }

  set onclose(handler: Transport["onclose"]) {
    this.#inner.onclose = handler;
  }

  get onerror(): Transport["onerror"] {
    return this.#inner.onerror;
  }

  set onerror(handler: Transport["onerror"]) {
    this.#inner.onerror = handler;
  }
}
