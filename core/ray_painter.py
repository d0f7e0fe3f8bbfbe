"""Drawing workers on Ray Serve, for more pictures at once than one GPU draws.

``PainterWorker`` is the Serve deployment: each replica loads the painter once
(``PainterSpec.load``) and serves draws, text encodings, decodes and the consistency work that
needs the pipeline (``exclusive``), all where the weights are. ``RayPainter`` is what the engine
holds instead of a local ``Painter``: the same surface, each call a request routed to a replica.
A draw is a streaming response: progress and live-preview latents come back step by step, and
Stop cancels the request, which stops the draw on the replica. A replica that dies mid-draw
fails that turn with a message; Serve starts a new one and the other replicas go on.

Everything that crosses the wire is plain: tensors on the CPU, PIL images, dataclasses, and
errors as (kind, code, parameters), so no class needs to unpickle on the other side.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, TypeVar

import numpy as np
import torch
from PIL import Image

from core import errors
from core.consistency.sampler import DrawControls
from core.painter import DrawRequest, DrawResult, ModelInfo, ProgressFn, check_request, seeded_noise
from core.painter_spec import PainterSpec
from core.preview import LatentPreview, is_preview_step
from core.text_encoding import TextStates, count_tokens, phrase_ids

log = logging.getLogger(__name__)

APP_NAME = "inkturn-painter"
DEPLOYMENT_NAME = "PainterWorker"
T = TypeVar("T")
_ERRORS = {cls.__name__: cls for cls in (errors.BadInput, errors.DrawError, errors.DrawCancelled)}


def _cpu(states: TextStates) -> TextStates:
    return TextStates(*(t.detach().cpu() for t in vars(states).values()))


def _error_payload(exc: BaseException) -> tuple[str, str, dict]:
    if isinstance(exc, errors.InkturnError) and type(exc).__name__ in _ERRORS:
        return type(exc).__name__, exc.code or str(exc), dict(exc.params)
    return "DrawError", f"the painter failed: {type(exc).__name__}: {exc}", {}


def _raise(payload: tuple[str, str, dict]) -> None:
    kind, code, params = payload
    raise _ERRORS.get(kind, errors.DrawError)(code, **params)


class PainterWorker:
    """One replica: one painter, loaded once, drawing one picture at a time (its own lock)."""

    def __init__(self, spec: PainterSpec, threads: int = 0):
        if threads:
            torch.set_num_threads(threads)
        self.painter = spec.load()
        import ray

        self.replica = ray.get_runtime_context().get_actor_name() or "local"
        log.info("replica %s loaded %s", self.replica, self.painter.info.name)

    def describe(self) -> dict:
        p = self.painter
        return {
            "info": p.info,
            "pixel_space": p.pixel_space,
            "vae_scale_factor": p.vae_scale_factor,
            "patch_size": p.patch_size,
            "in_channels": p.latent_channels,
            "replica": self.replica,
        }

    def components(self) -> dict:
        """What the app needs locally (``Painter.client_parts``)."""
        return self.painter.client_parts()

    def encode(self, text: str) -> TextStates:
        return _cpu(self.painter.encode(text))

    def decode(self, latents: torch.Tensor) -> Image.Image:
        return self.painter.decode(latents)

    def to_pixels(self, latents: torch.Tensor) -> np.ndarray:
        return self.painter.to_pixels(latents)

    def from_pixels(self, pixels: np.ndarray) -> torch.Tensor:
        return self.painter.from_pixels(pixels)

    def exclusive(self, fn: Callable[[Any], T]) -> T:
        result = self.painter.exclusive(fn)
        return result.detach().cpu() if isinstance(result, torch.Tensor) else result

    async def draw(
        self, req: DrawRequest, noise: torch.Tensor | None, controls: DrawControls | None, progress: bool = True
    ):
        """Streams ("replica", name), then ("step", i, total, latents) per step (latents only on preview
        steps, None between; no steps at all when ``progress`` is false), then ("done", result) or
        ("error", payload). A cancelled request stops the draw at its next step."""
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue = asyncio.Queue()
        cancel = threading.Event()

        def on_step(i: int, total: int, latents: torch.Tensor) -> None:
            if not progress:
                return
            shipped = latents.detach().float().cpu() if is_preview_step(i, total) else None
            loop.call_soon_threadsafe(queue.put_nowait, ("step", i, total, shipped))

        def run() -> None:
            try:
                result = self.painter.draw(req, noise=noise, controls=controls, on_step=on_step, cancel=cancel)
                loop.call_soon_threadsafe(queue.put_nowait, ("done", result))
            except BaseException as exc:  # noqa: BLE001 - every failure goes back to the caller
                loop.call_soon_threadsafe(queue.put_nowait, ("error", _error_payload(exc)))

        yield ("replica", self.replica)
        worker = loop.run_in_executor(None, run)
        try:
            while True:
                item = await queue.get()
                yield item
                if item[0] in ("done", "error"):
                    break
        finally:
            cancel.set()  # the caller went away (Stop) or the draw ended: either way it stops here
            await asyncio.shield(worker)


def deploy(
    spec: PainterSpec,
    *,
    address: str,
    replicas: int = 1,
    max_replicas: int = 0,
    gpus_per_replica: float = 0.0,
    cpus_per_replica: float = 1.0,
):
    """Connects to the Ray cluster at ``address``, (re)deploys the painter and returns a handle.

    ``max_replicas`` above ``replicas`` turns on Serve's autoscaling between the two."""
    import ray
    from ray import serve

    if not ray.is_initialized():
        ray.init(address=address, log_to_driver=False, configure_logging=False)
    # The app calls replicas through a handle: Serve's HTTP proxy would only open another port.
    serve.start(proxy_location="Disabled")
    options: dict[str, Any] = {
        "ray_actor_options": {"num_gpus": gpus_per_replica} if gpus_per_replica else {"num_cpus": cpus_per_replica},
        "max_ongoing_requests": 8,
    }
    if max_replicas > replicas:
        options["autoscaling_config"] = {
            "min_replicas": replicas,
            "max_replicas": max_replicas,
            "target_ongoing_requests": 1,
        }
    else:
        options["num_replicas"] = replicas
    threads = 0 if gpus_per_replica else max(1, int(cpus_per_replica))
    worker = serve.deployment(PainterWorker, name=DEPLOYMENT_NAME).options(**options)
    return serve.run(worker.bind(spec, threads), name=APP_NAME, route_prefix=None)


class RayPainter:
    """The ``Painter`` surface the engine uses, served by ``PainterWorker`` replicas."""

    def __init__(self, handle, *, text_cache_size: int = 256):
        self.handle = handle
        described = handle.describe.remote().result()
        self.info: ModelInfo = described["info"]
        self.pixel_space: bool = described["pixel_space"]
        self.vae_scale_factor: int = described["vae_scale_factor"]
        self.patch_size: int = described["patch_size"]
        self._in_channels: int = described["in_channels"]
        parts = handle.components.remote().result()
        # Local stand-in for the parts of the pipeline the app reads: tokenizers and the VAE.
        self.pipe = SimpleNamespace(tokenizer=parts["tokenizer"], tokenizer_2=parts["tokenizer_2"], vae=parts["vae"])
        self.device = torch.device("cpu")
        self.dtype = torch.float32
        self._text_cache: OrderedDict[str, TextStates] = OrderedDict()
        self._text_cache_size = text_cache_size
        self._text_lock = threading.Lock()
        self.last_replica: str | None = None  # which replica served the latest draw (logs, tests)

    @classmethod
    def connect(cls, spec: PainterSpec, **deploy_options) -> RayPainter:
        return cls(deploy(spec, **deploy_options))

    # -- geometry and text, answered locally --------------------------------------------------

    @property
    def text_lengths(self) -> tuple[int, int]:
        return self.info.text_lengths

    def latent_size(self, width: int, height: int) -> tuple[int, int]:
        return height // self.vae_scale_factor, width // self.vae_scale_factor

    def prompt_tokens(self, text: str) -> tuple[int, int]:
        return count_tokens(self.pipe.tokenizer_2, text), self.info.text_lengths[1]

    def bert_tokens(self, text: str) -> tuple[int, int]:
        return count_tokens(self.pipe.tokenizer, text), self.info.text_lengths[0]

    def phrase_ids(self, text: str) -> tuple[list[int], list[int]]:
        return phrase_ids(self.pipe.tokenizer, text), phrase_ids(self.pipe.tokenizer_2, text)

    def latent_preview(self) -> LatentPreview:
        return LatentPreview.for_pipeline(self.pipe)

    def check_request(self, req: DrawRequest) -> None:
        check_request(self.info, req)

    def initial_noise(self, seed: int, width: int, height: int) -> torch.Tensor:
        """The same starting latents the local painter makes: on the CPU, from the seed."""
        return seeded_noise(seed, self._in_channels, self.vae_scale_factor, width, height)

    # -- work done where the weights are ------------------------------------------------------

    def _call(self, method: str, *args):
        try:
            return getattr(self.handle, method).remote(*args).result()
        except Exception as exc:  # noqa: BLE001 - a lost worker is one user-facing error
            raise errors.DrawError(f"the drawing worker failed: {type(exc).__name__}") from exc

    def encode(self, text: str) -> TextStates:
        with self._text_lock:
            hit = self._text_cache.get(text)
            if hit is not None:
                self._text_cache.move_to_end(text)
                return hit
        states = self._call("encode", text)
        with self._text_lock:
            self._text_cache[text] = states
            while len(self._text_cache) > self._text_cache_size:
                self._text_cache.popitem(last=False)
        return states

    def decode(self, latents: torch.Tensor) -> Image.Image:
        return self._call("decode", latents.detach().cpu())

    def to_pixels(self, latents: torch.Tensor) -> np.ndarray:
        return self._call("to_pixels", latents.detach().cpu())

    def from_pixels(self, pixels: np.ndarray) -> torch.Tensor:
        return self._call("from_pixels", pixels)

    def exclusive(self, fn: Callable[[Any], T]) -> T:
        """``fn(pipe)`` on a replica, while no draw runs there."""
        return self._call("exclusive", fn)

    def draw(
        self,
        req: DrawRequest,
        *,
        noise: torch.Tensor | None = None,
        on_step: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        controls: DrawControls | None = None,
    ) -> DrawResult:
        self.check_request(req)
        stream = self.handle.options(stream=True).draw.remote(req, noise, controls, on_step is not None)
        finished = threading.Event()

        def stop_when_asked() -> None:  # Stop cancels the request; the replica stops the draw
            while not finished.is_set():
                if cancel.wait(0.05):
                    stream.cancel()
                    return

        if cancel is not None:
            threading.Thread(target=stop_when_asked, daemon=True).start()
        try:
            for item in stream:
                if item[0] == "replica":
                    self.last_replica = item[1]
                elif item[0] == "step" and on_step is not None:
                    on_step(item[1], item[2], item[3])
                elif item[0] == "done":
                    return item[1]
                elif item[0] == "error":
                    _raise(item[1])
        except errors.InkturnError:
            raise
        except Exception as exc:  # noqa: BLE001 - a cancelled stream, a dead replica, a lost cluster
            if cancel is not None and cancel.is_set():
                raise errors.DrawCancelled("stopped before the drawing finished") from exc
            log.warning("a drawing worker failed: %s: %s", type(exc).__name__, exc)
            raise errors.DrawError(
                f"the drawing worker stopped before the picture was done ({type(exc).__name__})"
            ) from exc
        finally:
            finished.set()
        raise errors.DrawError("the drawing worker ended without a picture")
