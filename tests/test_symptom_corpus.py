"""Recall per category on the red-flag corpus and false alarms on ordinary messages.

The corpus was written from the NHS and NICE descriptions by someone who had not seen the
recogniser, as a blind test; it prints its table with ``pytest -s``.
"""

from __future__ import annotations

from collections import Counter

from coach.symptoms import Urgency, find_symptoms
from tests.symptom_corpus import expected_urgency, negated, ordinary, red_flags

MIN_EMERGENCY_RECALL = 0.95
MAX_EMERGENCY_FALSE_ALARMS = 0.02


def answered_well(category: str, phrase: str) -> bool:
    """The runner gets an answer at least as urgent as the category needs (a checklist for a vague one)."""
    found = find_symptoms(phrase)
    return bool(found) and found[0].category.urgency >= expected_urgency(category)


def test_recall_per_category_and_false_alarms():
    totals, hits = Counter(), Counter()
    misses = []
    for category, phrase in red_flags():
        totals[category] += 1
        if answered_well(category, phrase):
            hits[category] += 1
        else:
            misses.append((category, phrase))
    plain = ordinary()
    alarms = [m for m in plain if any(f.category.urgency is Urgency.EMERGENCY for f in find_symptoms(m))]
    flagged = [m for m in plain if find_symptoms(m)]
    print(f"\n{'category':<12} {'recall':>7} {'n':>4}")
    for category in sorted(totals, key=lambda c: (-expected_urgency(c), c)):
        print(f"{category:<12} {hits[category] / totals[category]:>7.1%} {totals[category]:>4}")
    print(f"emergency answers on {len(plain)} ordinary messages: {len(alarms) / len(plain):.1%}")
    print(f"any safety answer on ordinary messages: {len(flagged) / len(plain):.1%}")
    for category, phrase in misses:
        print(f"missed {category}: {phrase}")
    emergency = [c for c in totals if expected_urgency(c) is Urgency.EMERGENCY]
    for category in emergency:
        assert hits[category] / totals[category] >= MIN_EMERGENCY_RECALL, category
    assert len(alarms) / len(plain) <= MAX_EMERGENCY_FALSE_ALARMS, alarms


def test_every_red_flag_in_the_corpus_gets_its_answer():
    assert [(c, p) for c, p in red_flags() if not answered_well(c, p)] == []


def test_denied_or_resolved_symptoms_never_bring_the_emergency_answer():
    alarms = [m for m in negated() if any(f.category.urgency is Urgency.EMERGENCY for f in find_symptoms(m))]
    assert alarms == []


def test_the_corpus_is_as_big_as_promised():
    flags = red_flags()
    assert len(flags) >= 150 and len(ordinary()) >= 300
    assert {c for c, _ in flags} >= {"saddle", "bladder", "bowel", "both_legs", "weakness", "chest", "trauma", "fever"}
