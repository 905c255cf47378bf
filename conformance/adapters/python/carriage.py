"""Finding the attestation in a tools/call params object (spec/tool-call-attestation.md#carriage) and checking the
evidence container's schema (schemas/evidence.schema.json).

Step 3 only *finds*: it looks in ``_meta["org.mcp-trust/evidence"].items[]`` for items of type
``tool-call-attestation`` and at SEP-2787's ``_meta.attestation``. Where nothing can be found the answer is
``attestation_required``; two container items, or two locations whose values differ under JCS, are
``evidence_ambiguous``. Each copy found must then fit the evidence size limit (``limit_exceeded``, measured on its
JCS form). Step 4 then checks the container's schema, every copy of the attestation, and the request
members the verifier uses (``name``, ``arguments``).
"""

import re

import jcs
from envelope import SEP_2787, VAARA_V2, check_envelope
from errors import Refusal
from strict_json import make_pointer

EVIDENCE_KEY = "org.mcp-trust/evidence"
ATTESTATION_TYPE = "tool-call-attestation"
ATTESTATION_VERSION = 1
_ITEM_TYPE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


class Located:
    """The attestation copies step 3 found, as (value, pointer tokens) pairs."""

    def __init__(self):
        self.container = None      # the container value, when _meta holds the member
        self.item = None           # (item, tokens of the item) for the one attestation item
        self.legacy = None         # (value, tokens) for _meta.attestation


def locate(params):
    """Step 3: returns a Located with at least one copy, or raises Refusal."""
    found = Located()
    meta = params.get("_meta") if isinstance(params, dict) else None
    if not isinstance(meta, dict):
        raise Refusal("attestation_required", "the request carries no _meta, hence no attestation", "/_meta")
    items_found = []
    if EVIDENCE_KEY in meta:
        found.container = meta[EVIDENCE_KEY]
        items = found.container.get("items") if isinstance(found.container, dict) else None
        if isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, dict) and item.get("type") == ATTESTATION_TYPE:
                    items_found.append((item, ["_meta", EVIDENCE_KEY, "items", index]))
    if "attestation" in meta:
        found.legacy = (meta["attestation"], ["_meta", "attestation"])
    if len(items_found) > 1:
        raise Refusal("evidence_ambiguous", "two tool-call-attestation items in one evidence container",
                      make_pointer(items_found[1][1]))
    if items_found:
        found.item = items_found[0]
    if found.item is not None and found.legacy is not None:
        if "value" not in found.item[0] or not _same(found.item[0]["value"], found.legacy[0]):
            raise Refusal("evidence_ambiguous", "the evidence container and _meta.attestation hold different "
                          "attestations", "/_meta/attestation")
    if found.item is None and found.legacy is None:
        raise Refusal("attestation_required", "the request carries no tool-call attestation", "/_meta")
    return found


def check_sizes(found, limit):
    """The evidence size limit for carried copies. Their bytes inside the request are not a document of their own,
    so the size measured is that of their JCS form (what the signature covers, give or take the signature)."""
    copies = ([(found.item[0].get("value"), found.item[1] + ["value"])] if found.item is not None else []) + \
        ([found.legacy] if found.legacy is not None else [])
    for value, tokens in copies:
        try:
            size = len(jcs.canonicalize(value))
        except jcs.CanonicalizationError:
            continue
        if size > limit:
            raise Refusal("limit_exceeded", "a carried attestation larger than %d bytes" % limit, make_pointer(tokens))


def _same(a, b):
    try:
        return jcs.canonicalize(a) == jcs.canonicalize(b)
    except jcs.CanonicalizationError:
        return False


def _malformed(tokens, message):
    return Refusal("envelope_malformed", message, make_pointer(tokens))


def check_container(container):
    """Step 4 for the container itself and its items of any type (values of unknown types are not read)."""
    base = ["_meta", EVIDENCE_KEY]
    if not isinstance(container, dict):
        raise _malformed(base, "the evidence container must be an object")
    for name in container:
        if name != "items":
            raise _malformed(base + [name], "unknown member %r" % name)
    if "items" not in container:
        raise _malformed(base + ["items"], "missing member 'items'")
    items = container["items"]
    if not isinstance(items, list) or not 1 <= len(items) <= 16:
        raise _malformed(base + ["items"], "items must be an array of 1 to 16 entries")
    for index, item in enumerate(items):
        path = base + ["items", index]
        if not isinstance(item, dict):
            raise _malformed(path, "an evidence item must be an object")
        for name in item:
            if name not in ("type", "version", "value"):
                raise _malformed(path + [name], "unknown member %r" % name)
        for name in ("type", "version", "value"):
            if name not in item:
                raise _malformed(path + [name], "missing member %r" % name)
        t = item["type"]
        if not isinstance(t, str) or len(t) > 64 or not _ITEM_TYPE.fullmatch(t):
            raise _malformed(path + ["type"], "item type must match ^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
        v = item["version"]
        if type(v) is not int or not 1 <= v <= 65535:
            raise _malformed(path + ["version"], "item version must be an integer literal in 1..65535")
        if not isinstance(item["value"], dict):
            raise _malformed(path + ["value"], "item value must be an object")
        if t == ATTESTATION_TYPE and v != ATTESTATION_VERSION:
            raise _malformed(path + ["version"], "unknown version %d of a tool-call-attestation item" % v)
        if t != ATTESTATION_TYPE:
            # Not read, but still evidence: every number in evidence is a plain integer literal.
            where = first_non_integer(item["value"])
            if where is not None:
                raise _malformed(path + ["value"] + where, "a number written with a fraction or an exponent")


def first_non_integer(value):
    """Pointer tokens of the first number written with a fraction or an exponent, or None (no recursion)."""
    pending = [(value, [])]
    while pending:
        current, tokens = pending.pop()
        if isinstance(current, float):
            return tokens
        if isinstance(current, dict):
            pending.extend((v, tokens + [k]) for k, v in reversed(list(current.items())))
        elif isinstance(current, list):
            pending.extend((v, tokens + [i]) for i, v in reversed(list(enumerate(current))))
    return None


def check_request(params, found, profile):
    """Step 4 for a --request: returns (envelope, tool name, arguments)."""
    envelope = None
    if found.container is not None:
        check_container(found.container)
    if found.item is not None:
        item, tokens = found.item
        # evidence.schema.json: version 1 of the item holds the sep-2787 shape, whatever the profile detection says
        # of other locations; a profile forced to vaara-v2 cannot be met by a container item.
        envelope = check_envelope(item["value"], SEP_2787, tokens + ["value"])
        if profile == VAARA_V2:
            check_envelope(item["value"], VAARA_V2, tokens + ["value"])
    if found.legacy is not None:
        # Validated even when the container copy is the one used: JCS equality cannot see how numbers were
        # written, and the integer-literal rule is about the bytes received.
        legacy = check_envelope(found.legacy[0], profile, found.legacy[1])
        envelope = envelope or legacy
    name = params.get("name")
    if not isinstance(name, str):
        raise _malformed(["name"], "the tools/call name must be a string")
    arguments = params.get("arguments", {})
    if not isinstance(arguments, dict):
        raise _malformed(["arguments"], "the tools/call arguments must be an object")
    return envelope, name, arguments
