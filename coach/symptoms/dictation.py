"""What a phone's dictation splits or mishears, read as the runner meant it: "in continents" is incontinence,
"key mo" chemo, "quarter equine a" cauda equina, "couldn't P" couldn't pee, "gone num" gone numb.

Applied to the words after they are read, each keeping the span of what was typed, so an excerpt quoted back is
always the runner's own words.
"""

from __future__ import annotations

Span = tuple[int, int]

_SPLIT_OR_MISHEARD = {
    ("in", "continents"): "incontinence", ("in", "continence"): "incontinence", ("in", "continent"): "incontinent",
    ("stair", "roids"): "steroids", ("stare", "roids"): "steroids", ("ster", "roids"): "steroids",
    ("key", "mo"): "chemo", ("kee", "mo"): "chemo", ("h", "i", "very"): "hiv", ("mela", "noma"): "melanoma",
    ("thor", "assic"): "thoracic", ("thor", "acic"): "thoracic", ("thor", "asic"): "thoracic",
    ("equine", "a"): "equina", ("quinna",): "equina", ("equina",): "equina", ("chess",): "chest",
}
"""Spelling has already made "v" "very": "H I V" arrives as "h i very"."""
_AFTER_CAUDA = {("queen", "a"): "equina", ("queen", "ah"): "equina"}
"""Only after a misheard "cauda": "corder a queen a", not "such a drama queen a lot of the time"."""
_CAUDA_HEARD = frozenset({"quarter", "corder", "cordy", "cow", "corda", "cauder", "chord", "korda", "cord", "court",
                          "coda"})
_LONGEST = max(len(key) for key in (*_SPLIT_OR_MISHEARD, *_AFTER_CAUDA))
_ACROSS_THE_WORLD = frozenset("""
    all around across like such where including worldwide many several different other both the seven six five
""".split())  # fmt: skip
_BEFORE_PEE = frozenset({"cant", "couldnt", "to", "my", "a", "need", "needed", "go", "for", "no"})
_BEFORE_NUMB = frozenset({"are", "is", "gone", "go", "went", "going", "feel", "feels", "felt", "both", "all",
                          "totally", "completely", "bit", "very", "really", "still"})
_TRIGGERS = frozenset(key[-1] if key[0] == "in" else key[0] for key in _SPLIT_OR_MISHEARD) | _CAUDA_HEARD | {
    "p", "pea", "num", "nam"}
"""A word that starts one of them (or ends one that starts with "in"): only a message with one is read again."""


def as_meant(words: list[str], spans: list[Span]) -> tuple[list[str], list[Span]]:
    """The words with dictation's splits joined and its mishearings corrected, and the span of each."""
    if _TRIGGERS.isdisjoint(words):
        return words, spans
    read: list[str] = []
    where: list[Span] = []
    k = 0
    while k < len(words):
        word, before = words[k], read[-1] if read else ""
        for size in range(min(_LONGEST, len(words) - k), 0, -1):
            key = tuple(words[k:k + size])
            meant = _SPLIT_OR_MISHEARD.get(key) or (_AFTER_CAUDA.get(key) if _cauda_heard(read) else None)
            if meant and _meant_here(meant, before, words[k + size:k + size + 1]):
                said = (spans[k][0], spans[k + size - 1][1])
                heard = _cauda_heard(read)
                if meant == "equina" and heard:  # "quarter equine a", "cow the equina": cauda misheard
                    start = where[-heard][0]
                    del read[-heard:], where[-heard:]
                    read.append("cauda")
                    where.append((start, said[1]))
                read.append(meant)
                where.append(said)
                k += size
                break
        else:
            if word in ("p", "pea") and _pee_heard(words[k:k + 3], before):
                word = "pee"
            elif word in ("num", "nam") and before in _BEFORE_NUMB:
                word = "numb"
            read.append(word)
            where.append(spans[k])
            k += 1
    return read, where


def _meant_here(meant: str, before: str, after: list[str]) -> bool:
    """ "chess pain" is chest pain, "chess club" is chess; "marathons in continents all over the world" are not
    incontinence."""
    if meant == "chest":
        return after in (["pain"], ["pains"])
    if meant == "incontinence":
        return before not in _ACROSS_THE_WORLD and not before.isdigit() and after[:1] not in (
            [word] for word in _ACROSS_THE_WORLD)
    return True


def _pee_heard(said: list[str], before: str) -> bool:
    """ "couldn't P", "need to pea"; not "couldn't p.b." nor "the size of a pea"."""
    if before not in _BEFORE_PEE or said[0] == "pea" and before == "a":
        return False
    after = said[1:]
    abbreviation = after[:1] in (["b"], ["bs"], ["r"]) or after[:1] == ["."] and len(after) > 1 and len(after[1]) == 1
    return said[0] == "pea" or not abbreviation


def _cauda_heard(read: list[str]) -> int:
    """How many of the words just read are "cauda" misheard: "quarter", "cow the"."""
    if read and read[-1] in _CAUDA_HEARD:
        return 1
    return 2 if len(read) > 1 and read[-1] in ("the", "a") and read[-2] in _CAUDA_HEARD else 0
