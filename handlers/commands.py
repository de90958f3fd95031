"""The slash commands a runner can type on any channel, and the list that ``/help`` and Telegram's menu show."""

from __future__ import annotations

import datetime as dt

from coach import texts
from handlers import checkin, clubs, daily, keyboards, nudging, onboarding, reports
from handlers.replies import Reply
from handlers.turn import Turn
from storage import clubs as clubs_store
from storage import diary, erase, runners

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
    ("pause", "no questions for a while: /pause 7"),
    ("resume", "start the daily questions again"),
    ("stop", "stop all questions"),
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
        return [onboarding.ask_step(runner.onboarding_step)]
    if not runner.active:
        turn.runner = runners.update_runner(turn.db, runner.id, now=turn.now, active=True)
    daily.schedule(turn.db, turn.runner, turn.now)
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
    if not entries:
        return [Reply(texts.history_empty())]
    return [Reply(texts.history(entries, first, last, turn.runner.units), table=True)]


def undo(turn: Turn, args: str) -> list[Reply]:
    changes = diary.undo_last_change(turn.db, turn.runner.id, now=turn.now)
    if not changes:
        return [Reply(texts.nothing_to_undo())]
    return [Reply(texts.undone([(c.date, c.after) for c in changes], turn.runner.units))]


def pause(turn: Turn, args: str) -> list[Reply]:
    args = args.strip()
    if not args:
        until = dt.date.max
    elif args.isdigit() and 1 <= int(args) <= MAX_PAUSE_DAYS:
        until = turn.today + dt.timedelta(days=int(args))
    else:
        return [Reply(texts.pause_bad_days(MAX_PAUSE_DAYS))]
    runners.update_runner(turn.db, turn.runner.id, now=turn.now, paused_until=until, awaiting=None)
    return [Reply(texts.paused(until))]


def resume(turn: Turn, args: str) -> list[Reply]:
    runner = turn.runner
    if runner.paused_until is None and runner.active:
        return [Reply(texts.not_paused())]
    turn.runner = runners.update_runner(turn.db, runner.id, now=turn.now, paused_until=None, active=True)
    due = daily.schedule(turn.db, turn.runner, turn.now)
    return [Reply(texts.resumed(due.astimezone(turn.tz)))]


def stop(turn: Turn, args: str) -> list[Reply]:
    runners.update_runner(turn.db, turn.runner.id, now=turn.now, active=False, awaiting=None)
    return [Reply(texts.stopped())]


def privacy(turn: Turn, args: str) -> list[Reply]:
    count = len(diary.entries_between(turn.db, turn.runner.id, dt.date.min, dt.date.max))
    replies = [Reply(texts.privacy(count, turn.runner.consented_at))]
    return replies + (clubs.share(turn, "") if clubs_store.clubs_of(turn.db, turn.runner.id) else [])


def delete(turn: Turn, args: str) -> list[Reply]:
    return [Reply(texts.confirm_delete(), keyboards.confirm_delete())]


def delete_confirmed(turn: Turn) -> list[Reply]:
    erase.erase_runner(turn.db, turn.runner)
    return [Reply(texts.deleted())]


def settings(turn: Turn, args: str) -> list[Reply]:
    return onboarding.show_settings(turn)


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
