"""/privacy tells the truth (issue 13): what each club's organisers see, and the consent date in the runner's zone."""

from __future__ import annotations

import re

from tests.helpers import Chat


def grant(reply, label: str) -> str:
    return next(b.data for row in reply.buttons for b in row if b.label == label)


def test_the_consent_date_is_the_runners_own_date(db, clock):
    chat = Chat(db, clock)  # 06:00 UTC on Tue 24 Nov is 22:00 on Mon 23 Nov in Los Angeles
    chat.onboard(zone="America/Los_Angeles")
    [privacy] = chat.say("/privacy")
    assert "You agreed on 23 Nov 2026." in privacy.text
    assert "Nothing is shared with anyone." in privacy.text


def test_privacy_lists_what_each_club_sees(db, clock):
    owner, member = Chat(db, clock, chat_id="owner"), Chat(db, clock, chat_id="member")
    owner.onboard()
    [created] = owner.say("/club new Riverside Runners")
    code = re.search(r"Join code: (\w+)", created.text).group(1)
    member.onboard()
    [preview] = member.say(f"/join {code}")
    member.press(grant(preview, "Join"))
    [privacy, *sharing] = member.say("/privacy")
    assert "Nothing is shared with anyone." not in privacy.text
    assert ("• Riverside Runners: you as a member; whether you checked in and your distance, "
            "in the club's weekly totals.") in privacy.text
    [status] = sharing
    member.press(grant(status, "Share pain trend (anonymous)"))
    [privacy, *_] = member.say("/privacy")
    assert "your pain, only in an anonymous average of 3 or more members" in privacy.text
