// DO NOT EDIT: this file is generated.
// Source: schemas/*.schema.json
// Regenerate with `npm run generate` (check for drift with `npm run generate -- --check`).

/** A JSON Schema document as embedded here (deep-frozen). */
export type SchemaDocument = { readonly [key: string]: unknown };

/** Every schema `$id`, sorted. */
export const SCHEMA_IDS = [
  "https://mcp-trust.org/schemas/v1/actor.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-did-proof-claims.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-identity.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-intent.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-jwt-claims.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-session.schema.json",
  "https://mcp-trust.org/schemas/v1/cap-token-claims.schema.json",
  "https://mcp-trust.org/schemas/v1/cap-token.schema.json",
  "https://mcp-trust.org/schemas/v1/common.schema.json",
  "https://mcp-trust.org/schemas/v1/conformance-manifest.schema.json",
  "https://mcp-trust.org/schemas/v1/conformance-traceability.schema.json",
  "https://mcp-trust.org/schemas/v1/conformance-vector.schema.json",
  "https://mcp-trust.org/schemas/v1/decision.schema.json",
  "https://mcp-trust.org/schemas/v1/error.schema.json",
  "https://mcp-trust.org/schemas/v1/evidence.schema.json",
  "https://mcp-trust.org/schemas/v1/operator-credential-claims.schema.json",
  "https://mcp-trust.org/schemas/v1/policy.schema.json",
  "https://mcp-trust.org/schemas/v1/reason.schema.json",
  "https://mcp-trust.org/schemas/v1/tool-call-attestation-vaara-v2.schema.json",
  "https://mcp-trust.org/schemas/v1/tool-call-attestation.schema.json",
  "https://mcp-trust.org/schemas/v1/trust-store.schema.json",
  "https://mcp-trust.org/schemas/v1/verification-result.schema.json",
] as const;

export type SchemaId = (typeof SCHEMA_IDS)[number];

/** The file under schemas/ each `$id` comes from. */
export const SCHEMA_FILES: Readonly<Record<SchemaId, string>> = Object.freeze({
  "https://mcp-trust.org/schemas/v1/actor.schema.json": "actor.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-did-proof-claims.schema.json": "agent-did-proof-claims.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-identity.schema.json": "agent-identity.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-intent.schema.json": "agent-intent.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-jwt-claims.schema.json": "agent-jwt-claims.schema.json",
  "https://mcp-trust.org/schemas/v1/agent-session.schema.json": "agent-session.schema.json",
  "https://mcp-trust.org/schemas/v1/cap-token-claims.schema.json": "cap-token-claims.schema.json",
  "https://mcp-trust.org/schemas/v1/cap-token.schema.json": "cap-token.schema.json",
  "https://mcp-trust.org/schemas/v1/common.schema.json": "common.schema.json",
  "https://mcp-trust.org/schemas/v1/conformance-manifest.schema.json": "conformance-manifest.schema.json",
  "https://mcp-trust.org/schemas/v1/conformance-traceability.schema.json": "conformance-traceability.schema.json",
  "https://mcp-trust.org/schemas/v1/conformance-vector.schema.json": "conformance-vector.schema.json",
  "https://mcp-trust.org/schemas/v1/decision.schema.json": "decision.schema.json",
  "https://mcp-trust.org/schemas/v1/error.schema.json": "error.schema.json",
  "https://mcp-trust.org/schemas/v1/evidence.schema.json": "evidence.schema.json",
  "https://mcp-trust.org/schemas/v1/operator-credential-claims.schema.json": "operator-credential-claims.schema.json",
  "https://mcp-trust.org/schemas/v1/policy.schema.json": "policy.schema.json",
  "https://mcp-trust.org/schemas/v1/reason.schema.json": "reason.schema.json",
  "https://mcp-trust.org/schemas/v1/tool-call-attestation-vaara-v2.schema.json": "tool-call-attestation-vaara-v2.schema.json",
  "https://mcp-trust.org/schemas/v1/tool-call-attestation.schema.json": "tool-call-attestation.schema.json",
  "https://mcp-trust.org/schemas/v1/trust-store.schema.json": "trust-store.schema.json",
  "https://mcp-trust.org/schemas/v1/verification-result.schema.json": "verification-result.schema.json",
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Every schema, parsed, keyed by `$id`. */
export const SCHEMAS: Readonly<Record<SchemaId, SchemaDocument>> = deepFreeze({
  "https://mcp-trust.org/schemas/v1/actor.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/actor.schema.json",
    "title": "Actor",
    "description": "The `actor` evidence item's value (spec/transport-headers.md#mcp-actor): whom the call is made for. Mirrored by the HTTP header `MCP-Actor` (an sf-string); the body is authoritative.",
    "type": "object",
    "required": [
      "id"
    ],
    "additionalProperties": false,
    "properties": {
      "id": {
        "$ref": "common.schema.json#/$defs/actorId"
      }
    },
    "x-mcp-header": {
      "name": "MCP-Actor",
      "maxBytes": 8192,
      "structure": "item",
      "bareItem": {
        "member": "id",
        "type": "string"
      }
    },
    "examples": [
      {
        "id": "user:alice@example.com"
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/agent-did-proof-claims.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/agent-did-proof-claims.schema.json",
    "title": "AgentDidProofClaims",
    "description": "The claims of a DID proof (identity type `did`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-agent-did+jwt`, signed with a key of the DID's document over a fresh server challenge. Closed. Lifetime (at most 300 seconds) and the challenge are checked by the verifier.",
    "type": "object",
    "required": [
      "iss",
      "aud",
      "challenge",
      "iat",
      "exp"
    ],
    "additionalProperties": false,
    "properties": {
      "iss": {
        "description": "The DID (W3C DID Core syntax, at most 512 characters); the agentId.",
        "type": "string",
        "maxLength": 512,
        "pattern": "^did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-]$"
      },
      "aud": {
        "$ref": "common.schema.json#/$defs/identifier"
      },
      "challenge": {
        "description": "The server's challenge: `<unix seconds>.<base64url HMAC-SHA256>`.",
        "type": "string",
        "pattern": "^[0-9]{1,16}\\.[A-Za-z0-9_-]{43}$"
      },
      "iat": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "exp": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "sid": {
        "$ref": "common.schema.json#/$defs/sessionId"
      }
    },
    "$defs": {
      "header": {
        "title": "AgentDidProofHeader",
        "description": "The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.",
        "type": "object",
        "required": [
          "alg",
          "typ",
          "kid"
        ],
        "additionalProperties": false,
        "properties": {
          "alg": {
            "$ref": "common.schema.json#/$defs/algorithmName"
          },
          "typ": {
            "const": "mcp-agent-did+jwt"
          },
          "kid": {
            "description": "A DID URL naming the verification method: the DID, `#`, and a fragment.",
            "type": "string",
            "pattern": "^did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-]#[A-Za-z0-9._~%!$&'()*+,;=:@/?-]{1,256}$",
            "maxLength": 1024
          }
        }
      }
    },
    "examples": [
      {
        "iss": "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK",
        "aud": "https://files.example/mcp",
        "challenge": "1780315200.3mVwWQ0QZQ7k0aJ9yq0c8o1xqg6cB8kC0bN0iXf3xQo",
        "iat": 1780315200,
        "exp": 1780315260
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/agent-identity.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/agent-identity.schema.json",
    "title": "AgentIdentity",
    "description": "The `agent-identity` evidence item's value (spec/transport-headers.md#mcp-agent-identity): a proof of which agent (and operator) makes the call, of one of five types. Mirrored by the HTTP header `MCP-Agent-Identity` (an sf-token with the parameter `credential`, an sf-string).",
    "type": "object",
    "required": [
      "type",
      "credential"
    ],
    "additionalProperties": false,
    "properties": {
      "type": {
        "description": "The kind of proof (spec/transport-headers.md#agent-identity-types).",
        "enum": [
          "jwt",
          "did",
          "oauth",
          "mtls",
          "operator"
        ]
      },
      "credential": {
        "description": "The proof: a compact JWS for jwt, did, mtls and operator; an opaque access token for oauth.",
        "$ref": "common.schema.json#/$defs/compactJws"
      }
    },
    "x-mcp-header": {
      "name": "MCP-Agent-Identity",
      "maxBytes": 8192,
      "structure": "item",
      "bareItem": {
        "member": "type",
        "type": "token"
      },
      "parameters": {
        "credential": {
          "member": "credential",
          "type": "string"
        }
      }
    },
    "examples": [
      {
        "type": "oauth",
        "credential": "2YotnFZFEjr1zCsicMWpAA"
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/agent-intent.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/agent-intent.schema.json",
    "title": "AgentIntent",
    "description": "The `agent-intent` evidence item's value (spec/transport-headers.md#mcp-agent-intent): what the agent declares it is doing, and the methods and tools that covers. A declaration, not authority. Mirrored by the HTTP header `MCP-Agent-Intent` (an sf-dictionary).",
    "type": "object",
    "required": [
      "purpose",
      "scope"
    ],
    "additionalProperties": false,
    "properties": {
      "purpose": {
        "description": "The declared purpose: 1 to 256 characters, not only white space, no control characters.",
        "type": "string",
        "minLength": 1,
        "maxLength": 256,
        "pattern": "^[^\\x00-\\x1f\\x7f-\\x9f]*[^\\s\\x00-\\x1f\\x7f-\\x9f][^\\x00-\\x1f\\x7f-\\x9f]*$"
      },
      "scope": {
        "description": "1 to 32 distinct scope entries.",
        "type": "array",
        "minItems": 1,
        "maxItems": 32,
        "uniqueItems": true,
        "items": {
          "$ref": "common.schema.json#/$defs/scopeEntry"
        }
      }
    },
    "x-mcp-header": {
      "name": "MCP-Agent-Intent",
      "maxBytes": 8192,
      "structure": "dictionary",
      "dictionaryMembers": {
        "purpose": {
          "member": "purpose",
          "type": "text"
        },
        "scope": {
          "member": "scope",
          "type": "string-inner-list"
        }
      }
    },
    "examples": [
      {
        "purpose": "archive the Q3 report",
        "scope": [
          "tools/call:delete_file",
          "tools/list"
        ]
      },
      {
        "purpose": "Quartalsbericht prüfen",
        "scope": [
          "tools/call:*"
        ]
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/agent-jwt-claims.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/agent-jwt-claims.schema.json",
    "title": "AgentJwtClaims",
    "description": "The claims of an agent identity JWT (identity types `jwt` and `mtls`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-agent+jwt`, issued by an issuer in the policy's identity.jwt trust store. Closed. Lifetime (at most 3600 seconds) is checked by the verifier.",
    "type": "object",
    "required": [
      "iss",
      "sub",
      "aud",
      "iat",
      "exp"
    ],
    "additionalProperties": false,
    "properties": {
      "iss": {
        "$ref": "common.schema.json#/$defs/identifier"
      },
      "sub": {
        "description": "The agent identifier (agentId).",
        "$ref": "common.schema.json#/$defs/actorId"
      },
      "aud": {
        "$ref": "common.schema.json#/$defs/identifier"
      },
      "iat": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "exp": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "operator": {
        "description": "The operator identifier (operatorId); default `iss`.",
        "$ref": "common.schema.json#/$defs/identifier"
      },
      "sid": {
        "$ref": "common.schema.json#/$defs/sessionId"
      },
      "cnf": {
        "title": "AgentJwtConfirmation",
        "description": "Confirmation (RFC 7800): `jkt`, the RFC 7638 thumbprint of a key, or `x5t#S256`, the base64url SHA-256 of the client certificate's DER (RFC 8705, required for type mtls).",
        "type": "object",
        "minProperties": 1,
        "maxProperties": 1,
        "additionalProperties": false,
        "properties": {
          "jkt": {
            "$ref": "common.schema.json#/$defs/jwkThumbprint"
          },
          "x5t#S256": {
            "$ref": "common.schema.json#/$defs/jwkThumbprint"
          }
        }
      }
    },
    "$defs": {
      "header": {
        "title": "AgentJwtHeader",
        "description": "The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.",
        "type": "object",
        "required": [
          "alg",
          "typ",
          "kid"
        ],
        "additionalProperties": false,
        "properties": {
          "alg": {
            "$ref": "common.schema.json#/$defs/algorithmName"
          },
          "typ": {
            "const": "mcp-agent+jwt"
          },
          "kid": {
            "description": "The key identifier in the issuer's JWKS.",
            "type": "string",
            "pattern": "^[\\x21-\\x7e]{1,128}$"
          }
        }
      }
    },
    "examples": [
      {
        "iss": "https://agents.example",
        "sub": "agent:archiver",
        "aud": "https://files.example/mcp",
        "iat": 1780315200,
        "exp": 1780318800,
        "operator": "https://operator.example"
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/agent-session.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/agent-session.schema.json",
    "title": "AgentSession",
    "description": "The `agent-session` evidence item's value (spec/transport-headers.md#mcp-agent-session): the agent session this call belongs to. Mirrored by the HTTP header `MCP-Agent-Session` (an sf-string).",
    "type": "object",
    "required": [
      "id"
    ],
    "additionalProperties": false,
    "properties": {
      "id": {
        "$ref": "common.schema.json#/$defs/sessionId"
      }
    },
    "x-mcp-header": {
      "name": "MCP-Agent-Session",
      "maxBytes": 8192,
      "structure": "item",
      "bareItem": {
        "member": "id",
        "type": "string"
      }
    },
    "examples": [
      {
        "id": "s-7f3a9c2e4b1d8f60"
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/cap-token-claims.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/cap-token-claims.schema.json",
    "title": "CapTokenClaims",
    "description": "The claims set of one capability token (spec/transport-headers.md#capability-token), a compact JWS whose protected header is `$defs/header`. Closed: an unknown claim makes the token malformed (`token_malformed`). Lifetime, chain and scope rules are checked by the verifier, not by this schema.",
    "type": "object",
    "required": [
      "iss",
      "sub",
      "aud",
      "scope",
      "iat",
      "exp",
      "jti"
    ],
    "additionalProperties": false,
    "properties": {
      "iss": {
        "description": "The issuer: a root issuer, or the server that forwards the token (the parent's `aud`).",
        "$ref": "common.schema.json#/$defs/identifier"
      },
      "sub": {
        "description": "The actor the capability is granted to; equal along a chain.",
        "$ref": "common.schema.json#/$defs/actorId"
      },
      "aud": {
        "description": "The audience identifier of the server the token is presented to.",
        "$ref": "common.schema.json#/$defs/identifier"
      },
      "scope": {
        "$ref": "common.schema.json#/$defs/scopeString"
      },
      "iat": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "exp": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "nbf": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "jti": {
        "description": "The token identifier: 16 to 128 base64url characters; the replay key of a single-use token.",
        "type": "string",
        "pattern": "^[A-Za-z0-9_-]{16,128}$"
      },
      "cnf": {
        "title": "CapTokenConfirmation",
        "description": "Proof-of-possession confirmation (RFC 7800): the RFC 7638 thumbprint of the key the caller must prove possession of.",
        "type": "object",
        "required": [
          "jkt"
        ],
        "additionalProperties": false,
        "properties": {
          "jkt": {
            "$ref": "common.schema.json#/$defs/jwkThumbprint"
          }
        }
      },
      "parent": {
        "description": "In a forwarded token: the digest of the parent token's compact ASCII bytes.",
        "$ref": "common.schema.json#/$defs/digest"
      },
      "sid": {
        "$ref": "common.schema.json#/$defs/sessionId"
      }
    },
    "$defs": {
      "header": {
        "title": "CapTokenHeader",
        "description": "The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.",
        "type": "object",
        "required": [
          "alg",
          "typ",
          "kid"
        ],
        "additionalProperties": false,
        "properties": {
          "alg": {
            "$ref": "common.schema.json#/$defs/algorithmName"
          },
          "typ": {
            "const": "mcp-cap+jwt"
          },
          "kid": {
            "description": "The key identifier in the issuer's JWKS.",
            "type": "string",
            "pattern": "^[\\x21-\\x7e]{1,128}$"
          }
        }
      }
    },
    "examples": [
      {
        "iss": "https://auth.example",
        "sub": "user:alice@example.com",
        "aud": "https://files.example/mcp",
        "scope": "tools/call:delete_file tools/list",
        "iat": 1780315200,
        "exp": 1780315500,
        "jti": "Zx1c8QmV2kP7rT4yB9nW"
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/cap-token.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/cap-token.schema.json",
    "title": "CapToken",
    "description": "The `cap-token` evidence item's value (spec/transport-headers.md#mcp-cap-token): a capability token chain, root first and the leaf (the token presented to this server) last. Mirrored by the HTTP header `MCP-Cap-Token` (an sf-list of sf-strings). Each token is a compact JWS whose header and claims are cap-token-claims.schema.json.",
    "type": "object",
    "required": [
      "tokens"
    ],
    "additionalProperties": false,
    "properties": {
      "tokens": {
        "type": "array",
        "minItems": 1,
        "maxItems": 4,
        "items": {
          "$ref": "common.schema.json#/$defs/compactJws"
        }
      }
    },
    "x-mcp-header": {
      "name": "MCP-Cap-Token",
      "maxBytes": 16384,
      "structure": "list",
      "listMembers": {
        "member": "tokens",
        "type": "string"
      }
    },
    "examples": [
      {
        "tokens": [
          "eyJhbGciOiJFUzI1NiIsImtpZCI6ImNhcC0xIiwidHlwIjoibWNwLWNhcCtqd3QifQ.e30.c2ln"
        ]
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/common.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/common.schema.json",
    "title": "Common",
    "description": "Definitions shared by every mcp-trust wire object (spec/common-profile.md). Not a wire object itself.",
    "$defs": {
      "digest": {
        "description": "A digest in the one notation of the common profile: the algorithm name, a colon, and the lowercase hex of the digest. Only sha256 is defined.",
        "type": "string",
        "pattern": "^sha256:[0-9a-f]{64}$",
        "examples": [
          "sha256:866290b0c9b6a0bd5e1a77ba30a6e8a2b6dc1b4c8f2b9d2f5b3c3f0f2f9e8f8a"
        ]
      },
      "timestamp": {
        "description": "An RFC 3339 instant in UTC with second precision and an upper-case Z, e.g. 2026-05-29T10:00:00Z. Offsets, fractions and leap seconds are not allowed.",
        "type": "string",
        "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]Z$"
      },
      "algorithmName": {
        "description": "A JWS algorithm name (RFC 7518 §3.1 grammar). Whether it is acceptable is decided by the verifier's configured allow-list, never by the schema.",
        "type": "string",
        "pattern": "^[A-Za-z0-9+_-]{1,32}$"
      },
      "signatureHex": {
        "description": "A signature as lowercase hex with an even number of digits.",
        "type": "string",
        "pattern": "^(?:[0-9a-f]{2}){16,1024}$"
      },
      "identifier": {
        "description": "A non-empty identifier of printable characters without leading or trailing white space.",
        "type": "string",
        "minLength": 1,
        "maxLength": 512,
        "pattern": "^\\S(?:.*\\S)?$"
      },
      "actorId": {
        "description": "Who a transport-identity call is made for (spec/transport-headers.md#mcp-actor): 1 to 256 printable ASCII characters without leading or trailing space, so that it fits an RFC 9651 sf-string unchanged.",
        "type": "string",
        "minLength": 1,
        "maxLength": 256,
        "pattern": "^[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?$",
        "examples": [
          "user:alice@example.com"
        ]
      },
      "sessionId": {
        "description": "An agent session identifier (spec/transport-headers.md#mcp-agent-session): 16 to 128 characters of A-Z a-z 0-9 . _ ~ -.",
        "type": "string",
        "pattern": "^[A-Za-z0-9._~-]{16,128}$",
        "examples": [
          "s-7f3a9c2e4b1d8f60"
        ]
      },
      "scopeEntry": {
        "description": "One scope entry (spec/transport-headers.md#scope-entries): an MCP method such as `tools/list`, or `tools/call:<tool>` (tool name 1 to 128 of A-Z a-z 0-9 _ . -), or `tools/call:*`. A bare `tools/call` is not an entry.",
        "type": "string",
        "maxLength": 160,
        "pattern": "^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)$",
        "examples": [
          "tools/list",
          "tools/call:delete_file",
          "tools/call:*"
        ]
      },
      "scopeString": {
        "description": "A scope as one string of scope entries separated by single spaces (the JWT convention of RFC 8693 section 4.2), as in a capability token's `scope` claim.",
        "type": "string",
        "maxLength": 4096,
        "pattern": "^(?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)(?: (?:tools/call:(?:\\*|[A-Za-z0-9_.-]{1,128})|(?!tools/call(?:$| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*))*$",
        "examples": [
          "tools/call:delete_file tools/list"
        ]
      },
      "unixTime": {
        "description": "A JWT NumericDate (RFC 7519 section 2) written as an integer literal: whole seconds since the epoch.",
        "type": "integer",
        "minimum": 0,
        "maximum": 9007199254740991
      },
      "jwkThumbprint": {
        "description": "An RFC 7638 JWK SHA-256 thumbprint, base64url without padding (43 characters).",
        "type": "string",
        "pattern": "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"
      },
      "compactJws": {
        "description": "A compact JWS or JWT as carried in evidence: 1 to 4096 characters. Its structure (three canonical base64url segments) is checked by the verifier with reason `token_malformed`, not by this schema.",
        "type": "string",
        "minLength": 1,
        "maxLength": 4096
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/conformance-manifest.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/conformance-manifest.schema.json",
    "title": "ConformanceManifest",
    "description": "Pins every vector file of a suite version by SHA-256 (conformance/README.md). `setHash` is the SHA-256 of the lines `<sha256>  <path>\\n` sorted by path.",
    "type": "object",
    "required": [
      "suiteVersion",
      "files",
      "setHash"
    ],
    "additionalProperties": false,
    "properties": {
      "suiteVersion": {
        "type": "string",
        "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+$"
      },
      "files": {
        "type": "object",
        "propertyNames": {
          "pattern": "^vectors/[a-z0-9-]+/[a-z0-9-]+\\.json$"
        },
        "additionalProperties": {
          "type": "string",
          "pattern": "^[0-9a-f]{64}$"
        }
      },
      "setHash": {
        "type": "string",
        "pattern": "^[0-9a-f]{64}$"
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/conformance-traceability.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/conformance-traceability.schema.json",
    "title": "Traceability",
    "description": "Maps every normative statement (MUST, MUST NOT, SHOULD, SHOULD NOT, REQUIRED, SHALL, RECOMMENDED) of one spec draft to the vectors that exercise it (conformance/README.md#traceability).",
    "type": "object",
    "required": [
      "spec",
      "requirements"
    ],
    "additionalProperties": false,
    "properties": {
      "spec": {
        "description": "The draft's file stem, e.g. tool-call-attestation.",
        "type": "string",
        "pattern": "^[a-z0-9-]+$"
      },
      "requirements": {
        "type": "array",
        "items": {
          "$ref": "#/$defs/requirement"
        }
      }
    },
    "$defs": {
      "requirement": {
        "title": "Requirement",
        "type": "object",
        "required": [
          "id",
          "level",
          "text"
        ],
        "additionalProperties": false,
        "properties": {
          "id": {
            "description": "<draft>#<section anchor>/<short name>",
            "type": "string",
            "pattern": "^[a-z0-9-]+#[a-z0-9-]+/[a-z0-9-]+$"
          },
          "level": {
            "enum": [
              "MUST",
              "MUST NOT",
              "SHOULD",
              "SHOULD NOT",
              "REQUIRED",
              "SHALL",
              "RECOMMENDED"
            ]
          },
          "text": {
            "description": "A verbatim excerpt of the normative statement (white space normalised).",
            "type": "string",
            "minLength": 10
          },
          "positive": {
            "description": "Vectors where the requirement is met and the input is accepted (or the compliant outcome observed).",
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string"
            }
          },
          "negative": {
            "description": "Vectors where the requirement is violated and the verifier must refuse.",
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string"
            }
          },
          "excluded": {
            "description": "Why no vector can test this requirement through the adapter contract.",
            "type": "string",
            "minLength": 10
          }
        },
        "oneOf": [
          {
            "required": [
              "positive",
              "negative"
            ],
            "not": {
              "required": [
                "excluded"
              ]
            }
          },
          {
            "required": [
              "excluded"
            ],
            "not": {
              "anyOf": [
                {
                  "required": [
                    "positive"
                  ]
                },
                {
                  "required": [
                    "negative"
                  ]
                }
              ]
            }
          }
        ]
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/conformance-vector.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/conformance-vector.schema.json",
    "title": "ConformanceVector",
    "description": "One conformance case (conformance/README.md). Data only: a second implementation consumes it through the adapter contract. A case is one or more calls run in order against one fresh replay store. The verb fixes the shape of every call's input: verify-attestation takes an envelope or a request with a trust store, verify-transport a request with a policy, HTTP headers and resolver context.",
    "type": "object",
    "required": [
      "id",
      "description",
      "spec",
      "category",
      "verb",
      "calls"
    ],
    "additionalProperties": false,
    "properties": {
      "$schema": {
        "type": "string"
      },
      "id": {
        "description": "<vector folder>/<file name without .json>",
        "type": "string",
        "pattern": "^[a-z0-9-]+/[a-z0-9-]+$"
      },
      "description": {
        "description": "One lower-case sentence saying what the case tests.",
        "type": "string",
        "minLength": 10,
        "maxLength": 300
      },
      "spec": {
        "description": "The spec section the case tests: <spec file stem>#<heading anchor>.",
        "type": "string",
        "pattern": "^[a-z0-9-]+#[a-z0-9-]+$"
      },
      "category": {
        "description": "signature: byte and signature conformance every implementation must share; policy: a verifier-policy decision (clock, allow-lists, replay, commitments); parsing: strict reading of bytes.",
        "enum": [
          "signature",
          "policy",
          "parsing"
        ]
      },
      "verb": {
        "enum": [
          "verify-attestation",
          "verify-transport"
        ]
      },
      "calls": {
        "type": "array",
        "minItems": 1,
        "maxItems": 8,
        "items": {
          "$ref": "#/$defs/call"
        }
      }
    },
    "$defs": {
      "call": {
        "title": "ConformanceCall",
        "type": "object",
        "required": [
          "input",
          "expected"
        ],
        "additionalProperties": false,
        "properties": {
          "input": {
            "description": "The call's inputs; which shape is fixed by the vector's verb.",
            "anyOf": [
              {
                "$ref": "#/$defs/verifyAttestationInput"
              },
              {
                "$ref": "#/$defs/verifyTransportInput"
              }
            ]
          },
          "expected": {
            "$ref": "#/$defs/expected"
          }
        }
      },
      "verifyAttestationInput": {
        "title": "VerifyAttestationInput",
        "type": "object",
        "required": [
          "keys",
          "server",
          "now"
        ],
        "additionalProperties": false,
        "oneOf": [
          {
            "required": [
              "envelope",
              "tool"
            ]
          },
          {
            "required": [
              "envelopeBase64",
              "tool"
            ]
          },
          {
            "required": [
              "request"
            ],
            "not": {
              "anyOf": [
                {
                  "required": [
                    "tool"
                  ]
                },
                {
                  "required": [
                    "arguments"
                  ]
                },
                {
                  "required": [
                    "argumentsBase64"
                  ]
                }
              ]
            }
          }
        ],
        "properties": {
          "envelope": {
            "description": "The envelope file's content as JSON.",
            "type": "object"
          },
          "envelopeBase64": {
            "description": "The envelope file's exact bytes, for inputs JSON cannot hold as a value (duplicate keys, BOM, invalid UTF-8).",
            "type": "string",
            "contentEncoding": "base64"
          },
          "request": {
            "description": "The `params` of a `tools/call` request as received (normally an object with name, arguments, _meta; any JSON value, to test malformed requests): the verifier finds the attestation in `_meta` as deployed verifiers do."
          },
          "keys": {
            "$ref": "trust-store.schema.json"
          },
          "tool": {
            "type": "string"
          },
          "arguments": {
            "description": "The arguments file's content as JSON.",
            "type": "object"
          },
          "argumentsBase64": {
            "type": "string",
            "contentEncoding": "base64"
          },
          "server": {
            "type": "string"
          },
          "now": {
            "$ref": "common.schema.json#/$defs/timestamp"
          },
          "profile": {
            "enum": [
              "sep-2787",
              "vaara-v2"
            ]
          },
          "algorithms": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "minItems": 1,
            "uniqueItems": true
          },
          "allowRedactedProjection": {
            "type": "boolean"
          },
          "resolve": {
            "description": "Content the verifier's argsRef resolver returns, by URI, as base64.",
            "type": "object",
            "additionalProperties": {
              "type": "string",
              "contentEncoding": "base64"
            }
          },
          "permittedIssuers": {
            "description": "Tool policy: the issuers accepted for this call.",
            "type": "array",
            "items": {
              "type": "string"
            },
            "minItems": 1,
            "uniqueItems": true
          },
          "requiredCapability": {
            "description": "Tool policy: the capability plannerDeclared.requestedCapability must name.",
            "type": "string",
            "minLength": 1
          },
          "replayStoreUnavailable": {
            "description": "The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.",
            "const": true
          }
        }
      },
      "verifyTransportInput": {
        "title": "VerifyTransportInput",
        "description": "Inputs of verify-transport (conformance/adapter-protocol.md#verify-transport): one tools/call with its transport evidence, decided against a policy.",
        "type": "object",
        "required": [
          "request",
          "policy",
          "now"
        ],
        "additionalProperties": false,
        "properties": {
          "request": {
            "description": "The `params` of the `tools/call` request as received: name, arguments and `_meta` with the evidence container (the authoritative twins of the headers)."
          },
          "policy": {
            "$ref": "policy.schema.json"
          },
          "now": {
            "$ref": "common.schema.json#/$defs/timestamp"
          },
          "headers": {
            "description": "The HTTP request's header lines exactly as on the wire, in order, duplicates kept: [name, value] pairs. Absent: the call came over stdio, which has no headers.",
            "type": "array",
            "maxItems": 64,
            "items": {
              "type": "array",
              "minItems": 2,
              "maxItems": 2,
              "items": {
                "type": "string"
              }
            }
          },
          "context": {
            "$ref": "#/$defs/transportContext"
          },
          "replayStoreUnavailable": {
            "description": "The runner hands the adapter a replay store location that cannot be used, to test fail-closed behaviour.",
            "const": true
          }
        }
      },
      "transportContext": {
        "title": "TransportContext",
        "description": "What the verifier learns outside the request: the TLS client certificate and the answers of its resolvers.",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "clientCertificateSha256": {
            "description": "base64url SHA-256 of the TLS client certificate's DER (RFC 8705); absent: no client certificate.",
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]{43}$"
          },
          "introspection": {
            "description": "The OAuth introspection resolver (RFC 7662): response by token; \"unavailable\": the resolver fails for it; a token not listed is unknown (active false).",
            "type": "object",
            "additionalProperties": {
              "anyOf": [
                {
                  "type": "object"
                },
                {
                  "const": "unavailable"
                }
              ]
            }
          },
          "didDocuments": {
            "description": "The did:web resolver: DID document by DID; \"unavailable\": resolution fails; a DID not listed does not resolve.",
            "type": "object",
            "additionalProperties": {
              "anyOf": [
                {
                  "type": "object"
                },
                {
                  "const": "unavailable"
                }
              ]
            }
          }
        }
      },
      "expected": {
        "title": "ConformanceExpected",
        "type": "object",
        "required": [
          "verdict",
          "reason"
        ],
        "additionalProperties": false,
        "properties": {
          "verdict": {
            "enum": [
              "accept",
              "reject"
            ]
          },
          "reason": {
            "anyOf": [
              {
                "$ref": "reason.schema.json"
              },
              {
                "type": "null"
              }
            ]
          },
          "signingInput": {
            "description": "Lowercase hex of the canonical signing input an implementation must compute for this envelope.",
            "type": "string",
            "pattern": "^(?:[0-9a-f]{2})+$"
          },
          "argsCommitment": {
            "enum": [
              "identity",
              "hash",
              "reference",
              "redacted"
            ]
          },
          "decision": {
            "description": "verify-transport: the gateway decision; reject is deny or challenge.",
            "enum": [
              "allow",
              "deny",
              "challenge"
            ]
          },
          "agentId": {
            "description": "verify-transport on allow: the verified agent identity, or null when none was presented.",
            "type": [
              "string",
              "null"
            ]
          },
          "operatorId": {
            "description": "verify-transport on allow: the verified operator, or null when none was presented.",
            "type": [
              "string",
              "null"
            ]
          }
        }
      }
    },
    "allOf": [
      {
        "if": {
          "properties": {
            "verb": {
              "const": "verify-transport"
            }
          },
          "required": [
            "verb"
          ]
        },
        "then": {
          "properties": {
            "calls": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "input": {
                    "$ref": "#/$defs/verifyTransportInput"
                  }
                }
              }
            }
          }
        },
        "else": {
          "properties": {
            "calls": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "input": {
                    "$ref": "#/$defs/verifyAttestationInput"
                  }
                }
              }
            }
          }
        }
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/decision.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/decision.schema.json",
    "title": "Decision",
    "description": "What a verifier decided about one tools/call and why (spec/gateway-decision.md). Returned in error.data.decision on deny or challenge and at result._meta[\"org.mcp-trust/decision\"] on allow.",
    "type": "object",
    "required": [
      "decision",
      "requestId",
      "agentId",
      "operatorId",
      "checks",
      "reason",
      "latencyMs",
      "auditLogId",
      "expiresAt"
    ],
    "additionalProperties": false,
    "properties": {
      "decision": {
        "enum": [
          "allow",
          "deny",
          "challenge"
        ]
      },
      "requestId": {
        "type": [
          "string",
          "integer",
          "null"
        ]
      },
      "agentId": {
        "description": "The verified agent (the attestation's sub), or null when none was verified.",
        "type": [
          "string",
          "null"
        ]
      },
      "operatorId": {
        "description": "The verified operator (the attestation's iss), or null.",
        "type": [
          "string",
          "null"
        ]
      },
      "tool": {
        "type": "string"
      },
      "checks": {
        "description": "Every check in the order the verifier runs them (spec/gateway-decision.md#decision-object; the transport identity checks headers, agent-identity, cap-token, actor, agent-session and agent-intent in spec/transport-headers.md#verification-order).",
        "type": "array",
        "items": {
          "$ref": "#/$defs/check"
        }
      },
      "reason": {
        "anyOf": [
          {
            "$ref": "reason.schema.json"
          },
          {
            "type": "null"
          }
        ]
      },
      "bypass": {
        "description": "True when a failing dependency was bypassed under failureMode open.",
        "type": "boolean"
      },
      "latencyMs": {
        "type": "number",
        "minimum": 0
      },
      "auditLogId": {
        "description": "Identifier of the audit record (null until the audit extension lands).",
        "type": [
          "string",
          "null"
        ]
      },
      "expiresAt": {
        "description": "Until when the evidence behind an allow stays valid.",
        "anyOf": [
          {
            "$ref": "common.schema.json#/$defs/timestamp"
          },
          {
            "type": "null"
          }
        ]
      }
    },
    "$defs": {
      "check": {
        "title": "DecisionCheck",
        "type": "object",
        "required": [
          "name",
          "result"
        ],
        "additionalProperties": false,
        "properties": {
          "name": {
            "enum": [
              "headers",
              "evidence",
              "envelope",
              "algorithm",
              "key",
              "signature",
              "lifetime",
              "tool-call",
              "arguments",
              "issuer",
              "capability",
              "nonce",
              "agent-identity",
              "cap-token",
              "actor",
              "agent-session",
              "agent-intent"
            ]
          },
          "result": {
            "enum": [
              "pass",
              "fail",
              "skip",
              "error"
            ]
          },
          "reason": {
            "$ref": "reason.schema.json"
          }
        }
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/error.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/error.schema.json",
    "title": "TrustError",
    "description": "The JSON-RPC error object every mcp-trust verifier returns on a refused request (spec/common-profile.md#errors). One code, outside the JSON-RPC reserved range -32768..-32000; the cause is in `data.reason`.",
    "type": "object",
    "required": [
      "code",
      "message",
      "data"
    ],
    "additionalProperties": false,
    "properties": {
      "code": {
        "const": -31000
      },
      "message": {
        "type": "string",
        "maxLength": 1024
      },
      "data": {
        "title": "TrustErrorData",
        "type": "object",
        "required": [
          "reason"
        ],
        "properties": {
          "reason": {
            "$ref": "reason.schema.json"
          },
          "requestId": {
            "type": [
              "string",
              "integer",
              "null"
            ]
          },
          "pointer": {
            "description": "RFC 6901 JSON pointer to the offending member, when there is one.",
            "type": "string",
            "maxLength": 1024
          }
        }
      }
    },
    "examples": [
      {
        "code": -31000,
        "message": "the signature does not verify over the canonical signing input",
        "data": {
          "reason": "signature_invalid",
          "requestId": 7,
          "pointer": "/signature"
        }
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/evidence.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/evidence.schema.json",
    "title": "Evidence",
    "description": "The evidence container carried at `params._meta[\"org.mcp-trust/evidence\"]` of a `tools/call` request (spec/common-profile.md#evidence-container). Known item types: `tool-call-attestation` (spec/tool-call-attestation.md) and the transport identity items `actor`, `cap-token`, `agent-identity`, `agent-intent`, `agent-session` (spec/transport-headers.md). Each item is typed and versioned; a verifier checks the items its policy requires and ignores item types it does not know.",
    "type": "object",
    "required": [
      "items"
    ],
    "additionalProperties": false,
    "properties": {
      "items": {
        "type": "array",
        "minItems": 1,
        "maxItems": 16,
        "items": {
          "$ref": "#/$defs/evidenceItem"
        }
      }
    },
    "$defs": {
      "evidenceItem": {
        "title": "EvidenceItem",
        "type": "object",
        "required": [
          "type",
          "version",
          "value"
        ],
        "additionalProperties": false,
        "properties": {
          "type": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$",
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 65535
          },
          "value": {
            "type": "object"
          }
        },
        "allOf": [
          {
            "if": {
              "properties": {
                "type": {
                  "const": "tool-call-attestation"
                }
              },
              "required": [
                "type"
              ]
            },
            "then": {
              "properties": {
                "version": {
                  "const": 1
                },
                "value": {
                  "$ref": "tool-call-attestation.schema.json"
                }
              }
            }
          },
          {
            "if": {
              "properties": {
                "type": {
                  "const": "actor"
                }
              },
              "required": [
                "type"
              ]
            },
            "then": {
              "properties": {
                "version": {
                  "const": 1
                },
                "value": {
                  "$ref": "actor.schema.json"
                }
              }
            }
          },
          {
            "if": {
              "properties": {
                "type": {
                  "const": "cap-token"
                }
              },
              "required": [
                "type"
              ]
            },
            "then": {
              "properties": {
                "version": {
                  "const": 1
                },
                "value": {
                  "$ref": "cap-token.schema.json"
                }
              }
            }
          },
          {
            "if": {
              "properties": {
                "type": {
                  "const": "agent-identity"
                }
              },
              "required": [
                "type"
              ]
            },
            "then": {
              "properties": {
                "version": {
                  "const": 1
                },
                "value": {
                  "$ref": "agent-identity.schema.json"
                }
              }
            }
          },
          {
            "if": {
              "properties": {
                "type": {
                  "const": "agent-intent"
                }
              },
              "required": [
                "type"
              ]
            },
            "then": {
              "properties": {
                "version": {
                  "const": 1
                },
                "value": {
                  "$ref": "agent-intent.schema.json"
                }
              }
            }
          },
          {
            "if": {
              "properties": {
                "type": {
                  "const": "agent-session"
                }
              },
              "required": [
                "type"
              ]
            },
            "then": {
              "properties": {
                "version": {
                  "const": 1
                },
                "value": {
                  "$ref": "agent-session.schema.json"
                }
              }
            }
          }
        ]
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/operator-credential-claims.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/operator-credential-claims.schema.json",
    "title": "OperatorCredentialClaims",
    "description": "The claims of an operator credential (identity type `operator`, spec/transport-headers.md#agent-identity-types), `typ` `mcp-operator-credential+jwt`, issued by the operator itself (its `iss` is the operatorId and is in the policy's identity.operator trust store). Closed. Lifetime (at most 86400 seconds) is checked by the verifier.",
    "type": "object",
    "required": [
      "iss",
      "sub",
      "aud",
      "iat",
      "exp"
    ],
    "additionalProperties": false,
    "properties": {
      "iss": {
        "description": "The operator identifier (operatorId).",
        "$ref": "common.schema.json#/$defs/identifier"
      },
      "sub": {
        "description": "The agent identifier (agentId).",
        "$ref": "common.schema.json#/$defs/actorId"
      },
      "aud": {
        "$ref": "common.schema.json#/$defs/identifier"
      },
      "iat": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "exp": {
        "$ref": "common.schema.json#/$defs/unixTime"
      },
      "sid": {
        "$ref": "common.schema.json#/$defs/sessionId"
      }
    },
    "$defs": {
      "header": {
        "title": "OperatorCredentialHeader",
        "description": "The JWS protected header: exactly `alg`, `typ` and `kid`. Any other member (`crit`, `jku`, `jwk`, `x5u`, `x5c`, `b64`, ...) makes the token malformed.",
        "type": "object",
        "required": [
          "alg",
          "typ",
          "kid"
        ],
        "additionalProperties": false,
        "properties": {
          "alg": {
            "$ref": "common.schema.json#/$defs/algorithmName"
          },
          "typ": {
            "const": "mcp-operator-credential+jwt"
          },
          "kid": {
            "description": "The key identifier in the operator's JWKS.",
            "type": "string",
            "pattern": "^[\\x21-\\x7e]{1,128}$"
          }
        }
      }
    },
    "examples": [
      {
        "iss": "https://operator.example",
        "sub": "agent:archiver",
        "aud": "https://files.example/mcp",
        "iat": 1780315200,
        "exp": 1780401600
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/policy.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/policy.schema.json",
    "title": "Policy",
    "description": "What a verifier in front of an MCP server (middleware or gateway) requires, per tool (spec/gateway-decision.md#policy). Configuration written by the operator; never taken from a request.",
    "type": "object",
    "required": [
      "server",
      "trustStore"
    ],
    "additionalProperties": false,
    "properties": {
      "$schema": {
        "type": "string"
      },
      "server": {
        "type": "object",
        "required": [
          "fingerprint"
        ],
        "additionalProperties": false,
        "properties": {
          "fingerprint": {
            "$ref": "common.schema.json#/$defs/digest"
          }
        }
      },
      "trustStore": {
        "$ref": "trust-store.schema.json"
      },
      "algorithms": {
        "description": "Algorithm allow-list (default: HS256, ES256, RS256).",
        "type": "array",
        "minItems": 1,
        "uniqueItems": true,
        "items": {
          "enum": [
            "HS256",
            "ES256",
            "RS256"
          ]
        }
      },
      "clockSkewSeconds": {
        "type": "integer",
        "minimum": 0,
        "maximum": 300
      },
      "failureMode": {
        "description": "What happens when a dependency (replay store, key source) fails: closed refuses the call, open lets it through and records the bypass.",
        "enum": [
          "closed",
          "open"
        ]
      },
      "defaults": {
        "$ref": "#/$defs/toolPolicy"
      },
      "transport": {
        "$ref": "#/$defs/transportPolicy"
      },
      "tools": {
        "description": "Per-tool policy by exact tool name; a tool not listed gets `defaults`.",
        "type": "object",
        "propertyNames": {
          "minLength": 1,
          "maxLength": 128
        },
        "additionalProperties": {
          "$ref": "#/$defs/toolPolicy"
        }
      }
    },
    "$defs": {
      "toolPolicy": {
        "title": "ToolPolicy",
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "evidence": {
            "description": "Evidence item types this tool requires; an empty list requires none.",
            "type": "array",
            "uniqueItems": true,
            "items": {
              "enum": [
                "tool-call-attestation",
                "actor",
                "cap-token",
                "agent-identity",
                "agent-intent",
                "agent-session"
              ]
            }
          },
          "issuers": {
            "description": "Issuers whose attestations this tool accepts (default: every issuer in the trust store).",
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "minLength": 1
            }
          },
          "requiredCapability": {
            "description": "plannerDeclared.requestedCapability must equal this.",
            "type": "string",
            "minLength": 1
          },
          "argsCommitment": {
            "description": "Accepted kinds of arguments commitment (default identity, hash, reference; add redacted to accept redacted projections).",
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "enum": [
                "identity",
                "hash",
                "reference",
                "redacted"
              ]
            }
          },
          "failureMode": {
            "enum": [
              "closed",
              "open"
            ]
          },
          "identityTypes": {
            "description": "Agent identity types this tool accepts (spec/transport-headers.md#agent-identity-types); default every type the transport section configures. Another type is identity_invalid.",
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "enum": [
                "jwt",
                "did",
                "oauth",
                "mtls",
                "operator"
              ]
            }
          },
          "singleUseCapToken": {
            "description": "Consume the leaf capability token's (iss, jti) so that it serves one call (default false).",
            "type": "boolean"
          },
          "requireProofOfPossession": {
            "description": "Require a cnf confirmation on the leaf capability token (default false).",
            "type": "boolean"
          }
        }
      },
      "transportPolicy": {
        "title": "TransportPolicy",
        "description": "Configuration of the transport identity checks (spec/transport-headers.md#policy).",
        "type": "object",
        "required": [
          "audience"
        ],
        "additionalProperties": false,
        "properties": {
          "audience": {
            "description": "This server's audience identifier: the aud that capability tokens and identity credentials must name.",
            "$ref": "common.schema.json#/$defs/identifier"
          },
          "tokenAlgorithms": {
            "description": "Algorithm allow-list for capability tokens and identity credentials (default ES256, EdDSA). HS* never.",
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "enum": [
                "ES256",
                "EdDSA"
              ]
            }
          },
          "capTokenIssuers": {
            "description": "Keys of the root capability-token issuers and of the servers that forward tokens; the root issuer must be listed here.",
            "$ref": "trust-store.schema.json"
          },
          "maxChainLength": {
            "description": "Longest accepted capability token chain (default 4).",
            "type": "integer",
            "minimum": 1,
            "maximum": 4
          },
          "identity": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "jwt": {
                "description": "Issuers of agent identity JWTs (types jwt and mtls).",
                "type": "object",
                "required": [
                  "issuers"
                ],
                "additionalProperties": false,
                "properties": {
                  "issuers": {
                    "$ref": "trust-store.schema.json"
                  }
                }
              },
              "operator": {
                "description": "Operators whose credentials are accepted (type operator); each issuer is an operatorId.",
                "type": "object",
                "required": [
                  "issuers"
                ],
                "additionalProperties": false,
                "properties": {
                  "issuers": {
                    "$ref": "trust-store.schema.json"
                  }
                }
              },
              "did": {
                "description": "DID proofs (type did): the secret of the stateless challenge and how long a challenge stays valid.",
                "type": "object",
                "required": [
                  "challengeSecret"
                ],
                "additionalProperties": false,
                "properties": {
                  "challengeSecret": {
                    "description": "At least 32 random bytes, base64url without padding.",
                    "type": "string",
                    "pattern": "^[A-Za-z0-9_-]{43,512}$"
                  },
                  "challengeTtlSeconds": {
                    "description": "Default 120.",
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 600
                  }
                }
              },
              "oauth": {
                "description": "OAuth access tokens (type oauth), checked by RFC 7662 token introspection.",
                "type": "object",
                "required": [
                  "introspectionUrl"
                ],
                "additionalProperties": false,
                "properties": {
                  "introspectionUrl": {
                    "type": "string",
                    "pattern": "^https?://[^\\s]+$",
                    "maxLength": 2048
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/reason.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/reason.schema.json",
    "title": "Reason",
    "description": "The closed registry of `error.data.reason` strings. Each entry carries the HTTP status it maps to (400 malformed, 401 authentication, 403 authorization, 502 a gateway could not reach the server behind it, 503 a dependency of the verifier failed). Defined in spec/reasons.md.",
    "type": "string",
    "oneOf": [
      {
        "const": "json_invalid",
        "description": "The input is not strict I-JSON: a syntax error, a duplicate member name, a member named __proto__, a lone surrogate, a byte order mark, invalid UTF-8, an integer outside ±(2^53−1), a number that overflows to infinity or underflows to zero, or negative zero.",
        "x-http-status": 400
      },
      {
        "const": "limit_exceeded",
        "description": "The input is larger than the configured size limit (default 65536 bytes) or nested deeper than the configured depth limit (default 32).",
        "x-http-status": 400
      },
      {
        "const": "request_malformed",
        "description": "The tools/call request around the evidence is not well-formed: params, name, arguments or _meta missing where required or of the wrong type.",
        "x-http-status": 400
      },
      {
        "const": "envelope_malformed",
        "description": "The evidence is well-formed JSON but does not match its schema: a missing or unknown member, a wrong type, a non-integer number in an envelope field, non-canonical hex, an unparseable timestamp, or an ambiguous tool-call list.",
        "x-http-status": 400
      },
      {
        "const": "evidence_ambiguous",
        "description": "A request carries one kind of evidence more than once: two items of one known type in the evidence container, or an attestation at SEP-2787's _meta.attestation that differs from the container's.",
        "x-http-status": 400
      },
      {
        "const": "attestation_required",
        "description": "The policy requires a tool-call attestation and the request carries none.",
        "x-http-status": 401
      },
      {
        "const": "algorithm_unsupported",
        "description": "The envelope names a signature algorithm that is not in the verifier's configured allow-list.",
        "x-http-status": 401
      },
      {
        "const": "key_unavailable",
        "description": "The verifier's trust store has no usable key for the envelope's issuer, key version and algorithm.",
        "x-http-status": 401
      },
      {
        "const": "signature_invalid",
        "description": "The signature does not verify over the canonical signing input, or has the wrong length or encoding for its algorithm.",
        "x-http-status": 401
      },
      {
        "const": "not_yet_valid",
        "description": "The envelope's issue time lies further in the future than the allowed clock skew.",
        "x-http-status": 401
      },
      {
        "const": "expired",
        "description": "The envelope's lifetime plus the allowed clock skew has passed.",
        "x-http-status": 401
      },
      {
        "const": "nonce_replay",
        "description": "The envelope's nonce was already consumed by an accepted call from the same issuer.",
        "x-http-status": 401
      },
      {
        "const": "server_mismatch",
        "description": "No tool-call entry names this server's fingerprint.",
        "x-http-status": 403
      },
      {
        "const": "tool_mismatch",
        "description": "The tool-call entry for this server names a different tool.",
        "x-http-status": 403
      },
      {
        "const": "args_commitment_mismatch",
        "description": "The arguments being executed are not the arguments the envelope commits to, or the commitment cannot be checked.",
        "x-http-status": 403
      },
      {
        "const": "issuer_not_permitted",
        "description": "The attestation's issuer is trusted by the verifier but not for this tool.",
        "x-http-status": 403
      },
      {
        "const": "capability_mismatch",
        "description": "The tool's policy requires a capability the attestation's plannerDeclared.requestedCapability does not name.",
        "x-http-status": 403
      },
      {
        "const": "replay_store_unavailable",
        "description": "The replay store could not be reached or failed; the call is refused (fail-closed) unless the operator chose fail-open.",
        "x-http-status": 503
      },
      {
        "const": "upstream_unavailable",
        "description": "A gateway could not reach the MCP server behind it: the connection was refused or reset, or no response arrived within the configured timeout. The message was not delivered; it is not a verdict on the evidence.",
        "x-http-status": 502
      },
      {
        "const": "header_malformed",
        "description": "One of the transport headers (MCP-Actor, MCP-Cap-Token, MCP-Agent-Identity, MCP-Agent-Intent, MCP-Agent-Session) is not a valid RFC 9651 structured field of its type, breaks its schema, contains characters its type does not allow, or is larger than its limit.",
        "x-http-status": 400
      },
      {
        "const": "header_duplicated",
        "description": "One of the transport headers appears more than once in the HTTP request (including values joined by an intermediary).",
        "x-http-status": 400
      },
      {
        "const": "header_mismatch",
        "description": "A transport header disagrees with its _meta twin in the evidence container, or is present without it; the body is authoritative (the semantics of MCP's -32020 HeaderMismatch).",
        "x-http-status": 400
      },
      {
        "const": "token_malformed",
        "description": "A compact JWS or JWT (capability token, identity credential, DID proof) is not well-formed: wrong number of segments, non-canonical base64url, a header or claims set that is not strict I-JSON, or a missing, unknown or mistyped required member.",
        "x-http-status": 400
      },
      {
        "const": "evidence_required",
        "description": "The tool's policy requires an evidence item (actor, cap-token, agent-identity, agent-intent, agent-session) that the request does not carry.",
        "x-http-status": 401
      },
      {
        "const": "lifetime_exceeded",
        "description": "A token or credential declares a lifetime longer than its profile allows (300 seconds for a capability token).",
        "x-http-status": 401
      },
      {
        "const": "audience_mismatch",
        "description": "A token or credential is addressed to another audience than this server.",
        "x-http-status": 403
      },
      {
        "const": "actor_mismatch",
        "description": "The actor does not equal the subject of the verified capability token or identity proof.",
        "x-http-status": 403
      },
      {
        "const": "scope_insufficient",
        "description": "The capability token's scope does not cover this method and tool.",
        "x-http-status": 403
      },
      {
        "const": "scope_escalation",
        "description": "A forwarded capability token claims a scope its parent token does not grant.",
        "x-http-status": 403
      },
      {
        "const": "chain_invalid",
        "description": "A capability token chain is broken: a token does not name its parent by digest, outlives it, changes its subject, is not issued by its parent's audience, or the chain is longer than allowed.",
        "x-http-status": 403
      },
      {
        "const": "key_binding_mismatch",
        "description": "Proof of possession failed: the token's confirmation key (cnf) is not the key the caller proved possession of, or the mTLS certificate thumbprint does not match.",
        "x-http-status": 401
      },
      {
        "const": "identity_invalid",
        "description": "The agent identity proof does not establish an identity: an inactive or unknown OAuth token, an unresolvable or unsupported DID, a DID document without the signing key, or a proof type the policy does not accept.",
        "x-http-status": 401
      },
      {
        "const": "challenge_required",
        "description": "The agent identity proof needs a fresh server challenge: none was signed, or the signed one is not this server's, has expired or was already used. The decision is challenge and carries a new challenge.",
        "x-http-status": 401
      },
      {
        "const": "intent_out_of_scope",
        "description": "The call is outside the scope the agent declared in its intent. The decision is challenge.",
        "x-http-status": 403
      },
      {
        "const": "session_mismatch",
        "description": "Evidence bound to one agent session was presented in another, or in none.",
        "x-http-status": 403
      },
      {
        "const": "resolver_unavailable",
        "description": "A resolver the verifier depends on (OAuth introspection, DID resolution, key source) failed; the call is refused unless the operator chose fail-open.",
        "x-http-status": 503
      }
    ]
  },
  "https://mcp-trust.org/schemas/v1/tool-call-attestation-vaara-v2.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/tool-call-attestation-vaara-v2.schema.json",
    "title": "ToolCallAttestationVaaraV2",
    "description": "The earlier SEP-2787 shape used by the PR 2789 and vaara vectors, read as the `vaara-v2` compatibility profile (spec/tool-call-attestation.md#compatibility-profile-vaara-v2). The schema is closed.",
    "type": "object",
    "required": [
      "version",
      "alg",
      "issuerAsserted",
      "plannerDeclared",
      "payloadDerived",
      "signature"
    ],
    "additionalProperties": false,
    "properties": {
      "version": {
        "const": 1
      },
      "alg": {
        "$ref": "common.schema.json#/$defs/algorithmName"
      },
      "issuerAsserted": {
        "type": "object",
        "required": [
          "alg",
          "iss",
          "sub",
          "secretVersion",
          "iat",
          "expSeconds",
          "nonce"
        ],
        "additionalProperties": false,
        "properties": {
          "alg": {
            "$ref": "common.schema.json#/$defs/algorithmName"
          },
          "iss": {
            "$ref": "common.schema.json#/$defs/identifier"
          },
          "sub": {
            "$ref": "common.schema.json#/$defs/identifier"
          },
          "secretVersion": {
            "type": "string",
            "pattern": "^[\\x21-\\x7e]{1,128}$"
          },
          "iat": {
            "$ref": "common.schema.json#/$defs/timestamp"
          },
          "expSeconds": {
            "type": "integer",
            "minimum": 1,
            "maximum": 86400
          },
          "nonce": {
            "type": "string",
            "pattern": "^[\\x21-\\x7e]{8,256}$"
          }
        }
      },
      "plannerDeclared": {
        "type": "object",
        "required": [
          "intent"
        ],
        "additionalProperties": false,
        "properties": {
          "intent": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4096,
            "pattern": "\\S"
          },
          "requestedCapability": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256
          }
        }
      },
      "payloadDerived": {
        "type": "object",
        "required": [
          "toolCalls"
        ],
        "additionalProperties": false,
        "properties": {
          "toolCalls": {
            "type": "array",
            "minItems": 1,
            "maxItems": 64,
            "items": {
              "type": "object",
              "required": [
                "name",
                "serverFingerprint",
                "args"
              ],
              "additionalProperties": false,
              "properties": {
                "name": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 128
                },
                "serverFingerprint": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 512
                },
                "args": {
                  "oneOf": [
                    {
                      "$ref": "#/$defs/argsRef"
                    },
                    {
                      "$ref": "#/$defs/argsProjection"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "signature": {
        "$ref": "common.schema.json#/$defs/signatureHex"
      }
    },
    "$defs": {
      "argsRef": {
        "title": "VaaraArgsRef",
        "type": "object",
        "required": [
          "ref",
          "digest",
          "canonicalization"
        ],
        "additionalProperties": false,
        "properties": {
          "ref": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2048
          },
          "digest": {
            "$ref": "common.schema.json#/$defs/digest"
          },
          "canonicalization": {
            "const": "jcs"
          }
        }
      },
      "argsProjection": {
        "title": "VaaraArgsProjection",
        "type": "object",
        "required": [
          "projection",
          "projectionDigest"
        ],
        "additionalProperties": false,
        "properties": {
          "projection": {
            "type": "string",
            "minLength": 2,
            "maxLength": 65536
          },
          "projectionDigest": {
            "$ref": "common.schema.json#/$defs/digest"
          }
        }
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/tool-call-attestation.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/tool-call-attestation.schema.json",
    "title": "ToolCallAttestation",
    "description": "A signed tool-call attestation in the SEP-2787 shape (spec/tool-call-attestation.md#envelope). The signature covers the RFC 8785 canonical form of every member except `signature`. The schema is closed: a verifier rejects unknown members.",
    "type": "object",
    "required": [
      "issuerAsserted",
      "plannerDeclared",
      "payloadDerived",
      "signature"
    ],
    "additionalProperties": false,
    "properties": {
      "issuerAsserted": {
        "$ref": "#/$defs/issuerAsserted"
      },
      "plannerDeclared": {
        "$ref": "#/$defs/plannerDeclared"
      },
      "payloadDerived": {
        "$ref": "#/$defs/payloadDerived"
      },
      "signature": {
        "$ref": "common.schema.json#/$defs/signatureHex"
      }
    },
    "$defs": {
      "issuerAsserted": {
        "title": "IssuerAsserted",
        "description": "What the issuer vouches for: who signed, for whom, with which key, and when.",
        "type": "object",
        "required": [
          "alg",
          "iss",
          "sub",
          "secretVersion",
          "iat",
          "expSeconds",
          "nonce"
        ],
        "additionalProperties": false,
        "properties": {
          "alg": {
            "$ref": "common.schema.json#/$defs/algorithmName"
          },
          "iss": {
            "$ref": "common.schema.json#/$defs/identifier"
          },
          "sub": {
            "$ref": "common.schema.json#/$defs/identifier"
          },
          "secretVersion": {
            "description": "The key identifier: the `kid` of the issuer's key in the verifier's trust store.",
            "type": "string",
            "pattern": "^[\\x21-\\x7e]{1,128}$"
          },
          "iat": {
            "$ref": "common.schema.json#/$defs/timestamp"
          },
          "expSeconds": {
            "description": "Lifetime in seconds after `iat`, written as an integer literal.",
            "type": "integer",
            "minimum": 1,
            "maximum": 86400
          },
          "nonce": {
            "description": "At least 16 random bytes, base64url without padding (22 to 256 characters).",
            "type": "string",
            "pattern": "^[A-Za-z0-9_-]{22,256}$"
          }
        }
      },
      "plannerDeclared": {
        "title": "PlannerDeclared",
        "description": "What the planner declares: the purpose of the call. Signed, but not checked against anything by this extension.",
        "type": "object",
        "required": [
          "intent"
        ],
        "additionalProperties": false,
        "properties": {
          "intent": {
            "type": "string",
            "minLength": 1,
            "maxLength": 4096,
            "pattern": "\\S"
          },
          "requestedCapability": {
            "type": "string",
            "minLength": 1,
            "maxLength": 256
          },
          "plannerRef": {
            "type": "string",
            "minLength": 1,
            "maxLength": 512
          }
        }
      },
      "payloadDerived": {
        "title": "PayloadDerived",
        "description": "What is derived from the call itself: one entry per (server, tool) pair.",
        "type": "object",
        "required": [
          "toolCalls"
        ],
        "additionalProperties": false,
        "properties": {
          "toolCalls": {
            "type": "array",
            "minItems": 1,
            "maxItems": 64,
            "items": {
              "$ref": "#/$defs/toolCall"
            }
          }
        }
      },
      "toolCall": {
        "title": "ToolCall",
        "type": "object",
        "required": [
          "name",
          "serverFingerprint"
        ],
        "additionalProperties": false,
        "anyOf": [
          {
            "required": [
              "argsRef"
            ]
          },
          {
            "required": [
              "argsProjection"
            ]
          }
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          },
          "serverFingerprint": {
            "$ref": "common.schema.json#/$defs/digest"
          },
          "argsRef": {
            "$ref": "#/$defs/argsRef"
          },
          "argsProjection": {
            "description": "The RFC 8785 canonical JSON text of the arguments (identity), of a redacted view of them, or of {\"digest\": <digest of the canonical arguments>} (hash-only).",
            "type": "string",
            "minLength": 2,
            "maxLength": 65536
          }
        }
      },
      "argsRef": {
        "title": "ArgsRef",
        "description": "A reference to content that must be exactly the RFC 8785 canonical bytes of the arguments.",
        "type": "object",
        "required": [
          "uri",
          "digest"
        ],
        "additionalProperties": false,
        "properties": {
          "uri": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2048,
            "pattern": "^[A-Za-z][A-Za-z0-9+.-]*:\\S+$"
          },
          "digest": {
            "$ref": "common.schema.json#/$defs/digest"
          }
        }
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/trust-store.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/trust-store.schema.json",
    "title": "TrustStore",
    "description": "The verifier's keys, one JWKS (RFC 7517) per issuer (spec/common-profile.md#keys). A key is found by the envelope's `iss`, then by `kid` equal to `secretVersion` and `alg` equal to the envelope's algorithm. Public keys only, except `oct` secrets for HS256. The same format holds the capability-token and agent-identity issuers of spec/transport-headers.md, whose keys may also be Ed25519 (`kty` `OKP`, `crv` `Ed25519`, `alg` `EdDSA`, RFC 8037); the attestation verifier's allow-list does not include EdDSA.",
    "type": "object",
    "required": [
      "issuers"
    ],
    "additionalProperties": false,
    "properties": {
      "issuers": {
        "type": "object",
        "propertyNames": {
          "minLength": 1,
          "maxLength": 512
        },
        "maxProperties": 1024,
        "additionalProperties": {
          "$ref": "#/$defs/jwks"
        }
      }
    },
    "$defs": {
      "jwks": {
        "title": "Jwks",
        "type": "object",
        "required": [
          "keys"
        ],
        "properties": {
          "keys": {
            "type": "array",
            "maxItems": 64,
            "items": {
              "$ref": "#/$defs/jwk"
            }
          }
        }
      },
      "jwk": {
        "title": "Jwk",
        "description": "A JSON Web Key with a required `kid` and `alg`. Private members of EC and RSA keys are refused.",
        "type": "object",
        "required": [
          "kty",
          "kid",
          "alg"
        ],
        "properties": {
          "kty": {
            "enum": [
              "oct",
              "EC",
              "RSA",
              "OKP"
            ]
          },
          "kid": {
            "type": "string",
            "pattern": "^[\\x21-\\x7e]{1,128}$"
          },
          "alg": {
            "$ref": "common.schema.json#/$defs/algorithmName"
          },
          "use": {
            "const": "sig"
          },
          "k": {
            "type": "string"
          },
          "crv": {
            "type": "string"
          },
          "x": {
            "type": "string"
          },
          "y": {
            "type": "string"
          },
          "n": {
            "type": "string"
          },
          "e": {
            "type": "string"
          }
        },
        "if": {
          "properties": {
            "kty": {
              "const": "OKP"
            }
          },
          "required": [
            "kty"
          ]
        },
        "then": {
          "description": "An Ed25519 public key (RFC 8037): crv Ed25519, alg EdDSA, x the 32-byte key in canonical base64url, no members of other key types.",
          "required": [
            "crv",
            "x"
          ],
          "properties": {
            "crv": {
              "const": "Ed25519"
            },
            "alg": {
              "const": "EdDSA"
            },
            "x": {
              "type": "string",
              "pattern": "^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$"
            }
          },
          "not": {
            "anyOf": [
              {
                "required": [
                  "y"
                ]
              },
              {
                "required": [
                  "k"
                ]
              },
              {
                "required": [
                  "n"
                ]
              },
              {
                "required": [
                  "e"
                ]
              }
            ]
          }
        },
        "not": {
          "anyOf": [
            {
              "required": [
                "d"
              ]
            },
            {
              "required": [
                "p"
              ]
            },
            {
              "required": [
                "q"
              ]
            },
            {
              "required": [
                "dp"
              ]
            },
            {
              "required": [
                "dq"
              ]
            },
            {
              "required": [
                "qi"
              ]
            },
            {
              "required": [
                "oth"
              ]
            }
          ]
        }
      }
    }
  },
  "https://mcp-trust.org/schemas/v1/verification-result.schema.json": {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://mcp-trust.org/schemas/v1/verification-result.schema.json",
    "title": "VerificationResult",
    "description": "The one JSON line an adapter prints on stdout for a verification verb (conformance/adapter-protocol.md).",
    "type": "object",
    "required": [
      "verdict",
      "reason"
    ],
    "properties": {
      "verdict": {
        "enum": [
          "accept",
          "reject"
        ]
      },
      "reason": {
        "anyOf": [
          {
            "$ref": "reason.schema.json"
          },
          {
            "type": "null"
          }
        ]
      },
      "argsCommitment": {
        "enum": [
          "identity",
          "hash",
          "reference",
          "redacted",
          null
        ]
      },
      "signingInput": {
        "type": "string",
        "pattern": "^(?:[0-9a-f]{2})*$"
      },
      "pointer": {
        "type": "string"
      }
    }
  },
});

/** True when `id` is the `$id` of one of the embedded schemas. */
export function isSchemaId(id: unknown): id is SchemaId {
  return typeof id === "string" && Object.hasOwn(SCHEMAS, id);
}
