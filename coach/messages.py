"""Fitting text into a channel's message limits, counted the way the channel counts.

Telegram allows 4,096 characters after entity parsing, counted in UTF-16 code units (an emoji
is two), and 1,024 in a caption. A message that grows with data is split at line boundaries.
"""

from __future__ import annotations

TELEGRAM_TEXT_LIMIT = 4096
TELEGRAM_CAPTION_LIMIT = 1024


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_lines(text: str, limit: int = TELEGRAM_TEXT_LIMIT) -> list[str]:
    """``text`` in parts of at most ``limit`` UTF-16 units, broken between lines where it can be."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        for piece in _fit(line, limit):
            candidate = f"{current}\n{piece}" if current else piece
            if current and utf16_len(candidate) > limit:
                parts.append(current)
                current = piece
            else:
                current = candidate
    if current or not parts:
        parts.append(current)
    return parts


def _fit(line: str, limit: int) -> list[str]:
    """A line longer than the limit, cut between words (or anywhere, for one enormous word)."""
    if utf16_len(line) <= limit:
        return [line]
    pieces, current = [], ""
    for word in line.split(" "):
        while utf16_len(word) > limit:
            cut = _longest_prefix(word, limit - utf16_len(current) - (1 if current else 0))
            if cut == 0 and current:
                pieces.append(current)
                current = ""
                continue
            cut = max(cut, 1)
            current = f"{current} {word[:cut]}" if current else word[:cut]
            pieces.append(current)
            current, word = "", word[cut:]
        candidate = f"{current} {word}" if current else word
        if utf16_len(candidate) > limit:
            pieces.append(current)
            current = word
        else:
            current = candidate
    if current:
        pieces.append(current)
    return pieces


def _longest_prefix(word: str, room: int) -> int:
    """How many characters of ``word`` fit in ``room`` UTF-16 units, never splitting a surrogate pair."""
    used = 0
    for index, character in enumerate(word):
        width = 2 if ord(character) > 0xFFFF else 1
        if used + width > room:
            return index
        used += width
    return len(word)
