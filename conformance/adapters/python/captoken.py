"""Capability token chains (spec/transport-headers.md#capability-token; schemas/cap-token-claims.schema.json).

tokens[0] is the root, tokens[-1] the leaf presented to this server. Order of the checks (strict reading of the
brief, each in chain order root -> leaf):
1. more tokens than the policy's maxChainLength -> chain_invalid;
2. every token: segments, canonical base64url, strict JSON, exact header, closed claims -> token_malformed;
3. the root carries no ``parent`` (chain_invalid) and its issuer is a capTokenIssuers issuer (issuer_not_permitted);
4. every token: algorithm allow-list, key by (iss, kid, alg), signature, time (lifetime at most 300 s); and for every
   child the link to its parent (parent digest, iss = parent.aud, sub = parent.sub, exp <= parent.exp; chain_invalid),
   then its scope within the parent's (scope_escalation);
5. the leaf: aud = the policy's audience (audience_mismatch), scope covers the call (scope_insufficient), and proof
   of possession (key_binding_mismatch).
"""

import hashlib
import re

from errors import Refusal
from jws import check_times, parse_compact, verify_signature
from twins import SCOPE_STRING, is_actor_id, is_identifier, is_session_id

TYP = "mcp-cap+jwt"
MAX_LIFETIME = 300
MAX_UNIX = 2 ** 53 - 1
_KID = re.compile(r"[\x21-\x7e]{1,128}")
_JTI = re.compile(r"[A-Za-z0-9_-]{16,128}")
_JKT = re.compile(r"[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]")
_DIGEST = re.compile(r"sha256:[0-9a-f]{64}")


def is_unix_time(value):
    return type(value) is int and 0 <= value <= MAX_UNIX  # an integer literal: 300.0 is a float here


def is_jkt(value):
    return isinstance(value, str) and _JKT.fullmatch(value) is not None


def kid_ok(kid):
    return _KID.fullmatch(kid) is not None


def claims_problem(claims):
    """cap-token-claims.schema.json, closed."""
    required = ("iss", "sub", "aud", "scope", "iat", "exp", "jti")
    for name in claims:
        if name not in required and name not in ("nbf", "cnf", "parent", "sid"):
            return "unknown claim %r" % name
    for name in required:
        if name not in claims:
            return "missing claim %r" % name
    if not is_identifier(claims["iss"]) or not is_identifier(claims["aud"]):
        return "iss and aud must be identifiers"
    if not is_actor_id(claims["sub"]):
        return "sub must be an actor id"
    scope = claims["scope"]
    if not isinstance(scope, str) or len(scope) > 4096 or not SCOPE_STRING.fullmatch(scope):
        return "scope must be scope entries separated by single spaces"
    for name in ("iat", "exp", "nbf"):
        if name in claims and not is_unix_time(claims[name]):
            return "%s must be an integer NumericDate" % name
    if not isinstance(claims["jti"], str) or not _JTI.fullmatch(claims["jti"]):
        return "jti must be 16 to 128 base64url characters"
    if "cnf" in claims:
        cnf = claims["cnf"]
        if not isinstance(cnf, dict) or set(cnf) != {"jkt"} or not is_jkt(cnf["jkt"]):
            return "cnf must be exactly {jkt: <RFC 7638 thumbprint>}"
    if "parent" in claims and not (isinstance(claims["parent"], str) and _DIGEST.fullmatch(claims["parent"])):
        return "parent must be sha256:<64 hex>"
    if "sid" in claims and not is_session_id(claims["sid"]):
        return "sid must be a session id"
    return None


def entries(scope):
    return scope.split(" ")


def covers(scope, entry):
    """A method entry is covered by itself; tools/call:T by tools/call:T or tools/call:*."""
    if entry in scope:
        return True
    return entry.startswith("tools/call:") and "tools/call:*" in scope


def call_entry(tool):
    return "tools/call:" + tool


def verify_chain(tokens, transport, tool, now, skew, pop_thumbprints, tool_policy):
    """Returns the claims of the root and of the leaf; raises Refusal. pop_thumbprints: the RFC 7638 thumbprints of the keys the call
    proved possession of (the attestation's key, a verified did identity's key)."""
    max_chain = transport.max_chain if transport is not None else 4
    if len(tokens) > max_chain:
        raise Refusal("chain_invalid", "a chain of %d tokens, at most %d allowed" % (len(tokens), max_chain))
    parsed = [parse_compact(t, "capability token %d" % i, TYP, kid_ok, claims_problem) for i, t in enumerate(tokens)]
    root = parsed[0].claims
    if "parent" in root:
        raise Refusal("chain_invalid", "the root token names a parent")
    store = transport.cap_issuers if transport is not None else None
    if store is None or root["iss"] not in store.issuers():
        raise Refusal("issuer_not_permitted", "the root issuer %r is not a capTokenIssuers issuer" % root["iss"])
    algorithms = transport.algorithms
    for i, jws in enumerate(parsed):
        what = "capability token %d" % i
        claims = jws.claims
        alg = jws.header["alg"]
        if alg not in algorithms:
            raise Refusal("algorithm_unsupported", "%s: algorithm %r is not allowed" % (what, alg))
        key = store.lookup(claims["iss"], jws.header["kid"], alg)
        if key is None:
            raise Refusal("key_unavailable", "%s: no %s key %r for %r" % (what, alg, jws.header["kid"], claims["iss"]))
        verify_signature(key, jws, what)
        check_times(claims, now, skew, MAX_LIFETIME, what)
        if i == 0:
            continue
        parent = parsed[i - 1]
        expected = "sha256:" + hashlib.sha256(parent.compact.encode("ascii")).hexdigest()
        if claims.get("parent") != expected:
            raise Refusal("chain_invalid", "%s: parent is not the digest of the previous token" % what)
        if claims["iss"] != parent.claims["aud"]:
            raise Refusal("chain_invalid", "%s: iss is not the parent's aud" % what)
        if claims["sub"] != parent.claims["sub"]:
            raise Refusal("chain_invalid", "%s: sub differs from the parent's" % what)
        if claims["exp"] > parent.claims["exp"]:
            raise Refusal("chain_invalid", "%s: expires after its parent" % what)
        parent_scope = set(entries(parent.claims["scope"]))
        for entry in entries(claims["scope"]):
            if not covers(parent_scope, entry):
                raise Refusal("scope_escalation", "%s: scope entry %r is not in the parent's scope" % (what, entry))
    leaf = parsed[-1].claims
    if leaf["aud"] != transport.audience:
        raise Refusal("audience_mismatch", "the leaf token's aud is not this server's audience")
    if not covers(set(entries(leaf["scope"])), call_entry(tool)):
        raise Refusal("scope_insufficient", "the leaf token's scope does not cover tools/call of %r" % tool)
    if "cnf" in leaf:
        if leaf["cnf"]["jkt"] not in pop_thumbprints:
            raise Refusal("key_binding_mismatch", "cnf.jkt names no key this call proved possession of")
    elif tool_policy.require_pop:
        raise Refusal("key_binding_mismatch", "the policy requires proof of possession and the leaf has no cnf")
    return root, leaf
