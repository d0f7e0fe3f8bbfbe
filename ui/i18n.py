"""Every string the studio shows, in English and Chinese.

Static labels go through ``gr.I18n`` (translated in the browser); messages the
server writes at run time (errors, notices) are looked up here with the tab's
language, so both paths read one table.
"""

from __future__ import annotations

import gradio as gr

LANGUAGES = ("en", "zh")

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "tagline": "A multi-turn drawing studio: describe a picture, then keep talking to change it.",
        "model": "Model",
        "conversation": "Conversation",
        "placeholder": "Describe a picture, or how to change it…  (Enter to send, Shift+Enter for a new line)",
        "send": "Send",
        "stop": "Stop",
        "new_session": "New session",
        "try": "Try",
        "kiosk_try": "Tap one to draw it",
        "preview": "Live preview",
        "settings": "Settings",
        "size": "Size",
        "steps": "Steps",
        "guidance": "Guidance",
        "seed": "Seed",
        "lock_seed": "Lock the seed: new scenes keep it too",
        "negative_prompt": "Negative prompt",
        "style": "Style",
        "apply_settings": "Save settings for this session",
        "language": "Language",
        "link_note": "The page address (`?s=…`) reopens this conversation after a reload or a restart. "
        "Keep it private: it lets anyone continue the session. To show it to someone, send the read-only link "
        "from the Session panel.",
        "reader_note": "You are viewing a read-only link: you can look at this conversation, its pictures and "
        "gallery, download what it shows, and fork it into a session of your own.",
        "kiosk_title": "Draw with words",
        "kiosk_hint": "Tap an example or type what you want to see.",
        # run-time messages
        "empty": "Please type a message: it is empty.",
        "too_long": "The message is {n} characters long; the limit is {limit}.",
        "unknown_link": "This session link is unknown or no longer valid. Start a new conversation below.",
        "drawing": "Drawing: step {step}/{total} · about {left:.0f} s left",
        "queued": "Waiting for the painter…",
        "stopped": "Stopped.",
        "stop_none": "Nothing is drawing right now.",
        "settings_saved": "Settings saved for this session.",
        "busy": "The studio is busy: you are number {k} in line. Please try again in a moment.",
        "rate_limited": "Please wait {s:.0f} s before the next picture (a limit of {n} per minute on this screen).",
        "blocked": "Sorry, I can't draw that here. Please try something else.",
        "idle_reset": "Started a fresh page after {m} idle minutes.",
        "failed": "This turn failed: {error}",
        # sessions: share, history, gallery, export
        "read_only_banner": "🔒 **Read-only link.** You can look at this conversation and fork it into your own "
        "session, but not change it.",
        "read_only": "This link is read-only: fork it to continue in your own copy.",
        "reference": "Reference image (optional)",
        "session": "Session",
        "title": "Title",
        "rename": "Rename",
        "share": "Share",
        "read_link": "Read-only link (safe to share: it cannot change anything)",
        "owner_link": "Owner link (private: it can change and delete this session)",
        "new_read_link": "New read-only link",
        "new_owner_link": "New owner link",
        "history": "History",
        "turn": "Turn",
        "undo": "Undo",
        "redo": "Redo",
        "checkout": "Continue from this turn",
        "regenerate": "Redraw (same seed)",
        "variation": "Variation (new seed)",
        "fork": "Fork into my own session",
        "edited_message": "Changed message for this turn",
        "edit_rerun": "Re-run with this message",
        "gallery": "Gallery",
        "my_sessions": "My sessions",
        "refresh": "Refresh",
        "export": "Download session (.zip)",
        "export_visible": "Download what this link shows (.zip)",
        "turn_count": "{n} turns",
        "turn_count_one": "1 turn",
        "import": "Import a session (.zip)",
        "delete": "Delete this session",
        "branch_of": "branch {k}/{n}",
        "status_failed": "failed",
        "status_cancelled": "stopped",
        "status_pending": "drawing",
        "status_undone": "undone",
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
        "exported": "The zip is ready below.",
        "import_none": "Choose a .zip file exported from Inkturn.",
        "import_too_big": "The file is {mb:.1f} MB; the limit is {limit} MB.",
        "import_refused": "This zip cannot be imported: {reason}",
        "imported": "Imported as a new session.",
        "file_too_big": "The attached file is {mb:.1f} MB; the limit is {limit} MB.",
    },
    "zh": {
        "tagline": "多轮对话绘画工作室：描述一幅画，然后继续对话来修改它。",
        "model": "模型",
        "conversation": "对话",
        "placeholder": "描述一幅画，或说说怎么改…（回车发送，Shift+回车换行）",
        "send": "发送",
        "stop": "停止",
        "new_session": "新会话",
        "try": "试试",
        "kiosk_try": "点一下就画",
        "preview": "实时预览",
        "settings": "设置",
        "size": "尺寸",
        "steps": "步数",
        "guidance": "引导强度",
        "seed": "种子",
        "lock_seed": "锁定种子：新画面也使用它",
        "negative_prompt": "反向提示词",
        "style": "风格",
        "apply_settings": "保存本会话的设置",
        "language": "语言",
        "link_note": "页面地址（`?s=…`）可在刷新或重启后重新打开本会话。请勿外传：任何人拿到它都能继续这个会话。"
        "想给别人看，请发送“会话”面板里的只读链接。",
        "reader_note": "你正在查看只读链接：可以看这个对话、它的图片和画廊，下载它显示的内容，也可以复制（分叉）到自己的会话。",
        "kiosk_title": "用文字画画",
        "kiosk_hint": "点一个例子，或输入你想看到的画面。",
        "empty": "请输入内容：消息是空的。",
        "too_long": "消息有 {n} 个字符，上限是 {limit}。",
        "unknown_link": "这个会话链接不存在或已失效。请在下方开始新的对话。",
        "drawing": "正在绘制：第 {step}/{total} 步 · 约剩 {left:.0f} 秒",
        "queued": "正在等待画笔…",
        "stopped": "已停止。",
        "stop_none": "现在没有正在绘制的画面。",
        "settings_saved": "已保存本会话的设置。",
        "busy": "现在人很多：你排在第 {k} 位。请稍后再试。",
        "rate_limited": "请等待 {s:.0f} 秒再画下一张（本屏幕每分钟最多 {n} 张）。",
        "blocked": "抱歉，这里不能画这个内容。请换一个试试。",
        "idle_reset": "闲置 {m} 分钟后，已开始新的页面。",
        "failed": "这一轮失败了：{error}",
        "read_only_banner": "🔒 **只读链接。** 你可以查看这个对话，也可以复制（分叉）到自己的会话里继续，但不能修改它。",
        "read_only": "这是只读链接：请先复制（分叉）到自己的会话再继续。",
        "reference": "参考图（可选）",
        "session": "会话",
        "title": "标题",
        "rename": "重命名",
        "share": "分享",
        "read_link": "只读链接（可以放心分享：它不能修改任何内容）",
        "owner_link": "所有者链接（请保密：它可以修改和删除这个会话）",
        "new_read_link": "重新生成只读链接",
        "new_owner_link": "重新生成所有者链接",
        "history": "历史",
        "turn": "轮次",
        "undo": "撤销",
        "redo": "重做",
        "checkout": "从这一轮继续",
        "regenerate": "重画（同一种子）",
        "variation": "变体（新种子）",
        "fork": "复制到我自己的会话",
        "edited_message": "这一轮的新消息",
        "edit_rerun": "用这条消息重新运行",
        "gallery": "画廊",
        "my_sessions": "我的会话",
        "refresh": "刷新",
        "export": "下载会话（.zip）",
        "export_visible": "下载这个链接显示的内容（.zip）",
        "turn_count": "{n} 轮",
        "turn_count_one": "1 轮",
        "import": "导入会话（.zip）",
        "delete": "删除这个会话",
        "branch_of": "分支 {k}/{n}",
        "status_failed": "失败",
        "status_cancelled": "已停止",
        "status_pending": "绘制中",
        "status_undone": "已撤销",
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
        "exported": "压缩包已生成，见下方。",
        "import_none": "请选择从 Inkturn 导出的 .zip 文件。",
        "import_too_big": "文件有 {mb:.1f} MB，上限是 {limit} MB。",
        "import_refused": "无法导入这个压缩包：{reason}",
        "imported": "已导入为新会话。",
        "file_too_big": "附件有 {mb:.1f} MB，上限是 {limit} MB。",
    },
}

# Browsers report zh-CN / zh-TW; register the regional tags too.
I18N = gr.I18n(
    en=dict(STRINGS["en"]), zh=dict(STRINGS["zh"]), **{"zh-CN": dict(STRINGS["zh"]), "zh-TW": dict(STRINGS["zh"])}
)


def t(key: str, lang: str = "en", **values: object) -> str:
    """A run-time message in the tab's language (English if unknown)."""
    table = STRINGS.get(lang if lang in STRINGS else "en")
    return table[key].format(**values) if values else table[key]


def language_from_header(accept_language: str | None) -> str:
    """'zh' if the browser prefers Chinese over English, else 'en'."""
    for part in (accept_language or "").split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh"
        if tag.startswith("en"):
            return "en"
    return "en"


# Gradio translates labels in the browser from the browser's language. The
# switch changes Gradio's own locale store (its ES module is already loaded; an
# import of the same URL returns that instance) and remembers the choice.
_SET_LOCALE = """
const inkturnSetLocale = async (lang) => {
  try {
    const url = performance.getEntriesByType('resource').map((e) => e.name)
      .find((name) => /\\/core-[^/]*\\.js$/.test(name));
    const mod = url ? await import(url) : null;
    if (mod && typeof mod.changeLocale === 'function') { mod.changeLocale(lang === 'zh' ? 'zh-CN' : 'en'); }
  } catch (e) { console.warn('inkturn: could not switch language', e); }
};
"""

SWITCH_LANGUAGE_JS = (
    "(lang) => {"
    + _SET_LOCALE
    + """
  if (lang !== 'zh' && lang !== 'en') { return lang; }
  try { localStorage.setItem('inkturn-lang', lang); } catch (e) {}
  inkturnSetLocale(lang);
  return lang;
}"""
)

# On load: a language chosen earlier wins over the browser's (and the server's guess).
RESTORE_LANGUAGE_JS = (
    "(guess) => {"
    + _SET_LOCALE
    + """
  let lang = guess;
  try { lang = localStorage.getItem('inkturn-lang') || guess; } catch (e) {}
  if (lang !== guess) { inkturnSetLocale(lang); }
  return lang;
}"""
)

HEAD = '<meta name="referrer" content="no-referrer">\n'
