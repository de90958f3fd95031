"""The safety net for warning signs told in another language (coach.symptoms.other_languages).

other_languages.tsv was written blind, by someone who had not seen the word lists, in twelve languages; the
word lists were then written with it in view, so these are in-sample figures: each red flag must reach the
runner as a symptom found or the warning signs named under the reply.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.models import Unit
from coach.parsing import ParseProblem, parse_checkin
from coach.symptoms import NEAR_WARNING_SIGNS, find_symptoms
from coach.symptoms.other_languages import WORDS, names_a_sign
from coach.symptoms.reading import read
from handlers import safety
from handlers.replies import Reply
from tests.symptom_corpus import FOLDER, ordinary


def _corpus() -> list[tuple[str, str, str]]:
    lines = (FOLDER / "other_languages.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#")]


def _answered(text: str) -> bool:
    """What the runner is shown: a symptom found, or the warning signs named (under "couldn't read that", or
    under what was saved when the message was words)."""
    if find_symptoms(text):
        return True
    checkin = parse_checkin(text, today=dt.date(2026, 12, 3), unit=Unit.KM)
    if isinstance(checkin, ParseProblem):
        return safety.under_unread_words(text, [Reply("?")]) != [Reply("?")]
    return safety.beside_a_checkin(text)


RED = [(lang, category, text) for lang, category, text in _corpus() if category != "-"]
PLAIN = [(lang, text) for lang, category, text in _corpus() if category == "-"]


def test_the_corpus_covers_the_languages_it_promises():
    assert len(RED) >= 150 and len(PLAIN) >= 50
    assert {lang for lang, _, _ in RED} == set(WORDS)


def test_nearly_every_red_flag_in_another_language_reaches_the_runner():
    missed = [(lang, text) for lang, _, text in RED if not _answered(text)]
    assert len(missed) <= len(RED) // 50, missed


def test_ordinary_check_ins_in_other_languages_are_rarely_given_the_signs():
    """Tired legs, a toilet stop, cold hands: the net is not said under every check-in."""
    netted = [text for _, text in PLAIN if names_a_sign(text)]
    assert len(netted) <= len(PLAIN) // 10, netted


def test_english_running_talk_meets_no_word_here_the_english_net_lacks():
    """No word of another language is an English word a runner uses ("hose", "chute", "his", "tarmac" were)."""
    added = [m for m in ordinary() if names_a_sign(m) and NEAR_WARNING_SIGNS.isdisjoint(read(m).occ)]
    assert added == [
        "Necesito hacer pipí antes de la carrera siempre, lol nervios",
        "Naiihi ako lagi bago tumakbo, kabado lang",
    ]  # the corpus's two lines in other languages, about peeing


@pytest.mark.parametrize("text", ["BLUT IM URIN", "Blut im Urin", "blut im úrin", "sangre en la orina!!"])
def test_case_and_accents_do_not_matter(text):
    assert names_a_sign(text)


@given(st.text(max_size=200), st.sampled_from(["sangre", "Blut", "peshab", "dormência", "kesemutan"]))
def test_a_sign_word_is_found_whatever_text_surrounds_it(text, word):
    assert names_a_sign(f"{text} {word} {text}")
