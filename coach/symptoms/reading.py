"""Reading a message: tokens that remember where they came from, concept phrases, clauses.

1. The text is split into tokens that keep their span in the original, and each word gets its
   canonical spelling (spelling.py).
2. Every concept phrase is found among the tokens with a word trie. Body-part phrases compete,
   longest first, so "balls of my feet" is a foot and "inner thighs" is the saddle area.
3. Clause and sentence bounds give rules their scope; remainder() uses the clause split to keep
   what reads as a check-in.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import (
    BODY_GROUP, BODY_WORDS, CLAUSE_WORDS, FILLER, HARD, LEXICON, NEGATORS, NOT_CHECKIN, PEE_VERBS,
    RESOLVED, SOFTENER_PAIRS, SOFTENERS, STOPS, THIRD_PARTY, TIME_UNITS, WEE_SMALL, Regex,
)  # fmt: skip
from .dictation import as_meant
from .negation import long_past, typed_for_them
from .spelling import VOCAB, canonical

Span = tuple[int, int]
"""Token indices, end exclusive."""

_TOKEN = re.compile(
    r"(?P<without>(?<![^\W\d_])[wW]/[oO](?![^\W\d_]))"
    r"|(?P<word>[^\W\d_]+(?:['’‘`´][^\W\d_]+)*)"
    r"|(?P<num>\d+(?:[.,]\d+)?)"
    r"|(?P<stop>[.!?;…\n]+|(?<!\S)[-–—~]+(?!\S)|[–—]+)"
    r"|(?P<comma>,)"
    r"|(?P<sym>[&+/°%])"
    r"|(?P<emoji>[\U0001fa78\U0001f4a9\U0001f6bd\U0001f346\U0001f351\U0001f9b6\U0001f4c9\U0001f48a\U0001f3e5\U0001fa7a"
    r"\u2717\u2718\u2716\u274c\u2713\u2714\u2705\u2611])\ufe0f?"
    r"|(?P<fever>\U0001f912)\ufe0f?(?=\s*(?:3[7-9]|4[0-2])(?:[.,]\d)?(?:\s*(?:\u00b0\s*[cC]?|deg\w*|[cC]))?(?=\s*(?:$|[,.;!?]|and\b|this\b|today\b|now\b|since\b|last\b))(?![.,]\d))"
)
_CROSSES = "\u2717\u2718\u2716\u274c"
_TICKS = "\u2713\u2714\u2705\u2611"
_EMOJI_WORDS = {
    "\U0001fa78": ("blood",), "\U0001f4a9": ("poo",), "\U0001f6bd": ("toilet",), "\U0001f346": ("penis",),
    "\U0001f351": ("bum",), "\U0001f9b6": ("foot",), "\U0001f4c9": ("dropping",), "\U0001f48a": ("pills",), "\U0001f3e5": ("hospital",),
    "\U0001fa7a": ("doctor",),
    **dict.fromkeys(_CROSSES, (",",)), **dict.fromkeys(_TICKS, ("yes",)),
}
"""Emoji that stand for a word ("\U0001fa78 in my pee", "\U0001f346 not working", "\U0001f351 gone numb"), and a
checklist's crosses and ticks: a cross parts the items ("numbness \u2718 weakness \u2718 bladder \u2718" is three items,
not numbness of the bladder) and says nothing itself, as it may be "no" or mark a problem ("\u274c numb bum since
yesterday"); a tick beside crosses is "yes" ("numbness \u274c bladder \u2705"). Not the ones that
decorate ordinary check-ins or are mostly said of other things ("\U0001f9b5\U0001f9b5 pain 3, 10k", "\U0001fac0", "\U0001f912 kid is sick",
hearts, lightning, the thermometer, the hot, cold and sneezing faces): read as words they raised alarms."""


def tokens(text: str, *, other: bool = False) -> tuple[list[str], list[Span]]:
    """Canonical words and the character span of each in `text`; ``other``: each "X's" read the other way
    (``_other_reading``)."""
    words: list[str] = []
    spans: list[Span] = []
    crossed = any(cross in text for cross in _CROSSES)
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        token = match.group()
        if kind == "word":
            word = "no" if token in ("n", "N") and _ends_an_answer(text, match.end()) else canonical(token.casefold())
            before = words[-1] if words else ""
            if other:
                word = _other_reading(token, word, before) or word
            elif before in _ONE_SIDE:
                word = _one_of_a_side(token, word)
            if token == "ED" and (not words or words[-1] not in _PLACE_WORDS):
                word = "impotence"  # but "went to the ED" is the emergency department
            elif word == "ed" and words and words[-1] in _HAVING:
                word = "impotence"
            glued = _unglue(word)
            if glued:
                words.extend(glued)
                spans.extend([match.span()] * (len(glued) - 1))
            else:
                words.append(word)
        elif kind == "num":
            words.append("".join(str(int(c)) if c.isdigit() else "." for c in token))
        elif kind == "stop":
            dash = token.strip("-–—~.…") == "" and token != "."  # a dash or "..." is a pause
            words.append("?" if "?" in token else "-" if dash else ".")
        elif kind == "comma":
            words.append(",")
        elif kind == "without":
            words.append("without")  # "lost 5kg w/o trying"
        elif kind == "fever":
            words.append("temp")  # "\U0001f912 38.9": the feverish face before a temperature (a thermometer is the weather)
        elif kind == "emoji":
            said = _EMOJI_WORDS[token.rstrip("\ufe0f")]
            if said == ("yes",) and not crossed:
                continue  # ticks alone may say "done" or "fine" ("bladder \u2705 bowels \u2705"); beside crosses, "yes"
            words.extend(said)
            spans.extend([match.span()] * (len(said) - 1))
        else:
            words.append({"&": "and", "+": "and", "°": "deg"}.get(token, token))
        spans.append(match.span())
    return as_meant(words, spans)


_ANSWER_END = re.compile(r"\s*(?:$|[,.;!?\n)]|-\s)")


def _ends_an_answer(text: str, at: int) -> bool:
    """A lone "n" answering a label is "no" ("saddle numbness: n", "bladder or bowel changes? n", "leg weakness -
    n"); anywhere else it is texting's "and" ("pins n needles", "slipped n landed", "cant control my bowels n")."""
    before = text[:at - 1].rstrip()
    return bool(_ANSWER_END.match(text, at)) and before[-1:] in (":", "?", "-", ")", "=")


_READ_TWO_WAYS = BODY_WORDS | frozenset("""
    bladder bowel bowels poo poop pee wee stream urine stool feeling sensation orgasm erection
    car van bus lorry truck bike taxi cab
""".split())
"""Whose "X's" is read both ways: body parts, what the red flags are said of, and vehicles. Not "it's",
"today's" or "nothing's": read as "it", "today" or "nothing" they lost the words that keep "it's 38
degrees", "legs weak after today's 10k" and "nothing's numb" from being red flags (a review)."""
_ONE_SIDE = frozenset({"left", "right", "one", "this", "lh", "rh"})
"""A side named before an "X's" keeps it one: "my left heel’s numb" is not both heels, with any apostrophe."""


def _one_of_a_side(token: str, word: str) -> str:
    """"left leg's numb", with a straight apostrophe the spelling reads as "legs", is one leg, as it is curly."""
    if len(token) < 3 or token[-1] not in "sS" or token[-2] not in "'’‘`´":
        return word
    single = canonical(token[:-2].casefold())
    return single if single in _READ_TWO_WAYS else word


_APOSTROPHE_S = re.compile(r"[^\W\d_]+['’‘`´][sS](?![^\W\d_])")


_MY_XS = re.compile(r"(?<![^\W\d_])my\s+([^\W\d_]+s)(?![^\W\d_'’‘`´])", re.IGNORECASE)
""""my Xs" as texted without the apostrophe of "my X's" ("my bladders leaking", "my chests tight")."""


def has_other_reading(text: str) -> bool:
    """Whether some "X's" in the text reads two ways (``_other_reading``)."""
    return any(_other_reading(token, canonical(token.casefold())) for token in _APOSTROPHE_S.findall(text)) or any(
        _other_reading(token, canonical(token.casefold()), "my") for token in _MY_XS.findall(text))


def _other_reading(token: str, word: str, before: str = "") -> str | None:
    """The reading of "X's" that ``canonical`` did not take, when X and Xs are both lexicon words: the
    's is "is" ("my bladder's leaking", "my knee's not working") or a plural written with an apostrophe
    ("both leg's numb", "my leg's are numb"). A message holding one is read both ways and what either
    finds is kept (``coach.symptoms``): a missed red flag costs more than an extra safety answer."""
    if len(token) < 3 or token[-1] not in "sS":
        return None
    if token[-2] not in "'’‘`´":
        return _unmarked(token, word, before)
    base = token[:-2].casefold()
    single, plural = canonical(base), canonical(base + "s")
    if single == plural or single not in _READ_TWO_WAYS or plural not in VOCAB:
        return None
    if word == plural:
        return single
    return plural if word == single and before not in _ONE_SIDE else None


_ONE_OF = frozenset("""
    bladder bum bottom butt backside crotch groin chest back spine tailbone coccyx pee wee stream penis vagina
""".split())
"""What a runner has one of, so "my Xs" is "my X's" with the apostrophe left out; not legs, feet or shoulders,
whose "my legs went to jelly" is both of them."""


def _unmarked(token: str, word: str, before: str) -> str | None:
    """"my Xs" with no apostrophe, of what a runner has one of: the other reading is "my X" ("my bladders leaking")."""
    if before != "my":
        return None
    single = canonical(token[:-1].casefold())
    return single if word != single and single in _ONE_OF else None


_PLACE_WORDS = frozenset({"the", "to", "at", "in", "a", "an", "from", "into", "local"})
_HAVING = frozenset({"having", "have", "got", "with", "some", "getting", "has", "had", "developed"})
_GLUED_HEADS = BODY_WORDS | {"chest", "lower", "upper", "mid", "low"}
_GLUED_TAILS = frozenset("""
    pain pains ache aches numb numbness tingling tingly tingles hurts sore back spine
""".split())


def forget_words() -> None:
    """Drop the single words kept (their spellings, their splits)."""
    canonical.cache_clear()
    _unglue.cache_clear()


@functools.lru_cache(maxsize=4096)
def _unglue(word: str) -> tuple[str, ...]:
    """A body word run into a symptom word ("chestpain", "lowerback"), split; else nothing."""
    if word in VOCAB or len(word) < 7 or not word.isalpha():
        return ()
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if head in _GLUED_HEADS and tail in _GLUED_TAILS:
            return head, tail
    return ()


class _Node(dict[str, "_Node"]):
    """A word trie: each node maps the next word to a node and lists the concepts ending there."""

    __slots__ = ("concepts",)

    def __init__(self) -> None:
        super().__init__()
        self.concepts: tuple[str, ...] = ()


def _build_trie() -> _Node:
    root = _Node()
    for name, found in LEXICON.items():
        if isinstance(found, tuple):
            for phrase in found:
                node = root
                for word in phrase.split():
                    child = node.get(word)
                    if child is None:
                        child = node[word] = _Node()
                    node = child
                if name not in node.concepts:
                    node.concepts += (name,)
    return root


_TRIE = _build_trie()
_BODY_SET = frozenset(BODY_GROUP)
_REGEX_CONCEPTS = {
    name: (re.compile(rf"(?<![^ ])(?:{concept.pattern})(?![^ ])"), concept.digits, concept.words)
    for name, concept in LEXICON.items() if isinstance(concept, Regex)
}  # fmt: skip
REGEX_NAMES = frozenset(_REGEX_CONCEPTS)
LONGEST = max(len(p.split()) for c in LEXICON.values() if isinstance(c, tuple) for p in c) + 8
"""More words than any match spans (regex concepts and skipped hedges included), for looking a
little way back."""


@dataclass
class Doc:
    """A message read: canonical words, their spans, and where each concept occurs."""

    text: str
    words: list[str]
    spans: list[Span]
    occ: dict[str, list[Span]]

    @functools.cached_property
    def has_digits(self) -> bool:
        return any(w[:1].isdigit() for w in self.words)

    @functools.cached_property
    def typed_for_them(self) -> bool:
        """Someone typing on the runner's phone for them (``negation.typed_for_them``), found once a message."""
        return typed_for_them(self.words)

    @functools.cached_property
    def long_past(self) -> list[Span]:
        """The sentences told as an episode long past and over (``negation.long_past``)."""
        return long_past(self.words)

    def find(self, name: str) -> list[Span]:
        """Where a concept occurs, in order; regex concepts are only run when a rule asks."""
        found = self.occ.get(name)
        if found is None:
            found = self.occ[name] = self._regex(name) if name in _REGEX_CONCEPTS else []
        return found

    def within(self, names: tuple[str, ...], lo: int, hi: int) -> list[Span]:
        """Occurrences of these concepts overlapping tokens lo..hi."""
        found = []
        for name in names:
            spans = self.find(name)
            first = bisect.bisect_left(spans, (lo - LONGEST, 0))
            found.extend(o for o in spans[first: bisect.bisect_left(spans, (hi, 0))] if o[1] > lo)
        return found

    def _regex(self, name: str) -> list[Span]:
        pattern, needs_digits, needs_words = _REGEX_CONCEPTS[name]
        if needs_digits and not self.has_digits or needs_words and needs_words.isdisjoint(self.words):
            return []
        starts = []
        at = 0
        for word in self.words:
            starts.append(at)
            at += len(word) + 1
        return [
            (bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end() + 1))
            for m in pattern.finditer(" ".join(self.words))
        ]


def read(text: str, *, other: bool = False) -> Doc:
    """Tokens and every concept phrase among them (``other``: see ``tokens``)."""
    words, spans = _staccato(*_as_written(*tokens(text, other=other)))
    _undo_dialect(words)
    return Doc(text, words, spans, _phrases(words))


_FRAGMENT_ENDS = frozenset({".", "?", "-", ","})
_NOT_FRAGMENTS = NEGATORS | RESOLVED | frozenset("""
    yes yeah yep yup ok okay fine good great sure maybe nope nah n y nada never normal alright better
""".split())
_CANT = frozenset({"cant", "cannot", "couldnt", "wont", "doesnt", "didnt", "dont", "isnt"})
"""Joined all the same where a fragment follows: a sign's own verb ("Cant. Pee.", "Pee. Won't. Come.")."""
_LEADING_ANSWERS = frozenset({"no", "not", "never", "nope", "nah", "n", "nothing"})
"""Answers that may open the next item ("No. Chest. Pain.", "Numb. Saddle. No. Pain."): they close the one before
only at the end or in a form of answers ("Chest. Pain. No. Legs. Fine."). The other answers close the one before
("Chest. Pain. None.", "Tingling. Gone."); a yes affirms it ("Both. Legs. Tingling. Yes.")."""
_YES = frozenset({"yes", "yeah", "yep", "yup", "y", "sure"})
_ANSWER_WORDS = _NOT_FRAGMENTS | {"really", "all", "at", "thanks", "mate", "so", "far"}
"""What a bare answer is made of: "No.", "Not really.", "All good.", "None at all." (not "No pain.")."""


def _staccato(words: list[str], spans: list[Span]) -> tuple[list[str], list[Span]]:
    """A message typed in fragments ("Both. Legs. Tingling.", "Numb. Down. There.", "Both legs. Tingling."):
    a full stop between two one-word fragments is dropped, and one beside a fragment of a word or two is a
    pause, so a sign said a word at a time is read as one. Answers are never joined, and fragments an answer
    closes or a "No." opens are left apart, as a form answered word by word ("Chest. Pain. None.")."""
    if "." not in words:
        return words, spans
    bounds = [-1] + [k for k, word in enumerate(words) if word in _FRAGMENT_ENDS] + [len(words)]
    fragments = [words[a + 1:b] for a, b in zip(bounds, bounds[1:])]
    last = len(fragments) - 1 if fragments[-1] else len(fragments) - 2
    joinable = [bool(f) and len(f) <= 2 and all(w.isalpha() and (w not in _NOT_FRAGMENTS or w in _CANT and i < last)
                                                for w in f) for i, f in enumerate(fragments)]
    answers = [bool(f) and len(f) <= 2 and not joinable[i] and _ANSWER_WORDS.issuperset(f) and _YES.isdisjoint(f)
               for i, f in enumerate(fragments)]  # a bare answer: "No.", "Not really.", not "No pain."
    leading = [a and not _LEADING_ANSWERS.isdisjoint(f) for a, f in zip(answers, fragments)]
    told = [a or not _YES.isdisjoint(f) for a, f in zip(answers, fragments)]
    closing = [a and (not lead or i >= last or any(told[i + 1:last + 1]))
               for i, (a, lead) in enumerate(zip(answers, leading))]
    closed = [False] * len(fragments)
    for i in range(len(fragments) - 2, -1, -1):  # a run of fragments an answer closes, back to its start
        link = words[bounds[i + 1]] == "."
        closed[i] = link and joinable[i] and (closing[i + 1] or joinable[i + 1] and closed[i + 1])
    for i in range(1, len(fragments)):  # and the two after a "No." ("No. Chest. Pain.")
        if leading[i - 1] and words[bounds[i]] == ".":
            for j in range(i, min(i + 2, len(fragments))):
                if not joinable[j] or j > i and words[bounds[j]] != ".":
                    break
                closed[j] = True
    drop: set[int] = set()
    pause: set[int] = set()
    for i in range(len(fragments) - 1):
        k = bounds[i + 1]
        if words[k] != "." or not (joinable[i] and joinable[i + 1]) or closed[i] or closed[i + 1]:
            continue
        left, right = fragments[i], fragments[i + 1]
        if len(left) == 1 and len(right) == 1:
            drop.add(k)
        elif min(len(left), len(right)) == 1:
            pause.add(k)
    if not drop and not pause:
        return words, spans
    kept = [("-" if k in pause else w, s) for k, (w, s) in enumerate(zip(words, spans)) if k not in drop]
    return [w for w, _ in kept], [s for _, s in kept]


_FILLERS = frozenset({"um", "umm", "ummm", "uh", "uhh", "uhm", "er", "erm", "err", "errr", "ah", "ahh", "hmm", "hm",
                      "mm", "mmm"})
_SAID_AGAIN = frozenset("""
    i im ive my the a an it its when so and to in we you that this there theres me is was of on at
""".split())
"""Words a voice note says twice while finding the next ("when I, when I go", "the, er, the pee"). Only these:
"no pain in my legs, legs are numb" is two clauses, not a false start."""


_NOT_MINE = NEGATORS | THIRD_PARTY


def _clause_holds(kept: list[tuple[str, Span]], end: int, words: frozenset[str]) -> bool:
    """Whether the clause ending before token `end` holds one of `words`: "I don't get it, it feels numb" is
    two clauses (its "it, it" is no false start), and the denial must not reach the second."""
    k = end - 1
    while k >= 0 and end - k <= 10 and kept[k][0] not in (",", ".", "?", "-", "but"):
        if kept[k][0] in words:
            return True
        k -= 1
    return False


def _as_written(words: list[str], spans: list[Span]) -> tuple[list[str], list[Span]]:
    """In a voice note (a message with an "um" or "er"), its false starts taken out ("when I, when I go up the
    kerb", "the, er, the pee"), and an "um" or "er" that opens a sentence, so a phrase is read whole. Other fillers stay: an "um" between "no
    pain" and "numb groin" still keeps the denial from reaching the symptom."""
    if not _FILLERS.intersection(words):
        return words, spans  # typed, not dictated: "in the, the saddle area" is a typo, not a false start
    kept = list(zip(words, spans))
    i = 0
    while i < len(kept):
        word = kept[i][0]
        if word in _FILLERS and (i == 0 or kept[i - 1][0] in (".", "?", "-")):
            del kept[i:i + (2 if i + 1 < len(kept) and kept[i + 1][0] == "," else 1)]
            continue
        if word == ",":
            after = i + 1
            if after + 1 < len(kept) and kept[after][0] in _FILLERS and kept[after + 1][0] == ",":
                after += 2  # "the, er, the pee"
            for n in (3, 2, 1):
                if n <= i and after + n <= len(kept) and all(
                    kept[i - n + k][0] == kept[after + k][0] and kept[after + k][0] in _SAID_AGAIN for k in range(n)
                ) and not _clause_holds(kept, i - n, _NOT_MINE):
                    del kept[i - n:after]
                    i -= n
                    break
        i += 1
    return [w for w, _ in kept], [s for _, s in kept]


def _undo_dialect(words: list[str]) -> None:
    """Scots "wee" for small and "me" for my, in place."""
    for i in range(len(words) - 1):
        if words[i] == "wee" and _scots_wee(words, i):
            words[i] = "small"
        elif words[i] == "me" and _owned(words, i + 1):
            words[i] = "my"  # "me pants", "me toes", "me left leg"


def _phrases(words: list[str]) -> dict[str, list[Span]]:
    """Where each concept occurs. Body parts compete for words, longest phrase first."""
    occ: dict[str, list[Span]] = {}
    body: list[tuple[int, int, str]] = []
    n = len(words)
    for i in range(n):
        node = _TRIE.get(words[i])
        j = i + 1
        while node is not None:
            for name in node.concepts:
                if name in _BODY_SET:
                    body.append((i, j, name))
                else:
                    occ.setdefault(name, []).append((i, j))
            j += _softeners(words, j, node)
            node = node.get(words[j]) if j < n else None
            j += 1
    taken: set[int] = set()
    for i, j, name in sorted(body, key=lambda b: (b[0] - b[1], b[0])):
        if not taken.intersection(range(i, j)):
            taken.update(range(i, j))
            occ.setdefault(name, []).append((i, j))
    for found in occ.values():
        found.sort()
    return occ


_OWNED = (BODY_WORDS | {"pants", "knickers", "undies", "shorts", "trousers", "tummy", "belly",
                        "bladder", "bowels", "wee", "pee", "poo", "chest", "tiptoes", "tip", "sleep", "bed"}) - frozenset("""
    back by near outside not one two under upon than rather should shouldnt instead sitting end door floor garden family
    horse we youd youwould iwould wouldnt behind t va jay place places level area region regions section zone spots hole
    part parts base top front low mid middle inner outer big small old own hind rear left right lady nether private
""".split())
"""What "me" may own in dialect ("me pants", "me toes"): body parts and clothes, not the words of place and number
that the body phrases also hold. Read as "my" before them, "a car hit me outside Tesco" lost its accident."""
_BODY_OR_PLACE = frozenset({"behind", "rear", "bottom"})
"""The bottom, or a place: "cant feel me behind", but "knocked me down behind the shops", "hit me bottom of the hill"."""
_PLACE_FOLLOWS = frozenset({"the", "a", "an", "of", "my", "our", "his", "her", "their", "this", "that", "some", "me"})
_OWNING = frozenset("left right lower upper low mid middle inner outer big small own old lady front rear hind nether private".split())
"""Words between "me" and what it owns: "me left leg", "me lower back"."""


def _owned(words: list[str], at: int) -> bool:
    if words[at:at + 2] == ["head", "on"]:
        return False  # "a car hit me head on": the collision, not my head
    if words[at] in _BODY_OR_PLACE:
        return at + 1 >= len(words) or words[at + 1] not in _PLACE_FOLLOWS
    if words[at] in _OWNED:
        return True
    return words[at] in _OWNING and at + 1 < len(words) and (words[at + 1] in _OWNED or words[at + 1] == "back")


def _softeners(words: list[str], at: int, node: _Node) -> int:
    """How many hedges and intensifiers to step over inside a phrase: "feels kind of dead", "stream
    is really weak", "landed really hard". Nothing when the phrase itself goes on with the word."""
    k = at
    while k < len(words) and words[k] not in node and k - at < 3:
        if words[k] in SOFTENERS:
            k += 1
        elif (words[k], words[k + 1] if k + 1 < len(words) else "") in SOFTENER_PAIRS:
            k += 2
        else:
            break
    return k - at


def _scots_wee(words: list[str], i: int) -> bool:
    """Scots "wee" is small ("a wee bit sore", "wee jog"), but not after a verb ("need to wee")."""
    before = words[i - 1] if i > 0 else ""
    return words[i + 1] in WEE_SMALL and before not in PEE_VERBS


def clause(doc: Doc, start: int, end: int, reach: int = 8) -> Span:
    """The clause around tokens start..end: up to `reach` words each way, stopping at a break."""
    lo = start
    while lo > 0 and start - lo < reach and doc.words[lo - 1] not in HARD:
        lo -= 1
    hi = end
    while hi < len(doc.words) and hi - end < reach and doc.words[hi] not in HARD:
        hi += 1
    return lo, hi


def sentence(doc: Doc, start: int, end: int, reach: int = 40) -> Span:
    """The sentence around tokens start..end."""
    lo = start
    while lo > 0 and start - lo < reach and doc.words[lo - 1] not in STOPS:
        lo -= 1
    hi = end
    while hi < len(doc.words) and hi - end < reach and doc.words[hi] not in STOPS:
        hi += 1
    return lo, hi


# What remainder() keeps.

_ABSORBED = NEGATORS | FILLER | BODY_WORDS | RESOLVED | {"used", "away", "more", "longer"}


def extent(words: list[str], start: int, end: int) -> range:
    """A mention with the words that belong to it: "no", "my left", "has gone"."""
    while start > 0 and words[start - 1] in _ABSORBED:
        start -= 1
    while end < len(words) and words[end] in _ABSORBED:
        end += 1
    return range(start, end)


def clauses(doc: Doc) -> Iterator[Span]:
    """Clauses split at sentence punctuation, commas, dashes and joining words."""
    start = 0
    for k, word in enumerate(doc.words + ["."]):
        if word in STOPS or word in (",", "-") or word in CLAUSE_WORDS:
            if k > start:
                yield start, k
            start = k + 1


def leftovers(doc: Doc, lo: int, hi: int, mentioned: set[int]) -> list[str]:
    """Runs of a symptom clause that look like a check-in: they hold a number and aren't a time."""
    runs: list[str] = []
    k = lo
    while k < hi:
        if k in mentioned:
            k += 1
            continue
        j = k
        while j < hi and j not in mentioned:
            j += 1
        words = [w for w in doc.words[k:j] if w not in FILLER or w[:1].isdigit()]
        if (
            words
            and any(w[:1].isdigit() for w in words)
            and doc.words[k] not in NOT_CHECKIN
            and (k == lo or doc.words[k - 1] not in NOT_CHECKIN)
            and doc.words[j - 1] not in TIME_UNITS
        ):
            runs.append(doc.text[doc.spans[k][0]: doc.spans[j - 1][1]])
        k = j
    return runs
