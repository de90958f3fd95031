"""Phone numbers for SMS runners: E.164, the country, a masked form for logs, time zones
and the emergency number, all from Google's libphonenumber metadata (``phonenumbers``).

A number is stored and compared only in E.164 ("+447700900123"). Nothing here does I/O.
"""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo, available_timezones

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat
from phonenumbers import timezone as number_zones

from coach.redflags import _zone_countries, country_for_zone
from coach.redflags import emergency_number as _emergency_number
from coach.zones import COMMON_ZONES

_UNKNOWN_ZONE = "Etc/Unknown"
_PREFERRED_ZONES = tuple(zone for _, zone in COMMON_ZONES)


class PhoneNumberError(ValueError):
    """Not something a text message could be sent to or come from."""


def to_e164(raw: str, default_region: str | None = None) -> str:
    """``raw`` as E.164. A number without "+" needs ``default_region`` ("GB": "07700 900123").

    Any number of a possible length for its country is accepted, not only the ranges the
    metadata knows to be allocated: a runner must never be turned away because this copy of
    the metadata is older than their number. Twilio refuses a number that does not exist
    (error 21211), and that refusal is final.
    """
    try:
        number = phonenumbers.parse(raw, default_region)
    except NumberParseException as exc:
        raise PhoneNumberError(f"not a phone number ({exc.error_type!r})") from exc
    if not phonenumbers.is_possible_number(number):
        raise PhoneNumberError("not a possible phone number for its country")
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def region(number: str) -> str | None:
    """ISO 3166 country ("GB", "US", "GG") of an E.164 number, None if it cannot be told.

    A number in a range the metadata does not know gets its calling code's main country
    (+44: "GB", +1: "US"), which is right for most runners and never far off.
    """
    parsed = _parse(number)
    if parsed is None:
        return None
    found = phonenumbers.region_code_for_number(parsed)
    if found and found != "001":
        return found
    main = phonenumbers.region_code_for_country_code(parsed.country_code)
    return None if main in ("ZZ", "001") else main


def mask(number: object) -> str:
    """A number safe for a log line: the calling code and at most the last two digits.

    "+447700900123" becomes "+44********23". Anything else (garbage, None) is masked
    whole, keeping two digits only when there are at least eight.
    """
    text = str(number)
    digits = "".join(c for c in text if "0" <= c <= "9")
    parsed = _parse(text) if text.startswith("+") else None
    if parsed is not None and digits.startswith(str(parsed.country_code)):
        code = str(parsed.country_code)
        return f"+{code}{_masked_digits(digits[len(code) :])}"
    return ("+" if text.startswith("+") else "") + (_masked_digits(digits) if digits else "?")


def time_zones(number: str, at: dt.datetime | None = None) -> tuple[str, ...]:
    """The IANA zones the owner of ``number`` probably lives in: one when it is clear, a few
    to offer when not, none when nothing is known.

    phonenumbers' zones for the number are kept when they are in the number's own country
    (a UK mobile also lists Guernsey, Jersey and the Isle of Man; an Irish number lists
    only London's zones, so Ireland's own zone is used instead). Zones whose clocks agree
    every day of the year from ``at`` (default: now) count as one, shown by its best-known
    name. A multi-zone country (US, CA, AU, RU, BR, ...) may still give several.
    """
    parsed = _parse(number)
    if parsed is None:
        return ()
    listed = [z for z in number_zones.time_zones_for_number(parsed) if z != _UNKNOWN_ZONE]
    country = region(number)
    if country is None:
        candidates = listed
    else:
        candidates = [z for z in listed if country_for_zone(z) == country]
        candidates = candidates or list(_zones_of_country(country))
    start = (at or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    return _distinct(candidates, start.date())


def emergency_number(number: str) -> str | None:
    """The emergency number of the number's country (999, 911, 000, 111, else 112), or None
    when the country cannot be told. The table is ``coach.redflags.EMERGENCY_NUMBERS``."""
    country = region(number)
    return None if country is None else _emergency_number(country=country)


def _parse(number: str) -> PhoneNumber | None:
    try:
        return phonenumbers.parse(number, None)
    except NumberParseException:
        return None


def _masked_digits(digits: str) -> str:
    shown = 2 if len(digits) >= 8 else 0
    return "*" * (len(digits) - shown) + digits[len(digits) - shown :]


@functools.cache
def _zones_of_country(country: str) -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if country_for_zone(z) == country))


def _distinct(zones: list[str], start: dt.date) -> tuple[str, ...]:
    """One zone for each group whose UTC offset agrees at noon UTC every day for a year."""
    groups: dict[tuple[dt.timedelta | None, ...], list[str]] = {}
    for zone in dict.fromkeys(zones):
        groups.setdefault(_offsets(zone, start), []).append(zone)
    chosen = [min(group, key=_fame) for group in groups.values()]
    return tuple(sorted(chosen, key=_fame))


@functools.lru_cache(maxsize=512)
def _offsets(zone: str, start: dt.date) -> tuple[dt.timedelta | None, ...]:
    info = ZoneInfo(zone)
    noon = dt.datetime.combine(start, dt.time(12), dt.timezone.utc)
    return tuple((noon + dt.timedelta(days=d)).astimezone(info).utcoffset() for d in range(366))


def _fame(zone: str) -> tuple[int, int, str]:
    """Sort key: Lumbar's common zones first, then zone.tab's order (which lists a country's
    main zone first: Denver before Boise), then any other name."""
    if zone in _PREFERRED_ZONES:
        return (0, _PREFERRED_ZONES.index(zone), zone)
    order = _zone_tab_order()
    return (1, order[zone], zone) if zone in order else (2, 0, zone)


@functools.cache
def _zone_tab_order() -> dict[str, int]:
    return {zone: index for index, zone in enumerate(_zone_countries())}
