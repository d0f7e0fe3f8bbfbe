"""Open-world prompts (the real model's path): the user's own words are the prompt.

A new picture keeps the message as written, less the chat wrapper ("Could you draw me",
"请给我画一张图："), split into phrases at commas; ``Scene.extras`` holds those phrases and the
prompt is them joined (``describe.compose_prompt``). Edits are minimal changes to the span they
refer to: "make the blanket red" turns "a blue knitted blanket" into "a red knitted blanket",
"remove the waterfall" deletes that phrase, "make it night" replaces (or adds) the time of day.
Nothing is translated, rebuilt from a grammar or invented. The structured fields (subjects,
setting, season, time of day, weather, style) are an index read from the words with the
general lexicon, so the kept/changed record and consistency still see what changed.

The package: ``user_text`` (wrappers, phrases, clauses), ``word_classes``, ``spans`` (finding what an edit
names), ``en_edits`` / ``zh_edits`` / ``scene_values`` (changing it), ``dispatch`` / ``handlers`` /
``set_target`` (reading an edit message), ``remarks`` (messages that ask for no change).
"""

from __future__ import annotations

import re

from core import messages
from core.language import lexicon as lx
from core.rewriter import general
from core.rewriter.open_text import which_one
from core.rewriter.open_text.dispatch import edit_phrases
from core.rewriter.open_text.remarks import is_remark, is_unhappy, is_vague, offers_edit
from core.rewriter.open_text.said_before import (
    asked_back,
    brought_back,
    edit_meant_for,
    names_thing_as_before,
    put_back,
    thing_as_before,
    thing_as_before_zh,
    tried_again,
)
from core.rewriter.open_text.scene_values import camera_asked, categories
from core.rewriter.open_text.spans import Edit
from core.rewriter.open_text.typos import mended, taken_back
from core.rewriter.open_text.user_text import (
    _STOP_EN,
    asks_to_draw,
    clean,
    corrected,
    is_open_scene,
    joiner,
    phrases_of,
    strip_wrapper,
    wants_open,
)
from core.rewriter.open_text.word_classes import ACTION_VERBS
from core.scene import Change, Rewrite, Scene

__all__ = [
    "ACTION_VERBS",
    "_STOP_EN",
    "Edit",
    "asks_to_draw",
    "clean",
    "edit_phrases",
    "index",
    "is_open_scene",
    "is_remark",
    "is_unhappy",
    "is_vague",
    "joiner",
    "names_thing_as_before",
    "offers_edit",
    "phrases_of",
    "rewrite",
    "strip_wrapper",
    "wants_open",
]


def index(text: str, lang: str, previous: Scene | None, next_id: int) -> Scene:
    """The structured view of the words: subjects (ids kept where the kind is unchanged), setting, time…"""
    ops = general.GeneralOps(Scene(language=lang, next_id=next_id), lang)
    ops.new_scene(lx.normalise(text))
    scene = ops.scene
    if previous is not None:
        old = {s.kind: s for s in previous.subjects}
        subjects, used = [], set()
        for s in scene.subjects:
            match = old.get(s.kind)
            if match is not None and match.id not in used:
                used.add(match.id)
                subjects.append(s.model_copy(update={"id": match.id}))
            else:
                subjects.append(s)
        top = max([int(s.id[1:]) for s in subjects] + [previous.next_id - 1, next_id - 1])
        fixed = []
        seen = set()
        for s in subjects:
            if s.id in seen:
                top += 1
                s = s.model_copy(update={"id": f"s{top}"})
            seen.add(s.id)
            fixed.append(s)
        scene = scene.model_copy(update={"subjects": tuple(fixed), "next_id": top + 1})
    return scene


# "另外再画一张：…", "draw another one: …": a second picture, described after the colon
_ANOTHER_PICTURE = re.compile(
    r"^(?:(?:可以了|好了|行了|ok|好的|好|嗯|行|不错|很好|那)[，,\s]*)?(?:另外|然后|接着|重新)?(?:再?(?:画|来|做|出)一(?:张|幅|版)|下一张|下一幅|"
    r"(?:换|来)(?:个|一个|一张)新的|新的一(?:张|幅|版))"
    r"(?:新的|别的|完全不一样的|不一样的|完全不同的)?(?:图|海报|插画)?(?=\s*[:：，,])"
    r"|^(?:now\s+)?(?:draw|make|do)\s+(?:me\s+)?(?:another|a new|a second)\s+(?:one|picture|image|poster)(?=\s*[:：])"
    # "next brief for the same client: …" (said to us: it goes), "now a second label for the white wine: …" (the
    # label is the picture's words: only "now a second" goes)
    r"|^(?i:(?:(?:ok|okay|now|so|great|nice|and|then)[\s,]+)*(?:the\s+)?(?:next|new|another|a second|second|a third)\s+"
    r"(?:(?:brief|project|concept|job|task|idea)s?\b[^:：]{0,60}?(?=\s*[:：])|(?=(?:label|cover|poster|design|ad|banner|"
    r"card|logo|illustration|package|packaging|sticker|flyer|thumbnail|spread|page|scene|shot|product)s?\b[^:：]{0,60}?[:：])))"
)


# "please draw me a cat on a sofa" with a picture there: a new picture, or the cat added? (asked, never guessed)
_DRAW_REQUEST = re.compile(
    r"(?i)^(?:(?:ok|okay|now|so|and|pls|plz|please|hi|hey)[\s,!]+)*(?:(?:can|could|would|will) you\s+(?:please\s+)?)?"
    r"(?:draw|paint|generate|create|render|sketch|illustrate)\s+(?:me\s+|us\s+)?(?P<en>(?:a|an|some|two|three)\s+.+?)[.!?]*$"
    r"|^(?:请|麻烦)?你?(?:帮我|给我)?(?:画|生成)(?P<zh>(?:一|两|三)(?:个|只|张|幅|条|朵|辆|座|杯|盘|碗|位|棵).+?)[。！？!?]*$"
)
_ADD_CUE = re.compile(
    r"(?i)(?<![a-z])(?:also|too|as well|another|next to (?:it|him|her|them|the)|beside (?:it|him|her|them|the)|"
    r"in (?:the|this) (?:picture|image|scene)|into (?:the|this)|in there)(?![a-z])|也|旁边|里面|图里|画里|这张|上面"
)
_NEW_ANSWER = re.compile(
    r"(?i)^(?:(?:a|the)\s+)?(?:new(?: one| picture| image)?|start (?:a\s+)?new(?: one| picture)?|start over|"
    r"fresh(?: one)?|separate(?: one)?|重新画(?:一张)?|新的|新的一张|新画一张|新图|重新来|另画一张|重画)(?:\s*please)?[.!。！吧]*$"
)
_ADD_ANSWER = re.compile(
    r"(?i)^(?:add(?: it)?(?: to (?:this|it|this one|the picture|this picture))?|to this one|this one|this picture|"
    r"加进去|加到这张(?:图)?(?:里)?|加上|加吧|加到图里|这张)(?:\s*please)?[.!。！吧]*$"
)


# "new one: …", "ok now a totally new one for the same client: …", "new one pls：…", "something else: …"
_NEW_ONE = (
    r"(?:a\s+)?(?:(?:totally|completely|entirely|brand)\s+)?(?:new|another|next|different) (?:one|idea|picture)"
    r"(?:\s+(?:pls|plz|please|for\s+[^:：,，]{1,40}?))?"
    r"|something (?:(?:totally|completely|entirely|quite|very|a bit|a little)\s+)?(?:new|else|different)"
)


# "换个完全不同的：…", "来个不一样的：…": another picture altogether, what it is said after the colon
_OTHER_ZH = (
    r"(?:换个|换一个|来个|来一个|画个|画一个|再来个)(?:完全|彻底|全然|很)?(?:不同|不一样)的?(?:吧|了)?(?=[，,：:])"
)


def _draw_request(message: str) -> str | None:
    """What a "draw me …" message asks for, when it names a new thing and no cue says it joins this picture."""
    m = _DRAW_REQUEST.match(clean(message).strip())
    if m is None or _ADD_CUE.search(message):
        return None
    return (m.group("en") or m.group("zh") or "").strip() or None


def rewrite(previous: Scene, history, message: str, text: str, lang: str, *, new: bool | None = None) -> Rewrite:
    """One message on the open path: a new picture from the user's words, or a span edit of the current words."""
    raw = clean(message)
    have = not previous.is_empty
    asked = (
        _draw_request(history[-1].message)
        if have and new is None and history and history[-1].intent == "chat"
        else None
    )
    if asked and _NEW_ANSWER.match(raw.strip()):  # "please draw me a cat on a sofa" … "a new one": that, drawn anew
        return rewrite(previous, history[:-1], history[-1].message, history[-1].message, lang, new=True)
    if asked and _ADD_ANSWER.match(raw.strip()):  # … "add it": the cat on the sofa joins this picture
        raw = f"加上{asked}" if lx.has_cjk(asked) else f"add {asked}"
        new = False
    if have and new is None and _draw_request(raw):
        return Rewrite(intent="chat", prompt="", scene=previous, reply=messages.text("ask_add_or_new", lang))
    if new is None:
        new = not have or bool(
            re.search(
                r"(?<![a-z])(?:start over|new picture|new image|new scene|start again)(?![a-z])|重新画|换一张|重来"
                r"|^(?:(?:ok|好|好的|行)[，,\s]*)?(?:换个|换一个)(?:主题|题材|题目|话题|项目|产品|场景|方向)(?:吧|了)?[，,：:]"
                rf"|^(?:(?:ok|好|好的|行)[，,\s]*)?{_OTHER_ZH}"  # "换个完全不同的：雪山下的小木屋…"
                rf"|(?:^|[.!?。！？]\s*)(?:(?:ok|okay|now|so|great|nice|and|forget (?:that|it|this)|never ?mind(?: that)?"
                rf"|scrap that|nah)[\s,]+)*(?:{_NEW_ONE})\s*[:：]"  # "new one: …", "ok now something new: …"
                rf"|{_ANOTHER_PICTURE.pattern}",  # "另外再画一张：端午节海报…"
                text,
            )
        )
    if new:
        body = strip_wrapper(
            re.sub(
                rf"^(?:.*?(?:[.!?。！？,，]\s*|\b(?:ok|okay|now|so)[\s,]+)(?=(?:{_NEW_ONE})\s*[:：]))?"
                r"(?:start over|new picture|new image|new scene|start again|重新画|换一张|重来|"
                r"(?:(?:ok|好|好的|行)[，,\s]*)?(?:换个|换一个)(?:主题|题材|题目|话题|项目|产品|场景|方向)(?:吧|了)?(?=[，,：:])|"
                rf"(?:(?:ok|好|好的|行)[，,\s]*)?{_OTHER_ZH}|"
                rf"(?:{_NEW_ONE})(?=\s*[:：])|{_ANOTHER_PICTURE.pattern})"
                r"[:：,，]?\s*",
                "",
                raw,
                flags=re.I,
            )
        )
        body = re.sub(r"^(?:这次是|这次|这回是|这回)\s*", "", body)  # "再来一张新的，这次是一只柴犬…"
        phrases = corrected(phrases_of(body))  # "a tiger, no wait, a snow leopard": the snow leopard
        if have and any(_SAME_STYLE.search(p) for p in phrases):
            phrases = _style_carried(phrases, previous.extras or phrases_of(_old_prompt(previous)))
        words_lang = "zh" if any(lx.has_cjk(p) for p in phrases) else "en"  # "重新来一张：a bright picnic, …": English
        body = joiner(words_lang).join(phrases)
        scene = index(body, words_lang, None, previous.next_id).model_copy(
            update={"extras": phrases, "language": words_lang}
        )
        reply = messages.text("reply_drew_described", lang)
        return Rewrite(intent="draw", prompt=body, scene=scene, changes=(Change(op="new"),), reply=reply)
    current = previous.extras or phrases_of(_old_prompt(previous))
    raw = taken_back(mended(raw, current))  # "cna you take the nori out"; "make it red, no wait, yellow"
    raw = camera_asked(raw)  # "shoot it from a low angle instead", "来个俯视图": the angle alone
    raw = _FILLER.sub("", raw) or raw  # "the dog I mean": the dog
    raw = _it_from_question(history, raw, current)  # "is the plant too big?" … "ok make it smaller then"
    restored = (
        thing_as_before(history, raw, current, lang)
        or thing_as_before_zh(history, raw, current, lang)
        or put_back(history, raw, current, lang)
        or brought_back(history, raw, current, lang)
    )
    both = _BACK_BUT.match(raw) if restored is None else None
    first = thing_as_before(history, both.group(1), current, lang) if both else None
    if first is not None:  # "keep the armor rusted like before, but add a red cape": that back, then the rest
        then = edit_phrases(tuple(first.phrases), both.group(2), lang)
        if then.changes:
            then.changes[:0] = first.changes
            then.said[:0] = first.said
            restored = then
    # "the first title was better": the phrase as it was; "can I have the knife back?": the knife, where it was
    raw = raw if restored else asked_back(history, raw, current) or raw  # "the green was nicer": on its thing
    raw = raw if restored else tried_again(history, raw, current) or raw  # "try sand beige": on what last changed
    if restored is None and is_remark(
        raw
    ):  # "perfect, ship it", "小熊猫好可爱": said about the picture, not to change it
        return Rewrite(intent="chat", prompt="", scene=previous, reply=messages.text("reply_ack", lang))
    if _keeps_what_is(raw, current):  # "ok 就用 SUMMER BEATS" when it already says so: nothing to change
        return Rewrite(intent="chat", prompt="", scene=previous, reply=messages.text("reply_ack", lang))
    if is_vague(raw):  # "change the colour", "make it better", "换个颜色": change nothing, and ask
        return Rewrite(intent="chat", prompt="", scene=previous, reply=messages.text("reply_open_not_understood", lang))
    ed = (
        restored
        or edit_meant_for(history, raw, current, lang, edit_phrases)  # "the door, sorry": the last edit, there
        or _edit_the_one_meant(current, history, raw, lang)
    )
    if isinstance(ed, str):  # "make the mug green" with two mugs: nothing changes, and the reply asks which
        return Rewrite(intent="chat", prompt="", scene=previous, reply=ed)
    if not ed.changes:
        nothing = "reply_already_so" if ed.unchanged else "reply_open_not_understood"
        question = ed.question or messages.text(nothing, lang)
        return Rewrite(intent="chat", prompt="", scene=previous, reply=question)
    if not ed.phrases:
        return Rewrite(intent="chat", prompt="", scene=previous, reply=messages.text("reply_nothing_left", lang))
    # The prompt keeps its own language's separators: a Chinese edit of an English prompt changes
    # the words it names, not every comma ("…fireplace，cozy winter 夜晚，soft warm light").
    prompt_lang = previous.language or lang
    text_now = joiner(prompt_lang).join(ed.phrases)
    scene = index(text_now, prompt_lang, previous, previous.next_id).model_copy(
        update={"extras": tuple(ed.phrases), "language": prompt_lang}
    )
    notes = (ed.question,) if ed.question else ()
    return Rewrite(
        intent="edit", prompt=text_now, scene=scene, changes=tuple(ed.changes), reply=_reply(ed, lang), notes=notes
    )


_BACK_BUT = re.compile(r"(?i)^(.+?\b(?:like|as)\s+before)\s*[,;]?\s*(?:but|and)\s+(?:also\s+)?(.+)$")


def _it_from_question(history, raw: str, current: tuple[str, ...]) -> str:
    """ "is the plant too big for the room?" (a question, nothing changed) then "make it smaller": "it" is the one
    thing of the prompt that the question named."""
    if not history or history[-1].intent != "chat" or not re.search(r"(?i)\bit\b", raw) or lx.has_cjk(raw):
        return raw
    from core.rewriter.open_text.spans import find_en

    asked = clean(history[-1].message)
    named = {w.lower() for w in re.findall(r"(?i)\b(?:the|that|this)\s+([a-z][a-z-]{2,})", asked)}
    found = {w for w in named if w not in ("room", "picture", "image", "scene", "photo") and find_en(list(current), w)}
    if len(found) != 1:
        return raw
    return re.sub(r"(?i)\bit\b", f"the {found.pop()}", raw, count=1)


_FILLER = re.compile(
    r"(?i)^(?:i mean|i meant|um+|uh+)[\s,.]+(?=\w)|(?<=\S)[\s,]+(?:i mean|i meant)[\s.!]*$"
    r"|(?<=[a-z])\s+(?:stuff|and stuff|and all that|and everything|thingy|bits)(?=[\s.!,]*$)"  # "remove the waterfall stuff"
)
_SAME_STYLE = re.compile(
    r"(?i)\s*(?:,\s*)?(?:in\s+)?(?:the\s+)?same\s+(?:style|look|vibe)(?:\s+as\s+before)?|风格一样|同样的风格|一样的风格|同样风格|风格不变"
)
_STYLE_WORDS = re.compile(
    r"(?i)\b(?:outline|pastel|colou?rs|palette|flat|vector|watercolou?r|style|texture|kawaii|line art|sticker|"
    r"illustration|3d|render|grain)\b|描边|马卡龙|配色|色调|风格|质感|插画|水彩|扁平|贴纸"
)


def _style_carried(phrases: tuple[str, ...], before: tuple[str, ...]) -> tuple[str, ...]:
    """ "a new one: a sleepy cat sticker in the same style": the words that said the last picture's style come along
    ("thick white outline", "白色描边，马卡龙色"); its subject does not."""
    kept = [p for p in before[1:] if _STYLE_WORDS.search(p) or categories(p) & {"style"}]
    said = [_SAME_STYLE.sub("", p).strip(" ,，") for p in phrases]
    return tuple(p for p in said if p) + tuple(p for p in kept if p.lower() not in " ".join(said).lower())


def _keeps_what_is(raw: str, current: tuple[str, ...]) -> bool:
    """ "ok 就用 SUMMER BEATS", "let's keep the red one": a choice of what the prompt already says."""
    m = re.match(
        r"(?i)^(?:ok(?:ay)?|好的?|那|嗯)?[\s,，]*(?:就用|就要|还是用|用回|keep|let'?s keep|go with|stick with)\s*(.+?)[\s.!。！吧]*$",
        raw.strip(),
    )
    m = m or re.match(
        r"^(?:嗯|哦|那)?[，,]?还是(.+?)的?(?:好|比较好|更好)[吧啊呀。！!]*$", raw.strip()
    )  # "还是麂皮的好"
    if m is None or len(m.group(1)) < 2:
        return False
    if re.fullmatch(
        r"(?i)(?:现在)?(?:这个|这版|这张|这样|现在的|现在这样|this one|this|it|the current one)", m.group(1).strip()
    ):
        return True  # "嗯，还是这个好": the picture as it is
    said = re.sub(r"(?i)^(?:the|a|an)\s+", "", m.group(1))
    return said.lower() in joiner("en").join(current).lower()


def _edit_the_one_meant(current: tuple[str, ...], history, raw: str, lang: str) -> Edit | str:
    """The edit, on the thing it means where the prompt holds two of a kind; or the question which one.
    Right after that question, an answer ("the blue one", "追球那只", "both") gets the asked edit."""
    prompt_lang = "zh" if lx.has_cjk("".join(current)) else "en"
    if history and history[-1].intent == "chat":
        asked = clean(history[-1].message)
        before = which_one.pick(list(current), asked, prompt_lang)
        if before is not None and not before.chosen:
            chosen = which_one.answered(before, raw)
            if chosen == ():
                return before.question(lang)
            if chosen:
                meant = which_one.Pick(before.head, before.things, chosen)
                return which_one.apply(list(current), asked, lang, meant, edit_phrases)
        offered = edit_phrases(current, asked, lang).offered if before is None else []
        named = which_one.named_among(offered, raw) if offered else None
        if named is not None:  # "make it red" … "the dragon": the asked edit, on the one named
            return edit_phrases(current, which_one.instead_of_it(asked, named), lang)
    meant = which_one.pick(list(current), raw, prompt_lang)
    if meant is None:
        return edit_phrases(current, raw, lang)
    if not meant.chosen:
        return meant.question(lang)
    return which_one.apply(list(current), raw, lang, meant, edit_phrases)


def _old_prompt(scene: Scene) -> str:
    from core.describe import compose_prompt

    return compose_prompt(scene)


def _reply(ed: Edit, lang: str) -> str:
    from core.rewriter.replies import join

    parts = [messages.text(code, lang, **params) if code else "" for code, params in ed.said]
    return join(parts, lang) if parts else messages.text("reply_changed", lang)
