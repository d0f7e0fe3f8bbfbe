# Inkturn task runner. Every target uses the project's virtual environment.
PY ?= .venv/bin/python

.PHONY: setup run test lint format bench

.venv/bin/python:
	python3 -m venv .venv
	.venv/bin/pip install --quiet --upgrade pip

setup: .venv/bin/python  ## install runtime + test dependencies
	.venv/bin/pip install --quiet -r requirements-dev.txt

run: setup  ## serve the studio on http://127.0.0.1:7860
	$(PY) app.py

test:  ## the whole test suite (what CI runs)
	$(PY) -m pytest -q

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format:
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench:  ## time per turn vs a plain pipeline call
	$(PY) bench/bench_turn.py

eval-rewriter:  ## composer (and configured LLM) accuracy on the dialogue dev set
	$(PY) bench/eval_rewriter.py

eval-consistency:  ## edit applied / subjects preserved / time per turn, per consistency configuration
	$(PY) bench/eval_consistency.py $(ARGS)
