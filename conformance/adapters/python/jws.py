"""Compact JWS (RFC 7515 section 7.1) and JWT (RFC 7519) as the transport identity headers use them
(.design-transport.md; spec/transport-headers.md; schemas/*-claims.schema.json).

Before any cryptography, a token must be exactly three segments of canonical base64url (alphabet A-Z a-z 0-9 - _, no
padding, no white space, length mod 4 not 1, spare trailing bits zero: decoding then re-encoding gives the input back),
with a protected header and a claims set that the strict JSON reader accepts and that are objects: else
``token_malformed``. The protected header is exactly ``alg``, ``typ``, ``kid`` (so ``crit``, ``jku``, ``jwk``, ``x5u``,
``x5c``, ``b64`` are malformed); the claims set is closed and checked against the schema of its kind by the caller.

Signatures: ES256 is the raw r||s of 64 bytes (RFC 7518 section 3.4) with 0 < r, s < n; EdDSA is Ed25519
(RFC 8037) of 64 bytes with S < L (RFC 8032 section 5.1.7 step 1). HMAC never: a token signed with a shared secret
proves nothing about who made it.
"""

import base64
import hashlib
import json

from cryptography.exceptions import InvalidSignature

import ed25519
from errors import Refusal
from keys import b64url_decode_canonical
from strict_json import JsonError, parse_bytes
from verify import check_signature

HEADER_MEMBERS = frozenset({"alg", "typ", "kid"})


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


class Jws:
    __slots__ = ("compact", "header", "claims", "signing_input", "signature")

    def __init__(self, compact, header, claims, signing_input, signature):
        self.compact = compact
        self.header = header
        self.claims = claims
        self.signing_input = signing_input
        self.signature = signature


def _malformed(what, message, pointer=None):
    return Refusal("token_malformed", "%s: %s" % (what, message), pointer)


def parse_compact(token, what, typ, kid_ok, claims_check, pointer=None):
    """Segments, canonical base64url, strict JSON, the exact header (typ fixed, kid checked by kid_ok) and the claims
    schema (claims_check returns None or why not). Returns a Jws; raises Refusal(token_malformed)."""
    if not isinstance(token, str) or not token.isascii():
        raise _malformed(what, "not an ASCII string", pointer)
    parts = token.split(".")
    if len(parts) != 3:
        raise _malformed(what, "a compact JWS has exactly three segments", pointer)
    decoded = [b64url_decode_canonical(p) for p in parts]
    if any(d is None for d in decoded) or any(p == "" for p in parts):
        raise _malformed(what, "a segment is empty or not canonical base64url", pointer)
    objects = []
    for name, data in (("header", decoded[0]), ("claims", decoded[1])):
        try:
            value = parse_bytes(data)
        except JsonError as exc:
            raise _malformed(what, "the %s is not strict JSON: %s" % (name, exc.message), pointer) from None
        if not isinstance(value, dict):
            raise _malformed(what, "the %s is not a JSON object" % name, pointer)
        objects.append(value)
    header, claims = objects
    if set(header) != HEADER_MEMBERS:
        raise _malformed(what, "the protected header must hold exactly alg, typ and kid, has %s"
                         % ", ".join(sorted(header)), pointer)
    if not isinstance(header["alg"], str) or not _alg_name(header["alg"]):
        raise _malformed(what, "alg is not a JWS algorithm name", pointer)
    if header["typ"] != typ:
        raise _malformed(what, "typ must be %s" % typ, pointer)
    if not isinstance(header["kid"], str) or not kid_ok(header["kid"]):
        raise _malformed(what, "kid is malformed", pointer)
    why = claims_check(claims)
    if why is not None:
        raise _malformed(what, "claims: %s" % why, pointer)
    signing_input = (parts[0] + "." + parts[1]).encode("ascii")
    return Jws(token, header, claims, signing_input, decoded[2])


def _alg_name(alg):
    return 1 <= len(alg) <= 32 and all(c.isascii() and (c.isalnum() or c in "+_-") for c in alg)


def verify_signature(key, jws, what, pointer=None):
    """The key was selected by (iss, kid, alg); raises Refusal(signature_invalid)."""
    alg = jws.header["alg"]
    if alg == "ES256":
        try:
            check_signature(key, alg, jws.signing_input, jws.signature, pointer)
        except Refusal as refusal:
            raise Refusal("signature_invalid", "%s: %s" % (what, refusal.message), pointer) from None
        return
    if alg == "EdDSA":
        sig = jws.signature
        if len(sig) != 64 or int.from_bytes(sig[32:], "little") >= ed25519.GROUP_ORDER:
            raise Refusal("signature_invalid", "%s: an Ed25519 signature is 64 bytes with S < L" % what, pointer)
        try:
            key.material.verify(sig, jws.signing_input)
        except InvalidSignature:
            raise Refusal("signature_invalid", "%s: the Ed25519 signature does not verify" % what, pointer) from None
        return
    raise Refusal("signature_invalid", "%s: unsupported algorithm %s" % (what, alg), pointer)


def check_times(claims, now, skew, max_lifetime, what, pointer=None):
    """The order of the brief: iat in the future, nbf in the future, lifetime, expiry (bounds as written there)."""
    iat, exp = claims["iat"], claims["exp"]
    if iat > now + skew:
        raise Refusal("not_yet_valid", "%s: issued in the future" % what, pointer)
    if "nbf" in claims and claims["nbf"] > now + skew:
        raise Refusal("not_yet_valid", "%s: not valid before nbf" % what, pointer)
    if exp - iat > max_lifetime:
        raise Refusal("lifetime_exceeded", "%s: exp - iat above %d seconds" % (what, max_lifetime), pointer)
    if now - skew >= exp:
        raise Refusal("expired", "%s: expired" % what, pointer)


THUMBPRINT_MEMBERS = {"EC": ("crv", "kty", "x", "y"), "OKP": ("crv", "kty", "x"), "RSA": ("e", "kty", "n")}


def thumbprint(jwk):
    """RFC 7638: SHA-256 of the required members in lexicographic order, no white space; base64url. None for a key
    type without a thumbprint here (oct: a shared secret proves no possession by the caller)."""
    members = THUMBPRINT_MEMBERS.get(jwk.get("kty")) if jwk else None
    if members is None:
        return None
    text = json.dumps({m: jwk[m] for m in members}, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    return b64url(hashlib.sha256(text.encode("utf-8")).digest())
