"""Guidance distillation with step reduction for the bundled shapes-world Hunyuan-DiT (issue 18).

    OMP_NUM_THREADS=1 nice -n 15 .venv/bin/python scripts/distill_model.py --out_dir=/work/runs/distill \\
        --fit_minutes=30 --max_minutes=34              # start, or resume (same command)
    .venv/bin/python scripts/distill_model.py --out_dir=/work/runs/distill --export=true   # export now

The teacher is a pipeline folder (``--teacher``, default ``assets/shapes-dit``), frozen. The student
starts as a copy of the teacher's transformer; text encoders, tokenizers, autoencoder and scheduler are
the teacher's, shared and frozen. Each step:

1. draws a batch from the training script's deterministic data stream (``core/bundled/data.py``:
   the same seed, scene pool, object mix, caption mix and caption dropout as the teacher's
   ``training_config.json``; held-out scenes are never in it), continuing after the teacher's last
   step (``--data_step0``);
2. noises the clean latents at timesteps the student will be sampled at: with probability
   ``schedule_share`` a timestep of a DPM++ schedule of ``schedule_steps`` steps (default mostly 8,
   some 6 and 4), otherwise uniform over the 1,000. With ``--trajectory=true`` (on-policy, session 18)
   the latents are instead the ones the student's own ``trajectory_steps``-step sampler reaches from
   noise at guidance 1 (no gradient): ``batch_size / trajectory_steps`` captions, every step of each
   path; the noised data latents of the forward process are not what the sampler meets once the
   guided and unguided paths part (session 16's finding);
3. asks the teacher for its guided clean-image prediction ``x0_u + w (x0_c - x0_u)`` (``--guidance``,
   one forward pass over the conditional and unconditional halves);
4. trains the student's single conditional x0 prediction to match it, with the training script's
   weighting: 1 + ``object_weight`` on object pixels, and min(SNR + 1, ``snr_gamma``) per picture;
   AdamW, gradient clipping, bf16 autocast, an EMA of the student (what gets exported).

State (student, EMA, AdamW, step, RNG, config) is saved under ``<out_dir>/state/latest.pt`` every
``ckpt_minutes``, at ``max_minutes`` and on SIGTERM/SIGINT; the same command resumes exactly (per-step
RNGs, the scene pool rebuilt from the seed). At ``max_steps`` (or with ``--export=true``) the EMA
student is written as a standard pipeline folder (the teacher's folder with the student's transformer,
``<out_dir>/model`` unless ``--export_dir``) whose model card says: draw at 8 steps, guidance_scale 1.

``<out_dir>/log.csv`` has the training loss every ``log_every`` steps and, every ``probe_every`` steps,
``probe_loss``: the EMA student's weighted distillation loss on one fixed batch (the first step's
scenes, fixed noise, the 8-step schedule's timesteps), a smoother curve than the training loss, and
``path_mse``: how far the EMA student's ``trajectory_steps``-step guidance-1 drawing of 8 probe captions ends from the
teacher's guided drawing in as many steps from the same noise (mean squared latent difference), the quantity the
student is for.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import signal
import sys
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import core.bundled.pixel_autoencoder  # noqa: E402,F401 - model_index.json names it for the VAE
from core.bundled import data  # noqa: E402
from core.bundled.components import TinyModelConfig, rotary_embedding  # noqa: E402
from core.bundled.evaluation import append_csv  # noqa: E402
from core.bundled.precision import bf16_is_native  # noqa: E402
from core.text_encoding import encode_texts  # noqa: E402

DEFAULTS = {
    "teacher": "assets/shapes-dit",  # pipeline folder, frozen
    "out_dir": "/work/runs/distill",  # state/, log.csv, model/ (keep it outside the repository)
    "export_dir": "",  # "" = <out_dir>/model
    "init_from": "resume",  # "resume": <out_dir>/state/latest.pt if present; "scratch": a fresh copy of the teacher
    "guidance": 5.0,  # the teacher's guidance folded into the student (the studio's default)
    "schedule_steps": "8,8,6,4",  # DPM++ schedules whose timesteps are trained on (a count drawn per picture)
    "schedule_share": 0.8,  # share of pictures at a schedule timestep; the rest uniform over 0..999
    # On-policy: train at the latents the student's own sampler reaches (trajectory_steps-step DPM++ from noise,
    # guidance 1), batch_size / trajectory_steps paths a step, every step of each; schedule_* is then unused.
    "trajectory": False,
    "trajectory_steps": 8,
    "batch_size": 32,
    "max_steps": 1000,
    "learning_rate": 1e-4,
    "warmup_steps": 20,
    "decay_start": 0.6,  # linear decay to min_lr over the last 40% of max_steps
    "min_lr": 1e-5,
    "grad_clip": 1.0,
    "ema_decay": 0.99,  # short run: a window of ~100 steps
    "object_weight": 4.0,  # as scripts/train_model.py
    "snr_gamma": 5.0,  # as scripts/train_model.py: min(SNR + 1, snr_gamma) per picture; 0 = off
    "bf16": True,  # autocast for the teacher's and the student's passes, as the training script does
    "threads": 1,
    "seed": -1,  # -1: the teacher's training seed (the data stream follows it)
    "data_step0": -1,  # stream step of distillation step 0; -1: the teacher's last training step
    "pool_size": -1,  # -1: the teacher's; a smaller pool is a different (still seeded) stream
    "fixed_batch": False,  # every step trains on the probe batch (the smoke test: the loss must go down)
    "log_every": 10,
    "probe_every": 50,  # 0 = never
    "probe_size": 32,
    "ckpt_minutes": 5.0,
    "max_minutes": 0.0,  # stop (with a checkpoint) after this many minutes of this session; 0 = no limit
    "fit_minutes": 0.0,  # >0: time steps 5..25, then set max_steps so the run (its decay too) ends in this time
    "export": False,  # export from the saved state now and exit
    "export_dtype": "float16",
}
# How this session runs, not what is trained: never taken from a saved config.
SESSION_KEYS = {
    "out_dir",
    "export_dir",
    "init_from",
    "threads",
    "log_every",
    "probe_every",
    "ckpt_minutes",
    "max_minutes",
    "fit_minutes",
    "export",
    "export_dtype",
}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def parse_overrides(argv: list[str]) -> dict:
    overrides = {}
    for arg in argv:
        key, sep, value = arg.removeprefix("--").partition("=")
        if not arg.startswith("--") or not sep or key not in DEFAULTS:
            raise SystemExit(f"bad option {arg!r}: use --name=value with one of: {', '.join(DEFAULTS)}")
        kind = type(DEFAULTS[key])
        if kind is bool:
            if value.lower() not in ("true", "false", "1", "0"):
                raise SystemExit(f"--{key} must be true or false, got {value!r}")
            overrides[key] = value.lower() in ("true", "1")
        else:
            overrides[key] = kind(value)
    return overrides


def load_teacher(folder: Path):
    from diffusers import HunyuanDiTPipeline

    pipe = HunyuanDiTPipeline.from_pretrained(folder, torch_dtype=torch.float32)
    pipe.set_progress_bar_config(disable=True)
    for module in (pipe.transformer, pipe.text_encoder, pipe.text_encoder_2, pipe.vae):
        module.eval().requires_grad_(False)
    meta_path = folder / "training_config.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {"step": 0, "config": {}}
    return pipe, meta


def teacher_data_config(meta: dict, image_size: int) -> dict:
    """The training script's data settings (its defaults where the folder does not say)."""
    cfg = meta.get("config", {})
    return {
        "seed": cfg.get("seed", 1337),
        "pool_size": cfg.get("pool_size", 8192),
        "pool_refresh": cfg.get("pool_refresh", 16),
        "curriculum_steps": cfg.get("curriculum_steps", 1500),
        "curriculum_ramp": cfg.get("curriculum_ramp", 2500),
        "final_mix": cfg.get("final_mix", "0.2,0.35,0.45"),
        "caption_dropout": cfg.get("caption_dropout", 0.1),
        "canonical_share": cfg.get("canonical_share", 0.3),
        "image_size": image_size,
    }


def object_weights(images: torch.Tensor, background: np.ndarray, extra: float) -> torch.Tensor:
    """Per-pixel loss weights laid out like the latents: 1 on the background, 1 + extra on objects."""
    on_object = (images != torch.from_numpy(background)[:, None, None, :]).any(dim=-1)
    return F.pixel_unshuffle((1 + extra * on_object.float())[:, None].expand(-1, 3, -1, -1), 8)


def run(argv: list[str]) -> dict:
    """The whole script; returns a summary (the smoke test calls it in-process)."""
    overrides = parse_overrides(argv)
    config = {**DEFAULTS, **overrides}
    out = Path(config["out_dir"])
    state_path = out / "state" / "latest.pt"
    resume = None
    if config["init_from"] == "resume" and state_path.exists():
        resume = torch.load(state_path, map_location="cpu", weights_only=False)
        saved = {k: v for k, v in resume["config"].items() if k in DEFAULTS and k not in SESSION_KEYS}
        config = {**config, **saved, **overrides}
    elif config["init_from"] not in ("resume", "scratch"):
        raise SystemExit(f"--init_from must be resume or scratch, got {config['init_from']!r}")
    if config["bf16"] and "bf16" not in overrides and not bf16_is_native("cpu"):
        log(
            "bf16 autocast is emulated on this CPU (no AVX-512 BF16 / AMX): training in float32 (--bf16=true forces it)"
        )
        config["bf16"] = False
    C = type("Config", (), config)
    torch.set_num_threads(C.threads)
    out.mkdir(parents=True, exist_ok=True)
    (out / "state").mkdir(exist_ok=True)
    export_dir = Path(C.export_dir) if C.export_dir else out / "model"

    teacher_dir = Path(C.teacher)
    pipe, meta = load_teacher(teacher_dir)
    teacher = pipe.transformer
    tcfg = teacher.config
    image_size = int(tcfg.sample_size) * pipe.vae_scale_factor
    dcfg = teacher_data_config(meta, image_size)
    # Resolve the -1s once, so a resumed run keeps them.
    if C.seed < 0:
        config["seed"] = C.seed = dcfg["seed"]
    if C.data_step0 < 0:
        config["data_step0"] = C.data_step0 = int(meta.get("step", 0))
    if C.pool_size < 0:
        config["pool_size"] = C.pool_size = dcfg["pool_size"]

    student = copy.deepcopy(teacher).train().requires_grad_(True)
    ema = copy.deepcopy(teacher).eval().requires_grad_(False)
    params = list(student.parameters())
    ema_params = list(ema.parameters())
    optimizer = torch.optim.AdamW(params, lr=C.learning_rate, betas=(0.9, 0.99), weight_decay=0.0)
    step, train_seconds = 0, 0.0
    if resume is not None:
        student.load_state_dict(resume["student"])
        ema.load_state_dict(resume["ema"])
        optimizer.load_state_dict(resume["optimizer"])
        torch.set_rng_state(resume["torch_rng"])
        step, train_seconds = resume["step"], resume["train_seconds"]
        log(f"resumed from state at step {step} ({train_seconds / 60:.1f} min trained so far)")
    del resume
    n_params = sum(p.numel() for p in params)
    log(f"teacher {teacher_dir} (trained {meta.get('step')} steps); student DiT {n_params / 1e6:.2f}M params")

    def save_state() -> None:
        state = {
            "student": student.state_dict(),
            "ema": ema.state_dict(),
            "optimizer": optimizer.state_dict(),
            "torch_rng": torch.get_rng_state(),
            "step": step,
            "train_seconds": train_seconds,
            "config": config,
        }
        torch.save(state, str(state_path) + ".tmp")
        os.replace(str(state_path) + ".tmp", state_path)
        log(f"state saved at step {step} ({train_seconds / 60:.1f} min trained)")

    def export() -> None:
        shutil.rmtree(export_dir, ignore_errors=True)
        # The teacher's folder as it is, less its transformer weights and its reference picture (that one
        # is drawn at 20 steps / guidance 5 and belongs to the teacher).
        shutil.copytree(teacher_dir, export_dir, ignore=shutil.ignore_patterns("transformer", "reference.json"))
        copy.deepcopy(ema).to(getattr(torch, C.export_dtype)).save_pretrained(
            export_dir / "transformer", safe_serialization=True
        )
        summary = {"step": step, "train_seconds": train_seconds, "config": config, "teacher_step": meta.get("step")}
        (export_dir / "distill_config.json").write_text(json.dumps(summary, indent=1))
        card = f"""# shapes-dit, guidance-distilled student (8 steps, guidance_scale 1)

A `HunyuanDiTPipeline` folder made by `scripts/distill_model.py` (see `docs/training.md`, session 13)
from the teacher `{teacher_dir}` (trained {meta.get("step")} steps). Everything but the transformer is
the teacher's (tokenizers, BERT + T5 encoders, pixel autoencoder, DPM-Solver++ scheduler); import
`core.bundled.pixel_autoencoder` before `from_pretrained`.

**Draw it at 8 steps with `guidance_scale=1`** (one transformer pass a step, no negative prompt):
the teacher's guidance ({C.guidance}) is folded into the student's conditional prediction, so
guidance above 1 over-applies it. It was trained at the timesteps of {C.schedule_steps}-step DPM++
schedules (share {C.schedule_share}) and uniform ones otherwise.

- Student: a copy of the teacher's DiT trained {step} steps at batch {C.batch_size}
  ({train_seconds / 60:.1f} CPU minutes), LR {C.learning_rate} -> {C.min_lr}, EMA {C.ema_decay}
  (exported), weights in {C.export_dtype}; loss: the training script's x0 MSE weighting (object pixels
  1 + {C.object_weight}, min(SNR + 1, {C.snr_gamma})) against the teacher's guided x0 prediction
  `x0_u + {C.guidance} (x0_c - x0_u)`.
- Data: the teacher's training stream (seed {C.seed}, from stream step {C.data_step0}); held-out scenes
  never used. `distill_config.json` holds the full config; `training_config.json` is the teacher's.
- No `reference.json`: the teacher's reference picture is drawn at 20 steps / guidance 5.
- Evaluate: `.venv/bin/python scripts/eval_model.py --model=<this folder> --steps=8 --guidance=1`.
"""
        (export_dir / "README.md").write_text(card)
        log(f"exported the EMA student at step {step} to {export_dir}")

    if C.export:
        export()
        return {"step": step, "export_dir": export_dir}

    # Data: the training script's stream (pool, captions, dropout) from stream step data_step0 + step.
    mix = data.CurriculumMix(
        dcfg["curriculum_steps"], dcfg["curriculum_ramp"], tuple(float(x) for x in dcfg["final_mix"].split(","))
    )
    spec = data.BatchSpec(
        C.seed,
        C.batch_size,
        C.pool_size,
        dcfg["pool_refresh"],
        mix,
        image_size,
        dcfg["caption_dropout"],
        dcfg["canonical_share"],
    )
    t0 = time.time()
    first = C.data_step0 if C.fixed_batch else C.data_step0 + step
    pool = data.ScenePool(C.pool_size, dcfg["pool_refresh"], C.seed, mix, image_size, step=first)
    log(f"pool of {C.pool_size} scenes at stream step {first} in {time.time() - t0:.0f}s ({pool.object_counts()})")

    alphas_cumprod = pipe.scheduler.alphas_cumprod.float()
    n_train = len(alphas_cumprod)
    counts = [int(s) for s in C.schedule_steps.split(",")]
    schedules = []
    for n in counts:
        pipe.scheduler.set_timesteps(n)
        schedules.append(pipe.scheduler.timesteps.clone().long())
    pipe.scheduler.set_timesteps(8)
    probe_timesteps = pipe.scheduler.timesteps.clone().long()
    heads = int(tcfg.num_attention_heads)
    rope = rotary_embedding(
        TinyModelConfig(
            image_size=image_size,
            patch_size=int(tcfg.patch_size),
            dit_hidden=heads * int(tcfg.attention_head_dim),
            dit_heads=heads,
        )
    )
    with torch.no_grad():
        empty = encode_texts(pipe, [""])
    channels = int(tcfg.in_channels)

    def dit(model, xt, t, states):
        return model(
            xt,
            t.float(),
            encoder_hidden_states=states[0],
            text_embedding_mask=states[1],
            encoder_hidden_states_t5=states[2],
            text_embedding_mask_t5=states[3],
            image_rotary_emb=rope,
            return_dict=False,
        )[0][:, :channels]

    def make_inputs(batch: dict, gen: torch.Generator, t: torch.Tensor | None = None) -> dict:
        """Noised latents, timesteps, weights, text states and the teacher's guided x0 prediction."""
        images = batch["images"]
        x0 = data.images_to_latents(images)
        b = x0.shape[0]
        noise = torch.randn(x0.shape, generator=gen)
        if t is None:
            uniform = torch.randint(0, n_train, (b,), generator=gen)
            which = torch.randint(0, len(schedules), (b,), generator=gen)
            on_schedule = torch.rand(b, generator=gen) < C.schedule_share
            picks = torch.stack(
                [schedules[w][torch.randint(0, len(schedules[w]), (1,), generator=gen)][0] for w in which.tolist()]
            )
            t = torch.where(on_schedule, picks, uniform)
        a = alphas_cumprod[t].view(-1, 1, 1, 1)
        xt = a.sqrt() * x0 + (1 - a).sqrt() * noise
        weight = object_weights(images, batch["background"], C.object_weight)
        snr = torch.clamp(1 / (1 - a.view(-1)), max=C.snr_gamma) if C.snr_gamma else torch.ones(b)
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=C.bf16):
            s = encode_texts(pipe, batch["texts"])
            cond = (s.embeds, s.mask, s.embeds_2, s.mask_2)
            both = tuple(
                torch.cat([c, e.expand_as(c)])
                for c, e in zip(cond, (empty.embeds, empty.mask, empty.embeds_2, empty.mask_2), strict=True)
            )
            x0_c, x0_u = dit(teacher, torch.cat([xt, xt]), torch.cat([t, t]), both).float().chunk(2)
        target = x0_u + C.guidance * (x0_c - x0_u)
        return {"xt": xt, "t": t, "cond": cond, "target": target, "weight": weight, "snr": snr}

    def sample(predict, noise: torch.Tensor, n_steps: int, on_step=None) -> torch.Tensor:
        """The pipeline's DPM++ loop from ``noise``: ``predict(x, t)`` is the x0 prediction at a step."""
        scheduler = copy.deepcopy(pipe.scheduler)
        scheduler.set_timesteps(n_steps)
        x = noise * scheduler.init_noise_sigma
        for t in scheduler.timesteps:
            tt = t.long().repeat(x.shape[0])
            pred = predict(x, tt)
            if on_step is not None:
                on_step(x, tt)
            x = scheduler.step(pred, t, x).prev_sample
        return x

    def guided(cond: tuple, b: int):
        both = tuple(
            torch.cat([c, e.expand_as(c)])
            for c, e in zip(cond, (empty.embeds, empty.mask, empty.embeds_2, empty.mask_2), strict=True)
        )

        def predict(x, t):
            x0_c, x0_u = dit(teacher, torch.cat([x, x]), torch.cat([t, t]), both).float().chunk(2)
            return x0_u + C.guidance * (x0_c - x0_u)

        return predict

    def make_trajectory_inputs(batch: dict, gen: torch.Generator) -> dict:
        """The student's own sampling path (no gradient) and the teacher's guided x0 at each of its latents."""
        n = C.trajectory_steps
        k = max(1, C.batch_size // n)
        images = batch["images"][:k]
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=C.bf16):
            s = encode_texts(pipe, batch["texts"][:k])
            cond = (s.embeds, s.mask, s.embeds_2, s.mask_2)
            noise = torch.randn(data.images_to_latents(images).shape, generator=gen)
            xs, ts = [], []
            sample(lambda x, t: dit(student, x, t, cond).float(), noise, n, lambda x, t: (xs.append(x), ts.append(t)))
            xt, t = torch.cat(xs), torch.cat(ts)
            cond_n = tuple(torch.cat([c] * n) for c in cond)
            target = guided(cond_n, len(xt))(xt, t)
        a = alphas_cumprod[t].view(-1, 1, 1, 1)
        weight = object_weights(images, batch["background"][:k], C.object_weight).repeat(n, 1, 1, 1)
        snr = torch.clamp(1 / (1 - a.view(-1)), max=C.snr_gamma) if C.snr_gamma else torch.ones(len(t))
        return {"xt": xt, "t": t, "cond": cond_n, "target": target, "weight": weight, "snr": snr}

    def distill_loss(model, inputs: dict) -> torch.Tensor:
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=C.bf16):
            pred = dit(model, inputs["xt"], inputs["t"], inputs["cond"])
        w = inputs["weight"]
        per = (w * (pred.float() - inputs["target"]) ** 2).sum(dim=(1, 2, 3)) / w.sum(dim=(1, 2, 3))
        return (per * inputs["snr"]).mean()

    # The probe: probe_size scenes of the training distribution (never held out) from a small pool of its
    # own, no caption dropout, fixed noise, the 8-step schedule's timesteps in turn. Computed once.
    probe_mix = data.CurriculumMix(0, 1, tuple(mix(C.data_step0)))
    probe_pool = data.ScenePool(C.probe_size, C.probe_size, C.seed + 1, probe_mix, image_size)
    probe_spec = data.BatchSpec(
        C.seed + 1, C.probe_size, C.probe_size, C.probe_size, probe_mix, image_size, 0.0, dcfg["canonical_share"]
    )
    probe_t = probe_timesteps.repeat(C.probe_size // len(probe_timesteps) + 1)[: C.probe_size]
    probe_batch = data.make_batch(probe_pool, probe_spec, 0)
    probe = make_inputs(probe_batch, torch.Generator().manual_seed(C.seed + 7), probe_t)

    def probe_loss() -> float:
        with torch.no_grad():
            return float(distill_loss(ema, probe))

    # The path probe: 8 probe captions drawn in 8 steps from fixed noise, the teacher guided, the student at 1.
    path_n = min(8, C.probe_size)
    path_cond = tuple(c[:path_n] for c in probe["cond"])
    path_noise = torch.randn(probe["xt"][:path_n].shape, generator=torch.Generator().manual_seed(C.seed + 11))
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=C.bf16):
        path_target = sample(guided(path_cond, path_n), path_noise, C.trajectory_steps)

    def path_mse() -> float:
        with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=C.bf16):
            drawn = sample(lambda x, t: dit(ema, x, t, path_cond).float(), path_noise, C.trajectory_steps)
        return float(((drawn.float() - path_target.float()) ** 2).mean())

    def get_lr(it: int) -> float:
        if it < C.warmup_steps:
            return C.learning_rate * (it + 1) / C.warmup_steps
        decay_from = int(C.decay_start * C.max_steps)
        if it < decay_from:
            return C.learning_rate
        frac = min(1.0, (it - decay_from) / max(1, C.max_steps - decay_from))
        return C.learning_rate + frac * (C.min_lr - C.learning_rate)

    stop = {"reason": None}

    def request_stop(signum, frame):  # a session that ends sends SIGTERM: save before going
        stop["reason"] = f"signal {signum}"

    old_handlers = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    session_start = last_ckpt = time.time()
    run_start = step
    losses, times, rows = [], [], []
    if step == 0 and C.probe_every:
        row = {"step": 0, "loss": "", "lr": "", "sec_per_step": "", "train_minutes": "0.00"}
        row["probe_loss"] = f"{probe_loss():.5f}"
        row["path_mse"] = f"{path_mse():.5f}"
        append_csv(out / "log.csv", row)
        rows.append(row)
        log(" ".join(f"{k} {v}" for k, v in row.items()))
    log(f"distilling from step {step} to {C.max_steps}, batch {C.batch_size}, guidance {C.guidance} folded in")
    try:
        while step < C.max_steps and stop["reason"] is None:
            t_step = time.time()
            lr = get_lr(step)
            for group in optimizer.param_groups:
                group["lr"] = lr
            if C.fixed_batch and C.trajectory:
                inputs = make_trajectory_inputs(probe_batch, torch.Generator().manual_seed(C.seed + 7))
            elif C.fixed_batch:
                inputs = probe
            else:
                stream_step = C.data_step0 + step
                pool.advance(stream_step)
                batch = data.make_batch(pool, spec, stream_step)
                gen = torch.Generator().manual_seed(C.seed * 1_000_003 + 7919 * step + 1)
                inputs = make_trajectory_inputs(batch, gen) if C.trajectory else make_inputs(batch, gen)
            loss = distill_loss(student, inputs)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, C.grad_clip)
            optimizer.step()
            decay = min(C.ema_decay, (1 + step) / (10 + step))
            torch._foreach_lerp_(ema_params, [p.detach() for p in params], 1 - decay)
            step += 1
            dt = time.time() - t_step
            train_seconds += dt
            losses.append(loss.item())
            times.append(dt)
            if C.fit_minutes and step - run_start in (5, 25):  # time steps 5..25, then fit the schedule
                if step - run_start == 5:
                    t_fit = time.time()
                else:
                    per_step = (time.time() - t_fit) / 20
                    left = C.fit_minutes * 60 - (time.time() - session_start)
                    new_max = step + max(1, int(left / per_step))
                    decay_from = run_start + C.decay_start * (new_max - run_start)
                    config["max_steps"], config["decay_start"] = new_max, decay_from / new_max
                    C.max_steps, C.decay_start = new_max, config["decay_start"]
                    log(f"{per_step:.2f} s/step: max_steps -> {new_max}, decay from step {int(decay_from)}")
            if step % C.log_every == 0 or step == C.max_steps:
                row = {
                    "step": step,
                    "loss": f"{np.mean(losses):.5f}",
                    "lr": f"{lr:.2e}",
                    "sec_per_step": f"{np.mean(times):.3f}",
                    "train_minutes": f"{train_seconds / 60:.2f}",
                    "probe_loss": "",
                    "path_mse": "",
                }
                if C.probe_every and (step % C.probe_every == 0 or step == C.max_steps):
                    row["probe_loss"] = f"{probe_loss():.5f}"
                    row["path_mse"] = f"{path_mse():.5f}"
                append_csv(out / "log.csv", row)
                rows.append(row)
                log(" ".join(f"{k} {v}" for k, v in row.items()))
                losses, times = [], []
            now = time.time()
            if C.max_minutes and now - session_start > C.max_minutes * 60:
                stop["reason"] = f"max_minutes={C.max_minutes}"
            if now - last_ckpt > C.ckpt_minutes * 60 or stop["reason"] is not None or step == C.max_steps:
                save_state()
                last_ckpt = time.time()
    finally:
        for sig, handler in old_handlers.items():
            signal.signal(sig, handler)
    if stop["reason"] is not None:
        log(f"stopped at step {step} ({stop['reason']}); run the same command again to resume")
    else:
        export()
    return {"step": step, "rows": rows, "export_dir": export_dir, "stopped": stop["reason"]}


if __name__ == "__main__":
    run(sys.argv[1:])
