"""What flows in and out of the channel-neutral conversation: plain data every channel can render."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coach.messages import split_lines


@dataclass(frozen=True)
class Button:
    label: str
    data: str


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Attachment:
    """A file sent with a reply, kept as a recipe ("the weekly chart of runner 7 to 29 Nov") and made when sent.

    ``recipe`` names a maker in handlers/reports.py; ``params`` are plain JSON values.
    """

    filename: str
    recipe: str
    params: dict[str, Any] = field(default_factory=dict)
    photo: bool = False


@dataclass(frozen=True)
class Reply:
    """One message. ``table`` text is shown in a fixed-width font where the channel has one; ``urgent``
    marks a safety answer, which is never held back, shortened or rate-limited away."""

    text: str
    buttons: Keyboard = ()
    table: bool = False
    files: tuple[Attachment, ...] = ()
    urgent: bool = False
    sms: str | None = None
    """A shorter wording for a text message, where the full one would cost many segments."""


@dataclass(frozen=True)
class Inbound:
    """One thing the runner did: typed text (commands included), pressed a button, or sent something else."""

    channel: str
    chat_id: str
    text: str = ""
    button: str | None = None
    other: bool = False
    update_key: str | None = None
    name: str | None = None


def paged(text: str, *, table: bool = False, buttons: Keyboard = ()) -> list[Reply]:
    """A message that grows with data, split at line boundaries into parts a channel accepts; buttons on the last."""
    parts = split_lines(text)
    return [Reply(part, buttons if i == len(parts) - 1 else (), table) for i, part in enumerate(parts)]
