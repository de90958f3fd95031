"""Does the minute sweep cost what is due, whatever the history? 100,000 runners and a year behind them.

A file database made by the real migrations, then filled in SQL (no Python loop per row): 100,000
runners in 32 zones, their questions spread over the day (about 70 a minute), a fifth with a usual run
time; a year of answered daily questions (36.5 million prompt rows), one outbox row a day each (sent),
two nudges a month each, and today's questions, some still open for a reminder. Then, as the bot runs:
- a tick with about 70 questions due, 15 minutes running: the first takes a day's backlog of reminders, three
  have a minute's reminders beside the questions (about 140 due; their median is a row of its own), three
  carry the worker's WAL checkpoint; the ~70 figure is the median of the ticks after the first that queue ~70,
- the tick again at once, with nothing due,
- the Sunday peak: 3,100 evening runners in one zone whose weekly summary is due the same minute,
  through the bot's ``Sweeper`` (a worker thread with its own connection), with a probe on the event loop
  measuring the longest time the loop was held, and a write like a reply's, made on the loop every 50 ms
  during the sweep once its wait for the writer's turn (in a worker thread) is over, timed beside the same
  write with no sweep running.
Each beside a raw SELECT on the same index, timed in the same run. The file (about 13 GB) is built once
into ``$LUMBAR_BENCH_CACHE`` (default ~/.cache/lumbar-bench; several minutes) and put back as it was
before each later run.

Run: python benchmarks/sweep_scale.py   (prints its figures; benchmarks/run.py tabulates them)
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gc
import os
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.table import Figure  # noqa: E402
from handlers.jobs.sweep import steps  # noqa: E402
from handlers.jobs.sweeper import CHECKPOINT_DURING, CHECKPOINT_EVERY, Sweeper  # noqa: E402
from storage import open_db, utc_text  # noqa: E402
from storage.db import fsync_later, sync_wal, writers_turn  # noqa: E402

RUNNERS = 100_000
HISTORY_DAYS = 365
NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.timezone.utc)  # a Sunday
PEAK = dt.datetime(2026, 12, 6, 18, 0, tzinfo=dt.timezone.utc)  # 18:00 in London: summaries
TICKS = 15
PROBE_TICK = 0.002
BUILD_VERSION = 1
CACHE = Path(os.environ.get("LUMBAR_BENCH_CACHE", Path.home() / ".cache" / "lumbar-bench"))
ZONES = (
    "Europe/London", "Europe/Berlin", "Europe/Helsinki", "Europe/Moscow", "Asia/Dubai", "Asia/Karachi",
    "Asia/Kolkata", "Asia/Kathmandu", "Asia/Dhaka", "Asia/Bangkok", "Asia/Shanghai", "Asia/Tokyo",
    "Australia/Adelaide", "Australia/Sydney", "Pacific/Noumea", "Pacific/Auckland", "Pacific/Chatham",
    "Pacific/Tongatapu", "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
    "America/Chicago", "America/New_York", "America/Halifax", "America/St_Johns", "America/Sao_Paulo",
    "Atlantic/Azores", "Atlantic/Reykjavik", "Africa/Lagos", "Africa/Nairobi", "UTC",
)


def build(path: Path, *, verbose: bool = False) -> dict[str, float]:
    """The database at ``path``; returns how long each part took to write."""
    open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA synchronous=OFF")
    took: dict[str, float] = {}
    log = print if verbose else (lambda *args, **kwargs: None)
    started = time.perf_counter()
    conn.executemany(
        "insert into runners (id, channel, chat_id, units, tz, checkin_time, mode, quiet_start, quiet_end, active,"
        " consented_at, next_prompt_utc, created_at, updated_at, summary_day, summary_time, next_summary_utc,"
        " run_time, next_warmup_utc, paused, unreachable) values"
        " (?, 'telegram', ?, 'km', ?, ?, ?, '21:30', '07:00', 1, ?, ?, ?, ?, 6, '18:00', ?, ?, ?, 0, 0)",
        _runner_rows(),
    )
    conn.execute("insert into identities (channel, chat_id, runner_id, linked_at)"
                 " select channel, chat_id, id, created_at from runners")
    first = NOW.date() - dt.timedelta(days=HISTORY_DAYS)
    conn.execute("create temp table days (n integer primary key, day text, sent text, answered text)")
    conn.executemany("insert into days values (?, ?, ?, ?)", [
        (n, day.isoformat(), f"{day.isoformat()}T08:00:00+00:00", f"{day.isoformat()}T08:20:00+00:00")
        for n in range(1, HISTORY_DAYS + 1) for day in [first + dt.timedelta(days=n - 1)]
    ])
    conn.commit()
    took["runners"] = time.perf_counter() - started
    log("runners", round(took["runners"], 1), flush=True)
    parts = {
        "prompts": "insert into prompts (runner_id, local_date, kind, sent_utc, answered_utc)"
                   " select runners.id, day, 'checkin', sent, answered from runners, days",
        "outbox": "insert into outbox (channel, chat_id, runner_id, kind, text, idem_key, status, attempts,"
                  " next_attempt_utc, created_at, sent_at, priority)"
                  " select 'telegram', runners.chat_id, runners.id, 'question', 'How''s your lower back, 0-10?',"
                  " printf('question:%06d:%03d', runners.id, n), 'sent', 1, sent, sent, answered, 1 from runners, days",
        "nudges": "insert into nudges (runner_id, date, rule_id, family, status, why, created_at)"
                  " select runners.id, day, case n % 3 when 0 then 'R11' when 1 then 'R7' else 'R4' end, 'load',"
                  " 'sent', 'history', answered from runners, days where (n + runners.id) % 15 = 0",
    }
    for part, sql in parts.items():
        started = time.perf_counter()
        conn.execute(sql)
        conn.commit()
        took[part] = time.perf_counter() - started
        log(part, round(took[part], 1), flush=True)
    started = time.perf_counter()
    _peak_diaries(conn)
    conn.execute("create table bench_marks (name text primary key, value integer)")
    for table in ("prompts", "outbox", "nudges"):
        conn.execute(f"insert into bench_marks select '{table}', max(rowid) from {table}")
    conn.execute("insert into bench_marks values ('version', ?)", [BUILD_VERSION])
    conn.commit()
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    took["diaries"] = time.perf_counter() - started
    return took


def reset(path: Path) -> None:
    """Put a built database back as it was before the last measurement: the rows the ticks added go,
    today's prompts and every runner's due times are written again."""
    conn = sqlite3.connect(path)
    marks = dict(conn.execute("select name, value from bench_marks"))
    with conn:
        for table in ("prompts", "outbox", "nudges"):
            conn.execute(f"delete from {table} where rowid > ?", [marks[table]])
        conn.execute("delete from job_failures")
        conn.executemany(
            "update runners set next_prompt_utc = ?, next_summary_utc = ?, next_warmup_utc = ?, awaiting = null,"
            " awaiting_date = null where id = ?",
            [(row[6], row[9], row[11], row[0]) for row in _runner_rows()],
        )
        _today(conn)
    conn.close()


def prepared(folder: Path) -> tuple[Path, dict[str, float]]:
    """The year-long database, built once into ``folder`` and reset before each later use."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"sweep-year-{RUNNERS}-v{BUILD_VERSION}.db"
    if path.exists():
        started = time.perf_counter()
        reset(path)
        took = {"reset": time.perf_counter() - started}
        started = time.perf_counter()
        os.sync()  # the reset's writes on disk before the ticks: a day's bot has no gigabytes in writeback
        return path, {**took, "sync": time.perf_counter() - started}
    partial = path.with_suffix(".building")
    partial.unlink(missing_ok=True)
    took = build(partial, verbose=True)
    partial.rename(path)
    reset(path)
    return path, took


def _runner_rows():
    """Questions spread over 24 hours from NOW, a minute apart (about 70 a minute), each at a whole
    local minute of its zone; a fifth of runners run at 18:00; London's evening runners are the peak."""
    stamp = utc_text(NOW - dt.timedelta(days=400))
    for n in range(1, RUNNERS + 1):
        zone = ZONES[n % len(ZONES)]
        due = NOW + dt.timedelta(minutes=(n * 7919) % 1440)
        local = due.astimezone(ZoneInfo(zone))
        evening = zone == "Europe/London"
        run_time = "18:00" if n % 5 == 0 else None
        warmup = utc_text(NOW + dt.timedelta(hours=6 + n % 17)) if run_time else None
        summary = utc_text(PEAK if evening else NOW + dt.timedelta(days=7))
        yield (n, str(10_000_000 + n), zone, local.strftime("%H:%M"), "evening" if evening else "morning", stamp,
               utc_text(due), stamp, stamp, summary, run_time, warmup)


def _today(conn: sqlite3.Connection) -> None:
    """Runners whose question went 3 hours ago or less have today's prompt; 3 in 10 are still open with a
    reminder due 3 hours after it was asked (so reminders come due beside the questions), and wait for
    their pain as the question left them (``awaiting``), so a reminder finds it noted already."""
    rows, waiting = [], []
    for runner_id, tz, due_text in conn.execute("select id, tz, next_prompt_utc from runners"):
        due = dt.datetime.fromisoformat(due_text)
        asked = due - dt.timedelta(days=1)
        if NOW - asked > dt.timedelta(hours=21):
            continue
        day = asked.astimezone(ZoneInfo(tz)).date().isoformat()
        open_ = runner_id % 10 < 3
        rows.append((runner_id, day, utc_text(asked), utc_text(asked + dt.timedelta(hours=3)) if open_ else None,
                     None if open_ else utc_text(asked + dt.timedelta(minutes=20))))
        if open_:
            waiting.append((day, runner_id))
    conn.executemany("insert or replace into prompts (runner_id, local_date, kind, sent_utc, reminder_due_utc,"
                     " answered_utc) values (?, ?, 'checkin', ?, ?, ?)", rows)
    conn.executemany("update runners set awaiting = 'pain', awaiting_date = ? where id = ?", waiting)


def _peak_diaries(conn: sqlite3.Connection) -> None:
    """Eight weeks of diary for the London evening runners, so their summaries say something."""
    first = PEAK.date() - dt.timedelta(days=55)
    conn.execute(
        "with recursive days(n) as (select 0 union all select n + 1 from days where n < 55)"
        f" insert into entries (runner_id, date, pain, distance_km, created_at, updated_at)"
        f" select runners.id, date('{first.isoformat()}', '+' || n || ' days'), 2 + (n + runners.id) % 4,"
        f" case n % 7 when 1 then 6.0 when 2 then 8.0 when 4 then 7.0 when 6 then 14.0 else 0.0 end,"
        f" '{utc_text(NOW)}', '{utc_text(NOW)}' from runners, days where runners.tz = 'Europe/London'"
    )


def raw_due(conn: sqlite3.Connection, now: dt.datetime) -> list[tuple]:
    """The reference: the same question asked of the same index with nothing around it."""
    return conn.execute(
        "select * from runners where next_prompt_utc <= ? and active = 1 and unreachable = 0"
        " and onboarding_step is null order by next_prompt_utc", [utc_text(now)]
    ).fetchall()


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


async def sliced_with_probe(db, sweeper: Sweeper, moment: dt.datetime) -> tuple[float, float, int, float, float]:
    """Run the sweep the way the bot does (one ``Sweeper`` for all ticks, as the bot keeps one) while a probe
    task notes the longest gap between its turns and another writes on the loop's connection, as a reply
    would (waiting for the writer's turn off the loop, ``storage.db.writers_turn``); returns (ms, longest gap
    ms, queued, longest write on the loop ms, longest wait for the turn ms)."""
    longest = 0.0
    writes: list[float] = []
    waits: list[float] = []
    stop = False

    async def probe() -> None:
        """A 2 ms timer, as a loop-lag monitor does: how late it fires is how long the loop was held. (A probe
        that spins on ``sleep(0)`` would hold the GIL itself and slow the worker thread it is watching.)"""
        nonlocal longest
        while not stop:
            started = time.perf_counter()
            await asyncio.sleep(PROBE_TICK)
            longest = max(longest, time.perf_counter() - started - PROBE_TICK)

    async def writer() -> None:
        while not stop:
            await asyncio.sleep(0.05)
            asked = time.perf_counter()
            async with writers_turn(db):
                waits.append((time.perf_counter() - asked) * 1000)
                writes.append(reply_write(db))
            await asyncio.to_thread(sync_wal, db)  # as the drainer does before sending the reply

    tasks = [asyncio.create_task(probe()), asyncio.create_task(writer())]
    await asyncio.sleep(0)
    started = time.perf_counter()
    queued = await sweeper(moment)
    took = time.perf_counter() - started
    stop = True
    await asyncio.gather(*tasks)
    return took * 1000, longest * 1000, queued, max(writes, default=0.0), max(waits, default=0.0)


def reply_write(db) -> float:
    """A small write in a transaction of its own, the shape of a conversation's: the time it holds the event
    loop (ms), once the loop holds the writer's turn. Its fsync is made afterwards in a worker thread, as
    the drainer makes it before sending the reply (``storage.db.fsync_later``)."""
    started = time.perf_counter()
    with fsync_later(db), db.atomic():
        db.execute("insert into heartbeat (name, at) values ('bench', ?) on conflict(name) do update set at ="
                   " excluded.at", [utc_text(dt.datetime.now(dt.timezone.utc))])
    return (time.perf_counter() - started) * 1000


def measure(path: Path) -> tuple[list[Figure], list[str]]:
    db = open_db(path)
    gc.freeze()  # as the bot does once it has started (bot/app.py)
    raw = sqlite3.connect(path)
    sweeper = Sweeper(db, ("telegram",))
    due_ticks, idle_ticks, raw_due_ms, raw_idle_ms, blocks, counts, writes, waits = [], [], [], [], [], [], [], []
    for minute in range(1, TICKS + 1):
        moment = NOW + dt.timedelta(minutes=minute)
        raw_due_ms.append(timed(lambda: raw_due(raw, moment)))
        took, block, queued, write, wait = asyncio.run(sliced_with_probe(db, sweeper, moment))
        waits.append(wait)
        due_ticks.append(took)
        blocks.append(block)
        counts.append(queued)
        writes.append(write)
        idle_ticks.append(timed(lambda: list(steps(db, moment, ("telegram",)))))
        raw_idle_ms.append(timed(lambda: raw_due(raw, moment)))
    # The peak alone: the questions and reminders of the six hours between are taken as done.
    with raw:
        raw.execute("update runners set next_prompt_utc = ? where next_prompt_utc <= ?",
                    [utc_text(PEAK + dt.timedelta(days=1)), utc_text(PEAK)])
        raw.execute("update prompts set reminder_due_utc = null where reminder_due_utc <= ?", [utc_text(PEAK)])
    peak_ms, peak_block, peak_queued, peak_write, peak_wait = asyncio.run(sliced_with_probe(db, sweeper, PEAK))
    asyncio.run(sweeper.close())
    quiet_writes = []
    for _ in range(40):
        quiet_writes.append(reply_write(db))
        sync_wal(db)
    sizes = {table: raw.execute(f"select count(*) from {table}").fetchone()[0] for table in ("prompts", "outbox", "nudges")}
    db.close()
    raw.close()
    med = statistics.median
    usual = min(counts[1:])
    about_70 = [ms for ms, n in zip(due_ticks[1:], counts[1:]) if n <= 1.5 * usual]
    with_reminders = [ms for ms, n in zip(due_ticks[1:], counts[1:]) if n > 1.5 * usual]
    notes = [
        f"history: {sizes['prompts']:,} prompts, {sizes['outbox']:,} outbox rows, {sizes['nudges']:,} nudges; "
        f"{RUNNERS:,} runners in {len(ZONES)} zones",
        f"the due ticks queued (messages): {', '.join(str(n) for n in counts)}; the ~70 figure is the median of the "
        f"ticks after the first that queued about the fewest (at most 1.5 times as many), the others had a minute's "
        f"reminders too; the Sunday peak queued {peak_queued:,} summaries in {peak_ms / 1000:.1f} s",
        f"due ticks (ms): {', '.join(f'{ms:.0f}' for ms in due_ticks)}; the first is the backlog of a day's "
        f"reminders, and the worker's WAL checkpoint (every {CHECKPOINT_EVERY.seconds // 60} minutes) falls in "
        f"ticks 1, {1 + CHECKPOINT_EVERY.seconds // 60} and {1 + 2 * CHECKPOINT_EVERY.seconds // 60} (the backlog "
        f"tick also checkpoints every {CHECKPOINT_DURING:.0f} s between its slices)",
        f"longest loop block in each due tick (ms): {', '.join(f'{ms:.0f}' for ms in blocks)}; a reply's longest "
        f"write on the loop in each (ms): {', '.join(f'{ms:.0f}' for ms in writes)}; its longest wait for the "
        f"writer's turn, off the loop (ms): {', '.join(f'{ms:.0f}' for ms in waits)}; at the peak: write "
        f"{peak_write:.0f}, wait {peak_wait:.0f}",
    ]
    figures = [
        Figure(f"sweep tick, ~70 due (ms, median of {len(about_70)})", med(about_70), "raw indexed SELECT of the due",
               med(raw_due_ms), "< 20 ms", med(about_70) < 20),
        Figure(f"sweep tick, ~140 due: questions and reminders (ms, median of {len(with_reminders)})",
               med(with_reminders) if with_reminders else None, "", None, "", None),
        Figure("sweep tick, longest after the backlog (ms)", max(due_ticks[1:]), "", None, "", None),
        Figure("sweep tick, none due (ms)", med(idle_ticks), "raw indexed SELECT, none due", med(raw_idle_ms),
               "< 2 ms", med(idle_ticks) < 2),
        Figure("longest event-loop block, due ticks (ms)", max(blocks), "", None, "< 50 ms", max(blocks) < 50),
        Figure("longest event-loop block, Sunday peak (ms)", peak_block, "", None, "< 50 ms", peak_block < 50),
        Figure("a reply's write during a sweep, longest (ms)", max(max(writes), peak_write),
               "the same write, no sweep (longest)", max(quiet_writes), "", None),
        Figure("a reply's wait for the writer's turn, off the loop, longest (ms)", max(max(waits), peak_wait),
               "", None, "", None),
    ]
    return figures, notes


def run() -> tuple[list[Figure], list[str]]:
    path, took = prepared(CACHE)
    figures, notes = measure(path)
    notes.insert(0, "database " + ", ".join(f"{part} {seconds:.0f} s" for part, seconds in took.items()))
    return figures, notes


if __name__ == "__main__":
    for figure in run()[0]:
        print(figure)
