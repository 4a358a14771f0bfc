"""Bot settings: environment and file, validated with errors that name the field."""

from pathlib import Path

import pytest

from bot.settings import load_settings
from rules.config_errors import ConfigError

TOKEN = "123456:ABCdef_ghi-jkl"


def test_defaults_need_only_a_token() -> None:
    settings = load_settings(environ={"KINDLY_TOKEN": TOKEN})
    assert settings.mode == "polling"
    assert settings.effective_database_url.startswith("sqlite:///")
    assert settings.effective_database_url.endswith("kindly.db")


def test_missing_token_says_which_variable_to_set() -> None:
    with pytest.raises(ConfigError, match="KINDLY_TOKEN"):
        load_settings(environ={})


def test_a_bad_environment_value_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="KINDLY_MODE.*mode"):
        load_settings(environ={"KINDLY_TOKEN": TOKEN, "KINDLY_MODE": "carrier-pigeon"})


def test_webhook_mode_requires_a_secret() -> None:
    env = {"KINDLY_TOKEN": TOKEN, "KINDLY_MODE": "webhook",
           "KINDLY_WEBHOOK_URL": "https://kindly.example.org/telegram"}
    with pytest.raises(ConfigError, match="KINDLY_WEBHOOK_SECRET"):
        load_settings(environ=env)
    env["KINDLY_WEBHOOK_SECRET"] = "s3cret-s3cret-s3cret"
    assert load_settings(environ=env).webhook_secret == "s3cret-s3cret-s3cret"


def test_file_values_are_read_and_a_bad_one_names_file_line_and_field(tmp_path: Path) -> None:
    good = tmp_path / "kindly.yaml"
    good.write_text("group_cooldown_seconds: 30\nreports_per_day: 2\n")
    settings = load_settings(good, environ={"KINDLY_TOKEN": TOKEN})
    assert (settings.group_cooldown_seconds, settings.reports_per_day) == (30, 2)
    bad = tmp_path / "bad.yaml"
    bad.write_text("reports_per_day: 2\ngroup_cooldown_seconds: -5\n")
    with pytest.raises(ConfigError) as err:
        load_settings(bad, environ={"KINDLY_TOKEN": TOKEN})
    assert str(err.value).startswith(f"{bad}, line 2, field group_cooldown_seconds")


def test_secrets_are_refused_in_a_file(tmp_path: Path) -> None:
    path = tmp_path / "kindly.yaml"
    path.write_text(f"token: '{TOKEN}'\n")
    with pytest.raises(ConfigError, match="KINDLY_TOKEN, not in a file"):
        load_settings(path, environ={})


def test_unknown_setting_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "kindly.yaml"
    path.write_text("cooldown: 5\n")
    with pytest.raises(ConfigError, match="cooldown"):
        load_settings(path, environ={"KINDLY_TOKEN": TOKEN})


def test_kindly_run_without_a_token_exits_2_with_one_clear_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    monkeypatch.delenv("KINDLY_TOKEN", raising=False)
    assert main(["run"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["kindly: error: KINDLY_TOKEN: no bot token: set KINDLY_TOKEN (from "
                   "@BotFather), or try `kindly demo`, which needs none"]


def test_kindly_run_in_webhook_mode_without_a_secret_says_what_is_missing(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    monkeypatch.setenv("KINDLY_TOKEN", TOKEN)
    monkeypatch.setenv("KINDLY_MODE", "webhook")
    assert main(["run"]) == 2
    assert "webhook mode needs webhook_url and KINDLY_WEBHOOK_SECRET" in capsys.readouterr().err
