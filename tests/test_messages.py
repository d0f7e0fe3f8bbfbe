"""The message catalogue: every code in both languages, asking for the same parameters."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest

from core import messages
from core.errors import BadInput
from sessions import errors as store_errors
from sessions.errors import (
    InvalidInput,
    ReadOnly,
    SessionNotFound,
    TurnAlreadyFinished,
    TurnNotFound,
    UnsafeImagePath,
)


@pytest.mark.parametrize("code", sorted(messages.CATALOGUE["en"]))
def test_every_code_has_both_languages_with_the_same_parameters(code):
    assert set(messages.CATALOGUE) == set(messages.LANGUAGES)
    for lang in messages.LANGUAGES:
        assert code in messages.CATALOGUE[lang], f"{code} has no {lang} text"
    assert messages.fields(messages.CATALOGUE["en"][code]) == messages.fields(messages.CATALOGUE["zh"][code])


def test_no_language_has_codes_the_other_lacks():
    assert set(messages.CATALOGUE["en"]) == set(messages.CATALOGUE["zh"])


def test_an_error_carries_its_code_and_speaks_each_language():
    error = BadInput("too_long", n=2500, limit=2000)
    assert error.code == "too_long" and str(error) == "The message is 2500 characters long; the limit is 2000."
    assert error.text("zh") == "消息有 2500 个字符，上限是 2000。"
    assert error.text("fr") == str(error)  # an unknown language falls back to English


def test_words_from_another_layer_pass_through_unchanged():
    error = BadInput("session.json is not valid: turn 2's scene: subjects: field required")
    assert error.code is None and error.text("zh") == str(error)


@pytest.mark.parametrize(
    ("text", "lang"), [("make it red", "en"), ("把它改成红色", "zh"), ("把 circle 改成 blue", "zh")]
)
def test_the_language_of_a_message(text, lang):
    assert messages.language_of(text) == lang


# -- the studio's words come from the catalogue too (issue 15) ----------------------------------

UI = Path(__file__).resolve().parent.parent / "ui"


def codes_the_ui_asks_for() -> set[str]:
    """Every code ui/ passes to messages.text, literal or one of the few it builds from a value."""
    source = "\n".join(path.read_text(encoding="utf-8") for path in UI.glob("*.py"))
    literal = set(re.findall(r'messages\.text\(\s*"([a-z_]+)"', source))
    choices = set(re.findall(r'messages\.text\(\s*"([a-z_]+)" if [^"]+ else "([a-z_]+)"', source))
    done = set(re.findall(r'self\._do\(.+, "([a-z_]+)", lang\)', source))  # said once an action succeeds
    built = {f"rotated_{kind}" for kind in ("owner", "read")} | {
        f"status_{s}" for s in ("failed", "cancelled", "pending")
    }
    return literal | {code for pair in choices for code in pair} | done | built


def test_every_code_the_ui_uses_is_in_the_catalogue():
    asked = codes_the_ui_asks_for()
    assert {"busy", "unknown_link", "drawing", "branch_of", "turn_count_one", "confirm_delete", "undone"} <= asked
    assert asked - set(messages.CATALOGUE["en"]) == set()


def test_the_ui_keeps_only_static_labels():
    from ui import chat_view, i18n

    assert not hasattr(i18n, "t")  # no second table of run-time sentences
    for lang in messages.LANGUAGES:
        assert set(i18n.STRINGS[lang]).isdisjoint(messages.CATALOGUE[lang]), lang
    assert not hasattr(chat_view, "STATUS_TEXT")


@pytest.mark.parametrize(
    ("error", "en", "zh"),
    [
        (SessionNotFound("This session link is unknown or no longer valid."), "unknown or no longer valid", "已失效"),
        (ReadOnly("This link is read-only."), "read-only", "只读链接"),
        (TurnNotFound("There is no turn 'x' in this session."), "no such turn", "没有这一轮"),
        (UnsafeImagePath("points outside the data folder"), "not available", "不可用"),
        (BadInput("too_long", n=9, limit=2), "9 characters", "9 个字符"),
    ],
)
def test_a_refusal_is_said_in_the_tabs_language(error, en, zh):
    assert en in messages.error_text(error, "en") and zh in messages.error_text(error, "zh")


def test_a_value_the_store_refuses_is_named_in_its_own_words():
    error = InvalidInput("The title is 300 characters long; the limit is 200.")
    assert messages.error_text(error, "zh") == str(error)


def test_the_chat_speaks_the_tabs_language():
    from datetime import UTC, datetime

    from core.session_book import TurnInfo
    from ui.chat_view import turn_messages

    now = datetime(2026, 12, 1, tzinfo=UTC)
    turn = TurnInfo(
        id="t", session_id="s", index=1, parent_id=None, message="画一个红色的圆", intent="draw", prompt="a red circle",
        negative_prompt="", scene=None, generation={"width": 128, "height": 128, "steps": 20, "guidance": 5.0,
        "scheduler": "DPM"}, seed=7, status="done", error=None, reply="画好了。", timings={}, image_id=None,
        created_at=now, finished_at=now, undone_at=None, reference_image_id=None,
    )  # fmt: skip
    zh = turn_messages(turn, None, None, "zh")[-1]["content"]
    assert "**提示词：** a red circle" in zh and "种子 7 · 128×128 · 20 步" in zh
    en = turn_messages(turn, None, None, "en")[-1]["content"]
    assert "**Prompt:** a red circle" in en and "seed 7 · 128×128 · 20 steps" in en
    failed = dataclasses.replace(turn, status="failed", error="boom")
    assert turn_messages(failed, None, None, "zh")[-1]["content"] == "⚠️ 这一轮失败了：boom"


# -- the store's refusals carry codes too (issue 15) ---------------------------------------------

SESSIONS = Path(__file__).resolve().parent.parent / "sessions"
STORE_ERRORS = {name for name in dir(store_errors) if name[0].isupper() and name != "MESSAGES"}


def store_raises() -> list[tuple[str, int, str, str | None, set[str]]]:
    """Every store error built in sessions/: (file, line, class, code or None for plain words, keywords)."""
    found = []
    for path in sorted(SESSIONS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in STORE_ERRORS:
                first = node.args[0] if node.args else None
                code = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
                code = code if code and re.fullmatch(r"[a-z][a-z_]*", code) else None
                keywords = {k.arg for k in node.keywords if k.arg}
                found.append((path.relative_to(SESSIONS.parent).as_posix(), node.lineno, node.func.id, code, keywords))
    return found


def test_every_code_raised_in_sessions_is_in_both_languages_with_its_parameters():
    raised = [r for r in store_raises() if r[3]]
    assert len(raised) >= 55 and {r[3] for r in raised} == set(store_errors.MESSAGES)  # none unused
    for where, line, _, code, keywords in raised:
        assert code in store_errors.MESSAGES, f"{where}:{line}: {code} has no English in sessions/errors.py"
        for lang in messages.LANGUAGES:
            assert code in messages.CATALOGUE[lang], f"{where}:{line}: {code} has no {lang} text"
            assert messages.fields(messages.CATALOGUE[lang][code]) == keywords, f"{where}:{line}: {code} ({lang})"


def test_a_value_the_store_refuses_is_always_raised_with_a_code():
    # Said by kind instead (their English names ids): unknown link, read-only, no such turn or picture.
    # sessions/database.py's refusals are start-up errors the operator reads on the console.
    plain = [
        f"{where}:{line}"
        for where, line, kind, code, _ in store_raises()
        if code is None and issubclass(getattr(store_errors, kind), store_errors.InvalidInput)
        and where != "sessions/database.py"
    ]  # fmt: skip
    assert plain == []


def test_the_stores_english_is_the_catalogues_and_no_code_is_said_twice():
    for code, english in {**store_errors.MESSAGES, **store_errors.TURN_ENDINGS}.items():
        assert messages.CATALOGUE["en"][code] == english
    assert not set(store_errors.MESSAGES) & set(messages._EN)
    assert not set(store_errors.TURN_ENDINGS) & (set(messages._EN) | set(store_errors.MESSAGES))


@pytest.mark.parametrize(
    ("error", "en", "zh"),
    [
        (InvalidInput("title_too_long", n=300, limit=200), "The title is 300 characters long; the limit is 200.",
         "标题有 300 个字符，上限是 200。"),
        (InvalidInput("nothing_to_undo"), "There is nothing to undo.", "没有可以撤销的内容。"),
        (TurnAlreadyFinished("turn_ended", index=3, status="done"),
         "Turn 3 has already ended (done); it cannot be changed.", "第 3 轮已经结束（done），不能再修改。"),
        (InvalidInput("export_too_big", mb=70.04, limit_mb=64.0), "The file is 70.0 MB; the limit is 64.0 MB.",
         "文件有 70.0 MB，上限是 64.0 MB。"),
    ],
)  # fmt: skip
def test_a_store_refusal_keeps_its_english_and_is_said_in_chinese(error, en, zh):
    assert str(error) == en == messages.error_text(error, "en")
    assert messages.error_text(error, "zh") == zh


def test_real_store_refusals_are_said_in_chinese(open_store):
    from sessions import archive

    store = open_store()
    session = store.create_session()
    with pytest.raises(InvalidInput) as undo:
        store.undo(session.owner_token)
    assert (
        str(undo.value) == "There is nothing to undo."
        and messages.error_text(undo.value, "zh") == "没有可以撤销的内容。"
    )
    with pytest.raises(InvalidInput) as zipped:
        archive.read(b"not a zip")
    assert str(zipped.value) == "This file is not an Inkturn session export: it is not a zip file."
    assert messages.error_text(zipped.value, "zh") == "这个文件不是 Inkturn 的会话导出：它不是 zip 文件。"


def test_an_import_refusal_is_said_in_the_readers_language(open_store):
    from core.archive import import_session

    with pytest.raises(BadInput) as refused:
        import_session(open_store(), None, b"PK\x03\x04 broken")
    assert refused.value.code == "not_a_zip"
    assert refused.value.text("zh") == "这个文件不是 Inkturn 的会话导出：它不是 zip 文件。"
    assert str(refused.value) == "This file is not an Inkturn session export: it is not a zip file."


@pytest.mark.parametrize(
    ("kind", "en", "zh"),
    [
        ("bundled", "**Model:** Demo model for the shapes world (tiny Hunyuan-DiT trained by Inkturn)",
         "**模型：** 形状世界的演示模型（Inkturn 训练的微型 Hunyuan-DiT）"),
        ("random", "⚠️ **UNTRAINED tiny Hunyuan-DiT with random weights (no bundled model found): pictures are noise**",
         "⚠️ **未训练的微型 Hunyuan-DiT，权重随机（没有找到内置模型）：画出来的是噪声**"),
        ("external", "**Model:** Hunyuan-DiT: HunyuanDiT-v1.2", "**模型：** Hunyuan-DiT：HunyuanDiT-v1.2"),
    ],
)  # fmt: skip
def test_the_model_line_speaks_the_tabs_language(kind, en, zh):
    from core.painter import ModelInfo
    from ui.studio import model_line

    info = ModelInfo("HunyuanDiT-v1.2", kind, (1024, 1024), ((1024, 1024),), (77, 256))
    assert model_line(info, "en") == en and model_line(info, "zh") == zh
    assert info.label == info.label_in("en") and info.label in en  # the log's English, as before


# -- every code core/ raises or says, and every code a turn is stored with (issue 15) -------------

CORE = Path(__file__).resolve().parent.parent / "core"
CODED_ERRORS = {"BadInput", "DrawError", "ModelLoadError", "DrawCancelled", "InkturnError"}
CODE = re.compile(r"[a-z][a-z0-9_]*")


def core_codes() -> list[tuple[str, str, set[str] | None]]:
    """(where, code, keywords or None when passed on as **params) of every error raised with a code
    in core/ and every ``messages.text("code", ...)``."""
    found = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            said = name == "text" and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "messages"
            first = node.args[0]
            literal = first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else ""
            if (name in CODED_ERRORS or said) and CODE.fullmatch(literal):
                keywords = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
                found.append((f"{path.relative_to(CORE.parent).as_posix()}:{node.lineno}", literal, keywords))
    return found


def test_every_code_core_raises_or_says_has_both_languages_with_its_parameters():
    found = core_codes()
    codes = {code for _, code, _ in found}
    assert {"import_setting_missing", "import_scene_invalid", "import_record_file", "reference_unused"} <= codes
    assert len(found) >= 20
    for where, code, keywords in found:
        for lang in messages.LANGUAGES:
            assert code in messages.CATALOGUE[lang], f"{where}: {code} has no {lang} text"
            if keywords is not None:
                assert messages.fields(messages.CATALOGUE[lang][code]) == keywords, f"{where}: {code} ({lang})"


def test_no_import_refusal_is_written_as_a_sentence():
    source = (CORE / "archive.py").read_text(encoding="utf-8")
    assert "session.json is not valid" not in source  # the words live in the catalogue only


def stored_codes() -> list[tuple[str, str]]:
    """Codes sessions/ stores with a turn it ends itself (``error_code="..."`` or ``"error_code": "..."``)."""
    found = []
    for path in sorted(SESSIONS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            pairs = []
            if isinstance(node, ast.Call):
                pairs = [(k.arg, k.value) for k in node.keywords]
            elif isinstance(node, ast.Dict):
                pairs = [(getattr(k, "value", None), v) for k, v in zip(node.keys, node.values, strict=True)]
            for key, value in pairs:
                for leaf in ast.walk(value) if key == "error_code" else ():
                    if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str):
                        found.append((f"{path.relative_to(SESSIONS.parent).as_posix()}:{node.lineno}", leaf.value))
    return found


def test_every_way_a_turn_ends_is_a_code_in_both_languages():
    from core import turn

    stored = stored_codes()
    assert {code for _, code in stored} == set(store_errors.TURN_ENDINGS) == {"turn_interrupted", "turn_not_copied"}
    ours = {*turn._STAGE_MESSAGES.values(), "turn_failed", "turn_stopped", "turn_lost"}
    for code in ours | set(store_errors.TURN_ENDINGS):
        for lang in messages.LANGUAGES:
            assert code in messages.CATALOGUE[lang], f"{code} has no {lang} text"
    assert "turn_failed" in (CORE / "turn.py").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("code", "params", "written", "en", "zh"),
    [
        ("turn_failed_draw", {}, "绘制失败了，请重试。", "Drawing the picture failed. Please try again.", "绘制失败了，请重试。"),
        ("steps_range", {"steps": 0}, "x", "Steps must be between 1 and 200, not 0.", "步数必须在 1 到 200 之间，而不是 0。"),
        ("turn_interrupted", None, "interrupted: the server stopped during this turn",
         "interrupted: the server stopped during this turn", "已中断：服务器在这一轮进行时停止了"),
        (None, None, "written before codes", "written before codes", "written before codes"),
        ("unknown_to_this_version", {}, "as written", "as written", "as written"),
        ("steps_range", {"wrong": 1}, "as written", "as written", "as written"),
        (None, None, None, "", ""),
    ],
)  # fmt: skip
def test_a_stored_message_is_said_in_the_viewers_language_or_as_written(code, params, written, en, zh):
    assert messages.stored_text(code, params, written, "en") == en
    assert messages.stored_text(code, params, written, "zh") == zh


# -- the composer's words are codes too (issue 15) -------------------------------------------------

REWRITER = CORE / "rewriter"
SAYS = {"note", "ask", "say"}  # ShapesOps.note/ask, GeneralOps.note, open_text Edit.say: (code, **params)
SPEAKERS = {"messages", "catalogue"}  # core.messages as the rewriter modules import it
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _codes_in(node: ast.expr) -> list[str]:
    """The code(s) an argument names: "code", or "a" if ... else "b"."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _codes_in(node.body) + _codes_in(node.orelse)
    return []


def rewriter_codes(folder: Path = REWRITER) -> list[tuple[str, str, set[str] | None]]:
    """(where, code, keywords or None) of every code core/rewriter/ says: ``messages.text(code, lang, ...)``
    (also through a local ``say = messages.text``) and ``.note/.ask/.say(code, ...)``."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            spoken = isinstance(func, ast.Attribute) and (
                func.attr in SAYS or func.attr == "text" and getattr(func.value, "id", "") in SPEAKERS
            )
            if not (spoken or isinstance(func, ast.Name) and func.id == "say"):
                continue
            keywords = None if any(k.arg is None for k in node.keywords) else {k.arg for k in node.keywords}
            for code in _codes_in(node.args[0]):
                found.append((f"{path.name}:{node.lineno}", code, keywords))
    return found


def test_the_composer_codes_are_in_the_catalogue_in_both_languages():
    # the catalogue's test at the top then checks each of them for both languages and equal parameters
    from core import composer_messages as composer

    assert set(composer.EN) == set(composer.ZH)
    for lang, table in (("en", composer.EN), ("zh", composer.ZH)):
        assert {code: messages.CATALOGUE[lang][code] for code in table} == table, lang


def test_every_code_the_rewriter_says_has_both_languages_with_its_parameters():
    found = rewriter_codes()
    assert len(found) >= 90 and {"clause_recoloured", "said_made", "ask_which", "note_full"} <= {c for _, c, _ in found}
    for where, code, keywords in found:
        for lang in messages.LANGUAGES:
            assert code in messages.CATALOGUE[lang], f"{where}: {code} has no {lang} text"
            if keywords is not None:
                assert messages.fields(messages.CATALOGUE[lang][code]) == keywords, f"{where}: {code} ({lang})"


def test_no_composer_code_is_unused():
    from core import composer_messages as composer

    source = "\n".join(p.read_text(encoding="utf-8") for p in [*REWRITER.rglob("*.py"), CORE / "messages.py"])
    unused = [code for code in composer.EN if f'"{code}"' not in source]
    assert unused == []


def _named(node: ast.AST | None) -> str | None:
    return getattr(node, "id", None) or getattr(node, "attr", None)


def _reply_sinks(tree: ast.AST):
    """The expressions whose words reach the user: a reply, a note or a question."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            owner = func.value if isinstance(func, ast.Attribute) else None
            if name in SAYS | {"_chat"} or name == "append" and _named(owner) in ("notes", "parts", "said"):
                yield from node.args
            yield from (k.value for k in node.keywords if k.arg in ("reply", "notes", "question"))
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {f"{_named(t.value)}[]" if isinstance(t, ast.Subscript) else _named(t) for t in targets}
            if names & {"reply", "note", "question", "msg", "notes", "said[]"} and node.value is not None:
                yield node.value
        elif isinstance(node, ast.FunctionDef) and node.name in ("_answer", "_left_out", "_reply"):
            yield from (n.value for n in ast.walk(node) if isinstance(n, ast.Return) and n.value is not None)


def inline_reply_words(folder: Path = REWRITER) -> list[str]:
    """Chinese written in code where a reply, note or question is made (English and Chinese pairs included:
    the pair always holds the Chinese). Chinese used to read messages (patterns, word lists) is not a sink."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        sinks = list(_reply_sinks(tree))
        if path.name == "replies.py":  # every function there returns a reply
            sinks += [n.value for n in ast.walk(tree) if isinstance(n, ast.Return) and n.value is not None]
        for sink in sinks:
            for leaf in ast.walk(sink):
                if isinstance(leaf, ast.Constant) and isinstance(leaf.value, str) and CJK.search(leaf.value):
                    found.append(f"{path.name}:{leaf.lineno}: {leaf.value[:30]!r}")
    return found


def test_the_rewriter_writes_no_reply_words_inline(tmp_path):
    assert inline_reply_words() == []
    # the scan sees the pairs it replaced, and not the Chinese a message is read with
    (tmp_path / "old.py").write_text(
        "YES = re.compile(r'^(?:好的|可以)$')\n"
        "def f(self, ed, lang, name):\n"
        "    self.note('Only one.', '只有一个。')\n"
        "    ed.say(f'removed {name}', f'去掉了{name}')\n"
        "    ed.said[-1] = ('made it', '改成了')\n"
        "    reply = '好的。' if lang == 'zh' else 'Fine.'\n"
        "    return Rewrite(reply=reply, notes=('画不了',))\n",
        encoding="utf-8",
    )
    found = {hit.split(": ")[1] for hit in inline_reply_words(tmp_path)}
    assert found == {"'只有一个。'", "'去掉了'", "'改成了'", "'好的。'", "'画不了'"}
