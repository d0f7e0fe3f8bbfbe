"""The painter: one Hunyuan-DiT pipeline per process, drawing on request.

It loads a diffusers folder (or hub id) once, encodes prompts itself at the
lengths the transformer was built for (cached), starts every draw from
initial noise made on the CPU from the seed (so a seed means the same picture
on any device), reports progress per step and can be cancelled.
"""

from __future__ import annotations

import copy
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np
import torch
from diffusers import HunyuanDiTPipeline
from diffusers.pipelines.hunyuandit.pipeline_hunyuandit import SUPPORTED_SHAPE
from diffusers.utils.torch_utils import randn_tensor
from PIL import Image

from core import messages
from core.consistency.sampler import DrawControls, denoise
from core.errors import BadInput, DrawCancelled, DrawError, ModelLoadError
from core.preview import LatentPreview
from core.text_encoding import TextStates, count_tokens, encode_texts, phrase_ids, text_lengths

log = logging.getLogger(__name__)


class _BundledAutoencoderNotice(logging.Filter):
    """diffusers warns that the bundled folder's pixel autoencoder is no AutoencoderKL: true, and meant (see
    core/bundled/pixel_autoencoder.py), so a first start does not greet the user with a type warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        said = record.getMessage()
        return not (said.startswith("Expected types for vae") and "PixelShuffleAutoencoder" in said)


logging.getLogger("diffusers.pipelines.pipeline_utils").addFilter(_BundledAutoencoderNotice())

#: Hunyuan-DiT's ten trained resolutions, as (width, height).
HUNYUAN_SIZES: tuple[tuple[int, int], ...] = tuple((w, h) for h, w in SUPPORTED_SHAPE)

# on_step(step, total, latents): latents are the step's; a remote painter sends them only on preview
# steps (``core.preview.is_preview_step``) and None between, so a progress bar costs no tensors.
ProgressFn = Callable[[int, int, torch.Tensor | None], None]
T = TypeVar("T")


def display_name(source: str) -> str:
    """What a model is called in records and pages: a hub id as it is, a folder by its name.

    Exports, PNG metadata and the page never carry an absolute path of the server's disk."""
    path = Path(source)
    return path.name if path.is_absolute() or path.exists() else source


@dataclass(frozen=True)
class DrawRequest:
    prompt: str
    negative_prompt: str
    seed: int
    width: int
    height: int
    steps: int
    guidance: float


@dataclass
class DrawResult:
    image: Image.Image
    generation: dict  # the resolved config: enough to draw the same image again
    latents: torch.Tensor  # final latents (CPU), for anchors and previews
    initial_noise: torch.Tensor = field(repr=False)


@dataclass(frozen=True)
class ModelInfo:
    name: str
    kind: str  # "bundled" | "random" | "external"
    native_size: tuple[int, int]
    sizes: tuple[tuple[int, int], ...]
    text_lengths: tuple[int, int]
    default_steps: int = 20  # what a new session draws with unless the settings say otherwise
    default_guidance: float = 5.0  # likewise for the guidance scale

    @property
    def label(self) -> str:
        """What the model is, in English (the log)."""
        return self.label_in("en")

    def label_in(self, lang: str) -> str:
        """What the model is, in ``lang``: the catalogue's ``model_<kind>``."""
        return messages.text(f"model_{self.kind}", lang, name=self.name)


def pick_device(requested: str) -> torch.device:
    if requested == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if requested == "cuda" and not torch.cuda.is_available():
        raise ModelLoadError("device=cuda was asked for, but no CUDA device is available")
    return torch.device(requested)


def pick_dtype(requested: str, device: torch.device) -> torch.dtype:
    """auto: bfloat16 on a CUDA card that has it (fp16's range without its overflows), else
    float16 on CUDA, float32 elsewhere."""
    if requested == "auto":
        if device.type != "cuda":
            return torch.float32
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    return getattr(torch, requested)


#: Steps a model draws well with, by what its name says (Tencent's recommendations): the
#: distilled v1.2 in 25, the full model in 50; Inkturn's own models were trained for 20.
DEFAULT_STEPS: tuple[tuple[str, int], ...] = (("distilled", 25),)
FULL_MODEL_STEPS = 50
OWN_MODEL_STEPS = 20


def default_steps(name: str, kind: str) -> int:
    if kind in ("bundled", "random"):
        return OWN_MODEL_STEPS
    lowered = name.lower()
    return next((steps for needle, steps in DEFAULT_STEPS if needle in lowered), FULL_MODEL_STEPS)


#: Guidance a model draws best with. Hunyuan-DiT: diffusers' default. Inkturn's own models were
#: measured (docs/training.md, session 14): at 20 steps guidance 3 drew one/two/three objects
#: right 62/29/15% against 56/20/14% at guidance 5, with a third of the extra objects.
HUNYUAN_GUIDANCE = 5.0
OWN_MODEL_GUIDANCE = 3.0


def default_guidance(kind: str) -> float:
    return OWN_MODEL_GUIDANCE if kind in ("bundled", "random") else HUNYUAN_GUIDANCE


OFFLOAD_MODES = ("none", "model", "sequential")
#: Above this many pixels the VAE decodes in tiles, so a large picture fits a small card.
VAE_TILING_PIXELS = 1024 * 1024


class Painter:
    """Owns the pipeline. Draws are serialised: the scheduler is stateful."""

    def __init__(self, pipe: HunyuanDiTPipeline, name: str, kind: str, *, text_cache_size: int = 256):
        for component in pipe.components.values():
            if isinstance(component, torch.nn.Module):
                component.eval()  # no dropout when drawing, whoever built the pipeline
        self.pipe = pipe
        # With CPU offload the weights wait on the CPU and move in per call: inputs go where the
        # pipeline computes, which diffusers calls its execution device.
        self.device = pipe._execution_device
        self.dtype = pipe.transformer.dtype
        vae_factor = pipe.vae_scale_factor
        native = int(pipe.transformer.config.sample_size) * vae_factor
        sizes = HUNYUAN_SIZES if native == 1024 else ((native, native),)
        self.info = ModelInfo(
            name,
            kind,
            (native, native),
            sizes,
            text_lengths(pipe.transformer.config),
            default_steps(name, kind),
            default_guidance(kind),
        )
        self._lock = threading.Lock()
        self._text_cache: OrderedDict[str, TextStates] = OrderedDict()
        self._text_cache_size = text_cache_size
        self._text_lock = threading.Lock()
        # Latent channels are pixels (the bundled model's autoencoder): masks can be exact per pixel.
        self.pixel_space = type(pipe.vae).__name__ == "PixelShuffleAutoencoder"

    @classmethod
    def load(
        cls,
        source: str,
        *,
        device: str = "auto",
        dtype: str = "auto",
        kind: str = "external",
        offload: str = "none",
        compile: bool = False,
    ) -> Painter:
        """``HunyuanDiTPipeline.from_pretrained`` on a folder or hub id.

        ``offload``: ``model`` keeps each whole model on the CPU until it runs (an 8-12 GB card
        draws v1.2), ``sequential`` moves single layers (the least memory, the slowest); both
        through accelerate, both only meaningful with a GPU. ``compile`` compiles each
        transformer block on its own (regional compilation: one compile serves all 40 blocks)."""
        import core.bundled.pixel_autoencoder  # noqa: F401 - the bundled folder's model_index.json names it

        if offload not in OFFLOAD_MODES:
            raise ModelLoadError(f"offload must be one of {', '.join(OFFLOAD_MODES)} (got {offload!r})")
        dev = pick_device(device)
        dt = pick_dtype(dtype, dev)
        try:
            pipe = HunyuanDiTPipeline.from_pretrained(source, dtype=dt)
        except Exception as exc:  # noqa: BLE001 - any loader failure is one user-facing error
            raise ModelLoadError(f"could not load the model from {source!r}: {exc}") from exc
        place(pipe, dev, offload)
        if compile:
            compile_blocks(pipe)
        pipe.set_progress_bar_config(disable=True)
        log.info("loaded %s on %s as %s (offload: %s, compiled: %s)", source, dev, dt, offload, compile)
        return cls(pipe, name=display_name(source), kind=kind)

    # -- geometry: what the consistency work needs to know of the pipeline -----------------------

    @property
    def vae_scale_factor(self) -> int:
        return int(self.pipe.vae_scale_factor)

    @property
    def patch_size(self) -> int:
        return int(self.pipe.transformer.config.patch_size)

    @property
    def latent_channels(self) -> int:
        return int(self.pipe.transformer.config.in_channels)

    @property
    def text_lengths(self) -> tuple[int, int]:
        """(BERT, mT5) token lengths the transformer reads."""
        return self.info.text_lengths

    def latent_preview(self) -> LatentPreview:
        """The fast latent-to-RGB map for live previews (fitted to this VAE when first used)."""
        return LatentPreview.for_pipeline(self.pipe)

    def client_parts(self) -> dict:
        """What a painter's client needs on its own machine: the tokenizers (prompt budgets,
        subject slices) and a CPU float32 copy of the VAE (the live preview's colour fit)."""
        vae = copy.deepcopy(self.pipe.vae).to("cpu", torch.float32)
        return {"tokenizer": self.pipe.tokenizer, "tokenizer_2": self.pipe.tokenizer_2, "vae": vae}

    def latent_size(self, width: int, height: int) -> tuple[int, int]:
        """(h, w) of the latents for a picture of this size."""
        return height // self.vae_scale_factor, width // self.vae_scale_factor

    def exclusive(self, fn: Callable[[HunyuanDiTPipeline], T]) -> T:
        """Runs ``fn(pipe)`` while no draw runs: the scheduler is shared state."""
        with self._lock:
            return fn(self.pipe)

    # -- text ---------------------------------------------------------------------------------

    def encode(self, text: str) -> TextStates:
        """Both encoders' states for one prompt, cached by its exact text."""
        with self._text_lock:
            hit = self._text_cache.get(text)
            if hit is not None:
                self._text_cache.move_to_end(text)
                return hit
        with torch.inference_mode():
            states = encode_texts(self.pipe, [text], device=self.device)
        states = TextStates(*(t.to(self.dtype) if t.is_floating_point() else t for t in vars(states).values()))
        with self._text_lock:
            self._text_cache[text] = states
            while len(self._text_cache) > self._text_cache_size:
                self._text_cache.popitem(last=False)
        return states

    def prompt_tokens(self, text: str) -> tuple[int, int]:
        """(needed, allowed) tokens on the encoder that reads the whole prompt: mT5 (256 tokens in
        Hunyuan-DiT v1.2). BERT reads only its first ``text_lengths[0]`` (77) tokens; past that
        the prompt is still read, by mT5 alone, so it is not a reason to drop words."""
        allowed = self.info.text_lengths[1]
        return count_tokens(self.pipe.tokenizer_2, text), allowed

    def bert_tokens(self, text: str) -> tuple[int, int]:
        """(needed, read) tokens on BERT, the encoder with the shorter window."""
        return count_tokens(self.pipe.tokenizer, text), self.info.text_lengths[0]

    def phrase_ids(self, text: str) -> tuple[list[int], list[int]]:
        """A phrase's token ids on each encoder, without special tokens (to find a subject's
        words inside a prompt's states)."""
        return phrase_ids(self.pipe.tokenizer, text), phrase_ids(self.pipe.tokenizer_2, text)

    # -- drawing ------------------------------------------------------------------------------

    def check_request(self, req: DrawRequest) -> None:
        check_request(self.info, req)

    def initial_noise(self, seed: int, width: int, height: int) -> torch.Tensor:
        """The exact starting latents for a seed, made on the CPU in float32."""
        return seeded_noise(seed, self.latent_channels, self.vae_scale_factor, width, height)

    def draw(
        self,
        req: DrawRequest,
        *,
        noise: torch.Tensor | None = None,
        on_step: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        controls: DrawControls | None = None,
    ) -> DrawResult:
        """Draws ``req``; ``controls`` (consistency: edit start, region, anchor attention,
        subject slices) switch to Inkturn's own copy of the pipeline's loop."""
        self.check_request(req)
        noise = self.initial_noise(req.seed, req.width, req.height) if noise is None else noise
        cond = self.encode(req.prompt)
        uncond = self.encode(req.negative_prompt)
        if controls is not None:
            return self._draw_controlled(req, noise, cond, uncond, controls, on_step, cancel)

        def step_end(pipe, i, t, kwargs):
            if on_step is not None:
                on_step(i + 1, req.steps, kwargs["latents"])
            if cancel is not None and cancel.is_set():
                pipe._interrupt = True  # the pipeline's own stop flag
            return kwargs

        started = time.perf_counter()
        with self._lock, torch.inference_mode():
            try:
                out = self.pipe(
                    prompt_embeds=cond.embeds,
                    prompt_attention_mask=cond.mask,
                    prompt_embeds_2=cond.embeds_2,
                    prompt_attention_mask_2=cond.mask_2,
                    negative_prompt_embeds=uncond.embeds,
                    negative_prompt_attention_mask=uncond.mask,
                    negative_prompt_embeds_2=uncond.embeds_2,
                    negative_prompt_attention_mask_2=uncond.mask_2,
                    height=req.height,
                    width=req.width,
                    num_inference_steps=req.steps,
                    guidance_scale=req.guidance,
                    latents=noise.to(self.device, self.dtype),
                    generator=step_generator(req.seed),
                    use_resolution_binning=False,
                    output_type="latent",
                    callback_on_step_end=step_end,
                )
                latents = out.images
                if cancel is not None and cancel.is_set():
                    raise DrawCancelled("stopped before the drawing finished")
                image = self.decode(latents)
            except (DrawCancelled, BadInput):
                raise
            except Exception as exc:  # noqa: BLE001 - the turn is stored as failed with this message
                log.exception("draw failed")
                raise DrawError(f"the painter failed: {type(exc).__name__}: {exc}") from exc
        log.debug("drew %dx%d in %.0f ms", req.width, req.height, (time.perf_counter() - started) * 1000)
        return DrawResult(
            image=image, generation=self._generation(req), latents=latents.float().cpu(), initial_noise=noise
        )

    def _draw_controlled(self, req, noise, cond, uncond, controls, on_step, cancel) -> DrawResult:
        with self._lock, torch.inference_mode():
            try:
                latents = denoise(
                    self.pipe,
                    cond=cond,
                    uncond=uncond,
                    noise=noise,
                    height=req.height,
                    width=req.width,
                    steps=req.steps,
                    guidance=req.guidance,
                    controls=controls,
                    on_step=on_step,
                    cancel=cancel,
                    generator=step_generator(req.seed),
                )
                if cancel is not None and cancel.is_set():
                    raise DrawCancelled("stopped before the drawing finished")
                image = self.decode(latents)
            except (DrawCancelled, BadInput):
                raise
            except Exception as exc:  # noqa: BLE001 - the turn is stored as failed with this message
                log.exception("draw failed")
                raise DrawError(f"the painter failed: {type(exc).__name__}: {exc}") from exc
        return DrawResult(
            image=image, generation=self._generation(req), latents=latents.float().cpu(), initial_noise=noise
        )

    def decode(self, latents: torch.Tensor) -> Image.Image:
        """Latents -> PIL image, as the pipeline decodes them."""
        return self.pipe.image_processor.postprocess(self._decode(latents), output_type="pil")[0]

    def to_pixels(self, latents: torch.Tensor) -> np.ndarray:
        """Latents -> (H, W, 3) float RGB in 0..255, unclamped and unrounded (for exact pixel edits)."""
        decoded = self._decode(latents)
        return ((decoded[0].double().permute(1, 2, 0) + 1.0) * 127.5).cpu().numpy()  # float64: round trips exactly

    def _decode(self, latents: torch.Tensor) -> torch.Tensor:
        latents = latents.to(self.device, self.dtype)
        vae = self.pipe.vae
        pixels = latents.shape[-2] * latents.shape[-1] * self.vae_scale_factor**2
        tiled = pixels > VAE_TILING_PIXELS and hasattr(vae, "enable_tiling")
        if tiled:
            vae.enable_tiling()
        try:
            with torch.inference_mode():
                return vae.decode(latents / vae.config.scaling_factor, return_dict=False)[0]
        finally:
            if tiled:
                vae.disable_tiling()

    def from_pixels(self, pixels: np.ndarray) -> torch.Tensor:
        """The inverse of ``to_pixels``: exact for a pixel-space autoencoder, a re-encoding otherwise."""
        x = torch.from_numpy(np.ascontiguousarray(pixels, dtype=np.float64)).permute(2, 0, 1)[None] / 127.5 - 1.0
        encoded = self.pipe.vae.encode(x.to(self.device, self.dtype)).latent_dist.mode()
        return (encoded * self.pipe.vae.config.scaling_factor).float().cpu()

    def _generation(self, req: DrawRequest) -> dict:
        return {
            "model": self.info.name,
            "model_kind": self.info.kind,
            "width": req.width,
            "height": req.height,
            "steps": req.steps,
            "guidance": req.guidance,
            "scheduler": type(self.pipe.scheduler).__name__,
            "seed": req.seed,
            "device": str(self.device),
            "dtype": str(self.dtype).removeprefix("torch."),
        }


def check_request(info: ModelInfo, req: DrawRequest) -> None:
    """A request this model can draw; BadInput naming what is not (before anything runs)."""
    if (req.width, req.height) not in info.sizes:
        allowed = ", ".join(f"{w}x{h}" for w, h in info.sizes)
        raise BadInput("size_unsupported", width=req.width, height=req.height, allowed=allowed)
    if not 1 <= req.steps <= 200:
        raise BadInput("steps_range", steps=req.steps)
    if not 0 <= req.seed < 2**31:
        raise BadInput("seed_range", seed=req.seed)


def seeded_noise(seed: int, channels: int, factor: int, width: int, height: int) -> torch.Tensor:
    """The starting latents for a seed, on the CPU in float32: the same on every device and worker."""
    generator = torch.Generator("cpu").manual_seed(seed)
    shape = (1, channels, height // factor, width // factor)
    return randn_tensor(shape, generator=generator, device=torch.device("cpu"), dtype=torch.float32)


def step_generator(seed: int) -> torch.Generator:
    """The noise a stochastic scheduler adds at each step (DDPM, which v1.2 ships), from the
    seed on the CPU: the same seed draws the same picture, whatever the device."""
    return torch.Generator("cpu").manual_seed(seed + 1)


def place(pipe: HunyuanDiTPipeline, device: torch.device, offload: str) -> None:
    """Puts the pipeline on ``device``, or behind accelerate's CPU offload hooks on a GPU."""
    if offload == "none" or device.type == "cpu":
        if offload != "none":
            log.info("offload=%s has no effect on the CPU: the weights are there already", offload)
        pipe.to(device)
        return
    if offload == "model":
        pipe.enable_model_cpu_offload(device=device)
    else:
        pipe.enable_sequential_cpu_offload(device=device)
    if hasattr(pipe.vae, "enable_slicing"):
        pipe.vae.enable_slicing()


def compile_blocks(pipe: HunyuanDiTPipeline) -> None:
    """Regional compilation: every transformer block compiled in place. The blocks share one
    shape, so the first compile serves the rest and start-up stays short."""
    for block in pipe.transformer.blocks:
        block.compile(fullgraph=False, dynamic=False)
