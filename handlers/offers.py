"""Buttons that grant something, each backed by a one-time grant stored with the runner it is shown to."""

from __future__ import annotations

import datetime as dt
from typing import Any

from handlers.callbacks import Grant
from handlers.replies import Button
from handlers.turn import Turn
from storage import grants

LASTS = {
    "join": dt.timedelta(days=2),
    "broadcast": dt.timedelta(days=1),
    "remove": dt.timedelta(days=1),
    "erase": dt.timedelta(hours=1),
    "share": dt.timedelta(days=30),
    "save": dt.timedelta(days=1),
    "day": dt.timedelta(days=1),
}


def button(turn: Turn, label: str, purpose: str, **payload: Any) -> Button:
    token = grants.issue(turn.db, turn.runner.id, purpose, payload, now=turn.now, lasts=LASTS[purpose])
    return Button(label, Grant(token).encode())


def redeem(turn: Turn, token: str) -> grants.Granted | None:
    return grants.redeem(turn.db, token, turn.runner.id, now=turn.now)
