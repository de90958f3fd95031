"""The red flags the recogniser knows: what each is called, how urgent it is, and who says so.

The sources are summarised in shared/research/clinical-rules.md section 4.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Urgency(IntEnum):
    """Ordered: a higher value is more urgent."""

    CHECK = 1  # vague nerve symptom: ask the yes/no safety checklist
    ROUTINE = 2  # see a GP or physio in a week or two
    URGENT = 3  # contact a doctor today
    EMERGENCY = 4  # call the emergency number now


@dataclass(frozen=True)
class Category:
    """A red flag as the diary and physio report name it, how urgent it is, and who says so."""

    id: str
    label: str
    urgency: Urgency
    source: str


@dataclass(frozen=True)
class Finding:
    """One category found in a message: `excerpt` is `text[start:end]` of the text passed in."""

    category: Category
    start: int
    end: int
    excerpt: str


NHS = "NHS back pain page"
BASS = "BASS 2018 cauda equina statement"
GCARE = "NHS Gloucestershire red flags"
CES = "NHS cauda equina syndrome page"

CATEGORIES: tuple[Category, ...] = (
    Category(
        "ces",
        "cauda equina syndrome named as a worry, by the runner or a clinician",
        Urgency.EMERGENCY,
        f"{CES}; {BASS}",
    ),
    Category(
        "saddle",
        "numbness, tingling or reduced feeling in the saddle area (genitals, bottom, inner thighs)",
        Urgency.EMERGENCY,
        f"{NHS}; {CES}; {BASS}",
    ),
    Category(
        "bladder",
        "new bladder trouble: hard to pee, a weak stream, not feeling a full bladder, or leaking",
        Urgency.EMERGENCY,
        f"{NHS}; {BASS}; {GCARE}",
    ),
    Category(
        "bowel",
        "loss of bowel control, leaking stool, or not feeling the need to poo or wiping",
        Urgency.EMERGENCY,
        f"{NHS}; {BASS}; {GCARE}",
    ),
    Category(
        "sexual",
        "a new change in sexual function, such as numbness during sex or erection problems",
        Urgency.EMERGENCY,
        f"{BASS}; {CES}",
    ),
    Category(
        "both_legs",
        "pain, numbness, tingling or weakness in both legs",
        Urgency.EMERGENCY,
        f"{NHS}; {BASS}",
    ),
    Category(
        "weakness",
        "a leg getting weaker or giving way, foot drop or dragging, or trouble walking",
        Urgency.EMERGENCY,
        f"{GCARE}; {BASS}",
    ),
    Category(
        "chest",
        "chest pain, tightness or pressure, pain spreading to the left arm or jaw, or breathless "
        "at rest",
        Urgency.EMERGENCY,
        NHS,
    ),
    Category(
        "aortic",
        "sudden tearing pain, fainting, collapse, feeling faint and clammy, or a pulsing feeling in "
        "the tummy",
        Urgency.EMERGENCY,
        "NHS aortic dissection and abdominal aortic aneurysm pages",
    ),
    Category(
        "blood_urine",
        "blood in the urine (red, pink or brown pee)",
        Urgency.EMERGENCY,
        "NHS blood in urine page",
    ),
    Category(
        "trauma",
        "back pain after a serious fall or accident",
        Urgency.URGENT,
        f"{NHS}; NICE NG59 (trauma)",
    ),
    Category(
        "fever",
        "fever, high temperature, chills or feeling very unwell",
        Urgency.URGENT,
        f"{NHS}; {GCARE} (infection)",
    ),
    Category(
        "weight_loss",
        "losing weight without trying",
        Urgency.URGENT,
        f"{NHS}; {GCARE} (cancer)",
    ),
    Category(
        "cancer",
        "cancer now or in the past",
        Urgency.URGENT,
        f"NICE NG59; {GCARE}",
    ),
    Category(
        "night_pain",
        "constant pain, worse at night or lying down, not eased by rest",
        Urgency.URGENT,
        f"{NHS}; {GCARE}",
    ),
    Category(
        "thoracic",
        "pain in the upper or middle back, between the shoulder blades",
        Urgency.URGENT,
        NHS,
    ),
    Category(
        "cough_sneeze",
        "pain clearly worse when coughing, sneezing or straining on the toilet",
        Urgency.URGENT,
        NHS,
    ),
    Category(
        "lump",
        "a new lump or swelling in the back, or a change in its shape",
        Urgency.URGENT,
        f"{NHS}; {GCARE}",
    ),
    Category(
        "immune",
        "weakened immunity, long-term steroids, injecting drugs, a recent bacterial "
        "infection, or osteoporosis with a minor fall",
        Urgency.URGENT,
        f"{GCARE}; NICE NG59",
    ),
    Category(
        "age",
        "first-ever back pain over 50 or under 20",
        Urgency.ROUTINE,
        GCARE,
    ),
    Category(
        "nerve",
        "numbness, tingling, weakness or shooting pain in one leg or foot",
        Urgency.CHECK,
        f"{NHS}; NICE NG59 (sciatica)",
    ),
)
CATEGORY_BY_ID: dict[str, Category] = {category.id: category for category in CATEGORIES}
