"""Pretrain the bundled model's two text encoders to parse captions into slot tokens (issue 18, hypothesis 1).

    nice -n 15 .venv/bin/python scripts/pretrain_text_encoders.py                  # start, or resume where it stopped
    nice -n 15 .venv/bin/python scripts/pretrain_text_encoders.py --max_minutes=30 # stop (with a checkpoint) after 30 min
    .venv/bin/python scripts/pretrain_text_encoders.py --export=True               # write export_dir from the state now

Every default below can be overridden with --name=value. What it does, top to bottom:
1. resolve the config (a resumed run keeps its saved config; command-line overrides win);
2. build the tokenizer exactly as scripts/train_model.py does (BPE, one token per Chinese character), then
   add the slot tokens to its post-processor: every encoding reads [CLS] [BG] [C1] .. [C9] caption [SEP]
   (core/bundled/slots.py);
3. build BERT + T5 encoders of the shipped sizes (core/bundled/components.py) and a linear SlotHead on each;
4. train on captions of training scenes only (canonical and varied, English and Chinese, the DiT's object
   mix), each step's batch a pure function of (seed, step): the heads read the background off [BG] and each
   cell's shape (or empty), colour and size off [C1]..[C9];
5. every eval_every steps, parse held-out captions (scenes core/bundled/data.py holds out by hash) and log
   the share whose every slot is right, per encoder, language and style (encoders-v2-curve.csv);
6. at max_steps (or stop_at, or --export=True) save encoders, tokenizers and heads in fp16 to export_dir.

The export holds `text_encoder/`, `text_encoder_2/`, `tokenizer/`, `tokenizer_2/` as a HunyuanDiTPipeline
folder names them, so scripts/train_model.py --encoders_from=<export_dir> can start a DiT on them.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save_file

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.bundled import data, slots  # noqa: E402
from core.bundled.components import (  # noqa: E402
    TinyModelConfig,
    build_text_encoders,
    build_tokenizer,
    tokenizer_from_json,
)
from core.bundled.evaluation import append_csv  # noqa: E402
from core.world.sample import canonical_caption, caption  # noqa: E402

# -----------------------------------------------------------------------------
# defaults (override with --name=value)
out_dir = "training"  # state/encoders-v2.pt, encoders-v2-log.csv, encoders-v2-curve.csv
export_dir = "training/encoders-v2"  # the fp16 encoders + tokenizers + heads
run_name = "encoders-v2"  # names the state and the logs inside out_dir
init_from = "resume"  # "resume": out_dir/state/<run_name>.pt if present, else scratch; "scratch"
seed = 1337  # the shipped model's seed: the same BPE vocabulary, plus the slots
threads = 1  # torch CPU threads (the machine is shared: keep it at 1)
# data
tokenizer_scenes = 3000  # scenes captioned to train the BPE tokenizer (as train_model.py)
canonical_share = 0.3  # captions that are the canonical sentence vs a random template (as train_model.py)
final_mix = "0.2,0.35,0.45"  # share of 1, 2, 3 objects in training captions (the DiT's final mix)
eval_per_style = 1000  # held-out captions per language and style (canonical, varied); 1/2/3 objects in turn
eval_seed = 0  # the held-out caption set, independent of the training seed
# optimisation
batch_size = 128
micro_batch = 64  # the batch is sorted by length and run in chunks of this many, each padded to its own longest
max_steps = 3000
learning_rate = 1e-3
warmup_steps = 100
decay_start = 0.7  # linear decay to min_lr over the last 30% of max_steps
min_lr = 1e-4
weight_decay = 0.0
grad_clip = 1.0
bf16 = True  # bf16 autocast in training (~1.3x on this CPU); evaluation and export are float32
stop_at = 0.0  # >0: stop and export at the first eval where every encoder parses this share in both languages
# bookkeeping
log_every = 25
eval_every = 250
ckpt_minutes = 5.0
max_minutes = 0.0  # stop (after checkpointing) after this many minutes of this session; 0 = no limit
export = False  # write export_dir from the state and exit
# encoder sizes (TinyModelConfig's), and the token lengths: 55 tokens of the longest caption + 10 slots
vocab_size = 2048
text_len = 80
text_len_t5 = 80
t5_buckets = 32  # T5 relative-position buckets (the shipped T5's 32: exact distances below 8 tokens, then log-spaced)
_shipped = TinyModelConfig()
bert_hidden, bert_layers, bert_heads = _shipped.bert_hidden, _shipped.bert_layers, _shipped.bert_heads
t5_hidden, t5_layers, t5_heads = _shipped.t5_hidden, _shipped.t5_layers, _shipped.t5_heads
# -----------------------------------------------------------------------------

MODEL_KEYS = ["vocab_size", "text_len", "text_len_t5", "bert_hidden", "bert_layers", "bert_heads"]
MODEL_KEYS += ["t5_hidden", "t5_layers", "t5_heads", "t5_buckets", "seed", "tokenizer_scenes"]
SESSION_KEYS = ["out_dir", "export_dir", "run_name", "init_from", "threads", "log_every", "eval_every"]
SESSION_KEYS += ["ckpt_minutes", "max_minutes", "export"]
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


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


overrides = parse_overrides(sys.argv[1:])
config.update(overrides)
if config["init_from"] not in ("resume", "scratch"):
    raise SystemExit(f"--init_from must be resume or scratch, got {config['init_from']!r}")
out = Path(config["out_dir"])
state_path = out / "state" / f"{config['run_name']}.pt"
log_path, curve_path = out / f"{config['run_name']}-log.csv", out / f"{config['run_name']}-curve.csv"

# 1. Resume? A resumed run keeps its saved config; overrides still win (sizes cannot change).
resume = None
if config["init_from"] == "resume" and state_path.exists():
    resume = torch.load(state_path, map_location="cpu", weights_only=False)
    changed = [
        k for k in MODEL_KEYS if k in overrides and k in resume["config"] and overrides[k] != resume["config"][k]
    ]
    if changed:
        raise SystemExit(f"cannot change model sizes when resuming ({', '.join(changed)}); use --init_from=scratch")
    saved = {k: v for k, v in resume["config"].items() if k in config and k not in SESSION_KEYS}
    config = {**config, **saved, **overrides}
C = type("Config", (), config)
os.environ.setdefault("OMP_NUM_THREADS", str(C.threads))
torch.set_num_threads(C.threads)
torch.manual_seed(C.seed)
(out / "state").mkdir(parents=True, exist_ok=True)

# 2. Tokenizer with slots (a resumed run keeps its own: BPE training need not repeat byte for byte);
# 3. encoders and heads
if resume is not None:
    tokenizer = tokenizer_from_json(resume["tokenizer"])
else:
    base = build_tokenizer(data.tokenizer_corpus(C.tokenizer_scenes, seed=C.seed), C.vocab_size, cjk_chars=True)
    tokenizer = slots.add_slot_tokens(base)
if not slots.has_slot_tokens(tokenizer):
    raise SystemExit("the tokenizer has no slot tokens")
enc_cfg = TinyModelConfig(**{k: config[k] for k in MODEL_KEYS if k in TinyModelConfig.__dataclass_fields__})
bert, t5 = build_text_encoders(enc_cfg, len(tokenizer))
if C.t5_buckets != t5.config.relative_attention_num_buckets:  # an experiment: not the shipped T5
    t5 = type(t5)(type(t5.config)(**{**t5.config.to_dict(), "relative_attention_num_buckets": C.t5_buckets}))
heads = torch.nn.ModuleDict(
    {"text_encoder": slots.SlotHead(C.bert_hidden), "text_encoder_2": slots.SlotHead(C.t5_hidden)}
)
encoders = {"text_encoder": bert, "text_encoder_2": t5}
modules = torch.nn.ModuleDict({**encoders, "heads": heads}).train()
params = list(modules.parameters())
optimizer = torch.optim.AdamW(params, lr=C.learning_rate, betas=(0.9, 0.99), weight_decay=C.weight_decay)
n_params = {k: sum(p.numel() for p in m.parameters()) for k, m in modules.items()}
log(
    f"vocabulary {len(tokenizer)} (slots {slots.SLOT_TOKENS[0]}..{slots.SLOT_TOKENS[-1]}); params "
    + ", ".join(f"{k} {v / 1e6:.3f}M" for k, v in n_params.items())
)

step, train_seconds, cpu_seconds, captions_seen = 0, 0.0, 0.0, 0
if resume is not None:
    modules.load_state_dict(resume["model"])
    optimizer.load_state_dict(resume["optimizer"])
    torch.set_rng_state(resume["torch_rng"])
    step, train_seconds, cpu_seconds = resume["step"], resume["train_seconds"], resume["cpu_seconds"]
    captions_seen = resume["captions_seen"]
    log(f"resumed at step {step} ({cpu_seconds / 60:.1f} CPU minutes so far)")
del resume

mix = np.array([float(x) for x in C.final_mix.split(",")])
mix = mix / mix.sum()


def encode(texts: list[str]) -> list[list[int]]:
    """Token ids of each caption, cut at text_len (the slots always stay: they are the post-processor's)."""
    return tokenizer(texts, truncation=True, max_length=min(C.text_len, C.text_len_t5)).input_ids


def length_chunks(ids: list[list[int]], size: int) -> list[tuple[list[int], torch.Tensor, torch.Tensor]]:
    """Captions run 15-65 tokens: sorted by length, in chunks of ``size`` each padded only to its
    own longest. (indices, ids, mask) per chunk."""
    order = sorted(range(len(ids)), key=lambda i: (len(ids[i]), i))
    chunks = []
    for start in range(0, len(order), size):
        chunk = order[start : start + size]
        width = max(len(ids[i]) for i in chunk)
        padded = torch.full((len(chunk), width), tokenizer.pad_token_id, dtype=torch.long)
        mask = torch.zeros((len(chunk), width), dtype=torch.long)
        for row, i in enumerate(chunk):
            padded[row, : len(ids[i])] = torch.tensor(ids[i])
            mask[row, : len(ids[i])] = 1
        chunks.append((chunk, padded, mask))
    return chunks


def make_batch(at: int) -> tuple[list[str], torch.Tensor]:
    """Captions of training scenes and their slot labels: a pure function of (seed, step)."""
    rng = np.random.default_rng([C.seed, 18, at])
    texts, labels = [], []
    for _ in range(C.batch_size):
        scene = data.sample_training_scene(rng, int(rng.choice(3, p=mix)) + 1)
        texts.append(data.training_caption(scene, rng, C.canonical_share))
        labels.append(slots.scene_labels(scene))
    return texts, torch.from_numpy(np.stack(labels))


def held_out_set() -> dict[tuple[str, str], tuple[list[str], torch.Tensor]]:
    """(lang, style) -> captions of held-out scenes and their labels; 1, 2, 3 objects in turn."""
    rng = np.random.default_rng([C.eval_seed, 18])
    sets = {}
    for lang in data.LANGS:
        for style in ("canonical", "varied"):
            texts, labels = [], []
            for i in range(C.eval_per_style):
                scene = data.sample_held_out_scene(rng, 1 + i % 3)
                texts.append(canonical_caption(scene, lang) if style == "canonical" else caption(scene, lang, rng))
                labels.append(slots.scene_labels(scene))
            sets[(lang, style)] = (texts, torch.from_numpy(np.stack(labels)))
    return sets


def forward(ids: torch.Tensor, mask: torch.Tensor, bf16: bool = False) -> dict[str, dict[str, torch.Tensor]]:
    """Encoders (under bf16 autocast when asked), then the heads and the loss in float32."""
    logits = {}
    for name, enc in encoders.items():
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            states = enc(ids, attention_mask=mask)[0]
        logits[name] = heads[name](states.float())
    return logits


@torch.no_grad()
def evaluate(sets) -> dict[str, float]:
    """Parse accuracy per encoder x language x style, per encoder x language, and the worst of them."""
    modules.eval()
    right: dict[str, list[torch.Tensor]] = {}
    for (lang, style), (texts, labels) in sets.items():
        for chunk, ids, mask in length_chunks(encode(texts), 250):
            logits = forward(ids, mask)
            for name, lg in logits.items():
                ok = slots.parse_correct(lg, labels[chunk])
                right.setdefault(f"{name}/{lang}/{style}", []).append(ok)
                right.setdefault(f"{name}/{lang}", []).append(ok)
    modules.train()
    metrics = {k: torch.cat(v).float().mean().item() for k, v in right.items()}
    metrics["worst"] = min(v for k, v in metrics.items() if k.count("/") == 1)
    return metrics


def get_lr(it: int) -> float:
    if it < C.warmup_steps:
        return C.learning_rate * (it + 1) / C.warmup_steps
    decay_from = int(C.decay_start * C.max_steps)
    if it < decay_from:
        return C.learning_rate
    frac = min(1.0, (it - decay_from) / max(1, C.max_steps - decay_from))
    return C.learning_rate + frac * (C.min_lr - C.learning_rate)


def save_state() -> None:
    state = {
        "model": modules.state_dict(),
        "optimizer": optimizer.state_dict(),
        "torch_rng": torch.get_rng_state(),
        "step": step,
        "train_seconds": train_seconds,
        "cpu_seconds": cpu_seconds,
        "captions_seen": captions_seen,
        "config": config,
        "tokenizer": tokenizer.backend_tokenizer.to_str(),
    }
    torch.save(state, str(state_path) + ".tmp")
    os.replace(str(state_path) + ".tmp", state_path)
    log(f"checkpoint at step {step} ({cpu_seconds / 60:.1f} CPU minutes)")


def export_encoders(folder: Path, metrics: dict) -> None:
    """fp16 encoders and tokenizers named as in a HunyuanDiTPipeline folder, the heads, the config."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, enc in encoders.items():
        enc.to(torch.float16).save_pretrained(folder / name, safe_serialization=True)
        enc.to(torch.float32)
    for name in ("tokenizer", "tokenizer_2"):
        tokenizer.save_pretrained(folder / name)
    flat = {f"{k}": v.to(torch.float16).contiguous() for k, v in heads.state_dict().items()}
    save_file(flat, str(folder / "slot_heads.safetensors"), metadata={"step": str(step)})
    meta = {
        "step": step,
        "train_seconds": train_seconds,
        "cpu_seconds": cpu_seconds,
        "captions_seen": captions_seen,
        "config": config,
        "held_out": metrics,
        "slots": slots.SLOT_TOKENS,
        "first_slot": slots.FIRST_SLOT,
    }
    (folder / "pretrain_config.json").write_text(json.dumps(meta, indent=1))
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    log(f"exported encoders at step {step} to {folder} ({size / 1e6:.2f} MB)")


held_out = held_out_set()
if C.export:
    export_encoders(Path(C.export_dir), evaluate(held_out))
    sys.exit(0)

stop_reason = None


def request_stop(signum, frame):  # a session that ends sends SIGTERM: save before going
    global stop_reason
    stop_reason = f"signal {signum}"


signal.signal(signal.SIGTERM, request_stop)
signal.signal(signal.SIGINT, request_stop)

# 4. Training loop
session_start = last_ckpt = time.time()
losses, data_times, step_times, metrics = [], [], [], {}
log(
    f"training from step {step} to {C.max_steps}, batch {C.batch_size}, {len(held_out)} x {C.eval_per_style} held-out captions"
)
while step < C.max_steps and stop_reason is None:
    t_step, c_step = time.time(), time.process_time()
    lr = get_lr(step)
    for group in optimizer.param_groups:
        group["lr"] = lr
    texts, labels = make_batch(step)
    chunks = length_chunks(encode(texts), C.micro_batch)
    t_data = time.time() - t_step
    optimizer.zero_grad(set_to_none=True)
    loss = 0.0
    for chunk, ids, mask in chunks:
        logits = forward(ids, mask, C.bf16)
        part = sum(slots.slot_loss(lg, labels[chunk]) for lg in logits.values()) * (len(chunk) / len(texts))
        part.backward()
        loss += part.detach()
    torch.nn.utils.clip_grad_norm_(params, C.grad_clip)
    optimizer.step()
    step += 1
    captions_seen += C.batch_size
    dt = time.time() - t_step
    train_seconds += dt
    cpu_seconds += time.process_time() - c_step
    losses.append(float(loss))
    data_times.append(t_data)
    step_times.append(dt)

    if step % C.log_every == 0 or step == C.max_steps:
        row = {
            "step": step,
            "loss": f"{np.mean(losses):.5f}",
            "lr": f"{lr:.2e}",
            "captions_per_s": f"{C.batch_size / np.mean(step_times):.0f}",
            "data_share": f"{np.sum(data_times) / np.sum(step_times):.2f}",
            "cpu_minutes": f"{cpu_seconds / 60:.2f}",
            "captions_seen": captions_seen,
        }
        append_csv(log_path, row)
        log(" ".join(f"{k} {v}" for k, v in row.items()))
        losses, data_times, step_times = [], [], []

    done = False
    if C.eval_every and (step % C.eval_every == 0 or step == C.max_steps):
        c_eval = time.process_time()
        metrics = evaluate(held_out)
        cpu_seconds += time.process_time() - c_eval  # evaluation is part of the budget too
        row = {
            "step": step,
            "captions_seen": captions_seen,
            "cpu_minutes": f"{cpu_seconds / 60:.2f}",
            **{k: f"{v:.4f}" for k, v in metrics.items()},
        }
        append_csv(curve_path, row)
        log("held-out parse: " + " ".join(f"{k} {v}" for k, v in row.items() if k.count("/") == 1 or k == "worst"))
        done = bool(C.stop_at) and metrics["worst"] >= C.stop_at

    now = time.time()
    if C.max_minutes and now - session_start > C.max_minutes * 60:
        stop_reason = f"max_minutes={C.max_minutes}"
    if now - last_ckpt > C.ckpt_minutes * 60 or stop_reason is not None or step == C.max_steps or done:
        save_state()
        last_ckpt = time.time()
    if done:
        break

if stop_reason is not None:
    log(f"stopped at step {step} ({stop_reason}); run the same command again to resume")
else:
    export_encoders(Path(C.export_dir), metrics or evaluate(held_out))
    log(f"config: {json.dumps(asdict(enc_cfg))}")
