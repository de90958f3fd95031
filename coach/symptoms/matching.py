"""Trying every rule on a read message, and saying whether each match is meant."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import (
    BODY_WORDS, CHECKLIST_ITEMS, ELABORATIONS, FILLER, HARD, JOINERS, NEGATORS, PINK_FOODS, PREDICATES,
    SENSATION_WORDS, SOFTENERS, SUBJECTS, TYPISTS,
)  # fmt: skip
from .negation import denied_before, feels_no_symptom, my_body, resolved_after, someone_else
from .reading import LONGEST, REGEX_NAMES, Doc, Span, clause, sentence
from .rules import RULES, Rule


@dataclass(frozen=True)
class Match:
    """A rule matched on tokens start..end (end exclusive)."""

    category: str
    start: int
    end: int
    anchor: Span
    status: str  # "found", "denied" or "other"
    rule: int  # index in RULES: earlier rules are the more telling wording
    extra: tuple[Span, ...] = ()  # where `needs` concepts matched


def _occurrences(doc: Doc, names: tuple[str, ...]) -> list[Span]:
    if len(names) == 1:
        return doc.find(names[0])
    found = [o for name in names for o in doc.find(name)]
    found.sort()
    return found


_HOW_LONG = frozenset("""
    sec secs second seconds min mins minute minutes hr hrs hour hours day days night nights week weeks wk wks
    month months year years yr yrs
""".split())
_NOT_A_SCORE = frozenset("""
    k km kms mi mile miles m metres meters x times reps sets kg kgs lb lbs stone st am pm oclock th nd rd
""".split())
"""What follows a number that is no score: a distance, a count, a weight, a time of day or a date."""
_SCORE = re.compile(r"(?:10|[1-9])(?:\.\d)?")


def _score_or_duration(words: list[str], k: int) -> bool:
    """A number that says how bad (1 to 10) or how long ("both legs 8/10 numb", "pain 7.5 in my chest", "numb for
    3 days down there"), which a check-in puts between a body part and its symptom; any other number (a distance, a
    time of day, a count, a 0 that says there is none) still keeps them apart."""
    word = words[k]
    following = words[k + 1] if k + 1 < len(words) else ""
    if following in _HOW_LONG:
        return word.isdigit()
    if k > 0 and words[k - 1] == "/":
        return word == "10"
    return bool(_SCORE.fullmatch(word)) and following not in _NOT_A_SCORE


def _gap_ok(doc: Doc, i: int, j: int, strict: bool) -> bool:
    """Whether words i..j may sit between two parts of a rule: no clause break, no new subject
    ("numb and my bum hurts"), and not another body part with its own state ("numb foot and sore
    bum"). A comma may come before an elaboration ("the saddle area, it's numb", "pain is higher
    up now, in my upper back") and "and" may join two body parts ("chest and back both hurt")."""
    words = doc.words
    body = predicate = False
    for k in range(i, j):
        word = words[k]
        following = words[k + 1] if k + 1 < len(words) else ""
        if strict:
            if word not in FILLER and word not in SOFTENERS and word != "and":
                return False
            continue
        if word == "," and (following in ELABORATIONS or following in SENSATION_WORDS):
            continue
        if k == i and word in _ANSWERED and (following in CHECKLIST_ITEMS or following in _ANSWER_ENDS):
            return False  # a list of answers: "numbness no weakness no bladder no"
        if word in HARD and word != "-":
            return False
        if word[:1].isdigit() and not _score_or_duration(words, k):
            return False
        if word in JOINERS and following in SUBJECTS:
            joins_parts = k > 0 and words[k - 1] in _PARTS and following in _PARTS
            if not joins_parts:
                return False
        body = body or word in BODY_WORDS
        predicate = predicate or word in PREDICATES
    return not (body and predicate)


_PARTS = BODY_WORDS | {"chest", "belly", "tummy", "stomach"}
_ANSWERED = frozenset({"no", "nope"})
_ANSWER_ENDS = frozenset({",", ".", "-", "/", "problems", "problem", "issues", "issue", "trouble", "worries", "longer"})
"""After "weakness no": the answer ends ("weakness no, both legs strong", "bladder no problems"), where "tingling no let
up in my groin" and "numbness no change in both legs" go on."""


def _sequences(doc: Doc, rule: Rule) -> Iterator[tuple[Span, Span, tuple[Span, ...]]]:
    """(whole span, anchor span, part spans) for every way the rule's parts line up."""
    if len(rule.names) == 1:
        for span in _occurrences(doc, rule.names[0]):
            yield span, span, (span,)
        return
    # The word-list part first: it is cheaper than a regex part and usually absent.
    second = _occurrences(doc, rule.names[1])
    if not second:
        return
    first = _occurrences(doc, rule.names[0])
    if not first:
        return
    for a in first:
        # Only occurrences starting near `a` can pair with it: bisect rather than scan every one.
        lo = bisect.bisect_left(second, (a[0] - rule.gap - LONGEST, 0)) if rule.either else 0
        hi = bisect.bisect_right(second, (a[1] + rule.gap, len(doc.words) + 1))
        for b in second[lo:hi]:
            for left, right in ((a, b), (b, a)) if rule.either else ((a, b),):
                near = left[1] <= right[0] <= left[1] + rule.gap
                if near and _gap_ok(doc, left[1], right[0], rule.strict) and _no_gap_veto(doc, rule, left[1], right[0]):
                    yield (left[0], right[1]), (a, b)[rule.anchor], (a, b)


def _no_gap_veto(doc: Doc, rule: Rule, i: int, j: int) -> bool:
    gap = doc.words[i:j]
    if rule.gap_veto.intersection(gap):
        return False
    return not gap or (gap[0] not in rule.first_veto and not _closing_denial(gap[-3:], rule.close_veto))


_NEXT_CLAUSE = frozenset({"and", "then", "but", "so"})
_PAST_DENIALS = frozenset({"didnt", "couldnt", "wasnt", "werent", "hadnt"})


def _closing_denial(tail: list[str], words: frozenset[str]) -> bool:
    """A denial or "nearly" among the gap's last words that reaches the hit: "the van didn't hit me", but not
    "the driver didn't stop and went into me", whose denial is of another verb (a past one: "if a lorry doesn't stop
    and hits me" is a worry)."""
    return any(word in words and not (word in _PAST_DENIALS and _NEXT_CLAUSE.intersection(tail[k + 1:]))
               for k, word in enumerate(tail))


_TOUCHING = frozenset({"simile"})
"""Vetoes that count only right before the match, up to two words ahead of it ("felt like a truck hit me",
"felt like I'd been hit by a bus", "feels like they got run over"), not anywhere near it ("got hit by a car and
it felt like being hit by a truck"), and not before "the": "I feel like the car hit me harder than I thought"
tells of a car that did."""
_LEAD_GAP = 2
_DESCRIBED = 4
"""Words that may say what the vehicle was after "a" ("felt like a huge great articulated lorry hit me")."""
_IN_THE_GAP = frozenset("""
    i id iwould ive im it its itwould itd they theyve theywould theyd you youve youwould youd we weve wewould my
    legs back body just been got was were had have has being getting a an
""".split())
"""What may stand between a simile and the accident's words: who it happened to, and how ("felt like I'd been
hit", "feels like I got hit")."""


def _leads_into(gap: list[str]) -> bool:
    """Whether a simile reaches the accident's words over ``gap``: who and how ("I'd been"), and after "a" a few
    words of what it was ("a massive lorry", "a double decker bus")."""
    article = next((k for k, word in enumerate(gap) if word in _ARTICLES), len(gap))
    who, described = gap[:article], gap[article + 1:]
    return (len(who) + (article < len(gap)) <= _LEAD_GAP and _IN_THE_GAP.issuperset(who)
            and len(described) <= _DESCRIBED and all(word[:1].isalnum() for word in described)
            and not _NOT_DESCRIBING.intersection(described))


_ARTICLES = frozenset({"a", "an", "someone", "somebody", "someones", "somebodys"})


_NOT_DESCRIBING = frozenset("""
    a an the and but or so then when while after before until till because cos since as if that which who
    i im me my it its was were is are be been being got get had have has he she they we you his her their our
    your this these those to of in on at by for with from into over up down out off
""".split())
"""Words that end a description of the vehicle: "felt like an idiot when a van hit me" tells of an accident."""


def _it_happened(doc: Doc, end: int) -> bool:
    """A simile the writer then says was true ("felt like I got hit by a car because I did", "... I was, on
    Sunday") or dates ("I feel like I was hit by a car yesterday"): the accident stands."""
    return bool(doc.within(("it_happened",), end, len(doc.words))) or \
        any(o[0] <= end + 1 for o in doc.within(("happened_when",), end, end + 2))


def _vetoed(doc: Doc, names: tuple[str, ...], lo: int, hi: int, parts: tuple[Span, ...]) -> bool:
    """A veto phrase near the match. One inside a matched phrase ("hot and cold") doesn't count,
    nor does a denied one ("numb and it's not from sitting")."""
    if parts and _TOUCHING.intersection(names):
        start, end = min(p[0] for p in parts), max(p[1] for p in parts)
        leads = doc.within(tuple(_TOUCHING.intersection(names)), start - _LEAD_GAP - _DESCRIBED - 1, end)
        if doc.words[start] != "the" and not _it_happened(doc, end) and any(
                o[0] < end and _leads_into(doc.words[o[1]:start]) for o in leads):
            return True
        names = tuple(name for name in names if name not in _TOUCHING)
    for o in doc.within(names, lo, hi):
        inside = any(p[0] <= o[0] and o[1] <= p[1] and o != p for p in parts)
        if inside or _denied_cause(doc.words, o[0], parts) or _set_aside(doc.words, o, parts) \
                or _dated_before(doc, o, parts) or _typist(doc, o) or _under_the_weather(doc.words, o):
            continue
        if doc.within(("back", "back_issue"), lo, hi) and any(i[0] == o[0] and o[1] < i[1] for i in doc.find("illness_named")):
            continue  # "had a chest cold and every cough makes the back pain shoot": not the chest that hurts
        return True
    return False


def _under_the_weather(words: list[str], veto: Span) -> bool:
    """ "Bit under the weather: 39.2": unwell, not the weather the runner ran in."""
    return words[veto[0]] == "weather" and words[max(0, veto[0] - 2):veto[0]] == ["under", "the"]


def _typist(doc: Doc, veto: Span) -> bool:
    """ "Writing for my dad, he has chest pain": a relative in a message typed for the runner is the runner or
    the one typing, not someone else whose illness explains the sign away ("my dad had a heart attack")."""
    return veto[1] - veto[0] == 1 and doc.words[veto[0]] in TYPISTS and doc.typed_for_them


_PRESENT = frozenset({"now", "today", "currently", "tonight"})
_TOLD_NOW = frozenset("""
    i ive im i have got a an its with running developed developing also too even feel feeling high getting has is
    started starting spiked lying in bed sitting down still at rest resting
""".split())
_BEFORE_NOW = ("past_time",)


def _dated_before(doc: Doc, veto: Span, parts: tuple[Span, ...]) -> bool:
    """A time in the past, then "now" and the sign told in the present: the time dates what came before the "now"
    ("the back pain started three days ago and now I have a fever"; not "years ago now I had glandular fever").
    An effort before a "now" still explains breathlessness ("intervals done, now I'm breathless")."""
    if not parts or not any(veto in doc.find(name) for name in _BEFORE_NOW):
        return False
    start = min(p[0] for p in parts)
    if veto[1] > start:
        return False
    between = doc.words[veto[1]:start]
    now = next((k for k, word in enumerate(between) if word in _PRESENT), None)
    return now is not None and now > 0 and all(word in _TOLD_NOW for word in between[now + 1:])


_CONTRASTS = frozenset({"but", "however", "although", "though", "yet"})
_LASTING = frozenset({"keeps", "keep", "kept", "still", "since", "always", "constantly", "repeatedly", "every"})
"""After a "but", a sign that goes on: "IBS for years so urgency is normal for me, but since yesterday I get
no warning at all"."""
_LASTS = frozenset({"constant", "constantly", "still", "days", "weeks", "worse", "worsening", "keeps", "spreading"})
"""After a sign, its cause and a "but": the sign lasting past its cause ("numb from the bike, but now still numb
2 days off it"); a plain "but now" does not ("feet numb from the cold, but now they've warmed up")."""
_FOODS = PINK_FOODS
"""Pink pee after beetroot lasts a day or two: "ate beetroot but since this morning my wee is pink"."""
_DOUBTED = frozenset({"probably", "prob", "probs", "maybe", "might", "possibly", "perhaps", "could"})


def _set_aside(words: list[str], veto: Span, parts: tuple[Span, ...]) -> bool:
    """An explanation before a "but" is put aside by the writer when they make light of it ("probably just
    a dodgy curry, but I didn't feel the urge at all") or when a lasting sign comes after; one for a single
    moment still explains it ("finished the race but my legs buckled", "probably the hill reps but I was
    really breathless", "had beetroot but since then my pee is red")."""
    if not parts or words[veto[0]] in _FOODS:
        return False
    start, end = min(p[0] for p in parts), max(p[1] for p in parts)
    if veto[0] >= end:  # after the sign, then a sign that lasts: "numb from the bike, but now 2 days off it"
        turn = next((k for k in range(veto[1], min(len(words), veto[1] + 3)) if words[k] in _CONTRASTS), None)
        return turn is not None and bool(_LASTS.intersection(words[turn + 1:turn + 9]))
    contrast = next((k for k in range(veto[1], start) if words[k] in _CONTRASTS), None)
    if contrast is None:
        return False
    before = words[max(0, veto[0] - 4):veto[0]]
    if "just" in before and _DOUBTED.intersection(before):
        return True
    after = words[contrast + 1:end + 2]
    lasting = [k for k, word in enumerate(after) if word in _LASTING]
    return any(not (after[k] == "since" and k + 1 < len(after) and after[k + 1] in ("then", "that", "it"))
               for k in lasting)


_CAUSE_LINKS = frozenset("""
    the a any from because just due my really had eaten eat been eating drunk drank any even feel feels
    seem seems red some much of chop chopped drink drank taken take consumed near touched
""".split())


def _denied_cause(words: list[str], at: int, parts: tuple[Span, ...] = ()) -> bool:
    """ "not from sitting", "it's not the cold", "haven't had beetroot": the explanation itself
    is denied. "Like I've been on a bike all day" is a likeness, not an explanation either, but the
    "like" of the symptom itself ("felt like death on the hills") makes nothing a likeness."""
    for k in range(max(0, at - 4), at):
        if words[k] == "like" and not any(lo <= k < hi for lo, hi in parts):
            return True
    k = at - 1
    while k >= 0 and at - k <= 3 and words[k] in _CAUSE_LINKS:
        k -= 1
    if k >= 1 and words[k] in ("or", "nor"):  # "haven't been dieting or running more"
        return not NEGATORS.isdisjoint(words[max(0, k - 4):k])
    return k >= 0 and words[k] in NEGATORS


def _needed(rule: Rule) -> tuple[frozenset[str], ...]:
    """The parts of a rule a message must hold a word-list concept of before the rule is tried; a part
    with a regex alternative may match any message."""
    return tuple(frozenset(part) for part in rule.names if not REGEX_NAMES.intersection(part))


_NEEDED = tuple(_needed(rule) for rule in RULES)
_ALWAYS = frozenset(index for index, parts in enumerate(_NEEDED) if not parts)
_BY_FIRST_PART: dict[str, list[int]] = {}
"""Each word-list concept, and the rules whose first needed part it can be."""
for _index, _parts in enumerate(_NEEDED):
    for _name in _parts[0] if _parts else ():
        _BY_FIRST_PART.setdefault(_name, []).append(_index)


def _candidates(doc: Doc) -> list[int]:
    """The rules, in order, whose every needed part is in the message: most rules have a part that isn't,
    and are never tried. Looked up from the concepts the message holds rather than tried rule by rule."""
    present = {name for name, spans in doc.occ.items() if spans}
    reached = set(_ALWAYS)
    for name in present:
        reached.update(_BY_FIRST_PART.get(name, ()))
    return sorted(index for index in reached if all(part & present for part in _NEEDED[index]))


_CLAUSE_ENDS = frozenset({".", ",", "?", "-", "/", "since", "and", "but", "again", "too", "for", "when", "today"})
_CLAUSE_STARTS = frozenset({".", ",", "?", "-", "/", "and", "but", "so", "no", "yes", "nope", "yep"})


_USUAL = frozenset({"normal", "common", "usual", "unusual", "weird", "odd", "strange"})
"""Before "to": a question about the runner's own sign, not an aim ("is it normal to lose weight without trying",
not "trying to lose weight")."""


def evaluate(doc: Doc) -> list[Match]:
    """Every rule match in the message, found or not."""
    matches: list[Match] = []
    seen: set[tuple[str, int, int]] = set()
    words = doc.words
    for index in _candidates(doc):
        rule = RULES[index]
        for (start, end), anchor, parts in _sequences(doc, rule):
            key = (rule.category, start, end)
            if key in seen:
                continue
            seen.add(key)
            if rule.before and start > 0 and words[start - 1] in rule.before and not (
                    rule.negatable_before and NEGATORS & set(words[max(0, start - 4):start - 1])
                    or words[start - 1] == "to" and start > 1 and words[start - 2] in _USUAL):
                continue
            if rule.after and end < len(words) and words[end] in rule.after:
                continue
            if rule.at_end and end < len(words) and words[end] not in _CLAUSE_ENDS | CHECKLIST_ITEMS:
                continue  # the clause ends, or the next item of a list begins: "bladder yes bowel no"
            if rule.alone and start > 0 and words[start - 1] not in _CLAUSE_STARTS:
                continue
            category = _in_context(doc, rule, start, end, parts)
            extra: tuple[Span, ...] = ()
            if category and rule.needs:
                where = (0, len(words)) if rule.anywhere else sentence(doc, start, end)
                extra = tuple(doc.within(rule.needs, *where)) or tuple(doc.within(rule.far_needs, 0, len(words)))
                if rule.needs_apart:
                    extra = tuple(o for o in extra if o[1] <= start or o[0] >= end)
                category = category if extra else None
            if category:
                status = _status(doc, rule, start, end, anchor)
                matches.append(Match(category, start, end, anchor, status, index, extra))
    return matches


def _in_context(doc: Doc, rule: Rule, start: int, end: int, parts: tuple[Span, ...]) -> str | None:
    """The category a match counts for where it stands: None when its clause (or sentence) holds
    a veto, "nerve" when an excuse explains it away but it persists."""
    if rule.cleared and _vetoed(doc, rule.cleared, *sentence(doc, start, end), parts):
        return None
    if not (rule.veto or rule.soft or rule.excuse):
        return rule.category
    lo, hi = sentence(doc, start, end) if rule.wide else clause(doc, start, end)
    soft_lo, soft_hi = sentence(doc, start, end) if rule.soft_wide else (lo, hi)
    soft = _vetoed(doc, rule.soft, soft_lo, soft_hi, parts)
    if _vetoed(doc, rule.veto, lo, hi, parts) or (soft and not doc.within(rule.unless, soft_lo, soft_hi)):
        return None
    if _vetoed(doc, rule.excuse, lo, hi, parts):
        return "nerve" if doc.within(("persisting",), lo, hi) else None
    return rule.category


_REMISSION = frozenset({"remission", "survivor", "survived"})


_HISTORY_IS_THE_SIGN = frozenset({"cancer", "immune", "age"})
"""A past cancer, a weakened immune system, an age: told of the past, they are the red flag (NICE NG59)."""


def _history_that_counts(words: list[str], rule: Rule, start: int, end: int) -> bool:
    """A past cancer is a red flag however well it went (NICE NG59): "in remission from leukaemia and feel
    fine" is no denial, where "cancer: no" and "markers came back normal" still are."""
    return rule.category == "cancer" and bool(_REMISSION & set(words[max(0, start - 6):end + 6]))


def _hit_me(words: list[str], rule: Rule, start: int, end: int) -> bool:
    """What hit the runner's own body ("a man in a van clipped my elbow") is their accident, whoever is named first;
    a fall is the faller's ("my dad's legs gave way and he landed on my back"); a lump on my back is mine, whoever
    found it ("my partner felt a new lump on my back")."""
    return rule.category in ("trauma", "lump") and len(rule.parts) > 1 and my_body(words, start, end)


_CLINICIANS = frozenset({"they", "theyre", "theyve", "theyd"})
"""Who is worried about cauda equina when a runner says "they": the doctors ("they want to rule out cauda equina")."""
_ABOUT_ME = frozenset({"me"})
"""Someone else's words about cauda equina that are about the runner: "the physio said she wants to rule out cauda
equina and sent me for an MRI", "she keeps saying cauda equina, she wants me to go to A&E" (not "my friend had cauda
equina, I visited her in hospital")."""


def _their_worry(words: list[str], rule: Rule, start: int) -> bool:
    return rule.category == "ces" and bool(_CLINICIANS.intersection(words[max(0, start - 6):start + 1])
                                           or _ABOUT_ME.intersection(words[max(0, start - 12):start + 12]))


_SAID_YES = frozenset({"yes", "y", "yeah", "yep", "yup", "ya"})
"""The last word of a checklist item answered by name ("bladder: yes")."""
_IF_YOU_VERBS = frozenset({"ever", "get", "have", "develop", "notice", "experience", "feel", "start", "cant", "can"})
_WHAT_TO_DO = ("go to", "call", "ring", "phone", "dial", "seek", "get help", "get seen", "get checked", "999", "111",
               "911", "a and e", "emergency", "straight to", "serious", "red flag", "stop", "tell", "not normal",
               "matters", "urgent")
_NOW_I_HAVE = ("now", "since", "still", "today", "again", "started", "happened", "this morning", "for days",
               "and i have", "which i have", "ive got it", "i have it", "well i have", "well i do", "and i cant",
               "and i do", "because i", "cause i", "mine is", "mine been", "mine has", "thats what i have",
               "i think i have", "i think ive got", "happening to me", "thats me", "its been", "asking for me",
               "did it", "ive had", "i have had", "got one", "got it", "its both", "i cant", "i have", "i do", "mine")
"""After a sign asked about or advice told back, the runner saying it is theirs: "... well now I have", "... it's still
there", "... because I haven't"."""


_DISOWNED = ("i dont have it", "i dont have that", "not because its happening", "its not happening to me",
             "im not having it", "not asking for me", "asking for a friend", "not about me")
"""After a question about a sign, the runner saying it isn't theirs: "what would numbness in the saddle area
mean? Just curious, I don't have it"."""
_ASKED_APART = HARD - {"?"}


def _disowned(words: list[str], end: int) -> bool:
    """The sign inside a question, and the runner disowning it within a few words of the "?": not a sign told and
    then something else asked ("my bum has gone numb, should I take ibuprofen? I don't have it", "Chest pain on
    my run. Is it asthma? I don't have it")."""
    ask = next((k for k in range(end, min(len(words), end + 16)) if words[k] in (".", "?")), None)
    if ask is None or words[ask] != "?" or not _ASKED_APART.isdisjoint(words[end:ask]):
        return False
    for start in range(ask + 1, min(len(words), ask + 6)):  # "Just curious, I don't have it"
        said = " ".join(words[start:start + 6]) + " ."
        if any(said.startswith(f"{phrase} ") and said[len(phrase) + 1] in ".,?-" for phrase in _DISOWNED):
            return True
    return False


def _now_i_have(words: list[str], end: int) -> bool:
    """The runner saying, within a few words, that the sign asked about is theirs."""
    tail = " " + " ".join(words[end:end + 16]) + " "
    return any(f" {said} " in tail for said in _NOW_I_HAVE)


def _advice(words: list[str], start: int, end: int) -> bool:
    """Advice told back, a sign said of a general "you" after "if", with what to do about it: "the GP said 'if you
    ever get numbness in the saddle area go to A&E'", "the leaflet says go to A&E if you can't pee" (not a question
    about "you" that is the runner's: "is it normal if you have numbness in your bum? because I do")."""
    k = start - 1
    while k >= 1 and start - k <= 4 and words[k] in _IF_YOU_VERBS:
        k -= 1
    if not (k >= 1 and words[k] == "you" and words[k - 1] == "if"):
        return False
    around = " " + " ".join(words[max(0, k - 9):end + 9]) + " "
    return any(f" {said} " in around for said in _WHAT_TO_DO)


_SUPPOSING = ("if i ever", "in case i ever", "what are the signs of", "what are the symptoms of",
             "whats the difference between", "how do you tell")
"""A sign asked about, not had: "what should I do if I ever get numbness down there?", "what are the signs of cauda
equina?". Only these: a runner often tells their own sign as a question ("what should I do if I can't feel my
bum?", "is it ever normal to leak wee when you run? I've started to") or beside "I'm fine otherwise"."""


def _supposed(words: list[str], start: int) -> bool:
    """A sign a few words after a supposing frame in its clause."""
    k = start
    while k > 0 and start - k < 8 and words[k - 1] not in (".", "?", ","):
        k -= 1
    before = " " + " ".join(words[k:start]) + " "
    return any(f" {frame} " in before for frame in _SUPPOSING)


def _status(doc: Doc, rule: Rule, start: int, end: int, anchor: Span) -> str:
    """ "found", "denied" (or resolved, or only a mention) or "other" (someone else's)."""
    words = doc.words
    if rule.mention_only or feels_no_symptom(words, anchor):
        return "denied"
    if someone_else(words, start, end) and not (_hit_me(words, rule, start, end) or _their_worry(words, rule, start)
                                                or doc.typed_for_them):
        return "other"
    if (_advice(words, start, end) or _supposed(words, start)) and not _now_i_have(words, end) \
            or _disowned(words, end):
        return "denied"
    if rule.category not in _HISTORY_IS_THE_SIGN and any(lo <= start < hi for lo, hi in doc.long_past):
        return "denied"
    if words[end - 1] in _SAID_YES:
        return "denied" if resolved_after(words, end) else "found"  # "weakness no bladder yes": the "no" is weakness's
    if (
        denied_before(words, anchor[0])
        or (start < anchor[0] and denied_before(words, start))
        or (resolved_after(words, max(anchor[1], end)) and not _history_that_counts(words, rule, start, end))
    ):
        return "denied"
    return "found"
