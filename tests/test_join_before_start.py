"""A club code sent before /start is kept through setting up (issue 13), as the invite link's is."""

from __future__ import annotations

import re

from storage import clubs
from storage.runners import find_runner
from tests.helpers import Chat


def new_club(db, clock) -> str:
    owner = Chat(db, clock, chat_id="owner")
    owner.onboard()
    [created] = owner.say("/club new Riverside Runners")
    return re.search(r"Join code: (\w+)", created.text).group(1)


def set_up(chat: Chat, consent: str) -> list:
    chat.press(consent)
    chat.press("units:km")
    chat.say("Europe/London")
    return chat.say("08:00")


def test_join_before_start_is_offered_when_setting_up_is_done(db, clock):
    code = new_club(db, clock)
    newcomer = Chat(db, clock, chat_id="newcomer")
    [welcome] = newcomer.say(f"/join {code.lower()}")
    assert f"Once you're set up, I'll offer to join your club (code {code})." in welcome.text
    assert find_runner(db, "terminal", "newcomer") is None, "nothing is stored before consent"
    consent = welcome.buttons[0][0]
    assert (consent.label, consent.data) == ("I agree", f"consent:yes:{code}")
    replies = set_up(newcomer, consent.data)
    preview = next(r for r in replies if r.text.startswith('Join "Riverside Runners"?'))
    assert replies[-1].buttons[0][0].data.startswith("flag:"), "the safety checklist stays last"
    join = next(b.data for row in preview.buttons for b in row if b.label == "Join")
    [welcome_to_club, *_] = newcomer.press(join)
    assert welcome_to_club.text.startswith("Welcome to Riverside Runners!")
    runner = find_runner(db, "terminal", "newcomer")
    assert [c.name for c, _ in clubs.clubs_of(db, runner.id)] == ["Riverside Runners"]
    assert runner.pending_club is None


def test_an_invite_link_sent_again_during_setup_is_kept_too(db, clock):
    code = new_club(db, clock)
    newcomer = Chat(db, clock, chat_id="newcomer")
    newcomer.say("/start")
    newcomer.press("consent:yes")
    newcomer.say(f"/start club_{code}")
    newcomer.press("units:km")
    newcomer.say("Europe/London")
    replies = newcomer.say("08:00")
    assert any(r.text.startswith('Join "Riverside Runners"?') for r in replies)


def test_a_forged_club_code_in_the_consent_button_changes_nothing_but_a_preview(db, clock):
    newcomer = Chat(db, clock, chat_id="newcomer")
    newcomer.say("/start")
    replies = set_up(newcomer, "consent:yes:NOSUCH12")
    assert any("don't know that club code" in r.text for r in replies)
    [bad] = Chat(db, clock, chat_id="other").press("consent:yes:../../x")
    assert find_runner(db, "terminal", "other") is None, bad.text
