"""One Bot API request from start to finish: decode, check, maybe fail on purpose, carry out,
check the answer, record.

Every refusal for breaking the API description is recorded in `violations` and answered with
HTTP 400 and a description starting with "emulator: ".
"""

import asyncio
import datetime as dt
import json

from aiohttp import web

from bot.emulator import errors, faults, methods_bot, methods_chats, methods_messages
from bot.emulator.backend import Backend
from bot.emulator.errors import ApiError
from bot.emulator.faults import Injected
from bot.emulator.model import Call
from bot.emulator.params import UploadedFile, parse_params
from bot.emulator.polling import get_updates
from bot.emulator.registry import HANDLERS
from bot.emulator.spec import MethodSpec

# The modules above register their methods on import.
IMPLEMENTED_BY = (methods_bot, methods_chats, methods_messages)
CLIENT_GONE = 0  # Call.status of a request whose connection closed before it was answered
_PROBLEM_KINDS = (
    ("unknown parameter", "unknown_parameter"),
    ("missing required parameter", "missing_parameter"),
)


async def handle(backend: Backend, request: web.Request) -> web.StreamResponse:
    """Answer one request to /bot<token>/<method>."""
    name = request.match_info["method"]
    call = Call(name, {}, None, dt.datetime.now(dt.UTC))
    with backend.lock:
        backend.calls.append(call)
    if request.match_info["token"] != backend.token:
        return _finish(call, errors.UNAUTHORIZED)
    spec_method = backend.spec.method(name)
    if spec_method is None:
        with backend.lock:
            backend.violate("unknown_method", name, f"{name!r} is not a Bot API method")
        return _finish(call, errors.emulator_error(f"unknown method {name!r}"))
    call.method = spec_method.name
    try:
        raw, files, typed = await _read(request)
    except ValueError as e:
        with backend.lock:
            backend.violate("bad_body", spec_method.name, str(e))
        return _finish(call, errors.emulator_error(str(e)))
    parsed = parse_params(backend.spec, spec_method, raw, files, typed)
    call.params = parsed.values
    with backend.lock:
        for problem in parsed.problems:
            backend.violate(_problem_kind(problem), spec_method.name, problem)
    if parsed.problems:
        return _finish(call, errors.emulator_error("; ".join(parsed.problems)))
    try:
        return await _carry_out(backend, request, spec_method, call)
    except asyncio.CancelledError:
        if call.status is None:
            call.status = CLIENT_GONE
            call.description = "the client closed the connection before the answer"
        raise


async def _carry_out(
    backend: Backend, request: web.Request, method: MethodSpec, call: Call
) -> web.StreamResponse:
    params = call.params
    with backend.lock:
        fault = faults.pick(backend.targeted, backend.chaos, method.name, params)
        chat_type = _chat_type(backend, params.get("chat_id"))
        if fault is not None:
            backend.injected.append(
                Injected(method.name, fault[0], params.get("chat_id"), dt.datetime.now(dt.UTC))
            )
    if fault is not None:
        kind, options = fault
        if kind == faults.DROP:
            call.status = CLIENT_GONE
            call.description = "connection dropped on purpose"
            request.transport.close()
            raise asyncio.CancelledError
        if kind == faults.TIMEOUT:
            if options.get("applied"):
                response = await _result(backend, method, call)
                await asyncio.sleep(float(options.get("delay", faults.DEFAULT_DELAY)))
                return response
            await asyncio.sleep(float(options.get("delay", faults.DEFAULT_DELAY)))
            return _finish(call, ApiError(504, "Gateway Timeout"))
        error = faults.error_for(kind, options, method.name, params.get("chat_id"), chat_type)
        return _finish(call, error)
    return await _result(backend, method, call)


async def _result(backend: Backend, method: MethodSpec, call: Call) -> web.StreamResponse:
    try:
        if method.name == "getUpdates":
            result = await get_updates(backend, call.params)
        else:
            handler = HANDLERS.get(method.name)
            if handler is None:
                detail = f"{method.name} is a real Bot API method the emulator does not implement"
                with backend.lock:
                    backend.violate("not_implemented", method.name, detail)
                raise errors.emulator_error(detail)
            with backend.lock:
                result = backend.tampered(method.name, handler(backend.world, call.params))
                problems = backend.check_answer(method.name, method.returns, result)
            if problems:
                raise errors.emulator_error("invalid result: " + "; ".join(problems[:5]))
    except ApiError as e:
        return _finish(call, e)
    call.status = 200
    return _answer({"ok": True, "result": result}, 200)


def _finish(call: Call, error: ApiError) -> web.Response:
    call.status = error.status
    call.description = error.description
    return _answer(error.body(), error.status)


def _answer(body: dict, status: int) -> web.Response:
    return web.Response(
        body=json.dumps(body, ensure_ascii=False).encode(),
        status=status,
        content_type="application/json",
    )


def _problem_kind(problem: str) -> str:
    for prefix, kind in _PROBLEM_KINDS:
        if problem.startswith(prefix):
            return kind
    return "wrong_type"


def _chat_type(backend: Backend, chat_id: object) -> str:
    state = backend.world.chats.get(chat_id) if isinstance(chat_id, int) else None
    return state.chat.type if state is not None else "group"


async def _read(request: web.Request) -> tuple[dict[str, object], dict[str, UploadedFile], bool]:
    """The request's parameters, its uploaded files, and whether the values are typed JSON."""
    raw: dict[str, object] = {}
    files: dict[str, UploadedFile] = {}
    _merge(raw, request.query.items())
    if not request.can_read_body:
        return raw, files, False
    kind = request.content_type
    if kind == "application/json":
        body = await request.json()
        if not isinstance(body, dict):
            raise ValueError("a JSON body must be an object of parameters")
        if raw:
            raise ValueError("parameters both in the query string and in a JSON body")
        return body, files, True
    if kind == "application/x-www-form-urlencoded":
        _merge(raw, (await request.post()).items())
    elif kind == "multipart/form-data":
        reader = await request.multipart()
        while (part := await reader.next()) is not None:
            if part.filename is not None:
                content_type = part.headers.get("Content-Type")
                upload = UploadedFile(part.name, part.filename, content_type, await part.read())
                files[part.name] = upload
            else:
                _merge(raw, [(part.name, await part.text())])
    elif await request.read():
        raise ValueError(f"unsupported Content-Type {kind!r}")
    return raw, files, False


def _merge(raw: dict[str, object], items: object) -> None:
    for key, value in items:  # type: ignore[attr-defined]
        if key in raw:
            raise ValueError(f"parameter {key!r} given more than once")
        raw[key] = value
