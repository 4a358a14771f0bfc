# `make demo` and `make test` each set everything up on a fresh machine, then run.
# torch is installed on its own first, pinned to 2.13.0 (a CPU build); any other spec would
# pull several GB of CUDA packages.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kindly-installed

.PHONY: demo test lint bench eval clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 is required ($(PYTHON) not found)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kindly demo

# The replay report is checked in headless Chromium (Debian's package). Installed when
# possible; without it that one test skips and says why.
CHROMIUM := $(VENV)/.chromium-checked
$(CHROMIUM): $(STAMP)
	-command -v chromium >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
		&& apt-get update -qq && apt-get install -y -qq chromium; }
	touch $@

test: $(STAMP) $(CHROMIUM)
	$(BIN)/ruff check .
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/kindly bench

eval: $(STAMP)
	$(BIN)/kindly eval ../shared/eval/parent-chat-dev/messages.jsonl \
		--school ../shared/eval/parent-chat-dev/school.yaml

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
