"""A reply's payload as the outbox stores it: written out in parts, with its keyboard kept, it reads as the whole
payload written by ``json.dumps`` would."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from handlers.outgoing import payload, payload_text
from handlers.replies import Attachment, Button, Reply

buttons = st.builds(Button, st.text(max_size=12), st.text(max_size=12))
keyboards = st.lists(st.lists(buttons, max_size=4).map(tuple), max_size=4).map(tuple)
replies = st.builds(Reply, st.text(max_size=20), keyboards, st.booleans(), st.just(()), st.booleans(),
                    st.none() | st.text(max_size=40))


@given(replies)
def test_the_stored_payload_is_the_payload_as_json(reply: Reply) -> None:
    assert payload_text(reply) == json.dumps(payload(reply), sort_keys=True)


def test_a_reply_with_files_or_rows_as_lists_is_stored_whole() -> None:
    chart = Reply("week", files=(Attachment("chart.png", "chart", {"runner": 7}, photo=True),), sms="week")
    listed = Reply("pick", [[Button("a", "b")]])  # type: ignore[arg-type]
    for reply in (chart, listed):
        assert payload_text(reply) == json.dumps(payload(reply), sort_keys=True)

