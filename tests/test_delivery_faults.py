"""Delivery under faults, through the real Application against the fake Bot API, with the manual clock.

Issue 10's promises: a transient failure of the Bot API (HTTP 500, a request that times out, refused
connections) loses nothing and duplicates nothing once it recovers, whatever the kind of message; a
403 stops every kind of message to that runner until they write again; the pacing keeps Telegram's
limits while a broadcast and daily questions go out together; a flooding chat and a spamming group do
not hold up anyone else. Backoff is counted on the injected clock, so the tests move the clock instead
of sleeping; only a request that hangs past the bot's read timeout costs real seconds.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import time
from collections import Counter
from contextlib import asynccontextmanager

import pytest

from bot.app import build_application, start, stop
from bot.config import Settings
from coach import texts as words
from handlers.jobs.outbox import MAX_BACKOFF
from handlers.scheduling import schedule
from storage import clubs, open_db, runners
from tests.conftest import drained
from tests.fake_telegram import TOKEN, Limits, api_error
from tests.helpers import TelegramRunner

UTC = dt.timezone.utc
SUNDAY = dt.date(2026, 11, 22)
READ_TIMEOUT = 10  # bot/app.py: .read_timeout(10)
NO_QUIET = {"quiet_start": dt.time(0, 0), "quiet_end": dt.time(0, 0)}


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=UTC)


def db_of(application):
    return application.bot_data["conversation"].db


async def until(done, *, timeout: float = 10.0, what: str = "", tg=None) -> float:
    """Poll ``done()`` every 20 ms; how long it took. Fails with the fake's recent calls."""
    began = time.monotonic()
    while not done():
        if time.monotonic() - began > timeout:
            raise AssertionError(f"no {what} after {timeout:.0f} s\n{tg.dump(30) if tg else ''}")
        await asyncio.sleep(0.02)
    return time.monotonic() - began


async def sweep(application) -> None:
    """The minute sweep job at the manual clock's time (it only queues; the drainer sends)."""
    [job] = application.job_queue.get_jobs_by_name("sweep")
    await job.run(application)


async def settle(application, timeout: float = 20.0) -> None:
    """Every message due at the manual clock's time has been tried (sent, or failed and put back for later)."""
    await drained(application, timeout=timeout)


def seen(tg, chat_id: int, method: str = "sendMessage") -> list[str]:
    """What a person has on their screen: the accepted messages in that chat, in order."""
    return [c.text or "" for c in tg.delivered(chat_id, method)]


def attempts(tg, chat_id: int) -> list:
    """Every send the bot tried to that chat, accepted or not (or still hanging)."""
    return [c for c in tg.calls if c.method in ("sendMessage", "sendPhoto", "sendDocument")
            and str(c.chat_id) == str(chat_id)]


def accepted(tg, chat_id: int) -> list:
    """The messages and files that reached the person, in order."""
    return [c for c in attempts(tg, chat_id) if c.ok]


def failed(tg, chat_id: int) -> int:
    return sum(1 for c in attempts(tg, chat_id) if c.status != 200)


def outbox_row(db, chat_id: int, kind: str) -> dict:
    [row] = db.query("select * from outbox where chat_id = ? and kind = ?", [str(chat_id), kind])
    return row


async def club_with(tg, owner: TelegramRunner, members: list[TelegramRunner], name: str = "Hill Club") -> None:
    [created] = await owner.say(f"/club new {name}")
    code = re.search(r"Join code: (\w+)", created.params["text"]).group(1)
    for member in members:
        await member.say(f"/join {code}")
        await member.press("Join")


# ------------------------------------------------------------------ 500s and timeouts


def server_error(call):
    return api_error(500, "Internal Server Error")


async def hang_past_read_timeout(call):
    """The request reaches Telegram and nothing comes back before the bot gives up waiting; it was not delivered."""
    await asyncio.sleep(READ_TIMEOUT + 3)
    return api_error(500, "Internal Server Error")


@pytest.mark.parametrize("fault", ["http500", "timeout"])
async def test_question_summary_and_broadcast_survive_a_failing_bot_api_and_arrive_once(tg, bot, clock, fault):
    """(a) a daily question, (b) a weekly summary with its chart, (c) a club broadcast and its report, all
    due while every send fails; each arrives exactly once after the fake recovers."""
    began = time.monotonic()
    db = db_of(bot)
    clock.set(at(SUNDAY, 17))
    asked = TelegramRunner(tg, 1001, "Asked")  # 08:00 on Monday in Tokyo is 23:00 on Sunday in UTC: the question is due
    await asked.onboard(zone="Asia/Tokyo")
    summed = TelegramRunner(tg, 1002, "Summed")  # London, evening: Sunday's answer completes the week, and the
    await summed.onboard(time="Evening 19:00")  # sweep sends its summary when the evening's window ends, 23:00
    runners.update_runner(db, runners.find_runner(db, "telegram", "1002").id, now=clock(), **NO_QUIET)
    [saved] = await summed.say("2 5km")
    assert saved.params["text"].startswith("Saved Sun 22 Nov: pain 2, ran 5.0 km."), saved.params["text"]
    owner, member = TelegramRunner(tg, 5000, "Owner"), TelegramRunner(tg, 6000, "Member")  # New York: neither due
    await owner.onboard(zone="America/New_York")
    await member.onboard(zone="America/New_York")
    await club_with(tg, owner, [member])
    clock.set(at(SUNDAY, 22, 59))  # the organiser's reply may wait six hours, club mail an hour: start close to 23:00
    message = "Hill repeats Tuesday 18:30, meet at the bandstand."
    [preview] = await owner.say(f"/broadcast {message}")
    send = tg.buttons(preview)[0][0][1]
    before = {person.chat_id: len(accepted(tg, person.chat_id)) for person in (asked, summed, owner, member)}

    # --- the Bot API fails every message from here on
    hook = server_error if fault == "http500" else hang_past_read_timeout
    tg.hooks["sendMessage"] = tg.hooks["sendPhoto"] = hook
    await tg.push_callback(owner.chat_id, send, preview)  # "Send": copies and "Sending to 1 member." are queued
    await until(lambda: db.table("outbox").count_where("kind = 'broadcast'") == 1, what="the broadcast queued")
    clock.set(at(SUNDAY, 23))
    await sweep(bot)
    queued = {row["kind"]: row["chat_id"] for row in db.query("select kind, chat_id from outbox where status != 'sent'")}
    assert queued == {"question": "1001", "summary": "1002", "broadcast": "6000", "reply": "5000"}, queued
    targets = (asked, summed, owner, member)

    def all_failed_once() -> bool:
        rows = list(db.query("select attempts, last_error, status from outbox where status != 'sent'"))
        return len(rows) == 4 and all(r["attempts"] >= 1 and r["last_error"] and r["status"] == "pending" for r in rows)

    try:
        await until(all_failed_once, timeout=READ_TIMEOUT + 8, what="a failed first attempt of each", tg=tg)
    except AssertionError:
        print(list(db.query("select id, kind, chat_id, status, attempts, last_error, next_attempt_utc, gentle_after_utc from outbox where status != 'sent'")))
        raise
    if fault == "http500":
        # ten minutes of 500s: the backoff grows, nothing is given up, nothing reaches anyone
        for _ in range(20):
            clock.advance(seconds=30)
            await settle(bot)
    tries = {person.chat_id: failed(tg, person.chat_id) for person in targets}
    assert all(n >= (5 if fault == "http500" else 1) for n in tries.values()), tries
    assert all(len(accepted(tg, p.chat_id)) == before[p.chat_id] for p in targets), "something got through the fault"
    assert set(r["status"] for r in db.query("select status from outbox where status != 'sent'")) == {"pending"}
    if fault == "http500":
        # the text goes through but the chart still fails: the summary's text must not come twice
        tg.hooks.pop("sendMessage")
        clock.advance(seconds=MAX_BACKOFF)
        await settle(bot)
        await until(lambda: any(t.startswith("Your week") for t in seen(tg, summed.chat_id)), what="summary text")
        assert seen(tg, summed.chat_id, "sendPhoto") == []
        clock.advance(seconds=MAX_BACKOFF)
        await settle(bot)

    # --- recovery
    tg.hooks.clear()
    recovered_at = clock()
    clock.advance(seconds=MAX_BACKOFF + 1)
    await settle(bot)
    await until(lambda: any(t.startswith("Your message to Hill Club") for t in seen(tg, owner.chat_id)),
                what="the delivery report", tg=tg)
    await tg.quiesce(settle=0.2)

    new = {p.chat_id: accepted(tg, p.chat_id)[before[p.chat_id]:] for p in targets}
    question = words.ask_pain(runners.find_runner(db, "telegram", "1001").mode)
    assert [c.text for c in new[asked.chat_id]] == [question]
    assert [(c.method, (c.text or "").split("\n")[0][:9]) for c in new[summed.chat_id]] == [
        ("sendMessage", "Your week"), ("sendPhoto", "")], [c.brief() for c in new[summed.chat_id]]
    assert new[summed.chat_id][1].files["photo"][1].startswith(b"\x89PNG")
    assert [c.text for c in new[member.chat_id]] == [message]
    assert [c.text for c in new[owner.chat_id]] == [
        "Sending to 1 member. I'll report back when it's done.", "Your message to Hill Club: delivered to 1 of 1."]
    statuses = Counter(r["status"] for r in db.query("select status from outbox"))
    assert set(statuses) == {"sent"}, statuses
    print(f"\n{fault}: failed attempts per chat {tries}; after recovery at {recovered_at:%H:%M:%S} all arrived by "
          f"the clock's +{MAX_BACKOFF + 1:.0f} s; {time.monotonic() - began:.1f} s real")


# ------------------------------------------------------------------ 403: unreachable for every kind

TRIGGERS = ["broadcast", "question", "summary"]


@pytest.mark.parametrize("trigger", TRIGGERS)
async def test_a_403_on_any_kind_stops_every_kind_until_the_runner_writes_again(tg, bot, clock, trigger):
    """The runner blocks the bot; the first message of ``trigger``'s kind gets 403. From then on no question,
    summary or club message is even tried, while a control runner gets each; writing again restores all."""
    db = db_of(bot)
    clock.set(at(SUNDAY, 6))
    owner = TelegramRunner(tg, 5000, "Owner")
    await owner.onboard(zone="America/New_York")
    # London, evening check-in at 19:00, no quiet hours: a week nobody closes by answering is summarised by the
    # sweep when Sunday's window ends at 23:00, and Monday's question comes at 19:00.
    gone, control = TelegramRunner(tg, 1001, "Gone"), TelegramRunner(tg, 1002, "Control")
    for person in (gone, control):
        await person.onboard(time="Evening 19:00")
        runners.update_runner(db, runners.find_runner(db, "telegram", str(person.chat_id)).id, now=clock(), **NO_QUIET)
    await club_with(tg, owner, [gone, control])

    async def broadcast(text: str) -> None:
        await owner.say(f"/broadcast {text}")
        await owner.press("Send")
        await until(lambda: tg.texts(owner.chat_id)[-1].startswith("Your message to"), what="report", tg=tg)
        await settle(bot)

    async def at_clock(moment: dt.datetime) -> None:
        clock.set(moment)
        await sweep(bot)
        await settle(bot)

    def tried() -> int:
        return len(attempts(tg, gone.chat_id))

    # Sunday 07:30 a broadcast, 23:00 the summary, Monday 19:00 the question; the trigger's kind is the first
    # message to the runner after they block the bot (for "summary" and "question" it is the first one due).
    clock.set(at(SUNDAY, 7, 30))
    await at_clock(at(SUNDAY, 19))  # Sunday's question, unanswered: the week is summarised at 23:00
    steps = [
        ("broadcast", lambda: broadcast("Sunday social run at 10.")),
        ("summary", lambda: at_clock(at(SUNDAY, 23))),
        ("question", lambda: at_clock(at(SUNDAY, 19) + dt.timedelta(days=1))),
    ]
    marker = {"broadcast": "Sunday social run", "summary": "Your week",
              "question": words.ask_pain(runners.find_runner(db, "telegram", "1002").mode)}
    blocked_from = TRIGGERS.index(trigger)
    got_before: int | None = None
    for n, (kind, step) in enumerate(steps):
        control_before = len(accepted(tg, control.chat_id))
        if n == blocked_from:
            tg.blocked.add(gone.chat_id)
            got_before = tried()
        await step()
        got = [c.text or "" for c in accepted(tg, control.chat_id)[control_before:]]
        assert any(t.startswith(marker[kind]) for t in got), f"the control runner got no {kind}: {got}"
        if n == blocked_from:
            assert tried() == got_before + 1, f"not one 403 for the {kind}"
            assert attempts(tg, gone.chat_id)[-1].status == 403
            assert db.table("runners").get(runners.find_runner(db, "telegram", "1001").id)["unreachable"] == 1
        elif n > blocked_from:
            assert tried() == got_before + 1, f"a {kind} was tried although the runner is unreachable"
    # the kinds that came before the trigger, once more while unreachable
    clock.set(at(SUNDAY, 21) + dt.timedelta(days=1))
    await broadcast("Monday: rest day, see you Tuesday.")
    assert tg.texts(owner.chat_id)[-1] == "Your message to Hill Club: delivered to 1 of 1."
    await at_clock(at(SUNDAY, 23) + dt.timedelta(days=7))  # next Sunday: the summary (and a late question) for others
    assert tried() == got_before + 1, [c.brief() for c in attempts(tg, gone.chat_id)]
    for kind in ("question", "summary", "broadcast"):
        assert db.table("outbox").count_where("chat_id = '1001' and kind = ? and status = 'pending'", [kind]) == 0

    # --- the runner unblocks and writes: every kind reaches them again
    tg.blocked.discard(gone.chat_id)
    clock.set(at(SUNDAY, 23, 30) + dt.timedelta(days=7))
    replies = await gone.say("2 4km")
    assert replies[0].params["text"].startswith("Saved Sun 29 Nov"), replies[0].brief()
    await broadcast("Welcome back, everyone.")
    assert seen(tg, gone.chat_id)[-1] == "Welcome back, everyone."
    shown = len(seen(tg, gone.chat_id))
    await at_clock(at(SUNDAY, 19) + dt.timedelta(days=8))  # Monday 30 Nov 19:00
    assert words.ask_pain(runners.find_runner(db, "telegram", "1001").mode) in seen(tg, gone.chat_id)[shown:]
    await gone.say("2 5km")
    summaries = [t for t in seen(tg, gone.chat_id) if t.startswith("Your week")]
    photos = len(tg.delivered(gone.chat_id, "sendPhoto"))
    await at_clock(at(SUNDAY, 23) + dt.timedelta(days=14))  # Sunday 6 Dec 23:00, an unanswered week's end
    await tg.quiesce(settle=0.1)
    assert len([t for t in seen(tg, gone.chat_id) if t.startswith("Your week")]) == len(summaries) + 1
    assert len(tg.delivered(gone.chat_id, "sendPhoto")) == photos + 1


# ------------------------------------------------------------------ own Applications with their own settings


@asynccontextmanager
async def lumbar(tg, db_path, clock, **settings):
    """The real Application as ``lumbar run`` builds it, with ``settings`` over the defaults."""
    values = dict(telegram_token=TOKEN, telegram_api_base_url=tg.base_url, db_path=db_path, poll_timeout=1,
                  drain_idle=0.05)
    application = build_application(Settings(**{**values, **settings}), open_db(db_path), clock)
    await application.initialize()
    await start(application)
    try:
        yield application
    finally:
        await stop(application)
        await application.shutdown()


def make_runner(db, chat_id: int, now: dt.datetime, *, tz: str = "Europe/London", checkin: dt.time = dt.time(8),
                **fields) -> runners.Runner:
    """An onboarded runner with no quiet hours (the tests run at any hour), scheduled as onboarding would."""
    runner = runners.create_runner(db, "telegram", str(chat_id), now=now, consent_wording="test",
                                   onboarding_step=None, tz=tz, checkin_time=checkin, **{**NO_QUIET, **fields})
    schedule(db, runner, now)
    return runner


def club_of(db, owner: runners.Runner, members: list[runners.Runner], now: dt.datetime, name: str) -> clubs.Club:
    club = clubs.create_club(db, name, owner.id, "UTC", now=now)
    with db.atomic():
        for member in members:
            clubs.add_member(db, club.id, member.id, "member", now=now)
    return club


async def confirm_broadcast(tg, owner_chat: int, text: str, *, timeout: float = 10) -> str:
    """The organiser types /broadcast and taps Send; returns the reply to the tap."""
    tg.mark()
    await tg.push_text(owner_chat, f"/broadcast {text}")
    [preview] = await tg.wait_for("sendMessage", chat_id=owner_chat, timeout=timeout)
    await tg.push_callback(owner_chat, tg.buttons(preview)[0][0][1], preview)
    [queued] = await tg.wait_for("sendMessage", chat_id=owner_chat, timeout=timeout)
    return queued.params["text"]


# ------------------------------------------------------------------ pacing under Telegram's limits

MEMBERS = 120
ANSWERING = 5
PACE_GROUP = -100_555


async def test_a_broadcast_and_due_questions_keep_telegrams_limits_and_each_runners_order(tg, tmp_path, clock):
    """Telegram's real limits (30 a second overall, one a second per private chat, 20 a minute per group)
    and the real Settings defaults: a broadcast to 120 members and a group while five members' daily
    questions fall due and they answer with three check-ins each, typed faster than one a second."""
    began = time.monotonic()
    tg.limits = Limits()
    db_path = tmp_path / "pace.db"
    db = open_db(db_path)
    now = at(SUNDAY, 7, 59)
    clock.set(now)
    owner = make_runner(db, 5000, now, checkin=dt.time(20))
    answering = [make_runner(db, 1000 + n, now) for n in range(ANSWERING)]  # London, 08:00
    others = [make_runner(db, 100_000 + n, now, checkin=dt.time(20)) for n in range(MEMBERS - ANSWERING)]
    club = club_of(db, owner, answering + others, now, "Pace Club")
    clubs.link_group(db, club.id, str(PACE_GROUP), owner.id, now=now)
    text = "Club run moved to 9:00 because of the marathon road closures."
    days = [(SUNDAY - dt.timedelta(days=n)) for n in (0, 2, 3)]
    checkins = ["2 5km", f"{days[1].isoformat()} 2 4km", f"{days[2].isoformat()} 2 6km"]

    async with lumbar(tg, db_path, clock) as application:  # send_rate 30, chat_interval 1.0: the defaults
        assert await confirm_broadcast(tg, 5000, text) == f"Sending to {MEMBERS} members. I'll report back when it's done."
        clock.set(at(SUNDAY, 8))
        await sweep(application)

        async def answer(chat_id: int) -> None:
            await until(lambda: words.ask_pain(runners.find_runner(db, "telegram", str(chat_id)).mode)
                        in seen(tg, chat_id), timeout=30, what=f"question to {chat_id}", tg=tg)
            for line in checkins:
                await tg.push_text(chat_id, line)
                await asyncio.sleep(0.1)

        await asyncio.gather(*(answer(1000 + n) for n in range(ANSWERING)))
        await until(lambda: any(t.startswith("Your message to Pace Club") for t in seen(tg, 5000)), timeout=60,
                    what="the delivery report", tg=tg)
        # a 429 would be retried at the manual clock's next second, which never comes: fail on it at once
        await until(lambda: tg.flood_429s > 0 or all(len(seen(tg, 1000 + n)) >= 5 for n in range(ANSWERING)),
                    timeout=30, what="every answer confirmed", tg=tg)
        assert tg.flood_429s == 0, dict(tg.flood_limits_hit)
        await tg.quiesce(settle=1.2, timeout=30)
    took = time.monotonic() - began

    copies = Counter(str(c.chat_id) for c in tg.delivered() if c.text == text)
    expected = {str(r.chat_id) for r in answering + others} | {str(PACE_GROUP)}
    print(f"\n{MEMBERS} members, a group and {ANSWERING} answering runners in {took:.1f} s; "
          f"{tg.flood_429s} flood 429s {dict(tg.flood_limits_hit)}")
    assert tg.flood_429s == 0, dict(tg.flood_limits_hit)
    assert set(copies) == expected and set(copies.values()) == {1}, copies.most_common(3)
    assert seen(tg, 5000)[-1] == f"Your message to Pace Club: delivered to {MEMBERS} of {MEMBERS}."
    question = words.ask_pain(answering[0].mode)
    for runner in answering:
        mine = [t for t in seen(tg, int(runner.chat_id)) if t != text]
        assert mine == [
            question,
            "Saved Sun 22 Nov: pain 2.\nSaved Sat 21 Nov: ran 5.0 km.\n\nThanks, that's today's diary done.",
            "Saved Fri 20 Nov: pain 2, ran 4.0 km.",
            "Saved Thu 19 Nov: pain 2, ran 6.0 km.",
        ], mine
        assert seen(tg, int(runner.chat_id)).count(text) == 1
    gaps = [b.t - a.t for chat in expected if not chat.startswith("-")
            for a, b in zip(tg.delivered(int(chat)), tg.delivered(int(chat))[1:])]
    assert min(gaps) >= 0.9, min(gaps)


# ------------------------------------------------------------------ a five-minute outage, on the manual clock

OUTAGE_MEMBERS = 200
DUE = 40  # members whose daily question falls due in the outage's first minute
OUTAGE = dt.timedelta(minutes=5)
STEP = dt.timedelta(seconds=10)


async def test_a_five_minute_outage_during_a_broadcast_and_the_minute_questions_fall_due(tg, tmp_path, clock):
    """The fake accepts 60 copies of a 200-member broadcast, then answers 500 to everything for two and a
    half minutes and refuses connections for two and a half more, while 40 members' questions fall due.
    The clock moves in 10-second steps with a sweep each minute, as the scheduler would: five minutes
    take a few real seconds. Afterwards every copy and every question arrives exactly once, and the
    organiser's report says 200 of 200."""
    began = time.monotonic()
    db_path = tmp_path / "outage.db"
    db = open_db(db_path)
    now = at(SUNDAY, 7, 58)
    clock.set(now)
    owner = make_runner(db, 5000, now, tz="America/New_York")
    due = [make_runner(db, 1000 + n, now) for n in range(DUE)]  # London, 08:00
    rest = [make_runner(db, 100_000 + n, now, checkin=dt.time(20)) for n in range(OUTAGE_MEMBERS - DUE)]
    club_of(db, owner, due + rest, now, "Storm Club")
    text = "Race day kit list: see the pinned message."
    state = {"copies": 0, "down": False}

    def outage(call):
        if state["down"]:
            return api_error(500, "Internal Server Error")
        if call.text == text:
            state["copies"] += 1
            if state["copies"] > 60:
                state["down"] = True
                return api_error(500, "Internal Server Error")
        return None

    async with lumbar(tg, db_path, clock, send_rate=1000, chat_interval=0.0) as application:
        tg.hooks["sendMessage"] = tg.hooks["sendPhoto"] = outage  # before the copies start: exactly 60 go
        assert await confirm_broadcast(tg, 5000, text) == \
            f"Sending to {OUTAGE_MEMBERS} members. I'll report back when it's done."
        await until(lambda: state["down"], what="the outage", tg=tg)
        clock.set(at(SUNDAY, 8))
        outage_began = clock()
        refused = False
        while clock() < outage_began + OUTAGE:
            if clock().second == 0:
                await sweep(application)
            if not refused and clock() >= outage_began + OUTAGE / 2:
                await tg.stop()  # from now on connections are refused
                refused = True
            await settle(application)
            clock.advance(seconds=STEP.total_seconds())
        lost_meanwhile = db.table("outbox").count_where("status in ('failed', 'expired')")
        pending = db.table("outbox").count_where("status = 'pending'")
        tried_in_outage = sum(1 for c in tg.calls if c.method == "sendMessage" and c.status != 200)

        # --- the Bot API is back
        tg.hooks.clear()
        await tg.start(port=tg.port)
        recovered_at = clock()
        for _ in range(4):
            clock.advance(seconds=MAX_BACKOFF / 2)
            await settle(application)
        await until(lambda: any(t.startswith("Your message to Storm Club") for t in seen(tg, 5000)), timeout=20,
                    what="the delivery report", tg=tg)
        await tg.quiesce(settle=0.3)

    copies = Counter(str(c.chat_id) for c in tg.delivered() if c.text == text)
    question = words.ask_pain(due[0].mode)
    questions = Counter(str(c.chat_id) for c in tg.delivered() if c.text == question)
    print(f"\n{OUTAGE_MEMBERS} members, {DUE} questions due; {tried_in_outage} failed sends in the outage, "
          f"{pending} pending at its end, {lost_meanwhile} given up; all delivered within "
          f"{(clock() - recovered_at).total_seconds():.0f} clock seconds of recovery; {time.monotonic() - began:.1f} s real")
    assert lost_meanwhile == 0
    assert pending >= OUTAGE_MEMBERS - 60 + DUE, pending  # the outage really held them back
    assert set(copies) == {str(r.chat_id) for r in due + rest} and set(copies.values()) == {1}, copies.most_common(3)
    assert set(questions) == {str(r.chat_id) for r in due} and set(questions.values()) == {1}, questions.most_common(3)
    assert [t for t in seen(tg, 5000) if t.startswith("Your message to")] == [
        f"Your message to Storm Club: delivered to {OUTAGE_MEMBERS} of {OUTAGE_MEMBERS}."]
    statuses = Counter(r["status"] for r in db.query("select status from outbox"))
    assert set(statuses) == {"sent"}, statuses
