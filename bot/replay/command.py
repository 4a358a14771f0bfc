"""`kindly replay FILE --school FILE [--html OUT] [--csv OUT] [--json]`.

Reads a WhatsApp or Telegram Desktop export, scores every member's message with the
school's engine and writes the headteacher's report. Logs (stderr) carry counts only; the
reports carry the flagged messages.
"""

import argparse
import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from bot.replay.report_model import DEFAULT_CONSENT
from bot.replay.scoring import EngineSpec, load_engine
from bot.replay.sources import open_export

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction) -> None:
    """Add the `replay` subcommand to the `kindly` parser."""
    p = sub.add_parser("replay", help="replay an exported WhatsApp or Telegram chat through "
                                      "the code of conduct and report to the headteacher")
    p.add_argument("file", type=Path, help="WhatsApp .txt or .zip, or Telegram result.json")
    p.add_argument("--school", type=Path, required=True, help="the school's YAML file")
    p.add_argument("--rulebook", default=None,
                   help="rulebook id or path (default: the one the school file names)")
    p.add_argument("--scorer", choices=("auto", "offline", "detoxify"), default=None,
                   help="toxicity backend (default: KINDLY_SCORER or auto)")
    p.add_argument("--html", type=Path, metavar="OUT", help="write the report as one HTML page")
    p.add_argument("--csv", type=Path, metavar="OUT", help="write the flagged messages as CSV")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.add_argument("--context", type=int, default=0, metavar="N",
                   help="show N messages before and after each flagged one (default 0)")
    p.add_argument("--chat", action="append", default=[], metavar="NAME",
                   help="Telegram full-account export: replay this chat (name or id); "
                        "repeatable. Default: every chat except private conversations")
    p.add_argument("--staff", action="append", default=[], metavar="NAME",
                   help="a display name in the export that belongs to staff; repeatable")
    p.add_argument("--consent", default=DEFAULT_CONSENT,
                   help="the consent note the report states (who agreed to share the chat)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


@contextmanager
def progress_bar(total: int, show: bool, label: str) -> Iterator[Callable[[int], None]]:
    """Yields `advance(bytes)`; draws a bar of bytes read if `show`, else does nothing."""
    if not show:
        yield lambda n: None
        return
    columns = (TextColumn("[bold]replaying[/] {task.description}"), BarColumn(),
               DownloadColumn(), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total or None)
        yield lambda n: bar.advance(task, n)


def _check(args: argparse.Namespace) -> None:
    from rules.config_errors import ConfigError

    if args.context < 0 or args.context > 20:
        raise ConfigError("--context", f"must be between 0 and 20, got {args.context}")
    for out in (args.html, args.csv):
        if out is not None and not out.parent.is_dir():
            raise ConfigError(str(out), f"folder {out.parent} does not exist")


def run(args: argparse.Namespace) -> int:
    """Replay the export and write the reports."""
    _check(args)
    export = open_export(args.file)
    started = time.perf_counter()
    spec = EngineSpec(args.school, args.rulebook, args.scorer)
    engine, status = load_engine(spec)  # first: it decides whether spaCy loads torch
    log.info("toxicity scorer: %s", status)
    from bot.replay.exports import write_csv, write_json
    from bot.replay.html_report import write_html
    from bot.replay.pipeline import ReplayOptions, replay
    from bot.replay.summary import print_summary

    options = ReplayOptions(context_lines=args.context, chats=frozenset(args.chat),
                            staff=tuple(args.staff), consent=args.consent, scorer_name=status)
    load_seconds = time.perf_counter() - started
    show = not args.no_progress and sys.stderr.isatty()
    with progress_bar(export.size, show, f"{export.format} export") as advance:
        report = replay(export, engine.school, engine.rulebook, engine.score, options, advance)
    report.load_seconds = load_seconds
    try:
        if args.html:
            write_html(report, args.html)
        if args.csv:
            write_csv(report, args.csv)
        if args.json:
            write_json(report, sys.stdout)
        else:
            print_summary(report, written=[p for p in (args.html, args.csv) if p])
    finally:
        report.flagged.close()
    return 0
