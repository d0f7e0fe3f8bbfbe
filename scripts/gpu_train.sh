#!/usr/bin/env bash
# Continue training the bundled model on a lent GPU (the device tool), inside one command.
#
# The device machine is bare apart from PyTorch and friends, gives ~10 minutes a command and
# returns at most 8 files of 16 MiB from $OUT; so this script resumes from the shipped folder
# (assets/shapes-dit), trains for FIT_MINUTES with a schedule fitted to that time (warm-up, then
# a linear decay that ends with the run), exports the EMA weights, and sends back the folder as
# a tar split into 15 MB parts, with the logs. Reassemble here, then redraw the reference picture
# with this machine's pinned torch (the device machine lacks the app's packages):
#   cat shapes-dit.tar.part-* | tar -x -C /tmp && cp -r /tmp/m/. assets/shapes-dit/
#   .venv/bin/python -c "from core.bundled.evaluation import write_reference as w; w('assets/shapes-dit')"
# From this machine (diffusers travels as a wheel, see docs/training.md):
#   run(command="FIT_MINUTES=7 bash scripts/gpu_train.sh", carry=[".whl"], timeout_s=570)
# The fitted schedule times steps 10-60, which ran ~10% faster than the rest on the H200, so
# max_minutes (FIT_MINUTES + MAX_EXTRA) may stop the run just before its last steps; it then
# exports what it has (the LR is already near its floor).
set -uo pipefail
FIT_MINUTES=${FIT_MINUTES:-7.5}
OUT=${OUT:-/tmp/gpu-out}
mkdir -p "$OUT"
if ls .whl/*.whl >/dev/null 2>&1; then
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
    export PYTHONPATH=/tmp/site
fi
export PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | tee "$OUT/train.log"
rm -rf /tmp/m /tmp/run && cp -r assets/shapes-dit /tmp/m
python3 scripts/train_model.py --out_dir=/tmp/run --model_dir=/tmp/m --device=auto \
    --data_workers="${DATA_WORKERS:-13}" --pool_size=8192 --pool_refresh=32 --batch_size="${BATCH:-512}" \
    --learning_rate="${LR:-8e-4}" --warmup_steps="${WARMUP:-300}" --decay_start=0.3 --max_steps=1000000 \
    --fit_minutes="$FIT_MINUTES" --max_minutes="$(python3 -c "print($FIT_MINUTES + ${MAX_EXTRA:-0.7})")" \
    --eval_every=0 --log_every=100 --ckpt_minutes=3 --export_reference=false "$@" 2>&1 | grep -v -E "Loading|it/s\]" | tee -a "$OUT/train.log"
if ! grep -q "exported the EMA model" "$OUT/train.log"; then  # stopped by max_minutes: export what it has
    python3 scripts/train_model.py --out_dir=/tmp/run --model_dir=/tmp/m --export=true --export_reference=false 2>&1 | tail -3 | tee -a "$OUT/train.log"
fi
cp /tmp/run/log.csv "$OUT/" 2>/dev/null
tar -C /tmp -cf - m | split -b 15M - "$OUT/shapes-dit.tar.part-"
ls -la "$OUT"
