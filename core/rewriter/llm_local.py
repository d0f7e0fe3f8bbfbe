"""The rewriter backed by a local transformers chat model (any folder with a chat template).

Loaded once at start. Text models load with AutoModelForCausalLM + AutoTokenizer; vision models
(e.g. Qwen2.5-VL) with AutoModelForImageTextToText + AutoProcessor, and then see the latest picture.
Greedy decoding by default, so the same conversation gives the same rewrite; the JSON contract,
repair retry and composer fallback are the same as the OpenAI-compatible backend's.
"""

from __future__ import annotations

import io
import logging
import threading
from pathlib import Path

from core.rewriter import llm_contract as contract
from core.rewriter.base import HistoryItem
from core.rewriter.composer import Composer
from core.scene import Rewrite, Scene

log = logging.getLogger(__name__)


class LocalRewriter:
    name = "transformers"

    def __init__(
        self,
        model_path: str,
        *,
        vision: bool = False,
        timeout: float = 30.0,
        max_new_tokens: int = 512,
        device: str = "cpu",
        gguf_file: str | None = None,
        fallback: Composer | None = None,
    ):
        import torch
        import transformers

        self.model_path = model_path
        self.vision = vision
        self.max_new_tokens = max_new_tokens
        self.timeout = timeout
        self.fallback = fallback or Composer()
        self._lock = threading.Lock()  # one generate at a time: the model is shared by all sessions
        kwargs: dict = {"gguf_file": gguf_file} if gguf_file else {}
        if vision:
            self.processor = transformers.AutoProcessor.from_pretrained(model_path)
            self.tokenizer = getattr(self.processor, "tokenizer", self.processor)
            self.model = transformers.AutoModelForImageTextToText.from_pretrained(model_path, **kwargs)
        else:
            self.processor = None
            self.tokenizer = transformers.AutoTokenizer.from_pretrained(model_path, **kwargs)
            self.model = transformers.AutoModelForCausalLM.from_pretrained(model_path, **kwargs)
        if not getattr(self.tokenizer, "chat_template", None) and not (
            self.processor is not None and getattr(self.processor, "chat_template", None)
        ):
            raise ValueError(f"{model_path} has no chat template; the transformers rewriter needs a chat model")
        self.model.to(device).eval()
        self._torch = torch

    def __repr__(self) -> str:
        return f"LocalRewriter({Path(self.model_path).name!r}, vision={self.vision})"

    def _chat(self, messages: list[dict], images: list[bytes] | None = None) -> str:
        torch = self._torch
        with self._lock, torch.inference_mode():
            if self.processor is not None:
                from PIL import Image

                pictures = [Image.open(io.BytesIO(png)).convert("RGB") for png in (images or [])[-1:]]
                if pictures:  # the picture goes first in the user turn
                    user = messages[-1]
                    parts = [{"type": "image"} for _ in pictures] + [{"type": "text", "text": user["content"]}]
                    messages = [*messages[:-1], {"role": "user", "content": parts}]
                prompt = self.processor.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
                inputs = self.processor(text=[prompt], images=pictures or None, return_tensors="pt")
            else:
                prompt = self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
                inputs = self.tokenizer(prompt, return_tensors="pt", add_special_tokens=False)
            inputs = inputs.to(self.model.device)
            pad = (
                self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else self.tokenizer.eos_token_id
            )
            out = self.model.generate(
                **inputs,
                max_new_tokens=self.max_new_tokens,
                max_time=self.timeout,  # a cut-off reply is invalid JSON: repair, then the composer
                do_sample=False,
                pad_token_id=pad,
            )
            new_tokens = out[0, inputs["input_ids"].shape[1] :]
            return self.tokenizer.decode(new_tokens, skip_special_tokens=True)

    def rewrite(
        self, previous_scene: Scene, history: list[HistoryItem], message: str, images: list[bytes] | None = None
    ) -> Rewrite:
        messages = [
            {"role": "system", "content": contract.SYSTEM_PROMPT},
            {"role": "user", "content": contract.user_message(previous_scene, history, message)},
        ]
        use_images = images if self.vision else None
        return contract.rewrite_with_llm(
            lambda m: self._chat(m, use_images),
            messages,
            previous_scene,
            history,
            message,
            self.fallback,
            self.name,
        )
