"""``verify-transport``: one tools/call with its transport identity evidence, decided against a policy
(spec/transport-headers.md#verification-order; conformance/adapter-protocol.md#verify-transport).

Reading (tool-call attestation steps 1 to 3): the request's size and strict JSON, its shape, the evidence container's
structure and item versions, and the attestation's carriage (two attestations, a differing ``_meta.attestation``).
Then:
 1. headers (duplicated -> malformed -> mismatch)      2. the twins' schemas, then one item per type
 3. required presence (actor, cap-token, agent-identity, agent-intent, agent-session) -> evidence_required; then a
    required attestation -> attestation_required
 4. the tool-call attestation, when carried: its steps 4 to 12 (nonce not yet consumed)
 5. agent identity   6. capability token chain   7. actor   8. session   9. intent (challenge)
10. single-use consumption, in this order: attestation nonce, capability token (iss, jti) when the tool's policy
    says singleUseCapToken, did challenge. A failing store is replay_store_unavailable, or, under failureMode open,
    a bypass that lets the call through and says so.
"""

from captoken import call_entry, covers, verify_chain
from carriage import check_attestation, check_container, check_shape, check_sizes, locate, twin_items
from did import make_challenge
from errors import Refusal
from identity import verify_identity
from jws import thumbprint
from tpolicy import ATTESTATION
from twins import ACTOR, CAP_TOKEN, IDENTITY, INTENT, SESSION, TWIN_TYPES, check_headers, check_twins
from verify import Policy as AttestationPolicy, verify

EVIDENCE_KEY = "org.mcp-trust/evidence"
EVIDENCE_LIMIT = 65536


class Outcome:
    def __init__(self):
        self.agent_id = None
        self.operator_id = None
        self.args_commitment = None
        self.bypass = False


def decide(params, policy, now, headers, context, replay):
    """Returns an Outcome on allow; raises Refusal (deny or challenge) otherwise. params was read strictly."""
    request = check_shape(params)                                           # request shape
    meta = params.get("_meta", {})
    if EVIDENCE_KEY in meta:
        check_container(meta[EVIDENCE_KEY])                                 # container structure, item versions
    twins = twin_items(params)
    tool = policy.for_tool(request.name)
    transport = policy.transport
    skew = policy.skew

    locate(params, request, required=False)                                 # carriage of the attestation
    check_headers(headers, twins)                                           # 1. headers
    check_twins(twins)                                                      # 2. twin schemas, one item per type
    values = {kind: items[0][0] for kind, items in twins.items()}
    for kind in TWIN_TYPES:                                                 # 3. required presence
        if kind in tool.evidence and kind not in values:
            raise Refusal("evidence_required", "the tool's policy requires an %s item" % kind)
    if ATTESTATION in tool.evidence and not request.copies():
        raise Refusal("attestation_required", "the request carries no tool-call attestation", "/_meta")

    out = Outcome()
    pop = set()
    attestation = None
    if request.copies():                                                    # 4. the tool-call attestation
        check_sizes(request, EVIDENCE_LIMIT)
        env = check_attestation(request, None)
        attestation_policy = AttestationPolicy(policy.algorithms, policy.server, now,
                                               "redacted" in tool.commitments, None, None, skew, tool.issuers,
                                               tool.required_capability)
        kind = verify(env, policy.trust_store, request.name, request.arguments, attestation_policy)
        if kind is not None and kind not in tool.commitments:
            raise Refusal("args_commitment_mismatch", "the tool's policy does not accept a %s commitment" % kind)
        out.args_commitment = kind
        attestation = env
        key = policy.trust_store.lookup(env.iss, env.kid, env.alg)
        print_ = thumbprint(key.jwk)
        if print_ is not None:
            pop.add(print_)

    identity = None
    if IDENTITY in values:                                                  # 5. agent identity
        identity = verify_identity(values[IDENTITY], transport, tool, context, now, skew)
        if identity.pop is not None:
            pop.add(identity.pop)

    root = leaf = None
    if CAP_TOKEN in values:                                                 # 6. capability token chain
        root, leaf = verify_chain(values[CAP_TOKEN]["tokens"], transport, request.name, now, skew, pop, tool)

    if ACTOR in values:                                                     # 7. actor
        actor = values[ACTOR]["id"]
        bound = leaf["sub"] if leaf is not None else (identity.agent_id if identity is not None else None)
        if bound is None or actor != bound:
            raise Refusal("actor_mismatch", "the actor is not the capability token's sub or the verified agent")

    session = values.get(SESSION, {}).get("id")                             # 8. session
    for source, claims_sid in (("capability token", leaf and leaf.get("sid")),
                               ("agent identity", identity and identity.sid)):
        if claims_sid and claims_sid != session:
            raise Refusal("session_mismatch", "the %s is bound to another session" % source)

    if INTENT in values:                                                    # 9. intent
        if not covers(set(values[INTENT]["scope"]), call_entry(request.name)):
            raise Refusal("intent_out_of_scope", "the call is outside the declared intent's scope")

    open_mode = policy.failure_mode_for(tool) == "open"                     # 10. single-use consumption
    consumptions = []
    if attestation is not None and replay is not None:
        consumptions.append(lambda: replay.consume(attestation.iss, attestation.nonce,
                                                   attestation.iat + attestation.exp_seconds + skew, now))
    if leaf is not None and tool.single_use and replay is not None:
        consumptions.append(lambda: replay.consume_key("cap:%s:%s" % (leaf["iss"], leaf["jti"]), leaf["exp"] + skew,
                                                       now))
    if identity is not None and identity.challenge is not None and replay is not None:
        consumptions.append(lambda: _consume_challenge(replay, identity, transport, now))
    for consume in consumptions:
        try:
            consume()
        except Refusal as refusal:
            if refusal.reason == "replay_store_unavailable" and open_mode:
                out.bypass = True  # failureMode open: the failing store is bypassed, and the decision says so
                continue
            raise
    # The adapter line names the verified agent identity, null when the call presented none
    # (conformance/adapter-protocol.md#verify-transport). spec/transport-headers.md gives the decision object a
    # fallback (the leaf's sub and the root's iss, else the attestation's); the two documents disagree there, and the
    # contract of this verb is followed.
    if identity is not None:
        out.agent_id, out.operator_id = identity.agent_id, identity.operator_id
    return out


def _consume_challenge(replay, identity, transport, now):
    try:
        replay.consume_key("challenge:" + identity.challenge, identity.challenge_until, now)
    except Refusal as refusal:
        if refusal.reason != "nonce_replay":
            raise
        raise Refusal("challenge_required", "the challenge was already used",
                      challenge=make_challenge(transport.challenge_secret, now, transport.audience)) from None

