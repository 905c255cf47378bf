"""DIDs and the stateless challenge of the `did` agent identity (spec/transport-headers.md#agent-identity-types).

- did:key (W3C CCG did:key method): ``did:key:z<base58btc(multicodec varint || public key)>`` with the multicodec
  codes ed25519-pub 0xed (varint ed 01, 32-byte key) and p256-pub 0x1200 (varint 80 24, 33-byte compressed point).
  Its one verification method is ``<did>#<the same multibase value>``.
- did:web: the DID document comes from the context file (what the resolver would have fetched); ``"unavailable"`` is
  a resolver failure (resolver_unavailable); a DID not listed does not resolve (identity_invalid).
- Keys: Ed25519 keys are refused when they are not canonical curve points or are of small order; P-256 points must
  be on the curve.
- Challenge: ``<unix seconds>.<base64url HMAC-SHA256(secret, "mcp-trust-challenge\\n" + seconds + "\\n" + audience)>``.
"""

import hashlib
import hmac

from cryptography.hazmat.primitives.asymmetric import ec

from errors import Refusal
from jws import b64url
from keys import Key, b64url_decode_canonical, okp_key

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {c: i for i, c in enumerate(_B58)}
ED25519_PUB = b"\xed\x01"
P256_PUB = b"\x80\x24"


def base58btc_decode(text):
    """Bitcoin base58 (draft-msporny-base58): leading '1's are zero bytes. None on a character outside the alphabet."""
    n = 0
    for c in text:
        if c not in _B58_INDEX:
            return None
        n = n * 58 + _B58_INDEX[c]
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    zeros = len(text) - len(text.lstrip("1"))
    return b"\x00" * zeros + body


def _invalid(message):
    return Refusal("identity_invalid", message)


def key_from_multibase(kid, value):
    """A multibase ``z`` base58btc multicodec public key -> Key (EdDSA or ES256); raises identity_invalid."""
    if not isinstance(value, str) or not value.startswith("z"):
        raise _invalid("the key is not multibase base58btc")
    raw = base58btc_decode(value[1:])
    if raw is None:
        raise _invalid("the key is not base58btc")
    if raw[:2] == ED25519_PUB and len(raw) == 34:
        key, why = okp_key(kid, b64url(raw[2:]))
        if key is None:
            raise _invalid("unusable Ed25519 key: %s" % why)
        return key
    if raw[:2] == P256_PUB and len(raw) == 35 and raw[2] in (2, 3):
        try:
            public = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), raw[2:])
        except ValueError:
            raise _invalid("the P-256 key is not a point on the curve") from None
        return _ec_key(kid, public)
    raise _invalid("the key is neither ed25519-pub nor p256-pub multicodec")


def _ec_key(kid, public):
    numbers = public.public_numbers()
    x, y = numbers.x.to_bytes(32, "big"), numbers.y.to_bytes(32, "big")
    return Key(kid, "ES256", "EC", public, jwk={"crv": "P-256", "kty": "EC", "x": b64url(x), "y": b64url(y)})


def key_from_jwk(kid, jwk):
    """A publicKeyJwk of a DID document: EC P-256 or OKP Ed25519, canonical members, no private members."""
    if not isinstance(jwk, dict) or any(m in jwk for m in ("d", "p", "q", "dp", "dq", "qi", "oth", "k")):
        raise _invalid("publicKeyJwk is not a public key")
    if jwk.get("kty") == "OKP" and jwk.get("crv") == "Ed25519":
        key, why = okp_key(kid, jwk.get("x"))
        if key is None:
            raise _invalid("unusable Ed25519 key: %s" % why)
        return key
    if jwk.get("kty") == "EC" and jwk.get("crv") == "P-256":
        xb, yb = b64url_decode_canonical(jwk.get("x")), b64url_decode_canonical(jwk.get("y"))
        if xb is None or yb is None or len(xb) != 32 or len(yb) != 32:
            raise _invalid("EC x/y are not canonical 32-byte base64url")
        try:
            public = ec.EllipticCurvePublicNumbers(int.from_bytes(xb, "big"), int.from_bytes(yb, "big"),
                                                   ec.SECP256R1()).public_key()
        except ValueError:
            raise _invalid("the P-256 key is not a point on the curve") from None
        return _ec_key(kid, public)
    raise _invalid("publicKeyJwk is neither EC P-256 nor OKP Ed25519")


def resolve_key(did, kid, did_documents):
    """The verification method ``kid`` (= did#fragment) of ``did``. Returns (Key, operatorId)."""
    fragment = kid[len(did) + 1:]
    if did.startswith("did:key:"):
        value = did[len("did:key:"):]
        if fragment != value:
            raise _invalid("a did:key has one verification method, #<its own multibase value>")
        return key_from_multibase(kid, value), did
    if not did.startswith("did:web:"):
        raise _invalid("unsupported DID method in %r" % did)
    document = did_documents.get(did) if isinstance(did_documents, dict) else None
    if document == "unavailable":
        raise Refusal("resolver_unavailable", "the did:web resolver failed for %r" % did)
    if not isinstance(document, dict):
        raise _invalid("%r does not resolve" % did)
    if document.get("id") != did:
        raise _invalid("the DID document's id is not %r" % did)
    methods = document.get("verificationMethod", [])
    if not isinstance(methods, list):
        raise _invalid("verificationMethod is not an array")
    found = [m for m in methods if isinstance(m, dict) and m.get("id") in (kid, "#" + fragment)]
    if len(found) != 1:
        raise _invalid("the DID document has %s verification method %r" % ("no" if not found else "more than one",
                                                                            kid))
    method = found[0]
    has_jwk, has_mb = "publicKeyJwk" in method, "publicKeyMultibase" in method
    if has_jwk == has_mb:
        raise _invalid("a verification method holds exactly one of publicKeyJwk and publicKeyMultibase")
    key = key_from_jwk(kid, method["publicKeyJwk"]) if has_jwk else key_from_multibase(kid,
                                                                                        method["publicKeyMultibase"])
    controller = document.get("controller")
    return key, controller if isinstance(controller, str) else did


def challenge_mac(secret, seconds, audience):
    message = ("mcp-trust-challenge\n%d\n%s" % (seconds, audience)).encode("utf-8")
    return b64url(hmac.new(secret, message, hashlib.sha256).digest())


def make_challenge(secret, now, audience):
    return "%d.%s" % (now, challenge_mac(secret, now, audience))


def challenge_valid(challenge, secret, audience, now, ttl):
    """Our MAC for this audience, issued at or before now, and now within [seconds, seconds + ttl)."""
    seconds_text, dot, _mac = challenge.partition(".")
    if not dot or not seconds_text.isdigit() or (len(seconds_text) > 1 and seconds_text[0] == "0"):
        return False
    seconds = int(seconds_text)
    expected = make_challenge(secret, seconds, audience)
    if not hmac.compare_digest(expected.encode("ascii"), challenge.encode("ascii", "replace")):
        return False
    return seconds <= now < seconds + ttl
