"""The weekly summary: numbers and wording for diaries with gaps, rest weeks, few days, units."""

from __future__ import annotations

import datetime as dt
import math
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach import summary as summary_module
from coach.models import KM_PER_MILE, Entry, Unit, distances_in
from coach.summary import (
    Finding,
    WeekStats,
    personal_finding,
    summary_text,
    week_stats,
    weekly_rows,
    weekly_summary,
)

SUNDAY = dt.date(2025, 11, 30)  # week Mon 24 Nov .. Sun 30 Nov
MONDAY = SUNDAY - dt.timedelta(days=6)
ONE_DAY = dt.timedelta(days=1)


def days(first: dt.date, rows) -> list[Entry]:
    """Entries from ``first`` on, one per row: (pain, km) or None for a day not logged."""
    return [
        Entry(first + dt.timedelta(days=i), pain=row[0], distance_km=row[1])
        for i, row in enumerate(rows)
        if row is not None
    ]


# Mon..Sun: the week under test, with two days not logged and one day with pain only.
THIS_WEEK = [(2, 0.0), (3, 6.0), None, (2, 8.0), (4, None), None, (3, 12.0)]
LAST_WEEK = [(3, 0.0), (3, 5.0), (2, 0.0), (3, 6.0), (2, 0.0), (3, 3.0), (3, 10.0)]  # 24 km


def lines(text: str) -> list[str]:
    return text.split("\n")


# --- week_stats ------------------------------------------------------------------------------


def test_week_stats_skips_unknown_days_and_fields():
    stats = week_stats(days(MONDAY, THIS_WEEK), MONDAY, SUNDAY)
    assert stats == WeekStats(
        start=MONDAY,
        end=SUNDAY,
        days_logged=5,
        distance_km=26.0,
        distance_days=4,
        mean_pain=14 / 5,
        worst_pain=4,
        pain_days=5,
        longest_km=12.0,
        distance=26.0,
        longest=12.0,
    )


def test_week_stats_of_an_empty_week_has_no_means():
    stats = week_stats([], MONDAY, SUNDAY)
    assert (stats.days_logged, stats.distance_km, stats.distance_days) == (0, 0.0, 0)
    assert (stats.mean_pain, stats.worst_pain, stats.longest_km) == (None, None, None)


def test_week_stats_refuses_a_backwards_week():
    with pytest.raises(ValueError):
        week_stats([], SUNDAY, MONDAY)


def test_distances_in_reads_each_day_as_entry_distance_in():
    entries = [None] + [
        Entry(SUNDAY, 3, km, None, value, typed)
        for km in (None, 0.0, 8.0, 5 * KM_PER_MILE)
        for value in (None, 0.0, 5.0, 8.0)
        for typed in (None, Unit.KM, Unit.MI)
    ]
    for unit in Unit:
        expected = [None if e is None else e.distance_in(unit) for e in entries]
        assert distances_in(entries, unit) == expected


# --- the summary with gaps -------------------------------------------------------------------


def test_week_with_gaps_reports_them_and_compares_with_last_week():
    entries = days(MONDAY - dt.timedelta(days=7), LAST_WEEK + THIS_WEEK)
    s = weekly_summary(
        entries, SUNDAY, unit=Unit.KM, nudges=["Warm up for 10 minutes.", "Hold your mileage"]
    )
    assert s.week.days_logged == 5 and s.last_week.days_logged == 7
    assert s.last_week.distance_km == 24.0
    assert s.pain_direction == "about the same"  # 2.8 against 2.7
    assert s.four_week_avg is None  # no diary before last week
    assert s.longest_30d == 10.0
    assert s.load_ratio is None and s.finding is None and not s.partial
    assert summary_text(s) == "\n".join(
        [
            "Your week, Mon 24 Nov to Sun 30 Nov",
            "Logged 5 of 7 days (2 gaps, not filled in)",
            "Distance 26.0 km from the 4 days with a distance (last week 24.0 km)",
            "Pain: average 2.8, worst 4; about the same as last week (2.7)",
            "Longest run 12.0 km (longest in the 30 days before: 10.0 km)",
            "Tips this week: Warm up for 10 minutes; Hold your mileage.",
            "Not medical advice.",
        ]
    )


def test_missing_days_are_not_read_as_zero_pain_or_distance():
    # Only a worst day logged: a gap-filling mean would be 5/7 = 0.7; the honest one is 5.
    s = weekly_summary(days(MONDAY, [None] * 6 + [(5, None)]), SUNDAY, unit=Unit.KM)
    assert s.week.mean_pain == 5.0 and s.week.distance_days == 0
    text = summary_text(s)
    assert "Pain: 5 on the one day rated" in text
    assert "Distance" not in text  # no distance known: no distance line, not "0 km"


def test_last_week_with_few_days_says_so():
    entries = days(MONDAY - dt.timedelta(days=7), [None] * 5 + [(2, 5.0), (2, 0.0)] + THIS_WEEK)
    text = summary_text(weekly_summary(entries, SUNDAY, unit=Unit.KM))
    assert "(last week 5.0 km from 2 days logged)" in text
    assert "than last week" not in text  # 2 ratings last week: no pain comparison


# --- units ----------------------------------------------------------------------------------


def test_same_km_diary_reads_in_km_and_in_miles():
    entries = days(MONDAY - dt.timedelta(days=7), LAST_WEEK + THIS_WEEK)
    km = weekly_summary(entries, SUNDAY, unit=Unit.KM)
    mi = weekly_summary(entries, SUNDAY, unit=Unit.MI)
    assert km.week.distance_km == mi.week.distance_km == 26.0  # the same kilometres underneath
    assert mi.week.distance == pytest.approx(26 / KM_PER_MILE)
    text = summary_text(mi)
    assert f"Distance {26 / KM_PER_MILE:.1f} mi" == "Distance 16.2 mi"
    assert "Distance 16.2 mi from the 4 days with a distance (last week 14.9 mi)" in text
    assert "Longest run 7.5 mi (longest in the 30 days before: 6.2 mi)" in text
    assert " km" not in text
    assert "Distance 26.0 km" in summary_text(km)


# --- rest weeks -----------------------------------------------------------------------------


def test_all_rest_week_is_not_a_gap_and_has_no_longest_run():
    entries = days(MONDAY - dt.timedelta(days=7), LAST_WEEK + [(1, 0.0)] * 7)
    s = weekly_summary(entries, SUNDAY, unit=Unit.KM)
    assert s.week.distance_km == 0.0 and s.week.distance_days == 7 and s.week.longest_km is None
    assert s.pain_direction == "better"  # 1.0 against 2.7
    text = summary_text(s)
    assert lines(text)[1:4] == [
        "Logged all 7 days",
        "No runs: rest on all 7 days logged (last week 24.0 km)",
        "Pain: average 1.0, worst 1; better than last week (2.7)",
    ]
    assert "Longest run" not in text


def test_rest_last_week_reads_zero_not_rest_or_unknown():
    entries = days(MONDAY - dt.timedelta(days=7), [(2, 0.0)] * 7 + [(2, 5.0)] * 7)
    assert "Distance 35.0 km (last week 0 km)" in summary_text(
        weekly_summary(entries, SUNDAY, unit=Unit.KM)
    )


# --- a first week ---------------------------------------------------------------------------


def test_first_week_with_two_days_reads_well():
    entries = days(SUNDAY - dt.timedelta(days=2), [(3, 5.0), None, (2, 0.0)])  # started Friday
    s = weekly_summary(entries, SUNDAY, unit=Unit.KM)
    assert s.days_expected == 3
    assert (s.pain_direction, s.four_week_avg, s.longest_30d, s.load_ratio, s.finding) == (
        None,
    ) * 5
    assert summary_text(s) == "\n".join(
        [
            "Your week, Mon 24 Nov to Sun 30 Nov",
            "Logged 2 of 3 days since you started (1 gap, not filled in)",
            "Distance 5.0 km",
            "Pain: average 2.5, worst 3",
            "Longest run 5.0 km",
            "Not medical advice.",
        ]
    )


def test_first_days_without_gaps():
    entries = days(SUNDAY - ONE_DAY, [(3, 5.0), (2, 0.0)])
    assert (
        lines(summary_text(weekly_summary(entries, SUNDAY, unit=Unit.KM)))[1]
        == "Logged all 2 days since you started"
    )


def test_empty_week_still_reads_well():
    text = summary_text(weekly_summary([], SUNDAY, unit=Unit.KM, nudges=["Rest today"]))
    assert text == (
        "Your week, Mon 24 Nov to Sun 30 Nov\n"
        "Nothing logged this week, so no numbers to show.\n"
        "Tip this week: Rest today.\n"
        "Not medical advice."
    )


# --- a partial week -------------------------------------------------------------------------


def test_partial_week_counts_only_the_days_so_far():
    entries = days(MONDAY - dt.timedelta(days=7), LAST_WEEK + [(2, 6.0), None, (3, 8.0)])
    wednesday = MONDAY + 2 * ONE_DAY
    s = weekly_summary(entries, SUNDAY, unit=Unit.KM, today=wednesday)
    assert s.partial and s.days_expected == 3 and s.week.end == SUNDAY
    assert lines(summary_text(s))[:3] == [
        "Your week so far, Mon 24 Nov to Wed 26 Nov",
        "Logged 2 of 3 days so far (1 gap, not filled in)",
        "Distance so far 14.0 km (last week 24.0 km)",
    ]
    assert not weekly_summary(entries, SUNDAY, unit=Unit.KM, today=SUNDAY).partial


def test_a_day_still_in_progress_is_not_a_gap():
    entries = days(MONDAY, [(2, 6.0), (3, 8.0)])  # Monday, Tuesday; Wednesday's check-in not yet in
    s = weekly_summary(entries, SUNDAY, unit=Unit.KM, today=MONDAY + 2 * ONE_DAY)
    assert lines(summary_text(s))[:2] == ["Your week so far, Mon 24 Nov to Tue 25 Nov", "Logged all 2 days so far"]


# --- pain direction -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("this_week", "direction"),
    [
        ([1, 1, 2, 2], "better"),  # 1.5 against 3.0
        ([2, 2, 2, 2], "worse"),  # 2.0 against 1.0: one point is a change
        ([1, 1, 2, 1], "about the same"),  # 1.25 against 1.0
    ],
)
def test_pain_direction_uses_a_one_point_step(this_week, direction):
    last = [3, 3, 3, 3] if direction == "better" else [1, 1, 1, 1]
    entries = days(
        MONDAY - dt.timedelta(days=7),
        [(p, 0.0) for p in last] + [None] * 3 + [(p, 0.0) for p in this_week],
    )
    assert weekly_summary(entries, SUNDAY, unit=Unit.KM).pain_direction == direction


def test_pain_direction_needs_four_ratings_each_week():
    entries = days(MONDAY - dt.timedelta(days=7), [(5, 0.0)] * 3 + [None] * 4 + [(1, 0.0)] * 7)
    assert weekly_summary(entries, SUNDAY, unit=Unit.KM).pain_direction is None


# --- 4-week average and longest run ---------------------------------------------------------


def test_four_week_average_is_over_the_four_weeks_before_and_needs_each_logged():
    weekly = [[(2, 3.0)] * 7, [(2, 4.0)] * 7, [(2, 5.0)] * 7, [(2, 6.0)] * 7]  # 21, 28, 35, 42 km
    rows = [row for week in weekly for row in week] + [(2, 1.0)] * 7
    entries = days(MONDAY - dt.timedelta(days=28), rows)
    s = weekly_summary(entries, SUNDAY, unit=Unit.KM)
    assert s.four_week_avg == pytest.approx(31.5)
    assert "Distance 7.0 km (last week 42.0 km, 4-week average 31.5 km)" in summary_text(s)
    thin = [
        e
        for e in entries
        if not (MONDAY - dt.timedelta(days=28) <= e.date < MONDAY - dt.timedelta(days=24))
    ]
    assert weekly_summary(thin, SUNDAY, unit=Unit.KM).four_week_avg is None  # 3 days that week


def test_longest_in_the_30_days_before_the_week():
    entries = [
        Entry(MONDAY - dt.timedelta(days=31), pain=2, distance_km=30.0),  # outside the 30 days
        Entry(MONDAY - dt.timedelta(days=30), pain=2, distance_km=15.0),
        Entry(MONDAY - ONE_DAY, pain=2, distance_km=9.0),
        Entry(SUNDAY, pain=2, distance_km=21.1),
    ]
    s = weekly_summary(entries, SUNDAY, unit=Unit.KM)
    assert s.longest_30d == 15.0
    assert "Longest run 21.1 km (longest in the 30 days before: 15.0 km)" in summary_text(s)


# --- load ratio ------------------------------------------------------------------------------


def _steady(n_days: int) -> list[Entry]:
    return days(SUNDAY - dt.timedelta(days=n_days - 1), [(2, 5.0)] * n_days)


def test_load_ratio_is_this_week_over_the_4_week_average_it_prints():
    short = weekly_summary(_steady(34), SUNDAY, unit=Unit.KM)  # the 4th week back has 6 days
    assert short.load_ratio is not None
    assert weekly_summary(_steady(27), SUNDAY, unit=Unit.KM).load_ratio is None
    weeks = [[(2, 5.0)] * 7] * 4 + [[(2, 10.0)] * 7]
    s = weekly_summary(days(MONDAY - dt.timedelta(days=28), [r for w in weeks for r in w]), SUNDAY, unit=Unit.KM)
    assert (s.load_ratio.week, s.load_ratio.average, s.load_ratio.ratio) == (70.0, 35.0, 2.0)
    text = summary_text(s)
    assert "Distance 70.0 km (last week 35.0 km, 4-week average 35.0 km)" in text
    assert (
        "Load ratio 2.0: this week's 70.0 km over your 4-week average of 35.0 km. "
        "A rough guide only: it predicts injury poorly."
    ) in text


def test_load_ratio_in_miles_uses_the_miles_typed():
    def mi(day: dt.date, value: float) -> Entry:
        return Entry(day, 2, round(value * KM_PER_MILE, 1), distance_value=value, distance_unit=Unit.MI)

    first = MONDAY - dt.timedelta(days=28)
    entries = [mi(first + dt.timedelta(days=i), 2.0 if i < 28 else 3.0) for i in range(35)]
    s = weekly_summary(entries, SUNDAY, unit=Unit.MI)
    assert "Distance 21.0 mi (last week 14.0 mi, 4-week average 14.0 mi)" in summary_text(s)
    assert "Load ratio 1.5: this week's 21.0 mi over your 4-week average of 14.0 mi." in summary_text(s)


def test_no_load_ratio_for_a_week_that_is_not_over():
    s = weekly_summary(_steady(40), SUNDAY, unit=Unit.KM, today=MONDAY + 3 * ONE_DAY)
    assert s.load_ratio is None and "Load ratio" not in summary_text(s)


# --- personal finding -----------------------------------------------------------------------

# Mon..Sun: rest, 6, 8, rest, 7, rest, long 14 km. Pain 2, except 5 the morning after the long run.
PATTERN_KM = (0.0, 6.0, 8.0, 0.0, 7.0, 0.0, 14.0)


def _long_run_weeks(n_weeks: int, day: dt.date = SUNDAY) -> list[Entry]:
    first = day - dt.timedelta(days=7 * n_weeks - 1)
    return [
        Entry(d, pain=5 if d.weekday() == 0 else 2, distance_km=PATTERN_KM[d.weekday()])
        for d in (first + dt.timedelta(days=i) for i in range(7 * n_weeks))
    ]


def test_finding_after_long_runs_in_km():
    found = personal_finding(_long_run_weeks(8), SUNDAY, Unit.KM)
    # Runs before Sunday: 6, 7 and 8 km eight times each, 14 km seven times: the 75th
    # percentile is 8 km, so the cut is 8 km and only the 14 km runs are over it.
    assert found == Finding(
        text=(
            "Your pain is on average 3.0 higher the morning after runs over 8 km than after "
            "shorter runs or rest days (7 and 48 mornings in the last 8 weeks)."
        ),
        runs_over=8.0,
        unit=Unit.KM,
        difference=pytest.approx(3.0),
        days_after_long=7,
        days_after_other=48,
    )
    s = weekly_summary(_long_run_weeks(8), SUNDAY, unit=Unit.KM)
    assert s.finding == found and lines(summary_text(s))[-2] == found.text


def test_finding_in_miles_uses_a_whole_mile_cut():
    found = personal_finding(_long_run_weeks(8), SUNDAY, Unit.MI)
    assert found is not None and found.runs_over == 5.0 and found.unit is Unit.MI
    assert "after runs over 5 mi" in found.text


def test_finding_cut_is_exact_for_miles_stored_as_km():
    # 5 mi is stored as 8.047 km, which is 5.0002 mi: it must not count as "over 5 mi".
    miles = (0.0, 3.0, 5.0, 0.0, 5.0, 0.0, 10.0)
    first = SUNDAY - dt.timedelta(days=55)
    entries = [
        Entry(
            d,
            pain=5 if d.weekday() == 0 else 2,
            distance_km=round(miles[d.weekday()] * KM_PER_MILE, 3),
        )
        for d in (first + dt.timedelta(days=i) for i in range(56))
    ]
    found = personal_finding(entries, SUNDAY, Unit.MI)
    assert found is not None and found.runs_over == 5.0
    assert (found.days_after_long, found.difference) == (7, pytest.approx(3.0))


def test_finding_cut_is_from_runs_rounded_to_the_hundredth():
    # 21 runs: the 75th percentile is the 16th, 5.4950001 km, which reads 5.50 km, so the cut is
    # 6 km and no run is over it. Unrounded it would be 5 km, over which six runs were followed
    # by pain 6 against 2.
    runs = [2.0] * 15 + [5.4950001] + [5.8] * 5
    rows = [row for km in runs for row in ((2, km), (6 if km > 5 else 2, 0.0))]
    entries = days(SUNDAY - dt.timedelta(days=len(rows) - 1), rows)
    assert personal_finding(entries, SUNDAY, Unit.KM) is None
    assert _finding_as_defined(entries, SUNDAY, Unit.KM) is None


def test_finding_looks_back_only_8_weeks():
    # Twelve weeks of data: still only the mornings of the last 56 days count.
    found = personal_finding(_long_run_weeks(12), SUNDAY, Unit.KM)
    assert found is not None and (found.days_after_long, found.days_after_other) == (8, 48)


def test_finding_needs_five_mornings_after_long_runs():
    assert personal_finding(_long_run_weeks(6), SUNDAY, Unit.KM).days_after_long == 5
    assert personal_finding(_long_run_weeks(5), SUNDAY, Unit.KM) is None  # 4 long runs


def test_finding_skips_mornings_not_logged():
    entries = [
        e
        for e in _long_run_weeks(8)
        if not (e.date.weekday() == 0 and e.date > SUNDAY - dt.timedelta(days=21))
    ]
    assert personal_finding(entries, SUNDAY, Unit.KM) is None  # 7 - 3 = 4 mornings after long runs


def test_no_finding_without_a_real_difference():
    flat = [Entry(e.date, pain=2, distance_km=e.distance_km) for e in _long_run_weeks(8)]
    assert personal_finding(flat, SUNDAY, Unit.KM) is None


def test_finding_at_exactly_one_point_is_stated_and_below_is_not():
    one = [
        Entry(e.date, pain=3 if e.pain == 5 else 2, distance_km=e.distance_km)
        for e in _long_run_weeks(8)
    ]
    found = personal_finding(one, SUNDAY, Unit.KM)
    assert found is not None and found.difference == pytest.approx(1.0)
    # One long-run morning back to 2: mean after long runs 2 + 6/7 = 2.86, under 1 point above 2.
    monday = SUNDAY - dt.timedelta(days=6)
    less = [
        Entry(e.date, pain=2, distance_km=e.distance_km) if e.date == monday else e for e in one
    ]
    assert personal_finding(less, SUNDAY, Unit.KM) is None


def test_lower_pain_after_long_runs_is_stated_as_lower():
    inverted = [
        Entry(e.date, pain=0 if e.pain == 5 else 3, distance_km=e.distance_km)
        for e in _long_run_weeks(8)
    ]
    found = personal_finding(inverted, SUNDAY, Unit.KM)
    assert found is not None and found.difference == pytest.approx(-3.0)
    assert found.text.startswith(
        "Your pain is on average 3.0 lower the morning after runs over 8 km"
    )


# --- weekly rows for the PDF ----------------------------------------------------------------


def test_weekly_rows_are_monday_weeks_clipped_to_the_period():
    entries = days(MONDAY - dt.timedelta(days=7), LAST_WEEK + THIS_WEEK)
    wednesday = MONDAY - dt.timedelta(days=5)
    rows = weekly_rows(entries, wednesday, SUNDAY)
    assert [(r.start, r.end) for r in rows] == [(wednesday, MONDAY - ONE_DAY), (MONDAY, SUNDAY)]
    assert (rows[0].days_logged, rows[0].distance_km, rows[0].worst_pain) == (5, 19.0, 3)
    assert rows[1] == week_stats(entries, MONDAY, SUNDAY)
    assert weekly_rows(entries, SUNDAY, MONDAY) == []


def test_entries_may_come_as_a_generator_or_by_date():
    entries = days(MONDAY - dt.timedelta(days=7), LAST_WEEK + THIS_WEEK)
    by_date = {e.date: e for e in entries}
    first = MONDAY - dt.timedelta(days=5)
    rows = weekly_rows(entries, first, SUNDAY)
    assert weekly_rows((e for e in entries), first, SUNDAY) == rows
    assert weekly_rows(by_date, first, SUNDAY) == rows
    assert week_stats((e for e in entries), MONDAY, SUNDAY) == rows[1]
    summary = weekly_summary(entries, SUNDAY, unit=Unit.KM)
    assert weekly_summary(by_date, SUNDAY, unit=Unit.KM) == summary


# --- properties -----------------------------------------------------------------------------

day_rows = st.lists(
    st.one_of(
        st.none(),
        st.tuples(
            st.one_of(st.none(), st.integers(0, 10)),
            st.one_of(st.none(), st.just(0.0), st.floats(0.1, 60.0, allow_nan=False)),
        ),
    ),
    min_size=0,
    max_size=70,
)


@settings(max_examples=150, deadline=None)
@given(
    rows=day_rows,
    unit=st.sampled_from(Unit),
    back=st.integers(0, 6),
    nudges=st.lists(
        st.sampled_from(["Warm up first.", "  ", "Rest\ntoday", "→ hold mileage"]), max_size=3
    ),
)
def test_any_diary_gives_a_clean_summary(rows, unit, back, nudges):
    entries = days(SUNDAY - dt.timedelta(days=len(rows) - 1), rows)
    today = SUNDAY - dt.timedelta(days=back)
    s = weekly_summary(entries, SUNDAY, unit=unit, nudges=nudges, today=today)
    text = summary_text(s)
    assert s.week.days_logged <= s.days_expected <= 7
    assert "None" not in text and "nan" not in text and "-0.0" not in text
    assert all(line.strip() for line in text.split("\n"))
    assert text.endswith("Not medical advice.")
    assert ("Load ratio" in text) == (s.load_ratio is not None)


def test_the_finding_says_the_day_after_for_evening_check_ins() -> None:
    from coach.models import Mode

    day = dt.date(2026, 11, 29)
    entries = []
    for back in range(56):
        d = day - dt.timedelta(days=back)
        long_run = back % 4 == 1
        entries.append(Entry(d, pain=5 if (back % 4 == 0) else 2, distance_km=15.0 if long_run else 5.0))
    morning = personal_finding(entries, day, Unit.KM)
    evening = personal_finding(entries, day, Unit.KM, Mode.EVENING)
    assert morning is not None and "the morning after runs over" in morning.text
    assert evening is not None and "the day after runs over" in evening.text and "days in the last 8 weeks" in evening.text


def _finding_as_defined(entries: list[Entry], day: dt.date, unit: Unit) -> tuple | None:
    """personal_finding's docstring, step by step: every distance rounded to the hundredth, the
    cut from statistics.quantiles, the mornings split by comparing each distance with it."""
    by_date = {e.date: e for e in entries}
    pairs = []
    for back in range(56, 0, -1):
        run = by_date.get(day - dt.timedelta(days=back))
        morning = by_date.get(day - dt.timedelta(days=back - 1))
        value = run.distance_in(unit) if run is not None else None
        if value is not None and morning is not None and morning.pain is not None:
            pairs.append((round(value, 2), morning.pain))
    runs = sorted(value for value, _ in pairs if value > 0)
    if len(runs) < 5:
        return None
    cut = math.floor(statistics.quantiles(runs, n=4, method="inclusive")[2] + 0.5)
    if cut < 1:
        return None
    after_long = [pain for value, pain in pairs if value > cut]
    after_other = [pain for value, pain in pairs if value <= cut]
    if len(after_long) < 5 or len(after_other) < 5:
        return None
    difference = sum(after_long) / len(after_long) - sum(after_other) / len(after_other)
    if abs(round(difference, 1)) < 1:
        return None
    return float(cut), difference, len(after_long), len(after_other)


def _edge_distances(whole: int, miles: bool) -> list[float]:
    """Rest, short runs, and runs a hair either side of a whole number (where rounding to the
    hundredth decides the side of the cut) and of a half (where it decides the cut); in miles,
    stored as km."""
    scale = KM_PER_MILE if miles else 1.0
    hairs = (0.0, 0.004, 0.0049999, 0.005, 0.0050001, 0.006, -0.004, -0.005, -0.006, 0.01)
    offsets = hairs + tuple(0.5 + hair for hair in hairs) + (3.0,)
    return [0.0, whole / 2 * scale] + [(whole + offset) * scale for offset in offsets]


edge_diaries = st.tuples(st.integers(2, 15), st.booleans()).flatmap(
    lambda whole_miles: st.tuples(
        st.lists(
            st.one_of(
                st.none(),
                st.tuples(
                    st.one_of(st.none(), st.integers(0, 10)),
                    st.sampled_from(_edge_distances(*whole_miles)),
                ),
            ),
            min_size=50,
            max_size=60,
        ),
        st.just(Unit.MI if whole_miles[1] else Unit.KM),
    )
)


@settings(max_examples=400, deadline=None)
@given(diary=edge_diaries)
def test_the_finding_is_as_its_definition_says(diary):
    rows, unit = diary
    entries = days(SUNDAY - dt.timedelta(days=len(rows) - 1), rows)
    found = personal_finding(entries, SUNDAY, unit)
    expected = _finding_as_defined(entries, SUNDAY, unit)
    if expected is None:
        assert found is None
    else:
        said = (found.runs_over, found.difference, found.days_after_long, found.days_after_other)
        assert said == expected


def _compensated_sum(values, start=0):
    """sum() of floats as Python 3.12 does it (compensated), to run the summary as the Docker image would."""
    return math.fsum([start, *values])


def test_the_four_week_average_reads_the_same_on_every_python(monkeypatch) -> None:
    """The tests run on 3.11 and the image on 3.12, whose sum() adds floats more exactly: 104.6 km over four
    weeks is 26.15, which one way of adding shows as 26.1 and the other as 26.2."""
    weeks = [[5.1, 11.5, 11.1, 3.3], [3.2, 7.9, 11.5, 6.4], [4.9, 6.8, 3.3, 5.0], [6.9, 7.5, 5.1, 5.1]]
    sunday = dt.date(2026, 11, 29)
    monday = sunday - dt.timedelta(days=6)
    entries = [Entry(monday - dt.timedelta(weeks=back) + dt.timedelta(days=n), 3, km)
               for back, week in enumerate(weeks, start=1) for n, km in enumerate(week)]
    entries += [Entry(monday + dt.timedelta(days=n), 3, 6.0) for n in range(4)]
    as_on_311 = summary_text(weekly_summary(entries, sunday, unit=Unit.KM))
    monkeypatch.setattr(summary_module, "sum", _compensated_sum, raising=False)
    as_on_312 = summary_text(weekly_summary(entries, sunday, unit=Unit.KM))
    assert "4-week average 26." in as_on_311
    assert as_on_312 == as_on_311
