"""A reply as a text message: GSM-7 only, buttons as numbered choices, files left out.

Pure: no database, no network. The SMS transport and ``lumbar chat --sms`` both render with it,
so what the terminal shows is what a phone would get.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from coach import texts
from coach.messages import split_lines
from coach.sms import segments, to_gsm7
from handlers import callbacks
from handlers.replies import Button, Reply

MAX_BODY = 1600
"""Twilio refuses a longer body (error 21617); a longer message goes as several."""

NOT_ON_SMS = (callbacks.Pain, callbacks.Distance, callbacks.Consent, callbacks.Feedback)
"""Keyboards a text message does without: pain and distance are typed ("3 5"), consent is YES, and a
tip's helpful/not-helpful costs a segment nobody needs."""


@dataclass(frozen=True)
class Sms:
    parts: tuple[str, ...]
    choices: dict[str, str] = field(default_factory=dict)
    """"1" -> the data of the button it stands for."""

    @property
    def segments(self) -> int:
        return sum(segments(part) for part in self.parts)


def render(reply: Reply) -> Sms:
    """Safety answers (``urgent``) always go whole; anything else in its short SMS wording when it has one."""
    text = reply.text if reply.urgent or not reply.sms else reply.sms
    buttons = choice_buttons(reply)
    lines = [text] if text else []
    if buttons:
        lines.append(texts.sms_choices([b.label for b in buttons]))
    if any(not f.photo for f in reply.files):
        lines.append(texts.attachment_left_out())
    body = to_gsm7("\n".join(lines)).strip()
    parts = tuple(p for p in split_lines(body, MAX_BODY) if p.strip()) if body else ()
    return Sms(parts, {str(n): b.data for n, b in enumerate(buttons, start=1)})


def choice_buttons(reply: Reply) -> list[Button]:
    return [b for row in reply.buttons for b in row if not isinstance(callbacks.decode(b.data), NOT_ON_SMS)]
