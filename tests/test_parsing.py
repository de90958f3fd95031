from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.models import KM_PER_MILE, Unit
from coach.parsing import MAX_PLAUSIBLE_KM, CheckinReply, ParseProblem, parse_checkin

TODAY = dt.date(2026, 11, 24)  # a Tuesday
YESTERDAY = dt.date(2026, 11, 23)
KM, MI = Unit.KM, Unit.MI
PROBLEM_CODES = {
    "empty", "too_long", "pain_range", "negative", "unknown_unit", "future", "too_old", "unreadable",
}  # fmt: skip


def read(text: str, **options) -> CheckinReply:
    options = {"today": TODAY, "unit": KM, **options}
    reply = parse_checkin(text, **options)
    assert isinstance(reply, CheckinReply), reply
    return reply


def problem(text: str, **options) -> ParseProblem:
    options = {"today": TODAY, "unit": KM, **options}
    reply = parse_checkin(text, **options)
    assert isinstance(reply, ParseProblem), reply
    return reply


@pytest.mark.parametrize(
    ("text", "pain", "km", "unit", "date"),
    [
        ("4 8km", 4, 8.0, KM, None),
        ("3 21.1k", 3, 21.1, KM, None),
        ("2 / 10k", 2, 10.0, KM, None),
        ("3/10 5km", 3, 5.0, KM, None),
        ("3 out of 10, 5km", 3, 5.0, KM, None),
        ("3 5", 3, 5.0, KM, None),
        ("5km 3", 3, 5.0, KM, None),
        ("5km", None, 5.0, KM, None),
        ("4", 4, None, None, None),
        ("21,1 km", None, 21.1, KM, None),
        ("3 10 KMS", 3, 10.0, KM, None),
        ("3 10 kilometres", 3, 10.0, KM, None),
        ("3 10 Kilometers", 3, 10.0, KM, None),
        ("3 12 K!!! 🏃‍♀️", 3, 12.0, KM, None),
        ("pain: 2, distance: 7", 2, 7.0, KM, None),
        ("3 felt ok, 5km", 3, 5.0, KM, None),
        ("no pain, 6km", 0, 6.0, KM, None),
        ("0 0", 0, 0.0, KM, None),
        ("10/10 2km", 10, 2.0, KM, None),
        ("\u0663 \u0665km", 3, 5.0, KM, None),
        ("\uff13 \uff15\uff4b\uff4d", 3, 5.0, KM, None),
        ("3\x00\t5km", 3, 5.0, KM, None),
        ("150km 2", 2, 150.0, KM, None),
        ("3-8km", 3, 8.0, KM, None),
        ("Ran 2 x 3km with 2 min rest, then 2k warm up and 2k cool down. pain 3", 3, None, None, None),
        ("ran half the parkrun course then walked the rest, pain 5", 5, None, None, None),
        ("couch to 5k week 3 run 2 done! back 4", 4, None, None, None),
        ("bike commute 18 miles round trip, pain 3", 3, None, None, None),
        ("Elliptical 40 min (~6 miles according to the machine), back 2", 2, None, None, None),
        ("rest, pain 3", 3, 0.0, KM, None),
    ],
)
def test_it_reads_pain_and_km(text, pain, km, unit, date):
    assert read(text) == CheckinReply(pain=pain, distance_km=km, unit=unit, date=date)


@pytest.mark.parametrize(
    ("text", "pain", "miles"),
    [
        ("pain 3, 5 mi", 3, 5.0),
        ("2 13.1 mi", 2, 13.1),
        ("1 3 miles", 1, 3.0),
        ("1 1 mile", 1, 1.0),
        ("4 6.2MI", 4, 6.2),
    ],
)
def test_it_converts_miles_to_km_and_remembers_the_unit(text, pain, miles):
    reply = read(text)
    assert reply.pain == pain
    assert reply.unit is MI
    assert reply.distance_km == round(miles * KM_PER_MILE, 3)


def test_it_rounds_km_to_three_decimals():
    assert read("pain 3, 5 mi").distance_km == 8.047
    assert read("3 5.12345km").distance_km == 5.123


def test_bare_distances_use_the_runners_unit():
    reply = read("3 5", unit=MI)
    assert (reply.pain, reply.distance_km, reply.unit) == (3, 8.047, MI)


def test_a_typed_unit_beats_the_runners_unit():
    reply = read("3 5km", unit=MI)
    assert (reply.distance_km, reply.unit) == (5.0, KM)


@pytest.mark.parametrize(
    "text",
    ["rest", "rest day", "REST DAY", "off", "day off", "no run", "didn't run", "didn\u2019t run"],
)
def test_rest_words_mean_zero_distance_and_no_pain(text):
    assert read(text) == CheckinReply(pain=None, distance_km=0.0, unit=KM, date=None)


@pytest.mark.parametrize("text", ["3 rest", "rest 3", "3 rest day", "rest, 3/10", "3 rest 0"])
def test_pain_with_a_rest_day(text):
    assert read(text) == CheckinReply(pain=3, distance_km=0.0, unit=KM, date=None)


@pytest.mark.parametrize(
    ("text", "date", "pain", "km"),
    [
        ("yesterday 5 6.2mi", YESTERDAY, 5, 9.978),
        ("yday 2 5km", YESTERDAY, 2, 5.0),
        ("today 3 5km", TODAY, 3, 5.0),
        ("mon 3 0", YESTERDAY, 3, 0.0),
        ("Monday 3 0", YESTERDAY, 3, 0.0),
        ("tue 1 4km", TODAY, 1, 4.0),
        ("wednesday 2 rest", dt.date(2026, 11, 18), 2, 0.0),
        ("sun 4 10k", dt.date(2026, 11, 22), 4, 10.0),
        ("24 nov 3 5km", TODAY, 3, 5.0),
        ("nov 24 3 5km", TODAY, 3, 5.0),
        ("24 November 3 5km", TODAY, 3, 5.0),
        ("20th nov: 3, 5km", dt.date(2026, 11, 20), 3, 5.0),
        ("2026-11-20 4 12km", dt.date(2026, 11, 20), 4, 12.0),
        ("3 5km yesterday", YESTERDAY, 3, 5.0),
    ],
)
def test_it_reads_a_named_day(text, date, pain, km):
    reply = read(text)
    assert (reply.date, reply.pain, reply.distance_km) == (date, pain, km)


def test_an_iso_date_inside_a_wide_backfill_window():
    reply = read("2026-11-02 4 12km", backfill_days=30)
    assert reply == CheckinReply(pain=4, distance_km=12.0, unit=KM, date=dt.date(2026, 11, 2))


def test_a_day_and_month_looks_back_to_last_year_rather_than_the_future():
    reply = read("1 dec 3 5km", today=dt.date(2027, 1, 5), backfill_days=60)
    assert reply.date == dt.date(2026, 12, 1)


def test_no_date_named_means_date_none():
    assert read("3 5km").date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Morning! Pain is a 4, ran 7k with the club. Sat on the freezing bench afterwards", None),
        ("5/10 no running. Hurt it at footy on Saturday", None),
        ("Felt rough yesterday. pain 3, 5k", None),
        ("3 5.5km. sat down after", None),
        ("ran 5 km on sat, pain 3", dt.date(2026, 11, 21)),
        ("Sunday. 3 8km", dt.date(2026, 11, 22)),
        ("sunday: rest, pain 2", dt.date(2026, 11, 22)),
        ("Yesterday!\n3, 5km", YESTERDAY),
    ],
)
def test_a_day_named_in_a_sentence_of_its_own_story_does_not_date_the_check_in(text, date):
    """Found in a blind set of runners' messages: "Sat on the bench" moved today's check-in to Saturday."""
    assert read(text).date == date


@pytest.mark.parametrize(
    ("text", "pain", "km"),
    [("2 pain, 8 km", 2, 8.0), ("2 pain 8km", 2, 8.0), ("8km 2 pain", 2, 8.0), ("ran 5 pain 3", 3, 5.0)],
)
def test_the_word_pain_after_a_number_labels_it(text, pain, km):
    """ "2 pain, 8 km" was saved as pain 8 and 2 km."""
    reply = read(text)
    assert (reply.pain, reply.distance_km) == (pain, km)


@pytest.mark.parametrize(
    ("text", "pain", "km"),
    [
        ("I am 67 and have never had a bad back until this week. Pain 5, walked.", 5, None),
        ("im 17, pain 3 5k", 3, 5.0),
        ("58 years old, 4/10, 8km", 4, 8.0),
        ("19 y/o, pain 4, 6k", 4, 6.0),
        ("aged 45 3 8km", 3, 8.0),
        ("im 3 5k", 3, 5.0),
        ("i am 10 km in, pain 3", 3, 10.0),
    ],
)
def test_a_runners_age_is_never_a_distance(text, pain, km):
    """ "I am 67 ... Pain 5, walked." was saved as a 67 km run (a blind set of older runners' messages)."""
    reply = read(text)
    assert (reply.pain, reply.distance_km) == (pain, km)


@pytest.mark.parametrize(
    ("text", "pain", "km", "date"),
    [
        ("32 weeks, pain 5, walked instead of ran", 5, None, None),
        ("37 wks, back 7", 7, None, None),
        ("shivering back 7 temp 39", 7, None, None),
        ("Up at 3am again, pain 7", 7, None, None),
        ("came 180th, pain 2, 5k", 2, 5.0, None),
        ("3 sets of squats, pain 3, 5k", 3, 5.0, None),
        ("pain 3, 5k at 6pm", 3, 5.0, None),
        ("Pain 8. Came off my motorbike on Friday, not fast", 8, None, None),
        ("3 off", 3, 0.0, None),
        ("off today, pain 2", 2, 0.0, TODAY),
        ("3/10, 0 km, deliberately resting before Sunday's race", 3, 0.0, None),
        ("ran 5k in the sun, pain 3", 3, 5.0, None),
        ("I sat, pain 3 5k", 3, 5.0, None),
        ("sat 3 8k", 3, 8.0, dt.date(2026, 11, 21)),
        ("last sun 3 5k", 3, 5.0, dt.date(2026, 11, 22)),
        ("pain 2, intervals 6x800", 2, None, None),
        ("Half marathon done! 1:45, back 2", 2, 21.1, None),  # the race names its distance
        ("alarm woke me at 5 for the long run, 8k", None, 8.0, None),
        ("took 3 gels and had one toilet stop, 21k", None, 21.0, None),
        ("very cold minus 5 this morning, fingers numb, 6k", None, 6.0, TODAY),
        ("back ok 2day ran 8k nd felt gr8", None, 8.0, None),
        ("needed loo b4 race lol, 10k, pain 2", 2, 10.0, None),
        ("Thoracic pain T6-ish, 5k", None, 5.0, None),
        ("my watch crashed at mile 10 so I've only got half the data, 16k", None, 16.0, None),
        ("Week 8: long run 32k, back 3", 3, 32.0, None),
        ("Weekend: 2 runs, 1 bike, pain 3", 3, None, None),
        ("Woke at 5am for a feed, then ran at 7. pain 2", 2, None, None),
        ("got tackled hard in 5-a-side on sunday. back 4", 4, None, None),
        ("what's a good race weight for a 5'10 bloke? pain 1", 1, None, None),
        ("pain is a 4, 5k", 4, 5.0, None),
        ("Pain is about a 6 ran 5k", 6, 5.0, None),
        ("3 ran 7k", 3, 7.0, None),
        ("felt ok 3 and ran 5k", 3, 5.0, None),
        ("bk pain 3/10 better than yday", 3, None, None),
        ("tingling round my back passage since Monday, back a 5/10", 5, None, None),
        ("Log: 60k week, steady, back pain dull, dentist Friday. 3", 3, None, None),
        ("ran 40 miles this week, pain 2", 2, None, None),
        ("breathless at rest, pain 4", 4, None, None),
        ("rested, 3", 3, 0.0, None),
        ("zero pain, 10km", 0, 10.0, None),
        ("turned 40 on friday, still recovering from the party. 5k, back sitting at 2", 2, 5.0, None),
        ("37.8 temp, not running. back 5", 5, 0.0, None),
        ("back went on 11 November, still sore. 3 mi, pain 5", 5, 4.828, None),
        ("pain kicked in around km 4, ran 6k, sitting at 5 now", 5, 6.0, None),
        ("Sunday long runs are my fave but did 6k easy this morning. back 2", 2, 6.0, TODAY),
        ("pain is 5, is it ok to run 5k tomorrow?", 5, None, None),
        ("back is at 6. is 3 miles too much?", 6, None, None),
        ("would 5k be ok? havent run yet, back 3", 3, None, None),
        ("ran 5 mils, back 3", 3, 8.047, None),
        ("3️⃣ pain, 5️⃣ miles", 3, 8.047, None),
        ("🏃‍♀️3 🤕2", 2, 3.0, None),
        ("miles: 7 / pain: 1", 1, 11.265, None),
        ("K: 10 P: 4", 4, 10.0, None),
        ("back's a 5 rn, 6 miles tmrw", 5, None, None),
        ("will do 8k tonight, back's 3 atm", 3, None, None),
        ("Perhaps 5 or 6 kilometres. Pain 3.", 3, None, None),
        ("managed 3 miles during nap time! back 3. she's 2 on Friday", 3, 4.828, None),
        ("Toddler (3) had a meltdown, didn't get out. Back 4", 4, None, None),
        ("sorry pain was 4 not 14", 4, None, None),
        ("6 pain 3", 3, 6.0, None),
        ("8 pain: 2", 2, 8.0, None),
        ("10 miles: 3", 3, 16.093, None),
        ("3 now, 8", 3, 8.0, None),
        ("hurt like 4 during the run, managed 10 k", None, 10.0, None),
        ("sat parkrun 5k 3", 3, 5.0, dt.date(2026, 11, 21)),
        ("yesterday's run 8k pain 3", 3, 8.0, YESTERDAY),
        ("Went out yesterday, 8k, pain 3", 3, 8.0, YESTERDAY),
        ("Monday: easy run. 6k, pain 2", 2, 6.0, YESTERDAY),
        ("rest day 3", 3, 0.0, None),
        ("3 day off", 3, 0.0, None),
        ("3 10k not sure if ok", 3, 10.0, None),
        # blind truth set 6: other sports, other body parts, relative answers, a 10-miler, texted labels
        ("cycled 20k, back 2", 2, None, None),
        ("ran 5k then 10k on the bike, back 3", 3, 5.0, None),
        ("rowed 5k, pain 3", 3, None, None),
        ("lower back 3, hip 5, ran 4k", 3, 4.0, None),
        ("knee 6, back 2, 5k", 2, 5.0, None),
        ("back & glutes 4, 6", 4, 6.0, None),
        ("back and hip 5 3", 5, 3.0, None),
        ("back pain after cycling 4/10, ran 5k", 4, 5.0, None),
        ("swam 2/10 5k", 2, 5.0, None),
        ("ran 10k on the bike path", None, 10.0, None),
        ("Wk5 D3 done, back 2", 2, None, None),
        ("I'd 3", 3, None, None),
        ("half a mile jog pain 2", 2, 0.805, None),
        ("couldn't manage a mile jog, pain 7", 7, None, None),
        ("p? d 7", None, 7.0, None),
        ("knee 4, hurt it on sunday. pain 3, 5k", 3, 5.0, None),
        ("hip is a 3, tweaked it yesterday. back 2, 6k", 2, 6.0, None),
        ("cycled 20/30 min, back 2", 2, None, None),
        ("rowed 5 of 10 reps, back 2", 2, None, None),
        ("20k bike trail ride, back 3", 3, None, None),
        ("P3 D1 of 5 this week", 3, None, None),
        ("cycling 3/10 pain, 5k run", 3, 5.0, None),
        ("swam 8 of 10 lengths, back 2", 2, None, None),
        # a walk or hike with its distance is no run (blind truth sets 6 and 7); a walk-run is
        ("walked 6k, pain 3", 3, None, None),
        ("hiked 14 km with 900 m of climbing, back 3", 3, None, None),
        ("a 3 mile walk, back 2", 2, None, None),
        ("walked about 4 miles with the dog, pain 2", 2, None, None),
        ("nordic walking 7k with poles, back 3", 3, None, None),
        ("run/walk 5k, pain 3", 3, 5.0, None),
        ("5k walk/run, pain 4", 4, 5.0, None),
        ("Did 4 km walk-run, pain 2", 2, 4.0, None),
        ("5k walk run pain 3", 3, 5.0, None),
        ("walking 4", 4, None, None),
        ("ran half a mile then walked home, pain 6", 6, 0.805, None),
        # two reviews of the above: with a walk taken out, another distance is asked (a plan, a swap, a husband's run)
        ("rest day. will hike 10k on saturday. pain 2", 2, 0.0, None),
        ("dog walk and 10k pain 2", 2, 10.0, None),
        ("couldn't run, walked 4k, back 7", 7, 0.0, None),
        ("run & walk 5km, back 3", 3, 5.0, None),
        ("Galloway run walk 5k, pain 3", 3, 5.0, None),
        ("ran 8k walking the hills pain 3", 3, 8.0, None),
        ("8k walk breaks pain 2", 2, 8.0, None),
        ("5k walking pace pain 3", 3, 5.0, None),
        ("ran 5k walk home pain 2", 2, 5.0, None),
        # a walk told apart from its distance, and a treadmill's settings, are no run
        ("Pain 3 - hike, 9.5km, lots of climbing", 3, None, None),
        ("pain 3, hiked. 12km", 3, None, None),
        ("dog walk, 3k. back 2", 2, None, None),
        ("sore when walking, 5k, pain 3", 3, 5.0, None),
        ("treadmill walk 20 min at speed 6, pain 3", 3, None, None),
        ("walked on treadmill 5k incline 8 pain 3", 3, None, None),
        ("treadmill run 6k speed 10, pain 2", 2, 6.0, None),
        ("treadmill 4k, incline 3, pain 2", 2, 4.0, None),
        ("treadmill walk 3 mi incline 10 back 3", 3, None, None),
        # a review of the above: a treadmill walk's distance anywhere, a walk that hurt, intervals and ranges
        ("walked on the treadmill at incline 10, 4k, back 3", 3, None, None),
        ("treadmill walk. speed 6, 3k. pain 4", 4, None, None),
        ("treadmill 6k at speed 5.5 km/h walking, pain 4", 4, None, None),
        ("went for a walk, 3 miles. pain 2", 2, None, None),
        ("hiked ben nevis, 17km, back 5", 5, None, None),
        ("stiff after the hike. 8k, pain 3", 3, 8.0, None),
        ("pain 4 from hiking, 10k trail run", 4, 10.0, None),
        ("hiking boots rubbed lol. 7k, pain 2", 2, 7.0, None),
        ("treadmill 5k at speed 12, pain 3", 3, 5.0, None),
        ("speed 6 x 800, 7k, back 2", 2, 7.0, None),
        ("5k on the treadmill, speed 10 to 12, pain 3", 3, 5.0, None),
        # a read of the whole change: hill walking in a run, a treadmill run with walking in other words, plans
        ("10k trail, lots of hill walking, pain 3", 3, 10.0, None),
        ("did 10k on the treadmill, no walking breaks, pain 2", 2, 10.0, None),
        ("treadmill 10k, pain 2, walked to the gym", 2, 10.0, None),
        ("hiking was cancelled, 6k instead, pain 2", 2, 6.0, None),
        ("hiking hurts my back, 8k, pain 4", 4, 8.0, None),
        ("pain level 4, ran 6k", 4, 6.0, None),
        ("long run sunday, knee 4 after. pain 3, 16k", 3, 16.0, dt.date(2026, 11, 22)),
        ("40k bike trail loop, pain 2", 2, None, None),
        ("long day at work sunday, knee 4. pain 2, 6k", 2, 6.0, None),
        ("pain 1 lower than yesterday, 6k", None, 6.0, None),
        ("double my usual 5k, back 3", 3, None, None),
        ("did my usual 5k, back 3", 3, 5.0, None),
        ("ran 5k twice today, back 2", 2, None, dt.date(2026, 11, 24)),
        ("back 3 (yesterday was 5), ran 6k", 3, 6.0, None),
        ("5km p2 y'day", 2, 5.0, YESTERDAY),
        ("sat lr 18k p4", 4, 18.0, dt.date(2026, 11, 21)),
        ("p3 d5", 3, 5.0, None),
        ("did a 10-miler, pain 3", 3, 16.093, None),
        ("ran a 5k and a mile cooldown, back 2", 2, None, None),
        ("ran 5 miles last night, pain 2", 2, 8.047, YESTERDAY),
        ("last night's run: 6k easy, back was a 3", 3, 6.0, YESTERDAY),
        ("23rd: 7km, pain 3", 3, 7.0, YESTERDAY),
        ("3rd run this week, 5k, pain 2", 2, 5.0, None),
        ("8:05 pace for 4 miles then 2 easy, back at 3", 3, None, None),
        # a review of those: decimals after a plan's run, ordinals in words, the rest day, days to come
        ("week 3 run 2.5 miles, pain 2", 2, 4.023, None),
        ("Week 5 run 3.5k pain 1", 1, 3.5, None),
        ("run 3 of week 5: 20 min, 7/10", 7, None, None),
        ("15th-place finish, 5k pain 2", 2, 5.0, None),
        ("21st\u2013 10kms, pain 7/10", 7, 10.0, dt.date(2026, 11, 21)),
        ("(11th) 4.2mi, pain 7", 7, 6.759, dt.date(2026, 11, 11)),
        ("6 mile last night 3/10", 3, 9.656, YESTERDAY),
        ("4 mile today 5/10", 5, 6.437, dt.date(2026, 11, 24)),
        ("couldn't sleep last night, 3.5 miles, lower back 4", 4, 5.633, None),
        ("5 reps, 90 seconds rest, pain 2", 2, None, None),
        ("cycle commute 15 miles, back pain 7", 7, None, None),
        ("swim 60 mins, ~20 miles, pain 4", 4, None, None),
        ("spin 45 mins, 5k run, pain 2", 2, 5.0, None),
        ("5 miles, then 3 easy, pain 5/10", 5, None, None),
        ("8mi, well 5:30 pace, pain 1", 1, 12.875, None),
        ("cut back to 3-4 runs a week. 8.2km, pain 5", 5, 8.2, None),
        ("5k actually felt good, pain 2", 2, 5.0, None),
    ],
)
def test_numbers_and_words_that_are_not_the_check_in_are_left_out(text, pain, km, date):
    """Found in blind sets of runners' messages: "32 weeks, pain 5" was a 32 km run, "temp 39" a 39 km run,
    "came off my motorbike on Friday" a rest day on Friday, "in the sun" a Sunday, "1:45" pain 1 and
    45 km, "woke me at 5" and "felt gr8" pain scores. A bare number inside a sentence's words is part of
    the story; one that starts or ends a phrase is still the check-in's."""
    reply = read(text)
    assert (reply.pain, reply.distance_km, reply.date) == (pain, km, date)


@pytest.mark.parametrize(
    ("text", "pain", "km"),
    [
        ("treadmill 30 min at 10 km/h, pain 3", 3, None),
        ("6:30/km pace, 8k, pain 2", 2, 8.0),
        ("5km in 28:30, avg HR 152, 350 kcal, pain 3", 3, 5.0),
        ("C25K W5D2 finished! pain 1", 1, None),
        ("treadmill 5.0km, incline 1%, pain 2", 2, 5.0),
        ("10k with 200m climb, pain 4", 4, 10.0),
        ("Strava: 15.2 km, 1h24m, elev 310 m. Pain 5", 5, 15.2),
        ("10 km, 58 min, 1 gel, pain 5", 5, 10.0),
        ("ran 1,000 km this year! 6k, pain 2", 2, 6.0),
        ("Did 4 laps of the 2.5 km loop, pain 3", 3, None),
        ("I have done 2 rounds of 2.5 km each, pain 3", 3, None),
        ("5k with 1k warm up, pain 3", 3, None),
        ("Saturday: parkrun then 2k cooldown, pain 3", 3, None),
        ("my wife ran 10k today and has zero pain, 5k for me, pain 4", 4, 5.0),
        ("Week 3 of 12 in my plan: 8 km, pain 2", 2, 8.0),
        ("3 5k as per plan", 3, 5.0),
        ("Rest day, back's pretty sore tho, 5 outta 10", 5, 0.0),
        ("severe, 8/10, couldn't run", 8, 0.0),
        ("Half day off so did 10 kms, pain is 2", 2, 10.0),
        ("pain: four. distance: eight km", 4, 8.0),
        ("3/10 pain, 7km", 3, 7.0),
        ("1 hr 5k pain 2", 2, 5.0),
        ("ran 1 hr 3 pain", 3, None),
        ("pain six/10 5k", 6, 5.0),
        ("pain four - ran 8k", 4, 8.0),
        ("felt good actually, 5k pain 2", 2, 5.0),
        ("hill climb 5k, pain 4", 4, 5.0),
        ("my coach had me run 8k, pain 2", 2, 8.0),
        ("8 with 1k warm up, pain 3", 3, None),
        ("couldn't run the whole way, pain 5", 5, None),
        ("couldn't run today, pain 5", 5, 0.0),
        ("pain 3, plan 10k", 3, None),
        ("my plan says 12k, pain 3", 3, None),
    ],
)
def test_paces_laps_and_other_peoples_runs_are_not_the_distance(text, pain, km):
    """From a third blind set (ESL and regional voices, paces, heart rates, laps): "10 km/h" was a 10 km run,
    "C25K" 25 km, "2 rounds of 2.5 km each" 2.5 km, "parkrun then 2k cooldown" 2 km, and "my wife ran 10k
    today and has zero pain" the runner's own 10 km with no pain. A run told in parts is the runner's sum to
    make: no distance is read from it."""
    reply = read(text)
    assert (reply.pain, reply.distance_km) == (pain, km)


@pytest.mark.parametrize(
    "text",
    [
        "ran the 10k (actually 9.6 on my watch), pain 3",
        "pain 4, sorry I mean 5. 6km",
        "8 miles oops I mean km, pain 3",
        "pain 52km",
        "pain 3,5km",
        "pain three-four",
        "pain two and a half",
        "my wife ran 10k today and has zero pain, not fair",
        "hip 5, 7k",
        "knee 2/10, 6",
        "sore calf 4 5",
        "hip 6, 6k, got back 2 late",
        "just got back, knee 6, 10k",
        "5k + a mile cooldown",
    ],
)
def test_a_correction_a_range_or_a_pain_with_a_unit_is_asked_again(text):
    """Which of two numbers stands, or whether "pain 52km" is pain 5 and 2 km, is not for a pattern to guess."""
    assert problem(text).code == "unreadable"


@pytest.mark.parametrize(
    "text",
    [
        "ran 5k walked 2k, pain 3",
        "walked 2k then ran 5k, pain 3",
        "walked 3k while my husband ran 10k, pain 4",
        "swapped my 8k run for a 5k walk, pain 4",
        "was meant to run 8k but walked 5k, back 6",
        "Walked 3km to work and 3km back, pain 4",
        "i walk 5k to work every day, ran 10k today pain 2",
        "Walked 6k. Ran 10k yesterday. pain 2",
    ],
)
def test_a_run_beside_a_walk_with_its_distance_is_asked_about(text):
    """Two reviews found the distance beside a walk as often a plan, a swap, someone else's run or an incline as
    the runner's own; with a day named ("ran 10k today") nothing would ask for it again, so the message is asked."""
    assert "not counting the walk" in problem(text).message


@pytest.mark.parametrize(
    "text", ["should I run 10k on Saturday if my pain is 4?", "how many km should i do if my back is 3?", "10k tomorrow?"]
)
def test_a_question_or_a_plan_is_not_a_check_in(text):
    assert problem(text).code == "unreadable"


@pytest.mark.parametrize(
    ("text", "pain", "km"),
    [("Check-in: 20 miler done. Back 3/10.", 3, 32.187), ("rest day pain six", 6, 0.0), ("the back is a seven today, 5k", 7, 5.0), ("five out of ten, 8km", 5, 8.0),
     ("pain level two, 5k", 2, 5.0), ("came back one more time, 3 5k", 3, 5.0)],
)
def test_a_pain_score_in_words_is_read(text, pain, km):
    """Dictated check-ins say the number: "rest day pain six" was saved as a rest day with no pain."""
    reply = read(text)
    assert (reply.pain, reply.distance_km) == (pain, km)


@pytest.mark.parametrize("text", ["4 kilos lighter than last month", "lost 5kg", "down 10 lbs", "a stone lighter, 2 stone"])
def test_a_weight_is_never_a_pain_score(text):
    assert problem(text).code == "unknown_unit"


@pytest.mark.parametrize(
    ("text", "expect", "pain", "km"),
    [
        ("4", "pain", 4, None),
        ("4", None, 4, None),
        ("4", "distance", None, 4 * KM_PER_MILE),
        ("0", "distance", None, 0.0),
        ("rest", "distance", None, 0.0),
        ("3 5", "distance", 3, 5 * KM_PER_MILE),
        ("5km", "pain", None, 5.0),
    ],
)
def test_a_lone_number_answers_the_question_just_asked(text, expect, pain, km):
    reply = read(text, unit=MI, expect=expect)
    assert reply.pain == pain
    assert reply.distance_km == (None if km is None else round(km, 3))


def test_distances_over_100_km_are_read_but_flagged():
    assert read("2 150km").unusual_distance
    assert read("2 100km").unusual_distance is False
    assert read("2 70mi").unusual_distance  # 112.654 km
    assert read("rest").unusual_distance is False
    assert read("3").unusual_distance is False
    assert MAX_PLAUSIBLE_KM == 100


@pytest.mark.parametrize(
    ("text", "code", "hint"),
    [
        ("", "empty", None),
        ("   \n\t", "empty", None),
        ("3 5km " + "x" * 200, "too_long", None),
        ("11 5km", "pain_range", "0 (none) to 10 (worst)"),
        ("-1", "pain_range", "0 (none) to 10 (worst)"),
        ("12", "pain_range", "12km"),
        ("3.5 5km", "pain_range", "whole number"),
        ("9999999999999999999", "pain_range", "0 (none) to 10 (worst)"),
        ("3 -5km", "negative", "rest"),
        ("3 \u22125km", "negative", "rest"),
        ("3 5m", "unknown_unit", "metres or miles"),
        ("3 30min", "unknown_unit", "not time"),
        ("3 5 furlongs", "unknown_unit", "furlongs"),
        ("3 5 meters", "unknown_unit", "km or miles"),
        ("2026-11-25 3 5km", "future", "2026-11-25"),
        ("2099-01-01 3 5km", "future", None),
        ("2026-11-02 4 12km", "too_old", "last 14 days"),
        ("25 nov 3 5km", "too_old", "last 14 days"),
        ("hello", "unreadable", None),
        ("🏃🏃🏃", "unreadable", None),
        ("nan", "unreadable", None),
        ("yesterday", "unreadable", "yesterday 3 8km"),
        ("31 nov 3 5km", "unreadable", "date"),
        ("2026-13-45 3 5km", "unreadable", "date"),
        ("3 5 7", "unreadable", None),
        ("3 5km 6km", "unreadable", "two distances"),
        ("3/10 4/10", "unreadable", "two pain"),
        ("rest 5km", "unreadable", None),
        ("yesterday today 3 5km", "unreadable", "one day"),
        ("3 5000km", "unreadable", None),
        # a distance as a range, and numbers put right in words, are asked about (blind truth set 7)
        ("4-5 miles, pain 2ish", "unreadable", "one distance"),
        ("pain three to four ran six to seven k", "unreadable", "one distance"),
        ("Pain 6 this morning, down to 3-4 now. 5k walk-run", "unreadable", "0-10"),
        ("pain 3 ran 9k (garmin says 8.6 actually)", "unreadable", None),
        ("8 miles, well 7.8 according to strava, pain 2", "unreadable", None),
        ("Ran 10k. No scratch that, I bailed at 7. pain 5", "unreadable", None),
        ("pain 2, 8k. Correction: yesterday not today", "unreadable", None),
        ("took the rest day after sunday's 16k, back 3", "unreadable", None),
        ("5k then 2 more days off, pain 3", "unreadable", None),
        ("three to four kilometres, back 7", "unreadable", "one distance"),
    ],
)
def test_problems_explain_and_give_an_example(text, code, hint):
    answer = problem(text)
    assert answer.code == code
    assert "Try: " in answer.message
    assert "8km" in answer.message
    if hint is not None:
        assert hint in answer.message


def test_examples_are_in_the_runners_unit():
    answer = problem("11 5", unit=MI)
    assert "5mi" in answer.message
    assert "km" not in answer.message


def test_examples_fit_the_question_just_asked():
    assert "Try: 8km" in problem("5 furlongs", expect="distance").message
    assert "Try: 3" in problem("11", expect="pain").message


@pytest.mark.parametrize(
    ("backfill_days", "window"), [(0, "only fill in today"), (3, "last 3 days")]
)
def test_too_old_says_how_far_back_is_allowed(backfill_days, window):
    answer = problem("2026-11-10 3 5km", backfill_days=backfill_days)
    assert answer.code == "too_old"
    assert window in answer.message


def test_the_oldest_allowed_day_is_today_minus_backfill_days():
    assert read("2026-11-10 3 5km", backfill_days=14).date == dt.date(2026, 11, 10)
    assert problem("2026-11-09 3 5km", backfill_days=14).code == "too_old"


def test_a_200_character_message_is_still_read():
    text = "3 5km " + " " * 194
    assert len(text) == 200
    assert read(text).pain == 3


@pytest.mark.parametrize(
    "text",
    [
        "1e309",
        "-1e309",
        "inf",
        "-inf",
        "NaN",
        "9" * 200,
        "0." + "0" * 197,
        "1" * 199 + "k",
        "\x00",
        "\u202e",
    ],
)
def test_awkward_numbers_never_raise_and_stay_finite(text):
    reply = parse_checkin(text, today=TODAY, unit=KM)
    if isinstance(reply, CheckinReply):
        assert reply.distance_km is None or math.isfinite(reply.distance_km)


def assert_sane(reply: CheckinReply | ParseProblem, today: dt.date, backfill_days: int) -> None:
    if isinstance(reply, ParseProblem):
        assert reply.code in PROBLEM_CODES
        assert "Try: " in reply.message
        return
    assert isinstance(reply, CheckinReply)
    assert reply.pain is not None or reply.distance_km is not None
    assert reply.pain is None or (type(reply.pain) is int and 0 <= reply.pain <= 10)
    if reply.distance_km is None:
        assert reply.unit is None
    else:
        assert isinstance(reply.unit, Unit)
        assert math.isfinite(reply.distance_km) and reply.distance_km >= 0
        assert reply.distance_km == round(reply.distance_km, 3)
    if reply.date is not None:
        assert today - dt.timedelta(days=backfill_days) <= reply.date <= today


days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
options = {
    "today": days,
    "unit": st.sampled_from(Unit),
    "backfill_days": st.integers(0, 60),
    "expect": st.sampled_from([None, "pain", "distance"]),
}


@given(text=st.text(), **options)
def test_any_text_gives_a_reply_or_a_problem(text, today, unit, backfill_days, expect):
    reply = parse_checkin(text, today=today, unit=unit, backfill_days=backfill_days, expect=expect)
    assert_sane(reply, today, backfill_days)


CHECKIN_WORDS = (
    "km", "k", "kms", "mi", "miles", "m", "min", "furlongs", "KM", "Mi", "/", "/10", "rest", "off",
    "no run", "didn't run", "pain", "no pain", "yesterday", "yday", "today", "mon", "Sunday",
    "24 nov", "nov 24", "29 feb", "2026-11-02", "2026-02-30", "out of 10",
    "-", ".", ",", ":", "!", "\U0001f3c3", "\u0663", "\x00",
)  # fmt: skip
pieces = st.one_of(
    st.integers(-20, 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(-1000, 1000, places=2, allow_nan=False).map(lambda d: str(d).replace(".", ",")),
    st.sampled_from(CHECKIN_WORDS),
)
mixed_checkins = st.lists(
    st.tuples(pieces, st.sampled_from(["", " ", ", ", "/", "-"])), max_size=8
).map(lambda parts: "".join(piece + separator for piece, separator in parts))


@given(text=mixed_checkins, **options)
def test_checkin_like_text_gives_a_sane_reply_or_a_problem(
    text, today, unit, backfill_days, expect
):
    reply = parse_checkin(text, today=today, unit=unit, backfill_days=backfill_days, expect=expect)
    assert_sane(reply, today, backfill_days)


@given(
    pain=st.integers(0, 10),
    distance=st.decimals(0, 99, places=2, allow_nan=False, allow_infinity=False),
    unit=st.sampled_from(Unit),
    separator=st.sampled_from([" ", ", ", " / ", "  "]),
)
def test_what_the_bot_suggests_reads_back_exactly(pain, distance, unit, separator):
    reply = read(f"{pain}{separator}{distance}{unit.value}", unit=KM)
    factor = KM_PER_MILE if unit is MI else 1.0
    assert reply == CheckinReply(pain, round(float(distance) * factor, 3), unit, None)


@given(days_ago=st.integers(0, 14), pain=st.integers(0, 10))
def test_an_iso_date_in_the_window_is_returned_as_named(days_ago, pain):
    day = TODAY - dt.timedelta(days=days_ago)
    assert read(f"{day.isoformat()} {pain} 5km").date == day


@given(today=days)
def test_a_weekday_name_is_the_most_recent_such_day(today):
    for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        day = read(f"{name} 3 5km", today=today, backfill_days=7).date
        assert day is not None
        assert 0 <= (today - day).days <= 6
        assert day.strftime("%a").lower() == name


@pytest.mark.parametrize(("text", "value", "unit"), [("pain 3, 5 mi", 5.0, MI), ("2 13.1mi", 13.1, MI), ("3 21.1k", 21.1, KM)])
def test_the_distance_is_kept_as_typed_beside_kilometres(text, value, unit):
    reply = read(text)
    assert (reply.distance_value, reply.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "pain", "value", "unit", "date"),
    [
        ("I ran six point two miles pain was five now it's three", 3, 6.2, MI, None),
        ("Pain was 5 this morning, now 3. Ran 4k", 3, 4.0, KM, None),
        ("My physio advised rest, so no running today. Pain is at 5, down from 7 on Sunday.", 5, 0.0, None, None),
        ("Pain 3 (was 6 on Sunday). Ran 4 miles", 3, 4.0, MI, None),
        ("Went from 6 down to 2 after running 5k!", 2, 5.0, KM, None),
        ("3 and a half k, pain 1", 1, 3.5, KM, None),
        ("Ran 3½ km, pain 2", 2, 3.5, KM, None),
        ("half a mile then walked home, pain 6", 6, 0.5, MI, None),
        ("ran a K and a half pain zero", 0, 1.5, KM, None),
        ("I ran a half a mile and my back said no pain seven", 7, 0.5, MI, None),
        ("Pain nil, ran 7k", 0, 7.0, KM, None),
        ("A rest day. Pain none.", 0, 0.0, None, None),
        ("I walked the dog instead of running. Back pain 2.", 2, 0.0, None, None),
        ("did parkrun, pain 2", 2, 5.0, KM, None),
        ("Ran a half marathon distance on the treadmill (!), pain 4", 4, 21.1, KM, None),
        ("I did a marathon in 2019 in 3:45, back 2", 2, None, None, None),
        ("5k this morning + 3k this evening, 8k total, pain 2", 2, 8.0, KM, None),
        ("Had planned 10k but stopped at 6k, pain 5", 5, 6.0, KM, None),
        ("Pain 2 ran 6 miled", 2, 6.0, MI, None),
        ("Ran 7k on 24/11, pain 2", 2, 7.0, KM, None),
        ("23/11: 9km, pain 3", 3, 9.0, KM, YESTERDAY),
        ("11/23 - 6 mi, pain 2", 2, 6.0, MI, YESTERDAY),
        ("2/10, 5k", 2, 5.0, KM, None),
        ("last night 5 mi, pain 4", 4, 5.0, MI, YESTERDAY),
        ("temp of 101 last night, feeling better but rest day, back pain 3", 3, 0.0, None, None),
        ("the 22nd: 16k, pain 3", 3, 16.0, KM, dt.date(2026, 11, 22)),
        ("Last Tuesday 8k back 2", 2, 8.0, KM, dt.date(2026, 11, 17)),
        ("Forgot yesterday! 8k, pain 2", 2, 8.0, KM, YESTERDAY),
        ("Missed Sunday's check in - 15k, pain 3", 3, 15.0, KM, dt.date(2026, 11, 22)),
        ("Ayer 12 km, pain 4", 4, 12.0, KM, YESTERDAY),
        ("I said Sunday but it was Saturday. 10k, back 3", 3, 10.0, KM, dt.date(2026, 11, 21)),
        ("Thursday (the 19th) 7 km, pain 2", 2, 7.0, KM, dt.date(2026, 11, 19)),
        # the fifth blind set: everyday numbers beside the check-in
        ("ran 5k and hit 15k steps, pain 2", 2, 5.0, KM, None),
        ("12k steps today but no run. pain 4", 4, 0.0, None, None),
        ("5k people at the city 10k today! I ran it, pain 3", 3, 10.0, KM, None),
        ("£12 parking at the race, ran the half 13.1mi, pain 6", 6, 13.1, MI, None),
        ("Ran 8 km at half 7, back about a 2", 2, 8.0, KM, None),
        ("finished at 10 past 8, 12 km, pain 2", 2, 12.0, KM, None),
        ("zone 2 run, HR under 140, 8 km, pain 3", 3, 8.0, KM, None),
        ("first half 1:02, second half 58 min. 21.1 km. back 4", 4, 21.1, KM, None),
        ("300m of climbing over 9km, back 3", 3, 9.0, KM, None),
        ("Back flared up 2 days ago, pain 4, ran 5k", 4, 5.0, KM, None),
        ("ran 10k 2 days ago, pain 3", 3, 10.0, KM, dt.date(2026, 11, 22)),
        ("Ran 5k with Domingo, pain 2", 2, 5.0, KM, None),
        ("Back kept me up last night, 6, no run", 6, 0.0, None, None),
        ("21k, back went at the 15th km, pain 4", 4, 21.0, KM, None),
        ("Worked from 9 to 5 then ran 6k", None, 6.0, KM, None),
        ("ran 8k, now it's 2 more weeks to the marathon", None, 8.0, KM, None),
        ("ran 6k, now its one of those days", None, 6.0, KM, None),
        ("pain nothing serious, 6k", None, 6.0, KM, None),
        ("Did marathon pace today, back 3", 3, None, None, None),
        ("did parkrun volunteering today, back 3", 3, None, None, None),
        ("5k today, weekly total 32k, pain 2", 2, 5.0, KM, None),
        ("Skipped the session, did an easy jog instead, pain 2", 2, None, None, None),
        ("Pain, 2. Distance, 8 kilometres. Elevation, some 150 metres.", 2, 8.0, KM, None),
        ("my shoes have 400 miles on them, might be why. 5 miles today, pain 5", 5, 5.0, MI, None),
        ("21.11. - 15 km, pain 4", 4, 15.0, KM, dt.date(2026, 11, 21)),
        ("Monday 23/11 - rest day, pain 4", 4, 0.0, None, YESTERDAY),
    ],
)
def test_changes_halves_races_totals_and_days_are_read_as_meant(text, pain, value, unit, date):
    """From the fourth blind set: a pain that changed is today's last one, halves and race names are distances,
    a run told in parts with its total is the total, and a run of another day ("23/11", "last night", "the
    22nd") is saved on that day, never as today's."""
    reply = read(text)
    day = None if reply.date == TODAY else reply.date
    assert (reply.pain, reply.distance_value, reply.unit if value else None, day) == (pain, value, unit, date)


@pytest.mark.parametrize("text", [
    "half marathon on sunday so ran three miles easy back pain two",
    "mum's 80th bday party yesterday so no run. back 4",
    "ran 7km last night, back 2 this morning",
    "3 runs this week, 15k total, today's was 6k. back 2",
    "Yesterday's run 8k, today's pain 4",
    "Ran the marathon on Sunday. Pain 5, 3k recovery jog.",
    "6k today, 24k total since monday, pain 2",
])
def test_a_day_whose_numbers_may_be_todays_is_asked_about(text):
    """ "X on Sunday so ..." may go on about Sunday or about today: asked, not guessed."""
    assert problem(text).code == "unreadable"


@pytest.mark.parametrize("text", [
    "indoor 200m track, 20 laps, pain 3",
    "new shoes, 0 miles on them until today's 6, back 2",
    "Did 800m repeats, pain 2",
])
def test_a_track_or_a_shoe_beside_a_bare_number_is_asked_about(text):
    """A "200m track" is the track, not the run; "0 miles on them" is the shoes: what was run is asked."""
    problem(text)


@pytest.mark.parametrize(("text", "today", "pain", "value"), [
    ("13.1, back 2", dt.date(2025, 1, 25), 2, 13.1),
    ("pain 3, only 6.5", dt.date(2025, 6, 10), 3, 6.5),
])
def test_a_decimal_distance_is_no_date_in_the_month_it_could_name(text, today, pain, value):
    """ "13.1" on 25 January is a half marathon, not the 13th of January."""
    reply = read(text, today=today)
    assert (reply.pain, reply.distance_value, reply.date) == (pain, value, None)


@pytest.mark.parametrize(("text", "code"), [
    ("99999999999½ km pain 2", "unreadable"),
    ("on the 31st: 5k pain 2", "too_old"),
    ("the 0th: 5k, pain 2", "unreadable"),
])
def test_a_huge_fraction_or_a_day_that_cannot_be_is_never_saved_as_something_else(text, code):
    """ "99999999999½" once printed as 1e+11 and was saved as 11 km; the 31st of November was today's."""
    assert problem(text).code == code
