"""The process's writer turn: the event loop never waits for it on the loop. When the sweep's worker holds
it (a slice's commit can take hundreds of ms on a slow disk), a reply waits for it in a worker thread and
the bot goes on answering everyone else; when the holder lets go, the longest waiter gets it."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time

import pytest

from coach.clock import ManualClock
from handlers import outgoing
from handlers.jobs.outbox import Drainer
from handlers.replies import Reply
from storage import open_db
from storage.db import WriterTurn, _LoopWaiter, another_connection, writers_turn
from tests.helpers import LoopLag, TelegramRunner

START = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone.utc)
HOLD = 0.4
"""Seconds another thread holds the turn, as a slice's commit on a slow disk did in a benchmark run (0.83 s)."""


def in_thread(work) -> threading.Thread:
    thread = threading.Thread(target=work)
    thread.start()
    return thread


def test_the_turn_passes_to_the_longest_waiter_not_back_to_a_holder_that_takes_it_again() -> None:
    turn = WriterTurn()
    order: list[str] = []
    assert turn.acquire(1)
    waiter = in_thread(lambda: turn.acquire(5) and (order.append("waiter"), turn.release()))
    while not turn.wanted:
        time.sleep(0.001)
    turn.release()
    assert turn.acquire(5)  # at once again, as a sweep starting its next slice would
    order.append("holder again")
    turn.release()
    waiter.join()
    assert order == ["waiter", "holder again"]
    assert not turn.wanted


def test_a_turn_taken_for_another_thread_is_that_threads_and_nests() -> None:
    turn = WriterTurn()
    me = threading.get_ident()
    got: list[bool] = []
    in_thread(lambda: got.append(turn.acquire(1, for_thread=me))).join()
    assert got == [True]
    assert turn.acquire(0)  # nested: this thread holds it
    turn.release()
    errors: list[BaseException] = []
    in_thread(lambda: _release(turn, errors)).join()
    assert [type(error) for error in errors] == [RuntimeError], "only the holder lets go"
    turn.release()
    taken: list[bool] = []
    in_thread(lambda: taken.append(turn.acquire(0))).join()
    assert taken == [True]


def _release(turn: WriterTurn, errors: list[BaseException]) -> None:
    try:
        turn.release()
    except RuntimeError as error:
        errors.append(error)


def test_a_waiter_that_gives_up_is_no_longer_waiting() -> None:
    turn = WriterTurn()
    assert turn.acquire(1)
    results: list[bool] = []
    in_thread(lambda: results.append(turn.acquire(0.05))).join()
    assert results == [False]
    assert not turn.wanted
    turn.release()
    in_thread(lambda: results.append(turn.acquire(0) and (turn.release() or True))).join()
    assert results == [False, True]


async def test_a_reply_cancelled_while_waiting_lets_the_turn_go_when_it_comes(tmp_path) -> None:
    db = open_db(tmp_path / "lumbar.db")
    other = another_connection(tmp_path / "lumbar.db")
    held = threading.Event()

    def hold() -> None:
        with other.writing():
            held.set()
            time.sleep(0.2)

    thread = in_thread(hold)
    held.wait()

    async def reply() -> None:
        async with writers_turn(db):
            raise AssertionError("never reached: cancelled while waiting")

    task = asyncio.create_task(reply())
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.to_thread(thread.join)
    await asyncio.sleep(0.05)
    assert await asyncio.to_thread(lambda: other.turn.acquire(1) and (other.turn.release() or True))


def test_a_turn_taken_for_a_loop_that_stopped_waiting_is_let_go_whichever_comes_first() -> None:
    """The loop's task cancelled (or the loop shutting down) before or after the worker got the turn for it."""
    loop_thread = -1  # the loop's thread, here not this one, which holds the turn first
    for order in ("gave up first", "took first"):
        turn = WriterTurn()
        assert turn.acquire(1)
        waiter = _LoopWaiter(turn, loop_thread)
        result: list[bool] = []
        thread = in_thread(lambda: result.append(waiter.wait()))
        while not turn.wanted:
            time.sleep(0.001)
        if order == "gave up first":
            waiter.give_up()
            turn.release()
            thread.join()
            assert result == [False]
        else:
            turn.release()
            thread.join()
            assert result == [True]
            waiter.give_up()
        taken: list[bool] = []
        in_thread(lambda: taken.append(turn.acquire(0))).join()
        assert taken == [True], order


async def test_a_check_in_while_another_thread_holds_the_turn_does_not_hold_the_event_loop(tg, bot, db_path) -> None:
    """The sweep's worker (here, another connection in a thread) holds the writer's turn for 0.4 s while a
    runner checks in: a 5 ms timer on the loop is never more than 50 ms late, the check-in waits its turn,
    and it is saved and answered once."""
    person = TelegramRunner(tg)
    await person.onboard()
    other = another_connection(db_path)
    held, released = threading.Event(), []

    def hold() -> None:
        with other.atomic():
            other.execute("insert into heartbeat (name, at) values ('slow commit', '2026-12-01T00:00:00+00:00')")
            held.set()
            time.sleep(HOLD)
        released.append(time.monotonic())

    async with LoopLag() as lag:
        thread = in_thread(hold)
        await asyncio.to_thread(held.wait)
        [confirmation] = await person.say("pain 3, ran 5 km")
        answered = time.monotonic()
    await asyncio.to_thread(thread.join)
    assert lag.worst < 0.05, f"the loop was held {lag.worst * 1000:.0f} ms"
    assert released and answered > released[0]
    assert "Saved" in confirmation.params["text"]
    db = bot.bot_data["conversation"].db
    saved = list(db.query("select pain, distance_km from entries order by date"))
    assert saved == [{"pain": None, "distance_km": 5.0}, {"pain": 3, "distance_km": None}], "yesterday's run, today's pain"


class _Silent:
    channel = "terminal"

    async def send_text(self, chat_id, text, buttons, *, table) -> None:
        raise AssertionError("an expired message is never sent")

    async def send_file(self, chat_id, filename, content, *, photo) -> None:
        raise AssertionError("an expired message is never sent")


async def test_the_drainer_ending_expired_messages_does_not_hold_the_event_loop(tmp_path) -> None:
    """After an outage a backlog of expired messages is written off on the loop, one write each: none of
    them waits there while the sweep's worker holds the turn."""
    db = open_db(tmp_path / "lumbar.db")
    clock = ManualClock(START)
    outgoing.enqueue(db, [Reply(f"reminder {n}") for n in range(5)], channel="terminal", chat_id="r1", runner_id=None,
                     key="reminder:r1", now=START - dt.timedelta(days=1), kind="reminder",
                     expires=START - dt.timedelta(hours=1))
    other = another_connection(tmp_path / "lumbar.db")
    held = threading.Event()

    def hold() -> None:
        with other.writing():
            held.set()
            time.sleep(HOLD)

    async with LoopLag() as lag:
        thread = in_thread(hold)
        await asyncio.to_thread(held.wait)
        await Drainer(db, {"terminal": _Silent()}, clock, pacers={}, idle=0.01).drain(limit_seconds=5)
    await asyncio.to_thread(thread.join)
    assert lag.worst < 0.05, f"the loop was held {lag.worst * 1000:.0f} ms"
    assert [row["status"] for row in db.query("select status from outbox")] == ["expired"] * 5
