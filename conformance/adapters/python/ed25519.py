"""Ed25519 public keys: decoding per RFC 8032 section 5.1.3, and the small-order check.

OpenSSL (under `cryptography`) does not check a public key when it is loaded. A small-order public key (the identity
point or one of the other seven points of order 2, 4 or 8) lets one forged signature verify for every message under
the cofactored or lax verification equations, so such keys are refused where keys are loaded (trust stores, did:key,
DID documents). A point is of small order exactly when [8]P is the identity; the check is done here in pure integer
arithmetic on the twisted Edwards curve -x^2 + y^2 = 1 + d x^2 y^2 (RFC 8032 section 5.1), with the complete
addition law of section 5.1.4 in affine form (d is not a square, so the denominators never vanish).
"""

P = 2 ** 255 - 19
D = (-121665 * pow(121666, P - 2, P)) % P
SQRT_M1 = pow(2, (P - 1) // 4, P)
GROUP_ORDER = 2 ** 252 + 27742317777372353535851937790883648493  # L of RFC 8032 section 5.1


def decode_point(data):
    """RFC 8032 section 5.1.3; returns (x, y) or None when data is not the canonical encoding of a curve point."""
    if len(data) != 32:
        return None
    n = int.from_bytes(data, "little")
    sign = n >> 255
    y = n & ((1 << 255) - 1)
    if y >= P:  # step 1: a non-canonical y
        return None
    u = (y * y - 1) % P
    v = (D * y * y + 1) % P
    x2 = u * pow(v, P - 2, P) % P
    if x2 == 0:
        return None if sign else (0, y)  # step 4: x = 0 with the sign bit set
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P != 0:
        x = x * SQRT_M1 % P
        if (x * x - x2) % P != 0:
            return None  # not on the curve
    if x & 1 != sign:
        x = P - x
    return (x, y)


def _add(a, b):
    (x1, y1), (x2, y2) = a, b
    t = D * x1 * x2 * y1 * y2 % P
    x3 = (x1 * y2 + y1 * x2) * pow(1 + t, P - 2, P) % P
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, P - 2, P) % P
    return (x3, y3)


def is_small_order(point):
    q = point
    for _ in range(3):
        q = _add(q, q)
    return q == (0, 1)


def usable_public_key(data):
    """None when the 32 bytes are a usable Ed25519 public key, else why not."""
    point = decode_point(data)
    if point is None:
        return "not the canonical encoding of a point on edwards25519"
    if is_small_order(point):
        return "a small-order point (identity, order 2, 4 or 8)"
    return None
