"""The daily check-in: asking the two questions, reading answers, saving them and confirming."""

from __future__ import annotations

import datetime as dt

from coach import symptoms, texts
from coach.checkins import ONE_DAY, ONE_WEEK, Placement, distance_date, place, run_not_yet, within_backfill
from coach.models import KM_PER_MILE, Awaiting, Entry, Unit
from coach.parsing import MAX_PLAUSIBLE_KM, MAX_RECORDABLE_KM, CheckinReply, ParseProblem, parse_checkin
from handlers import keyboards, nudging, offers, reports, safety
from handlers.replies import Reply
from handlers.turn import Turn
from storage import diary, prompts


def next_question(turn: Turn, *, lead: str | None = None) -> Reply | None:
    """Ask whichever half of today's check-in is still unknown, or None when both are in."""
    runner = turn.runner
    today = turn.today
    run_day = distance_date(runner.mode, today)
    entries = {e.date: e for e in diary.entries_between(turn.db, runner.id, min(run_day, today), today)}
    today_entry, run_entry = entries.get(today), entries.get(run_day)
    prefix = f"{lead}\n" if lead else ""
    pain = today_entry is None or today_entry.pain is None
    distance = run_entry is None or run_entry.distance_km is None
    sms = texts.sms_question(runner.mode, runner.units, pain=pain, distance=distance)
    if pain:
        _await(turn, Awaiting.PAIN, today)
        return Reply(prefix + texts.ask_pain(runner.mode), keyboards.pain(today), sms=sms)
    if distance:
        _await(turn, Awaiting.DISTANCE, run_day)
        return Reply(prefix + texts.ask_distance(runner.mode, run_day), keyboards.distance(run_day, runner.units),
                     sms=sms)
    return None


def on_text(turn: Turn, text: str, *, explain_problems: bool = True) -> list[Reply]:
    expect = turn.runner.awaiting if turn.runner.awaiting in (Awaiting.PAIN, Awaiting.DISTANCE) else None
    answer = parse_checkin(
        text, today=turn.today, unit=turn.runner.units, backfill_days=turn.backfill_days, expect=expect
    )
    if isinstance(answer, ParseProblem):
        if not explain_problems:
            return []
        return safety.under_unread_words(text, [Reply(answer.message)])
    signs = safety.beside_a_checkin(text)
    if answer.weekday and answer.date and answer.distance_km is not None and \
            run_not_yet(answer.date, turn.runner.mode, turn.today):
        replies = which_day(turn, answer, text.strip())
        return safety.with_warning_signs(replies) if signs else replies
    return save(turn, _placements(turn, answer), text=text.strip(), follow_up=answer.date is None, signs=signs)


def which_day(turn: Turn, answer: CheckinReply, text: str) -> list[Reply]:
    """ "mon 2 rest" on a Monday morning: this morning's check-in, or last Monday? Asked with two buttons,
    each a grant holding its placements; with last week out of reach, it is this morning's check-in."""
    this_morning = place(pain=answer.pain, distance_km=answer.distance_km, named_date=None, mode=turn.runner.mode,
                         today=turn.today, distance_value=answer.distance_value, distance_unit=answer.unit)
    last_week = turn.today - ONE_WEEK
    if not within_backfill(last_week, turn.today, turn.backfill_days):
        return save(turn, this_morning, text=text)
    week_ago = place(pain=answer.pain, distance_km=answer.distance_km, named_date=last_week, mode=turn.runner.mode,
                     today=turn.today, distance_value=answer.distance_value, distance_unit=answer.unit)
    now = offers.button(turn, texts.this_checkin_label(), "day", placements=[_placement_payload(p) for p in this_morning],
                        text=text, follow_up=True)
    then = offers.button(turn, texts.day_label(last_week), "day", placements=[_placement_payload(p) for p in week_ago],
                         text=text, follow_up=False)
    entries = [Entry(p.date, p.pain, p.distance_km, distance_value=p.distance_value, distance_unit=p.distance_unit)
               for p in this_morning]
    return [Reply(texts.which_day(turn.today, entries, last_week, turn.runner.units), ((now, then),))]


def on_day_chosen(turn: Turn, payload: list[dict], text: str | None, follow_up: bool) -> list[Reply]:
    """One of the two readings of a weekday name pressed: saved as if typed so (a big distance still asks)."""
    placements = _from_payload(turn, payload)
    if placements is None:
        return [Reply(texts.stale_button())]
    return save(turn, placements, text=text, follow_up=follow_up)


def beside_symptoms(turn: Turn, text: str) -> list[Reply]:
    """The check-in in a message that also describes a symptom, saved only where it reads without guessing.

    Clauses about the symptom are left out first, so "fell off a ladder on Sunday" never becomes a rest
    day on Sunday and "temperature 39" is never a pain score. No tips or questions follow a safety answer.
    """
    expect = turn.runner.awaiting if turn.runner.awaiting in (Awaiting.PAIN, Awaiting.DISTANCE) else None
    options = dict(today=turn.today, unit=turn.runner.units, backfill_days=turn.backfill_days, expect=expect)
    part = parse_checkin(symptoms.remainder(text), **options)
    if isinstance(part, CheckinReply):
        return save(turn, _placements(turn, part), text=text.strip(), follow_up=False, coach=False)
    if isinstance(parse_checkin(text, **options), CheckinReply):
        return [Reply(texts.nothing_saved_with_symptoms())]
    return []


def on_pain_button(turn: Turn, day: dt.date, pain: int) -> list[Reply]:
    if not (0 <= pain <= 10) or not within_backfill(day, turn.today, turn.backfill_days):
        return [Reply(texts.stale_button())]
    return save(turn, [Placement(day, pain=pain)])


def on_distance_button(turn: Turn, day: dt.date, value: str, unit: Unit) -> list[Reply]:
    km = round(float(value) * KM_PER_MILE, 3) if unit is Unit.MI else float(value)
    if not (0 <= km <= MAX_PLAUSIBLE_KM) or not within_backfill(day, turn.today, turn.backfill_days):
        return [Reply(texts.stale_button())]
    return save(turn, [Placement(day, distance_km=km, distance_value=float(value), distance_unit=unit)])


def save(
    turn: Turn, placements: list[Placement], *, text: str | None = None, confirmed: bool = False, follow_up: bool = True,
    coach: bool = True, signs: bool = False,
) -> list[Reply]:
    """Save one message's answers whole, and answer in one message: what was saved, the tip the numbers
    call for, and what today's check-in still lacks (or thanks). A distance that needs a confirm holds
    back the whole message until it comes; a backfill for a named date is not followed by today's questions.
    ``signs``: the message also used the words of the warning signs, which are named under what was saved.
    """
    if not confirmed and any(p.distance_km is not None and p.distance_km > MAX_PLAUSIBLE_KM for p in placements):
        confirm = [_confirm_whole(turn, placements, text)]
        return safety.with_warning_signs(confirm) if signs else confirm
    lines = []
    for placement in placements:
        change = diary.save_entry(
            turn.db, turn.runner.id, placement.date, now=turn.now, batch=turn.batch,
            pain=placement.pain, distance_km=placement.distance_km, text=text,
            distance_value=placement.distance_value, distance_unit=placement.distance_unit,
        )
        lines.append(texts.change_said(change.before, change.after, turn.runner.units))
    if signs:
        lines.append(texts.unread_words_safety_net())
    parts = [Reply("\n".join(lines))]
    screen: list[Reply] = []
    if coach and any(p.date in (turn.today, turn.today - ONE_DAY) for p in placements):
        tips, screen = nudging.after_checkin(turn)
        parts += tips
    if follow_up and not screen and any(p.date in (turn.today, distance_date(turn.runner.mode, turn.today))
                                        for p in placements):
        parts += _follow_up(turn)
    weekly = reports.weekly_if_due(turn.db, turn.runner, turn.now) if coach else None
    return [merged(parts)] + screen + ([weekly] if weekly else [])


def merged(parts: list[Reply]) -> Reply:
    """Several things said at once as one message: one message per check-in is kinder to the runner, and
    to the one-a-second limit of a chat."""
    return Reply("\n\n".join(p.text for p in parts if p.text),
                 tuple(row for p in parts for row in p.buttons), sms=_sms_of(parts))


def _sms_of(parts: list[Reply]) -> str | None:
    if all(p.sms is None for p in parts):
        return None
    return "\n".join(text for p in parts if (text := p.text if p.sms is None else p.sms))


def _confirm_whole(turn: Turn, placements: list[Placement], text: str | None) -> Reply:
    """Nothing of the message is saved until the runner says the big distance is right."""
    big = next(p for p in placements if p.distance_km is not None and p.distance_km > MAX_PLAUSIBLE_KM)
    payload = [_placement_payload(p) for p in placements]
    save_it = offers.button(turn, "Yes, save it", "save", placements=payload, text=text)
    return Reply(texts.confirm_big_distance(big.distance_km, turn.runner.units, big.distance_unit),
                 ((save_it, keyboards.dismiss("No", "save")),))


def _placement_payload(p: Placement) -> dict:
    return {"date": p.date.isoformat(), "pain": p.pain, "km": p.distance_km, "value": p.distance_value,
            "unit": p.distance_unit.value if p.distance_unit else None}


def on_confirmed(turn: Turn, payload: list[dict], text: str | None) -> list[Reply]:
    """The confirm of a message that held a big distance: all of it is saved now, as one change."""
    placements = _from_payload(turn, payload)
    if placements is None:
        return [Reply(texts.stale_button())]
    return save(turn, placements, text=text, confirmed=True)


def _from_payload(turn: Turn, payload: list[dict]) -> list[Placement] | None:
    """A grant's placements, or None when empty or no longer possible (the backfill window has moved)."""
    placements = [
        Placement(dt.date.fromisoformat(p["date"]), p.get("pain"), p.get("km"), p.get("value"),
                  Unit(p["unit"]) if p.get("unit") else None)
        for p in payload
    ]
    valid = all(within_backfill(p.date, turn.today, turn.backfill_days) and
                (p.distance_km is None or 0 <= p.distance_km < MAX_RECORDABLE_KM) and
                (p.pain is None or 0 <= p.pain <= 10) for p in placements)
    return placements if placements and valid else None


def _follow_up(turn: Turn) -> list[Reply]:
    """Ask for the missing half of today's check-in; say thanks once, when the day's question is fully answered."""
    turn.defer(awaiting=None, awaiting_date=None)
    question = next_question(turn)
    turn.flush()
    if question is not None:
        return [question]
    prompt = prompts.get_prompt(turn.db, turn.runner.id, turn.today)
    if prompt is None or prompt.answered is not None:
        return []
    prompts.mark_answered(turn.db, turn.runner.id, turn.today, turn.now)
    return [Reply(texts.thanks_done(), sms=texts.thanks_done_sms())]


def _placements(turn: Turn, answer: CheckinReply) -> list[Placement]:
    """An answer to the question just asked goes to that question's date; anything else is placed by mode."""
    runner = turn.runner
    if answer.date is None and runner.awaiting_date is not None:
        if runner.awaiting is Awaiting.PAIN and answer.distance_km is None:
            return [Placement(runner.awaiting_date, pain=answer.pain)]
        if runner.awaiting is Awaiting.DISTANCE and answer.pain is None:
            return [Placement(runner.awaiting_date, distance_km=answer.distance_km,
                              distance_value=answer.distance_value, distance_unit=answer.unit)]
    return place(
        pain=answer.pain, distance_km=answer.distance_km, named_date=answer.date, mode=runner.mode, today=turn.today,
        distance_value=answer.distance_value, distance_unit=answer.unit
    )


def _await(turn: Turn, what: Awaiting, day: dt.date) -> None:
    """Note which answer the runner's next message gives; unwritten when it is noted already (a reminder
    of the question asked this morning), as every change to it goes through a turn read in this transaction."""
    if turn.deferred or (turn.runner.awaiting, turn.runner.awaiting_date) != (what, day):
        turn.update(awaiting=what, awaiting_date=day)
