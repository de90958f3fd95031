"""The fake Bot API server, exercised by a real PTB Application polling it."""

from __future__ import annotations

import time

import pytest
from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, EndPointNotFound, Forbidden, InvalidToken, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fake_telegram import (
    BOT_USERNAME,
    TINY_PNG,
    TOKEN,
    Call,
    FakeTelegram,
    api_error,
    api_ok,
)

CHAT = 42


# --------------------------------------------------------------------------- a tiny bot


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("I'm OK", callback_data="ok")],
            [
                InlineKeyboardButton("Hurts", callback_data="pain:5"),
                InlineKeyboardButton("Help", url="https://example.org/help"),
            ],
        ]
    )
    assert update.effective_user is not None and update.message is not None
    await update.message.reply_text(
        f"Hi {update.effective_user.first_name}! args={context.args}", reply_markup=keyboard
    )


async def photo_cmd(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    await update.message.reply_photo(TINY_PNG, filename="chart.png", caption="Your week")


async def on_photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    tg_file = await update.message.photo[-1].get_file()
    data = await tg_file.download_as_bytearray()
    is_png = bytes(data[:4]) == TINY_PNG[:4]
    await update.message.reply_text(f"got {len(data)} bytes, png={is_png}")


async def on_sticker(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None
    await update.message.reply_text("nice sticker")


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    context.bot_data.setdefault("seen", []).append(update.update_id)
    await update.message.reply_text(update.message.text)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer()
    try:
        await query.edit_message_text(f"Recorded: {query.data}")
    except BadRequest as exc:
        # A double tap edits to the same text. PTB capitalize()s the description, so
        # compare case-insensitively.
        if "message is not modified" not in exc.message.lower():
            raise
        context.bot_data["not_modified"] = exc.message


def build_app(tg: FakeTelegram) -> Application:
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(tg.base_url)
        .base_file_url(tg.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("photo", photo_cmd))
    app.add_handler(MessageHandler(filters.PHOTO, on_photo))
    app.add_handler(MessageHandler(filters.Sticker.ALL, on_sticker))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(on_button))
    return app


async def start_app(app: Application) -> None:
    """Manual lifecycle (G1: no run_polling under pytest; G2: post_init is ours to call)."""
    await app.initialize()  # getMe
    await app.bot.set_my_commands([BotCommand("start", "Check in")])  # what post_init would do
    await app.updater.start_polling(timeout=1)  # deleteWebhook + getUpdates loop
    await app.start()


async def stop_app(app: Application) -> None:
    """Stop the updater first: it makes one last getUpdates, so the fake must still run (G5)."""
    await app.updater.stop()
    await app.stop()
    await app.shutdown()


@pytest.fixture
async def tg():
    server = FakeTelegram()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def app(tg: FakeTelegram):
    application = build_app(tg)
    await start_app(application)
    yield application
    await stop_app(application)


# --------------------------------------------------------------------------- tests


async def test_command_reply_with_entities(tg: FakeTelegram, app: Application) -> None:
    await tg.push_text(CHAT, "/start today")
    [call] = await tg.wait_for("sendMessage", chat_id=CHAT)
    assert call.params["chat_id"] == CHAT
    assert call.params["text"] == "Hi Runner! args=['today']"
    assert tg.buttons(call) == [
        [("I'm OK", "ok")],
        [("Hurts", "pain:5"), ("Help", "https://example.org/help")],
    ]
    # the returned Message echoes the inline keyboard, from the bot, per-chat message id
    assert call.result["reply_markup"] == call.params["reply_markup"]
    assert call.result["from"]["username"] == BOT_USERNAME
    assert call.result["message_id"] == 2  # 1 was the user's /start in this chat
    assert [c.method for c in tg.calls][:3] == ["getMe", "setMyCommands", "deleteWebhook"]
    assert tg.texts(CHAT) == ["Hi Runner! args=['today']"]
    assert [c.method for c in tg.sent(CHAT)] == ["sendMessage"]
    # without a bot_command entity "/start" is plain text: the echo answers (G6)
    await tg.push_update(
        {
            "message": {
                "message_id": 99,
                "date": 0,
                "chat": {"id": CHAT, "type": "private"},
                "from": {"id": CHAT, "is_bot": False, "first_name": "Runner"},
                "text": "/start",
            }
        }
    )
    [echoed] = await tg.wait_for("sendMessage")
    assert echoed.params["text"] == "/start"
    # getMyCommands returns what was set
    assert await app.bot.get_my_commands() == (BotCommand("start", "Check in"),)


async def test_callback_round_trip(tg: FakeTelegram, app: Application) -> None:
    await tg.push_text(CHAT, "/start")
    [sent] = await tg.wait_for("sendMessage")
    await tg.push_callback(CHAT, "pain:5")  # None: the last message with a keyboard
    [ans] = await tg.wait_for("answerCallbackQuery")
    [edit] = await tg.wait_for("editMessageText")
    assert ans.ok and edit.ok
    assert edit.params == {
        "chat_id": CHAT,
        "message_id": sent.result["message_id"],
        "text": "Recorded: pain:5",
    }
    assert tg.unanswered_callbacks() == []
    # the edit removed the keyboard; the fake tracks the message's current state
    assert "reply_markup" not in tg.message(sent)
    assert tg.texts(CHAT) == ["Hi Runner! args=[]", "Recorded: pain:5"]
    # pressing a button on an explicitly given Call; editing to the same text is refused
    await tg.push_callback(CHAT, "pain:5", sent)
    [again] = await tg.wait_for("editMessageText")
    assert again.status == 400
    assert "message is not modified" in again.result["description"]
    # wait_for returns once the fake has answered, not when the handler has finished:
    # let the handler run to its end before looking at its side effects.
    await tg.quiesce(settle=0.05)
    assert app.bot_data["not_modified"].startswith("Message is not modified")
    assert tg.unanswered_callbacks() == []
    # a second answer to the same query is rejected like Telegram does
    with pytest.raises(BadRequest, match="Query is too old"):
        await app.bot.answer_callback_query(ans.params["callback_query_id"])


async def test_photo_upload_and_download(tg: FakeTelegram, app: Application) -> None:
    await tg.push_text(CHAT, "/photo")
    [photo] = await tg.wait_for("sendPhoto")
    assert photo.files["photo"] == ("chart.png", TINY_PNG)
    assert photo.params["caption"] == "Your week"
    assert photo.result["photo"][0]["file_size"] == len(TINY_PNG)
    # user photo -> getFile -> GET base_file_url route
    await tg.push_photo(CHAT)
    [reply] = await tg.wait_for("sendMessage")
    assert reply.params["text"] == f"got {len(TINY_PNG)} bytes, png=True"
    assert [c.method for c in tg.calls if c.method == "getFile"] == ["getFile"]
    await tg.push_sticker(CHAT)
    [sticker_reply] = await tg.wait_for("sendMessage")
    assert sticker_reply.params["text"] == "nice sticker"
    assert tg.texts(CHAT) == ["Your week", reply.params["text"], "nice sticker"]


async def test_order_of_queued_messages(tg: FakeTelegram, app: Application) -> None:
    ids = [await tg.push_text(CHAT, f"msg {i}") for i in range(5)]
    assert ids == sorted(ids)
    calls = await tg.wait_for("sendMessage", 5, chat_id=CHAT)
    assert [c.params["text"] for c in calls] == [f"msg {i}" for i in range(5)]
    assert app.bot_data["seen"] == ids
    await tg.quiesce(settle=0.1)
    assert tg.pending_updates == []  # PTB confirmed them with its next offset
    offsets = [c.params.get("offset") for c in tg.calls if c.method == "getUpdates"]
    assert ids[-1] + 1 in offsets
    # text that looks like JSON stays a string (STRING_PARAMS)
    await tg.push_text(CHAT, "5")
    [five] = await tg.wait_for("sendMessage")
    assert five.params["text"] == "5"


async def test_redeliver_same_update_id(tg: FakeTelegram, app: Application) -> None:
    uid = await tg.push_text(CHAT, "I ran 5 km")
    await tg.wait_for("sendMessage")
    await tg.redeliver(uid)
    [second] = await tg.wait_for("sendMessage")
    assert second.params["text"] == "I ran 5 km"
    assert app.bot_data["seen"] == [uid, uid]
    # later updates still flow normally
    nxt = await tg.push_text(CHAT, "after")
    await tg.wait_for("sendMessage")
    assert app.bot_data["seen"] == [uid, uid, nxt]


async def test_hook_429_raises_retry_after(
    tg: FakeTelegram, app: Application, monkeypatch: pytest.MonkeyPatch
) -> None:
    # RetryAfter.__init__ reads its own deprecated int `retry_after`: with
    # filterwarnings=error that PTBDeprecationWarning would replace the RetryAfter.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    tg.hooks["sendMessage"] = lambda call: api_error(
        429, "Too Many Requests: retry after 7", retry_after=7
    )
    with pytest.raises(RetryAfter) as exc_info:
        await app.bot.send_message(CHAT, "flood")
    assert exc_info.value.retry_after.total_seconds() == 7
    [failed] = await tg.wait_for("sendMessage")
    assert failed.status == 429
    assert tg.sent(CHAT) == [] and len(tg.sent(CHAT, include_failed=True)) == 1
    # 403 via a hook, and via `blocked`
    tg.hooks["sendMessage"] = lambda call: api_error(403, "Forbidden: bot was blocked by the user")
    with pytest.raises(Forbidden):
        await app.bot.send_message(CHAT, "x")
    del tg.hooks["sendMessage"]
    tg.blocked.add(7)
    with pytest.raises(Forbidden):
        await app.bot.send_message(7, "x")
    # getChatMember: administrator by default, overridable by a hook
    member = await app.bot.get_chat_member(-100123, CHAT)
    assert member.status == "administrator"
    tg.hooks["getChatMember"] = lambda call: api_ok(
        {"status": "left", "user": {"id": CHAT, "is_bot": False, "first_name": "R"}}
    )
    assert (await app.bot.get_chat_member(-100123, CHAT)).status == "left"


async def test_bad_requests(tg: FakeTelegram, app: Application) -> None:
    with pytest.raises(BadRequest, match="Message text is empty"):
        await app.bot.send_message(CHAT, "  \n ")
    with pytest.raises(BadRequest, match="Message is too long"):
        await app.bot.send_message(CHAT, "x" * 4097)
    await app.bot.send_message(CHAT, "x" * 4096)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await app.bot.send_message(CHAT, "pick", reply_markup=too_long)
    with pytest.raises(BadRequest, match="Chat_id is empty"):
        await app.bot.send_message(None, "no chat")  # type: ignore[arg-type]
    with pytest.raises(BadRequest, match="Can't parse entities"):
        await app.bot.send_message(CHAT, "pain < 3", parse_mode="HTML")
    with pytest.raises(BadRequest, match="reserved"):
        await app.bot.send_message(CHAT, "Well done!", parse_mode="MarkdownV2")
    await app.bot.send_message(CHAT, "<b>pain</b> &lt; 3", parse_mode="HTML")
    assert [c.status for c in tg.calls if c.method == "sendMessage"] == [
        400, 400, 200, 400, 400, 400, 400, 200
    ]
    # unknown method: 404 and recorded; PTB maps 404 to EndPointNotFound here
    with pytest.raises(EndPointNotFound):
        await app.bot.do_api_request("sendTelepathy", {"chat_id": CHAT})
    [unknown] = await tg.wait_for("sendTelepathy")
    assert unknown.status == 404
    assert unknown.result["description"] == "Not Found: method not found"


async def test_wrong_token_is_401(tg: FakeTelegram) -> None:
    bot_app = ApplicationBuilder().token("999:WRONG").base_url(tg.base_url).build()
    try:
        with pytest.raises(InvalidToken):
            await bot_app.initialize()
    finally:
        # A failed initialize() leaves the httpx clients open and Application.shutdown()
        # is a no-op when not initialized: close them or a ResourceWarning fails a later test.
        await bot_app.bot.shutdown()
    assert tg.calls[-1].status == 401


async def test_wait_for_timeout_raises_assertion(tg: FakeTelegram, app: Application) -> None:
    await tg.push_text(CHAT, "hello")
    await tg.wait_for("sendMessage")
    t0 = time.monotonic()
    with pytest.raises(AssertionError, match=r"timed out after 0.2s") as exc_info:
        await tg.wait_for("sendMessage", timeout=0.2)
    assert 0.2 <= time.monotonic() - t0 < 1.5
    assert "sendMessage [200] chat=42 'hello'" in str(exc_info.value)
    # mark() forgets everything seen so far
    tg.mark()
    await tg.push_text(CHAT, "again")
    [call] = await tg.wait_for("sendMessage")
    assert call.params["text"] == "again"
    await tg.quiesce(settle=0.2)
    assert tg.texts(CHAT) == ["hello", "again"]


async def test_teardown_is_fast() -> None:
    server = FakeTelegram()
    await server.start()
    application = build_app(server)
    await start_app(application)
    await server.push_text(CHAT, "ping")
    await server.wait_for("sendMessage")
    # let the updater sit in a fresh long poll before stopping
    await server.wait_for("getUpdates", 1, timeout=2)
    t0 = time.monotonic()
    await stop_app(application)
    await server.stop()
    elapsed = time.monotonic() - t0
    print(f"teardown {elapsed:.3f}s")
    assert elapsed < 2.0, f"teardown took {elapsed:.2f}s"


def test_buttons_of_message_dict() -> None:
    markup = {"inline_keyboard": [[{"text": "a", "url": "https://x.y"}]]}
    call = Call("sendMessage", {"reply_markup": markup}, {}, 0.0)
    assert FakeTelegram.buttons(call) == [[("a", "https://x.y")]]
    assert FakeTelegram.buttons(Call("sendMessage", {}, {}, 0.0)) == []
