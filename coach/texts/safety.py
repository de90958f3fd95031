"""The safety answers: the red-flag checklist's replies and the answers to symptoms typed in a runner's own words.

Wording follows the NHS back pain and cauda equina syndrome pages, NICE NG59 and the BASS 2018
cauda equina statement (shared/research/clinical-rules.md section 4). Safety sentences are never
shortened away, muted or rate-limited."""

from __future__ import annotations

from coach.redflags import CAUDA_EQUINA, EMERGENCY, ROUTINE, URGENT, question_text

def emergency_reply(number: str | None) -> str:
    return (
        f"Please stop and get emergency help now: call {number or GENERIC_NUMBERS} or go to the emergency department. "
        "These symptoms can mean pressure on the nerves at the base of the spine, which needs urgent "
        "hospital assessment.\n\nI've paused all my coaching tips. When a clinician has seen you, tap below.\n"
        f"(Source: {EMERGENCY.source}.)"
    )


def urgent_reply() -> str:
    return (
        "Please contact a doctor today: a same-day GP appointment, NHS 111 or your local urgent care. "
        "Pause running until you've been checked. I'll ask again tomorrow.\n"
        f"(Source: {URGENT.source}.)"
    )


def routine_reply() -> str:
    return (
        "Worth booking a GP or physiotherapist in the next week or two. Keep moving gently meanwhile.\n"
        f"(Source: {ROUTINE.source}.)"
    )


def all_clear() -> str:
    return "Thanks: none of the warning signs. If any of them appear, tell me or see a doctor straight away."


def cleared_reply() -> str:
    return "Thanks for letting me know. Coaching tips are back on. Look after yourself."


def still_on_hold(number: str | None) -> str:
    return (
        "My coaching tips are paused after the emergency symptoms you reported. "
        f"If you haven't yet, call {number or GENERIC_NUMBERS} "
        "or go to the emergency department. Tap below once a clinician has seen you."
    )


WARNING_SIGNS = (
    "Get emergency help at once (call your emergency number) if back pain comes with numbness or tingling "
    "around your bottom or genitals, new trouble peeing or pooing or controlling either, numbness or weakness "
    "in both legs or a leg getting weaker, or chest pain. Same day: fever, weight loss you didn't try for, "
    "a history of cancer, or constant pain that is worse at night. Just tell me in your own words and I'll "
    "answer at once."
)
"""The research's M9: what needs help now, said once at sign-up and in /help (NHS back pain page; NICE NG59)."""


_EMERGENCY_WHY = {
    "cauda_equina": (
        "Together with back pain, that can mean pressure on the nerves at the base of the spine "
        "(cauda equina syndrome), which needs a hospital check within hours, not days."
    ),
    "chest": (
        "Chest pain, pain spreading to your arm or jaw, or getting breathless at rest can come from the heart "
        "or the body's main blood vessel."
    ),
    "aortic": (
        "A sudden tearing pain, feeling faint or clammy, or a pulsing feeling in your tummy can come from the "
        "body's main blood vessel."
    ),
    "blood_urine": "Blood in your pee with back pain can be a kidney problem that shouldn't wait.",
}


_EMERGENCY_SOURCE = {
    "cauda_equina": "NHS cauda equina syndrome page; NICE NG59; BASS 2018 cauda equina statement",
    "chest": "NHS back pain page (call 999 with chest pain); NHS heart attack page",
    "aortic": "NHS abdominal aortic aneurysm page (sudden severe pain: call 999)",
    "blood_urine": "NHS blood in urine and kidney infection pages",
}


_URGENT_WHY = {
    "trauma": "Back pain that started after a fall or an accident should be checked today, in case of a fracture.",
    "fever": "Back pain with a fever, chills or feeling very unwell can mean an infection.",
    "weight_loss": "Back pain with weight loss you didn't try for needs a doctor's check.",
    "cancer": "Back pain in someone who has had cancer needs a doctor's check, even if a running strain is likelier.",
    "night_pain": "Pain that is constant, or worse at night and not eased by rest, isn't typical of a running strain.",
    "thoracic": "Pain between the shoulder blades, rather than low down, is worth a doctor's check.",
    "lump": "A new lump, swelling or change in the shape of your back needs a doctor's check.",
    "immune": "With a weakened immune system, steroids, osteoporosis or a recent infection, back pain needs a doctor's check.",
    "cough_sneeze": "Back pain that is clearly worse when you cough, sneeze or strain on the toilet needs a doctor's check.",
}


GENERIC_NUMBERS = "your emergency number (112 in Europe, 999 in the UK, 911 in the US and Canada, 000 in Australia)"


def _quote(excerpt: str) -> str:
    words = " ".join(excerpt.split())
    return f"You wrote \"{words}\"." if words else "You mentioned a warning sign."


def _emergency_group(category_id: str) -> str:
    return "cauda_equina" if category_id in CAUDA_EQUINA else category_id


def symptom_emergency(category_id: str, excerpt: str, number: str | None, *, hold: bool = True) -> str:
    """The answer to an emergency symptom typed in the runner's own words: no checklist first."""
    group = _emergency_group(category_id)
    call = f"call {number}" if number else f"call {GENERIC_NUMBERS}"
    held = "\n\nI've paused my coaching tips. When a clinician has seen you, tap below." if hold else ""
    return (
        f"{_quote(excerpt)} {_EMERGENCY_WHY.get(group, _EMERGENCY_WHY['cauda_equina'])}\n\n"
        f"Please get emergency help now: {call} or go to the emergency department (A&E). "
        f"Don't wait to see if it passes, and don't run.{held}\n"
        f"I'm a diary, not a doctor. (Source: {_EMERGENCY_SOURCE.get(group, EMERGENCY.source)}.)"
    )


def symptom_urgent(category_id: str, excerpt: str, number: str | None) -> str:
    call = f"call {number}" if number else f"call {GENERIC_NUMBERS}"
    return (
        f"{_quote(excerpt)} {_URGENT_WHY.get(category_id, 'With back pain, that needs a doctor.')}\n\n"
        "Please contact a doctor today: a same-day GP appointment, NHS 111 or your local urgent care. "
        "Please don't run until you've been checked. If numbness around your bottom or genitals, bladder or "
        f"bowel changes or weakness in your legs start, {call} at once. I'll ask how you are tomorrow.\n"
        f"I'm a diary, not a doctor. (Source: {URGENT.source}.)"
    )


def symptom_routine(excerpt: str) -> str:
    return (
        f"{_quote(excerpt)} New back pain that starts over 50 (or under 20) is worth a check: book a GP or "
        "physiotherapist in the next week or two, and keep moving gently meanwhile.\n"
        f"I'm a diary, not a doctor. (Source: {ROUTINE.source}.)"
    )


def symptom_check(excerpt: str) -> str:
    """A lead for the emergency checklist, when what they wrote could be a warning sign or nothing much."""
    return f"{_quote(excerpt)} To be safe, a quick check. " + question_text(EMERGENCY).removeprefix(
        "First, a quick safety check. "
    )


def symptom_signs(excerpt: str) -> str:
    """For someone not signed up, who cannot be asked the checklist: the warning signs, once."""
    return f"{_quote(excerpt)} {WARNING_SIGNS}"


def unread_words_safety_net() -> str:
    """Said under any "I couldn't read that" when the message was words, not numbers: the symptom reader does
    not know every way of saying a warning sign, so the signs themselves are named (NHS back pain page)."""
    return (
        "If you were telling me about a symptom, yours or someone's with you: numbness around the bottom or "
        "genitals, new trouble peeing or pooing, weakness or numbness in the legs, or chest pain need emergency "
        "help now."
    )


def nothing_saved_with_symptoms() -> str:
    return (
        "I haven't saved any numbers from that message, so nothing in your diary moved. "
        "When you're ready, send them on their own, e.g. \"3 8km\"."
    )
