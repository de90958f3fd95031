"""Unit tests for coach/symptoms: the runner's own words for red-flag symptoms.

The phrasings here are the development set. A held-out corpus elsewhere measures the module
blind, so these are written to cover ways of saying things, not to pin exact sentences.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import process
from rapidfuzz.distance import OSA

from coach.symptoms import CATEGORIES, CATEGORY_BY_ID, Finding, Urgency, find_symptoms, remainder
from coach.symptoms import lexicon, rules, spelling

EMERGENCY = Urgency.EMERGENCY


def ids(text: str) -> list[str]:
    return [finding.category.id for finding in find_symptoms(text)]


def lines(block: str) -> list[str]:
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# Each phrasing must find its category (others may be found too).
POSITIVE = {
    "ces": """
        the GP thinks its cauda equina
        the physio is worried about cauda equina
        A&E said suspected CES
        worried its cauda equina syndrome
        i think i have cauda equina
        the physio wants to rule out cauda equina, MRI tomorrow
        gp said possible cauda equina and sent me to a and e
        physio mentioned query CES and told me to go to hospital
        could this be cauda equina? back is agony
        sounds like cauda equina from what i read, im scared
        the out of hours doctor suspects cauda equina
        referred for an urgent scan for cauda equina
        physio concerned about cauda equina syndrome
        my osteo says it might be cauda equina
        nhs 111 said it could be CES
        worried about corda equina, pain 8
        dr says probable cauda equina, waiting for mri
        ive got signs of cauda equina according to the physio
        A&E are checking me for cauda equina tonight
        they want to rule out cauda equina, MRI tonight
        maybe cauda equina? numbish down below
    """,
    "saddle": """
        cant feel my bum or groin since the sportive on sunday
        numbness in my groin
        lost feeling in my groin
        my bum is numb
        numb bum since yesterday
        tingling around my genitals
        pins and needles in my bottom
        no feeling in my groin
        cant feel my bum properly
        can't feel anything down there
        my privates feel numb
        tingly down there
        numbness in my inner thighs
        saddle numbness
        weird feeling around my back passage
        reduced sensation in the saddle area
        numb between my legs
        my crotch has gone numb
        when i wipe it feels numb
        buttocks numb and tingling
        i have numbness around my anus
        Numbness In My Groin
        numbess in my groin
        tingeling in my bum
        my butt went numb on the run
        perineum feels numb
        groin and inner thighs are numb
        my bum feels numb
        i cant feel my bottom when i sit on the toilet
        numbness round my back passage
        my genitals feel numb
        numb around my private parts
        weird tingling in my groin area
        pins & needles in my crotch
        my balls feel numb
        my penis feels numb
        numbness in my vagina
        no sensation in my bum cheeks
        both butt cheeks are numb
        numb saddle area
        tingling in my perineum
        my inner thighs feel numb and tingly
        i've lost sensation around my anus
        it feels like my bum is asleep
        my bottom keeps going numb
        numb between my legs since last night
        toilet paper feels weird when i wipe
        i cant feel the toilet paper when i wipe
        sitting feels odd, like my bum is numb
        my groin has gone dead
        numbness spreading into my groin
        i've got a numb backside
        my bits are numb
        cant feel much around my genitals
        anal area feels numb
        numb around my arse
        i think my saddle area is a bit numb
        my bum is kind of numb on one side
        lost some feeling in my groin
        tingly bum cheeks
        my perineum is tingling
        genitals feel tingly
        numbness in the groin and inner thigh
        NUMB BUM
        my arse is numb
        ive got numbness in my bum and down my legs
        feels like i'm sitting on a cushion, can't feel my bum
        cant feel myself when i wipe
        i've got no sensation in my nether regions
        numbness around the genitals and back passage
        numb groin, 3 8k
        3 8km but my groin is numb
        tingling in my bottom that wont go
        my private area feels numb
        i have saddle anaesthesia
        not great today - numb patch on my inner thigh and around my bum
        4/10 but i've got this weird numbness in my privates since yesterday
        can't feel my bum on the toilet seat
        went to wipe and it felt numb
        my butt is numb and i can't feel when i have to go #2
        my junk is numb
        my taint feels numb
        numbness in my crotch area
        crotch feels sort of dead
        my groin feels really weird, like theres no sensation
        the part that sits on a bike saddle is numb
        my rear end has gone numb
        numb where i sit on the toilet seat
        i cant feel the toilet seat when i sit
        feels like my bum has been injected with novocaine
        my backside feels like it belongs to someone else
        you know the saddle bit, its all tingly
        my groin, its gone numb
        numb bum and its not from sitting
        sensation in my bottom is reduced
        felt like i was sitting on a wallet
        numb in places i shouldnt be
        a feeling of coldness in my bottom area
        altered sensation in the perineum
        reduced anal sensation
    """,
    "bladder": """
        Only peed once in the last 18 hours
        only had one wee today and its 8pm
        I've only been to the loo once since yesterday
        haven't felt the urge to go for 3 days
        havent needed a wee all day
        i wet myself
        i peed myself on the run
        cant pee
        couldnt pee this morning
        trouble peeing since yesterday
        struggling to start peeing
        weak stream when i pee
        my pee stream is weak
        can't feel when my bladder is full
        cant tell when i need to pee
        leaking urine
        i've been leaking a bit of pee
        had an accident in my pants
        can't control my bladder
        lost control of my bladder
        no bladder control
        bladder problems since the pain started
        incontinence
        incontinance
        bladdder issues
        havent peed since this morning
        difficulty passing urine
        it takes ages to start peeing
        peeing is difficult
        needed to pee but couldnt
        i wet the bed last night
        urinary retention
        my wee wont come out
        numb when i pee
        cant hold my pee
        i pissed myself
        havent been able to pee properly
        i cant wee
        peeing is really slow
        it takes forever to start weeing
        i have to push to pee
        my stream is weak and stops and starts
        dribbling after i pee
        i leaked a little on my run
        i wet myself a bit
        i dont know when i need to pee anymore
        cant feel myself peeing
        i dont feel the urge to pee
        i peed my pants without noticing
        i have no control over my bladder
        bladder feels full but nothing comes out
        i had to strain to pee
        weeing is hard
        i keep leaking
        im incontinent now
        lost bladder control
        pee just dribbles out
        i couldn't go to the toilet, nothing came
        struggling to empty my bladder
        new bladder leakage
        urine leaks when i stand up
        i've been finding it hard to pee
        i can only dribble
        my flow is weak
        i have to wait ages for the pee to start
        i didnt realise i needed to pee until i wet myself
        wet my pants
        i had a little leak
        peeing feels different
        i couldnt pass urine
        unable to pass water
        i cant empty my bladder
        ive had trouble weeing since monday
        leaking wee
        my bladder isnt working right
        cant feel when i pee
        havent had a wee all day and cant go
        i cant start peeing
        my pee keeps stopping and starting
        went to the loo but couldnt pee
        pee wont come out
        i'm peeing myself
        little leaks of urine
        cant hold my wee in
        cant feel my bladder
        peeing is weird since the back pain
        i have bladder issues
        I can't urinate
        not able to pee
        nothing when i try to pee
        i think im retaining urine
        3 8km, cant pee properly
        ran 3 miles, back is agony, and I've had some trouble getting the pee to start
        Rest day. Bit worried as I had a small accident and wet myself on the way home
        peeing is hard to start
        I'm having trouble urinating
        can't pee right
        i have to really push to pee
        had an accident in my shorts
        peed a little in my pants
        went to the loo and nothing would come out
        i try to wee and nothing happens
        only a few drops come out when i pee
        squeezed a trickle out after ages
        cant wee rn
        need to wee but it wont start
        i didnt know id wet myself until i saw my shorts
        im not sure when i need to go anymore
        no sensation of a full bladder
        my stream is pathetic
        stop start when i pee
        peeing is a nightmare
        takes ages to get going when i pee
        i havent pissed since yesterday
        my peeing isnt right
        i keep having accidents
        drips of pee in my pants all day
        i cant seem to empty my bladder
        waterworks not working right
        inability to urinate
        urinary hesitancy
        poor urinary stream
        leaking when i walk and my back is sore
        incomplete bladder emptying
        cant pee and its getting worse
    """,
    "bowel": """
        i pooed myself
        lost control of my bowels
        cant control my bowels
        soiled myself
        leaking poo
        can't feel when I need a poo
        cant feel when i wipe
        numb when i wipe my bum
        bowel problems
        faecal incontinence
        i pooped my pants
        no bowel control
        my bowels are not working properly
        i shat myself on the run
        i had an accident and pooed myself
        cant hold my poo
        i cant feel when i need to go for a poo
        lost control of my bowel
        poo leaking out
        i soiled my pants
        i crapped myself
        i dont know when im pooing
        my bowels have stopped working
        bowel incontinence
        i can't feel myself poo
        no feeling when i wipe my bottom
        i cant tell if i need a poo
        poo came out without me knowing
        i couldnt hold it and pooed
        lost control of my bum
        i had a poo accident
        no control of my bowels
        i cant control when i poo
        i pooed my pants
        accidentally pooed
        i had a bowel accident
        i have faecal leakage
        poo leaking into my pants
        pain 8, and weirdly when I went to the loo I couldn't feel the paper
        had an accident and soiled myself, really embarrassing
        I couldn't hold my bowels
        bowl control has gone
        found poo in my undies and had no idea
        i didnt feel the poo come out
        poo just slips out
        leaky bum since friday
        cant tell if i need a poo or not
        i pooed in my sleep
        didnt know i needed a poo until it was too late
        my bum wont hold it in anymore
        no sensation when passing a stool
        havent felt the need to poo for days
        my bowels havent passed in 3 days
        loss of bowel control
        reduced anal tone
        my butt wont hold it in anymore
        i pooed in me sleep
    """,
    "sexual": """
        cant get an erection
        erection problems since the back pain
        numb during sex
        can't feel anything during sex
        trouble getting hard
        problems in the bedroom
        erectile dysfunction
        sex feels different
        cant ejaculate
        lost my erections
        struggling to get an erection
        my sex life has changed
        i cant get it up
        my erections are weak
        cant get hard since the back pain
        i cant orgasm anymore
        no feeling during sex
        sex feels numb
        problems with my erection
        my penis is numb during sex
        unable to ejaculate
        my wife says im not getting erections
        erection trouble
        cant maintain an erection
        i cant climax
        no sensation in my vagina during sex
        i can't get an erection anymore
        erectile problems since the injury
        cant feel anything when we have sex
        my orgasms feel different
        problems getting an erection
        ive not been able to get an erection since the back pain started
        my erections arent as strong
        sex has been difficult, i cant feel much
        down there doesnt work properly anymore
        can't keep an erection
        difficulty ejaculating
        i cant finish during sex
        problems with sex since my back went
        having some issues with my erections lately
        having trouble getting an erection
        ED since the back flared up
        im having ed since the back went
        things in the bedroom have stopped working
        my willy doesnt work properly anymore
        erections go soft really quickly now
        cant maintain an erection
        cant feel anything when im intimate with my wife
        sex isnt the same
        nothing happens down there
        havent had an erection since the back went
        my orgasms feel distant
        i cant get aroused anymore
        cant perform in bed since the back went
        no morning erections and sex feels numb
        things down there arent working
    """,
    "both_legs": """
        patient here: both legs numb and weak
        my back hurts and both legs feel numb and tingly
        both legs are numb
        numbness in both legs
        tingling down both legs
        my legs are numb
        my legs are tingling
        pins and needles in both feet
        pain down both legs
        sciatica in both legs
        bilateral sciatica
        both legs feel weak
        my legs feel weak and my back hurts
        cant feel my legs
        shooting pains down my legs
        the sciatica has spread to the other leg
        now its in both legs
        numbness in my left and right leg
        both my legs are tingly
        weakness in both legs
        legs numb
        legs are numb and tingly
        my legs keep going numb
        both legs are tingling
        my legs feel numb
        both of my legs are weak
        legs gone numb
        i have numbness down both legs
        tingling in both my legs
        my legs are weak and wobbly and my back is killing me
        shooting pain in both legs
        pain in both legs
        i cant feel either leg
        both legs pins and needles
        sciatica on both sides
        numb legs
        legs feel weak and numb
        the numbness is now in both legs
        my legs went numb
        numbness in my legs
        weakness in my legs
        pins and needles in both legs
        both my thighs are numb
        tingly legs
        legs r numb
        numbness and tingling in both of my legs
        both my legs feel heavy and numb
        both my feet and legs are tingling
        my legs have pins and needles
        legs keep going numb when i walk
        weakness in my legs and feet
        i cant really feel my legs
        numb from the waist down
        both legs hurt badly
        pain shooting down both my legs
        my sciatica has moved into both legs
        both legs have gone weak
        both my legs are numb and i cant feel my feet
        my legs feel weak, numb and tingly
        3 8k both legs numb
        tingling in both thighs
        NUMBNESS IN BOTH LEGS
        pins and needles down both legs
        legs gone weak
        both legs have sciatica
        numbness spreading down both legs
        my legs keep buckling and are numb
        sciatica in my left leg and now my right leg too
        i now have sciatica in both legs
        Hi, did 5k today but afterwards I noticed both my legs were a bit numb, is that normal?
        7/10 and i've got shooting pains down both legs now, not just the left
        legs feel like they're not mine, numb from the knees down on both sides
        legs are weak and i keep stumbling
        both legs numb from the hips down
        my legs feel like jello and numb
        tingling in both feet and legs
        my feet are numb
        it started in my left leg and now the right one is doing it too
        the sciatica has jumped to the other side
        its going down both legs now
        legs have gone all wobbly and numb
        both my legs feel heavy and numb
        both of my legs feel like theyre asleep
        my legs dont feel like mine
        weird feeling in both legs
        my legs are buzzing and numb
        both legs numb and its not tiredness
        my legs feel cold and numb
        both legs ache and its not from running
        new tingling in my other leg
        sciatica that has spread to both legs
    """,
    "weakness": """
        my leg keeps giving way
        my left leg gave way
        legs collapsed under me
        foot drop
        my foot is dragging
        dragging my right foot
        tripping over my foot
        i keep catching my toes
        cant lift my foot
        cant walk properly
        struggling to walk
        my leg is getting weaker
        my right leg is weaker every day
        my foot keeps slapping the ground
        my leg went from under me
        cant stand on my toes
        my leg wont hold me
        i cant move my legs
        my legs keep giving way
        my leg buckled
        my left leg keeps collapsing
        i keep tripping over my right foot
        my foot is flopping
        my foot slaps when i walk
        im dragging my leg
        cant lift my toes
        can't walk straight
        i can barely walk, my leg wont work
        my foot wont lift
        my leg is getting weaker and weaker
        losing strength in my leg
        walking like a drunk
        i fell because my leg gave way
        my right leg is weak and getting worse
        cant walk on my heels
        the leg keeps going from under me
        my ankle keeps giving way because my foot drops
        foot slapping when i run
        my leg gives way on stairs
        leg keeps buckling
        i keep stumbling over my foot
        i can't raise my foot
        my left foot drags
        i can hardly walk
        unable to walk properly
        legs collapsed on me
        my leg collapsed
        my legs gave way and i fell
        leg is weak and keeps giving way
        foot drop on my left side
        my foot is floppy
        cant pick my foot up
        can't walk without holding on to something
        legs wont hold me up
        i stumble because my foot doesnt lift
        Didn't run. Back is really bad and my left leg keeps giving way when I walk
        Had to stop at 2k, my right foot started slapping the ground and I couldn't lift it
        my partner noticed my foot is dragging when I walk
        i keep losing my balance and tripping over my left foot
        leg weakness getting worse
        my foot flops when i walk
        my leg just stopped working and i fell
        my foot doesnt do what i tell it to
        my leg doesnt seem to want to work
        left leg not working properly
        i cant hold my foot up, it just hangs
        my foot kept slapping on the run
        my toes drag on the ground
        my foot is catching on the floor
        right foot is floppy
        cant push off with my left foot anymore
        my ankle wont bend up
        cant climb stairs, the leg is too weak
        cant go up on my toes on the left
        no power in my left leg
        my leg went weak and i fell
        i keep falling over
        the weakness in my leg is worse today
        my gait is all over the place
        my leg wont take my weight
        my leg keeps giving way during parkrun
        my foot doesnt do what i tell it to after the race
        foot drop on the left and its getting worse
        gait disturbance
        severe weakness in my leg
        weakness lifting my foot up
        walking like a little old lady
    """,
    "chest": """
        I'm asthmatic but this chest pain is different, crushing, I'm sweaty
        chest pain, my inhaler didn't help
        crushing chest pain in the wind
        chest was really tight on the run, sick and sweaty, probably just indigestion
        chest pain and feeling sick, probably just indigestion
        tight chest going into my left arm, prob reflux
        my chest hurts
        chest pain
        pain in my chest
        tight chest
        tightness in my chest
        pressure on my chest
        crushing feeling in my chest
        the pain spreads from my back to my chest
        chest feels heavy
        sharp pain in chest
        chest is sore and tight
        feels like a heart attack
        chest tightness
        my chest feels tight
        crushing chest pain
        chest pain and back pain
        chest is hurting
        sore chest
        tight feeling across my chest
        pains in my chest when i run
        my chest is killing me
        pressure in my chest
        chest hurts when i breathe
        my chest feels tight and painful
        chest discomfort
        pain across my chest
        stabbing pain in my chest
        heavy feeling in my chest
        squeezing in my chest
        pain in chest and back
        chest pains
        tightness across the chest
        my chest is tight and painful
        chest pain when running
        my chest is tight and my back hurts
        pain in my chest going through to my back
        ache in my chest
        3 8km. Tightness in my chest when going uphill
        chest pressure
        my chest feels heavy and tight
        chestpain since this morning
        ches pain
        chest feels tight like a band around it
        feels like someone is sitting on my chest
        chest and back both hurting
        pain in the middle of my chest
        my chest is not right, tight and painful
    """,
    "aortic": """
        sudden severe back pain, sweating and faint, the smell of the hospital
        sudden tearing pain in my back
        ripping pain through my back
        i fainted
        passed out with the pain
        feel faint and clammy
        i nearly passed out
        i collapsed this morning
        blacked out for a second
        it feels like something is tearing
        cold and clammy with the pain
        sudden ripping pain in my back
        felt a tearing pain between my shoulders
        i passed out
        i blacked out on my run
        i feel faint
        felt faint and sweaty
        i nearly fainted
        i collapsed on my run
        tearing sensation in my back
        i keeled over
        felt like i was going to pass out
        went clammy and faint
        passed out for a minute
        sudden tearing pain in my chest going to my back
        felt like something ripped in my back then i fainted
        passed out after the pain
        i collapsed at home
        i suddenly got a tearing pain in my back and felt dizzy
        ripping feeling between my shoulder blades
        i went grey and clammy
        nearly blacked out
        i fainted on my run
        almost passed out
        pain 5, had a horrible tearing feeling in my back then nearly passed out
        I fainted in the shower this morning
        I passed out briefly
        sudden agony in my back and belly and im cold and sweaty
        felt something tear in my back and now im grey and sweating
        i feel lightheaded and my back is agony
        found myself on the floor with the back pain
        excruciating pain in my back that came on in seconds
        pain tore through my back
        i feel like im going to collapse
        i collapsed with terrible back pain during parkrun
        excruciating pain in my back and im dizzy after the race
        i feel like i might pass out
    """,
    "blood_urine": """
        blood in my pee
        blood in my urine
        my pee is red
        pink wee
        brown urine after the run
        peeing blood
        there was blood when i peed
        my urine looks like coke
        haematuria
        urine is dark brown
        blood in urine
        pee is pink
        my wee is brown
        peeing red
        blood when i wee
        my urine is red
        pissing blood
        dark brown pee after the race
        theres blood in my wee
        pink pee today
        my pee was brown this morning
        urine looks red
        blood when i urinate
        blood in my wee
        red pee
        there's blood in my urine
        urine is pink
        weeing blood
        my pee has been quite pink the last two days
        pee is the color of coke
        blood in my pee after the race
        saw blood in the toilet after i peed
        wee looks like rose wine
        my urine is pinky
        dark urine like coffee
        urine looks bloody
        peeing what looks like blood
        wee looks like beetroot juice but i havent had beetroot
        theres blood in my wee at work
        my pee is red?? no idea why
    """,
    "trauma": """
        got hit by a car at walking pace and now my back is agony
        came off my bike at speed, laughed it off, but now my back is agony
        fell off a ladder
        fell off a ladder on sunday
        car accident last week
        i was in a car crash
        fell down the stairs
        fell off my bike
        came off my bike yesterday
        got knocked off my bike
        hit by a car
        had a bad fall
        fell on my back on the ice
        landed hard on my back
        fell off a horse
        slipped and fell down the steps
        whiplash from a crash
        i had an accident at work
        fell from a height
        fell hard on the trail
        i fell off my bike last week
        crashed my bike
        got hit by a car
        was in a car accident
        fell down some stairs
        i slipped on ice and fell on my back
        had a fall
        fell from a ladder
        i fell off the roof
        came off my horse
        i was knocked over by a cyclist
        rear ended on the motorway
        fell over backwards
        landed on my back
        motorbike accident
        bad fall skiing
        i fell hard on my bum
        i fell off a wall
        fell off my mountain bike
        car crash
        i was in a road traffic accident
        got rear ended
        i fell from the loft
        i had a nasty fall
        skiing accident
        i was hit by a bike
        i fell off a ladder at work
        car accident yesterday
        hit by a van
        fell off a horse on saturday
        took a tumble down the stairs
        i fell down a flight of stairs
        crashed my car
        bike crash
        fell from a tree
        fell through the floor
        slipped on the stairs and landed on my back
        fell off a step ladder
        i was knocked down by a car
        fell backwards off a chair
        fell off the trampoline
        Fell off my bike on Saturday and landed on my back, it's been sore since
        got rear-ended yesterday
        fell down the basement stairs
        slipped on the ice and landed on my tailbone
        slipped on ice and landed really hard on my back
        knocked over by a cyclist
        got slammed into the ground in a tackle
        clipped by a car on my run
    """,
    "fever": """
        ive got a fever
        pain 6 10k and ive got a fever
        temperature of 39
        temperature is 39
        temp 38.5
        39 degrees
        38.5c
        101F
        temp was 101 this morning
        feverish
        chills and shivering
        i have the chills
        night sweats
        feeling very unwell
        running a temperature
        high temperature
        i've got a temp
        feaver
        sweating at night
        i feel really ill
        i have a high temperature
        my temp is 38
        temp 39.2
        temperature 38.7
        i have a temperature of 101
        i am running a fever
        shivery and hot
        got the shivers
        im burning up
        fever and chills
        i've had a fever since yesterday
        temperature 38
        my temperature is high
        feverish and achy
        i feel hot and cold
        feel really unwell
        38.9 temp
        flu like symptoms
        hot sweats at night
        temp is 38.3
        fever of 39
        my temperature was 38.9
        i have a temp of 38
        running a high temp
        i've got chills
        keep shivering
        feeling feverish
        high fever
        im really poorly
        i have a fever of 38.5
        temperature 39.5
        temp: 38.6
        39.1 degrees
        100.4F
        102 f
        fevers and chills
        high temp and shivering
        im really hot and shivery
        sweating buckets at night
        my temperature is 38.2
        i keep getting the chills
        had a temperature last night
        feel shivery and unwell
        i've got a raging fever
        pain 6. I think I'm coming down with something, temp was 38.4 this morning
        no run, felt awful, shivering and sweating all night
        I've had night sweats for a couple of weeks
        running a fever of 101
        I have chills and a fever
        temp 102
    """,
    "weight_loss": """
        lost weight without trying
        losing weight and i dont know why
        ive lost 5kg without trying
        weight keeps dropping even though im eating normally
        unexplained weight loss
        i'm not trying to lose weight but i've lost a stone
        dropped 4 kg for no reason
        my weight is falling off me and im not dieting
        i've lost a lot of weight without trying
        weight dropping off me for no reason
        unexplained weight loss recently
        ive lost half a stone without trying
        i keep losing weight and im eating loads
        lost 6kg and i dont know why
        lost weight, not trying to
        im losing weight without dieting
        my weight has dropped and i havent been trying
        lost a stone in a month without trying
        i keep losing weight for no reason
        been losing weight without trying
        lost 3kg without trying
        weight loss without trying
        i've lost weight but im not dieting
        the weight is just falling off me without trying
        ive dropped 2 stone without trying
        my clothes are falling off me and im not dieting
        losing weight even though im eating more
        I've lost about 6kg in the last couple of months and I'm not sure why
        lost 15 lbs without trying
        clothes are hanging off me and i havent changed anything
        scales say ive lost loads and im running less than before
    """,
    "cancer": """
        had breast cancer
        i had breast cancer 5 years ago
        i have prostate cancer
        history of lung cancer
        im on chemo
        finished chemotherapy last year
        i had lymphoma
        they found a tumour
        my cancer has spread to my bones
        in remission from leukaemia
        metastases in my spine
        cancer survivor
        i've had cancer
        i had cancer
        im a cancer survivor
        i had prostate cancer
        cancer in 2019
        i had chemo for breast cancer
        i've got a tumour
        i had a melanoma removed
        bowel cancer 3 years ago
        i had radiotherapy
        i had bowel cancer
        ive had leukaemia
        i was treated for lymphoma
        i had a mastectomy
        cancer history
        currently on chemotherapy
        i had cancer years ago
        previous cancer
        history of breast cancer
        i had a tumour removed
        on hormone therapy for breast cancer
        my prostate cancer has spread
        i'm being treated for cancer
        ive got myeloma
        had a tumor in my breast
        Quick one - I had a tumour removed from my kidney a few years back, does that matter?
        i had lymphoma when i was 30
        i have a history of prostate cancer
    """,
    "night_pain": """
        my back is no better when i rest
        it doesnt get any better when i rest
        back pain worse when I lie down and better up and about
        worse lying down, better once I get moving
        pain is worse at night
        back hurts at night
        the pain wakes me up
        it wakes me up at night
        cant sleep because of the pain
        cant lie down
        can't lie flat
        constant pain
        pain is constant
        it hurts all the time
        rest doesn't help
        nothing eases it
        woken up by the pain every night
        the pain keeps me awake
        agony in bed
        worse when lying down
        pain wakes me at night
        woke up at 3am in agony
        back pain keeps me awake
        cant sleep for the pain
        pain is worse in bed
        my back hurts more at night
        hurts when i lie down
        its constant
        constant ache
        pain never goes away
        it hurts 24/7
        i cant get comfortable at night
        the pain is there all the time even when resting
        lying down makes it worse
        pain doesnt ease with rest
        pain wakes me up every night
        back pain at night
        pain at night is awful
        i cant sleep with the pain
        the pain is unbearable at night
        can't lie on my back
        no position is comfortable
        the pain doesn't stop
        even resting it hurts
        pain worse at night
        i wake up with pain every night
        can't sleep because of back pain
        the pain keeps me up at night
        constant pain day and night
        i'm in constant pain
        the pain is worse when im lying in bed
        pain gets worse at night
        hurts most at night
        i'm up all night with my back
        woke up in the night with terrible back pain
        i cant get to sleep because my back hurts
        pain wakes me at 4am
        it's there day and night
        my back aches constantly
        theres no position that doesnt hurt
        doesnt get better with rest
        resting doesn't make it better
        back pain is waking me up every night now, can't get comfy at all
        constantly aching back that doesnt ease with rest
        my back pain has been constant for a week, even lying down
        the pain is worse lying down at night
        pain keeps waking me up
        nothing makes it better not even lying still
        lying in bed makes it throb
    """,
    "thoracic": """
        pain between my shoulder blades
        between the shoulder blades
        upper back pain
        my upper back hurts
        mid back pain
        pain in the middle of my back
        pain under my right shoulder blade
        sore upper back
        thoracic pain
        ache in my mid back
        pain between my shoulders
        ache between the shoulder blades
        upper back is killing me
        my mid back hurts
        sore between my shoulder blades
        pain in my upper spine
        middle back pain
        pain in my upper back
        upper back ache
        mid-back pain
        pain between shoulder blades
        shoulder blade pain
        i have pain between my shoulder blades
        pain in my back between my shoulders
        aching between my shoulder blades
        my middle back is killing me
        stabbing pain in my upper back
        pain is in the middle of my back rather than the bottom today
        sore between the shoulder blades and upper back today, 3 5k
        pain is higher up now, in my upper back
        hurts around where my bra strap goes
        the pain has moved up my spine
        pain high up in my back
    """,
    "cough_sneeze": """
        back twinges when i cough
        back hurts when i sneeze
        cough makes my back hurt
        sneezing is agony for my back
        every time i sneeze it shoots down my leg
        coughing sends a jolt through my lower back
        it kills when i cough
        pain when i strain on the toilet
        my back hurts when i poo
        pooing hurts my back
        straining on the loo makes the pain worse
        a sneeze nearly floored me, the pain was unbearable
        back pain is much worse when i cough or sneeze
        i daren't sneeze, it hurts so much
        coughing makes the back pain spike
        when i cough i get a sharp pain in my back
        sneezed and my back went into spasm
        im scared to sneeze
        going for a poo is agony for my back
        coughing fits are killing my back
    """,
    "lump": """
        there is a lump on my back
        lump on my spine
        swelling on my lower back
        new lump near my spine
        my back looks different shape
        my spine looks crooked
        a bump on my spine
        swollen lower back
        found a lump
        my back has changed shape
        theres a lump on my lower back
        i found a lump on my spine
        swelling on my spine
        my back is swollen
        a bump has come up on my back
        my spine looks bent
        i have a lump
        theres a swelling on my spine
        lump on my lower back
        my back has a new bump
        i have a lump on my back
        theres a lump near my spine
        theres a hard lump on my spine
        my lower back is swollen and lumpy
        i can feel a lump near my spine
        a swelling has appeared on my back
        there's a tender lump at the base of my spine
        my back looks a different shape
        swollen lump over the sore bit
        my back has gone a funny shape
    """,
    "immune": """
        i have a weakened immune system
        im immunosuppressed
        on long term steroids
        im on prednisolone
        i inject drugs
        i have hiv
        recent kidney infection
        just finished antibiotics for a uti
        i have osteoporosis and slipped on the stairs
        im on chemo
        im immunocompromised
        taking steroids for years
        i'm on steroids
        i take prednisone
        i inject heroin
        i have a compromised immune system
        low immune system
        recent infection
        i had a urine infection last week
        i'm on antibiotics
        i had pneumonia
        i have osteoporosis and fell over
        im hiv positive
        i had a kidney transplant
        im on immunosuppressants
        i have a weak immune system
        i use iv drugs
        i had sepsis last month
        i have osteoporosis and tripped
        i'm on long-term steroids
        i'm on immunosuppressants for crohns
        im on methotrexate
        taking biologics for arthritis
        i had a bad chest infection last week
        i had a uti two weeks ago
        on steroids for my asthma
        ive got osteoporosis and had a small fall
        im on prednisolone and slipped
        just finished a course of antibiotics
        i had cellulitis
        I'm on long-term prednisolone for my lungs
        recently finished antibiotics for a chest infection
        I'm on prednisone
        I have a weakened immune system from chemo
    """,
    "age": """
        im 55 and this is the first time ive had back pain
        first time ive ever had back pain and im 62
        never had back pain before, im 58
        im 17 and first time my back has hurt
        first ever back pain at 70
        aged 66, never had back problems before
        i am 52 years old and never had back pain before
        im in my sixties and this is my first ever bout of back pain
        im 60 and never had back pain before
        first time i have had back pain, im 67
        never had a bad back before and im 54
        im 16 and my back hurts for the first time
        this is my first back pain and im 71
        i'm 65 and this is my first ever back pain
        first time with back pain, aged 15
        im 70 and its my first time with back pain
        this is the first time ive had back pain and im 18
        im 73 and have never had back pain till now
        im 19 never had back problems before
        at 58 this is my first back pain
        im 63, never had a bad back before this month
        i'm 15 and this is the first time my back has ever hurt
        first time ever with back pain and im 62
        im 17 never had a sore back till now
        71 year old, first time my back has played up
        im 16 and my back has started hurting for the first time
        60 this year and this is new, never had back trouble
        54 and its my first time with a sore back
    """,
    "nerve": """
        tingling
        my foot is numb
        sciatica down my left leg
        pins and needles in my left foot
        numbness in my right leg
        shooting pain down my leg
        my left leg feels weak
        tingling in my toes
        my leg is numb
        nerve pain in my leg
        cant feel my left foot
        numbness
        numb
        electric shocks down my leg
        trapped nerve
        my leg keeps going to sleep
        numb foot
        tingly foot
        pins and needles
        my toes are tingling
        pain shooting down my left leg
        sciatica
        my right leg is numb
        i have sciatica
        tingling in my left calf
        my thigh is numb
        numbness down my leg
        pain radiating down my leg
        my leg feels weak
        my foot feels weird
        nerve pain
        burning pain down my leg
        electric shock feeling in my leg
        tingling in my right foot
        my big toe is numb
        pins and needles in my foot
        tingling in my leg
        my foot tingles
        numb toes
        leg is tingling
        shooting pains in my leg
        sciatic pain
        my calf is numb
        numbness in my left foot
        i think i have sciatica
        my leg is tingling
        tingling down my leg
        shooting pain down my left leg
        i have pins and needles in my right foot
        my foot feels numb
        sciatica is back
        numbness in my calf
        my left leg is numb from the knee down
        I get tingling in my left foot after about 3k
        my knee buckles and my leg is weak
        sciatica flaring down my right leg
        my left foot is tingly
        my right thigh is numb
        legs have been weak since the marathon
        my knee keeps giving way
        my leg feels like its fizzing
    """,
}


@pytest.mark.parametrize("category", list(POSITIVE))
def test_it_finds_each_category_in_the_runners_words(category: str) -> None:
    missed = [(text, ids(text)) for text in lines(POSITIVE[category]) if category not in ids(text)]
    assert missed == []


def test_every_category_has_many_development_phrasings() -> None:
    assert set(POSITIVE) == set(CATEGORY_BY_ID)
    assert all(len(lines(block)) >= 20 for block in POSITIVE.values())


# Denied, resolved, someone else's, or ordinary: the category must not be found.
NEGATIVE = {
    "ces": """
        the physio ruled out cauda equina
        cauda equina was ruled out at A&E
        MRI was negative for cauda equina
        its not cauda equina, the doctor said
        a guy at my club had cauda equina syndrome last year, scary stuff
        my mate thinks he has cauda equina
        read about cauda equina, glad I dont have any of those symptoms
    """,
    "saddle": """
        no numbness in my groin
        groin isnt numb
        no tingling around my bum
        the numbness in my bum has gone
        nothing down there, no numbness
        i can feel my bum fine
        no numbness in my bum
        groin isn't tingling
        no saddle numbness
        my bum isnt numb anymore
        numbness in bum gone
        bum numb after a long bike ride
        numb bum from the turbo trainer
    """,
    "bladder": """
        no bladder problems
        no problems peeing
        haven't had any leaking
        bladder is fine
        peeing fine
        no issues with my bladder
        i can pee fine
        peed before the race
        ran to the loo
        need a wee
        stopped for a wee twice
        a wee bit sore today
        my hydration bladder leaked
        no incontinence
        never had any bladder issues
        peeing normally
        no trouble peeing
        no leaks
        bladder fine
        no problem with my bladder
        pee is normal
        no issues peeing or pooing
        not had any bladder issues
        no change in bladder
        cant pee with people watching at the urinal
        my hydration bladder leaked everywhere
        had a little accident in the portaloo queue lol
        stopped for a wee behind a tree
    """,
    "bowel": """
        no bowel problems
        bowels are fine
        had to stop for a poo
        no problems with my bowels
        nearly shit myself when a dog jumped out
        bowels normal
        no bowel issues
        no change in bowels
        normal poos
    """,
    "sexual": """
        no erection problems
        no problems in the bedroom
        sex is fine
        nothing happens when i try to speed up
        erections fine, no issues
        my watch stopped working
    """,
    "both_legs": """
        legs arent numb just tired
        legs tired after the long run
        both legs tired after the marathon
        heavy legs
        no numbness in my legs
        no numbness or tingling in either leg
        my legs are fine
        both legs ache after the race
        legs felt weak on the hills
        my legs arent tingling anymore
        my feet were numb from the cold
        no pain in both legs
        i dont have numbness in my legs
        the tingling in my legs has gone
        legs felt like jelly
        my legs are dead after that
        no numbness in either leg
        no tingling in my legs
        legs fine
        both legs fine
        no pain in my legs
        my legs arent weak
        not numb in my legs
        legs aren't numb anymore
        its in both races next month
        legs buzzing after parkrun
        my left calf was tight and now the right one is too
    """,
    "weakness": """
        my legs arent giving way
        no weakness
        collapsed on the sofa
        i can walk fine
        my knee gave way
        legs turned to jelly
        kept tripping on roots on the trail
        no weakness in my legs
        leg not giving way
        walking fine
        my foot isnt dragging any more
        i was dragging my feet about booking the physio
        foot slapped down on the descent
        legs gave out at the end of the ultra
        cant push off properly because of the blister
        dragging my feet about getting to the physio
    """,
    "chest": """
        chest is fine
        no chest pain
        chest strap monitor died
        my chest strap was rubbing
        heart rate was high
        chest pain has gone
        never had chest pain
        chest fine
        chest ok
        bench press day, chest sore
        did push ups, chest aching
    """,
    "aortic": """
        fell asleep on the sofa
        nearly fainted in the heat
        passed out on the sofa after the run
        a faint ache in my back
        i didnt faint
        felt faint from hunger
        i feel like im going to collapse with tiredness lol
        sudden twinge in my back when i bent down to tie my laces
    """,
    "blood_urine": """
        no blood in my pee
        blood test and urine test were normal
        pee is clear
        dark yellow pee
    """,
    "trauma": """
        didnt fall
        i fell behind my pace
        fell asleep
        crashed on the sofa
        i didnt fall off the ladder
        hit the wall at 30k
        my plan fell apart
        fell off the pace on the hill
        tripped on a root but didnt fall
        by accident i ran an extra km
        my mate fell off his bike
        no falls
        havent fallen
        no accident
    """,
    "fever": """
        no fever
        temp normal
        hay fever is bad today
        marathon fever
        it was 39 degrees today
        ran in 38 degree heat
        temperature outside was 5 degrees
        the fever has gone
        no temperature
        got my flu jab
        tempo 38 mins
        3 8km
        numbers: 3 8
        the number 8
        temp is normal
        no fever or chills
        no chills
        hay fever 39 rest
    """,
    "weight_loss": """
        my weight is going down nicely since i started running
        lost 2kg this month, happy with that
        trying to lose weight
        no weight loss
        im not trying to lose weight
    """,
    "cancer": """
        cancer research 10k
        running for cancer research
        race for life in june
        my mum has cancer
        worried it might be cancer
        hope its not cancer
        no history of cancer
        never had cancer
        raising money for a cancer charity
    """,
    "night_pain": """
        night run
        ran last night
        pain eases when lying down
        back feels better at night
        constantly running late
        cant sleep before the race
        it only hurts when i run
        my back doesnt hurt at night
    """,
    "thoracic": """
        upper back stretches
        no upper back pain
        thoracic mobility drills
    """,
    "cough_sneeze": """
        no pain when i cough
        got a cough
        sneezing a lot with hay fever
        sore throat and a cough
        coughing hurts my throat
        i peed a bit when i sneezed lol
        coughing doesnt hurt my back anymore
        my back no longer hurts when i sneeze
        constipated, straining a bit
        had a poo before the run, no pain
    """,
    "lump": """
        bulging disc on my mri
        no lumps
        knot in my back
        swelling went back down
        lump sum payment
        lump in my throat
    """,
    "immune": """
        steroid injection in my back
        no infections
        no steroids
        had a cold
    """,
    "age": """
        im 55
        first time running a marathon
        im 30 and first time ive had back pain
    """,
    "nerve": """
        no numbness
        not numb
        the tingling has gone
        tingling gone since yesterday
        no tingling or numbness
        my fingers are numb from the cold
        numbers
        the number 8
        thing is im nimble
        climbed a ladder
        numb hands in the cold
        no pins and needles
        not sciatica apparently
        no shooting pain
        the numbness has stopped
        pins and needles went away
        i used to have sciatica
        no sciatica
        sciatica has gone
        no tingling
        numbness has gone
        not numb anymore
        no numbness or tingling
    """,
}


# Ordinary running talk, one message a line: no emergency at all, and hardly ever any finding.
ORDINARY = """
    3 8km
    4 10k
    2 5k easy
    pain 3, ran 8km
    0 0
    rest day
    no pain 6km
    3/10 5km
    legs tired after the long run
    both legs tired after the marathon
    my back is stiff
    heavy legs
    i fell behind my pace
    chest strap monitor died
    ran to the loo
    peed before the race
    night run
    my weight is going down nicely since i started running
    cancer research 10k
    crashed on the sofa
    fell asleep
    numbers: 3 8
    the number 8
    back a bit sore after hills 4 12k
    legs felt heavy today, 5 8km
    great run, no pain
    calves tight, 2 6k
    hamstrings sore 3 10k
    quads destroyed after the downhill
    glutes burning on the hills
    left knee niggle 2 7k
    ran with the club, 3 9km
    parkrun pb!! 2 5k
    tempo run 3 8k
    intervals 4 6km
    long run 3 21k
    stopped for a wee twice, 3 15k
    need a poo mid run lol 2 10k
    had to find a toilet 3 12k
    hot today 4 8km
    it was 30 degrees, 3 6k
    cold and wet 2 7k
    numb fingers from the cold 2 8k
    my feet got wet
    shoes rubbing, blister on my heel
    black toenail
    chafing under my arms
    heart rate high today
    hr strap kept dropping out
    garmin died halfway
    strava says 8.2km
    back ache 5 after the long run
    pain 6 today, 0km rest
    back feels tight, skipped the run
    lower back sore 4 10k
    i fell asleep on the sofa after
    legs like jelly after the race
    dead legs
    legs were gone at mile 20
    hit the wall at 30k
    bonked at 25k
    knees ache on downhills
    ran 10 miles
    6 miles 3
    3 5 miles
    did 8k with my dog
    ran with my son, 2 5k
    pain 2 after yoga
    foam rolled my back
    did my physio exercises
    stretching helps
    my back is better
    much better today 1 8km
    no pain at all
    pain free run
    back twinged at 5k but settled
    a bit stiff in the morning
    sore back in the morning
    couldn't run today, too busy
    work was mad
    slept badly, 3 5k
    tired today
    treadmill 5k 2
    hill reps 4 6km
    race day tomorrow!
    tapering
    carb loading
    marathon fever
    spring fever
    running streak day 40
    new shoes feel great
    hoka clifton 9 felt good
    ran in the rain 3 8k
    wind was brutal
    humid 4 10k
    fell off the pace on the last hill
    my plan fell apart
    crashed out early
    feeling rough today
    bit of a headache
    stitch at 3k
    side stitch
    belly cramp
    drank too much coffee
    gels upset my stomach
    runners trots
    nipple chafing
    sunburn on my shoulders
    ran 5k with my wife
    my wife has a bad back
    my dad had a heart attack last year
    my mum has cancer so im running for her
    doing the race for life
    macmillan 10k
    physio said its muscular
    gp said keep moving
    took ibuprofen
    heat pack helped
    lost 2kg this month
    trying to lose weight
    weight is steady
    happy with my weight
    back sore 3 8k
    3 8k back sore
    pain 4
    8km
    10k today
    3
    no run today
    skipped it, 0
    rest
    walked 5k instead
    cycled 20k
    swam 1k
    yoga
    pilates class
    temperature was nice today
    perfect running temperature
    it was 5 degrees
    minus 2 this morning
    night shift so ran in the afternoon
    evening run 3 6k
    morning run 2 5k
    lunch run
    ran at night, 3 7k
    my back doesn't hurt at night
    sleeping better
    slept well
    legs a bit achy
    achy legs
    sore legs
    tight hamstrings both legs
    calves were screaming
    my legs were on fire
    legs felt weak on the hills
    legs wobbly at the end
    legs gone
    finished strong
    negative split!
    sub 50 10k
    3 8km, feeling great
    loving it
    bottom of the hill was steep
    got to the top of the hill
    rock bottom today mentally
    a wee run today 2 4k
    a wee bit sore 3 6k
    wee jog round the park
    i wee a lot on long runs
    hydration vest leaked
    bottle leaked in my bag
    weight training
    leg day at the gym
    squats 5x5
    deadlifts felt good
    chest day at the gym
    bench press pb
    upper back stretches
    thoracic mobility
    shoulders tight from the desk
    neck stiff
    sat at a desk all day
    number of runs this week: 4
    weekly total 32km
    3 runs this week
    8.5km in 45 mins
    5:30 pace
    average hr 150
    vo2 max went up
    cadence 170
    fartlek 4 8k
    strides after
    cool down jog
    warm up felt good
    cold shower after
    ice bath
    sauna after the run
    massage helped
    bum a bit sore from cycling
    saddle sore from the bike
    groin strain
    hip flexors tight
    ankle rolled a bit
    shin splints 3 5k
    plantar fasciitis flaring
    achilles sore
    legs felt heavy
    back was a bit tight at the start
    easy pace
    felt strong today
    hills were tough
    windy along the seafront
    rained the whole way
    nice sunny morning
    too hot, had to slow down
    humid and sticky
    freezing cold, couldnt feel my fingers
    my hands were numb from the cold
    ran with my dog
    pushed the buggy
    ran with the club
    parkrun this morning
    new pb
    slowest run in ages
    stopped to stretch my back
    stopped for a wee
    needed the loo halfway
    had to stop for a toilet break
    stomach was off
    too many gels
    felt sick after the intervals
    stitch in my side
    calves tight
    achilles a bit sore
    knee twinged on the downhill
    glutes sore from yesterdays squats
    hamstring felt tight
    shins sore
    blister on my big toe
    lost a toenail
    chafing was bad
    new shoes felt weird
    shoes too tight, toes went numb
    laces came undone
    watch died
    gps was off
    strava crashed
    headphones died
    forgot my water
    dropped my gel
    back sore after sitting at my desk all day
    back stiff in the morning but loosened up
    back feels better than yesterday
    back twinge when i bent down
    back aches after long drives
    lower back niggle
    bit of back ache
    back was fine until 8k
    back started hurting at the end
    sore back after gardening
    lifted the kids and my back complained
    slept funny
    didnt sleep well
    tired from work
    hungover
    late night
    early start
    ran before work
    ran at lunch
    evening run
    night run with a headtorch
    ran in the dark
    trail run, very muddy
    slipped in the mud but stayed up
    nearly tripped on a root
    rolled my ankle slightly
    fell behind the group on the hills
    couldnt keep up
    dropped off the pace
    crashed and burned at 30k
    hit the wall
    bonked
    legs went at mile 20
    legs like lead
    legs were dead
    legs felt fresh
    heavy legs from yesterday
    legs ache after yesterdays session
    both legs tired
    both calves tight
    both feet sore
    feet hurt
    toes cold
    sweaty
    sweated loads
    drenched in sweat
    heart rate was high
    hr was all over the place
    chest strap kept slipping
    breathing hard on the hills
    out of breath
    lungs burning on the climb
    asthma a bit tight in the cold
    pollen bad today
    hay fever
    sneezing a lot
    bit of a cold
    got a cough
    sore throat
    man flu lol
    feeling a bit run down
    feeling rough
    stressed at work
    good for my head
    cleared my mind
    happy
    loved it
    hated it
    so slow
    pace was 5:30
    averaged 6 min km
    did 8 x 400m
    10 x 1 min hard
    tempo at threshold
    long slow run
    recovery jog
    strides at the end
    foam rolled after
    stretched after
    yoga after
    epsom salt bath
    massage today
    physio tomorrow
    gp appointment next week
    physio says my glutes are weak
    physio gave me exercises for my core
    doctor says its muscular
    doctor said keep running gently
    took paracetamol
    took ibuprofen before
    heat pack on my back
    back brace helped
    weight is down 1kg this week
    trying to lose a few pounds
    weighed myself, 70kg
    ate too much pizza
    carb loaded
    marathon in 3 weeks
    half marathon sunday
    10k race next month
    signed up for an ultra
    cancer research race for life
    running for macmillan
    raising money for the heart foundation
    my dad had cancer so running for him
    my wife ran with me
    my son did his first parkrun
    my mum fell last week so been visiting
    my friend crashed his car but hes ok
    taking it easy
    resting tomorrow
    rest day yesterday
    two rest days
    missed yesterday
    back to it
    first run back after a week off
    first run in a month
    first time running 20k
    first time running in the snow
    im 45 and loving running
    im 55, slow but steady
    ran my age in km
    number of steps 12000
    bottom of the hill was brutal
    top of the hill at last
    rock bottom mood
    wee bit stiff
    a wee jog
    wee run round the park
    my bum was sore from the bike
    saddle sore after spin class
    numb bum from sitting on the train
    groin a bit tight
    inner thigh chafing
    chafed between my legs
    hips tight
    upper back tight from the desk
    shoulders tense
    arms tired
    core work after
    temperature was lovely
    perfect temp
    it was 35 degrees
    ran in 30 degree heat
    minus 5 this morning
    18 degrees
    37 degrees in the shade
    temp 12c
    103 degrees in texas today
    weather was 39 degrees today
    my feet went numb in the cold
    toes numb from the cold
    legs numb with cold
    lost feeling in my fingers
    face numb from the wind
    couldnt feel my hands
    tingly hands after the run
    pins and needles in my hands
    shin splints
    plantar fasciitis
    runners knee
    it band tight
    piriformis tight
    sciatica stretches from the physio
    weak glutes apparently
    weak core
    weak ankles
    legs weak on the hills
    weak after the flu
    jelly legs
    legs gave up on the last hill
    collapsed on the sofa after
    collapsed into bed
    passed out on the sofa
    fainted at the blood test lol
    felt faint in the heat
    dizzy standing up after
    sick in the bushes
    threw up after the race
    peed behind a tree
    peed in a bush
    dribbled my water all over me
    bottle leaked
    my vest leaked
    cant pee in public loos lol
    need to pee before every run
    always need a wee at 5k
    pee stop at 7k
    poo stop
    runners trots again
    nearly had an accident
    had a little accident in the portaloo queue lol
    fell asleep early
    fell asleep on the train
    fell in love with running
    fell off the wagon this week
    fell off the pace
    fell short of my goal
    didnt fall despite the ice
    nearly fell on the ice
    tripped on a kerb but didnt fall
    slipped on a wet leaf
    bike commute then run
    cycled to work
    crashed my spin class
    ran past a car crash
    saw an accident on the road
    accidentally ran 12k
    by accident took the long route
    no pain
    pain free
    no back pain today
    no numbness today
    no tingling
    no pins and needles
    no sciatica today
    legs fine
    chest fine
    no fever
    bladder fine
    all good
    everything ok
    nothing to report
    same as usual
    better than yesterday
    worse than yesterday
    pain came back at the end
    pain settled after 2k
    back loosened up
    back ok
    back sore
    back sore again
    back really sore
    back killing me after
    back ache in bed last night
    back stiff in bed this morning
    woke up stiff
    woke up sore
    stiff when i wake up
    the pain in bed was bad last night lol
    sore in bed after the long run
    woke up in the night needing a wee
    woke up at 5am for the race
    alarm woke me at 5
    kids woke me up at 3am
    couldnt sleep, too excited
    couldnt sleep before the race
    cant sleep in this heat
    hot night, sweaty
    night sweats from the heat
    sweated all night, so hot
    constantly checking my watch
    constantly hungry
    hurts all the time when i run
    always sore after long runs
    pain is constant when running downhill
    my back is always stiff after runs
    never stops raining
    it never stops
    24/7 training lol
    my legs felt numb-ish with cold at the start
    both hamstrings tight, legs heavy
    pain in my calf
    pain in my hamstring when i sprint
    hurt my foot on a stone
    both knees hurt going downhill
    my feet hurt after 20k
    feet were killing me
    both legs killing me after the marathon
    legs hurt after yesterday's race
    legs sore both sides
    my bum hurts from the hills
    glutes hurt
    my groin hurts
    pulled my groin
    groin pain when i sprint
    weak legs after covid
    legs felt weak from the heat
    lost my legs at the end
    couldnt feel my toes in the snow
    toes went numb in my new shoes
    laces too tight, foot went numb
    foot fell asleep on the train
    my leg went to sleep sitting on the floor
    foot goes numb on the bike
    hands tingle when i run
    tingling in my fingers
    pins and needles in my arm after sleeping on it
    dead arm from the jab
    covid jab yesterday
    flu jab arm sore
    had the flu last month
    temperature dropped at sunset
    temp was 2c
    ran a temp run
    high temperature outside
    was 40 degrees in the sun
    39 degree heat in spain
    chest strap heart rate monitor
    heart was racing
    heart rate 180
    breathless on the hills
    chest felt fine
    fell behind on my plan
    fell off the treadmill lol
    nearly fell off the treadmill
    tripped over my dog
    i tripped over my own feet lol
    stumbled on the kerb
    knocked my knee
    bumped my head
    hit my shin on a bench
    car nearly hit me
    a car almost hit me
    my friend had a car accident
    the car broke down
    had an accident in the car park, scraped my bumper
    lost my keys
    lost my phone
    lost 30 seconds on the hill
    losing fitness
    lost weight for my wedding, on purpose
    my weight loss plan is working
    im 55 and training for a marathon
    first marathon at 52
    first time ive run 10k, im 16
    first run since my back pain started
    my back pain started for the first time last year when i was 40
    i peed a bit when i sneezed lol
    leaked a bit when i laughed
    pee is dark, need more water
    pee very yellow
    pee was orange after the vitamins
    beetroot made my pee pink
    blood blister on my toe
    bleeding nipples
    bloody hills
    bloody hard run
    bloody freezing
    cant pee when people are watching
    i have to pee all the time
    pee a lot at night
    up three times a night to pee
    woke up needing the loo
    couldn't poo before the race
    constipated from the painkillers
    diarrhoea after the gel
    stomach cramps
    my bowels are a bit loose
    cancer awareness 5k
    breast cancer charity run
    my sister has breast cancer
    im a cancer survivors supporter
    lump in my calf muscle
    swollen ankle
    swelling on my knee
    knot in my back muscle
    bump on my head
    upper back tight after swimming
    shoulder blade clicked
    between my shoulder blades is tight from the desk
    mid back stiff
    fever tree tonic after
    running fever got me
    sweaty night
    chills after my ice bath
    shivering waiting for the start
    shaking from the cold
    teeth chattering at the start line
    felt faint at the blood donation
    almost fainted when i stood up
    light headed after the sprint
    dizzy after the intervals
    saw stars
    collapsed on the sofa
    collapsed in a heap after the race
    my legs collapsed at the finish lol
    ran 10 m down the hill then back up
    did hill repeats, 200 feet down the slope and up again
    came off the flight and went straight for a run
    was flat on my back doing stretches after the run
    my hips are tight on both sides now
    glutes sore on both sides now
    i was bursting for a wee at 10k but couldnt go as there was no loo
    couldnt go for a run, needed the loo all morning
"""


@pytest.mark.parametrize("category", list(NEGATIVE))
def test_it_leaves_out_denied_resolved_and_unrelated_mentions(category: str) -> None:
    wrong = [(text, ids(text)) for text in lines(NEGATIVE[category]) if category in ids(text)]
    assert wrong == []


# Exactly these categories: negation scope, lists, "but", questions, other people.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no numbness or tingling, legs just tired", set()),
        ("no numbness, no tingling, no weakness", set()),
        ("the numbness in my leg has completely gone", set()),
        ("numbness has gone but my groin is still tingly", {"saddle"}),
        ("no pain but my legs are numb", {"both_legs"}),
        ("no pain, my legs are numb", {"both_legs"}),
        ("not much pain but both legs tingling", {"both_legs"}),
        ("i dont think my legs are numb", set()),
        ("i dont know why my legs are numb", {"both_legs"}),
        ("not sure if my groin is numb or not", {"saddle"}),
        ("is tingling in my legs normal", {"both_legs"}),
        ("numbness in my groin, is that ok?", {"saddle"}),
        ("my leg isnt weak", set()),
        ("no problems with peeing or pooing", set()),
        ("no bladder or bowel problems", set()),
        ("bladder and bowels fine", set()),
        ("no loss of bladder control", set()),
        ("haven't noticed any numbness in my groin", set()),
        ("no sign of any tingling", set()),
        ("the sciatica has settled", set()),
        ("sciatica hasnt gone away", {"nerve"}),
        ("tingling still hasnt gone", {"nerve"}),
        ("the numbness hasn't stopped", {"nerve"}),
        ("numbness is not going away", {"nerve"}),
        ("my legs were numb yesterday but fine now", set()),
        ("tingling - gone", set()),
        ("chest pain? no", set()),
        ("numbness: none", set()),
        ("used to get sciatica years ago", set()),
        ("had sciatica last year, none now", set()),
        ("my wife has numbness in her legs", set()),
        ("my dad fell off a ladder", set()),
        ("my friend has sciatica", set()),
        ("physio thinks its sciatica", {"nerve"}),
        ("doctor said i have sciatica", {"nerve"}),
        ("they found a tumour", {"cancer"}),
        ("my wife says i'm dragging my foot", {"weakness"}),
        ("im worried about cancer", set()),
        ("i had cancer and now my legs are numb", {"cancer", "both_legs"}),
        ("3 8km, legs numb and cant pee", {"both_legs", "bladder"}),
        ("back pain, fever, and lost weight without trying", {"fever", "weight_loss"}),
        ("fell off my bike and now cant feel my legs", {"trauma", "both_legs"}),
        ("no fever but i have chills", {"fever"}),
        ("no chest pain just back pain", set()),
        ("i didn't wet myself", set()),
        ("never lost control of my bladder", set()),
        ("i can feel my legs fine", set()),
        ("no saddle anaesthesia", set()),
        ("legs felt numb after sitting too long on the toilet", {"nerve"}),
        ("cant feel my legs after that hill session lol", set()),
        ("nearly wet myself laughing", set()),
        # an explanation leaves a real symptom a checklist, unless the symptom has passed
        ("legs have been weak since the marathon", {"nerve"}),
        ("legs felt weak on the hills", set()),
        ("my legs have been numb since the marathon", {"both_legs"}),
        ("numb bum from sitting on the train", {"nerve"}),
        ("numb bum and its not from sitting", {"saddle"}),
        # not noticing an event is no denial of it; not feeling a sensation is
        ("i didnt feel the poo come out", {"bowel"}),
        ("i didnt notice i had wet myself", {"bladder"}),
        ("i cant feel any numbness", set()),
        ("i dont know if i need a wee or not", {"bladder"}),
        ("my back no longer hurts when i sneeze", set()),
        ("went to the ED with my back", set()),
        ("ED since my back went", {"sexual"}),
        # blind set 12: whose lump, what a cold explains, and a weight loss told over two sentences
        ("My wife has noticed a lump on my back", {"lump"}),
        ("my wife noticed I was limping", set()),
        ("tight chest in the cold this morning, 5k, pain 2", set()),
        ("chest a bit tight, got a cold, pain 3", set()),
        ("ran 5k in the cold, chest felt tight, cold sweat and sick", {"chest"}),
        ("My urine is red-brown like black tea, no red beets eaten", {"blood_urine"}),
        ("My weight decreased 6 kg in two months. I eat same as usual.", {"weight_loss"}),
        ("Lost 3kg for race day on purpose. Back sore for no reason.", set()),
        ("lost 2kg. not sure why my back hurts", set()),
        ("T2 was slow, back ache 3", set()),
        ("New midline pain over T6 to T8, doesn't feel muscular", {"thoracic"}),
        # blind set 13: "I'd" as typed, figures of speech, an age in another line, a number with the shakes
        ("a car hit me on my run and I feel like I was hit by a bus", {"trauma"}),
        ("got hit by a car and it felt like being hit by a truck", {"trauma"}),
        ("It was like a bus hit me, a car clipped me at the lights and I went over the bonnet", {"trauma"}),
        ("Felt like I'd been hit by a bus after the hill race, back 3", set()),
        ("felt like a truck hit me the morning after the marathon, just DOMS, back 3", set()),
        ("I feel as if I've been hit by a train, after the marathon", set()),
        ("legs feel like they got run over, pain 2", set()),
        # a review of the simile: "like" alone is a filler, and these accidents had no phrase of their own
        ("so like i got hit by a car", {"trauma"}),
        ("like a car hit me yesterday on my run", {"trauma"}),
        ("looks like I was hit by a car, the police said so", {"trauma"}),
        ("a van ran me over", {"trauma"}),
        ("a car reversed into me in the car park, back 6", {"trauma"}),
        ("a cyclist crashed into me, it felt like being hit by a car", {"trauma"}),
        ("woke up feeling like a truck ran me over", set()),
        ("my back feels like it got hit by a truck after the long run", set()),
        # a second review: the same vehicles in the accident and the simile, no article, a crash
        ("van ran me over this morning", {"trauma"}),
        ("i was hit by a pickup", {"trauma"}),
        ("It feels like a car hit me. A car did hit me.", {"trauma"}),
        ("I was in a car crash on Friday, back 6", {"trauma"}),
        ("felt a bit like a pickup hit me", set()),
        ("sore like a truck ran me over after the ultra", set()),
        ("like being run over by a tractor, that last hill", set()),
        # a third review: club coaches, crash courses, "I feel like" meaning "I think", a simile after a comma
        ("Coach ran over my splits after the session, ran 8k, pain 2", set()),
        ("club coach knocked me off the relay team", set()),
        ("was in a crash course on running form, 5k pain 2", set()),
        ("I feel like the car hit me harder than I thought", {"trauma"}),
        ("felt like the van hit me at 30mph, it was a hit and run", {"trauma"}),
        ("feeling awful, a car hit me last night", {"trauma"}),
        ("been in a crash, feels like a truck hit me", {"trauma"}),
        # a fourth review: a simile the writer then says was true, or dates, is an accident
        ("I feel like I got hit by a car because I did", {"trauma"}),
        ("feel like I was hit by a car... I was, on Sunday", {"trauma"}),
        ("I feel like I was hit by a car yesterday", {"trauma"}),
        ("feels like a car hit me, it literally did", {"trauma"}),
        ("a jeep hit me on my run, back 6", {"trauma"}),
        ("felt like a truck hit me after the hill reps", set()),
        # what the vehicle was, between the article and the accident: the same accident
        ("a white van hit me on my run", {"trauma"}),
        ("my neighbour's pickup truck hit me reversing out", {"trauma"}),
        ("hit by a bloody great lorry at the junction", {"trauma"}),
        ("a tradies ute reversed into me on the footpath", {"trauma"}),
        ("got doored by a taxi", {"trauma"}),
        ("was hit by a speeding car at the lights", {"trauma"}),
        ("got hit by a 4x4 this morning, back 7", {"trauma"}),
        ("a car has reversed into me", {"trauma"}),
        ("mowed down by a cyclist on the towpath", {"trauma"}),
        ("feel like I've been hit by a bus since the accident on friday", {"trauma"}),
        ("felt like a white van hit me after the fell race", set()),
        ("feels like a pickup truck hit me", set()),
        ("a van nearly ran me over, but I jumped back", set()),
        ("the pickup in pace hit me hard in the last mile", set()),
        # a review of the above: similes with a word of what the vehicle was, slang, costs, and what it broke
        ("feel like a massive lorry hit me, hill reps are brutal", set()),
        ("felt like a double decker bus hit me after the marathon", set()),
        ("felt like an idiot when a van hit me at the lights", {"trauma"}),
        ("the struggle bus hit me hard at mile 20", set()),
        ("that last pickup hit me hard, 6x1k", set()),
        ("the uber driver hit me up on insta after parkrun", set()),
        ("the taxi driver struck me as really friendly", set()),
        ("hit by a big car repair bill this week so skipped the race entry", set()),
        ("felt like a truck hit me after the crash at mile 20, never again", set()),
        ("nearly ran a pb at parkrun then a car hit me on the jog home", {"trauma"}),
        ("someones car just rolled into me in the car park", {"trauma"}),
        ("didnt notice i needed the loo til i was literally bursting, never had that before", {"bladder"}),
        # a second review: "me" before a place is no dialect "my", "just" between, and the slang and near misses
        ("a car hit me outside tesco this morning, back 6", {"trauma"}),
        ("a taxi hit me by the station, knee swollen", {"trauma"}),
        ("me left leg is numb", {"nerve"}),
        ("a speeding taxi hit me as i crossed the road", {"trauma"}),
        ("some driver just hit me and drove off", {"trauma"}),
        ("hit by a speeding car mates called an ambulance", {"trauma"}),
        ("got hit by a big pickup reversing out of the walmart lot", {"trauma"}),
        ("a black cab knocked me up onto the bonnet", {"trauma"}),
        ("got winged by a car at the junction, hip bruised", {"trauma"}),
        ("the lactic bus hit me at 800m", set()),
        ("the 4x4 took me out, couldnt finish the last rep", set()),
        ("the semi knocked me out, 4th by a tenth", set()),
        ("got hit by cramp in the car after the marathon", set()),
        ("hit by a massive uber surcharge after the marathon", set()),
        ("the gust from a passing lorry knocked me sideways, weird", set()),
        ("nearly struck by a speeding car at the crossing", set()),
        ("narrowly missed being clipped by a moped", set()),
        ("what if a big truck hit me on this road", set()),
        ("felt like a truck hit me after the crash on the last climb", set()),
        # a third review: "me behind" is still the bottom, a vehicle that did something first, rides and costs
        ("cant feel me behind", {"saddle"}),
        ("a van knocked me down behind the shops", {"trauma"}),
        ("a car came round the corner and hit me, back 7", {"trauma"}),
        ("a cyclist took me out on the towpath", {"trauma"}),
        ("a car hit me up the road from my house, back 6", {"trauma"}),
        ("I was cycling to run club and a car hit me, back 6", {"trauma"}),
        ("it feels as if a truck hit me because I did", {"trauma"}),
        ("a lorry clipped me as it passed, back 6", {"trauma"}),
        ("a bit of numbness in my leg but it passed", set()),
        ("lower back pain truck reversed into me at work", {"trauma"}),
        ("the Uber hit me for £45 to the start line, daylight robbery", set()),
        ("the shuttle bus took me out to the start line at 6am", set()),
        ("a cyclist bumped into me at the cafe and we had a chat", set()),
        ("got hit by the pickup at 15k and fell off the back of the group", set()),
        ("the van driver hit me with a compliment on my pace", set()),
        # a fourth review: which vehicle, told between it and the hit; what it hit; rides, cheers and "as if"
        ("a car turning left hit me at the junction, pain 6", {"trauma"}),
        ("a quad bike on the footpath hit me, pain 5, 9k total", {"trauma"}),
        ("the car that hit me didnt even stop", {"trauma"}),
        ("a car hit my leg at the crossing, only slow, back sore 4", {"trauma"}),
        ("a cyclist came round the blind bend and hit me head on, pain 6", {"trauma"}),
        ("got hit by a van that passed too close on the lane, pain 5", {"trauma"}),
        ("a cyclist hit me with his handlebar right in the lower back, 5k, pain 6", {"trauma"}),
        ("as if being hit by a car wasn't enough, now my back's seized", {"trauma"}),
        ("went over the bonnet of a car, felt like being hit by a train", {"trauma"}),
        ("a car nearly clipped me at the crossing, it missed by a mile. 6k", set()),
        ("the cyclist didnt hit me, swerved in time", set()),
        ("worried a van will hit me on these dark roads", set()),
        ("the bus driver hit me with a thumbs up, 5k, pain 3", set()),
        ("race shuttle bus took me out early, 21.1k, pain 3", set()),
        ("as if a lorry hit me after the hill race", set()),
        ("completely knocked over by a 4x4 of 1k reps", set()),
        # a fifth review, on messages nothing was tuned on: verbs of a glancing hit
        ("was jogging along the road and a car side swiped me.", {"trauma"}),
        ("Cyclist rammed into me at the park", {"trauma"}),
        ("Knocked flat by a mountain biker on the singletrack", {"trauma"}),
        ("I was running on the hard shoulder and a car grazed me and I fell.", {"trauma"}),
        # a read of the whole change: what was hit, "hit for 6", a ride home, a numbness that passed, slang vehicles
        ("a car hit me lower back, pain 7", {"trauma"}),
        ("crashed on my bike ride home, back 7", {"trauma"}),
        ("the car hit me for 6 and i landed on the bonnet", {"trauma"}),
        ("a cyclist took me out and i hurt my back", {"trauma"}),
        ("a pickup reversed into me", {"trauma"}),
        ("some dude in a pickup clipped me on mile 4", {"trauma"}),
        ("my leg went numb but it passed by the evening", set()),
        ("the bike session hit me hard today", set()),
        ("that last pickup sent me flying", set()),
        ("the 4x4 knocked me over", set()),
        ("fell off a ladder onto my back, no worse for it I think", {"trauma"}),
        # someone on or in a vehicle, a bus by its route, and a long approach before the hit
        ("got hit by someone driving a van, pain 6", {"trauma"}),
        ("knocked down by a lad on a moped last night", {"trauma"}),
        ("hit by a woman reversing her car out of a drive", {"trauma"}),
        ("clipped by the number 73 bus, back 7", {"trauma"}),
        ("the no. 12 bus clipped me at the stop", {"trauma"}),
        ("Driver didn't see me at the zebra crossing and knocked me over", {"trauma"}),
        ("bumped by a guy on the bus on the way to parkrun", set()),
        ("hit by a guy in the car park asking for directions", set()),
        ("got on the 73 bus and the fatigue hit me", set()),
        ("took the bus home and hit me pb later, 5k", set()),
        # a review of the above, on messages of its own
        ("knocked off my feet by a teen on an electric scooter, still hurts to bend", {"trauma"}),
        ("was hit by a lady in her little red car, pain 6", {"trauma"}),
        ("got hit by a kid on a bike with a water pistol", set()),
        ("was struck by a lady on a mobility scooter doing the parkrun course, so inspiring", set()),
        ("got taken out by a neighbour in his car for a recce of the route", set()),
        ("got bumped by a woman on a crowded tram and spilled my smoothie", set()),
        ("hit by the 5 bus timetable change", set()),
        ("my 10k coach hit me with a tempo session", set()),
        # no harm done, unless a "but" takes it back
        ("a car clipped me, no damage but my back is wrecked", {"trauma"}),
        ("a cyclist clipped me, no harm done", set()),
        # a blind review: the vehicle said again ("the matatu it hit me"), what a bus's timetable did, a lift
        ("the matatu it hit me from behind, back 7", {"trauma"}),
        ("this van, it hit me right on the hip", {"trauma"}),
        ("mate an ebike t-boned me on the shared path, back is cooked", {"trauma"}),
        ("hit n run on my 10k this morning, car sped off", {"trauma"}),
        ("on the 42 bus it hit me how unfit i am", set()),
        ("my commute got hit by the 12 bus cancellations", set()),
        ("got taken out by my neighbour in his van to the race start", set()),
        ("knocked by a lad on a bus swinging his rucksack", set()),
        ("hit by a kid on a bike with a water bomb lol soaked. back 2", set()),
        ("what should I do if I ever get hit by a car while running?", set()),
        # what the vehicle was doing, told at length before the hit; what a person "hit me with"
        ("a taxi doing a u turn in the road hit me", {"trauma"}),
        ("a van that was way too fast round the bend hit me", {"trauma"}),
        ("my coach who drives a van hit me with hill reps", set()),
        ("the bus driver told me my pace looked great and that really hit me", set()),
        # a third review: where and how it happened, told between ("didn't see me", "from the stop"); feelings; worries
        ("a cyclist who didn't see me at the crossing ran me over", {"trauma"}),
        ("a bus pulling away from the stop clipped me", {"trauma"}),
        ("a car full of lads shouted abuse and that really hit me emotionally", set()),
        ("if a bus ever hit me I'd probably never run again lol", set()),
        ("the bus was packed and someone's backpack bumped me, back 3", set()),
        ("it feels as if a truck hit me because I did", {"trauma"}),
        ("flew down the stairs at work and fell down the last flight onto my back", {"trauma"}),
        ("Numb and I'd say it's mostly around my bum and groin", {"saddle"}),
        ("both legs weak and i feel sick", {"both_legs"}),
        ("lost 6 kg without trying, I didn't do it on purpose", {"weight_loss"}),
        ("Today's race was a total car crash, went out way too fast. Back's fine, 2", set()),
        ("numb in the bit between my legs you'd sit on a bike seat with", {"saddle"}),
        ("I'm 67. Never had a sore back before this month", {"age"}),
        ("38.8 and shaking, back's throbbing", {"fever"}),
        ("my knee buckled and I nearly went down, still buckling", {"weakness"}),
        # where it happened between the hit and who did it; a part of the vehicle; whose elbow it was
        ("I was hit on the crossing by a learner driver. back 6", {"trauma"}),
        ("knocked over on my run by a cyclist, back 5", {"trauma"}),
        ("clipped this morning by a van at the lights", {"trauma"}),
        ("got hit on by a guy at the cafe, awkward. back 2", set()),
        ("struck on my run by how tired I was", set()),
        ("a van's wing mirror caught me on the back, pain 6", {"trauma"}),
        ("clipped by a wing mirror on the high street", {"trauma"}),
        ("a car door opened into me as I ran past, back 7", {"trauma"}),
        ("someone opened their car door right into me, went flying", {"trauma"}),
        ("the van door nearly hit me, back 2", set()),
        ("checked my wing mirror and my back twinged", set()),
        ("a man in a van clipped my elbow and I fell, back 6", {"trauma"}),
        ("my wife fell off her bike, I'm fine, back 2", set()),
        # a blind set of these shapes: longer places and times, more parts, what the runner was hit with
        ("got hit on the way back from parkrun by a taxi turning left", {"trauma"}),
        ("was clipped at speed on the A road by a motorbike. back 8/10", {"trauma"}),
        ("clipped on the ear by my coach for slacking lol", set()),
        ("a lorry's wing mirror whacked the back of my head, dizzy", {"trauma"}),
        ("passenger opened the taxi door straight into my hip", {"trauma"}),
        ("the back door slammed into my hand in the wind at home", set()),
        ("someone pulling out of the car park hit my leg with their car", {"trauma"}),
        ("my coach hit me with the van analogy again", set()),
        ("driver didn't stop and went into me at the roundabout", {"trauma"}),
        ("the cyclist didn't stop and nearly hit me", set()),
        ("car reversed out the driveway straight into my legs", {"trauma"}),
        ("caught the bus straight into my hip flexor session", set()),
        ("rolled over the bonnet of a car that jumped the red", {"trauma"}),
        # a second blind set: the runner into a vehicle, slang verbs, a vehicle that took the runner out late on
        ("sprinted for the crossing and ran into the side of a moving bus, bounced off, lower back jarred", {"trauma"}),
        ("got nailed by a car reversing out of a driveway on my cooldown", {"trauma"}),
        ("some numpty on a moped mounted the pavement and took me out, back's gone", {"trauma"}),
        ("the shuttle bus came early and took me out to the start", set()),
        ("not being dramatic but a car actually did knock me over this morning, lower back 6", {"trauma"}),
        ("handlebars of a bike caught me right in the lower back when he tried to squeeze past", {"trauma"}),
        ("bowled over by a cyclist who stopped to cheer me on, so kind", set()),
        ("struck by the number of vans parked on the pavement on my route", set()),
        ("felt like a whole fleet of buses hit me", set()),
        # a review of these: whose body it is counts for an accident only, and what "into my back" was
        ("my wife couldn't feel my hand on her foot last night", set()),
        ("my daughter's foot went numb resting on my leg in the car", set()),
        ("the van hit my hip flexors and I went down", {"trauma"}),
        ("got off the bus and went straight into my back stretches", set()),
        ("husband reversed into my back gate with his van", set()),
        ("the bin men knocked my back fence with their lorry", set()),
        ("hit hard by a motor neurone disease diagnosis", set()),
        ("bumped on the train by a bike", set()),
        ("I'd hate to be hit on the crossing by a van", set()),
        ("the car door caught me in the wind, bruised hip", set()),
        ("the wardrobe door mirror swung into my knee", set()),
        ("that wing mirror joke got me", set()),
        ("she hit my arm with her bike bell", set()),
        ("if a lorry doesn't stop and hits me on that bend", set()),
        ("hit last week by a car", {"trauma"}),
        ("got hit in the arm by a wing mirror", {"trauma"}),
        ("bumper of a reversing lorry got me in the lower back at the depot gate", {"trauma"}),
        ("my son's scooter clipped my ankle in the hall", set()),
        ("struck by a cyclist's kindness today. back 3", set()),
        ("knocked out in the semi by a cyclist turned runner, gutted. back 3", set()),
        ("hit out on my long run by a car, back 8", {"trauma"}),
        ("my dad's legs gave way and he landed on my back, I'm fine. back 3", set()),
        # blind set 14: consequences, comparisons, a bed that is no fall, a hill flown down
        ("Had an accident in bed last night, number two, and I didn't wake up or feel it", {"bowel"}),
        ("Flew down the hill on the way home, felt great. 8k, back 2.", set()),
        ("like a hot poker down the back of each leg at the same time", {"both_legs"}),
        ("My foot catches on every kerb like I'm wearing flippers", {"weakness"}),
        ("picked up my methotrexate prescription today, back still sore", {"immune"}),
        ("I have what my father called sciatica: a burning pain down the back of my right leg", {"nerve"}),
        ("my wife called an ambulance for her chest pain", set()),
        ("8 kg down since Christmas, and I've been eating normally", {"weight_loss"}),
        # blind set 15: questions to others, a cancer in remission, a cough told in numbers, a colour a few words on
        ("anyone else lose sensation in their privates when their back is bad? 3 days for me", {"saddle"}),
        ("my friend lost sensation in her privates after her back op", set()),
        ("I'm in remission from leukaemia and feel fine, but back's been a 6", {"cancer"}),
        ("no cancer in the family, back 3", set()),
        ("Pain 5, 5km. Coughing makes it 8.", {"cough_sneeze"}),
        ("4 at rest and 9 every time I cough or strain", {"cough_sneeze"}),
        ("coughing all night with a cold, back 3", set()),
        ("my wee afterwards and again this morning is dark red", {"blood_urine"}),
        ("my wee this morning was dark yellow, need to drink more. 5k", set()),
        ("is it normal not to feel when you need to poop? it just happens", {"bowel"}),
        ("Pain 5, 8k. Mid back around the ribs.", {"thoracic"}),
        ("Pain 3, 10k. Upper back a bit tight, no pain there.", set()),
        ("Pain 2, 5k. Hydration vest rubs my upper back.", set()),
        # the review of set 15's changes: others named after "anyone else", idioms, colours of other things, form answers
        ("anyone else know a runner whose legs went numb at mile 20", set()),
        ("Anyone else whose wife had chest pain after a marathon?", set()),
        ("anyone else have a dad with prostate cancer?", set()),
        ("I prefer not to know when the toilet stops are", set()),
        ("it's easy not to notice when you need a wee on a long run", set()),
        ("Needing a pee all the time is bloody annoying, back 4", set()),
        ("pain 3, 10k. Stopped for a wee and I was red faced and puffing", set()),
        ("stopped for a wee then it was red lights all the way home", set()),
        ("Fever no, cancer no, lump no", set()),
        ("No - cancer: none", set()),
        ("still coughing a bit and pace went up to 8:45/mile", set()),
        ("this cough makes it 6 weeks now of no running", set()),
        ("cough cleared up so long run went up to 10 today", set()),
        ("coughing makes it 8/10", {"cough_sneeze"}),
        ("sneezing sends it to a 9 so I stopped", {"cough_sneeze"}),
        ("when I cough it goes up to 9 sharp pain", {"cough_sneeze"}),
        # blind set 16: voice notes, emoji, a cough in the clause before the pain, a wet bed, a collision
        ("um so when I, when I went to the loo, the, er, the pee was like, brown, like cola", {"blood_urine"}),
        ("um so it's, it's moved up, like, the middle of my back, behind the ribs", {"thoracic"}),
        ("\U0001fa78 in my pee this morning, back pain 5", {"blood_urine"}),
        ("\U0001f4a9 run today, legs like lead, back 3", set()),
        ("When I make a cough or sneeze, the pain in my back goes very strong and down to the leg", {"cough_sneeze"}),
        ("usual postpartum leak when I sneeze, nothing new, pain 3", set()),
        ("I am having night sweats from last one week, bed becomes wet, and back pain also", {"fever"}),
        ("sweating at night because our flat has no aircon, heatwave is brutal", set()),
        ("Collided with another runner at full speed and went down on my back onto the kerb", {"trauma"}),
        ("shivering and chills and my back hurts \U0001f976", {"fever"}),
        # the review of set 16's changes: clauses are no false starts, fillers keep a denial short, emoji said of other things
        ("No pain in my legs, legs are numb", {"both_legs"}),
        ("not sore in the groin, groin is numb", {"saddle"}),
        ("not really, really numb in my bum", {"saddle"}),
        ("um, my pee is red, like, beetroot, honestly", {"blood_urine"}),
        ("no pain um numb groin", {"saddle"}),
        ("no er weakness in the legs", {"both_legs"}),
        ("hit by a car, kids both fine, back pain 8", {"trauma"}),
        ("\u26a1 legs today! 10k pain 1", set()),
        ("Loved it \u2764\ufe0f squeezing in a 5k before work", set()),
        ("heart squeezing moment when my daughter crossed the line", set()),
        ("hit me across the back with a towel as a joke", set()),
        ("when I strain on the bench press my back twinges", set()),
        ("can't find a comfortable position for my Garmin strap", set()),
        ("got a cold \U0001f927 back pain 4", set()),
        # the third review: a clause before a comma is no false start; emoji that decorate check-ins; T6 anywhere
        ("I don't get it, um, it feels numb in my groin", {"saddle"}),
        ("my wife had it, um, it is numb around my privates now", {"saddle"}),
        ("um, never had this, this weakness in both legs", {"both_legs"}),
        ("What would numbness in the, the saddle area feel like? I don't have it", {"nerve"}),
        # blind set 27: a sign asked about, not had ("if I ever", "what are the signs of"), but a runner's own sign
        # told as a question or beside "I'm fine" is theirs; advice told back; a checklist's crosses and bare answers
        ("what should I do if I ever get numbness down there?", set()),
        ("what should I do if I can't pee? haven't been since last night", {"bladder"}),
        ("is it ever normal to not be able to pee for a whole day? because I haven't", {"bladder"}),
        ("if I sit for more than 10 min my bum goes numb, would that be sciatica?", {"saddle", "nerve"}),
        ("what should I do if I can't feel my bum?", {"saddle"}),
        ("numb bum this morning, should I worry? I'm fine in myself", {"saddle"}),
        ("is it ever normal to leak wee when you run? I've started to", {"bladder"}),
        ("The GP said 'if you ever get numbness in the saddle area go to A&E' - thankfully nothing like that", set()),
        ("the GP said 'if you get numbness in the saddle area go to A&E' - well now I have", {"saddle"}),
        ("Checklist: numbness \u2718 weakness \u2718 bladder \u2718 bowel \u2718 - just an ache.", {"nerve"}),
        ("numbness \u274c bladder \u2705 leaking", {"bladder", "nerve"}),
        ("\u274c numb bum since yesterday", {"saddle"}),
        ("bladder \u2705 leaking since monday", {"bladder"}),
        ("parkrun \u274c bum gone numb since yesterday", {"saddle"}),
        ("numbness no weakness no bladder yes bowel no", {"bladder"}),
        ("\U0001f9b5\U0001f9b5 pain 3, 10k", set()),
        ("\U0001fac0 pain 3, 10k", set()),
        ("pain 6 today. it's at T6, right on the bone", {"thoracic"}),
        # the fourth and fifth reviews: no false start read after a denial; resolutions still resolve; T7 beside a denial
        ("I didn't notice the, um, the numbness in my groin until I wiped", {"saddle"}),
        ("numbness in my groin, gone when I woke", set()),
        ("numb groin, gone off now", set()),
        ("numb but it's fine now", set()),
        ("pain 5, 8k. It's up at T7, no pain lower down", {"thoracic"}),
        # a "no" before a named symptom does not reach one said with its own adjective or verb
        ("no pain, can't pee", {"bladder"}),
        ("no pain, cant wee since last night", {"bladder"}),
        ("no pain, leaking urine", {"bladder"}),
        ("no pain numb groin", {"saddle"}),
        ("no back pain, numb groin", {"saddle"}),
        ("no pain and numb around my bum", {"saddle"}),
        ("no numbness, weakness or tingling", set()),
        ("not numb, tingly or weak down there", set()),
        ("no pain, groin numb", {"saddle"}),
        ("no pain, bum feels numb", {"saddle"}),
        ("no pain, can't pee or poo", {"bladder"}),
        ("no numbness, tingling or weak legs", set()),
        ("No back pain, stiffness or numb bum", set()),
        ("no sciatica, incontinence or lost control of my bowels", set()),
        ("no pain/numbness/weak legs", set()),
        ("no back pain, numb groin or leaking. all good, 10k", set()),
        # not noticed at first is noticed now
        ("I didn't notice the numbness in my groin until I wiped", {"saddle"}),
        ("I didn't feel the numbness in my bum till I sat down", {"saddle"}),
        ("didn't notice the tingling in both legs until I stopped", {"both_legs"}),
        ("I didn't notice any numbness", set()),
        # well only while doing something is not well: a past moment is a resolution
        ("my groin is numb, it's fine when I walk but not when I sit", {"saddle"}),
        ("numb groin but it's ok if I stand", {"saddle"}),
        ("my groin is numb, it's, er, it's fine when I walk", {"saddle"}),
        ("numb groin, fine when I'm running", {"saddle"}),
        ("numb bum, fine when I got up", set()),
        # an explanation the writer doubts, or one a change comes after, is put aside by a "but"
        ("Probably just tired legs but my left leg keeps giving way on me when I walk downstairs", {"weakness"}),
        ("IBS for years so urgency is normal for me, but since yesterday I get no warning at all, it just comes out",
         {"bowel"}),
        ("finished the race but my legs buckled", set()),
        ("Had a chest cold and every cough makes the back pain shoot down my right buttock", {"cough_sneeze", "nerve"}),
        ("Chest a bit tight from this head cold I've got, took it easy, 5k, back 3", set()),
        # the second review of these: an "or" that is not another item, "until" that is the run's, a moment explained
        ("No fever, lost control of my bladder once or twice this week", {"bladder"}),
        ("no pain, numb groin since Sunday or Monday", {"saddle"}),
        ("No pain, numb saddle area, should I run or rest?", {"saddle"}),
        ("No real pain, numb bum for a day or two now", {"saddle"}),
        ("no stiffness numb groin on/off all week", {"saddle"}),
        ("I don't feel any numbness down there so I'll rest until Friday", set()),
        ("Didn't feel any chest pain, pushed hard until the last km", set()),
        ("Didn't feel any numbness in my bum and ran until 10k", set()),
        ("I don't notice any numbness around my bum until you asked, and I checked, there is none", set()),
        ("tingling in both legs yesterday, fine as I am now", set()),
        ("Probably the hill reps but I was really breathless", set()),
        ("I could see the finish line but my legs gave way", set()),
        ("Had beetroot for tea but since then my pee is red", set()),
        ("Ate loads of beetroot last night but since this morning my wee is pink", set()),
        ("Probably had too many beers but my legs gave way", set()),
        ("Probably just a dodgy curry, but I didn't feel the urge at all, it just came out in my shorts", {"bowel"}),
        ("Had a throat infection and found a lump", {"immune"}),
        ("Had a chest cold and coughing makes it hurt", set()),
        ("The back passage doesn't seem to close as it ought to; some leakage of stool", {"bowel"}),
        ("since I got back I can't actually go at all, just sat here bursting and nothing", {"bladder"}),
        ("I can't actually go out today, bursting with energy though", set()),
        ("\U0001f912 38.9 this morning and my back is killing me", {"fever"}),
        ("\U0001f912 kid is sick, pain 3, 5k", set()),
        ("Back pain 3/10. Bowels normal. Tried to hold marathon pace, couldn't hold it at all.", set()),
        ("needed a poo at mile 10, couldn't hold it at all, found a bush", set()),
        ("Pain 2, 10k easy. Can't stand on my left heel, heel spur playing up again.", set()),
        ("\U0001f321 30 degrees, 10k, pain 2", set()),
        ("\U0001f321 38 today! Heatwave run, 8k pain 2", set()),
        ("\U0001f912 39\u00b0C since yesterday, back 6", {"fever"}),
        ("Bursting but can't go. Pain 8.", {"bladder"}),
        ("Bursting with energy but can't go this week", set()),
        ("Bursting since this morning and can't go at all.", {"bladder"}),
        ("Always bursting but it won't come out.", {"bladder"}),
        ("back pain 6, 0km, leaking number twos", {"bowel"}),
        ("leaked a little poo when I stood up", {"bowel"}),
        ("\U0001f321\ufe0f 38:45 parkrun, back ok", set()),
        ("\U0001f912 40 mins easy, still full of cold", set()),
        ("Bursting with energy today, and nothing hurt", set()),
        ("The stool was wet so I stood to stretch", set()),
        ("What a crap wet run", set()),
        ("Could feel the bass beat in my stomach at mile 10", set()),
        ("poo has been leaking a little", {"bowel"}),
        ("leaky poo all day", {"bowel"}),
        ("Poo bag leaking from the pup walk", set()),
        # an "X's" that reads two ways ("is", or a plural written with an apostrophe) is read both ways, and
        # what either finds is kept: one leg may be answered as both, no red flag is lost either way; a side
        # named before it keeps it one, with any apostrophe
        ("my bladder's leaking", {"bladder"}),
        ("my bladder\u2019s leaking", {"bladder"}),
        ("my poo's leaking", {"bowel"}),
        ("my knee's not working", {"weakness"}),
        ("sensation's gone from both legs", {"both_legs"}),
        ("the feeling's gone from my legs", {"both_legs"}),
        ("left leg's gone numb", {"nerve"}),
        ("my left leg’s gone numb", {"nerve"}),
        ("my right leg's numb as well now, the left was already", {"both_legs"}),
        ("left leg numb for days, now the right one too", {"both_legs"}),
        ("right leg numb, left leg fine", {"nerve"}),
        ("my knee's numb", {"both_legs"}),
        ("both leg's numb", {"both_legs"}),
        ("my leg's are numb", {"both_legs"}),
        ("my leg\u2019s are numb", {"both_legs"}),
        ("numbness in my leg's", {"both_legs"}),
        ("my right leg's numb and my left leg's tingling", {"both_legs"}),
        ("my ass's numb", {"saddle"}),
        ("my penis's not working properly", {"sexual"}),
        ("my wife's legs are numb", set()),
        ("my mate's leg's numb", set()),
        ("my left heel\u2019s numb", {"nerve"}),  # a side named keeps a curly one singular
        # only body parts, what red flags are said of and vehicles are read two ways (a review)
        ("it's 38 degrees", set()),
        ("legs are numb it's cold", set()),
        ("legs weak after today's 10k", set()),
        ("nothing\u2019s numb, just stiff", set()),
    ],
)
def test_it_reads_negation_scope_and_whose_symptom_it_is(text: str, expected: set[str]) -> None:
    assert set(ids(text)) == expected


def test_ordinary_running_talk_is_never_an_emergency() -> None:
    messages = lines(ORDINARY)
    assert len(messages) >= 600
    urgencies = {m: {f.category.urgency for f in find_symptoms(m)} for m in messages}
    emergencies = [m for m in messages if EMERGENCY in urgencies[m]]
    assert emergencies == []


def test_ordinary_running_talk_is_rarely_any_finding() -> None:
    messages = lines(ORDINARY)
    flagged = [m for m in messages if find_symptoms(m)]
    assert len(flagged) <= len(messages) // 50, flagged


# Harder running talk: checks are fine here, emergencies are not.
NOT_AN_EMERGENCY = """
    legs buzzing after parkrun
    feet went numb in the cold this morning
    pee was dark so drinking more
    sudden sharp pain in my calf at 8k, think its a strain
    dizzy after the sprint finish
    collapsed on the grass at the finish line, great race
    couldnt feel my toes for the first mile, cold morning
    sat on my foot and it went numb
    bum numb after a long bike ride
    numb bum from the turbo trainer
    nearly wet myself laughing at the club quiz
    my hydration bladder leaked all over my back
    cant pee with people watching at the urinal
    chest strap chafing
    my chest felt tight from the cold air, asthma
    bench press day, chest sore
    did push ups, chest aching
    both hamstrings tight after the track session
    legs weak after the marathon
    my legs feel weird today, maybe tired
    foot slapped down on the descent
    i was dragging my feet about booking the physio
    kept tripping on the rocks on the fell run
    my knee gave way on a pothole
    beetroot juice turned my pee pink
    clothes are a bit loose since i started running more
    sudden twinge in my back when i bent down to tie my laces
    felt sick and dizzy after the intervals in the heat
    felt faint giving blood so skipped the run
    lightheaded when i stood up after stretching
    erections fine, no issues
    nothing happens when i try to speed up
    my legs stopped working at mile 22 lol
    legs gave out at the end of the ultra
    cant push off properly with my right foot because of the blister
    cant lift my leg properly, hip flexor strain from football
    its in both races next month
    straining on the loo a bit, need more fibre
    nearly pooed myself at mile 10 lol
    felt faint from hunger
    passing out from boredom on the treadmill
    i feel like im going to collapse with tiredness lol
    ripped my shorts on a fence
    dizzy spell after standing up too quickly
    my dad had blood in his pee years ago
    my friend cant feel his legs after the marathon
    my wife says her bum is numb from cycling
"""


def test_harder_running_talk_is_never_an_emergency() -> None:
    urgencies = {m: {f.category.urgency for f in find_symptoms(m)} for m in lines(NOT_AN_EMERGENCY)}
    assert [m for m, found in urgencies.items() if EMERGENCY in found] == []


def test_the_nhs_pages_are_named_as_they_are() -> None:
    assert CATEGORY_BY_ID["aortic"].source == "NHS aortic dissection and abdominal aortic aneurysm pages"
    assert CATEGORY_BY_ID["blood_urine"].source == "NHS blood in urine page"
    cough = CATEGORY_BY_ID["cough_sneeze"]
    assert cough.urgency is Urgency.URGENT and cough.source == "NHS back pain page"
    assert "cough" in cough.label and "sneez" in cough.label and "toilet" in cough.label


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("3 8km but my leg has gone numb", "3 8km"),
        ("4 8km, some numbness in my leg", "4 8km"),
        ("no numbness, 3 8km", "3 8km"),
        ("fell off a ladder on sunday", ""),
        ("temperature is 39", ""),
        ("fever 39", ""),
        ("pain 6 10k and ive got a fever", "pain 6 10k"),
        ("3 8km no numbness", "3 8km"),
        ("3 8km legs are numb", "3 8km"),
        ("numb legs 3 8km", "3 8km"),
        ("temp 38.5 3 8km", "3 8km"),
        ("5 5k temp 39", "5 5k"),
        ("my leg has been numb for 3 days", ""),
        ("3 8km but legs numb for 2 days", "3 8km"),
        ("legs numb since 5k, 3 8km", "3 8km"),
        ("3 8km legs numb at 5k", "3 8km"),
        ("numb foot since 2 days ago", ""),
        ("fell off a ladder 3 days ago", ""),
        ("fell off a ladder on the 3rd", ""),
        ("had chemo 5 years ago", ""),
        ("im 55 and first time ive had back pain", ""),
        ("im 60, first time with back pain, 3 5k", "3 5k"),
        ("lost 5kg without trying", ""),
        ("lost 4kg without trying, 3 8km", "3 8km"),
        ("3 8km. chest is fine", "3 8km"),
        ("2 5k - tingling in my foot", "2 5k"),
        ("4 12k; bladder problems", "4 12k"),
        ("3 8km with tingling", "3 8km"),
        ("the tingling has gone, 2 6km", "2 6km"),
        ("4 10k no tingling today", "4 10k"),
        ("2 6km and fell off my bike yesterday", "2 6km"),
        ("pain 3 distance 8 legs are numb", "pain 3 distance 8"),
        ("pain 5 8k, numbness in groin", "pain 5 8k"),
        ("pain 7, chest hurts", "pain 7"),
        ("3 8km", "3 8km"),
        ("no pain, 6km", "no pain, 6km"),
        ("", ""),
        ("3 8km, the bladder's leaking for 2 days", "3 8km"),
        ("pain 3, 8k, knee's fine", "pain 3, 8k, knee's fine"),
    ],
)
def test_remainder_leaves_out_symptom_clauses(text: str, left: str) -> None:
    assert remainder(text) == left


@pytest.mark.parametrize(
    ("text", "category", "excerpt"),
    [
        ("my back hurts and both legs feel numb and tingly", "both_legs", "both legs feel numb"),
        ("ran 8k. Lost feeling in my groin after", "saddle", "Lost feeling in my groin"),
        ("3 8km but my leg has gone numb", "nerve", "my leg has gone numb"),
        ("i wet myself on the run", "bladder", "wet myself"),
        ("fell off a ladder on sunday", "trauma", "fell off a ladder"),
        ("pain 6 10k and ive got a fever", "fever", "fever"),
        ("Temperature of 39 this morning", "fever", "Temperature of 39"),
        ("I had breast cancer", "cancer", "breast cancer"),
        ("my leg keeps giving way", "weakness", "my leg keeps giving way"),
        ("My CHEST hurts", "chest", "My CHEST hurts"),
        ("can’t feel my bum", "saddle", "can’t feel my bum"),
        ("I've lost weight without trying", "weight_loss", "lost weight without trying"),
        ("im 62 and its my first ever back pain", "age", "im 62 and its my first ever back pain"),
        ("numbess in my groin!!", "saddle", "numbess in my groin"),
    ],
)
def test_spans_point_at_the_symptom_words(text: str, category: str, excerpt: str) -> None:
    finding = next(f for f in find_symptoms(text) if f.category.id == category)
    assert finding.excerpt == excerpt
    assert text[finding.start: finding.end] == excerpt


def test_findings_come_most_urgent_first_one_per_category() -> None:
    text = "tingling in my foot, temp 39, lost feeling in my groin and numbness in my groin"
    findings = find_symptoms(text)
    assert [f.category.id for f in findings] == ["saddle", "fever", "nerve"]
    assert findings == sorted(findings, key=lambda f: -f.category.urgency)


def test_a_specific_finding_is_not_repeated_as_a_vague_one() -> None:
    assert ids("both legs are numb") == ["both_legs"]
    assert ids("my bum is numb") == ["saddle"]


def test_long_excerpts_are_cut_to_about_eighty_characters() -> None:
    text = "i have numbness " + "and a lot of other very long words " * 5 + "in my groin"
    for finding in find_symptoms(text):
        assert len(finding.excerpt) <= 80
        assert text[finding.start: finding.end] == finding.excerpt


def test_categories_are_complete_and_ordered() -> None:
    assert [c.id for c in CATEGORIES] == list(CATEGORY_BY_ID)
    assert len(CATEGORIES) == 21
    assert all(c.label and c.source for c in CATEGORIES)
    assert Urgency.EMERGENCY > Urgency.URGENT > Urgency.ROUTINE > Urgency.CHECK
    emergency = {c.id for c in CATEGORIES if c.urgency is Urgency.EMERGENCY}
    assert emergency == {
        "ces", "saddle", "bladder", "bowel", "sexual", "both_legs", "weakness", "chest", "aortic",
        "blood_urine",
    }  # fmt: skip
    urgent = {c.id for c in CATEGORIES if c.urgency is Urgency.URGENT}
    assert urgent == {
        "trauma", "fever", "weight_loss", "cancer", "night_pain", "thoracic", "cough_sneeze",
        "lump", "immune",
    }  # fmt: skip
    assert CATEGORY_BY_ID["age"].urgency is Urgency.ROUTINE
    assert CATEGORY_BY_ID["nerve"].urgency is Urgency.CHECK


def test_every_rule_uses_known_concepts_and_categories() -> None:
    for rule in rules.RULES:
        assert rule.category in CATEGORY_BY_ID
        for part in rule.parts + rule.veto + rule.soft + rule.unless + rule.needs + rule.excuse:
            for name in part.split("|"):
                assert name in lexicon.LEXICON, name


@pytest.mark.parametrize(
    ("typo", "word"),
    [("numbess", "numbness"), ("tingeling", "tingling"), ("bladdder", "bladder"),
     ("incontinance", "incontinence"), ("siatica", "sciatica"), ("temprature", "temperature"),
     ("numbnesss", "numbness"), ("tinglng", "tingling"),
     ("osteoporsis", "osteoporosis"), ("erektion", "erection")],
)  # fmt: skip
def test_it_corrects_typos_of_symptom_words(typo: str, word: str) -> None:
    assert spelling.canonical(typo) == word


@pytest.mark.parametrize(
    "word",
    ["number", "numbers", "thing", "nimble", "ladder", "single", "tangle", "canter", "cancel",
     "gluten", "sprinter", "weeping", "election", "bowls", "parkrun", "strava", "garmin", "fartlek",
     "naproxen", "gabapentin", "pregabalin", "codeine", "physio", "electrolytes", "timing",
     "tinkling",
     "feeding", "pilates",
     "tempo", "blunder", "bleeping"],
)  # fmt: skip
def test_it_does_not_turn_ordinary_words_into_symptoms(word: str) -> None:
    assert spelling.canonical(word) == word


@pytest.mark.parametrize(
    ("texted", "word"),
    [("nmb", "numb"), ("lgs", "legs"), ("bth", "bth"), ("sds", "sides"), ("fvr", "fever"), ("chlls", "chills"),
     ("prssr", "pressure"), ("sddn", "sudden"), ("btwn", "between"), ("shldrs", "shoulders"), ("lwr", "lower"),
     ("cnstnt", "constant"), ("tngl", "tingle"), ("cntrl", "control"), ("bwls", "bowels"), ("pn", "pain"),
     ("tmr", "tmr"), ("mrs", "mrs"), ("pwd", "pwd"), ("strds", "strides"), ("lmp", "lmp"), ("urn", "urn"),
     # texting's own words and English words with a y are left as they are
     ("ngl", "ngl"), ("wknd", "wknd"), ("pbs", "pbs"), ("tbh", "tbh"), ("cry", "cry"), ("gym", "gym"),
     ("why", "why"), ("wry", "wry"), ("hmm", "hmm")],
)  # fmt: skip
def test_it_reads_words_texted_without_their_vowels(texted: str, word: str) -> None:
    assert spelling.canonical(texted) == word


@pytest.mark.parametrize(
    ("text", "expected"),
    [("bk pn 7 nmb lgs bth sds", {"both_legs"}), ("pn 4 0km chst prssr at rst", {"chest"}),
     ("pn 7 0k cnstnt pn wrs @ nt", {"night_pain"}), ("pn 6 0k upr bk pn btwn shldrs", {"thoracic"}),
     ("tbh ngl pbs on the wknd, pn 2 10k", set())],
)  # fmt: skip
def test_it_reads_a_check_in_texted_without_vowels(text: str, expected: set[str]) -> None:
    assert {f.category.id for f in find_symptoms(text)} == expected


WORD_LISTS = ["/usr/share/dict/american-english", "/usr/share/dict/british-english"]


@pytest.mark.skipif(
    not all(os.path.exists(p) for p in WORD_LISTS), reason="needs Debian wamerican and wbritish"
)
def test_no_dictionary_word_is_spell_corrected_into_a_symptom() -> None:
    """_PROTECTED must list every English word within reach of a fuzzy target."""
    text = " ".join(Path(path).read_text("utf-8") for path in WORD_LISTS)
    words = {w.lower().replace("'", "") for w in text.split()}
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[:1], []).append(word)
    near = {
        hit[0]
        for target in spelling.FUZZY_TARGETS
        for hit in process.extract(
            target, by_letter.get(target[0], []), scorer=OSA.distance, score_cutoff=2, limit=None
        )
    }  # fmt: skip
    changed = {w: spelling.fuzzy(w) for w in near if w.isalpha() and w not in spelling.VOCAB}
    assert {w: t for w, t in changed.items() if t != w} == {}


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_it_never_raises_and_spans_stay_inside_the_text(text: str) -> None:
    findings = find_symptoms(text)
    assert len({f.category.id for f in findings}) == len(findings)
    for finding in findings:
        assert isinstance(finding, Finding)
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.excerpt == text[finding.start: finding.end]
    assert isinstance(remainder(text), str)


WORDS = st.sampled_from(
    "no not numb numbness tingling legs both my groin bum pee cant feel fell off ladder temp 39 "
    "38.5 fever chest pain hurts night 3 8km , . - ? and but gone fine weak leg foot cancer lost "
    "weight "
    "without trying im 55 first time back pain wee a bit sore ’ 🏃 \n".split(" ")
)


@given(st.lists(WORDS, max_size=30).map(" ".join))
@settings(max_examples=150, deadline=None)
def test_it_never_raises_on_symptom_heavy_text(text: str) -> None:
    for finding in find_symptoms(text):
        assert finding.excerpt == text[finding.start: finding.end]
        assert finding.excerpt.strip() == finding.excerpt
    assert len(remainder(text)) <= len(text)


def test_it_is_fast_enough_for_every_message() -> None:
    message = ("3 8km, back sore but legs ok, stopped for a wee at 5k, no numbness or tingling, "
               "chest strap died, ran in the rain, tempo pace felt easy, night run tomorrow, "
               "fell behind the group")
    message = (message * 2)[:200]
    find_symptoms(message)
    rounds = 200
    began = time.perf_counter()
    for _ in range(rounds):
        find_symptoms(message)
    assert (time.perf_counter() - began) / rounds < 0.002


@given(st.lists(WORDS, max_size=30).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_the_rules_tried_are_every_rule_whose_parts_are_all_in_the_message(text: str) -> None:
    """The look-up by concept (``matching._candidates``) skips no rule that trying each in turn would try."""
    from coach.symptoms.matching import _candidates
    from coach.symptoms.reading import REGEX_NAMES, read

    doc = read(text)
    every_part_there = [
        index for index, rule in enumerate(rules.RULES)
        if all(any(doc.occ.get(name) or name in REGEX_NAMES for name in part) for part in rule.names)
    ]
    assert _candidates(doc) == every_part_there


# Words added for red flags that also turn up in running talk: each must stay quiet here.
QUIET_NEAR_NEW_PHRASES = """
    My grandson had a temperature so I looked after him and did not run.
    Should I worry about my grandson's temperature of 38 if he seems happy? Sorry, not back related
    drank beetroot juice before the race, my pee went pink lol
    Had beetroot juice yesterday, pee was a bit pink this morning exactly like the label warned
    pain 2 rest. Hay fever's awful, eyes streaming, skipping today
    No run today, pain 2. My little one has a fever so I'm stuck at home on Calpol duty
    ran 10 m down the hill then back up
    came off the flight and went straight for a run
    was flat on my back doing stretches after the run
    my hips are tight on both sides now
    i was bursting for a wee at 10k but couldnt go as there was no loo
    couldnt go for a run, needed the loo all morning
    breathless on the hill reps today
    felt breathless at the end of parkrun
    couldnt catch my breath after the sprint finish
    struggling to breathe in this smoke
    my jaw aches from the dentist
    left arm sore from the booster jab
    jaw pain from grinding my teeth
    sweating at night because the heating is on
    pain doesnt wake me up at night
    one day left until race day!
    found a lump in my sock
    my mate found a lump in his sock, it was a stone
    getting thinner and faster, training is working
    my belly was throbbing after the gel
    left leg pain from the fall, now the right one is sore too
    burning down the home straight
    took a big hit to the wallet with new shoes
    i used to inject insulin
    cant stop the flow of gels
    pins and needly hands in the cold
    fuzzy feeling in my head after the long run
    sex drive is low when training hard
    legs feel like wood after the long run
    my legs feel like rubber after the marathon
    hurts more when lying on the foam roller
    rest makes no difference to my pace lol
    my weight goes down in summer
    crossed over to the other side of the road
    went to the other side of the track
    i cant tell if im going faster
    water doesnt pass through these shoes
    im not hard anymore on myself
    cant get hard efforts in this week
    the crowd made me feel faint-hearted
    my two legs are tired after 20 miles
    woke up every night this week from the baby
    bk to running after a break, 5k nd pain 2
    the pain moved from one side to the other of my back
    pain 3, cant tell if im going to race sunday
    switching from one leg to the other on the single leg drills
    jumping from one leg to the other in the drills
    my wife says im not hard enough on myself with training
    Couldn't breathe on that final 400 lol, legs were fine though
    Car crash on the A road made me late for parkrun
    Coach said my training plan has a lump of volume in week 6 lol
    Shivering after the race, forgot my jacket
    Felt faint with excitement when I saw my time
    Nearly fainted when I saw the race entry fee
    Shoulder blades sore from the rowing machine, it's muscular
    Sweating so much my shorts were soaked, looked like I'd wet myself
    my legs feel like theyre on fire after the hill reps
    legs go to sleep when i sit cross legged
    i never feel empty after a long run, always hungry
    both lower limbs tired after the ultra
    not getting the urge to poo in the mornings since i changed my diet
    my coach says my feet slap the ground because I overstride
    left calf is weaker than my right since my old achilles injury, working on it
    totally shat the bed at the half marathon, went out too fast
    both legs ache after the 10k
    took a tumble on the descent, scraped my palms, nothing else hurt
    stacked it on the ice this morning, only my pride hurt
    my water bottle fell off the bike at 40k
    that hill was a heart attack
    nearly had a heart attack when I saw my 5k split
    got chills watching the elites finish, so inspiring
    hot and cold weather this week, can't decide what to wear
    Felt like death on the hills today, lungs on fire
    sweating like crazy in Chennai humidity today, 10k done
    blacked out the memory of that hilly race
    my toenail has a weird bump after the marathon
    the race had a transplant games charity stand
    watched a documentary about the Big C last night, made me want to run for charity
    hydration vest rubs between my shoulder blades, any fix?
    bestie fainted in assembly lol she forgot breakfast
    sweating like crazy at the summer meet
    Catheterised 3 pts today, then a tempo run.
    Breathless on the 400s, recovered in 60s, normal.
    Felt a bit faint because I forgot to eat breakfast, had a banana and finished the run fine.
    Cow collapsed in the field, vet came. I'm fine.
    Bull's got a lump on his hock. Vet Tuesday.
    Not a drop of rain for a fortnight. Fields are dry.
    Vet gave the heifer steroids. She perked up.
    Bit of bother with the waterworks, pipe burst in the yard.
    only weed once during the marathon lol
    only peed once on my long run
    havent had the urge to go for a run for 3 days
    lying down is fine, better when I rest
    it eases when I rest
    chest tight after the curry last night, back 3 km 5
    bit of heartburn in my chest after the gels
    Chest tight from the pollen today, used my blue inhaler and was fine. 5k, back 2
    pain 2, 5k, wore my pink tutu for the breast cancer fun run, looked ridiculous
    back's a 2, 6k. Work training day on fainting and collapse at sports events, very useful
"""


def test_new_red_flag_words_stay_quiet_in_running_talk() -> None:
    assert [m for m in lines(QUIET_NEAR_NEW_PHRASES) if find_symptoms(m)] == []


DICTATED_WORDS = st.sampled_from("""
    in continents continence stair roids key mo h i v mela noma thor assic chess pain quarter corder cow the a
    equine equina queen quinna p pea . b num nam gone couldnt to my need his wife here typing writing for mum
    this is on behalf of her phone he she asked me message cant type not tom , - dad bum numb pee
""".split())


@given(st.lists(DICTATED_WORDS, max_size=25).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_dictation_and_typed_for_words_keep_every_excerpt_on_the_text(text: str) -> None:
    """Words read again as dictation meant them ("quarter equine a", "in continents") keep their place in what
    was typed: an excerpt quoted back is always the runner's own words."""
    for finding in find_symptoms(text):
        assert finding.excerpt == text[finding.start: finding.end]
        assert finding.excerpt.strip() == finding.excerpt


@pytest.mark.parametrize(("message", "category"), [
    ("this is his wife typing, he can't pee since this morning", "bladder"),
    ("Writing for my dad, he says there is pressure in his chest and his back hurts with it", "chest"),
    ("bowel in continents new since Tuesday back six", "bowel"),
    ("the GP thinks it might be quarter equine a syndrome", "ces"),
    ("couldn't P this morning at all, pain 7", "bladder"),
])
def test_signs_typed_for_the_runner_or_dictated_are_found(message: str, category: str) -> None:
    assert category in [f.category.id for f in find_symptoms(message)]


@pytest.mark.parametrize("message", [
    "my coach replying late again, her husband cannot pass urine since morning",
    "running the marathon on behalf of a charity, my dad cannot pass urine since morning",
    "my wife tracks my runs on her phone, she has had chest pain all week",
    "I am such a drama queen a lot of the time, I think my back is just stiff",
    "couldnt p.b. today, legs were dead",
    "ran marathons in continents all over the world, back feels fine",
    "my little boy wet himself at parkrun, so funny",
])
def test_words_that_only_look_typed_for_the_runner_or_dictated_raise_no_emergency(message: str) -> None:
    assert not [f for f in find_symptoms(message) if f.category.urgency is Urgency.EMERGENCY]


@pytest.mark.parametrize("message", [
    "Had blood in my urine in 2021, it was a kidney stone, all clear since. 3/10, 5k today",
    "Leaked a little wee when I sneezed once last spring, not since. Pain 2, 6k",
    "Back in my twenties my leg gave way once after a rugby tackle, nothing since. Pain 2, 9k",
])
def test_a_sign_long_past_and_over_is_not_an_emergency_now(message: str) -> None:
    assert not [f for f in find_symptoms(message) if f.category.urgency is EMERGENCY]


@pytest.mark.parametrize(("message", "category"), [
    ("Had blood in my urine in 2021, all clear since, but it's back this morning", "blood_urine"),
    ("numb groin two years ago, went away, and now it's come back", "saddle"),
    ("I had breast cancer 8 years ago, all clear since, and this back pain is new", "cancer"),
    ("Never had my leg give way before, but it buckled twice today.", "weakness"),
    ("Never felt anything like it: pain in the middle of my chest going round to my back.", "chest"),
])
def test_a_sign_back_again_or_a_past_that_is_itself_the_sign_is_found(message: str, category: str) -> None:
    assert category in [f.category.id for f in find_symptoms(message)]
