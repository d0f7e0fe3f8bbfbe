"""The training data stream: the pool, the batch maker, and the batch workers of a GPU run."""

from __future__ import annotations

import numpy as np
import torch

from core.bundled import data

THREE_AFTER_700 = data.CurriculumMix(until=700, ramp=1, final=(0.0, 0.0, 1.0))  # 1 object, then 3 only


def spec(mix=THREE_AFTER_700, batch_size=4) -> data.BatchSpec:
    return data.BatchSpec(
        seed=3,
        batch_size=batch_size,
        pool_size=8,
        pool_refresh=2,
        mix=mix,
        image_size=32,
        caption_dropout=0.25,
        canonical_share=0.3,
    )


def test_curriculum_mix_ramps_from_one_object_to_the_final_mix():
    mix = data.CurriculumMix(until=100, ramp=100, final=(0.2, 0.35, 0.45))
    assert mix(0) == [1.0, 0.0, 0.0] and mix(100) == [1.0, 0.0, 0.0]
    assert np.allclose(mix(150), [0.6, 0.175, 0.225]) and np.allclose(mix(10_000), [0.2, 0.35, 0.45])


def test_make_batch_is_a_pure_function_of_pool_and_step():
    pool = data.ScenePool(8, 2, seed=3, mix=THREE_AFTER_700, image_size=32, step=800)
    a, b = data.make_batch(pool, spec(), 800), data.make_batch(pool, spec(), 800)
    assert a["texts"] == b["texts"] and torch.equal(a["images"], b["images"])
    assert a["images"].shape == (4, 32, 32, 3) and a["images"].dtype == torch.uint8
    assert a["n_objects"] == [3, 3, 3, 3]  # the pool was drawn at step 800: past the curriculum
    # The background colours are the pictures' own: each picture's corner pixel is its background.
    assert np.array_equal(a["background"], a["images"][:, 0, 0].numpy())


def test_batch_workers_follow_the_training_step_and_are_deterministic():
    def stream(first_step, n=6):
        workers = data.WorkerBatches(2, spec(), first_step=first_step, tokenize=lambda texts: (len(texts),))
        try:
            return [workers.next() for _ in range(n)]
        finally:
            workers.close()

    late = stream(first_step=1000)
    assert [b["step"] for b in late] == list(range(1000, 1006))
    # Each worker has made only ~500 batches; its scenes must still follow step ~1000, not 500.
    assert all(n == 3 for b in late for n in b["n_objects"])
    assert all(b["tokens"] == (4,) for b in late)  # tokenized in the worker
    again = stream(first_step=1000)
    assert all(
        torch.equal(x["images"], y["images"]) and x["texts"] == y["texts"] for x, y in zip(late, again, strict=True)
    )

    early = stream(first_step=0, n=2)  # pools drawn before step 700: one object each
    assert all(n == 1 for b in early for n in b["n_objects"])
