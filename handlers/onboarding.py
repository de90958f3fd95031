"""Consent, then units, time zone and check-in time; ``/settings`` reuses the same steps one at a time."""

from __future__ import annotations

import datetime as dt

from coach import phones, texts
from coach.models import SETTING_STEPS, Awaiting, Mode, SetupStep, Unit
from coach.schedule import quiet_way_out
from coach.zones import parse_clock_time, resolve_zone, tzinfo_for, zone_label
from handlers import clubs, keyboards, safety, scheduling
from handlers.callbacks import ChooseZone
from handlers.replies import Button, Reply
from handlers.turn import Turn

EVENING_FROM = dt.time(12, 0)


def ask_step(step: SetupStep) -> Reply:
    if step is SetupStep.UNITS:
        return Reply(texts.ask_units(), keyboards.units())
    if step is SetupStep.ZONE:
        return Reply(texts.ask_zone(), keyboards.zones())
    return Reply(texts.ask_time(), keyboards.checkin_times())


def zone_question(turn: Turn) -> Reply:
    """By SMS the zone is guessed from the phone number's country and offered to confirm; a city, zone
    name or offset typed instead works as on Telegram."""
    guesses = phones.time_zones(turn.runner.chat_id, turn.now)[:4] if turn.runner.channel == "sms" else ()
    if not guesses:
        return ask_step(SetupStep.ZONE)
    shown = [(zone_label(key), turn.now.astimezone(tzinfo_for(key))) for key in guesses]
    labels = [label if len(shown) == 1 else f"{label} (now {local:%H:%M})" for label, local in shown]
    buttons = tuple((Button(label, ChooseZone(key).encode()),) for label, key in zip(labels, guesses))
    return Reply(texts.ask_zone(), buttons, sms=texts.ask_zone_guess(shown))


def choose_units(turn: Turn, value: str) -> list[Reply]:
    unit = {"km": Unit.KM, "kilometres": Unit.KM, "kilometers": Unit.KM, "mi": Unit.MI, "miles": Unit.MI}.get(
        value.strip().lower()
    )
    if unit is None:
        return [ask_step(SetupStep.UNITS)]
    onboarding = turn.runner.onboarding_step is SetupStep.UNITS
    _update(turn, units=unit, onboarding_step=SetupStep.ZONE if onboarding else turn.runner.onboarding_step)
    if onboarding:
        return [zone_question(turn)]
    return [Reply(texts.setting_saved("distances in " + ("kilometres" if unit is Unit.KM else "miles")))]


def choose_zone(turn: Turn, value: str) -> list[Reply]:
    key = resolve_zone(value)
    if key is None:
        return [Reply(texts.zone_unknown(value), keyboards.zones())]
    onboarding = turn.runner.onboarding_step is SetupStep.ZONE
    _update(turn, tz=key, awaiting=None, onboarding_step=SetupStep.TIME if onboarding else turn.runner.onboarding_step)
    confirmed = Reply(texts.zone_confirmed(zone_label(key), turn.local_now))
    if onboarding:
        return [confirmed, ask_step(SetupStep.TIME)]
    _reschedule(turn)
    return [confirmed]


def choose_time(turn: Turn, value: str) -> list[Reply]:
    clock = parse_clock_time(value)
    if clock is None:
        return [Reply(texts.time_unknown(), keyboards.checkin_times())]
    mode = Mode.EVENING if clock >= EVENING_FROM else Mode.MORNING
    onboarding = turn.runner.onboarding_step is SetupStep.TIME
    _update(turn, checkin_time=clock, mode=mode, onboarding_step=None, awaiting=None)
    _reschedule(turn)
    done = [Reply(texts.setup_done(clock, mode, zone_label(turn.runner.tz)))] + _quiet_clash(turn)
    return done + _pending_club(turn) + safety.start_screen(turn, "onboarding") if onboarding else done


def _pending_club(turn: Turn) -> list[Reply]:
    """The club code the runner came with (``/join CODE`` or an invite link before /start), offered now."""
    code = turn.runner.pending_club
    if not code:
        return []
    turn.update(pending_club=None)
    return clubs.join(turn, code)


def choose_quiet(turn: Turn, value: str) -> list[Reply]:
    parts = value.replace("–", "-").replace(" to ", "-").split("-")
    times = [parse_clock_time(part) for part in parts] if len(parts) == 2 else [None]
    if None in times:
        return [Reply(texts.quiet_unknown())]
    start, end = times
    return set_quiet(turn, start, end)


def set_quiet(turn: Turn, start: dt.time, end: dt.time) -> list[Reply]:
    _update(turn, quiet_start=start, quiet_end=end, awaiting=None)
    return [Reply(texts.setting_saved(f"quiet hours {start:%H:%M}-{end:%H:%M}"))] + _quiet_clash(turn)


def _quiet_clash(turn: Turn) -> list[Reply]:
    """A check-in time inside the quiet hours is said, with a button for each way out."""
    r = turn.runner
    way_out = quiet_way_out(r.checkin_time, r.quiet_start, r.quiet_end)
    if way_out is None:
        return []
    quiet = (r.quiet_start, r.quiet_end)
    return [Reply(texts.quiet_clash(r.checkin_time, quiet), keyboards.quiet_way_out(*way_out))]


def choose_run_time(turn: Turn, value: str) -> list[Reply]:
    if value.strip().lower() in ("none", "off", "no", "varies"):
        _update(turn, run_time=None, awaiting=None)
        return [Reply(texts.setting_saved("no usual run time, so no warm-up reminders"))]
    clock = parse_clock_time(value)
    if clock is None:
        return [Reply(texts.time_unknown())]
    _update(turn, run_time=clock, awaiting=None)
    return [Reply(texts.setting_saved(f"usual run time {clock:%H:%M}; warm-up tips come half an hour before, when useful"))]


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def choose_summary_time(turn: Turn, value: str) -> list[Reply]:
    """``sun 18:00``: the day and time of the weekly summary."""
    day_word, _, time_text = value.strip().lower().partition(" ")
    clock = parse_clock_time(time_text)
    if day_word[:3] not in WEEKDAYS or clock is None:
        return [Reply(texts.summary_time_unknown())]
    _update(turn, summary_day=WEEKDAYS.index(day_word[:3]), summary_time=clock, awaiting=None)
    _reschedule(turn)
    return [Reply(texts.setting_saved(f"weekly summary on {day_word[:3].title()} at {clock:%H:%M}"))]


def show_settings(turn: Turn) -> list[Reply]:
    r = turn.runner
    summary = f"{WEEKDAYS[r.summary_day].title()} {r.summary_time:%H:%M}"
    text = texts.settings(r.units, zone_label(r.tz), r.checkin_time, r.mode, (r.quiet_start, r.quiet_end), r.run_time, summary)
    return [Reply(text, keyboards.settings())]


def start_setting(turn: Turn, what: str) -> list[Reply]:
    if what == SetupStep.UNITS:
        return [ask_step(SetupStep.UNITS)]
    if what not in SETTING_STEPS:
        return [Reply(texts.stale_button())]
    step = Awaiting(what)
    turn.update(awaiting=step)
    questions = {Awaiting.QUIET: texts.ask_quiet, Awaiting.RUN: texts.ask_run_time, Awaiting.SUMMARY: texts.ask_summary_time}
    if step in questions:
        return [Reply(questions[step]())]
    return [ask_step(SetupStep(step.value))]


def _update(turn: Turn, **fields: object) -> None:
    turn.update(**fields)


def _reschedule(turn: Turn) -> None:
    """A new zone or time takes effect from the next matching moment; a question already sent today is not repeated."""
    scheduling.schedule(turn.db, turn.runner, turn.now)
