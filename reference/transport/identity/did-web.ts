/**
 * did:web resolution (W3C CCG did:web method, §3.2 Read): `did:web:<host>[:<path>…]` names the document at
 * `https://<host>/.well-known/did.json`, or `https://<host>/<path>/…/did.json` when a path is given; a port is
 * written percent-encoded (`did:web:example.com%3A8443`).
 *
 * The reference resolver fetches with an injectable `fetch` (tests point it at a loopback server). It refuses
 * redirects and slow or oversized answers: a DID document decides which key speaks for an agent, so anything other
 * than a clean 200 from the named host is a failure (`resolver_unavailable`) or a non-resolution (404/410 →
 * `identity_invalid`), never a best guess.
 */
import { McpTrustError } from "../../common/errors.js";
import { readStrictJson } from "../../common/strict-json.js";
import { readLimited } from "./oauth.js";
import type { DidWebResolver } from "./types.js";

const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const HOST = new RegExp(`^${LABEL}(?:\\.${LABEL})*(?::[0-9]{1,5})?$`);
const SEGMENT = /^[A-Za-z0-9._%-]+$/;

/**
 * The HTTPS URL of a did:web DID's document, or an `identity_invalid` refusal for a did:web that names no URL
 * (bad host, empty or dot segments, any percent-encoding in the host other than the port colon).
 */
export function didWebUrl(did: string): URL {
  if (!did.startsWith("did:web:")) throw invalid("not a did:web DID");
  const [rawHost, ...segments] = did.slice("did:web:".length).split(":");
  const host = rawHost!.replace(/%3A/gi, ":");
  if (!HOST.test(host)) throw invalid("the did:web host is not a domain name with an optional port");
  for (const s of segments) {
    // WHATWG URL parsing turns ".", "..", "%2e" and "%2e%2e" segments into path navigation.
    if (!SEGMENT.test(s) || /^(?:\.|%2e){1,2}$/i.test(s)) throw invalid("a did:web path segment is empty or not a plain segment");
  }
  const path = segments.length === 0 ? "/.well-known/did.json" : `/${segments.join("/")}/did.json`;
  let url: URL;
  try {
    url = new URL(`https://${host}${path}`);
  } catch {
    throw invalid("the did:web DID does not name a URL");
  }
  // The URL must be exactly what was named: no normalisation of the host or the path.
  if (url.host !== host.toLowerCase().replace(/:443$/, "") || url.pathname !== path) throw invalid("the did:web DID does not name a URL");
  return url;
}

export interface HttpDidWebOptions {
  /** Injectable fetch; default the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Whole request including the body, milliseconds; default 2000. */
  timeoutMs?: number;
  /** Largest accepted document, bytes; default 65536. */
  maxBytes?: number;
}

/**
 * A {@link DidWebResolver} over HTTPS (see the module comment). 404 and 410 resolve to `undefined`; a 200 whose body
 * is not a strict JSON document is `identity_invalid`; every other outcome rejects (→ `resolver_unavailable`).
 *
 * @example
 * ```ts
 * const resolveDidWeb = httpDidWebResolver({ timeoutMs: 1500 });
 * ```
 */
export function httpDidWebResolver(options: HttpDidWebOptions = {}): DidWebResolver {
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 2000;
  const maxBytes = options.maxBytes ?? 65536;
  return async (did) => {
    const url = didWebUrl(did);
    const res = await doFetch(url, {
      method: "GET",
      headers: { accept: "application/did+json, application/json" },
      redirect: "error",
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel();
      return undefined;
    }
    if (res.status !== 200) {
      await res.body?.cancel();
      throw new Error(`did:web resolution answered HTTP ${res.status}`);
    }
    const bytes = await readLimited(res, maxBytes);
    try {
      return readStrictJson(bytes, { maxBytes }).value;
    } catch (e) {
      throw new McpTrustError("identity_invalid", "the DID document is not strict JSON", { cause: e });
    }
  };
}

/**
 * A {@link DidWebResolver} from a fixed map (the CLI's `--context` `didDocuments`): `"unavailable"` makes resolution
 * fail; a DID not in the map does not resolve.
 */
export function staticDidWebResolver(documents: Readonly<Record<string, unknown>>): DidWebResolver {
  return async (did) => {
    const doc = Object.hasOwn(documents, did) ? documents[did] : undefined;
    if (doc === "unavailable") throw new Error("did:web resolution is unavailable (test context)");
    return doc;
  };
}

function invalid(message: string): McpTrustError {
  return new McpTrustError("identity_invalid", message);
}
