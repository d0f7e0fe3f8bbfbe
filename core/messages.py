"""Messages the engine writes for people, by code, in English and Chinese.

An error carries a code and its parameters (``BadInput("image_too_large",
pixels=..., limit=...)``); the words are looked up here, once, in the
language of whoever reads them. Nothing parses a sentence back into numbers.
``tests/test_messages.py`` fails when a code lacks either language or the two
languages ask for different parameters.
"""

from __future__ import annotations

import re
import string

LANGUAGES = ("en", "zh")

CATALOGUE: dict[str, dict[str, str]] = {
    "en": {
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
        "import_refused": "This zip cannot be imported: {reason}",
    },
    "zh": {
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
        "import_refused": "无法导入这个压缩包：{reason}",
    },
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def text(code: str, lang: str = "en", **params: object) -> str:
    """The message for ``code`` in ``lang`` (English for an unknown language)."""
    table = CATALOGUE.get(lang if lang in CATALOGUE else "en")
    return table[code].format(**params)


def language_of(words: str) -> str:
    """'zh' when the text holds Chinese characters, else 'en': the language a reply should use."""
    return "zh" if _CJK.search(words or "") else "en"


def fields(template: str) -> set[str]:
    """The parameter names a template uses ("{n}", "{mb:.1f}" -> {"n", "mb"})."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}
