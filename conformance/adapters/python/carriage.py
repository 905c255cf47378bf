"""A ``--request``: the tools/call params object around the evidence (spec/tool-call-attestation.md#verification-order,
#carriage; spec/common-profile.md#evidence-container; schemas/evidence.schema.json).

Steps of the verification order handled here, on a request already read strictly (step 1):

2. request shape — ``params`` an object, ``name`` a non-empty string, ``arguments`` and ``_meta`` objects when
   present: otherwise ``request_malformed``.
3. carriage — the container ``_meta["org.mcp-trust/evidence"]`` must be an object with exactly ``items``, 1 to 16
   objects of exactly ``type`` (kebab-case, at most 64 characters), ``version`` (an integer literal 1 to 65 535) and
   ``value`` (an object); a known type (``tool-call-attestation``) with another version than 1 is
   ``envelope_malformed``. Then two items of the known type (even identical) are ``evidence_ambiguous``, and so is a
   ``_meta.attestation`` (present even when null) that differs under JCS from the container's item. Then neither
   location is ``attestation_required``. Items of unknown types are ignored, their values never read.
4. read the attestation — the evidence size limit applied to the JCS form of each copy (``limit_exceeded``); it was
   already read strictly as part of the request.
5. the schema, for every copy found: JCS equality cannot see how numbers were written, and the integer-literal rule
   is about the text received.

Numbers written with a fraction elsewhere in ``_meta`` (outside the container's own members and the attestation) are
not evidence and are not looked at.
"""

import re

import jcs
from envelope import SEP_2787, VAARA_V2, check_envelope
from errors import Refusal
from strict_json import make_pointer

EVIDENCE_KEY = "org.mcp-trust/evidence"
ATTESTATION_TYPE = "tool-call-attestation"
ATTESTATION_VERSION = 1
# the transport identity twins (spec/transport-headers.md) are known types too: their version is checked here and
# their values by twins.py
KNOWN_VERSIONS = {ATTESTATION_TYPE: (ATTESTATION_VERSION,), "actor": (1,), "cap-token": (1,), "agent-identity": (1,),
                  "agent-intent": (1,), "agent-session": (1,)}
_ITEM_TYPE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_CONTAINER = ["_meta", EVIDENCE_KEY]


class Request:
    """What steps 2 and 3 found: the tool name, the arguments and the attestation copies as (value, tokens)."""

    def __init__(self, name, arguments):
        self.name = name
        self.arguments = arguments
        self.item = None    # (value, tokens) of the container's attestation item value
        self.legacy = None  # (value, tokens) of _meta.attestation

    def copies(self):
        return [c for c in (self.item, self.legacy) if c is not None]


def check_shape(params):
    """Step 2. Returns a Request holding name and arguments (absent arguments are {})."""
    def malformed(tokens, message):
        return Refusal("request_malformed", message, make_pointer(tokens))

    if not isinstance(params, dict):
        raise malformed([], "the tools/call params must be an object")
    name = params.get("name")
    if not isinstance(name, str) or name == "":
        raise malformed(["name"], "the tools/call params need a non-empty string name")
    arguments = params.get("arguments", {})
    if not isinstance(arguments, dict):
        raise malformed(["arguments"], "the tools/call arguments must be an object")
    if "_meta" in params and not isinstance(params["_meta"], dict):
        raise malformed(["_meta"], "_meta must be an object")
    return Request(name, arguments)


def _malformed(tokens, message):
    return Refusal("envelope_malformed", message, make_pointer(tokens))


def check_container(container):
    """Step 3, structure: returns the (value, tokens) of every item of the known type, in order."""
    base = _CONTAINER
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
    known = []
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
            raise _malformed(path + ["type"], "item type must match ^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$, 64 at most")
        v = item["version"]
        if type(v) is not int or not 1 <= v <= 65535:  # a float: written with a fraction or an exponent
            raise _malformed(path + ["version"], "item version must be an integer literal in 1..65535")
        if not isinstance(item["value"], dict):
            raise _malformed(path + ["value"], "item value must be an object")
        if t in KNOWN_VERSIONS and v not in KNOWN_VERSIONS[t]:
            raise _malformed(path + ["version"], "unknown version %d of a %s item" % (v, t))
        if t == ATTESTATION_TYPE:
            known.append((item["value"], path + ["value"]))
        # any other type: ignored, its value not read
    return known


def twin_items(params):
    """After check_container passed: the items of the transport twin types, as type -> [(value, tokens)]."""
    container = params.get("_meta", {}).get(EVIDENCE_KEY)
    found = {}
    if container is not None:
        for index, item in enumerate(container["items"]):
            if item["type"] != ATTESTATION_TYPE and item["type"] in KNOWN_VERSIONS:
                found.setdefault(item["type"], []).append((item["value"], _CONTAINER + ["items", index, "value"]))
    return found


def locate(params, request, required=True):
    """Step 3: container structure and item versions, one attestation, presence. Fills request.item/legacy."""
    meta = params.get("_meta", {})
    items = check_container(meta[EVIDENCE_KEY]) if EVIDENCE_KEY in meta else []
    if len(items) > 1:
        raise Refusal("evidence_ambiguous", "two tool-call-attestation items in one evidence container",
                      make_pointer(items[1][1][:-1]))
    if items:
        request.item = items[0]
    if "attestation" in meta:  # present counts, even when null
        request.legacy = (meta["attestation"], ["_meta", "attestation"])
    if request.item is not None and request.legacy is not None:
        if jcs.canonicalize(request.item[0]) != jcs.canonicalize(request.legacy[0]):
            raise Refusal("evidence_ambiguous", "the evidence container and _meta.attestation hold different "
                          "attestations", "/_meta/attestation")
    if required and request.item is None and request.legacy is None:
        raise Refusal("attestation_required", "the request carries no tool-call attestation", "/_meta")
    return request


def check_sizes(request, limit):
    """Step 4: a carried attestation's bytes are not a document of their own, so the size is its JCS form's."""
    for value, tokens in request.copies():
        if len(jcs.canonicalize(value)) > limit:
            raise Refusal("limit_exceeded", "a carried attestation larger than %d bytes" % limit, make_pointer(tokens))


def check_attestation(request, profile):
    """Step 5 for every copy found; returns the Envelope to verify."""
    envelope = None
    if request.item is not None:
        value, tokens = request.item
        # evidence.schema.json: version 1 of the item holds the sep-2787 shape, whatever the profile detection says
        # of other locations; a profile forced to vaara-v2 cannot be met by a container item.
        envelope = check_envelope(value, SEP_2787, tokens)
        if profile == VAARA_V2:
            check_envelope(value, VAARA_V2, tokens)
    if request.legacy is not None:
        # Whatever its type: null, a number or a string is "not an object" (envelope_malformed). A string is not
        # taken for JSON text holding the envelope; the documents define no such encoding for _meta.attestation.
        legacy = check_envelope(request.legacy[0], profile, request.legacy[1])
        envelope = envelope or legacy
    return envelope
