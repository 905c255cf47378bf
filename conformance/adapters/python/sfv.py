"""RFC 9651 Structured Field Values: the parsing algorithms of section 4.2, written from the RFC.

The transport headers use sf-string, sf-token, display strings, inner lists, lists, dictionaries and parameters; the
other bare item types (integer, decimal, byte sequence, boolean, date) are parsed too, because a header that holds one
where a string is expected must be told apart from a header that cannot be parsed at all, and because the httpwg test
suites exercise the whole grammar.

Values returned:
- an Item is ``(bare, params)``; params is a ``dict`` in insertion order (a repeated key overwrites the value but
  keeps its first position, as section 4.2.3.2 and the ordered-map semantics of section 3.2 say);
- an inner list is ``InnerList(items, params)``; a List is a Python ``list`` of Items and InnerLists; a Dictionary
  is a ``dict`` of name -> Item or InnerList;
- bare items: ``int`` (Integer), ``decimal.Decimal`` (Decimal), ``str`` (String), ``Token`` (a ``str`` subclass),
  ``bytes`` (Byte Sequence), ``bool`` (Boolean), ``Date``, ``DisplayString`` (a ``str`` subclass).
Every failure raises ``SfvError``.
"""

import base64
import decimal
import re


class SfvError(ValueError):
    """The input is not a valid Structured Field of the requested type (RFC 9651 section 4.2: 'fail parsing')."""


class Token(str):
    """An sf-token (section 3.3.4): kept apart from String, whose value may be spelled the same."""


class DisplayString(str):
    """A display string (section 3.3.8): Unicode, apart from String."""


class Date:
    """A date (section 3.3.7): an integer number of seconds since the epoch."""

    __slots__ = ("seconds",)

    def __init__(self, seconds):
        self.seconds = seconds

    def __eq__(self, other):
        return isinstance(other, Date) and other.seconds == self.seconds

    def __hash__(self):
        return hash(("date", self.seconds))


class InnerList:
    __slots__ = ("items", "params")

    def __init__(self, items, params):
        self.items = items
        self.params = params


_LCALPHA = "abcdefghijklmnopqrstuvwxyz"
_ALPHA = _LCALPHA + _LCALPHA.upper()
_DIGIT = "0123456789"
_KEY_FIRST = _LCALPHA + "*"
_KEY_REST = _LCALPHA + _DIGIT + "_-.*"
# tchar of RFC 9110 section 5.6.2, plus ":" and "/" (section 4.2.6 step 3.2)
_TOKEN_REST = _ALPHA + _DIGIT + "!#$%&'*+-.^_`|~:/"
_BASE64 = re.compile(r"[A-Za-z0-9+/=]*")
_LOWER_HEX = "0123456789abcdef"


class _Input:
    """The input string and a cursor; the RFC's 'consume the first character' is ``take``."""

    __slots__ = ("s", "i")

    def __init__(self, s):
        self.s = s
        self.i = 0

    def empty(self):
        return self.i >= len(self.s)

    def peek(self):
        return self.s[self.i] if self.i < len(self.s) else ""

    def take(self):
        c = self.s[self.i]
        self.i += 1
        return c

    def discard_sp(self):
        while self.peek() == " ":
            self.i += 1

    def discard_ows(self):  # OWS: SP and HTAB (RFC 9110 section 5.6.3)
        while self.peek() in (" ", "\t") and not self.empty():
            self.i += 1


def parse(text, field_type):
    """Section 4.2 'Parsing Structured Fields': text is the field value (lines already combined with ', ')."""
    if isinstance(text, bytes):
        try:
            text = text.decode("ascii")  # step 1: convert to an array of ASCII characters, failing otherwise
        except UnicodeDecodeError:
            raise SfvError("field value is not ASCII") from None
    elif not text.isascii():
        raise SfvError("field value is not ASCII")
    inp = _Input(text)
    inp.discard_sp()  # step 2
    if field_type == "list":
        out = _parse_list(inp)
    elif field_type == "dictionary":
        out = _parse_dictionary(inp)
    elif field_type == "item":
        out = _parse_item(inp)
    else:
        raise ValueError("unknown field type %r" % field_type)
    inp.discard_sp()  # step 6
    if not inp.empty():  # step 7
        raise SfvError("unexpected characters after the value at offset %d" % inp.i)
    return out


def _parse_list(inp):
    """Section 4.2.1."""
    members = []
    while not inp.empty():
        members.append(_parse_item_or_inner_list(inp))
        inp.discard_ows()
        if inp.empty():
            return members
        if inp.take() != ",":
            raise SfvError("expected ',' between list members")
        inp.discard_ows()
        if inp.empty():
            raise SfvError("trailing ',' in a list")
    return members


def _parse_item_or_inner_list(inp):
    """Section 4.2.1.1."""
    if inp.peek() == "(":
        return _parse_inner_list(inp)
    return _parse_item(inp)


def _parse_inner_list(inp):
    """Section 4.2.1.2."""
    if inp.take() != "(":
        raise SfvError("expected '('")
    items = []
    while not inp.empty():
        inp.discard_sp()
        if inp.peek() == ")":
            inp.take()
            return InnerList(items, _parse_parameters(inp))
        items.append(_parse_item(inp))
        if inp.peek() not in (" ", ")") or inp.empty():
            raise SfvError("expected SP or ')' after an inner list member")
    raise SfvError("unterminated inner list")


def _parse_dictionary(inp):
    """Section 4.2.2: a repeated key overwrites the earlier value."""
    members = {}
    while not inp.empty():
        key = _parse_key(inp)
        if inp.peek() == "=":
            inp.take()
            member = _parse_item_or_inner_list(inp)
        else:
            member = (True, _parse_parameters(inp))
        members[key] = member
        inp.discard_ows()
        if inp.empty():
            return members
        if inp.take() != ",":
            raise SfvError("expected ',' between dictionary members")
        inp.discard_ows()
        if inp.empty():
            raise SfvError("trailing ',' in a dictionary")
    return members


def _parse_item(inp):
    """Section 4.2.3."""
    bare = _parse_bare_item(inp)
    return (bare, _parse_parameters(inp))


def _parse_bare_item(inp):
    """Section 4.2.3.1."""
    c = inp.peek()
    if c == "-" or (c != "" and c in _DIGIT):
        return _parse_number(inp)
    if c == '"':
        return _parse_string(inp)
    if c == "*" or (c != "" and c in _ALPHA):
        return _parse_token(inp)
    if c == ":":
        return _parse_byte_sequence(inp)
    if c == "?":
        return _parse_boolean(inp)
    if c == "@":
        return _parse_date(inp)
    if c == "%":
        return _parse_display_string(inp)
    raise SfvError("no bare item starts with %r" % c)


def _parse_parameters(inp):
    """Section 4.2.3.2."""
    params = {}
    while not inp.empty():
        if inp.peek() != ";":
            break
        inp.take()
        inp.discard_sp()
        key = _parse_key(inp)
        value = True
        if inp.peek() == "=":
            inp.take()
            value = _parse_bare_item(inp)
        params[key] = value
    return params


def _parse_key(inp):
    """Section 4.2.3.3."""
    c = inp.peek()
    if c == "" or c not in _KEY_FIRST:
        raise SfvError("a key starts with lcalpha or '*'")
    start = inp.i
    while not inp.empty() and inp.peek() in _KEY_REST:
        inp.i += 1
    return inp.s[start:inp.i]


def _parse_number(inp):
    """Section 4.2.4: at most 15 integer digits, or 12 + '.' + 1..3 fraction digits."""
    kind, sign, digits = "integer", 1, ""
    if inp.peek() == "-":
        inp.take()
        sign = -1
    if inp.empty() or inp.peek() not in _DIGIT:
        raise SfvError("a number needs a digit")
    while not inp.empty():
        c = inp.peek()
        if c in _DIGIT:
            digits += inp.take()
        elif kind == "integer" and c == ".":
            if len(digits) > 12:
                raise SfvError("a decimal has at most 12 integer digits")
            digits += inp.take()
            kind = "decimal"
        else:
            break
        if kind == "integer" and len(digits) > 15:
            raise SfvError("an integer has at most 15 digits")
        if kind == "decimal" and len(digits) > 16:
            raise SfvError("a decimal has at most 16 characters")
    if kind == "integer":
        return sign * int(digits)
    if digits.endswith("."):
        raise SfvError("a decimal cannot end with '.'")
    if len(digits) - digits.index(".") - 1 > 3:
        raise SfvError("a decimal has at most 3 fraction digits")
    return sign * decimal.Decimal(digits)


def _parse_string(inp):
    """Section 4.2.5: printable ASCII; only \\" and \\\\ escapes."""
    if inp.take() != '"':
        raise SfvError("expected '\"'")
    out = []
    while not inp.empty():
        c = inp.take()
        if c == "\\":
            if inp.empty():
                raise SfvError("a string ends inside an escape")
            nxt = inp.take()
            if nxt not in ('"', "\\"):
                raise SfvError("only \\\" and \\\\ are escapes in a string")
            out.append(nxt)
        elif c == '"':
            return "".join(out)
        elif not " " <= c <= "~":
            raise SfvError("a string holds printable ASCII only")
        else:
            out.append(c)
    raise SfvError("unterminated string")


def _parse_token(inp):
    """Section 4.2.6."""
    start = inp.i
    inp.take()  # ALPHA or '*', checked by the caller
    while not inp.empty() and inp.peek() in _TOKEN_REST:
        inp.i += 1
    return Token(inp.s[start:inp.i])


def _parse_byte_sequence(inp):
    """Section 4.2.7: strict base64 (RFC 4648 section 4) between colons."""
    inp.take()
    end = inp.s.find(":", inp.i)
    if end < 0:
        raise SfvError("unterminated byte sequence")
    b64 = inp.s[inp.i:end]
    inp.i = end + 1
    if not _BASE64.fullmatch(b64):
        raise SfvError("a byte sequence holds base64 characters only")
    try:
        return base64.b64decode(b64, validate=True)
    except ValueError:
        raise SfvError("invalid base64 in a byte sequence") from None


def _parse_boolean(inp):
    """Section 4.2.8."""
    inp.take()
    c = inp.take() if not inp.empty() else ""
    if c == "1":
        return True
    if c == "0":
        return False
    raise SfvError("a boolean is ?0 or ?1")


def _parse_date(inp):
    """Section 4.2.9: '@' then an Integer (a Decimal fails)."""
    inp.take()
    value = _parse_number(inp)
    if not isinstance(value, int):
        raise SfvError("a date is an integer")
    return Date(value)


def _parse_display_string(inp):
    """Section 4.2.10: '%"', printable ASCII with %xx (lower-case hex) escapes of UTF-8 bytes, '"'."""
    inp.take()
    if inp.empty() or inp.take() != '"':
        raise SfvError("a display string starts with %\"")
    out = bytearray()
    while not inp.empty():
        c = inp.take()
        if not " " <= c <= "~":
            raise SfvError("a display string holds printable ASCII only")
        if c == "%":
            hexpair = inp.s[inp.i:inp.i + 2]
            if len(hexpair) != 2 or any(h not in _LOWER_HEX for h in hexpair):
                raise SfvError("a display string escape is % and two lower-case hex digits")
            inp.i += 2
            out.append(int(hexpair, 16))
        elif c == '"':
            try:
                return DisplayString(out.decode("utf-8", errors="strict"))
            except UnicodeDecodeError:
                raise SfvError("a display string is not valid UTF-8") from None
        else:
            out.append(ord(c))
    raise SfvError("unterminated display string")
