"""Nonce consumption (spec/tool-call-attestation.md#nonce-consumption) in a directory the runner keeps per vector.

Format (this adapter's own): one file per (iss, nonce), named ``nonce-<sha256 of JCS([iss, nonce])>.json``, holding
``{"iss":…, "nonce":…, "until":<epoch seconds>}`` — the instant until which the nonce must be remembered
(iat + expSeconds + skew). The file is created with O_CREAT|O_EXCL, so of any number of concurrent consumers exactly one
succeeds. An exclusive flock on ``.lock`` additionally serialises the rare reclaim of a record whose ``until`` has
passed; where flock is unavailable, records are simply never reclaimed (stricter, never weaker).

The directory is created when the first nonce is consumed. A directory that cannot be created or written, or any other
I/O error while consuming, is ``replay_store_unavailable`` (spec/tool-call-attestation.md#nonce-consumption,
conformance/adapter-protocol.md: fail-closed, and only for a call that passed every other check).
"""

import contextlib
import hashlib
import json
import os

import jcs
from errors import Refusal

try:
    import fcntl
except ImportError:  # not POSIX
    fcntl = None


class ReplayStore:
    def __init__(self, directory):
        self.directory = directory  # created when a nonce is first consumed, so that its failure is step 13's

    @contextlib.contextmanager
    def _locked(self):
        if fcntl is None:
            yield False
            return
        fd = os.open(os.path.join(self.directory, ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield True
        finally:
            os.close(fd)  # closing releases the lock

    def _path(self, iss, nonce):
        name = hashlib.sha256(jcs.canonicalize([iss, nonce])).hexdigest()
        return os.path.join(self.directory, "nonce-%s.json" % name)

    def consume(self, iss, nonce, until, now, pointer=None):
        """Consumes (iss, nonce) or raises Refusal(nonce_replay)."""
        record = json.dumps({"iss": iss, "nonce": nonce, "until": until}).encode("utf-8")
        self._consume(self._path(iss, nonce), record, now, pointer)

    def consume_key(self, key, until, now):
        """Consumes a single-use key of the transport checks (``cap:<iss>:<jti>`` for a capability token, the challenge
        itself for a did proof) or raises Refusal(nonce_replay). Files ``key-<sha256 of the key>.json``, apart from
        the attestation nonces."""
        path = os.path.join(self.directory, "key-%s.json" % hashlib.sha256(key.encode("utf-8")).hexdigest())
        self._consume(path, json.dumps({"key": key, "until": until}).encode("utf-8"), now, None)

    def _consume(self, path, record, now, pointer):
        try:
            os.makedirs(self.directory, exist_ok=True)
            with self._locked() as locked:
                try:
                    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                except FileExistsError:
                    if not (locked and self._expired(path, now)):
                        raise Refusal("nonce_replay", "already consumed by an earlier accepted call",
                                      pointer) from None
                    temp = "%s.%d.tmp" % (path, os.getpid())
                    with open(temp, "wb") as handle:
                        handle.write(record)
                        handle.flush()
                        os.fsync(handle.fileno())
                    os.replace(temp, path)
                    return
                try:
                    os.write(fd, record)
                    os.fsync(fd)
                finally:
                    os.close(fd)
        except OSError as exc:
            # The store failed (step 13), a directory that cannot be created or written included: refuse,
            # fail-closed (the adapter has no fail-open option). Only a call that passed every other check gets here.
            raise Refusal("replay_store_unavailable", "replay store I/O error: %s" % exc, pointer) from None

    @staticmethod
    def _expired(path, now):
        """True only for a readable record whose remembering period has passed; anything odd fails closed."""
        try:
            with open(path, "rb") as handle:
                until = json.loads(handle.read().decode("utf-8"))["until"]
            return type(until) is int and now > until
        except (OSError, ValueError, KeyError, TypeError):
            return False
