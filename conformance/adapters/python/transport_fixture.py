"""Test helpers for test_transport.py: fresh keys, signed compact JWS, did:key identifiers, policies and requests.

Everything is generated with `cryptography` at test time, independently of the conformance vectors, so that the unit
tests exercise the verifier against inputs nobody else produced.
"""

import hashlib
import json

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from did import ED25519_PUB, P256_PUB, challenge_mac
from jws import b64url

NOW = 1780315230  # 2026-06-01T12:00:30Z
NOW_TEXT = "2026-06-01T12:00:30Z"
AUDIENCE = "https://files.example/mcp"
SERVER = "sha256:" + "ab" * 32
SECRET = bytes(range(32))
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58encode(data):
    n = int.from_bytes(data, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = _B58[r] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


class Signer:
    """A private key with its public JWK."""

    def __init__(self, alg, kid):
        self.alg, self.kid = alg, kid
        if alg == "ES256":
            self.private = ec.generate_private_key(ec.SECP256R1())
            nums = self.private.public_key().public_numbers()
            self.jwk = {"kty": "EC", "crv": "P-256", "x": b64url(nums.x.to_bytes(32, "big")),
                        "y": b64url(nums.y.to_bytes(32, "big")), "kid": kid, "alg": alg}
        else:
            self.private = Ed25519PrivateKey.generate()
            raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
            self.jwk = {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw), "kid": kid, "alg": alg}

    def sign(self, message):
        if self.alg == "ES256":
            r, s = decode_dss_signature(self.private.sign(message, ec.ECDSA(hashes.SHA256())))
            return r.to_bytes(32, "big") + s.to_bytes(32, "big")
        return self.private.sign(message)

    def did_key(self):
        if self.alg == "ES256":
            point = self.private.public_key().public_bytes(serialization.Encoding.X962,
                                                           serialization.PublicFormat.CompressedPoint)
            return "did:key:z" + b58encode(P256_PUB + point)
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return "did:key:z" + b58encode(ED25519_PUB + raw)

    def thumbprint(self):
        members = ("crv", "kty", "x", "y") if self.alg == "ES256" else ("crv", "kty", "x")
        text = json.dumps({m: self.jwk[m] for m in members}, separators=(",", ":"), sort_keys=True)
        return b64url(hashlib.sha256(text.encode()).digest())


def token(signer, typ, claims, header=None, kid=None):
    head = header if header is not None else {"alg": signer.alg, "typ": typ, "kid": kid or signer.kid}
    signing_input = b64url(json.dumps(head).encode()) + "." + b64url(json.dumps(claims).encode())
    return signing_input + "." + b64url(signer.sign(signing_input.encode()))


def cap_claims(**extra):
    claims = {"iss": "https://auth.example", "sub": "user:alice", "aud": AUDIENCE,
              "scope": "tools/call:delete_file tools/list", "iat": NOW - 30, "exp": NOW + 270,
              "jti": "jti-0123456789abcdef"}
    claims.update(extra)
    return {k: v for k, v in claims.items() if v is not None}


def parent_digest(compact):
    return "sha256:" + hashlib.sha256(compact.encode()).hexdigest()


def challenge(seconds=NOW - 10, audience=AUDIENCE):
    return "%d.%s" % (seconds, challenge_mac(SECRET, seconds, audience))


def store(*signers_by_issuer):
    return {"issuers": {iss: {"keys": [s.jwk for s in signers]} for iss, signers in signers_by_issuer}}


def policy(tool=None, transport=None, **top):
    doc = {"server": {"fingerprint": SERVER}, "trustStore": {"issuers": {}},
           "defaults": tool if tool is not None else {"evidence": []}}
    if transport is not None:
        doc["transport"] = transport
    doc.update(top)
    return doc


def transport(**members):
    doc = {"audience": AUDIENCE, "identity": {"did": {"challengeSecret": b64url(SECRET)}}}
    doc.update(members)
    return doc


def request(items=(), name="delete_file", arguments=None):
    params = {"name": name, "arguments": arguments if arguments is not None else {"path": "/a"}}
    if items:
        params["_meta"] = {"org.mcp-trust/evidence": {"items": [{"type": t, "version": 1, "value": v}
                                                                for t, v in items]}}
    return params
