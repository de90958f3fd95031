"""Reading a runner's free-text check-in: back pain 0-10, distance run, and optionally which day.

Whatever the runner types ends as a CheckinReply or as a ParseProblem whose message is the
reply to send back, so `parse_checkin` never raises. Reading goes in four passes: take out
one date mention, then the numbers that are not a check-in's (an age, weeks pregnant, a time, a
temperature), then the phrases ("rest day", "no pain"), then read numbers and their units. Runners
write stories around their numbers; what is read must be what they meant, or nothing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from coach.models import KM_PER_MILE, Unit

MAX_TEXT_LENGTH = 200
MAX_PAIN = 10
MAX_PLAUSIBLE_KM = 100.0
MAX_RECORDABLE_KM = 1000.0
"""From here on a distance is a typo, not a run; the big-distance confirm button stops here too."""

Expect = Literal["pain", "distance"]
Role = Literal["pain", "distance"]


@dataclass(frozen=True)
class CheckinReply:
    pain: int | None
    distance_km: float | None
    unit: Unit | None
    date: dt.date | None
    distance_value: float | None = field(default=None, compare=False)
    """The distance as typed, in ``unit``: what the runner reads back and what percentages are computed from."""
    weekday: bool = field(default=False, compare=False)
    """The date was a weekday name ("mon"): today's date only when today's entry can hold the answer."""

    @property
    def unusual_distance(self) -> bool:
        """True when the distance is big enough that the caller should ask before saving it."""
        return self.distance_km is not None and self.distance_km > MAX_PLAUSIBLE_KM


PROSE_WORDS = 4


def is_prose(text: str) -> bool:
    """Words a person wrote, not a mistyped check-in ("3 8 kmm"): four words or more with letters in them."""
    return sum(1 for word in text.split() if any(c.isalpha() for c in word)) >= PROSE_WORDS


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
    distance in the runner's `unit`. A date is only returned when the runner named one.
    """
    examples = _Examples(unit, expect)
    if not isinstance(text, str) or not text.strip():
        return ParseProblem(
            "empty", f"Send your back pain (0-10) and how far you ran. Try: {examples.checkin}"
        )
    if len(text) > MAX_TEXT_LENGTH:
        return ParseProblem(
            "too_long",
            f"That's more than I can read at once. Just the numbers? Try: {examples.checkin}",
        )
    try:
        return _parse(_normalise(text), today, max(backfill_days, 0), examples)
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


class _Token(NamedTuple):
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Number:
    value: float
    text: str
    unit_word: str | None = None
    role: Role | None = None
    story: bool = False
    """A number of the story around the check-in ("woke me at 5"): never read, and it makes bare numbers beside
    it too uncertain to read."""
    label: str | None = None
    """The label word right before it ("pain 5", "ran: 8"), if any."""


@dataclass(frozen=True)
class _Reading:
    pain: int | None
    distance_km: float | None
    unit: Unit | None
    distance_value: float | None = None


def _words_to_numbers(groups: Iterable[tuple[str, ...]], start: int) -> dict[str, int]:
    return {word: number for number, words in enumerate(groups, start) for word in words}


def _alternatives(words: Iterable[str]) -> str:
    """Longest first, so "monday" is not read as "mon"."""
    return "|".join(sorted(words, key=len, reverse=True))


_MONTHS = _words_to_numbers(
    [
        ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
        ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
        ("oct", "october"), ("nov", "november"), ("dec", "december"),
    ],
    start=1,
)  # fmt: skip
_WEEKDAYS = _words_to_numbers(
    [
        ("mon", "monday", "lundi", "lunes", "montag", "lunedi"),
        ("tue", "tues", "tuesday", "mardi", "martes", "dienstag", "martedi"),
        ("wed", "weds", "wednesday", "mercredi", "miercoles", "mittwoch", "mercoledi"),
        ("thu", "thur", "thurs", "thursday", "jeudi", "jueves", "donnerstag", "giovedi"),
        ("fri", "friday", "vendredi", "viernes", "freitag", "venerdi"),
        ("sat", "saturday", "samedi", "sabado", "samstag", "sabato"),
        ("sun", "sunday", "dimanche", "domingo", "sonntag", "domenica"),
    ],
    start=0,
)  # fmt: skip
"""Also in French, Spanish, German and Italian, as runners write them in an English message ("Samedi I make 15 km")."""
_DAYS_AGO = {"today": 0, "tonight": 0, "this morning": 0, "this evening": 0, "this arvo": 0, "this afternoon": 0,
             "yesterday": 1, "yday": 1, "y'day": 1, "y/day": 1, "yest": 1, "yesterdy": 1, "day before yesterday": 2, "the day before yesterday": 2,
             "2 days ago": 2, "two days ago": 2, "3 days ago": 3, "three days ago": 3,
             "ayer": 1, "gestern": 1, "kahapon": 1, "ontem": 1, "ieri": 1, "wczoraj": 1}
"""Yesterday also as the runners of other languages write it in an English message ("Ayer 12 km")."""

_KM_WORDS = ("km", "k", "kms", "ks", "kilometer", "kilometers", "kilometre", "kilometres", "klm", "klms", "klick",
             "klicks", "kays", "kn")
_DISTANCE_UNITS = {
    **dict.fromkeys(_KM_WORDS, Unit.KM),
    **dict.fromkeys(("mi", "mile", "miles", "miler", "milers", "mils", "mls", "miels", "milez", "miled", "mikes"),
                    Unit.MI),
}
_TIME_UNITS = frozenset({
    "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour", "hours",
    "s", "sec", "secs", "second", "seconds",
})  # fmt: skip
_OTHER_UNITS = _TIME_UNITS | {
    "m", "meter", "meters", "metre", "metres", "cm", "mm", "ft", "feet", "foot",
    "yd", "yds", "yard", "yards", "furlong", "furlongs", "league", "leagues", "nm", "nmi",
    "lap", "laps", "step", "steps", "kcal", "cal", "bpm",
    "kg", "kgs", "kilo", "kilos", "lb", "lbs", "pound", "pounds", "stone", "stones",
}  # fmt: skip
"""Numbers that are not a check-in: "4 kilos lighter" is a weight, never a pain of 4."""
_OTHER_UNIT_NUMBER = re.compile(rf"\b\d+(?:[.,]\d+)?\s*(?:{'|'.join(sorted(_OTHER_UNITS, key=len, reverse=True))})\b")
_PAIN_LABELS = frozenset({"pain", "back", "p"})
_EMOJI_LABELS = {"\U0001f3c3": " ran ", "\U0001f915": " pain "}
_UNIT_FIRST = re.compile(r"(?<!\d)(?<!\d\s)\b(miles?|mi|km|kms|k|kilometres?|kilometers?)(?:\s+(?:run|ran|today))?\s*[:=]\s*(\d+(?:[.,]\d+)?)")
"""Unit before the number with a colon ("miles: 7", "K: 10"): read as "7 miles"."""
_DISTANCE_LABELS = frozenset({"distance", "dist", "ran"})

_ISO_DATE = re.compile(r"(?<![\d.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.])")
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH = re.compile(
    rf"\b(?:(\d{{1,2}}){_ORDINAL}\s*(?:of\s+)?({_alternatives(_MONTHS)})\b\.?"
    rf"|({_alternatives(_MONTHS)})\.?\s*(\d{{1,2}}){_ORDINAL}\b)"
)
_NAMED_DAY = re.compile(
    rf"\b({_alternatives(_WEEKDAYS)}|{_alternatives(_DAYS_AGO)})\b(?!['\u2019`]s\s+(?!run|long|parkrun|easy|check|entry|numbers|update|report|reply|pain)[a-z])"
)
_PLAIN_WORD_DAYS = frozenset({"sat", "sun"})
_DAY_CORRECTION = re.compile(
    rf"\b(?:i\s+)?(?:said|wrote|typed|put)\s+(?:{_alternatives(_WEEKDAYS)}|yesterday|today)\s*,?\s*(?:but|-)\s+"
    rf"(?:it\s+|i\s+)?(?:was|meant|is|should\s+be|should\s+have\s+been)\s+(?=(?:{_alternatives(_WEEKDAYS)}|yesterday|today)\b)"
)
"""A day put right ("I said Sunday but it was Saturday"): the day it was stands."""
_LAST_NIGHT = re.compile(
    r"\blast\s+ni(?:ght|te)(?:['\u2019]?s\s+run)?\b(?=\s*[:,-]?\s*\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\b)"
    r"|(?<=\d)(\s*(?:k|km|kms|mi|miles?))\s+(?:late\s+|early\s+)?last\s+ni(?:ght|te)\b"
)
"""Last night's run ("last night 5 mi", "ran 7km last night"); a pain that kept the runner up last night is
not a date."""
_SLEPT = re.compile(r"\b(?:sleep|slept|sleeping|awake|woke|insomnia|kept\s+me\s+up)\b[^.,;!?]*$")
_DAY_OF_MONTH = re.compile(
    rf"(?:^\W*|\bon\s+|\(|\b(?:{_alternatives(_WEEKDAYS)})\s+\(?)(?:the\s+(\d{{1,2}})(?:st|nd|rd|th)\b"
    rf"|(?<![^\W\d_])(\d{{1,2}})(?:st|nd|rd|th)(?=\s*:|\s*[-\u2013]\s|\)))"
    rf"(?!\s+(?:of\s+)?(?:{_alternatives(_MONTHS)})\b)(?!\s*(?:k|km|kms|mi|miles?|run|runs|lap|laps|rep|reps|time|times|mile|place)\b)"
)
"""A day of this month or the last ("the 22nd: 16k", "on the 21st", "Sunday the 22nd", "23rd: 7km"); not "the 15th km"."""
_HYPOTHETICAL = re.compile(
    r"\b(?:if\s+(?:my|i|it|its|the|back|pain|that|this)|should\s+i|can\s+i|could\s+i|would|will\s+i|shall\s+i|is\s+it\s+(?:ok|okay|safe|wise|fine)"
    r"|too\s+much|how\s+(?:many|much|far|long)|tomorrow|tmrw|tmr|tomoz|2moro|2morrow|next\s+week|(?<!per\s)(?<!per\sthe\s)(?<!in\smy\s)(?<!in\sthe\s)plan|planning"
    r"|going\s+to(?!\s+\d)|gonna|will\s+(?:do|run|try|go|aim|walk|hike)|i['\u2019]?ll\s+(?:do|run|try|go|aim|walk|hike)"
    r"|target|planned|aim(?:ed|ing)?\s+(?:was|is|for)|supposed\s+to|saving\s+(?:my\s+legs|myself|it)\s+for)\b"
)
_CLAUSE = re.compile(r"(?:(?<!\d)[.,]|[.,](?!\d)|[;!?\n]|\s-\s|\bbut\b)")
"""Where a clause ends: punctuation (not the point or comma inside "13.1" or "5,5"), a dash between words,
"but"."""
"""Also plain words ("I sat down", "in the sun"): a weekday only after "on", "last", "this", "since" or
"till", or before the numbers, a rest word or the end."""
_LAST_BEFORE = re.compile(r"\blast\s*$")
_PLAIN_WORD_DAY_BEFORE = re.compile(r"\b(?:on|last|this)\s*$")
_NOT_THE_DAY_BEFORE = re.compile(r"\b(?:than|since|from|until|till|before|after|by|every|each|next|as|like)\s*$")
"""A day that only measures or plans: "better than yday", "numb since Monday", "dentist next Friday"."""
_PLAIN_WORD_NOT_DAY_BEFORE = re.compile(r"\b(?:the|a|i|we|you|he|she|they|just|had|have|was|were|been)\s*$")
_PLAIN_WORD_DAY_AFTER = re.compile(
    r"^\s*[,:;.!-]*\s*(?:$|\d|rest|off|no\s+run|pain|back|run|ran|parkrun|long|easy|am\b|morning|night|lsd|lsr\b|lr\b|tempo)"
)
_RUN_WORDS = re.compile(r"\b(?:ran|run|runs|jog|jogged|parkrun|race|raced|tempo|intervals)\b")
_RUN_IN_CLAUSE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\b|\b(?:ran|run|jogged|did)\b")
_SO = re.compile(r"[^.!?;]*?\b(?:so|because|cos|coz|hence)\b")
"""A day then "so": "half marathon on Sunday so ran three miles easy" is today's run, "party yesterday so no
run" yesterday's rest. Which day the numbers are is asked."""
WHICH_DAY = dt.date.min
"""A sentinel among the dates found: the numbers could be of the day named or of today."""
_TOKEN_WORDS = re.compile(r"[^\W_]+")
_SENTENCE = re.compile(r"[.!?;]+(?=\s|$)|\n|\bbut\b")
_DAY_ALONE_WORDS = frozenset({"on", "last", "this", "for", "and", "then", "run", "ran", "easy", "long", "tempo",
                              "parkrun", "went", "out", "did", "was", "good", "s", "i", "a", "the", "my", "forgot",
                              "missed", "sorry", "late", "check", "in", "checkin", "entry", "to", "send", "reply",
                              "which", "neglected"})
"""The only words a day may stand with in a clause of its own and still date the check-in: "On Sunday."."""
_RACE_WORDS = frozenset({"marathon", "half", "race", "raced", "done", "completed", "finished", "ultra", "10k", "5k"})
"""A day in a sentence of its own about a race ("Ran the marathon on Sunday. Pain 5, 3k recovery jog."): the
numbers after may be the race's or today's, so which day is asked."""
_NAME_BEFORE = re.compile(r"\b(?:with|and|met|saw|to|for|my|coach|friend|mate|pal)\s*$")
"""A foreign weekday after these is a name ("ran with Domingo")."""
_FOREIGN_DAYS = frozenset({"lundi", "lunes", "montag", "lunedi", "mardi", "martes", "dienstag", "martedi", "mercredi",
                           "miercoles", "mittwoch", "mercoledi", "jeudi", "jueves", "donnerstag", "giovedi", "vendredi",
                           "viernes", "freitag", "venerdi", "samedi", "sabado", "samstag", "sabato", "dimanche",
                           "domingo", "sonntag", "domenica"})
_NO_PAIN = re.compile(
    r"\b(?:no|zero|nil)\s+(?:back\s+)?pain\b(?!\s*[:=]?\s*\d)|\bpain[\s-]*free\b"
    r"|\bpain\s*(?:[:=-]\s*|is\s+|was\s+)?(?:none|nil|nada|nothing|zilch)\b(?=\s*(?:$|[,.;!?)]|today|and\b))"
)
"""No pain in words. "no pain 7" is not one: it is dictation for "no, pain 7"."""
_REST = re.compile(
    r"\b(?:(?<!\bat\s)(?<!min\s)(?<!mins\s)(?<!sec\s)(?<!secs\s)(?<!minute\s)(?<!minutes\s)"
    r"(?<!second\s)(?<!seconds\s)(?<![\d\s]s\s)(?:(?<!\bthe\s)|(?=rest\s*day))rest(?:ed|ing)?(?:\s*day)?|(?<!half\s)day\s*off|off\s*day|no\s+run(?:ning)?"
    r"|off(?=\s*(?:$|[,.;!?)]|\d|today\b|yesterday\b|tonight\b))|not\s+run(?:ning)?"
    r"|didn['\u2019`]?t\s+run|did\s+not\s+run"
    r"|(?:couldn['\u2019`]?t|could\s+not|can['\u2019`]?t|unable\s+to)\s+run(?=\s*(?:$|[,.;!?)]|today|at\s+all))"
    r"|(?:instead|in\s+lieu)\s+of\s+(?:a\s+|my\s+)?run(?:ning)?|no\s+running|(?:0|zero)\s+runs"
    r"|(?:distance|dist)\s*(?:[:=-]\s*|is\s+|was\s+)?(?:none|nil|zero|nothing))\b"
)
"""A bare "off" is a rest day only where it ends a phrase ("3 off", "off today"): "came off my bike" is not;
nor is being "at rest"."""
_OUT_OF_TEN = re.compile(r"\s*\b(?:(?:out\s+)?of|outta|out\s+a)\s+10\b")
_AGE = re.compile(
    r"\b(?:i\s*am|i['\u2019`]?m|aged?|turned|turning|turn)\s+(?:now\s+|just\s+)?\d{2,3}\b(?![.,]\d)(?!\s*(?:k|kms?|mi|miles?|/))"
    r"|\b\d{1,3}\s*(?:years?|yrs?)(?:\s+old|\s+young|\s+of\s+age)?\b|\b\d{1,3}\s*y\s*/?\s*o\b"
)
"""A runner's age ("I am 67", "58 years old", "19 y/o") is taken out before numbers are read: never a distance."""
_PAIN_WORDS = {word: str(n) for n, word in enumerate(
    "zero one two three four five six seven eight nine ten".split())}
_PAIN_IN_WORDS = re.compile(
    rf"\b(?:pain\s*[:=]?\s+(?:(?:is|was|at|about|around|level|like|maybe|probably|roughly|only|just|still|now)\s+)*"
    rf"(?:a\s+)?(?:solid\s+)?|back\s+(?:is|was)\s+(?:a\s+|at\s+)?"
    rf"|now\s+(?:it['\u2019]?s\s+|its\s+|at\s+)(?:a\s+)?(?=(?:{'|'.join(_PAIN_WORDS)})\s*(?:$|[,.;!?)]|out\s+of|today|and\b)))"
    rf"({'|'.join(_PAIN_WORDS)})\b(?!\s*(?:-|to\b|or\b)\s*(?:{'|'.join(_PAIN_WORDS)}|\d+\b(?![.,]?\d*\s*(?:k|km|mi|miles?)\b)))"
    rf"(?!\s+and\s+a\s+half|\s+point\b)"
    rf"|\b({'|'.join(_PAIN_WORDS)})(?=\s+out\s+of\s+(?:ten|10)\b)"
)
"""A pain score in words, as dictated ("pain six", "the back is a seven", "five out of ten"), read as digits."""
_UNITS_IN_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS_IN_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_DISTANCE_IN_WORDS = re.compile(
    rf"\b(?:({'|'.join(_TENS_IN_WORDS)})(?:\s+({'|'.join(_UNITS_IN_WORDS)}))?|({'|'.join(_UNITS_IN_WORDS)}))"
    rf"(?:\s+point\s+({'|'.join(list(_UNITS_IN_WORDS)[:10])}))?"
    r"(?=\s*(?:k|km|kms|kilometers?|kilometres?|miles?|mi|klicks)\b)"
)
"""A distance in words, as dictated ("ran five k", "thirteen point one miles"), read as digits."""
_SPORT = (
    r"\b(?:cycled|cycling|cycle|biked|biking|rode|ridden|rowed|rowing|swam|swim|swimming|paddled|paddling|kayaked|skied|skiing"
    r"|skated|skating|(?:bike|turbo|spin|zwift|peloton|erg|ergo|rower|elliptical|cross\s*trainer)(?:\s+ride)?)"
)
"""Another sport's distance ("cycled 20k", "erg 10k", "swam 8 of 10 lengths") is no run; its score out of ten
("cycling 3/10 pain") is still the pain."""
_WALK = r"(?:walked|walking|walk|hiked|hiking|hike|trekked|trekking|trek|rambled|rambling|ramble)"
_RUN_WORD = r"(?:run|running|ran|jog|jogging|jogged)"
_WALK_RUN = re.compile(
    rf"\b{_RUN_WORD}\s*(?:/|&|\+|-|\band\b|\bn\b|\bthen\b)?\s*{_WALK}\b(?!\s+(?:home|back)\b)"
    rf"|\b{_WALK}\s*(?:/|&|\+|-|\band\b|\bn\b|\bthen\b)?\s*{_RUN_WORD}\b"
)
"""A walk-run ("run/walk 5k", "5k walk-run", "Galloway run walk", "run & walk"): a run, its walks and all."""
_WALK_DISTANCE = re.compile(
    rf"\b(?:nordic\s+)?{_WALK}(?:\s+(?:for|about|around|maybe|a|an|another|like|just|only|over|nearly|almost|of|was|is"
    r"|the|dog|dogs|with|my|on|treadmill|incline)\b)*\s*(?:[:=-]\s*)?(?:~\s*)?\d+(?:[.,]\d+)?\s*(?:k|km|kms|kilomet\w*|mi"
    rf"|miles?)\b(?![\s/-]*{_RUN_WORD}\b)"
    r"|\b\d+(?:[.,]\d+)?\s*(?:k|km|kms|kilomet\w*|mi|miles?)\s+(?:(?:dog|brisk|easy|slow|long|short|family|nordic|hill"
    r"|incline|recovery)\s+)?(?:walk|hike|ramble|trek)\b(?!\s*(?:breaks?|home|back|pace|the|\d))"
    r"|(?:^|(?<=[,.;:!?-]))\s*(?:(?:just|only|a|an|my|dog|long|short|brisk|easy|family|nordic|power|quick"
    r"|nice|big|went|for)\s+)*(?:(?:walked|walkd|walk|walking\s+only)"
    r"(?:\s+(?:the\s+dogs?|with\s+(?:the|my)\s+(?:dogs?|kids|family)|only|today))?"
    r"|(?:hiked|hiking|hike|trekked|trekking)(?!\s+(?:boots?|shoes?|socks?|poles?|gear|trousers|pants|jacket|bag|pack"
    r"|rucksack|backpack)\b)(?:\s+(?!(?:was|is|were|hurts?|hurt|sore|pain|painful|plans?|cancell?ed|ruined|off|called"
    r"|instead)\b)[^\W\d_]+|\s+\d+\s*(?:hours?|hrs?|h|mins?))*?)"
    r"\s*(?:[,.;:!-]\s*)+(?:~\s*)?\d+(?:[.,]\d+)?\s*(?:k|km|kms|kilomet\w*|mi|miles?)\b"
    rf"(?!(?:[\s/-]+[^\W\d_]+){{0,2}}[\s/-]*{_RUN_WORD}\b)"
)
"""A walk's distance, with its unit, is no run ("walked 6k", "hiked 14 km", "a 3 mile walk"); nor is one told after
a comma or a stop when the walk opens its clause ("Pain 3 - hike, 9.5km", "just a hike, ~10k", "walked the dog, 5k"),
where one that hurt is not ("stiff after the hike. 8k today", "sore when walking, 5k"): in two blind sets
every writer left it out of the distance run, and a 14 km hike saved as a run set off the single-run spike rule.
A walk with no unit ("walking 4", "walked home") is left alone. With a walk taken out, any other distance makes
the whole message asked about, as two distances always were: two reviews found the run beside a walk was as often
a plan, a swap, someone else's run or an incline ("swapped my 8k run for a 3k walk", "walked 3k while my husband
ran 10k") as the runner's own, and with a day named ("ran 10k today") nothing would ask for it again."""
_TREADMILL_WALK = re.compile(
    r"\b(?:treadmill|tm|incline)\s+(?:hill\s+|incline\s+)?walk(?:ed|ing|s)?\b(?!\s+(?:breaks?|is|was|hurts?|to|home))"
    r"|\bwalk(?:ed|ing)?\s+(?:[^\W\d_]+\s+|\d+\s*(?:mins?|minutes)\s+){0,3}?on\s+(?:the\s+|a\s+|my\s+)?treadmill\b"
    r"|\btreadmill\b(?:[^.!?\n]|\.(?=\d)){0,40}?(?<!\bno\s)\bwalk(?:ed|ing)?\b"
    r"(?!\s+(?:breaks?|is|was|hurts?|to|home|back|pace|in|into|from|out)\b)"
)
"""A walk on a treadmill with no run in the message: its distance, wherever it is told, is the walk's
("treadmill walk, incline 15, 2k", "walked on treadmill, incline 8, 5k")."""
_A_RUN = re.compile(rf"\b(?:{_RUN_WORD}|walkrun)\b")
_UNIT_DISTANCE = re.compile(r"(?:~\s*)?\b\d+(?:[.,]\d+)?\s*(?:k|km|kms|kilomet\w*|mi|miles?)\b")
_NUMBER_LED = (  # each begins at a digit: tried only where one stands (one regex of them all was 4x slower)
    r"\d+(?:[.,]\d+)?\s*k?\s*(?:steps|people|followers|views|likes|runners|entrants|kudos|flights|floors)\b",
    r"\d{1,2}\s+(?:past|to)\s+\d{1,2}\b(?![.,]\d)",
    r"\d{1,2}\s*ish\b",
    r"\d+(?:\s+and\s+\d+)?\s*(?:year|yr)s?[\s-]*olds?\b",
    r"\d+\s+stone\s+\d+\b(?![.,]\d)(?!\s*(?:k|km|mi|miles?)\b)",
    r"(?:[5-9]\d|\d{3,})(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\s+on\s+(?:them|these|those|my\s+shoes|the\s+shoes)\b",
    r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\s+(?:goal|target|challenge)\b",
    r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\s+for\s+the\s+(?:week|month|year)\b",
    r"\d+\s+days\s+off\b",
    r"\d{1,2}-\d{1,2}\b(?![.,]?\d)(?!\s*(?:k|km|kms|mi|miles?)\b)",
    r"\d+\s*x\s*\d+(?:[.,]\d+)?\s*(?:m|k|km|s)?\b",
    r"\d{1,2}:\d{2}(?::\d{2})?\b",
    r"\d+\s*['\u2019]\s*\d+\b",
    r"\d+-a-side\b",
    r"\d+(?:[.,]\d+)?\s*(?:or|to)\s*\d+(?:[.,]\d+)?(?=\s*(?:k|km|kms|kilomet\w*|mi|miles?)\b)",
    r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\s+(?:(?:this|last|a|per|each|every|in\s+the\s+last)\s+)?(?:weeks?|month)\b",
    r"\d+\s*(?:runs|sessions|rides|bikes?|swims?|gels|litres|liters|cups|coffees|pints|beers|glasses|hills|squats|lunges|push-?ups|press-?ups|pull-?ups|sit-?ups|burpees|planks|kids|children|jobs|dogs)\b",
    r"\d+(?:[.,]\d+)?\s*(?:weeks?|wks?|days|day(?!\s*off)|months?|mos?|times|sets?|reps?|x|th|st|nd|rd|a\.?m\.?|p\.?m\.?|°\s*[cf]?|degrees?(?:\s*[cf])?)(?![^\W\d_])",
    r"(?:3[5-9]|4[0-2]|9[5-9]|10[0-6])(?:[.,]\d+)?\s*(?:temp|temperature|fever)\b",
    r"\d+(?:[.,]\d+)?\s*(?:km\s*/\s*h|kmh|kph|mph|k/h)\b",
    r"\d+(?:[.,]\d+)?\s*(?:mins?\s*)?(?:/|per\s+)(?:km|k|mi|mile)\b",
    r"\d+(?:[.,]\d+)?\s*%",
    r"\d+\s*h\s*\d+\s*m(?:ins?)?\b",
    r"\d+(?:[.,]\d+)?\s*(?:m|ft|feet)\s+(?:of\s+)?(?:climb(?:ing)?|elevation|elev|ascent|gain|vert|up)\b",
    r"\d+\s*(?:gel|stops?|strides|sprints|pee\s+stops?|walk\s+breaks?)\b",
    r"\d+(?:,\d{3})*(?:\.\d+)?\s*(?:k|km|kms|mi|miles?)\s+(?:this|last|so\s+far\s+this)\s+(?:year|yr|month)\b",
    r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)?\s+(?:lower|higher|less|more|worse|better|shorter|longer|further|farther)\s+than\b",
    r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\s+(?:twice|thrice|x\s*[2-9]|(?:two|three|four)\s+times)\b",
    r"\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\s+(?:on\s+(?:the|a|my)\s+)?(?:bike|turbo|spin\s*bike|erg|rower|rowing\s+machine"
    r"|elliptical|cross\s*trainer|zwift|peloton|ride|bike\s+ride|cycle|swim|row|paddle)\b(?!\s+(?:path|paths)\b)",
    r"\d+\s*(?:laps?|rounds?|loops?|times|repeats?)\s+(?:of|around|round|on)\s+(?:the\s+|a\s+|my\s+|our\s+)?\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?|m)?\b",
)
_WORD_LED = (  # each begins at a word or a sign, and is tried only there (2x faster than at every character)
    r"\braised\s+[£$€]?\s*\d+(?:[.,]\d+)?\s*k?\b",
    r"[£$€]\s*\d+(?:[.,]\d+)?\s*k?\b",
    r"\b(?:half|quarter|(?:twenty|ten|five)(?:[\s-]five)?)\s+(?:past|to)\s+\d{1,2}\b(?![.,]\d)",
    r"\bhalf\s+(?:[1-9]|1[0-2])\b(?![.,:]\d)(?!\s*(?:k|km|kms|mi|miles?|marathon)\b)",
    r"\bbib\s*(?:number\s*|no\.?\s*|#\s*)?\d+",
    r"\bstreak\s+day\s+\d+\b",
    r"\bday\s+\d+\s+of\b",
    r"\bsets?\s+of\s+\d+\b(?![.,]\d)",
    r"\b(?:week(?:ly)?|month(?:ly)?|year(?:ly)?)\s+total\s+(?:of\s+|is\s+|was\s+)?\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)?\b",
    r"\b(?:she|he|they|hes|shes)['\u2019]?s?\s+\d{1,2}\b(?!\s*(?:k|km|mi|miles?)\b)",
    r"\b(?:toddler|son|daughter|kid|baby|child|boy|girl)s?\s*\(\d{1,2}\)",
    r"\bnot\s+\d+(?:[.,]\d+)?(?:\s*(?:k|km|mi|miles?))?\b",
    r"\bw(?:ee)?k?\s*\d+\s*,?\s*(?:d(?:ay)?|r(?:un)?)\s*\d+\b(?![.,]?\d)(?!\s*(?:k|km|kms|mi|miles?)\b)",  # a plan's "Wk5 D3"
    r"\b(?:run|day)\s*\d+\s+of\s+w(?:ee)?k\s*\d+\b(?![.,]?\d)",
    r"(?<!\d\s)(?<![\d\s]\s\s)\b(?:mile|lap|laps|rep|reps|week|wk|zone|type|stage|round|size|number)\s*\d+(?![.,]?\d)(?!\s*/\s*10\b)(?!\s*(?:k|km|kms|mi|miles?)\b)",
    r"\b(?:temp(?:erature)?|fever)\s*(?:of\s*|is\s*|was\s*|at\s*)?\d+(?:[.,]\d+)?",
    r"\b(?:speed|gradient|incline)\s*(?:of\s+|was\s+|is\s+|at\s+)?[:=]?\s*\d+(?:[.,]\d+)?\b(?!\s*(?:k|km|kms|mi|miles?)\b)"
    r"(?!\s*(?:x|-|to|or)\s*\d)",
    r"\bminus\s*\d+(?:[.,]\d+)?",
    r"\b(?:at|around|by|from|after|until|till)\s+(?:km|k|mile|the\s+\d+\s*k\s+mark)\s*\d*\b",
    r"\b(?:(?:avg|average|max|resting)\s+hr|heart\s*rate|cadence|spm|bpm|vo2\s*max)\s*(?:of\s+|was\s+|is\s+|at\s+|averaging\s+|averaged\s+|avg\s+|average\s+)?[:=]?\s*\d+(?:[.,]\d+)?",
    r"\bhr\s*(?:[:=]|under|over|below|above|around|about|avg)?\s*(?:[4-9]\d|1\d\d|2[0-2]\d)\b",
    r"\b(?:climb|elevation|elev|ascent|gain|vert|incline)\s*(?:of\s+)?[:=]?\s*\d+(?:[.,]\d+)?\s*(?:m|ft|feet|%)(?![^\W\d_])",
    r"\bc\s*25\s*k\b",
    r"\bcouch\s*(?:to|2)\s*5\s*k\b",
    rf"{_SPORT}\s+\d+\s*(?:mins?|minutes|hrs?|hours?)\s*[(,]?\s*~?\s*\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\b(?!\s+(?:run|jog))",  # "elliptical 40 min (~6 miles)"
    rf"{_SPORT}(?:\s+(?:for|about|around|maybe|a|an|another|like|just|only|over|nearly|almost|of|was|is))*\s*[:=-]?\s*"
    r"\d+(?:[.,]\d+)?\s*(?:/|(?:out\s+)?of)\s*\d+\s*(?:lengths?|laps?|reps?|climbs?|intervals?|sets?|times|km|k|kms|mi"
    r"|miles?|mins?|minutes?|hours?|hrs?)\b",
    rf"{_SPORT}(?:\s+(?:for|about|around|maybe|a|an|another|like|just|only|over|nearly|almost|of|was|is|commute))*\s*[:=-]?\s*"
    r"\d+(?:[.,]\d+)?(?!\s*(?:/|(?:out\s+)?of\s))\s*(?:k|km|kms|kilomet\w*|mi|miles?|m)?\b",
    r"\b(?:double|twice|half|triple|treble)\s+(?:of\s+)?(?:my|the)\s+(?:usual|normal|regular)\s+\d+(?:[.,]\d+)?"
    r"\s*(?:k|km|kms|mi|miles?)?\b",
)
_OTHER_QUANTITY = re.compile(rf"\b(?=\d)(?:{'|'.join(_NUMBER_LED)})|(?=[£$€]|\b[^\W\d_])(?:{'|'.join(_WORD_LED)})")
"""Days off, a 9-5 or a range ("pain 3-4"), weeks pregnant, a 6-week check, 3am, 3 sets, 180th, a temperature of 39, intervals of 6x800, a finish
time of 1:45, mile 10, week 8, zone 2, L5, 2 runs, 5'10, a 60k week, 10 km/h, 6:30/km, avg HR 152, C25K
W5D2, 4 laps of the 2.5 km loop, a treadmill's speed 6: numbers that are not a check-in, taken out like an age."""
_RUN_IN_PARTS = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\s+(?:each|apiece|warm[\s-]?ups?|warm[\s-]?downs?|cool[\s-]?downs?|wu|cd)\b"
    r"|\b(?:warm[\s-]?ups?|warm[\s-]?downs?|cool[\s-]?downs?)\s+(?:of\s+)?\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\b"
    r"|\b\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\s*,?\s+(?:and\s+)?then\s+(?:another\s+|a\s+further\s+)?\d+(?:[.,]\d+)?\s+"
    r"(?:easy|more|slow|jog)\b(?!\s+(?:days?|weeks?|laps?|rest|reps?|sets?|mins?|minutes|runs?|times))"
)
"""A run told in parts ("2 rounds of 2.5 km each", "5k with 1k warm up", "parkrun then 2k cool down"): how far
it was in all is the runner's sum to make, so no distance is read from the message."""
_DISTANCE_RANGE = re.compile(r"(?<![\d/.,:-])(\d{1,2}(?:[.,]\d)?)-(\d{1,2}(?:[.,]\d)?)\s*(?:k|km|kms|mi|miles?)\b")
"""A distance given as a range ("4-5 miles", "5-6k"): which one to save is the runner's to say. Spaced, or
further apart, the first number is the pain ("3 - 8km", "3-8km")."""
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+(?:[.,]\d+)?)"
_RANGE_IN_WORDS = re.compile(
    rf"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:to|or)\s+{_NUMBER_WORD}\s*"
    r"(?:k|km|kms|kilomet\w*|mi|miles?)\b"
)
_PAIN_NOW_A_RANGE = re.compile(
    r"\b(?:down|up|back)\s+to\s+\d{1,2}\s*(?:-|to|or)\s*\d{1,2}\b"
    r"(?!\s*(?:k|km|kms|mi|miles?|runs?|times|days?|weeks?|sessions?|x)\b)"
)
"""The same by voice ("six to seven k"), and a pain that moved to a range ("6 this morning, down to 3-4 now")."""
_CORRECTION = re.compile(
    r"\b(?:actually|i\s+mean|i\s+meant|meant|sorry|oops|make\s+that|correction|scratch\s+that)\b[\s:(-]{0,3}"
    r"(?:\d|km\b|k\b|kms\b|mi\b|miles?\b)"
    r"|\b(?:scratch\s+that|correction|no\s+wait|wait\s+no)\b"
    r"|\d(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)?\s+actually\s*(?:$|[).,;!])"
    r"|,\s*well\s+\d+(?:[.,]\d+)?(?![\d:/])(?!\s*(?:pace|mins?|/))"
)
"""A number put right in words ("10k (actually 9.6 on my watch)", "pain 4, sorry I mean 5", "8 miles oops I
mean km"): which one stands is not for a pattern to guess, so the runner is asked again."""
_SOMEONE_ELSE = re.compile(
    r"^\W*(?:and\s+|while\s+|whereas\s+)?(?:my\s+(?:wife|husband|partner|hubby|wifey|bf|gf|boyfriend|girlfriend|friend|"
    r"mate|buddy|pal|son|daughter|kid|brother|sister|bro|sis|dad|mum|mom|father|mother|club\s*mate|running\s+buddy|"
    r"other\s+half|oh)|(?:she|he|they)(?!\s*['\u2019]))\s+(?:ran|did|has|had|was|is|does|went|got|managed|completed|finished|"
    r"runs|run|just)\b(?!\s+me\b)"
)
"""A clause about someone else's run ("my wife ran 10k today and has zero pain"): not the runner's check-in."""
_EARLIER_PAIN = re.compile(
    r"\(\s*(?:(?:yesterday|yday|last\s+night|this\s+morning|earlier)\s+)?(?:it\s+)?was\s+(?:a\s+)?\d+(?:\s*/\s*10)?[^()]*\)"
    r"|\bwas\s+(?:a\s+)?\d+(?:\s*/\s*10)?(?:\s+(?:this\s+morning|earlier(?:\s+today)?|yesterday|last\s+night"
    r"|before(?:\s+the\s+run)?|at\s+the\s+start|at\s+first))?"
    r"(?=\s*[,;.]?\s*(?:and\s+|but\s+)?(?:it['\u2019]?s\s+|its\s+)?now\b)"
    r"|\b(?:down|up)\s+from\s+(?:a\s+)?\d+(?:\s*/\s*10)?"
    r"(?:\s+(?:on\s+)?(?:[a-z]+day|yesterday|yday|last\s+\w+|this\s+morning|earlier))?"
)
"""What the pain was before ("was 5 this morning, now 3", "5, down from 7 on Sunday", "3 (was 6 on Sunday)"):
only the pain as it is now is today's."""
_PAIN_CHANGE = re.compile(
    r"\bfrom\s+(?:a\s+)?\d+\s+(?:down|up)\s+to\s+(?:a\s+)?(\d+)\b(?![.,]?\d)(?!\s*(?:k|km|kms|mi|miles?|/))"
)
"""A pain that went "from 6 down to 2": the 2."""
_NOW_IT_IS = re.compile(
    r"\bnow\s+(?:it['\u2019]?s|its|it\s+is|at|sitting\s+at)\s+(?=(?:a\s+)?\d+(?:\s*/\s*10)?\s*(?:$|[,.;!?)]|out\s+of|today|and\b))"
)
"""The score as it is now ("now it's 3"), not "now it's 2 more weeks to the race"."""
_HALVES = re.compile(
    rf"\b(\d+|{'|'.join(_UNITS_IN_WORDS)})\s+and\s+a\s+half\b"
    r"|\b(?:half\s+a|a\s+half)\s+(?=(?:mile|k|km|kilomet(?:er|re))\b)"
    r"|\ba\s+(mile|k|km|kilomet(?:er|re))\s+and\s+a\s+half\b"
)
"""Halves in words: "3 and a half k", "two and a half miles", "half a mile", "a K and a half"."""
_PAIN_BEFORE = re.compile(r"\bpain\s*[:=]?\s*(?:is\s+|was\s+|at\s+)?$")
_FRACTION_GLYPHS = {"\u00bd": ".5", "\u00bc": ".25", "\u00be": ".75"}
_FRACTION = re.compile(r"(\d*)\s*([\u00bd\u00bc\u00be])")
_MARATHON_AFTER = re.compile(r"\s*-?\s*marathon", re.IGNORECASE)
_NAMED_RUN = re.compile(
    r"\b(?:ran|run|did|done|completed|finished|raced|jogged)\s+"
    r"(?:(?:a|the|my|our|today['\u2019]?s|local|full|first|whole)\s+){0,2}(parkrun|half[\s-]?marathon|marathon)"
    r"(?!\s+(?:pace|paced|training|plan|prep|build|block|effort|efforts|intervals|session|sessions|run|runs|"
    r"volunteer\w*|marshal\w*|expo|route|tempo|simulation|sim)\b)"
    r"|\b(parkrun|half[\s-]?marathon|marathon)(?=\s+(?:done|completed|finished)\b)"
)
_NAMED_KM = {"parkrun": "5 km", "marathon": "42.2 km"}
"""A run named by its race ("did parkrun", "half marathon completed"), read as its distance when no other is given."""
_ANOTHER_TIME = re.compile(
    r"\b(?:19|20)\d{2}\b|\bago\b|\blast\s+(?:year|month|week|time)\b|\bever\b|\bpb\b|\bused\s+to\b"
    r"|\b(?:this|a|per|the)\s+(?:week|month|year)\b|\bso\s+far\b"
)
"""A race of another day or a total of many ("a marathon in 2019", "15k total this week")."""
_DISTANCE_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?)\b")
_TOTAL = re.compile(
    r"\b(\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?))\s+(?:in\s+)?total\b"
    r"|\btotal(?:\s+of|\s*[:=])?\s+(\d+(?:[.,]\d+)?\s*(?:k|km|kms|mi|miles?))\b"
)
"""A run told in parts with its total ("5k this morning + 3k tonight, 8k total"): the total is the distance."""
_NOT_TODAYS_TOTAL = re.compile(
    rf".{{0,40}}?\b(?:since|for\s+(?:the\s+)?(?:week|month|year|{_alternatives(_MONTHS)})|so\s+far|to\s+date|week|month|year)\b"
)
_WEEKS_BEFORE = re.compile(r"\b(?:week(?:ly)?|month(?:ly)?|year(?:ly)?)\s*$")
_NUMERIC_DATE = re.compile(
    rf"(?:^\s*|\b(?:on|for|{_alternatives(_WEEKDAYS)})\s+)(\d{{1,2}})(?:/|\.(?=\d{{2}}\b(?![.,]\d)))(\d{{1,2}})\b\.?"
    r"(?!\s*/)(?![.,]\d)(?!\s*(?:k|km|kms|mi|miles?|h|hrs?|hours?|mins?|minutes?)\b)"
)
"""A day as digits ("23/11: 9km", "ran 7k on 24/11", "11/23 - 6 mi"): read only when it begins the message or
follows "on" or "for", is not out of ten, and only one of day/month or month/day falls in the days that can
be filled in."""
_LEVEL_WORDS = frozenset({"sitting", "sits", "is", "its", "still", "now", "stuck", "holding", "steady", "back", "pain"})
_AFTER_A_SCORE = frozenset({"today", "tonight", "and", "now", "so", "but", "pain", "back"})
_AFTER_A_LABEL = frozenset({"is", "was", "a", "at", "about", "around", "level", "its", "today", "now", "like", "solid",
                            "maybe", "prob", "probably", "roughly", "only", "just", "still"})
"""Words that may sit between a label and its number: "pain is a 4", "back today 3"."""
_TOKEN = re.compile(
    r"(?P<number>(?:(?<![^\s:=(,])-)?(?:\d+(?:[.,]\d+)?|\.\d+))"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<slash>/)"
)
_DASHES = frozenset("\u2212\u2013\u2014")
_TEXTED_LABELS = re.compile(r"\b(p\s*(?:\d+(?:[.,]\d+)?|\?)\s*[,;/]?)\s*d\s*(?=\d+(?:[.,]\d+)?(?!\s*of\b))")
""" "p3 d5", "p? d 7": a texted pain and distance; "d" is the distance only beside a "p" ("Wk5 D3" is a plan's day)."""
_OTHER_PART_SCORE = re.compile(
    r"(?<!back )(?<!back & )(?<!back and )(?<!back/)(?<!to the )(?<!into the )(?<!into my )(?<!to my )"
    r"\b(?:neck|hips?|glutes?|foot|feet|knees?|calf|calves|ankles?|hamstrings?|hammy|shoulders?|achilles|shins?|quads?"
    r"|groin|toes?|heels?|it\s*band|itb|hip\s*flexors?|legs?|arch|plantar)"
    r"(?:\s+(?:pain|is|was|at|a|an|about|around|sore|niggle|ache|today|now))*\s*[:=-]?\s*\d+(?:[.,]\d+)?"
    r"(?:\s*/\s*10|\s*(?:out\s+)?of\s+10)?\b(?!\s*(?:k|km|kms|kilomet\w*|mi|miles?)\b)(?![.,]?\d)"
)
"""A score given to another body part ("hip 5", "knee 2/10"): not the back's. Left out when the back's own score
is said beside it ("lower back 3, hip 5"); asked about when not, so a lone number is never taken for the back's."""
_BACK_SCORE = re.compile(
    r"\b(?:back|pain|p)\b\s*(?:(?:is|was|at|a|about|around|today|now|its)\s+)*[:=-]?\s*\d+(?:[.,]\d+)?"
    r"(?=\s*(?:$|[^\w\s]|(?:today|now|and|but|so|pain|ran|run|rest|out|tonight|this|after|before|\d)\b))"
)
_HYPHENATED_UNIT = re.compile(r"(?<=\d)-(?=(?:milers?|miles?|mi|k|km|kms|kilomet\w*)\b)")
"""A "10-miler" or a "5-k" is a distance in its unit, not a range or a date."""
_A_UNIT_PART = re.compile(
    r"(?:^|(?<=\band )|(?<=\bthen )|(?<=\bwith )|(?<=\bplus )|(?<=\+ )|(?<=& )|(?<=, ))a(?=\s+(?:mile|km|k)\s+(?:cool\s*-?\s*down|warm\s*-?\s*up|jog|shake\s*-?\s*out|recovery)\b)"
)
"""A part of a run said with "a" ("a 5k and a mile cooldown"): one of the unit, so the parts are seen and asked
about rather than the mile left out."""


def _normalise(text: str) -> str:
    """Lower-case text with ASCII digits, plain minus signs and no control characters.

    NFKC turns full-width forms into ASCII; digits of other scripts (Arabic-Indic, Devanagari)
    are mapped by their decimal value, so a runner on such a keyboard is still read. Combining marks
    go (a keycap "3️⃣" is a 3), and the runner and hurt-face emoji are the labels they stand for.
    """
    characters = []
    for character in unicodedata.normalize("NFKC", _fractions(text)):
        if character.isdecimal():
            characters.append(str(unicodedata.decimal(character, 0)))
        elif character in _DASHES:
            characters.append("-")
        elif character in _EMOJI_LABELS:
            characters.append(_EMOJI_LABELS[character])
        elif unicodedata.category(character).startswith("M"):
            continue
        elif unicodedata.category(character).startswith(("C", "Z")):
            characters.append(" ")
        else:
            characters.append(character)
    return _UNIT_FIRST.sub(r"\2 \1", "".join(characters).lower())


def _fractions(text: str) -> str:
    """ "3½ km" is 3.5 km; NFKC would make it "31⁄2"; a "½ marathon" is a half marathon."""
    return _FRACTION.sub(_fraction, text)


def _fraction(match: re.Match[str]) -> str:
    if not match[1] and match[2] == "\u00bd" and _MARATHON_AFTER.match(match.string, match.end()):
        return "half "
    return f"{match[1] or 0}{_FRACTION_GLYPHS[match[2]]} "  # as digits: a float would print 1e+11


def _parse(
    text: str, today: dt.date, backfill_days: int, examples: _Examples
) -> CheckinReply | ParseProblem:
    text = _TEXTED_LABELS.sub(r"\1 dist ", _A_UNIT_PART.sub("1", _HYPHENATED_UNIT.sub(" ", text)))
    text = _named_run(_pain_now(_HALVES.sub(_halves, text)))
    text = _DAY_CORRECTION.sub(" ", text)
    text, dates, weekday = _take_dates(_without_questions_and_plans(text), today, backfill_days)
    if len(set(dates)) > 1:  # "Sunday the 22nd" is one day
        return ParseProblem(
            "unreadable", f"Please send one day at a time. Try: yesterday {examples.checkin}"
        )
    date = dates[0] if dates else None
    if date == WHICH_DAY:
        return ParseProblem("unreadable", f"Which day are those numbers for? Try: today {examples.checkin}, or "
                                          f"yesterday {examples.checkin}")
    if dates and date is None:
        example_day = (_days_before(today, 1) or today).isoformat()
        return ParseProblem(
            "unreadable", f"I couldn't read that date. Try: {example_day} {examples.checkin}"
        )
    if date is not None:
        problem = _date_problem(date, today, backfill_days, examples)
        if problem is not None:
            return problem

    if _CORRECTION.search(text):
        return _unreadable(examples)
    if any(0 < _to_float(m[2]) - _to_float(m[1]) <= 2 for m in _DISTANCE_RANGE.finditer(text)) or \
            _RANGE_IN_WORDS.search(text):
        return ParseProblem("unreadable", f"How far was it? Send one distance. Try: {examples.checkin}")
    if _PAIN_NOW_A_RANGE.search(text):
        return ParseProblem("unreadable", f"How is your back now? Send one number, 0-10. Try: {examples.checkin}")
    text = _pain_now(_PAIN_IN_WORDS.sub(_pain_digits, text))  # again, for the scores told in words
    text = _DISTANCE_IN_WORDS.sub(_distance_digits, text)
    text, total = _only_the_total(text)
    text, in_parts = (text, False) if total else _take_phrase(_RUN_IN_PARTS, text)
    text, walks = _WALK_DISTANCE.subn(" ", _WALK_RUN.sub(" walkrun ", text))
    if _TREADMILL_WALK.search(text) and not _A_RUN.search(text):
        text, treadmill = _UNIT_DISTANCE.subn(" ", text)
        walks += treadmill
    text = _OTHER_QUANTITY.sub(" ", _AGE.sub(" ", text))
    text, other_part = _take_phrase(_OTHER_PART_SCORE, text)
    if other_part and not _BACK_SCORE.search(text):
        return ParseProblem("unreadable", f"Is that number your back's pain? Send your back's score. Try: {examples.checkin}")
    text, no_pain = _take_phrase(_NO_PAIN, text)
    text, rest = _take_phrase(_REST, text)
    numbers = _read_numbers(_OUT_OF_TEN.sub("/10", text), prose=is_prose(text))
    if in_parts:  # only what is labelled pain, or not a distance at all, is read beside a run in parts
        numbers = [n for n in numbers if n.role == "pain" or (n.unit_word is not None and n.unit_word not in _DISTANCE_UNITS)]
    reading = _assign(numbers, rest=rest, no_pain=no_pain, examples=examples)
    if isinstance(reading, ParseProblem):
        return reading
    if walks and reading.distance_km:
        return ParseProblem("unreadable", f"How far did you run, not counting the walk? Try: {examples.checkin}")
    if reading.pain is None and reading.distance_km is None:
        if date is not None:
            day = _describe_day(date, today)
            return ParseProblem("unreadable", f"What about that day? Try: {day} {examples.checkin}")
        return _unreadable(examples)
    return CheckinReply(reading.pain, reading.distance_km, reading.unit, date, reading.distance_value, weekday)


def _pain_now(text: str) -> str:
    return _NOW_IT_IS.sub("now ", _PAIN_CHANGE.sub(r" pain \1", _EARLIER_PAIN.sub(" ", text)))


def _halves(match: re.Match[str]) -> str:
    if _PAIN_BEFORE.search(match.string, 0, match.start()):
        return match[0]  # "pain two and a half" is no whole score: asked again as it was
    if match[1]:
        whole = _UNITS_IN_WORDS.get(match[1])
        return f"{match[1] if whole is None else whole}.5"
    return f"1.5 {match[2]}" if match[2] else "0.5 "


def _named_run(text: str) -> str:
    if _DISTANCE_NUMBER.search(text) or _DISTANCE_IN_WORDS.search(text) or _ANOTHER_TIME.search(text):
        return text
    return _NAMED_RUN.sub(lambda m: m[0].replace(m[1] or m[2], _named_km(m[1] or m[2])), text, count=1)


def _named_km(name: str) -> str:
    return "21.1 km" if name.startswith("half") else _NAMED_KM[name]


def _only_the_total(text: str) -> tuple[str, bool]:
    found = _TOTAL.search(text)
    if found is None or _ANOTHER_TIME.search(text) or _NOT_TODAYS_TOTAL.match(text, found.start()) or \
            _WEEKS_BEFORE.search(text, 0, found.start()):
        return text, False
    before, after = (_DISTANCE_NUMBER.sub(" ", part) for part in (text[:found.start()], text[found.end():]))
    return f"{before} {found[1] or found[2]} {after}", True


def _distance_digits(match: re.Match[str]) -> str:
    tens, units, point = match[1], match[2] or match[3], match[4]
    whole = _TENS_IN_WORDS.get(tens or "", 0) + _UNITS_IN_WORDS.get(units or "", 0)
    return f"{whole}.{_UNITS_IN_WORDS[point]}" if point else str(whole)


def _pain_digits(match: re.Match[str]) -> str:
    word = match[1] or match[2]
    return match[0][: match.start(1 if match[1] else 2) - match.start()] + _PAIN_WORDS[word]


def _without_questions_and_plans(text: str) -> str:
    """Clauses that ask or plan ("should I run 10k on Saturday if my pain is 4?", "is 3 miles too much?",
    "10k tomorrow") or tell someone else's run are blanked: what a runner might do, or a friend did, is not
    what they did."""
    kept, start = [], 0
    for end in [*_CLAUSE.finditer(text), None]:
        stop = end.start() if end else len(text)
        clause = text[start:stop]
        asks = end is not None and end[0] == "?"
        blank = asks or _HYPOTHETICAL.search(clause) or _SOMEONE_ELSE.search(clause)
        kept.append(" " * len(clause) if blank else clause)
        if end:
            kept.append(end[0])
            start = end.end()
    return "".join(kept)


def _unreadable(examples: _Examples) -> ParseProblem:
    return ParseProblem(
        "unreadable",
        "I couldn't read that. Send your back pain (0-10) and distance. "
        f"Try: {examples.checkin}, or {examples.rest} for a rest day",
    )


def _take_dates(text: str, today: dt.date, backfill_days: int) -> tuple[str, list[dt.date | None], bool]:
    """Remove every date mention; each found is a date, or None when it can't exist ("31 nov").
    The flag says a weekday name was among them."""
    found: list[dt.date | None] = []
    weekdays: list[str] = []

    def iso(match: re.Match[str]) -> str:
        if _dates_the_checkin(text, match):
            found.append(_make_date(int(match[1]), int(match[2]), int(match[3])))
        return " "

    def day_month(match: re.Match[str]) -> str:
        day, month = (match[1], match[2]) if match[1] else (match[4], match[3])
        if _dates_the_checkin(text, match):
            found.append(_most_recent_day_month(int(day), _MONTHS[month], today))
        return " "

    def named_day(match: re.Match[str]) -> str:
        word = match[1]
        if word in _FOREIGN_DAYS and _NAME_BEFORE.search(text, 0, match.start()) or \
                word.endswith(" ago") and not _RUN_IN_CLAUSE.search(_clause_of(text, match)):
            return match[0]  # "ran with Domingo"; "back flared up 2 days ago, pain 4, ran 5k"
        if not _dates_the_checkin(text, match) and _about_a_race(text, match):
            found.append(WHICH_DAY)
            return " "
        if not _dates_the_checkin(text, match) or _NOT_THE_DAY_BEFORE.search(text[:match.start()]) or \
                (word in _PLAIN_WORD_DAYS and not _weekday_here(text, match)):
            return match[0]
        if _DAYS_AGO.get(word) != 0 and _SO.match(text, match.end()):
            found.append(WHICH_DAY)
        elif word in _DAYS_AGO:
            found.append(_days_before(today, _DAYS_AGO[word]))
        else:
            weekdays.append(word)
            back = (today.weekday() - _WEEKDAYS[word]) % 7
            found.append(_days_before(today, 7 if back == 0 and _LAST_BEFORE.search(text, 0, match.start()) else back))
        return " "

    def numeric(match: re.Match[str]) -> str:
        first, second = int(match[1]), int(match[2])
        oldest = _days_before(today, backfill_days) or dt.date.min
        meant = {d for d in (_most_recent_day_month(first, second, today), _most_recent_day_month(second, first, today))
                 if d is not None and oldest <= d}
        if second == 10 or len(meant) != 1 or not _dates_the_checkin(text, match):
            return match[0]
        found.append(meant.pop())
        return " "

    def last_night(match: re.Match[str]) -> str:
        if _SLEPT.search(text[max(0, match.start() - 40):match.start()]):
            return match[0]  # "couldn't sleep last night, 5 miles": the night, not the run
        found.append(_days_before(today, 1))
        return f"{match[1]}, " if match[1] else " "  # "ran 5 miles last night": the miles stay

    def day_of_month(match: re.Match[str]) -> str:
        day = int(match[1] or match[2])
        month = today.replace(day=1) if day <= today.day else (today.replace(day=1) - dt.timedelta(days=1))
        if not _dates_the_checkin(text, match):
            return match[0]
        found.append(_make_date(month.year, month.month, day))  # none for "the 31st" of November; too old is said
        return " "

    text = _ISO_DATE.sub(iso, text)
    text = _NUMERIC_DATE.sub(numeric, text)
    text = _LAST_NIGHT.sub(last_night, text)
    text = _DAY_OF_MONTH.sub(day_of_month, text)
    text = _DAY_MONTH.sub(day_month, text)
    text = _NAMED_DAY.sub(named_day, text)
    return text, found, bool(weekdays)


def _dates_the_checkin(text: str, match: re.Match[str]) -> bool:
    """A day named in the clause of the numbers ("ran 5k on sat, pain 3") or on its own ("Sunday.") dates
    the check-in; one in a clause of its own story does not: "Pain 4, ran 7k. Sat on a cold bench after",
    "Pain 5. Hurt it at footy on Saturday" and "Sunday long runs are my fave but did 6k" are today's."""
    starts = [0] + [end.end() for end in _SENTENCE.finditer(text) if end.end() <= match.start()]
    after = _SENTENCE.search(text, match.end())
    said_with_it = text[starts[-1]:match.start()] + " " + text[match.end():after.start() if after else len(text)]
    said_with_it = _DISTANCE_IN_WORDS.sub(_distance_digits, _PAIN_IN_WORDS.sub(_pain_digits, said_with_it))
    rest_of_it = _OTHER_UNIT_NUMBER.sub(" ", _OTHER_QUANTITY.sub(" ", _AGE.sub(" ", said_with_it)))
    if not _RUN_WORDS.search(said_with_it):  # "knee 4, hurt it on sunday": that day's knee, not the check-in
        rest_of_it = _OTHER_PART_SCORE.sub(" ", rest_of_it)
    if any(c.isdigit() for c in rest_of_it) or _REST.search(rest_of_it) or _NO_PAIN.search(rest_of_it):
        return True
    return set(_TOKEN_WORDS.findall(said_with_it)) <= _DAY_ALONE_WORDS


def _clause_of(text: str, match: re.Match[str]) -> str:
    starts = [0] + [end.end() for end in _CLAUSE.finditer(text) if end.end() <= match.start()]
    after = _CLAUSE.search(text, match.end())
    return text[starts[-1]:after.start() if after else len(text)]


def _about_a_race(text: str, match: re.Match[str]) -> bool:
    starts = [0] + [end.end() for end in _SENTENCE.finditer(text) if end.end() <= match.start()]
    after = _SENTENCE.search(text, match.end())
    words = set(_TOKEN_WORDS.findall(text[starts[-1]:match.start()] + " " + text[match.end():after.start() if after else len(text)]))
    return bool(words & _RACE_WORDS) and words <= _DAY_ALONE_WORDS | _RACE_WORDS


def _weekday_here(text: str, match: re.Match[str]) -> bool:
    before = text[:match.start()]
    if _PLAIN_WORD_NOT_DAY_BEFORE.search(before):
        return False
    return bool(_PLAIN_WORD_DAY_BEFORE.search(before) or _PLAIN_WORD_DAY_AFTER.match(text[match.end():]))


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _most_recent_day_month(day: int, month: int, today: dt.date) -> dt.date | None:
    """The latest such date not after today; "29 feb" looks back to the last leap year."""
    for year in range(today.year, today.year - 8, -1):
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate <= today:
            return candidate
    return None


def _days_before(today: dt.date, days: int) -> dt.date | None:
    try:
        return today - dt.timedelta(days=days)
    except OverflowError:
        return None


def _date_problem(
    date: dt.date, today: dt.date, backfill_days: int, examples: _Examples
) -> ParseProblem | None:
    day = _describe_day(date, today)
    if date > today:
        return ParseProblem(
            "future", f"{day} hasn't happened yet. Try: {examples.checkin} for today"
        )
    oldest = _days_before(today, backfill_days)
    if oldest is not None and date < oldest:
        return ParseProblem(
            "too_old",
            f"I can only fill in {_backfill_window(backfill_days)}, not {day}. "
            f"Try: yesterday {examples.checkin}",
        )
    return None


def _backfill_window(backfill_days: int) -> str:
    if backfill_days == 0:
        return "today"
    if backfill_days == 1:
        return "today and yesterday"
    return f"the last {backfill_days} days"


def _describe_day(date: dt.date, today: dt.date) -> str:
    if date == today:
        return "today"
    if date == _days_before(today, 1):
        return "yesterday"
    return date.isoformat()


def _take_phrase(pattern: re.Pattern[str], text: str) -> tuple[str, bool]:
    text, count = pattern.subn(" ", text)
    return text, count > 0


def _read_numbers(text: str, *, prose: bool = False) -> list[_Number]:
    """Numbers in order, each with the unit word that follows it and the label before it.

    A word glued to a number ("5m", "30min") is always its unit. A word after a space only
    counts as a unit when we know it as one, so "3 felt ok 5km" is not an unknown unit "felt".
    In a message of words, a bare number inside a sentence ("woke me at 5 for the long run", "took 3
    gels") is part of the story, not a pain score; one that starts or ends a phrase ("3, ran 5k",
    "back a 4", "a 3 today") still is.
    """
    tokens = [
        _Token(match.lastgroup or "", match[0], match.start(), match.end())
        for match in _TOKEN.finditer(text)
    ]
    numbers: list[_Number] = []
    role: Role | None = None
    label: str | None = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token.kind == "word":
            keep = role == "pain" and token.text in _AFTER_A_LABEL or role == "distance" and token.text in ("about", "around")
            role = role if keep else _label_role(token.text)
            label = label if keep else token.text if role else None
            if token.text in ("now", "atm", "rn") and index < len(tokens) and tokens[index].kind == "number" \
                    and text[token.end:tokens[index].start].isspace():
                role = "pain"  # "now 3": the score as it is now
        elif token.kind == "number" and _is_out_of_ten(tokens, index, text):
            numbers.append(_Number(_to_float(token.text), token.text, role="pain"))
            index += 2
            role = None
        elif token.kind == "number":
            labelled = label if _right_after(tokens, index - 1, text) else None
            unit_word = _unit_word(tokens, index, token.end, text)
            if unit_word is not None:
                index += 1
            elif role is None and index < len(tokens) and tokens[index].text == "pain" and \
                    text[token.end:tokens[index].start].isspace() and not _bare_number_at(tokens, index + 1, text):
                role = "pain"  # "2 pain, 8 km": the label after the number
                index += 1
            elif role is None and (_glued_to_a_word(tokens, index - 1) or _at_a_time(tokens, index - 1) or
                                   prose and _inside_a_sentence(tokens, index - 1, text)):
                numbers.append(_Number(_to_float(token.text), token.text, story=True))
                continue
            numbers.append(_Number(_to_float(token.text), token.text, unit_word, role, label=labelled))
            role = label = None
    return numbers


def _right_after(tokens: list[_Token], at: int, text: str) -> bool:
    """The number at ``at`` follows a word with nothing but spaces or a colon between: "pain 5", "pain: 5"."""
    return at > 0 and tokens[at - 1].kind == "word" and not text[tokens[at - 1].end:tokens[at].start].strip(" :=")


def _bare_number_at(tokens: list[_Token], at: int, text: str) -> bool:
    return at < len(tokens) and tokens[at].kind == "number" and _unit_word(tokens, at + 1, tokens[at].end, text) is None


def _at_a_time(tokens: list[_Token], at: int) -> bool:
    """ "ran at 7", "woke at 5": a time of day, not a pain or a distance ("sitting at 5" is a pain)."""
    return at > 0 and tokens[at - 1].text == "at" and (at < 2 or tokens[at - 2].text not in _LEVEL_WORDS)


def _glued_to_a_word(tokens: list[_Token], at: int) -> bool:
    """Part of a word, not a number of its own: "gr8", "b4", "T6", "L5"."""
    return at > 0 and tokens[at - 1].kind == "word" and tokens[at - 1].end == tokens[at].start


def _inside_a_sentence(tokens: list[_Token], at: int, text: str) -> bool:
    """Words on both sides of the number, with no punctuation between: "at 5 for", "gr8"."""
    if at == 0 or at + 1 >= len(tokens) or tokens[at - 1].kind != "word" or tokens[at + 1].kind != "word":
        return False
    before = text[tokens[at - 1].end:tokens[at].start]
    after = text[tokens[at].end:tokens[at + 1].start]
    if any(not c.isspace() for c in before + after) or tokens[at + 1].text in _AFTER_A_SCORE:
        return False
    return True


def _label_role(word: str) -> Role | None:
    if word in _PAIN_LABELS:
        return "pain"
    if word in _DISTANCE_LABELS:
        return "distance"
    return None


def _is_out_of_ten(tokens: list[_Token], index: int, text: str) -> bool:
    """ "3/10" is pain out of ten, but "2 / 10k" is pain 2 and 10 km."""
    if index + 1 >= len(tokens) or tokens[index].kind != "slash":
        return False
    ten = tokens[index + 1]
    return (
        ten.kind == "number"
        and _to_float(ten.text) == 10
        and _unit_word(tokens, index + 2, ten.end, text) is None
    )


def _unit_word(tokens: list[_Token], index: int, number_end: int, text: str) -> str | None:
    if index >= len(tokens) or tokens[index].kind != "word":
        return None
    word = tokens[index]
    if word.start == number_end:
        return word.text
    known = word.text in _DISTANCE_UNITS or word.text in _OTHER_UNITS
    if known and text[number_end : word.start].isspace():
        return word.text
    return None


def _to_float(text: str) -> float:
    return float(text.replace(",", "."))


_REST_DAY = _Number(0.0, "0", role="distance")
_NO_PAIN_SCORE = _Number(0.0, "0", role="pain")


def _assign(
    numbers: list[_Number], *, rest: bool, no_pain: bool, examples: _Examples
) -> _Reading | ParseProblem:
    """Decide which number is pain and which is distance, then check both.

    Labelled, "/10" and unit-bearing numbers are placed first; bare numbers then fill pain
    before distance, which is what "3 5" means to a runner. Times, weights and other units are
    the story around a labelled check-in ("5km 28 min pain 4"); alone, they get a reply that says so.
    """
    pains: list[_Number] = [_NO_PAIN_SCORE] if no_pain else []
    distances: list[_Number] = []
    bare: list[_Number] = []
    story = [n for n in numbers if n.story]
    numbers = [n for n in numbers if not n.story]
    if story and any(n.role is None and n.unit_word is None for n in numbers):
        return _unreadable(examples)  # "hurt like 4 during the run, managed 10": which one is which?
    if any(n.role == "pain" and n.unit_word in _DISTANCE_UNITS and n.label in ("pain", "p") for n in numbers):
        return _unreadable(examples)  # "pain 52km", "pain 3,5km": a pain of 5 and 2 km, or 52 km?
    others = [n for n in numbers if n.unit_word is not None and n.unit_word not in _DISTANCE_UNITS]
    numbers = [n for n in numbers if n not in others]
    said = rest or no_pain or any(n.role is not None or n.unit_word is not None for n in numbers)
    if others and (not said or any(n.unit_word == "m" for n in others)):
        return _unknown_unit(others[0], examples)  # "ran 40 minutes": no check-in beside the time
    for number in numbers:
        if number.role == "pain" and number.unit_word is None:
            pains.append(number)
        elif number.unit_word is not None or number.role == "distance":
            distances.append(number)
        else:
            bare.append(number)

    lone = len(bare) == 1 and not (pains or distances or rest)
    if lone and examples.expect == "distance":
        distances, bare = bare, []
    for number in bare:
        if not pains:
            pains.append(number)
        elif not (distances or rest):
            distances.append(number)
        elif not (rest and number.value == 0):
            return ParseProblem(
                "unreadable",
                "That's more numbers than I expected: pain, then distance. "
                f"Try: {examples.checkin}",
            )
    if rest:
        if any(number.value != 0 for number in distances):
            return ParseProblem(
                "unreadable", f"Rest day or run? Try: {examples.checkin}, or {examples.rest}"
            )
        distances = [_REST_DAY]
    if len(pains) > 1:
        return ParseProblem(
            "unreadable", f"I found two pain scores. Send one, 0-10. Try: {examples.checkin}"
        )
    if len(distances) > 1:
        return ParseProblem(
            "unreadable", f"I found two distances. Send one a day. Try: {examples.checkin}"
        )
    return _checked(pains[0] if pains else None, distances[0] if distances else None, examples)


def _checked(
    pain: _Number | None, distance: _Number | None, examples: _Examples
) -> _Reading | ParseProblem:
    if distance is not None and distance.value < 0:
        return ParseProblem(
            "negative",
            "Distance can't be negative. "
            f"Try: {examples.checkin}, or {examples.rest} for a rest day",
        )
    if pain is not None and not _is_pain(pain.value):
        return _pain_problem(pain, has_distance=distance is not None, examples=examples)
    pain_score = int(pain.value) if pain is not None else None
    if distance is None:
        return _Reading(pain_score, None, None)
    unit = _DISTANCE_UNITS.get(distance.unit_word or "", examples.unit)
    distance_km = _to_km(distance.value, unit)
    if not math.isfinite(distance_km) or distance_km >= MAX_RECORDABLE_KM:
        return ParseProblem(
            "unreadable",
            f"{distance.text} {unit.value} is more than one day's run. Try: {examples.checkin}",
        )
    return _Reading(pain_score, distance_km, unit, distance.value + 0.0)


def _is_pain(value: float) -> bool:
    return math.isfinite(value) and value.is_integer() and 0 <= value <= MAX_PAIN


def _pain_problem(pain: _Number, *, has_distance: bool, examples: _Examples) -> ParseProblem:
    if 0 <= pain.value <= MAX_PAIN:
        message = f"Pain is a whole number from 0 (none) to 10 (worst). Try: {examples.checkin}"
    else:
        message = f"Pain goes from 0 (none) to 10 (worst). Try: {examples.checkin}"
    if pain.role is None and not has_distance and 0 < pain.value < MAX_RECORDABLE_KM:
        message += (
            f". If {pain.text} was your distance, add the unit: {pain.text}{examples.unit.value}"
        )
    return ParseProblem("pain_range", message)


def _unknown_unit(number: _Number, examples: _Examples) -> ParseProblem:
    if number.unit_word == "m":
        message = f'"{number.text}m" could be metres or miles: please write km or mi.'
    elif number.unit_word in _TIME_UNITS:
        message = "I track distance in km or miles, not time."
    else:
        message = f'I track distance in km or miles, not "{number.unit_word}".'
    return ParseProblem("unknown_unit", f"{message} Try: {examples.checkin}")


def _to_km(value: float, unit: Unit) -> float:
    """Kilometres to 3 decimals (a metre), with -0.0 folded into 0.0."""
    km = value * KM_PER_MILE if unit is Unit.MI else value
    return round(km, 3) + 0.0
