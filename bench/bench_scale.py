"""Throughput of 1 vs 2 Ray Serve drawing replicas on this machine, in one run, as a ratio.

    .venv/bin/python bench/bench_scale.py                  # starts a local cluster, stops it after
    .venv/bin/python bench/bench_scale.py --turns 16 --steps 20 --address 127.0.0.1:6379   # an existing one

Each arm deploys the bundled model with one CPU (and one torch thread) per replica, then sends
``--turns`` first-scene turns through the engine from as many threads at once, as a design team
would. It prints turns per minute and the p50/p95 time from sending a message to its picture.
Target: two replicas at least 1.8 times the turns per minute of one. Beside it, the same draws in one
and two plain processes (no Ray, no engine): what this machine gives two draws side by side at all.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import app  # noqa: E402
from core.settings import Settings  # noqa: E402

RAY = str(Path(sys.executable).with_name("ray"))
SCENES = [
    "a large red circle at the top left on a blue background",
    "a small yellow star at the bottom right on a purple background",
    "蓝色背景上，中间有一个大的白色方块",
    "a small green triangle at the top on a black background",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_arm(replicas: int, address: str, turns: int, steps: int, data_dir: Path) -> dict:
    settings = Settings(
        painter="ray", ray_address=address, ray_replicas=replicas, ray_cpus=1, device="cpu", steps=steps,
        data_dir=data_dir / f"arm-{replicas}",
    )  # fmt: skip
    engine = app.build_engine(settings)
    engine.run_turn(engine.new_session(seed=0), SCENES[0])  # warm every path once
    waits: list[float] = []
    lock = threading.Lock()

    def one(k: int) -> None:
        session = engine.new_session(seed=k)
        started = time.perf_counter()
        result = engine.run_turn(session, SCENES[k % len(SCENES)])
        assert result.turn.status == "done", result.error
        with lock:
            waits.append(time.perf_counter() - started)

    threads = [threading.Thread(target=one, args=(k,)) for k in range(turns)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    waits.sort()
    return {
        "replicas": replicas,
        "per_minute": turns / elapsed * 60,
        "p50": statistics.median(waits),
        "p95": waits[min(len(waits) - 1, round(0.95 * (len(waits) - 1)))],
    }


def _plain_worker(model: str, steps: int, draws: int, start, done) -> None:
    """One process, one torch thread, ``draws`` first scenes: the painter with nothing around it."""
    import torch

    from core.painter import DrawRequest, Painter

    torch.set_num_threads(1)
    painter = Painter.load(model, device="cpu", kind="bundled")
    width, height = painter.info.native_size

    def request(k: int) -> DrawRequest:
        return DrawRequest(SCENES[k % len(SCENES)], "", k, width, height, steps, 5.0)

    painter.draw(request(0))  # warm
    start.wait()
    for k in range(draws):
        painter.draw(request(k))
    done.put(time.perf_counter())


def plain_arm(processes: int, turns: int, steps: int) -> float:
    """Turns per minute of ``processes`` plain drawing processes sharing ``turns``: the machine's own
    ceiling for running draws side by side, with no Ray, no engine and no queue."""
    import multiprocessing as mp

    from core.settings import BUNDLED_MODEL_DIR

    ctx = mp.get_context("spawn")
    start, done = ctx.Barrier(processes + 1), ctx.Queue()
    share = [turns // processes + (k < turns % processes) for k in range(processes)]
    procs = [ctx.Process(target=_plain_worker, args=(str(BUNDLED_MODEL_DIR), steps, n, start, done)) for n in share]
    for proc in procs:
        proc.start()
    start.wait()
    began = time.perf_counter()
    ends = [done.get() for _ in procs]
    for proc in procs:
        proc.join()
    return turns / (max(ends) - began) * 60


@contextlib.contextmanager
def cluster(existing: str):
    """(address, temp dir) of a Ray head started here for one arm and stopped after it, or of ``existing``."""
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    temp = Path(tempfile.mkdtemp(prefix="ray-", dir="/tmp"))
    address = existing or f"127.0.0.1:{free_port()}"
    if not existing:
        subprocess.run(
            [RAY, "start", "--head", f"--port={address.split(':')[1]}", "--num-cpus=2",
             "--node-ip-address=127.0.0.1", "--include-dashboard=false", "--disable-usage-stats",
             f"--temp-dir={temp / 'ray'}"],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
    try:
        yield address, temp
    finally:
        if not existing:
            subprocess.run([RAY, "stop", "--force"], env=env, capture_output=True)
        shutil.rmtree(temp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=12)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--address", default="", help="an existing cluster; empty starts one here")
    parser.add_argument("--plain-only", action="store_true", help="only the plain-process ceiling (no Ray)")
    args = parser.parse_args(argv)
    if args.plain_only:
        plain = [plain_arm(n, args.turns, args.steps) for n in (1, 2)]
        print(f"plain processes: 1: {plain[0]:.1f}/min  2: {plain[1]:.1f}/min  ratio {plain[1] / plain[0]:.2f}x")
        return 0

    # Each arm on a cluster of its own (or, on an existing one, after Serve is shut down): the replica
    # of the first arm must not still be winding down while the second one draws.
    rows = []
    for n in (1, 2):
        with cluster(args.address) as (address, temp):
            try:
                rows.append(run_arm(n, address, args.turns, args.steps, temp))
            finally:
                import ray
                from ray import serve

                if ray.is_initialized():
                    serve.shutdown()
                    ray.shutdown()

    plain = [plain_arm(n, args.turns, args.steps) for n in (1, 2)]

    print(f"\n{args.turns} concurrent first-scene turns, {args.steps} steps, bundled model, 1 CPU thread per replica")
    print(f"{'replicas':>8} {'turns/min':>10} {'p50 wait s':>11} {'p95 wait s':>11}")
    for row in rows:
        print(f"{row['replicas']:>8} {row['per_minute']:>10.1f} {row['p50']:>11.2f} {row['p95']:>11.2f}")
    ratio = rows[1]["per_minute"] / rows[0]["per_minute"]
    ceiling = plain[1] / plain[0]
    print(f"{'plain processes (no Ray, no engine)':<36} 1: {plain[0]:.1f}/min  2: {plain[1]:.1f}/min")
    print(f"ratio 2/1 replicas: {ratio:.2f}x (target >= 1.8x); this machine's own ratio for two draws side by side: "
          f"{ceiling:.2f}x, so the replicas reach {ratio / ceiling:.0%} of what two processes can")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
