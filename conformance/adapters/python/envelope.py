"""Step 5 of the verification order: the closed schemas of both envelope profiles, checked by hand.

schemas/tool-call-attestation.schema.json (sep-2787) and schemas/tool-call-attestation-vaara-v2.schema.json
(vaara-v2), with the common definitions of schemas/common.schema.json. Every mismatch is ``envelope_malformed`` with
the pointer of the offending member. The envelope itself is never modified: the signing input is the JCS form of the
object as received, minus ``signature``.
"""

import re

import jcs
from errors import Refusal
from strict_json import make_pointer
from timeutil import parse_timestamp

SEP_2787 = "sep-2787"
VAARA_V2 = "vaara-v2"
PROFILES = (SEP_2787, VAARA_V2)

# ECMAScript \s: WhiteSpace and LineTerminator (ECMA-262 "WhiteSpace", "LineTerminator"), which JSON Schema
# patterns use; Python's own \s is a different set.
ES_WHITESPACE = "\t\n\x0b\x0c\r \xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
                "\u2028\u2029\u202f\u205f\u3000\ufeff"
ES_LINE_TERMINATORS = "\n\r\u2028\u2029"
_NON_WS = "[^" + re.escape(ES_WHITESPACE) + "]"

DIGEST = re.compile(r"sha256:[0-9a-f]{64}")
_ALG = re.compile(r"[A-Za-z0-9+_-]{1,32}")
_KID = re.compile(r"[\x21-\x7e]{1,128}")
_NONCE_SEP = re.compile(r"[A-Za-z0-9_-]{22,256}")
_NONCE_VAARA = re.compile(r"[\x21-\x7e]{8,256}")
_SIGNATURE = re.compile(r"(?:[0-9a-f]{2}){16,1024}")
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:" + _NON_WS + "+")


class ToolCall:
    __slots__ = ("index", "name", "fingerprint", "ref_uri", "ref_digest", "projection", "projection_digest")

    def __init__(self, index, name, fingerprint):
        self.index = index
        self.name = name
        self.fingerprint = fingerprint
        self.ref_uri = None
        self.ref_digest = None
        self.projection = None
        self.projection_digest = None  # vaara-v2 only


class Envelope:
    """A read-only view of a schema-valid envelope."""

    def __init__(self, raw, profile, base):
        self.raw = raw
        self.profile = profile
        self.base = base  # pointer tokens of the envelope inside the file it came from
        ia = raw["issuerAsserted"]
        self.alg = ia["alg"]
        self.iss = ia["iss"]
        self.sub = ia["sub"]
        self.kid = ia["secretVersion"]
        self.iat = parse_timestamp(ia["iat"])
        self.exp_seconds = ia["expSeconds"]
        self.nonce = ia["nonce"]
        self.signature_hex = raw["signature"]
        self.tool_calls = []

    def pointer(self, *tokens):
        return make_pointer(list(self.base) + list(tokens))

    def signing_input(self):
        """JCS of the envelope as received with the signature member removed (not emptied)."""
        return jcs.canonicalize({k: v for k, v in self.raw.items() if k != "signature"})


class _Checker:
    def __init__(self, base):
        self.base = list(base)

    def fail(self, path, message):
        raise Refusal("envelope_malformed", message, make_pointer(self.base + list(path)))

    def obj(self, value, path, required, optional=()):
        if not isinstance(value, dict):
            self.fail(path, "must be an object")
        allowed = set(required) | set(optional)
        for name in value:
            if name not in allowed:
                self.fail(path + [name], "unknown member %r" % name)
        for name in required:
            if name not in value:
                self.fail(path + [name], "missing member %r" % name)
        return value

    def string(self, value, path, min_len=0, max_len=None, pattern=None):
        if not isinstance(value, str):
            self.fail(path, "must be a string")
        if len(value) < min_len or (max_len is not None and len(value) > max_len):
            self.fail(path, "string length outside %d..%s" % (min_len, max_len))
        if pattern is not None and not pattern.fullmatch(value):
            self.fail(path, "string does not match its pattern")
        return value

    def integer(self, value, path, minimum, maximum):
        # bool is an int in Python; a float means the number was written with a fraction or an exponent.
        if type(value) is not int:
            self.fail(path, "must be a number written as a plain integer literal")
        if not minimum <= value <= maximum:
            self.fail(path, "integer outside %d..%d" % (minimum, maximum))
        return value

    def identifier(self, value, path):
        self.string(value, path, 1, 512)
        if value[0] in ES_WHITESPACE or value[-1] in ES_WHITESPACE or any(c in ES_LINE_TERMINATORS for c in value):
            self.fail(path, "identifier with leading/trailing white space or a line break")

    def timestamp(self, value, path):
        if parse_timestamp(value) is None:
            self.fail(path, "not an RFC 3339 UTC instant with second precision and Z, or not a real date")


def detect_profile(raw, forced):
    if forced is not None:
        return forced
    if isinstance(raw, dict) and "version" in raw:
        return VAARA_V2
    return SEP_2787


def check_envelope(raw, forced_profile=None, base=()):
    """Validates raw against its profile's schema; returns an Envelope or raises Refusal(envelope_malformed)."""
    profile = detect_profile(raw, forced_profile)
    c = _Checker(base)
    vaara = profile == VAARA_V2
    top = ["issuerAsserted", "plannerDeclared", "payloadDerived", "signature"]
    c.obj(raw, [], (["version", "alg"] if vaara else []) + top)
    if vaara:
        if type(raw["version"]) is not int or raw["version"] != 1:
            c.fail(["version"], "version must be the integer literal 1")
        c.string(raw["alg"], ["alg"], pattern=_ALG)

    ia = c.obj(raw["issuerAsserted"], ["issuerAsserted"],
               ["alg", "iss", "sub", "secretVersion", "iat", "expSeconds", "nonce"])
    p = ["issuerAsserted"]
    c.string(ia["alg"], p + ["alg"], pattern=_ALG)
    c.identifier(ia["iss"], p + ["iss"])
    c.identifier(ia["sub"], p + ["sub"])
    c.string(ia["secretVersion"], p + ["secretVersion"], pattern=_KID)
    c.timestamp(ia["iat"], p + ["iat"])
    c.integer(ia["expSeconds"], p + ["expSeconds"], 1, 86400)
    c.string(ia["nonce"], p + ["nonce"], pattern=_NONCE_VAARA if vaara else _NONCE_SEP)

    pd = c.obj(raw["plannerDeclared"], ["plannerDeclared"], ["intent"],
               ["requestedCapability"] if vaara else ["requestedCapability", "plannerRef"])
    p = ["plannerDeclared"]
    c.string(pd["intent"], p + ["intent"], 1, 4096)
    if all(ch in ES_WHITESPACE for ch in pd["intent"]):
        c.fail(p + ["intent"], "intent is only white space")
    if "requestedCapability" in pd:
        c.string(pd["requestedCapability"], p + ["requestedCapability"], 1, 256)
    if "plannerRef" in pd:
        c.string(pd["plannerRef"], p + ["plannerRef"], 1, 512)

    pl = c.obj(raw["payloadDerived"], ["payloadDerived"], ["toolCalls"])
    calls = pl["toolCalls"]
    p = ["payloadDerived", "toolCalls"]
    if not isinstance(calls, list):
        c.fail(p, "must be an array")
    if not 1 <= len(calls) <= 64:
        c.fail(p, "1 to 64 entries")
    entries = [(_vaara_entry if vaara else _sep_entry)(c, entry, p + [i], i) for i, entry in enumerate(calls)]

    c.string(raw["signature"], ["signature"], pattern=_SIGNATURE)

    if vaara and raw["alg"] != ia["alg"]:
        c.fail(["alg"], "top-level alg differs from issuerAsserted.alg")
    seen = set()
    for entry in entries:
        pair = (entry.fingerprint, entry.name)
        if pair in seen:
            c.fail(p + [entry.index], "two entries for one (serverFingerprint, name) pair")
        seen.add(pair)

    env = Envelope(raw, profile, base)
    env.tool_calls = entries
    return env


def _sep_entry(c, entry, path, index):
    c.obj(entry, path, ["name", "serverFingerprint"], ["argsRef", "argsProjection"])
    call = ToolCall(index, c.string(entry["name"], path + ["name"], 1, 128),
                    c.string(entry["serverFingerprint"], path + ["serverFingerprint"], pattern=DIGEST))
    if "argsRef" not in entry and "argsProjection" not in entry:
        c.fail(path, "neither argsRef nor argsProjection")
    if "argsRef" in entry:
        ref = c.obj(entry["argsRef"], path + ["argsRef"], ["uri", "digest"])
        call.ref_uri = c.string(ref["uri"], path + ["argsRef", "uri"], 1, 2048, _URI)
        call.ref_digest = c.string(ref["digest"], path + ["argsRef", "digest"], pattern=DIGEST)
    if "argsProjection" in entry:
        call.projection = c.string(entry["argsProjection"], path + ["argsProjection"], 2, 65536)
    return call


def _vaara_entry(c, entry, path, index):
    c.obj(entry, path, ["name", "serverFingerprint", "args"])
    call = ToolCall(index, c.string(entry["name"], path + ["name"], 1, 128),
                    c.string(entry["serverFingerprint"], path + ["serverFingerprint"], 1, 512))
    args = entry["args"]
    ap = path + ["args"]
    if not isinstance(args, dict):
        c.fail(ap, "must be an object")
    if set(args) == {"ref", "digest", "canonicalization"}:
        call.ref_uri = c.string(args["ref"], ap + ["ref"], 1, 2048)
        call.ref_digest = c.string(args["digest"], ap + ["digest"], pattern=DIGEST)
        if args["canonicalization"] != "jcs":
            c.fail(ap + ["canonicalization"], "canonicalization must be \"jcs\"")
    elif set(args) == {"projection", "projectionDigest"}:
        call.projection = c.string(args["projection"], ap + ["projection"], 2, 65536)
        call.projection_digest = c.string(args["projectionDigest"], ap + ["projectionDigest"], pattern=DIGEST)
    else:
        c.fail(ap, "args is neither {ref, digest, canonicalization} nor {projection, projectionDigest}")
    return call
