#!/usr/bin/env bash
# The GPU checks of issue 17, in one go (about 10 minutes on one H100/H200), for a session that is
# lent a GPU: the full-size v1.2 architecture bench, then the Ray Serve test with GPU replicas.
#   bash scripts/gpu_checks.sh            # prints both; the bench table also goes to $OUT if set
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=${OUT:-artifacts}
mkdir -p "$OUT"
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader || true
timeout 420 "$PY" bench/bench_gpu.py --steps 25,50 --repeat 2 2>&1 | tee "$OUT/bench_gpu.txt"
INKTURN_TEST_RAY_GPUS=1 timeout 240 "$PY" -m pytest -q -p no:warnings tests/test_ray_painter.py 2>&1 | tail -20 | tee "$OUT/ray_gpu.txt"
