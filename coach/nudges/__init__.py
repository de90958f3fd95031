"""Nudges: pure rules that turn a runner's pain and distance diary into at most one message a day.

``evaluate`` judges a day, ``render`` writes the message, ``explain`` writes the /why text.
The rule table a physiotherapist reviews is ``coach.nudges.rules.RULES`` (each row beside its
check in rest.py, see_pro.py, caution.py and positive.py); its numbers are in
``coach.nudges.thresholds``; its sentences in ``coach.texts.nudges``. See
shared/research/clinical-rules.md section 7.
"""

from coach.nudges.context import RuleInput
from coach.nudges.engine import evaluate, explain, render
from coach.nudges.metrics import Acwr, acwr_uncoupled_ewma
from coach.nudges.model import Decision, Episode, Family, PastNudge, Trigger
from coach.nudges.rule import Rule
from coach.nudges.rules import RULES
from coach.nudges.thresholds import DEFAULT, Thresholds

__all__ = [
    "DEFAULT",
    "RULES",
    "Acwr",
    "Decision",
    "Episode",
    "Family",
    "PastNudge",
    "Rule",
    "RuleInput",
    "Thresholds",
    "Trigger",
    "acwr_uncoupled_ewma",
    "evaluate",
    "explain",
    "render",
]
