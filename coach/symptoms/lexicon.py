"""Every way of saying a symptom, as named word lists (concepts) that the rules combine.

A phrase is canonical words separated by spaces (see spelling.py: lower case, apostrophes dropped,
so "can't" is "cant" and "I'm" is "im"). "{a,b,}" expands to each choice, the empty one dropping
the word, and "<name>" pastes a macro. A few concepts are regular expressions over the canonical
text instead, for numbers: temperatures, ages, kilos lost.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

MACROS = {
    "cant": "{cant,cannot,can not,couldnt,could not,unable to,not able to,struggling to,"
            "struggle to,struggled to,can barely,can hardly,could barely,could hardly,barely,"
            "hardly,no longer,cant really,cant properly,cant fully,havent been able to,"
            "not been able to,am unable to,im unable to,stopped being able to,"
            "not being able to,not be able to,never be able to,cant seem to,cannot seem to,"
            "inability to,"
            "couldnt seem to,dont seem to be able to,doesnt seem to be able to,"
            "didnt seem to be able to,dont seem able to,doesnt seem able to}",
    "lr": "{left,right,}",
    "my": "{my,the,}",
    "trouble": "{trouble,troubles,difficulty,difficulties,problem,problems,issue,issues,struggle,"
               "struggling,struggled,hard,harder,difficult,tricky,straining,strain,hesitancy,"
               "hesitant,slow,takes ages,taking ages,takes forever,having to push,"
               "having to strain}",
    "lossof": "{lost,losing,lose,loss of,no,lack of,poor,reduced,less,little,zero,no longer have,"
              "cant,cannot,couldnt,unable to,not able to,trouble,problems,difficulty,struggling to,"
              "hard to}",
    "vehicle": "{car,van,bus,truck,lorry,motorbike,taxi,scooter,pickup truck,motorcycle,tractor,suv,tram,jeep,cab,"
               "minicab,ambulance,minibus,moped,campervan,camper van,motorhome,hgv,land rover,range rover,estate car,"
               "people carrier,dustcart,bin lorry,forklift,quad bike,ute,uber,lyft,hatchback,fire engine,double decker,"
               "transit,bmw,audi,merc,mercedes,volvo,toyota,tesla,vw,volkswagen,nissan,kia,hyundai,skoda,vauxhall,"
               "peugeot,renault,fiat,prius,4wd,f150,f 150,ebike,e bike,e scooter,motor,corsa,fiesta,astra,boda boda,"
               "keke,keke napep,danfo,trotro,jeepney,micra,clio,punto,"
               "tuk tuk,matatu,bakkie,okada,rickshaw,auto rickshaw,bike,bicycle,lime scooter,golf buggy,golf cart,"
               "wagon,vehicle,horsebox,horse box,bmx,pushbike,push bike,segway,hoverboard,trike,luas,corolla,"
               "camry,hilux,land cruiser,yaris,qashqai,octavia}",
    # One list of vehicles: a bare "pickup" (a surge of pace), "semi" (a semi-final), "4x4" (four reps of four)
    # and "coach" (a club's) are vehicles only after "hit by a" (road_user_after_by).
    "ran_into_me": "{ran me over,reversed into me,backed into me,crashed into me,slammed into me,ploughed into me,"
                   "plowed into me,drove into me,drove over me,ran over my leg,ran over my foot,clipped me,"
                   "knocked me over,reversed over my foot,reversed over my leg,drove over my foot,rode into me,"
                   "rode straight into me,knocked into me,bowled me over,winged me,sent me flying,side swiped me,"
                   "sideswiped me,grazed me,rammed me,rammed into me,brushed me,knocked me flat,t boned me,"
                   "tboned me}",
    "hit_body": "{leg,legs,hip,arm,side,knee,knees,foot,shoulder,elbow,hand,thigh,ankle,back,lower back,spine,"
                "ribs,bum,tailbone,head,neck,hips,shin,shins,calf,calves,wrist,arms,hip flexor,hip flexors}",
    "hit_by_verb": "{hit,struck,clipped,knocked,knocked down,knocked over,knocked off,knocked flying,knocked off my feet,"
                   "run over,run down,ran down,taken out,rear ended,mowed down,mown down,sideswiped,side swiped,"
                   "cleaned up,doored,skittled,winged,bumped,clattered,knocked flat,rammed,grazed,side swiped,"
                   "brushed,t boned,tboned,nailed,dunted,bowled over}",
    "odd": "{wrong,different,unusual,odd,strange,abnormal,amiss,off,untoward,out of the ordinary,weird,funny}",
    "bad": "{gone,lost,poor,bad,weak,weaker,rubbish,worse,not great,not good,failing,dodgy,off,"
           "deteriorating,deteriorated,getting worse,shot,non existent,useless,terrible,awful}",
}  # fmt: skip


def _expand(pattern: str) -> list[str]:
    """Every phrase a pattern spells: "{hit,clipped} my {leg,hip}" is four; groups nest. Built part by part
    (a product of each group's choices), as the accident phrases run to hundreds of thousands: expanding one
    group at a time, rewriting the whole pattern each time, took the import ten seconds."""
    phrases, _ = _sequence(pattern, 0, nested=False)
    return [" ".join(phrase.split()) for phrase in phrases]


def _sequence(pattern: str, at: int, *, nested: bool) -> tuple[list[str], int]:
    """The phrases of the text from ``at`` to the end, or inside a group to its next "," or "}"; and where
    that is."""
    parts: list[list[str]] = []
    start = at
    while at < len(pattern):
        char = pattern[at]
        if char == "{":
            parts.append([pattern[start:at]])
            choices, at = _group(pattern, at + 1)
            parts.append(choices)
            start = at
        elif nested and char in ",}":
            break
        else:
            at += 1
    parts.append([pattern[start:at]])
    return ["".join(choice) for choice in itertools.product(*parts)], at


def _group(pattern: str, at: int) -> tuple[list[str], int]:
    """The choices of a group whose "{" is just before ``at``; and where its "}" ends."""
    choices: list[str] = []
    while True:
        phrases, at = _sequence(pattern, at, nested=True)
        choices += phrases
        if at >= len(pattern) or pattern[at] == "}":
            return choices, at + 1
        at += 1


def phrases(*patterns: str) -> tuple[str, ...]:
    """The phrases a concept is written as, expanded and deduplicated."""
    out: dict[str, None] = {}
    for pattern in patterns:
        for name, body in MACROS.items():
            pattern = pattern.replace(f"<{name}>", body)
        for phrase in _expand(pattern):
            if phrase:
                out[phrase] = None
    return tuple(out)


@dataclass(frozen=True)
class Regex:
    """A concept found by a regex over the canonical text (words joined by single spaces)."""

    pattern: str
    digits: bool = True  # only worth running on a message with a number in it
    words: frozenset[str] = frozenset()
    """When given, only worth running on a message holding one of these words."""
    vocab: frozenset[str] = frozenset()
    """Words the pattern spells out that spelling correction must leave as typed ("teen" is not "ten")."""


_NUM_C = r"(?:3[89]|4[0-2])(?:\.\d+)?|37\.[89]\d*"  # 37.8-42.9 degrees Celsius
_NUM_F = r"10[0-7](?:\.\d+)?"  # 100-107.9 degrees Fahrenheit
_AGE = r"(?:[5-9]\d|1\d)"  # over 50 or under 20
_NOT_A_UNIT = (
    r"(?! (?:k|km|kms|ks|miles?|mi|m|mins?|minutes?|secs?|hours?|hrs?|days?|weeks?|months?|kg|kgs"
    r"|lbs?|x|times|percent|%|/|mph|kph|bpm|spm|steps|deg|degrees|c|f|am|pm)(?![^ ]))"
)


def _one_of(words: str) -> str:
    """A regex alternative of comma-separated phrases, longest first."""
    return "|".join(sorted((re.escape(w.strip()) for w in words.split(",")), key=len, reverse=True))


_BY_SOMEONE_VERBS = """hit, struck, clipped, knocked, knocked down, knocked over, knocked off, knocked flying,
    knocked off my feet, run over, run down, ran down, taken out, rear ended, mowed down, mown down, sideswiped,
    side swiped, doored, skittled, winged, clattered, knocked flat, rammed, nailed, dunted,
    bowled over""".replace("\n    ", " ")
_PASSIVE_VERBS = _BY_SOMEONE_VERBS + """, cleaned up, grazed, t boned, tboned, smacked, whacked, thumped, bashed,
    sent flying""".replace("\n    ", " ")
"""The verbs of "hit on the crossing by a learner driver" (``hit_there_by``)."""
_SOMEONE = """someone, somebody, guy, guys, bloke, blokes, man, men, woman, women, lady, kid, kids, lad, lads, girl, girls,
    boy, boys, idiot, idiots, teenager, teenagers, teen, teens, courier, person, dude, fella, chap, youth, youths,
    pensioner, learner, student, numpty, muppet, nutter, maniac, moron, lunatic, child, delivery guy, delivery man,
    neighbour, postman, workman, builder, tradesman, farmer, granny, grandad, cabbie, cabby, tradie,
    eejit""".replace("\n    ", " ")
"""Who was on or in the vehicle of "hit by a lad on a moped" (the words of ``by_someone_in``)."""


def _hit_there_by(articles: str) -> Regex:
    """Where or when between the hit and who did it: "hit on the crossing by a learner driver", "knocked over on my
    run by a cyclist", "clipped this morning by a van". A place must open with its article, so "hit on by a guy at
    the cafe" and "hit on at the bar" stay a flirt."""
    return Regex(
        rf"(?:{_one_of(_PASSIVE_VERBS)})"
        r" (?:(?:out )?(?:on|in|near|along|outside) (?:the|my|a|an|this|that|our|his|her)"
        r"(?! (?:bus|train|tram|tube|coach|plane|ferry|metro|underground|subway|platform|escalator|lift|semi|semis"
        r"|final|finals|heat|heats|round|qualifiers?|quarters|cup)(?![^ ]))"
        r"|at|crossing|from|just|while|during|after|before|head on|side on|walking|running|jogging"
        r"|(?:this|last|on) (?:morning|evening|afternoon|night|week|weekend|monday|tuesday|wednesday|thursday|friday"
        r"|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)|the other day|yesterday|today|tonight|earlier)"
        rf"(?: [^ ]+){{0,6}}? by (?:{articles})",
        digits=False, words=frozenset({"by"}),
    )

LEXICON: dict[str, tuple[str, ...] | Regex] = {
    # --- sensations -------------------------------------------------------------------------------
    "sens": phrases(
        "{sensory,sensation} {disturbance,disturbances,changes,change,loss,deficit,problems}",
        "numb", "numbs", "numbed", "numbing", "numbness", "numbish", "numby", "numbly", "numbb",
        "nunb", "numm", "numbe", "tingle", "tingles", "tingled", "tingling", "tinglings", "tingly",
        "tingley", "tinglyness", "tinglin", "tinglies", "zingy feeling", "zingy feelings",
        "{current,electric current,electricity} like {pain,pains,sensation}",
        "like {a,an,} {current,electric current,electricity} {going,running,passing,shooting}",
        "{pins,pin,pinz} {and,n,an,} {needles,needle,needly,needley}", "paraesthesia", "paresthesia",
        "paraesthesias", "paresthesias", "paraesthesiae", "paraesthetic", "anaesthesia",
        "anesthesia", "anaesthetised", "hypoaesthesia", "hypoesthesia", "loss of sensation",
    ),
    # Lost feeling only counts next to a body part: "no feeling like it" is not a symptom.
    "feel_loss": phrases(
        "insensate", "hypoaesthesia", "hypoesthesia", "hypoaesthetic", "hypaesthesia",
        "{cant,couldnt,can not} fell {my,anything,a thing,it}",
        "without {proper,any,much,normal,real,the usual} {feeling,sensation}",
        "{reduced,decreased,diminished,altered,lost,absent,impaired,no,less,poor} {light touch,pinprick,pin prick,sensation to light touch,touch sensation}",
        "{get,getting,got} {the,} feeling back",
        "{no,lost,lost all,lost the,loss of,losing,lose,lack of,reduced,less,decreased,diminished,"
        "altered,dulled,zero,without any,no real,not much,not any,hardly any,barely any,impaired,"
        "abnormal,disturbed,very little} {some,all,a lot of,a bit of,most of the,most,the,"
        "} {feeling,sensation,sensations}",
        "{feeling,sensation} {is,has,has been,feels,seems,} {reduced,less,lost,altered,dulled,"
        "not right,not the same,decreased,diminished,gone,weird,strange,different}", "<cant> feel",
        "{dont,didnt,doesnt,do not,did not,does not} feel {anything,a thing,much}",
        "{dont,didnt,doesnt,havent,hasnt} {have,got,} {any,much} {feeling,sensation}",
        "{less,not as,not very,lost,lost my,reduced,no,zero,lost all} {sensitive,sensitivity}",
        "sensitivity {is,has,has been,} {gone,reduced,lost,less,different}",
        "{is,are,feels,feel} without {any,} {feeling,sensation}",
    ),
    "sens_vague": phrases(
        "{feeling,sensation} of {coldness,cold,heat,burning,pressure,fullness}", "coldness",
        "{weird,strange,funny,odd,different,unusual,abnormal,altered,changed,cold,prickly,"
        "crawling,fuzzy} {feeling,feelings,sensation,sensations}",
        "{feels,feel,felt,feeling} {weird,strange,funny,odd,different,off,wrong,unusual}",
    ),
    # Sensory for sure, even about legs: "legs feel weird" is often just tired legs.
    "sens_odd": phrases(
        "like {im,i am,i was,} walking on {cotton wool,sponge,sponges}",
        "{sleeping,sleepy} {feeling,feelings,sensation}",
        "{like,as if,is,are,feels,feel,felt,it is,its} deaf",
        "{like,as if,as though} {im,i am,i was,} doing it through {a,} {glove,gloves,thick glove,oven glove}",
        "{like,as if,as though} {im,i am,i was,} {touching,feeling,wiping} {it,them,myself,} through "
        "a {glove,gloves,thick glove}", "{feels,feel,felt} like {its,it is} not my {skin,own skin}",
        "like {an,} epidural", "{has had,had} an epidural", "full of pins",
        "{skin,it,bum,bottom,groin} {feels,feel,felt,feeling} like {wood,rubber,cardboard,leather,plastic}",
        "{feels,feel,felt} like {its,it is,im,i am} touching someone else",
        "{feels,feel,felt,feeling} like {it,they} {isnt,is not,arent,are not,wasnt} {mine,there,my own,attached}",
        "muffled", "feels muffled",
        "{feels,feel,felt,feeling} asleep", "buzzing", "buzzy", "fizzing", "fizzy", "prickling",
        "prickly", "prickle", "prickles", "electric", "electrical", "zapping", "zaps", "asleep",
        "{gone,went,go,goes,going,keeps going,keep going} to sleep",
        "{gone,went,goes,going,feels,feel,felt,feeling,is,keeps going,keep going} dead", "deadness",
        "dead feeling",
        "{dont,doesnt,didnt} feel like {mine,my own,they belong to me,part of me,my legs}",
        "{feels,feel,felt,feeling} like {its,it is,theyre,they are,it was} {not mine,not there,"
        "someone elses,not part of me,not attached,made of wood,made of rubber}",
        "like {ive had,i had,ive been given,after,i just had,theyve had,they have had,its had,weve had} {a,an} "
        "{dental,local,} {injection,"
        "anaesthetic,anesthetic}", "like {a,} {local anaesthetic,novocaine,cotton wool}",
        "like {at,after} the dentist", "{feel,feels,felt} nothing",
        "{belongs,belong,belonged} to {someone,somebody} else", "someone elses",
        "{is,isnt,feels,feel,arent} not {mine,my own}", "not part of me",
        "like {theyve,its,ive,it has,they have,i have,ive had,its been,theyre,"
        "it was} been {injected,numbed,frozen,anaesthetised,anesthetized,anaesthetized}",
        "{injected,numbed} with {novocaine,anaesthetic,lidocaine,a local,local anaesthetic}",
        "novocaine", "lidocaine", "{is,are} sleeping", "{have,has,with} ants", "like ants",
    ),
    "sense_noun": phrases("feeling", "feelings", "sensation", "sensations"),
    "altered": phrases(
        "{is,are,feels,has been,got} {thin,faint,very weak}",
        "{is,are,has,have,feels,seems,has been,got,gone,} {reduced,less,lost,altered,dulled,gone,"
        "weird,strange,different,off,not right,not the same,dull,dead,funny,numb,odd,changed,"
        "disappeared,wrong,muted,not normal,fading,going}",
    ),
    "weak_explained": phrases(
        "op", "surgery", "operation", "compensating", "strength work", "squats", "acl", "gym", "weights",
    ),
    "joint": phrases("sacroiliac", "si joint", "si joints", "joint", "joints", "facet", "facets", "facet joints"),
    "burning_down": phrases(
        "{burning,burns,burn,searing,scalding} {all the way,right,} down {to,into,} {my,the,both,} {feet,foot,toes,toe,"
        "ankle,ankles,heel,heels}",
    ),
    "nerve_pain": phrases(
        "{like a,a} {hot,red hot} poker",
        "{going,goes,runs,running,shoots,shooting,travels} from {my,the,} <lr> {bum cheek,butt cheek,buttock} {to,into,down,down to}",
        "{going,goes,travels,travelling,radiating,radiates,shoots,shooting,runs,running} from {my,the,} <lr> {buttock,bum,hip,glute} {to,into,down,down to}",
        "like {electricity,an electric shock,electric shocks,electric current}",
        "sciatica", "sciatic", "sciatic nerve", "nerve pain", "nerve pains", "nerve root",
        "radiculopathy", "radicular", "{trapped,pinched,compressed,irritated,squashed} nerve",
        "nerve {is,} {trapped,pinched}", "shooting {pain,pains,down,into,through}",
        "{shoots,shot} {down,into,through}", "{electric,electrical} {shock,shocks}",
        "lightning {bolt,bolts,pain,pains}", "zinging",
        "{burning,stabbing,searing} {pain,pains} {down,into}", "radiating pain",
        "burning {down,into} {my,both,the back of my,the side of my,the front of my,"
        "the outside of my}",
        "{pain,ache,it} {radiates,radiating}",
        "{its,it is,its been,thats} radiating down my <lr> {leg,thigh,calf,foot,shin,hamstring,buttock,bum,glute,hip}",
        "burning {sensation,feeling}",
        "{going,goes,travels,travelling,radiating,radiates,shoots,shooting,runs,running} from {my,the,} {back,buttock,bum,hip,glute,lower back} {to,into,down,down to}",
        "shooting from my {buttock,bum,hip,glute,back}",
    ),
    "pain": phrases(
        "pain", "pains", "painful", "hurt", "hurts", "hurting", "agony", "agonising", "agonizing",
        "excruciating", "throbbing", "throbs", "stabbing", "killing me", "searing",
    ),
    "ache": phrases(
        "ache", "aches", "aching", "achy", "sore", "soreness", "twinge", "twinges", "niggle",
        "niggles", "niggly", "tender", "tenderness", "discomfort", "uncomfortable",
    ),
    "stiff": phrases("stiff", "stiffness", "tight", "tightness", "tense"),
    "state": phrases(
        "fine", "ok", "okay", "good", "great", "better", "worse", "tired", "heavy", "knackered",
        "fresh", "strong", "alright", "normal", "dead", "wrecked", "trashed", "shot",
    ),
    "weak": phrases(
        "weak", "weakness", "weaker", "weakened", "weakening", "feeble",
        "{no,lost,losing,lost all} {strength,power}", "not strong",
    ),
    # --- body parts (they compete: the longest phrase wins a word) --------------------------------
    "leg1": phrases(
        "leg", "<lr> leg", "foot", "calf", "thigh", "outer thigh", "shin", "ankle", "toe", "toes",
        "big toe", "little toe", "heel", "knee", "hamstring", "hip", "quad", "sole", "instep", "<lr> quadriceps",
        "back of my <lr> {leg,thigh,knee,calf}",
        "{ball,balls,sole,top,side,bottom,underside,arch} of my <lr> {foot,feet}",
        "side of my <lr> {leg,thigh}", "outside of my <lr> {leg,thigh,calf,foot}",
    ),
    "leg2": phrases(
        "legs", "thighs", "calves", "shins", "lower legs", "upper legs", "quads", "hamstrings",
    ),
    "feet2": phrases("feet", "knees", "ankles", "heels", "toes on both feet"),
    "saddle": phrases(
        "{the area,the bit,the part,the parts,the bits,what} {i sit on,you sit on}",
        "{the bit,the area,the part,the bits} behind {my balls,my scrotum,my testicles,my nuts,the balls,the scrotum}",
        "{bit,area,part} between my legs where {youd,youwould,you would,you,id,iwould,i would} sit on a {bike,bike seat,saddle,horse}",
        "{bit,area,part,bits,parts} between my legs {youd,youwould,you would,you,id,iwould,i would} sit on {a,the} {bike seat,saddle,horse,seat}",
        "{area,part,bit,place,region,parts,areas} {upon which,on which,where} {one sits,i sit,you sit,we sit}",
        "perianally",
        "{medial,inner} {thigh,thighs}",
        "{zone,region,area} {of,around} the {ass,arse,anus,bum,buttocks,bottom,backside}",
        "{places,areas,bits,parts,spots} {i,you} {shouldnt,should not,wouldnt,would not}", "groin",
        "{area,areas,bit,bits,part,parts,places} {youd,youwould,you would,id,iwould,i would,you} sit on {a,the} {horse,"
        "saddle,bike,bike seat,seat}", "back door area", "back door region",
        "groins", "crotch", "genitals", "genital", "genitalia", "genital area", "privates",
        "private parts", "private area", "private bits", "private part", "private part area", "down there", "down below",
        "nether regions", "nethers", "my bits", "the bits", "lady bits", "lady parts", "man bits",
        "front bottom", "undercarriage", "penis", "dick", "cock", "willy", "willie", "todger",
        "testicles", "testicle", "testes", "balls", "scrotum", "ballsack", "nutsack", "vagina",
        "vulva", "labia", "clitoris", "clit", "vag", "bum", "bums", "butt", "butts", "buttock",
        "buttocks", "butt cheeks", "bum cheeks", "butt cheek", "bum cheek", "bum crack",
        "between my cheeks", "between my bum cheeks", "between my butt cheeks", "the area between my cheeks",
        "butt crack", "glute", "glutes", "gluteal", "bottom", "backside", "arse", "ass", "anus",
        "anal", "back passage", "rectum", "rectal", "perineum", "perineal", "perianal", "peri anal",
        "taint", "gooch", "inner thigh", "inner thighs", "inside of my {thigh,thighs}",
        "insides of my thighs", "inner legs", "saddle area", "saddle region", "saddle", "sit bones",
        "sitting bones", "sit bone", "where i sit", "where you sit", "between my legs",
        "between the legs", "pelvic floor", "sphincter", "my junk", "family jewels",
        "wedding tackle", "lady garden", "fanny", "front bits", "my nuts", "nads", "my package",
        "{bit,bits,part,parts,area} {that,which,you,i,} {sit,sits,would sit,touches,"
        "would touch} on {a,the,my} {bike,} {seat,saddle}",
        "where {i,you} {would,} sit on {a,the} {bike,} {seat,saddle}", "{toilet,loo} seat",
        "{groin,crotch,bum,anal,pubic,bikini,butt} {area,region}", "pubic", "pubes", "bum hole",
        "bumhole", "butthole", "arsehole", "asshole", "tush", "nether bits", "my downstairs", "bahookie",
        "my seat area", "the seat area", "my sitting area", "undercarriage",
        "bits and bobs", "gonads", "perinium", "minge", "upper inner {thigh,thighs}", "rear end",
        "my rear", "my behind", "derriere", "tail end", "rump", "my buns", "nether region",
        "hind end", "sit bone area", "back end", "old tackle", "the tackle", "vaginal", "penile", "clitoral", "{ass,arse} crack", "coochie",
        "foof", "va jay jay", "vajayjay",
    ),
    "paper_unfelt": phrases(
        "{<cant>,dont,didnt,doesnt,do not,did not,not} feel the {paper,tissue,wipe}",
    ),
    "texture_odd": phrases("{feels,feel,felt,feeling} like {wood,rubber,cardboard,leather,plastic}"),
    "sit_numb": phrases(
        "{couldnt,cant} tell {i was,im} {on it,sitting on it,sat on it}",
        "{loo roll,toilet paper,toilet roll,the paper,tp} came away and i {didnt,couldnt,did not} feel it",
        "{like,feels like,its like,felt like} {im,i am,i was,ive been,} sitting on {a wallet,"
        "a phone,a ball,a lump,something}",
        "{<cant>,dont,didnt,doesnt,do not,did not,not} feel the {toilet paper,loo roll,toilet roll}",
        "{altered,reduced,abnormal,impaired,disturbed,lost,loss of,no,changed,decreased,"
        "diminished,less,numb,odd,weird,strange} {genital,perineal,perianal,anal,saddle,rectal,"
        "vaginal,penile,clitoral,groin,buttock,bum,bottom} {sensation,feeling,sensitivity}",
        "{like,feels like,its like} {im,i am,} sitting on {cotton wool,a cushion,a pillow,air,"
        "nothing,a sponge,a balloon,someone elses bum}",
        "<cant> feel {the,my} {chair,seat,saddle,toilet seat,bike seat,loo seat,sofa}",
        "<cant> feel {myself,anything} {sitting,when i sit,when sitting,on the toilet,on the loo}",
        "like {im,i am} not {touching,sitting on} the {seat,chair,toilet,saddle}",
    ),
    "place": phrases(
        "{bottom,top,foot} of {the,a} {hill,hills,stairs,road,street,climb,garden,page,list,lane,"
        "track,steps,valley,descent,drive,field,park,bank,slope,ladder}", "rock bottom",
        "bottom line", "bottom gear", "hit bottom", "from the bottom", "from top to bottom",
        "at the bottom", "bottom of the", "bum bag", "bumbag", "bum bags", "bottom bracket",
        "bottom of my {shoe,shoes,trainers,foot,feet}",
    ),
    "back": phrases(
        "back", "lower back", "low back", "lumbar", "lumbar spine", "spine", "spinal", "backbone",
        "lower spine", "vertebra", "vertebrae", "tailbone", "coccyx", "sacrum",
        "{bottom,base,small} of my {back,spine}", "si joint", "sacroiliac",
    ),
    "other_body": phrases(
        "hand", "hands", "finger", "fingers", "fingertips", "thumb", "thumbs", "arm", "arms",
        "wrist", "wrists", "elbow", "elbows", "face", "lip", "lips", "mouth", "tongue", "nose",
        "ear", "ears", "cheek", "cheeks", "chin", "jaw", "head", "scalp", "neck", "shoulder",
        "shoulders", "stomach", "belly", "tummy", "abdomen", "nipple", "nipples", "eye", "eyes",
        "teeth", "gums", "breast", "breasts", "armpit", "throat",
    ),
    "legw1": phrases("leg", "foot", "<lr> leg", "<lr> foot"),
    "legw2": phrases("legs", "feet", "both legs", "both feet"),
    "bilat": phrases(
        "{the pair of them,both of them}",
        "{each,either,both} {foot,shin,calf,thigh,knee,ankle}",
        "the two legs",
        "{the two,both} at once",
        "down the {right,left} as well",
        "{left,right} leg and {the,my,} {right,left} leg",
        "on {each,both} {side,sides}",
        "{my,the} {other,opposite} {leg,foot}",
        "both {my,of my,the,of the,} {legs,leg,feet,foot,thighs,thigh,calves,calf,shins,knees,"
        "ankles,hamstrings,hips,sides,buttocks,glutes}",
        "{left,right} and {right,left} {leg,legs,foot,feet,side,sides,thigh,thighs}",
        "{each,either,every} leg", "bilateral", "bilaterally", "double sciatica",
        "{other,opposite} {leg,foot,side} {too,as well,also,now}",
        "{into,to,down,in} the other {leg,foot,side}", "one leg then the other", "legs both",
        "{now,and now,also,and also} {my,the} {right,left,other} {leg,foot,side} {too,as well,"
        "also,}", "{right,left,other} {leg,foot} {too,as well}", "{from,below} the waist {down,}",
        "waist down", "both of them", "both of em", "{my,the,} two legs", "{my,the,} two feet", "both lower limbs",
        "bilat", "bilat ll", "both ll", "{b l,b / l} lower {limb,limbs,leg,legs}", "{b l,b / l} {leg,legs,ll}",

        "both {are,feel,feeling,have gone,went,gone,keep going}", "{all,both} the way down both",
        "the {other,right,left} one {too,as well,also,now,is doing it,is doing it too,has started,"
        "is going,is the same,is going too,does it too,is doing the same,going too,going as well,doing it too}",
    ),
    # "started in my left leg and now the right one is doing it too"
    "one_side": phrases("{left,right} {leg,foot,calf,thigh,side,hamstring,buttock,glute}"),
    "other_side": phrases(
        "{the,my,} {other,right,left} {one,leg,foot,side,calf,thigh} {too,as well,also,now,"
        "is doing it,is doing it too,has started,is going,is the same,does it too,"
        "is doing the same,has joined in}",
        "{now,and now} {the,my,} {other,right,left} {one,leg,foot,side}",
        "{now,and now} {my,the} {right,left,other} {as well,too}",
        "{now,and now} {the,my} {other,right,left} {has,have} joined {in,the party,it,}",
        "{the,my} {other,right,left} {one,leg,foot,side,} {was,is,has been,had been} {already,too,as well}",
        "{the,my} {other,right,left} {leg,foot,calf,thigh,side} {is,feels,has gone,gone,went,has,} {numb,tingling,"
        "tingly,dead,weak,pins and needles,asleep,numbish,buzzing}",

    ),
    "switches_side": phrases(
        "{it,then it,and it} switches to the other leg",
        "keeps swapping {legs,sides,}",
        "{alternating,alternate,switching} sciatica",
        "sciatica {alternates,alternating,switches,switching,swaps,swapping,flips} {sides,between sides,legs,"
        "between legs,from side to side}",
        "sciatica {change,changes,changed,changing} {side,sides}",
        "one day {left,right} {one day,the next,the next day} {right,left}",
        "{jumping,jumps,jumped,moving,moves,moved,switching,switches,switched,going,goes,swapping,swaps} "
        "from one leg to the other",
        "{pain,it,sciatica} {cross,crosses,crossed,crossing,went,gone,goes} {over,} to {the,} other {side,leg}",
        "{jumped,switched,crossed,crossed over,flipped} {to,over to,into} {the,my} other side",
        "{moved,gone,spread,jumped,switched,swapped,shifted} from my {left,right} leg to my {right,left} {leg,}",
        "{flipping,flips,flipped} from one leg to the other", "sciatica {left and right,both sides}",
        "{has now started,has started,now started,started} in {my,the} {left,right} {leg,} too",
        "moved from my {left,right} leg into my {right,left}",
        "only in my {left,right} leg but now {i think,} {its,it is} in my {right,left} {as well,too}",
        "{passes,passed,goes,went} also to the {left,right,other}",
        "{was,used to be} only in my {right,left} {leg,side,} {is,and now is,is now,now} in {my,the} "
        "{left,right} {leg,side,} {as well,too,also}",
    ),
    "same_again": phrases(
        "doing it", "doing the same", "same thing", "it too", "the same", "it as well", "joined in",
    ),
    "bilat_legs": phrases(
        "both {my,of my,the,} {legs,leg}", "{left,right} and {right,left} {leg,legs}", "each leg",
        "bilateral", "bilaterally", "{into,to,down,in} the other leg",
        "down {both,my,both my} legs", "{my,the,} two legs",
        "down the {back,backs,side,sides,front,fronts} of {both,both my,both of my} legs",
    ),
    "leg_down": phrases(
        "{goes,going,radiates,radiating,shoots,shooting,travels} {below,past,beyond} {the,my} knee",
        "down {my,the,his,her} <lr> {leg,thigh,calf,foot,hamstring,shin,buttock}",
        "down the {back,side,front,outside} of my <lr> {leg,thigh,calf}",
        "into my <lr> {leg,foot,thigh,calf,toes}", "to my <lr> {foot,toes}",
    ),
    "leg_down2": phrases(
        "down the back of each {leg,}",
        "down {each,both} {leg,legs,side,sides} to the {ankle,ankles,foot,feet}",
        "down {both,my,both my,both of my} legs", "into {both,my,both my} legs", "to both feet",
    ),
    "feel_nothing": phrases("{not,im not,i am not,wasnt,was not} feeling {anything,a thing} {down there,down below}"),
    "toes_catching": phrases("{my,} {toes,toe,foot} {catching,keep catching,keeps catching}"),
    "all_normal": phrases(
        "nothing {odd,unusual,strange,weird,new,different,to report}", "all {normal,good,fine}", "no worries",
        "to worry about", "out of the ordinary",
    ),
    "not_looking": phrases(
        "on my phone", "looking at my {phone,watch,garmin}", "not looking", "wasnt looking", "clumsy", "distracted",
    ),
    "care_done": phrases(
        "stretch", "stretches", "stretched", "stretching", "foam roll", "foam rolled", "foam roller", "massage",
        "massaged", "iced", "ice", "compression", "physio exercises",
    ),
    "leg_part": phrases(
        "hamstring", "hamstrings", "shin", "shins", "calf", "calves", "knee", "knees", "ankle", "ankles", "achilles",
        "it band", "itb", "hip flexor", "quad", "quads", "plantar", "heel",
    ),  # "hamstring niggle, rest not helping": the leg's injury, not the back's pain
    "neither_leg": phrases(
        "neither {leg,of my legs} {felt,feels,feel,feeling} {like mine,like my own,like they were mine,normal,right}",
    ),
    "spread": phrases(
        "{leg,legs,sciatica,leg pain} {on,in,down,} both sides now",
        "{right,left} {leg,foot,side} {hurts,is hurting,is sore,is numb,is tingling,tingles,is tingly,"
        "is painful,aches,is aching} as well as {my,the} {left,right} {one,leg,foot,side,}",
        "now {its,it is,its gone,it has gone,it went} {in,into,down} {my,the} {left,right,other} {leg,"
        "one,side,} too",
        "{spread,spreading,moved,gone,going} {to,into,in} both {legs,sides,}",
        "{spread,spreading,spreads,moved,moving,gone,going,travelled,traveled,started,starting,"
        "now} {to,into,down,in} {the,my} other {leg,foot,side}",
        "{in,down,into} both {my,} legs now", "now {in,down,into} both {my,} legs",
        "{its,it is,now,it has} {in,down,into,gone into,spread to,moved to} both {my,} legs",
        "{now its,its now,now} in both", "{its,it is} in both {legs,sides,now}",
        "{its,it is} both {legs,} now",
        "{in,down} both {legs,sides} now",
        "{going,gone,spreading,travelling,traveling,moving,shooting,radiating,goes,shoots} {down,"
        "into} both {my,} legs",
        "{jumped,switched,crossed,crossed over,flipped} {to,over to,into} {the,my} other leg",
        "{got it,its,it is,it goes,it went,its gone} down the other leg {too,as well,now}",
        "both my legs are affected", "{in,affecting} both {legs,sides} now not just one",
        "{now its,now in,its now in,now into} both {feet,legs}",
        "not just the {left,right} {leg,foot} {any more,anymore,now}",
        "{now,and now,but now} the {left,right,other} {one,leg,foot,} {has gone,is,has gone all,went,is going} "
        "{numb,tingly,weak} {too,as well}",
        "{spread,spreading,moved,gone,going,travelled} {to,into,down} my {right,left} {leg,side} "
        "{as well,too}",
    ),
    # --- weakness ---------------------------------------------------------------------------------
    "give_way": phrases(
        "{keeps,kept,keep} going on me", "{went,goes,go} on me",
        "giving way", "gave way", "give way", "gives way", "given way", "just folded", "folded under me",
        "crumpled", "giving out", "gave out",
        "gives out", "give out", "buckling", "buckled", "buckles", "buckle", "collapsing",
        "collapsed", "collapses", "collapse", "folding", "folded", "folds",
        "{goes,went,gone,going} from {under,underneath} me", "{wont,cant} hold me {up,}",
        "{cant,wont,doesnt,couldnt,wouldnt} {hold,take,bear,support} my weight",
        "{wont,doesnt} support me", "keep {giving way,collapsing}",
        "{gave,gives,giving,give} {up,out,way} under me", "{gone,went,going} to jelly", "lost the force",
    ),
    "jelly_leg": phrases(
        "<lr> leg {goes,went,turns,turned,keeps going} to jelly",
        "<lr> {leg,legs} {is,are,feel,feels,felt} {weak,} like jelly",
    ),  # not at the end of a race: "legs felt like jelly at the end of the 10 mile race"
    "race_end": phrases(
        "at the end", "by the end", "near the end", "towards the end", "finish line", "the finish", "crossed the line",
        "crossing the line", "after the race", "end of the race", "last mile", "last lap", "last rep", "sprint finish",
    ),
    "foot_drop": phrases(
        "<cant> dorsiflex",
        "{foot,toe,toes} {keeps,has been,been,is,} {catching,catches,scuffing,scuffs} on the {kerb,curb,floor,pavement,"
        "carpet,stairs,steps}",
        "{foot,toe,toes,big toe} {wont,doesnt,dont,cant,cannot,will not} {lift,lift up,pick up}",
        "<cant> {pick,lift} {my foot,my toes,my toe,my big toe,the foot} up",

        "foot {flapping,flaps,flapped} {when i run,when i walk,when running,when walking,on the ground}",
        "my {leg,foot} {drags,is dragging,keeps dragging}",
        "<cant> {go up on,go up onto,get up on,stand on,rise on} {my,the} <lr> {toes,tiptoes,tip toes}",
        "{calf,calves,leg,foot,quad,quads} {just,} {wont,doesnt,will not,does not,wouldnt,didnt} push",
        "{couldnt,cant,cannot} press the {clutch,brake,pedal,accelerator} with my <lr> foot",
        "{weakness,weak,reduced power,reduced strength} {of,in} {ankle,foot,great toe,big toe,toe} {dorsiflexion,"
        "extension}", "dorsiflexion {weakness,is weak,weak}", "foot drip",
        "toes {catch,catching,scuff,scuffing} {the ground,the floor} when i walk",
        "foot catches on {every,the,each} {kerb,curb,step,edge,crack}",
        "like {im,i am} wearing flippers",
        "{wont,doesnt,will not,does not,cant} lift when i walk",
        "<cant> point my <lr> toes down",
        "<cant> push off on {that,the left,the right,my left,my right,one} side",
        "<cant> {push off,push up onto,go up onto,stand on,rise onto,get up onto} {my,the} {toes,tiptoes,toe,tip toes} {on the left,on the right,on my left,on my right,on the left foot,on the right foot,}",
        "{calf,calves,leg,foot,quad,quads} {just,} {wont,doesnt,will not,does not} {fire,work,respond,engage,switch on}",
        "<cant> {raise,lift,pull up,bring up} the {point,tip,front,toes} of {my,the,that,this} <lr> foot",
        "<cant> {lift,raise} {my,the} <lr> foot {properly,up properly,off the ground properly,like before}",
        "<lr> foot {is,keeps,was} falling",
        "hit the {floor,ground} with the {fingers,toes} of {my,the} foot",
        "{cannot,cant,couldnt} rise onto my {toes,tiptoes,heels} {on the left,on the right,}",
        "{cant,cannot,couldnt} {pull,lift,bring,point} my <lr> {toes,foot,big toe} up",
        "<lr> foot {is,was,keeps,kept,has been} flapping",
        "{foot,feet} {makes,make,making,made} {a,} {flap,flapping,slap,slapping} {flap,} {noise,sound}",
        "{weak,weakness,reduced,no,poor,lost,loss of} {ankle,foot,big toe,} dorsiflexion",
        "dorsiflexion {is,} {weak,reduced,gone,poor}",
        "{progressive,worsening,severe} {neurological,neuro,nerve,motor} {deficit,weakness,loss}",
        "{weakness,weak} {lifting,raising,moving,bending,flexing} my <lr> {foot,toes,leg,ankle,"
        "legs,feet}", "foot drop", "drop foot", "dropped foot", "dropfoot", "footdrop",
        "<lr> foot {is,keeps,kept,was,has been,keeps on,has started,started,} {dropping,slapping,"
        "flopping,dragging,drooping,hanging,dangling}",
        "{foot,feet,toes} {drops,slaps,flops,drags,droops,hangs,dangles,dropped,slapped}",
        "foot slap", "foot slapping", "floppy foot", "slapping {my foot,the ground}",
        "{toes,foot} {scuff,scuffs,scuffing,keep scuffing,keeps scuffing}",
        "{dragging,drag,dragged,drags} {my,the,one} <lr> {foot,leg,feet,legs,toes}",
        "<lr> {foot,toes,leg,legs,feet,ankle,ankles} {wont,wouldnt,doesnt,dont,didnt,cant,"
        "will not,does not,just wont} {lift,come up,raise,move,work,go up,work properly,bend,"
        "bend up,flex,point up,pull up,respond,lift up}",
        "<lr> {foot,toes,ankle} {isnt,is not,not,arent} {lifting,coming up,moving,working,"
        "bending} {properly,}",
        "{trouble,difficulty,struggling,problems,hard} {lifting,raising,moving,bending,"
        "flexing} my <lr> {foot,toes,leg,ankle,legs,feet}",
        "{heel,toe,tiptoe} walking {is,} {impossible,hard,difficult,a struggle}",
        "{lift,lifting,pick,picking,move,moving} my {leg,legs,foot} {up,} with my {hands,arms,"
        "hand}", "{keep,keeps,kept} stubbing my {toe,toes,foot}",
        "<lr> foot {is,feels,has gone,keeps going,goes} {floppy,limp,floppy and weak}",
        "<lr> {leg,legs} {is,are,keeps,keep,} dragging",
        "{tripping,trip,trips,keep tripping,keeps tripping,catching,catch,keep catching,stumbling,"
        "keep stumbling} {over,on,} my {own,} <lr> {foot,feet,toes,toe}",
        "{toe,toes,foot} {keeps,keep} catching",
        "{keep,keeps,kept} catching {it,my foot,my toes,my toe} on the {kerb,curb,floor,ground,pavement,carpet}",
        "{toes,toe,foot} {catch,catches} on the {ground,floor,pavement,kerb,curb,carpet}",
        "{foot,toes} just {wont,doesnt,will not} {lift,come up}", "foot {right,left} falls",
        "progressive {l,r,left,right} leg weakness",
        "{foot,feet,toes} {doesnt,dont,isnt,wont,does not,do not} clear the {ground,floor}",
        "{foot,toes,toe} {is,keeps,kept,was,are,keep} catching {on,} {the,} {floor,ground,"
        "pavement,things,everything,carpet,kerb,}", "paralysed", "paralyzed", "paralysis",
    ),
    # What a weak leg can't do: "can't" + "lift my left foot", "can't" + "get up the stairs".
    "cant_do": phrases("<cant>"),
    "motor_leg": phrases(
        "{lift,raise,pick up,flex,point,bend,move,wiggle,push off with,push off on,push off from,"
        "control,curl,straighten,hold up,keep up} my <lr> {foot,toes,leg,legs,feet,ankle,big toe}",
        "{hold,keep,pick,lift,get} my <lr> {foot,toes,leg,feet} up",
        "{stand,walk,go up,get up,rise up,push up,balance,go} on {to,} {my,the,} {toes,heels,"
        "tiptoes,tip toes,tippy toes,tiptoe,tip toe}",
        "stand on the tips of {my,the} {feet,toes}", "lift the {point,tip,front} of {the,my} foot",
        "{do,manage} {a,any,one,even one,} {single,} {calf,heel} {raise,raises} on {the,my} {sore,bad,left,right,"
        "affected,other} {side,leg}",
        "{do,manage} {a,any,one,even one,} {single leg,single legged,one leg,one legged} {calf,heel} "
        "{raise,raises}",
    ),
    "motor_walk": phrases(
        "walk {properly,straight,normally,right,well,at all,}",
        "{stand,balance,hop} on {one,my,the} <lr> {leg,foot}",
        "walk without {holding on,a stick,support,help}",
        "{climb,get up,go up,walk up,get down,go down,manage,do} {the,} {stairs,steps}",
    ),
    "walk_trouble": phrases(
        "{strength,power} in my <lr> {leg,foot} {is,has,} {going,gone,fading,disappearing,disappeared,vanished}",
        "{leg,legs,foot} no get power", "no fit {climb,climb stairs,walk,stand,lift my leg,lift my foot}",
        "{cant,cannot,couldnt,could not} walk {normal,normal again,like normal,right}",
        "{my,the} <lr> leg {is,} not obeying {me,}", "{my,the} <lr> leg {wont,doesnt,will not} obey {me,}",
        "walking like {a little old lady,an old lady,an old man,a pensioner,an old woman,"
        "a 90 year old}", "gait {disturbance,problems,changes,change,abnormality}",
        "{abnormal,altered,unsteady,disturbed,changed} gait",
        "{trouble,difficulty,problems} walking",
        "walking {funny,weird,strangely,oddly,differently,like a drunk,unsteadily,unsteady}",
        "walking like {im,i am,ive been,a} {drunk,drinking,a drunk,toddler,zombie,robot,penguin}",
        "{keep,keeps,kept,keep on} {falling,falling over,falling down,stumbling}",
        "my {gait,walking,balance} {is,has been,} {all over the place,a mess,wonky,unsteady,off,"
        "bad,terrible,gone,poor,awful,shocking,not right,odd,funny,strange,weird,different}",
        "{unsteady,wobbly,shaky,off balance} {walking,when i walk,on my feet,on my legs}",
        "{staggering,swaying,veering} {about,around,when i walk,all over}",
        "walking {is,has been} {wobbly,unsteady,off,weird,strange,hard,difficult}",
        "{wobbly,unsteady} walking", "{keep,keeps} losing my balance",
        "{unsteady,wobbly} on my feet", "{keep,keeps,kept} {tripping,stumbling} {over,up,}",
        "my {gait,walking} {has changed,is off,is weird,is different,is strange}",
        "{cant,cannot,unable to} stand {up,properly,up straight}",
        "{stairs,steps} {are,were} {impossible,a struggle}",
    ),
    "obey": phrases(
        "{doesnt,wont,isnt,dont,wouldnt,arent,not} {do,doing} what i {tell,want,ask} {it,them} {to,}",
        "{wont,doesnt,isnt,dont,arent,wouldnt} {listen,listening,respond,responding,obey,"
        "obeying} {to me,}", "{just,} {stopped,stops,stop,quit,quits} working", "gave up on me",
        "gives up on me", "{doesnt,dont,wont,isnt,arent,not} {work,working} {properly,right,}",
        "{doesnt,dont,wont,didnt} {seem to,} want to {work,move,lift,go,cooperate,do anything}",
        "{switched,switches,switching} off",
        "{wont,doesnt,dont,isnt,wouldnt} {go,going,move,moving,land,point} {where,how} i {want,"
        "tell,ask}",
    ),
    "out_from_under": phrases("{leg,legs,knee,knees} {just,} {went,goes,gone,keeps going,kept going} out from "
                              "{under,underneath} me"),
    "unprovoked": phrases(
        "no idea why", "dont know why",
        "for no reason", "no reason", "randomly", "out of nowhere", "for no apparent reason",
        "without warning", "{it,knee,leg} just {goes,went}", "no pain in the knee", "without reason",
        "without any reason",
    ),
    # Named outright: "the GP thinks it's cauda equina", "A&E said suspected CES".
    "ces_named": phrases(
        "{?,} {cauda equina,cauda equina syndrome,caudia equina,corda equina,cauda equnia,coda equina,cauda equine,"
        "cordia equina,cauda,equina,ce syndrome,c e s,horse tail thing,horses tail thing,horse tail syndrome} {?,}",
        "{mentioned,mention,mentions,said,says,suspects,thinks,reckons,queried,query} ces",
        "{checking,check,checks,checked,test,testing,tested,scan,scanning,scanned,looking,look} {me,} for ces",
        "{about,re,regarding} ces",
        "{have i got,do i have,i have,ive got,fit,fits,meet,meets} ces", "ces {criteria,symptoms,signs}",
        "{signs,symptoms} of ces",
        "ces {territory,risk,red flags,red flag,card,check,checks,scan,pathway,alert}",
        "{suspected,possible,query,likely,probable,early,incomplete,be,its,it is} ces",
        "{rule out,ruling out,ruled out} ces",
        "ces {symptoms,signs}", "? ces", "ces ?",
    ),
    "ces_worry": phrases(
        "think", "thinks", "thought", "suspect", "suspects", "suspected", "worried", "worry", "worries", "concerned",
        "query", "possible", "possibly", "might", "could", "may", "maybe", "likely", "probable", "said", "says",
        "told me", "sent me", "referred", "rule out", "ruling out",
        "{check,checks,checking,scan,scanning,test,testing,look,looking} {me,} for",
        "i have", "ive got", "sounds like", "signs of", "is this", "is it", "could this", "could it", "can this",
        "am i", "do i have", "could that be",
        "is that what {this is,i have,ive got,is happening to me,is wrong with me}",
        "diagnosed", "diagnosis", "confirmed", "mentioned", "scare", "scared", "compression",
        "showed", "?", "saying", "asked", "asking", "questions", "reckons", "reckon", "paranoid", "hospital",
        "a and e", "mri", "emergency", "urgent", "on about", "mentioning", "brought up", "wants", "googled",
    ),
    "ces_asked": phrases("{is it,is this,could it be,could this be,sounds like,might be} ces"),
    "ces_show": phrases(
        "this week", "vegas", "las vegas", "garmin", "coros", "polar", "launch", "launched", "watch", "watches",
        "gadget", "gadgets", "tech", "show", "keynote", "booth", "expo",
    ),  # the Consumer Electronics Show: "is it CES this week? waiting for the new Garmin"
    "ces_cleared": phrases(
        "{no,} i dont think so", "said definitely not",
        "ruled out", "was excluded", "been excluded", "were excluded", "negative for", "all clear", "cleared me",
        "not {cauda,ces}", "no {sign,signs} of {cauda,ces}", "isnt {cauda,ces}", "wasnt {cauda,ces}", "no {cauda,ces}",
        "none of the symptoms",
        "none of those symptoms", "none of them", "no symptoms", "no signs", "i have none", "ive got none",
        "i dont have any of them", "unlikely", "not likely",
        "{doesnt,dont,didnt,does not,do not,did not} think", "not {worried,concerned}", "nothing to suggest",
        "ruled {it,that} out", "no chance", "{all,came back} negative", "nothing like that", "risk is low",
        "low risk", "saw it on", "instagram", "tiktok", "youtube", "podcast", "trade show", "vegas", "las vegas",
        "conference", "expo",
    ),
    "knee": phrases("knee", "knees", "my knee", "my knees"),
    "knees2": phrases("both knees", "both my knees", "both of my knees", "both knee", "both the knees"),
    "too_weak": phrases(
        "{severe,profound,marked,significant,complete,total,sudden,serious,proper,major} weakness",
        "{too,so} weak {to,that,i}", "too weak", "{gone,went,going,suddenly,turned,gone all} weak",
        "{not,isnt,doesnt feel,dont feel,arent} strong enough",
    ),
    "no_power": phrases(
        "{no,lost,lost all,lost its,lost my,has no,got no} {oomph,push,drive}",
        "{no,zero,lost,lost all,losing,lack of,hardly any,not much,reduced,decreased,diminished} {power,strength}",
        "not having {any,} {power,strength}", "no force",
        "strength {is,has,} {going,gone,fading,disappearing,disappeared,vanished}",
        "{lose,loses,losing,lost} {the,its,all} {force,strength,power}",
    ),
    "wont_hold": phrases("{wont,doesnt,didnt,cant,wouldnt,will not,does not} {hold,take} {me,my weight}"),
    "leg_fails": phrases(
        "{has become,become,is,feels} {very,really,so,} feeble",
        "{wont,doesnt,didnt,wouldnt,couldnt} hold me {up,}",
        "{and,is,its,it is,keeps,keep} dragging", "useless", "{cant,cannot,couldnt} lift it",
        "{wont,doesnt,didnt} hold me",
    ),
    "worse": phrases(
        "worse", "getting worse", "worsening", "weaker", "more and more", "progressing",
        "spreading", "each day", "every day", "by the day", "than yesterday",
    ),
    "fell_over": phrases(
        "{nearly,almost} {went down,fell,fell over,hit the deck,hit the ground,hit the floor}",
        "{i,and,then} {fell,fall,collapsed,stumbled,tripped,went down,hit the floor}",
        "{fell,falling,fall} {over,down}",
    ),
    "floppy": phrases("floppy", "limp", "flops", "flopping", "floppy and weak", "dangly"),
    "foot_part": phrases(
        "foot", "feet", "toes", "toe", "ankle", "shoe", "shoes", "trainer", "trainers", "heel",
    ),
    "drag_verb": phrases(
        "drag", "drags", "dragging", "dragged", "scuff", "scuffs", "scuffing", "scuffed", "scrape",
        "scrapes", "scraping", "scraped", "slap", "slaps", "slapping", "slapped", "flop", "flops",
        "flopping", "droops", "drooping", "hangs", "hanging", "dangles", "dangling",
    ),
    "weak_prog": phrases(
        "weaker", "getting weak", "getting weaker", "{becoming,become,became} {weak,weaker}", "weak weak",
        "gotten weaker", "got weaker", "growing weaker",
        "{weak,weakness} {and,but,thats,which is,is} {getting,gets,got,is getting,"
        "keeps getting} {worse,weaker}", "weaker and weaker", "more weak", "weakening", "weak and wobbly",
        "{really,very,so,properly,actually,just} weak",
        "{losing,lost,lost all} {strength,power}", "no strength",
        "weakness {is,has,has been,keeps} {getting,got,gotten,growing} worse",
        "weakness {worse,worsening,spreading,increasing}",
        "{increasing,worsening,progressive,spreading} weakness",
        "weakness {getting,gets,got,keeps getting} {worse,weaker}",
        "{becoming,getting,growing,going} {weak,weaker} {day by day,every day,by the day,each day}",
    ),
    # --- bladder ----------------------------------------------------------------------------------
    "pee": phrases(
        "{have,having,had,need,needing,needed,take,taking,go for,went for} a {piece,we}",
        "my {piece,we}", "{spent,spend,spending} a penny",
        "pee", "pees", "peeing", "peed", "wee", "wees", "weeing", "urine", "urinate", "urinates",
        "urinating", "{pass,passing,passed} urine", "urinated", "urination", "urinary", "piss",
        "pissing", "pass water", "passing water", "widdle", "a wee", "a pee", "number one",
        "a piss", "wee wee", "waterworks", "water works", "urinating", "piddle", "tinkle", "go for a wee",
        "go for a pee", "empty my bladder", "{take,taking,took,have,having,had} a leak",
        "{a,go for a,have a} {slash,whizz,wazz,jimmy riddle}", "number ones", "pipi",
    ),
    "need_to_go": phrases(
        "{need,needed,needing,needs} {to go,the toilet,the loo,to use the toilet,to use the loo}",
    ),
    "loo": phrases(
        "dunny", "latrine",
        "loo", "toilet", "bathroom", "restroom", "the gents", "the ladies", "lavatory", "the john",
        "wc", "the loo", "the toilet",
    ),
    "pee_hard": phrases(
        "{difficulty,trouble,problems,problem,hard,struggle,struggling} {initiating,initiate,"
        "commencing}", "<cant>", "<trouble>", "{having,have} {a hard time,a job}",
        "takes a while to",
        "{push,pushed,pushing,press,pressed,pressing} on my {belly,tummy,stomach,bladder,abdomen} to {get,"
        "make,help}",
        "{takes,taking,took} {ages,forever,a while,a long time,so long} to {get going,get started,"
        "start,come,get it going,get it started}",
        "{have,had,having,need,needing} to {push,strain,force it,really push,really strain}",
        "{wait,waiting,waited} {ages,forever,a long time,a while} {for,to,before}",
        "{stand,standing,stood,sit,sitting,sat} there {for ages,forever,for a long time}",
    ),
    # These may come before the pee too: "stop start when i pee".
    "pee_bad_any": phrases(
        "stop start", "in fits and starts", "{dribbles,dribbling,trickles,trickling}",
        "{takes,taking,took} {ages,forever,a long time} to {start,come,get going}",
        "{wont,doesnt,didnt} {come,start,come out,flow}", "{stops,stopping} and {starts,starting}",
    ),
    "pee_bad": phrases(
        "{is,was,isnt,wasnt,} not coming {easily,out,properly}", "not coming out {easily,properly}",
        "{takes,taking,took} {ages,forever,a while,a long time} to {start,come,get going}",
        "not {fully,completely,all} coming {out,}", "in {tiny,small} {amounts,bits}",
        "{doesnt,dont,wont,didnt} all come out",
        "{is,was,has been,feels,seems,} {difficult,hard,slow,weak,a struggle,weird,different,"
        "strange,funny,not right,a problem,an issue,tricky,impossible,dribbly,a trickle}",
        "{wont,doesnt,didnt,will not,does not,did not,dont} {come,start,come out,flow,get going}",
        "takes {ages,forever,a while,a long time} to {start,come,get going}",
        "{stops,keeps stopping,stopping,keeps stopping} and {starts,starting}", "keeps stopping",
        "stop start", "{dribbles,dribbling,trickles,trickling}", "{is,was} {just,only} a trickle",
        "{is,was,feels,seems} stuck",
        "{wont,doesnt,didnt,wouldnt} {come,start,come out,flow}",
        "{takes,taking,took,is taking} {ages,forever,a while,a long time,an age,so long}",
        "{comes,come,came,coming} out in {spurts,bursts,squirts}",
        "{isnt,is not,not,arent,hasnt been} {normal,right,working right,working properly,the same}",
        "{not,isnt} coming {out,} {properly,right,normally}",
        "{is,was,has been} {a nightmare,hard work,a chore,torture,an effort,a mission,a battle}",
        "{comes,come,came,coming} {out,} in {fits and starts,dribbles,spurts,bits,drips}",
        "in fits and starts", "{stop,stops,stopping} and {start,starts,starting}",
        "{comes,come,came,coming} out {slowly,slow,in drips,in a trickle,weakly,weak,in dribbles}",
        "{keeps,kept} stopping {halfway,half way,midway}", "{very,really,so,} {slowly,weakly}",
        "in a dribble",
    ),
    "trickle_out": phrases(
        "just a {trickle,dribble}",
        "only a {trickle,dribble,few drops} {each time,every time,each go,}",
        "{feeble,weak,pathetic,thin,tiny,little,poor} {trickle,dribble}",
        "{it,the wee,the pee,the urine,what does come} {sort of,kind of,just,only,} {dribbles,trickles} out",
        "{could,can,can only,could only} {only,} manage a {dribble,trickle,few drops,tiny bit,drop}",
        "{only,just} {pee,wee,piss,urinate} {a,} {tiny bit,little,little bit,few drops,drop,"
        "dribble,trickle,tiny amount,small amount}",
        "{press,pressing,push,pushing} on my {tummy,belly,stomach,bladder,lower tummy} to {pee,"
        "wee,go,get it out}",
        "{only,just} {come,comes,came,coming} out {a,} {tiny bit,little bit,little,drop,few drops,"
        "dribble,trickle}",
        "{only,just} {a,} {tiny bit,little bit,little,drop,few drops,small amount,tiny amount,"
        "tiny drop,dribble,trickle} {comes,came,coming,come} {out,}",
        "{get,got,getting,squeeze,squeezed,force,forced,push,pushed} {a,the,} {trickle,dribble,"
        "drop,few drops,anything} out",
        "{only,just} {a,} {trickle,dribble,few drops} {comes,came,out}",
    ),
    "stream": phrases(
        "{my,the} {stream,flow} {wont,doesnt,will not,does not,isnt} {start,starting,get going} properly",
        "my {stream,flow,pee,wee} {has gone,gone,went,goes,is going} {to,down to,into} {a,} {dribble,trickle,drip}",
        "{stream,streams,flow,flows,pee,pees,wee,wees} {has gone,gone,went,goes,is going} from {a,} {firehose,"
        "fire hose,hose,torrent,jet} to {a,} {dribble,trickle,drip}",
        "{weak,slow,poor,reduced,interrupted,hesitant,feeble,thin,intermittent} {urinary,"
        "urine} {stream,flow}",
        "{no,weak,low,poor,hardly any,zero,less} {pressure,force} {when i pee,when i wee,}",
        "{weak,slow,poor,reduced,interrupted,stop start,stopstart,start stop,hesitant,feeble,"
        "dribbly,thin,intermittent,broken,weaker,slower} {stream,flow,urine flow,urine stream,pee,"
        "wee,wees,pees}",
        "{stream,flow} {is,has been,was,seems,has got,} {weak,weaker,slow,slower,poor,interrupted,"
        "intermittent,stop start,start stop,hesitant,spluttering,feeble,dribbly,broken,pathetic,"
        "rubbish,crap,terrible,awful,non existent,tiny,a dribble,a trickle,hopeless,useless,"
        "shocking,bad}",
    ),
    "my_stream": phrases(
        "my {stream,flow,urine flow,pee flow,wee flow,urine stream} {is,has been,was,seems,"
        "has got,} {weak,weaker,slow,slower,poor,interrupted,intermittent,stop start,feeble,"
        "dribbly,broken}",
        "my {stream,flow,urine flow,pee flow,wee flow,urine stream} {stops and starts,starts and "
        "stops,keeps stopping,keeps stopping and starting,keeps cutting out,cuts out}",
    ),
    "pee_ctx": phrases(
        "pee", "peeing", "peed", "wee", "weeing", "urine", "urinate", "urinating", "piss",
        "bladder", "bladders", "toilet", "loo", "latrine", "bathroom", "urinal", "waterworks", "water works", "stream",
    ),
    "cant_sense": phrases(
        "{cant,cannot,can not,couldnt,could not,no longer,barely,hardly,unable to} {tell,sense,"
        "feel,notice,know}", "{didnt,dont,never,doesnt} {get,got,have,had} the feeling",
        "{didnt,dont,never,doesnt} {get,got,have,had} the {gotta go,got to go,need to go,have to go,"
        "i need to go,urge to go} {feeling,sensation,signal,warning}",
        "{dont,didnt,doesnt,never,do not,did not} {feel,sense,notice,know,realise,realize,"
        "tell} {when,if,whether,that}",
        "{didnt,dont,never,doesnt} {get,got,have,had,feel,felt} {the,any,an,} {urge,warning,"
        "signal,need,sensation}", "no {warning,urge,signal}",
        "{not sure,no idea,unsure,dont know,cant tell} {when,if,whether}",
        "{to not,not,never} {feel,sense,notice,know} {when,if,whether}", "not to feel when",
        "{not,no more} feel {more,} when", "{cant,cannot} {rightly,really} {tell,feel,sense,say}",

        "{dont,cant,cannot,doesnt} {know,tell,feel,sense} {anymore,any more,no more} {when,if,whether}",
        "{dont,didnt,cant,doesnt,not} feel {nothing,anything} when",
        "{not,never} {feeling,sensing,noticing,knowing} {when,if,whether}",
        "{didnt,dont,never,did not} {know,realise,realize,notice,feel,sense} {i,that i} {needed,"
        "need,was,had,were}",
        "{havent,hasnt,not} {felt,had,got,noticed} {the,any,an} {urge,need,signal,sensation}",
        "{stopped,stops,doesnt,isnt,no longer,has stopped} {telling,tell,tells,letting} me {when,"
        "if,know}",
        "{dont,didnt,doesnt,do not,did not} {notice,sense,feel,get} {the,any,} {urge,need,signal,"
        "feeling}", "{no,lost the,lost,lack of,reduced,less} {urge,need,sensation,feeling} to",
        "{dont,didnt,doesnt} {know,realise,realize,notice} {when,if} {i,im,my}",
        "{no,without,without any,zero,lost the,lost all} {feeling,sensation} {when,while,as}",
        "{dont,didnt,doesnt,do not,did not,cant,cannot,couldnt} feel {it,anything,a thing} {when,"
        "while,as}",
        "{dont,cant,cannot,doesnt,do not,does not,can not} {know,tell,feel,sense} {anymore,any more,no more} {when,if,whether}",
        "{stopped being able to,no longer able to,not able to} {tell,feel,sense,know} {when,if,whether}",
    ),
    "wont_start": phrases(
        "{cant,cannot,wont,doesnt,didnt,couldnt,will not,does not} get started",
        "{takes,took,taking} {ages,forever,a long time,so long} to {start,get going,come}",
        "{strain,straining,strained} {for,} {ages,forever,a long time} to {start,get started,go,wee,pee}",
        "{have to,had to,having to} push for {ages,forever,a long time} to {get started,start}",
        "{sat,sitting} there {nothing,and nothing,but nothing} {came,happened,comes,}",
        "{sat,sitting} there , {nothing,and nothing,but nothing} {came,happened,comes,}",
        "{pushing,straining} for {ages,forever} to start {peeing,weeing}",
        "{havent,hasnt,not,have not} been able to go since {last night,this morning,yesterday,lunch,breakfast}",
        "{it,wee,pee} {just,} {wont,doesnt,will not} come out {properly,}",
        "{cant,cannot,can not,couldnt,unable to} {fully,properly,completely} empty {it,my bladder,the bladder,}",
    ),
    "not_empty": phrases("{never,dont,didnt,doesnt} feel {empty,emptied}"),
    "on_fire": phrases("{feel,feels,felt} like {theyre,they are,its,it is} on fire"),
    "unsure_going": phrases(
        "{cant,cannot,dont,didnt,couldnt} tell {if,when,whether} {im,i am,i was,its,it is} {going,done}",
    ),
    "no_urge": phrases(
        "{stopped,not,never,no longer} {really,even,} {feeling,getting,having,feel,get} the {need,urge} to {wee,pee,go,urinate}",
        "{not,never,no longer,stopped} {really,even,} {getting,get,feeling,feel,having} the {signal,urge,message,sensation,feeling} {that,} {i,you} {need,needed,have,had} to {wee,pee,go,urinate}",
        "{not,never,no longer,stopped} {really,even,} {getting,get,feeling,feel,having} the {signal,urge,message,sensation,feeling} {that,} {i,you} {need,needed} {a wee,a pee,the toilet,the loo}",
        "no {urge,need} {at all,whatsoever}",
        "{not,never,no longer} {getting,get,feeling,feel,having} the {feel,feeling} for {the,} {toilet,latrine,loo}",
        "{dont,didnt,doesnt,never,do not,did not,cant,cannot} {feel,get,have,got} {the,any,an} "
        "{urge,need}",
        "no {urge,need} to {go,pee,wee}",
        "{not,never} getting the {urge,need} to {go,pee,wee,poo}",
        "{not,never} feel like {you,i} need to {pee,wee,go}",
        "{dont,didnt,doesnt,never,do not,did not,cant,cannot} even {feel,get,have,got} {the,any,an} "
        "{urge,need}",
    ),
    "leak": phrases(
        "leak", "leaks", "leaking", "leaked", "leakage", "dribble", "dribbling", "dribbled",
        "dribbles", "wetting", "wet", "wetted", "leaky", "leaking out",
    ),
    "i_leak": phrases(
        "{dribbling,dribble,dribbles,leaking,leaking a bit,leaky} {all day,all the time,"
        "constantly,non stop,every day,a lot,all night}",
        "{pants,knickers,undies,underwear,boxers} {are,were,is,keep being,always,keep getting,"
        "} {damp,wet,soaked}",
        "{finding,find,found} my {pants,knickers,undies,underwear,boxers} {damp,wet,soaked}",
        "{i,ive,im,i have,i am,i keep,i kept,i started,i had} {leaked,leak,leaking,leaks,"
        "been leaking,keep leaking,started leaking,leaked a bit,leaked a little,dribbled,"
        "been dribbling,had a leak,had leaks,had a few leaks,can only dribble,can only trickle}",
        "{i,ive,i have,i had,ive had,im having,i keep having} {a,a little,a small,a bit of a,some,"
        "little,small,a few} {leak,leaks,leakage,dribble,dribbles}",
        "{ive,i have,i had,ive had,had} {a couple of,couple of,a few,two,some,several} {leaks,accidents} {this week,today,lately,recently,}",
    ),
    "cant_go": phrases(
        "{cant,couldnt,could not,cannot,can not,unable to,still cant,still couldnt} go",
    ),
    "nothing_out": phrases(
        "nothing {comes,came,coming,will come,would come,wants to come,is coming,happens,"
        "happened} {out,}",
        "{it,pee,wee,urine} {wont,wouldnt,doesnt,didnt} {come,come out,start,flow,get going}",
        "{and,but} nothing {happens,comes,came,happened,}",
        "before {anything,something,it,any} {came,comes,would come,will come,happens,"
        "happened} {out,}", "{cant,couldnt} {get,force,squeeze,push} {it,anything,a drop,any} out",
        "{only,just} a {dribble,trickle} {comes,came}",
        "{can only,only,just,it only,it just} {dribble,dribbles,trickle,trickles}",
        "{its,it is,it} {just,only} {dribbling,trickling} {out,}",
    ),
    "not_felt": phrases(
        "{didnt,dont,never,doesnt,did not,do not,not} {feel,felt,notice,noticed,sense} {the,it,them,"
        "any,a,my}",
    ),
    "unnoticed": phrases(
        "{without my knowing,without me knowing,didnt know about,did not know about,without knowing}",
        "without {me,} {knowing,noticing,realising,realizing,feeling it,feeling}",
        "{didnt,did not,dont} {notice,realise,realize,feel} {it,} {happening,coming,}",
        "without any warning", "before i knew it", "{had,have} no idea", "no warning",
        "no idea {i,that i,id,i was,i had,it}", "{until,till,til} it was too late",
        "{never,didnt,did not,dont} {felt,feel,noticed,notice,realised,realized,knew,know} {it,"
        "a thing,anything,until,till}", "didnt even {notice,feel,know,realise,realize}",
        "{came,comes} out {on its own,by itself,without warning}",
        "without to {feel,notice,know} {it,}", "{i,} not notice it", "never felt it coming",
        "didnt know till i looked",
        "{by,on} {itself,themselves,its own,their own}",
    ),
    "poo_accident": phrases("{poo,poop,bowel,number two} {accident,accidents}"),
    "keep_dribbling": phrases("{i,} {keep,kept} {dribbling,leaking}"),
    "hardly_go": phrases("{could,can,couldnt,cant} {hardly,barely} {go,get it going,get it started,get going}"),
    "hold_it": phrases("{couldnt,could not,cant,cannot} hold it {in,}"),
    "did_faint": phrases("{i,} did faint"),
    "hold_veto": phrases(
        "pace", "pacer", "pacers", "tempo", "speed", "splits", "the group", "the pack", "form", "laughed", "laughing",
        "laugh", "giggles", "plank", "pose", "stretch", "position", "breath", "sneeze", "sneezed", "sneezing", "cough",
        "coughed", "coughing", "tears", "crying", "cried", "news", "secret", "excitement", "excited", "gust", "wind",
        "umbrella", "hat", "blew", "blown",
    ),
    "no_warning": phrases("{didnt,did not,never} {even,} {get,got,have,had} {a,any,the} warning", "no warning"),
    "exercise_feel": phrases(
        "bridges", "bridge", "clamshells", "clams", "activation", "squats", "squat", "exercise", "exercises",
        "engage", "engagement", "engaging", "form", "working", "pilates", "the gym", "lunges", "deadlifts",
    ),  # "not feeling anything in my glutes on the bridges": the muscle not working, not its feeling
    "rest_no_help": phrases("rest {not,isnt,is not,doesnt,does not,wont} {helping,help}"),
    "sense_need": phrases(
        "{cant,cannot,couldnt,dont,didnt,never,not,no longer,barely,hardly} {feel,tell,sense,know} when i "
        "{need,needed} to {go,}",
        "{cant,cannot,couldnt,dont,didnt,never,not,no longer,barely,hardly} {feel,tell,sense,know} when i "
        "{have,had} to go",
    ),
    "didnt_make_it": phrases(
        "{didnt,couldnt,did not,could not,never} make it to the {loo,toilet,bathroom,dunny,latrine,washroom,restroom,"
        "lavatory,khazi,lav,lavvy}",
    ),
    "long_standing": phrases(
        "same as always", "always {has,have,had,does}", "for years", "trampoline",
        "since {my,having} {first,second,third,last,} {baby,babies,kid,kids,child,children,son,daughter,pregnancy}",
    ),
    "usual_leak": phrases(
        "since {my,having} {first,second,third,last,} {baby,babies,kids,children,son,daughter,pregnancy}",
        "same as {always,ever,usual}", "normal for me", "nothing new", "since my prostate op", "trampoline",
        "trampolining", "always {has,have,had}", "weak bladder", "no different",     ),
    "as_ever": phrases("as always", "like always", "same as always", "same as ever", "nothing new",
                       "normal for me", "since my prostate op"),
    "leak_changed": phrases(
        "now", "first time", "suddenly", "cant feel", "without noticing", "no warning", "all the time",
        "constant", "dont feel", "dont notice", "cant tell", "out of nowhere", "{but,and} {this week,today}",
        "{getting,got,much,now,gone,far} worse",
        "new since", "brand new", "never happened",
    ),
    "bed_idiom": phrases("{shat,shit} the bed", "{shat,shit} the bed at"),
    "pee_accident": phrases(
        "{pee,wee,toilet,bladder,urine} {accident,accidents}",
        "{accident,accidents} with my {bladder,pee,waterworks,wee}",
        "{mishap,accident} in my {trousers,pants,shorts,knickers,underwear}",
        "{keep,keeps,kept,been,started,i keep} having {accidents,little accidents,"
        "the odd accident}",
        "{had,have had,having,ive had} {a,a couple of,a few,some,two,several} little {accident,"
        "accidents}",
    ),
    "accident_leak": phrases(
        "little accident", "accident", "accidents", "an accident", "little accidents", "peed",
        "weed", "pissed", "urinated", "wet", "leaked", "dribbled", "peed a little", "peed a bit",
        "leaked a little", "leaked a bit",
    ),
    "clothes": phrases(
        "{my,in my,in the,on my} {pants,knickers,underwear,trousers,shorts,tights,bed,undies,"
        "jeans,leggings,boxers,briefs,sheets}", "the bed",
    ),
    "leak_obj": phrases(
        "urine", "pee", "wee", "piss", "myself", "himself", "herself", "themselves", "my pants", "my knickers",
        "my underwear",
        "my trousers", "my shorts", "my tights", "the bed", "my bed", "bladder", "a bit of pee",
        "a bit of wee", "from my bladder",
    ),
    "wet_self": phrases(
        "{peed,pissed,weed,urinated,wet,wetted,pee,piss,wee,wetting,peeing,pissing,"
        "weeing} {myself,my pants,my knickers,my underwear,my trousers,my shorts,my tights,my bed,"
        "the bed}", "{bed wetting,bedwetting,wet the bed,wetting the bed}",
        "{peed,pissed,weed,wet myself,wet} {in my sleep,in bed,overnight}",
        "{woke,woken,wake,waking,woke up,wake up,waking up,woken up} {in,to} a wet bed",
    ),
    "incont": phrases(
        "incontinence", "incontinent", "urinary incontinence", "stress incontinence",
        "urge incontinence", "bladder incontinence", "bladder leakage", "bladder leaks",
        "weak bladder", "bladder weakness",
    ),
    "bladder": phrases("bladder", "bladders", "waterworks"),
    "stool_leak": phrases(
        "{passing,passed,pass} {motion,motions,stool,stools} without {control,my control,knowing}",
        "{motion,motions,stool,stools,latrine} {is,are,was,keeps,} {coming,comes,came,passing,passes} without"
        " {control,my control}",
        "{sphincter,back passage,bum hole,anus} {feels,is,felt} {loose,slack,weak}",
        "{my,} {bum,bottom,backside,arse,ass,sphincter,back passage} {just,} {doesnt,dont,wont,cant,isnt,wouldnt}"
        " {hold,holding} {anymore,any more,it in,it,properly}",
        "{no can,i no can} {stop,hold,hold back,hold in,control} {the,my}"
        " {poo,poop,stool,stools,shit,bowel,bowels,motion,motions}",
        "{cant,cannot,can not,couldnt,could not,unable to,not able to,not be able to,not being able to,"
        "never be able to} {stop,hold,hold back,hold in,control} {the,my,a} {poo,poop,stool,stools,shit,bowel,bowels}",
        "{barely,hardly,can barely,can hardly,could barely,could hardly} control {my,the} {bowels,bowel}",
        "{bowel,bowels,poo,stool,stools} , {no,zero,lost} control",
        "{lost,losing,lose,no,zero} control {of,over} {the,my} {back door,back passage,bum,backside,arse,ass,"
        "sphincter}",
        "{reduced,weak,poor,decreased} anal tone", "anal tone {was,is} {reduced,weak,poor,decreased}",
        "{leakage,leaking,leaked,leak,leaks} of {stool,stools,poo,poop,faeces,feces}",
        "{stool,stools,poo,poop,faeces,feces,number two,number 2} {is,are,has been,have been,been,keeps,keep,}"
        " {leaking,leaked,leaks,leakage}",
        "leaky {poo,poop,poos,stool,stools,bowels,bum}",
        "{wiping,when i wipe,wipe,wiping my bum,wiping my bottom} {feels,felt} like"
        " {nothing,nothing at all,nothing now}",
        "{leaked,leaking,leak} {a little,a bit of,some,a bit,a tiny bit of,} {poo,poop,stool,number two,number twos}",
    ),
    "ctrl_loss": phrases(
        "{cant,cannot,can not,couldnt,could not,unable to,not able to,not be able to,not being able to,"
        "never be able to} hold it in",
        "<lossof> {control,controlling,hold,holding,hold in,hold it in,control of,control over}",
        "{cant,cannot,can not,couldnt,could not,unable to,not able to,not be able to} {hold,control} {my,the,}",
        "{lost,losing,lose,no} the control {of,over}",
    ),
    "bladder_bad": phrases(
        "{ceased,stopped,refuse,refused,refusing} to {co operate,cooperate,work,function}",
        "control <bad>", "control {has,is} <bad>", "broken", "is broken", "bother", "bit of bother",
        "{problem,problems,issue,issues,trouble,troubles,weird,strange,funny,different,not right,"
        "not working,numb,dysfunction,retention,playing up,acting up,feels full,always full,"
        "wont empty,doesnt empty,not emptying,changes,changed,gone funny,off,probs,never empties,"
        "never empty,doesnt feel empty,always feels full,numb,blocked}",
        "{isnt,is not,not,doesnt seem to be,hasnt been} working {right,properly,normally,}",
        "doesnt work {properly,right,normally}",
    ),
    "bladder_phr": phrases(
        "{barely,hardly,can barely,can hardly,could barely,could hardly} control {my,the} bladder",
        "{urine,pee,wee} {is,} not {coming,passing,coming out}", "not passing {urine,water}",
        "retention of urine", "{cant,cannot,couldnt,no fit,i no fit,unable to} control my {toilet,latrine}",
        "{not able to,unable to,cant,cannot,couldnt} make {the,} {urine,water} {properly,}",
        "{urine,pee,wee} {is,} {coming,comes,came,leaking,leaks} {out,} without {i know it,me knowing,me noticing,"
        "knowing,noticing,me feeling it}",
        "{didnt,did not} {know,realise,realize,notice} my bladder was full",
        "post void dribbling", "post void dribble", "{cant,cannot,can not} make water",
        "{cant,cannot,can not,couldnt} take a {piss,pee,wee}",
        "sat {here,there,on the loo,on the toilet} {bursting,busting} {and,but} nothing {comes,came,happens,happened,}",
        "{bursting,busting} but {cant,cannot,couldnt} go", "{bursting,busting} {and,but} nothing {comes,came,will come}",
        "{cant,cannot,couldnt,can not} empty {my bladder,properly,fully,completely,it all,}",
        "bladder {-,} {cant,cannot,couldnt,can not} {go,pee,wee}",
        "{barely,hardly} {been able to,able to,managed to,can,could} {pee,wee,urinate}",
        "{havent,have not,hasnt,not,didnt,did not,cant,cannot,couldnt,no} {passed,pass,been able to pass} {any,a drop of,} water",
        "{i no fit,no fit,i no dey fit,i cant fit} {piss,pee,wee,urinate}",
        "{passed,pass,passing} water {in my chair,in my sleep,in bed,without knowing,without noticing,without feeling}",
        "{had to,have to,having to} {sit and,} strain to get {my,the} {wee,pee,stream,flow} {going,started}",
        "{had to,have to,having to} {push,strain} {for ages,forever,for ever,for a while,really hard,so hard} to get "
        "{a,my,the} {wee,pee,stream,flow} {going,started}",
        "{not,never,dont} {feel,feeling} like {you,i} need a {wee,pee} all day",
        "{only,just} a {dribble,trickle} {comes,came,come}",
        "{stand,stood,standing,sit,sat,sitting} there for ages and nothing {comes,came} {out,}",
        "nothings coming out",
        "{press,push,pressing,pushing} on my {lower,} {belly,tummy,stomach,abdomen,bladder} to {get,make} {the,my}"
        " {pee,wee,urine} {out,come,going,started}",
        "{lost,no,reduced,loss of} {the,} {normal,} {sensation,feeling} of {bladder filling,a full bladder,"
        "needing to pee,"
        "needing to wee}",
        "nothing {is,was,} coming out",
        "{the,} {feeling,urge,sensation} of needing {the loo,the toilet,to pee,to wee,a wee,a pee} {just,} {isnt there,is not there,has gone,is gone,has disappeared,disappeared,has kind of disappeared,has vanished,vanished,isnt there anymore}",
        "{cant,couldnt,cannot} stop {it,the flow,the stream,peeing,weeing} once {it,i} {starts,started,start}",
        "{tried,try,trying} to stop {mid wee,mid pee,midstream,mid stream,mid flow,halfway,it} and {couldnt,cant,could not,can not}",
        "{takes,taking,took} {ages,forever,a while,a long time,so long} to get {my,the} {wee,pee,stream,flow,urine} {started,going}",
        "{wee,pee,piss} and it {took,takes,taking} {ages,forever,a long time} to {start,come,"
        "get going}",
        "{urinary,urine,bladder} {hesitancy,retention,dysfunction}",
        "incomplete {bladder,} emptying", "loss of bladder control",
        "{no,lost,lost my,losing,lack of,poor,reduced,zero} bladder control",
        "{lost,no,reduced,loss of,lack of,less,zero,altered,lost my} {bladder,urinary} {sensation,"
        "feeling,function}",
        "{leaking,leak,leaked,dribbling} when i {walk,stand,stand up,move,get up,bend}",
        "<cant> {empty,fully empty,completely empty} my bladder", "incomplete emptying",
        "<cant> empty {properly,fully,completely}",
        "{feel,feels,feeling} like {theres,there is} {always,still} more {in there,to come}",
        "<cant> stop the {flow,stream} {once,when} {i start,it starts,it started,ive started,i get going,"
        "started}",
        "dribbling and <cant> stop {it,}",
        "<cant> stop {peeing,weeing} once {i start,it starts,ive started}",
        "{cant,cannot,dont,didnt,couldnt} tell {if,when,whether} {im,i am,i was,its,it is} {peeing,"
        "weeing,finished,empty}",
        "{urine,pee,wee} {not,doesnt,dont,wont,didnt,will not,would not} {pass,come,come out,flow}",
        "the water {not,will not} {pass,come,come out}",
        "{couldnt,cant,cannot,dont,didnt} tell if {id,iwould,i had,ive,i have,im,i am} finished",
        "{not,never} {even,} {feeling,feel} the {wee,pee,urine} {come out,coming out,pass}",
        "<cant> get {my,the} {water,wee,pee,stream} {going,started,to start,to come}",
        "not emptying {fully,properly,completely}", "{urinary,urine} retention", "retaining urine",
        "catheter", "catheterised", "catheterized",
        "{havent,hasnt,hadnt,didnt,not,have not,has not,had not,did not} {peed,weed,pissed,urinated,"
        "passed urine,passed water,"
        "been able to pee,been able to wee,been able to urinate,had a pee,had a wee,"
        "been for a wee,been for a pee} {since,all day,for,in,today,at all,by lunchtime,by lunch,by midday}",
        "{didnt,did not} {pee,wee} all day", "{took,takes,taking} {ages,forever,so long,a long time} to {pee,wee}",
        "my {pee,wee,pees,wees} {is,} stuck",
        "{had to,have to,having to} strain {for ages,} to {pee,wee}",
        "{not,no} {a single,a} drop {of pee,of wee,of urine,since this morning,since last night,since yesterday,"
        "since i woke up,all day,for hours,in hours}",
        "{had,passed,done} no {pee,wee,urine} {for,since,in,all}", "no {pee,wee} {for,since}",
        "{urge,signal,sensation,feeling,need} to {pee,wee,go,urinate} {isnt there,is gone,"
        "has gone,has disappeared,disappeared,is missing,has vanished}",
        "<cant> go {to the,} {loo,toilet,bathroom,restroom} {properly,at all}",
        "full but {cant,couldnt,nothing,it wont,i cant,i couldnt} {go,pee,wee,come,comes,"
        "comes out,came out}",
        "{need,needing,needed,want,wanting,wanted,tried,trying,try} to {pee,wee,urinate,"
        "go} but {cant,couldnt,nothing,it wont,it doesnt,nothing comes,nothing came}",
        "nothing {comes,came,coming} out",
        "nothing {when,happens when,comes when,comes out when} i {try,tried} to {pee,wee,go,"
        "urinate}", "accidentally {peed,weed,wet,pissed} {myself,my pants,my shorts,}",
        "{pee,wee,urine,piss} {also,even,just,} {cant,cannot,can not,wont,will not,doesnt,does not,not} {come out,come,pass,flow,start}",
        "{go,went,going} for a {slash,piss,pee,wee} and nothing {happens,happened,comes,came}",
        "{its,it is,it goes,goes,then its} {stop start,stop and start,start and stop,start an stop}",
        "it {start,starts} {and,an} {stop,stops}",
        "<cant> {pee,wee,piss} {good,properly,right,proper}",
        "{cant,cannot,can not} get {it,my pee,my wee} started",
    ),
    # A bladder that has stopped asking: once in a day, no urge for days (retention, BASS 2018).
    "pee_seldom": phrases(
        "{dont,doesnt,didnt} {seem to,} get the {feeling,urge,signal} {that,} i need to {go,pee,wee}"
        " {any more,anymore}",
        "{went,gone,been,go,going} {12,13,14,15,16,17,18,20,24} hours without {a wee,a pee,needing to wee,"
        "needing to pee,"
        "peeing,weeing,needing a wee,needing a pee,needing the loo,needing the toilet,going to the loo}",
        "only {peed,weed,pissed,urinated,passed urine,passed water,been for a wee,been for a pee,had a wee,"
        "had a pee,been to the loo,been to the toilet,gone to the loo,gone to the toilet,needed a wee,"
        "needed a pee,needed to pee,needed to wee,needed the loo,needed the toilet,managed to pee,"
        "managed to wee,managed a wee,managed a pee} {once,one time,twice} {in,since,all,today,the whole,"
        "this,yesterday}",
        "only {had,done,managed} {one,1,a single} {wee,pee} {in,since,all,today,the whole,this,yesterday}",
        "{havent,hasnt,not,have not,has not,didnt,did not} {needed,wanted,felt the need for,had the need for,"
        "felt like} {a wee,a pee,the toilet,the loo,to pee,to wee,to urinate} {since,all day,for,in,today,"
        "at all}",
        "{havent,hasnt,not,have not,has not,didnt,did not,no} {felt,had,got,noticed,} {the,any,an,} {urge,need} "
        "to go {for a day,for two days,for three days,for four days,for 2 days,for 3 days,for 4 days,"
        "for 5 days,for a couple of days,for a few days,for days,for 24 hours,for 36 hours,for 48 hours,"
        "since yesterday,since last night,since this morning,all day,in days,in 2 days,in 3 days}",
        "{havent,hasnt,not,have not,has not} {pud,pu} {since,all day,for,in,today}", "in retention",
        "{im,i am,think im,i think im} in {urinary,} retention",
    ),
    "mid_race": phrases(
        "during {the,my,a,that} {race,marathon,ultra,half,long run,run,event}",
        "{on,in} {the,my,a,that} {race,marathon,ultra,long run,run,event}",
        "{the,my} whole {race,marathon,ultra,run,long run,event}", "mid race", "mid run",
    ),
    # What leaks when it isn't the runner ("my hydration bladder leaked"), and why peeing can be
    # hard for no bad reason ("can't pee with people watching").
    "gear": phrases(
        "hydration", "vest", "pack", "camelbak", "reservoir", "bottle", "bottles", "flask",
        "flasks", "tap", "roof", "pipe", "tyre", "tire", "shoe", "shoes", "jacket", "rain",
        "raining", "puddle", "puddles", "sweat", "sweaty", "water bottle", "laughing", "laughed",
        "laugh", "pissed myself laughing", "gel", "gels", "pocket", "drink", "energy drink",
        "juice", "coffee", "tea", "sports drink",
    ),
    "looked_like": phrases(
        "{looked,look,looks,looking} {like,as if,as though}", "{it,which} looked",
    ),
    "pee_shy": phrases(
        "public", "portaloo", "portaloos", "watching", "people", "someone", "anyone", "audience", "in peace",
        "queue", "shy", "in front of", "people around", "urinal", "urinals", "bush", "bushes",
        "behind a tree", "gall", "gall bladder", "gallbladder", "gallstones", "gallstone",
        "hydration", "camelbak", "reservoir",
    ),
    # --- bowel ------------------------------------------------------------------------------------
    "poo": phrases(
        "poo", "poos", "pooing", "pooed", "poop", "poops", "pooping", "pooped", "stool", "stools",
        "faeces", "feces", "faecal", "fecal", "number two", "number 2", "number twos", "motions",
        "sharted", "shart", "sharting",
        "bowl movement", "bowl movements", "bowel movement", "bowel movements", "bowel motion",
        "bowel motions", "a shit", "a crap", "a dump", "a poo", "big necessity", "caca", "open my bowels", "skid marks",
        "skidmarks", "poo stains", "{pass,passing,passed} {a,} {stool,motion}",
        "{open,opening} my bowels", "brown {stain,stains,marks,streaks}",
        "a number two", "number twos", "no 2", "no2",
    ),
    "bowel": phrases("bowel", "bowels", "back passage", "rectum", "anus", "bum", "bottom"),
    "bowel_word": phrases(
        "bowel", "bowels", "bowl movements", "bowl movement", "rectum", "back passage", "my bowl",
        "my bowls",
    ),
    "soil": phrases(
        "{control,hold} the {motion,motions}",
        "no grip down there",
        "{leaks,leaking,leaked,comes,coming,seeps,seeping} out of my {back passage,bum,bottom,anus,backside,behind}",
        "{bum,bottom,backside,arse,anus,sphincter,back passage} {doesnt,wont,cant,isnt,does not} {seem to,} hold {anything,it,stuff} in",
        "{cant,cannot,couldnt} feel {myself,anything} {going,happening,coming}",
        "{cannot,cant,couldnt} hold anything {and,} {i,} {cannot,cant,couldnt} tell when",
        "{messed,soiled,pooed} myself {walking,running,at,in,on,with,without}",
        "{no longer,dont,didnt,dont now} get the {usual,} warning to open my bowels",
        "{the,} urge to {poo,open my bowels,go} has gone {completely,}",
        "{only,just} know i need to go when {its,it is} already happening",
        "{didnt,did not} {realise,realize,know,notice} i {needed,need} to go {until,till,til} {it was,its,it is} "
        "already happening",
        "{wasnt,was not} just wind and i {didnt,did not} feel {a thing,anything}",
        "{bottom,bum,backside} {is,feels,} switched off",
        "{the,} {feeling,urge,sensation} of needing {to open my bowels,a poo,to poo,a number two} {just,} {isnt there,is not there,has gone,is gone,has disappeared,disappeared,has kind of disappeared,has vanished,vanished,isnt there anymore}",
        "{leaking,leaked,leak,leaks} {a bit,a little,slightly,} from {behind,my bum,my bottom,my back passage,my backside}",
        "{ive,i have,i,} soiled {a little,a bit,slightly}", "{pooed,pooped,shat,soiled} {self,meself}",
        "{havent,have not,hasnt,not} had {any,} control {of,over} my {bowels,bowel}",
        "{marks,stains,streaks,brown marks} {in,on} my {pants,boxers,undies,underwear,knickers,shorts}",
        "loss of {bowel,bowl} control",
        "{reduced,poor,loss of,lost,weak,weaker,no} {anal,sphincter,rectal} {tone,control,squeeze}",
        "{soiled,soiling,soil} {myself,my pants,my underwear,my knickers,my shorts,my trousers,"
        "my bed,the bed}", "soiling", "messed self",
        "{bowels,bowel} {just,} {went,opened,emptied,gave way,let go} {without warning,without me knowing,"
        "on their own,by themselves}",
        "{bottom,bum,backside,arse} {just,} {lets go,let go,gives way,gave way} {without warning,}",
        "{cant,cannot,couldnt,unable to,not able to} control {my,} {motions,bowels,bowel movements}",
        "bowel control {is not there,isnt there,has gone,is gone,has disappeared}",
        "{bum,anus,back passage,sphincter,bum hole,bumhole,arse,butthole} {isnt,is not,wont,doesnt,"
        "not} {closing,close,shutting,shut,staying shut,stay shut} {properly,}",
        "{pooed,pooped,shat,shit,crapped,messed,pood,poo d,poop d,poo,poop} {myself,my pants,"
        "my knickers,my underwear,my shorts,my trousers,my tights,the bed,my bed}",
        "{faecal,fecal,bowel,anal,stool} {incontinence,leakage,leaking,urgency incontinence}",
        "incontinent of {faeces,feces,stool,poo}", "{bowel,bladder} and bowel incontinence",
        "accidentally {pooed,pooped,shat,soiled}",
        "{leaking,leaked,leak,leaks,leakage} {poo,stool,faeces,feces,poop,from my bum,"
        "from my back passage,from my bottom,from my anus,from my backside}",
        "{poo,poop,stool,faeces} {leaking,leaks,leaked,leaking out,coming out}",
        "{no,lost,lost my,losing,lack of,poor,reduced,zero} {bowel,bowl} control",
        "bowl control {has,is,} <bad>", "bowl control {problems,issues,trouble}",
        "{pooed,pooped,shat,shit,soiled,messed} {in my sleep,in bed,overnight}",
        "let {some,a bit of,a little,a bit} {poo,poop,stool} out",
        "{pooing,pooping,shitting,soiling,messing,crapping} {myself,my pants,my underwear,"
        "my knickers,my shorts,my trousers}",
        "{poo,poop,stool,shit,crap,mess,skid marks,skidmarks,faeces} {in,on} {my,the} {pants,"
        "undies,underwear,knickers,shorts,trousers,tights,boxers,bed,sheets}",
        "{it was,it ended up,it went,ended up,stuff was,stuff came out} {in my,in the} {pants,"
        "undies,underwear,knickers,shorts,trousers,boxers}",
        "leaky {bum,bottom,back passage,backside,arse,butt,anus,bowel,bowels}",
        "{bum,bottom,back passage,backside,anus,arse,butt,ass} {is,keeps,has been,} {leaking,"
        "leaky}", "{bum,bottom,butt} stuff {just,} {comes,came,coming} out",
        "{bum,bottom,back passage,sphincter,bowels,bowel,arse,backside,butt,ass} {wont,cant,"
        "doesnt,couldnt,didnt,isnt} {hold,keep,holding,keeping} {it,anything,things,stuff,"
        "poo} {in,}",
    ),
    # "bowels went, couldn't hold it": said of the bowels alone it may be a stomach bug, so only with a lost hold.
    "bowel_went": phrases(
        "{bowels,bowel} {just,completely,totally,} {gone,went,have gone,has gone,have went,gave way,have given way,"
        "has given way,gave out,have given out,let go}",
    ),
    "bladder_went": phrases(
        "bladder {just,completely,totally,} {gone,went,has gone,gave way,has given way,gave out,has given out,let go}",
    ),
    "comes_out": phrases(
        "it {escapes,escaped,escaping}",
        "{came,comes,coming,come,slipped,slips,leaked,leaks,seeped,seeps,escaped,escapes} out",
        "{falls,fell,falling,drops,dropped,dropping,slides,slid} out",
    ),
    "wipe": phrases(
        "wipe", "wiping", "wiped", "wipes", "toilet paper", "loo roll", "toilet roll", "bog roll",
        "loo paper", "the paper", "the tissue", "toilet tissue",
    ),
    "bowel_bad": phrases(
        "{not,no longer,isnt,arent} under control",
        "{havent,hasnt,not,had not,have not} {passed,worked,gone,been}",
        "{problem,problems,issue,issues,trouble,troubles,weird,strange,funny,different,not right,"
        "not working,dysfunction,changed,changes,change in,playing up,acting up,probs}",
        "control <bad>", "control {has,is} <bad>", "{have,has,} {stopped,stopping} working",
        "{havent,hasnt,not} {moved,been moving,opened}",
        "{isnt,arent,is not,are not,not,havent been,hasnt been} working {right,properly,normally,}",
    ),
    "scare": phrases(
        "nearly", "almost", "practically", "scared", "fright", "frightened", "terrified",
        "laughing", "dog {chased,chasing,went for,jumped,attacked,ran at,barked,lunged,bit,came at,flew at,"
        "ran straight at,came straight at,charged,charging,growled,growling,snarled}",
        "chased by {a,the} dog", "{big,scary,angry,loose,vicious,massive} dog",
    ),  # not any dog: "lost control of my bowels walking the dog"
    # --- sexual -----------------------------------------------------------------------------------
    "erect": phrases(
        "erection", "erections", "hard on", "hard ons", "hardon", "boner", "boners", "morning wood",
        "get hard", "stay hard", "getting hard", "staying hard",
        "{get,getting,got,keep,keeping} it up", "{get,getting,stay,staying,keep,keeping} erect",
        "erect", "ejaculate", "ejaculating", "ejaculation", "ejaculations", "orgasm", "orgasms",
        "orgasming", "climax", "climaxing", "erectile function",
    ),
    "sex_prob": phrases(
        "<cant>",
        "{problem,problems,issue,issues,trouble,troubles,difficulty,difficulties,struggle,"
        "struggling,hard to,harder to,weak,weaker,lost,losing,not getting,cant get,wont,fewer,"
        "reduced,failing,fail,dysfunction,weird,different,no longer,probs,gone,disappeared,"
        "vanished,stopped,non existent,rubbish,not working,useless,soft,softer,floppy,flaccid,"
        "go soft,goes soft,going soft,went soft}",
        "{arent,are not,not,isnt,is not} as {strong,hard,firm,good}", "not as {strong,hard,firm}",
        "{arent,isnt,not} happening", "{dont,doesnt,dont really,never} {get,have,wake up with}",
        "{havent,hasnt,not,never} {had,got,managed,been getting,been having} {a,an,any,}",
    ),
    "no_erect": phrases(
        "{no,lost,lost my,losing my,lack of,reduced} {erection,erections,morning erections,"
        "morning wood,ejaculation,ejaculate,orgasm,orgasms,climax}", "anorgasmia",
    ),
    "wet_gone": phrases("not getting wet {anymore,any more,at all}", "{cant,cannot} get wet {anymore,any more,}"),
    "not_hard": phrases(
        "{i am,im} not {hard,getting hard} {anymore,any more,no more}", "<cant> get hard {anymore,any more,no more,}",
    ),
    "partner": phrases(
        "wife", "husband", "partner", "girlfriend", "boyfriend", "missus", "my other half", "sex", "bedroom",
        "erection", "erections",
    ),
    "sex_ctx": phrases(
        "sex", "during sex", "having sex", "intercourse", "sexual", "sexually", "in the bedroom",
        "masturbating", "masturbation", "orgasm", "climax", "intimate", "being intimate",
        "masturbate", "wank", "wanking", "touching myself", "inside me", "penetration",
        "making love", "make love", "foreplay", "{touch,touches,touching} {me,myself} there", "intimacy",
        "during intimacy", "lovemaking", "love making",
    ),
    "cant_finish": phrases(
        "{cant,couldnt,unable to,cannot,struggle to,struggling to,can never,never} {come,cum,"
        "finish,climax,orgasm}",
    ),
    "genitals": phrases(
        "down below", "my bits and pieces", "everything down below", "penis", "willy", "willie",
        "dick", "cock", "todger", "member", "manhood", "vagina", "vulva", "clit", "clitoris",
        "down there", "my bits", "lady bits", "lady parts", "my junk", "man bits", "private parts",
        "privates", "my tackle", "my package", "genitals", "equipment", "downstairs",
        "everything downstairs", "my plumbing", "old fella", "little fella", "little guy",
        "manhood", "my member",
    ),
    "sex_phr": phrases(
        "{taken,took,killed,stolen,stole,wrecked,ruined,zapped} my {erection,erections,libido and my erection,"
        "sex drive and my erection}",
        "{dont,cant,didnt,can not} {react,respond,feel anything} during sex",

        "{unable to,cant,couldnt,not been able to,havent been able to,been unable to} have {relations,sex,intercourse}",
        "{no feeling,no sensation,feel nothing,felt nothing,cant feel anything,couldnt feel anything} {during,in,"
        "when having,with} sex", "nothing during sex {now,anymore,any more}",
        "erection {is,} not coming", "erections {are,} not coming",
        "{relations,intimacy,sex,lovemaking} {with my wife,with my husband,with my partner,} {have,has} become impossible",
        "{no,not any} {feeling,sensation} {at all,} when i came",
        "{erection,erections,my erection,my erections} {goes,went,go,is,are,feels,feel,felt,has gone,have "
        "gone,gone,going} numb", "{cant,couldnt,cannot,can not} get wet",
        "{cant,couldnt,cannot,can not,dont,didnt} feel {anything,a thing,much} during sex",
        "nothing {going on,happening} {downstairs,down there,down below}",
        "<cant> rise to the occasion", "{cant,couldnt,cannot} get {aroused,lubricated}",
        "{havent been able to,have not been able to,not been able to,unable to,not able to} get {aroused,lubricated}",
        "{sexual,erectile} {dysfunction,problems,issues,difficulties,difficulty,trouble}",
        "impotence", "impotent", "{nothing,not} working down {there,below}",
        "{thing,it} {does not,doesnt,will not,wont} stand up {anymore,any more,no more}",
        "{touched,touches,touch} me {down there,there,down below} and {i,} {couldnt,cant,didnt} feel {it,anything,"
        "a thing}", "if i {could,can} feel {him,her}", "{lost,losing,no,reduced} {lubrication,lube}",
        "{no,lost} {feeling,sensation} when i {come,cum,climax,orgasm}",
        "{ejaculated,came,climaxed,orgasmed} but {felt,feel,i felt,i feel} {nothing,no sensation,nothing at all}",
        "{wont,doesnt,didnt,cant,will not,does not,would not,wouldnt} rise to the occasion",
        "nothing {happens,is happening,happened} downstairs",
        "{orgasm,orgasms,climax,climaxing} {just,} {doesnt,dont,wont,isnt,never} {happen,happens,happening,come}",
        "{no,none,lost my,lost} morning wood", "morning wood {gone,has gone,disappeared,stopped}",
        "{no,no more,lost my} {response,reaction,feeling,sensation} when {we are,were,we were,im,i am,being} intimate",
        "nothing happens when i {come,cum,climax,orgasm}",
        "{sensation,feeling} during {intimacy,sex,intercourse} {has gone,is gone,gone,has changed,is different}",
        "<cant> perform {in bed,in the bedroom,sexually}",
        "{loss of,lost,losing,lost my} sexual function",
        "{not,never,no longer} {aroused,getting aroused} {at all,anymore,any more,no more}", "{problems,trouble,issues,difficulties} in the bedroom",
        "sex life {has,is} {changed,affected,suffering,different}",
        "{change,changes,changed} in {my,} sexual function",
        "sexual function {has,is} {changed,different,affected,worse}",
        "<cant> {come,cum,orgasm,climax,ejaculate,finish} {during sex,when having sex,in bed}",
        "sex {feels,is,has been,felt} {different,weird,numb,strange,odd,difficult,hard,a struggle,"
        "impossible,not the same}",
        "{problems,trouble,issues,difficulty,difficulties,struggling} {with,having,during} sex",
        "{things,it,everything,} down there {doesnt,isnt,wont,dont,does not} work {properly,right,"
        "}", "<cant> finish {anymore,any more,these days,lately,in bed}",
        "{cant,couldnt} come {anymore,any more,in bed,during sex}",
        "{orgasms,orgasm,climax,climaxes,ejaculation,ejaculations} {feel,feels,felt,are,is,seem,"
        "seems,have been,has been} {different,weird,weaker,weak,numb,dull,muted,strange,"
        "less intense,not the same,like nothing,distant,faint,far away}",
        "sex {doesnt,dont,does not,hasnt,isnt} {feel,felt,feeling} {like it used to,the same,"
        "right,normal,good anymore,like anything}",
        "{things,everything,stuff} down there {arent,isnt,not,have stopped,has stopped,"
        "stopped} working",
        "{cant,couldnt,unable to,struggling to,cannot} perform {in bed,sexually,in the bedroom,}",
        "performance {issues,problems} {in bed,in the bedroom,}",
        "{cant,couldnt,cannot} get aroused", "no arousal",
        "arousal {is,has} {gone,different,not there,disappeared}", "dry orgasm", "dry orgasms",
        "nothing {down there,} {works,is working,works anymore}",
        "sex {isnt,is not,hasnt been,doesnt feel,wasnt} {the same,right,normal,good,like before}",
        "nothing {happens,is happening,happened} {down there,in bed,during sex,when we have sex,"
        "when i try to have sex,in the bedroom}",
        "nothing comes out when i {ejaculate,climax,come,cum,orgasm}",
        "{things,stuff,it,everything} {in the bedroom,downstairs,down there,down below} {department,} {havent been,hasnt been,arent,isnt,not,aint,aren t,is not} {working,workin}",
        "{things,stuff,it} {aint,arent,isnt,not} {working,workin} {right,properly,proper} in the bedroom",
        "{my,} {manhood,penis,willy,member,dick,cock} {is not,isnt,not,wont,doesnt,does not,will not} {standing,stand,stand up,get up,rise,rising,work,working}",
        "{my,the,me} {mickey,john thomas,mr happy,pecker,schlong,todger} {is not,isnt,not,wont,doesnt,does not,"
        "will not,aint,hasnt been} {standing,stand,stand up,get up,rise,rising,work,working,playing ball,cooperating,"
        "co operating,responding,performing}",
        "<cant> {get,stay,keep} {hard,it up,an erection} {like before,anymore,any more,no more}",
    ),
    "sex_area": phrases(
        "in the sack", "between the sheets", "bedroom", "in bed", "in the bedroom", "bedroom stuff",
        "{sex,love} life", "things in the bedroom", "intimacy", "being intimate", "sex",
        "intercourse", "everything down there", "sexual function", "sex drive",
    ),
    "sex_bad": phrases(
        "flaccid", "{lost,no,zero} function", "{not,isnt,arent} {responding,working}",
        "{stopped,stops} working", "{not,isnt,arent,doesnt,dont,wont} {working,work}",
        "{gone,went,has gone} {out the window,out of the window,downhill}", "non existent",
        "{problems,problem,issues,issue,trouble,difficulties}",
        "{different,weird,numb,strange,not the same,changed,off,dead,nothing}",
        "{gone,went} {wrong,wonky,weird,numb,dead}",
    ),
    "finish_with": phrases(
        "{couldnt,cant,could not} finish with my {wife,husband,partner,gf,bf,girlfriend,boyfriend,missus}",
    ),
    "finish_ctx": phrases("half", "the half", "together", "parkrun", "marathon", "relay", "pacing", "paced"),
    "clench_fail": phrases(
        "{bum,sphincter,back passage,bottom} {not,wont,doesnt,cant,isnt} {clench,clenching} {properly,}",
    ),
    "falling_idiom": phrases("{falling,fall,fell,falls} {asleep,behind,apart}", "{falling,fell,fall} out with"),
    "intimate_with": phrases(
        "when {me and my,i and my,me and} {gf,girlfriend,bf,boyfriend,wife,husband,partner,missus,hubby}",
    ),
    "touched": phrases(
        "{touch,touches,touching,touched} me", "{i,when i,} {touch,touched,touching} myself",
        "{masturbate,masturbating,masturbated,masturbation}",
        "{her,his,their,my partners,my wifes,my husbands,my girlfriends,my boyfriends} touch",
    ),
    # --- chest and aorta --------------------------------------------------------------------------
    "chest": phrases(
        "{front of my,my} ribs at the front",
        "front of my ribs",
        "{middle,centre,center} of my upper body",
        "breastbane",
        "chest", "breast bone", "breastbone", "sternum", "heart area", "chested"),
    "chest_sx": phrases(
        "{is,was,felt,feels,its} gripping", "gripping {pain,feeling,sensation}", "vice like",
        "pressed",
        "presses",
        "{big,strong,heavy,great} pressure",
        "on fire", "burning up", "pain", "pains", "painful", "hurt", "hurts", "hurting", "agony",
        "ache", "aches", "aching", "achy", "sore", "tight", "tightness", "tightening", "pressure",
        "crushing", "crushed", "heavy", "heaviness", "squeezing", "squeeze", "squeezed", "discomfort",
        "burning", "stabbing", "vice", "vise", "in a vice", "weird", "funny", "strange", "odd",
        "pressing", "not right", "twinge", "twinges", "killing me", "throbbing",
    ),
    "to_chest": phrases(
        "{spreads,spreading,spread,radiates,radiating,goes,going,moves,moving,travels,travelling,"
        "wraps,wrapping,comes,coming,shoots,shooting} {to,into,round to,around to,through to,"
        "round,around,through,up to,up into} {my,the} chest",
        "from my {back,lower back,spine} {to,into,round to,through to} my chest",
        "{come,comes,coming,came,go,goes,going,went,wrap,wraps,wrapping,spread,spreads,spreading} {round,around}"
        " {the front,to the front} {into,to,and into} {my,the} chest",
    ),
    "heart_attack": phrases("heart attack"),
    "chest_phr": phrases(
        "from {the middle of my,the centre of my,the center of my,my} chest {straight,right,} "
        "{through,round,across,into} {to my,my} back",
        "{like,} an elephant {sitting,standing,sat,stood} on {me,the middle of me,my middle}",
        "chest {feels,felt,is,was} like {an elephant,a weight,something heavy,a ton of bricks,someone,somebody,"
        "someones,somebodys}"
        " {is,was,} {sitting,standing,sat,stood,kneeling,knelt,pressing,pushing,stamping} on it",
        "{an elephant,a weight,a ton of bricks} {sitting,standing,sat,stood,is sitting,was sitting} on my chest",
        "chest {was,felt,is,feels,went} {really,very,so,} {tight,gripped,gripped tight,squeezed,crushed}",
        "heart {feels,felt,is,was} {like its being,like it is being,like its,being} {squeezed,crushed,"
        "gripped,squeezing}",
        "angina", "chest pain", "chest pains",
        "heart {pain,pains,hurts,hurting,ache,aches}", "pain in my heart",
        "{crushing,squeezing,tight} feeling in my chest",
        "{someone,something,an elephant,a weight,a ton of bricks,a brick,a car} {is,was,"
        "} {sitting,standing,pressing,pushing,stood,sat,squeezing,crushing} on my chest",
        "{weight,pressure,heaviness} on my chest",
        "{band,belt,vice,vise} {around,round,across} my chest",
        "chest {feels,is,felt} {tight,heavy,squeezed} like {a,an} {band,belt,vice,vise,weight}",
        "chest {feels,felt,feeling,was,is} like {theres,there was,} {a,an} {tight,} {band,belt,vice,vise,strap} {round,"
        "around,across,squeezing,on} it",
    ),
    "arm_jaw": phrases(
        "{jaw,my jaw} and {arm,left arm,my left arm,my arm} {pain,ache,ached,aching,hurting,hurt,hurts,pains}",
        "{left arm,jaw} {went,goes,gone,is,felt,feels,going} {heavy,numb,dead,weak}",
        "{goes,going,went,pulled,pulls,pulling,spreads,spreading,radiates,radiating,moves,moving,travels,shoots,shooting} {to,into,down,up,up to,down to,down into,in} {my,the} {left arm,jaw,arm and {the,} jaw,left arm and {the,} jaw,jaw and {the,} {left,} arm,neck and {the,} jaw}",
        "{going,goes,went,spreading,spreads,spread,radiating,radiates,shooting,shoots,moving,"
        "travelling,down,into,up} {down,into,to,up,up into} my {left arm,jaw,left shoulder and arm,"
        "neck and jaw,arm and jaw,neck and left arm,neck and arm,jaw and left arm,jaw and arm}",
        "{left arm,jaw} {pain,ache,aches,aching,hurts,is aching,is hurting,is sore}",
        "{pain,ache,aching,heaviness,tingling} in my {left arm,jaw}", "{pain,ache} down {my,} left arm",
    ),
    "arm_jaw_veto": phrases(
        "boxing", "sparring", "punching", "bench", "the gym", "weights", "pull ups", "dentist", "toothache",
        "dentist", "tooth", "teeth", "wisdom", "grinding", "clenching", "gum", "gums", "fell", "fall",
        "gym", "weights", "push ups", "pushups", "press ups", "bench", "tennis", "swim", "swimming",
        "climbing", "jab", "vaccine", "injection", "booster",
    ),
    "breathless": phrases(
        "too {breathless,out of breath} to {talk,speak,finish a sentence}",
        "<cant> breathe {properly,right,good,well}",
        "{hard,difficult} to {breath,breathe}",
        "short of breath", "shortness of breath", "breathless", "breathlessness",
        "{cant,cannot,couldnt,struggling to,struggle to,hard to} {breathe,catch my breath,"
        "get my breath}",
        "{cant,couldnt} breathe {properly,right}",
        "{lack,lacking,missing} {the,} air", "no air {even,also,} when {i am,im} {seated,sitting,resting}",
        "out of breath {just,} {lying,lying down,in bed,at rest,sitting,sitting down,sitting here,doing nothing,"
        "resting}",
    ),
    # Breathless doing nothing: no run or cold explains it (NHS heart attack page).
    "breathless_rest": phrases(
        "{cant,cannot,couldnt,can not} catch {my,} breath {on the sofa,on sofa,sitting down,sat down,lying down,in bed,"
        "at rest,resting,watching tv}",
        "{breathing difficulty,difficulty breathing,difficulty in breathing,dyspnoea,dyspnea,short of breath} at rest",
        "sob at rest", "sob {sitting,lying,lying down,resting,doing nothing}",
        "out of breath {just,} {sitting here,sitting on the sofa,sat on the sofa,watching tv,watching the telly,"
        "watching telly,at rest,doing nothing}",
    ),
    "sentence_breath": phrases("{cant,couldnt,can not,cannot,could not} {finish,get through,complete} a sentence"),
    "sentence_idiom": phrases(
        "without {mentioning,yawning,laughing,crying,swearing,talking about,saying,giggling}", "interview", "nervous",
        "so nervous", "presentation", "on stage",
    ),
    "breathless_even": phrases(
        "even {lying,lying in bed,lying down,in bed,sitting,sitting down,sitting still,sat down,at rest,resting} "
        "{im,i am,i get,i feel,i was,} {short of breath,breathless,out of breath}",
        "{short of breath,breathless,out of breath} even {lying,lying in bed,lying down,in bed,sitting,sitting down,"
        "sitting still,sat down,at rest,resting,doing nothing}",
    ),  # "now even lying in bed I'm short of breath": at rest, whatever came before a "now"
    "feelings_idiom": phrases(
        "{with,by,from} {fear,excitement,anticipation,laughter,laughing,dread,indecision,terror,stage fright,"
        "pre race nerves,choice}",
    ),  # "paralysed with fear", "breathless with excitement": how the runner felt, not their body
    "nerves_idiom": phrases("{with,from} {nerves,pre race nerves}"),  # "legs paralysed with nerves at the start"
    "exertion": phrases(
        "at the top of {each,every,the hill,the climb,the rep,the reps,each rep,the stairs}",
        "run", "runs", "ran", "running", "jog", "jogging", "hill", "hills", "sprint", "sprints",
        "sprinting", "intervals", "reps", "race", "racing", "tempo", "pace", "parkrun", "session",
        "workout", "training", "climb", "climbing", "effort", "fast", "faster", "km", "k", "miles",
        "mile", "uphill", "finish", "asthma", "inhaler", "hay fever", "a cold", "head cold", "cough",
        "laughing", "swim", "swimming", "bike", "cycling", "end", "pushing", "pushed", "lap", "laps",
        "hilly", "trail", "altitude", "smoke", "pollen", "final", "rep", "repeat", "repeats", "strides",
        "track", "recovered", "400s", "800s", "{200,300,400,600,800,1000,1k,1600} {s,reps,repeats,m reps}",
    ),
    "chest_gear": phrases(
        "strap", "monitor", "hrm", "{chest,hr,heart rate,heartrate,garmin,polar,wahoo} {band,belt}",
        "{the,my} {band,belt}", "heart rate", "infection", "chest day", "chest press",
        "push ups", "pushups", "press ups", "pressups", "bench", "chafing", "chafe", "chafed",
        "sunburn", "heart rate zone", "zone", "bpm", "beats", "heart rates", "chesty", "cough",
        "coughing", "flies", "dad", "mum", "father", "mother", "grandad", "grandma", "nearly had",
        "almost had", "gave me a", "was a heart attack", "saw my", "{did,doing,do} the splits", "split my",
        "give {anyone,anybody,someone,you,everyone} a heart attack",
    ),
    # A heart attack can feel like indigestion (NHS heart attack page): the runner's own explanation
    # stands only when nothing else of one comes with it.
    "chest_excuse": phrases(
        "heartburn", "indigestion", "acid", "reflux", "curry", "trapped wind", "pollen", "inhaler", "asthma",
        "asthmatic", "costochondritis", "costo", "frost", "frosty", "cold air",
        "hay fever", "cold", "a cold", "head cold", "chest cold",
        "stitch", "a stitch", "foam roller", "foam rolled", "foam rolling",
    ),
    "chest_severe": phrases(
        "crushing", "crushed", "different", "{didnt,doesnt,did not,does not,isnt,wont} {help,helping,helped,work,working}",
        "still {tight,there,hurting,sore,painful}", "{hours,hour} later", "worst", "like a vice", "elephant",
        "{goes,going,went,radiates,radiating,spreads,spreading,shoots,shooting,comes,coming} {through,straight through,"
        "right through} {into,to} my back", "through to my back",
    ),
    "chest_company": phrases(
        "cold {sweat,sweats,sweating,sweaty}",
        "{sweat,sweating,sweated} cold",
        "{feel,feeling,felt,feels} {a bit,really,very,quite,so,} {sick,nauseous,queasy}", "nausea",
        "nauseous", "nauseated", "queasy", "sweaty", "sweating", "sweated", "clammy", "vomited", "threw up",
        "being sick", "was sick", "throwing up",
    ),
    "tear": phrases(
        "{torn,ripped} {open,apart,in two,in half}",
        "{pain,it,something} {tore,ripped} {through,across,into} my {back,chest,belly,tummy}",
        "{tearing,ripping} {pain,pains,sensation,feeling}", "sudden {tearing,ripping}",
        "{tearing,ripping} {in,through,across,into,down,up} my {back,chest}",
        "{tearing,ripping} pain {right,straight,} through to {the,my} back",
        "{tearing,ripping} , {right,straight,} through to {the,my} back",
        "{tearing,ripping} from {my,the,} {belly,tummy,stomach,chest} {to,into,through to} {my,the,} back",
        "like {a,} tear in {the,my} back", "something rips {inside,in me}",
        "{feels,felt} like {something,my back,it,my chest} {is,was,} {tearing,ripping,ripped,torn,"
        "tore,being torn,being ripped}",
        "like {being torn,being ripped,something tearing,something ripping}",
        "{something,it} {rip,rips,ripped,ripping,tear,tears,tore,tearing} {inside,in,through} my {back,belly,tummy,chest}",
        "like something {rip,rips,ripped,tear,tore} inside",
    ),
    "muscle": phrases(
        "muscle", "muscles", "calf", "hamstring", "quad", "tendon", "ligament", "acl", "achilles",
        "meniscus", "cartilage", "strain", "strained", "tear", "hamstrings", "calves",
    ),
    "faint": phrases(
        "{why did i,did i} faint", "i faint {after,during,on,at,when,every}",
        "{became,become,went} unconscious",
        "came {round,to} on the {floor,ground,kitchen floor,bathroom floor,pavement}",
        "syncopal episode", "syncopal", "{a,had a,having,another} faint {episode,episodes,spell,spells,attack}",
        "faint and {sweaty,clammy}",
        "{went,gone,going,feel,feeling,felt} {lightheaded,light headed,dizzy} and {clammy,sweaty}",
        "felt myself {going,slipping away}", "{nearly,almost} lost consciousness",
        "{might,could,will,would,gonna,going to} faint",
        "like i {might,could,will,am going to,was going to} {faint,pass out,black out}",
        "{everything,it all,my vision,the world} went {black,dark,grey,white}",
        "{ended up,woke up,came round,came to,found myself} on the floor",
        "{had,having} a {funny turn,dizzy spell,dizzy turn}", "dizzy spells", "fainted", "fainting",
        "faints", "{did,i did} faint {yesterday,today,this morning,last night,earlier,after,during,on the}",
        "{fell,went} unconscious", "lost {the,my} {knowledge,conscience,consciousness}",
        "brief loc", "loc", "passed out", "pass out", "passing out", "blacked out", "past out", "black out",
        "blacking out", "blackout", "lost consciousness", "keeled over", "syncope",
        "{keel,keels,keeling} over",
        "{clammy,sweaty,dizzy,grey,pale,lightheaded,light headed,shaky} and faint",
        "faint and clammy", "clammy and {dizzy,lightheaded,light headed}",
        "{went,gone,going,turned} {clammy,grey,grey and clammy,pale and clammy,white and clammy}",
        "{feel,feels,felt,feeling,went,going,gone,nearly,almost,about to,gonna,going to} {a bit,"
        "really,very,quite,so,a little,slightly,} faint",
    ),
    "soft_seat": phrases("cushion", "cushions", "soft", "comfy", "padded", "padding"),
    "sleep_ctx": phrases(
        "asleep", "sleep", "slept", "nap", "napping", "watching tv", "lol", "best sleep", "party", "drunk", "pub",
        "reading about", "read about", "essay", "article", "lecture", "podcast", "documentary",
    ),  # a "loss of consciousness" that was sleep, drink, or someone else's subject
    "loc": phrases(
        "{woke up,came round,came to,found myself} on the {bathroom,kitchen,bedroom,hall,landing,living room} floor",
        "{was,i was,knocked} out cold",
        "{went down,collapsed,dropped} and {was,i was} out {for a few seconds,for a second,"
        "for seconds,for a moment,for a minute}",
        "faint episode", "{brief,} loss of consciousness", "lost consciousness", "{became,was,went} unconscious",
        "syncope",
    ),  # a faint told as such, not "passed out on the sofa"
    "clammy": phrases(
        "clammy", "cold and clammy", "sweaty and clammy", "{cold,grey,pale} and {sweaty,sweating}",
        "{sweaty,sweating} and {cold,grey,pale,dizzy}", "{a,} cold sweat",
    ),
    "sudden": phrases(
        "sudden", "suddenly", "all of a sudden", "out of nowhere", "from nowhere", "all at once",
        "came on {like a knife,like a gunshot,instantly,in seconds}", "out of the blue",
        "in an instant", "instantly", "in a split second", "without warning", "like a switch",
    ),
    "finish_talk": phrases(
        "posture", "run tall", "chest up", "mic", "microphone", "chest strap", "sprint finish", "for the photo", "laughing",
        "what a sprint",
    ),
    "clutch_chest": phrases(
        "{clutching,clutched,gripping,gripped,grabbing,grabbed,holding} {my,} chest",
    ),
    "pallor": phrases("grey", "gray", "ashen", "pale", "white as a sheet", "green", "clammy", "sweaty", "sweating"),
    "autonomic": phrases(
        "{gone,went,turned} a {funny,strange,weird,horrible,grey,awful} colour",
        "{look,looking,looked} {awful,terrible,like death,grey,ghostly}",
        "sweating like {mad,crazy,a pig}", "clammy", "cold and sweaty", "sweaty and cold",
        "{grey,pale} and {sweaty,sweating,clammy}", "{a,} cold sweat",
        "{gone,went,turned,going,im,i am,look,looking} {grey,pale,white}", "white as a sheet",
        "dizzy", "lightheaded", "light headed", "faint", "woozy", "{about,going} to pass out",
        "{going,gonna} to black out", "{sweating,sweat} {buckets,profusely,heavily,like crazy}",
        "pouring with sweat", "broke out in a sweat", "sick and {sweaty,clammy,dizzy,faint}",
        "{sweaty,clammy,dizzy} and sick", "{cant,couldnt} breathe {properly,}", "breathless",
        "{shaking,shaky} and {sweaty,sweating,clammy,faint,dizzy}", "weak and shaky",
        "{vision,eyesight} {went,is,going,gone} {blurry,funny,dark,weird,black}", "blurred vision",
        "{sweaty,sweating,clammy} and {shaking,shaky}", "short of breath", "struggling to breathe",
        "came over {dizzy,faint,all dizzy,all faint}",
    ),
    "severe_pain": phrases(
        "like {ive been,i was,being,id been} {shot,stabbed,knifed}", "terrible", "awful",
        "horrific", "horrible", "crazy", "insane", "took my breath away",
        "knocked the wind out of me", "unreal", "agony", "agonising", "agonizing", "unbearable",
        "excruciating", "the worst", "worst", "severe",
        "{terrible,awful,horrendous,horrific,horrible} pain", "searing", "tearing", "ripping",
        "killing me", "like a knife", "screaming", "really bad", "so bad", "really painful",
        "so painful", "horrendous",
    ),
    "mechanical": phrases(
        "bent", "bending", "bend", "lifting", "lifted", "lift", "picked up", "picking up",
        "twisted", "twisting", "reached", "reaching", "sneezed", "coughed", "stretching",
        "tying my laces", "deadlift", "deadlifts", "squat", "squats", "pulled", "tweaked",
    ),
    "belly_pulse": phrases(
        "{throbbing,pulsing,pulsating,beating} pulse in {the middle of,} my {tummy,belly,stomach,abdomen}",
        "heart {beating,pulsing,throbbing} in my {tummy,belly,stomach}", "heart in my {tummy,belly,stomach}",
        "{tummy,belly,stomach} {like a,} {throbbing,pulsing,beating} lump {beating,pulsing,throbbing}",
        "{lump,mass,swelling,bulge} in my {tummy,belly,stomach,abdomen} that {i,you} {can,could} {feel,see} {pulsing,pulsating,throbbing,beating}",
        "{lump,mass,swelling,bulge} in my {tummy,belly,stomach,abdomen} {pulsing,pulsating,throbbing,beating} like a {heartbeat,heart beat,heart,pulse}",
        "{heartbeat,heart beat,pulse} in a lump in {my,your} {belly,tummy,stomach}",
        "{pulsing,pulsating,throbbing,beating} {lump,mass,bulge,thing} {by,near,around,above,below,next to,in} my {belly button,navel,tummy,belly,stomach}",
        "{tummy,belly,stomach,abdomen} has a {beating,pulsing,throbbing,pulsating} feeling",
        "{pulsing,pulsating,throbbing,beating,pulsey} {lump,mass,feeling,sensation,bulge,thing} in "
        "my {tummy,belly,stomach,abdomen,abdo}",
        "{tummy,belly,stomach,abdomen,abdo} {is,feels,keeps,has been,} {pulsing,pulsating,throbbing,"
        "beating}",
        "{heartbeat,heart beat,pulse} in {my,your} {tummy,belly,stomach,abdomen}",
        "{feels like it has,has,has got} its own {heartbeat,heart beat,pulse}",
        "{a,} {beat,beating,pulse} like a heart", "pulsatile {abdominal,} mass",
        "{a,} {pulsing,pulsating,throbbing,beating} in my {tummy,belly,stomach,abdomen}",
        "{heartbeat,heart beat,pulse,pulsing,beating,throbbing} feeling in my {tummy,belly,stomach,abdomen}",
        "{tummy,belly,stomach,abdomen} {has,feels like it has,feels like its got,has got} a "
        "{heartbeat,heart beat,pulse}",
        "{see,feel,seen,felt} my {tummy,belly,stomach,abdomen} {pulsing,pulsating,throbbing,beating}",
        "{pulsing,pulsating,throbbing} {tummy,belly,stomach,abdomen}",
        "{tummy,belly,stomach,abdomen} has a {pulsating,pulsing,throbbing} feeling",
        "heart {beats,beating,beat,pumping} in my {belly,tummy,stomach,abdomen}",
        "{see,feel,can see,can feel} it {pulse,pulsing,beat,beating,throb,throbbing} {in my belly,in my tummy,when i lie down}",
    ),
    "something_tore": phrases(
        "{felt,feel,feels} {something,it} {tear,rip,tearing,ripping,tore,ripped,give way}",
        "something {tore,ripped,tearing,ripping,gave way,burst} {in,inside,}",
    ),
    "collapse": phrases(
        "collapsed", "collapsing", "a collapse", "{had,have had} a collapse",
        "{going,about,gonna,go} to collapse", "{might,could} collapse",
        "{fell,dropped,slumped,crumpled,hit} to the {floor,ground}", "went unconscious",
        "collapsed {at,on,over,across,after,crossing} the finish {line,}",
        "{blacked out,passed out,fainted} {at,after,on,crossing} {the,} finish {line,}",
    ),
    "race_talk": phrases(
        "pace", "splits", "split", "form", "plan", "time", "race plan", "training", "motivation",
        "economy", "heart rate", "hr", "watch", "garmin", "gps", "signal", "tent", "gazebo",
        "chair", "wall", "building", "bridge", "bubble", "season", "stock", "market", "team",
        "government",
    ),
    "sofa": phrases(
        "sofa", "couch", "{on,onto,on to,into,in,to,across,back to,back in} {the,my,} bed", "asleep", "drunk", "pub",
        "beer", "beers", "memory",
        "night out", "party", "wine", "settee", "armchair", "laughing", "heap", "exhausted",
        "finish", "finish line", "finishing", "tired", "tiredness", "knackered", "exhaustion",
    ),
    # --- urine colour -----------------------------------------------------------------------------
    "blood": phrases("blood", "bleeding", "blood clots", "clots", "red {streaks,streak}", "bld"),
    "urine": phrases(
        "{when,after,once,as} i {weed,wee,weed,had a wee}",
        "{a,for a} slash",
        "my water {was,is,looked,looks,has been,went,came out}",
        "my {piece,we}",
        "pee", "peeing", "peed", "wee", "weeing", "urine", "urinating", "urinated", "urination",
        "piss", "pissing", "wees", "pees", "pissed", "urinate", "pipi",
        "{passed,pass,passing,passes} water", "{spent,spend,spending} a penny", "my {youre,your} in", "xixi",
    ),
    "colour": phrases(
        "{red,pink,blood} {streaks,stains,specks,spots,tinge}",
        "like zobo",
        "{red,reddish,dark} brown",
        "like {black,strong,dark} tea",
        "the colour of strong tea",
        "nearer to cola",
        "like rose wine",
        "{rose,wine,red,pink,brown,blood} {coloured,colored}",
        "red", "pink", "brown", "dark brown", "reddish", "pinkish", "brownish", "pinky", "reddy",
        "browny", "rosy", "{tea,cola,coke} {coloured,colored}", "like {tea,coke,cola,coca cola}",
        "rusty", "bright red", "blood red", "dark red",
        "{the,} {color,colour} of {coke,cola,tea,strong tea,blood,rust,coca cola,wine,rose,ribena,port}",
        "{rose,wine,red,pink,brown,blood} {colour,color}",
        "like {rose,rose wine,wine,red wine,ribena,cranberry juice,port,claret,blood,rust,"
        "strawberry milk,raspberry}", "{pink,red,blood} tinged", "tinged {pink,red,with blood}",
        "blood stained", "bloodstained", "streaks of blood", "{rose,wine} coloured",
        "{coffee,whisky,brandy,mahogany,rust} {coloured,colored}",
        "like {coffee,whisky,brandy,mahogany,cherryade,beetroot juice,cherry juice,blackcurrant,"
        "blackcurrant squash,ribena}",
    ),
    "blood_in_it": phrases("{blood,blod} in it"),
    "not_pee_blood": phrases(
        "sock", "socks", "blister", "blisters", "tissue", "plaster", "spit", "bath", "shoe", "shoes", "nose", "gums",
        "graze", "knee", "cut", "phlegm", "snot", "spat", "cheek", "gel", "mouth", "lip",
    ),
    "blood_phr": phrases(
        "{a slash,a wee,a pee,a piss,peed,weed,pissed} {after,later,} and it {was,came out} {red,pink,brown,bloody,dark red,blood red,red as}",
        "{stream,wee,pee,urine} {looked,looks,was,is} like {rose,rose wine,red wine,blood,cola,coke}",
        "{red,pink,blood} {streaks,stains,specks,spots} in the {toilet,loo,bowl,pan} after {i peed,i weed,peeing,weeing,a wee,a pee,i urinated,i went for a wee}",
        "{loo,toilet,bowl,pan} {looks,looked,look} like a {crime scene,murder scene,blood bath,bloodbath} after {i wee,i pee,i peed,i weed,a wee,a pee,weeing,peeing}",
        "blood in my {water,waters,urine,pee,wee}",
        "blood in the {pan,bowl,toilet,loo} after {passing water,peeing,a wee,weeing,i peed,a pee}",
        "{my,the} {we,piece,water} was {dark red,red,pink,bloody}",
        "haematuria", "hematuria", "bloody {urine,pee,wee,piss}",
        "{peeing,pissing,weeing,pissed,peed,weed,passing,passed,pass} blood",
        "{urine,pee,wee,piss} {is,looks,was,looked,looking,seems} bloody",
    ),
    "bowel_blood": phrases(
        "poo", "poop", "stool", "wipe", "wiping", "bum", "bottom", "piles", "haemorrhoids",
        "hemorrhoids", "toilet paper", "back passage", "anus",
    ),
    "in_the_bowl": phrases("in the {toilet,loo,bowl,toilet bowl,pan,toilet water,dunny}"),
    "toilet_water": phrases(
        "{dunny,dunny water,toilet bowl,loo water} {turned,went,is,was,goes,looked,looks}",
        "{toilet,loo,bowl,toilet water,water in the toilet,water in the bowl} {turned,went,is,was,"
        "goes,looked,looks}",
    ),
    # Pink or red after beetroot is the beetroot (beeturia), anywhere in the sentence.
    "beet_cause": phrases("beetroot", "beets", "beet", "beet juice", "beetroot juice", "borscht"),
    "blood_veto": phrases(
        "blood {test,tests,sample,samples,pressure,sugar,sugars,count,results,level,levels,panel,type,group}",
        "{on my period,because of my period,from my period,period blood,menstrual,time of the month,bp,sugar,"
        "donation,donated,donating,beetroot,beets,beet,"
        "blood work,bloodwork,blood donor,giving blood,"
        "gave blood}",
        "{test,tests,sample,samples,dipstick} {were,was,came back,are,all} {fine,ok,okay,normal,clear,negative}",
        "{was,came back,is} {clear,negative}", "for blood {nothing,all clear,none found}",
        "for blood , {nothing,all clear,none found}",
    ),
    # --- trauma -----------------------------------------------------------------------------------
    "fell_from": phrases(
        "{fell,fallen,falling,fall,falls,slipped,tumbled,thrown,flew,flung,knocked,slid,slipping,"
        "tumbling} {off,from,out of,down}", "{came,come,coming} off", "fll down", "fel off",
        "{fell,fallen,fall} {3,4,5,6,8,10,three,four,five,six,ten} {m,metres,meters} {off,from,down}",
        "{fell,fallen,fall} {10,12,15,20,ten,twelve,fifteen,twenty} {feet,ft,foot} {off,from,down}",
    ),
    "fall_obj": phrases(
        "scaffolding", "scaffold",
        "ladder", "ladders", "stepladder", "step ladder", "bike", "bicycle", "horse", "roof",
        "wall", "chair", "stool", "table", "bed", "bunk", "bunk bed", "step", "steps", "stairs",
        "staircase", "trampoline", "scooter", "motorbike", "motorcycle", "moped", "tree", "cliff",
        "ledge", "kerb", "curb", "treadmill", "skateboard", "board", "swing", "stage", "truck",
        "van", "lorry", "car", "scaffolding", "scaffold", "loft", "platform", "climbing wall",
        "bus", "height", "a height", "rocks", "boulder", "hill", "slope", "bank", "mountain bike",
        "bmx", "snowboard", "skis", "pony", "quad bike", "attic", "ladder at work",
        "flight of stairs",
        "flight of steps", "concrete steps", "stone steps", "mtb", "road bike", "ebike",
        "e bike", "push bike", "hayloft", "loft hatch", "barn", "window", "balcony", "hay stack", "haystack",
        "trailer",
    ),
    "trauma_phr": phrases(
        "{speared,slammed,driven,dumped,thrown,smashed,drilled} into the {sand,rocks,wall,water,seabed}",
        "went down hard on {black ice,ice,the ice,concrete,the concrete,tarmac,the tarmac,the road}",
        "full weight {onto,on,on to} my {tailbone,coccyx,back,lower back,spine,bum,backside}",
        "{slipped,fell,tripped,tumbled} and {landed,came down,went down} {hard,heavily,} {on,onto} {my,the,}"
        " {back,lower back,spine,tailbone,coccyx} {hard,heavily,}",
        "went down hard on my {backside,back,bum,bottom,tailbone,coccyx}",
        "{crashed,came off} {my,the,} {mtb,bike,mountain bike} {and,} landed on {my,} back",
        "{speared,slammed,driven,dumped,thrown,smashed,drilled,pile driven} into the {ground,turf,floor,deck,mat}",
        "fell through {the,a} {floor,ice,roof,ceiling,trapdoor,loft hatch,decking}",
        "fell {hard,heavily,badly,awkwardly,backwards,flat,straight,from height,down hard}",
        "{did fall,had a fall,took a fall} {hard,heavily,badly,awkwardly} {on,onto,down,off,from}",
        "{did fall,had a fall,took a fall} backwards",
        "fell over backwards",
        "{hurt,injured,jarred,damaged} my {back,spine,lower back} in {the,a} {crash,accident,collision,pile up}",
        "heard a {crack,snap} in my {back,spine,lower back}",
        "fell and {hit,hurt,banged,bashed,smacked,whacked,jarred,landed on} my {back,lower back,spine,tailbone,coccyx}",
        "{smacked,whacked,banged,bashed,slammed} my {back,lower back,spine,tailbone,coccyx} {on,against,into} {a,the,}"
        " {kerb,curb,step,steps,stairs,edge,rock,rocks,ground,floor,ice,pavement,railing,post,wall,concrete,tarmac}",
        "fell {on,onto,on to} {my,the} {back,bum,butt,tailbone,coccyx,backside,bottom,spine,hip,"
        "side,ice,floor,ground,concrete,pavement,road,stairs,steps,rocks,tarmac,head,lower back}",
        "{had,took,after,since,following} {a,the,my,that} {bad,nasty,big,heavy,hard,serious,major,"
        "huge,awful,horrible,massive,terrible,} {fall,tumble,spill}",
        "{bad,nasty,big,heavy,hard,serious,major,huge,awful,horrible,massive,terrible} {fall,"
        "tumble,spill}", "stacked it", "came a cropper",
        "{car,road,traffic,motorbike,motorcycle,bike,cycling,skiing,ski,work,workplace,riding,"
        "horse riding,climbing,rugby,football,sporting,serious,bad,major,nasty,bicycle,scooter,"
        "road traffic} {accident,crash,collision,smash,prang,pile up,wreck}", "rta", "rtc",
        "car crash",
        "t boned", "tboned", "got doored", "been doored", "was doored", "{crashed,crashed out} {on,off} {my,the} {bike,motorbike,motorcycle,mtb,"
        "scooter,bicycle}", "{came off,fell off,crashed,crashed out} at speed",
        "{went,fell,landed} flat on my {back,bum,backside,arse,ass,butt}",
        "{metres,meters,metre,meter,feet,foot,ft} {off,from} {a,the} {climbing wall,wall,ladder,roof,"
        "cliff,ledge,scaffolding,scaffold,tree,balcony,bridge}",
        "pile up",
        "{crashed,crash,crashing,wrote off,totalled,totaled} {my,the,his,her,a,our} {car,bike,"
        "motorbike,motorcycle,scooter,bicycle,van}",
        "{crashed,crashing,smashed,slammed} into {a,the} {car,wall,tree,post,lamppost,van,cyclist,"
        "bike,barrier,fence,lorry,bus}", "ran into a {car,post,lamppost}",
        "ran {straight,right,smack,slap bang,headfirst,head first,full pelt} into"
        " {the side of,the back of,the front of,} {a,an,the} {moving,passing,reversing,} {<vehicle>,cyclist,rider,biker}",
        "ran into the {side,back,front} of {a,an,the} {moving,passing,reversing,parked,} <vehicle>",
        "{was,got,been,being,just got} {knocked down,knocked over,knocked off,run over,"
        "rear ended} {by,}",
        "{knocked,taken,wiped,sent} {down,over,out,off my feet,flying} by {a,the,some,an} {car,"
        "bike,cyclist,van,bus,lorry,truck,vehicle,motorbike,scooter,taxi,horse,dog,runner,player}",
        "{slammed,thrown,dumped,driven,smashed,spear tackled,body slammed,flung,hurled} {into,"
        "onto,to,on} {the,} {ground,floor,deck,pavement,road,tarmac,concrete}",
        "knocked off my bike", "rear ended", "whiplash",
        "collided", "collision", "{got,was,been} tackled", "run over",
        "{landed,came down} {hard,heavily,badly,awkwardly,flat} {on my back,on my bum,}",
        "{landed,landing,came down} {on,onto} {my,the} {back,bum,butt,tailbone,coccyx,backside,"
        "bottom,spine,side,head}",
        "{landed,landing,came down,land} {hard,heavily,badly,awkwardly,flat,smack,slap bang,"
        "full force} {on,onto} {my,the} {back,bum,butt,tailbone,coccyx,backside,bottom,spine,side,head,"
        "base of my spine,bottom of my spine,base of my back,lower back}", "assaulted",
        "{landed,landing,came down} {on,onto} the {base,bottom} of {my,the} {spine,back}",
        "{i,} land on my {back,bum,tailbone,coccyx,spine,backside}",
        "<vehicle> {knock,knocks} me {down,over}", "<vehicle> {jam,jammed} me",
        "<vehicle> {went,drove,ran,crashed,slammed,ploughed,smashed} into the back of {mine,my car,me,us}",
        "beaten up", "got jumped",
        "{took,had,got,taken} a {heavy,big,hard,massive,nasty,huge,bad,serious} {hit,knock,blow,"
        "whack,bang,impact,tackle} {to,on,in,into} {the,my} {back,spine,lower back}",
        "fell down {a,the} {whole,} flight of {concrete,stone,} {stairs,steps}",
        "crash with {the,a,my} {car,bike,motorbike}", "{went,drove,ran,crashed,smashed} into the back of {me,my car}",
        "shunt", "car shunt", "{quad bike,quad,car,tractor,buggy} rolled", "pinned {me,my back}",
        "went over the {bars,handlebars,handlebar}", "{landed,came down} {on,onto} me back",
        "{shoulder,knee,elbow,head,helmet,tackle} {right,straight,} {into,in} my {back,lower back,spine}",
        "{went,flew,bounced,rolled,thrown,landed} {over,onto,on to,across} the {bonnet,hood,handlebars,bars,"
        "windscreen,windshield}",
        "{went,flew,went flying,bounced,rolled,thrown,landed} {over,onto,on to,across} {a,the,his,her,their}"
        " {car,van,taxi,cab} {bonnet,hood,windscreen,windshield}",
    ),
    "accident": phrases("accident", "accidents", "mishap", "mishaps"),
    "accident_veto": phrases(
        "pants", "shorts", "underwear", "knickers", "trousers", "tights", "bed", "myself", "toilet",
        "loo", "by accident", "little accident", "wee", "pee", "poo", "nappy", "dog", "cat",
        "puppy", "kid", "kids", "toddler", "baby", "potty", "happy accident", "bowels", "bowel", "bladder",
    ),
    # --- fever ------------------------------------------------------------------------------------
    "fever_word": phrases(
        "fever", "fevers", "feverish", "fevery", "fevor", "feaver", "fevre", "febrile", "pyrexia",
        "pyrexial", "high temperature", "high temp", "high temps", "raised temperature",
        "raised temp", "temperature spike", "burning up", "flu", "flu like", "flu ish", "fluey",
        "flulike", "the flu", "{feverish,fevery} and {hot,shivery,cold,sweaty}",
        "{hot,boiling,burning up,sweating} one minute {and,then,} {shaking,shivering} the next",
        "{hot,boiling,burning up,sweating} one minute , {shaking,shivering} the next",
        "{shaking,shivering} one minute {and,then,} {burning up,sweating} the next",
        "{shaking,shivering} one minute , {burning up,sweating} the next",
        "hot and feverish", "glandular fever", "scarlet fever", "hot sweats",
        "{woke,woken,wake,waking,waken} {up,} {drenched,soaked,soaking,dripping,pouring,wet through,"
        "wringing wet} {in,with} sweat", "{drenched,soaked} sheets",
        "{waking,woke,wake,woken} up {wringing wet,drenched,soaked,soaking wet} {most nights,every night,at night}",
        "{sheets,bed} soaked {through,} {in,with} sweat",
        "{temperature,temp,temps,fever} {is,was,has been,keeps,keeps going,went,has gone,"
        "been} {high,up,raised,through the roof,sky high,spiking,rising,going up}",
        "my {temperature,temp,temperatures,temps} {really,very,so,} {high,up,raised,through the roof,sky high,spiking,"
        "rising}",
        "{got,have,had,has,having,with,developed,spiking,spiked,spike,get,getting,"
        "keep getting} {a,a high,a slight,a bit of a,a raised,a big,} {temperature,temp}",
        "{running,run,ran} {a,a high,a slight,a bit of a} {temperature,temp,fever}",
    ),
    "fever_veto": phrases(
        "{a,the,my} {fever,fevr} for {running,trail,trail running,racing,pbs,parkrun,marathons,miles,it,the sport}",
        "hay fevers", "calpol", "on calpol duty",
        "{hay,cabin,marathon,race,spring,running,parkrun,football,disco,gold,christmas,summer,"
        "olympic,world cup,training,ultra,trail,shopping,saturday night} fever",
        "fever {pitch,tree,dream}", "man flu",
        "{after,since,post,recovering from,getting over,got over} {the,my,a,} {flu,fever}",
        "flu {jab,jabs,shot,shots,vaccine,vaccination,vax,injection}", "{got,had,getting} my flu",
    ),
    "shaking": phrases("shaking", "the shakes", "shaky", "trembling", "shuddering"),
    "night_sweats": phrases(
        "night sweats",
        "{soaking,soaked,drenching,drenched} {the,my} {sheets,bed,pillow,pyjamas,pjs,bedding}",
        "{sheets,pillow,pyjamas,pjs,bedding} {soaked,drenched,are soaked,were soaked,soaking,wet through}",
    ),
    "chills": phrases(
        "{hot,boiling,burning up,sweating} then {freezing,cold,shivering,icy}",
        "{freezing,cold} with {shakes,the shakes,shivers,the shivers}",
        "{teeth,my teeth} {are,were,keep} chattering",
        "{feel,feeling,felt} hot and cold",
        "chills", "the chills", "shivers", "the shivers", "shivering", "shivery", "rigors",
        "rigours", "hot and cold", "hot n cold", "hot then cold", "hot and cold sweats", "cold sweats",
        "night sweats", "the sweats", "teeth chattering", "hot sweats",
        "{have,having,got,getting,get,with} {sweats,the sweats,sweats and chills}",
        "shaking uncontrollably", "uncontrollable shaking",
    ),
    "fever_swing": phrases(
        "{roasting,boiling,burning up,sweating} then {freezing,shivering,cold}",
        "{hot,roasting,boiling} one minute {cold,freezing,shivering} the next",
        "{shivering,freezing} under {two,three,the,my,all the} {duvets,duvet,blankets,covers}",
    ),
    "fever_self": phrases(
        "{felt,feel,feeling,feels} {really,very,so,a bit,quite,properly,} {feverish,fevery,fluey}",
        "{shakes,the shakes,shivers,the shivers} and a {temperature,temp,fever}",
        "{im,i am,i feel like,feel like,like} a {furnace,oven,radiator}",
        "{i have,ive,ive got,i got,i have got,ive had,i had,think ive,think i have} {a,} {high,slight,raging,} {fever,temperature,temp}",
        "my body {is,feels,was,felt} {hot,burning,on fire}", "{fever,temperature} since",
    ),
    # "Felt like I'd been hit by a bus": how runners say they ache after a race, not an accident. The words that
    # lead into the simile; it counts only right before the accident's words (matching._TOUCHING), and only
    # after a word of feeling or aching: "like a car hit me yesterday" and "looks like I was hit by a car" are
    # accidents.
    "simile": phrases(
        "{feel,feels,felt,feeling,sore,stiff,aching,achy,wrecked,battered} {,a bit,a little,rather,exactly,just} "
        "{like,as if,as though}",
        "like {being,getting}", "as if", "as though",
    ),
    # After a simile, the writer says it was true: the accident stands (matching._it_happened).
    "it_happened": phrases(
        "{because,cos,coz,cause,as,since} {i,it,one,they,a car,a van,a truck,a bus} {did,was,had,really did}",
        "{it,one,that} {literally,actually,really,genuinely,} did", "{and,but} it did", "i was", "i really was",
        "{it,that} {actually,really,literally} happened", "{thats,that is,which is} what happened", "for real",
        "not a figure of speech", "no joke", "not joking", "literally", "which is fair", "did hit me",
        "{wasnt,werent,isnt} enough",
        "actually hit me", "really hit me", "really did hit",
        "{since,after,in} the {accident,collision}",
    ),
    "happened_when": phrases(
        "yesterday", "last night", "last week", "this morning", "earlier today", "today", "tonight",
        "on {monday,tuesday,wednesday,thursday,friday,saturday,sunday,the way,my way,my run,the crossing}",
        "{at,on} the {lights,crossing,junction,roundabout}", "while crossing", "out of nowhere",
        "{two,three,2,3,a few,few} days ago", "{an,one,two,2,3} hours ago",
    ),
    # The vehicle and what it did, with a word or two of what it was between: "a white van hit me", "my
    # neighbour's pickup truck just knocked me over", "was hit by a speeding car", "got hit by a big 4x4". A
    # bare "pickup" (a surge of pace), "semi" (a semi-final) or "4x4" (four reps of four) is a vehicle only
    # after "hit by": "that last pickup hit me hard", "the 4x4 took me out".
    "road_user": phrases(
        "<vehicle>", "driver", "cyclist", "motorcyclist", "biker", "mountain biker", "skateboarder", "rider",
        "delivery rider", "scooter rider", "motorist", "horse rider", "roadie",
    ),
    "road_user_after_by": phrases("pickup", "pick up", "semi", "4 x 4", "18 wheeler", "articulated lorry", "coach", "horse"),
    # A bus by its route: "clipped by the number 73 bus", "the no. 12 bus hit me" (a number in a gap stops other rules).
    "numbered_vehicle": Regex(
        r"(?:(?:number|no(?: \.)?|route|n) )?\d{1,3}(?: (?![kmx] )[a-z])?"
        r" (?:bus|tram|double decker|night bus|bendy bus)",
        words=frozenset({"bus", "tram", "decker"}),
    ),
    # Someone on or in a vehicle: "hit by some guy on an e-scooter", "knocked down by a lad on a moped", "hit by a
    # woman reversing her car". An article or owner must follow "on" or "in": "bumped by a guy on the bus" is a
    # passenger's jostle, "driving the bin lorry" is not.
    "by_someone_in": Regex(
        rf"(?:{_one_of(_BY_SOMEONE_VERBS)}) by (?:(?:a|an|some|this|that|my|our|two|three|a couple of|a group of"
        rf"|a gang of) )?(?:(?:young|old|mad|crazy|stupid|bloody|random|elderly|drunk) )?(?:{_one_of(_SOMEONE)})"
        r"(?: who (?:was|were))? (?:(?:on|in) (?:a|an|his|her|their)"
        r"(?! (?:bus|tram|train|coach|minibus|double decker)(?![^ ]))"
        r"|(?:riding|driving|reversing) (?:a|an|his|her|their|the))",
        digits=False, words=frozenset({"by"}),
        vocab=frozenset(f"{_BY_SOMEONE_VERBS} {_SOMEONE}".replace(",", " ").split()),
    ),
    "hit_by": phrases(
        "<hit_by_verb> by {a,an,the,some,this,that,my,his,her,their,our,}",
    ),
    "hit_there_by": _hit_there_by("a|an|the|some|this|that|my|his|her|their|our"),
    # A part of a vehicle that hit the runner: "a van's wing mirror caught me", "a car door opened into me",
    # "clipped by a wing mirror".
    "vehicle_part": phrases(
        "{wing,side} {mirror,mirrors}", "<vehicle> {mirror,mirrors,bumper,tow bar,towbar,tailgate,handlebars,pannier}",
        "{cyclist,rider} {pannier,panniers,handlebar,handlebars}",
        "{car,van,taxi,cab,truck,lorry,passenger,drivers,driver,cars,uber,ute,suv,jeep} {door,doors}",
        "{mirror,mirrors,bumper,door,tow bar,towbar,tailgate,handlebar,handlebars,pannier,panniers,trailer} {of,on,from}"
        " {a,an,the,his,her,their,} {passing,reversing,parked,moving,speeding,} {car,van,taxi,cab,truck,lorry,uber,ute,"
        "suv,jeep,bus,motorbike,bike,cyclist,4 x 4}",
    ),
    "part_hit_me": phrases(
        "{,just,then,had,has} got {my <hit_body>,the {back,backs,side} of my <hit_body>,me {in,on} {the,my} <hit_body>}",
        "{,just,then,had,has} {caught,smacked,whacked,thumped,bashed,hit,clipped,struck,knocked,slammed into,"
        "swung into,swung open into,opened into,opened onto,opened on,flew open into,flung open into,smashed into}"
        " {me,my <hit_body>,the {back,backs,side} of my <hit_body>}",
        "{opened,swung open,flew open,flung open,swung} {,right,straight} {into,onto,on,in to} {me,my <hit_body>}",
        "{,right,straight} into {me,my <hit_body>}",
    ),
    # What the runner was hit with: "someone pulling out hit my leg with their car", "knocked my back with his keke".
    "with_vehicle": phrases("with {his,her,their,its} <vehicle>"),
    "hit_by_a": phrases("<hit_by_verb> by {a,an,some}"),
    "and_hit_me": phrases(
        "{and,then,before} {,just,then} {hit,knocked,clipped,struck,ran over,smashed into,ploughed into,slammed into,"
        "rammed into,rammed,grazed,side swiped,sideswiped} me",
        "{and,then,before} {,just,then} {knocked me over,knocked me down,ran me over,sent me flying,knocked me flat}",
    ),
    "and_took_me_out": phrases("{and,then} {,just,literally,completely} took me out"),
    "took_me_out": phrases("{,just,literally,actually,has,had} took me out"),
    "hit_me_by": phrases(
        "{,has,had,then,did,just,literally,actually,has just,had just,then just} {hit,knocked,struck,clipped,hits,"
        "knocked down,knocked over,ran over,mowed down,sideswiped,bumped} me",
        "{,has,had,then,just,literally,actually,has just,had just} {<ran_into_me>,smashed into me,ran into me,"
        "rolled into me,rolled back into me,smacked into me,dashed me,jammed me,jam me}",
        "did {knock me over,knock me down,hit me,clip me,run me over,knock me flying}",
        "{,has,had,then,just,literally,actually} {hit,clipped,struck,caught,ran over,knocked,bumped} my <hit_body>",
        "{,has,had,then,just,literally,actually} {went,drove,rode,reversed,backed,veered,swerved}"
        " {,straight,right} into me",
        "{,has,had,then,just,literally,actually} {went,drove,rode,reversed,backed,veered,swerved}"
        " {,straight,right} into my <hit_body>",
        "{straight,right} into my <hit_body>",
    ),
    "cost_hit": Regex(
        r"(?:hit|hits|stung|charged|rinsed|fleeced) me (?:(?:for|with) (?:[^ ]+ ){0,3}?(?:quid|pounds?|dollars?|bucks"
        r"|fiver|tenner|score|grand|banter|thumbs|beep|toot|honk|whistle|cheer|grin|nod|shout|abuse|insults?|comments?"
        r"|analog(?:y|ies)|metaphors?|comparisons?|puns?|references?|memes?"
        r"|remarks?|compliments?|euros?|fares?|bills?|charges?|fees?|surge|surcharge|prices?|rating|lecture|line|question"
        r"|speech|talk|penalty|fines?|ticket|chat|news|jingle|cloud|fumes|smell|story|joke|smile|wave|look|stare|request"
        r"|invoice|plans?|reps|sessions?|workouts?|intervals|tempo|hills|drills|programme|program|schedule|homework"
        r"|advice|tips?|facts|stats|truth)"
        r"|for \d[^ ]* (?:quid|pounds?|dollars?|bucks|euros?|rand|naira|rupees|to|from|each|return))",
        digits=False, words=frozenset({"hit", "hits", "stung", "charged", "rinsed", "fleeced"}),
    ),
    # What a passer-by threw or gave: "hit by a kid on a bike with a water pistol", "a lad in a van with a wolf whistle"
    # ("bomb" is read as a typed "bum": "water bum").
    "thrown_at": phrases(
        "with {a,an,the,his,her,their,some,} {water pistol,water gun,super soaker,squirt gun,snowball,snowballs,"
        "water balloon,balloon,balloons,egg,eggs,nerf,nerf gun,nerf dart,dart,darts,flyer,flyers,leaflet,leaflets,"
        "wolf whistle,whistle,stone,stones,pebble,conker,conkers,pea shooter,spray,hose,hosepipe,bucket of water,"
        "flour,frisbee,ball,football,tennis ball,cup of water,drink,bottle of water,compliment,hug,high five,discount,"
        "water bomb,water bombs,water bum,water bums,milkshake,comment,comments,sexist comment,remark,insult,"
        "abuse,shout,coffee,rucksack,backpack,bag,umbrella}",
    ),
    # "Struck by" someone admired, "taken out" for a ride: "struck by a lady on a mobility scooter doing parkrun, so
    # inspiring", "taken out by a neighbour in his car for a recce of the route".
    "admired_or_taken": phrases(
        "{inspiring,inspired,inspirational,impressive,impressed,amazing,incredible,respect,admirable,fair play,legend,"
        "hero,hats off,kudos,chapeau,what a machine,what an athlete,so kind,how kind,so lovely,so sweet,cheer me on,"
        "cheered me on,cheering me on,bless,kindness}",
        "for {a,an,some,} {recce,drive,spin,ride,lift,meal,dinner,lunch,breakfast,coffee,pint,pints,drink,drinks,curry,"
        "tour,look,test drive}",
        "to the {start,start line,race,race start,station,finish,parkrun,airport,track,trail head,trailhead,venue,expo,"
        "pub,shops}",
    ),
    "seen_it": phrases("saw", "seen", "see", "witnessed", "watched", "on the news"),
    "no_collision": phrases(
        "{struggle,fatigue,hunger,tired,tiredness,sleepy,sleepiness,sleep,exhaustion,bonk,emotional,emotions,"
        "emotion,feels,doms,lactic,lactate,hangover,jet lag,taper,tantrum,nerves,reality,karma,regret,nap,"
        "food coma} {bus,truck,train,lorry}", "the {pain,hurt,cramp} {bus,truck,train,lorry}",
        "{cyclist,cycling,biker,bike,running,driver} {mates,friends,buddies,pals}",
        "{exercise,spin,turbo,stationary,gym,assault,air} bike",
        "struck me as {a,an,odd,weird,strange,funny,rude,kind,friendly,nice,really,very,quite,pretty,being,someone,the,"
        "slightly,a bit}", "struck me that",
        "hit me up {on insta,on instagram,on facebook,on strava,on whatsapp,on twitter,on messenger,on snapchat,"
        "on tiktok,on here,about,asking,to ask,for a,with a message,with a text}", "rather {a,the}",
        "{smell,diesel,wind,spray,draft,draught,gust,noise,fumes,exhaust,air,wake,splash,puddle,water,heat,dust} "
        "{from,off,of} {the,a,that} {,passing}",
        "what if", "in case", "imagine if", "even if", "if ever", "if i ever", "if i get", "if you get",
        "{it,that,reality} {,really,suddenly,finally,just,only} {hit,struck} me {how,that,just how,what,quite how}",
        "{that,it,this} {really,honestly,properly,truly,deeply,genuinely} {hit,struck} me", "{honestly,genuinely} it hit me",
        "hit me {emotionally,hard emotionally,in the feels,right in the feels,in the heart,right in the heart}",
        "{what happens,what would happen,what do i do,what should i do} if",
    ),
    # A worry, not a simile's "as if": "if a bus ever hit me I'd never run again".
    # A fear or a dream of it: "I'd hate to be hit on the crossing by a van", "in my dream I was hit by a bus".
    "feared": phrases(
        "{hate,dread,dreading} {to be,being,getting}", "{in my,had a,a bad,a weird,in a} {dream,nightmare}",
        "{dreamt,dreamed,dreamed that,dreamt that}",
        "{afraid,scared,terrified,frightened,worried,paranoid} {of,about,that,} {being,getting,a,the,some}",
    ),
    # Where a door or a bike at home, or in the wind, did it: "the car door caught me in the wind", "my son's scooter
    # clipped my ankle in the hall".
    "not_on_the_road": phrases(
        "{in,caught by} the wind", "{gust,gust of wind}", "{getting,got,climbing,climbed} {in,out,into,out of}",
    ),
    "at_home": phrases("in the {kitchen,hall,hallway,house,living room,lounge,bedroom}", "at home", "indoors"),
    "if_a_vehicle": Regex(
        rf"(?<!as )(?<!though )if (?:a|the|some) (?:{_one_of(MACROS['vehicle'][1:-1])})"
        r" (?:hit|hits|knocked|knocks|ran|runs|clipped|clips|ever)",
        digits=False, words=frozenset({"if"}),
    ),
    # Someone drove into the runner: "someone" is not a witness here.
    "hit_me": phrases(
        "{a,the} {car,van,bus,truck,lorry,cyclist,motorbike,taxi,scooter,pickup,pickup truck,motorcycle,tractor,jeep,"
        "driver} {hit,knocked,"
        "struck,ran over,knocked down,knocked over,hits,did hit} me",
        "{a,the,} <vehicle> {has,had,} <ran_into_me>",
        "{a,the,in a,neighbours,my neighbours,his,her} {,black,white,red,silver,grey,big,huge} {pickup,pick up,semi} "
        "{has,had,} {ran me over,reversed into me,backed into me,clipped me,drove into me,crashed into me,slammed into me,"
        "ploughed into me,drove over me,ran over my foot,ran over my leg,hit me,knocked me down}",
        "hit me with {their,his,her,a,the} {car,van,truck,lorry,bike,taxi,cab,motorbike,scooter}",
        "{a,the} {cyclist,bike} {crashed into me,ploughed into me,slammed into me}",
        "{was,been,were,got} in a {crash,car crash,road accident,collision,pile up,rta,head on collision,motorbike crash,"
        "bike crash,traffic accident}", "hit and run", "hit n run",
        "{went,drove,ploughed,slammed,crashed,ran,smashed} into the back of {us,me,my car,our car,my bike}",
        "{car,cars,the car} {is,was,} a write off", "car {was,got} written off",
        "{hit,struck,whacked} me {across,in,on} {the,my} back with a {bat,stick,pole,club,bar,pipe,brick,bottle}",
    ),
    "cold_ctx": phrases(
        "cold", "freezing", "frozen", "frostbite", "icy", "ice", "iced", "icing", "ice pack",
        "ice bath", "icebath", "snow", "snowing", "chilly", "winter", "rain", "raining", "wet",
        "wind", "windy", "sea", "swim", "cold water", "rained", "soaked to the skin", "{soaked,drenched} by the rain",
        "gave me the chills", "gave me chills",
        "down my spine", "spine tingling", "goosebumps", "gave me {the,} shivers", "sent shivers",
        "jacket", "coat", "layers", "forgot my", "post race", "after the race", "watching", "inspiring",
        "weather",
    ),
    "cold_cause": phrases(
        "{from,in,with,because of,due to,by} the {cold,snow,rain,wind,frost,ice,sea}",
        "{from,with} cold",
        "{cold,freezing,icy,wet,snowy,frosty,chilly,windy} {weather,morning,day,night,run,water,"
        "wind,out,outside,start,hands,fingers}", "freezing", "frozen", "frostbite", "ice bath",
        "icebath", "ice pack", "icing", "snow", "snowing", "winter", "so cold", "too cold", "cold shower",
        "cold showers", "cold plunge",
        "{was,its,it was,it is} cold", "cold out", "minus", "sea", "swim", "swimming", "cold water",
        "gloves", "windchill", "wind chill", "from the wind", "goosebumps", "spine tingling",
        "down my spine",
    ),
    "sweat": phrases(
        "sweat", "sweats", "sweating", "sweaty", "drenched", "soaked", "soaking", "sweated",
    ),
    "in_the_night": phrases(
        "at night", "in the night", "during the night", "overnight", "every night", "all night",
        "most nights", "at nighttime", "at night time", "nighttime", "night time",
        "through the night", "in the middle of the night", "in the early hours", "when i sleep",
        "when im sleeping", "in my sleep", "at bedtime", "nights", "the sheets", "sheets",
        "at {1,2,3,4,5} am", "while asleep", "while i sleep", "in bed at night",
        "whole night", "the whole night", "full night", "all the night",
    ),
    # Lying down only counts with a strong word: "sore in bed after the long run" is not night pain.
    "in_bed": phrases("in bed", "lying in bed", "on my back in bed"),
    "lying": phrases(
        "when i lie down", "when lying down", "lying down", "lying flat", "when i lay down",
        "laying down", "when i go to bed", "when i get into bed", "when i lie flat", "lie down",
        "lay down", "to lie down",
    ),
    "severe": phrases(
        "worse", "worst", "much worse", "way worse", "unbearable", "the worst", "terrible", "awful",
        "intense", "severe", "kills", "killing", "agony", "excruciating", "hurts more",
        "more painful", "horrendous", "so bad", "really bad",
    ),
    "unwell": phrases(
        "unwell",
        "{very,really,properly,extremely,seriously,terribly,quite,so,super,awfully,"
        "incredibly} {ill,poorly}", "{feel,feeling,felt,feels} like death",
        "{feel,feeling,felt} {awful,terrible,dreadful} all over",
    ),
    "temp_word": phrases(
        "fever", "feverish", "temperature", "temperatures", "temp", "temps", "body temp",
        "body temperature", "thermometer", "temp of", "temperature of", "fever of", "fever is",
        "fever was",
    ),
    "num_c": Regex(rf"{_NUM_C}"),
    "num_f": Regex(rf"{_NUM_F}"),
    "unit_c": phrases(
        "c", "celsius", "centigrade", "deg", "deg c", "degrees", "degree", "degrees c",
        "degrees celsius", "degs", "degreees",
    ),
    "unit_f": phrases(
        "f", "fahrenheit", "deg f", "degrees f", "degrees fahrenheit", "degrees", "degree", "deg",
    ),
    "weather": phrases(
        "heat", "hot", "outside", "weather", "sun", "sunny", "humid", "humidity", "heatwave",
        "summer", "shade", "sunshine", "it was", "its", "it is", "out there", "air", "forecast",
        "day", "afternoon", "in the", "climate", "holiday", "spain", "dubai", "ran in", "run in",
        "running in", "water", "pool", "sauna", "bath", "oven", "today", "yesterday", "tomorrow",
        "this week", "hottest", "texas", "shade", "outdoors", "heating", "radiator", "radiators", "duvet",
        "hot room", "aircon", "air con", "air conditioning",
    ),
    # --- weight -----------------------------------------------------------------------------------
    "weight_loss": phrases(
        "{another,a further} {kilo,kg,pound,lb,couple of kilos,two kilos,few pounds,few kilos} {this week,off,gone,"
        "down,lost,this month}",
        "{clothes,trousers,jeans,everything} {are,is,} {hanging,falling} off me",
        "{becoming,getting,gone,going,growing,become,got} {so,very,too,really,} {thin,thinner,skinny,skinnier}",
        "{gone down,dropped,down} {two,2,a,three,3} dress {sizes,size}",
        "{my weights,weights} {dropped,gone down,fallen,come down,dropping}",
        "{don lose,done lose} weight",
        "my weight {decreased,decreases,is decreasing,has decreased,reduced,has reduced,is reducing}",
        "{scales,the scales,scale} {keep,keeps,kept,are,is} {going down,dropping,falling,going lower}",
        "{weight,my weight} {reduced,dropped,fell,went down,has dropped,has gone down} by",
        "{losing,lost} weight {i,that i} {cant,can not,cannot}",
        "{lost,losing,lose,loss of,dropped,dropping,shed,shedding,lost a lot of,lost loads of,"
        "lost lots of,losing a lot of,dropped a lot of,lost so much,losing so much,lost some,"
        "lost quite a bit of} weight", "weight loss", "weightloss",
        "{weight,weights,the weight} {is,keeps,has been,has,} {just,} {dropping,falling,fallin,going down,"
        "coming off,falling off,dropped,dropped off}",
        "{lost,dropped,shed,down,losing} {nearly,near,almost,about,around,over,more than,} {a stone,"
        "half a stone,a few pounds,a few kilos,"
        "a dress size,two stone}", "weight is falling off me",
        "lost {two,three,four,five,six,seven,eight,nine,ten,twelve} {kilos,kilo,kg,pounds,lbs,stone}",
        "{wait,weigth,wieght} loss", "{gone,go,went,had to go} down {two,2,three,3} sizes",
        "{weight,weight is} going down",
        "{getting,got,gotten,growing,going} {thinner,skinnier,skinny,thin}", "wasting away", "wt loss",
        "{weight,my weight} {go,goes,going,went} down",
        "{weight,my weight} {has,} {gone,come} down",
        "{clothes,trousers,jeans,belt} {getting,are getting,feel,are,got} {loose,looser,baggy,too big}",
        "{clothes,trousers,jeans,shorts,everything} {are,is,keep,have been} {loose,looser,"
        "falling off me,hanging off me,baggy,swimming on me}",
        "scales {say,show,says,shows,said} {ive,i have,im,i am,} {lost,down,losing,dropped}",
        "{lost,dropped,shed,losing} {loads,a lot,so much,heaps,tons,a ton} {on the scales,}",
        "{troosers,trousers,jeans,clothes,pants,belt} {are,is,keep} {falling,fallin} {off,down} {me,}",
        "my weight {drop,drops,dropped,is dropping,has dropped}",
    ),
    "weight_num": Regex(
        r"(?:lost|dropped|shed|down|losing|dropping|lose|loss of|reduced|reducing) "
        r"(?:about |around |nearly |almost |over |like |roughly |a good |another |more than )?"
        r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) ?"
        r"(?:kg|kgs|kilo|kilos|kilograms|lbs|lb|pounds|pound|stone|st)"
        r"|\d+(?:\.\d+)? ?(?:kg|kgs|kilo|kilos|kilograms|lbs|lb|pounds|stone) (?:lighter|less|down)"
        r"|\d+(?:\.\d+)? ?(?:%|percent|per cent) (?:of )?(?:my )?(?:body ?)?weight",
        digits=False,  # "lost about six kilos"
    ),
    # Eating as usual, no diet, not trying: what makes a weight loss unexplained wherever it is said.
    "unintended_diet": phrases(
        "{not,havent,have not,not been,im not,i am not} {been,} trying to lose {anything,weight,it,any}",
        "{not,im not,i am not,i havent been} doing anything different",
        "no {change,changes} {to,in} {training,food,diet,my diet,my training,what i eat,my food,eating}",
        "same appetite",
        "{no dey,i no dey} {diet,dieting}",
        "{eat,eating,i eat,im eating,been eating} {the same,same,same same,same as usual,as usual,normally,normal,"
        "as always,the same as always,the same as ever,more,way more,much more,loads,plenty,like a horse}",
        "no diet", "not dieting", "without {dieting,trying,diet,any diet}", "{not,im not,wasnt,havent been} trying",
        "appetite {is,has been,} {same,the same,normal,fine,unchanged,as usual,as it always was,as always}",
        "{reason,cause} {is,} {unknown,a mystery}", "{no,havent,have not} changed {my diet,what i eat,anything}",
        "unexplained", "unintentional", "unintentionally", "not on purpose",
    ),
    "unintended": phrases(
        "{not,im not,i am not,i havent been} doing anything different",
        "no {change,changes} {to,in} {training,food,diet,my diet,my training,what i eat,my food,eating}",
        "same appetite",
        "not {training,running,exercising} more",
        "{no dey,i no dey,not} {diet,dieting}", "{havent,have not,hasnt,not,never} been {dieting,on a diet}",
        "without {any,} effort {on my part,}",
        "appetite {is,has been,} {as it always was,as always,as usual,as normal,as before,unchanged}",
        "{eating,eat,i eat,been eating,im eating} {way,much,a lot,loads,even} more",
        "{reason,cause} {is,} {unknown,a mystery}",
        "no change in {diet,training,my diet,my training,what i eat}",
        "{eat,eating,i eat} {the,} same as {usual,always,normal,ever}",
        "{i,} {didnt,did not} mean to",
        "mileage {hasnt,has not,hasn t} changed",
        "{cant,can not,cannot,couldnt} account for", "{not,wasnt,not even} trying",
        "{no idea,dont know,not sure,no clue} {how,why}",
        "even though {ive,i have,im,i am} {cut,reduced,dropped,cut back,cut down,running less,eating}",
        "no diet",
        "appetite {same,the same,normal,fine,unchanged,is the same,is fine,is normal,as usual}",
        "without trying", "{havent,have not,not,didnt} {increased,upped,changed} my {mileage,training,miles,diet}",
        "without {making,doing,going on} {a,any,} diet", "eating more than ever", "{not,havent} been trying",
        "{not,wasnt,werent,havent been,not been,im not,i am not,am not,not even} trying",
        "{im no,no,nae,im nae} even trying",
        "not dieting", "{not,im not,havent been} on a diet", "havent changed my {diet,eating}",
        "no reason", "for no reason", "dont know why", "no idea why", "cant explain", "unexplained",
        "without {any,a,} reason", "without any cause",
        "unintentional", "unintentionally", "unintended", "not intentional", "not intentionally",
        "not on purpose",
        "eating {normally,normal,the same,more,loads,plenty,as usual,like normal,properly,well}",
        "without {try,trying to}", "without to want {it,}", "{not,im not,havent been} on {a,any} diet", "{lost,losing} my appetite",
        "no appetite", "off my food", "{eat,eating} like a horse", "somehow", "without changing anything",
        "mysteriously", "by itself", "on its own", "not meant to", "without meaning to",
        "without dieting", "even though im eating", "despite eating", "not sure why",
        "without even trying", "out of nowhere", "worried about", "not trying to", "no explanation",
        "unexpectedly", "strange", "weird",
        "{havent,have not,not} changed {anything,a thing,my diet,what i eat}",
        "{running,training,doing,eating} {less,the same,no more}", "less than before",
        "{without,with no,without any} {dieting,diet,diets,trying}", "never diet", "{dont,didnt,do not,did not} try",
        "{eat,eating,i eat} {normal,normally,same same,the same,same as before,as before}",
        "{no been,not been,havent been,wasnt} {tryin,trying}", "without more training",
    ),
    # --- cancer -----------------------------------------------------------------------------------
    "cancer_short": phrases(
        "{ca,cancer} {prostate,breast,bowel,lung,colon,kidney}", "{prostate,breast,bowel,lung,colon,kidney} ca",
        "{hx,history} of ca",
    ),
    "cancer": phrases(
        "cancer", "cancers", "cancerous", "tumour", "tumor", "tumours", "tumors", "lymphoma",
        "leukaemia", "leukemia", "myeloma", "melanoma", "carcinoma", "sarcoma", "metastases",
        "metastasis", "metastatic", "secondaries", "secondary cancer", "malignant", "malignancy",
        "oncologist", "chemo", "chemotherapy", "radiotherapy", "radiation therapy",
        "radiation treatment", "mastectomy", "lumpectomy", "prostatectomy", "the big c", "hodgkins",
        "hodgkin", "in remission", "big c survivor", "beat {the,} big c", "tamoxifen", "letrozole",
        "anastrozole", "chemo therapy",
        "{breast,prostate,lung,bowel,skin,bone,kidney,ovarian,cervical,blood,thyroid,pancreatic,"
        "stomach,testicular,womb,uterine,colon,bladder,liver,brain,spinal,throat,oesophageal,"
        "mouth} cancer",
    ),
    "oncology": phrases("oncology"),
    "oncology_work": phrases(
        "{work,works,worked,working,nurse,nursing,job} {in,on} {oncology,an oncology ward,the oncology ward}",
        "{im,i am,i was,as} an oncology {nurse,doctor,pharmacist,physio,radiographer,researcher,scientist}",
        "{im,i am,i was,as} a {nurse,doctor,pharmacist,physio,radiographer,researcher,scientist,porter,"
        "volunteer} {on,in}"
        " {the,an,} oncology", "{shift,shifts,night shift,day shift,late shift} {in,on} oncology",
    ),
    "cancer_veto": phrases(
        "research", "charity", "charities", "awareness", "race for life", "macmillan",
        "marie curie", "documentary", "film", "programme", "program", "show",
        "{running,run,ran,race,racing,raced,walk,walking,jog,jogging,cycling,swim,miles,km,it,"
        "this} for cancer", "fundraiser", "fundraising", "raising money", "raise money", "sponsor",
        "sponsored", "in memory", "in aid", "relay", "relay for life", "cancer uk",
        "cancer society", "cancer trust", "cancer foundation", "cancer support", "worried", "worry",
        "worrying", "scared", "afraid", "fear", "fears", "terrified", "paranoid", "could it be",
        "is it", "might be", "could be", "maybe", "googled", "google", "rule out", "ruled out",
        "check for", "checked for", "screening", "screen", "tested for", "test for", "scan for",
        "risk", "prevent", "prevention", "cure", "star sign", "zodiac", "horoscope", "donate",
        "donated", "hope", "hoping", "what if", "whether", "symptoms of", "sign of", "signs of",
        "fun run", "tutu", "pink",
    ),
    # --- night and constant pain ------------------------------------------------------------------
    "night_pain_word": phrases(
        "pain", "pains", "painful", "hurt", "hurts", "hurting", "agony", "worse", "worst",
        "much worse", "unbearable", "the worst", "terrible", "awful", "intense", "severe", "kills",
        "killing", "ache", "aches", "aching", "throbbing", "throbs", "sore", "excruciating",
        "throb",
    ),
    "makes_worse": phrases(
        "makes {it,the pain,my back} {worse,hurt,throb,ache,agony,unbearable,more painful,scream}",
        "{is,was} {agony,unbearable,impossible,torture,the worst}",
    ),
    "relief": phrases(
        "eases", "eased", "ease", "better", "relieves", "relieved", "relief", "helps", "helped",
        "easier", "improves", "improved", "settles", "settled", "goes away", "fine", "disappears",
        "comfortable", "comfy", "good", "less",
    ),
    "pain_subj": phrases(
        "pain", "pains", "ache", "back", "it", "this", "sciatica", "spasms", "spasm", "hurt",
        "hurting", "agony", "back pain", "my back", "throbbing",
    ),
    "lie_more": phrases(
        "{hurt,hurts,pain,painful,worse,aches} more when {lying,lying down,i lie,i lie down,laying,laying down}",
        "{lying,lying down} {no,doesnt,does not,is no} help", "{the,} rest does nothing",
    ),
    "wake_me": phrases(
        "{still,it still,that still,and still} {wakes,woke} me {up,}",
        "{wakes,woke,waking,wake,woken,keeps waking,kept waking,is waking,has woken,wakening,"
        "wakens} me {up,}", "{keeps,keeping,kept} me {awake,up at night,up all night}",
    ),
    "no_wake": phrases(
        "{doesnt,dont,didnt,does not,do not,did not,never,isnt,wont,not} {wake,waking,woken,wakes,"
        "keep,keeping} me",
    ),
    "wake_phr": phrases(
        "{doesnt,does not} matter {if,whether,how} {im,i am,i} {on my side,on my back,lying,lie,sitting,sit}",
        "{at me,with me} all night", "up all night {with,wi} {it,the pain,my back,the back,the ache}",
        "{cant,couldnt} lie {any way,in any position,any position,whichever way,however i lie}",
        "{any,every,each} position {same,the same,is the same,no different,doesnt help,no help}",
        "{cant,couldnt} get {comfy,comfortable} in any position",
        "{pain,it,ache,back} {is,was,has been} unremitting", "unremitting {pain,ache,back pain}",
        "{pain,it,ache} {is,was} not relieved by {rest,recumbency,lying down,lying,position,changing position}",
        "{doesnt,dont,wont,never} ease {whatever,whichever,in any,any} {position,way i lie,i do}",
        "{hurts,pain is,pains,its,it is,it hurts,aches,ache is} {the same,no different,no better} whether i {rest,move,"
        "lie down,sit,sleep} or {not,move,rest,walk}",
        "{up,awake,wide awake,lying awake,woken up,woke up} {every night,most nights,each night,nightly} at {1,2,3,4,5}"
        " {am,} {with,wi} {it,the pain,my back,the back,pain,the ache}",
        "{up,awake,wide awake,lying awake,woken up,woke up} at {1,2,3,4,5} {am,} {every night,most nights,each night,"
        "nightly} {with,wi} {it,the pain,my back,the back,pain,the ache}",
        "{up,awake,wide awake,lying awake,woken up,woke up} at {1,2,3,4,5} {am,} {with,wi} {it,the pain,"
        "my back,the back,"
        "pain,the ache} {every night,most nights,each night,nightly}",
        "{there,the same,no better,still there} {whatever,whichever,any,every} way i {lie,sleep,turn,lay}",
        "up {all,half} the night {with,wi} {it,the pain,my back}",
        "worse in the small hours",
        "{not had,havent had,not had a,havent had a,not had an,havent had an,never have an,no} unbroken night",
        "worse when i {retire,turn in,go up} to bed",
        "{no,nothing,no position,no way of lying,no way to lie,no way i lie} {eases,helps,relieves,shifts,touches} it",
        "unchanged by {rest,position,rest or position,lying down,rest and position,changing position}",
        "{worse,is worse,gets worse,getting worse} {after dark,at night than,in the night than}",
        "woken {up,} by {the,my} {pain,back,back pain,ache,it,agony}",
        "{waking,wake,woke,woken} up {in,with} {pain,agony,the pain,back pain,terrible pain}",
        "{wakes,woke,waking,keeps waking} me {up,} {at night,in the night,every night,"
        "during the night,most nights}", "up all night {with,because of} {the,my,} {pain,back}",
        "{wakes,woke,waking,keeps waking} me {up,} every {hour,couple of hours,couple hours,"
        "few hours,two hours}", "night pain", "night pains",
        "{woke,wake,waking,woken} {up,} every night {this week,} {from,with,because of} {the,my} {back,pain,"
        "back pain}",
    ),
    "no_sleep": phrases(
        "<cant> sleep", "{cant,couldnt} get to sleep", "{hard,difficult,impossible} to sleep",
        "no sleep", "{cant,couldnt} get {any,} sleep", "{losing,lost} sleep",
    ),
    "no_sleep_veto": phrases(
        "caffeine", "coffee", "excited", "excitement", "nervous", "nerves", "race tomorrow",
        "anxiety", "anxious", "baby", "kids", "noise", "hot", "heat",
    ),
    "lie_phr": phrases(
        "{the bed,bed,lying in bed,being in bed} {makes,made} it {worse,much worse,so much worse}",
        "{cant,cannot,couldnt} get {comfy,comfortable} however i {lay,lie,lie down,turn,turned,position myself,lay down}",
        "{cant,cannot,couldnt} find any {comfortable,comfy} position",
        "{cant,cannot,couldnt} get comfy {in bed,lying down,at night}",
        "<cant> {lie,lay} {down,flat,on my back,on my side,in bed,still}",
        "rest {makes,make,made} no difference to {the pain,my back,the back,it,my pain}",
        "resting {doesnt,dont,does not,didnt} help {the pain,my back,it,}",
        "{cant,cannot,couldnt} get {comfy,comfortable} {in bed,lying down,at night,} no matter "
        "{what,how,which way}",
        "{lying,laying} {down,flat} {is,makes it} {agony,impossible,unbearable,worse,painful,"
        "excruciating}", "{cant,cannot,couldnt} get comfortable",
        "no position {helps,is comfortable,eases it,works,is ok}",
        "{worse,hurts more,more painful,agony,bad,sore} {when i lie down,when lying down,lying down,"
        "when i lie,lying,laying down,in bed,lying in bed,when i go to bed} {and,but,} {better,eased,"
        "easier,fine,ok,okay,eases} {when up,up,up and about,once im up,once up,when i get up,moving,"
        "when moving,when i move,walking around,on my feet,once i get moving}",
        "{every,any} position {hurts,is painful,is agony}",
        "nothing {eases,helps,relieves,takes away} {it,the pain,my back}",
        "nothing {makes,made} {it,the pain,my back} {better,any better,go away,ease,easier}",
        "not even {lying still,resting,lying down,sitting still,rest}",
        "no position {that,which} {doesnt,does not} {hurt,ache}",
        "{doesnt,dont,wont,does not} {get,feel} better {with,when i,after,when} {rest,resting,"
        "lying down,lie down}",
        "{rest,resting,lying down} {doesnt,does not,dont,wont} make {it,any,the pain} {better,"
        "difference,any difference}",
        "{rest,resting,lying down,painkillers,changing position,moving} {doesnt,does not,dont,"
        "wont,isnt,is not} {help,helping,ease it,ease,relieve it,make a difference,"
        "make any difference,touching it,touch it}",
        "not {eased,relieved,helped} by {rest,resting,lying down,anything}",
        "{doesnt,dont,wont} {ease,settle,go away,ease off,improve} {with,when i,when resting,"
        "after} {rest,resting}", "{even,also} {at,when} rest", "worse {at,when} rest",
        "when {resting,im resting,i rest}", "even when {resting,lying down,im lying down}",
        "even {resting,at rest,when i rest,lying still,sitting still}",
        "hurts even {at rest,when resting,lying down,when lying down,when i rest,when im resting}",
    ),
    "constant": phrases(
        "non mechanical",
        "constant", "constantly", "continuous", "continuously", "continual", "24 7", "24 / 7",
        "all the time", "nonstop", "non stop", "never stops", "never goes away", "doesnt go away",
        "does not go away", "doesnt stop", "wont go away", "wont stop", "always there",
        "never eases", "never lets up", "doesnt let up", "unrelenting", "relentless", "day and night",
        "never {leaves,stops} me",
        "at it all the time",
        "night and day", "no let up",
        "day and night", "night and day", "round the clock", "all day and all night",
        "every minute",
    ),
    "constant_it": phrases(
        "{its,it is} {just,} there {all the time,day and night,night and day,24 7,24 / 7}",
        "{its,it is,it has been,its been,the pain is,pain is} {constant,continuous,nonstop,"
        "non stop,there all the time,always there,there constantly,unrelenting,relentless}",
        "it {never stops,never goes away,doesnt go away,doesnt stop,wont go away,wont stop,"
        "never eases,never lets up,hurts constantly,aches constantly,is there 24 7,is there 24 / 7}",
        "{its,it is,its been,it has been} there {day and night,all the time,24 7,24 / 7,constantly,"
        "non stop,night and day}",
    ),
    "activity": phrases(
        "when i run", "when running", "during runs", "on runs", "after runs", "after running",
        "after a run", "while running", "when i jog", "when jogging", "on my runs",
        "during my runs", "after my runs", "on long runs", "after long runs", "when im running",
        "during a run", "on a run", "mid run",
    ),
    # --- upper back, lumps ------------------------------------------------------------------------
    "thoracic_said": phrases(
        "{its,it is,its also,it is also} {mid back,upper back,midback,between my shoulder blades} {as well,too,also}",
        "{mid back,middle back,upper back,midback} {is,} {killing,killing me,murdering me,in agony,agony}",
        "{its moved,it has moved,its gone,its travelled} {up,} {in,into,to} my {upper,mid,middle} back",
        "{its been,it has been} in my {upper,mid,middle} back since",
    ),
    "thoracic_strong": phrases(
        "between {my,the,} shoulder {blades,blade}", "between {my,the,} shoulders",
        "{under,below,beneath,behind,around,near,by} {my,the} <lr> shoulder {blade,blades}",
        "{my,the} thoracic {area,region} {not,rather than,instead of} {my,the,} {low,lower} back",
        "{at,around} rib level", "at the level of my ribs", "omoplates", "omoplate", "{at,around} {bra,bra strap} level",
        "between my two shoulder {blades,blade}", "mid thoracic", "mid-thoracic", "thoracic spine",
    ),
    "thoracic": phrases(
        "{between,in between} {my,the} shoulder {bones,bone}",
        "shoulder blade", "shoulder blades", "shoulderblade", "shoulderblades", "upper back",
        "mid back", "midback", "middle back",
        "middle of my back", "middle of the back", "middle of back", "mid {part,section} of my back",
        "top of my back", "thoracic", "thoracic spine", "upper spine", "mid spine",
        "middle of my spine", "upper part of my back", "t spine", "upper lumbar",
        "rib cage at the back", "ribs at the back",
    ),
    "retention": Regex(
        r"\b(?:bursting|busting)(?: (?:since (?:this )?\w+|for (?:hours|ages|a (?:wee|pee))|all (?:day|morning|night"
        r"|the time)))?(?: ,)? (?:and|but) (?:(?:i )?(?:just )?(?:cant|cannot|couldnt) (?:actually )?(?:go|wee|pee)"
        r"|it (?:just |still )?(?:wont|doesnt|will not|does not) come(?: out)?|nothing (?:comes|came|will come))\b",
        digits=False, words=frozenset({"bursting", "busting"}),
    ),
    "urine_red": Regex(
        r"\b(?:wee|pee|urine|piss|wees|pees)(?: (?:afterwards|after|and|again|this|that|morning|evening|afternoon"
        r"|today|tonight|yesterday|last|night|still|earlier|later|first|now|too|also|since|just|all|day|the"
        r"|sometimes|lately|recently|every|time)){0,6} (?:is|was|looks|looked|came out|comes out|turned"
        r"|has been|is still|was still)(?: (?:a|really|very|quite|bit|all|still|properly|like|,))* (?:dark red|bright red"
        r"|blood red|red|reddish|pink|brown|dark brown|cola coloured)"
        r"(?=$| [.,!?;]| (?:and|again|today|this|still|now|too|since|coloured|colored|ish|back|pain|\d+)\b)",
        digits=False, words=frozenset({"wee", "pee", "urine", "piss", "wees", "pees"}),
    ),  # "my wee afterwards and again this morning is dark red": the colour said of it, a few small words on
    "pain_to_num": Regex(
        r"\b(?:(?:makes?|making|made|sends?|sent|takes?|took) it(?: up)?(?: to)?|(?:goes|went|jumps?|jumped|shoots?"
        r"|shot|spikes?|spiked|rockets?|rocketed) (?:up )?to) (?:a |an )?(?:[5-9]|10)\b(?! \d)"
        r"(?! (?:k|km|kms|mi|mile|miles|min|mins|minute|minutes|sec|secs|s|am|pm|x|percent|degrees|weeks?|days?"
        r"|hours?|hrs?|months?|years?|times|laps?|reps?|today|tonight|yesterday|mph|kph|pace)\b)"
        r"|\b(?:[5-9]|10)(?= (?:every time|everytime|each time|whenever|when) (?:i |you )?(?:cough|sneez|strain))"
    ),  # "coughing makes it 8", "9 every time i cough": the pain a cough brings, as a number
    "thoracic_level": Regex(r"t (?:[3-9]|1[0-2])(?! (?:k|km|kms|mi|mile|miles|m)\b)",
                            words=frozenset({"t"})),  # "over T6 to T8"; not T1, T2 (a triathlon) or "T 4k"
    "thoracic_where": phrases(
        "{level with,at the level of} my {nipples,nipple,chest}",
        "{nipple,nipples} level",
        "{where,around where} my bra strap {goes,sits,is}",
        "{bra strap,bra line,bra} {level,line,area}", "{high,higher} {up,} {in,on} my {back,spine}",
        "higher up my {back,spine}",
        "{moved,moving,gone,travelled,traveled,spread,spreading,crept,creeping} up {my,the} {back,"
        "spine}", "{high,higher} up {now,}",
    ),
    "pain_denied": phrases(
        "no pain", "not painful", "painless", "pain free", "{doesnt,didnt,does not,did not} hurt", "not sore",
        "no {ache,aches}",
    ),
    "thoracic_veto": phrases(
        "stretch", "stretches", "stretching", "mobility", "exercise", "exercises", "workout",
        "strength", "rotation", "rotations", "extension", "extensions", "foam roll", "foam roller",
        "foam rolling", "massage", "opener", "openers", "drill", "drills", "resistance band",
        "rows", "pull ups", "desk", "posture", "computer", "laptop", "from work", "rowing",
        "rowing machine", "rower", "muscular", "gym", "swim", "swimming", "weights", "chafed", "chafing",
        "chafe", "rubs", "rubbing", "vest",
    ),
    "lump": phrases(
        "lump", "lumps", "lumpy", "swelling", "swollen", "swelled", "bump", "bumps", "bulge",
        "bulging", "sticking out", "protruding", "protrusion", "a mass", "growth", "cyst", "hump",
        "hard bit", "hard lump",
        "firm mass", "new mass", "paraspinal mass", "mass over",
    ),
    "lump_phr": phrases(
        "lump {-,} yes",
        "{new,} {knot,lump,bump} sticking out on my {backbone,spine,back}",
        "{hard,knobbly,lumpy,bumpy,raised} {bit,knot,patch,spot} on my {backbone,spine,lower spine,lower back}"
        " {that,which} {i cant remember having,wasnt there before,i dont remember,i never had,is new}",
        "{size of a,like a} {golf ball,marble,grape,walnut,pea,ping pong ball} {under the skin,} {next to,on,near,by,beside} my spine",
        "{new,} {swollen,raised,puffy} {area,patch,bit,bump} {over,on} {my,the} {spine,back,lower back,lower spine,bony bit of my lower back,bony bit of my back}",
        "{knot,lump,swelling,bump,marble,ball} {that,which} {wasnt,was not,werent} there before",
        "like a {marble,pea,golf ball,grape,ping pong ball,walnut} {under the skin,} on my {lower,} {spine,back}",
        "{don swell,swell,swelled up,swelling up,swollen} {for,on} my {back,spine}",
        "{new,hard,firm} {ball,bump} on {my,the} {spine,back,lower back,low back}",
        "{swelling,lump,mass,bump} over {my,the} {lower,upper,} {spine,back} {which,that} {was not,wasnt} there before",
        "{mass,lump,swelling} {of,about,} {1,2,3,4,5,1cm,2cm,3cm} {cm,} over the {l1,l2,l3,l4,l5,s1,t10,t11,t12} {spinous process,vertebra}",
        "{midline,firm midline,new midline,new firm midline} {swelling,lump,mass}",
        "{hard,new} knot on my spine",
        "a ball on {the,my} {back,spine}", "palpable mass", "{mass,lump} over {my,the} {lumbar,} spine",
        "{a new,new,a hard,a firm,a} lump on my {lower,upper,} {back,spine}",
        "{mass,lump,swelling} over {l1,l2,l3,l4,l5,s1,t10,t11,t12,my lumbar spine}", "paraspinal {mass,lump,swelling}",
    ),
    "lump_alone": phrases(
        "{a,new,found a,noticed a,there is a,theres a,got a,have a} {lump,lumps,new lump}",
        "{swollen,hard,new,big,painful,tender,soft,squishy,weird} {lump,swelling,bump,lumps}",
    ),
    "lump_veto": phrases(
        "disc", "disk", "discs", "disks", "herniated", "herniation", "slipped disc", "muscle knot",
        "knot", "knots", "bruise", "bruised", "bumped", "speed bump", "mri", "scan", "lump sum", "lump of", "toenail", "toe", "toes", "nail", "heel",
        "throat", "head", "bumped into", "ran into", "back down", "gone down", "went down",
        "going down", "back to", "came back", "come back", "back home", "back from", "get back",
        "got back", "back again", "coming back", "sock", "socks", "shoe", "shoes", "trainer",
        "trainers",
    ),
    "shape": phrases(
        "{back,spine} {has,} changed shape",
        "{my,} {back,spine} {looks,look,is,seems} a {different,funny,weird,odd,new} shape",
        "shape of my {back,spine} {has,is,} {changed,changing,different}",
        "{change,changes,changed} {in,of,to} {the,my,} shape of my {back,spine}",
        "my {back,spine} {looks,is,has gone,has become,seems} {crooked,bent,curved,twisted,wonky,"
        "lopsided,misshapen,deformed,out of shape,different}", "new curve in my spine",
        "my {back,spine} {looks,is,has gone,has become,seems,went} {a,} {different,funny,weird,"
        "strange,odd,new} shape", "{one side,half} of my back {sticks,is sticking,is} {out,higher}",
        "{back,spine} {has,have,} {change,changed} {the,its,} shape", "one side is more up",
    ),
    # --- immune -----------------------------------------------------------------------------------
    "immune": phrases(
        "wound {looks,is,looked,is looking,looking,has gone} {red,hot,angry,infected,inflamed,weepy}",
        "{had,have had,i had} {an,} {operation,surgery,op} {of,on,to} {the,my} {appendix,bladder,bowel,kidney,kidneys,prostate,stomach,gut,womb,spine,back,gallbladder}",
        "{had,have had,i had} {my,} {appendix,gallbladder,prostate} {removed,out,taken out} {recently,last week,last month,weeks ago,} ",
        "injected {a few times,drugs,heroin,myself}",
        "{been,i have been,ive been} injecting",
        "{weak,weakened,low,poor,compromised,suppressed,bad,impaired,lowered,reduced,rubbish,shot,"
        "dodgy} immune {system,systems,}",
        "{weak,weakened,low,poor,compromised,suppressed,impaired,lowered,reduced} immunity",
        "immune system {is,} {weak,weakened,low,compromised,suppressed,shot,rubbish,poor,"
        "not great,not good,down}", "immunosuppressed", "immunocompromised", "immunosuppressant",
        "immunosuppressants", "immunosuppression", "immunosuppressive", "immune suppressed",
        "immune compromised", "immune suppressants", "immune suppressing", "chemo", "chemotherapy",
        "biologic", "biologics", "methotrexate", "azathioprine", "transplant", "hiv", "humira",
        "adalimumab", "infliximab", "remicade", "etanercept", "enbrel", "rituximab", "tocilizumab",
        "ustekinumab", "stelara", "mycophenolate", "tacrolimus", "ciclosporin", "cyclosporine",
        "immune suppressant", "immune suppressants", "ivdu", "ex ivdu", "pwid",
        "hiv positive", "{inject,injecting,injected,injects} {drugs,heroin}",
        "{used to,have,ive} {inject,injected} {drugs,heroin}",
        "iv drug {use,user,users}", "intravenous drug {use,user,users}", "intravenous drugs",
        "heroin", "shooting up", "drug user", "{use,used,sharing,shared} needles",
        "{use,used,using,take,took,taking} {iv,intravenous} drugs", "iv drugs",
    ),
    "steroid": phrases(
        "{on,taking,take,taken,been on,been taking,long term,longterm,oral,high dose} steroids",
        "steroid {tablets,pills,courses,course}", "courses of steroids", "steroids", "prednisolone", "prednisone",
        "dexamethasone",
        "methylprednisolone", "corticosteroids", "corticosteroid", "oral corticosteroids",
        "long term steroid", "{lng,long} {trm,term} strides", "{on,long term,longterm} pred", "cortisone",
    ),
    "steroid_veto": phrases(
        "injection", "injections", "jab", "shot", "injected", "epidural", "cream", "inhaler",
        "inhalers", "spray", "nasal", "drops", "gel", "ointment",
    ),
    "infection": phrases(
        "infection", "infections", "infected", "uti", "utis", "bacterial", "cellulitis", "abscess",
        "abscesses", "sepsis", "septic", "septicaemia", "septicemia", "pneumonia", "tb",
        "tuberculosis", "osteomyelitis", "discitis", "endocarditis", "pyelonephritis", "strep",
        "strep throat", "antibiotics", "antibiotic", "meningitis", "staph", "mrsa",
        "kidney infection",
    ),
    "infection_veto": phrases(
        "viral", "virus", "fungal", "athletes foot", "thrush", "yeast", "covid", "cold",
        "hay fever", "prevent", "avoid", "risk of", "to stop", "resistant", "ear", "sinus", "acne", "eye",
        "ages ago",
    ),
    "osteo": phrases(
        "osteoporosis", "osteoporotic", "osteopenia", "brittle bones", "thin bones",
        "low bone density", "weak bones", "bone density {is,} low", "fragile bones",
    ),
    "minor_fall": phrases(
        "fell", "fall", "falls", "fallen", "slipped", "slip", "tripped", "trip", "stumbled",
        "stumble", "bumped", "knocked", "landed", "lifting", "lifted", "twisted", "jarred",
        "sat down hard", "landed hard", "sat down heavily",
        "tumble", "fracture", "fractured", "crack", "cracked", "broke", "broken", "sneezed",
        "coughed",
        "sat on my {bottom,bum,backside}", "landed on my {bottom,bum,backside}",
    ),
    # --- age --------------------------------------------------------------------------------------
    "first_ever": phrases(
        "first time my {back,backs} {has,} ever {troubled,bothered,hurt,given me} {me,trouble,}",
        "never before {i had,had i,have i had,did i have} {pain,any pain,problems,trouble} {in,with} {the,my} back",
        "{my back,back,my backs} {has,had,} never {hurt,been sore,given me trouble,ached,been bad} {before,till now,until now,}",
        "never in my life had a bad back",
        "{spared,free of} back trouble all my life",
        "first time back hurts",
        "never had a bad back {till now,until now,before}",
        "never {had,hurt} {a back problem,back problems,my back,me back,a bad back,back pain} {before,until,till,until now,}",
        "first time my {backs,back has,back} ever {hurt,been sore}",
        "first {ever,} {time,episode,bout,attack,experience} {of,with,} {back pain,backache,"
        "back ache,a bad back,back problems,back trouble,pain in my back,lower back pain}",
        "first time {ive,i have,i've ever,ive ever,my back has,my back has ever,ive had,"
        "i have had,i have ever had,ive ever had,i ever had,i get,ive got,i got,"
        "in my life ive had,ive experienced,ive ever experienced,ive felt} {back pain,backache,"
        "a bad back,this,pain like this,back trouble,back problems,hurt,this kind of pain,"
        "any back pain,this pain}",
        "first time my back has {hurt,ever hurt,been sore,given me trouble}",
        "never {had,hurt,had any,experienced,had problems with,had trouble with,"
        "had pain in} {back pain,backache,back problems,a bad back,back trouble,this,"
        "pain like this,anything like this,my back,issues with my back,any back pain,"
        "back issues} {before,till now,until now,in my life,}", "first {ever,} back pain",
        "first ever {bout,episode,time}", "{back pain,backache} is new {to me,}",
        "{brand new,totally new,completely new} back pain", "never had {it,this,back pain} before",
        "{back,back pain,lower back,my back} {hurts,hurt,is hurting,has hurt,started hurting,"
        "is sore,went,gone} for the {first,1st} time {ever,in my life,}",
        "{back pain,backache,bad back} for the {first,1st} time",
        "never once had a bad back", "first ever episode", "first ever episode of {back pain,backpain}",
        "{is,its,it is} the first time i have {pain,back pain} in {the,my} back",
        "new {low,lower,} {back pain,backache,back ache}", "new onset {low,lower,} back pain", "this is new",
        "{this,the} back pain {is,its} new", "{this,the} back pain , {it is,its} new",
        "no previous back {problems,pain,trouble,issues}",
        "{back,my back,back pain,my backs} {started,began} {hurting,aching,} {last week,this week,a few days ago,"
        "days ago,recently,this month,last month}", "{back pain,backache} {started,began} after",
    ),
    "first_marker": phrases(
        "never before had", "never before {have,i have} had",
        "first time", "for the first time", "first ever", "first {episode,bout}", "never had",
        "never {experienced,suffered,known}", "this is new", "its new", "brand new", "new to me",
        "never before", "in my life", "never had any", "never ever had",
    ),
    "back_issue": phrases(
        "backs {started hurting,started aching,been sore,gone,hurting,aching}",
        "{twinge,pain,ache,problem,problems,trouble} {in,with} {the,my} back",
        "{sore,bad,painful,dodgy,achy,stiff,hurt,hurting,injured} back",
        "back {pain,ache,trouble,problem,problems,issues,injury,injuries,probs}", "backache",
        "back {has,} {hurt,hurting,hurts,played up,playing up,gone,went,go,started hurting,"
        "been sore,given me trouble,ached,acted up,bothered me,started aching}", "pain in my back",
        "trouble with my back", "problems with my back", "lumbago",
    ),
    "age_fact": Regex(
        rf"(?:im|i am|aged|age|at age|at|turned|just turned|i turn|turning|im now|i am now)"
        rf"(?: just)? {_AGE}"
        rf"{_NOT_A_UNIT}"
        rf"|{_AGE} (?:years old|year old|yrs old|yr old|yrs|yo|y o|y / o|y/o|years young|years of age"
        r"|year young)"
        r"|in my (?:fifties|sixties|seventies|eighties|nineties|teens|[5-9]0 s|[5-9]0s|late teens)"
        r"|(?:teenager|pensioner|im a teen|i am a teen|im retired|i am retired|retired)"
        r"|(?:im|i am|aged|age) (?:over|past) (?:50|55|60|65|70)"
        rf"|(?:^|(?<=\. )){_AGE}(?= (?:and|,|now|this year|next|years?|yrs?|yo)(?![^ ]))"
        rf"|i have {_AGE} years|in (?:my )?{_AGE} years"
        rf"|{_AGE} (?:this year|next (?:month|year|week)|last (?:month|week))"
        r"|(?:im|i am|aged|age|at age|at|turned|just turned) (?:(?:fifty|sixty|seventy|eighty|ninety)"
        r"(?: ?-? ?(?:one|two|three|four|five|six|seven|eight|nine))?"
        r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b",
        digits=False,
    ),
    # --- pain worse on coughing, sneezing or straining --------------------------------------------
    "cough": phrases(
        "cough", "coughs", "coughing", "coughed", "sneeze", "sneezes", "sneezing", "sneezed",
        "coughing fit", "coughing fits",
        "{strain,straining,strained,push,pushing,bearing down,bear down} {on the toilet,"
        "on the loo,to poo,for a poo,when i poo,when pooing,to go,when i go,on the bog}",
        "{going,go} for a {poo,number two}", "having a poo", "pooing", "when i poo",
        "opening my bowels",
    ),
    "cough_phr": phrases(
        "{darent,dare not,daresnt,scared to,afraid to,terrified to} {sneeze,cough} {the,my} back",
        "{i darent,i dare not,i daresnt} {sneeze,cough}",
        "{every,each} {cough,sneeze} {goes,shoots,sends it,goes straight,shoots straight,goes right,shoots right} "
        "{to,into,through,down} {my,the} {lower,low,} {back,spine}",
        "{cant,cannot,couldnt} {cough,sneeze} without {holding,grabbing,clutching,bracing} my back",
        "each {bout,fit,cough,sneeze} {sends,sent} {a,a dreadful,a sharp,a terrible,a massive,an awful,} {jolt,shock,stab,"
        "pain} {through,into,down} my {back,lumbago,spine}",
        "{worse,hurts,painful} {by,with,from} {coughing,sneezing,a cough,a sneeze}",
        "{makes,make} it worse {a,} {coughing,sneezing}",
        "{sneezing,coughing} is {a,} full contact {sport,} now",
        "{hold,holding,grab,grabbing,brace,bracing} {onto,on to,on,} {the,a} {worktop,counter,table,wall,sink,chair,"
        "door frame,doorframe} to {sneeze,cough}",
        "{cant,couldnt} {cough,sneeze} without {my,the} back {going off,exploding,screaming,seizing,spasming,killing}",
        "{coughing,sneezing,a cough,a sneeze,every cough,every sneeze} {makes,made,sends} it"
        " {shoot,shoots,spike,scream,flare,explode}",
        "{sneezed,coughed} and {the,my} {back,back pain,pain} {shot,went,jumped,spiked} {up,} to",
        "{sneezing,coughing} {nearly,almost} {floors,kills} me",
        "{sneezed,coughed} {this morning,earlier,today,yesterday,just now,} and {nearly,almost,}"
        " {dropped,fell,went down,collapsed,sank} to my knees",
        "{sneezed,coughed,sneeze,cough,sneezing,coughing} and {my back,it,my lower back} {went,"
        "goes,hurt,hurts,spasmed,spasms,locked,twinged,went into spasm,seized,seized up,killed,screamed,screams,"
        "exploded,went off,went ping,twanged,lit up,kicked off}",
        "{every,each,any,one} {sneeze,cough} {sends,sent,puts,put,has,had} my {back,back pain,pain}"
        " {through the roof,into spasm,"
        "screaming,into orbit}",
        "{a sneeze,a cough,sneezing,coughing,sneezes,coughs} {nearly,almost,} {floored,killed,"
        "destroyed,wrecked,finished} me",
        "{scared,afraid,terrified,dread,dreading} {to,of} {sneeze,cough,sneezing,coughing}",
    ),
    "cough_pain": phrases(
        "knife", "knives", "like a knife", "very strong", "right through me", "went right through",
        "takes my breath away", "electric", "zaps",
        "scream", "screams", "screaming",
        "pain", "pains", "painful", "hurt", "hurts", "hurting", "agony", "agonising", "kills",
        "killing", "killer", "excruciating", "stabbing", "shoots", "shooting", "jolt", "jolts",
        "twinge", "twinges", "worse", "sets it off", "sets off", "spasm", "spasms", "ache", "aches",
        "sore", "stab", "zaps", "zings", "radiates", "screams", "murder", "torture", "unbearable",
        "a bolt {of pain,down,through,up}", "bolts {of pain,down,through,up}", "stabbed", "like someones stabbed",
    ),
    "illness_named": phrases(
        "chest cold", "chest infection", "chest bug", "chest virus", "chesty cold", "head cold",
        "chesty cough",
    ),
    "cough_veto": phrases(
        "throat", "sore throat", "chest", "chesty", "ribs", "lungs", "head", "headache", "nose",
        "eyes", "stomach", "tummy", "abs", "belly",
    ),
    # --- words that mean the runner has stopped talking about themself or about now ---------------
    "topic": phrases(
        "numb", "numbness", "tingling", "tingly", "tingle", "pins and needles", "sciatica",
        "bladder", "bowel", "bowels", "incontinence", "incontinent", "paraesthesia", "paresthesia",
        "fever", "feverish", "chills",
    ),
    "mention_topic": phrases(
        "chest", "bladder", "bowels", "bowel", "waterworks", "peeing", "pee", "wee", "weeing",
        "temp", "temperature", "legs", "leg", "groin", "down there", "feeling", "sensation", "sex",
        "erections",
    ),
    # A checklist item named and answered "yes": "bladder: yes", "yes to both legs", "the sex one yes"
    "bladder_yes": phrases(
        "{bladder,bladder control,bladder problems,the bladder one,the pee one,the small one,peeing,waterworks} "
        "{yes,y,yeah,yep,yup,ya}", "yes {to,for} {the,} {bladder,bladder one,pee one,peeing,waterworks}",
    ),
    "bowel_yes": phrases(
        "{bowel,bowels,bowel control,the bowel one,the poo one} {yes,y,yeah,yep,yup,ya}",
        "yes {to,for} {the,} {bowel,bowels,bowel one,poo one}",
    ),
    "yes_both_legs": phrases("{yes,y,yeah,yep} {both legs,both my legs,in both legs}"),
    "legs_yes": phrases(
        "{both legs,both my legs,the both legs one,the legs one} {yes,y,yeah,yep,yup,ya}",
        "yes {to,for} {the,} {both legs,legs one,both legs one}",
    ),
    "sex_yes": phrases(
        "{the sex one,sexual function,the sexual one,the sex question,sex stuff} {yes,y,yeah,yep,yup,ya}",
        "yes {to,for} {the,} {sex one,sexual one,sex question}",
    ),
    "mention_state": phrases(
        "fine", "ok", "okay", "normal", "good", "all good", "alright", "all fine", "as normal",
        "as usual", "working fine", "working", "no problem", "no problems", "no issues",
        "unaffected", "unchanged", "grand", "regular", "nothing to report", "drinking plenty", "drinking loads",
    ),
    # --- context that makes a match ordinary talk (vetoes) ----------------------------------------
    "fatigue": phrases(
        "at the line", "over the line", "across the line", "finish line", "at the finish", "sprint finish",
        "tired", "tiredness", "jelly", "jelly like", "knackered", "exhausted", "fatigued",
        "fatigue", "hill", "hills", "climb", "climbs", "climbing", "sprint", "sprints", "sprinting",
        "intervals", "race", "racing", "marathon", "half marathon", "ultra", "parkrun", "long run",
        "workout", "session", "end of", "after the run", "after my run", "after a run",
        "after running", "doms", "squats", "leg day", "gym", "lunges", "tempo", "training", "covid",
        "virus", "bug", "illness", "ill", "poorly", "sick", "heat", "hot", "humid", "flu",
        "after the race", "last mile", "last km", "last few miles", "downhill", "uphill", "descent",
        "descending", "speedwork", "track", "jelly legs", "the wall", "hit the wall", "bonk",
        "bonked", "bonking", "cramp", "cramps", "cramped", "cramping", "at the end", "by the end",
        "towards the end", "finish line", "mile", "reps",
        "{after,from} {the,my,a,that,todays,yesterdays,this} {5,10,15,20,21,25,30,42,50,100} {k,km,miles,mile}",
        "{5,10,21,42} k done", "last {1,2,3,5,10} {k,km,miles,mile}",
    ),
    "form_talk": phrases(
        "overstride", "overstriding", "heel strike", "heel striking", "cadence", "running form", "my form",
        "gait analysis", "coach says", "coach said",
    ),
    "asymmetry": phrases(
        "than my {right,left,other}", "than the {other,right,left}", "always has been", "always been",
        "single leg squats", "single-leg squats", "squats", "strength test", "right footed", "left footed",
        "dominant", "instructor", "physio gave me",
    ),
    "games": phrases("games", "transplant games"),
    "at_work": phrases("pts", "patients", "patient", "ward", "on shift", "at work today"),
    "plumbing": phrases("pipe", "pipes", "plumber", "burst", "boiler", "drains", "tap", "rain", "rainfall",
                        "drizzle"),
    # No harm done, unless a "but" takes it back: "a car clipped me, no damage but my back is wrecked".
    "unhurt": Regex(
        r"(?:nothing else hurt|only my pride|pride hurt|(?:my )?back (?:is |was )?(?:totally |completely )?fine|unhurt"
        r"|no damage|no harm done)(?! (?:, )?(?:but|though|tho|however|except|apart from|other than))",
        digits=False, words=frozenset({"hurt", "pride", "fine", "unhurt", "damage", "harm"}),
        vocab=frozenset({"unhurt", "pride", "damage", "harm", "totally", "completely"}),
    ),
    "cramp": phrases(
        "cramp", "cramps", "cramping", "cramped", "doms", "pulled", "strain", "strained", "niggle",
        "niggles",
    ),
    "procrastinate": phrases(
        "{dragging,drag,dragged} my {feet,heels} {about,over,on,with,when it comes to}",
        "{dragging,drag,dragged} my {feet,legs,body,sorry self} out of {bed,the house,the door}",
        "putting off", "procrastinating",
    ),
    "hurts_to_go": phrases(
        "without {pain,it hurting,hurting,agony}", "because {it hurts,of the pain}",
        "{too,so} painful",
    ),
    "injury": phrases(
        "injury", "injured", "strain", "strained", "sprain", "sprained", "pulled", "tendon", "tendonitis", "tendinitis",
        "achilles", "plantar", "fasciitis", "shin splints", "blister", "blisters",
        "stress fracture", "hip flexor", "tweaked", "rolled", "bruised", "cramp", "football", "broke it", "broken",
        "fracture", "fractured", "jammed",
    ),
    "persisting": phrases(
        "since", "ever since", "still", "for days",
        "for {a,} {few,couple of,two,three} {days,weeks}", "all week",
        "{days,weeks} {after,later,on}", "{wont,isnt,not} {go,going} away",
        "hasnt {gone,improved,recovered,come back,got better}", "not recovered", "never recovered",
        "keeps {getting,happening}", "every day", "for a week",
    ),
    "joking": phrases("lol", "haha", "hahaha", "lmao", "jk", "rofl", "hehe"),
    "gut": phrases(
        "trots", "runners trots", "diarrhoea", "diarrhea", "the runs", "dodgy tummy",
        "dodgy stomach", "upset stomach", "stomach bug", "food poisoning", "gel", "gels", "curry",
        "coffee", "irritable", "ibs", "crohns", "colitis", "coeliac", "celiac", "bowel prep",
        "colonoscopy", "diet", "changed my diet",
    ),
    "explained_loss": phrases(
        "cutting weight",
        "{on,doing} {a,my,the} diet", "dieting", "calorie deficit", "intermittent fasting",
        "since i started running", "from running", "from all the running", "running more",
        "training more", "increased my mileage", "marathon training", "more miles", "all the miles",
        "since i started training",
        "{upped,up,upping,increased,increasing,bumped up,doubled} {the,my} {mileage,miles,training,volume,km,kms}",
    ),
    "trail": phrases(
        "trail", "trails", "roots", "root", "rocks", "rock", "kerb", "curb", "stones", "stone",
        "branch", "branches", "pothole", "potholes", "dark", "uneven", "mud", "muddy", "shoelace",
        "descent", "descents", "descending", "downhill", "downhills", "laces",
    ),
    "blister": phrases(
        "blister", "blisters", "new shoes", "shoes", "pedicure", "toenail", "ingrown",
    ),
    # Tingling or numbness that a treatment or a bath brings on, and goes: "legs tingling after the sports massage".
    "soothing_cause": phrases(
        "massage", "sports massage", "massage gun", "theragun", "foam roller", "foam rolling", "hot bath",
        "hot tub", "jacuzzi", "sauna", "compression boots", "normatec", "tens machine", "acupuncture",
        "epsom salt bath", "epsom bath", "foam rolled", "ice bath", "icebath", "cold shower", "cold plunge",
        "dry needling", "standing all day", "on my feet all day",
    ),
    "shoes": phrases(
        "laces", "lacing", "shoelaces", "shoe", "shoes", "trainers", "sneakers", "too tight",
        "insoles", "socks", "compression",
    ),
    "numbing": phrases(
        "numbing cream", "numbing gel", "numbing spray", "local anaesthetic", "anaesthetic",
        "dentist", "dental", "numbing agent", "painkillers", "ibuprofen", "paracetamol",
        "numb the pain", "numbs the pain", "numb it", "emotionally", "feel numb about", "numb to",
        "the news", "news", "grief", "grieving", "funeral", "shock", "shocked", "mentally", "mind",
        "brain", "excitement", "excited", "goosebumps", "spine tingling",
    ),
    "faint_ctx": phrases(
        "{race,finish,finish line,marathon,parkrun} {photos,photo,pics,pic,picture,pictures}",
        "{saw,seen} the {price,bill,entry fee}", "when i {saw,checked,looked at} my {splits,time,results,photos,pics}",
        "heat", "hot", "sun", "sunny", "humid", "dehydrated", "dehydration", "hadnt eaten",
        "not eaten", "no breakfast", "hungry", "hunger", "low blood sugar", "skipped breakfast",
        "fasted", "fasting", "boredom", "bored", "blood test", "needle", "needles", "giving blood",
        "gave blood", "sight of blood", "stood up too {fast,quickly}",
        "standing up too {fast,quickly}", "head rush", "injection", "jab", "vaccine", "drunk",
        "hangover", "blood donation", "donation", "donating", "donating blood", "stood up",
        "standing up", "got up too {fast,quickly}", "sat up", "blinds", "curtains", "power", "humidity",
        "summer", "meet", "breakfast", "forgot to eat", "banana",
        "power cut", "electricity", "hearted", "excitement", "excited", "entry fee", "fee", "price",
        "bill", "prices",
        "training day", "first aid", "{first aid,training} course",
    ),
    "fell_veto": phrases(
        "{flew,flying} {down,along,round,around} the {hill,hills,road,descent,last mile,track,trail,straight}",
        "pace", "wagon", "plan", "schedule", "radar", "behind", "asleep", "apart", "group", "pack",
        "bunch", "leaders", "target", "goal", "pb", "sub", "routine", "training plan", "bandwagon",
        "off the back", "bottle", "water bottle", "phone", "keys", "gel", "gels", "bag", "chain", "hat",
        "watch", "bidon", "motivation", "fitness", "career", "form", "mileage", "mood", "confidence",
        "enthusiasm", "performance", "sales", "stats", "love",
    ),
    "past_time": phrases(
        "last {week,month,year,winter,summer,spring,autumn}", "ago", "years ago", "back in",
        "as a kid", "as a child", "when i was",
    ),
    "heat_ctx": phrases(
        "heat", "heatwave", "humid", "humidity", "so hot", "too hot", "hot weather", "hot night",
        "hot day", "the heat", "summer", "air con", "aircon", "no fan", "hot room", "hot bedroom",
        "sauna",
    ),
    "not_a_crash": phrases("crash course", "crash courses", "crash diet", "crash diets", "crash dieting", "crash mat"),
    "near_miss": phrases(
        "{total,complete,absolute,a} car crash of a {race,run,day,session}",
        "{race,run,session,day} was a {total,complete,absolute,} car crash",
        "{nearly,almost,narrowly,practically,very nearly} {had,fell,fallen,came,come,crashed,got,"
        "been,hit}", "{narrowly,just,} {missed,avoided,escaped,dodged} being",
    ),
    "collided_with": phrases(
        "{collided,crashed,smashed,slammed,ploughed,plowed} {with,into} {another runner,a runner,someone,a cyclist,"
        "a bike,a car,a van,a lamp post,a lamppost,a post,a wall,a tree,a gate}",
        "{went down,came down,fell} {hard,heavily,} {on,onto} {my back,the kerb,the curb,the concrete,the road,the tarmac}",
    ),
    "cough_worse": phrases(
        "{hurting,hurts,hurt,aching,aches,painful} {too much,so much,a lot,like hell,like mad,badly}",
        "worse", "much worse", "very strong", "knife", "knives", "like a knife", "shoots", "shooting", "stabbing",
        "agony", "kills", "killing", "excruciating", "jolt", "jolts", "spikes", "spiked", "screams", "screaming",
        "goes up", "electric", "zaps", "right through", "unbearable", "murder", "torture", "twinge", "twinges",
        "spasm", "spasms", "sets it off", "takes my breath away",
    ),
    "cough_when": phrases(
        "{when,whenever,every time,everytime,each time} {i,you} {cough,sneeze,coughed,sneezed,cough or sneeze,"
        "sneeze or cough}",
        "{when,whenever,every time} i make a {cough,sneeze,cough or sneeze}",
    ),
    "moved_up": phrases(
        "{moved,moving,gone,travelled,traveled,spread,spreading,crept,creeping,shifted,shifting} up", "higher up",
    ),
    "witness": phrases(
        "saw", "seen", "see", "ran past", "passed", "witnessed", "drove past", "watched",
        "on the news", "{traffic,the traffic} {was,is,jam,jams,everywhere,backed up,queue,queues}",
        "{stuck,held up,sat} in {the,} traffic", "diversion", "made me late", "late for", "delayed",
        "held me up", "road closed", "stopped to help", "helped",
        "someone", "somebody", "a guy", "a woman", "a man", "a runner", "a cyclist fell",
        "another runner",
    ),
    # The saddle area in words that are no body part alone: kept out of "saddle", whose words are BODY_WORDS.
    "saddle_said": phrases(
        "{parte,partes} {intima,intimas,intim}", "intimate {area,parts,part,region,bits,zone}",
        "the {bit,bits,part,parts} {you,i,we,one} {sit,sits} on", "what {i,you} sit on",
        "s 3 {-,to,} s 5", "s 2 {-,to,} s {4,5}", "sacral dermatomes",
        "saddle distribution", "the skin {behind,under,below} {my testicles,my balls,my scrotum}",
        "{testicles,balls,scrotum} and the skin {behind,under,below} them",
    ),
    "unfelt_it": phrases("and {i,} {couldnt,cant,could not} feel {it,a thing,anything}"),
    "nothing_odd": phrases(
        "{cant,cannot,can not,couldnt,dont,didnt,doesnt,do not,did not,does not,} {feel,notice,find,sense} {anything,"
        "nothing} <odd>", "{felt,feeling,noticed,found,sensed} nothing <odd>",
    ),
    "dry_cause": phrases(
        "dehydrated", "dehydration", "hot day", "heatwave", "heat wave", "in the heat", "sweated", "sweating buckets",
        "{not,hadnt,didnt,barely} {drinking,drunk,drink,drank}",
    ),  # "went 14 hours without a wee, must be dehydrated"
    "woken_nightly": phrases("{its,it has,its been,it} {woken,waking,woke,wakes,waking} me {up,} every night"),
    "night_waker": phrases("puppy", "pup", "the dog", "the baby", "the kids", "my son", "my daughter", "the cat"),
    "night_cause": phrases(
        "teething", "newborn", "night feeds", "night feed", "night shift", "nightshift", "the baby i mean",
        "party", "festival",
    ),  # "up all night with it, the baby I mean"
    "in_car": phrases("in {the,my,a} car", "in car"),
    "sitting_cause": phrases(
        "bleachers", "the stands", "grandstand", "hour drive", "hour flight", "hour train", "hours in the car",
        "hours on the train", "hours on the plane", "hour coach", "coach trip",
        "from {sitting,cycling,the bike,the saddle,riding,spin,spinning,the train,the car,driving,"
        "the drive,the flight,my bike}",
        "after {sitting,cycling,a long drive,the bike ride,spin class,spin,the flight,"
        "a long flight,a long ride,the ride}", "on the {long,} {bike ride,ride,drive,flight}",
        "{sat,sitting} on a {cold,hard,wooden,stone,} {wall,bench,step,rock}",
        "bike ride", "{long,} {ride,rides,cycle,cycles}",
        "saddle angle", "cutout saddle", "{at,sitting at} my desk", "ice bath", "cross legged", "legs crossed",
        "{seat,chair,gel seat} {cover,cushion,pad}", "new {cushion,chair,office chair,seat}",
        "on the {bike,train,plane,turbo,turbo trainer,exercise bike}",
        "sitting {on the bike,for hours,all day}", "sat {on the bike,for hours,all day}",
        "spin class", "bike seat", "saddle sore",
        "{from,after} {the,a,my} {long,} {turbo,turbo session,exercise bike,peloton,spin bike,"
        "bike ride,ride,cycle,train journey,drive,flight}", "on the {peloton,spin bike}",
        "{sitting,sat,kneeling,knelt} {on the floor,cross legged,crosslegged,on my foot,"
        "on my feet,on my leg}",
        "saddle {needs,is too,was too,was killing me,is killing me}", "{the,my} new saddle",
    ),
    "start_line": phrases(
        "start", "start line", "the start", "waiting", "start pen", "corral", "race start",
    ),
    "prerace": phrases(
        "before the race", "before the start", "start line", "race start", "before a race", "before the gun",
        "before races",
        "before my run", "before running", "before i run", "before a run", "before the run",
        "nervous", "nerves",
    ),
    "morning": phrases(
        "morning", "mornings", "first thing", "when i get up", "when i wake", "on waking",
    ),
    "night_run": phrases(
        "night run", "night runs", "night running", "run at night", "running at night",
        "ran at night", "night shift", "night shifts",
    ),
    "weather_strong": phrases(
        "heat", "hot", "outside", "weather", "sun", "sunny", "humid", "humidity", "heatwave",
        "summer", "shade", "sunshine", "out there", "air", "forecast", "climate", "water", "pool",
        "sauna", "oven", "fridge", "freezer", "bath",
    ),
}

BODY_GROUP = (
    "leg1", "leg2", "feet2", "saddle", "back", "other_body", "thoracic_strong", "thoracic", "place",
)  # fmt: skip
"""Body concepts compete for words: the longest phrase wins, so "between my legs" is not "legs".
"place" is a decoy: "bottom of the hill" is nobody's bottom."""


# Function words: what negation, clause scope and "whose symptom" are read from.

CHECKLIST_ITEMS = frozenset("""
    numbness numb tingling weakness weak bladder bowel bowels legs saddle chest fever pee poo sex incontinence
    balance walking
""".split())
"""A safety checklist's items, as a runner lists them with an answer each."""
STOPS = frozenset({".", "?"})
PINK_FOODS = frozenset({"beetroot", "beets", "beet", "borscht", "blackberries", "rhubarb"})
"""What turns pee pink for a day or two: an explanation of red pee, when it is not denied."""
HARD = frozenset({".", "?", ",", "-", "but", "however", "although", "though", "whereas", "except",
                  "otherwise", "apart", "besides"})  # fmt: skip
"""Words that end a clause."""
JOINERS = frozenset({"and", "plus", "also", "then", "while", "so", "n", "&"})
SUBJECTS = frozenset("""
    i im ive id iwill my the it its his her their you we he she they everything otherwise back
    me both
""".split())
FORWARD_STOPS = frozenset({"i", "im", "ive", "id", "iwill", "you", "we", "he", "she", "they",
                           "hes", "shes"})  # fmt: skip
NEGATORS = frozenset("""
    no not never without none nor dont didnt doesnt isnt arent wasnt werent havent hasnt hadnt
    wont wouldnt cant couldnt aint nothing zero nil neither denies deny free nope nah
""".split())
HEDGES = frozenset("""
    sure idea reason clue doubt wonder know understand certain only just matter expect mean
    worries
""".split())
"""After a negator these make it a hedge, not a denial: "not sure why my legs are numb"."""
FILLER = frozenset("""
    a an the any some my me i im ive id is are was were am be been being have has had having got
    get getting gets do does did feel feels feeling felt noticed notice noticing experienced
    experience experiencing sign signs of in on at around with to or nor really much more new
    further other obvious real significant such kind sort thing things bit little slight
    slightly mild major it that this there theres left right side sides both lower upper
    whatsoever all either like think believe reckon today yesterday currently now still anymore
    issues problems problem trouble symptoms symptom evidence complaints from down up into
    across through start starting started go going gone went seem seems seemed anything ever
    recently lately again too for when whenever myself after during if history personal past
    previous
""".split())  # fmt: skip
RESOLVED = frozenset("""
    gone disappeared vanished resolved cleared stopped settled passed fine ok okay alright
    normal none nil subsided healed
""".split())
RESOLVED_PAIRS = frozenset(tuple(pair.split()) for pair in (
    "went away", "gone away", "go away", "wore off", "worn off", "died down", "no more",
    "no longer", "not there", "not present", "not an", "not a", "all good", "all clear",
    "cleared up", "isnt there", "not anymore", "isnt an", "isnt a", "not since", "never came",
    "came right", "come right", "came good", "come good", "came alive", "come alive",
))  # fmt: skip
NOT_RESOLVED_AFTER = frozenset("""
    down into to up through numb dead weak weaker worse tingly funny weird strange on round
    around across over right straight from all me us him her them my running at out otherwise
    apart except other else bad mad numbish run ran walked walk sat home jog jogging
""".split())
"""After these a "gone" is not a resolution: "gone numb", "stopped working", and the runner who stopped: "chest tight,
stopped and walked home", "stopped the run"."""
FIRST_PERSON = frozenset({"i", "im", "ive", "id", "iwill", "my", "me", "mine", "myself"})
THIRD_PARTY = frozenset("""
    he she they his her hers him them their theirs hes shes theyre mum mom mums moms mother
    mothers mam dad dads father fathers wife wifes husband husbands partner partners boyfriend
    boyfriends girlfriend girlfriends friend friends mate mates buddy buddys pal brother
    brothers sister sisters son sons daughter daughters aunt aunts auntie uncle uncles gran
    grans granny grandma grandmas grandad grandads grandpa grandpas nan nans nana grandmother
    grandfather cousin cousins colleague colleagues coworker coworkers neighbour neighbours
    neighbor neighbors kid kids child childs children baby dog dogs cat someone somebody bestie cow cows
    bull bulls heifer heifers sheep ewe ewes
    everyone people runner runners teammate teammates clubmate clubmates coach coaches bloke guy
    lady woman man fella family relative toddler toddlers infant infants niece nieces nephew
    nephews grandson grandsons granddaughter granddaughters grandchild grandchildren grandkid
    grandkids grandsons granddaughters
""".split())  # fmt: skip
THIRD_POSSESSIVE = frozenset("""
    his her their hers theirs mums moms dads wifes husbands partners friends mates buddys
    sisters brothers sons daughters grans nans kids childs grandsons granddaughters grandkids
""".split())
TYPISTS = frozenset("""
    wife husband hubby partner missus mum mom mam mother dad father son daughter boyfriend girlfriend bf gf
    fiance fiancee friend mate flatmate housemate roommate carer caregiver coach sister brother nurse
    neighbour neighbor sibling parent
""".split())  # fmt: skip
"""Who may type on the runner's phone for them: "this is his wife", "mum here", "I'm his carer"."""
REPORTING = frozenset("""
    said says say thinks think thought reckons reckoned told tells suspects suspected asked asks
    mentioned noticed noticing spotted pointed found diagnosed discovered saw confirmed showed
    shows detected removed treated gave put reckon called calls
""".split())
"""After someone else these make the symptom the runner's again: "my wife says im dragging"."""
TIME_UNITS = frozenset("""
    day days week weeks hour hours hr hrs min mins minute minutes month months year years yr yrs
    sec secs seconds ago am pm oclock th st nd rd
""".split())
NOT_CHECKIN = frozenset("""
    at after around about by from during on in for since over within past ago till until before
    last this every each like of x aged age im i turned
""".split())
"""After these words a number is a time, a place on the run or an age, not a check-in ("at 5k")."""
CLAUSE_WORDS = frozenset({"but", "and", "though", "although", "plus", "also", "with", "however",
                          "while", "whereas", "yet", "n", "&", "+"})  # fmt: skip
WEE_SMALL = frozenset("""
    bit bits while run runs jog jogs walk walks one ones hill hills lad lass boy girl man woman
    dram drink thing things rest nap sore stiff tight tired niggle niggles twinge twinges ache
    aches jaunt trot spin lap laps loop bimble outing session recovery easy shakeout plod dog
    town village cafe treat drizzle chat cuppa breather stretch wander slow hour minute minutes
    mile miles route circuit park loch glen burn tweak strain pull hurt pain bitty touch tad
    tiny wee early late lie sleep break stop pause climb
""".split())
"""Scots "wee" is small before these ("a wee bit sore", "wee jog"); otherwise it is pee."""
PEE_VERBS = frozenset("""
    cant couldnt can could to need needed needing dont didnt doesnt wont havent hasnt not never
    i you go went
""".split())
"""After these "wee" is pee even so: "need to wee"."""
SOFTENERS = frozenset("""
    really very so totally completely quite pretty just kinda sorta slightly super all now still
    also actually literally properly fully proper suddenly gradually like honestly definitely
""".split())
SOFTENER_PAIRS = frozenset(tuple(pair.split()) for pair in (
    "kind of", "sort of", "a bit", "a little", "a tad", "a lot", "even more", "much more",
))  # fmt: skip
"""Hedges and intensifiers that a phrase may hold without changing what it says."""
ELABORATIONS = frozenset("""
    like its it mines theyre they both especially mostly mainly all totally completely really
    very kind sort in on around round near at by between under across along into has have is are
    was feels feel keeps went goes gone been seems
""".split())
"""After a comma these go on about the same thing: "my groin, it's numb", "sore, in my groin"."""


def concept_words(*names: str) -> frozenset[str]:
    """Every word in the phrases of these concepts."""
    words: set[str] = set()
    for name in names:
        found = LEXICON[name]
        if isinstance(found, tuple):
            for phrase in found:
                words.update(phrase.split())
    return frozenset(words)


def head_words(*names: str) -> frozenset[str]:
    """The words these concepts are about: one-word phrases and the ends of short ones ("pins
    and needles" gives "pins" and "needles", not "and")."""
    words: set[str] = set()
    for name in names:
        found = LEXICON[name]
        if isinstance(found, tuple):
            for phrase in found:
                if phrase.count(" ") < 3:
                    words.update((phrase.split()[0], phrase.split()[-1]))
    return frozenset(words) - FILLER - NEGATORS - JOINERS - _NOT_HEADS


_NOT_HEADS = frozenset("""
    out me it myself run ran running keep take taking took back night number developed stress
    scarlet glandular open opening pass passed passing one ones two twos
""".split())


BODY_WORDS = concept_words(*(c for c in BODY_GROUP if c != "place")) - FILLER - JOINERS - {
    "of", "my", "the", "left", "right", "where", "you", "sit", "between", "down", "there", "below",
    "inside", "insides", "which", "would", "sits", "rests", "rest", "touch", "touches", "bike",
    "seat", "toilet", "loo", "and", "bobs",
}  # fmt: skip
SYMPTOM_WORDS = head_words(
    "sens", "nerve_pain", "pain", "ache", "stiff", "weak", "sens_vague", "chills", "fever_word",
    "leak", "pee", "poo", "bladder", "bowel_word", "incont",
)  # fmt: skip
PREDICATES = concept_words("pain", "ache", "stiff", "state") - {"killing", "me"}
SENSATION_WORDS = head_words(
    "sens", "nerve_pain", "pain", "ache", "stiff", "weak", "sens_vague", "sens_odd",
)  # fmt: skip
EVENT_WORDS = concept_words("poo", "pee", "leak", "comes_out") - FILLER - {"a", "my", "number"}
"""Things that happen, and can happen unnoticed, unlike a sensation."""
