"""Every number the nudge rules use, in one frozen place (clinical-rules.md section 7F).

Tag of each group: *source* (taken from the cited paper), *extrapolated* (a cited source
stretched to low back pain) or *engineering default* (chosen by simulation, recalibrate on
real logs). Day windows are written as offsets back from the day judged: (16, 3) is d-16..d-3.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Thresholds:
    # Pain-monitoring model, Silbernagel 2007 (extrapolated to LBP): 5/10 is the ceiling.
    pain_ceiling: int = 5
    rest_pain: int = 6
    severe_pain: int = 8
    screen_pain: int = 7  # R3: ask the red-flag screen (clinical-rules 4.2 "when to ask")
    safe_pain: int = 3  # 0-3 "safe" zone: R15 needs today's pain at or below this

    # Minimal important change, Ostelo 2008: 2 NRS points or 30%.
    mic_points: float = 2.0
    mic_ratio: float = 1.30
    next_morning_delta: int = 2  # R5; strict mode would be 1
    # Correction (see rules.py): R5 also needs pain this far above the usual level, R6 this far
    # above the month before. None restores the research's literal rule. Engineering default.
    settled_margin: float | None = 2.0
    week_above_usual: float | None = 1.0

    # R6 week-to-week, Silbernagel 2007 "no increase week to week" + Ostelo 2008.
    week_caution_delta: float = 1.0
    week_rest_delta: float = 2.0
    week_min_level: float = 3.0
    week_min_values: int = 4  # per week; engineering default, matches the M6 "4 of 7"
    weekly_check_weekday: int = 6  # Sunday: R6, the R8 trend test and R13 run once a week

    # R7 acute flare, Ostelo 2008 + simulation 6.4 (engineering default).
    flare_window: int = 3
    flare_min_values: int = 2
    baseline_window: tuple[int, int] = (16, 3)
    baseline_min_values: int = 7
    flare_min_level: float = 3.0

    # R8 creeping worsening: CUSUM (Tennant 2007; Grigg 2003) and Theil-Sen / Mann-Kendall
    # (Sen 1968; Hussain & Mahmud 2019). k, h and the windows: simulation 6.4.
    cusum_k: float = 1.0
    cusum_h: float = 4.0
    cusum_baseline_window: tuple[int, int] = (28, 8)
    cusum_window: int = 28  # the chart is rerun from zero over this many days each time
    trend_window: int = 14
    trend_min_values: int = 10  # normal approximation unreliable below 10 (NCL trend_manken)
    trend_min_slope: float = 0.15
    trend_alpha: float = 0.05

    # M7 personal noise scaling (engineering default).
    noise_window: int = 28
    noise_sd_limit: float = 1.5
    noise_multiplier: float = 1.5

    # R9 persistence: NHS "a few weeks", NHS MSK pages (fades in ~2 weeks, settles by 6).
    persist_days: int = 14
    persist_min_pain: int = 4
    persist_min_days: int = 10
    persist_escalate_days: tuple[int, int] = (28, 42)
    improve_ratio: float = 0.7  # "improvement" = w0 <= w1 - mic_points or w0 <= 0.7 * w1

    # R11 single-run spike, Frandsen 2025 (HRR 1.64 / 1.52 / 2.28).
    # Needs the run and an earlier run in the lookback, however many days of it are logged (the
    # message says what it compared with), and a diary old enough that the earlier longest is
    # not just the first days': 14 days, or 7 for spikes over 30% (engineering defaults; in a
    # diary's first week every first long run would be a "spike").
    spike_lookback: int = 30
    spike_tiers: tuple[float, float, float] = (0.10, 0.30, 1.00)
    spike_min_history_days: int = 14
    spike_new_runner_days: int = 7
    spike_recent_days: int = 3  # R12: a spike run within d-3..d

    # RB back after a break (extrapolated from Frandsen 2025; the numbers are engineering defaults).
    break_days: int = 14  # days with no run logged between two runs
    return_share: float = 0.5  # the first run back, against the longest in the 30 days before the break

    # R13 weekly jump: Nielsen 2014 (HR 1.59, p = .07); information only. Relative and absolute
    # change together, so a jump from a small base counts and 1 -> 2 km does not (engineering default).
    weekly_jump_ratio: float = 1.30
    weekly_jump_min_added_km: float = 5.0

    # R14 ACWR (display only): Williams 2017 EWMA, uncoupled per Lolli 2019.
    acwr_n_acute: int = 7
    acwr_n_chronic: int = 28
    acwr_min_days: int = 28
    acwr_min_chronic_km_week: float = 1.0

    # M2 cool-downs in days, M4 weekly cap (engineering defaults).
    cooldown_rest: int = 3
    cooldown_caution: int = 7
    cooldown_see_pro: int = 7
    cooldown_see_pro_repeat: int = 14
    cooldown_positive: int = 7
    weekly_cap: int = 3  # warnings (rest, see-a-professional, caution); positive notes never crowd them out
    # R3: "first rest tip of an episode" does not re-ask a screen asked this recently (engineering
    # default; pain 7+, symptom words and the weekly persistence reason still ask).
    screen_recent_days: int = 14

    # M5 episodes and M6 data sufficiency (engineering defaults).
    close_margin: float = 1.0
    close_days: int = 3
    close_level_unknown_base: float = 3.0  # no baseline at opening: close at the 0-3 safe zone
    reflare_settled_days: int = 2  # R10: calm this many days in a row, then a new flare
    min_pain_days: int = 14
    recent_days: int = 7
    recent_min_logged: int = 4


DEFAULT = Thresholds()
