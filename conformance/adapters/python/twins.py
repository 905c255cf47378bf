"""The five transport identity evidence items ("twins") and their HTTP header mirrors (.design-transport.md,
spec/transport-headers.md; schemas/actor, cap-token, agent-identity, agent-intent, agent-session .schema.json).

The body twin (an item of ``params._meta["org.mcp-trust/evidence"]``) is authoritative; a header is an optional
mirror. This module checks the twins' closed schemas by hand, decodes each header from its RFC 9651 structure into the
twin's JSON shape, and runs the three header checks in the order of the verification order's step 1: duplicated
(any of our names twice, case-insensitively) -> malformed (size, charset, structure, twin schema) -> mismatch (header
present and twin absent, or not deep-equal).
"""

import re

import jcs
import sfv
from envelope import ES_LINE_TERMINATORS, ES_WHITESPACE
from errors import Refusal
from strict_json import make_pointer

ACTOR, CAP_TOKEN, IDENTITY, INTENT, SESSION = "actor", "cap-token", "agent-identity", "agent-intent", "agent-session"
TWIN_TYPES = (ACTOR, CAP_TOKEN, IDENTITY, INTENT, SESSION)  # also the order of the presence check (step 3)
IDENTITY_TYPES = ("jwt", "did", "oauth", "mtls", "operator")

# common.schema.json patterns; Python's fullmatch and \Z stand for the schema's ^...$ anchors.
ACTOR_ID = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")
SESSION_ID = re.compile(r"[A-Za-z0-9._~-]{16,128}")
_ENTRY = (r"(?:tools/call:(?:\*|[A-Za-z0-9_.-]{1,128})"
          r"|(?!tools/call(?:\Z| ))[a-z][A-Za-z0-9_-]*(?:/[A-Za-z][A-Za-z0-9_-]*)*)")
SCOPE_ENTRY = re.compile(_ENTRY)
SCOPE_STRING = re.compile(_ENTRY + "(?: " + _ENTRY + ")*")
_CONTROL = "\x00-\x1f\x7f-\x9f"
_PURPOSE = re.compile("[^%s]*[^%s%s][^%s]*" % (_CONTROL, re.escape(ES_WHITESPACE), _CONTROL, _CONTROL))
# ECMAScript (u flag) \S and '.' for common.schema.json#/$defs/identifier: ^\S(?:.*\S)?$
_IDENTIFIER = re.compile("[^{ws}](?:[^{lt}]*[^{ws}])?".format(ws=re.escape(ES_WHITESPACE),
                                                          lt=re.escape(ES_LINE_TERMINATORS)))


def is_identifier(value):
    return isinstance(value, str) and 1 <= len(value) <= 512 and _IDENTIFIER.fullmatch(value) is not None


def is_actor_id(value):
    return isinstance(value, str) and len(value) <= 256 and ACTOR_ID.fullmatch(value) is not None


def is_session_id(value):
    return isinstance(value, str) and SESSION_ID.fullmatch(value) is not None


def is_scope_entry(value):
    return isinstance(value, str) and len(value) <= 160 and SCOPE_ENTRY.fullmatch(value) is not None


def _closed(value, required, optional=()):
    if not isinstance(value, dict):
        return "not an object"
    for name in value:
        if name not in required and name not in optional:
            return "unknown member %r" % name
    for name in required:
        if name not in value:
            return "missing member %r" % name
    return None


def twin_problem(kind, value):
    """None when value matches the closed schema of the twin kind, else why not."""
    if kind in (ACTOR, SESSION):
        why = _closed(value, ("id",))
        if why is None and not (is_actor_id if kind == ACTOR else is_session_id)(value["id"]):
            why = "id does not match its pattern"
        return why
    if kind == CAP_TOKEN:
        why = _closed(value, ("tokens",))
        if why is None:
            tokens = value["tokens"]
            if not isinstance(tokens, list) or not 1 <= len(tokens) <= 4:
                return "tokens must be an array of 1 to 4 compact JWS"
            if not all(isinstance(t, str) and 1 <= len(t) <= 4096 for t in tokens):
                return "a token is not a string of 1 to 4096 characters"
        return why
    if kind == IDENTITY:
        why = _closed(value, ("type", "credential"))
        if why is None and value["type"] not in IDENTITY_TYPES:
            why = "type must be one of %s" % ", ".join(IDENTITY_TYPES)
        if why is None and not (isinstance(value["credential"], str) and 1 <= len(value["credential"]) <= 4096):
            why = "credential must be a string of 1 to 4096 characters"
        return why
    if kind == INTENT:
        why = _closed(value, ("purpose", "scope"))
        if why is not None:
            return why
        purpose, scope = value["purpose"], value["scope"]
        if not isinstance(purpose, str) or not 1 <= len(purpose) <= 256 or not _PURPOSE.fullmatch(purpose):
            return "purpose must be 1 to 256 characters, not only white space, without control characters"
        if not isinstance(scope, list) or not 1 <= len(scope) <= 32:
            return "scope must be an array of 1 to 32 entries"
        if not all(is_scope_entry(e) for e in scope):
            return "a scope entry does not match its grammar"
        if len(set(scope)) != len(scope):
            return "scope entries must be distinct"
        return None
    raise ValueError(kind)


# --- headers -------------------------------------------------------------------------------------------------------

HEADERS = {  # lower-case name -> (twin kind, RFC 9651 field type, maximum bytes)
    "mcp-actor": (ACTOR, "item", 8192),
    "mcp-cap-token": (CAP_TOKEN, "list", 16384),
    "mcp-agent-identity": (IDENTITY, "item", 8192),
    "mcp-agent-intent": (INTENT, "dictionary", 8192),
    "mcp-agent-session": (SESSION, "item", 8192),
}
_ORDER = ("mcp-actor", "mcp-cap-token", "mcp-agent-identity", "mcp-agent-intent", "mcp-agent-session")
# MCP-Audit-Chain is reserved for receipts: verifiers MUST NOT interpret it, so it is not looked at at all (not even
# for duplicates).


class HeaderError(Exception):
    pass


def _plain_string(member):
    """An Item that is an sf-string without parameters (a Token or a DisplayString is another type)."""
    if isinstance(member, sfv.InnerList):
        raise HeaderError("an inner list where a string is expected")
    bare, params = member
    if type(bare) is not str:
        raise HeaderError("not an sf-string")
    if params:
        raise HeaderError("unexpected parameters %s" % ", ".join(params))
    return bare


def decode_header(kind, parsed):
    """The parsed RFC 9651 value -> the twin's JSON value (raises HeaderError when the structure is not the one the
    twin's x-mcp-header describes)."""
    if kind in (ACTOR, SESSION):
        return {"id": _plain_string(parsed)}
    if kind == CAP_TOKEN:
        return {"tokens": [_plain_string(m) for m in parsed]}
    if kind == IDENTITY:
        bare, params = parsed
        if not isinstance(bare, sfv.Token):
            raise HeaderError("the identity type must be an sf-token")
        if set(params) != {"credential"}:
            raise HeaderError("the only parameter is credential, and it is required")
        credential = params["credential"]
        if type(credential) is not str:
            raise HeaderError("credential must be an sf-string")
        return {"type": str(bare), "credential": credential}
    if kind == INTENT:
        extra = set(parsed) - {"purpose", "scope"}
        if extra:
            raise HeaderError("unknown dictionary members %s" % ", ".join(sorted(extra)))
        out = {}
        if "purpose" in parsed:
            member = parsed["purpose"]
            if isinstance(member, sfv.InnerList):
                raise HeaderError("purpose must be a string")
            bare, params = member
            if params:
                raise HeaderError("purpose takes no parameters")
            if isinstance(bare, sfv.DisplayString):
                # "a verifier compares decoded values, so it accepts either form" (spec/transport-headers.md)
                out["purpose"] = str(bare)
            elif type(bare) is str:
                out["purpose"] = bare
            else:
                raise HeaderError("purpose must be an sf-string or a display string")
        if "scope" in parsed:
            member = parsed["scope"]
            if not isinstance(member, sfv.InnerList):
                raise HeaderError("scope must be an inner list")
            if member.params:
                raise HeaderError("scope takes no parameters")
            out["scope"] = [_plain_string(i) for i in member.items]
        return out
    raise ValueError(kind)


def check_headers(headers, twins):
    """Step 1. headers: [name, value] pairs as on the wire (None: stdio). twins: kind -> list of (value, tokens) of the
    container's items of that kind. Every header is checked for duplicates, then every header for malformation, then
    every header for mismatch, each stage in the order actor, cap-token, agent-identity, agent-intent, agent-session
    (spec/transport-headers.md#mirroring). Raises Refusal(header_duplicated | header_malformed | header_mismatch)."""
    if headers is None:
        return
    lines = {}
    for name, value in headers:
        if name.lower() in HEADERS:
            lines.setdefault(name.lower(), []).append((name, value))
    present = [lower for lower in _ORDER if lower in lines]
    for lower in present:
        if len(lines[lower]) > 1:
            raise Refusal("header_duplicated", "header %s appears %d times" % (lines[lower][0][0], len(lines[lower])))
    decoded = []
    for lower in present:
        name, value = lines[lower][0]
        kind, field_type, limit = HEADERS[lower]
        if len(value.encode("utf-8", "surrogatepass")) > limit:
            raise Refusal("header_malformed", "%s is longer than %d bytes" % (name, limit))
        if not all(" " <= c <= "~" for c in value):
            raise Refusal("header_malformed", "%s is not printable ASCII" % name)
        try:
            twin = decode_header(kind, sfv.parse(value, field_type))
        except (sfv.SfvError, HeaderError) as exc:
            raise Refusal("header_malformed", "%s: %s" % (name, exc)) from None
        why = twin_problem(kind, twin)
        if why is not None:
            raise Refusal("header_malformed", "%s does not decode to a valid %s: %s" % (name, kind, why))
        decoded.append((kind, name, twin))
    for kind, name, twin in decoded:
        items = twins.get(kind, [])
        if not items:
            raise Refusal("header_mismatch", "%s is present but the body has no %s item" % (name, kind))
        value, tokens = items[0]  # "compared with the first item of its type"; a second is evidence_ambiguous later
        # "compared as JSON values (by their RFC 8785 form)"
        if _jcs_or_none(value) != jcs.canonicalize(twin):
            raise Refusal("header_mismatch", "%s differs from the body's %s item" % (name, kind), make_pointer(tokens))


def _jcs_or_none(value):
    try:
        return jcs.canonicalize(value)
    except jcs.CanonicalizationError:
        return None


def check_twins(twins):
    """Step 2, in the order the verification order lists it: each item's closed schema (envelope_malformed), then one
    item per type (evidence_ambiguous)."""
    for kind in TWIN_TYPES:
        for value, tokens in twins.get(kind, []):
            why = twin_problem(kind, value)
            if why is not None:
                raise Refusal("envelope_malformed", "the %s item: %s" % (kind, why), make_pointer(tokens))
    for kind in TWIN_TYPES:
        items = twins.get(kind, [])
        if len(items) > 1:
            raise Refusal("evidence_ambiguous", "two %s items in one evidence container" % kind,
                          make_pointer(items[1][1][:-1]))
