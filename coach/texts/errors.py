"""What Lumbar says when it can't act on what it was sent."""

from __future__ import annotations



def stale_button() -> str:
    return "That button is from an older message. Type your answer instead, e.g. \"3 8km\"."


def unknown_command(name: str) -> str:
    return f"I don't know /{name[:30]}. /help lists what I can do."


def only_text() -> str:
    return "I can only read text. Tell me your pain and distance, e.g. \"3 8km\" or \"rest\"."


def too_long(what: str, limit: int) -> str:
    return f"{what} can be at most {limit} characters. Please make it shorter."


def more_buttons(page: int, pages: int) -> str:
    return f"More ({page} of {pages}):"


def handler_failed() -> str:
    return "Sorry, something went wrong on my side. What you saved before is safe; please try again."


def slow_down() -> str:
    return (
        "That's a lot of messages at once, so I'll stay quiet for a moment. Everything you sent is saved; "
        "/history shows it. Safety answers still come straight away."
    )
