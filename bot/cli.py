"""The `kindly` command line: score, eval, bench, doctor and demo.

Figures and reports go to stdout; logs go to stderr. A bad file or argument exits with
status 2 and one line naming the file, line and field.
"""

import argparse
import json
import logging
import sys
from pathlib import Path

from rules.config_errors import ConfigError

log = logging.getLogger("kindly")


def _scorer_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scorer", choices=("auto", "offline", "detoxify"), default=None,
                   help="toxicity backend (default: KINDLY_SCORER or auto: Detoxify when "
                        "its weights are present, else offline)")


def _school_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--school", type=Path, required=True, help="the school's YAML file")
    p.add_argument("--rulebook", default=None,
                   help="rulebook id or path (default: the one the school file names)")
    _scorer_args(p)


def _engine(args: argparse.Namespace):  # noqa: ANN202 - returns rules.engine.Engine
    from bot.loading import build_engine, read_rulebook, read_school
    from bot.scorers import ScorerSettings, build_scorer

    school = read_school(args.school)
    rulebook = read_rulebook(args.rulebook) if args.rulebook else None
    settings = ScorerSettings.from_env()
    if args.scorer:
        settings = settings.with_backend(args.scorer)
    scorer, status = build_scorer(settings)
    log.info("toxicity scorer: %s", status)
    return build_engine(school, scorer, rulebook)


def cmd_score(args: argparse.Namespace) -> int:
    """Score one message and explain every finding."""
    from bot.report import print_verdict, verdict_json
    from rules.message import Message

    engine = _engine(args)
    verdict = engine.score([Message(text=args.text, id="cli")])[0]
    if args.json:
        print(json.dumps(verdict_json(verdict, args.text), indent=2, ensure_ascii=False))
    else:
        print_verdict(verdict, args.text, engine.rulebook)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """Score a labelled set and print the contract's figures."""
    from bot.evaluation import evaluate, read_labelled_set
    from bot.report import print_eval

    items = read_labelled_set(args.set)
    engine = _engine(args)
    result = evaluate(engine, items)
    if args.json:
        print(json.dumps(result.as_dict(), indent=2))
    else:
        print_eval(result, show_errors=args.errors)
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """Measure throughput and latency of each scoring configuration."""
    from bot.bench import print_bench, run_bench

    if args.e2e or args.chaos:
        return _bench_e2e(args)
    figures = run_bench(args.messages, include_detoxify=not args.skip_detoxify)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print_bench(figures)
    return 0


def _bench_e2e(args: argparse.Namespace) -> int:
    """End-to-end figures through the Bot API emulator (and the error-injection run)."""
    from bot.bench_e2e import print_e2e, run_chaos, run_load

    figures: dict[str, object] = {}
    if args.e2e:
        figures["load"] = run_load(groups=args.groups, seconds=args.seconds)
    if args.chaos:
        figures["chaos"] = run_chaos(messages=args.chaos, groups=50)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print_e2e(figures)
    return 0


def cmd_doctor(args: argparse.Namespace) -> int:
    """Say which toxicity backend is active and why, and what is installed."""
    from bot.scorers import ScorerSettings, doctor_lines

    settings = ScorerSettings.from_env()
    if args.scorer:
        settings = settings.with_backend(args.scorer)
    for line in doctor_lines(settings):
        print(line)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Score a short sample class-group conversation and print what Kindly would do."""
    from bot.demo import run_demo

    return run_demo(scorer=args.scorer)


def cmd_run(args: argparse.Namespace) -> int:
    """Run the Telegram bot until interrupted."""
    from bot.runner import run_bot
    from bot.settings import load_settings

    overrides = {"mode": args.mode, "dry_run": True if args.dry_run else None}
    if args.scorer:
        import os
        os.environ["KINDLY_SCORER"] = args.scorer
    run_bot(load_settings(args.config, **overrides))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="kindly", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("score", help="score one message and explain every finding")
    p.add_argument("text", help="the message text")
    _school_args(p)
    p.add_argument("--json", action="store_true", help="print the verdict as JSON")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("eval", help="score a labelled JSON Lines set")
    p.add_argument("set", type=Path, help="labelled set (.jsonl)")
    _school_args(p)
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--errors", action="store_true", help="list misclassified messages")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("bench", help="throughput and latency of the scoring layers")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--messages", type=int, default=2000, help="messages per configuration")
    p.add_argument("--skip-detoxify", action="store_true",
                   help="skip the bert-base Detoxify configuration (needs torch)")
    p.add_argument("--e2e", action="store_true",
                   help="instead: the whole bot through the local Bot API emulator, "
                        "message-to-reminder latency at increasing load")
    p.add_argument("--groups", type=int, default=20, help="--e2e: class groups")
    p.add_argument("--seconds", type=float, default=10.0, help="--e2e: seconds per load step")
    p.add_argument("--chaos", type=int, default=0, metavar="N",
                   help="instead: N messages across 50 groups with 5%% of Telegram calls "
                        "failing; counts lost and duplicated incidents")
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("doctor", help="which toxicity backend is active, and why")
    _scorer_args(p)
    p.set_defaults(func=cmd_doctor)

    p = sub.add_parser("run", help="run the Telegram bot (token from KINDLY_TOKEN)")
    p.add_argument("--config", type=Path, default=None, help="settings file (YAML)")
    p.add_argument("--mode", choices=("polling", "webhook"), default=None,
                   help="how updates arrive (default: KINDLY_MODE or polling)")
    p.add_argument("--dry-run", action="store_true",
                   help="decide and record, but send and delete nothing")
    _scorer_args(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("demo", help="score a sample class-group conversation")
    _scorer_args(p)
    p.set_defaults(func=cmd_demo)
    from bot.school_admin import register as register_school_admin
    register_school_admin(sub)
    from bot.replay.command import register as register_replay
    register_replay(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kindly` console script."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and a Bot API URL contains the bot's token;
    # python-telegram-bot logs whole updates (message text, names) at DEBUG. Neither is
    # raised by -v.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.command == "demo" and not args.verbose:
        logging.getLogger().setLevel(logging.WARNING)
    logging.getLogger("telegram").setLevel(max(logging.INFO, logging.getLogger().level))
    try:
        return args.func(args)
    except ConfigError as e:
        print(f"kindly: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
