"""The one exception a verification step raises to refuse: a registered reason, a message and maybe a pointer."""

REASONS = frozenset({
    "json_invalid", "limit_exceeded", "envelope_malformed", "evidence_ambiguous", "attestation_required",
    "algorithm_unsupported", "key_unavailable", "signature_invalid", "not_yet_valid", "expired", "nonce_replay",
    "server_mismatch", "tool_mismatch", "args_commitment_mismatch", "request_malformed", "issuer_not_permitted",
    "capability_mismatch", "replay_store_unavailable", "upstream_unavailable",
})  # spec/reasons.md; this adapter never produces upstream_unavailable (a gateway's), nor is it a verdict here


class Refusal(Exception):
    def __init__(self, reason, message, pointer=None):
        if reason not in REASONS:
            raise ValueError("unregistered reason %r" % reason)
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.pointer = pointer


class UsageError(Exception):
    """Bad command line, unreadable file or unusable configuration: exit 2, never a verdict."""
