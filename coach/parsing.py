"""Reading a runner's free-text check-in: back pain 0-10, distance run, and optionally which day.

Whatever the runner types ends as a CheckinReply or as a ParseProblem whose message is the
reply to send back, so `parse_checkin` never raises. The reading order is: one date mention,
then the phrases ("rest day", "no pain"), then numbers with their units.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from coach.models import KM_PER_MILE, Unit

MAX_TEXT_LENGTH = 200
MAX_PAIN = 10
MAX_PLAUSIBLE_KM = 100.0
MAX_RECORDABLE_KM = 1000.0
"""Beyond this a number is a typo, not a run: the confirm button for big distances stops at 1000 km."""

Expect = Literal["pain", "distance"]


@dataclass(frozen=True)
class CheckinReply:
    pain: int | None
    distance_km: float | None
    unit: Unit | None
    date: dt.date | None

    @property
    def unusual_distance(self) -> bool:
        """True when the distance is big enough that the caller should ask before saving it."""
        return self.distance_km is not None and self.distance_km > MAX_PLAUSIBLE_KM


@dataclass(frozen=True)
class ParseProblem:
    code: str
    message: str


def parse_checkin(
    text: str,
    *,
    today: dt.date,
    unit: Unit,
    backfill_days: int = 14,
    expect: Expect | None = None,
) -> CheckinReply | ParseProblem:
    """Read pain, distance and an optional date from what the runner typed.

    A lone number is pain unless `expect` is "distance". Two bare numbers are pain then
    distance in the runner's `unit`. A named date is returned as given, never guessed.
    """
    examples = _Examples(unit, expect)
    if not isinstance(text, str) or not text.strip():
        return ParseProblem("empty", f"Send your back pain (0-10) and how far you ran. Try: {examples.checkin}")
    if len(text) > MAX_TEXT_LENGTH:
        return ParseProblem("too_long", f"That's more than I can read in one go. Just the numbers, please. Try: {examples.checkin}")
    try:
        return _parse(_normalise(text), today=today, unit=unit, backfill_days=max(backfill_days, 0), examples=examples)
    except (ArithmeticError, ValueError):
        return _unreadable(examples)


@dataclass(frozen=True)
class _Examples:
    """Replies the runner can copy, in their own unit and fitted to the question just asked."""

    unit: Unit
    expect: Expect | None

    @property
    def distance(self) -> str:
        return "8km" if self.unit is Unit.KM else "5mi"

    @property
    def checkin(self) -> str:
        if self.expect == "pain":
            return "3"
        if self.expect == "distance":
            return self.distance
        return f"3 {self.distance}"

    @property
    def rest(self) -> str:
        return "rest" if self.expect == "distance" else "3 rest"


@dataclass(frozen=True)
class _Number:
    value: float
    text: str
    unit_word: str | None = None
    role: Literal["pain", "distance"] | None = None


_INVALID_DATE = object()

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "weds", "wednesday"),
            ("thu", "thur", "thurs", "thursday"), ("fri", "friday"), ("sat", "saturday"), ("sun", "sunday"),
        )
    )
    for name in names
}
_DAYS_AGO = {"today": 0, "tonight": 0, "yesterday": 1, "yday": 1, "yest": 1}

_DISTANCE_UNITS = {
    **dict.fromkeys(("km", "k", "kms", "ks", "kilometer", "kilometers", "kilometre", "kilometres"), Unit.KM),
    **dict.fromkeys(("mi", "mile", "miles"), Unit.MI),
}
_TIME_UNITS = frozenset({"min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "s", "sec", "secs", "second", "seconds"})
_OTHER_UNITS = _TIME_UNITS | {
    "m", "meter", "meters", "metre", "metres", "cm", "mm", "ft", "feet", "foot", "yd", "yds", "yard", "yards",
    "furlong", "furlongs", "league", "leagues", "nm", "nmi", "lap", "laps", "step", "steps", "kcal", "cal", "bpm",
}
_PAIN_LABELS = frozenset({"pain", "back"})
_DISTANCE_LABELS = frozenset({"distance", "dist", "ran"})


def _alternatives(words: Iterable[str]) -> str:
    """Longest first, so "monday" is not read as "mon" followed by "day"."""
    return "|".join(sorted(words, key=len, reverse=True))


_ISO_DATE = re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])")
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(
    rf"\b(?:(\d{{1,2}}){_ORDINAL}\s*(?:of\s+)?({_alternatives(_MONTHS)})\b\.?"
    rf"|({_alternatives(_MONTHS)})\.?\s*(\d{{1,2}}){_ORDINAL}\b)"
)
_NAMED_DAY = re.compile(rf"\b({_alternatives(_WEEKDAYS)}|{_alternatives(_DAYS_AGO)})\b")
_NO_PAIN = re.compile(r"\bno\s+(?:back\s+)?pain\b|\bpain[\s-]*free\b")
_REST = re.compile(
    r"\b(?:rest(?:ed|ing)?(?:\s*day)?|day\s*off|off(?:\s*day)?|no\s+run(?:ning)?|didn['’`]?t\s+run|did\s+not\s+run)\b"
)
_OUT_OF_TEN = re.compile(r"\s*\b(?:out\s+)?of\s+10\b")
_TOKEN = re.compile(
    r"(?P<number>(?:(?<![^\s:=(,])-)?(?:\d+(?:[.,]\d+)?|\.\d+))"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<slash>/)"
)


def _normalise(text: str) -> str:
    """Lower-case text with ASCII digits, plain minus signs and no control characters.

    NFKC turns full-width forms ("５ｋｍ") into ASCII; other scripts' digits ("٣") are mapped
    by their decimal value so a runner on an Arabic or Devanagari keyboard is still read.
    """
    characters = []
    for character in unicodedata.normalize("NFKC", text):
        if character.isdecimal():
            characters.append(str(unicodedata.decimal(character, 0)))
        elif character in "−–—":
            characters.append("-")
        elif unicodedata.category(character).startswith(("C", "Z")):
            characters.append(" ")
        else:
            characters.append(character)
    return "".join(characters).lower()


def _parse(text: str, *, today: dt.date, unit: Unit, backfill_days: int, examples: _Examples) -> CheckinReply | ParseProblem:
    text, dates = _take_dates(text, today)
    if len(dates) > 1:
        return ParseProblem("unreadable", f"Please send one day at a time. Try: yesterday {examples.checkin}")
    date = dates[0] if dates else None
    if date is _INVALID_DATE:
        example_day = _days_before(today, 1) or today
        return ParseProblem("unreadable", f"I couldn't read that date. Try: {example_day.isoformat()} {examples.checkin}")
    if isinstance(date, dt.date):
        problem = _date_problem(date, today=today, backfill_days=backfill_days, examples=examples)
        if problem is not None:
            return problem

    text, no_pain = _take_phrase(_NO_PAIN, text)
    text, rest = _take_phrase(_REST, text)
    numbers = _read_numbers(_OUT_OF_TEN.sub("/10", text))
    reply = _assign(numbers, rest=rest, no_pain=no_pain, unit=unit, examples=examples)
    if isinstance(reply, ParseProblem):
        return reply
    if reply.pain is None and reply.distance_km is None:
        if isinstance(date, dt.date):
            return ParseProblem("unreadable", f"What about that day? Try: {_describe_day(date, today)} {examples.checkin}")
        return _unreadable(examples)
    return CheckinReply(reply.pain, reply.distance_km, reply.unit, date if isinstance(date, dt.date) else None)


def _unreadable(examples: _Examples) -> ParseProblem:
    return ParseProblem(
        "unreadable",
        f"I couldn't read that. Send your back pain (0-10) and distance. "
        f"Try: {examples.checkin}, or {examples.rest} for a rest day",
    )


def _take_dates(text: str, today: dt.date) -> tuple[str, list[object]]:
    """Remove every date mention, returning the dates found (or _INVALID_DATE for "31 nov")."""
    found: list[object] = []

    def iso(match: re.Match[str]) -> str:
        found.append(_make_date(int(match[1]), int(match[2]), int(match[3])))
        return " "

    def day_month(match: re.Match[str]) -> str:
        day, month = (match[1], match[2]) if match[1] else (match[4], match[3])
        found.append(_most_recent_day_month(int(day), _MONTHS[month], today))
        return " "

    def named_day(match: re.Match[str]) -> str:
        word = match[1]
        days_ago = _DAYS_AGO[word] if word in _DAYS_AGO else (today.weekday() - _WEEKDAYS[word]) % 7
        found.append(_days_before(today, days_ago) or _INVALID_DATE)
        return " "

    text = _ISO_DATE.sub(iso, text)
    text = _DAY_MONTH.sub(day_month, text)
    text = _NAMED_DAY.sub(named_day, text)
    return text, found


def _make_date(year: int, month: int, day: int) -> object:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return _INVALID_DATE


def _most_recent_day_month(day: int, month: int, today: dt.date) -> object:
    """The latest date with this day and month that is not after today ("29 feb" looks back to a leap year)."""
    for year in range(today.year, today.year - 8, -1):
        candidate = _make_date(year, month, day)
        if isinstance(candidate, dt.date) and candidate <= today:
            return candidate
    return _INVALID_DATE


def _days_before(today: dt.date, days: int) -> dt.date | None:
    try:
        return today - dt.timedelta(days=days)
    except OverflowError:
        return None


def _date_problem(date: dt.date, *, today: dt.date, backfill_days: int, examples: _Examples) -> ParseProblem | None:
    if date > today:
        return ParseProblem(
            "future", f"{_describe_day(date, today)} hasn't happened yet. For today, try: {examples.checkin}"
        )
    oldest = _days_before(today, backfill_days)
    if oldest is not None and date < oldest:
        if backfill_days == 0:
            window = "today"
        elif backfill_days == 1:
            window = "today and yesterday"
        else:
            window = f"the last {backfill_days} days"
        return ParseProblem(
            "too_old", f"I can only fill in {window}, not {_describe_day(date, today)}. Try: yesterday {examples.checkin}"
        )
    return None


def _describe_day(date: dt.date, today: dt.date) -> str:
    if date == today:
        return "today"
    if date == _days_before(today, 1):
        return "yesterday"
    return date.isoformat()


def _take_phrase(pattern: re.Pattern[str], text: str) -> tuple[str, bool]:
    text, count = pattern.subn(" ", text)
    return text, count > 0


def _read_numbers(text: str) -> list[_Number]:
    """Numbers in order, each with the unit word that follows it and any label that marks its role.

    A word glued to a number ("5m", "30min") is always its unit. A word after a space only
    counts as a unit when it is one we recognise, so "3 felt ok 5km" is not an unknown unit.
    """
    tokens = [(match.lastgroup, match[0], match.start(), match.end()) for match in _TOKEN.finditer(text)]
    numbers: list[_Number] = []
    role: Literal["pain", "distance"] | None = None
    index = 0
    while index < len(tokens):
        kind, value, _, end = tokens[index]
        index += 1
        if kind == "word":
            role = "pain" if value in _PAIN_LABELS else "distance" if value in _DISTANCE_LABELS else None
            continue
        if kind != "number":
            continue
        if _is_out_of_ten(tokens, index, text):
            numbers.append(_Number(_to_float(value), value, role="pain"))
            index += 2
            role = None
            continue
        unit_word = _unit_word(tokens, index, end, text)
        if unit_word is not None:
            index += 1
        numbers.append(_Number(_to_float(value), value, unit_word, role))
        role = None
    return numbers


def _is_out_of_ten(tokens: list[tuple[str | None, str, int, int]], index: int, text: str) -> bool:
    """ "3/10" is pain out of ten, but "2 / 10k" is pain 2 and 10 km."""
    if index + 1 >= len(tokens) or tokens[index][0] != "slash" or tokens[index + 1][0] != "number":
        return False
    kind, value, _, end = tokens[index + 1]
    return _to_float(value) == 10 and _unit_word(tokens, index + 2, end, text) is None


def _unit_word(tokens: list[tuple[str | None, str, int, int]], index: int, number_end: int, text: str) -> str | None:
    if index >= len(tokens) or tokens[index][0] != "word":
        return None
    _, word, start, _ = tokens[index]
    if start == number_end:
        return word
    if text[number_end:start].isspace() and (word in _DISTANCE_UNITS or word in _OTHER_UNITS):
        return word
    return None


def _to_float(text: str) -> float:
    return float(text.replace(",", "."))


@dataclass(frozen=True)
class _Reading:
    pain: int | None
    distance_km: float | None
    unit: Unit | None


_REST_DAY = _Number(0.0, "0", role="distance")
_NO_PAIN_SCORE = _Number(0.0, "0", role="pain")


def _assign(
    numbers: list[_Number], *, rest: bool, no_pain: bool, unit: Unit, examples: _Examples
) -> _Reading | ParseProblem:
    """Decide which number is pain and which is distance, then check both.

    Labelled, "/10" and unit-bearing numbers are placed first; bare numbers then fill pain
    before distance, which is what "3 5" means to a runner.
    """
    pains: list[_Number] = [_NO_PAIN_SCORE] if no_pain else []
    distances: list[_Number] = []
    bare: list[_Number] = []
    for number in numbers:
        if number.unit_word is not None and number.unit_word not in _DISTANCE_UNITS:
            return _unknown_unit(number, examples)
        if number.role == "pain":
            pains.append(number)
        elif number.unit_word is not None or number.role == "distance":
            distances.append(number)
        else:
            bare.append(number)

    if examples.expect == "distance" and len(bare) == 1 and not (pains or distances or rest):
        distances, bare = bare, []
    for number in bare:
        if not pains:
            pains.append(number)
        elif not (distances or rest):
            distances.append(number)
        elif not (rest and number.value == 0):
            return ParseProblem(
                "unreadable", f"I found more numbers than I expected. Send pain then distance. Try: {examples.checkin}"
            )
    if rest:
        if any(number.value != 0 for number in distances):
            return ParseProblem(
                "unreadable", f"Was that a rest day or a run? Try: {examples.checkin}, or {examples.rest}"
            )
        distances = [_REST_DAY]
    if len(pains) > 1:
        return ParseProblem("unreadable", f"I found two pain scores. Send one, 0-10. Try: {examples.checkin}")
    if len(distances) > 1:
        return ParseProblem("unreadable", f"I found two distances. Send one per day. Try: {examples.checkin}")
    return _checked(pains[0] if pains else None, distances[0] if distances else None, unit=unit, examples=examples)


def _checked(pain: _Number | None, distance: _Number | None, *, unit: Unit, examples: _Examples) -> _Reading | ParseProblem:
    if distance is not None and distance.value < 0:
        return ParseProblem(
            "negative", f"Distance can't be negative. Try: {examples.checkin}, or {examples.rest} for a rest day"
        )
    if pain is not None and not _is_pain(pain.value):
        return _pain_problem(pain, has_distance=distance is not None, unit=unit, examples=examples)
    pain_score = int(pain.value) if pain is not None else None
    if distance is None:
        return _Reading(pain_score, None, None)
    distance_unit = _DISTANCE_UNITS.get(distance.unit_word or "", unit)
    distance_km = _to_km(distance.value, distance_unit)
    if not math.isfinite(distance_km) or distance_km >= MAX_RECORDABLE_KM:
        return ParseProblem(
            "unreadable",
            f"{distance.text} {distance_unit.value} is more than I can record for one day. Try: {examples.checkin}",
        )
    return _Reading(pain_score, distance_km, distance_unit)


def _is_pain(value: float) -> bool:
    return math.isfinite(value) and value.is_integer() and 0 <= value <= MAX_PAIN


def _pain_problem(pain: _Number, *, has_distance: bool, unit: Unit, examples: _Examples) -> ParseProblem:
    if 0 <= pain.value <= MAX_PAIN:
        message = f"Pain is a whole number from 0 (none) to 10 (worst). Try: {examples.checkin}"
    else:
        message = f"Pain goes from 0 (none) to 10 (worst). Try: {examples.checkin}"
    if pain.role is None and not has_distance and 0 < pain.value < MAX_RECORDABLE_KM:
        message += f". If {pain.text} was your distance, add the unit: {pain.text}{unit.value}"
    return ParseProblem("pain_range", message)


def _unknown_unit(number: _Number, examples: _Examples) -> ParseProblem:
    if number.unit_word == "m":
        message = f'"{number.text}m" could be metres or miles: please write km or mi. Try: {examples.checkin}'
    elif number.unit_word in _TIME_UNITS:
        message = f"I track distance in km or miles, not time. Try: {examples.checkin}"
    else:
        message = f'I track distance in km or miles, not "{number.unit_word}". Try: {examples.checkin}'
    return ParseProblem("unknown_unit", message)


def _to_km(value: float, unit: Unit) -> float:
    """Kilometres to 3 decimals (a metre), with -0.0 folded into 0.0."""
    km = value * KM_PER_MILE if unit is Unit.MI else value
    return round(km, 3) + 0.0
