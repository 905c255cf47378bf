"""Steps 6 to 13 of the verification order (spec/tool-call-attestation.md#verification-order), on an envelope that
has passed steps 1 to 5."""

import hashlib
import hmac

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

import jcs
from envelope import DIGEST
from errors import Refusal
from keys import P256_ORDER
from strict_json import JsonError, parse_text

DEFAULT_SKEW = 30


class Policy:
    def __init__(self, algorithms, server, now, allow_redacted=False, resolver=None, replay=None,
                 skew=DEFAULT_SKEW, permitted_issuers=None, required_capability=None):
        self.permitted_issuers = None if permitted_issuers is None else frozenset(permitted_issuers)
        self.required_capability = required_capability
        self.algorithms = frozenset(algorithms)
        self.server = server
        self.now = now
        self.allow_redacted = allow_redacted
        self.resolver = resolver or (lambda uri: None)
        self.replay = replay
        self.skew = skew


def digest_of(data):
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _same_digest(a, b):
    return hmac.compare_digest(a.encode("ascii", "replace"), b.encode("ascii", "replace"))


def verify(env, store, tool, arguments, policy):
    """Returns the argsCommitment kind on acceptance; raises Refusal otherwise."""
    # 6. algorithm allow-list, before any key is looked up
    if env.alg not in policy.algorithms:
        raise Refusal("algorithm_unsupported", "algorithm %r is not on the allow-list" % env.alg,
                      env.pointer("issuerAsserted", "alg"))
    # 7. key lookup by (iss, secretVersion, alg) and nothing else
    key = store.lookup(env.iss, env.kid, env.alg)
    if key is None:
        raise Refusal("key_unavailable", "no usable %s key %r for issuer %r" % (env.alg, env.kid, env.iss),
                      env.pointer("issuerAsserted", "secretVersion"))
    # 8. signature over the signing input
    check_signature(key, env.alg, env.signing_input(), bytes.fromhex(env.signature_hex), env.pointer("signature"))
    # 9. lifetime, both bounds inclusive
    if policy.now < env.iat - policy.skew:
        raise Refusal("not_yet_valid", "issued further in the future than the clock skew allows",
                      env.pointer("issuerAsserted", "iat"))
    if policy.now > env.iat + env.exp_seconds + policy.skew:
        raise Refusal("expired", "lifetime plus skew has passed", env.pointer("issuerAsserted", "expSeconds"))
    # 10. tool-call match
    mine = [tc for tc in env.tool_calls if tc.fingerprint == policy.server]
    if not mine:
        raise Refusal("server_mismatch", "no tool-call entry names this server",
                      env.pointer("payloadDerived", "toolCalls"))
    bound = [tc for tc in mine if tc.name == tool]
    if not bound:
        raise Refusal("tool_mismatch", "this server's entries name other tools",
                      env.pointer("payloadDerived", "toolCalls", mine[0].index, "name"))
    # 11. the tool's policy (spec/gateway-decision.md#policy): issuer permitted, then capability
    if policy.permitted_issuers is not None and env.iss not in policy.permitted_issuers:
        raise Refusal("issuer_not_permitted", "the tool's policy does not accept issuer %r" % env.iss,
                      env.pointer("issuerAsserted", "iss"))
    if policy.required_capability is not None:
        requested = env.raw["plannerDeclared"].get("requestedCapability")
        if requested != policy.required_capability:
            raise Refusal("capability_mismatch", "the tool requires capability %r, the attestation requests %r"
                          % (policy.required_capability, requested),
                          env.pointer("plannerDeclared", *(["requestedCapability"] if requested is not None else [])))
    # 12. arguments commitment
    kind = check_commitment(env, bound[0], arguments, policy)
    # 13. nonce consumption, only after everything else has passed
    if policy.replay is not None:
        policy.replay.consume(env.iss, env.nonce, env.iat + env.exp_seconds + policy.skew, policy.now,
                              env.pointer("issuerAsserted", "nonce"))
    return kind


def check_signature(key, alg, message, signature, pointer):
    def invalid(why):
        return Refusal("signature_invalid", why, pointer)

    if alg == "HS256":
        if len(signature) != 32:
            raise invalid("an HS256 signature is 32 bytes")
        mac = hmac.new(key.material, message, hashlib.sha256).digest()
        if not hmac.compare_digest(mac, signature):
            raise invalid("the HMAC does not verify over the signing input")
    elif alg == "ES256":
        if len(signature) != 64:
            raise invalid("an ES256 signature is 64 bytes of r||s")
        r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
        if not (0 < r < P256_ORDER and 0 < s < P256_ORDER):
            raise invalid("r or s is zero or not below the group order")
        try:
            key.material.verify(encode_dss_signature(r, s), message, ec.ECDSA(hashes.SHA256()))
        except InvalidSignature:
            raise invalid("the ECDSA signature does not verify over the signing input") from None
    elif alg == "RS256":
        if len(signature) != key.modulus_bytes:
            raise invalid("an RS256 signature is as long as the modulus")
        try:
            key.material.verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise invalid("the RSA signature does not verify over the signing input") from None
    else:  # unreachable: keys are only loaded for supported algorithms
        raise invalid("unsupported algorithm")


def check_commitment(env, entry, arguments, policy):
    """Step 12 for the matched entry, the argsRef first. Returns "identity" | "hash" | "reference" | "redacted"."""
    canonical = jcs.canonicalize(arguments)
    digest = digest_of(canonical)
    base = ["payloadDerived", "toolCalls", entry.index]
    vaara = env.profile == "vaara-v2"
    ref_ptr = env.pointer(*base, "args", "ref") if vaara else env.pointer(*base, "argsRef")
    proj_ptr = env.pointer(*base, "args", "projection") if vaara else env.pointer(*base, "argsProjection")

    def mismatch(why, pointer):
        return Refusal("args_commitment_mismatch", why, pointer)

    kind = None
    if entry.ref_uri is not None:
        content = policy.resolver(entry.ref_uri)
        if content is None:
            raise mismatch("the argsRef cannot be resolved", ref_ptr)
        if not _same_digest(digest_of(content), entry.ref_digest):
            raise mismatch("the resolved content does not match its digest", ref_ptr)
        if not hmac.compare_digest(content, canonical):
            raise mismatch("the resolved content is not the canonical arguments", ref_ptr)
        kind = "reference"
    if entry.projection is not None:
        projection = entry.projection.encode("utf-8")
        # vaara-v2: the projectionDigest before anything else about the projection
        if entry.projection_digest is not None and not _same_digest(digest_of(projection), entry.projection_digest):
            raise mismatch("projectionDigest is not the digest of the projection", proj_ptr)
        # identity, compared as text first: A may hold numbers (1e20 -> 100000000000000000000) that the strict
        # reader would refuse in a document
        if hmac.compare_digest(projection, canonical):
            return "identity"
        try:
            parsed = parse_text(entry.projection)
            canonical_projection = jcs.canonicalize(parsed)
        except (JsonError, jcs.CanonicalizationError) as exc:
            raise Refusal("envelope_malformed", "the projection is not strict JSON: %s" % exc, proj_ptr) from None
        if canonical_projection != projection:
            raise Refusal("envelope_malformed", "the projection is not in RFC 8785 form", proj_ptr)
        if (isinstance(parsed, dict) and set(parsed) == {"digest"} and isinstance(parsed["digest"], str)
                and DIGEST.fullmatch(parsed["digest"])):
            if not _same_digest(parsed["digest"], digest):
                raise mismatch("the hash-only projection is not the digest of the canonical arguments", proj_ptr)
            kind = "hash"
        elif kind == "reference":
            pass  # a redacted projection, but the argsRef of the same entry binds the arguments
        elif policy.allow_redacted:
            kind = "redacted"
        else:
            raise mismatch("a redacted projection commits to nothing and no argsRef binds the arguments", proj_ptr)
    return kind
