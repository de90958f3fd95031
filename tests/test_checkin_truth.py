"""What a runner types is what is saved: 2,200 check-ins written blind, read back against what they meant.

The reader may leave a number unread (the runner is asked again, nothing is lost); it may not save a
different one. The few messages where it does are listed with the reason, and how many it reads is held
at today's level, so a change that reads less shows here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from coach.models import Unit
from coach.parsing import CheckinReply, parse_checkin

TODAY = dt.date(2026, 11, 24)
DATA = Path(__file__).parent / "data" / "checkins"

KNOWN_DISAGREEMENTS = {
    "dentist on friday 😬 8k, back 3": "a day in the sentence of the numbers dates them, as in 'Went out yesterday, 8k'",
    "ran a temp of 39 yesterday, back pain 3 now, no run": "the same",
    "deadlifted 100kg yesterday, back is a 6, rest day": "the same",
    "5": "a lone number answers the question just asked (pain, unless the distance was asked)",
    "2": "the same",
    "typo! 3 not 33": "the number kept after a correction is read",
    "🚴‍♂️ 30km 🚫🏃 back 3": "a bike ride in emoji is not told from a run",
    "a half today, 13.1, back 5": "a bare distance is in the runner's unit (km here), even 13.1",
    "back 3 km 8": "a unit between two numbers belongs to the one before it",
    "3 5": "two bare numbers are pain, then distance, as the question's own example '3 8km' shows",
    "4 and 6": "the same",
    "5/3": "the same, with a slash between them ('2 / 10k')",
    "7": "a lone number answers the question just asked",
    "3": "the same",
    "ran 5": "a bare distance is in the runner's unit",
    "Pain 4 ran 6": "the same",
    "ran 6": "the same",
    "pain 3 ran 6": "the same",
    "ran 5 at 6": "the same",
    "40 degrees F and windy, ran 3": "the same",
    "8 10": "two bare numbers are pain, then distance",
    "Back at 5 after a run at 8, 3 miles": "'back at 5' is a pain level, as 'back is at 5' is",
    "10": "a lone number answers the question just asked",
    "5k walk/run, mostly walking tbh, pain 4": "a walk-run is a run, its distance saved; a walk alone is not",
    "10k but walked about half of it, back 5": "a run with walks in it is saved whole",
    "ran 3k out and back, back 2": "'out and back' names the route: 3k is its length",
    "back 3 now, was 6 when I woke up, ran 5k": "the score now is read, as in 'was 5 this morning, now 3'",
}
SETS = {
    "blind_truth.tsv": {"pain": 303, "distance": 310, "day": 389},
    "blind_truth_2.tsv": {"pain": 234, "distance": 220, "day": 288},
    "blind_truth_3.tsv": {"pain": 258, "distance": 249, "day": 295},
    "blind_truth_4.tsv": {"pain": 268, "distance": 257, "day": 296},
    "blind_truth_5.tsv": {"pain": 241, "distance": 233, "day": 294},
    "blind_truth_6.tsv": {"pain": 267, "distance": 248, "day": 292},
    "blind_truth_7.tsv": {"pain": 186, "distance": 175, "day": 293},
}
"""How many are read right today, held as a floor 3 below (2026-12-02: 306, 313, 392 of 400; 237, 223, 291 of 300;
261, 252, 298 of 300; 271, 260, 299 of 300; 244, 236, 297 of 300; 270, 251, 295 of 300; 189, 178, 296 of 300). A
check-in about another day that is saved as today's counts as wrong, as any other field saved wrong. A walk or hike
with its distance ("walked 6k", "a 3 mile walk") is no run since 2026-12-01, as every writer of the sets meant: 8 of
the disagreements were walks saved as runs. A run beside a walk with its distance is asked, the whole message ("ran 5
km, 2 km walk also"): two reviews found it as often a plan, a swap or someone else's run. Since 2026-12-02 a hike or
walk told apart from its distance ("just a hike, ~10k"), or a treadmill walk's distance anywhere in the message,
is no run either. A correction in words ("scratch that",
"no wait", "correction") is asked about, not read."""


def _cases(name: str) -> list[tuple[str, str, str, str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]


def _read(message: str) -> dict[str, str]:
    reply = parse_checkin(message, today=TODAY, unit=Unit.KM, backfill_days=14)
    if not isinstance(reply, CheckinReply):
        return {"pain": "-", "distance": "-", "unit": "-", "day": "-"}
    distance = "-" if reply.distance_km is None else f"{reply.distance_value or reply.distance_km:g}"
    unit = "-" if reply.distance_km in (None, 0) else reply.unit.value
    day = "-" if reply.date in (None, TODAY) else reply.date.isoformat()
    return {"pain": "-" if reply.pain is None else str(reply.pain), "distance": distance, "unit": unit, "day": day}


@pytest.mark.parametrize("name", SETS)
def test_nothing_is_saved_other_than_what_the_runner_meant(name):
    wrong, right = [], {"pain": 0, "distance": 0, "day": 0}
    for message, pain, distance, unit, day in _cases(name):
        meant = {"pain": pain, "distance": "-" if distance == "-" else f"{float(distance):g}", "unit": unit,
                 "day": "-" if day == TODAY.isoformat() else day}
        got = _read(message)
        saved = got["pain"] != "-" or got["distance"] != "-"
        for field in ("pain", "distance", "day"):
            if got[field] == meant[field]:
                right[field] += 1
            elif (got[field] != "-" or field == "day" and saved) and message not in KNOWN_DISAGREEMENTS:
                wrong.append(f"{field} {got[field]} (meant {meant[field]}): {message}")  # "-" day: saved as today's
        if got["distance"] == meant["distance"] != "-" and meant["unit"] != "-" and got["unit"] != meant["unit"] \
                and message not in KNOWN_DISAGREEMENTS:
            wrong.append(f"unit {got['unit']} (meant {meant['unit']}): {message}")
    print(f"\n{name}: read right of {len(_cases(name))}: {right}")
    assert wrong == []
    assert all(right[field] >= least for field, least in SETS[name].items()), right


def test_the_known_disagreements_are_still_in_the_sets():
    messages = {case[0] for name in SETS for case in _cases(name)}
    assert set(KNOWN_DISAGREEMENTS) <= messages
    assert [len(_cases(name)) for name in SETS] == [400, 300, 300, 300, 300, 300, 300]
