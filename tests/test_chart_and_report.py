"""The PNG chart, the one-page physio PDF and the CSV export: bytes that open, with right values."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from coach import chart
from coach.chart import diary_chart
from coach.export import CSV_COLUMNS, diary_csv
from coach.models import KM_PER_MILE, Entry, Unit
from coach.report import SELF_REPORTED, latin1, physio_report
from coach.summary import weekly_rows

LAST = dt.date(2025, 11, 30)  # a Sunday
FIRST = LAST - dt.timedelta(days=27)  # Mon 3 Nov
WEEK_KM = (0.0, 6.0, 8.0, 0.0, 7.0, 0.0, 14.0)
NOT_LOGGED = {dt.date(2025, 11, 14), dt.date(2025, 11, 26), dt.date(2025, 11, 27)}


def sample_diary() -> list[Entry]:
    """Four weeks, three days not logged, one day with pain only."""
    entries = []
    for i in range(28):
        day = FIRST + dt.timedelta(days=i)
        if day in NOT_LOGGED:
            continue
        km = WEEK_KM[day.weekday()] or 0.0
        pain = 4 if day.weekday() == 0 else 2 + (i % 2)
        entries.append(
            Entry(day, pain=pain, distance_km=None if day == dt.date(2025, 11, 19) else km)
        )
    return entries


def png_pixels(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image.convert("RGB")


def count_colour(image: Image.Image, hex_colour: str) -> int:
    target = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.uint8)
    return int(np.all(np.asarray(image) == target, axis=-1).sum())


# --- chart ----------------------------------------------------------------------------------


def test_chart_is_a_1200_by_700_png():
    png = diary_chart(sample_diary(), LAST, unit=Unit.KM, nudge_days={dt.date(2025, 11, 12)})
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (1200, 700)


@pytest.mark.parametrize("unit", list(Unit))
def test_chart_with_every_day_missing_still_renders(unit):
    png = diary_chart([], LAST, unit=unit, weeks=8)
    image = png_pixels(png)
    assert image.size == (1200, 700)
    # The plot is all "not logged" band: far more of it than the legend swatch alone.
    assert count_colour(image, chart.GAP_COLOUR) > 200_000


def test_missing_days_are_gaps_not_zero_bars():
    full = [Entry(FIRST + dt.timedelta(days=i), pain=2, distance_km=5.0) for i in range(28)]
    holey = [e for e in full if e.date not in NOT_LOGGED]
    gap_pixels = count_colour(png_pixels(diary_chart(holey, LAST, unit=Unit.KM)), chart.GAP_COLOUR)
    no_gap_pixels = count_colour(
        png_pixels(diary_chart(full, LAST, unit=Unit.KM)), chart.GAP_COLOUR
    )
    bar_full = count_colour(png_pixels(diary_chart(full, LAST, unit=Unit.KM)), chart.BAR_COLOUR)
    bar_holey = count_colour(png_pixels(diary_chart(holey, LAST, unit=Unit.KM)), chart.BAR_COLOUR)
    assert gap_pixels > no_gap_pixels + 3 * 10_000  # three full-height bands
    assert bar_holey < bar_full * 0.95  # three bars fewer


def test_nudge_days_and_rest_days_are_marked():
    diary = sample_diary()
    plain = png_pixels(diary_chart(diary, LAST, unit=Unit.KM))
    nudged = png_pixels(
        diary_chart(
            diary, LAST, unit=Unit.KM, nudge_days={dt.date(2025, 11, 12), dt.date(2025, 11, 20)}
        )
    )
    outside = png_pixels(diary_chart(diary, LAST, unit=Unit.KM, nudge_days={dt.date(2025, 10, 1)}))
    assert count_colour(nudged, chart.NUDGE_COLOUR) > count_colour(plain, chart.NUDGE_COLOUR) + 100
    assert count_colour(outside, chart.NUDGE_COLOUR) == count_colour(plain, chart.NUDGE_COLOUR)
    no_rest = [Entry(e.date, e.pain, e.distance_km or None) for e in diary]
    assert (
        count_colour(plain, chart.REST_COLOUR)
        > count_colour(png_pixels(diary_chart(no_rest, LAST, unit=Unit.KM)), chart.REST_COLOUR)
        + 500
    )


def test_chart_weeks_and_units_change_the_picture():
    diary = sample_diary()
    four = diary_chart(diary, LAST, unit=Unit.KM)
    assert diary_chart(diary, LAST, unit=Unit.KM, weeks=8) != four
    assert diary_chart(diary, LAST, unit=Unit.MI) != four
    assert diary_chart(diary, LAST, unit=Unit.KM, title="Sam, November") != four
    with pytest.raises(ValueError):
        diary_chart(diary, LAST, unit=Unit.KM, weeks=0)


def test_chart_renders_the_same_in_worker_threads():
    diary = sample_diary()
    expected = diary_chart(diary, LAST, unit=Unit.KM, nudge_days={LAST})
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(
            pool.map(lambda _: diary_chart(diary, LAST, unit=Unit.KM, nudge_days={LAST}), range(8))
        )
    assert all(png == expected for png in results)


def test_chart_never_loads_pyplot_or_a_gui_backend():
    code = (
        "import sys, datetime as dt\n"
        "from coach.chart import diary_chart\n"
        "from coach.models import Unit\n"
        "diary_chart([], dt.date(2025, 11, 30), unit=Unit.KM)\n"
        "gui = tuple('matplotlib.backends.backend_' + b for b in ('tk', 'qt', 'gtk', 'mac', 'wx'))\n"
        "gui += ('tkinter', 'PyQt', 'PySide', 'gi', 'wx')\n"
        "bad = [m for m in sys.modules if m == 'matplotlib.pyplot' or m.startswith(gui)]\n"
        "print(bad)\n"
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- physio PDF -----------------------------------------------------------------------------


def make_report(unit: Unit = Unit.KM, **overrides) -> bytes:
    diary = sample_diary()
    arguments = {
        "runner_label": "Sam Runner",
        "first": FIRST,
        "last": LAST,
        "unit": unit,
        "zone": "Europe/London",
        "entries": diary,
        "weeks": weekly_rows(diary, FIRST, LAST),
        "redflag_answers": [(FIRST, "S1", "no"), (FIRST, "S2", "no"), (FIRST, "S3", "yes")],
        "nudges": [
            (dt.date(2025, 11, 12), "Pain above 5", "Pain 5 against a usual 2"),
            (dt.date(2025, 11, 20), "Big jump in one run", "Run 40% longer"),
        ],
        "chart_png": diary_chart(diary, LAST, unit=unit),
        "generated_on": dt.date(2025, 12, 1),
    }
    arguments.update(overrides)
    return physio_report(**arguments)


def pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_report_is_one_page_with_period_table_and_self_reported_line():
    pages, text = pdf_text(make_report())
    assert pages == 1
    assert "Runner: Sam Runner" in text
    assert "Period: 3 Nov 2025 to 30 Nov 2025 (28 days; 25 logged)" in text
    assert "Dates are the runner's local days (Europe/London). Distances in km." in text
    assert SELF_REPORTED == "Self-reported data from a diary app; not a clinical record."
    assert SELF_REPORTED in text
    # Weekly table rows: week, days logged, distance, longest, mean pain, worst pain.
    assert "Mon 3 Nov to Sun 9 Nov 7/7 35.0 14.0 2.7 4" in text
    assert "Mon 10 Nov to Sun 16 Nov 6/7 28.0 14.0 2.7 4" in text
    assert "Mon 17 Nov to Sun 23 Nov 7/7 27.0 14.0 2.7 4" in text
    assert "Mon 24 Nov to Sun 30 Nov 5/7 27.0 14.0 2.8 4" in text
    assert "Whole period 25/28 117.0 14.0 2.7 4" in text
    assert "3 Nov 2025 Routine signs" in text and "YES" in text
    assert "S3" not in text and "R11" not in text, "tiers and tips in words"
    assert "12 Nov 2025 Pain above 5 Pain 5 against a usual 2" in text
    assert "20 Nov 2025 Big jump in one run Run 40% longer" in text


def test_report_table_matches_the_week_stats():
    diary = sample_diary()
    _, text = pdf_text(make_report())
    for row in weekly_rows(diary, FIRST, LAST):
        assert f"{row.days_logged}/7 {row.distance_km:.1f} " in text
        assert f" {row.mean_pain:.1f} {row.worst_pain}" in text


def test_report_in_miles():
    _, text = pdf_text(make_report(Unit.MI))
    assert "Distances in miles." in text and "Distance (mi)" in text
    assert f"Whole period 25/28 {117 / KM_PER_MILE:.1f} {14 / KM_PER_MILE:.1f} 2.7 4" in text


def test_runner_text_with_emoji_and_arrows_does_not_crash_the_report():
    pdf = make_report(
        runner_label="Zoë 🏃‍♀️ Łukasz → “10k” – • ≥ 5 ✓\n\tnew line",
        zone="America/Argentina/Buenos_Aires",
        nudges=[
            (LAST, "R7", "Pain ↑ 2 points 😬 … rest → walk"),
            (LAST, "R7\u200d", "x" * 500),
        ],
        redflag_answers=[(LAST, "S1", "yes ✅"), (LAST, "S9", "🤷"), (LAST, "S2", None)],
    )
    pages, text = pdf_text(pdf)
    assert pages == 1
    assert 'Runner: Zoë Lukasz -> "10k" - * >= 5 v new line' in text
    assert "Pain up 2 points ... rest -> walk" in text
    assert "both legs) YES" in text  # "yes ✅" is a yes
    assert "Red-flag screen -" in text and "night pain) -" in text  # unknown tier, no answer
    assert SELF_REPORTED in text


def test_latin1_never_leaves_an_unencodable_character():
    assert latin1("a → b – c • d 😀 e") == "a -> b - c * d e"
    assert latin1("Ærø °C ½") == "Ærø °C ½"  # latin-1 already
    assert latin1("Crème brûlée\u0301") == "Crème brûlée"
    assert latin1(None) == ""
    for text in ("🏳️‍🌈", "中文", "\x00\x07", "ﬁ", "\U0010ffff"):
        latin1(text).encode("latin-1")


def test_long_lists_stay_on_one_page_keeping_yes_answers():
    many_flags = [(FIRST + dt.timedelta(days=i % 28), f"S{1 + i % 3}", "no") for i in range(60)]
    many_flags.append((FIRST, "S1", "yes"))
    many_nudges = [(FIRST + dt.timedelta(days=i % 28), "R7", f"tip number {i}") for i in range(40)]
    diary = sample_diary()
    long_period = FIRST - dt.timedelta(days=7 * 20)
    pages, text = pdf_text(
        make_report(
            first=long_period,
            weeks=weekly_rows(diary, long_period, LAST),
            redflag_answers=many_flags,
            nudges=many_nudges,
        )
    )
    assert pages == 1
    assert "3 Nov 2025 Emergency signs" in text and "YES" in text  # the one yes survives the cut
    assert "earlier weeks not shown" in text
    assert "more not shown (every yes is kept first, then the newest)" in text
    assert "more not shown (the newest are kept)" in text
    assert "Mon 24 Nov to Sun 30 Nov 5/7 27.0" in text  # the newest week is kept
    assert SELF_REPORTED in text


def test_report_without_anything_to_list():
    pages, text = pdf_text(
        make_report(redflag_answers=[], nudges=[], entries=[], weeks=weekly_rows([], FIRST, LAST))
    )
    assert pages == 1
    assert text.count("None in this period.") == 3
    assert "Whole period 0/28 - - - -" in text


def test_report_is_pure():
    assert make_report() == make_report()  # no clock: generated_on is the only date


# --- CSV ------------------------------------------------------------------------------------


def test_csv_header_and_rows_parse_back():
    entries = [
        Entry(dt.date(2025, 11, 3), pain=3, distance_km=8.047, text='3 5mi, "easy"\nback fine'),
        Entry(dt.date(2025, 11, 1), pain=None, distance_km=0.0, text="rest"),
        Entry(dt.date(2025, 11, 2), pain=2, distance_km=None),
        Entry(dt.date(2025, 11, 4)),  # nothing given: no row
        Entry(dt.date(2025, 11, 5), pain=0, distance_km=10.0, text="=SUM(A1)"),
    ]
    text = diary_csv(entries, Unit.MI)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert (
        tuple(rows[0])
        == CSV_COLUMNS
        == ("date", "pain_0_10", "distance_km", "distance_mi", "rest_day", "typed_text")
    )
    assert rows[1:] == [
        ["2025-11-01", "", "0", "0", "yes", "rest"],
        ["2025-11-02", "2", "", "", "", ""],
        ["2025-11-03", "3", "8.047", "5", "no", '3 5mi, "easy"\nback fine'],
        ["2025-11-05", "0", "10", "6.214", "no", "'=SUM(A1)"],
    ]


def test_csv_of_an_empty_diary_is_just_the_header():
    assert diary_csv([], Unit.KM) == ",".join(CSV_COLUMNS) + "\r\n"
    with pytest.raises(TypeError):
        diary_csv([], "km")
