"""The shipped Bot API description: same as the shared source, loadable, overridable."""

import gzip
import json
from pathlib import Path

import pytest

from bot.emulator.spec import DEFAULT_SPEC_PATH, load_spec, read_spec_bytes

SHARED_SPEC = Path(__file__).resolve().parents[3] / "shared" / "telegram" / "bot-api-10.0.json"


@pytest.mark.shared
def test_when_shared_spec_present_then_shipped_copy_is_identical() -> None:
    if not SHARED_SPEC.is_file():
        pytest.skip(f"{SHARED_SPEC} is not here (../shared is absent), nothing to compare")
    assert read_spec_bytes(DEFAULT_SPEC_PATH) == SHARED_SPEC.read_bytes()


def test_when_loaded_by_default_then_all_methods_and_types_are_there() -> None:
    spec = load_spec()
    assert spec.version == "Bot API 10.0"
    assert len(spec.methods) == 176
    assert spec.methods["sendMessage"].params["chat_id"].types == ("Integer", "String")
    assert spec.methods["sendMessage"].params["text"].required
    assert spec.types["ChatMember"].subtypes[0] == "ChatMemberOwner"
    # Subtypes are told apart by their constant discriminator.
    assert spec.types["ChatMemberBanned"].fields["status"].constant == "kicked"
    assert spec.types["BotCommandScopeChat"].fields["type"].constant == "chat"


def test_when_method_name_differs_in_case_then_it_is_found_as_telegram_does() -> None:
    assert load_spec().method("sendmessage").name == "sendMessage"
    assert load_spec().method("sendMessages") is None


def test_when_spec_path_given_then_that_file_is_used(tmp_path: Path) -> None:
    data = json.loads(read_spec_bytes(DEFAULT_SPEC_PATH))
    data["version"] = "Bot API test"
    plain = tmp_path / "api.json"
    plain.write_text(json.dumps(data))
    packed = tmp_path / "api.json.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    assert load_spec(plain).version == "Bot API test"
    assert load_spec(packed).version == "Bot API test"


def test_when_spec_path_is_missing_or_not_a_spec_then_error_names_it(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere.json"):
        load_spec(tmp_path / "nowhere.json")
    other = tmp_path / "other.json"
    other.write_text('{"hello": 1}')
    with pytest.raises(ValueError, match="needs 'methods' and 'types'"):
        load_spec(other)
