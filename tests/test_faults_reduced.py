"""The fault suite, reduced, so that CI catches a regression: the same scenarios as ``make faults``
(tests/faults/scenarios.py) with a few kills, one short outage, fewer runners and one zone pair; over SMS,
one kill and one short outage (about 35 s together)."""

from __future__ import annotations

import asyncio

from tests.faults import scenarios


def passed(row: scenarios.Row) -> None:
    print(f"\n{row}")
    assert row.ok, (row.lost, row.duplicated, row.integrity, row.failures)


async def test_sigkill_within_a_third_of_a_second_of_a_burst_of_twenty_check_ins_three_times(tmp_path):
    """Issue 10: every check-in stored and confirmed once; issue 15: the broadcast completes, integrity ok."""
    row = await scenarios.kills(tmp_path, kills=3, chats=20, burst=20, members=60, finish=90)
    passed(row)
    assert row.kills == 3 and row.integrity == "ok 4/4"


async def test_every_update_three_times_is_one_entry_and_one_reply(tmp_path):
    passed(await scenarios.thrice(tmp_path, chats=10, per_chat=2))


async def test_a_short_outage_of_500s_timeouts_and_refused_connections_loses_nothing(tmp_path):
    row = await scenarios.outage(tmp_path, seconds=6, members=40, chats=5)
    passed(row)
    assert not row.notes.startswith("0 failed sends"), "the outage did not hold anything back"


async def test_the_sweep_across_chathams_clock_changes_asks_once_a_day_and_never_in_quiet_hours():
    row = await asyncio.to_thread(scenarios.dst_matrix, zones=("Pacific/Chatham",), hours_around=20)
    passed(row)
    assert row.messages >= 2 * len(scenarios.CHECKIN_TIMES)


async def test_a_flooding_chat_and_a_spamming_group_do_not_hold_up_ten_runners_checking_in(tmp_path):
    """Issue 10: against Telegram's per-chat, per-group and overall limits, the ten get their replies within
    a few seconds, and the fake never answers 429."""
    row = await scenarios.flood(tmp_path, flood=100, over=2.5, group_commands=15, others=10, within=5.0)
    passed(row)


async def test_sms_a_sigkill_racing_twenty_webhooks_loses_no_check_in_and_confirms_each_once(tmp_path):
    """Issue 15, SMS: `lumbar serve` killed while signed webhooks are being posted; those without their 200
    are posted again (same MessageSid) after the restart, as Twilio retries them."""
    row = await scenarios.kills(tmp_path, channel_name="sms", kills=1, chats=20, burst=20, members=20, finish=60)
    passed(row)
    assert row.kills == 1 and row.integrity == "ok 2/2"


async def test_sms_a_short_twilio_outage_of_500s_timeouts_and_refused_connections_loses_nothing(tmp_path):
    row = await scenarios.outage(tmp_path, channel_name="sms", seconds=6, members=20, chats=5)
    passed(row)
    assert not row.notes.startswith("0 failed sends"), "the outage did not hold anything back"
