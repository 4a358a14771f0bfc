"""Methods about the bot itself: getMe, its command menu, its webhook, close and logOut.

getUpdates waits, so it lives in `polling.py`.
"""

import json
import re
from urllib.parse import urlsplit

from bot.emulator import errors, render
from bot.emulator.model import WebhookConfig
from bot.emulator.registry import api_method
from bot.emulator.world import World

_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@api_method("getMe")
def get_me(world: World, params: dict) -> dict:
    """getMe: the bot's own User, with its privacy-mode flag."""
    return render.bot_user_json(world.bot, world.can_read_all_group_messages)


def _commands_key(params: dict) -> str:
    scope = params.get("scope") or {"type": "default"}
    return json.dumps(scope, sort_keys=True) + "|" + params.get("language_code", "")


@api_method("setMyCommands")
def set_my_commands(world: World, params: dict) -> bool:
    """setMyCommands: the command menu for one scope and language."""
    commands = params["commands"]
    if len(commands) > 100:
        raise errors.bad_request("too many commands")
    for command in commands:
        if not _COMMAND.fullmatch(command["command"]):
            raise errors.bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(command["description"]) <= 256:
            raise errors.bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    world.commands[_commands_key(params)] = [dict(command) for command in commands]
    return True


@api_method("getMyCommands")
def get_my_commands(world: World, params: dict) -> list[dict]:
    """getMyCommands: the command menu set for that scope and language (maybe empty)."""
    return [dict(command) for command in world.commands.get(_commands_key(params), [])]


@api_method("deleteMyCommands")
def delete_my_commands(world: World, params: dict) -> bool:
    """deleteMyCommands: clear the command menu for that scope and language."""
    world.commands.pop(_commands_key(params), None)
    return True


@api_method("setWebhook")
def set_webhook(world: World, params: dict) -> bool:
    """setWebhook: deliver updates by POSTing them to a URL (an empty URL removes it)."""
    url = params["url"]
    if not url:
        return delete_webhook(world, params)
    parts = urlsplit(url)
    # Telegram insists on HTTPS; plain HTTP is allowed only to this machine, for tests.
    if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS):
        raise errors.bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    secret = params.get("secret_token")
    if secret is not None and not _SECRET.fullmatch(secret):
        raise errors.bad_request("secret token contains unallowed characters")
    max_connections = params.get("max_connections", 40)
    if not 1 <= max_connections <= 100:
        raise errors.bad_request("bad webhook: max_connections must be between 1 and 100")
    if params.get("drop_pending_updates"):
        world.queue.drop_all()
    world.queue.set_allowed(params.get("allowed_updates"))
    world.webhook = WebhookConfig(
        url=url,
        secret_token=secret,
        max_connections=max_connections,
        ip_address=params.get("ip_address"),
        allowed_updates=params.get("allowed_updates"),
    )
    world.queue.wake()
    return True


@api_method("deleteWebhook")
def delete_webhook(world: World, params: dict) -> bool:
    """deleteWebhook: back to getUpdates; optionally forget pending updates."""
    world.webhook = None
    if params.get("drop_pending_updates"):
        world.queue.drop_all()
    world.queue.wake()
    return True


@api_method("getWebhookInfo")
def get_webhook_info(world: World, params: dict) -> dict:
    """getWebhookInfo: the webhook, its pending updates and its last delivery error."""
    info: dict = {
        "url": "",
        "has_custom_certificate": False,
        "pending_update_count": len(world.queue.pending),
    }
    hook = world.webhook
    if hook is None:
        return info
    info["url"] = hook.url
    info["max_connections"] = hook.max_connections
    if hook.ip_address:
        info["ip_address"] = hook.ip_address
    if hook.allowed_updates:
        info["allowed_updates"] = list(hook.allowed_updates)
    if hook.last_error_date is not None:
        info["last_error_date"] = hook.last_error_date
        info["last_error_message"] = hook.last_error_message or ""
    return info


@api_method("close")
def close(world: World, params: dict) -> bool:
    """close: the bot instance closes before moving servers; nothing to do here."""
    return True


@api_method("logOut")
def log_out(world: World, params: dict) -> bool:
    """logOut: leave the cloud Bot API server; nothing to do here."""
    return True
