"""The policy document of ``verify-transport`` (schemas/policy.schema.json, spec/gateway-decision.md#policy,
spec/transport-headers.md#policy), checked by hand against its closed schema. A policy that breaks the schema is a
configuration error (UsageError, exit 2), never a verdict.

The tool policy that applies is the tool's entry, else ``defaults``, else "require an attestation" (gateway-decision);
members absent from the entry take their documented defaults, not values from ``defaults``.
"""

import re

from envelope import DIGEST
from errors import UsageError
from keys import SUPPORTED_ALGORITHMS, TOKEN_ALGORITHMS, TrustStore, TrustStoreError, b64url_decode_canonical
from twins import IDENTITY_TYPES, TWIN_TYPES, is_identifier

ATTESTATION = "tool-call-attestation"
EVIDENCE_TYPES = (ATTESTATION,) + TWIN_TYPES
COMMITMENTS = ("identity", "hash", "reference", "redacted")
DEFAULT_COMMITMENTS = ("identity", "hash", "reference")
_SECRET = re.compile(r"[A-Za-z0-9_-]{43,512}")
_URL = re.compile(r"https?://[^\s]+")  # ECMAScript \s: the URL is ASCII-checked below, so Python's \s agrees there


def _bad(where, message):
    return UsageError("policy %s: %s" % (where, message))


def _object(value, where, allowed, required=()):
    if not isinstance(value, dict):
        raise _bad(where, "must be an object")
    for name in value:
        if name not in allowed:
            raise _bad(where, "unknown member %r" % name)
    for name in required:
        if name not in value:
            raise _bad(where, "missing member %r" % name)
    return value


def _enum_array(value, where, choices, allow_empty):
    if not isinstance(value, list) or (not allow_empty and not value):
        raise _bad(where, "must be a%s array" % ("n" if allow_empty else " non-empty"))
    if len(set(map(repr, value))) != len(value):
        raise _bad(where, "items must be distinct")
    for item in value:
        if not isinstance(item, str) or item not in choices:
            raise _bad(where, "unknown item %r" % (item,))
    return list(value)


def _int(value, where, low, high):
    if type(value) is not int or not low <= value <= high:
        raise _bad(where, "must be an integer in %d..%d" % (low, high))
    return value


def _store(value, where, warn, supported):
    try:
        return TrustStore(value, warn, supported)
    except TrustStoreError as exc:
        raise _bad(where, str(exc)) from None


class ToolPolicy:
    def __init__(self, raw, where):
        _object(raw, where, ("evidence", "issuers", "requiredCapability", "argsCommitment", "failureMode",
                             "identityTypes", "singleUseCapToken", "requireProofOfPossession"))
        self.evidence = _enum_array(raw.get("evidence", [ATTESTATION]), where + ".evidence", EVIDENCE_TYPES, True)
        self.issuers = None
        if "issuers" in raw:
            issuers = raw["issuers"]
            if not isinstance(issuers, list) or not issuers or len(set(map(repr, issuers))) != len(issuers) \
                    or not all(isinstance(i, str) and i for i in issuers):
                raise _bad(where + ".issuers", "must be a non-empty array of distinct non-empty strings")
            self.issuers = issuers
        self.required_capability = raw.get("requiredCapability")
        if "requiredCapability" in raw and not (isinstance(raw["requiredCapability"], str)
                                                and raw["requiredCapability"]):
            raise _bad(where + ".requiredCapability", "must be a non-empty string")
        self.commitments = _enum_array(raw.get("argsCommitment", list(DEFAULT_COMMITMENTS)),
                                       where + ".argsCommitment", COMMITMENTS, False)
        self.failure_mode = raw.get("failureMode")
        if self.failure_mode not in (None, "closed", "open"):
            raise _bad(where + ".failureMode", "must be closed or open")
        self.identity_types = None
        if "identityTypes" in raw:
            self.identity_types = _enum_array(raw["identityTypes"], where + ".identityTypes", IDENTITY_TYPES, False)
        for name in ("singleUseCapToken", "requireProofOfPossession"):
            if name in raw and not isinstance(raw[name], bool):
                raise _bad(where + "." + name, "must be a boolean")
        self.single_use = raw.get("singleUseCapToken", False)
        self.require_pop = raw.get("requireProofOfPossession", False)


class TransportPolicy:
    def __init__(self, raw, warn):
        where = "transport"
        _object(raw, where, ("audience", "tokenAlgorithms", "capTokenIssuers", "maxChainLength", "identity"),
                ("audience",))
        if not is_identifier(raw["audience"]):
            raise _bad(where + ".audience", "must be an identifier (1 to 512 characters, no outer white space)")
        self.audience = raw["audience"]
        self.algorithms = _enum_array(raw.get("tokenAlgorithms", list(TOKEN_ALGORITHMS)), where + ".tokenAlgorithms",
                                      TOKEN_ALGORITHMS, False)
        self.cap_issuers = (_store(raw["capTokenIssuers"], where + ".capTokenIssuers", warn, TOKEN_ALGORITHMS)
                            if "capTokenIssuers" in raw else None)
        self.max_chain = _int(raw.get("maxChainLength", 4), where + ".maxChainLength", 1, 4)
        identity = _object(raw.get("identity", {}), where + ".identity", ("jwt", "operator", "did", "oauth"))
        self.jwt_issuers = self.operator_issuers = None
        for name in ("jwt", "operator"):
            if name in identity:
                section = _object(identity[name], where + ".identity." + name, ("issuers",), ("issuers",))
                store = _store(section["issuers"], where + ".identity.%s.issuers" % name, warn, TOKEN_ALGORITHMS)
                setattr(self, name + "_issuers", store)
        self.challenge_secret = None
        self.challenge_ttl = 120
        if "did" in identity:
            did = _object(identity["did"], where + ".identity.did", ("challengeSecret", "challengeTtlSeconds"),
                          ("challengeSecret",))
            secret = did["challengeSecret"]
            decoded = b64url_decode_canonical(secret) if isinstance(secret, str) and _SECRET.fullmatch(secret) else None
            if decoded is None or len(decoded) < 32:
                raise _bad(where + ".identity.did.challengeSecret", "must be canonical base64url of at least 32 bytes")
            self.challenge_secret = decoded
            if "challengeTtlSeconds" in did:
                self.challenge_ttl = _int(did["challengeTtlSeconds"], where + ".identity.did.challengeTtlSeconds",
                                          1, 600)
        self.oauth = False
        if "oauth" in identity:
            oauth = _object(identity["oauth"], where + ".identity.oauth", ("introspectionUrl",), ("introspectionUrl",))
            url = oauth["introspectionUrl"]
            if not isinstance(url, str) or len(url) > 2048 or not url.isascii() or not _URL.fullmatch(url):
                raise _bad(where + ".identity.oauth.introspectionUrl", "must be an http(s) URL")
            self.oauth = True

    def configured_identity_types(self):
        configured = {"jwt": self.jwt_issuers is not None, "mtls": self.jwt_issuers is not None,
                      "operator": self.operator_issuers is not None, "did": self.challenge_secret is not None,
                      "oauth": self.oauth}
        return [t for t in IDENTITY_TYPES if configured[t]]


class Policy:
    def __init__(self, raw, warn):
        _object(raw, "", ("$schema", "server", "trustStore", "algorithms", "clockSkewSeconds", "failureMode",
                          "defaults", "transport", "tools"), ("server", "trustStore"))
        if "$schema" in raw and not isinstance(raw["$schema"], str):
            raise _bad("$schema", "must be a string")
        server = _object(raw["server"], "server", ("fingerprint",), ("fingerprint",))
        if not isinstance(server["fingerprint"], str) or not DIGEST.fullmatch(server["fingerprint"]):
            raise _bad("server.fingerprint", "must be sha256:<64 lowercase hex>")
        self.server = server["fingerprint"]
        self.trust_store = _store(raw["trustStore"], "trustStore", warn, SUPPORTED_ALGORITHMS)
        self.algorithms = _enum_array(raw.get("algorithms", list(SUPPORTED_ALGORITHMS)), "algorithms",
                                      SUPPORTED_ALGORITHMS, False)
        self.skew = _int(raw.get("clockSkewSeconds", 30), "clockSkewSeconds", 0, 300)
        self.failure_mode = raw.get("failureMode", "closed")
        if self.failure_mode not in ("closed", "open"):
            raise _bad("failureMode", "must be closed or open")
        self.defaults = ToolPolicy(raw["defaults"], "defaults") if "defaults" in raw else None
        tools = raw.get("tools", {})
        if not isinstance(tools, dict):
            raise _bad("tools", "must be an object")
        self.tools = {}
        for name, entry in tools.items():
            if not 1 <= len(name) <= 128:
                raise _bad("tools", "a tool name is 1 to 128 characters")
            self.tools[name] = ToolPolicy(entry, "tools." + name)
        # verify-transport needs the transport section (conformance/adapter-protocol.md#verify-transport: a policy
        # without one is a configuration error)
        if "transport" not in raw:
            raise _bad("transport", "verify-transport needs a transport section")
        self.transport = TransportPolicy(raw["transport"], warn)

    def for_tool(self, name):
        if name in self.tools:
            return self.tools[name]
        if self.defaults is not None:
            return self.defaults
        return ToolPolicy({}, "(implicit)")

    def failure_mode_for(self, tool):
        return tool.failure_mode or self.failure_mode
