"""The agent identity (spec/transport-headers.md#agent-identity-types): one of five types yields
``{agentId, operatorId}``.

Per JWS type the order is: structure (token_malformed) -> algorithm allow-list -> key -> signature -> time
(not_yet_valid, lifetime_exceeded, expired) -> aud (audience_mismatch) -> the type's own binding (mtls certificate,
did challenge). A type the tool does not accept, or that the transport section does not configure, is
identity_invalid.
"""

import re

import did
from captoken import is_jkt, is_unix_time
from errors import Refusal
from jws import check_times, parse_compact, thumbprint, verify_signature
from twins import is_actor_id, is_identifier, is_session_id

_KID = re.compile(r"[\x21-\x7e]{1,128}")
_DID = r"did:[a-z0-9]+:[A-Za-z0-9._%:-]*[A-Za-z0-9._%-]"
DID = re.compile(_DID)
DID_URL = re.compile(_DID + r"#[A-Za-z0-9._~%!$&'()*+,;=:@/?-]{1,256}")
_CHALLENGE = re.compile(r"[0-9]{1,16}\.[A-Za-z0-9_-]{43}")

JWT_TYP, OPERATOR_TYP, DID_TYP = "mcp-agent+jwt", "mcp-operator-credential+jwt", "mcp-agent-did+jwt"
LIFETIME = {"jwt": 3600, "mtls": 3600, "operator": 86400, "did": 300}


class Identity:
    def __init__(self, agent_id, operator_id, sid=None, pop=None, challenge=None, challenge_until=None):
        self.agent_id = agent_id
        self.operator_id = operator_id
        self.sid = sid            # the credential's sid claim, if any
        self.pop = pop            # RFC 7638 thumbprint of the key a did proof was signed with
        self.challenge = challenge  # a did proof's challenge, consumed at step 10
        self.challenge_until = challenge_until


def _closed(claims, required, optional):
    for name in claims:
        if name not in required and name not in optional:
            return "unknown claim %r" % name
    for name in required:
        if name not in claims:
            return "missing claim %r" % name
    for name in ("iat", "exp"):
        if not is_unix_time(claims[name]):
            return "%s must be an integer NumericDate" % name
    if not is_identifier(claims["aud"]):
        return "aud must be an identifier"
    if "sid" in claims and not is_session_id(claims["sid"]):
        return "sid must be a session id"
    return None


def jwt_claims_problem(claims):
    """agent-jwt-claims.schema.json (types jwt and mtls)."""
    why = _closed(claims, ("iss", "sub", "aud", "iat", "exp"), ("operator", "sid", "cnf"))
    if why is None and not is_identifier(claims["iss"]):
        why = "iss must be an identifier"
    if why is None and not is_actor_id(claims["sub"]):
        why = "sub must be an agent id"
    if why is None and "operator" in claims and not is_identifier(claims["operator"]):
        why = "operator must be an identifier"
    if why is None and "cnf" in claims:
        cnf = claims["cnf"]
        if not isinstance(cnf, dict) or len(cnf) != 1 or not set(cnf) <= {"jkt", "x5t#S256"} \
                or not all(is_jkt(v) for v in cnf.values()):
            why = "cnf must hold exactly one of jkt and x5t#S256"
    return why


def operator_claims_problem(claims):
    """operator-credential-claims.schema.json."""
    why = _closed(claims, ("iss", "sub", "aud", "iat", "exp"), ("sid",))
    if why is None and not is_identifier(claims["iss"]):
        why = "iss must be an identifier"
    if why is None and not is_actor_id(claims["sub"]):
        why = "sub must be an agent id"
    return why


def did_claims_problem(claims):
    """agent-did-proof-claims.schema.json."""
    why = _closed(claims, ("iss", "aud", "challenge", "iat", "exp"), ("sid",))
    iss = claims.get("iss")
    if why is None and not (isinstance(iss, str) and len(iss) <= 512 and DID.fullmatch(iss)):
        why = "iss must be a DID"
    if why is None and not (isinstance(claims["challenge"], str) and _CHALLENGE.fullmatch(claims["challenge"])):
        why = "challenge must be <seconds>.<43 base64url>"
    return why


def _signed(jws, store, algorithms, now, skew, kind, audience, what):
    alg = jws.header["alg"]
    if alg not in algorithms:
        raise Refusal("algorithm_unsupported", "%s: algorithm %r is not allowed" % (what, alg))
    key = store.lookup(jws.claims["iss"], jws.header["kid"], alg) if store is not None else None
    if key is None:
        raise Refusal("key_unavailable", "%s: no %s key %r for %r" % (what, alg, jws.header["kid"], jws.claims["iss"]))
    verify_signature(key, jws, what)
    check_times(jws.claims, now, skew, LIFETIME[kind], what)
    if jws.claims["aud"] != audience:
        raise Refusal("audience_mismatch", "%s: aud is not this server's audience" % what)


def verify_identity(twin, transport, tool_policy, context, now, skew):
    """twin: the agent-identity item's value (schema-checked). Returns an Identity; raises Refusal."""
    kind, credential = twin["type"], twin["credential"]
    if transport is None:
        raise Refusal("identity_invalid", "no transport section: no agent identity type is configured")
    accepted = tool_policy.identity_types or transport.configured_identity_types()
    if kind not in accepted or kind not in transport.configured_identity_types():
        raise Refusal("identity_invalid", "identity type %r is not accepted for this tool" % kind)
    audience, algorithms = transport.audience, transport.algorithms
    what = "the %s identity credential" % kind
    if kind in ("jwt", "mtls"):
        jws = parse_compact(credential, what, JWT_TYP, lambda k: _KID.fullmatch(k) is not None, jwt_claims_problem)
        _signed(jws, transport.jwt_issuers, algorithms, now, skew, kind, audience, what)
        claims = jws.claims
        if kind == "mtls":
            cert = context.get("clientCertificateSha256")
            bound = claims.get("cnf", {}).get("x5t#S256")
            if cert is None or bound is None or bound != cert:
                raise Refusal("key_binding_mismatch", "cnf x5t#S256 does not name the TLS client certificate")
        return Identity(claims["sub"], claims.get("operator", claims["iss"]), claims.get("sid"))
    if kind == "operator":
        jws = parse_compact(credential, what, OPERATOR_TYP, lambda k: _KID.fullmatch(k) is not None,
                            operator_claims_problem)
        _signed(jws, transport.operator_issuers, algorithms, now, skew, kind, audience, what)
        return Identity(jws.claims["sub"], jws.claims["iss"], jws.claims.get("sid"))
    if kind == "oauth":
        return _introspect(credential, context, audience, now)
    return _did_proof(credential, transport, context, now, skew, what)


def _introspect(token, context, audience, now):
    """RFC 7662: active, sub (agentId), iss (operatorId), aud naming us, exp in the future (no skew: 'in the
    future' is read strictly, exp > now)."""
    responses = context.get("introspection", {})
    response = responses.get(token) if isinstance(responses, dict) else None
    if response == "unavailable":
        raise Refusal("resolver_unavailable", "the introspection resolver failed")
    if not isinstance(response, dict) or response.get("active") is not True:
        raise Refusal("identity_invalid", "the access token is unknown or inactive")
    sub, iss = response.get("sub"), response.get("iss")
    if not isinstance(sub, str) or not sub or not isinstance(iss, str) or not iss:
        raise Refusal("identity_invalid", "the introspection response lacks sub or iss")
    aud = response.get("aud")
    if not (aud == audience or (isinstance(aud, list) and audience in aud)):
        raise Refusal("audience_mismatch", "the access token's aud does not name this server")
    exp = response.get("exp")
    if not is_unix_time(exp):
        raise Refusal("identity_invalid", "the introspection response lacks an integer exp")
    if exp <= now:
        raise Refusal("expired", "the access token has expired")
    return Identity(sub, iss)


def _did_proof(credential, transport, context, now, skew, what):
    jws = parse_compact(credential, what, DID_TYP, lambda k: len(k) <= 1024 and DID_URL.fullmatch(k) is not None,
                        did_claims_problem)
    claims, kid = jws.claims, jws.header["kid"]
    alg = jws.header["alg"]
    if alg not in transport.algorithms:
        raise Refusal("algorithm_unsupported", "%s: algorithm %r is not allowed" % (what, alg))
    subject = claims["iss"]
    if kid.partition("#")[0] != subject:
        raise Refusal("identity_invalid", "%s: kid is not a verification method of iss" % what)
    key, operator = did.resolve_key(subject, kid, context.get("didDocuments", {}))
    if key.alg != alg:
        raise Refusal("identity_invalid", "%s: the DID key is not an %s key" % (what, alg))
    verify_signature(key, jws, what)
    check_times(claims, now, skew, LIFETIME["did"], what)
    if claims["aud"] != transport.audience:
        raise Refusal("audience_mismatch", "%s: aud is not this server's audience" % what)
    secret = transport.challenge_secret
    if not did.challenge_valid(claims["challenge"], secret, transport.audience, now, transport.challenge_ttl):
        raise Refusal("challenge_required", "%s: the challenge is not a valid, live challenge of this server" % what,
                      challenge=did.make_challenge(secret, now, transport.audience))
    seconds = int(claims["challenge"].partition(".")[0])
    return Identity(subject, operator, claims.get("sid"), thumbprint(key.jwk), claims["challenge"],
                    seconds + transport.challenge_ttl + skew)
