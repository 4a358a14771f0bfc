"""The bot's settings: environment variables and an optional YAML file, validated at start.

Every field declares its environment variable, default and meaning in one place. The token
and the webhook secret come only from the environment (never from a file that might be
committed). A bad value stops the bot at start with one line naming the field.
"""

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from rules.config_errors import ConfigError, line_of, parse_yaml_mapping

TELEGRAM_API = "https://api.telegram.org/bot"

# field name -> environment variable
ENV_VARS = {
    "token": "KINDLY_TOKEN",
    "database_url": "KINDLY_DATABASE_URL",
    "mode": "KINDLY_MODE",
    "api_base_url": "KINDLY_API_BASE_URL",
    "webhook_url": "KINDLY_WEBHOOK_URL",
    "webhook_secret": "KINDLY_WEBHOOK_SECRET",
    "webhook_listen": "KINDLY_WEBHOOK_LISTEN",
    "webhook_port": "KINDLY_WEBHOOK_PORT",
    "data_dir": "KINDLY_DATA_DIR",
    "dry_run": "KINDLY_DRY_RUN",
}
SECRET_FIELDS = frozenset({"token", "webhook_secret"})


class BotSettings(BaseModel):
    """How the bot runs. See the README's "Running the bot" for each variable."""

    model_config = {"extra": "forbid", "frozen": True}

    token: str = Field(min_length=10, pattern=r"^\d+:[\w-]+$",
                       description="Bot token from @BotFather (KINDLY_TOKEN)")
    database_url: str | None = Field(
        None, description="SQLAlchemy URL; default SQLite in data_dir (KINDLY_DATABASE_URL)")
    mode: Literal["polling", "webhook"] = Field("polling", description="How updates arrive")
    api_base_url: str = Field(TELEGRAM_API, description="Bot API server (the emulator in tests)")
    webhook_url: str | None = Field(None, description="Public HTTPS URL Telegram posts to")
    webhook_secret: str | None = Field(
        None, min_length=16, pattern=r"^[A-Za-z0-9_-]+$",
        description="Secret Telegram sends in every webhook request (KINDLY_WEBHOOK_SECRET)")
    webhook_listen: str = Field("127.0.0.1", description="Address the webhook server binds")
    webhook_port: int = Field(8443, ge=1, le=65535)
    data_dir: Path = Field(Path("kindly-data"), description="Where the SQLite file lives")
    dry_run: bool = Field(False, description="Decide and record, but send and delete nothing")
    scoring_batch_size: int = Field(64, ge=1, le=1024)
    group_cooldown_seconds: int = Field(
        120, ge=0, description="At most one reminder per group in this time")
    member_cooldown_seconds: int = Field(
        600, ge=0, description="At most one reminder per member in this time")
    reminder_lifetime_seconds: int = Field(
        0, ge=0, description="Delete the bot's reminders after this long; 0 keeps them")
    reports_per_day: int = Field(5, ge=1, description="Reports one parent may make in 24 hours")
    rate_limit_retries: int = Field(3, ge=0, le=10,
                                    description="Retries after Telegram asks us to slow down")

    @model_validator(mode="after")
    def _webhook_needs_url_and_secret(self) -> "BotSettings":
        if self.mode == "webhook" and not (self.webhook_url and self.webhook_secret):
            raise ValueError("webhook mode needs webhook_url and KINDLY_WEBHOOK_SECRET "
                             "(a random string of 16+ letters, digits, _ or -)")
        return self

    @property
    def effective_database_url(self) -> str:
        """The database URL, defaulting to SQLite inside data_dir."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'kindly.db').resolve()}"


def load_settings(config_file: Path | None = None,
                  environ: dict[str, str] | None = None,
                  **overrides: object) -> BotSettings:
    """Settings from a YAML file (optional), then the environment, then explicit overrides.

    Raises:
        ConfigError: naming the file or variable and the field that is wrong.
    """
    env = os.environ if environ is None else environ
    values: dict[str, object] = {}
    node = None
    source = "settings"
    if config_file is not None:
        source = str(config_file)
        try:
            text = config_file.read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigError(source, f"cannot read it: {e.strerror}") from e
        data, node = parse_yaml_mapping(text, source)
        for secret in sorted(SECRET_FIELDS & data.keys()):
            raise ConfigError(source, f"put the {secret} in {ENV_VARS[secret]}, not in a file",
                              line_of(node, (secret,)), secret)
        values.update(data)
    from_env = {name for name, var in ENV_VARS.items() if env.get(var)}
    values.update({name: env[ENV_VARS[name]] for name in from_env})
    values.update({k: v for k, v in overrides.items() if v is not None})
    if "token" not in values:
        raise ConfigError("KINDLY_TOKEN", "no bot token: set KINDLY_TOKEN (from @BotFather), "
                          "or try `kindly demo`, which needs none")
    try:
        return BotSettings(**values)
    except ValidationError as e:
        err = e.errors()[0]
        err["msg"] = str(err["msg"]).removeprefix("Value error, ")
        field = ".".join(str(p) for p in err["loc"])
        if field in from_env:
            raise ConfigError(ENV_VARS[field], err["msg"], None, field) from e
        line = line_of(node, tuple(err["loc"])) if node is not None else None
        raise ConfigError(source, err["msg"], line, field) from e
