"""Every sentence of a tip: each rule's name, when it fires, its advice and its "why" line, the
message around them, the /why explanation, and the words around the tips (feedback, muting).

The numbers come in already computed (in the runner's unit); the sources stay in the code beside
each rule (coach/nudges/rest.py, see_pro.py, caution.py, positive.py), whose row carries
the short source shown in the message and the full reference shown by /why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from coach.models import Unit
from coach.texts.common import day_label, distance_value_text


@dataclass(frozen=True)
class RuleText:
    name: str  # shown in the weekly summary's list of tips and by /why
    condition: str  # when it fires, in plain words, shown by /why
    advice: str  # one line, in the message


WARM_UP = (
    "Warm up 5-10 min (walk to easy jog, leg swings, hip-flexor lunges) and on easy runs "
    "try 5-10% quicker, shorter steps."
)
REST_ADVICE = (
    "Swap runs for walking, cycling or swimming for 2-3 days, then restart easy. "
    "Keep moving; bed rest doesn't help."
)
SEE_PRO_ADVICE = {
    2: "Two weeks without real improvement: worth seeing a physio.",
    4: "Four weeks without real improvement: please see a physio or your GP.",
    6: "Six weeks without real improvement: please see your GP.",
}
REFLARE_ADVICE = "It settled, then came back: please get it checked by a physio or GP."
EASED_OFF_ADVICE = "Getting worse even though you've eased off: please get it checked by a physio or GP."
SHORT_HISTORY_ADVICE = " If you often ran this far before you started logging, you can ignore this."

RULE_TEXT: dict[str, RuleText] = {
    "R12": RuleText(
        "Spike plus pain",
        "a run in the last 3 days was more than 10% longer than your longest in the 30 days before "
        "it, and today your pain is above 5, has not settled after a run, or is 2 points above usual",
        "Rest or cross-train for 1-2 days, then come back below your previous longest run.",
    ),
    "PT": RuleText(
        "The same run, the same pain",
        "the day after a run your pain is 2 or more above your usual level (or at 5 out of 10 when "
        "that is lower), and it was the week before too, after the same weekday's run; said once "
        "while the pattern lasts, again only if the pain is 2 points worse",
        "Your back is telling you this run is a bit much for now: make it shorter or easier for "
        "the next couple of weeks. If it keeps happening, see a physio.",
    ),
    "R5": RuleText(
        "Not settled by the next day",
        "pain the day after a run is 2 or more above the rating before that run and 2 or more "
        "above your usual level (median of 3 to 16 days ago; without one, 5 or more). Morning "
        "check-in: this morning against yesterday morning. Evening check-in: this evening against "
        "the evening before the run (pain right after a run may reach 5)",
        "Your last run hasn't settled. Make the next run shorter or easier, or take a rest day; "
        "a walk, swim or easy bike still helps.",
    ),
    "R7": RuleText(
        "Acute flare",
        "3-day average - usual >= 2 (1.5 x your personal SD when that SD is over 1.5), 3-day "
        "average >= 1.3 x usual and >= 3; usual = median of 3 to 16 days ago, kept from the day "
        "the flare began while it lasts; needs 14 days of ratings and 4 of the last 7",
        REST_ADVICE,
    ),
    "R4": RuleText(
        "Above the pain ceiling",
        "pain today 6 or more (above 5 out of 10); at 8 or more it outranks every other tip; it "
        "counts as a worsening when it is also 2 or more above your usual level",
        "Make today a no-run day. A walk, swim or easy bike is fine if comfortable; "
        "bed rest doesn't help.",
    ),
    "R10": RuleText(
        "Worse after easing off",
        "during a flare, either the pain settled for 2 days (3-day average <= usual + 1) and "
        "flared again, or you ran less since it began and the 3-day average is still 2 or more "
        "above its value that day",
        EASED_OFF_ADVICE,
    ),
    "R9": RuleText(
        "Not improving",
        "pain 4 or more on at least 10 of every 14 days you rated (5 ratings or more, in both "
        "weeks, and 14 days of diary) and this week's average not 2 points or 30% below last "
        "week's; the advice moves "
        "towards the GP once that has held over 4 and 6 weeks of diary, and repeats only then",
        SEE_PRO_ADVICE[2],
    ),
    "R6": RuleText(
        "Up on last week",
        "checked Sundays: this week's average - last week's >= 1, this week's >= 3 and >= 1 "
        "above the 4 weeks before, no rest tip sent this week; a rise of 2 or more makes it a "
        "rest tip",
        "Don't add distance this week. " + WARM_UP,
    ),
    "R8": RuleText(
        "Creeping up",
        "daily: the running total of (pain - usual - 1) since it was last 0 reaches 4, with "
        "usual = median of 8 to 28 days ago; Sundays: a 14-day rising trend (Theil-Sen slope >= "
        "0.15 a day, Mann-Kendall p < 0.05) with the second week's average above the first's",
        "Hold your distance steady. " + WARM_UP,
    ),
    "RB": RuleText(
        "Back after a break",
        "the first run logged after 14 or more days without one, at least half as long as your "
        "longest run in the 30 days before the break",
        "After a break, come back gently: shorter, easier runs than before at first, building up "
        "over a few weeks. Keep pain 5 or less while running and settled by the next morning.",
    ),
    "R11": RuleText(
        "Single-run spike",
        "a run more than 10% longer than your longest in the 30 days before it (tiers >10-30%, "
        ">30-100%, >100%); with less than 30 days of diary, the longest you have logged; needs 14 "
        "days of diary, or 7 for a run more than 30% longer",
        "Keep the next 2 days easy and watch how your back feels the next morning; when "
        "building up, add at most about 10% to your longest run. " + WARM_UP,
    ),
    "R15": RuleText(
        "Back to usual",
        "after a flare of 2 days or more in which I suggested resting, the 3-day average is "
        "within 1 point of your usual on 3 rated days in a row and today's pain is 3 or less",
        "Resume running gently: no run more than 10% past your longest in 30 days, pain 5 or "
        "less while running and settled by the next morning.",
    ),
    "R13": RuleText(
        "Weekly jump",
        "checked Sundays: the last 7 days' distance more than 1.3 x the 7 days before (every day "
        "of them logged) and at least 5 km (3.1 mi) more, with no single-run spike that week; "
        "information only",
        "The evidence on weekly jumps is weak, but watch how your back responds. " + WARM_UP,
    ),
    "DT": RuleText(
        "Too few ratings to judge",
        "a trend tip would fire but there are fewer than 14 days of ratings or fewer than 4 of "
        "the last 7 days rated; at most once a week",
        "Rating your back most days lets me tell a real change from a bad day. If the pain "
        "worries you, see a physio.",
    ),
}

def logged_tip_name(rule_id: str) -> str:
    """The name of a tip in the log whose rule is not in the table: the warm-up reminder, and
    rules retired since it was sent (R16 steady week, AR active recovery)."""
    return {"WU": "Warm-up reminder", "R16": "Steady week", "AR": "Active recovery"}.get(rule_id, "Tip")


FAMILY_WORDS = {
    "rest": "rest",
    "see_pro": "see-a-professional",
    "caution": "caution",
    "positive": "positive",
}


# --- The "why" lines: numbers the runner can find in their own diary -------------------------


def _dist(value: float, unit: Unit) -> str:
    return distance_value_text(value, unit)


def _days(n: int) -> str:
    return "1 day" if n == 1 else f"{n} days"


def why_ceiling(pain: int, ceiling: int, severe: bool, usual: float | None) -> str:
    above = f"pain {pain} today, {'well ' if severe else ''}above the {ceiling} out of 10 ceiling"
    return above if usual is None else f"{above} and your usual {usual:.1f}"


def why_not_settled(pain: int, before: int, distance: float, unit: Unit, run: dt.date, morning: bool) -> str:
    if morning:
        return (
            f"pain {pain} this morning, up from {before} on the morning of your "
            f"{_dist(distance, unit)} run on {day_label(run)}"
        )
    return (
        f"pain {pain} this evening, a day after your {_dist(distance, unit)} run on "
        f"{day_label(run)}; it was {before} the evening before that run"
    )


def pain_phrase(rule_id: str, pain: int | None, before: int | None, p3: float | None, usual: float | None) -> str:
    """The pain half of R12, from the pain rule that fired with it."""
    if rule_id == "R7":
        return f"3-day average {p3:.1f} against your usual {usual:.1f}"
    if rule_id == "R5":
        return f"pain {pain} today, up from {before} before that run"
    return f"pain {pain} today"


def why_flare(p3: float, usual: float) -> str:
    return f"3-day average {p3:.1f} against your usual {usual:.1f}"


def longest_phrase(
    longest: float, unit: Unit, longest_date: dt.date, lookback: int, started: dt.date | None, gaps: bool
) -> str:
    """What the run is compared with, said no more strongly than the diary allows."""
    where = f"{_dist(longest, unit)} on {day_label(longest_date)}"
    if started is not None:
        return f"your longest run since your diary began on {day_label(started)}, {where}"
    logged = "logged " if gaps else ""
    return f"your longest {logged}run in the {lookback} days before, {where}"


def why_spike(distance: float, unit: Unit, pct: int, compared: str) -> str:
    return f"{_dist(distance, unit)} is {pct}% more than {compared}"


def why_spike_and_pain(distance: float, unit: Unit, run: dt.date, pct: int, compared: str, pain: str) -> str:
    return f"{_dist(distance, unit)} on {day_label(run)} was {pct}% more than {compared}, and pain is up: {pain}"


def why_pattern(weeks: int, runs: Sequence[tuple[float, dt.date, int]], unit: Unit, morning: bool) -> str:
    """``runs``: (distance, date, pain the day after), newest first; the latest three are listed."""
    when = "the morning after" if morning else "the day after"
    weekday = runs[0][1].strftime("%A")
    nth = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}.get(weeks, f"{weeks}th")
    listed = "; ".join(f"{_dist(v, unit)} on {day_label(d)}, then pain {p}" for v, d, p in runs[:3])
    latest = "the last three: " if len(runs) > 3 else ""
    return f"for the {nth} week running, your back hasn't settled {when} your {weekday} run ({latest}{listed})"


def why_reflare(settled_max: float, days: int, settled_to: dt.date, flare: str) -> str:
    return (
        f"after {days} calmer days (3-day average {settled_max:.1f} or less, to {day_label(settled_to)}), "
        f"pain has flared again: {flare}"
    )


def why_worse_after_easing(
    p3: float,
    rise: float,
    since: dt.date,
    told: bool,
    ran_since: float,
    days_since: int,
    ran_before: float,
    days_before: int,
    unit: Unit,
) -> str:
    start = f"my rest tip on {day_label(since)}" if told else f"your pain rose on {day_label(since)}"
    return (
        f"3-day average {p3:.1f}, up {rise:.1f} since {start}, although you ran less: "
        f"{_dist(ran_since, unit)} in the {_days(days_since)} logged since, against "
        f"{_dist(ran_before, unit)} in the {_days(days_before)} logged before"
    )


def why_persistent(high: int, rated: int, span_days: int, w0: float | None, w1: float | None) -> str:
    if rated == span_days:
        counted = f"on {high} of the last {span_days} days"
    else:
        counted = f"on {high} of the {rated} days you rated in the last {span_days} days"
    trend = "" if w0 is None or w1 is None else f" (this week {w0:.1f}, the week before {w1:.1f})"
    return f"pain 4 or more {counted}, with no real improvement{trend}"


def why_week_up(w0: float, w1: float) -> str:
    return f"this week's average pain {w0:.1f} against {w1:.1f} the week before"


def why_cusum(base: float, above: int, rated: int, since: dt.date) -> str:
    return f"pain has been above your usual {base:.1f} on {above} of the {rated} days you rated since {day_label(since)}"


def why_trend(window: int, first: float, second: float, slope: float) -> str:
    return (
        f"pain has been rising over the last {window} days: the first week averaged {first:.1f}, "
        f"the second {second:.1f} (a trend of about +{slope:.1f} a day)"
    )


def why_return(
    distance: float, unit: Unit, run: dt.date, gap_days: int, last: float, last_date: dt.date, unlogged: int
) -> str:
    between = "all logged as rest" if unlogged == 0 else f"{unlogged} of them not logged"
    return (
        f"{_dist(distance, unit)} on {day_label(run)} is your first run logged since "
        f"{_dist(last, unit)} on {day_label(last_date)}, {gap_days} days before (the days between {between})"
    )


def why_week_jump(current: float, previous: float, unit: Unit, last: dt.date, pct: int | None) -> str:
    head = f"{_dist(current, unit)} in the 7 days to {day_label(last)}"
    if pct is None:
        return f"{head}, after no running in the 7 days before"
    return f"{head}, {pct}% more than the {_dist(previous, unit)} in the 7 days before"


def why_thin(trend_why: str, rated_recent: int, recent_days: int, rated_all: int, all_needed: int) -> str:
    if rated_all < all_needed:
        short = f"only {_days(rated_all)} of ratings so far"
    else:
        short = f"only {rated_recent} of the last {recent_days} days rated"
    return f"{trend_why}, but with {short} I can't yet tell a trend from a few bad days"


def why_back_to_usual(p3: float, usual: float | None, margin: float, days: int, safe_level: float) -> str:
    level = (
        f"within {margin:g} point of your usual {usual:.1f}"
        if usual is not None
        else f"at {safe_level:g} or less"
    )
    return f"3-day average {p3:.1f}, back {level} for {days} days"


# --- The warm-up reminder (WU) ----------------------------------------------------------------

WARMUP_NAME = "Warm-up before your usual run time"
WARMUP_ADVICE = (
    "Before you go: 5-10 minutes building from a walk to an easy jog, then leg swings, hip-flexor lunges "
    "and glute bridges. On easy runs, try steps about 5% quicker and shorter at the same pace."
)
WARMUP_CAVEAT = "Evidence that warm-ups prevent injury is weak; take it as comfort and readiness. Not medical advice."


def why_warmup(rule_id: str, day: dt.date) -> str:
    return f"after my {rule_id} tip on {day_label(day)}, a warm-up may make today's run feel easier"


def warmup_condition(after_rules: Iterable[str], window_days: int) -> str:
    return (
        f"a load or trend tip ({', '.join(after_rules)}) went out in the last {window_days} days, once per tip, "
        "half an hour before your usual run time, outside quiet hours and never during a rest episode"
    )


# --- The message and /why ---------------------------------------------------------------------


def nudge_message(why: str, advice: str, source: str) -> str:
    """The tip as the runner reads it: one short plain-text paragraph (M9)."""
    return f"{why[:1].upper() + why[1:]}. {advice} Source: {source}. Not medical advice."


def nudge_explanation(
    title: str, why: str, condition: str, numbers: Sequence[tuple[str, str]], note: str | None,
    advice: str, reference: str, footer: str = "Not medical advice.",
) -> str:
    """The longer /why text: the rule, every number behind it, the threshold and the source."""
    lines = [title, f"What I saw: {why}.", f"It fires when: {condition}."]
    if numbers:
        lines += ["The numbers:", *(f"  {key}: {value}" for key, value in numbers)]
    if note:
        lines.append(note)
    lines += [f"Advice: {advice}", f"Source: {reference}", footer]
    return "\n".join(lines)


def explanation_title(rule_id: str, name: str, family: str, priority: int) -> str:
    return f"{rule_id} {name} ({FAMILY_WORDS[family]} nudge, priority {priority})"


# --- Around the tips ---------------------------------------------------------------------------


def feedback_thanks(helpful: bool) -> str:
    return "Thanks, noted." if helpful else "Thanks, noted. That helps me tune the tips."


def no_nudge_yet() -> str:
    return "I haven't sent you a tip yet. When I do, /why shows the numbers behind it."


def nudges_on() -> str:
    return "Tips are back on. (Safety messages were never off.)"


def nudges_off(until: dt.date) -> str:
    return f"Tips muted until {day_label(until)}. Safety messages still come. /nudges on to undo."


def nudges_usage(max_days: int) -> str:
    return f"Try /nudges off 7d (1-{max_days} days) or /nudges on."


def nudges_status(muted_until: dt.date | None, max_days: int) -> str:
    state = f"muted until {day_label(muted_until)}" if muted_until else "on"
    return f"Tips are {state}. " + nudges_usage(max_days)


def why_header(day: dt.date) -> str:
    return f"My last tip, {day_label(day)}:"
