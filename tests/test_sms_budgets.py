"""The segment budget of each kind of text, from real renderings with long values (miles, a long nudge)."""

from __future__ import annotations

import datetime as dt

import pytest

from coach.clock import ManualClock
from handlers.channels.sms import SmsInbound
from handlers.channels.sms_text import render
from handlers.conversation import Conversation
from handlers.jobs.sweep import sweep
from handlers.outgoing import reply_of
from storage import identities, open_db, outbox

UTC = dt.timezone.utc
NUMBER = "+447700900123"
DAYS = [(3, 13.1), (7, 5), (4, 13.1), (6, 13.1), (2, 13.1), (2, 8), (4, 13.1), (3, 5), (6, 13.1), (7, 8),
        (6, 5), (3, 5), (5, 10), (4, 6.2)]


def texts_of(db, clock) -> list[tuple[str, object]]:
    out = []
    for message in outbox.due(db, clock(), ("sms",)):
        sms = render(reply_of(message))
        identities.remember_choices(db, NUMBER, sms.choices or None, now=clock())
        out.append((message.kind, sms))
        outbox.sent(db, message.id, clock())
    return out


@pytest.mark.parametrize("units", ["1", "2"], ids=["km", "miles"])
def test_segment_budgets_over_two_weeks(units) -> None:
    db = open_db(None)
    clock = ManualClock(dt.datetime(2026, 11, 2, 6, 0, tzinfo=UTC))
    sms = SmsInbound(Conversation(db, clock))
    seen: list[tuple[str, str, object]] = []
    keys = iter(range(10_000))

    def say(body: str, label: str) -> None:
        sms.handle(NUMBER, body, f"k{next(keys)}")
        seen.extend((label, kind, s) for kind, s in texts_of(db, clock))

    for body in ("Hi", "YES", units, "1", "1", "2", "2", "2"):
        say(body, "setup")
    for n, (pain, distance) in enumerate(DAYS):
        clock.set(dt.datetime(2026, 11, 3, 7, 1, tzinfo=UTC) + dt.timedelta(days=n))
        sweep(db, clock(), ("sms",))
        seen.extend(("question", kind, s) for kind, s in texts_of(db, clock))
        say(f"{pain} {distance}", "answer")
    questions = [s for label, _, s in seen if label == "question"]
    confirmations = [s for label, _, s in seen if label == "answer" and s.parts[0].startswith("Saved")]
    tips = [s for s in confirmations if "/why gives the source" in s.parts[0]]
    summaries = [s for _, _, s in seen if s.parts[0].startswith("Your week")]
    assert len(questions) == len(DAYS) and all(s.segments == 1 for s in questions)
    assert tips, "at least one confirmation carried a tip"
    assert max(s.segments for s in confirmations) <= 3
    assert summaries and max(s.segments for s in summaries) <= 4
    print(f"\n{units}: question 1, confirmation max {max(s.segments for s in confirmations)}, "
          f"with tip {[s.segments for s in tips]}, summary {[s.segments for s in summaries]}, "
          f"plain confirmations {sorted({s.segments for s in confirmations if s not in tips})}")


async def test_lumbar_chat_sms_shows_texts_with_their_segment_counts() -> None:
    from handlers.channels.sms_terminal import SmsTerminalChat

    db = open_db(None)
    shown: list[str] = []
    chat = SmsTerminalChat(Conversation(db, ManualClock(dt.datetime(2026, 11, 2, 6, 0, tzinfo=UTC))),
                           number=NUMBER, write=shown.append)
    for line in ("hi", "yes", "2"):
        await chat.say(line)
    assert shown[0].startswith("sms> Lumbar:") and shown[0].endswith("[445 characters, 3 segments]")
    assert "Reply 1 for Kilometres, 2 for Miles" in shown[1]
    assert "Is your time zone Europe/London" in shown[2] and shown[2].endswith("1 segment]")
