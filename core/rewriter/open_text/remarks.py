"""Messages that ask for no change: remarks about the picture ("perfect, ship it") and edits too vague
to make ("change the colour"), so nothing is added to the prompt."""

from __future__ import annotations

import re

from core.rewriter.open_text.scene_values import categories
from core.rewriter.open_text.word_classes import ACTION_VERBS, FINISH_EN, MATERIALS_EN, PROMPT_COLOURS_EN

_EDIT_VERB = re.compile(
    r"(?i)(?<![a-z])(?:make|change|turn|add|remove|delete|put|move|swap|replace|use|give|paint|colou?r|no|without|lose|"
    r"drop|get rid|switch|try|set|place|instead|should|want|need|let'?s)(?![a-z])"
    r"|改|换|加|去掉|删|变|放|把|挪|移|不要|别|成|要是|试试|(?:再|更)[\u4e00-\u9fff]{1,3}(?:一点|一些|点)"
)
_REMARK = re.compile(
    r"(?i)(?<![a-z])(?:love|loving|like it|gorgeous|beautiful|cute|perfect|great|nice|amazing|awesome|cool|lovely|stunning|"
    r"wow|omg|haha+|lol|thanks?|thank you|thx|ty|approved|ship it|fine|good|brilliant|yay|wonderful|fantastic|"
    r"exactly|on brand|as is|nvm|never ?mind|no worries|keep(?:ing)?|leave (?:it|them)|that'?s it|done|adorable|"
    r"gg|spot on|nailed it|chef'?s kiss|looks? real|so real|sick|dope|fire|slay|better now|much better|"
    r"that'?s the one|exporting|downloading|saving it|"
    r"so (?:cute|good|pretty|nice))(?![a-z])"
    r"|可爱|好美|真美|太美|漂亮|好看|绝了|高级|就这|挺好|不用了|先不改|不改了|没事|算了|哈哈|谢谢|多谢|感谢|好耶|完美|"
    r"喜欢|爱了|不错|满意|(?<![球木铁冰])棒(?![球子槌针糖])|赞|牛|效果|感觉|温柔多了|清新|饿了|萌|的好$|謝謝|感謝|很棒|画得真好|画得好|真好|就是这种|"
    r"完整了|(?i:ok)\s*了|可以了|(?i:thx)|[\U0001F300-\U0001FAFF\u2764\u2728]|"
    r"^哇+|哇塞|对对|就是这个|保留这个|就要这个|就这个|这个好|清爽|精致|好帅|真帅|很帅|舒服|对了|多了$|就是它|有内味|有感觉"
)
# talk about the work, not the picture: a person, a plan, an errand ("sending this to the client", "我拿去给老板看看")
_WORK_TALK = re.compile(
    r"(?i:(?<![a-z])(?:i|i'?ll|i'?m|i'?ve|my|me|we|we'?ll|our|brb|kk|k|meh|hmm+|interesting|got it|sending|send|"
    r"boss|client|team|later|tomorrow)(?![a-z']))|我|咱|老板|客户|辛苦|收到|先这样|回头|明天"
)
_UNHAPPY = re.compile(
    r"(?i)^(?:hmm+\s+|meh\s*|nah\s+)?(?:not quite|not right|not it|that'?s off|off|wrong|meh|nope|hmm+|again\??|"
    r"not there yet)$|^(?:不太对|不对|不行|不好|不太行|还不行|差点意思|再来)$"
)
_VAGUE = re.compile(
    r"(?i)^(?:(?:can|could|would) you\s+)?(?:please\s+)?"
    r"(?:(?:change|edit|fix|tweak|adjust|redo|update|alter)\s+(?:it|this|that|the\s+(?:colou?rs?|[a-z]+(?:\s+[a-z]+)?))"
    r"(?:\s+(?:too|as well|a bit|a little|again|up|somehow))?"
    r"|make\s+(?:it|him|her|them|this|the\s+[a-z]+)\s+(?:look\s+)?(?:better|nicer|prettier|cooler|different|pop|"
    r"more interesting|more exciting|more fun|look good|interesting|special|stand out))[\s.!?]*$"
    r"|^(?:再|请|帮我)?\s*(?:把它|把这个)?\s*(?:改|换|调|变|调整|改改|调调|change|adjust|tweak|fix)\s*"
    r"(?:一下|一改|一调|个样|下|改|调)?\s*(?:vibe|感觉|氛围|pls|please|吧)?[\s。！!]*$"
    r"|^(?:再|请)?\s*(?:换|改)个(?:感觉|风格|氛围|样子|vibe|feel)[\s。！!吧]*$"
    r"|^(?:颜色|色调)?(?:调一调|调调|调整下|调整一下)[\s。！!吧]*$"
    r"|^(?:再)?(?:大|小)(?:一)?点[了吧儿]?[\s。！!]*$"
    r"|^(?i:make it)\s*(?:更|再)?(?:好看|漂亮|高级|有感觉)(?:一)?点?[\s。！!]*$"
    r"|^(?:再|请|帮我)?\S{0,4}?(?:换|改)(?:个|一个|一下)\s*(?:颜色|天气|风格|样子|色|color|colour)[\s。！!吧]*$"
    r"|^(?:颜色|色调)?再调调[\s。！!]*$"
    r"|^(?:颜色|色调|配色)(?:换一下|换换|换一换|改一下|改改|变一下)[\s。！!吧]*$"  # which colour, to what? we ask
    r"|^(?:让它|把它弄得?|弄得?)?(?:好看|漂亮|有趣|特别)(?:一)?点[\s。！!吧]*$"
)


# a bare word of assent: the picture is not asked to change ("right" alone names no thing to move)
_ONE_WORD_YES = frozenset(
    [
        "ok",
        "okay",
        "aww",
        "yes",
        "yep",
        "yup",
        "yeah",
        "yea",
        "ya",
        "right",
        "alright",
        "true",
        "agreed",
        "sure",
        "fair",
        "mhm",
        "uh-huh",
        "嗯",
        "好",
        "对",
        "对的",
        "是的",
        "没错",
        "行",
        "嗯嗯",
    ]
    + ["all right", "fair enough", "uh huh", "makes sense", "i see"]
)


_SETTLED = re.compile(
    r"(?:先|那就|还是)?(?:不改了|不用改了?|不用了|不换了|就这样吧?|就这样|就这个吧?|就这版吧?|算了吧?|没事)[了吧啦呀]?"
)


def is_remark(text: str) -> bool:
    """Every clause praises, thanks or settles ("perfect, ship it", "ok keeping dusk, thx", "这个效果绝了"), and none
    asks for a change: a chat turn, and nothing is added to the prompt."""
    clauses = [c for c in re.split(r"[,，.。!！;；]+\s*", text) if c.strip(" ~～")]
    if not clauses or re.search(r"[?？]", text):
        return False  # "Could the whale be purple? Thank you!": a question is asked, whatever the thanks
    if re.search(r"[\"“「《‘]|(?<![a-z])'(?=[A-Za-z0-9])|(?i:\bwrong\b|错了|不对)", text):
        return False  # "names are wrong lol it's 'Ana & Tomás'": words for the picture, or a fault, not praise
    if re.search(
        r"(?i)\bnot (?:sure|a fan|loving|feeling)\b|\bunsure\b|\b(?:don'?t|do not) (?:really |much |quite )?(?:like|love)\b|\bhate\b|不(?:太|是很|怎么)?喜欢|不确定",
        text,
    ):
        return False  # "hmm not sure about the lamp": a doubt about a thing, not praise
    if all(_SETTLED.fullmatch(c.strip()) for c in clauses):
        return True  # "先不改了", "不用了": nothing is to change
    if _EDIT_VERB.search(text) or re.search(r"还是|instead|rather|(?<![a-z])back(?![a-z])", text, re.I):
        return False
    if re.match(
        rf"(?i)^(?:can|could|would|will|make|have|let)\s+the\s+[a-z][a-z -]{{0,60}}?\s+(?:say|read|{ACTION_VERBS})\b",
        text,
    ):
        return False  # "can the dragon breathe fire": asked of a thing in the picture
    valued = re.search(rf"(?i)(?<![a-z])(?:{'|'.join(sorted(PROMPT_COLOURS_EN))})(?![a-z])", text) or re.search(
        r"[\u4e00-\u9fff]{0,2}[红橙黄绿蓝紫白黑灰粉棕]色", text
    )  # "门的颜色我想要黄色": a value asked for, whatever "我" says
    return all(
        _REMARK.search(c) or (_WORK_TALK.search(c) and not valued) or c.strip().lower() in _ONE_WORD_YES
        for c in clauses
    )  # "scooter orange to match our brand" names a value: an edit, whatever "our" says


_OFFER_TAIL = re.compile(r"[\s?？。.!！]+$|(?:呢|吗|怎么样|如何|好不好|行不行|可以吗|试试)[\s?？]*$")


def offers_edit(text: str) -> bool:
    """A question in form that offers a change ("glossy orange?", "terrazzo in green?", "哑光黑呢", "what if the vase
    was glass", "can he have a frog friend next to him?"): an edit, not a question about the picture."""
    t = _OFFER_TAIL.sub("", text.strip())
    t = _OFFER_TAIL.sub("", t)
    if not t:
        return False
    if re.match(r"(?i)^(?:what if|how about if|suppose)\s+.+\s+(?:was|were|is|became)\s", t):
        return True
    if re.match(r"(?i)^(?:(?:hmm+|ok|oh)[\s,.]+)?(?:can|could) (?:i|we) (?:have|get)\s+.+\s+back\b", t):
        return True  # "hmm can I have the knife back?": asked back, and given
    if re.match(r"(?i)^how (?:do|can|would|should) (?:i|we) (?:make|change|turn|get|add|remove|put|swap)\s", t):
        return True  # "how do i make the sofa yellow": asked how, and done
    if re.match(r"(?i)^(?:can|could)\s+(?:he|she|it|they)\s+(?:have|get|wear|hold)\s", t):
        return True
    done = re.match(
        r"(?i)^(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:do|try|redo|render)\s+(?!(?:you|we|they|i|u)\b)(?:it\s+)?"
        r"(?:(as|in)\s+)?(.+)$",
        t,
    )  # not "do you think watercolor or gouache works better?"
    if done and (done.group(1) or categories(done.group(2))):
        return True  # "can you do dusk light?", "do it as pixel art instead"; not "do you like it?"
    if re.match(r"(?i)^(?:would|do) you mind\s+(?:making|changing|turning|adding|removing|putting)\s", t):
        return True
    words = t.lower().split()
    values = PROMPT_COLOURS_EN | MATERIALS_EN | FINISH_EN
    if (
        words
        and len(words) <= 4
        and words[-1] in values
        and all(w in values or w in ("and", "in", "more") for w in words[:-1])
    ):
        return True  # "glossy orange?", "matte black?"
    if re.fullmatch(r"(?i)[a-z][\w -]{0,24}\s+in\s+[a-z][\w -]{0,24}", t) and t.lower().split()[-1] in values:
        return True  # "terrazzo in green?"
    asks = re.match(r"(?i)(?:is|are|was|what|why|how|which|where|who|do|does|did|can|could|will|would)\b", t)
    if not asks and 2 <= len(words) <= 3 and words[-1] in values and words[0] not in values:
        return True  # "roof teal?"
    core = re.sub(r"^(?:那|要不|或者|换成|改成)", "", t)
    return bool(
        re.fullmatch(
            r"(?:哑光|亚光|磨砂|亮面)?[\u4e00-\u9fff]{0,3}?(?:红|橙|橘|黄|绿|蓝|紫|白|黑|灰|粉|棕|金|银|青)色?", core
        )
    )


_UNHAPPY_ONLY = re.compile(
    r"(?i)(?:(?:hmm+|meh|nah|nope|no|ugh|uh|still|sorry)[\s,.!]*)*"
    r"(?:(?:that'?s|it'?s|this is|that is|it is|this'?s)\s+)?(?:still\s+)?(?:not (?:quite |really )?right|wrong|not it|off)"
    r"(?:\s+(?:yet|again|still))?[\s.!]*"
    r"|(?:嗯|呃|唉|哎)*[，,\s]*(?:还是)?(?:不太对|不对|不行|不太行|还不行|差点意思|感觉不对|还是不对)(?:劲)?[啊呀吧。！!]*"
)


def is_unhappy(text: str) -> bool:
    """ "hmm not right", "that's not right", "nope, still wrong", "感觉不对": the picture is not what was wanted, and
    nothing says what to change. Never approval (the "right" in it), never words for the prompt (batch 32)."""
    return bool(_UNHAPPY_ONLY.fullmatch(text.strip()))


def is_vague(text: str) -> bool:
    """An edit with nothing to edit by: no value ("change the colour", "change it", "换个颜色", "改一下", "hmm not quite,
    fix it"); not "change the sky blue" or "tweak the lighting warmer", whose last word is the value."""
    clauses = [c.strip() for c in re.split(r"[,，.。!！;；]+\s*", text) if c.strip(" ~～")]
    if not clauses:
        return False
    asked = [c for c in clauses if _VAGUE.search(c)]
    if not asked or not all(c in asked or _UNHAPPY.search(c) for c in clauses):
        return False
    words_ = re.findall(r"[a-z]+", text.lower())
    valued = [w for w in words_[1:] if w in PROMPT_COLOURS_EN or w in MATERIALS_EN or w in FINISH_EN]
    return not valued and not (words_ and words_[-1].endswith("er") and words_[-1] not in ("better", "cooler"))
