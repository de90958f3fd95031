"""The symptom test corpus in tests/data/symptoms/: red flags by category, ordinary and denied messages."""

from __future__ import annotations

from pathlib import Path

from coach.symptoms import CATEGORY_BY_ID, Urgency

FOLDER = Path(__file__).parent / "data" / "symptoms"


def _lines(name: str) -> list[str]:
    lines = (FOLDER / name).read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def red_flags() -> list[tuple[str, str]]:
    """(category id, phrase) pairs."""
    pairs = []
    for line in _lines("red_flags.tsv"):
        category, _, phrase = line.partition("\t")
        if category.strip() not in CATEGORY_BY_ID:
            raise ValueError(f"unknown category {category!r} in red_flags.tsv")
        pairs.append((category.strip(), phrase.strip()))
    return pairs


def ordinary() -> list[str]:
    return _lines("ordinary.txt")


def negated() -> list[str]:
    return _lines("negated.txt")


def expected_urgency(category: str) -> Urgency:
    return CATEGORY_BY_ID[category].urgency
