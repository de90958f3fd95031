"""The words of the warning signs in the languages runners also write in, for the safety net alone.

Lumbar reads symptoms in English. A runner who writes "dolor 6, 5 km, no puedo orinar" has their numbers
saved, and nothing in the English reader sees the rest: in a blind set of 160 red flags in twelve other
languages, 43 came back as a plain "Saved". Where a message holds one of these words, the warning signs are
named under the reply, as for English words the reader did not understand (``near_warning_signs``). This
is a net, not a reader: it never gives the emergency answer itself, so a word here may be broad.

Words are matched after folding case and accents ("Blähung" as "blahung"); a word ending in "-" is a stem
("entumec-" for entumecido, entumecimiento). Some are English too ("urine", "genital-"), as the English
reader's own net has them; none may be another English word a runner uses: a test reads the English
ordinary corpus and finds nothing here the English reader's net does not.
"""

from __future__ import annotations

import re
import unicodedata

WORDS: dict[str, str] = {
    "es": """
        entumec- adormec- hormigue- dormid- durmio durmieron insensib- calambre- orin- pipi pis mear meo vejiga
        incontinen- caca heces evacuar evacuo evacuare evacuei intestin- entrepierna ingle culo nalga- genital-
        perine- trasero gluteo- debil debiles flojas fallan falla flaquea- pecho torax sangre ambas ambos
        desmay- mareo- desgarr- fiebre escalofrio- caida caido accidente ereccion erecci- cojeo cojea-
    """,
    "pt": """
        dorment- dormencia formigament- formigando formiga adormec- xixi urina urinar urinando mijar mijo bexiga
        fezes evacuar evacuo evacuare evacuei virilha bunda rabo nadega- perineo bumbum fraqueza fraca fraco
        falhando falha peito sangue desmai- tontura febre calafrio- queda caiu acidente erecao manca- mancando
    """,
    "fr": """
        engourd- fourmill- picote- insensib- pipi uriner urine vessie caca selles intestin- entrejambe aine
        fesse- perinee faible- derobe lache poitrine thorax malaise evanoui- dechir- fievre frissons tombe
        tombee erection boiter
    """,
    "de": """
        taub- kribbel- eingeschlafen gefuhllos- gefuehllos- pinkel- pissen harnverhalt harndrang blasenschw-
        harnblase urinieren kacken kacke stuhl- darm leiste gesass gesaess hintern genital- damm beide schwach-
        knickt nachgeben brustschmerz- brustkorb brust blut ohnmacht- schwindel- reissend- fieber schuttelfrost-
        schuettelfrost- sturz gesturzt gestuerzt gestolpert unfall erektion- hinken humpel-
    """,
    "it": """
        formicol- intorpid- addormentat- insensib- pipi urina urinare vescica cacca feci intestin- evacuar
        evacuo evacuare evacuei inguine natic- genital- perineo pene entramb- debol- petto torace sangue svenut-
        sveni- lacerant- febbre brivid- caduta caduto incidente erezione zoppic-
    """,
    "nl": """
        doof tintel- slaapt gevoelloos- plassen plas blaas urine poep- gepoept geplast gepist ontlasting darm
        kruis billen bil genital- beide zwak- zakt knikt borst- bloed flauw- duizelig- scheur- koorts rillingen
        gevallen ongeluk erectie
    """,
    "pl": """
        dretw- zdretw- mrowi- czuci- sika- mocz- pecherz- kupa kupy jelit- krocz- pachwin- posladk- odbyt
        genital- obydwie oslab- slabe slaba klatk- piersi krew zemdl- rozdziera- goraczk- dreszcz- upad- wypadek
        erekcj-
    """,
    "hi": """
        sunn sunnapan jhunjhun- jhanjhan- peshab pishab susu mutra mutr- tatti latrin- donon kamzor- kamjor-
        seene seena chhati chaati khoon khun behosh chakkar bukhar bukhaar giraa gira girna
    """,
    "tl": """
        manhid- namamanhid pamamanhid ngimay- pangingimay kuryente ihi umihi iihi naiihi pantog dumi natae
        dumumi singit puwet pwet parehong dibdib naninikip dugo himatay- nahimatay nahilo lagnat nilalagnat
        nahulog natumba aksidente tinitigasan
    """,
    "id": """
        kesemutan kebas pipis kencing kemih berak bab selangkangan pantat bokong kelamin lemas lemah dadaku
        darah pingsan demam menggigil jatuh kecelakaan ereksi
    """,
    "tr": """
        uyus- karincalan- uyusma- idrar- cisim mesane kaka diski bagirsak- kasik- popom popomda kalca- makat
        guçsuz gucsuz zayif gogus- gogs- nefes kanli bayil- bayg- ates titreme dustum dusme erekson ereksiyon
        sertles-
    """,
    "sv": """
        domn- stickn- kansel- kissa kissar kissat kissade kissig blasa bajs- tarmen tarmar avforing ljumsk-
        rumpa underliv svag- viker brost- blod svimm- feber frossa foll ramlade olycka erektion
    """,
}
"""By language: numbness and tingling, peeing and the bladder, pooing and the bowel, the groin, bottom and
genitals, both, weak and giving way (not legs alone: "piernas cansadas"), the chest, blood, fainting and
tearing pain, fever, falls and accidents, erections. Written from the NHS list of back pain's warning signs
(clinical-rules.md section 4)."""

_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "đ": "d"})
_WORD = re.compile(r"[a-z]+")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _entries() -> tuple[frozenset[str], tuple[str, ...]]:
    words, stems = set(), set()
    for listed in WORDS.values():
        for entry in _fold(listed).split():
            if entry.endswith("-"):
                stems.add(entry[:-1])
            else:
                words.add(entry)
    return frozenset(words), tuple(sorted(stems))


_EXACT, _STEMS = _entries()


def names_a_sign(text: str) -> bool:
    """Whether the text holds a word of the warning signs in one of ``WORDS``' languages."""
    return any(word in _EXACT or word.startswith(_STEMS) for word in _WORD.findall(_fold(text)))
