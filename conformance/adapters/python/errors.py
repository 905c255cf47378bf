"""The one exception a verification step raises to refuse: a registered reason, a message and maybe a pointer."""

REASONS = frozenset({
    "json_invalid", "limit_exceeded", "envelope_malformed", "evidence_ambiguous", "attestation_required",
    "algorithm_unsupported", "key_unavailable", "signature_invalid", "not_yet_valid", "expired", "nonce_replay",
    "server_mismatch", "tool_mismatch", "args_commitment_mismatch", "request_malformed", "issuer_not_permitted",
    "capability_mismatch", "replay_store_unavailable", "upstream_unavailable",
    # transport identity (issue 6)
    "header_malformed", "header_duplicated", "header_mismatch", "token_malformed", "evidence_required",
    "lifetime_exceeded", "audience_mismatch", "actor_mismatch", "scope_insufficient", "scope_escalation",
    "chain_invalid", "key_binding_mismatch", "identity_invalid", "challenge_required", "intent_out_of_scope",
    "session_mismatch", "resolver_unavailable",
})  # spec/reasons.md; this adapter never produces upstream_unavailable (a gateway's), nor is it a verdict here
CHALLENGE_REASONS = frozenset({"challenge_required", "intent_out_of_scope"})  # decision "challenge", not "deny"


class Refusal(Exception):
    def __init__(self, reason, message, pointer=None, challenge=None):
        if reason not in REASONS:
            raise ValueError("unregistered reason %r" % reason)
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.pointer = pointer
        self.challenge = challenge  # a fresh did challenge, for challenge_required

    @property
    def decision(self):
        return "challenge" if self.reason in CHALLENGE_REASONS else "deny"


class UsageError(Exception):
    """Bad command line, unreadable file or unusable configuration: exit 2, never a verdict."""
