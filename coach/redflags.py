"""The red-flag screen: symptoms that mean "see a professional now", asked in three tiers.

Wording and tiers follow shared/research/clinical-rules.md section 4.2, drawn from the NHS back
pain page, NICE NG59 (2016, updated 2020) and the British Association of Spine Surgeons'
2018 cauda equina statement. Each tier is asked as one yes/no checklist so the screen is three
taps, not twenty. Safety messages are never muted or rate-limited.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
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

SYMPTOM_WORDS = re.compile(
    r"\b(numb\w*|tingl\w*|pins and needles|bladder|bowel\w*|pee\w*|wee\b|urin\w*|incontinen\w*|saddle"
    r"|both legs|weak\w*|fever\w*|night\w*|accident\w*|chest pain)",
    re.IGNORECASE,
)

EMERGENCY_NUMBERS = {"GB": "999", "US": "911", "CA": "911", "AU": "000", "NZ": "111"}
"""Countries whose main number is not 112. 112 reaches emergency services across the EU and in
many other countries, and is the fallback; UK mobiles accept both 999 and 112."""
FALLBACK_NUMBER = "112"


def question_text(tier: Tier) -> str:
    return tier.question + "\n" + "\n".join(f"• {symptom}" for symptom in tier.symptoms)


def mentions_symptoms(text: str) -> bool:
    return bool(SYMPTOM_WORDS.search(text))


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


def emergency_number(zone: str | None = None, country: str | None = None) -> str:
    """999, 911 and the like from the runner's country (their phone number's, or their time zone's), else 112."""
    code = country or (country_for_zone(zone) if zone else None)
    return EMERGENCY_NUMBERS.get(code or "", FALLBACK_NUMBER)


def emergency_reply(number: str) -> str:
    return (
        f"Please stop and get emergency help now: call {number} or go to the emergency department. "
        "These symptoms can mean pressure on the nerves at the base of the spine, which needs urgent "
        "hospital assessment.\n\nI've paused all my coaching tips. When a clinician has seen you, tap below.\n"
        f"(Source: {EMERGENCY.source}.)"
    )


def urgent_reply() -> str:
    return (
        "Please contact a doctor today: a same-day GP appointment, NHS 111 or your local urgent care. "
        "Pause running until you've been checked. I'll ask again tomorrow.\n"
        f"(Source: {URGENT.source}.)"
    )


def routine_reply() -> str:
    return (
        "Worth booking a GP or physiotherapist in the next week or two. Keep moving gently meanwhile.\n"
        f"(Source: {ROUTINE.source}.)"
    )


def all_clear() -> str:
    return "Thanks: none of the warning signs. If any of them appear, tell me or see a doctor straight away."


def cleared_reply() -> str:
    return "Thanks for letting me know. Coaching tips are back on. Look after yourself."


def still_on_hold(number: str) -> str:
    return (
        f"My coaching tips are paused after the emergency symptoms you reported. If you haven't yet, call {number} "
        "or go to the emergency department. Tap below once a clinician has seen you."
    )
