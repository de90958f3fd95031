"""One chat's messages, on Telegram or SMS, are answered one at a time in the order they came."""

from __future__ import annotations

import asyncio

from handlers.in_order import InOrder


async def test_a_key_is_taken_in_order_and_let_go_when_nobody_waits() -> None:
    in_order, done = InOrder(), []

    async def answer(key: str, n: int, pause: float) -> None:
        async with in_order.turn(key):
            await asyncio.sleep(pause)
            done.append((key, n))

    await asyncio.gather(answer("a", 1, 0.03), answer("a", 2, 0), answer("b", 1, 0), answer("a", 3, 0))
    assert [n for key, n in done if key == "a"] == [1, 2, 3]
    assert done.index(("b", 1)) < done.index(("a", 1)), "another chat does not wait"
    assert len(in_order) == 0


async def test_a_chat_that_writes_again_as_its_lock_passes_still_waits_its_turn() -> None:
    """The lock is briefly free while it passes to a waiter: a new message then must not get a lock of its own."""
    in_order, inside, most = InOrder(), 0, 0

    async def answer() -> None:
        nonlocal inside, most
        async with in_order.turn("a"):
            inside += 1
            most = max(most, inside)
            await asyncio.sleep(0)
            inside -= 1

    first = [asyncio.create_task(answer()) for _ in range(2)]
    for _ in range(5):
        await asyncio.sleep(0)
        first.append(asyncio.create_task(answer()))
    await asyncio.gather(*first)
    assert most == 1 and len(in_order) == 0


async def test_a_cancelled_waiter_leaves_nothing_behind() -> None:
    in_order = InOrder()
    held = asyncio.Event()

    async def hold() -> None:
        async with in_order.turn("a"):
            held.set()
            await asyncio.sleep(0.02)

    async def wait() -> None:
        async with in_order.turn("a"):
            pass

    holder = asyncio.create_task(hold())
    await held.wait()
    waiter = asyncio.create_task(wait())
    await asyncio.sleep(0)
    waiter.cancel()
    await holder
    await asyncio.gather(waiter, return_exceptions=True)
    assert len(in_order) == 0
