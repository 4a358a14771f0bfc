"""Loading the engine for a replay: the offline scorer keeps torch (~180 MB) out of memory."""

import subprocess
import sys

from tests.replay.conftest import SCHOOL

PROBE = f"""
import sys
from pathlib import Path
from bot.replay.scoring import EngineSpec, load_engine
engine, status = load_engine(EngineSpec(Path({str(SCHOOL)!r}), scorer="offline"))
print("torch" in sys.modules, status)
verdict = engine.score([__import__("rules.message").message.Message("Miss Hope is useless")])[0]
print(verdict.breaches[0].clause_id)
import torch  # still importable afterwards
print(torch.__name__)
"""


def test_when_the_offline_scorer_is_chosen_then_torch_is_not_loaded_but_stays_importable():
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,  # noqa: S603
                         timeout=120, check=True)
    lines = run.stdout.splitlines()
    assert lines[0] == "False offline scorer (KINDLY_SCORER=offline)"
    assert lines[1] == "respect.staff-named"
    assert lines[2] == "torch"
