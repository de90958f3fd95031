"""What a club message is and how it reaches members, for organisers' commands and the club jobs alike."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from coach import texts
from coach.digest import MemberWeek, club_digest
from coach.models import Unit
from handlers import outgoing
from handlers.replies import Reply
from storage import broadcasts, clubs, diary, nudges, outbox, runners

ORGANISERS = ("owner", "coach")
DIGEST_DAY = 0
DIGEST_TIME = dt.time(8, 0)


def reachable_members(db: Database, club_id: int, *, besides: int | None = None) -> list[clubs.Member]:
    return [m for m in clubs.members(db, club_id) if m.runner_id != besides and not m.unreachable]


def fan_out(db: Database, broadcast: broadcasts.Broadcast, *, now: dt.datetime, kind: str = "broadcast") -> int:
    """One copy per reachable member but the sender and one per linked group, queued with the confirmation.

    Members' copies wait for their quiet hours and pauses when they are sent; groups have neither.
    """
    recipients = reachable_members(db, broadcast.club_id, besides=broadcast.runner_id)
    for member in recipients:
        outgoing.enqueue(db, [Reply(broadcast.text)], channel=member.channel, chat_id=member.chat_id,
                         runner_id=member.runner_id, key=f"broadcast:{broadcast.id}:runner:{member.runner_id}",
                         now=now, kind=kind, priority=outgoing.BULK, gentle_after=now, broadcast_id=broadcast.id)
    for group in clubs.groups_of(db, broadcast.club_id):
        outgoing.enqueue(db, [Reply(broadcast.text)], channel="telegram", chat_id=group, runner_id=None,
                         key=f"broadcast:{broadcast.id}:group:{group}", now=now, kind=kind,
                         priority=outgoing.BULK, broadcast_id=broadcast.id)
    broadcasts.mark_confirmed(db, broadcast.id, now=now, report=kind == "broadcast")
    return len(recipients)


def club_digest_text(db: Database, found: clubs.Club, today: dt.date, unit: Unit) -> str:
    """Last week in the club, built only from what members agreed to share."""
    week_end = today - dt.timedelta(days=1)
    weeks = []
    for m in clubs.members(db, found.id):
        entries = diary.entries_between(db, m.runner_id, week_end - dt.timedelta(days=13), week_end)
        episode = nudges.open_episode(db, m.runner_id) if m.share_aggregate else None
        weeks.append(MemberWeek(
            name=m.display_name or f"Member {m.runner_id}", shares_aggregate=m.share_aggregate,
            shares_summary=m.share_summary,
            week=[e for e in entries if e.date > week_end - dt.timedelta(days=7)],
            last_week=[e for e in entries if e.date <= week_end - dt.timedelta(days=7)],
            episode=episode.family if episode else None,
        ))
    return club_digest(found.name, week_end, weeks, unit)


def report_finished(db: Database, now: dt.datetime) -> None:
    """Queue a delivery report to the sender of every broadcast whose copies have all settled."""
    for broadcast in broadcasts.finished_unreported(db):
        with db.atomic():
            counts = outbox.broadcast_counts(db, broadcast.id)
            failures = outbox.broadcast_failures(db, broadcast.id)
            sender = runners.maybe_runner(db, broadcast.runner_id)
            broadcasts.mark_reported(db, broadcast.id)
            if sender is None:
                continue
            club = clubs.get_club(db, broadcast.club_id)
            text = texts.delivery_report(club.name, counts, [f["last_error"] or f["status"] for f in failures])
            outgoing.enqueue(db, [Reply(text)], channel=sender.channel, chat_id=sender.chat_id, runner_id=sender.id,
                             key=f"report:{broadcast.id}", now=now, kind="report")
