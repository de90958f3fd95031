"""Twilio's opt-out, opt-in and help keywords in an inbound SMS, and what Lumbar does with one.

Twilio's default opt-out handling (platform-limits.md 2.3) works on a message that is one
keyword alone: STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, and since 14 May 2025 also
REVOKE and OPTOUT (Twilio blog "Update to FCC's SMS Opt-Out Keywords") put the number on
the sender's block list and Twilio confirms it to the runner itself; START, YES, UNSTOP take
it off again; HELP, INFO get Twilio's help reply. "STOP PLEASE" is not a keyword. Every one
of these messages still reaches our webhook, and a send to a blocked number fails with 21610.

YES is also the consent answer in Lumbar's own set-up, so the two meanings are told apart by
whether Lumbar has the number as stopped (see ``inbound_action``):

* stopped, and an opt-in word (YES, START, UNSTOP): Twilio has just unblocked the number, so
  Lumbar marks it resumed and answers nothing (Twilio's default setting already confirms).
  It is *not* consent: a runner who never agreed is asked the consent question again and
  must answer it.
* not stopped: YES is ordinary text for the conversation, which takes it as consent only
  while the consent question is open (and as an ordinary answer elsewhere). START or
  UNSTOP from a number that is not stopped is just a first message ("text anything to start").

Lumbar mirrors the block locally and checks it before every send, because Twilio's block is
per sender number (or Messaging Service) and would not follow a change of number.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

Keyword = Literal["stop", "start", "help"]
Action = Literal["stop", "resume", "help", "conversation", "ignore"]

STOP_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE", "OPTOUT"}
)
START_WORDS = frozenset({"START", "YES", "UNSTOP"})
HELP_WORDS = frozenset({"HELP", "INFO"})

_KEYWORDS: dict[str, Keyword] = {
    **dict.fromkeys(STOP_WORDS, "stop"),
    **dict.fromkeys(START_WORDS, "start"),
    **dict.fromkeys(HELP_WORDS, "help"),
}
_LONGEST = max(len(word) for word in _KEYWORDS)


def keyword_word(body: str) -> str | None:
    """The keyword a message consists of, in capitals ("YES"), or None.

    Case and width do not matter; spaces, punctuation, symbols and emoji around the word
    are ignored ("Stop.", " stop! ", "STOP 🛑"). Anything else makes it a normal message.
    """
    if len(body) > 4 * _LONGEST + 40:
        return None
    word = unicodedata.normalize("NFKC", body).strip()
    start, end = 0, len(word)
    while start < end and _is_noise(word[start]):
        start += 1
    while end > start and _is_noise(word[end - 1]):
        end -= 1
    word = word[start:end].upper()
    return word if word in _KEYWORDS else None


def classify(body: str) -> Keyword | None:
    """The kind of a keyword message ("stop", "start" or "help"); None for any other message."""
    word = keyword_word(body)
    return None if word is None else _KEYWORDS[word]


def inbound_action(body: str, *, stopped: bool) -> Action:
    """What to do with an inbound SMS from a number Lumbar has (or has not) as stopped.

    ====================  ============  ==================================================
    message               stopped       action
    ====================  ============  ==================================================
    stop word             either        "stop": mark stopped, cancel what is queued, send
                                        nothing (Twilio confirms on its default setting)
    start word            yes           "resume": mark not stopped; not consent
    help word             no            "help": send Lumbar's help text
    anything else         yes           "ignore": keep it (deduplicated), send nothing
    anything else, or     no            "conversation": the normal conversation, where
    YES/START/UNSTOP                    YES answers an open consent question
    ====================  ============  ==================================================

    A stopped number can get no SMS at all (Twilio answers 21610), not even help.
    """
    kind = classify(body)
    if kind == "stop":
        return "stop"
    if stopped:
        return "resume" if kind == "start" else "ignore"
    return "help" if kind == "help" else "conversation"


def _is_noise(char: str) -> bool:
    """Spaces, punctuation, symbols (emoji too), control and format characters, combining marks."""
    category = unicodedata.category(char)
    return category[0] in "PSZC" or category == "Mn"
