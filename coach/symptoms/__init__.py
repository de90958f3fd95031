"""Red-flag symptoms in a runner's own words: which ones, where they are, and what is left to read.

Categories, their urgency and their clinical source are data (categories.py). So is every way of
saying a symptom: lexicon.py holds the word lists (concepts) and rules.py combines them, e.g. a
sensation word within a few words of a saddle-area word. The sources are
shared/research/clinical-rules.md section 4: the NHS back pain page, NICE NG59, BASS 2018 (via
NHS Cornwall) and the NHS Gloucestershire red flags.

A message is read in one pass, with no model and no network (reading.py): tokens with canonical
spellings (spelling.py) and dictation's mishearings read as meant (dictation.py), then every concept phrase
among them. Each rule is tried (matching.py); a match is
dropped when a veto sits in its clause and kept only as a mention when it is denied, resolved or
about someone else (negation.py).

A safety screen should rather ask once too often than miss one: where a phrase is ambiguous and
not plainly running talk, it counts.
"""

from __future__ import annotations

import functools

from . import other_languages
from .categories import CATEGORIES, CATEGORY_BY_ID, Category, Finding, Urgency
from .matching import Match, evaluate
from .reading import Doc, clauses, extent, forget_words, has_other_reading, leftovers, read

__all__ = [
    "CATEGORIES", "CATEGORY_BY_ID", "Category", "Finding", "Urgency", "find_symptoms", "near_warning_signs",
    "forget", "read_ahead", "remainder",
]  # fmt: skip

# Findings in these categories already say what a nerve finding on the same words would.
_SPECIFIC = frozenset({"saddle", "both_legs", "weakness", "bladder", "bowel", "sexual"})
_MAX_EXCERPT = 80
KEPT = 64
"""Messages whose readings are kept: as many as the bot answers at once (PTB's concurrent updates), so a burst
of long messages read ahead still finds each reading when its turn comes (16 let a burst of 24 be read twice,
the second time on the loop). ``forget`` drops them all."""

NEAR_WARNING_SIGNS = frozenset("""
    bladder bowel bowel_word pee poo urine loo leak soil wipe stream no_urge need_to_go incont wet_self
    saddle saddle_said genitals sex_area erect numbing sens sens_odd feel_loss cant_sense not_felt
    weak too_weak no_power give_way foot_drop leg_fails drag_verb floppy
    chest breathless faint collapse belly_pulse lump blood weight_loss weight_num chills lying in_bed cough
    steroid immune osteo fell_over fell_from trauma_phr thoracic_strong first_ever
""".split())
"""Concepts the warning signs are made of (toilets, numbness, weakness, the chest, weight, falls). Met in a
message the reader found no symptom in, they may be one said in a way it does not know: in blind sets of
runners' check-ins, 16 of 22 red flags that were saved as plain check-ins had one of these words."""


@functools.lru_cache(maxsize=KEPT)
def near_warning_signs(text: str) -> bool:
    """Whether the text uses the words the warning signs are made of, in English or another language
    (``other_languages``); nothing more is read into it (a reading of its own: the rules add concepts to the
    one ``_reading`` keeps)."""
    if not NEAR_WARNING_SIGNS.isdisjoint(read(text).occ) or other_languages.names_a_sign(text):
        return True
    return has_other_reading(text) and not NEAR_WARNING_SIGNS.isdisjoint(read(text, other=True).occ)


def find_symptoms(text: str) -> list[Finding]:
    """Every red-flag category the text describes (denied or resolved mentions left out), most
    urgent first, one Finding per category."""
    return list(_findings(text))


@functools.lru_cache(maxsize=KEPT)
def _findings(text: str) -> tuple[Finding, ...]:
    """A message with an "X's" that reads two ways ("my bladder's leaking", "both leg's numb") is read both
    ways, and a category either reading finds is kept (``reading.has_other_reading``)."""
    first = _first_of_each(*_reading(text))
    findings = [_finding(doc, match) for doc, match in first.values()]
    if has_other_reading(text):
        for category, found in _first_of_each(*_reading(text, other=True)).items():
            first.setdefault(category, found)
        findings = [_finding(doc, match) for doc, match in first.values()]
        specific = [f for f in findings if f.category.id in _SPECIFIC]
        findings = [f for f in findings if f.category.id != "nerve"  # "left leg's numb" as one leg beside both
                    or not any(s.start < f.end and f.start < s.end for s in specific)]
    return tuple(sorted(findings, key=lambda f: (-f.category.urgency, f.start)))


def _first_of_each(doc: Doc, matches: tuple[Match, ...]) -> dict[str, tuple[Doc, Match]]:
    matches = sorted(matches, key=lambda m: (m.rule, m.start, m.end))
    found = [m for m in matches if m.status == "found"]
    covered = {k for m in matches if m.category in _SPECIFIC and (m.status == "found" or m.status == "denied"
               and "," not in doc.words[m.start:m.end]) for k in range(m.start, m.end)}
    first: dict[str, tuple[Doc, Match]] = {}
    for match in found:
        if match.category in first:
            continue
        if match.category == "nerve" and not covered.isdisjoint(range(*match.anchor)):
            continue  # the nerve words of a more specific sign, found or denied ("numb groin" is saddle, not nerve)
        first[match.category] = doc, match
    return first


def forget() -> None:
    """Drop every reading kept: a runner who erases their diary leaves none of their words in memory, not even
    one word's spelling (those caches are everyone's, and fill again as messages come)."""
    for cached in (_reading, _findings, _remainder, near_warning_signs):
        cached.cache_clear()
    forget_words()


def read_ahead(text: str) -> None:
    """Read ``text`` now, so the questions a turn asks of it later (``find_symptoms``, ``remainder``,
    ``near_warning_signs``) find the answers ready. Safe to call from another thread."""
    _findings(text)
    _remainder(text)
    near_warning_signs(text)


@functools.lru_cache(maxsize=KEPT)
def _reading(text: str, other: bool = False) -> tuple[Doc, tuple[Match, ...]]:
    """A message read and its rules tried once, however many questions a turn asks of it (whether it
    names a symptom, then what is left of it to read as a check-in), or read ahead before its turn.
    Only the last ``KEPT`` are kept: they are runners' words, let go as others come and all at once when a
    runner erases their diary (``forget``)."""
    doc = read(text, other=other)
    return doc, tuple(evaluate(doc))


def _finding(doc: Doc, match: Match) -> Finding:
    mine = match.start > 0 and doc.words[match.start - 1] == "my"
    first = match.start - 1 if mine else match.start
    last = match.end
    for lo, hi in match.extra:  # "lost weight" + "without trying", "first time" + "im 62"
        if doc.spans[max(hi, last) - 1][1] - doc.spans[min(lo, first)][0] <= _MAX_EXCERPT:
            first, last = min(lo, first), max(hi, last)
            break
    start, end = doc.spans[first][0], doc.spans[last - 1][1]
    if end - start > _MAX_EXCERPT:
        start, end = doc.spans[match.anchor[0]][0], doc.spans[match.anchor[1] - 1][1]
        end = min(end, start + _MAX_EXCERPT)
        while end > start + 1 and doc.text[end - 1].isspace():
            end -= 1
    return Finding(CATEGORY_BY_ID[match.category], start, end, doc.text[start:end])


def remainder(text: str) -> str:
    """The text with every clause that mentions a symptom (found, denied or resolved) removed, so
    the rest can be read as a check-in.

    Clauses end at sentence punctuation, commas, semicolons, dashes and joining words ("but", "and",
    "with"...). Inside a clause with a symptom, the numbers of a check-in typed without punctuation
    survive ("3 8km no numbness" -> "3 8km"), but durations, dates and distances tied to the symptom
    do not ("numb for 3 days", "fell off a ladder on sunday", "temp 39"). With no mention at all the
    text comes back unchanged.
    """
    return _remainder(text)


@functools.lru_cache(maxsize=KEPT)
def _remainder(text: str) -> str:
    doc, matches = _reading(text)
    if has_other_reading(text):  # a clause only the other reading finds a symptom in is no check-in either
        other, more = _reading(text, other=True)
        if len(other.words) == len(doc.words):
            matches += more
    spans = [(m.start, m.end) for m in matches] + doc.find("topic")
    spans += [extra for m in matches for extra in m.extra]
    mentioned: set[int] = set()
    for lo, hi in spans:
        mentioned.update(extent(doc.words, lo, hi))
    if not mentioned:
        return text
    kept: list[str] = []
    for lo, hi in clauses(doc):
        if not mentioned.intersection(range(lo, hi)):
            kept.append(text[doc.spans[lo][0]: doc.spans[hi - 1][1]])
            continue
        kept.extend(leftovers(doc, lo, hi, mentioned))
    return " ".join(" ".join(kept).split())
