"""Measure `kindly replay` on a large synthetic WhatsApp export: wall time and peak memory.

    .venv/bin/python -m bot.replay.benchmark --messages 100000 [--json]

Writes the export (`synthetic.py`) to a temporary folder, runs `kindly replay ... --scorer
offline --json` as a separate process, and samples the memory of that process and all its
children every 50 ms from /proc: the peak of the summed resident set sizes (RSS, what `top`
shows; shared pages counted in every process) and of the summed proportional set sizes (PSS,
shared pages split between the processes that share them).
"""

import argparse
import json
import subprocess  # noqa: S404 - runs our own command line
import sys
import tempfile
import time
from pathlib import Path

from bot.replay.synthetic import write_export

SCHOOL = Path(__file__).resolve().parents[2] / "tests/fixtures/chat-exports/school.yaml"
STAFF = ["Mrs Eleanor Rose", "Mr David Baker", "Miss Charlotte Hope", "Miss H", "Mrs R"]
PUPILS = ["Sam T", "Ava R", "Noah K", "Isla M", "Leo W", "Maisie B"]


def _tree(pid: int) -> list[int]:
    """`pid` and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                todo += [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
    return out


def _memory_kb(pids: list[int]) -> tuple[int, int]:
    """Summed (RSS, PSS) in KiB of the processes still alive."""
    rss = pss = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1])
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
        except OSError:
            continue
    return rss, pss


def measure(export: Path) -> dict[str, object]:
    """Run the replay once and return its figures."""
    cmd = [sys.executable, "-m", "bot.cli", "replay", str(export), "--school", str(SCHOOL),
           "--scorer", "offline", "--json", "--no-progress"]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out,  # noqa: S603 - fixed arguments
                                stderr=subprocess.DEVNULL)
        peak_rss = peak_pss = 0
        while proc.poll() is None:
            rss, pss = _memory_kb(_tree(proc.pid))
            peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
            time.sleep(0.05)
        wall = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"kindly replay failed with status {proc.returncode}")
        out.seek(0)
        result = json.load(out)
    return {"messages": result["messages"], "flagged": result["flagged"],
            "malformed_lines": result["malformed_lines"], "replay_seconds": result["seconds"],
            "load_seconds": result["load_seconds"], "wall_seconds": round(wall, 2),
            "messages_per_second": round(result["messages"] / result["seconds"], 1),
            "peak_rss_mb": round(peak_rss / 1024, 1), "peak_pss_mb": round(peak_pss / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    """Write the export, replay it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        export = Path(folder) / "WhatsApp Chat with Class 2 Parents.txt"
        written = write_export(export, args.messages, staff=STAFF, pupils=PUPILS)
        figures = {"export_mb": round(export.stat().st_size / 1e6, 1),
                   "lines": written.lines, **measure(export)}
    if args.json:
        print(json.dumps(figures, indent=2))  # noqa: T201
    else:
        for key, value in figures.items():
            print(f"{key:>20}: {value}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
