"""The deployment files hold what a self-hoster relies on. No container engine runs in CI, so the image
is checked as text here; the systemd unit is also checked by `systemd-analyze verify` where it exists."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parent.parent
LUMBAR = Path(sys.executable).parent / "lumbar"


def instructions(path: Path) -> list[tuple[str, str]]:
    """A Dockerfile's instructions as (KEYWORD, arguments), continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n\s*", " ", path.read_text())
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line else "") for line in lines]


def unit(path: Path) -> dict[str, list[str]]:
    """A systemd unit's settings; a key may repeat (Environment=), so each maps to all its values."""
    settings: dict[str, list[str]] = {}
    for line in path.read_text().splitlines():
        if "=" in line and not line.startswith(("#", ";", "[")):
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


def test_the_image_runs_as_an_unprivileged_user_with_the_database_on_a_volume() -> None:
    steps = instructions(ROOT / "Dockerfile")
    keywords = [k for k, _ in steps]
    assert re.fullmatch(r"python:3\.\d+-slim", dict(steps)["FROM"])
    [user] = [args for k, args in steps if k == "USER"]
    assert user not in ("root", "0") and not user.startswith("0:")
    assert keywords.index("USER") < keywords.index("ENTRYPOINT")
    assert '"/data"' in dict(steps)["VOLUME"]
    assert "LUMBAR_DB=/data/lumbar.db" in " ".join(args for k, args in steps if k == "ENV")
    assert "10001" in dict(steps)["RUN"], "the uid compose.yaml gives Litestream"


def test_the_image_serves_by_default_and_checks_healthz() -> None:
    steps = dict(instructions(ROOT / "Dockerfile"))
    assert steps["ENTRYPOINT"] == '["lumbar"]'
    assert steps["CMD"] == '["serve"]'
    assert "http://127.0.0.1:8080/healthz" in steps["HEALTHCHECK"]
    assert steps["EXPOSE"] == "8080"


def test_the_build_context_leaves_out_secrets_databases_and_exports() -> None:
    rules = [line for line in (ROOT / ".dockerignore").read_text().splitlines() if line and not line.startswith("#")]
    assert rules[0] == "*", "deny everything, then allow the package"
    allowed = {rule[1:].rstrip("/") for rule in rules if rule.startswith("!")}
    assert allowed == {"pyproject.toml", "README.md", "bot", "coach", "handlers", "storage"}
    copied = {source for k, args in instructions(ROOT / "Dockerfile") if k == "COPY" for source in args.split()[:-1]}
    assert copied == allowed


def test_compose_puts_lumbar_behind_an_https_proxy_with_its_data_on_a_volume() -> None:
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    lumbar, caddy = compose["services"]["lumbar"], compose["services"]["caddy"]
    assert "lumbar-data:/data" in lumbar["volumes"]
    assert lumbar["env_file"] == ".env"
    assert "ports" not in lumbar, "only the proxy is reachable from outside"
    assert {"80:80", "443:443"} <= set(caddy["ports"])
    caddyfile = (ROOT / "deploy" / "Caddyfile").read_text()
    assert "{$LUMBAR_DOMAIN}" in caddyfile and "reverse_proxy lumbar:8080" in caddyfile
    assert re.findall(r"handle (/\S+)", caddyfile) == ["/telegram*", "/sms*"], "only webhooks; /healthz stays inside"
    litestream = compose["services"]["litestream"]
    assert litestream["profiles"] == ["replicate"] and litestream["user"] == "10001:10001"
    assert "lumbar-data:/data" in litestream["volumes"]


def test_the_litestream_sample_replicates_the_database_and_holds_no_secret() -> None:
    text = (ROOT / "deploy" / "litestream.yml").read_text()
    config = yaml.safe_load(text)
    [db] = config["dbs"]
    assert db["path"] == "${LUMBAR_DB}"
    assert db["replica"]["type"] == "s3" and db["replica"]["bucket"] == "${LITESTREAM_BUCKET}"
    assert "access-key" not in text.replace("# ", "") and "secret-access-key" not in text


def test_the_service_unit_runs_sandboxed_as_its_own_user_and_restarts_on_failure() -> None:
    settings = unit(ROOT / "deploy" / "lumbar.service")
    expected = {"User": "lumbar", "Restart": "on-failure", "ProtectSystem": "strict", "NoNewPrivileges": "yes",
                "PrivateTmp": "yes", "ProtectHome": "yes", "RestartPreventExitStatus": "2"}
    assert {key: settings[key][0] for key in expected} == expected
    writable = settings["ReadWritePaths"][0].split()
    db = next(v.split("=", 1)[1] for v in settings["Environment"] if v.startswith("LUMBAR_DB="))
    assert any(db.startswith(folder + "/") for folder in writable), "the database must be writable"
    assert settings["ExecStart"][0].endswith("lumbar serve")


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_service_unit_passes_systemd_analyze_verify(tmp_path) -> None:
    """verify also checks that ExecStart exists, so it points at this checkout's lumbar for the test."""
    text = (ROOT / "deploy" / "lumbar.service").read_text().replace("/opt/lumbar/bin/lumbar", str(LUMBAR))
    (tmp_path / "lumbar.service").write_text(text)
    result = subprocess.run(["systemd-analyze", "verify", str(tmp_path / "lumbar.service")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout + result.stderr == "", "verify reports even ignored settings only as text"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_the_service_unit_is_rated_ok_or_better_by_systemd_analyze_security(tmp_path) -> None:
    text = (ROOT / "deploy" / "lumbar.service").read_text().replace("/opt/lumbar/bin/lumbar", str(LUMBAR))
    (tmp_path / "lumbar.service").write_text(text)
    result = subprocess.run(["systemd-analyze", "security", "--offline=yes", str(tmp_path / "lumbar.service")],
                            capture_output=True, text=True, timeout=60)
    if result.returncode != 0 and "offline" in result.stderr:
        pytest.skip("this systemd-analyze has no --offline")
    level = re.search(r"Overall exposure level for lumbar\.service: ([\d.]+)", result.stdout)
    assert level, result.stdout + result.stderr
    assert float(level[1]) <= 4.0, result.stdout


@pytest.mark.skipif(shutil.which("caddy") is None, reason="caddy is not installed")
def test_the_caddyfile_is_valid() -> None:
    result = subprocess.run(["caddy", "validate", "--adapter", "caddyfile", "--config", str(ROOT / "deploy" / "Caddyfile")],
                            capture_output=True, text=True, timeout=60, env={"LUMBAR_DOMAIN": "lumbar.example.org"})
    assert result.returncode == 0, result.stderr
    assert "Valid configuration" in result.stdout + result.stderr
