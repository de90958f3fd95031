"""SMS segments a runner-month costs: the real texts of four weeks of a typical diary, counted as Twilio bills.

One runner talks to the conversation core (terminal channel, the same core SMS uses) for 28 days:
each morning the sweep's daily question, then a one-message check-in; runs that grow twice in the
month bring a load tip; Sunday evenings the weekly summary. Every text the runner receives goes
through ``coach.sms.to_gsm7`` and is counted with ``coach.sms.segments`` (160/153 GSM-7 characters a
segment). Buttons, which SMS shows as numbered choices, are not counted. Scaled to 30 days.

Run: python benchmarks/sms_cost.py
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.table import Figure, show  # noqa: E402
from coach.clock import ManualClock  # noqa: E402
from coach.sms import segments, to_gsm7  # noqa: E402
from handlers.jobs.sweep import sweep  # noqa: E402
from handlers.replies import Reply  # noqa: E402
from storage import open_db  # noqa: E402
from tests.helpers import Chat  # noqa: E402

UTC = dt.timezone.utc
START = dt.datetime(2026, 11, 2, 7, 0, tzinfo=UTC)  # a Monday, London is on UTC
DAYS = 28
KM = {0: 0, 1: 6, 2: 8, 3: 0, 4: 7, 5: 0, 6: 12}
GROWN = {9: 9.5, 23: 16.0}  # two runs much longer than usual: a tip each


def count(reply: Reply) -> int:
    return segments(to_gsm7(reply.sms or reply.text))


def month() -> Counter[str]:
    db = open_db(None)
    clock = ManualClock(START - dt.timedelta(days=1))
    chat = Chat(db, clock, chat_id="sms-runner")
    chat.onboard(zone="Europe/London", time="08:00")
    billed: Counter[str] = Counter()
    for day in range(DAYS):
        morning = START + dt.timedelta(days=day, hours=1)
        clock.set(morning)
        for queued in sweep(db, morning, ("terminal",)):
            billed[queued.kind] += count(queued.reply)
        clock.set(morning + dt.timedelta(minutes=5))
        km = GROWN.get(day, KM[(morning - dt.timedelta(days=1)).weekday()])
        for reply in chat.say(f"pain {2 + day % 3}, ran {km} km" if km else f"pain {2 + day % 3}, rest day"):
            kind = ("weekly summary" if reply.text.startswith("Your week") else
                    "check-in reply with a tip" if "Not medical advice" in reply.text else "check-in reply")
            billed[kind] += count(reply)
        evening = START + dt.timedelta(days=day, hours=11)
        clock.set(evening)
        for queued in sweep(db, evening, ("terminal",)):
            billed[queued.kind] += count(queued.reply)
    db.close()
    return billed


def run() -> tuple[list[Figure], list[str]]:
    billed = month()
    per_month = sum(billed.values()) * 30 / DAYS
    detail = ", ".join(f"{kind} {n}" for kind, n in sorted(billed.items()))
    figures = [Figure("SMS segments per runner-month", per_month, "", None, "printed", None)]
    return figures, [f"SMS: segments in {DAYS} days by kind: {detail}"]


if __name__ == "__main__":
    show(run)
