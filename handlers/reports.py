"""Weekly summaries, the chart, and the runner's exports (CSV, JSON, PDF), on demand and on Sundays."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from sqlite_utils import Database

from coach import arguments, files, texts, weeks
from coach.models import Mode, Runner
from coach.nudges.rules import RULE_BY_ID
from coach.summary import summary_text, weekly_rows, weekly_summary
from handlers import safety
from handlers.render_pool import Maker
from handlers.replies import Attachment, Reply
from handlers.turn import Turn
from coach.zones import tzinfo_for
from storage import diary, export, nudges, prompts, redflags, runners

HISTORY = dt.timedelta(weeks=13)
PDF_WEEKS = 8


def week_ending(day: dt.date) -> dt.date:
    """The Sunday that ends the Monday-Sunday week holding ``day``."""
    return day + dt.timedelta(days=6 - day.weekday())


def summary(turn: Turn, args: str) -> list[Reply]:
    """``/summary`` (this week so far), ``/summary last``, ``/summary 8`` (an 8-week chart)."""
    choice = arguments.summary(args)
    if isinstance(choice, arguments.Refusal):
        return [Reply(texts.summary_usage())]
    end = week_ending(turn.today) - dt.timedelta(days=7 if choice.last_week else 0)
    return [summary_reply(turn.db, turn.runner, end, today=turn.today, weeks=choice.weeks, name=turn.name)]


def period_start(db: Database, runner: Runner, last: dt.date, weeks: int) -> dt.date:
    """The first day a chart or report shows: ``weeks`` weeks back, or the first logged day when later."""
    first = last - dt.timedelta(weeks=weeks) + dt.timedelta(days=1)
    logged = diary.first_date(db, runner.id)
    return logged if logged is not None and first < logged <= last else first


def file_stem(runner: Runner, name: str | None) -> str:
    """Who a file is about, safe in a file name: the runner's first name as the channel gives it, else their number."""
    slug = "-".join("".join(c for c in word if c.isascii() and c.isalnum()) for word in (name or "").split()[:2]).lower()
    slug = slug.strip("-")[:20]
    return f"lumbar-{slug}" if slug else f"lumbar-runner-{runner.id}"


def summary_reply(db: Database, runner: Runner, week_end: dt.date, *, today: dt.date, weeks: int = 4,
                  name: str | None = None) -> Reply:
    entries = diary.entries_between(db, runner.id, week_end - HISTORY, week_end)
    logged = nudges.logged_between(db, runner.id, week_end - dt.timedelta(weeks=weeks), week_end)
    sent = [n for n in logged if n.status == "sent"]
    this_week = [n for n in sent if n.date > week_end - dt.timedelta(days=7)]
    notes = safety.notes_between(db, runner.id, week_end - dt.timedelta(days=6), week_end)
    result = weekly_summary(
        entries, week_end, unit=runner.units, nudges=[_nudge_label(n) for n in this_week], today=today,
        mode=runner.mode, safety=notes,
    )
    last = min(week_end, today)
    first = period_start(db, runner, last, weeks)
    chart = Attachment(f"{file_stem(runner, name)}-chart-{first}-to-{last}.png", "chart",
                       {"runner": runner.id, "last": last.isoformat(), "weeks": weeks, "first": first.isoformat()},
                       photo=True)
    return Reply(summary_text(result), files=(chart,))


def weekly_if_due(db: Database, runner: Runner, now: dt.datetime) -> Reply | None:
    """The summary of a diary week that has just become complete, once: after the answer that closes it
    (Monday's about Sunday in the morning check-in, Sunday's in the evening one) or when that
    check-in's window is over."""
    tz = tzinfo_for(runner.tz)
    local_now = now.astimezone(tz).replace(tzinfo=None)
    today = local_now.date()
    entries = diary.entries_between(db, runner.id, today - dt.timedelta(days=9), today)
    week_end = weeks.summary_due(runner.mode, local_now, runner.checkin_time, entries,
                                 not_before=(runner.summary_day, runner.summary_time))
    if week_end is None or runner.is_paused(today) or _before_sign_up(runner, week_end, tz):
        return None
    if not prompts.record_prompt(db, runner.id, week_end, sent=now, kind="summary"):
        return None
    return summary_reply(db, runner, week_end, today=today)


def _before_sign_up(runner: Runner, week_end: dt.date, tz: dt.tzinfo) -> bool:
    return runner.consented_at is not None and week_end < runner.consented_at.astimezone(tz).date()


def export_files(turn: Turn, args: str) -> list[Reply]:
    """``/export``: the whole diary as CSV and JSON; ``/export pdf``: a one-page report for a physio."""
    head, _, named = args.strip().partition(" ")
    chosen = arguments.export_format(head)
    if named.strip() and chosen != "pdf":
        return [Reply(texts.export_usage())]
    if chosen == "pdf":
        name = named.strip()[:40] or turn.name
        return [Reply(texts.export_pdf_ready(), files=(pdf_attachment(turn.db, turn.runner, turn.today, name=name),))]
    if chosen != "files":
        return [Reply(texts.export_usage())]
    return [Reply(texts.export_ready(), files=(csv_attachment(turn.db, turn.runner), json_attachment(turn.db, turn.runner, turn.now)))]


def csv_attachment(db: Database, runner: Runner, first: dt.date = dt.date.min) -> Attachment:
    return Attachment("lumbar-diary.csv", "csv", {"runner": runner.id, "first": first.isoformat()})


def json_attachment(db: Database, runner: Runner, now: dt.datetime) -> Attachment:
    return Attachment("lumbar-export.json", "json", {"runner": runner.id, "now": now.isoformat()})


def pdf_attachment(db: Database, runner: Runner, today: dt.date, weeks: int = PDF_WEEKS,
                   name: str | None = None) -> Attachment:
    """The physio report of ``weeks`` weeks (from the first logged day when later), naming the runner."""
    first = period_start(db, runner, today, weeks)
    return Attachment(f"{file_stem(runner, name)}-report-{first}-to-{today}.pdf", "pdf",
                      {"runner": runner.id, "today": today.isoformat(), "weeks": weeks, "first": first.isoformat(),
                       "name": name})


# The drainer draws a file with render_pool.render(prepare(db, attachment)): in a worker process, one per
# core. It has one message in flight per chat and draws that message's files one after another, so one
# runner never has two files drawn at the same time.


def prepare(db: Database, attachment: Attachment) -> Maker:
    """Read what a file needs now (on the event loop, where the database lives) and return the slow part,
    the drawing, to run off the loop: a function of ``coach.files`` bound to plain data, so that it pickles
    for a worker process. A recipe whose runner was erased makes an empty file."""
    runner = runners.maybe_runner(db, int(attachment.params.get("runner", 0)))
    if runner is None:
        return files.nothing
    return _RECIPES[attachment.recipe](db, runner, attachment.params)


def _chart(db: Database, runner: Runner, params: dict) -> Maker:
    last, weeks = dt.date.fromisoformat(params["last"]), int(params["weeks"])
    since = dt.date.fromisoformat(params["first"]) if params.get("first") else None
    entries = diary.entries_between(db, runner.id, last - HISTORY, last)
    nudged = {n.date for n in nudges.logged_between(db, runner.id, last - dt.timedelta(weeks=weeks), last)
              if n.status == "sent"}
    return partial(files.diary_chart, entries, last, unit=runner.units, weeks=weeks, nudge_days=nudged, since=since,
                   morning=runner.mode is Mode.MORNING)


def _csv(db: Database, runner: Runner, params: dict) -> Maker:
    first = dt.date.fromisoformat(params.get("first", dt.date.min.isoformat()))
    entries = diary.entries_between(db, runner.id, first, dt.date.max)
    return partial(files.csv_file, entries, runner.units)


def _json(db: Database, runner: Runner, params: dict) -> Maker:
    data = export.dump_runner(db, runner.id, now=dt.datetime.fromisoformat(params["now"]))
    return partial(files.json_file, data)


def _pdf(db: Database, runner: Runner, params: dict) -> Maker:
    last, weeks = dt.date.fromisoformat(params["today"]), int(params["weeks"])
    first = dt.date.fromisoformat(params["first"]) if params.get("first") else period_start(db, runner, last, weeks)
    entries = diary.entries_between(db, runner.id, first - dt.timedelta(days=35), last)
    logged = [n for n in nudges.logged_between(db, runner.id, first, last) if n.status == "sent"]
    label = latin_name(params.get("name")) or f"Runner #{runner.id}"
    morning = runner.mode is Mode.MORNING
    flags = [
        (dt.date.fromisoformat(a["local_date"]), a["tier"], a["answer"])
        for a in redflags.answers_between(db, runner.id, first, last)
    ]
    mentioned = [n for n in safety.notes_between(db, runner.id, first, last) if n.words]

    chart = partial(files.diary_chart, entries, last, unit=runner.units, weeks=weeks,
                    nudge_days={n.date for n in logged}, since=first, morning=morning)
    return partial(
        files.pdf_file, chart, runner_label=label, first=first, last=last, unit=runner.units, zone=runner.tz,
        entries=[e for e in entries if e.date >= first], weeks=weekly_rows(entries, first, last, runner.units),
        redflag_answers=flags, symptoms=[(n.date, n.text, n.words) for n in mentioned],
        nudges=[(n.date, _tip_name(n.rule_id), n.why) for n in logged], generated_on=last, morning=morning,
    )


_RECIPES: dict[str, Callable[[Database, Runner, dict], Maker]] = {
    "chart": _chart, "csv": _csv, "json": _json, "pdf": _pdf,
}


def _tip_name(rule_id: str) -> str:
    """A tip's name in words ("Run much longer than usual"), never its rule id."""
    rule = RULE_BY_ID.get(rule_id)
    return rule.name if rule else texts.logged_tip_name(rule_id)


def latin_name(name: object) -> str:
    return " ".join(str(name).split())[:40] if name else ""


def _nudge_label(logged: nudges.LoggedNudge) -> str:
    return f"{texts.day_label(logged.date)}: {_tip_name(logged.rule_id).lower()}"
