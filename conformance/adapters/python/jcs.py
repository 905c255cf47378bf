"""RFC 8785 JSON Canonicalization Scheme, written from the RFC.

- object members sorted by the UTF-16 code units of their names;
- no insignificant white space;
- strings with the minimal escapes of RFC 8785 section 3.2.2.2 (the ECMAScript JSON.stringify set);
- numbers as ECMAScript Number::toString (ES2015 7.1.12.1) of the IEEE 754 double.

Input is a value from strict_json (or plain Python data): dict, list, str, int, float, bool, None.
"""

import math

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


class CanonicalizationError(ValueError):
    pass


def serialize_string(s):
    out = ['"']
    for ch in s:
        esc = _ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        elif 0xD800 <= ord(ch) <= 0xDFFF:
            raise CanonicalizationError("lone surrogate in string")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _shortest_digits(x):
    """For a finite x > 0: (digits, n) with x = 0.digits * 10**n, digits the shortest round-trip string.

    Python's repr() produces the shortest digit string that round-trips (David Gay's algorithm, correctly rounded
    to nearest), which is what ES2015 7.1.12.1 step 5 asks for. Only its layout differs from ECMAScript's.
    """
    r = repr(x)
    if "e" in r:
        mantissa, exp = r.split("e")
        exp = int(exp)
    else:
        mantissa, exp = r, 0
    if "." in mantissa:
        int_part, frac_part = mantissa.split(".")
    else:
        int_part, frac_part = mantissa, ""
    digits = int_part + frac_part
    # value = int(digits) * 10**(exp - len(frac_part)); strip leading zeros (which move nothing) and trailing zeros
    point = len(int_part) + exp  # position of the decimal point relative to the start of `digits`
    stripped = digits.lstrip("0")
    point -= len(digits) - len(stripped)
    stripped = stripped.rstrip("0")
    return stripped, point


def number_to_string(x):
    """ECMAScript Number::toString for a finite double."""
    if isinstance(x, bool):
        raise CanonicalizationError("bool is not a number")
    if isinstance(x, int):
        if abs(x) <= 2 ** 53:
            return str(x)
        x = float(x)  # same as ECMAScript: the value a JavaScript reader would hold
    if math.isnan(x) or math.isinf(x):
        raise CanonicalizationError("non-finite number")
    if x == 0:
        return "0"  # +0 and -0 alike
    if x < 0:
        return "-" + number_to_string(-x)
    s, n = _shortest_digits(x)
    k = len(s)
    if k <= n <= 21:
        return s + "0" * (n - k)
    if 0 < n <= 21:
        return s[:n] + "." + s[n:]
    if -6 < n <= 0:
        return "0." + "0" * (-n) + s
    e = n - 1
    sign = "+" if e >= 0 else "-"
    if k == 1:
        return s + "e" + sign + str(abs(e))
    return s[0] + "." + s[1:] + "e" + sign + str(abs(e))


def _utf16_key(name):
    return name.encode("utf-16-be", errors="surrogatepass")


def serialize(value):
    """The JCS text of value, as str."""
    out = []
    _write(value, out)
    return "".join(out)


def canonicalize(value):
    """The JCS bytes (UTF-8) of value."""
    return serialize(value).encode("utf-8")


def _write(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(serialize_string(value))
    elif isinstance(value, (int, float)):
        out.append(number_to_string(value))
    elif isinstance(value, dict):
        out.append("{")
        for i, name in enumerate(sorted(value, key=_utf16_key)):
            if not isinstance(name, str):
                raise CanonicalizationError("member names must be strings")
            if i:
                out.append(",")
            out.append(serialize_string(name))
            out.append(":")
            _write(value[name], out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:
        raise CanonicalizationError("not a JSON value: %r" % type(value).__name__)
