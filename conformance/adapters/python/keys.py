"""Trust store loading and key selection (spec/common-profile.md#keys, schemas/trust-store.schema.json).

A key is usable only when it is well-formed and fits its algorithm:
HS256 <-> oct with at least 32 bytes; ES256 <-> EC P-256 with coordinates of exactly 32 octets and a point on the curve;
RS256 <-> RSA of at least 2048 bits, modulus and exponent without a leading zero octet, exponent odd and >= 65537.
Every base64url member must be canonical. Two keys with one (kid, alg) under one issuer are both dropped.
Such problems are reported as warnings (stderr), never as a verdict: the key is simply not usable. A trust store that
breaks its schema (including private members d, p, q, dp, dq, qi, oth) is a configuration error instead (exit 2).
"""

import base64
import re

from cryptography.hazmat.primitives.asymmetric import ec, ed25519 as ed, rsa

import ed25519

SUPPORTED_ALGORITHMS = ("HS256", "ES256", "RS256")  # attestations
TOKEN_ALGORITHMS = ("ES256", "EdDSA")  # the transport's JWS (cap tokens, identity credentials): never HMAC
P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_PRIME = 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF

_KID = re.compile(r"[\x21-\x7e]{1,128}")
_ALG = re.compile(r"[A-Za-z0-9+_-]{1,32}")
_B64URL = re.compile(r"[A-Za-z0-9_-]*")
_KTYS = ("oct", "EC", "RSA", "OKP")
_STRING_MEMBERS = ("k", "crv", "x", "y", "n", "e")
_PRIVATE_MEMBERS = ("d", "p", "q", "dp", "dq", "qi", "oth")
_OKP_X = re.compile(r"[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]")
_MAX_ISSUERS = 1024
_MAX_KEYS = 64


class TrustStoreError(Exception):
    """The trust store as a whole is unusable: a configuration error (exit 2), not a verdict."""


class Key:
    __slots__ = ("kid", "alg", "kind", "material", "modulus_bytes", "jwk")

    def __init__(self, kid, alg, kind, material, modulus_bytes=0, jwk=None):
        self.kid = kid
        self.alg = alg
        self.kind = kind          # "oct" | "EC" | "RSA" | "OKP"
        self.material = material  # bytes for oct, a cryptography public key otherwise
        self.modulus_bytes = modulus_bytes
        self.jwk = jwk            # the public JWK members (thumbprints, RFC 7638); None for oct


def b64url_decode_canonical(s):
    """Decode base64url without padding; None unless s is the one canonical spelling of its bytes."""
    if not isinstance(s, str) or not _B64URL.fullmatch(s) or len(s) % 4 == 1:
        return None
    data = base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
    if base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii") != s:
        return None  # non-zero unused bits
    return data


def _check_jwk_schema(jwk, where):
    """trust-store.schema.json#/$defs/jwk; a violation makes the whole trust store unusable."""
    if not isinstance(jwk, dict):
        raise TrustStoreError("%s: a key must be an object" % where)
    for name in ("kty", "kid", "alg"):
        if name not in jwk:
            raise TrustStoreError("%s: missing member %s" % (where, name))
    if jwk["kty"] not in _KTYS:
        raise TrustStoreError("%s: kty must be one of %s" % (where, ", ".join(_KTYS)))
    if not isinstance(jwk["kid"], str) or not _KID.fullmatch(jwk["kid"]):
        raise TrustStoreError("%s: kid must be 1 to 128 printable ASCII characters" % where)
    if not isinstance(jwk["alg"], str) or not _ALG.fullmatch(jwk["alg"]):
        raise TrustStoreError("%s: alg is not a JWS algorithm name" % where)
    if "use" in jwk and jwk["use"] != "sig":
        raise TrustStoreError("%s: use must be sig" % where)
    for name in _STRING_MEMBERS:
        if name in jwk and not isinstance(jwk[name], str):
            raise TrustStoreError("%s: %s must be a string" % (where, name))
    for name in _PRIVATE_MEMBERS:
        if name in jwk:
            raise TrustStoreError("%s: private member %s in a trust store" % (where, name))
    if jwk["kty"] == "OKP":  # RFC 8037 Ed25519 keys (transport issuers): the schema pins their members
        if jwk.get("crv") != "Ed25519" or jwk["alg"] != "EdDSA" or not isinstance(jwk.get("x"), str) \
                or not _OKP_X.fullmatch(jwk["x"]):
            raise TrustStoreError("%s: an OKP key is crv Ed25519, alg EdDSA and a 43-character x" % where)
        for name in ("y", "k", "n", "e"):
            if name in jwk:
                raise TrustStoreError("%s: member %s in an OKP key" % (where, name))


def _uint(s):
    """Base64urlUInt (RFC 7518 section 2): canonical base64url of the minimal big-endian octets; else None."""
    data = b64url_decode_canonical(s)
    if not data or (len(data) > 1 and data[0] == 0):
        return None
    return int.from_bytes(data, "big")


def okp_key(kid, x):
    """An EdDSA key from the base64url x of an OKP Ed25519 JWK: (Key, None) or (None, why not)."""
    raw = b64url_decode_canonical(x)
    if raw is None or len(raw) != 32:
        return None, "x missing, not canonical base64url or not 32 bytes"
    why = ed25519.usable_public_key(raw)
    if why is not None:
        return None, why
    public = ed.Ed25519PublicKey.from_public_bytes(raw)
    return Key(kid, "EdDSA", "OKP", public, jwk={"crv": "Ed25519", "kty": "OKP", "x": x}), None


def _build_key(jwk, supported=SUPPORTED_ALGORITHMS):
    """For a schema-valid JWK: returns (Key, None) or (None, why it is not usable)."""
    kty, kid, alg = jwk["kty"], jwk["kid"], jwk["alg"]
    if alg not in supported:
        return None, "algorithm %s is not supported" % alg
    if alg == "HS256":
        if kty != "oct":
            return None, "HS256 needs kty oct"
        secret = b64url_decode_canonical(jwk.get("k"))
        if secret is None:
            return None, "k missing or not canonical base64url"
        if len(secret) < 32:
            return None, "HMAC secret shorter than 32 bytes"
        return Key(kid, alg, "oct", secret), None
    if alg == "ES256":
        if kty != "EC" or jwk.get("crv") != "P-256":
            return None, "ES256 needs kty EC, crv P-256"
        xb, yb = b64url_decode_canonical(jwk.get("x")), b64url_decode_canonical(jwk.get("y"))
        if xb is None or yb is None or len(xb) != 32 or len(yb) != 32:
            return None, "x/y missing, not canonical base64url or not 32 bytes"
        x, y = int.from_bytes(xb, "big"), int.from_bytes(yb, "big")
        if x >= P256_PRIME or y >= P256_PRIME:
            return None, "coordinate not below the field prime"
        try:
            public = ec.EllipticCurvePublicNumbers(x, y, ec.SECP256R1()).public_key()
        except ValueError:
            return None, "point not on P-256"
        return Key(kid, alg, "EC", public, jwk={"crv": "P-256", "kty": "EC", "x": jwk["x"], "y": jwk["y"]}), None
    if alg == "EdDSA":
        if kty != "OKP" or jwk.get("crv") != "Ed25519":
            return None, "EdDSA needs kty OKP, crv Ed25519"
        return okp_key(kid, jwk.get("x"))
    # RS256
    if kty != "RSA":
        return None, "RS256 needs kty RSA"
    n, e = _uint(jwk.get("n")), _uint(jwk.get("e"))
    if n is None or e is None:
        return None, "n/e missing or not a canonical Base64urlUInt (no padding, no leading zero octet)"
    if n.bit_length() < 2048:
        return None, "RSA modulus under 2048 bits"
    if e % 2 == 0 or e < 65537:
        return None, "RSA exponent even or below 65537"
    try:
        public = rsa.RSAPublicNumbers(e, n).public_key()
    except ValueError:
        return None, "RSA public numbers rejected"
    return Key(kid, alg, "RSA", public, (n.bit_length() + 7) // 8, {"e": jwk["e"], "kty": "RSA", "n": jwk["n"]}), None


class TrustStore:
    """trust-store.schema.json is checked as a whole (a violation is a configuration error, exit 2); keys that are
    schema-valid but not usable (weak, mismatched, off-curve, non-canonical, duplicated) are dropped with a warning."""

    def __init__(self, value, warn=lambda message: None, supported=SUPPORTED_ALGORITHMS):
        if not isinstance(value, dict) or set(value) != {"issuers"} or not isinstance(value["issuers"], dict):
            raise TrustStoreError("the trust store must be an object with exactly one member, issuers (an object)")
        issuers = value["issuers"]
        if len(issuers) > _MAX_ISSUERS:
            raise TrustStoreError("more than %d issuers" % _MAX_ISSUERS)
        for iss, jwks in issuers.items():
            if not 1 <= len(iss) <= 512:
                raise TrustStoreError("issuer names are 1 to 512 characters")
            if not isinstance(jwks, dict) or not isinstance(jwks.get("keys"), list):
                raise TrustStoreError("issuer %r: a JWKS is an object with a keys array" % iss)
            if len(jwks["keys"]) > _MAX_KEYS:
                raise TrustStoreError("issuer %r: more than %d keys" % (iss, _MAX_KEYS))
            for index, jwk in enumerate(jwks["keys"]):
                _check_jwk_schema(jwk, "issuer %r key %d" % (iss, index))
        self._keys = {iss: self._load_jwks(iss, jwks["keys"], warn, supported) for iss, jwks in issuers.items()}

    def issuers(self):
        return self._keys.keys()

    @staticmethod
    def _load_jwks(iss, jwks, warn, supported):
        usable = {}
        seen = {}
        for index, jwk in enumerate(jwks):
            slot = (jwk["kid"], jwk["alg"])
            seen[slot] = seen.get(slot, 0) + 1
            key, why = _build_key(jwk, supported)
            if key is None:
                warn("issuer %r key %d not used: %s" % (iss, index, why))
                continue
            usable[slot] = key
        for slot, count in seen.items():
            if count > 1:
                warn("issuer %r: %d keys with kid %r and alg %r; all dropped" % (iss, count, slot[0], slot[1]))
                usable.pop(slot, None)
        return usable

    def lookup(self, iss, kid, alg):
        """The one usable key for (issuer, kid, alg), or None. Never another issuer's key."""
        return self._keys.get(iss, {}).get((kid, alg))
