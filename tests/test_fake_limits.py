"""Flood limits of the fake Bot API (platform-limits.md 1.3), driven by a real PTB bot."""

from __future__ import annotations

import asyncio
import time

import pytest
from telegram import Bot
from telegram.error import Forbidden, RetryAfter
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import HTTPXRequest

from tests.fake_telegram import TOKEN, FakeTelegram, Limits

PRIVATE = 42
GROUP = -100123


class FrozenClock:
    """Stands in for ``time.monotonic`` in ``fake.clock``: time moves only when told."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _request() -> HTTPXRequest:
    # PTB's default pool is one connection with a 1 s pool timeout: too small for a
    # gathered broadcast of hundreds of sends.
    return HTTPXRequest(connection_pool_size=32, pool_timeout=30.0)


@pytest.fixture
async def bot(tg: FakeTelegram):
    """A plain PTB Bot (no rate limiter): a 429 surfaces as ``RetryAfter`` at once."""
    async with Bot(TOKEN, base_url=tg.base_url, request=_request()) as b:
        yield b


async def _retry_after(coro) -> float:
    with pytest.raises(RetryAfter) as exc_info:
        await coro
    return exc_info.value.retry_after.total_seconds()


async def _send_all(bot: Bot, chat_ids: list[int]) -> list[float | None]:
    """Send one message to each chat in turn; ``retry_after`` of each 429, else None."""
    outcome: list[float | None] = []
    for chat_id in chat_ids:
        try:
            await bot.send_message(chat_id, f"hi {chat_id}")
            outcome.append(None)
        except RetryAfter as exc:
            outcome.append(exc.retry_after.total_seconds())
    return outcome


# --------------------------------------------------------------------------- mandated cases


async def test_overall_limit_31_rapid_sends() -> None:
    tg = FakeTelegram(TOKEN, limits=Limits())
    await tg.start()
    try:
        async with Bot(TOKEN, base_url=tg.base_url) as b:
            t0 = time.monotonic()
            outcome = await _send_all(b, list(range(1001, 1032)))
            elapsed = time.monotonic() - t0
    finally:
        await tg.stop()
    refused = [r for r in outcome if r is not None]
    assert refused, f"31 sends in {elapsed:.3f}s, none refused"
    assert all(r >= 1 for r in refused)
    assert tg.flood_429s == len(refused)
    assert tg.flood_limits_hit["overall"] == len(refused)
    if elapsed < 0.9:  # all 31 inside one window: exactly the 31st is refused
        assert outcome[:30] == [None] * 30 and outcome[30] == 1
    failed = [c for c in tg.calls if c.method == "sendMessage" and c.status == 429]
    assert len(failed) == len(refused)
    assert failed[0].result == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    assert len(tg.delivered()) == 31 - len(refused)
    assert all(c not in tg.delivered() and c not in tg.sent() for c in failed)
    assert f"hi {failed[0].chat_id}" not in tg.texts()


async def test_private_chat_one_per_second(tg: FakeTelegram, bot: Bot) -> None:
    tg.limits = Limits()
    await bot.send_message(PRIVATE, "one")
    retry_after = await _retry_after(bot.send_message(PRIVATE, "two"))
    assert retry_after == 1
    assert tg.flood_limits_hit == {"chat": 1}
    await bot.send_message(PRIVATE + 1, "another chat is not held up")
    assert tg.texts(PRIVATE) == ["one"]
    [refused] = [c for c in tg.calls if c.status == 429]
    assert refused.text == "two" and refused not in tg.delivered(PRIVATE)
    assert len(tg.sent(PRIVATE, include_failed=True)) == 2
    # a bot that honours retry_after is let through
    await asyncio.sleep(retry_after)
    await bot.send_message(PRIVATE, "three")
    assert tg.texts(PRIVATE) == ["one", "three"]
    assert tg.flood_429s == 1


async def test_group_twenty_per_minute(tg: FakeTelegram, bot: Bot) -> None:
    tg.limits = Limits()
    outcome = await _send_all(bot, [GROUP] * 21)
    assert outcome[:20] == [None] * 20  # no 1/s limit on groups, only 20/min
    assert outcome[20] is not None and 59 <= outcome[20] <= 60
    assert tg.flood_limits_hit == {"group": 1}
    assert len(tg.delivered(GROUP)) == 20
    assert len(tg.sent(GROUP, include_failed=True)) == 21
    # other chats are not affected by a full group window
    await bot.send_message(-200, "other group")
    await bot.send_message(PRIVATE, "private")


async def test_window_arithmetic_with_a_frozen_clock(tg: FakeTelegram, bot: Bot) -> None:
    clock = FrozenClock()
    tg.clock = clock
    tg.limits = Limits()
    # overall: 30 in any second, even across different chats and kinds of chat
    outcome = await _send_all(bot, list(range(1, 30)) + [GROUP, 31])
    assert outcome == [None] * 30 + [1]
    assert tg.flood_limits_hit == {"overall": 1}
    clock.now += 0.5
    assert await _retry_after(bot.send_message(32, "still full")) == 1
    clock.now += 0.5  # exactly one second later the whole window is free again
    assert await _send_all(bot, list(range(100, 130))) == [None] * 30
    # group: 20 a minute; retry_after is rounded up to the second the window frees
    clock.now += 5  # t = 6
    assert await _send_all(bot, [GROUP] * 20) == [None] * 19 + [54]  # the t=0 one counts
    clock.now += 30.5  # t = 36.5: the t=0 send leaves the window at t=60
    assert await _retry_after(bot.send_message(GROUP, "x")) == 24  # 23.5 rounded up
    clock.now += 23.25
    assert await _retry_after(bot.send_message(GROUP, "x")) == 1
    clock.now += 0.25  # t = 60
    await bot.send_message(GROUP, "room again")
    assert await _retry_after(bot.send_message(GROUP, "x")) == 6  # next: the t=6 ones
    # a 429 uses up nothing: once the private window frees, one send goes through
    await bot.send_message(PRIVATE, "a")
    for _ in range(3):
        assert await _retry_after(bot.send_message(PRIVATE, "b")) == 1
    clock.now += 1
    await bot.send_message(PRIVATE, "c")
    assert tg.texts(PRIVATE) == ["a", "c"]
    assert tg.flood_429s == 9
    assert tg.flood_limits_hit == {"overall": 2, "group": 4, "chat": 3}


async def test_blocked_chat_still_403_and_uses_no_budget(tg: FakeTelegram, bot: Bot) -> None:
    tg.clock = FrozenClock()
    tg.limits = Limits()
    tg.blocked.add(77)
    for _ in range(3):  # not 429 on the second: a 403 does not fill the chat's window
        with pytest.raises(Forbidden):
            await bot.send_message(77, "hello?")
    assert await _send_all(bot, list(range(1, 31))) == [None] * 30  # 403s used no budget
    with pytest.raises(Forbidden):  # blocked wins over a full overall window
        await bot.send_message(77, "hello?")
    assert await _retry_after(bot.send_message(31, "x")) == 1
    assert tg.flood_429s == 1
    assert tg.delivered(77) == [] and len(tg.delivered()) == 30


async def test_limits_off_by_default_settable_and_rates_can_be_disabled(
    tg: FakeTelegram, bot: Bot
) -> None:
    assert tg.limits is None
    assert await _send_all(bot, [PRIVATE] * 40) == [None] * 40
    tg.clock = FrozenClock()
    tg.limits = Limits(per_chat_per_second=0)  # per-chat limit off, overall still 30/s
    assert await _send_all(bot, [PRIVATE] * 31) == [None] * 30 + [1]
    tg.limits = Limits(per_chat_per_second=0)  # setting again starts with empty windows
    assert await _send_all(bot, [PRIVATE] * 30) == [None] * 30
    tg.limits = None
    assert await _send_all(bot, [PRIVATE] * 10) == [None] * 10
    assert tg.flood_429s == 1
    with pytest.raises(ValueError):
        Limits(scale=0)
    with pytest.raises(TypeError):
        tg.limits = {"overall_per_second": 30}  # type: ignore[assignment]


def test_scaled_windows() -> None:
    assert Limits().windows() == {"overall": (30, 1.0), "chat": (1, 1.0), "group": (20, 60.0)}
    assert Limits(scale=20).windows() == {
        "overall": (600, 1.0),
        "chat": (20, 1.0),
        "group": (400, 60.0),
    }
    assert Limits(per_chat_per_second=0.5).windows()["chat"] == (1, 2.0)
    assert "group" not in Limits(per_group_per_minute=0).windows()


async def test_copy_message_is_a_limited_send(tg: FakeTelegram, bot: Bot) -> None:
    tg.clock = FrozenClock()
    tg.limits = Limits()
    await tg.push_text(PRIVATE, "my run: 5 km")  # a user's message the bot can copy
    original = await bot.send_message(PRIVATE + 1, "Club news")
    await bot.copy_message(PRIVATE + 2, PRIVATE + 1, original.message_id)
    assert await _retry_after(bot.copy_message(PRIVATE + 2, PRIVATE, 1)) == 1
    await bot.copy_message(PRIVATE + 3, PRIVATE, 1)
    [copied] = tg.delivered(PRIVATE + 3, method="copyMessage")
    assert tg.message(copied)["text"] == "my run: 5 km"
    assert [c.method for c in tg.delivered(method=None)] == [
        "sendMessage",
        "copyMessage",
        "copyMessage",
    ]
    assert len(tg.delivered(method="copyMessage")) == 2


async def test_long_scaled_broadcast_with_a_small_bucket(tg: FakeTelegram) -> None:
    """The limiter ``Limits`` recommends for long broadcasts: 500/s in bursts of 25 stays
    under 600 in every 1-second window. (``overall_max_rate=500, overall_time_period=1``
    lets 500 through at once and then 500/s, so a sequential broadcast of more than 600
    can draw a 429 and a 1.1 s pause from it.) Sequential sends: the fastest way to
    reach the fake, about 1,000/s here, so the limiter is what paces them."""
    tg.limits = Limits(scale=20)
    limiter = AIORateLimiter(overall_max_rate=25, overall_time_period=0.05)
    async with ExtBot(TOKEN, base_url=tg.base_url, rate_limiter=limiter) as b:
        for chat_id in range(30_000, 30_800):
            await b.send_message(chat_id, "Rest day tomorrow")
    assert tg.flood_429s == 0
    assert len(tg.delivered()) == 800
