from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, available_timezones

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.zones import COMMON_ZONES, parse_clock_time, resolve_zone, tzinfo_for, zone_label

IANA_KEYS = sorted(available_timezones() - {"localtime", "Factory"})


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("EUROPE / BERLIN", "Europe/Berlin"),
        ("america/new_york", "America/New_York"),
        ("Asia/Kathmandu", "Asia/Kathmandu"),
        ("pacific/chatham", "Pacific/Chatham"),
        ("berlin", "Europe/Berlin"),
        ("New York", "America/New_York"),
        ("new_york", "America/New_York"),
        ("  Kathmandu ", "Asia/Kathmandu"),
        ("Chatham", "Pacific/Chatham"),
        ("São Paulo", "America/Sao_Paulo"),
        ("Zürich", "Europe/Zurich"),
        ("buenos aires", "America/Argentina/Buenos_Aires"),
        ("Paris, France", "Europe/Paris"),
        ("San Francisco", "America/Los_Angeles"),
        ("seattle", "America/Los_Angeles"),
        ("Boston", "America/New_York"),
        ("Washington, D.C.", "America/New_York"),
        ("Mumbai", "Asia/Kolkata"),
        ("delhi", "Asia/Kolkata"),
        ("Bangalore", "Asia/Kolkata"),
        ("Beijing", "Asia/Shanghai"),
        ("Osaka", "Asia/Tokyo"),
        ("Rio de Janeiro", "America/Sao_Paulo"),
        ("cape town", "Africa/Johannesburg"),
        ("EST", "America/New_York"),
        ("Japan", "Japan"),
    ],
)
def test_it_resolves_names_and_cities(text, key):
    assert resolve_zone(text) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("UTC", "UTC"),
        ("utc", "UTC"),
        ("GMT", "UTC"),
        ("UTC+0", "UTC"),
        ("+00:00", "UTC"),
        ("UTC+5:45", "UTC+05:45"),
        ("+05:45", "UTC+05:45"),
        ("+0545", "UTC+05:45"),
        ("utc + 5:30", "UTC+05:30"),
        ("GMT-3", "UTC-03:00"),
        ("gmt\u22123", "UTC-03:00"),
        ("utc+13", "UTC+13:00"),
        ("UTC+12:45", "UTC+12:45"),
        ("UTC+14", "UTC+14:00"),
        ("UTC-12", "UTC-12:00"),
        ("-09:30", "UTC-09:30"),
    ],
)
def test_it_normalises_utc_offsets(text, key):
    assert resolve_zone(text) == key


@pytest.mark.parametrize(
    "text",
    [
        "", "   ", "Atlantis", "mars/olympus", "UTC+15", "UTC-13", "UTC+14:30", "UTC-12:15",
        "UTC+5:20", "UTC+5:60", "+", "utc+", "5", "localtime", "factory", "../../etc/passwd",
        "Europe/", "/", "x" * 1000, "\x00",
    ],
)  # fmt: skip
def test_unknown_zones_are_none(text):
    assert resolve_zone(text) is None


def test_tzinfo_for_an_offset_key_has_that_offset():
    assert tzinfo_for("UTC+05:45").utcoffset(None) == dt.timedelta(hours=5, minutes=45)
    assert tzinfo_for("UTC-03:00").utcoffset(None) == dt.timedelta(hours=-3)


def test_tzinfo_for_an_iana_key_is_a_zoneinfo():
    assert tzinfo_for("Asia/Kathmandu") == ZoneInfo("Asia/Kathmandu")
    assert tzinfo_for("UTC") == ZoneInfo("UTC")


def test_kathmandu_is_five_hours_forty_five_ahead():
    moment = dt.datetime(2026, 11, 24, 12, 0, tzinfo=tzinfo_for("Asia/Kathmandu"))
    assert moment.utcoffset() == dt.timedelta(hours=5, minutes=45)


def test_chatham_keeps_its_quarter_hour_offset_and_daylight_saving():
    chatham = tzinfo_for(resolve_zone("Pacific/Chatham"))
    winter = dt.datetime(2026, 6, 1, 12, 0, tzinfo=chatham)
    summer = dt.datetime(2026, 12, 1, 12, 0, tzinfo=chatham)
    assert winter.utcoffset() == dt.timedelta(hours=12, minutes=45)
    assert summer.utcoffset() == dt.timedelta(hours=13, minutes=45)


@pytest.mark.parametrize(
    "key", ["Mars/Olympus", "UTC+15:00", "UTC+05:20", "UTC+5:45", "utc+05:45", "", "localtime"]
)
def test_tzinfo_for_rejects_unknown_keys(key):
    with pytest.raises(ValueError):
        tzinfo_for(key)


def test_common_zones_are_real_and_fit_in_telegram_callback_data():
    assert 6 <= len(COMMON_ZONES) <= 10
    for label, key in COMMON_ZONES:
        assert label
        assert isinstance(tzinfo_for(key), ZoneInfo)
        assert resolve_zone(key) == key
        assert len(f"tz:{key}".encode()) <= 64


@pytest.mark.parametrize(
    ("key", "label"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("America/New_York", "America/New York"),
        ("UTC+05:45", "UTC+05:45"),
        ("UTC", "UTC"),
        ("Etc/GMT+5", "UTC-05:00"),
        ("Etc/GMT-14", "UTC+14:00"),
    ],
)
def test_zone_label_is_short_and_readable(key, label):
    assert zone_label(key) == label


@pytest.mark.parametrize(
    ("text", "time"),
    [
        ("8", dt.time(8, 0)),
        ("08:00", dt.time(8, 0)),
        ("7:30", dt.time(7, 30)),
        ("7.30", dt.time(7, 30)),
        ("7:30am", dt.time(7, 30)),
        ("7:30 AM", dt.time(7, 30)),
        ("7pm", dt.time(19, 0)),
        ("7 p.m.", dt.time(19, 0)),
        ("12am", dt.time(0, 0)),
        ("12pm", dt.time(12, 0)),
        ("12:15 am", dt.time(0, 15)),
        ("19:45", dt.time(19, 45)),
        ("1930", dt.time(19, 30)),
        ("0645", dt.time(6, 45)),
        ("19h30", dt.time(19, 30)),
        ("0:00", dt.time(0, 0)),
        ("23:59", dt.time(23, 59)),
        (" 6:45 ", dt.time(6, 45)),
        ("noon", dt.time(12, 0)),
    ],
)
def test_it_reads_clock_times(text, time):
    assert parse_clock_time(text) == time


@pytest.mark.parametrize(
    "text",
    [
        "",
        "soon",
        "24:00",
        "7:60",
        "25",
        "13pm",
        "0am",
        "7:5",
        "7:300",
        "-7",
        "1960s",
        "7:30:00",
        "\u0667",
    ],
)
def test_things_that_are_not_times_are_none(text):
    assert parse_clock_time(text) is None


@given(st.text())
def test_resolve_zone_never_raises_and_its_answers_work(text):
    key = resolve_zone(text)
    if key is not None:
        assert isinstance(tzinfo_for(key), dt.tzinfo)


offset_texts = st.builds(
    "{}{}{}:{:02d}".format,
    st.sampled_from(["UTC", "GMT", "utc", ""]),
    st.sampled_from(["+", "-"]),
    st.integers(0, 14),
    st.sampled_from([0, 15, 30, 45]),
)


@given(offset_texts)
def test_a_resolved_offset_means_what_was_typed(text):
    key = resolve_zone(text)
    sign = -1 if "-" in text else 1
    hours, minutes = text.split("+" if sign == 1 else "-")[1].split(":")
    offset = sign * dt.timedelta(hours=int(hours), minutes=int(minutes))
    if dt.timedelta(hours=-12) <= offset <= dt.timedelta(hours=14):
        assert key is not None
        assert tzinfo_for(key).utcoffset(None) == offset
    else:
        assert key is None


@given(st.sampled_from(IANA_KEYS), st.sampled_from([str.lower, str.upper, str]))
def test_every_iana_key_resolves_in_any_case(key, change_case):
    resolved = resolve_zone(change_case(key))
    if "/" in key:
        assert resolved == key
    assert resolved is not None
    assert isinstance(tzinfo_for(resolved), dt.tzinfo)


@given(st.text(max_size=30))
def test_parse_clock_time_never_raises_and_gives_a_time_or_none(text):
    assert parse_clock_time(text) is None or isinstance(parse_clock_time(text), dt.time)


@given(st.times())
def test_a_formatted_time_reads_back(time):
    minute_time = time.replace(second=0, microsecond=0)
    assert parse_clock_time(f"{time:%H:%M}") == minute_time
    assert parse_clock_time(f"{time:%I:%M%p}") == minute_time
