"""A word as the lexicon spells it: lower case, contractions, texting and typos undone.

Longer unknown words are spell-corrected with rapidfuzz towards a short list of symptom words
("numbess" is "numbness"), never turning a real English word into one ("canter" stays "canter").
"""

from __future__ import annotations

import functools
import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .lexicon import FILLER, HARD, JOINERS, LEXICON, NEGATORS, REPORTING, THIRD_PARTY, Regex

SPELLING = {
    "u": "you", "ur": "your", "r": "are", "cannot": "cant", "cnt": "cant", "carnt": "cant", "cnat": "cant",
    "dnt": "dont", "nomb": "numb", "bumb": "bum", "blod": "blood",
    "havnt": "havent", "hvnt": "havent", "dint": "didnt", "didn": "didnt", "nite": "night",
    "tonite": "tonight", "thru": "through", "cuz": "because", "bcoz": "because", "bc": "because",
    "abt": "about", "rly": "really", "wiv": "with", "w": "with", "legz": "legs", "isn": "isnt",
    "wasn": "wasnt", "doesn": "doesnt", "haven": "havent", "hasn": "hasnt", "wouldn": "wouldnt",
    "couldn": "couldnt", "shouldn": "shouldnt", "ya": "you", "temprature": "temperature",
    "feaver": "fever", "fevor": "fever", "tingleing": "tingling", "numbnes": "numbness",
    "nothin": "nothing", "wen": "when", "wit": "with", "ma": "my", "mi": "my", "gr8": "great",
    "coz": "because", "cos": "because", "wk": "week", "wks": "weeks", "dr": "doctor",
    "doc": "doctor", "pls": "please", "plz": "please", "defo": "definitely", "def": "definitely",
    "prolly": "probably", "nt": "not", "genitles": "genitals", "gentials": "genitals",
    "lymfoma": "lymphoma", "buttox": "buttocks", "tumer": "tumour", "tumore": "tumour",
    "canser": "cancer", "cancr": "cancer", "nuumb": "numb", "peeng": "peeing", "urin": "urine",
    "ches": "chest", "chst": "chest", "chets": "chest", "rn": "now", "atm": "now",
    "rosé": "rose", "gf": "girlfriend", "bf": "boyfriend", "hubby": "husband", "missus": "wife",
    "bcos": "because", "feint": "faint", "feinted": "fainted", "feinting": "fainting",
    "orgasim": "orgasm", "orgasims": "orgasms", "orgasam": "orgasm", "erektion": "erection",
    "v": "very", "sum": "some", "wnt": "wont", "errection": "erection", "errections": "erections",
    "foots": "foot", "pian": "pain", "pians": "pains", "bk": "back", "nd": "and",
    "n": "and", "tryin": "trying", "chils": "chills",
    "wieght": "weight", "weigth": "weight", "nun": "numb", "bomb": "bum",
    # Scots, Caribbean and Indian English: "cannae", "cyaan", "paining"
    "whitever": "whatever", "cannae": "cant", "canna": "cant", "dinnae": "dont", "didnae": "didnt", "doesnae": "doesnt",
    "wouldnae": "wouldnt", "couldnae": "couldnt", "havenae": "havent", "hasnae": "hasnt", "isnae": "isnt",
    "wisnae": "wasnt", "willnae": "wont", "tae": "to", "oot": "out", "efter": "after", "roon": "round",
    "aff": "off", "troosers": "trousers", "breeks": "trousers", "chitterin": "shivering",
    "chittering": "shivering", "nae": "no", "puwit": "bum", "pwet": "bum",
    "cyaan": "cant", "caan": "cant", "neva": "never", "paining": "hurting",
    "pained": "hurt", "presyncopal": "faint", "presyncope": "faint", "syncopal": "faint",
    "scapulae": "shoulderblades", "scapula": "shoulderblade", "scapulas": "shoulderblades", "lbp": "backpain",
    "disfunction": "dysfunction", "disfunctions": "dysfunction", "sattle": "saddle",
    "myslf": "myself", "mysef": "myself", "meself": "myself", "erecshun": "erection", "erecshuns": "erections",
    "tite": "tight", "throbin": "throbbing", "throbing": "throbbing", "bak": "back", "bac": "back",
    "fevr": "fever", "fver": "fever", "warnng": "warning", "warnin": "warning", "presure": "pressure",
    "pressur": "pressure", "breth": "breath", "brethless": "breathless", "maself": "myself", "masel": "myself",
    "mesel": "myself", "pished": "pissed",
    # texted without vowels where the letters could spell two words: the one a runner's diary means
    "pn": "pain", "bwl": "bowel", "bwls": "bowels", "lndd": "landed", "hd": "had", "strds": "strides",
}  # fmt: skip

# Symptom words to spell-correct towards. Only these: correcting towards every lexicon word would
# turn "canter" into "cancer" and "gluten" into "glutes".
FUZZY_TARGETS = sorted(set("""
    numbness tingling tingly tingles bladder incontinence incontinent urinate urinating
    urination urinary sciatica sciatic paraesthesia paresthesia anaesthesia anesthesia perineum
    perineal buttocks buttock genitals genitalia testicles scrotum erection erections ejaculate
    ejaculation ejaculating temperature feverish shivering shivers lymphoma leukaemia leukemia
    chemotherapy metastases metastatic metastasis radiotherapy oncologist osteoporosis
    osteopenia immunosuppressed immunocompromised immunosuppressants steroids prednisolone
    prednisone paralysed paralyzed paralysis weakness haematuria hematuria thoracic shoulder
    swelling swollen antibiotics cellulitis pneumonia tuberculosis unintentionally unexplained
    fainted fainting collapsed clammy crotch privates numbed numbing tumour carcinoma sarcoma
    melanoma myeloma malignant mastectomy whiplash accident ladder fever cancer vagina penis
    bowels faeces immune infection infected sensation feeling pins needles giving buckling
    dragging tripping stream dribbling leaking urine groin shooting radiating electric tearing
    ripping bleeding peeing weeing pooing pooping chest collapse faint fainting bottom struggling
    orgasm orgasms climax clitoris rectum weaker slapping floppy stumbling trickle dribble
    unconscious erectile paralysis sweating dizzy
""".split()))
_FUZZY_BY_LETTER: dict[str, list[str]] = {}
for _word in FUZZY_TARGETS:
    _FUZZY_BY_LETTER.setdefault(_word[0], []).append(_word)

# English words within reach of a symptom word, so never "corrected" into one ("canter" is not
# "cancer", "tangle" is not "tingle"): every such word in Debian's wamerican and wbritish lists.
# tests/test_symptoms.py checks the list is complete when those lists are installed.
PROTECTED = frozenset("""
    anaesthesias anesthesias anesthetic badder blander bleedings bleeping blending bowell
    bowells bowens bowers bowls breeding bucking cancel canker canter carcinomas carcinomata
    cellulite cellulites chammy chemotherapys collared collated crotchs crouch crutch dabbling
    dibbling drilling driveling drizzling drubbing drugging ejaculated ejaculates ejection
    ejections election elections electrons emasculate emasculating emasculation erectors
    eruptions evacuate evacuating evacuation evictions executions exertions faces faecess
    fainter farces feeding feinted feinting felling fiver fueling genitalias genitalss gibing
    grain groan grown immure inaction inception incontinences induction infarction infecting
    infectious infested inflation inflected inflection inflections infliction infraction
    ingestion insertion inspection intention invention lander larder lauder leading leafing
    leaning leaping leasing leaving leukaemias leukemias lymphomas malignantly maligning
    mastectomys melanomas metastasise metastasised metastasises metastasiss metastasize
    metastasizes needled needless numbnesss oncologys osteoporosiss paralyse paralyses
    paralysing paralysiss paralytic paralytics paralyze paralyzes parenthesis parlayed penas
    pends penes peniss penns pines pings pinks pints pneumonias primates privater privatest
    radiations radioing radiotherapys rapping rippling sarcomas sciaticas scooting scream
    scrotums sedation selling sensational severing shavers sheering shelling shimmering shiners
    shirring shiver shooing shootings shorting shouting shoveling showering shriveling silvering
    slavering slivering slivers smelling smoulder sniveling spelling steam streak streams
    swellings swilling swiveling tangles tangling taring teaming teasing temperate tentacles
    testifies textiles timour tingeing tinges tinging tinkles tinkling tipping trapping tripling
    tuberculosiss tuberculous urinations urines vaginae vaginal vaginas weaknesss whiplashs
    bottoms cheat chess chests climaxs clitoriss crest dibble dribbler feint flint flippy floppys
    peeking peeling peeping peering peeving peking pieing poking poling poohing pooling popping
    poring posing rectums sapping seating shambling shrugging slopping smuggling snapping
    snuggling stabling straggling strangling stumping swapping swearing tickle trickled truckle
    unconsciously unconsciouss weaken wearer weaver weeding weeping
""".split())

VOCAB = frozenset(
    word
    for found in LEXICON.values() if isinstance(found, tuple)
    for phrase in found for word in phrase.split()
) | {word for found in LEXICON.values() if isinstance(found, Regex) for word in found.vocab} | FILLER | NEGATORS \
    | HARD | JOINERS | THIRD_PARTY | REPORTING | set(SPELLING.values())
"""Words left as they are: everything the lexicon and the function-word lists know."""

_VOWELS = re.compile(r"(?<=.)[aeiou]")
_DOUBLED = re.compile(r"(.)\1+")


def _skeleton(word: str) -> str:
    """A word as texted without its vowels: "numb" is "nmb", "upper" is "upr" (a first vowel is kept)."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("", word))


TEXTED = frozenset("""
    numb numbness legs sides pressure sudden ripping tearing down fever chills pain pains back lower upper
    between shoulders shoulder constant constantly worse night tingle tingling tingly control bowels bladder
    blood pee wee poo weight never ever started first groin bottom foot feet drop toes lift weak weakness
    leaking leaked passed collapsed fainted nearly chest breath breathless sweats sweating shivering cough
    sneeze coughing sneezing sciatica burning shooting stairs landed fall fallen since today yesterday week
    month morning lump swelling cancer kidney stream dribble dribbling incontinence incontinent
    sofa cold hills hill tights strides beetroot race marathon parkrun tired knackered
""".split())
"""The words a runner's diary is texted with, read back when texted without vowels. Only these: medical
words would be read into texting's own shorthand ("tmr" is tomorrow, not a tumour; "Mrs" no MRSA)."""


def _unvowelled(vocab: frozenset[str]) -> dict[str, str]:
    """The texted words by their skeletons, where no other word the lexicon knows has that skeleton
    ("bwl" could be "bowel" or "bowl", so it is left as it is)."""
    by_skeleton: dict[str, set[str]] = {}
    for word in vocab:
        if len(word) >= 3 and word.isalpha() and _VOWELS.search(word):
            by_skeleton.setdefault(_skeleton(word), set()).add(word)
    found = {skeleton: _one_word(words) for skeleton, words in by_skeleton.items() if len(skeleton) >= 3}
    return {skeleton: word for skeleton, word in found.items() if word in TEXTED}


def _one_word(words: set[str]) -> str | None:
    """The one word these are spellings of ("numb", "numbb", "numbe" are all "numb"), or None when
    they are different words ("bowel", "bowl")."""
    centres = [w for w in words if all(OSA.distance(w, other) <= 1 for other in words)]
    shortest = [w for w in centres if len(w) == min(map(len, centres))]
    return shortest[0] if len(shortest) == 1 else None


UNVOWELLED = _unvowelled(VOCAB)
_VOWELS_OR_Y = re.compile(r"(?<=.)[aeiouy]")
"""A word with a y ("cry", "gym", "why") is an English word, not a texted one."""
_ABBREVIATIONS = frozenset("""
    ngl wknd wknds pbs prs tbh smh imo imho idk ikr lmk brb btw nvm omw fml wtf wth ffs thx np gg hmu irl
    jk nsfw tldr dms ppl bff tbf fwiw lmfao lmao rofl lrt hmm mmm grr brr shh pfft psst tsk bst bsts
""".split())
"""Texting's own words, which read as a symptom word without their vowels ("ngl" is not "niggle",
"wknd" not "weakened", "PBs" not "pubes")."""
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you", "it"})
_APOSTROPHES = re.compile(r"['’‘`´]")
_REPEATS = re.compile(r"(.)\1{2,}")


@functools.lru_cache(maxsize=16384)
def canonical(raw: str) -> str:
    """The lexicon's spelling of one lower-case word."""
    if "'" in raw or "’" in raw or "‘" in raw or "`" in raw or "´" in raw:
        base = _APOSTROPHES.split(raw)
        if len(base) == 2 and base[1] in ("ll", "d") and base[0] in _PRONOUNS:
            return base[0] + ("will" if base[1] == "ll" else "would")
        if len(base) == 2 and base[1] == "s" and raw.replace("'", "") not in VOCAB:
            raw = base[0]  # "foot's floppy": the 's is "is", "has" or a possessive
        else:
            raw = "".join(base)
    word = SPELLING.get(raw, raw)
    if word in VOCAB:
        return word
    squeezed = _REPEATS.sub(r"\1\1", word)
    for candidate in (squeezed, _REPEATS.sub(r"\1", word), *_undoubled(squeezed), *_clipped(word)):
        if candidate in VOCAB:
            return candidate
    if len(word) >= 3 and word.isalpha() and not _VOWELS_OR_Y.search(word) and word not in _ABBREVIATIONS:
        return UNVOWELLED.get(_skeleton(word), word)  # "nmb lgs bth sds"
    return fuzzy(squeezed)


def _clipped(word: str) -> list[str]:
    """Texting drops letters at the end: "peein" is "peeing", "passd" is "passed"."""
    if word.endswith("in"):
        return [word + "g"]
    if word.endswith("d") and len(word) > 3:
        return [word[:-1] + "ed"]
    return []


def _undoubled(word: str) -> list[str]:
    """The word with one doubled letter made single: "leggs" is "legs", "bumm" is "bum"."""
    return [word[:i] + word[i + 1:] for i in range(1, len(word)) if word[i] == word[i - 1]]


def fuzzy(word: str) -> str:
    """The symptom word this is a typo of, or the word itself."""
    if len(word) < 5 or not word.isalpha() or word in PROTECTED:
        return word
    targets = _FUZZY_BY_LETTER.get(word[0])
    if not targets:
        return word
    best = process.extractOne(word, targets, scorer=OSA.distance, score_cutoff=2)
    if best is None:
        return word
    target, distance = best[0], best[1]
    allowed = 2 if len(target) >= 9 and len(word) >= 8 else 1
    return target if distance <= allowed else word
