"""The REST API (/api/v1) through httpx against the launched app: every route and every refusal."""

from __future__ import annotations

import io
import json
import zipfile

import httpx
import pytest

from tests.app_process import AppProcess
from tests.exports import rewrite_doc

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    app = AppProcess(tmp_path_factory.mktemp("api") / "data")
    app.wait()
    with httpx.Client(base_url=app.url.rstrip("/") + "/api/v1", timeout=120) as client:
        yield client
    app.stop()


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture
def session(api):
    created = api.post("/sessions")
    assert created.status_code == 201
    return created.json()


def test_a_session_of_turns_undo_redo_checkout_and_export(api, session):
    owner, reader = bearer(session["owner_token"]), bearer(session["read_token"])
    first = api.post(
        "/turns", json={"message": "a large red circle at the top left on a blue background"}, headers=owner
    )
    assert first.status_code == 201
    turn = first.json()
    assert turn["status"] == "done" and turn["intent"] == "draw" and turn["seed"] is not None
    assert turn["prompt"] == "a large red circle at the top left, on a blue background"
    assert set(turn["timings_ms"]) >= {"rewrite", "draw", "persist", "total"}
    picture = httpx.get(str(api.base_url).removesuffix("/api/v1/") + turn["picture_url"])
    assert picture.status_code == 200 and picture.content.startswith(b"\x89PNG")
    second = api.post("/turns", json={"message": "make the circle green"}, headers=owner).json()
    assert second["intent"] == "edit" and second["parent_id"] == turn["id"]
    assert [t["id"] for t in api.get("/turns", headers=reader).json()] == [turn["id"], second["id"]]
    assert api.post("/undo", headers=owner).json()["id"] == turn["id"]
    assert [t["id"] for t in api.get("/turns", headers=owner).json()] == [turn["id"]]
    assert len(api.get("/turns", params={"everything": True}, headers=owner).json()) == 2
    assert api.post("/redo", headers=owner).json()["id"] == second["id"]
    assert api.post("/checkout", json={"turn_id": turn["id"]}, headers=owner).json()["id"] == turn["id"]
    export = api.get("/export", headers=owner)
    assert export.status_code == 200 and "no-store" in export.headers["cache-control"]
    doc = json.loads(zipfile.ZipFile(io.BytesIO(export.content)).read("session.json"))
    assert len(doc["turns"]) == 2
    visible = json.loads(zipfile.ZipFile(io.BytesIO(api.get("/export", headers=reader).content)).read("session.json"))
    assert [t["message"] for t in visible["turns"]] == [turn["message"]]  # a reader gets only what it shows


def test_the_schema_is_published(api):
    schema = api.get("/openapi.json").json()
    assert {"/sessions", "/turns", "/undo", "/redo", "/checkout", "/export"} <= set(schema["paths"])


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("post", "/turns", {"message": "a small green square"}), ("get", "/turns", None), ("post", "/undo", None),
     ("get", "/export", None)],
)  # fmt: skip
def test_no_token_is_401(api, method, path, body):
    response = api.request(method, path, json=body)
    assert response.status_code == 401 and response.json()["error"] == "no_token"


@pytest.mark.parametrize("token", ["A" * 43, "not-a-token", "' OR 1=1 --"])
def test_an_unknown_token_is_404(api, token):
    response = api.get("/turns", headers=bearer(token))
    assert response.status_code == 404 and response.json()["error"] == "unknown_link"


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [("post", "/turns", {"message": "a small green square at the center"}), ("post", "/undo", None),
     ("post", "/redo", None), ("get", "/turns?everything=true", None)],
)  # fmt: skip
def test_a_read_token_cannot_write_403(api, session, method, path, body):
    response = api.request(method, path, json=body, headers=bearer(session["read_token"]))
    assert response.status_code == 403 and response.json()["error"] == "read_only"
    assert api.get("/turns", headers=bearer(session["owner_token"])).json() == []  # nothing written


@pytest.mark.parametrize(
    ("message", "code"), [("", "empty"), ("\u200b\u200b", "invisible_only"), ("x" * 2001, "too_long")]
)
def test_bad_messages_are_refused_in_the_callers_language(api, session, message, code):
    owner = bearer(session["owner_token"])
    english = api.post("/turns", json={"message": message}, headers=owner)
    assert english.status_code == 400 and english.json()["error"] == code
    chinese = api.post("/turns", json={"message": message}, headers={**owner, "Accept-Language": "zh-CN"})
    assert chinese.json()["message"] != english.json()["message"] and any(
        "\u4e00" <= c <= "\u9fff" for c in chinese.json()["message"]
    )
    assert api.get("/turns", headers=owner).json() == []


def test_nothing_to_undo_and_an_unknown_turn_are_refused(api, session):
    owner = bearer(session["owner_token"])
    assert api.post("/undo", headers=owner).status_code == 409
    assert api.post("/checkout", json={"turn_id": "0" * 32}, headers=owner).status_code == 409
    assert api.post("/turns", json={"text": "no message field"}, headers=owner).status_code == 422


ZH = {"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.8"}


def chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def test_every_refusal_is_said_in_the_callers_language_with_a_stable_code(api, session):
    owner, reader = bearer(session["owner_token"]), bearer(session["read_token"])
    cases = [  # (method, path, body, headers, status, error, code, English)
        ("get", "/turns", None, {}, 401, "no_token", "no_token",
         "Send the session token as 'Authorization: Bearer <token>'."),
        ("get", "/turns", None, bearer("A" * 43), 404, "unknown_link", "unknown_link",
         "This session link is unknown or no longer valid."),
        ("post", "/undo", None, reader, 403, "read_only", "read_only", "This token is read-only."),
        ("post", "/undo", None, owner, 409, "refused", "nothing_to_undo", "There is nothing to undo."),
        ("post", "/redo", None, owner, 409, "refused", "nothing_to_redo", "There is nothing to redo."),
        ("post", "/checkout", {"turn_id": "0" * 32}, owner, 409, "refused", "turn_not_found",
         "There is no such turn in this session."),
        ("post", "/turns", {"message": ""}, owner, 400, "empty", "empty", "Please type a message: it is empty."),
    ]  # fmt: skip
    for method, path, body, headers, status, error, code, english in cases:
        en = api.request(method, path, json=body, headers=headers)
        zh = api.request(method, path, json=body, headers={**headers, **ZH})
        assert en.status_code == zh.status_code == status, path
        assert en.json()["error"] == zh.json()["error"] == error
        assert en.json()["code"] == zh.json()["code"] == code
        assert en.json()["message"] == english
        assert chinese(zh.json()["message"]) and not chinese(english), (path, zh.json()["message"])
    assert api.post("/undo", headers={**owner, **ZH}).json()["message"] == "没有可以撤销的内容。"
    assert api.get("/turns", headers=owner).json() == []  # nothing written by any of them


def test_a_malformed_body_is_422_in_the_callers_language(api, session):
    owner = bearer(session["owner_token"])
    en = api.post("/turns", json={"text": "no message field"}, headers=owner)
    zh = api.post("/turns", json={"text": "no message field"}, headers={**owner, **ZH})
    assert en.status_code == zh.status_code == 422
    assert en.json()["code"] == zh.json()["code"] == "bad_request" and en.json()["detail"][0]["loc"] == [
        "body",
        "message",
    ]
    assert en.json()["message"].startswith("The request is not valid: body.message")
    assert zh.json()["message"].startswith("请求无效：body.message")


def test_a_stale_media_link_is_404_in_the_browsers_language(api):
    media = str(api.base_url).removesuffix("/api/v1/") + "/media/" + "0" * 32 + "/" + "1" * 32 + ".png?r=x&k=y"
    en = httpx.get(media)
    zh = httpx.get(media, headers=ZH)
    assert en.status_code == zh.status_code == 404
    assert en.text == "Not found: this link may have been deleted or replaced."
    assert zh.text == "未找到：这个链接可能已被删除或替换。"
    assert httpx.get(str(api.base_url).removesuffix("/api/v1/") + "/media/x/y", headers=ZH).text == zh.text


def test_an_import_and_its_turns_errors_speak_the_callers_language(api, session):
    owner = bearer(session["owner_token"])
    assert api.post("/turns", json={"message": "a small green square at the center"}, headers=owner).status_code == 201
    exported = api.get("/export", headers=owner).content
    zipped = {"Content-Type": "application/zip"}

    # refused: a code, and the reason in the caller's language; nothing is created
    bad = rewrite_doc(exported, lambda d: d["settings"].update(steps=0))
    en = api.post("/sessions/import", content=bad, headers=zipped)
    zh = api.post("/sessions/import", content=bad, headers={**zipped, **ZH})
    assert en.status_code == zh.status_code == 400
    assert en.json()["code"] == zh.json()["code"] == "import_setting_invalid"
    assert en.json()["message"] == "session.json is not valid: settings.steps is not a valid setting."
    assert zh.json()["message"] == "session.json 无效：settings.steps 不是有效的设置。"
    broken = api.post("/sessions/import", content=b"PK\x03\x04 broken", headers={**zipped, **ZH})
    assert (broken.status_code, broken.json()["code"]) == (400, "not_a_zip") and chinese(broken.json()["message"])

    # a turn exported while it was drawing comes back failed: its error in each caller's language
    unfinished = rewrite_doc(exported, lambda d: d["turns"][-1].update(status="pending", finished_at=None))
    created = api.post("/sessions/import", content=unfinished, headers=zipped)
    assert created.status_code == 201
    copy = bearer(created.json()["owner_token"])
    (turn_en,) = api.get("/turns", headers=copy).json()
    (turn_zh,) = api.get("/turns", headers={**copy, **ZH}).json()
    assert turn_en["status"] == turn_zh["status"] == "failed"
    assert turn_en["error_code"] == turn_zh["error_code"] == "turn_interrupted"
    assert turn_en["error"] == "interrupted: the server stopped during this turn"
    assert turn_zh["error"] == "已中断：服务器在这一轮进行时停止了"
    # the export says it in the downloader's language, with the code beside it
    doc = json.loads(
        zipfile.ZipFile(io.BytesIO(api.get("/export", headers={**copy, **ZH}).content)).read("session.json")
    )
    assert (doc["turns"][0]["error"], doc["turns"][0]["error_code"]) == (turn_zh["error"], "turn_interrupted")
