"""The rules: which concepts, in what order and how close, say which red flag.

Rules are tried in order and the first match of a category gives its excerpt, so whole phrases
come before looser combinations. A match is dropped when a veto sits in its clause ("cancer
research 10k", "numb from the cold").
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Rule:
    """One concept, or two within `gap` words of each other in one clause ("numb" ... "groin").

    `either` allows the two parts in either order. `anchor` is the part a negation attaches to.
    `veto` concepts in the same clause cancel the match (in the same sentence when `wide`); `soft`
    vetoes do too unless one of the `unless` concepts is there ("numb hands", not "numb hands and
    feet"). `needs` must also appear somewhere in the same sentence. `before`/`after` are words
    that cancel the match when right next to it. `strict` gaps hold only filler words.
    `mention_only` rules find nothing: they mark a denied mention for remainder(). `cleared` concepts
    anywhere in the sentence cancel it too: the runner says no harm was done ("only my pride hurt").
    """

    category: str
    parts: tuple[str, ...]
    gap: int = 0
    either: bool = False
    anchor: int = 0
    strict: bool = False
    veto: tuple[str, ...] = ()
    wide: bool = False
    soft: tuple[str, ...] = ()
    soft_wide: bool = False
    """`soft` vetoes from anywhere in the sentence, a cause told first: "sports massage, legs tingling all evening"."""
    unless: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    before: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    excuse: tuple[str, ...] = ()
    cleared: tuple[str, ...] = ()
    mention_only: bool = False
    anywhere: bool = False
    """`needs` may be anywhere in the message ("I have osteoporosis. I only stumbled on the kerb.")."""
    far_needs: tuple[str, ...] = ()
    """Concepts that stand for `needs` from anywhere in the message ("I've lost 6 kg. I eat as usual.")."""
    gap_veto: frozenset[str] = frozenset()
    """Words that may not stand between the parts ("on the bus home the doms hit me")."""
    first_veto: frozenset[str] = frozenset()
    """Words that may not stand first in the gap: what the first part was ("the bus stop hit me"), where later in a
    long gap they tell where it happened ("a bus pulling away from the stop clipped me")."""
    close_veto: frozenset[str] = frozenset()
    """Words that may not stand among the gap's last three ("a car nearly clipped me", "the van didn't hit me"), where
    earlier in a long gap they are about something else ("a cyclist who didn't see me at the crossing ran me over")."""
    needs_apart: bool = False
    """`needs` must stand outside the match: the other leg of "left leg numb, now the right one too"."""
    negatable_before: bool = False
    """A `before` word with a negation just ahead of it does not cancel ("no better when I rest")."""
    at_end: bool = False
    """The match must end its clause: "bladder: yes" and "bladder yes, since Monday", not "bladder yes I always go"."""
    alone: bool = False
    """The match must begin its clause as well: "numb bum no, bladder yes", not "stretched both legs yes"."""

    @functools.cached_property
    def names(self) -> tuple[tuple[str, ...], ...]:
        """Each part's alternative concepts ("sens|feel_loss" is either)."""
        return tuple(tuple(part.split("|")) for part in self.parts)


def _r(category: str, *parts: str, **options: Any) -> Rule:
    return Rule(category, parts, **options)


_NEARLY = frozenset({"nearly", "almost", "narrowly", "practically"})
_NO_COLLISION = ("near_miss", "simile", "not_a_crash", "no_collision", "cost_hit", "thrown_at", "if_a_vehicle",
                 "feared", "at_home")
"""What makes a road user's "hit me" no accident: a near miss, a figure of speech, slang, a cost, a "what if",
something thrown or given ("hit me with a snowball", "knocked me over with a hug")."""
_NOT_YET_OR_NOT = frozenset("""
    nearly almost narrowly practically missed didnt doesnt dont wont will would could might may never not cant couldnt
    wouldnt if worried scared going gonna about thought expected
""".split())
"""Between a vehicle and "hit me", a hit that did not happen or has not yet: "the bus was going to hit me"."""
_TAKEN_SOMEWHERE = frozenset({"to", "for", "of", "past", "there", "here", "early", "home", "into"})
"""After "the bus took me out": a ride ("took me out to the start"), not a collision."""
_RUNNING_TARGETS = frozenset("target pb pr splits split pace paces goal time times numbers mark marks reps stride groove rhythm"
                             " mileage miles distance volume goals targets"
                             .split())
"""After "... and hit me": dialect for "my" ("left the car at the leisure centre and hit me target pace")."""
_NOT_A_VEHICLE = frozenset("""
    park parks stop stops station rank bill bills fare fares repair repairs insurance ride rides journey lane share
    surge surcharge pricing prices strike strikes parking charge charges sickness sick session sessions set sets reps
    workout final finals pro pros finalist finalists service tax loan payment wash alarm queue queues trip trips tour
    tours game games load loads cuts cut timetable timetables diversion diversions price rise rises hike path paths
    cancellation cancellations cancelled delay delays delayed rerouted rerouting closure closures sale sales deal
    deals offer offers fit fitting bell bells air freshener smell fleet replacement leg legs horn fumes neurone neuron
    door doors mirror mirrors
""".split())
"""After the road user of "hit by a ...": a place, a cost or a session ("hit by a big car repair bill", "hit by the 4x4 session")."""
_NOT_THE_VEHICLE = frozenset("doms fatigue tiredness reality exhaustion cramp cramps wall hunger nerves".split())
"""Between a vehicle and "hit me", what did hit: "on the 38 bus home the doms hit me". Not "it": "the matatu it hit
me from behind" is the vehicle again ("it hit me how unfit I am" is ``no_collision``); nor the weather or a race,
which may be where the vehicle was ("a van in the rain hit me")."""
_HOW_MANY = frozenset("number amount lots loads sheer volume".split())
"""Between "struck by the" and a vehicle: how many there were ("struck by the number of vans on the pavement")."""
_SAID_OF_A_VEHICLE = frozenset("""
    analogy analogies metaphor comparison joke jokes pun story stories reference meme video photo pic picture sticker
    advert ad ads emoji gif horn bell pedal pedals helmet keys key lock pump seat saddle wheel light lights
""".split())
"""After "hit me with his car": what was said, shown or held, not driven ("hit me with the van analogy again", "hit my
arm with her bike bell")."""
_NOT_MY_BODY = frozenset("""
    stretches stretch session sessions routine drills drill mobility exercises workout bumper gate fence wall garden
    yard window of to day flexor flexors
""".split())
"""After "into my back", "hit my back": what of the runner's was meant ("went into my back stretches", "reversed into
my back gate")."""
_OWN = frozenset({"my", "our", "own"})
"""Before a part of a vehicle: the runner's own ("my car door caught my knee getting in")."""
_FULL_OF_PASSENGERS = frozenset("crowded packed busy full heaving rammed school party rush".split())
"""Before the vehicle of "bumped by a lad on a ...": a passenger's jostle ("on a crowded tram")."""
_PROBLEM_WORDS = frozenset("""
    problems problem issues issue trouble troubles difficulties difficulty probs worries
""".split())
_NOT_TO_PEE = frozenset("""
    for to out running run on back home outside far faster fast any anywhere with further longer
    as because cos coz cause since till until
""".split())
"""Words after "couldn't go" that make it about going somewhere ("for a run") or explain it ("as
there was no loo"), not a bladder that will not empty."""
_TRAINING_WORDS = frozenset("""
    efforts effort session sessions workout workouts run runs intervals reps enough miles km
""".split())
_SENSED = ("sens", "feel_loss", "sens_vague", "sens_odd", "weak", "nerve_pain")
_YES_BUT_WELL = ("mention_state", "fatigue", "activity", "care_done")
"""A checklist item answered "yes" in a sentence that says it is well: "bowels yes, regular"."""
_EASED = frozenset("better easier eases eased fine ok okay good improves settles helps".split())
"""Words right before "when I rest" that make it relief, not pain at rest."""
_NOT_BLOOD = frozenset({"stop", "stops", "break", "breaks", "bottle", "queue", "station"})

_SENSATION = "sens|feel_loss|sens_vague|sens_odd"
_ONE_LEG = "leg1|legw1"
_LEGS_BOTH = "leg2|legw2"
_WORSENING = ("worse", "fell_over", "walk_trouble", "motor_walk", "leg_fails")

# Vetoes that several rules share.
_FATIGUE = ("fatigue",)
_LEAKED = ("gear", "pee_shy", "scare", "long_standing")  # a leaking bottle, a portaloo queue, "nearly wet myself"
_NUMB_EXPLAINED = ("cold_cause", "shoes", "sitting_cause")
_SOOTHING = ("soothing_cause",)
_LASTING = ("persisting",)
"""Legs tingling after a massage or a hot bath are explained, unless the feeling lasts: "still numb 3 days later"."""
_LEG_INJURY = ("trail", "procrastinate", "injury")  # a root, "dragging my feet", a sprain
_CHEST_EXCUSE = ("chest_excuse",)
_HEART_ATTACK_TOO = ("chest_company", "chest_severe", "autonomic", "arm_jaw", "breathless")

_THINGS_THAT_COLLAPSE = frozenset("""
    plan plans marquee tent gazebo roof wall bridge chair table deal market economy team defence defense season
    motivation form structure scaffolding
""".split())
"""Right before "collapsed": what fell down was not the runner ("my plans collapsed", "the marquee collapsed")."""
_PLACE_NAMES = frozenset("hill hills lane segment".split())
"""Right after "heart attack" it is a name: "heart attack hill"."""

RULES: tuple[Rule, ...] = (
    # cauda equina named: "they want to rule out" is a worry, "ruled out" is not
    _r("ces", "ces_named", needs=("ces_worry",), veto=("ces_cleared",), wide=True),
    _r("ces", "ces_asked", veto=("ces_cleared", "ces_show"), wide=True),  # "legs weird - is it CES"
    # saddle: a sensation word and a saddle-area word, either order
    _r("saddle", _SENSATION, "saddle|saddle_said", gap=7, either=True,
       veto=("sitting_cause", "cold_cause", "nothing_odd")),
    _r("saddle", "texture_odd", "saddle", gap=7, either=True, veto=("sitting_cause",)),
    _r("saddle", "feel_nothing", veto=("sitting_cause", "cold_cause", "injury", "exercise_feel", "all_normal"),
       wide=True, at_end=True),
    _r("saddle", _SENSATION, "wipe", gap=4, either=True, strict=True),
    _r("saddle", "wipe", "cant_sense|feel_loss|sens_odd", gap=8),
    _r("saddle", "cant_sense", "wipe", gap=4, strict=True),
    _r("saddle", "sit_numb", veto=("sitting_cause", "soft_seat")),
    # "touched my inner thigh and I couldn't feel it", not "adjusted my saddle and couldn't feel it making a difference"
    _r("saddle", "saddle|saddle_said", "unfelt_it", gap=3, veto=("injury", "sitting_cause"),
       after=frozenset({"making", "make", "work", "working", "helping", "change"})),
    _r("saddle", "paper_unfelt", needs=("wipe", "loo")),
    _r("saddle", "sense_noun", "saddle", gap=3, needs=("altered",), veto=("sitting_cause",)),
    # bladder: whole phrases first (the first rule that matches gives the excerpt), then a pee
    # word with a word for trouble, leaking, or not feeling it
    _r("bladder", "bladder_yes", veto=_YES_BUT_WELL, wide=True, at_end=True, alone=True),
    _r("bladder", "wet_self", veto=(*_LEAKED, "looked_like")),
    _r("bladder", "bladder_phr", veto=("pee_shy", "prerace", "hurts_to_go", "at_work", "plumbing")),
    _r("bladder", "retention", veto=("pee_shy", "prerace", "mid_race", "plumbing")),  # "bursting since this morning and can't go"
    _r("bladder", "pee_seldom", veto=("pee_shy", "prerace", "mid_race", "dry_cause"), wide=True),
    _r("bladder", "wont_start", needs=("pee_ctx",), veto=("pee_shy", "prerace", "poo")),
    _r("bladder", "incont", before=frozenset({"bowel", "faecal", "fecal", "anal", "stool"}), soft=("usual_leak",),
       unless=("leak_changed",), soft_wide=True),  # not "stress incontinence when I jump, since my second baby"
    _r("bladder", "i_leak", veto=(*_LEAKED, "cold_ctx", "sweat")),
    _r("bladder", "pee_accident", veto=_LEAKED),
    _r("bladder", "my_stream", veto=("pee_shy",)),
    _r("bladder", "pee_hard", "pee", gap=3, strict=True, veto=("pee_shy",)),
    _r("bladder", "pee", "pee_bad", gap=4, veto=("pee_shy",)),
    _r("bladder", "pee_bad_any", "pee", gap=4, veto=("pee_shy",)),
    # not "prostate slow stream as always"
    _r("bladder", "stream", needs=("pee_ctx",), veto=("pee_shy", "as_ever"), after=frozenset({"system"})),
    _r("bladder", "cant_sense", "pee|bladder|loo|need_to_go", gap=8, veto=("prerace",)),
    _r("bladder", "sense_need", needs=("pee",), veto=("prerace", "poo")),
    _r("bladder", "keep_dribbling", needs=("pee_ctx",), veto=_LEAKED, wide=True),  # "waterworks ... I keep dribbling"
    _r("bladder", "hardly_go", needs=("pee_ctx",), veto=("pee_shy", "prerace", "poo", "mid_race"), at_end=True),
    _r("bladder", _SENSATION, "pee|bladder", gap=4, either=True, veto=_LEAKED),
    _r("bladder", "leak", "leak_obj", gap=3, either=True, veto=_LEAKED),
    _r("bladder", "leak", "pee", gap=5, either=True, veto=_LEAKED),
    _r("bladder", "bladder", "leak", gap=5, veto=_LEAKED),  # "about my bladder: yes, it's been leaking"
    _r("bladder", "pee", "clothes", gap=4, veto=(*_LEAKED, "sweat")),
    _r("bladder", "not_felt", "pee", gap=3, veto=_LEAKED),
    _r("bladder", "accident_leak", "clothes", gap=2, veto=_LEAKED),
    _r("bladder", "pee|leak|wet_self", needs=("unnoticed",), veto=_LEAKED, wide=True),
    _r("bladder", "nothing_out", needs=("pee_ctx", "loo"), veto=("poo",),
       after=frozenset({"else", "wrong", "serious", "new", "major", "worse", "other", "to"})),
    _r("bladder", "no_urge", needs=("pee_ctx",), veto=("prerace", "pee_shy")),
    _r("bladder", "unsure_going", needs=("pee_ctx",), veto=("prerace", "pee_shy")),
    _r("bladder", "not_empty", needs=("pee_ctx", "loo")),
    _r("bladder", "cant_go", needs=("pee_ctx", "loo"), veto=("poo", "pee_shy", "prerace"), after=_NOT_TO_PEE),
    _r("bladder", "trickle_out", veto=("pee_shy",)),
    _r("bladder", "bladder", "incont", gap=3),
    _r("bladder", "accident", needs=("bladder",), veto=("scare",)),
    _r("bladder", "ctrl_loss", "pee|bladder", gap=3, veto=_LEAKED),
    _r("bladder", "bladder_went", needs=("ctrl_loss",), veto=(*_LEAKED, "plumbing", "prerace", "mid_race"),
       after=frozenset({"to", "at"}), wide=True),  # "my bladder's gone, can't hold it"
    _r("bladder", "bladder", "bladder_bad", gap=3, either=True, veto=("pee_shy", "plumbing"), wide=True),
    # bowel: runners' trots ("gut") is the everyday reason for an accident
    _r("bowel", "bowel_yes", veto=_YES_BUT_WELL, wide=True, at_end=True, alone=True),
    _r("bowel", "hold_it", needs=("no_warning",), veto=("gut", "scare", "prerace", "mid_race", "fatigue", "hold_veto",
                                                        "weather"),
       after=frozenset({"together", "up", "back", "down", "steady", "still", "for"}),
       wide=True),  # "couldn't hold it, didn't even get a warning"
    _r("bowel", "soil|poo_accident", veto=("scare", "gut", "bed_idiom")),
    _r("bowel", "no_urge", needs=("poo", "comes_out"), veto=("gut", "prerace")),  # "no urge, it just comes out"
    _r("bowel", "didnt_make_it", needs=("unnoticed",), veto=("gut", "scare", "prerace"), wide=True),
    _r("bowel", "ctrl_loss", "bowel|poo", gap=6, either=True, veto=(*_LEAKED, "gut")),  # "can't hold it in when I need a number 2"
    _r("bowel", "poo|soil|comes_out", needs=("unnoticed",), veto=("gut", "scare"), wide=True),
    _r("bowel", "bowel_went", needs=("ctrl_loss", "cant_sense"), veto=("gut", "scare", "prerace", "mid_race"),
       after=frozenset({"to", "at"}), wide=True),  # "back's agony, bowel's gone, can't hold it"
    _r("bowel", "poo", "comes_out", gap=3, veto=("gut", "scare")),
    _r("bowel", "sens|feel_loss", "poo", gap=5, either=True, veto=("gut",)),
    _r("bowel", "not_felt", "poo", gap=3, veto=("gut",)),
    _r("bowel", "accident", "in_bed", gap=1, needs=("poo", "unnoticed"), veto=("scare", "gut", "witness"),
       wide=True),  # "an accident in bed, number two": a bed is no fall there
    _r("bowel", "accident", needs=("poo", "bowel_word", "unnoticed"), veto=("scare", "gut", "fall_obj", "witness"),
       wide=True),
    _r("bowel", "cant_sense", "poo|bowel_word|wipe", gap=8, veto=("prerace",)),
    _r("bowel", "bowel_word", "cant_sense", gap=2, veto=("prerace",)),  # "Bowels: I don't feel the need to go"
    _r("bowel", "sense_need", needs=("poo",), veto=("prerace", "gut")),  # "can't do a number 2, can't tell when"
    _r("bowel", _SENSATION, "wipe|poo", gap=4, either=True, strict=True),
    _r("bowel", "bowel_word", "bowel_bad", gap=3, either=True, veto=("gut",)),
    _r("bowel", "leak", "bowel", gap=2, either=True, veto=(*_LEAKED, "gut")),
    _r("bowel", "stool_leak", veto=(*_LEAKED, "gut")),  # "some leakage of stool"
    _r("bowel", "clench_fail", needs=("poo", "bowel_word", "accident", "soil", "loo"),
       far_needs=("poo", "bowel_word", "accident", "soil", "loo")),  # "my bum won't clench, had an accident"
    _r("bowel", "sens_odd|feel_loss", "bowel_word", gap=5, either=True, veto=("gut",)),
    # sexual
    _r("sexual", "sex_phr"),
    _r("sexual", "sex_yes", veto=_YES_BUT_WELL, wide=True, at_end=True, alone=True),
    _r("sexual", "no_erect", after=_PROBLEM_WORDS),
    _r("sexual", "sex_prob", "erect", gap=4, either=True, after=_PROBLEM_WORDS | _TRAINING_WORDS),
    _r("sexual", _SENSATION, "sex_ctx", gap=5, either=True),
    _r("sexual", "sex_area", "sex_bad", gap=5, either=True, veto=("sitting_cause", "cold_cause"), wide=True),
    _r("sexual", "feel_loss|sens", "touched", gap=6, either=True),
    _r("sexual", "feel_loss", "intimate_with", gap=3, veto=("exertion",)),  # "lost all sensation when me n my gf..."
    # not "couldn't finish with my wife, she dropped me at 15k"
    _r("sexual", "finish_with", veto=("exertion", "race_talk", "finish_ctx"), wide=True),
    _r("sexual", "genitals", "obey|sex_bad", gap=4, veto=("sitting_cause", "cold_cause"), wide=True),
    _r("sexual", "cant_finish", needs=("sex_ctx", "sex_area")),
    _r("sexual", "not_hard", needs=("partner",)),
    _r("sexual", "wet_gone", needs=("feel_loss", "partner", "sex_ctx", "sex_area")),
    # both legs: "legs" alone counts with a plainly nervous word; "weird" or "weak" needs "both"
    # or a reason that isn't training
    _r("both_legs", "sens|feel_loss|nerve_pain|weak|sens_odd", "bilat", gap=8, either=True,
       veto=("cold_cause",), soft=_SOOTHING, unless=_LASTING, soft_wide=True),
    _r("both_legs", "sens_vague", "bilat", gap=6, either=True, veto=("cold_cause",), soft=_SOOTHING,
       unless=_LASTING, soft_wide=True, excuse=_FATIGUE),
    _r("both_legs", "sens_odd", "leg2", gap=6, either=True, veto=_NUMB_EXPLAINED, soft=_SOOTHING,
       unless=_LASTING, soft_wide=True, excuse=_FATIGUE),
    _r("both_legs", "pain|ache", "bilat_legs", gap=4, either=True, excuse=_FATIGUE, veto=("joint",)),
    _r("both_legs", "burning_down", "bilat|legw2", gap=6, either=True, excuse=_FATIGUE),  # "burning down to my feet"
    _r("both_legs", "sens|nerve_pain", "leg2", gap=6, either=True, veto=_NUMB_EXPLAINED, soft=_SOOTHING,
       unless=_LASTING, soft_wide=True),
    # "can't feel my legs after that hill session" is how runners say tired
    _r("both_legs", "feel_loss", "leg2", gap=5, either=True, veto=_NUMB_EXPLAINED, soft=_SOOTHING,
       unless=_LASTING, soft_wide=True, excuse=_FATIGUE),
    _r("both_legs", "sens|feel_loss|sens_odd", "feet2", gap=4, either=True, veto=(*_NUMB_EXPLAINED, "in_car"),
       soft=_SOOTHING, unless=_LASTING, soft_wide=True),  # "feet asleep in car"
    _r("nerve", "sens|feel_loss|nerve_pain|sens_vague|sens_odd", "feet2", gap=4, either=True,
       veto=("cold_cause", "shoes")),
    _r("both_legs", "weak", "legw2", gap=4, either=True, excuse=_FATIGUE),
    _r("both_legs", "pain|ache", "leg_down2", gap=3, excuse=_FATIGUE),
    _r("both_legs", "spread"),
    _r("both_legs", "neither_leg", veto=(*_FATIGUE, "exertion", "shoes", "activity"), wide=True),
    _r("both_legs", "legs_yes", veto=(*_YES_BUT_WELL, "leg_part"), wide=True, at_end=True, alone=True),
    # "pins and needles? yes both legs" (not "did you ice? yes both legs")
    _r("both_legs", "yes_both_legs", needs=_SENSED, far_needs=_SENSED, veto=(*_YES_BUT_WELL, "leg_part"), at_end=True,
       alone=True),
    _r("both_legs", "on_fire", "bilat", gap=6, either=True, excuse=_FATIGUE),
    _r("both_legs", "switches_side", needs=("pain", "nerve_pain", "sens", "feel_loss"), veto=("thoracic_veto",)),
    _r("both_legs", "one_side", "other_side", gap=8,
       needs=("sens", "nerve_pain", "weak", "feel_loss", "same_again"),
       veto=("stiff", "ache", "cramp"), excuse=_FATIGUE),
    # one leg, then the other: "left leg numb for days, now the right one too"
    _r("both_legs", "sens|feel_loss|nerve_pain|weak", "one_side", gap=4, either=True, anchor=1,
       needs=("other_side",), needs_apart=True, veto=(*_NUMB_EXPLAINED, "stiff", "ache", "cramp", "weak_explained"),
       soft=_SOOTHING,
       unless=_LASTING, excuse=_FATIGUE),
    _r("both_legs", "one_side", "other_side", gap=8, needs=("pain", "nerve_pain"),
       veto=("stiff", "ache", "cramp", "injury", "muscle"), excuse=_FATIGUE),
    # weakness: a leg that gives way, drops, drags or won't do as it's told; plain "weak" only
    # when it is getting worse or stops the runner walking. Training explains tired legs, not one
    # leg or foot that fails.
    _r("weakness", "give_way", "legw1", gap=7, either=True, veto=("sofa", "injury"), wide=True),
    _r("weakness", "give_way", "legw2", gap=7, either=True, veto=("sofa", "injury"), wide=True,
       excuse=_FATIGUE),
    _r("weakness", "out_from_under", needs=("unprovoked",), veto=("sofa", *_LEG_INJURY)),  # "... no idea why"
    _r("weakness", "give_way", "knee", gap=4, either=True, needs=("fell_over", "unprovoked"),
       veto=("sofa", *_LEG_INJURY)),
    _r("weakness", "give_way", "knees2", gap=4, either=True, veto=("sofa", *_LEG_INJURY), excuse=_FATIGUE),
    _r("nerve", "give_way", "knee", gap=4, either=True, veto=("sofa",)),
    _r("weakness", "toes_catching", veto=("injury", "form_talk", "shoes", "not_looking"), wide=True, at_end=True),
    _r("weakness", "foot_drop", veto=(*_LEG_INJURY, "form_talk", "feelings_idiom", "nerves_idiom", "shoes"),
       wide=True),
    _r("weakness", "jelly_leg", veto=(*_LEG_INJURY, "feelings_idiom", "nerves_idiom", "race_end"), wide=True),
    _r("weakness", "walk_trouble", veto=("trail", "blister", "falling_idiom"), excuse=_FATIGUE),
    _r("weakness", "cant_do", "motor_leg", gap=2, strict=True, veto=_LEG_INJURY, wide=True),
    _r("weakness", "cant_do", "motor_walk", gap=2, strict=True, veto=("trail", "blister"),
       excuse=_FATIGUE),
    _r("weakness", "weak_prog|too_weak|no_power", _ONE_LEG, gap=4, either=True, veto=("asymmetry", "injury"),
       wide=True),
    _r("weakness", "weak_prog|too_weak|no_power", _LEGS_BOTH, gap=4, either=True,
       excuse=_FATIGUE),
    _r("weakness", "weak", "legw1", gap=4, either=True, needs=_WORSENING),
    _r("weakness", "weak", "legw2", gap=4, either=True, needs=_WORSENING, excuse=_FATIGUE),
    _r("weakness", "floppy", "foot_part", gap=4, either=True),
    _r("weakness", "foot_part", "drag_verb", gap=3, either=True, anchor=1, veto=(*_LEG_INJURY, "form_talk"),
       wide=True),
    _r("weakness", _ONE_LEG, "obey", gap=3, veto=("sofa",)),
    _r("weakness", "legw1", "leg_fails", gap=3, veto=_LEG_INJURY),
    _r("weakness", "leg1", "wont_hold", gap=3, veto=_LEG_INJURY),  # "the thigh feels dead and won't hold me"
    _r("weakness", "legw2", "leg_fails", gap=3, veto=_LEG_INJURY, excuse=_FATIGUE),
    _r("weakness", _LEGS_BOTH, "obey", gap=3, veto=("sofa",), excuse=_FATIGUE),
    # chest
    _r("chest", "chest_phr|to_chest", veto=("chest_gear",), soft=_CHEST_EXCUSE, unless=_HEART_ATTACK_TOO, wide=True),
    _r("chest", "heart_attack", veto=("chest_gear",), soft=_CHEST_EXCUSE, unless=_HEART_ATTACK_TOO, wide=True,
       after=_PLACE_NAMES),  # not "heart attack hill"
    _r("chest", "chest", "chest_sx", gap=6, either=True, veto=("chest_gear",), soft=_CHEST_EXCUSE,
       unless=_HEART_ATTACK_TOO, wide=True),
    # pain spreading to the left arm or jaw, or breathless at rest (NHS heart attack page)
    _r("chest", "arm_jaw", veto=("arm_jaw_veto",), wide=True),
    # "grey and clutching my chest"
    _r("chest", "clutch_chest", needs=("pallor", "autonomic"), veto=("chest_gear", "finish_talk"), wide=True),
    _r("chest", "breathless_rest", wide=True),  # before "breathless": a vetoed match there ends the words' turn
    _r("chest", "breathless", veto=("exertion", "feelings_idiom"), wide=True),
    _r("chest", "sentence_breath", veto=("exertion", "feelings_idiom", "prerace", "sentence_idiom"), wide=True),
    _r("chest", "breathless_even", veto=("exertion", "feelings_idiom", "chest_excuse", "fatigue"), wide=True),
    # aorta: tearing pain, fainting or collapse, or sudden severe pain with faintness or sweat
    _r("aortic", "tear|something_tore", veto=("muscle",)),
    _r("aortic", "belly_pulse"),
    _r("aortic", "loc", veto=("faint_ctx", "sleep_ctx"), wide=True),
    _r("aortic", "did_faint", veto=("faint_ctx", "sleep_ctx", "past_time"), wide=True, at_end=True),  # "I did faint."
    _r("aortic", "faint", veto=("sofa", "faint_ctx"),
       after=frozenset({"the", "that", "my", "it", "everything", "goat", "goats"})),
    _r("aortic", "clammy", needs=("night_pain_word",), veto=("faint_ctx",)),
    _r("aortic", "sudden", "severe|pain|night_pain_word", gap=5, either=True,
       needs=("autonomic",), veto=("faint_ctx", "muscle"), wide=True),
    _r("aortic", "autonomic", needs=("severe_pain",), veto=("faint_ctx",), wide=True),
    _r("aortic", "sudden", needs=("severe_pain",), veto=("faint_ctx", "muscle", "mechanical"),
       wide=True),
    _r("aortic", "collapse",
       veto=("sofa", "faint_ctx", "race_talk", "leg1", "leg2", "legw1", "legw2", "feet2"),
       before=_THINGS_THAT_COLLAPSE),
    # blood in urine
    _r("blood_urine", "blood_phr", veto=("blood_veto",), after=_NOT_BLOOD),
    _r("blood_urine", "blood_in_it", needs=("pee_ctx",), far_needs=("pee_ctx",),
       veto=("blood_veto", "bowel_blood", "not_pee_blood"), wide=True),
    _r("blood_urine", "blood", "urine", gap=6, either=True, veto=("blood_veto",)),
    _r("blood_urine", "colour", "urine", gap=4, either=True, veto=("blood_veto",), cleared=("beet_cause",)),
    _r("blood_urine", "urine_red", veto=("blood_veto",), cleared=("beet_cause",)),
    _r("blood_urine", "blood", "loo", gap=6, either=True, veto=("blood_veto", "bowel_blood")),
    _r("blood_urine", "toilet_water", "colour", gap=2, needs=("urine",),
       veto=("blood_veto", "bowel_blood"), cleared=("beet_cause",)),
    _r("blood_urine", "toilet_water", "colour", gap=2, veto=("blood_veto", "bowel_blood", "poo"), cleared=("beet_cause",)),
    _r("blood_urine", "colour", "in_the_bowl", gap=1, needs=("pee_ctx",), veto=("blood_veto", "bowel_blood", "poo"),
       cleared=("beet_cause",)),  # "saw red in the toilet bowl after I peed"
    # trauma
    _r("trauma", "fell_from", "fall_obj", gap=3, veto=("fell_veto", "witness", "near_miss"), cleared=("unhurt",),
       before=_NEARLY),
    _r("trauma", "trauma_phr", veto=("witness", "near_miss", "simile", "not_a_crash"), cleared=("unhurt",), before=_NEARLY),
    _r("trauma", "hit_me", veto=("near_miss", "simile", "not_a_crash", "no_collision", "cost_hit"), cleared=("unhurt",)),
    # with what it was doing between: "a car turning left hit me", "a taxi doing a u turn in the road hit me"
    _r("trauma", "road_user|numbered_vehicle", "hit_me_by", gap=8, veto=_NO_COLLISION, cleared=("unhurt",),
       gap_veto=_NOT_THE_VEHICLE | {"leg", "commute", "backpack", "rucksack", "bag", "umbrella"},
       first_veto=_NOT_A_VEHICLE, close_veto=_NOT_YET_OR_NOT,
       after=_RUNNING_TARGETS | _NOT_MY_BODY),
    _r("trauma", "road_user", "took_me_out", veto=_NO_COLLISION, cleared=("unhurt",), after=_TAKEN_SOMEWHERE),
    _r("trauma", "road_user", "and_took_me_out", gap=9, veto=_NO_COLLISION, cleared=("unhurt",), after=_TAKEN_SOMEWHERE,
       close_veto=_NOT_YET_OR_NOT),
    _r("trauma", "road_user|numbered_vehicle", "and_hit_me", gap=9, veto=_NO_COLLISION, cleared=("unhurt",),
       after=_RUNNING_TARGETS),
    _r("trauma", "hit_by", "road_user|numbered_vehicle", gap=2, veto=("seen_it", *_NO_COLLISION),
       cleared=("unhurt", "admired_or_taken"), before=_NEARLY, after=_NOT_A_VEHICLE, gap_veto=_HOW_MANY),
    _r("trauma", "by_someone_in", "road_user|road_user_after_by", gap=2, veto=("seen_it", *_NO_COLLISION),
       cleared=("unhurt", "admired_or_taken"), before=_NEARLY, after=_NOT_A_VEHICLE,
       gap_veto=_FULL_OF_PASSENGERS),
    _r("trauma", "hit_there_by", "road_user|numbered_vehicle", gap=2,
       veto=("seen_it", *_NO_COLLISION), cleared=("unhurt", "admired_or_taken"), before=_NEARLY, after=_NOT_A_VEHICLE,
       gap_veto=_FULL_OF_PASSENGERS),
    _r("trauma", "vehicle_part", "part_hit_me|hit_me_by", gap=3, veto=("not_on_the_road", *_NO_COLLISION),
       cleared=("unhurt",), gap_veto=_NOT_YET_OR_NOT, before=_OWN, after=_RUNNING_TARGETS | _NOT_MY_BODY),
    _r("trauma", "hit_me_by", "with_vehicle", gap=1, veto=("not_on_the_road", *_NO_COLLISION), cleared=("unhurt",),
       before=_NEARLY, after=_NOT_A_VEHICLE | _SAID_OF_A_VEHICLE, gap_veto=_NOT_MY_BODY),
    _r("trauma", "hit_there_by", "vehicle_part", gap=1, veto=("seen_it", *_NO_COLLISION), cleared=("unhurt",),
       before=_NEARLY),
    _r("trauma", "hit_by", "vehicle_part", gap=1, veto=("seen_it", *_NO_COLLISION), cleared=("unhurt",),
       before=_NEARLY),
    _r("trauma", "hit_by_a", "road_user_after_by", gap=2, veto=("seen_it", *_NO_COLLISION), cleared=("unhurt",),
       before=_NEARLY, after=_NOT_A_VEHICLE | {"of"}),
    _r("trauma", "collided_with", veto=("near_miss",), cleared=("unhurt",), before=_NEARLY),
    _r("trauma", "accident", veto=("accident_veto", "witness", "near_miss"), before=_NEARLY),
    # fever
    _r("fever", "fever_word", veto=("fever_veto", "past_time"), soft=("weather_strong",), unless=("fever_self",),
       after=frozenset({"run", "runs"})),
    _r("fever", "fever_swing|fever_self", veto=("fever_veto", "past_time")),
    _r("fever", "night_sweats", veto=("heat_ctx",), wide=True),  # before "chills": a wet bed is no cold weather
    _r("fever", "chills", veto=("cold_ctx", "heat_ctx", "prerace", "start_line"), wide=True),
    _r("fever", "sweat", "in_the_night", gap=4, either=True, veto=("activity", "weather"),
       wide=True),
    _r("fever", "unwell", veto=("fatigue",)),
    _r("fever", "num_c", "chills|shaking", gap=3, either=True, veto=("weather_strong",)),  # "38.8 and shaking"
    _r("fever", "temp_word", "num_c|num_f", gap=3, either=True,
       veto=("weather_strong", "fever_veto")),
    _r("fever", "num_c", "unit_c", veto=("weather",), before=frozenset({"in", "at"})),
    _r("fever", "num_f", "unit_f", veto=("weather",), before=frozenset({"in", "at"})),
    # weight loss
    _r("weight_loss", "weight_loss|weight_num", needs=("unintended",), far_needs=("unintended_diet",),
       before=frozenset({"to"}), veto=("explained_loss",), wide=True),
    # cancer
    _r("cancer", "cancer", veto=("cancer_veto",)),
    _r("cancer", "cancer_short"),
    _r("cancer", "oncology", veto=("cancer_veto", "oncology_work")),  # "my oncology nurse", not "I work in oncology"
    # night and constant pain
    _r("night_pain", "night_pain_word", "in_the_night", gap=3, either=True,
       veto=("relief", "night_run", "morning")),
    _r("night_pain", "severe", "in_bed|lying", gap=3, either=True, veto=("relief", "morning")),
    _r("night_pain", "night_pain_word", "lying", gap=3, either=True, veto=("relief", "morning")),
    _r("night_pain", "in_bed|lying", "makes_worse", gap=2, veto=("relief", "morning")),
    _r("night_pain", "pain_subj", "wake_me", gap=3, veto=("no_wake",)),
    _r("night_pain", "wake_phr", veto=("night_cause",), wide=True),
    _r("night_pain", "woken_nightly", veto=("night_cause", "night_waker"), wide=True),  # not "the pup, it's woken me"
    _r("night_pain", "no_sleep", "pain_subj|night_pain_word", gap=5, either=True,
       veto=("no_sleep_veto",)),
    _r("night_pain", "lie_phr", before=_EASED, negatable_before=True, veto=("sitting_cause",)),
    _r("night_pain", "lie_more", veto=("thoracic_veto", "activity")),
    _r("night_pain", "constant_it", veto=("activity",)),
    _r("night_pain", "rest_no_help", veto=("activity", "injury", "thoracic_veto", "leg_part"), wide=True,
       after=frozenset({"the", "my", "with", "for", "much"})),  # "rest not helping", not "... the calf strain"
    _r("night_pain", "constant", "pain|ache|night_pain_word", gap=3, either=True, anchor=0,
       veto=("activity",)),
    # upper back
    _r("thoracic", "thoracic_said", veto=("thoracic_veto",)),  # "mid back killin"
    _r("thoracic", "thoracic_strong", veto=("thoracic_veto",), soft=("stiff",),
       unless=("pain", "ache")),
    _r("thoracic", "thoracic|thoracic_where|thoracic_level", "pain|ache|moved_up", gap=6, either=True,
       veto=("thoracic_veto",)),
    _r("thoracic", "thoracic_level", needs=("pain", "moved_up"), anywhere=True, veto=("thoracic_veto",)),
    _r("thoracic", "thoracic|thoracic_where", needs=("pain", "moved_up"), anywhere=True,
       veto=("thoracic_veto",), cleared=("pain_denied",)),  # "Pain 5, 8k. Mid back around the ribs.": where the scored pain is
    # pain worse on coughing, sneezing or straining on the toilet
    _r("cough_sneeze", "cough_phr", veto=("cough_veto",), after=frozenset({"laughing", "laughter"})),
    _r("cough_sneeze", "cough_pain|severe|nerve_pain|pain_to_num", "cough", gap=5, either=True,
       veto=("cough_veto",)),
    _r("cough_sneeze", "cough_when", needs=("cough_worse", "severe", "pain_to_num"), veto=("cough_veto", "leak"),
       wide=True),  # "when I cough, the pain goes very strong": the pain in the clause after
    # lump
    _r("lump", "lump", "back|thoracic|thoracic_strong", gap=5, either=True, veto=("lump_veto",)),
    _r("lump", "lump_alone", veto=("lump_veto", "other_body", "saddle", "leg1", "leg2")),
    _r("lump", "shape"),
    _r("lump", "lump_phr"),
    # immune
    _r("immune", "immune", veto=("games",)),
    _r("immune", "steroid", veto=("steroid_veto",)),
    _r("immune", "infection", veto=("infection_veto",)),
    _r("immune", "osteo", needs=("minor_fall",), anywhere=True),
    # age: a first episode of back pain and an age over 50 or under 20, in one sentence
    _r("age", "first_ever", needs=("age_fact",), anywhere=True),
    _r("age", "first_marker", "back_issue", gap=9, either=True, needs=("age_fact",), anywhere=True),
    # nerve: one leg, or no body part named
    _r("nerve", "sens", "leg1", gap=4, either=True, veto=("cold_cause", "shoes", "numbing")),
    _r("nerve", "sens", veto=("cold_cause", "shoes", "numbing"), soft=("other_body",),
       unless=("leg1", "leg2", "back")),
    _r("nerve", "feel_loss|sens_vague|sens_odd", "leg1", gap=4, either=True,
       veto=_NUMB_EXPLAINED),
    _r("nerve", "nerve_pain", soft=("other_body",), unless=("leg1", "leg2", "back", "saddle")),
    _r("nerve", "burning_down", excuse=_FATIGUE),
    _r("nerve", "pain|ache", "leg_down", gap=3),
    _r("nerve", "weak", "legw1", gap=3, either=True),
    # denied or normal, only so that remainder leaves them out: "chest is fine", "peeing normal"
    _r("nerve", "mention_topic", "mention_state", gap=2, mention_only=True),
)
