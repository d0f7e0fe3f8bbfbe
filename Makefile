# Inkturn task runner. Every target uses the project's virtual environment.
PY ?= .venv/bin/python

.PHONY: setup run test lint format bench eval-rewriter eval-consistency eval-model bench-model train-model

.venv/bin/python:
	python3 -m venv .venv
	.venv/bin/pip install --quiet --upgrade pip

# llama-cpp-python (the test suite's LLM server) is built from source for a portable x86-64 CPU (AVX2, no
# AVX-512/AMX) and never from pip's wheel cache: a wheel built natively on a machine with AMX crashes in its
# batched kernels on one whose sandbox does not allow them (seen on this project's CI machines).
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX512=OFF -DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF

setup: .venv/bin/python  ## install runtime + test dependencies
	grep -E '^llama-cpp-python' requirements-dev.txt | CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" \
		xargs .venv/bin/pip install --quiet --no-cache-dir
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

eval-rewriter:  ## composer accuracy: the old dev set, then every per-turn set (fresh batches, paraphrases)
	$(PY) bench/eval_rewriter.py && $(PY) bench/eval_dialogues.py

eval-model:  ## the bundled model's accuracy on held-out prompts (ARGS="--model=training/checkpoint.safetensors")
	$(PY) scripts/eval_model.py $(ARGS)

bench-model:  ## one 128x128 draw of the bundled model vs a plain pipeline call
	$(PY) scripts/bench_model.py $(ARGS)

train-model:  ## train (or resume training) the bundled model; ARGS="--max_minutes=150"
	nice -n 10 $(PY) scripts/train_model.py $(ARGS)

eval-consistency:  ## edit applied / subjects preserved / time per turn, per consistency configuration
	$(PY) bench/eval_consistency.py $(ARGS)
