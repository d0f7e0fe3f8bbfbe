"""The transformers rewriter against real chat-model folders the test builds (no hub downloads).

Two tiny Llama models with a byte-level BPE tokenizer and a chat template are saved as ordinary
model folders and loaded through ``LocalRewriter`` exactly as a downloaded one would be: one is
trained for a few seconds to answer the contract's JSON for one conversation (proving the
loading, chat-template, greedy generation and parsing path), the other is untrained and writes
garbage (proving the repair retry and the fallback to the composer).
"""

from __future__ import annotations

import json

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")
tokenizers = pytest.importorskip("tokenizers")

from core.rewriter import Composer  # noqa: E402
from core.rewriter import llm_contract as contract  # noqa: E402
from core.rewriter.llm_local import LocalRewriter  # noqa: E402
from core.scene import Scene  # noqa: E402

MESSAGE = "a red fox in a snowy forest"
REPLY = json.dumps(
    {
        "intent": "draw",
        "scene": {"subjects": [{"id": "s1", "kind": "fox", "colour": "red"}], "background": "snowy forest"},
        "reply": "ok",
    },
    separators=(",", ":"),
)
CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}<|end|>{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)


def _conversation(reply: str | None = None) -> list[dict]:
    messages = [
        {"role": "system", "content": contract.SYSTEM_PROMPT},
        {"role": "user", "content": contract.user_message(Scene(), [], MESSAGE)},
    ]
    return messages + ([{"role": "assistant", "content": reply}] if reply is not None else [])


def _tokenizer():
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE(unk_token=None))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=700,
        special_tokens=["<|end|>", "<|system|>", "<|user|>", "<|assistant|>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    corpus = [contract.SYSTEM_PROMPT, contract.user_message(Scene(), [], MESSAGE), REPLY] * 3
    tok.train_from_iterator(corpus, trainer)
    fast = transformers.PreTrainedTokenizerFast(tokenizer_object=tok, eos_token="<|end|>", pad_token="<|end|>")
    fast.chat_template = CHAT_TEMPLATE
    return fast


def _model(vocab: int, eos: int):
    torch.manual_seed(0)
    config = transformers.LlamaConfig(
        vocab_size=vocab,
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=4,
        max_position_embeddings=2048,
        eos_token_id=eos,
        pad_token_id=eos,
        bos_token_id=eos,
    )
    return transformers.LlamaForCausalLM(config)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    torch.set_num_threads(1)
    tok = _tokenizer()
    eos = tok.convert_tokens_to_ids("<|end|>")
    root = tmp_path_factory.mktemp("chat-models")

    garbage = _model(len(tok), eos)
    garbage.save_pretrained(root / "untrained")
    tok.save_pretrained(root / "untrained")

    # Teach a second model the JSON answer for one conversation (loss on the answer only).
    model = _model(len(tok), eos)
    prompt = tok.apply_chat_template(_conversation(), tokenize=False, add_generation_prompt=True)
    prompt_ids = tok(prompt, add_special_tokens=False)["input_ids"]
    answer_ids = tok(REPLY, add_special_tokens=False)["input_ids"] + [eos]
    ids = torch.tensor([prompt_ids + answer_ids])
    labels = ids.clone()
    labels[0, : len(prompt_ids)] = -100
    optimiser = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    for _ in range(300):
        loss = model(input_ids=ids, labels=labels).loss
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        if loss.item() < 0.01:
            break
    model.eval()
    model.save_pretrained(root / "trained")
    tok.save_pretrained(root / "trained")
    return root


def test_a_chat_model_folder_loads_and_its_json_is_parsed(folders):
    rewriter = LocalRewriter(str(folders / "trained"), max_new_tokens=len(REPLY))
    rw = rewriter.rewrite(Scene(), [], MESSAGE)
    assert rw.notes == (), rw.notes  # no fallback: the model's JSON was parsed and validated
    assert rw.intent == "draw"
    assert [(s.id, s.kind, s.colour) for s in rw.scene.subjects] == [("s1", "fox", "red")]
    assert rw.scene.background == "snowy forest"
    assert rw.prompt == "a red fox in a snowy forest"
    assert rewriter.rewrite(Scene(), [], MESSAGE) == rw  # greedy: the same turn replays identically


def test_garbage_output_is_repaired_once_then_falls_back_to_the_composer(folders, monkeypatch):
    rewriter = LocalRewriter(str(folders / "untrained"), max_new_tokens=24)
    calls = []
    real = rewriter._chat
    monkeypatch.setattr(rewriter, "_chat", lambda m, images=None: calls.append(m) or real(m, images))
    rw = rewriter.rewrite(Scene(), [], MESSAGE)
    assert len(calls) == 2 and calls[1][-1]["role"] == "user" and "invalid" in calls[1][-1]["content"]
    assert rw.scene == Composer().rewrite(Scene(), [], MESSAGE).scene
    assert "transformers" in rw.notes[-1] and "composer" in rw.notes[-1]


def test_a_folder_without_chat_template_is_refused(folders, tmp_path):
    tok = transformers.AutoTokenizer.from_pretrained(folders / "untrained")
    tok.chat_template = None
    tok.save_pretrained(tmp_path)
    (tmp_path / "chat_template.jinja").unlink(missing_ok=True)
    _model(len(tok), 0).save_pretrained(tmp_path)
    with pytest.raises(ValueError, match="chat template"):
        LocalRewriter(str(tmp_path))
