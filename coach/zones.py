"""Time zones and clock times as a runner types them while setting up their check-in.

A zone key is what storage keeps in Runner.tz: an IANA name ("Europe/Berlin") or a fixed
offset written "UTC+05:45". A city is better than an offset because it follows daylight
saving; offsets are there for runners whose city we cannot find.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from zoneinfo import ZoneInfo, available_timezones

COMMON_ZONES: list[tuple[str, str]] = [
    ("London", "Europe/London"),
    ("Berlin / Paris", "Europe/Berlin"),
    ("New York", "America/New_York"),
    ("Chicago", "America/Chicago"),
    ("Los Angeles", "America/Los_Angeles"),
    ("Kolkata", "Asia/Kolkata"),
    ("Sydney", "Australia/Sydney"),
    ("Auckland", "Pacific/Auckland"),
]

MIN_OFFSET_MINUTES = -12 * 60
MAX_OFFSET_MINUTES = 14 * 60
_MAX_INPUT_LENGTH = 100

_ALIAS_GROUPS: dict[str, tuple[str, ...]] = {
    "America/Los_Angeles": ("san_francisco", "sf", "seattle", "portland", "san_diego", "las_vegas"),
    "America/New_York": (
        "nyc", "new_york_city", "boston", "washington", "washington_dc", "philadelphia",
        "miami", "atlanta",
    ),
    "America/Chicago": ("dallas", "houston", "austin", "minneapolis"),
    "America/Sao_Paulo": ("rio_de_janeiro", "rio"),
    "Europe/London": ("manchester", "edinburgh", "glasgow"),
    "Europe/Berlin": ("munich", "frankfurt", "hamburg", "cologne"),
    "Europe/Madrid": ("barcelona",),
    "Europe/Rome": ("milan",),
    "Europe/Zurich": ("geneva",),
    "Africa/Johannesburg": ("cape_town",),
    "Asia/Jerusalem": ("tel_aviv",),
    "Asia/Dubai": ("abu_dhabi",),
    "Asia/Kolkata": (
        "mumbai", "bombay", "delhi", "new_delhi", "bangalore", "bengaluru", "chennai",
        "hyderabad", "pune", "calcutta",
    ),
    "Asia/Shanghai": ("beijing", "shenzhen", "guangzhou"),
    "Asia/Tokyo": ("osaka", "kyoto"),
    "Asia/Ho_Chi_Minh": ("hanoi",),
    "Pacific/Auckland": ("wellington", "christchurch"),
}  # fmt: skip
_ABBREVIATIONS = {
    "est": "America/New_York", "edt": "America/New_York",
    "cst": "America/Chicago", "cdt": "America/Chicago",
    "mst": "America/Denver", "mdt": "America/Denver",
    "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "bst": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney",
    "nzst": "Pacific/Auckland", "nzdt": "Pacific/Auckland",
}  # fmt: skip
_ALIASES = {
    **{alias: key for key, aliases in _ALIAS_GROUPS.items() for alias in aliases},
    **_ABBREVIATIONS,
}
"""Big cities that are not IANA names, and the zone abbreviations that name one place.

"EST" and "CET" are IANA keys too, but with fixed or unusual rules; a runner means the city.
"IST" (India, Ireland, Israel) and similar are left out on purpose.
"""

_CONTINENTS = (
    "Europe", "America", "Asia", "Africa", "Australia",
    "Pacific", "Atlantic", "Indian", "Antarctica", "Arctic",
)  # fmt: skip
_NOT_PLACES = frozenset({"localtime", "Factory"})

_OFFSET = re.compile(r"(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?:[:.h]?(\d{2}))?", re.ASCII)
_OFFSET_KEY = re.compile(r"UTC([+-])(\d{2}):(\d{2})", re.ASCII)
_ETC_GMT_KEY = re.compile(r"Etc/GMT([+-])(\d{1,2})", re.ASCII)
_ZERO_OFFSET_WORDS = frozenset({"utc", "gmt", "z", "zulu", "utc0", "gmt0"})

_CLOCK = re.compile(
    r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2})|h)?"
    r"|(?P<hhmm_hour>\d{1,2})(?P<hhmm_minute>\d{2})",
    re.ASCII,
)
_MERIDIEM = re.compile(r"\s*([ap])\.?\s*m\.?$")
_NAMED_TIMES = {"noon": dt.time(12, 0), "midday": dt.time(12, 0), "midnight": dt.time(0, 0)}


def resolve_zone(text: str) -> str | None:
    """The zone key a runner means by `text`, or None when we can't tell.

    Tried in order: a UTC offset, a full IANA name, a known alias, a city from the IANA
    names, a bare IANA name ("Japan"). "Paris, France" falls back to "Paris".
    """
    if not isinstance(text, str) or len(text) > _MAX_INPUT_LENGTH:
        return None
    offset = _resolve_offset(text)
    if offset is not None:
        return offset
    simple = _simplify(text)
    key = _resolve_name(simple)
    if key is None and "," in text:
        key = _resolve_name(_simplify(text.split(",", 1)[0]))
    return key


@functools.lru_cache(maxsize=1024)
def tzinfo_for(key: str) -> dt.tzinfo:
    """The tzinfo for a key from resolve_zone. Raises ValueError for anything else. Kept, as the sweep
    asks it once an item for a few hundred keys at most."""
    match = _OFFSET_KEY.fullmatch(key)
    if match is not None:
        minutes = _offset_minutes(*match.groups())
        if minutes is None:
            raise ValueError(f"offset out of range: {key!r}")
        return dt.timezone(dt.timedelta(minutes=minutes), key)
    if key not in _zone_keys():
        raise ValueError(f"unknown time zone: {key!r}")
    return ZoneInfo(key)


def zone_label(key: str) -> str:
    """A short label for a key: "America/New York", "UTC+05:45".

    "Etc/GMT+5" is shown as "UTC-05:00" because POSIX writes the sign backwards.
    """
    match = _ETC_GMT_KEY.fullmatch(key)
    if match is not None:
        sign, hours = match.groups()
        minutes = int(hours) * 60 * (-1 if sign == "+" else 1)
        return "UTC" if minutes == 0 else _format_offset(minutes)
    return key.replace("_", " ")


def parse_clock_time(text: str) -> dt.time | None:
    """A time of day as typed: "8", "7:30", "7.30", "7:30am", "7 p.m.", "19:45", "1930", "19h30"."""
    if not isinstance(text, str) or len(text) > 20:
        return None
    simple = unicodedata.normalize("NFKC", text).strip().lower()
    if simple in _NAMED_TIMES:
        return _NAMED_TIMES[simple]
    meridiem = _MERIDIEM.search(simple)
    if meridiem is not None:
        simple = simple[: meridiem.start()]
    match = _CLOCK.fullmatch(simple)
    if match is None:
        return None
    hour = match["hour"] or match["hhmm_hour"]
    minute = match["minute"] or match["hhmm_minute"] or "0"
    return _clock(int(hour), int(minute), meridiem[1] if meridiem else None)


def _clock(hour: int, minute: int, meridiem: str | None) -> dt.time | None:
    if not 0 <= minute <= 59:
        return None
    if meridiem is None:
        return dt.time(hour, minute) if 0 <= hour <= 23 else None
    if not 1 <= hour <= 12:
        return None
    return dt.time(hour % 12 + (12 if meridiem == "p" else 0), minute)


def _resolve_offset(text: str) -> str | None:
    lowered = unicodedata.normalize("NFKC", text).strip().lower().replace("\u2212", "-")
    if lowered in _ZERO_OFFSET_WORDS:
        return "UTC"
    match = _OFFSET.fullmatch(lowered)
    if match is None:
        return None
    minutes = _offset_minutes(*match.groups())
    if minutes is None:
        return None
    return "UTC" if minutes == 0 else _format_offset(minutes)


def _offset_minutes(sign: str, hours: str, minutes: str | None) -> int | None:
    """Signed minutes east of UTC, or None outside -12:00..+14:00 or off the quarter hour."""
    hour, minute = int(hours), int(minutes or 0)
    if minute not in (0, 15, 30, 45):
        return None
    total = (hour * 60 + minute) * (-1 if sign == "-" else 1)
    return total if MIN_OFFSET_MINUTES <= total <= MAX_OFFSET_MINUTES else None


def _format_offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    hours, minute = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{minute:02d}"


def _resolve_name(simple: str) -> str | None:
    if not simple:
        return None
    keys = _simple_keys()
    if "/" in simple:
        return keys.get(simple)
    return _ALIASES.get(simple) or _cities().get(simple) or keys.get(simple)


def _simplify(text: str) -> str:
    """Lower case, no accents or dots, words joined by "_": "São Paulo" becomes "sao_paulo"."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(character for character in text if not unicodedata.combining(character))
    text = re.sub(r"[.,'\u2019]", "", text.strip().lower())
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"[\s_-]+", "_", text).strip("_")


@functools.cache
def _zone_keys() -> frozenset[str]:
    return frozenset(available_timezones() - _NOT_PLACES)


@functools.cache
def _simple_keys() -> dict[str, str]:
    return {_simplify(key): key for key in _zone_keys()}


@functools.cache
def _cities() -> dict[str, str]:
    """Last part of each continental IANA name to its key, e.g. "kathmandu" -> "Asia/Kathmandu".

    Where two names share a city the deeper, canonical one wins ("America/Argentina/Buenos_Aires"),
    then the continent listed first in _CONTINENTS ("Europe/Istanbul").
    """
    candidates = sorted(
        (key for key in _zone_keys() if key.split("/")[0] in _CONTINENTS and "/" in key),
        key=lambda key: (-key.count("/"), _CONTINENTS.index(key.split("/")[0]), key),
    )
    cities: dict[str, str] = {}
    for key in candidates:
        cities.setdefault(_simplify(key.rsplit("/", 1)[1]), key)
    return cities
