"""Opt-out, opt-in and help keywords in inbound SMS, and YES as consent or as a resume."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.sms_keywords import (
    HELP_WORDS,
    START_WORDS,
    STOP_WORDS,
    classify,
    inbound_action,
    keyword_word,
)


def test_the_keyword_lists_are_twilios() -> None:
    assert STOP_WORDS == {
        "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT",
    }  # fmt: skip
    assert START_WORDS == {"START", "YES", "UNSTOP"}
    assert HELP_WORDS == {"HELP", "INFO"}


@pytest.mark.parametrize("word", sorted(STOP_WORDS))
@pytest.mark.parametrize(
    "spelling", [str.upper, str.lower, str.title, lambda w: w[0].lower() + w[1:]]
)
def test_every_stop_word_in_any_case(word: str, spelling) -> None:
    assert classify(spelling(word)) == "stop"


@pytest.mark.parametrize(
    "body",
    ["STOP", " stop ", "Stop.", "stop!", "STOP!!!", "\tStop\n", "'stop'", "“Stop”", "stop 🛑",
     "🛑 STOP", "ＳＴＯＰ", "stop\u00a0", "...stop...", "(stop)", "stop\u200b", "STOP ❤️"],
)  # fmt: skip
def test_stop_alone_with_spaces_punctuation_or_emoji_around_it(body: str) -> None:
    assert classify(body) == "stop"
    assert keyword_word(body) == "STOP"


@pytest.mark.parametrize(
    "body",
    ["STOP PLEASE", "please cancel", "stop it", "don't stop", "stopp", "sto p", "s.t.o.p",
     "3 stop", "stop 3", "the end", "yes please", "yes 3", "help me", "", "   ", "...", "🛑",
     "STOP" * 40, "OPT OUT", "unsub"],
)  # fmt: skip
def test_anything_more_than_the_word_is_a_normal_message(body: str) -> None:
    assert classify(body) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("START", "start"), ("yes", "start"), ("Yes!", "start"), ("unstop", "start"),
        ("HELP", "help"), ("info", "help"), ("Help?", "help"),
        ("end", "stop"), ("Quit.", "stop"), ("optout", "stop"), ("revoke", "stop"),
    ],
)  # fmt: skip
def test_classify(body: str, expected: str) -> None:
    assert classify(body) == expected


@pytest.mark.parametrize(
    ("body", "stopped", "expected"),
    [
        ("STOP", False, "stop"),
        ("STOP", True, "stop"),
        ("cancel", False, "stop"),
        ("YES", True, "resume"),
        ("START", True, "resume"),
        ("unstop", True, "resume"),
        ("YES", False, "conversation"),
        ("START", False, "conversation"),
        ("UNSTOP", False, "conversation"),
        ("HELP", False, "help"),
        ("info", False, "help"),
        ("HELP", True, "ignore"),
        ("3 5", True, "ignore"),
        ("3 5", False, "conversation"),
        ("yes please", True, "ignore"),
    ],
)
def test_inbound_action(body: str, stopped: bool, expected: str) -> None:
    assert inbound_action(body, stopped=stopped) == expected


noise = st.text(alphabet=st.sampled_from(" \t\n.!?,;:'\"()-…🛑👍\u00a0"), max_size=6)


@given(st.sampled_from(sorted(STOP_WORDS | START_WORDS | HELP_WORDS)), noise, noise, st.booleans())
def test_a_keyword_survives_any_noise_around_it(
    word: str, before: str, after: str, lower: bool
) -> None:
    body = before + (word.lower() if lower else word) + after
    assert keyword_word(body) == word


@given(st.text(max_size=60), st.booleans())
def test_a_stop_word_always_stops_and_nothing_else_reaches_a_stopped_number(
    body: str, stopped: bool
) -> None:
    action = inbound_action(body, stopped=stopped)
    if classify(body) == "stop":
        assert action == "stop"
    elif stopped:
        assert action in ("resume", "ignore")
