"""The metric helpers against hand-computed values (clinical-rules.md 2.3, 6.2 and 7G)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from coach.models import Entry
from coach.nudges import metrics as m
from coach.nudges.thresholds import Thresholds

DAY = dt.date(2026, 11, 30)


def series(
    pains: list[int | None] | None = None, kms: list[float | None] | None = None, end: dt.date = DAY
):
    """Values oldest first, the last one on ``end``; None = nothing logged that day."""
    n = max(len(pains or []), len(kms or []))
    pains = [None] * (n - len(pains or [])) + list(pains or [])
    kms = [None] * (n - len(kms or [])) + list(kms or [])
    out = {}
    for i, (p, k) in enumerate(zip(pains, kms)):
        day = end - dt.timedelta(days=n - 1 - i)
        if p is not None or k is not None:
            out[day] = Entry(day, p, k)
    return out


def test_mean_last3_needs_two_ratings() -> None:
    assert m.mean_last3(series([3, 5, 6, 5]), DAY) == pytest.approx(16 / 3)
    assert m.mean_last3(series([5, None, 6]), DAY) == 5.5
    assert m.mean_last3(series([5, None, None]), DAY) is None


def test_lagged_baseline_is_the_median_of_d16_to_d3() -> None:
    # 14 days d-16..d-3, then d-2..d which the baseline must not see
    assert m.lagged_baseline(series([2] * 7 + [4] * 7 + [9, 9, 9]), DAY) == 3.0
    assert m.lagged_baseline(series([9] + [3] * 14 + [9, 9, 9]), DAY) == 3.0  # d-17 is outside too
    assert m.lagged_baseline(series([3] * 6 + [None] * 8 + [9, 9, 9]), DAY) is None  # 6 ratings < 7
    assert (
        m.lagged_baseline(series([3, None] * 7 + [9, 9, 9]), DAY) == 3.0
    )  # gaps are skipped, not zeros


def test_7g_flare_example() -> None:
    s = series([3] * 14 + [5, 6, 5])
    p3, base = m.mean_last3(s, DAY), m.lagged_baseline(s, DAY)
    assert round(p3, 1) == 5.3 and base == 3.0
    assert p3 - base >= 2 and p3 >= 1.3 * base  # 5.3 - 3 = 2.3; 5.3 >= 3.9


def test_max_km_over_the_30_days_before() -> None:
    s = series(kms=[20.0] + [8.0, 0.0, 12.0] + [0.0] * 27 + [14.0])  # the 20 km is d-31
    assert m.max_km(s, DAY) == 12.0
    assert m.max_km(series(kms=[None, None, 5.0]), DAY) is None


@pytest.mark.parametrize(
    ("km", "over", "tier"),
    [
        (14.0, 2 / 12, "small"),
        (25.0, 13 / 12, "large"),
        (13.2, None, None),
        (16.0, 4 / 12, "moderate"),
    ],
)
def test_7g_spike_examples(km: float, over: float | None, tier: str | None) -> None:
    s = series(kms=[12.0] + [0.0, 6.0] * 14 + [0.0, km])
    spike = m.spike(s, DAY)
    if over is None:
        assert spike is None  # 13.2 is exactly +10%: not more than 10%
    else:
        assert spike.over == pytest.approx(over) and spike.tier == tier
        assert spike.longest == 12.0 and spike.history_days == 30 and spike.coverage == 1.0
        assert spike.longest_date == DAY - dt.timedelta(days=30) and spike.full_lookback


def test_spike_history_and_coverage_count_unknown_days_as_unknown() -> None:
    s = series(kms=[12.0] + [None] * 21 + [6.0, 0.0, 5.0] + [None] * 6 + [9.0])  # the 12 km is d-31
    spike = m.spike(s, DAY)
    assert spike.longest == 6.0 and spike.tier == "moderate"
    assert spike.history_days == 31
    assert spike.coverage == pytest.approx(3 / 30)


def test_week_means_need_four_ratings_each() -> None:
    s = series([2, 2, 2, 2, None, None, None] + [4, 4, 5, 5, None, None, 4])
    w0, w1 = m.week_means(s, DAY)
    assert w0 == pytest.approx(22 / 5) and w1 == 2.0
    assert m.week_means(series([2, 2, 2] + [4] * 7), DAY) == (4.0, None)


def test_cusum_accumulates_excess_over_k_and_resets_after_alarm() -> None:
    base = [3] * 21  # base28 = 3 for every day of the chart
    s = series(base + [5, 5, 5, 5, 5])
    c = m.cusum(s, DAY - dt.timedelta(days=1))  # 1, 2, 3, 4 -> alarm
    assert c.alarm and c.value == 4.0 and c.base == 3.0
    after = m.cusum(s, DAY)  # reset to 0, then 5 - 3 - 1
    assert not after.alarm and after.value == 1.0


def test_cusum_skips_missing_days_instead_of_reading_zero() -> None:
    s = series([3] * 21 + [5, 5, None, 5, 5])
    assert m.cusum(s, DAY).alarm  # 1, 2, (skip), 3, 4
    s_low = series([3] * 21 + [5, 5, 0, 5, 5])
    assert not m.cusum(s_low, DAY).alarm  # a real 0 would have reset it


def test_cusum_needs_a_baseline() -> None:
    assert m.cusum(series([9] * 10), DAY) == m.Cusum(0.0, False, None)


def _with_s(n: int, target: int) -> list[float]:
    """A permutation of 0..n-1 whose Mann-Kendall S is ``target`` (adjacent swaps lower S by 2)."""
    ys = list(range(n))
    s = n * (n - 1) // 2
    i = 0
    while s > target:
        if ys[i] < ys[i + 1]:
            ys[i], ys[i + 1] = ys[i + 1], ys[i]
            s -= 2
        i = (i + 1) % (n - 1)
    return [float(y) for y in ys]


@pytest.mark.parametrize(("n", "s", "p"), [(7, 13, 0.035), (10, 21, 0.036), (14, 33, 0.040)])
def test_mann_kendall_matches_the_critical_values_table(n: int, s: int, p: float) -> None:
    got_s, got_p = m.mann_kendall(_with_s(n, s))
    assert got_s == s
    assert got_p == pytest.approx(p, abs=0.002)  # normal approximation vs the exact table in 6.2
    assert m.mann_kendall(_with_s(n, s - 2))[1] > 0.05


def test_mann_kendall_tie_correction_by_hand() -> None:
    # n = 6, three pairs of ties: var = (6*5*17 - 3*(2*1*9)) / 18 = 456/18; S = 12
    s, p = m.mann_kendall([1, 1, 2, 2, 3, 3])
    assert s == 12
    z = 11 / math.sqrt(456 / 18)
    assert p == pytest.approx(0.5 * math.erfc(z / math.sqrt(2)))
    assert p == pytest.approx(0.0144, abs=1e-4)
    assert m.mann_kendall([4, 4, 4, 4]) == (0, 1.0)


def test_theil_sen_is_the_median_pairwise_slope() -> None:
    assert (
        m.theil_sen([0, 1, 2, 3, 4], [1, 2, 3, 4, 100]) == 1.0
    )  # slopes 1 x6, 24.75, 32.7, 48.5, 96
    assert m.theil_sen([0, 2, 3], [0, 1, 3]) == 1.0  # slopes 0.5, 1, 2


def test_trend_uses_calendar_days_and_needs_ten_ratings() -> None:
    ramp = [2, 2, 2, 2, 3, 2, 3, 3, 3, 3, 4, 3, 4, 4]
    tr = m.trend(series(ramp), DAY)
    assert tr.n == 14 and tr.slope == pytest.approx(1 / 6) and tr.p < 0.05
    with_gaps = m.trend(series([2, None, 2, None, 3, 2, 3, None, 3, 3, 4, None, 4, 4]), DAY)
    assert with_gaps.n == 10 and with_gaps.slope > 0
    assert m.trend(series([2, None] * 7), DAY) is None


def test_robust_sd_is_1_4826_mad_over_the_lagged_28_days() -> None:
    values = [1, 5, 3, 3] * 7  # median 3, |dev| 2, 2, 0, 0 -> MAD 1
    assert m.robust_sd(series(values + [9, 9, 9]), DAY) == pytest.approx(1.4826)
    assert m.robust_sd(series([1, 5, 1, 5, 3] * 6 + [9, 9]), DAY, Thresholds()) == pytest.approx(
        2 * 1.4826
    )
    assert m.robust_sd(series([3] * 5), DAY) is None


def test_acwr_2_3_worked_example() -> None:
    acwr = m.acwr_uncoupled_ewma(series(kms=[5.0] * 28 + [10.0] * 7), DAY)
    assert round(acwr.ratio, 2) == 1.87  # acute 10 - 5 * 0.75**7 = 9.33 km/day against chronic 5
    assert acwr.acute_km_week == pytest.approx(7 * (10 - 5 * 0.75**7))
    assert acwr.chronic_km_week == pytest.approx(35.0)


def test_acwr_skips_missing_days_and_guards_small_chronic() -> None:
    full = m.acwr_uncoupled_ewma(series(kms=[5.0] * 28 + [10.0] * 7), DAY)
    gap = m.acwr_uncoupled_ewma(series(kms=[5.0] * 28 + [10.0] * 3 + [None] + [10.0] * 3), DAY)
    assert gap.ratio == pytest.approx(10 / 5 - 0.75**6)  # held, not decayed towards zero
    assert gap.ratio < full.ratio
    assert (
        m.acwr_uncoupled_ewma(series(kms=[5.0] * 27), DAY) is None
    )  # under 28 days with a distance
    assert (
        m.acwr_uncoupled_ewma(series(kms=[0.0] * 28 + [10.0] * 7), DAY) is None
    )  # chronic < 1 km a week
    assert (
        m.acwr_uncoupled_ewma(
            [Entry(DAY - dt.timedelta(days=i), None, 5.0) for i in range(30)], DAY
        ).ratio
        == 1.0
    )


def test_spike_in_miles_uses_the_distances_as_typed() -> None:
    from coach.models import KM_PER_MILE, Unit

    def mi(day: dt.date, value: float) -> Entry:
        return Entry(day, None, round(value * KM_PER_MILE, 1), distance_value=value, distance_unit=Unit.MI)

    s = {e.date: e for e in (mi(DAY - dt.timedelta(days=7), 8.0), mi(DAY, 11.0))}
    assert m.percent(m.spike(s, DAY, unit=Unit.MI).over) == 38  # 11 / 8 = 1.375
    assert m.percent(m.spike(s, DAY, unit=Unit.KM).over) == 37  # 17.7 / 12.9 from rounded km


def test_percent_rounds_half_up() -> None:
    assert (m.percent(0.375), m.percent(0.125), m.percent(0.1249)) == (38, 13, 12)


def test_cusum_says_when_the_build_up_began() -> None:
    s = series([3] * 21 + [3, 5, 5, 5, 5])
    c = m.cusum(s, DAY)
    assert c.alarm and c.since == DAY - dt.timedelta(days=3)


def test_week_km_sums_known_days_only() -> None:
    s = series(kms=[5.0, 0.0, None, 8.0, 0.0, 10.0, None] + [6.0, None, 6.0, 0.0, 6.0, 0.0, 12.0])
    assert m.week_km(s, DAY, 0) == (30.0, 6)
    assert m.week_km(s, DAY, 1) == (23.0, 5)


def test_latest_logged_km_day_prefers_today_then_yesterday() -> None:
    assert m.latest_logged_km_day(series(kms=[5.0, None]), DAY) == DAY - dt.timedelta(days=1)
    assert m.latest_logged_km_day(series(kms=[5.0, 0.0]), DAY) == DAY
    assert m.latest_logged_km_day(series(kms=[5.0, None, None]), DAY) is None
