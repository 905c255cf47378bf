"""Strict I-JSON reader (spec/common-profile.md#strict-json).

Written from the common profile alone. The reader is iterative (no recursion), so neither depth nor size can exhaust
the Python stack. It returns plain Python values:

- object -> dict (insertion order kept), array -> list, string -> str, true/false -> bool, null -> None;
- a number written as an integer literal (no fraction, no exponent) -> int;
- a number written with a fraction or an exponent -> float, even when its value is whole (``300.0``).

Numbers that overflow to infinity (``1e400``), that are not zero but round to zero (``1e-400``), and negative zero in
any spelling (``-0``, ``-0.0``, ``-0e1``) are refused (rule 6).

The int/float split is how later steps apply the "integers in evidence are plain integer literals" rule to the text
that was received, not to the value.
"""

import re

MAX_SAFE_INTEGER = 2 ** 53 - 1
DEFAULT_MAX_DEPTH = 32

_WS = re.compile(r"[ \t\n\r]*")
_WS_CHARS = " \t\n\r"
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_PLAIN = re.compile(r'[^"\\\x00-\x1f]*')
_HEX4 = re.compile(r"[0-9A-Fa-f]{4}")
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JsonError(Exception):
    """A refusal while reading: ``reason`` is ``json_invalid`` or ``limit_exceeded``."""

    def __init__(self, reason, message, pointer=None):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.pointer = pointer


def escape_token(token):
    """One RFC 6901 reference token."""
    return str(token).replace("~", "~0").replace("/", "~1")


def make_pointer(tokens):
    return "".join("/" + escape_token(t) for t in tokens)


def decode_utf8(data):
    """Bytes -> str under rule 1: UTF-8 (RFC 3629) only, no byte order mark."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise JsonError("json_invalid", "a byte order mark is not allowed")
    try:
        # Python's strict codec refuses overlong forms, encoded surrogates and code points above U+10FFFF.
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as exc:
        raise JsonError("json_invalid", "invalid UTF-8 at byte %d" % exc.start) from None


def parse_bytes(data, max_depth=DEFAULT_MAX_DEPTH):
    return parse_text(decode_utf8(data), max_depth)


class _Frame:
    __slots__ = ("container", "is_object", "key")

    def __init__(self, container, is_object):
        self.container = container
        self.is_object = is_object
        self.key = None


def _pointer(stack, extra=None):
    tokens = []
    last = len(stack) - 1
    for depth, frame in enumerate(stack):
        if frame.is_object:
            if frame.key is not None:
                tokens.append(frame.key)
        else:
            # an enclosing array already holds the open child; the innermost one is reading its next element
            tokens.append(len(frame.container) - (0 if depth == last else 1))
    if extra is not None:
        tokens.append(extra)
    return make_pointer(tokens)


def _invalid(message, stack, pos, extra=None):
    return JsonError("json_invalid", "%s at offset %d" % (message, pos), _pointer(stack, extra))


def _read_string(text, pos, stack):
    """``text[pos]`` is the opening quote. Returns (string, position after the closing quote)."""
    n = len(text)
    pos += 1
    parts = []
    while True:
        m = _PLAIN.match(text, pos)
        if m.end() > pos:
            parts.append(m.group())
            pos = m.end()
        if pos >= n:
            raise _invalid("unterminated string", stack, pos)
        c = text[pos]
        if c == '"':
            return "".join(parts), pos + 1
        if c != "\\":
            raise _invalid("unescaped control character in string", stack, pos)
        if pos + 1 >= n:
            raise _invalid("unterminated escape", stack, pos)
        e = text[pos + 1]
        if e in _SIMPLE_ESCAPES:
            parts.append(_SIMPLE_ESCAPES[e])
            pos += 2
            continue
        if e != "u" or not _HEX4.fullmatch(text, pos + 2, pos + 6):
            raise _invalid("invalid escape", stack, pos)
        unit = int(text[pos + 2:pos + 6], 16)
        pos += 6
        if 0xDC00 <= unit <= 0xDFFF:
            raise _invalid("lone low surrogate", stack, pos - 6)
        if 0xD800 <= unit <= 0xDBFF:
            if text.startswith("\\u", pos) and _HEX4.fullmatch(text, pos + 2, pos + 6):
                low = int(text[pos + 2:pos + 6], 16)
                if 0xDC00 <= low <= 0xDFFF:
                    parts.append(chr(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)))
                    pos += 6
                    continue
            raise _invalid("lone high surrogate", stack, pos - 6)
        parts.append(chr(unit))


def _read_number(text, pos, stack):
    m = _NUMBER.match(text, pos)
    if not m:
        raise _invalid("invalid value", stack, pos)
    literal, fraction, exponent = m.group(0, 1, 2)
    if fraction is None and exponent is None:
        if len(literal) > 17:  # at most 16 digits and a sign can be safe; leading zeros are not allowed
            raise _invalid("integer outside +-(2^53-1)", stack, pos)
        value = int(literal)
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise _invalid("integer outside +-(2^53-1)", stack, pos)
        if value == 0 and literal[0] == "-":
            raise _invalid("negative zero", stack, pos)
        return value, m.end()
    value = float(literal)
    if value in (float("inf"), float("-inf")):
        raise _invalid("number overflows to infinity", stack, pos)
    if value == 0.0:
        mantissa = literal[:m.start(2) - pos] if exponent is not None else literal
        if mantissa.strip("-0.") != "":
            # a non-zero literal that rounds to zero (1e-400): its JCS form "0" would not be what was written
            raise _invalid("number underflows to zero", stack, pos)
        if literal.startswith("-"):
            raise _invalid("negative zero", stack, pos)
    return value, m.end()


_LITERALS = (("true", True), ("false", False), ("null", None))


def parse_text(text, max_depth=DEFAULT_MAX_DEPTH):
    """Parse one JSON text (already decoded). Raises JsonError."""
    n = len(text)
    stack = []
    root = None
    pos = _WS.match(text, 0).end()
    while True:
        # ---- read one value at pos ----
        if pos >= n:
            raise _invalid("unexpected end of input", stack, pos)
        c = text[pos]
        opened = None
        if c == "{" or c == "[":
            if len(stack) + 1 > max_depth:
                raise JsonError("limit_exceeded", "nesting deeper than %d at offset %d" % (max_depth, pos),
                                _pointer(stack))
            opened = {} if c == "{" else []
            value = opened
            pos += 1
        elif c == '"':
            value, pos = _read_string(text, pos, stack)
        elif c == "-" or "0" <= c <= "9":
            value, pos = _read_number(text, pos, stack)
        else:
            for word, lit in _LITERALS:
                if text.startswith(word, pos):
                    value = lit
                    pos += len(word)
                    break
            else:
                raise _invalid("invalid value", stack, pos)
        # attach the value to its parent
        if stack:
            top = stack[-1]
            if top.is_object:
                top.container[top.key] = value
            else:
                top.container.append(value)
        else:
            root = value
        if opened is not None:
            frame = _Frame(opened, c == "{")
            stack.append(frame)
            pos = _WS.match(text, pos).end()
            close = "}" if frame.is_object else "]"
            if pos < n and text[pos] == close:
                stack.pop()
                pos += 1
            elif frame.is_object:
                pos = _read_member_name(text, pos, stack)
                continue
            else:
                continue  # the first element of the array follows
        # ---- after a complete value: separators and closers ----
        while True:
            if pos < n and text[pos] in _WS_CHARS:
                pos = _WS.match(text, pos).end()
            if not stack:
                if pos != n:
                    raise _invalid("unexpected data after the JSON value", stack, pos)
                return root
            top = stack[-1]
            if pos >= n:
                raise _invalid("unexpected end of input", stack, pos)
            c = text[pos]
            if c == ",":
                pos += 1
                if pos < n and text[pos] in _WS_CHARS:
                    pos = _WS.match(text, pos).end()
                if top.is_object:
                    pos = _read_member_name(text, pos, stack)
                break
            if (c == "}" and top.is_object) or (c == "]" and not top.is_object):
                stack.pop()
                pos += 1
                continue
            raise _invalid("expected ',' or a closing bracket", stack, pos)


def _read_member_name(text, pos, stack):
    """Reads `"name" :` for the object on top of the stack; checks duplicates and __proto__."""
    frame = stack[-1]
    frame.key = None
    if pos >= len(text) or text[pos] != '"':
        raise _invalid("expected a member name", stack, pos)
    name, pos = _read_string(text, pos, stack)
    if name in frame.container:
        raise _invalid("duplicate member name", stack, pos, name)
    if name == "__proto__":
        raise _invalid("member named __proto__", stack, pos, name)
    pos = _WS.match(text, pos).end()
    if pos >= len(text) or text[pos] != ":":
        raise _invalid("expected ':'", stack, pos, name)
    frame.key = name
    return _WS.match(text, pos + 1).end()
