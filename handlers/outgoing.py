"""Replies become outbox rows, and rows become replies again: the one place a message is written for sending.

A conversation's replies are written in the same transaction as the effects of the message they
answer; the sweep's questions and summaries and the clubs' messages are written the same way.
Sending is the drainer's job (handlers/jobs/outbox.py), whoever wrote the row.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any

from sqlite_utils import Database

from handlers.replies import Attachment, Button, Keyboard, Reply
from storage import outbox
from storage.db import utc_text

REPLY, SCHEDULED, BULK = 0, 1, 2
"""Priorities: answers to what a runner just did first, then their own scheduled messages, then club mail."""


def enqueue(
    db: Database, replies: list[Reply], *, channel: str, chat_id: str, runner_id: int | None, key: str,
    now: dt.datetime, kind: str = "reply", priority: int = REPLY, gentle_after: dt.datetime | None = None,
    expires: dt.datetime | None = None, broadcast_id: int | None = None,
) -> int:
    """Queue ``replies`` in order under ``key`` (``key:0``, ``key:1``...), so writing them twice queues them once."""
    rows = [
        {
            "channel": channel, "chat_id": chat_id, "runner_id": runner_id, "broadcast_id": broadcast_id,
            "kind": kind, "text": reply.text, "payload": payload_text(reply), "idem_key": f"{key}:{n}",
            "priority": REPLY if reply.urgent else priority,
            "gentle_after_utc": None if reply.urgent or gentle_after is None else utc_text(gentle_after),
            "expires_utc": utc_text(expires) if expires else None,
        }
        for n, reply in enumerate(replies)
    ]
    return outbox.enqueue(db, rows, now=now)


def payload_text(reply: Reply) -> str:
    """The payload as the outbox stores it (``json.dumps(payload(reply), sort_keys=True)``). A minute's questions share
    a few keyboards, so a keyboard is written out once, not once per runner; what else a reply holds is not kept."""
    if reply.files:
        return _as_text(payload(reply))
    parts = []
    if reply.buttons:
        try:
            parts.append(f'"buttons": {_buttons_text(reply.buttons)}')
        except TypeError:  # rows given as lists, which are not hashable
            parts.append(f'"buttons": {json.dumps(payload(reply)["buttons"])}')
    if reply.sms:
        parts.append(f'"sms": {json.dumps(reply.sms)}')
    if reply.table:
        parts.append('"table": true')
    if reply.urgent:
        parts.append('"urgent": true')
    return "{" + ", ".join(parts) + "}"


@functools.lru_cache(maxsize=256)
def _buttons_text(buttons: Keyboard) -> str:
    return json.dumps([[[b.label, b.data] for b in row] for row in buttons])


def forget() -> None:
    """Drop the keyboards kept: a runner who erases their diary leaves nothing of theirs in memory."""
    _buttons_text.cache_clear()


def _as_text(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True)


def payload(reply: Reply) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if reply.buttons:
        data["buttons"] = [[[b.label, b.data] for b in row] for row in reply.buttons]
    if reply.table:
        data["table"] = True
    if reply.files:
        data["files"] = [{"name": f.filename, "recipe": f.recipe, "params": f.params, "photo": f.photo}
                         for f in reply.files]
    if reply.urgent:
        data["urgent"] = True
    if reply.sms:
        data["sms"] = reply.sms
    return data


def reply_of(message: outbox.Message) -> Reply:
    data = message.payload
    return Reply(
        text=message.text,
        buttons=tuple(tuple(Button(label, value) for label, value in row) for row in data.get("buttons", [])),
        table=bool(data.get("table")),
        files=tuple(Attachment(f["name"], f["recipe"], f.get("params", {}), bool(f.get("photo")))
                    for f in data.get("files", [])),
        urgent=bool(data.get("urgent")),
        sms=data.get("sms"),
    )
