"""The studio's static labels, in English and Chinese, translated in the browser by ``gr.I18n``.

Everything the server writes at run time (notices, errors, progress, the words
of listings) comes from the one catalogue, ``core/messages.py``, in the tab's
language; the footer's note is in both, so it is taken from there too.
"""

from __future__ import annotations

import gradio as gr

from core import messages

LANGUAGES = ("en", "zh")

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "tagline": "A multi-turn drawing studio: describe a picture, then keep talking to change it.",
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
        "kiosk_heading": "# Inkturn · Draw with words",
        "kiosk_hint": "Tap an example or type what you want to see.",
        # sessions: share, history, gallery, export
        "read_only_banner": "🔒 **Read-only link.** You can look at this conversation and fork it into your own "
        "session, but not change it.",
        "reference": "Reference image (optional)",
        "session": "Session",
        "title": "Title",
        "rename": "Rename",
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
        "import": "Import a session (.zip)",
        "delete": "Delete this session",
    },
    "zh": {
        "tagline": "多轮对话绘画工作室：描述一幅画，然后继续对话来修改它。",
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
        "kiosk_heading": "# Inkturn · 用文字画画",
        "kiosk_hint": "点一个例子，或输入你想看到的画面。",
        "read_only_banner": "🔒 **只读链接。** 你可以查看这个对话，也可以复制（分叉）到自己的会话里继续，但不能修改它。",
        "reference": "参考图（可选）",
        "session": "会话",
        "title": "标题",
        "rename": "重命名",
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
        "import": "导入会话（.zip）",
        "delete": "删除这个会话",
    },
}

# Labels the page shows before the server has written anything, from the catalogue.
FROM_CATALOGUE = ("link_note",)


def _labels(lang: str) -> dict[str, str]:
    return {**STRINGS[lang], **{code: messages.text(code, lang) for code in FROM_CATALOGUE}}


# Browsers report zh-CN / zh-TW; register the regional tags too.
I18N = gr.I18n(en=_labels("en"), zh=_labels("zh"), **{"zh-CN": _labels("zh"), "zh-TW": _labels("zh")})


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
