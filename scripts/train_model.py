"""Train the bundled shapes-world Hunyuan-DiT from nothing, on a CPU, resumably.

    nice -n 10 .venv/bin/python scripts/train_model.py            # start, or resume where it stopped
    .venv/bin/python scripts/train_model.py --max_minutes=150     # stop (with a checkpoint) after 150 min
    .venv/bin/python scripts/train_model.py --export=True         # write assets/shapes-dit from the checkpoint now

Every default below can be overridden with --name=value. What it does, top to bottom:
1. resolve the config (a resumed run keeps its saved config; command-line overrides win);
2. build or reload the tokenizer (BPE over English + Chinese captions), BERT + T5 + DiT;
3. build a pool of rendered scenes that is refreshed a few slots per step (core/bundled/data.py);
4. train: caption dropout for guidance, x0 (clean image) prediction, bf16 autocast, EMA weights;
5. log losses (log.csv), quick-eval the EMA model now and then (curve.csv), checkpoint every few minutes;
6. after max_steps (or with --export=True) save the EMA model as a diffusers pipeline folder in fp16.

Checkpoints: ``<out_dir>/state/latest.pt`` holds everything (weights, EMA, optimizer, step, RNG, config)
and resumes exactly. ``<out_dir>/checkpoint.safetensors`` + ``checkpoint.json`` are the compact,
committable fallback: EMA weights in fp16, the tokenizer and the config. The exported folder holds the
same weights, so it serves as that fallback too (the newer of the two wins). Resuming from either
restarts AdamW from zero moments (with a short LR warm-up) and the EMA from those weights.
"""

from __future__ import annotations

import copy
import csv
import functools
import json
import os
import signal
import sys
import time
from dataclasses import asdict, fields
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.bundled import data  # noqa: E402
from core.bundled.components import (  # noqa: E402
    TinyModelConfig,
    build_pipeline,
    build_scheduler,
    build_tokenizer,
    rotary_embedding,
    tokenizer_from_json,
)
from core.bundled.evaluation import append_csv  # noqa: E402
from core.bundled.precision import bf16_is_native  # noqa: E402
from core.text_encoding import encode_texts, encode_tokens, text_lengths, tokenize_texts  # noqa: E402

# -----------------------------------------------------------------------------
# defaults (override with --name=value)
out_dir = "training"  # state/, checkpoint.safetensors/.json, log.csv, curve.csv
model_dir = "assets/shapes-dit"  # where the finished pipeline folder goes
init_from = "resume"  # "resume": state/ if present, else the newer of the compact checkpoint and model_dir; "scratch"
seed = 1337  # everything (weights, pool, batches, noise) follows from it and the step
device = "auto"  # "auto": CUDA when a GPU is there (the device tool), else "cpu"; data and RNGs stay on the CPU
threads = 2  # torch CPU threads at most; see probe_every
probe_every = 100  # steps between timing the other thread count (1 vs `threads`) and keeping the faster
data_workers = 0  # >0: processes that render and caption batches ahead (a GPU run); a different, still seeded, stream
# data
pool_size = 8192  # rendered scenes held in memory (uint8, ~400 MB)
pool_refresh = 16  # scenes re-drawn per step (the pool turns over every pool_size/pool_refresh steps)
curriculum_steps = 1500  # one object only until here ...
curriculum_ramp = 2500  # ... then ramp linearly over this many steps to the final mix
final_mix = "0.2,0.35,0.45"  # share of scenes with 1, 2, 3 objects after the ramp
canonical_share = 0.3  # captions that are the canonical sentence (what the studio sends) vs random templates
caption_dropout = 0.1  # share of empty prompts: guidance uses "" as its negative prompt
object_weight = 4.0  # extra loss weight on pixels that are not background (objects cover only 2-10% of a picture)
object_weight_from = 0  # step from which object_weight applies (the first run added it at step 1039)
objective = "x0"  # what the DiT predicts: "x0" (the clean image) or "v" (sqrt(a)*noise - sqrt(1-a)*x0, Hunyuan's own)
snr_gamma = 5.0  # x0 only: weight the x0 error by min(SNR + 1, snr_gamma) (a clipped v-loss); 0 = plain x0 MSE
snr_weight_from = 0  # step from which snr_gamma applies (the first run added it at step 2285)
tokenizer_scenes = 3000  # scenes captioned to train the BPE tokenizer
encoders_from = ""  # a scripts/pretrain_text_encoders.py export: start from its tokenizer (slot tokens) and encoders
freeze_text_encoders = False  # train the DiT only (the text encoders keep their starting weights)
dit_from = ""  # a pipeline folder (e.g. assets/shapes-dit): a fresh run starts its DiT from that DiT's weights where shapes match
# optimisation
batch_size = 64
max_steps = 20000  # ~6.5 h at ~1.15 s/step on 2 cores: the whole run fits the 8 CPU-hour budget
learning_rate = 3e-4
warmup_steps = 500  # linear warm-up (also re-applied after resuming from the compact checkpoint)
decay_start = 0.7  # linear decay to min_lr over the last 30% of max_steps
min_lr = 3e-5
weight_decay = 0.0
grad_clip = 1.0
ema_decay = 0.999  # the EMA weights are what gets evaluated and shipped
bf16 = True  # bf16 autocast: ~2x faster steps on this CPU (AMX)
compile = False  # torch.compile the DiT: ~13% faster steps after ~80 s, but pins the thread count
# bookkeeping
log_every = 25  # steps between log.csv rows
eval_every = 500  # steps between quick evals (curve.csv); 0 = never
eval_per_count = 16  # held-out prompts per object count (1, 2, 3) in a quick eval
eval_steps = 20  # sampler steps in the quick eval (the studio's default)
eval_guidance = 5.0  # guidance in the quick eval (the studio's default)
ckpt_minutes = 5.0  # minutes between checkpoints
max_minutes = 0.0  # stop (after checkpointing) after this many minutes of this session; 0 = no limit
fit_minutes = 0.0  # >0: time the first steps, then set max_steps so the run (its LR decay too) ends in this time
export = False  # write the pipeline folder from the current weights and exit
export_dtype = "float16"  # the shipped folder's weights (the painter loads them as float32)
export_reference = True  # draw reference.json with the export (needs the app's packages: not on the device machine)
# model sizes: every field of TinyModelConfig (core/bundled/components.py) is an option too
globals().update(asdict(TinyModelConfig()))
# -----------------------------------------------------------------------------

MODEL_KEYS = [f.name for f in fields(TinyModelConfig)]
# How this session runs, not what is trained: never taken from a saved config.
SESSION_KEYS = [
    "out_dir",
    "model_dir",
    "init_from",
    "device",
    "threads",
    "probe_every",
    "compile",
    "max_minutes",
    "fit_minutes",
    "data_workers",
    "export",
    "export_dtype",
    "export_reference",
    "ckpt_minutes",
    "log_every",
    "eval_every",
    "eval_per_count",
    "eval_steps",
    "eval_guidance",
]
config = {k: v for k, v in list(globals().items()) if not k.startswith("_") and type(v) in (bool, int, float, str)}


def parse_overrides(argv: list[str]) -> dict:
    overrides = {}
    for arg in argv:
        key, sep, value = arg.removeprefix("--").partition("=")
        if not arg.startswith("--") or not sep or key not in config:
            raise SystemExit(f"bad option {arg!r}: use --name=value with one of: {', '.join(config)}")
        kind = type(config[key])
        if kind is bool:
            if value.lower() not in ("true", "false", "1", "0"):
                raise SystemExit(f"--{key} must be true or false, got {value!r}")
            overrides[key] = value.lower() in ("true", "1")
        else:
            overrides[key] = kind(value)
    return overrides


overrides = parse_overrides(sys.argv[1:])
config.update(overrides)
out = Path(config["out_dir"])
state_path = out / "state" / "latest.pt"
compact_path = out / "checkpoint.safetensors"
compact_meta_path = out / "checkpoint.json"

# 1. What are we resuming? A resumed run keeps its saved config; overrides still win.
resume = None
if config["init_from"] == "resume" and state_path.exists():
    resume = torch.load(state_path, map_location="cpu", weights_only=False)
    resume["kind"] = "state"
elif config["init_from"] == "resume":
    # Weights only: the newer of the compact checkpoint and the exported folder (which holds the
    # same fp16 EMA weights, so a session that ships the model need not commit a checkpoint too).
    candidates = []
    if compact_path.exists():
        candidates.append({**json.loads(compact_meta_path.read_text()), "kind": "compact"})
    shipped_meta = Path(config["model_dir"]) / "training_config.json"
    if shipped_meta.exists() and "train_seconds" in (shipped := json.loads(shipped_meta.read_text())):
        tok_file = Path(config["model_dir"]) / "tokenizer" / "tokenizer.json"
        candidates.append({**shipped, "tokenizer": tok_file.read_text(), "kind": "model"})
    resume = max(candidates, key=lambda c: c["step"], default=None)
if config["init_from"] not in ("resume", "scratch"):
    raise SystemExit(f"--init_from must be resume or scratch, got {config['init_from']!r}")
if resume is not None:
    changed = [k for k in MODEL_KEYS if k in overrides and overrides[k] != resume["config"][k]]
    if changed:
        raise SystemExit(f"cannot change model sizes when resuming ({', '.join(changed)}); use --init_from=scratch")
    saved = {k: v for k, v in resume["config"].items() if k in config and k not in SESSION_KEYS}
    config = {**config, **saved, **overrides}
if resume is None and config["encoders_from"]:
    # The encoders' sizes and token lengths are the pretrained ones; a conflicting override is an error.
    pretrained = json.loads((Path(config["encoders_from"]) / "pretrain_config.json").read_text())["config"]
    keys = [k for k in MODEL_KEYS if k in pretrained and k.startswith(("vocab", "text_len", "bert_", "t5_"))]
    clash = [k for k in keys if k in overrides and overrides[k] != pretrained[k]]
    if clash:
        raise SystemExit(f"--encoders_from={config['encoders_from']} fixes {', '.join(clash)}")
    config.update({k: pretrained[k] for k in keys})
C = type("Config", (), config)  # attribute access: C.batch_size
model_cfg = TinyModelConfig(**{k: config[k] for k in MODEL_KEYS})

torch.set_num_threads(C.threads)
torch.manual_seed(C.seed)
dev = torch.device(
    "cuda" if C.device == "auto" and torch.cuda.is_available() else "cpu" if C.device == "auto" else C.device
)
if C.bf16 and "bf16" not in overrides and not bf16_is_native(dev):
    print(f"bf16 autocast is emulated on this {dev.type} (no native bf16): training in float32 (--bf16=true forces it)")
    config["bf16"] = C.bf16 = False
out.mkdir(parents=True, exist_ok=True)
(out / "state").mkdir(exist_ok=True)


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def start_dit_from(dit: torch.nn.Module, folder: Path) -> None:
    """Copy another DiT's weights into this one where the shapes agree (the image side of a model
    trained with other encoders or token lengths); the rest keeps its fresh initialisation."""
    source = load_file(folder / "transformer" / "diffusion_pytorch_model.safetensors")
    own = dit.state_dict()
    kept = {k: v.float() for k, v in source.items() if k in own and own[k].shape == v.shape}
    dit.load_state_dict({**own, **kept})
    fresh = sorted(set(own) - set(kept))
    log(f"DiT from {folder}: {len(kept)} of {len(own)} tensors; fresh: {', '.join(fresh) or 'none'}")


# 2. Tokenizer and models
if resume is not None:
    tokenizer = tokenizer_from_json(resume["tokenizer"])
elif C.encoders_from:
    tokenizer = tokenizer_from_json((Path(C.encoders_from) / "tokenizer" / "tokenizer.json").read_text())
else:
    tokenizer = build_tokenizer(data.tokenizer_corpus(C.tokenizer_scenes, seed=C.seed), C.vocab_size, cjk_chars=True)
if C.objective not in ("x0", "v"):
    raise SystemExit(f"--objective must be x0 or v, not {C.objective!r}")
PREDICTION_TYPE = {"x0": "sample", "v": "v_prediction"}[C.objective]
pipe = build_pipeline(model_cfg, tokenizer, seed=C.seed)
pipe.scheduler = build_scheduler(PREDICTION_TYPE)  # the exported folder's sampler reads what the DiT predicts
pipe.set_progress_bar_config(disable=True)
modules = {"transformer": pipe.transformer, "text_encoder": pipe.text_encoder, "text_encoder_2": pipe.text_encoder_2}
if resume is None and C.encoders_from:
    for name in ("text_encoder", "text_encoder_2"):
        pretrained = type(modules[name]).from_pretrained(Path(C.encoders_from) / name, torch_dtype=torch.float32)
        modules[name].load_state_dict(pretrained.state_dict())
    log(f"text encoders and tokenizer (vocabulary {len(tokenizer)}) from {C.encoders_from}")
if resume is None and C.dit_from:
    start_dit_from(modules["transformer"], Path(C.dit_from))
for m in modules.values():
    m.to(dev).train()
ema = {name: copy.deepcopy(m).eval().requires_grad_(False) for name, m in modules.items()}
trained = [n for n in modules if not (C.freeze_text_encoders and n != "transformer")]
for name in modules:
    if name not in trained:
        modules[name].eval().requires_grad_(False)
params = [p for n in trained for p in modules[n].parameters()]
ema_params = [p for n in trained for p in ema[n].parameters()]
optimizer = torch.optim.AdamW(params, lr=C.learning_rate, betas=(0.9, 0.99), weight_decay=C.weight_decay)
n_params = {name: sum(p.numel() for p in m.parameters()) for name, m in modules.items()}
log(f"params: {', '.join(f'{k} {v / 1e6:.2f}M' for k, v in n_params.items())}; training on {dev}")


def split_state(flat: dict) -> dict:
    """{"transformer.x": t} -> {"transformer": {"x": t}}"""
    parts: dict = {name: {} for name in modules}
    for key, tensor in flat.items():
        name, _, rest = key.partition(".")
        parts[name][rest] = tensor
    return parts


step = 0
train_seconds = 0.0  # summed over sessions: the budget is 8 CPU hours in all
gpu_seconds = 0.0  # steps taken on a lent GPU (not part of the CPU budget)
warmup_from = 0  # the LR warm-up restarts here after a compact resume (fresh AdamW moments)
if resume is not None and resume["kind"] == "state":
    for name in modules:
        modules[name].load_state_dict(resume["model"][name])
        ema[name].load_state_dict(resume["ema"][name])
    optimizer.load_state_dict(resume["optimizer"])
    torch.set_rng_state(resume["torch_rng"])
    step, train_seconds, warmup_from = resume["step"], resume["train_seconds"], resume["warmup_from"]
    gpu_seconds = resume.get("gpu_seconds", 0.0)
elif resume is not None:
    if resume["kind"] == "compact":
        weights = split_state(load_file(compact_path))
    else:
        from diffusers import HunyuanDiTPipeline

        import core.bundled.pixel_autoencoder  # noqa: F401 - model_index.json names it for the VAE

        shipped_pipe = HunyuanDiTPipeline.from_pretrained(C.model_dir, torch_dtype=torch.float32)
        weights = {name: getattr(shipped_pipe, name).state_dict() for name in modules}
        del shipped_pipe
    for name in modules:
        modules[name].load_state_dict({k: v.float() for k, v in weights[name].items()})
        ema[name].load_state_dict({k: v.float() for k, v in weights[name].items()})
    step, train_seconds, warmup_from = resume["step"], resume["train_seconds"], resume["step"]
    gpu_seconds = resume.get("gpu_seconds", 0.0)
if resume is not None:
    log(f"resumed from {resume['kind']} at step {step} ({train_seconds / 3600:.2f} h trained so far)")
del resume


def get_lr(it: int) -> float:
    if it - warmup_from < C.warmup_steps:
        return C.learning_rate * (it - warmup_from + 1) / C.warmup_steps
    decay_from = int(C.decay_start * C.max_steps)
    if it < decay_from:
        return C.learning_rate
    frac = min(1.0, (it - decay_from) / max(1, C.max_steps - decay_from))
    return C.learning_rate + frac * (C.min_lr - C.learning_rate)


# Curriculum: probabilities of 1, 2, 3 objects for scenes drawn at a step.
object_mix = data.CurriculumMix(C.curriculum_steps, C.curriculum_ramp, tuple(float(x) for x in C.final_mix.split(",")))


def ema_pipeline(dtype: torch.dtype = torch.float32):
    """A CPU HunyuanDiTPipeline around copies of the EMA weights (for evaluation and export)."""
    copies = {name: copy.deepcopy(m).to("cpu", dtype).eval() for name, m in ema.items()}
    p = type(pipe)(**{**pipe.components, **copies})
    p.set_progress_bar_config(disable=True)
    return p


def export_pipeline(folder: Path) -> None:
    p = ema_pipeline(getattr(torch, C.export_dtype))
    p.save_pretrained(folder, safe_serialization=True)
    (folder / "training_config.json").write_text(
        json.dumps(
            {"step": step, "train_seconds": train_seconds, "gpu_seconds": gpu_seconds, "config": config}, indent=1
        )
    )
    if C.export_reference:
        from core.bundled.evaluation import write_reference  # the picture tests/test_bundled_model.py expects

        write_reference(folder)
    write_model_card(folder)
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    log(f"exported the EMA model at step {step} to {folder} ({size / 1e6:.1f} MB)")


def write_model_card(folder: Path) -> None:
    """README.md for the exported folder: what it is, how it was made, the last quick eval."""
    curve = out / "curve.csv"
    last = list(csv.DictReader(curve.open()))[-1] if curve.exists() else {}
    scores = ", ".join(f"{k} {v}" for k, v in last.items() if k not in ("loss", "train_hours")) or "none yet"
    sizes = ", ".join(f"{k} {v / 1e6:.2f}M" for k, v in n_params.items())
    how = "frozen after pretraining" if C.freeze_text_encoders else "trained with the DiT"
    if C.encoders_from:  # issue 18: slot tokens [BG] [C1]..[C9] after [CLS], pretrained to parse the caption
        how = f"pretrained with slot tokens (`{C.encoders_from}`), then {how.removesuffix(' after pretraining')}"
    if C.dit_from:
        how += f"; the DiT started from `{C.dit_from}`'s where the shapes agree"
    card = f"""# shapes-dit: a tiny bilingual Hunyuan-DiT for the Inkturn shapes world

A `HunyuanDiTPipeline` folder, trained from nothing on a 2-core CPU by `scripts/train_model.py`
(see `docs/training.md`). It draws the procedural shapes world of `/work/shared/shapes-world.md`
at 128x128 from English or Chinese prompts; it knows nothing else.

- Components: BPE tokenizer over English + Chinese (one token per Chinese character), BERT
  ({model_cfg.bert_layers} layers, {model_cfg.bert_hidden} wide) + T5 encoder ({model_cfg.t5_layers} layers,
  {model_cfg.t5_hidden} wide), {how}; HunyuanDiT2DModel ({model_cfg.dit_layers} layers,
  {model_cfg.dit_hidden} wide, in_channels 192, patch 2 -> 64 tokens) predicting the clean image
  (`prediction_type="sample"`); a lossless pixel "VAE" (`core/bundled/pixel_autoencoder.py`,
  import it before `from_pretrained`); DPM-Solver++ (2nd order).
- Parameters: {sizes}. Weights stored in {C.export_dtype}; load with `torch_dtype=torch.float32` on a CPU.
- Prompts are read at {model_cfg.text_len} + {model_cfg.text_len_t5} tokens
  (`core/text_encoding.encode_texts`); the stock `pipe(prompt)` pads to 77 + 256 and does not fit.
- Trained {step} steps ({train_seconds / 3600:.2f} h of CPU steps, {gpu_seconds / 60:.1f} min on a GPU), seed {C.seed};
  `training_config.json` holds the full config. 10% empty prompts: use "" as the negative prompt.
- Last quick eval (held-out prompts, {C.eval_steps} steps, guidance {C.eval_guidance}): {scores}.
  Full numbers: `.venv/bin/python scripts/eval_model.py`.
- `reference.json`: the picture `tests/test_bundled_model.py` expects for a fixed prompt and seed.
"""
    (folder / "README.md").write_text(card)


def save_checkpoint() -> None:
    """Full state (exact resume) + the compact fp16 EMA weights; both written atomically."""
    tok_json = tokenizer.backend_tokenizer.to_str()
    state = {
        "model": {n: m.state_dict() for n, m in modules.items()},
        "ema": {n: m.state_dict() for n, m in ema.items()},
        "optimizer": optimizer.state_dict(),
        "torch_rng": torch.get_rng_state(),
        "step": step,
        "train_seconds": train_seconds,
        "gpu_seconds": gpu_seconds,
        "warmup_from": warmup_from,
        "config": config,
        "pool_seed": C.seed,
        "tokenizer": tok_json,
    }
    torch.save(state, str(state_path) + ".tmp")
    os.replace(str(state_path) + ".tmp", state_path)
    flat = {
        f"{n}.{k}": v.detach().to("cpu", torch.float16).contiguous().clone()
        for n, m in ema.items()
        for k, v in m.state_dict().items()
    }
    save_file(flat, str(compact_path) + ".tmp", metadata={"step": str(step)})
    os.replace(str(compact_path) + ".tmp", compact_path)
    meta = {
        "step": step,
        "train_seconds": train_seconds,
        "gpu_seconds": gpu_seconds,
        "config": config,
        "tokenizer": tok_json,
        "note": "EMA weights (fp16). Resuming from this restarts AdamW (zero moments, LR warm-up) "
        "and the EMA from these weights; the data pool is rebuilt from the seed and step.",
    }
    compact_meta_path.with_suffix(".json.tmp").write_text(json.dumps(meta))
    os.replace(compact_meta_path.with_suffix(".json.tmp"), compact_meta_path)
    log(f"checkpoint at step {step} ({train_seconds / 3600:.2f} h trained)")


if C.export:
    export_pipeline(Path(C.model_dir))
    sys.exit(0)

# 3. The scene pool, exactly as it was at this step
t0 = time.time()
batch_spec = data.BatchSpec(
    C.seed,
    C.batch_size,
    C.pool_size,
    C.pool_refresh,
    object_mix,
    model_cfg.image_size,
    C.caption_dropout,
    C.canonical_share,
)
if C.data_workers:
    # A GPU trains faster than one process renders and captions; each worker owns a pool of
    # pool_size scenes and the steps equal to its rank modulo the worker count.
    tokenize = functools.partial(
        tokenize_texts, pipe.tokenizer, pipe.tokenizer_2, text_lengths(pipe.transformer.config)
    )
    batches = data.WorkerBatches(C.data_workers, batch_spec, first_step=step, tokenize=tokenize)
    pool = None
    log(f"{C.data_workers} batch workers, each with a pool of {C.pool_size} scenes")
else:
    pool = data.ScenePool(C.pool_size, C.pool_refresh, C.seed, object_mix, model_cfg.image_size, step=step)
    log(f"pool of {C.pool_size} scenes rendered in {time.time() - t0:.0f}s (1/2/3 objects: {pool.object_counts()})")

rope = tuple(r.to(dev) for r in rotary_embedding(model_cfg))  # what the pipeline computes for this size
alphas_cumprod = build_scheduler().alphas_cumprod.float()  # the schedule the sampler assumes
dit = torch.compile(pipe.transformer) if C.compile else pipe.transformer

stop_reason = None


def request_stop(signum, frame):  # a session that ends sends SIGTERM: save before going
    global stop_reason
    stop_reason = f"signal {signum}"


signal.signal(signal.SIGTERM, request_stop)
signal.signal(signal.SIGINT, request_stop)


# 4. Training loop
session_start = last_ckpt = time.time()
losses, eval_losses, step_times = [], [], []
# Two OpenMP threads are ~1.8x faster than one on an idle machine, but while another job holds a
# core they wait for each other at every op (8 s/step measured instead of 1.1). So now and then
# time a few steps with the other count and keep the faster (compile=True pins the count).
threads_now, recent, probe = C.threads, [], None
log(f"training from step {step} to {C.max_steps}, batch {C.batch_size}")
run_start = step
while step < C.max_steps and stop_reason is None:
    if (
        dev.type == "cpu"
        and C.threads > 1
        and not C.compile
        and probe is None
        and step % C.probe_every == 0
        and len(recent) >= 10
    ):
        probe = {"threads": 1 if threads_now > 1 else C.threads, "times": []}
        torch.set_num_threads(probe["threads"])
    t_step = time.time()
    lr = get_lr(step)
    for group in optimizer.param_groups:
        group["lr"] = lr

    # data: refresh part of the pool, pick a batch, caption it (per-step RNGs: exact resume)
    if pool is not None:
        pool.advance(step)
        batch = data.make_batch(pool, batch_spec, step)
    else:
        batch = batches.next()
    texts = batch["texts"]
    images = batch["images"].to(dev, non_blocking=True)
    x0 = data.images_to_latents(images)
    # Per-pixel loss weights, laid out like the latents: 1 on the background, 1 + object_weight on objects.
    background = torch.from_numpy(batch["background"]).to(dev)
    on_object = (images != background[:, None, None, :]).any(dim=-1)
    use_weight = C.object_weight if step >= C.object_weight_from else 0.0
    weight = F.pixel_unshuffle((1 + use_weight * on_object.float())[:, None].expand(-1, 3, -1, -1), 8)
    # Noise and noise levels from a per-step seed: on the CPU exactly resumable; on a GPU drawn
    # there (a CPU draw of a large batch's noise would cost more than the GPU's whole step).
    gen = torch.Generator(dev).manual_seed(C.seed * 1_000_003 + step)
    noise = torch.randn(x0.shape, generator=gen, device=dev)
    t = torch.randint(0, len(alphas_cumprod), (C.batch_size,), generator=gen, device=dev)
    a = alphas_cumprod.to(dev)[t].view(-1, 1, 1, 1)
    xt = a.sqrt() * x0 + (1 - a).sqrt() * noise

    # forward / backward: text encoders and DiT together, predicting the clean image
    with torch.autocast(dev.type, dtype=torch.bfloat16, enabled=C.bf16):
        s = encode_tokens(pipe, *batch["tokens"]) if "tokens" in batch else encode_texts(pipe, texts)
        pred = dit(
            xt,
            t.float(),
            encoder_hidden_states=s.embeds,
            text_embedding_mask=s.mask,
            encoder_hidden_states_t5=s.embeds_2,
            text_embedding_mask_t5=s.mask_2,
            image_rotary_emb=rope,
            return_dict=False,
        )[0]
    # the second half of the output is the unused "sigma" channels
    target = x0 if C.objective == "x0" else a.sqrt() * noise - (1 - a).sqrt() * x0
    error = (pred[:, : x0.shape[1]].float() - target) ** 2
    loss = (weight * error).sum(dim=(1, 2, 3)) / weight.sum(dim=(1, 2, 3))
    if C.objective == "x0" and C.snr_gamma and step >= C.snr_weight_from:
        # Plain x0 MSE trains every noise level equally, and the model never learned to keep the
        # detail already in a nearly clean input (its x0 error at t=10 was 7x that of returning
        # the input). (SNR + 1) is the v-loss weight; clipping keeps the low-noise end bounded.
        loss = loss * torch.clamp(1 / (1 - a.view(-1)), max=C.snr_gamma)
    loss = loss.mean()
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(params, C.grad_clip)
    optimizer.step()
    decay = min(C.ema_decay, (1 + step) / (10 + step))
    torch._foreach_lerp_(ema_params, [p.detach() for p in params], 1 - decay)

    losses.append(loss.detach())  # no .item() here: on a GPU the next batch is made while this step runs
    step += 1
    dt = time.time() - t_step
    if dev.type == "cpu":
        train_seconds += dt
    else:
        gpu_seconds += dt
    if C.eval_every:  # kept only for the next quick eval's row
        eval_losses.append(losses[-1])
    if C.fit_minutes and step - run_start in (10, 60):  # time steps 10..60, then fit the schedule
        if dev.type == "cuda":
            torch.cuda.synchronize()
        if step - run_start == 10:
            t_fit = time.time()
        else:
            per_step = (time.time() - t_fit) / 50
            left = C.fit_minutes * 60 - (time.time() - session_start)
            new_max = step + max(1, int(left / per_step))
            # The decay keeps its share of this run (not of all steps since the first session).
            decay_from = run_start + C.decay_start * (new_max - run_start)
            config["max_steps"], config["decay_start"] = new_max, decay_from / new_max
            C.max_steps, C.decay_start = config["max_steps"], config["decay_start"]
            log(f"{per_step * 1000:.1f} ms/step: max_steps -> {new_max}, decay from step {int(decay_from)}")
    step_times.append(dt)
    if probe is None:
        recent = (recent + [dt])[-20:]
    else:
        probe["times"].append(dt)
        if len(probe["times"]) == 6:  # the first step after a switch is not representative
            theirs, ours = np.mean(probe["times"][1:]), np.mean(recent)  # means: stalls are what costs
            if theirs < ours:
                log(f"threads {threads_now} -> {probe['threads']}: {ours:.2f} -> {theirs:.2f} s/step")
                threads_now, recent = probe["threads"], probe["times"][1:]
            torch.set_num_threads(threads_now)
            probe = None

    if step % C.log_every == 0 or step == C.max_steps:
        row = {
            "step": step,
            "loss": f"{torch.stack(losses).float().mean().item():.5f}",
            "lr": f"{lr:.2e}",
            "sec_per_step": f"{np.mean(step_times):.3f}",
            "median_sec": f"{np.median(step_times):.3f}",
            "train_hours": f"{train_seconds / 3600:.3f}",
            "p_one_object": f"{object_mix(step)[0]:.2f}",
            "threads": threads_now,
        }
        append_csv(out / "log.csv", row)
        log(" ".join(f"{k} {v}" for k, v in row.items()))
        losses, step_times = [], []

    if C.eval_every and (step % C.eval_every == 0 or step == C.max_steps):
        t_eval = time.time()
        try:  # imported here: a failing or missing evaluation must never stop the training
            from core.bundled.evaluation import quick_eval

            metrics = quick_eval(
                ema_pipeline(), per_count=C.eval_per_count, steps=C.eval_steps, guidance=C.eval_guidance, seed=C.seed
            )
        except Exception as exc:  # noqa: BLE001
            log(f"quick eval skipped: {type(exc).__name__}: {exc}")
            metrics = {}
        row = {
            "step": step,
            "loss": f"{torch.stack(eval_losses).float().mean().item():.5f}",
            "train_hours": f"{train_seconds / 3600:.3f}",
            **{k: f"{v:.3f}" for k, v in metrics.items()},
        }
        if metrics:
            append_csv(out / "curve.csv", row)
        log(f"quick eval ({time.time() - t_eval:.0f}s): " + " ".join(f"{k} {v}" for k, v in row.items()))
        eval_losses = []

    now = time.time()
    if C.max_minutes and now - session_start > C.max_minutes * 60:
        stop_reason = f"max_minutes={C.max_minutes}"
    if now - last_ckpt > C.ckpt_minutes * 60 or stop_reason is not None or step == C.max_steps:
        save_checkpoint()
        last_ckpt = time.time()

if pool is None:
    batches.close()
if stop_reason is not None:
    log(f"stopped at step {step} ({stop_reason}); run the same command again to resume")
else:
    # 5. Done: ship the EMA weights as a diffusers pipeline folder.
    export_pipeline(Path(C.model_dir))
