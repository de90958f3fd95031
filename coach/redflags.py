"""The red-flag screen: symptoms that mean "see a professional now", asked in three tiers.

Wording and tiers follow shared/research/clinical-rules.md section 4.2, drawn from the NHS back
pain page, NICE NG59 (2016, updated 2020) and the British Association of Spine Surgeons'
2018 cauda equina statement. Each tier is asked as one yes/no checklist so the screen is three
taps, not twenty. Safety messages are never muted or rate-limited.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Tier:
    id: str
    question: str
    symptoms: tuple[str, ...]
    source: str


EMERGENCY = Tier(
    "S1",
    "First, a quick safety check. Since your back pain began, have you had ANY of these?",
    (
        "numbness, tingling or less feeling around your genitals, bottom or inner thighs (where a bike saddle touches)",
        "new difficulty starting to pee, a weak stream, or not feeling when your bladder is full",
        "new leaking of urine or stool, or loss of bladder or bowel control",
        "a new change in sexual function, such as numbness during sex",
        "pain, tingling, numbness or weakness in BOTH legs, or a leg getting weaker (tripping, foot dragging)",
        "chest pain with your back pain",
        "pain that started after a serious accident or fall",
    ),
    "NHS back pain page; NICE NG59; BASS 2018 cauda equina statement",
)

URGENT = Tier(
    "S2",
    "Thanks. And any of these?",
    (
        "a fever (38 °C or more), chills or shivering",
        "weight loss without trying",
        "ever been diagnosed with cancer",
        "constant pain that is worse at night or lying down and not eased by rest",
        "a new lump or swelling in your back, or a change in its shape",
        "pain mainly between your shoulder blades",
        "pain clearly worse when you sneeze, cough or strain on the toilet",
        "a weakened immune system (chemotherapy, long-term steroids, HIV), injecting drugs, or a recent bacterial infection",
        "osteoporosis or long-term steroid tablets, and the pain began after a minor fall or strain",
    ),
    "NHS back pain page; NICE NG59; NHS Gloucestershire red flags",
)

ROUTINE = Tier(
    "S3",
    "Last one. Do any of these fit?",
    (
        "this is your first ever back pain and you are over 50 (or under 20)",
        "pain shooting down one leg below the knee, or pins and needles in one leg for more than a week",
        "the pain stops you doing normal daily things, or you're worried or struggling to cope",
        "back pain for more than 3 months that began before 45, with morning stiffness that eases as you move",
    ),
    "NHS back pain page; NICE NG59",
)

TIERS = (EMERGENCY, URGENT, ROUTINE)
TIER_BY_ID = {tier.id: tier for tier in TIERS}

EMERGENCY_NUMBERS = {"GB": "999", "US": "911", "CA": "911", "AU": "000", "NZ": "111"}
"""Countries whose main number is not 112. 112 reaches emergency services across the EU and in
many other countries, and is the fallback; UK mobiles accept both 999 and 112."""
FALLBACK_NUMBER = "112"


def question_text(tier: Tier) -> str:
    return tier.question + "\n" + "\n".join(f"• {symptom}" for symptom in tier.symptoms)


@functools.cache
def _zone_countries() -> dict[str, str]:
    """Country codes by IANA zone, from the zone.tab that the tzdata package ships."""
    table = importlib.resources.files("tzdata").joinpath("zoneinfo/zone.tab").read_text(encoding="utf-8")
    countries = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            code, _, zone, *_ = line.split("\t")
            countries[zone] = code
    return countries


def country_for_zone(zone: str) -> str | None:
    return _zone_countries().get(zone)


def emergency_number(zone: str | None = None, country: str | None = None) -> str | None:
    """999, 911 and the like from the runner's country (their phone number's, or their time zone's), else 112.

    None when no country is known (a bare UTC offset, or set-up not finished): the reply then lists the
    common numbers instead of guessing one.
    """
    code = country or (country_for_zone(zone) if zone else None)
    if code is None:
        return None
    return EMERGENCY_NUMBERS.get(code, FALLBACK_NUMBER)


CAUDA_EQUINA = frozenset({"ces", "saddle", "bladder", "bowel", "sexual", "both_legs", "weakness"})
"""BASS 2018: any of these with back pain means suspected cauda equina syndrome until a hospital says otherwise."""


@dataclass(frozen=True)
class DiaryNote:
    """A safety event as the diary shows it: a symptom they wrote about, or how a checklist went."""

    date: dt.date
    text: str
    warning: bool
    words: str | None = None

    def in_words(self, whose: str = "you") -> str:
        return f'{self.text} ({whose} wrote "{self.words}")' if self.words else self.text


_TIER_WORDS = {"S1": "the emergency signs", "S2": "the same-day signs", "S3": "the see-a-GP signs"}


def diary_notes(
    symptoms: Iterable[tuple[dt.date, str, str]], answers: Iterable[tuple[dt.date, str, str]]
) -> list[DiaryNote]:
    """``symptoms`` as (date, label, the runner's words); ``answers`` as (date, tier, "yes"/"no"), oldest first.

    A day's checklist answered "no" three times reads "all clear"; every "yes" is named.
    """
    notes = [DiaryNote(day, label, True, " ".join(words.split())) for day, label, words in symptoms]
    by_day: dict[dt.date, list[tuple[str, str]]] = {}
    for day, tier, answer in answers:
        by_day.setdefault(day, []).append((tier, answer))
    for day, day_answers in by_day.items():
        for tier, answer in day_answers:
            if tier == "cleared":
                notes.append(DiaryNote(day, "a clinician has seen them", False))
            elif answer == "yes":
                notes.append(DiaryNote(day, f"yes to {_TIER_WORDS.get(tier, 'a warning sign')} in the safety check", True))
        said_no = {tier for tier, answer in day_answers if answer == "no"}
        if {"S1", "S2", "S3"} <= said_no:
            notes.append(DiaryNote(day, "safety check: all clear", False))
        elif said_no and not any(answer == "yes" for _, answer in day_answers):
            notes.append(DiaryNote(day, "safety check: no warning signs so far (not finished)", False))
    return sorted(notes, key=lambda n: (n.date, not n.warning))
