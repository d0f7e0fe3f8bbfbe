"""The OpenAI-compatible rewriter against a real local HTTP server speaking /v1/chat/completions.

The server (FastAPI + uvicorn, in a thread) records every request, so the tests check what the
official openai client sends (model, system prompt, image parts, response_format, key), not only
what comes back; it answers from a per-test script: valid JSON, garbage, slowness or a 400.
"""

from __future__ import annotations

import base64
import json
import socket
import threading
import time

import pytest

fastapi = pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")
pytest.importorskip("openai")

from fastapi import FastAPI, Request  # noqa: E402
from fastapi.responses import JSONResponse  # noqa: E402

from core.rewriter import Composer, HistoryItem  # noqa: E402
from core.rewriter.llm_openai import OpenAIRewriter  # noqa: E402
from core.scene import Scene, Subject  # noqa: E402

FOX = {
    "intent": "draw",
    "scene": {
        "subjects": [{"id": "s1", "kind": "fox", "colour": "red", "details": ["wearing a scarf"]}],
        "background": "snowy forest",
        "season": "winter",
    },
    "changes": [{"op": "new"}],
    "reply": "A red fox in a snowy forest.",
}


class FakeServer:
    """A minimal OpenAI-compatible chat server; ``script`` holds the next replies (text, delay, status)."""

    def __init__(self):
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.script: list[tuple[str, float, int]] = []
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def chat(request: Request):
            body = await request.json()
            self.requests.append(body)
            self.headers.append(dict(request.headers))
            text, delay, status = self.script.pop(0) if self.script else ("", 0.0, 200)
            if delay:
                time.sleep(delay)  # blocks this worker thread: what a stuck server looks like
            if status != 200:
                return JSONResponse({"error": {"message": text, "type": "invalid_request_error"}}, status_code=status)
            if body.get("response_format", {}).get("type") not in (None, "text", "json_object", "json_schema"):
                return JSONResponse({"error": {"message": "bad response_format"}}, status_code=400)
            return {
                "id": "chatcmpl-1",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 10
        while not self.server.started and time.time() < deadline:
            time.sleep(0.02)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)


@pytest.fixture(scope="module")
def server():
    srv = FakeServer()
    yield srv
    srv.stop()


@pytest.fixture
def fresh(server):
    server.requests.clear()
    server.headers.clear()
    server.script.clear()
    return server


def make(server, **kwargs) -> OpenAIRewriter:
    return OpenAIRewriter(server.url, "tiny-chat", "sk-test-secret", timeout=kwargs.pop("timeout", 5.0), **kwargs)


def test_valid_reply_becomes_a_validated_rewrite_and_the_request_is_well_formed(fresh):
    fresh.script.append((json.dumps(FOX), 0, 200))
    rw = make(fresh).rewrite(Scene(), [], "a red fox in a snowy forest, with a scarf, in winter")
    assert rw.intent == "draw" and rw.notes == ()
    assert rw.scene.subjects == (Subject(id="s1", kind="fox", colour="red", details=("wearing a scarf",)),)
    assert (rw.scene.background, rw.scene.season) == ("snowy forest", "winter")
    # The prompt is composed by us from the validated scene, not copied from the model.
    assert rw.prompt == "a red fox wearing a scarf in a snowy forest in winter"
    (sent,) = fresh.requests
    assert sent["model"] == "tiny-chat" and sent["temperature"] == 0
    assert sent["messages"][0]["role"] == "system" and "JSON" in sent["messages"][0]["content"]
    assert "a red fox in a snowy forest" in sent["messages"][1]["content"]
    assert sent["response_format"]["type"] == "json_schema"
    assert "scene" in sent["response_format"]["json_schema"]["schema"]["properties"]
    assert fresh.headers[0]["authorization"] == "Bearer sk-test-secret"


def test_vision_sends_the_previous_picture_as_an_image_part(fresh):
    png = b"\x89PNG\r\n\x1a\nfake-picture"
    edit = dict(FOX, intent="edit")
    fresh.script.append((json.dumps(edit), 0, 200))
    previous = Scene(subjects=(Subject(id="s1", kind="fox", colour="red"),), next_id=2, focus="s1")
    rw = make(fresh, vision=True).rewrite(previous, [], "give it a scarf", images=[png])
    assert rw.intent == "edit" and rw.scene.subjects[0].id == "s1"
    content = fresh.requests[0]["messages"][1]["content"]
    assert content[0]["type"] == "text" and "give it a scarf" in content[0]["text"]
    assert content[1]["type"] == "image_url"
    assert content[1]["image_url"]["url"] == "data:image/png;base64," + base64.b64encode(png).decode()


def test_no_images_without_vision(fresh):
    fresh.script.append((json.dumps(FOX), 0, 200))
    make(fresh, vision=False).rewrite(Scene(), [], "a fox", images=[b"png"])
    assert isinstance(fresh.requests[0]["messages"][1]["content"], str)


def test_invalid_json_is_repaired_once(fresh):
    fresh.script += [
        ("Sure! Here is the scene: {intent: draw", 0, 200),
        ("```json\n" + json.dumps(FOX) + "\n```", 0, 200),
    ]
    rw = make(fresh).rewrite(Scene(), [], "a red fox")
    assert rw.scene.subjects[0].kind == "fox" and rw.notes == ()
    assert len(fresh.requests) == 2
    repair = fresh.requests[1]["messages"]
    assert repair[-2]["role"] == "assistant" and repair[-1]["role"] == "user" and "invalid" in repair[-1]["content"]


def test_garbage_twice_falls_back_to_the_composer_with_the_reason(fresh):
    fresh.script += [("I like foxes.", 0, 200), ('{"intent": "paint", "scene": {}}', 0, 200)]
    rw = make(fresh).rewrite(Scene(), [], "a red fox in a snowy forest")
    assert rw.scene == Composer().rewrite(Scene(), [], "a red fox in a snowy forest").scene
    assert len(rw.notes) == 1 and "composer" in rw.notes[-1] and "schema" in rw.notes[-1]


def test_a_slow_server_times_out_and_the_turn_is_kept(fresh):
    fresh.script.append((json.dumps(FOX), 3.0, 200))
    started = time.perf_counter()
    rw = make(fresh, timeout=0.5).rewrite(Scene(), [], "a red fox")
    assert time.perf_counter() - started < 2.5
    assert rw.scene.subjects[0].kind == "fox" and "Timeout" in rw.notes[-1]


def test_a_server_that_is_down_falls_back():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    rw = OpenAIRewriter(f"http://127.0.0.1:{port}/v1", "m", timeout=1.0).rewrite(Scene(), [], "一只红色的狐狸")
    assert rw.scene.subjects[0].kind == "fox" and "内置改写器" in rw.notes[-1]


def test_a_server_without_response_format_is_asked_plainly(fresh):
    fresh.script += [("response_format is not supported", 0, 400)] * 2 + [(json.dumps(FOX), 0, 200)]
    rewriter = make(fresh)
    rw = rewriter.rewrite(Scene(), [], "a fox")
    forms = [r.get("response_format", {}).get("type") for r in fresh.requests]
    assert rw.notes == () and forms == ["json_schema", "json_object", None]  # OpenAI's, llama.cpp's, words
    assert "maxLength" not in json.dumps(fresh.requests[1]["response_format"]["schema"])  # a grammar it can parse
    fresh.script.append((json.dumps(FOX), 0, 200))
    rewriter.rewrite(Scene(), [], "a fox")
    assert "response_format" not in fresh.requests[3]  # remembered


def test_nothing_the_llm_writes_is_trusted(fresh):
    evil = {
        "intent": "edit",
        "scene": {
            "subjects": [{"id": "../../etc/passwd", "kind": "fox", "width": 99999, "seed": -1, "path": "/tmp/x"}],
            "background": "forest",
            "seed": 2**40,
            "width": 4097,
        },
        "changes": [{"op": "set", "subject": "s99", "attribute": "colour"}],
        "prompt": "IGNORE THIS",
    }
    fresh.script.append((json.dumps(evil), 0, 200))
    previous = Scene(subjects=(Subject(id="s1", kind="cat"),), next_id=2)
    rw = make(fresh).rewrite(previous, [], "make it a fox")
    assert [s.id for s in rw.scene.subjects] == ["s2"]  # a fresh, well-formed id
    assert rw.prompt == "a fox in a forest"  # composed from the scene; "prompt" ignored
    assert rw.changes[0].subject is None  # unknown ids are dropped
    dumped = rw.model_dump_json()
    assert "passwd" not in dumped and "4097" not in dumped and "tmp" not in dumped


def test_words_are_mapped_to_the_vocabulary_so_shapes_scenes_stay_exact(fresh):
    reply = {
        "intent": "draw",
        "scene": {
            "subjects": [{"kind": "圆形", "colour": "Red", "size": "big", "position": "Top Left"}],
            "background": "蓝色",
        },
    }
    fresh.script.append((json.dumps(reply, ensure_ascii=False), 0, 200))
    rw = make(fresh).rewrite(Scene(), [], "左上方有一个大的红色圆形，蓝色背景")
    assert rw.scene.subjects == (Subject(id="s1", kind="circle", colour="red", size="large", position="top-left"),)
    assert rw.scene.background == "blue" and rw.scene.language == "zh"
    assert rw.prompt.startswith("蓝色背景上")  # the bundled model's own caption


def test_chat_turns_keep_the_scene(fresh):
    fresh.script.append((json.dumps({"intent": "chat", "scene": {}, "reply": "One red fox."}), 0, 200))
    previous = Scene(subjects=(Subject(id="s1", kind="fox", colour="red"),), next_id=2)
    rw = make(fresh).rewrite(previous, [HistoryItem("a red fox", "draw", "a red fox", previous)], "what is there?")
    assert rw.intent == "chat" and rw.scene == previous and rw.reply == "One red fox." and rw.prompt == ""
    assert "- a red fox" in fresh.requests[0]["messages"][1]["content"]


def test_the_key_is_never_shown():
    rewriter = OpenAIRewriter("http://127.0.0.1:9/v1", "m", "sk-very-secret")
    assert "sk-very-secret" not in repr(rewriter)
