"""Training data for the bundled model: rendered shapes-world scenes + captions.

Three things live here so that the training script and the evaluation agree:

* the **held-out rule**: a scene whose attribute key hashes to 0 mod
  ``HOLDOUT_MODULUS`` is never trained on; evaluation prompts come only from
  those scenes, so they are prompts the model has not seen;
* the **scene pool**: rendered pictures that the training loop samples batches
  from, refreshed a few slots per step. Every slot's content is a pure function
  of (seed, slot, the step that drew it), so a resumed run rebuilds exactly the
  pool it had without the pool ever being saved;
* the **tokenizer corpus** (vocabulary words + sampled captions, both languages);
* **batch workers** for a GPU run, where one process cannot render and caption
  scenes as fast as the GPU trains on them.
"""

from __future__ import annotations

import hashlib
import queue
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F

from core.world import vocab
from core.world.render import render
from core.world.sample import canonical_caption, caption, sample_scene

HOLDOUT_MODULUS = 20  # 1 scene in 20 (by attributes) is reserved for evaluation
LANGS = ("en", "zh")

MixFn = Callable[[int], Sequence[float]]  # step -> probabilities of 1, 2, 3 objects


def scene_key(scene) -> str:
    """Attributes only (no identity jitter): background + objects sorted by cell."""
    objects = sorted((o.position, o.shape, o.colour, o.size) for o in scene.objects)
    return scene.background + "|" + ";".join(",".join(o) for o in objects)


def is_held_out(scene) -> bool:
    digest = hashlib.sha1(scene_key(scene).encode()).digest()
    return int.from_bytes(digest[:8], "big") % HOLDOUT_MODULUS == 0


def sample_training_scene(rng: np.random.Generator, n_objects: int):
    """A random scene that is not held out (rejection sampling, ~5% rejected)."""
    while True:
        scene = sample_scene(rng, n_objects=n_objects)
        if not is_held_out(scene):
            return scene


def sample_held_out_scene(rng: np.random.Generator, n_objects: int):
    while True:
        scene = sample_scene(rng, n_objects=n_objects)
        if is_held_out(scene):
            return scene


def training_caption(scene, rng: np.random.Generator, canonical_share: float = 0.3) -> str:
    """A caption in a random language: sometimes the canonical one (what the
    studio's rewriter sends), otherwise a random template and object order."""
    lang = LANGS[int(rng.integers(2))]
    if rng.random() < canonical_share:
        return canonical_caption(scene, lang)
    return caption(scene, lang, rng)


def tokenizer_corpus(n_scenes: int = 3000, seed: int = 0) -> list[str]:
    """Every vocabulary word and alias, plus captions of random scenes in both languages."""
    rng = np.random.default_rng(seed)
    words = []
    for kind in vocab.KINDS:
        for term in vocab.table(kind).values():
            words += [term.en, term.zh, *term.aliases_en, *term.aliases_zh]
    texts = []
    for i in range(n_scenes):
        scene = sample_scene(rng, n_objects=1 + i % 3)
        for lang in LANGS:
            texts += [caption(scene, lang, rng), canonical_caption(scene, lang)]
    return words + texts


def images_to_latents(images: np.ndarray | torch.Tensor, factor: int = 8) -> torch.Tensor:
    """uint8 (B, H, W, 3) -> float (B, 3*factor^2, H/factor, W/factor) in [-1, 1].

    The same as ``PixelShuffleAutoencoder.encode`` on the pipeline's [-1, 1] images.
    """
    x = torch.as_tensor(images).permute(0, 3, 1, 2).float() / 127.5 - 1.0
    return F.pixel_unshuffle(x, factor)


class ScenePool:
    """``size`` rendered scenes; ``advance(step)`` re-draws ``refresh`` slots round-robin.

    Slot ``i`` is redrawn at steps ``i // refresh + k * period`` (period = size /
    refresh), from ``rng([seed, i, step + 1])``, with the object-count mix of
    that step, so the curriculum reaches the pool with at most ``period`` steps
    of lag and the pool at any step can be rebuilt from the seed alone.
    """

    def __init__(self, size: int, refresh: int, seed: int, mix: MixFn, image_size: int = 128, step: int = 0):
        if size % refresh:
            raise ValueError(f"pool size={size} must be a multiple of refresh={refresh}")
        self.size, self.refresh, self.seed, self.mix, self.image_size = size, refresh, seed, mix, image_size
        self.period = size // refresh
        self.images = np.empty((size, image_size, image_size, 3), dtype=np.uint8)
        self.scenes: list = [None] * size
        for slot in range(size):  # the pool as it was just before `step` refreshed its slots
            phase = slot // refresh
            drawn = -1 if step <= phase else phase + (step - 1 - phase) // self.period * self.period
            self._draw(slot, drawn)

    def _draw(self, slot: int, step: int) -> None:
        rng = np.random.default_rng([self.seed, slot, step + 1])
        n_objects = int(rng.choice(3, p=np.asarray(self.mix(max(step, 0)), dtype=float))) + 1
        scene = sample_training_scene(rng, n_objects)
        self.scenes[slot] = scene
        self.images[slot] = render(scene, size=self.image_size)

    def advance(self, step: int) -> None:
        first = (step % self.period) * self.refresh
        for slot in range(first, first + self.refresh):
            self._draw(slot, step)

    def object_counts(self) -> list[int]:
        counts = [0, 0, 0]
        for scene in self.scenes:
            counts[len(scene.objects) - 1] += 1
        return counts


@dataclass(frozen=True)
class CurriculumMix:
    """Probabilities of 1, 2, 3 objects for scenes drawn at a step: one object only until
    ``until``, then a linear ramp over ``ramp`` steps to ``final``. A class, not a closure, so
    that batch workers in other processes can be handed it."""

    until: int
    ramp: int
    final: tuple[float, float, float]

    def __call__(self, step: int) -> list[float]:
        frac = min(1.0, max(0.0, (step - self.until) / max(1, self.ramp)))
        return [(1 - frac) * a + frac * b for a, b in zip((1.0, 0.0, 0.0), self.final, strict=True)]


@dataclass(frozen=True)
class BatchSpec:
    """What a batch worker needs to make the batches of its steps."""

    seed: int
    batch_size: int
    pool_size: int  # this worker's own pool
    pool_refresh: int  # slots re-drawn per batch it makes
    mix: CurriculumMix
    image_size: int
    caption_dropout: float
    canonical_share: float


def make_batch(pool: ScenePool, spec: BatchSpec, step: int) -> dict:
    """The batch of ``step`` from ``pool``: pictures (uint8, B x H x W x 3), captions ("" for
    dropout) and background colours (uint8, B x 3), from per-step RNGs."""
    rng = np.random.default_rng([spec.seed, 1, step])
    idx = np.sort(rng.choice(pool.size, size=spec.batch_size, replace=False))
    texts = [
        "" if rng.random() < spec.caption_dropout else training_caption(pool.scenes[i], rng, spec.canonical_share)
        for i in idx
    ]
    background = np.array([vocab.COLOURS[pool.scenes[i].background].rgb for i in idx], dtype=np.uint8)
    return {
        "step": step,
        "images": torch.from_numpy(pool.images[idx]),
        "texts": texts,
        "background": background,
        "n_objects": [len(pool.scenes[i].objects) for i in idx],
    }


def _batch_worker(rank: int, n_workers: int, spec: BatchSpec, first_step: int, out: queue.Queue, tokenize) -> None:
    """Makes the batches of steps equal to ``rank`` modulo ``n_workers`` from a pool of its own."""
    torch.set_num_threads(1)
    seed = spec.seed * 1000 + rank  # each worker's pool is its own stream of scenes
    # Its pool counts the batches it has made, so together the workers refresh
    # n_workers * pool_refresh slots per n_workers steps, as one serial pool would.
    made = (first_step - rank + n_workers - 1) // n_workers if first_step > rank else 0

    # The curriculum follows the training step, not the pool's own count of batches.
    def mix(batch_count: int):
        return spec.mix(batch_count * n_workers + rank)

    pool = ScenePool(spec.pool_size, spec.pool_refresh, seed, mix, spec.image_size, step=made)
    step = first_step + (rank - first_step) % n_workers
    while True:
        pool.advance(made)
        batch = make_batch(pool, spec, step)
        if tokenize is not None:
            batch["tokens"] = tokenize(batch["texts"])
        out.put(batch)
        made += 1
        step += n_workers


class WorkerBatches:
    """Batches made ahead by ``n_workers`` processes, handed out in step order.

    The stream is deterministic for a given seed and worker count (each worker owns the steps
    equal to its rank modulo the count), but differs from the single-process pool's."""

    def __init__(self, n_workers: int, spec: BatchSpec, first_step: int, tokenize=None, prefetch: int = 4):
        """``tokenize``: texts -> token tensors, run in the workers too (it costs as much as the rest)."""
        import torch.multiprocessing as mp

        # fork, as DataLoader does: the training script is not importable (spawn would re-run it),
        # and the workers never touch CUDA, so a parent holding a CUDA context is fine.
        ctx = mp.get_context("fork")
        self.n_workers, self.next_step = n_workers, first_step
        self.queues = [ctx.Queue(maxsize=prefetch) for _ in range(n_workers)]
        self.procs = [
            ctx.Process(target=_batch_worker, args=(r, n_workers, spec, first_step, q, tokenize), daemon=True)
            for r, q in enumerate(self.queues)
        ]
        for proc in self.procs:
            proc.start()

    def next(self) -> dict:
        q = self.queues[self.next_step % self.n_workers]
        while True:
            try:
                batch = q.get(timeout=10)
                break
            except queue.Empty:
                if not all(proc.is_alive() for proc in self.procs):
                    raise RuntimeError("a batch worker died; see its traceback above") from None
        assert batch["step"] == self.next_step, (batch["step"], self.next_step)
        self.next_step += 1
        return batch

    def close(self) -> None:
        for proc in self.procs:
            proc.kill()
