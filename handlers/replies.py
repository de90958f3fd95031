"""What flows in and out of the channel-neutral conversation: plain data every channel can render."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from coach.messages import split_lines


@dataclass(frozen=True)
class Button:
    label: str
    data: str


@dataclass(frozen=True)
class Attachment:
    """A file sent with a reply. ``render`` is called by the channel off its event loop: charts and PDFs take a while."""

    filename: str
    render: Callable[[], bytes]
    photo: bool = False


@dataclass(frozen=True)
class Reply:
    """One message to the runner. ``table`` text is shown in a fixed-width font where the channel has one."""

    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    table: bool = False
    files: tuple[Attachment, ...] = ()


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


@dataclass(frozen=True)
class Outgoing:
    channel: str
    chat_id: str
    reply: Reply
    runner_id: int | None = None


@dataclass
class Outcome:
    replies: list[Reply] = field(default_factory=list)

    def say(self, text: str, buttons: tuple[tuple[Button, ...], ...] = (), *, table: bool = False) -> None:
        self.replies.append(Reply(text, buttons, table))


def paged(text: str, *, table: bool = False, buttons: tuple[tuple[Button, ...], ...] = ()) -> list[Reply]:
    """A message that grows with data, split at line boundaries into parts a channel accepts; buttons on the last."""
    parts = split_lines(text)
    return [Reply(part, buttons if i == len(parts) - 1 else (), table) for i, part in enumerate(parts)]
