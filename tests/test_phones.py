"""Phone numbers: E.164, country, masking for logs, likely time zones, emergency numbers."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.phones import PhoneNumberError, emergency_number, mask, region, time_zones, to_e164
from coach.redflags import EMERGENCY_NUMBERS

AT = dt.datetime(2026, 11, 24, 6, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(
    ("raw", "default_region", "expected"),
    [
        ("+447700900123", None, "+447700900123"),
        ("+44 7700 900123", None, "+447700900123"),
        ("07700 900123", "GB", "+447700900123"),
        ("0044 7700 900123", "GB", "+447700900123"),
        ("(212) 555-0123", "US", "+12125550123"),
        ("+1 212-555-0123", "GB", "+12125550123"),
        ("0412 345 678", "AU", "+61412345678"),
        ("021 123 4567", "NZ", "+64211234567"),
    ],
)
def test_to_e164(raw: str, default_region: str | None, expected: str) -> None:
    assert to_e164(raw, default_region) == expected


@pytest.mark.parametrize(
    ("raw", "default_region"),
    [("07700 900123", None), ("hello", "GB"), ("+44 12", None), ("+999 123456", None), ("", "GB")],
)
def test_to_e164_refuses_what_is_not_a_number(raw: str, default_region: str | None) -> None:
    with pytest.raises(PhoneNumberError):
        to_e164(raw, default_region)


def test_to_e164_keeps_numbers_the_metadata_does_not_know() -> None:
    # Ofcom's drama range: not allocated, so phonenumbers calls it invalid, but possible.
    assert to_e164("+447700900123") == "+447700900123"


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+447911123456", "GG"),
        ("+447700900123", "GB"),
        ("+12125550123", "US"),
        ("+14165550123", "CA"),
        ("+15555550100", "US"),
        ("+61412345678", "AU"),
        ("+64211234567", "NZ"),
        ("+353871234567", "IE"),
        ("+4915112345678", "DE"),
        ("not a number", None),
        ("+999123456", None),
    ],
)
def test_region(number: str, expected: str | None) -> None:
    assert region(number) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+447700900123", "+44********23"),
        ("+12125550123", "+1********23"),
        ("+353871234567", "+353*******67"),
        ("07700900123", "*********23"),
        ("1234", "****"),
        ("garbage", "?"),
        (None, "?"),
    ],
)
def test_mask(number: object, expected: str) -> None:
    assert mask(number) == expected


@settings(max_examples=50)
@given(st.from_regex(r"\+[1-9][0-9]{6,14}", fullmatch=True))
def test_mask_never_shows_more_than_two_national_digits(number: str) -> None:
    masked = mask(number)
    assert masked.startswith("+")
    assert len(masked) == len(number)
    visible_tail = masked.rsplit("*", 1)[-1] if "*" in masked else ""
    assert len(visible_tail) <= 2
    assert number not in masked


def test_a_masked_number_in_a_log_line_hides_the_number(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        logging.getLogger("lumbar.sms").info("sent to %s", mask("+447700900123"))
    assert "7700900123" not in caplog.text
    assert "+44********23" in caplog.text


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+447700900123", ("Europe/London",)),
        ("+447911123456", ("Europe/Guernsey",)),
        ("+12125550123", ("America/New_York",)),
        ("+14165550123", ("America/Toronto",)),
        ("+12505550123", ("America/Vancouver",)),
        ("+61298765432", ("Australia/Sydney",)),
        ("+4915112345678", ("Europe/Berlin",)),
        ("+353871234567", ("Europe/Dublin",)),
        ("+919812345678", ("Asia/Kolkata",)),
        ("+8613812345678", ("Asia/Shanghai",)),
        ("+64211234567", ("Pacific/Auckland", "Pacific/Chatham")),
        ("nonsense", ()),
    ],
)
def test_time_zones(number: str, expected: tuple[str, ...]) -> None:
    assert time_zones(number, AT) == expected


def test_a_mobile_in_a_multi_zone_country_offers_each_clock_once() -> None:
    zones = time_zones("+61412345678", AT)
    assert zones[0] == "Australia/Sydney"
    assert set(zones) == {
        "Australia/Sydney", "Australia/Lord_Howe", "Australia/Brisbane",
        "Australia/Adelaide", "Australia/Perth", "Australia/Eucla",
    }  # fmt: skip
    assert "Indian/Christmas" not in zones


def test_zones_that_keep_the_same_clock_collapse_to_the_best_known() -> None:
    zones = time_zones("+18005551212", AT)
    assert zones[:3] == ("America/New_York", "America/Chicago", "America/Los_Angeles")
    assert "America/Denver" in zones and "America/Boise" not in zones
    assert "America/Anchorage" in zones and "America/Juneau" not in zones
    assert not any(zone.startswith(("Atlantic/", "Pacific/Guam")) for zone in zones)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("+447700900123", "999"),
        ("+12125550123", "911"),
        ("+14165550123", "911"),
        ("+61412345678", "000"),
        ("+64211234567", "111"),
        ("+4915112345678", "112"),
        ("+353871234567", "112"),
        ("nonsense", None),
    ],
)
def test_emergency_number(number: str, expected: str | None) -> None:
    assert emergency_number(number) == expected


def test_emergency_numbers_come_from_the_safety_table() -> None:
    for country, digits in EMERGENCY_NUMBERS.items():
        assert digits in {"999", "911", "000", "111"}, country
    assert emergency_number("+447700900123") == EMERGENCY_NUMBERS["GB"]
