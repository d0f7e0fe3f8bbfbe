"""Messages the engine writes for people, by code, in English and Chinese.

An error carries a code and its parameters (``BadInput("image_too_large",
pixels=..., limit=...)``); the words are looked up here, once, in the
language of whoever reads them. Nothing parses a sentence back into numbers.
The composer's replies, notes and questions (``core/rewriter/``) are codes too, kept in
``core/composer_messages.py`` and joined in here.
The store's refusals (``sessions/errors.py``) carry codes too: sessions/ sits
below core, so it writes their English itself and this catalogue takes that
English as it is and adds the other languages.
``tests/test_messages.py`` fails when a code lacks either language or the two
languages ask for different parameters.
"""

from __future__ import annotations

import re
import string

from core import composer_messages as composer
from sessions import errors as store_errors

LANGUAGES = ("en", "zh")

_EN: dict[str, str] = {
    # the message box
    "empty": "Please type a message: it is empty.",
    "invisible_only": "The message holds only invisible characters; please type some words.",
    "too_long": "The message is {n} characters long; the limit is {limit}.",
    "control_chars": "The {field} contains characters that cannot be stored; they were removed.",
    # attached pictures
    "file_empty": "The attached file is empty.",
    "file_too_big": "The attached file is {mb:.1f} MB; the limit is {limit} MB.",
    "image_too_large": "This picture is {pixels_m:g} million pixels; the limit is {limit_m:g} million.",
    "image_far_too_large": "This picture has over {pixels_m:g} million pixels; the limit is {limit_m:g} million.",
    "image_unreadable": "The attached file is not an image Inkturn can read (use PNG, JPEG, WebP or GIF).",
    "image_broken": "The attached image is broken or truncated.",
    "reference_unused": (
        "The attached picture ({description}) is kept with this message, but the loaded model can use only "
        "pictures of the shapes world or a rewriter that sees images; it was not used for the drawing."
    ),
    # settings and turns
    "size_unsupported": "This session's size {width}x{height} is not supported; use {allowed}.",
    "steps_range": "Steps must be between 1 and 200, not {steps}.",
    "seed_range": "The seed must be between 0 and 2147483647, not {seed}.",
    "bad_settings": "This setting is not valid: {field}.",
    "turn_elsewhere": "That turn belongs to another session.",
    "redraw_identical": (
        "Redrawing with seed {seed} and the same settings reproduces this picture exactly, so nothing new was "
        "drawn. Change a setting first, or use Variation for a new seed."
    ),
    # how a turn ended
    "turn_stopped": "Stopped before the drawing finished.",
    "turn_failed_rewrite": "Reading the message failed, so nothing was drawn. Please try again or rephrase it.",
    "turn_failed_draw": "Drawing the picture failed. Please try again.",
    "turn_failed_consistency": "Keeping the picture consistent with the last one failed, so nothing was drawn.",
    "turn_failed_save": "The picture could not be saved (the data folder may be full or read-only).",
    "turn_failed": "This turn failed unexpectedly; the session is unchanged. Please try again.",
    "turn_lost": "This turn was taken over by another process and ended there.",
    # imports
    # what a turn kept and changed, shown under its picture (core/consistency/plan.py)
    "summary_kept_changed": "Kept: {kept}; changed: {changed}.",
    "summary_kept": "Kept: {kept}.",
    "summary_changed": "Changed: {changed}.",
    "change_added": "{what} (added)",
    "change_removed": "{what} (removed)",
    "change_attribute": "{what} {field}: {old} → {new}",
    "change_moved": "{what} moved: {old} → {new}",
    "change_scene": "{field}: {old} → {new}",
    "change_new_scene": "new scene",
    # a prompt longer than the model reads (core/prompt_budget.py)
    "budget_left_out": "The model reads at most {allowed} tokens, so these were left out of the prompt: {shown}",
    "budget_cut": "The prompt needs {needed} tokens and the model reads {allowed}; its end is cut off.",
    "import_refused": "This zip cannot be imported: {reason}",
    # what an import may hold beyond the zip's schema (core/archive.py check_document); ``problem``
    # is pydantic's technical detail (a field path and its complaint), said as it is
    "import_setting_missing": "session.json is not valid: settings.{field} is missing.",
    "import_setting_invalid": "session.json is not valid: settings.{field} is not a valid setting.",
    "import_consistency_setting": "session.json is not valid: settings.consistency is not a consistency setting.",
    "import_scene_invalid": "session.json is not valid: turn {index}'s scene: {problem}",
    "import_record_invalid": "session.json is not valid: turn {index}'s consistency record: {problem}",
    "import_record_file": "session.json is not valid: turn {index}'s consistency record names a bad file.",
    # the chat: how a turn ended, and what drew its picture
    "chat_failed": "⚠️ This turn failed: {error}",
    "chat_stopped": "⏹️ Stopped: {error}",
    "chat_pending": "⏳ Drawing…",
    "chat_prompt": "**Prompt:** {prompt}",
    "chat_generation": "seed {seed} · {width}×{height} · {steps} steps · guidance {guidance} · {scheduler}",
    # the store's refusals a person meets (sessions/ writes English for logs; see error_text)
    "turn_not_found": "There is no such turn in this session.",
    "image_not_found": "This picture is not available (it may have been deleted).",
    # the studio page (ui/): notices, the draw's progress, the kiosk
    "unknown_link": "This session link is unknown or no longer valid. Start a new conversation below.",
    "read_only": "This link is read-only: fork it to continue in your own copy.",
    "drawing": "Drawing: step {step}/{total} · about {left:.0f} s left",
    "queued": "Waiting for the painter…",
    "queued_ahead": "Waiting for the painter: {n} ahead of you…",
    "stopped": "Stopped.",
    "stop_none": "Nothing is drawing right now.",
    "settings_saved": "Settings saved for this session.",
    "busy": "The studio is busy: you are number {k} in line. Please try again in a moment.",
    "rate_limited": "Please wait {s:.0f} s before the next picture (a limit of {n} per minute on this screen).",
    "blocked": "Sorry, I can't draw that here. Please try something else.",
    "idle_reset": "Started a fresh page after {m} idle minutes.",
    "link_note": "The page address (`?s=…`) reopens this conversation after a reload or a restart. Keep it private: it lets anyone continue the session. To show it to someone, send the read-only link from the Session panel.",
    "reader_note": "You are viewing a read-only link: you can look at this conversation, its pictures and gallery, download what it shows, and fork it into a session of your own.",
    # the session controls
    "renamed": "Renamed.",
    "undone": "Undone: the last turn is hidden (Redo brings it back).",
    "redone": "Redone.",
    "checked_out": "This turn is now the last one shown; your next message branches from here.",
    "pick_turn": "Pick a turn first.",
    "rotated_owner": "New owner link issued; the old one no longer works. This page now uses the new one.",
    "rotated_read": "New read-only link issued; the old one no longer works.",
    "delete_cancelled": "Not deleted.",
    "deleted": "Session deleted.",
    "forked": "Forked: this is your own copy now.",
    "confirm_delete": "Delete this session and its pictures? This cannot be undone.",
    "import_none": "Choose a .zip file exported from Inkturn.",
    "import_too_big": "The file is {mb:.1f} MB; the limit is {limit} MB.",
    "imported": "Imported as a new session.",
    # words in listings (History, gallery, My sessions)
    "branch_of": "branch {k}/{n}",
    "status_failed": "failed",
    "status_cancelled": "stopped",
    "status_pending": "drawing",
    "status_undone": "undone",
    "status_reason": "{status}: {reason}",
    "export": "Download session (.zip)",
    "export_visible": "Download what this link shows (.zip)",
    "turn_count": "{n} turns",
    "turn_count_one": "1 turn",
    # the REST API (ui/rest_api.py) and the /media route (ui/web.py)
    "api_no_token": "Send the session token as 'Authorization: Bearer <token>'.",
    "api_unknown_token": "This session link is unknown or no longer valid.",
    "api_read_only": "This token is read-only.",
    "api_bad_request": "The request is not valid: {problems}",
    "media_not_found": "Not found: this link may have been deleted or replaced.",
    # the model the studio draws with (core/painter.py ModelInfo, the page's model line)
    "model_bundled": "Demo model for the shapes world (tiny Hunyuan-DiT trained by Inkturn)",
    "model_random": "UNTRAINED tiny Hunyuan-DiT with random weights (no bundled model found): pictures are noise",
    "model_external": "Hunyuan-DiT: {name}",
    "model_line": "**Model:** {label}",
    "model_warning": "⚠️ **{label}**",
}

_ZH: dict[str, str] = {
    "empty": "请输入内容：消息是空的。",
    "invisible_only": "消息里只有看不见的字符，请输入文字。",
    "too_long": "消息有 {n} 个字符，上限是 {limit}。",
    "control_chars": "{field}里有无法保存的字符，已经去掉。",
    "file_empty": "附件是空的。",
    "file_too_big": "附件有 {mb:.1f} MB，上限是 {limit} MB。",
    "image_too_large": "这张图片有 {pixels_m:g} 兆像素，上限是 {limit_m:g} 兆像素。",
    "image_far_too_large": "这张图片超过 {pixels_m:g} 兆像素，上限是 {limit_m:g} 兆像素。",
    "image_unreadable": "附件不是 Inkturn 能读取的图片（请用 PNG、JPEG、WebP 或 GIF）。",
    "image_broken": "附件图片已损坏或不完整。",
    "reference_unused": "附件图片（{description}）已随消息保存，但当前模型只能使用形状世界的图片或能看图的改写器，这次绘制没有用到它。",
    "size_unsupported": "本会话的尺寸 {width}x{height} 不受支持；请使用 {allowed}。",
    "steps_range": "步数必须在 1 到 200 之间，而不是 {steps}。",
    "seed_range": "种子必须在 0 到 2147483647 之间，而不是 {seed}。",
    "bad_settings": "这个设置无效：{field}。",
    "turn_elsewhere": "这一轮属于另一个会话。",
    "redraw_identical": "用种子 {seed} 和相同的设置重画，得到的画面会完全一样，所以没有新画。请先改一个设置，或用“变体”换一个种子。",
    "turn_stopped": "画面完成之前已停止。",
    "turn_failed_rewrite": "读取这条消息时出错，所以没有绘制。请重试或换个说法。",
    "turn_failed_draw": "绘制失败了，请重试。",
    "turn_failed_consistency": "保持画面与上一张一致时出错，所以没有绘制。",
    "turn_failed_save": "画面无法保存（数据目录可能已满或只读）。",
    "turn_failed": "这一轮意外失败了；会话没有改变。请重试。",
    "turn_lost": "这一轮被另一个进程接管并在那里结束了。",
    "summary_kept_changed": "保留：{kept}；改动：{changed}。",
    "summary_kept": "保留：{kept}。",
    "summary_changed": "改动：{changed}。",
    "change_added": "{what}（新增）",
    "change_removed": "{what}（去掉）",
    "change_attribute": "{what}的{field}：{old} → {new}",
    "change_moved": "{what}移动：{old} → {new}",
    "change_scene": "{field}：{old} → {new}",
    "change_new_scene": "新画面",
    "budget_left_out": "模型最多读 {allowed} 个词元，这些没有写进提示词：{shown}",
    "budget_cut": "提示词需要 {needed} 个词元，模型只读 {allowed} 个，结尾被截掉了。",
    "import_refused": "无法导入这个压缩包：{reason}",
    "import_setting_missing": "session.json 无效：缺少 settings.{field}。",
    "import_setting_invalid": "session.json 无效：settings.{field} 不是有效的设置。",
    "import_consistency_setting": "session.json 无效：settings.consistency 不是有效的一致性设置。",
    "import_scene_invalid": "session.json 无效：第 {index} 轮的场景：{problem}",
    "import_record_invalid": "session.json 无效：第 {index} 轮的一致性记录：{problem}",
    "import_record_file": "session.json 无效：第 {index} 轮的一致性记录指向了无效的文件。",
    "chat_failed": "⚠️ 这一轮失败了：{error}",
    "chat_stopped": "⏹️ 已停止：{error}",
    "chat_pending": "⏳ 正在绘制…",
    "chat_prompt": "**提示词：** {prompt}",
    "chat_generation": "种子 {seed} · {width}×{height} · {steps} 步 · 引导强度 {guidance} · {scheduler}",
    "turn_not_found": "这个会话里没有这一轮。",
    "image_not_found": "这张图片不可用（可能已被删除）。",
    "unknown_link": "这个会话链接不存在或已失效。请在下方开始新的对话。",
    "read_only": "这是只读链接：请先复制（分叉）到自己的会话再继续。",
    "drawing": "正在绘制：第 {step}/{total} 步 · 约剩 {left:.0f} 秒",
    "queued": "正在等待画笔…",
    "queued_ahead": "正在等待画笔：前面还有 {n} 位…",
    "stopped": "已停止。",
    "stop_none": "现在没有正在绘制的画面。",
    "settings_saved": "已保存本会话的设置。",
    "busy": "现在人很多：你排在第 {k} 位。请稍后再试。",
    "rate_limited": "请等待 {s:.0f} 秒再画下一张（本屏幕每分钟最多 {n} 张）。",
    "blocked": "抱歉，这里不能画这个内容。请换一个试试。",
    "idle_reset": "闲置 {m} 分钟后，已开始新的页面。",
    "link_note": "页面地址（`?s=…`）可在刷新或重启后重新打开本会话。请勿外传：任何人拿到它都能继续这个会话。想给别人看，请发送“会话”面板里的只读链接。",
    "reader_note": "你正在查看只读链接：可以看这个对话、它的图片和画廊，下载它显示的内容，也可以复制（分叉）到自己的会话。",
    "renamed": "已重命名。",
    "undone": "已撤销：最后一轮已隐藏（“重做”可恢复）。",
    "redone": "已重做。",
    "checked_out": "现在显示到这一轮；下一条消息会从这里开出新分支。",
    "pick_turn": "请先选择一轮。",
    "rotated_owner": "已生成新的所有者链接，旧链接已失效。本页面已改用新链接。",
    "rotated_read": "已生成新的只读链接，旧链接已失效。",
    "delete_cancelled": "未删除。",
    "deleted": "会话已删除。",
    "forked": "已复制：现在这是你自己的会话。",
    "confirm_delete": "删除这个会话及其图片？此操作无法撤销。",
    "import_none": "请选择从 Inkturn 导出的 .zip 文件。",
    "import_too_big": "文件有 {mb:.1f} MB，上限是 {limit} MB。",
    "imported": "已导入为新会话。",
    "branch_of": "分支 {k}/{n}",
    "status_failed": "失败",
    "status_cancelled": "已停止",
    "status_pending": "绘制中",
    "status_undone": "已撤销",
    "status_reason": "{status}：{reason}",
    "export": "下载会话（.zip）",
    "export_visible": "下载这个链接显示的内容（.zip）",
    "turn_count": "{n} 轮",
    "turn_count_one": "1 轮",
    "api_no_token": "请用 'Authorization: Bearer <token>' 发送会话令牌。",
    "api_unknown_token": "这个会话链接不存在或已失效。",
    "api_read_only": "这个令牌是只读的。",
    "api_bad_request": "请求无效：{problems}",
    "media_not_found": "未找到：这个链接可能已被删除或替换。",
    "model_bundled": "形状世界的演示模型（Inkturn 训练的微型 Hunyuan-DiT）",
    "model_random": "未训练的微型 Hunyuan-DiT，权重随机（没有找到内置模型）：画出来的是噪声",
    "model_external": "Hunyuan-DiT：{name}",
    "model_line": "**模型：** {label}",
    "model_warning": "⚠️ **{label}**",
    # the store's refusals (sessions/errors.py holds their English)
    "kind_unknown": "kind 必须是 {kinds} 之一，而不是 {kind!r}。",
    "tokens_not_list": "owner_tokens 必须是列表，而不是 {got}。",
    "too_many_tokens": "一次最多只能列出 {limit} 个会话。",
    "nothing_to_undo": "没有可以撤销的内容。",
    "nothing_to_redo": "没有可以重做的内容。",
    "image_not_saved": "image 必须是 save_image 返回的 ImageInfo，而不是 {got}。",
    "image_not_info": "image 必须是 ImageInfo，而不是 {got}。",
    "pictures_remote": "这里的图片存放在对象存储中，请用 image_bytes 读取。",
    "end_status": "失败的一轮，其状态必须是 {statuses} 之一，而不是 {status!r}。",
    "error_code_invalid": "一轮的错误代码只能由小写字母、数字和 '_' 组成，而不是 {got}。",
    "turn_ended": "第 {index} 轮已经结束（{status}），不能再修改。",
    "parent_elsewhere": "上一轮 {parent} 属于另一个会话。",
    "still_drawing": "这个会话里还有一张图正在绘制；请等它画完或先停止。",
    "title_too_long": "标题有 {n} 个字符，上限是 {limit}。",
    "intent_too_long": "意图有 {n} 个字符，上限是 {limit}。",
    "lease_invalid": "lease_seconds 必须是正数，而不是 {value!r}。",
    "seed_invalid": "种子必须是 64 位整数或 None，而不是 {seed!r}。",
    "not_text": "{field} 必须是文本，而不是 {got}。",
    "nul_in_text": "{field} 不能包含 NUL 字符。",
    "not_a_dict": "{field} 必须是字典，而不是 {got}。",
    "not_json": "{field} 只能包含 JSON 值：{detail}",
    "png_not_bytes": "图片必须是 PNG 字节，而不是 {got}。",
    "png_signature": "这张图片不是 PNG 文件（开头的字节不是 PNG 签名）。",
    "png_side": "图片的 {side} 必须是 1 到 {limit} 之间的整数，而不是 {value!r}。",
    "png_too_large": "这张图片是 {width}x{height} 像素；上限是每边 {side_limit} 像素、共 {pixels_m} 兆像素。",
    "png_size_differs": "这张图片是 {width}x{height} 像素，而不是给出的 {given_width}x{given_height}。",
    "png_no_ihdr": "这张图片不是有效的 PNG 文件（没有 IHDR 文件头）。",
    "png_header_damaged": "这张图片不是有效的 PNG 文件（文件头已损坏）。",
    "extra_not_bytes": "附加文件 {name!r} 必须是字节，而不是 {got}。",
    "extra_name": "附加文件名只能由字母、数字、'.'、'_' 或 '-' 组成，而不是 {name}。",
    "export_not_bytes": "会话导出必须是 zip 字节，而不是 {got}。",
    "export_too_big": "文件有 {mb:.1f} MB，上限是 {limit_mb:.1f} MB。",
    "not_a_zip": "这个文件不是 Inkturn 的会话导出：它不是 zip 文件。",
    "no_session_json": "这个文件不是 Inkturn 的会话导出：里面没有 session.json。",
    "wrong_format": "这个文件不是 Inkturn 的会话导出：session.json 没有写明格式 {format!r}。",
    "wrong_version": "这个导出的格式版本是 {version}；当前的 Inkturn 只能读取版本 {supported}。",
    "too_many_entries": "压缩包里有 {n} 个文件；一个导出最多有 {limit} 个。",
    "entry_twice": "压缩包里有两个 {name!r}。",
    "entry_unexpected": "压缩包里有意外的文件 {name!r}；导出只包含 session.json、images/ 和 extra/。",
    "entry_encrypted": "压缩包里的文件 {name!r} 是加密的。",
    "entry_too_big": "{name!r} 解压后有 {mb:.1f} MB，上限是 {limit_mb:.1f} MB。",
    "entry_larger": "{name!r} 比压缩包声明的大，已被拒绝。",
    "entry_damaged": "压缩包里的文件 {name!r} 已损坏或使用了未知格式。",
    "entry_unsafe": "压缩包里有不安全的文件名（{name}），已被拒绝。",
    "archive_too_big": "压缩包解压后超过 {limit_mb:.1f} MB 的上限。",
    "json_invalid": "session.json 不是有效的 JSON：{detail}",
    "json_nul": "session.json 无效：其中含有 NUL 字符。",
    "schema_invalid": "session.json 无效：{problems}",
    "turn_index": "session.json 无效：第 {position} 轮的序号是 {index}。",
    "turn_id_twice": "session.json 无效：有两轮的 id 都是 {id!r}。",
    "parent_not_earlier": "session.json 无效：第 {index} 轮的上一轮不在它之前。",
    "hidden_mismatch": "session.json 无效：第 {index} 轮的 hidden 与 undone_at 不一致。",
    "head_unknown": "session.json 无效：head_turn_id 不是其中的任何一轮。",
    "undone_on_path": "session.json 无效：当前路径上有已撤销的一轮。",
    "image_misnamed": "session.json 无效：第 {index} 轮的图片应命名为 {expected!r}。",
    "image_missing": "压缩包里缺少 {name!r}。",
    "image_hash": "{name!r} 与 session.json 里的 SHA-256 不符；文件已损坏。",
    "image_stray": "压缩包里有一张没有任何一轮使用的图片：{name!r}。",
    # how the store ends a turn it finds unfinished (sessions/errors.py TURN_ENDINGS holds their English)
    "turn_interrupted": "已中断：服务器在这一轮进行时停止了",
    "turn_not_copied": "复制这个会话时，这一轮还没有完成",
}


def _joined(ours: dict[str, str], store: dict[str, str]) -> dict[str, str]:
    clash = sorted(ours.keys() & store.keys())
    if clash:  # one code, one sentence: a store or composer code may not shadow ours
        raise RuntimeError(
            f"codes said twice (core/messages.py, sessions/errors.py, core/composer_messages.py): {clash}"
        )
    return {**ours, **store}


CATALOGUE: dict[str, dict[str, str]] = {
    "en": _joined(_joined(_joined(_EN, store_errors.MESSAGES), store_errors.TURN_ENDINGS), composer.EN),
    "zh": _joined(_ZH, composer.ZH),
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def text(code: str, lang: str = "en", **params: object) -> str:
    """The message for ``code`` in ``lang`` (English for an unknown language)."""
    table = CATALOGUE.get(lang if lang in CATALOGUE else "en")
    return table[code].format(**params)


def listing(items: list[str], lang: str = "en", *, last: str = "join_list_sep") -> str:
    """Names as a list in ``lang``: "a, b, c" / "a、b、c"; ``last="join_list_or"``: "a, b or c" / "a、b还是c"."""
    if len(items) <= 1:
        return "".join(items)
    return text("join_list_sep", lang).join(items[:-1]) + text(last, lang) + items[-1]


def quoted(words: list[str], lang: str = "en") -> str:
    """Words a person wrote, quoted and listed: "“fox”, “café”" / "“狐狸”、“咖啡馆”"."""
    return listing([text("quoted", lang, words=x) for x in words], lang)


# The kinds of store refusal a person meets, most specific first, and their codes.
STORE_ERRORS: tuple[tuple[type[Exception], str], ...] = (
    (store_errors.SessionNotFound, "unknown_link"),
    (store_errors.ReadOnly, "read_only"),
    (store_errors.TurnNotFound, "turn_not_found"),
    (store_errors.ImageNotFound, "image_not_found"),
)


def error_text(exc: Exception, lang: str = "en") -> str:
    """The words for a refusal, in ``lang``: ours and the store's by their code.

    A store error raised without a code (an unknown link, a read-only link, no such
    turn or picture: their English names ids a person should not see) is said by its
    kind; one raised with plain words (another layer's) passes through as written.
    """
    own = getattr(exc, "text", None)
    if callable(own):
        return own(lang)
    if isinstance(exc, store_errors.SessionsError) and exc.code:
        return text(exc.code, lang, **exc.params)
    for kind, code in STORE_ERRORS:
        if isinstance(exc, kind):
            return text(code, lang)
    return str(exc)


def stored_text(code: str | None, params: dict | None, written: str | None, lang: str = "en") -> str:
    """A stored message (a turn's error) in ``lang``: its code's words when this version knows
    the code and its parameters fit, else the sentence as it was stored (turns from before codes,
    or an import from a newer version), else ""."""
    if code and code in CATALOGUE["en"]:
        try:
            return text(code, lang, **(params or {}))
        except (KeyError, IndexError, ValueError, TypeError):  # parameters that do not fit: a crafted import
            pass
    return written or ""


def turn_error(turn, lang: str = "en") -> str:
    """How a failed or stopped turn ended, in ``lang`` (``turn``: a stored TurnInfo)."""
    return stored_text(turn.error_code, turn.error_params, turn.error, lang)


def language_of(words: str) -> str:
    """'zh' when the text holds Chinese characters, else 'en': the language a reply should use."""
    return "zh" if _CJK.search(words or "") else "en"


def fields(template: str) -> set[str]:
    """The parameter names a template uses ("{n}", "{mb:.1f}" -> {"n", "mb"})."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
