"""The fake Twilio REST API and its webhooks, exercised with httpx, twilio's own SDK and a
small aiohttp server standing in for ``lumbar serve``."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
import pytest
from aiohttp import web
from twilio.base.exceptions import TwilioRestException
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from coach import sms_keywords
from tests.fake_twilio import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    FROM_NUMBER,
    HELP_WORDS,
    MESSAGING_SERVICE_SID,
    OPT_IN_WORDS,
    OPT_OUT_WORDS,
    START_REPLY,
    STOP_REPLY,
    FakeTwilio,
    twilio_error,
)

RUNNER = "+447700900123"
PUBLIC = "https://lumbar.example"
MESSAGES = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"

# The worked example in Twilio's request-validation documentation (twilio-php's "Validate
# Incoming Requests" page, the same vector twilio-python's own tests pin): auth token 12345,
# this URL with its query string and these POST parameters give this signature.
DOC_TOKEN = "12345"
DOC_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
DOC_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Caller": "+14158675309",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
}
DOC_SIGNATURE = "RSOYDt4T1cUTdK1PDd93/VVr8B8="


@pytest.fixture
async def twilio() -> AsyncIterator[FakeTwilio]:
    async with FakeTwilio() as fake:
        yield fake


@pytest.fixture
async def http(twilio: FakeTwilio) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=twilio.base_url, auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=2.0
    ) as client:
        yield client


async def send(http: httpx.AsyncClient, **form: str) -> httpx.Response:
    return await http.post(MESSAGES, data={"To": RUNNER, "From": FROM_NUMBER, "Body": "hi", **form})


# --------------------------------------------------------------------------- signatures


def test_requestvalidator_reproduces_the_documented_signature() -> None:
    validator = RequestValidator(DOC_TOKEN)
    assert validator.compute_signature(DOC_URL, DOC_PARAMS) == DOC_SIGNATURE
    assert validator.validate(DOC_URL, DOC_PARAMS, DOC_SIGNATURE)


def test_the_fake_signs_like_the_documentation() -> None:
    assert FakeTwilio(auth_token=DOC_TOKEN).sign(DOC_URL, DOC_PARAMS) == DOC_SIGNATURE


@pytest.mark.parametrize(
    "change",
    [
        lambda url, p: (url.replace("https://", "http://"), p),
        lambda url, p: (url.replace("?foo=1&bar=2", ""), p),
        lambda url, p: (url.replace("foo=1", "foo=2"), p),
        lambda url, p: (url, {**p, "Digits": "9999"}),
        lambda url, p: (url, {k: v for k, v in p.items() if k != "To"}),
        lambda url, p: (url, {**p, "Extra": ""}),
    ],
    ids=["scheme", "no-query", "other-query", "tampered", "missing-param", "added-param"],
)
def test_the_documented_signature_fails_for_any_other_request(change) -> None:
    url, params = change(DOC_URL, DOC_PARAMS)
    assert not RequestValidator(DOC_TOKEN).validate(url, params, DOC_SIGNATURE)
    assert not RequestValidator("54321").validate(DOC_URL, DOC_PARAMS, DOC_SIGNATURE)


def test_the_default_https_port_makes_no_difference() -> None:
    url = DOC_URL.replace(".com/", ".com:443/")
    assert RequestValidator(DOC_TOKEN).validate(url, DOC_PARAMS, DOC_SIGNATURE)


# --------------------------------------------------------------------------- REST API


async def test_a_message_is_accepted_with_twilios_json(twilio: FakeTwilio, http) -> None:
    r = await send(http, Body="Lumbar: back pain this morning 0-10?")
    assert r.status_code == 201
    message = r.json()
    assert message["sid"].startswith("SM") and len(message["sid"]) == 34
    assert message["account_sid"] == ACCOUNT_SID
    assert (message["to"], message["from"]) == (RUNNER, FROM_NUMBER)
    assert message["body"] == "Lumbar: back pain this morning 0-10?"
    assert message["status"] == "queued"
    assert message["direction"] == "outbound-api"
    assert message["num_segments"] == "1"
    assert message["uri"] == f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{message['sid']}.json"
    assert message["error_code"] is None and message["price"] is None
    [call] = twilio.sent(RUNNER)
    assert call.sid == message["sid"] and call.auth == (ACCOUNT_SID, AUTH_TOKEN)
    assert twilio.texts() == ["Lumbar: back pain this morning 0-10?"]
    fetched = await http.get(f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{call.sid}.json")
    assert fetched.json()["sid"] == call.sid


async def test_a_messaging_service_is_accepted(twilio: FakeTwilio, http) -> None:
    r = await http.post(
        MESSAGES, data={"To": RUNNER, "MessagingServiceSid": MESSAGING_SERVICE_SID, "Body": "x"}
    )
    assert r.status_code == 201
    assert r.json()["status"] == "accepted"
    assert r.json()["messaging_service_sid"] == MESSAGING_SERVICE_SID


async def test_twilios_own_sdk_reads_the_fake(twilio: FakeTwilio) -> None:
    client = Client(ACCOUNT_SID, AUTH_TOKEN)
    client.api.base_url = twilio.base_url
    message = await asyncio.to_thread(
        client.messages.create, to=RUNNER, from_=FROM_NUMBER, body="hello"
    )
    assert message.sid == twilio.sent()[0].sid and message.status == "queued"
    twilio.opted_out.add(RUNNER)
    with pytest.raises(TwilioRestException) as refused:
        await asyncio.to_thread(client.messages.create, to=RUNNER, from_=FROM_NUMBER, body="x")
    assert (refused.value.status, refused.value.code) == (400, 21610)


@pytest.mark.parametrize(
    ("auth", "path"),
    [
        (None, MESSAGES),
        ((ACCOUNT_SID, "wrong"), MESSAGES),
        (("AC" + "1" * 32, AUTH_TOKEN), MESSAGES),
        ((ACCOUNT_SID, AUTH_TOKEN), MESSAGES.replace(ACCOUNT_SID, "AC" + "1" * 32)),
    ],
    ids=["none", "wrong-token", "other-account", "other-account-path"],
)
async def test_wrong_credentials_get_401(twilio: FakeTwilio, auth, path: str) -> None:
    async with httpx.AsyncClient(base_url=twilio.base_url, auth=auth) as client:
        r = await client.post(path, data={"To": RUNNER, "From": FROM_NUMBER, "Body": "x"})
    assert r.status_code == 401 and r.json()["code"] == 20003
    assert twilio.sent() == [] and len(twilio.calls) == 1


async def test_an_api_key_is_accepted(twilio: FakeTwilio) -> None:
    twilio.api_keys["SK" + "2" * 32] = "key-secret"
    async with httpx.AsyncClient(
        base_url=twilio.base_url, auth=("SK" + "2" * 32, "key-secret")
    ) as c:
        r = await c.post(MESSAGES, data={"To": RUNNER, "From": FROM_NUMBER, "Body": "x"})
    assert r.status_code == 201


@pytest.mark.parametrize(
    ("form", "code"),
    [
        ({"To": "07700900123"}, 21211),
        ({"To": ""}, 21211),
        ({"From": ""}, 21603),
        ({"From": "+15005550001"}, 21606),
        ({"From": "", "MessagingServiceSid": "MG" + "0" * 32}, 21701),
        ({"Body": ""}, 21602),
        ({"Body": "a" * 1601}, 21617),
        ({"StatusCallback": "not a url"}, 21609),
    ],
)
async def test_malformed_requests_get_twilios_400s(
    twilio: FakeTwilio, http, form: dict[str, str], code: int
) -> None:
    r = await send(http, **form)
    assert r.status_code == 400
    assert r.json() == {**r.json(), "code": code, "status": 400}
    assert twilio.sent() == []


@pytest.mark.parametrize(
    ("attribute", "code"), [("opted_out", 21610), ("not_mobile", 21614), ("invalid", 21211)]
)
async def test_a_refused_number_gets_the_real_error_shape(
    twilio: FakeTwilio, http, attribute: str, code: int
) -> None:
    getattr(twilio, attribute).add(RUNNER)
    r = await send(http)
    assert r.status_code == 400
    body = r.json()
    assert set(body) == {"code", "message", "more_info", "status"}
    assert body["code"] == code and body["status"] == 400
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}"
    assert (await send(http, To="+447700900124")).status_code == 201


async def test_429_and_500_then_success(twilio: FakeTwilio, http) -> None:
    twilio.fail_next(429, retry_after=2)
    twilio.fail_next(500, times=2)
    first = await send(http)
    assert first.status_code == 429 and first.json()["code"] == 20429
    assert first.headers["Retry-After"] == "2"
    assert [(await send(http)).status_code for _ in range(3)] == [500, 500, 201]
    assert [c.status for c in twilio.calls] == [429, 500, 500, 201]
    assert len(twilio.sent()) == 1


async def test_any_twilio_error_can_be_scripted(twilio: FakeTwilio, http) -> None:
    twilio.fail_next(400, 21610)
    r = await send(http)
    assert (r.status_code, r.json()["code"]) == (400, 21610)
    assert twilio_error(21614)[1]["message"] == "'To' number is not a valid mobile number"


async def test_a_hung_request_times_out_and_the_next_one_works(twilio: FakeTwilio) -> None:
    twilio.hang_next()
    async with httpx.AsyncClient(
        base_url=twilio.base_url, auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=0.2
    ) as client:
        with pytest.raises(httpx.ReadTimeout):
            await send(client)
        assert (await send(client)).status_code == 201
    assert twilio.calls[0].status is None
    assert len(twilio.sent()) == 1 and len(twilio.created()) == 1


async def test_a_lost_response_still_sends_the_message(twilio: FakeTwilio) -> None:
    twilio.hang_next(created=True)
    async with httpx.AsyncClient(
        base_url=twilio.base_url, auth=(ACCOUNT_SID, AUTH_TOKEN), timeout=0.2
    ) as client:
        with pytest.raises(httpx.ReadTimeout):
            await send(client, Body="check-in")
        assert (await send(client, Body="check-in")).status_code == 201
    assert [m["body"] for m in twilio.created()] == ["check-in", "check-in"]
    assert len(twilio.sent()) == 1


async def test_release_hung_answers_500(twilio: FakeTwilio, http) -> None:
    twilio.hang_next()
    pending = asyncio.ensure_future(send(http))
    while not twilio.calls:
        await asyncio.sleep(0.01)
    twilio.release_hung()
    assert (await pending).status_code == 500


async def test_refused_connections_then_listening_again(twilio: FakeTwilio, http) -> None:
    port = twilio.port
    await twilio.refuse()
    with pytest.raises(httpx.ConnectError):
        await send(http)
    await twilio.accept()
    assert twilio.port == port
    assert (await send(http)).status_code == 201


async def test_a_hook_answers_first(twilio: FakeTwilio, http) -> None:
    twilio.hook = lambda call: twilio_error(21614) if "landline" in (call.body or "") else None
    assert (await send(http, Body="landline")).json()["code"] == 21614
    assert (await send(http, Body="mobile")).status_code == 201


async def test_wait_for(twilio: FakeTwilio, http) -> None:
    later = asyncio.ensure_future(twilio.wait_for(2, to=RUNNER, timeout=2))
    await send(http)
    await send(http)
    assert len(await later) == 2
    with pytest.raises(AssertionError, match="timed out"):
        await twilio.wait_for(3, timeout=0.05)


# --------------------------------------------------------------------------- webhooks


@dataclass
class BotStandIn:
    """What ``lumbar serve`` must do with Twilio's webhooks: check the signature over the
    public URL and answer 403 to anything else, before reading a single parameter."""

    url: str = ""
    received: list[dict[str, str]] = field(default_factory=list)
    rejected: int = 0


@pytest.fixture
async def bot(twilio: FakeTwilio) -> AsyncIterator[BotStandIn]:
    stand_in = BotStandIn()
    validator = RequestValidator(AUTH_TOKEN)

    async def webhook(request: web.Request) -> web.Response:
        form = {k: v for k, v in (await request.post()).items() if isinstance(v, str)}
        public_url = PUBLIC + request.path_qs
        if not validator.validate(public_url, form, request.headers.get("X-Twilio-Signature", "")):
            stand_in.rejected += 1
            return web.Response(status=403)
        stand_in.received.append(form)
        return web.Response(text="<Response/>", content_type="application/xml")

    app = web.Application()
    app.router.add_post("/sms", webhook)
    app.router.add_post("/sms/status", webhook)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    stand_in.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    twilio.tunnel(PUBLIC, stand_in.url)
    yield stand_in
    await runner.cleanup()


async def test_a_signed_inbound_sms_is_accepted(twilio: FakeTwilio, bot: BotStandIn) -> None:
    result = await twilio.post_inbound(f"{PUBLIC}/sms", RUNNER, "3 5")
    assert result.status == 200 and result.content_type == "application/xml"
    [form] = bot.received
    assert (form["From"], form["Body"], form["To"]) == (RUNNER, "3 5", FROM_NUMBER)
    assert form["MessageSid"].startswith("SM") and form["AccountSid"] == ACCOUNT_SID
    assert form["SmsStatus"] == "received" and form["NumSegments"] == "1"


async def test_the_signature_covers_a_query_string(twilio: FakeTwilio, bot: BotStandIn) -> None:
    assert (await twilio.post_inbound(f"{PUBLIC}/sms?club=7&x=%20y", RUNNER, "hi")).status == 200


@pytest.mark.parametrize(
    "forgery",
    [
        {"signature": None},
        {"signature": "RSOYDt4T1cUTdK1PDd93/VVr8B8="},
        {"sign_url": f"{PUBLIC}/elsewhere"},
        {"sign_url": "http://lumbar.example/sms"},
    ],
    ids=["missing", "forged", "another-url", "http-scheme"],
)
async def test_an_unsigned_or_forged_inbound_sms_is_refused(
    twilio: FakeTwilio, bot: BotStandIn, forgery: dict
) -> None:
    result = await twilio.post_inbound(f"{PUBLIC}/sms", RUNNER, "3 5", **forgery)
    assert result.status == 403
    assert bot.received == [] and bot.rejected == 1


async def test_a_tampered_body_is_refused(twilio: FakeTwilio, bot: BotStandIn) -> None:
    params = twilio.inbound_params(RUNNER, "3 5")
    signature = twilio.sign(f"{PUBLIC}/sms", params)
    result = await twilio.post_form(
        f"{PUBLIC}/sms", {**params, "Body": "10 0"}, signature=signature
    )
    assert result.status == 403


async def test_a_replayed_message_sid_is_posted_again(twilio: FakeTwilio, bot: BotStandIn) -> None:
    first = await twilio.post_inbound(f"{PUBLIC}/sms", RUNNER, "3 5")
    again = await twilio.post_inbound(
        f"{PUBLIC}/sms", RUNNER, "3 5", message_sid=first.params["MessageSid"]
    )
    assert first.status == again.status == 200
    assert [f["MessageSid"] for f in bot.received] == [first.params["MessageSid"]] * 2


async def test_stop_and_start_change_twilios_block_list(
    twilio: FakeTwilio, bot: BotStandIn, http
) -> None:
    await twilio.post_inbound(f"{PUBLIC}/sms", RUNNER, "Stop")
    assert RUNNER in twilio.opted_out
    assert twilio.auto_replies == [(RUNNER, STOP_REPLY)]
    assert bot.received[0]["Body"] == "Stop"
    assert (await send(http)).json()["code"] == 21610
    await twilio.post_inbound(f"{PUBLIC}/sms", RUNNER, "YES")
    assert RUNNER not in twilio.opted_out
    assert twilio.auto_replies[-1] == (RUNNER, START_REPLY)
    assert (await send(http)).status_code == 201


def test_the_fake_and_lumbar_know_the_same_keywords() -> None:
    assert OPT_OUT_WORDS == sms_keywords.STOP_WORDS
    assert OPT_IN_WORDS == sms_keywords.START_WORDS
    assert HELP_WORDS == sms_keywords.HELP_WORDS


async def test_punctuation_blocks_nothing_at_twilio_but_stops_lumbar(
    twilio: FakeTwilio, bot: BotStandIn
) -> None:
    await twilio.post_inbound(f"{PUBLIC}/sms", RUNNER, "Stop.")
    assert twilio.opted_out == set()
    assert sms_keywords.classify(bot.received[0]["Body"]) == "stop"


async def test_yes_from_a_number_that_never_stopped_changes_nothing(
    twilio: FakeTwilio, bot: BotStandIn
) -> None:
    await twilio.post_inbound(f"{PUBLIC}/sms", RUNNER, "YES")
    assert twilio.opted_out == set() and twilio.auto_replies == []
    assert bot.received[0]["Body"] == "YES"


async def test_status_callbacks(twilio: FakeTwilio, bot: BotStandIn, http) -> None:
    r = await send(http, StatusCallback=f"{PUBLIC}/sms/status")
    sid = r.json()["sid"]
    assert (await twilio.post_status(sid, "sent")).status == 200
    assert (await twilio.post_status(sid, "undelivered", error_code=30003)).status == 200
    assert [(f["MessageSid"], f["MessageStatus"]) for f in bot.received] == [
        (sid, "sent"),
        (sid, "undelivered"),
    ]
    assert bot.received[1]["ErrorCode"] == "30003" and bot.received[1]["To"] == RUNNER
    assert twilio.message(sid)["status"] == "undelivered"
    forged = await twilio.post_status(sid, "delivered", signature="forged")
    assert forged.status == 403


async def test_automatic_status_callbacks(twilio: FakeTwilio, bot: BotStandIn, http) -> None:
    twilio.auto_status = ("sent", "delivered")
    await send(http, StatusCallback=f"{PUBLIC}/sms/status")
    await send(http)
    for _ in range(200):
        if len(bot.received) == 2:
            break
        await asyncio.sleep(0.01)
    assert [f["MessageStatus"] for f in bot.received] == ["sent", "delivered"]
