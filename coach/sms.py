"""SMS text: the GSM 03.38 alphabet, turning any reply into it, and counting segments.

One character outside GSM-7 makes the whole message UCS-2, which fits 70 characters in a
segment instead of 160, and every segment is billed. So each SMS goes through ``to_gsm7``
before it is sent, and the message budgets are checked with ``segments``.

The table is 3GPP TS 23.038 (formerly GSM 03.38) section 6.2.1: the 7-bit default alphabet
and its extension table, whose characters are sent as ESC (0x1B) plus a code and so cost two
septets. Position 0x09 is the capital C-cedilla the spec prints; the Unicode Consortium's
GSM0338.TXT maps it to the small one, so neither is safe to rely on for "ç" and ``to_gsm7``
writes "c" for it. The national language shift tables (Turkish, Portuguese, ...) are left
out: Twilio's segment rules speak of GSM-7 and UCS-2 only.
"""

from __future__ import annotations

import re
import unicodedata

# Row n holds codes 0x10*n .. 0x10*n+15. "\x1b" marks ESC, which is not a character.
_DEFAULT_ALPHABET_ROWS = (
    "@£$¥èéùìòÇ\nØø\rÅå",
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ",
    " !\"#¤%&'()*+,-./",
    "0123456789:;<=>?",
    "¡ABCDEFGHIJKLMNO",
    "PQRSTUVWXYZÄÖÑÜ§",
    "¿abcdefghijklmno",
    "pqrstuvwxyzäöñüà",
)
ESC = 0x1B
DEFAULT_ALPHABET: dict[str, int] = {
    char: code for code, char in enumerate("".join(_DEFAULT_ALPHABET_ROWS)) if code != ESC
}
"""The 127 characters of the default alphabet, by their 7-bit code."""

EXTENSION_TABLE: dict[str, int] = {
    "\f": 0x0A,
    "^": 0x14,
    "{": 0x28,
    "}": 0x29,
    "\\": 0x2F,
    "[": 0x3C,
    "~": 0x3D,
    "]": 0x3E,
    "|": 0x40,
    "€": 0x65,
}
"""The extension table: each is sent as ESC then this code, two septets."""

GSM7_SINGLE = 160
GSM7_CONCATENATED = 153
UCS2_SINGLE = 70
UCS2_CONCATENATED = 67
"""Per segment; a concatenated message loses 7 octets of each segment to its user data header."""

_REPLACEMENTS: dict[str, str] = {
    **dict.fromkeys("‘’‚‛′´`", "'"),
    **dict.fromkeys("“”„‟″«»", '"'),
    **dict.fromkeys("‐‑‒–—―−⁃", "-"),
    **dict.fromkeys("•‣◦▪▫●○∙·", "-"),
    **dict.fromkeys("→⇒⟶⟹➔➜➝➞", "->"),
    **dict.fromkeys("←⇐⟵", "<-"),
    **dict.fromkeys("↔⇔", "<->"),
    "↑": "up",
    "↓": "down",
    "…": "...",
    "×": "x",
    "÷": "/",
    "⁄": "/",
    "≤": "<=",
    "≥": ">=",
    "≠": "!=",
    "≈": "~",
    "±": "+/-",
    "\t": " ",
    "Ł": "L",
    "ł": "l",
    "Đ": "D",
    "đ": "d",
    "Ð": "D",
    "ð": "d",
    "Ħ": "H",
    "ħ": "h",
    "ı": "i",
    "Œ": "OE",
    "œ": "oe",
    "Þ": "Th",
    "þ": "th",
    "ẞ": "SS",
    "ſ": "s",
    "Ŧ": "T",
    "ŧ": "t",
}
"""Characters outside GSM-7 with a readable stand-in. Accented letters are not listed:
``_fold`` strips their accents."""

_LINE_BREAKS = re.compile(r"\r\n|[\r\f\x85\u2028\u2029]")
_CELSIUS = re.compile(r"(?<=\d)[ \u00a0]?°[ \u00a0]?(?=[CF]\b)")
_DEGREE = re.compile(r"(?<=\S)°")
_SPACES = re.compile(r" {2,}")
_LINE_EDGE_SPACES = re.compile(r"^ +| +$", re.MULTILINE)


def is_gsm7(text: str) -> bool:
    """True when every character is in the default alphabet or its extension table."""
    return all(char in DEFAULT_ALPHABET or char in EXTENSION_TABLE for char in text)


def septets(text: str) -> int:
    """Length of GSM-7 text on the air: extension characters count two. Raises on non-GSM text."""
    return sum(_gsm_width(char) for char in text)


def segments(text: str) -> int:
    """How many SMS segments Twilio sends (and bills) for ``text``; 0 for an empty text.

    GSM-7 text fits 160 septets in one segment and 153 in each of several; any other
    character makes the whole text UCS-2, counted in UTF-16 units: 70 alone, 67 each. A
    character is never split across two segments (an ESC pair, a surrogate pair), so a
    segment can end one unit short of its size.
    """
    if is_gsm7(text):
        widths = [_gsm_width(char) for char in text]
        single, each = GSM7_SINGLE, GSM7_CONCATENATED
    else:
        widths = [_utf16_width(char) for char in text]
        single, each = UCS2_SINGLE, UCS2_CONCATENATED
    total = sum(widths)
    if total == 0:
        return 0
    if total <= single:
        return 1
    count, used = 1, 0
    for width in widths:
        if used + width > each:
            count, used = count + 1, 0
        used += width
    return count


def to_gsm7(text: str) -> str:
    """The same message in GSM-7 characters only, as close to the original as they allow.

    Quotes become straight, dashes and bullets "-", arrows "->", "…" "...", every kind of
    space a plain space, "38 °C" "38C", accents that GSM-7 lacks are stripped ("ê" to "e"),
    and letters or digits of other scripts that cannot be spelled in it become "?" so the
    reader sees that something was there. Emoji, other symbols, invisible format characters
    and control characters are dropped. Runs of spaces become one and lines lose the spaces
    at their ends: indentation means nothing on a phone and costs characters.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _CELSIUS.sub("", text)
    text = _DEGREE.sub(" deg", text).replace("°", "deg")
    text = "".join(_fold(char) for char in text)
    text = _SPACES.sub(" ", text)
    return _LINE_EDGE_SPACES.sub("", text)


def _fold(char: str) -> str:
    """One character as GSM-7 text (possibly several characters, possibly none)."""
    if char in DEFAULT_ALPHABET or char in EXTENSION_TABLE or char in _REPLACEMENTS:
        return _fold_plain(char)
    return "".join(_fold_plain(c) for c in unicodedata.normalize("NFKC", char))


def _fold_plain(char: str) -> str:
    """``_fold`` for a character already in NFKC form."""
    if char in DEFAULT_ALPHABET or char in EXTENSION_TABLE:
        return char
    if char in _REPLACEMENTS:
        return _REPLACEMENTS[char]
    category = unicodedata.category(char)
    if category == "Zs":
        return " "
    base = "".join(c for c in unicodedata.normalize("NFD", char) if unicodedata.category(c) != "Mn")
    if base and base != char and is_gsm7(base):
        return base
    if category == "Nd":
        return str(unicodedata.digit(char))
    if category[0] in "LN":
        return "?"
    if category == "Pd":
        return "-"
    if category in ("Pi", "Pf"):
        return '"'
    if category == "Ps":
        return "("
    if category == "Pe":
        return ")"
    return ""


def _gsm_width(char: str) -> int:
    if char in DEFAULT_ALPHABET:
        return 1
    if char in EXTENSION_TABLE:
        return 2
    raise ValueError(f"not a GSM-7 character: {char!r}")


def _utf16_width(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1
