"""Whether a symptom is said to be there: denied ("no numbness", "legs aren't numb"), resolved
("the tingling has gone"), asked about, or someone else's ("my mum had cancer").
"""

from __future__ import annotations

from .lexicon import (
    BODY_WORDS, CHECKLIST_ITEMS, EVENT_WORDS, FILLER, FIRST_PERSON, FORWARD_STOPS, HARD, HEDGES, JOINERS, NEGATORS,
    NOT_RESOLVED_AFTER, PINK_FOODS, REPORTING, RESOLVED, RESOLVED_PAIRS, SENSATION_WORDS, STOPS, SUBJECTS,
    SYMPTOM_WORDS, THIRD_PARTY, THIRD_POSSESSIVE, TYPISTS,
)  # fmt: skip

_LISTING = frozenset({"or", "nor", "and", ",", "/", "n"})
_PERCEIVING = frozenset({"feel", "felt", "notice", "noticed", "know", "knew", "sense", "sensed"})
_LOCATIVES = frozenset({"in", "between", "around", "round", "down", "under", "across", "behind"})
_ADVERBS = frozenset({"yet", "really", "completely", "fully"})
_NAMED_SYMPTOMS = frozenset("""
    pain pains ache aches numbness weakness soreness stiffness tightness tenderness discomfort sciatica
    incontinence fever fevers temperature chills sweats sensation sensations leakage twinge twinges
    niggle niggles agony pressure shivers rigors
""".split())
_SAID_OF_ITSELF = frozenset("""
    numb numbb numbe nunb numm numbish numby numbed tingly tingley weak weaker feeble wet leaking leaked
    leaky peed pooed soiled lost losing
""".split())
_NEGATED_VERBS = frozenset({"cant", "cannot", "couldnt", "unable"})
_LIST_MARKS = frozenset({"or", "nor", "/"})
"""A symptom named by a noun can be denied as one item of a list ("no numbness, tingling or weakness");
one said with its own adjective or verb is a new statement, not another item ("no pain, numb groin",
"no pain, groin feels numb"), unless it is itself an item of an "or" list ("no pain, numb bum or
leaking"). One with its own negation is never an item: "no pain, can't pee or poo"."""


def _a_statement_of_its_own(words: list[str], after: int, at: int) -> bool:
    """Whether the symptom at token ``at``, after a named symptom that ended before ``after``, says
    something of its own rather than naming another item the same "no" denies."""
    item = words[at:at + 3]
    if not item:
        return False
    if item[0] in _NEGATED_VERBS:
        return True
    said = item[0] in _SAID_OF_ITSELF or (item[0] in BODY_WORDS and bool(_SAID_OF_ITSELF.intersection(item[1:])))
    if not said:
        return False
    for k in range(after, min(len(words) - 1, at + 4)):
        if k >= at and words[k] in (",", ";") or words[k] in STOPS:
            break
        if words[k] in _LIST_MARKS and _an_item(words[k + 1]):
            return False  # "no pain, numb bum or leaking", "no pain/numbness/weak legs"
    return True


def _an_item(word: str) -> bool:
    """A word that can begin another symptom in a list ("or leaking", "/ numbness"), unlike "or two",
    "or rest", "or my back"."""
    if word in ("off", "on"):  # "on/off all week"
        return False
    return word in SYMPTOM_WORDS or word in BODY_WORDS or word in _SAID_OF_ITSELF or word in _NEGATED_VERBS


_CANT = frozenset({"cant", "couldnt", "cannot"})


def denied_before(words: list[str], at: int) -> bool:
    """A negation attached to the symptom starting at token `at`: "no", "not", "legs aren't".

    Not noticing an event is no denial of it: "didn't feel the poo come out". Nor is a "can't" before a symptom
    said with a "can't" of its own: "can't poo and can't feel my legs" is two things the runner can't do."""
    k = at - 1
    steps = 0
    unnoticed = False
    while k >= 0 and steps < 7:
        word = words[k]
        if word in NEGATORS:
            following = words[k + 1] if k + 1 < len(words) else ""
            if word == "never" and (_never_like_it(words[k + 1:k + 6]) or _never_before_but(words, at)):
                return False  # "never felt anything like it: pain in my chest", "never had it give way before, but"
            if word == "free":
                return following in ("of", "from")
            if word in _CANT and at < len(words) and words[at] in _CANT and "and" in words[k + 1:at]:
                return False
            if unnoticed and at < len(words) and (words[at] in EVENT_WORDS or _noticed_later(words, at)):
                return False
            return following not in HEDGES
        unnoticed = unnoticed or word in _PERCEIVING
        if word == "used" and k + 1 < len(words) and words[k + 1] == "to":
            return True
        if word in STOPS or (word in HARD and word != ","):
            return False
        following = words[k + 1] if k + 1 < len(words) else ""
        if word == ",":
            if k == 0 or words[k - 1] not in SYMPTOM_WORDS or following in SUBJECTS:
                return False
        elif word in ("and", "n", "&") and following in SUBJECTS:
            return False
        elif word in SYMPTOM_WORDS and word not in BODY_WORDS:
            if following not in _LISTING | _LOCATIVES and following not in SYMPTOM_WORDS:
                return False
            if word in _NAMED_SYMPTOMS and _a_statement_of_its_own(words, k + 1, at):
                return False  # "no pain, can't pee", "no pain numb groin": the "no" is the pain's
        elif word not in FILLER and word not in BODY_WORDS and word not in _LISTING:
            if word != "longer":  # "no longer hurts"
                return False
        k -= 1
        steps += 1
    return False


_LIKE_IT = tuple(said.split() for said in (
    "felt anything like it", "had anything like it", "felt anything like this", "had anything like this",
    "experienced anything like", "felt pain like", "had pain like", "known anything like",
))


def _never_like_it(after: list[str]) -> bool:
    """ "Never felt anything like it": how bad, not a denial."""
    return any(after[:len(said)] == said for said in _LIKE_IT)


_NOW_IT = frozenset({"it", "now", "today", "this", "since", "suddenly", "yesterday", "tonight"})


def _never_before_but(words: list[str], at: int) -> bool:
    """ "Never had my leg give way before, but it buckled twice today": the "never" is the past's."""
    for k in range(at, min(len(words), at + 8)):
        if words[k] in STOPS:
            return False
        if words[k] == "before":
            after = [w for w in words[k + 1:k + 4] if w != ","]
            return bool(after) and (after[0] in ("until", "till", "now") or after[:2] == ["and", "now"]
                                    or after[0] == "but" and after[1:2] and after[1] in _NOW_IT)
    return False


_QUESTION_STARTS = frozenset("""
    is are should could can does do would will am was were how why what whats hows isnt arent
""".split())
_STATES = frozenset({"fine", "ok", "okay", "alright", "normal"})
_IS_IT = frozenset({("it", "is"), ("it", "was")})


_FELT = frozenset({"feeling", "feelings", "sensation", "sensations", "feel"})
_TOLD_OF = frozenset({"mentioned", "told", "said", "reported", "flagged", "wrote", "described", "logged"})
_WENT_WHEN = frozenset({"after", "within", "overnight", "by", "in"})
_NOT_BACK = (["hasnt", "come", "back"], ["has", "not", "come", "back"], ["never", "came", "back"],
             ["hasnt", "returned"], ["not", "come", "back"], ["havent", "come", "back"])


def _not_back(words: list[str]) -> bool:
    """ "... and hasn't come back" after a "went": gone for good."""
    for k in range(len(words)):
        if words[k] in STOPS:
            return False
        if any(words[k:k + len(said)] == said for said in _NOT_BACK):
            return True
    return False


_OVER = (
    "not since", "nothing since", "never since", "none since", "all clear since", "fine ever since", "fine since",
    "no problems since", "no issues since", "never had it since", "never happened again", "fully recovered",
    "not anymore", "not any more", "never seen any since", "never had any since", "nothing like it since",
)
_NOW = frozenset("""
    now today tonight currently still again but worse worsening started starting suddenly new yesterday recently
    lately this monday tuesday wednesday thursday friday saturday sunday morning week weekend returned
""".split())  # fmt: skip
_BACK_AGAIN = ("its back", "is back", "came back", "come back", "coming back")
_LONG_AGO = (
    "years ago", "year ago", "yrs ago", "decades ago", "as a kid", "as a child", "as a teenager", "in my twenties",
    "in my teens", "in my thirties", "in my forties", "when i was pregnant", "when i was younger", "years back",
    "last year", "last spring", "last summer", "last autumn", "last winter",
)
_PAST_VERBS = frozenset({"had", "was", "were"})


def long_past(words: list[str]) -> list[tuple[int, int]]:
    """The sentences (token ranges) that tell of an episode long past and ended ("had blood in my urine in 2021, it
    was a kidney stone, all clear since", "leaked a little when I sneezed years ago, not since"): a time long ago, a
    plain word that it ended, and no word of now at all ("now", "today", "but", "since Tuesday", "worse", "it's
    back"). Worked out once a message (``Doc.long_past``): a message may hold hundreds of matches."""
    found = []
    first = 0
    for k in range(len(words) + 1):
        if k < len(words) and words[k] not in STOPS:
            continue
        sentence = words[first:k]
        if sentence and _NOW.isdisjoint(sentence):
            told = f" {' '.join(sentence)} "
            long_ago = any(f" {said} " in told for said in _LONG_AGO) or not _PAST_VERBS.isdisjoint(sentence) and any(
                len(word) == 4 and word.isdigit() and word[:2] in ("19", "20") and j and sentence[j - 1] == "in"
                for j, word in enumerate(sentence))
            if long_ago and any(f" {said} " in told for said in _OVER) and not any(
                    f" {said} " in told for said in _BACK_AGAIN):
                found.append((first, k))
        first = k + 1
    return found


def _asked_after(words: list[str], at: int) -> bool:
    """ "red-tinged urine, normal after a long run or nah?": whether it is normal, asked, not said."""
    for word in words[at + 1:at + 9]:
        if word == "?":
            return True
        if word in STOPS or word in (".", "-", ","):
            return False
    return False


def _asks(words: list[str], at: int) -> bool:
    """True when the clause holding token `at` is a question: "is tingling in my legs normal"."""
    k = at
    while k > 0 and at - k < 12 and words[k - 1] not in HARD:
        k -= 1
    return words[k] in _QUESTION_STARTS


_ANSWERS = frozenset({"no", "nope", "yes", "yep", "yeah", "y"})
_ITEM_BEFORE = _ANSWERS | {".", ",", "-", "?", "checklist", "and"}
"""What stands before an item of such a list: its start, or the answer to the item before (not "numb bum no bladder
no bowel", where the bum is numb)."""


def resolved_after(words: list[str], at: int) -> bool:
    """A "gone", "fine" or "no more" after the symptom ending at token `at`, in its clause."""
    n = len(words)
    for k in range(at, min(n, at + 7)):
        word = words[k]
        nxt = words[k + 1] if k + 1 < n else ""
        if word == "?" and nxt in _ANSWERS_NO:  # but "?? no idea why", "red??? no i didnt eat beets"
            return k + 2 >= n or words[k + 2] not in HEDGES and not _not_eaten(words[k + 2:k + 7])
        if k == at and word in _ANSWERS_NO and (nxt in ("", ".", ",", "-", "/") or words[k + 1:k + 3] == ["at", "all"]):
            # "numbness: no", as in a form; "numbness down there: none at all"; not "feeling when I wipe: none"
            return word not in ("none", "nothing", "nil", "zero") or _FELT.isdisjoint(words[max(0, at - 6):at])
        if k == at and word in _ANSWERS_NO and nxt in CHECKLIST_ITEMS and k + 2 < n and words[k + 2] in _ANSWERS \
                and words[at - 1] in CHECKLIST_ITEMS and (at < 2 or words[at - 2] in _ITEM_BEFORE):
            return True  # "numbness no weakness no bladder no": a form's answers without its commas
        if k == at and word in ("/", "or") and k + 2 < n and words[k + 2] in _ANSWERS_NO and (
                k + 3 >= n or words[k + 3] in (",", ".", "-", "/")):
            return True  # "fainting/dizzy: no"
        if k == at and word == "-" and nxt in _ANSWERS_NO and (k + 2 >= n or words[k + 2] in (",", ".", "-")):
            return not _TAKEN_BACK.intersection(words[k + 2:k + 7])  # "saddle numbness - no", not "- no, still numb"
        if word == "went" and words[k - 1] == "and" and nxt in ("", ".", ","):
            return True  # "it came and went", "lasted a minute and went"
        if word == "went" and nxt in _WENT_WHEN and _not_back(words[k + 2:k + 10]):
            return True  # "went after two days and hasn't come back"
        if word in ("but", "then") and _resolution_follows(words, k + 1):
            continue
        if word in STOPS or (word in HARD and word not in (",", "-")):
            return False
        if word in (",", "-"):
            if _resolution_follows(words, k + 1):
                continue
            return False
        if word == "i" and nxt in _TOLD_OF:
            continue  # "the groin tingling I mentioned last week is totally gone now"
        if word in FORWARD_STOPS or (word in JOINERS and nxt in SUBJECTS):
            return False
        prev = words[k - 1] if k > 0 else ""
        prev2 = words[k - 2] if k > 1 else ""
        if prev == "or" and word in NEGATORS:  # "whether i need to go or not"
            continue
        if (word, nxt) in RESOLVED_PAIRS:
            if prev in NEGATORS or (prev in _ADVERBS and prev2 in NEGATORS):
                return False
            if (word, nxt) in _ANYMORE and _NEGATIVE_SYMPTOM & set(words[max(0, at - 8):at]):
                continue  # "can't feel it when I wipe no more": still can't, as "anymore"
            if nxt in ("a", "an"):  # "not a problem", but not "not a lot"
                return k + 2 < n and words[k + 2] in ("issue", "problem", "worry")
            return True
        if word in RESOLVED:
            if prev in NEGATORS or (prev in _ADVERBS and prev2 in NEGATORS):
                return False
            if _next_word(words, k + 1) in NOT_RESOLVED_AFTER or _only_while(words, k) or \
                    _pulled_up(words, k) or \
                    (word == "passed" and (_going_by(words, k + 1) or (prev2, prev) in _AS_IT_WENT_BY)):
                continue
            asked = prev in ("that", "this", "if", "be", "whether") or (prev, prev2) in _IS_IT
            if word in _STATES and (asked or _asks(words, at - 1) or _asked_after(words, k)):
                return False
            return nxt != "?" and not (word == "passed" and nxt == "out")
    return False


_AS_IT_WENT_BY = frozenset({("as", "it"), ("as", "they"), ("as", "he"), ("as", "she")})
"""Before "passed": a vehicle going by ("a lorry clipped me as it passed"), not a numbness that went."""


def _going_by(words: list[str], at: int) -> bool:
    """A "passed" that is a vehicle going by: "hit by a van that passed too close", "passed me" (not "it passed
    by the evening")."""
    following = words[at:at + 2]
    return following[:1] in (["close"], ["me"], ["us"], ["inches"]) or following == ["too", "close"]
_WHILE = frozenset({"when", "whenever", "if", "while", "whilst", "as"})
_DOING_NOW = frozenset("""
    walk walking sit sitting stand standing run running jog jogging move moving lie lying lay laying
    bend bending rest resting stretch stretching cycle cycling ride riding swim swimming drive driving
""".split())


def _only_while(words: list[str], at: int) -> bool:
    """ "fine when I walk", "ok if I stand": well only while doing something, so not well otherwise; a
    past moment is a resolution ("fine when I woke", "gone when I got up")."""
    if at + 3 >= len(words) or words[at] not in _STATES or words[at + 1] not in _WHILE:
        return False
    subject, verb = words[at + 2], words[at + 3]
    return (subject == "i" and verb in _DOING_NOW) or (subject == "im" and verb.endswith("ing") and verb in _DOING_NOW)


_UNTIL = frozenset({"until", "till", "til", "untill", "unti"})
_NONE_AFTER = frozenset({"none", "nothing"})


def _noticed_later(words: list[str], at: int) -> bool:
    """ "didn't notice the numbness in my groin until I wiped": not noticed at first is noticed now."""
    for k, word in enumerate(words[at: at + 10], start=at):
        if word in _UNTIL:
            return not _NONE_AFTER.intersection(words[k:k + 12])  # "... until you asked, and there is none"
        if not (word in SYMPTOM_WORDS or word in BODY_WORDS or word in FILLER or word in _LOCATIVES):
            return False  # "didn't feel any numbness and ran until 10k": the "until" is the run's
    return False


_ANYMORE = frozenset({("no", "more"), ("not", "anymore")})
_NEGATIVE_SYMPTOM = frozenset({"cant", "cannot", "couldnt", "dont", "doesnt", "didnt", "wont", "unable"})
"""A symptom said as something that stopped working ("can't feel", "don't know when"): a "no more" after it
means "anymore", not that it went."""
_EATEN = PINK_FOODS | {"eat", "ate", "eaten", "eating"}
"""After "? no": a cause denied, not the sign ("my pee is red??? no i didnt eat beets")."""


def _not_eaten(said: list[str]) -> bool:
    """A food denied after the "? no" ("no i didnt eat beets"), not one given as the cause ("no. ate beetroot")."""
    eaten = next((k for k, word in enumerate(said) if word in _EATEN), None)
    return eaten is not None and not NEGATORS.isdisjoint(said[:eaten])


_ANSWERS_NO = frozenset({"no", "nope", "nah", "none", "never", "nothing", "negative", "nil"})
_SETTLED = frozenset("""
    gone resolved disappeared stopped cleared vanished none nil fine ok okay normal better
    settled passed
""".split())
_CAME_GOOD = frozenset({("came", "good"), ("come", "good"), ("came", "right"), ("come", "right"), ("came", "alive"),
                        ("come", "alive")})
"""Settled, said in two words: "legs felt dead at the start but came good"."""
_WAS = frozenset({"was", "were", "felt"})
"""Before a settled word, "was fine" may be the sign passing or the time before it: ``_BEFORE`` tells which."""
_BEFORE = frozenset({"yesterday", "before", "last", "until", "till", "earlier", "previously", "this", "on", "at", "a",
                     "after"})
"""After "was fine": when it was, before the sign ("numb, but was fine yesterday"), so no sign of it passing."""
_SMALL_WORDS = frozenset({"now", "its", "it", "is", "all", "has", "had", "totally"})


def _resolution_follows(words: list[str], at: int) -> bool:
    """ "..., gone now", "... but fine now": a resolution straight after a comma, dash or "but"."""
    rest = [w for w in words[at: at + 3] if w not in _SMALL_WORDS]
    if len(rest) > 1 and (rest[0], rest[1]) in _CAME_GOOD:
        return True
    said = [w for w in words[at: at + 4] if w not in _SMALL_WORDS and w not in _WAS]
    if rest and rest[0] in _WAS and said and said[0] in _SETTLED:  # "was fine by the evening", not "was fine yesterday"
        return len(said) == 1 or said[1] not in _BEFORE
    if not rest or rest[0] not in _SETTLED:
        return False
    return len(rest) == 1 or _next_word(words, words.index(rest[0], at) + 1) not in NOT_RESOLVED_AFTER


_CAME = frozenset({"came", "come", "comes", "started", "starts", "flared", "began"})
_WHEN_IT_STOPPED = frozenset({"after", "when", "once", "within"})
_HOW_FAR = frozenset({"k", "km", "kms", "mile", "miles", "mi", "laps", "lap", "m"})


def _pulled_up(words: list[str], k: int) -> bool:
    """An "and stopped" after a symptom is the runner who stopped ("felt faint and stopped, sat on a wall", "chest
    pain and stopped after 2k"), unless the symptom came first ("it came and stopped") or when it stopped follows
    ("tingly and stopped after 5 mins"): read the other way, a faint would pass as over."""
    if words[k] != "stopped" or k < 2 or words[k - 1] != "and" or words[k - 2] in _CAME:
        return False
    if k + 1 >= len(words) or words[k + 1] not in _WHEN_IT_STOPPED:
        return True
    return words[k + 1] == "after" and k + 3 < len(words) and words[k + 3] in _HOW_FAR  # "and stopped after 2k"


_ON_THE_WAY = frozenset({"the", "and", "a"})


def _next_word(words: list[str], at: int) -> str:
    """The word after a "stopped" or "gone" that tells whose it was: "stopped the run", "stopped and walked home"
    (the runner), "stopped and gone" (the symptom)."""
    while at < len(words) and words[at] in _ON_THE_WAY:
        at += 1
    return words[at] if at < len(words) else ""


_ME = frozenset({"me", "i"})
_THEMSELVES = frozenset({"himself", "herself", "themselves", "themself"})
_AUXILIARIES = frozenset({"has", "had", "have", "just", "also", "already", "first", "then"})
"""Skipped between someone and their reporting verb: "my wife has noticed a lump on my back"."""


def someone_else(words: list[str], start: int, end: int) -> bool:
    """True when the words before make the symptom someone else's ("my wife fell off her bike"), but not
    when the runner is in it themselves ("my wife touched me and I couldn't feel it")."""
    if any(word in _ME for word in words[start:end]) or _asks_others_too(words, start, end):
        return False
    if not _THEMSELVES.isdisjoint(words[start:end]):
        return True  # "my little boy wet himself"
    for k in range(start, end - 1):
        if words[k] in THIRD_POSSESSIVE and words[k + 1] in BODY_WORDS:
            return True
    k = start - 1
    while k >= 0 and start - k <= 8 and words[k] not in STOPS and words[k] not in HARD:
        word = words[k]
        if word in _BACK_TO_PARTS and _names_parts(words[max(0, k - 5):k]):
            k -= 1
            continue  # "my balls and the skin round them feel numb": them, the body parts just named
        if word in FIRST_PERSON or word == "we":  # "when we had sex it was numb": the runner is in it
            return False
        if word in THIRD_PARTY and k > 0 and words[k - 1] in _CONSULTED:
            k -= 1
            continue  # "I should see someone about the tingly feeling": whom to ask, not whose it is
        if word in THIRD_PARTY:
            following = next((w for w in words[k + 1:k + 4] if w not in _AUXILIARIES), "")
            if following not in REPORTING:
                return True
        k -= 1
    return False


_ENDS = frozenset({".", ",", "-", "?", ":", ";"})
_SENTENCE_ENDS = frozenset({".", "?", "-"})
_THEIR = frozenset({"his", "her", "their"})
_HE = frozenset({"he", "she", "hes", "shes"})
_TYPING = frozenset({"typing", "writing", "messaging", "replying", "answering", "responding"})
_AFTER_TYPING = _ENDS | {"for", "on", "this"}
_NOT_A_NAME = frozenset("""
    a an the my your our me myself you ages hours minutes long work fun this that it now once club some
""".split())  # fmt: skip
_DEVICES = frozenset({"phone", "mobile", "account", "telegram", "cell", "iphone"})
_ASKED = frozenset({"asked", "asks", "wants", "wanted", "told"})
_TO_WRITE = frozenset("""
    message text write tell let contact send reply ask answer type add say mention explain
""".split())  # fmt: skip
_CANT = frozenset({"cant", "cannot", "couldnt", "unable"})
_WRITE = frozenset({"type", "text", "reply", "message", "answer", "write"})
_HEAD, _TAIL = 12, 8
"""How far into a sentence, and back from the message's end, someone typing for the runner says so."""


def typed_for_them(words: list[str]) -> bool:
    """Someone typing on the runner's phone for them, said at the start of a sentence or the end ("this is his
    wife", "mum here", "wife typing", "writing for my dad", "on her behalf", "I'm his carer", "not Tom, his
    girlfriend", "I'm on his phone", "- Linda, his wife"): then "he", "she" and "my husband" are the runner,
    and their signs are not someone else's."""
    size = len(words)
    starts = [0, *(k + 1 for k, word in enumerate(words) if word in _SENTENCE_ENDS)]
    near_a_start = {k for start in starts for k in range(start, min(size, start + _HEAD))}
    tail = max((k for k, word in enumerate(words[:-1]) if word in _SENTENCE_ENDS), default=-1)
    near_the_end = range(tail, size) if size - tail <= _TAIL else range(0)
    return any(_says_typed_for(words, k) for k in sorted(near_a_start.union(near_the_end)))


def _says_typed_for(words: list[str], k: int) -> bool:
    size, word = len(words), words[k]

    def at(i: int) -> str:
        return words[i] if 0 <= i < size else "."

    if word in TYPISTS:
        before = at(k - 1)
        if at(k + 1) in _TYPING and at(k + 2) in _AFTER_TYPING or at(k + 1) == "here" and (
                at(k + 2) in _ENDS or at(k + 2) in _TYPING
                or at(k + 2) == "for" and at(k + 3) not in _NOT_A_NAME and (at(k + 4) in _ENDS or at(k + 4) in _HE)):
            return True  # "mum here, ...", "wife typing. ...", "carer here for Bill. ..."
        if before not in _NOT_A_NAME and before not in _ENDS and before != "not" and (
                at(k - 2) == "is" and at(k - 3) in ("this", "it") or at(k - 2) == "its"):
            return True  # "this is his wife", "it's Priya's sister"
        if at(k - 2) in ("im", "am") and (before in _THEIR or before not in _NOT_A_NAME and before not in _ENDS
                                          and not _HE.isdisjoint(words[k + 1:k + 9])):
            return True  # "I'm his carer", "I'm James's boyfriend. He ..." (not "I'm a single mum")
        if before in _THEIR and at(k - 2) in _ENDS and at(k - 4) == "not" and at(k - 5) in _SENTENCE_ENDS:
            return True  # "not Tom, his girlfriend"
        if before in _THEIR and k + 2 >= size and "-" in words[max(0, k - 4):k - 1]:
            return True  # a signature: "- Linda, his wife"
    elif word in _TYPING and at(k + 1) == "for":
        whom, then = at(k + 2), at(k + 3)
        return whom in ("him", "her", "them") or whom in ("my", "our") and then in TYPISTS or \
            whom not in _NOT_A_NAME and whom not in _ENDS and (then in _HE or then == "," and at(k + 4) in _HE)
    elif word == "typing" and at(k - 1) in ("im", "am"):
        return not _HE.isdisjoint(words[max(0, k - 6):k])  # "he's driving so I'm typing"
    elif word == "behalf":
        return at(k - 2) == "on" and at(k - 1) in _THEIR or at(k - 1) == "on" and at(k + 1) == "of" and (
            at(k + 2) in ("him", "her", "them") or at(k + 2) in ("my", "our") and at(k + 3) in TYPISTS)
    elif word in _DEVICES and at(k - 1) in _THEIR:
        return at(k - 2) in ("using", "borrowed", "borrowing") or at(k - 2) in ("on", "from") and at(k - 3) in (
            "im", "am", "typing", "writing", "messaging")  # "I'm on his phone"
    elif word in _HE:
        return at(k + 1) in _ASKED and at(k + 2) == "me" and at(k + 3) == "to" and at(k + 4) in _TO_WRITE or \
            at(k + 1) in _CANT and (at(k + 2) in _WRITE or at(k + 2) == "to" and at(k + 3) in _WRITE)
    return False


_BACK_TO_PARTS = frozenset({"them", "they", "theyre", "theyve"})


def _names_parts(before: list[str]) -> bool:
    """Body parts named just before, in the same clause and nobody else's ("my mum has bad legs, they ...")."""
    return not BODY_WORDS.isdisjoint(before) and THIRD_PARTY.isdisjoint(before) and HARD.isdisjoint(before)


_TAKEN_BACK = frozenset({"still", "yes", "actually", "worse", "not"})
"""After a form's "- no,": the answer taken back ("numb bum - no, still numb")."""
_CONSULTED = frozenset({"see", "seeing", "ring", "call", "ask", "asked"})
"""Before "someone": whom to ask about the runner's sign, not whose it is."""
_SIDES = frozenset({"lower", "upper", "left", "right", "mid", "middle"})


def my_body(words: list[str], start: int, end: int) -> bool:
    """The runner's own body hit, inside the finding: "a man in a van clipped my elbow" is their accident, whoever
    did it. Not for what was felt: "my wife couldn't feel my hand on her foot" is hers. Nor when someone else's body
    is named in it too."""
    inside = range(start, end - 1)
    return any(words[k] == "my" and (words[k + 1] in BODY_WORDS or words[k + 1] in _SIDES and k + 2 < end
                                     and words[k + 2] in BODY_WORDS) for k in inside) and \
        not any(words[k] in THIRD_POSSESSIVE and words[k + 1] in BODY_WORDS for k in inside)


_ANYONE = frozenset({"anyone", "anybody", "any1", "anyon"})
_THEY = frozenset({"they", "their", "theirs", "them", "theyre"})
_OF_ANOTHER = frozenset({"who", "whose", "with", "know", "knows", "see", "saw", "seen", "heard", "met", "a", "an"})
"""Words that make "anyone else ..." about a third person: "anyone else know a runner whose legs went numb"."""


def _asks_others_too(words: list[str], start: int, end: int) -> bool:
    """ "Anyone else lose sensation in their privates?": asked of others by one who has it. Only "they" may
    stand for the others: a wife, a friend or "a runner who" after it makes the symptom theirs again."""
    k = start - 1
    while k > 0 and start - k <= 8 and words[k] not in STOPS and words[k] not in HARD:
        if words[k] == "else" and words[k - 1] in _ANYONE:
            between = set(words[k + 1:end])
            return not (between & (THIRD_PARTY | THIRD_POSSESSIVE | _OF_ANOTHER)) - _THEY
        k -= 1
    return False


def feels_no_symptom(words: list[str], anchor: tuple[int, int]) -> bool:
    """ "can't feel any numbness" is a denial, not a loss of feeling."""
    if words[anchor[1] - 1] != "feel":
        return False
    after = [w for w in words[anchor[1]: anchor[1] + 3] if w not in ("any", "much", "the", "real")]
    return bool(after) and after[0] in SENSATION_WORDS
