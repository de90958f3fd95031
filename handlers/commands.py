"""The slash commands a runner can type on any channel, and the list that ``/help`` and Telegram's menu show."""

from __future__ import annotations

import datetime as dt

from coach import arguments, symptoms, texts
from coach.models import SETTING_STEPS
from handlers import (
    checkin, clubs, keyboards, nudging, offers, onboarding, outgoing, reports, safety, scheduling,
)
from handlers.replies import Reply, paged
from handlers.turn import Turn
from storage import clubs as clubs_store
from storage import diary, erase, identities, outbox, runners

HISTORY_DAYS = 14
MAX_PAUSE_DAYS = 365

COMMANDS: list[tuple[str, str]] = [
    ("checkin", "answer today's two questions now"),
    ("history", "your last 14 days"),
    ("undo", "take back your last answer"),
    ("summary", "this week so far, with a chart: /summary last"),
    ("export", "your diary as CSV and JSON; /export pdf for a physio"),
    ("why", "the numbers behind my last tip"),
    ("nudges", "tips on or off: /nudges off 7d"),
    ("club", "your running clubs; /club new <name> creates one"),
    ("join", "join a club: /join <code>"),
    ("leave", "leave a club"),
    ("broadcast", "organisers: send a message to the club"),
    ("remind", "organisers: scheduled club reminders"),
    ("digest", "organisers: this week in your club"),
    ("share", "what you share with your clubs"),
    ("settings", "units, time zone, check-in time, quiet hours"),
    ("cancel", "leave a setting as it is"),
    ("pause", "no questions for a while: /pause 7"),
    ("resume", "start the daily questions again"),
    ("stop", "stop all questions"),
    ("link", "one diary on Telegram and SMS: /link gives a code"),
    ("privacy", "what I keep about you"),
    ("delete", "erase everything about you"),
    ("help", "how to talk to me"),
    ("start", "set up, or start again after /stop"),
]


def help_(turn: Turn | None, args: str) -> list[Reply]:
    return [Reply(texts.help_text(COMMANDS))]


def start(turn: Turn, args: str) -> list[Reply]:
    runner = turn.runner
    if args.strip().startswith("club_") and not runner.onboarding_step:
        return clubs.join(turn, args.strip())
    if runner.onboarding_step:
        code = arguments.code(args) if args.strip().startswith("club_") else None
        if isinstance(code, str):
            turn.update(pending_club=code)
        return [onboarding.ask_step(runner.onboarding_step)]
    if not runner.active:
        turn.update(active=True)
    scheduling.schedule(turn.db, turn.runner, turn.now)
    return [Reply(texts.welcome_back(runner.checkin_time))]


def checkin_now(turn: Turn, args: str) -> list[Reply]:
    question = checkin.next_question(turn)
    if question is None:
        return [Reply(texts.thanks_done())]
    return [question]


def history(turn: Turn, args: str) -> list[Reply]:
    last = turn.today
    first = last - dt.timedelta(days=HISTORY_DAYS - 1)
    entries = diary.entries_between(turn.db, turn.runner.id, first, last)
    notes = safety.notes_between(turn.db, turn.runner.id, first, last)
    if not entries and not notes:
        return [Reply(texts.history_empty())]
    return paged(texts.history(entries, first, last, turn.runner.units, notes), table=True)


def undo(turn: Turn, args: str) -> list[Reply]:
    changes = diary.undo_last_change(turn.db, turn.runner.id, now=turn.now)
    if not changes:
        return [Reply(texts.nothing_to_undo())]
    return [Reply(texts.undone([(c.date, c.after) for c in changes], turn.runner.units))]


def pause(turn: Turn, args: str) -> list[Reply]:
    days = arguments.pause_days(args, MAX_PAUSE_DAYS)
    if isinstance(days, arguments.Refusal):
        return [Reply(texts.pause_bad_days(MAX_PAUSE_DAYS))]
    until = turn.today + dt.timedelta(days=days) if days else None
    turn.update(paused=True, paused_until=until, awaiting=None)
    return [Reply(texts.paused(until))]


def resume(turn: Turn, args: str) -> list[Reply]:
    runner = turn.runner
    if not runner.is_paused(turn.today) and runner.active:
        return [Reply(texts.not_paused())]
    turn.update(paused=False, paused_until=None, active=True)
    outbox.release_held(turn.db, runner.id, turn.now)
    due = scheduling.schedule(turn.db, turn.runner, turn.now)
    return [Reply(texts.resumed(due.astimezone(turn.tz)))]


def stop(turn: Turn, args: str) -> list[Reply]:
    turn.update(active=False, awaiting=None)
    return [Reply(texts.stopped())]


def privacy(turn: Turn, args: str) -> list[Reply]:
    count = len(diary.entries_between(turn.db, turn.runner.id, dt.date.min, dt.date.max))
    agreed = turn.runner.consented_at.astimezone(turn.tz).date() if turn.runner.consented_at else None
    seen = [(club.name, m.display_name, m.share_aggregate, m.share_summary)
            for club, _ in clubs_store.clubs_of(turn.db, turn.runner.id)
            for m in clubs_store.members(turn.db, club.id) if m.runner_id == turn.runner.id]
    replies = paged(texts.privacy(count, agreed, seen))
    return replies + (clubs.share(turn, "") if clubs_store.clubs_of(turn.db, turn.runner.id) else [])


def delete(turn: Turn, args: str) -> list[Reply]:
    buttons = ((offers.button(turn, "Yes, erase everything", "erase"), keyboards.dismiss("No, keep it", "erase")),)
    owned = [c.name for c, _ in clubs_store.clubs_of(turn.db, turn.runner.id, ("owner",))]
    return [Reply(texts.confirm_delete(owned), buttons)]


def delete_confirmed(turn: Turn) -> list[Reply]:
    erase.erase_runner(turn.db, turn.runner)
    symptoms.forget()
    outgoing.forget()
    return [Reply(texts.deleted())]


def link(turn: Turn, args: str) -> list[Reply]:
    """``/link``: a code for the runner's other channel. A chat that has its own diary cannot join another."""
    if args.strip():
        return [Reply(texts.link_own_diary())]
    return [Reply(texts.link_code(identities.new_link_code(turn.db, turn.runner.id, now=turn.now)))]


def link_redeem(db, channel: str, chat_id: str, code: str, now: dt.datetime) -> list[Reply]:
    """``/link 123456`` (``LINK 123456`` by SMS) from a chat with no diary yet: it joins the diary that asked."""
    if identities.link_guessing_capped(db, channel, chat_id, now=now):
        return [Reply(texts.link_tries_used())]
    runner_id = identities.redeem_link_code(db, code, now=now)
    if runner_id is None:
        identities.wrong_link_code(db, channel, chat_id, now=now)
        return [Reply(texts.link_code_unknown())]
    identities.add(db, channel, chat_id, runner_id, now=now)
    return [Reply(texts.link_done(runners.get_runner(db, runner_id).channel))]


def settings(turn: Turn, args: str) -> list[Reply]:
    return onboarding.show_settings(turn)


def cancel(turn: Turn, args: str) -> list[Reply]:
    """Leave a setting's question unanswered; nothing else is open to cancel."""
    if turn.runner.awaiting in SETTING_STEPS:
        turn.update(awaiting=None)
        return [Reply(texts.setting_cancelled())]
    if turn.runner.onboarding_step:
        return [onboarding.ask_step(turn.runner.onboarding_step)]
    return [Reply(texts.nothing_to_cancel())]


HANDLERS = {
    "start": start,
    "help": help_,
    "checkin": checkin_now,
    "history": history,
    "undo": undo,
    "pause": pause,
    "resume": resume,
    "stop": stop,
    "privacy": privacy,
    "delete": delete,
    "settings": settings,
    "link": link,
    "cancel": cancel,
    "summary": reports.summary,
    "export": reports.export_files,
    "why": nudging.why,
    "join": clubs.join,
    "leave": clubs.leave,
    "broadcast": clubs.broadcast,
    "remind": clubs.remind,
    "digest": clubs.digest,
    "share": clubs.share,
    "nudges": nudging.mute,
}
