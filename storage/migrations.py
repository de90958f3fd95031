"""Versioned schema changes, applied in order at start and recorded in ``_sqlite_migrations``.

Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("lumbar")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("runners").create(
        {
            "id": int,
            "channel": str,
            "chat_id": str,
            "units": str,
            "tz": str,
            "checkin_time": str,
            "mode": str,
            "quiet_start": str,
            "quiet_end": str,
            "paused_until": str,
            "active": int,
            "consented_at": str,
            "onboarding_step": str,
            "awaiting": str,
            "awaiting_date": str,
            "next_prompt_utc": str,
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"channel", "chat_id", "units", "tz", "checkin_time", "mode", "active"},
        defaults={
            "units": "km",
            "tz": "UTC",
            "checkin_time": "08:00",
            "mode": "morning",
            "quiet_start": "21:30",
            "quiet_end": "07:00",
            "active": 1,
        },
    )
    db.table("runners").create_index(["channel", "chat_id"], unique=True)
    db.table("runners").create_index(["next_prompt_utc"])

    db.table("consents").create(
        {"id": int, "runner_id": int, "purpose": str, "given_at": str, "wording": str},
        pk="id",
        foreign_keys=[("runner_id", "runners", "id")],
    )

    db.table("entries").create(
        {
            "runner_id": int,
            "date": str,
            "pain": int,
            "distance_km": float,
            "text": str,
            "created_at": str,
            "updated_at": str,
        },
        pk=("runner_id", "date"),
        foreign_keys=[("runner_id", "runners", "id")],
    )

    db.table("entry_changes").create(
        {
            "id": int,
            "runner_id": int,
            "date": str,
            "before_json": str,
            "after_json": str,
            "batch": str,
            "created_at": str,
            "undone_at": str,
        },
        pk="id",
        foreign_keys=[("runner_id", "runners", "id")],
    )
    db.table("entry_changes").create_index(["runner_id", "id"])

    db.table("prompts").create(
        {
            "runner_id": int,
            "local_date": str,
            "kind": str,
            "sent_utc": str,
            "reminder_due_utc": str,
            "reminded_utc": str,
            "answered_utc": str,
        },
        pk=("runner_id", "local_date", "kind"),
        foreign_keys=[("runner_id", "runners", "id")],
    )
    db.table("prompts").create_index(["reminder_due_utc"])

    db.table("handled_updates").create(
        {"channel": str, "update_key": str, "chat_id": str, "handled_at": str},
        pk=("channel", "update_key"),
    )
    db.table("handled_updates").create_index(["channel", "chat_id"])


@migrations()
def m002_nudges_and_safety(db: Database) -> None:
    runners = db.table("runners")
    runners.add_column("nudges_muted_until", str)
    runners.add_column("safety_hold_since", str)
    runners.add_column("screen_step", str)
    runners.add_column("screen_reason", str)
    runners.add_column("screen_asked_on", str)
    runners.add_column("rescreen_on", str)
    runners.add_column("run_time", str)

    db.table("nudges").create(
        {
            "id": int,
            "runner_id": int,
            "date": str,
            "rule_id": str,
            "family": str,
            "status": str,
            "reason": str,
            "why": str,
            "message": str,
            "explanation": str,
            "inputs_json": str,
            "metric": float,
            "created_at": str,
            "feedback": str,
            "feedback_at": str,
        },
        pk="id",
        foreign_keys=[("runner_id", "runners", "id")],
    )
    db.table("nudges").create_index(["runner_id", "date", "rule_id"], unique=True)

    db.table("episodes").create(
        {
            "runner_id": int,
            "opened_on": str,
            "family": str,
            "baseline": float,
            "worsening_fires": int,
            "calm_days": int,
            "closed_on": str,
        },
        pk=("runner_id", "opened_on"),
        foreign_keys=[("runner_id", "runners", "id")],
    )

    db.table("redflag_answers").create(
        {"id": int, "runner_id": int, "tier": str, "answer": str, "reason": str, "answered_at": str, "local_date": str},
        pk="id",
        foreign_keys=[("runner_id", "runners", "id")],
    )


@migrations()
def m003_weekly_summary(db: Database) -> None:
    runners = db.table("runners")
    runners.add_column("summary_day", int, not_null_default=6)
    runners.add_column("summary_time", str, not_null_default="18:00")
    runners.add_column("next_summary_utc", str)
    runners.create_index(["next_summary_utc"])


@migrations()
def m004_clubs_and_outbox(db: Database) -> None:
    db.table("clubs").create(
        {"id": int, "name": str, "code": str, "tz": str, "owner_id": int, "created_at": str},
        pk="id",
        foreign_keys=[("owner_id", "runners", "id")],
    )
    db.table("clubs").create_index(["code"], unique=True)
    db.table("club_members").create(
        {
            "club_id": int,
            "runner_id": int,
            "role": str,
            "joined_at": str,
            "share_aggregate": int,
            "share_summary": int,
            "unreachable": int,
        },
        pk=("club_id", "runner_id"),
        foreign_keys=[("club_id", "clubs", "id"), ("runner_id", "runners", "id")],
        defaults={"share_aggregate": 0, "share_summary": 0, "unreachable": 0},
    )
    db.table("club_members").create_index(["runner_id"])
    db.table("broadcasts").create(
        {"id": int, "club_id": int, "runner_id": int, "text": str, "status": str, "created_at": str, "confirmed_at": str},
        pk="id",
        foreign_keys=[("club_id", "clubs", "id"), ("runner_id", "runners", "id")],
    )
    db.table("outbox").create(
        {
            "id": int,
            "channel": str,
            "chat_id": str,
            "runner_id": int,
            "broadcast_id": int,
            "text": str,
            "idem_key": str,
            "status": str,
            "attempts": int,
            "next_attempt_utc": str,
            "last_error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        defaults={"attempts": 0, "status": "pending"},
    )
    db.table("outbox").create_index(["idem_key"], unique=True)
    db.table("outbox").create_index(["status", "next_attempt_utc"])


@migrations()
def m005_club_reminders_and_names(db: Database) -> None:
    db.table("club_reminders").create(
        {
            "id": int,
            "club_id": int,
            "runner_id": int,
            "text": str,
            "weekday": int,
            "on_date": str,
            "time": str,
            "next_utc": str,
            "active": int,
            "created_at": str,
        },
        pk="id",
        foreign_keys=[("club_id", "clubs", "id")],
        defaults={"active": 1},
    )
    db.table("club_reminders").create_index(["active", "next_utc"])
    db.table("club_members").add_column("display_name", str)
    db.table("clubs").add_column("coach_code", str)


@migrations()
def m006_club_groups_and_digest(db: Database) -> None:
    db.table("club_groups").create(
        {"club_id": int, "chat_id": str, "runner_id": int, "linked_at": str},
        pk=("club_id", "chat_id"),
        foreign_keys=[("club_id", "clubs", "id")],
    )
    db.table("clubs").add_column("next_digest_utc", str)


@migrations()
def m007_current_club(db: Database) -> None:
    db.table("runners").add_column("current_club_id", int)


@migrations()
def m008_symptom_reports(db: Database) -> None:
    """What a runner wrote about symptoms, in their own words, so a clinician reading the export sees it."""
    db.table("symptom_reports").create(
        {
            "id": int,
            "runner_id": int,
            "local_date": str,
            "category": str,
            "urgency": str,
            "excerpt": str,
            "reported_at": str,
        },
        pk="id",
        foreign_keys=[("runner_id", "runners", "id")],
    )
    db.table("symptom_reports").create_index(["runner_id", "local_date"])
    db.table("redflag_answers").create_index(["runner_id", "local_date"])


@migrations()
def m009_grants_and_removals(db: Database) -> None:
    """Server-side state behind granting buttons, sticky removals and one-time club invites."""
    db.table("grants").create(
        {"token": str, "runner_id": int, "purpose": str, "payload": str, "created_at": str, "expires_at": str,
         "used_at": str},
        pk="token",
        foreign_keys=[("runner_id", "runners", "id")],
    )
    db.table("grants").create_index(["runner_id"])
    db.table("grants").create_index(["expires_at"])
    db.table("club_removals").create(
        {"club_id": int, "runner_id": int, "removed_at": str},
        pk=("club_id", "runner_id"),
        foreign_keys=[("club_id", "clubs", "id")],
    )
    db.table("club_invites").create(
        {"code": str, "club_id": int, "role": str, "runner_id": int, "created_at": str, "expires_at": str,
         "used_at": str},
        pk="code",
        foreign_keys=[("club_id", "clubs", "id")],
    )
    db.table("club_invites").create_index(["club_id"])
    db.table("job_failures").create(
        {"kind": str, "item": str, "failures": int, "last_error": str, "failed_at": str, "parked_at": str},
        pk=("kind", "item"),
    )
    runners = db.table("runners")
    runners.add_column("paused", int, not_null_default=0)
    db.execute("update runners set paused = 1 where paused_until is not null")
    db.execute("update runners set paused_until = null where paused_until >= '9999-01-01'")


@migrations()
def m010_distance_as_typed(db: Database) -> None:
    """The distance in the runner's own number and unit, beside kilometres: "11 mi" stays 11 mi."""
    db.table("entries").add_column("distance_value", float)
    db.table("entries").add_column("distance_unit", str)


@migrations()
def m011_one_pipeline(db: Database) -> None:
    """Every update is stored before it is confirmed (the inbox); every message is a row before it is sent.

    The outbox holds the whole reply (text, buttons, attachment recipes) and when it may go; a runner a
    channel cannot reach any more is marked once, on the runner, for every kind of message.
    """
    db.table("inbox").create(
        {"channel": str, "update_key": str, "chat_id": str, "payload": str, "received_at": str, "handled_at": str,
         "attempts": int, "last_error": str},
        pk=("channel", "update_key"),
        defaults={"attempts": 0},
    )
    db.execute("create index inbox_unhandled on inbox(received_at) where handled_at is null")
    db.execute("create index inbox_handled_at on inbox(handled_at)")
    db.execute(
        "insert into inbox (channel, update_key, chat_id, received_at, handled_at)"
        " select channel, update_key, chat_id, handled_at, handled_at from handled_updates"
    )
    db.table("handled_updates").drop()

    outbox = db.table("outbox")
    outbox.add_column("kind", str, not_null_default="reply")
    outbox.add_column("payload", str)
    outbox.add_column("priority", int, not_null_default=1)
    outbox.add_column("parts_done", int, not_null_default=0)
    outbox.add_column("gentle_after_utc", str)
    outbox.add_column("expires_utc", str)
    outbox.add_column("first_failed_utc", str)
    outbox.add_column("interrupted", int, not_null_default=0)
    db.execute("update outbox set kind = 'broadcast', gentle_after_utc = created_at, priority = 2"
               " where broadcast_id is not null")
    db.execute("drop index if exists idx_outbox_status_next_attempt_utc")
    db.execute("create index outbox_pending on outbox(priority, next_attempt_utc) where status = 'pending'")
    db.execute("create index outbox_broadcast on outbox(broadcast_id) where broadcast_id is not null")
    db.execute("create index outbox_runner on outbox(runner_id)")

    db.table("runners").add_column("unreachable", int, not_null_default=0)
    db.execute("update runners set unreachable = 1 where id in (select runner_id from club_members where unreachable = 1)")
    db.table("club_members").transform(drop={"unreachable"})


@migrations()
def m012_heartbeat(db: Database) -> None:
    """When each background job last finished (the sweep, the daily backup), for `lumbar check` and /healthz."""
    db.table("heartbeat").create({"name": str, "at": str}, pk="name")


@migrations()
def m013_sms_and_linked_channels(db: Database) -> None:
    """One runner, several channels: each identity (Telegram chat, phone number) points at one runner.

    The runner's own channel and chat stay where their questions go. A phone number that texted STOP
    is marked stopped and never sent to until it texts START. The numbered choices last sent by SMS are
    kept so "1" can be read as a press; status callbacks land on the outbox row by the provider's id.
    """
    db.table("identities").create(
        {"channel": str, "chat_id": str, "runner_id": int, "stopped": int, "linked_at": str},
        pk=("channel", "chat_id"),
        foreign_keys=[("runner_id", "runners", "id")],
        defaults={"stopped": 0},
    )
    db.table("identities").create_index(["runner_id"])
    db.execute("insert into identities (channel, chat_id, runner_id, linked_at)"
               " select channel, chat_id, id, created_at from runners")
    db.table("sms_choices").create({"chat_id": str, "choices": str, "sent_at": str}, pk="chat_id")
    db.table("link_codes").create(
        {"code": str, "runner_id": int, "expires_at": str}, pk="code", foreign_keys=[("runner_id", "runners", "id")]
    )
    outbox = db.table("outbox")
    outbox.add_column("provider_id", str)
    outbox.add_column("delivery_status", str)
    db.execute("create index outbox_provider on outbox(provider_id) where provider_id is not null")


@migrations()
def m014_link_attempts(db: Database) -> None:
    """Wrong link codes, by chat and time: a code is six digits, so guessing is capped per chat and overall."""
    db.table("link_attempts").create({"channel": str, "chat_id": str, "at": str})
    db.table("link_attempts").create_index(["at"])
    db.table("link_attempts").create_index(["channel", "chat_id", "at"])


@migrations()
def m015_pending_club_code(db: Database) -> None:
    """A club code sent before consent (``/join CODE`` or an invite link), kept through setting up and
    offered when it is done; cleared then."""
    db.table("runners").add_column("pending_club", str)


@migrations()
def m016_indexes_for_time_and_open_items(db: Database) -> None:
    """Every question the minute sweep, a check-in and the outbox drainer ask is answered from an index
    that holds what is still open, ordered by time, so their cost follows what is due, not the history.

    An answered or reminded question no longer waits for a reminder, so its ``reminder_due_utc`` is cleared.
    The warm-up tip gets a due time of its own (``next_warmup_utc``), like the daily question, so the sweep
    no longer looks at every runner warned in the last week every minute; now for everyone with a run time.
    """
    db.execute("update prompts set reminder_due_utc = null where answered_utc is not null or reminded_utc is not null")
    db.execute("drop index if exists idx_prompts_reminder_due_utc")
    db.execute("create index prompts_open_reminders on prompts(reminder_due_utc)"
               " where reminder_due_utc is not null and reminded_utc is null and answered_utc is null")
    for column in ("next_prompt_utc", "next_summary_utc"):
        db.execute(f"drop index if exists idx_runners_{column}")
        db.execute(f"create index runners_due_{column} on runners({column})"
                   " where active = 1 and unreachable = 0 and onboarding_step is null")
    db.table("runners").add_column("next_warmup_utc", str)
    db.execute("update runners set next_warmup_utc = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')"
               " where run_time is not null")
    db.execute("create index runners_due_next_warmup_utc on runners(next_warmup_utc) where run_time is not null"
               " and active = 1 and unreachable = 0 and onboarding_step is null")
    db.execute("create index redflag_answers_by_tier on redflag_answers(runner_id, tier, local_date)")
    db.execute("create index job_failures_item on job_failures(item)")
    db.execute("create index outbox_open_by_chat on outbox(channel, chat_id) where status in ('pending', 'held')")
    db.execute("create index broadcasts_sending on broadcasts(id) where status = 'sending'")
    db.execute("create index clubs_next_digest on clubs(next_digest_utc)")


@migrations()
def m017_open_reminders_cover_their_keys(db: Database) -> None:
    """The sweep lists due reminders from this index alone, without a visit to the prompts table per row,
    whose pages a year of history has spread over the disk."""
    db.execute("drop index if exists prompts_open_reminders")
    db.execute("create index prompts_open_reminders on prompts(reminder_due_utc, runner_id, local_date)"
               " where reminder_due_utc is not null and reminded_utc is null and answered_utc is null")
