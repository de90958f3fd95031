"""GSM-7 text: the alphabet against the spec, segment counting at its edges, and to_gsm7."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.sms import DEFAULT_ALPHABET, EXTENSION_TABLE, is_gsm7, segments, septets, to_gsm7

# 3GPP TS 23.038 6.2.1, transcribed as code -> Unicode scalar in the layout of the Unicode
# Consortium's GSM0338.TXT, independently of the grid in coach/sms.py. 0x09 is the capital
# C-cedilla the spec prints (GSM0338.TXT has the small one, see coach/sms.py); 0x1B is ESC.
SPEC_DEFAULT_ALPHABET = {
    0x00: 0x0040, 0x01: 0x00A3, 0x02: 0x0024, 0x03: 0x00A5, 0x04: 0x00E8, 0x05: 0x00E9,
    0x06: 0x00F9, 0x07: 0x00EC, 0x08: 0x00F2, 0x09: 0x00C7, 0x0A: 0x000A, 0x0B: 0x00D8,
    0x0C: 0x00F8, 0x0D: 0x000D, 0x0E: 0x00C5, 0x0F: 0x00E5, 0x10: 0x0394, 0x11: 0x005F,
    0x12: 0x03A6, 0x13: 0x0393, 0x14: 0x039B, 0x15: 0x03A9, 0x16: 0x03A0, 0x17: 0x03A8,
    0x18: 0x03A3, 0x19: 0x0398, 0x1A: 0x039E, 0x1C: 0x00C6, 0x1D: 0x00E6, 0x1E: 0x00DF,
    0x1F: 0x00C9, 0x20: 0x0020, 0x21: 0x0021, 0x22: 0x0022, 0x23: 0x0023, 0x24: 0x00A4,
    **{code: code for code in range(0x25, 0x40)},
    0x40: 0x00A1,
    **{code: code for code in range(0x41, 0x5B)},
    0x5B: 0x00C4, 0x5C: 0x00D6, 0x5D: 0x00D1, 0x5E: 0x00DC, 0x5F: 0x00A7, 0x60: 0x00BF,
    **{code: code for code in range(0x61, 0x7B)},
    0x7B: 0x00E4, 0x7C: 0x00F6, 0x7D: 0x00F1, 0x7E: 0x00FC, 0x7F: 0x00E0,
}  # fmt: skip
SPEC_EXTENSION = {
    0x0A: 0x000C, 0x14: 0x005E, 0x28: 0x007B, 0x29: 0x007D, 0x2F: 0x005C,
    0x3C: 0x005B, 0x3D: 0x007E, 0x3E: 0x005D, 0x40: 0x007C, 0x65: 0x20AC,
}  # fmt: skip


def test_the_default_alphabet_is_the_spec_table() -> None:
    assert {code: ord(char) for char, code in DEFAULT_ALPHABET.items()} == SPEC_DEFAULT_ALPHABET
    assert len(DEFAULT_ALPHABET) == 127


def test_the_extension_table_is_the_spec_table() -> None:
    assert {code: ord(char) for char, code in EXTENSION_TABLE.items()} == SPEC_EXTENSION
    assert set("^{}\\[~]|€\f") == set(EXTENSION_TABLE)


@pytest.mark.parametrize(
    "char",
    ["ç", "`", "ú", "í", "Ê", "á", "ô", "\u00a0", "\t", "\x1b", "’", "–", "…", "•", "°", "😀", "α"],
)
def test_lookalikes_and_common_strays_are_not_gsm7(char: str) -> None:
    assert not is_gsm7(char)
    assert not is_gsm7("plain text " + char)


def test_ascii_printables_outside_gsm7_are_exactly_the_backtick() -> None:
    outside = [chr(c) for c in range(0x20, 0x7F) if not is_gsm7(chr(c))]
    assert outside == ["`"]


def test_extension_characters_count_two_septets() -> None:
    assert septets("^{}\\[~]|€") == 18
    assert septets("abc") == 3
    with pytest.raises(ValueError):
        septets("ç")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("a", 1),
        ("a" * 160, 1),
        ("a" * 161, 2),
        ("a" * 153 * 2, 2),
        ("a" * (153 * 2 + 1), 3),
        ("a" * 153 * 3, 3),
        ("a" * (153 * 3 + 1), 4),
        ("a" * 153 * 10, 10),
        ("€" * 80, 1),
        ("€" * 80 + "a", 2),
        ("a" * 159 + "€", 2),
        ("a" * 158 + "€", 1),
        ("a" * 152 + "€" + "a" * 152, 3),
        ("a" * 151 + "€" + "a" * 153, 2),
        ("a" * 100, 1),
        ("a" * 99 + "ç", 2),
        ("ç" * 70, 1),
        ("ç" * 71, 2),
        ("ç" * 67 * 2, 2),
        ("ç" * (67 * 2 + 1), 3),
        ("😀" * 35, 1),
        ("😀" * 36, 2),
        ("ç" * 66 + "😀" + "ç" * 66, 3),
        ("ç" * 65 + "😀" + "ç" * 67, 2),
    ],
    ids=lambda v: f"{len(v)}ch" if isinstance(v, str) else str(v),
)
def test_segments_at_the_edges(text: str, expected: int) -> None:
    assert segments(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It’s ‘fine’, “really”", "It's 'fine', \"really\""),
        ("3–5 km — or more − less", "3-5 km - or more - less"),
        ("wait…", "wait..."),
        ("a\u00a0b\u2009c\u202fd\u3000e\tf", "a b c d e f"),
        ("pain 3 → 2, 2 ← 3, a ↔ b", "pain 3 -> 2, 2 <- 3, a <-> b"),
        ("• one\n• two", "- one\n- two"),
        ("3 8km · pain 2", "3 8km - pain 2"),
        ("a fever (38 °C or more)", "a fever (38C or more)"),
        ("100°F", "100F"),
        ("bend 90° forward", "bend 90 deg forward"),
        ("François, São Paulo, Łódź, Dvořák, Ærø", "Francois, Sao Paulo, Lodz, Dvorak, Ærø"),
        ("Ça va, Émile? Ñandú", "Ça va, Émile? Ñandu"),
        ("Straße ẞ Œuvre", "Straße SS OEuvre"),
        ("Saved ✅", "Saved"),
        ("👍🏽 Great run 🏃‍♀️!", "Great run !"),
        ("keycap 3️⃣ done", "keycap 3 done"),
        ("½ marathon, 10 ㎞, x² ™", "1/2 marathon, 10 km, x2 TM"),
        ("Ｆｕｌｌ width", "Full width"),
        ("zero\u200bwidth\u00adsoft\ufeff", "zerowidthsoft"),
        ("line\r\nbreak\rmac\fpage\u2028sep", "line\nbreak\nmac\npage\nsep"),
        ("trailing   \n  indented", "trailing\nindented"),
        ("bell\x07 null\x00", "bell null"),
        ("Москва 東京 ٣", "?????? ?? 3"),
        ("€5 [ok] {x} ^ ~ | \\", "€5 [ok] {x} ^ ~ | \\"),
        ("≤ 3, ≥ 5, ± 1, 2 × 3 ÷ 4", "<= 3, >= 5, +/- 1, 2 x 3 / 4"),
        ("`code`", "'code'"),
    ],
)
def test_to_gsm7(text: str, expected: str) -> None:
    assert to_gsm7(text) == expected
    assert is_gsm7(expected)


def test_to_gsm7_leaves_the_whole_default_alphabet_alone() -> None:
    alphabet = "".join(DEFAULT_ALPHABET).replace("\r", "").replace("\n", "").replace(" ", "")
    assert to_gsm7(alphabet) == alphabet


@given(st.text())
def test_to_gsm7_output_is_always_gsm7(text: str) -> None:
    assert is_gsm7(to_gsm7(text))


@given(st.text())
def test_to_gsm7_is_idempotent(text: str) -> None:
    once = to_gsm7(text)
    assert to_gsm7(once) == once


@given(st.text(), st.characters())
def test_segments_never_fall_as_text_grows(text: str, char: str) -> None:
    assert segments(text) <= segments(text + char)


gsm_chars = st.sampled_from(sorted(set(DEFAULT_ALPHABET) | set(EXTENSION_TABLE)))


@given(st.lists(gsm_chars, max_size=700))
def test_gsm7_segments_grow_with_every_prefix(chars: list[str]) -> None:
    counts = [segments("".join(chars[:n])) for n in range(len(chars) + 1)]
    assert counts == sorted(counts)
    text = "".join(chars)
    if text:
        assert septets(text) <= 160 or segments(text) >= -(-septets(text) // 153)
