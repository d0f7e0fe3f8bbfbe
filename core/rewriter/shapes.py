"""Reading shapes-world messages: clauses, slots filled from the lexicon, references resolved.

A message is cut into clauses at conjunctions and punctuation; each clause gets an operation
from its verb (add, remove, move, set, swap, background), a reference (the words naming which
object: "the red one", "左边那个", "it") and values (the words saying what it becomes). Words
the shapes world has no use for are never kept: they do not reach the scene or the prompt.

Everything here is a pure function of (scene, text): deterministic, no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core import messages
from core.language import words as w
from core.scene import Change, Scene, Subject
from core.world import vocab

#: Where new subjects go when the user does not say: centre first, then corners.
PLACEMENT_ORDER = ("center", "top-left", "top-right", "bottom-left", "bottom-right", "top", "bottom", "left", "right")
MAX_OBJECTS = 3

# -- cues ------------------------------------------------------------------------------------------

BG_CUE = re.compile(
    r"(?<![a-z])(?<!of the )(?<!of this )(?:background|backdrop|canvas|backgrounds|bg)(?![a-z])|背景|底色"
    r"|(?<=[红橙黄绿蓝紫白黑]|色)底(?![部下边端层角面])|(?<=色的)底(?![部下边端层角面])"  # "紫底", "蓝色底": a background said the short way
)
_VERB_AFTER_PLUS = (
    r"make|blow|shrink|move|turn|change|colou?r|paint|drag|slide|shift|scale|bump|tone|remove|delete|get|lose|"
    r"switch|swap|flip|recolou?r|reshape|resize|enlarge|set|can|could|would|please|pls|the|it|that|this|"
    r"i'?d|i want|give|put (?:it|the|that|this)"
)
_OPS_EN = [
    ("remove", r"remov(?:e|ing)|delet(?:e|ing)|eras(?:e|ing)|get(?:ting)? rid of|tak(?:e|ing) (?:out|off|away)|"
               r"tak(?:e|ing) (?:[\w-]+ ){1,11}?(?:away|out|off)(?![a-z])|drop(?!\s+(?:a|an|another|one)\s)|scrap(?:ping)?|lose|ditch|eliminate|clear|"
               r"don'?t want|do not want|no longer want|no more(?= (?:the|that|this|those|these|it)\b)|has to go|have to go|must go|can go|needs to go|without"),
    ("swap", r"swap|flip(?!(?:\s+[a-z]+){1,3}\s+(?:into|to)\b)|switch places|switch (?:their|them)|exchange|trade places|trade|"
             # "switch the circle and the square around": two objects trade places
             r"(?:switch|turn|flip)(?=\s[^.;!?]{1,60}?\s(?:and|&)\s[^.;!?]{1,60}?\s(?:a)?round(?![a-z]))"),
    ("add", r"add(?:ing|ed)?|also draw|draw(?:ing)? (?:another|a|an|one)|put(?:ting)? (?:a|an|another|one|two)|"
            # a verb of placing, then a new object: "throw a tiny circle in", "put also small star", "drop a dot"
            r"(?:put|place|throw|toss|pop|stick|slap|chuck|plop|drop|draw|paint|sketch|make)(?:ting)?"
            r"(?:\s+(?:also|in|down|here|there|now|too|me|us|on))*(?=\s+(?:a|an|another|one(?! of )|two|three)\s|\s+"
            r"(?:(?:small|tiny|little|mini|large|big|huge|giant|red|orange|yellow|green|blue|purple|white|black)[\s,]+)+"
            r"(?:circle|square|triangle|star|dot|disc|box)s?(?![a-z]))|"
            r"place (?:a|an|another)|insert|include|throw in|stick (?:a|an)|another|"
            # "plus a star"; not "plus make the circle smaller", "plus blow the square up": a second edit
            rf"plus(?!\s+(?:also\s+|then\s+)?(?:{_VERB_AFTER_PLUS})(?![a-z]))|"
            r"(?:i'?d|i would) (?:love|like)(?: also| too| now)?(?= (?:a|an|another|one)\b)|(?:i want|i need|give me|can i get|could i get|"
            r"can i have|could i have|let'?s have)(?: also| too| now| as well)?(?= (?:a|an|another|one)\b)"),
    ("move", r"mov(?:e|ing)|shift(?:ing)?|drag(?:ging)?|slid(?:e|ing)|relocate|bring|push|put (?:it|the|them|that|this)|place (?:it|the)|"
             r"(?:should|must|needs? to|has to|would|could) (?:go|sit|be placed|be moved)"),
    ("set", r"make|making|change|changing|turn|turning|colou?r(?!s)|paint(?:ing)?|recolou?r(?:ing)?|resiz(?:e|ing)|"
            r"scal(?:e|ing)|enlarg(?:e|ing)|shrink(?:ing)?|set|switch|should be|"
            # "blow it up", "bump the star up", "tone it down", "size the circle down": a size verb and its particle
            r"(?:blow|bump|tone|pump|beef|size|dial|crank|ramp|scale)(?=\s(?:[^.;,!?]{0,40}\s)?(?:up|down)(?![a-z]))|"
            r"should look|would look better|needs to be|need to be|has to be|must be|want it|want them|try|"
            r"grow|increase|reduce|give it|fill|go|flip|morph|transform|convert|reshape|reform|remake|redo"),
]  # fmt: skip
OP_EN = [(op, re.compile(rf"(?<![a-z'])(?:{body})(?![a-z])")) for op, body in _OPS_EN]
OP_ZH = [
    (
        "remove",
        re.compile(
            r"去掉|删掉|删除|删了|删去|移除|拿掉|不要了|不要它|去除|擦掉|擦去|去了|拿走|删|清除|扔掉|不想要|"
            r"不要(?=[^，。,.]{1,8}了)|丢掉|干掉|撤掉|拿开|去掉吧"
        ),
    ),
    ("swap", re.compile(r"交换|互换|对调|调换|换位置|换一下位置|换个位置|换下位置|换换位置|调个位置|换个地方")),
    (
        "add",
        re.compile(
            r"再加|加上|加一|添加|增加|添上|再画|再放(?!大)|再来|再添|放一个|补一个|加个|放个|画个|摆个|添个|摆一个|加|再.{0,3}画(?=一|个)|来一个|来个"
            # a verb of placing and a measure word: "画一颗", "再整个", "弄一个", "搞个", "放一颗"
            r"|(?:画|放|摆|弄|搞|整|来|添|补|点)(?:上)?(?:一|两|三)?(?:个|颗|只|枚)(?!画面|图|背景|画布|都|全)"
        ),
    ),
    (
        "move",
        # "正方形放中间": 放 straight before a place
        re.compile(
            r"移到|挪到|放到|移动到|移动|搬到|移至|挪至|挪|移|放在|应该在|放去|摆到|拿到|弄到|调到|挪去|搬去"
            r"|(?<!再)放(?=[左右上下中正顶底]|最)"
        ),
    ),
    (
        "set",
        re.compile(
            r"恢复(?:成|为|到|回)?|还原(?:成|为|到)|改成|换成|变成|涂成|改为|变为|换为|染成|改|换|变|应该是|要是|要|放大|缩小|调"
        ),
    ),
]
NEG = re.compile(
    r"(?<![a-z])(?:don'?t|do not|not|never|no need to)\s+(?:make|change|turn|move|resize|enlarge|shrink|add)"
    r"|不要(?=变|改|换|移|动|放大|缩小|加)|别(?=变|改|换|移|动|放大|缩小|加)|不用(?=变|改|换|移|动|放大|缩小|加)"
)
UNDO_EN = re.compile(
    r"(?<![a-z])(?:undo|go back|revert|(?:go )?back one step|one step back|put (?:it|them|that|this|those|these) back|change it back|change that back|set it back|"
    r"take (?:that|it) back|back to (?:the )?(?:previous|last|old|earlier|original)|as it was|the way it was|"
    r"how it was|like before|as before|previous version|the one before|before that|reverse that|roll back|"
    r"restore|ctrl[\s+-]*z|cmd[\s+-]*z|command[\s+-]*z|"
    # "I liked it before", "it was better before", "cancel the last change"
    r"(?:liked|preferred|loved) (?:it|that|this|the (?:old|previous|earlier|last) (?:one|version|picture)) (?:better )?before|"
    r"(?:it|that) was better before|(?:cancel|scrap|drop|undo|取消)\s*(?:the |that |my )?last (?:change|edit|step|one))(?![a-z])"
)
UNDO_ZH = re.compile(
    r"回到上一张|退回上一张|(?:回到|退回|返回|恢复)?上一(?:个)?版(?:本)?|退一步|后退一步|返回一步|(?<![a-z])back\s*一步|返回上一张|回到刚才那张|回到之前那张|(?:^|[,，。!！\s]|那就|还是|请|帮我|给我|把它|把那个|把这个)放回来|"
    r"还是刚才的|还是之前的|还是原来的|还是(?:刚才|之前|原来|上一个|上一张)(?:那个|那张|那样|那版)(?:好|比较好|更好)|撤销|撤回|还原|改回去|改回来|变回去|换回去|放回原|放回去|回到原位|原来的位置|恢复|回到上一步|上一步|退回|回退|原来的样子|之前的样子|刚才那样|刚才那个样子|取消(?:刚才|上一步|这个|这次|那个)?(?:的)?(?:改动|修改|操作|变化)?$|不要(?:这个|刚才的|这次的|那个)(?:改动|修改|变化)|白改了"
    # "刚才那下改动取消吧", "上一步的修改撤掉": the change first, then the word that takes it back
    r"|(?:刚才|刚刚|上一步|这次|那下|那个)(?:那下|那个|这个)?(?:的)?(?:改动|修改|操作|变化)(?:就)?(?:取消|撤掉|撤了|不要)"
)
RESTART = re.compile(
    r"(?<![a-z])(?:start over|start again|start fresh|start from scratch|from scratch|new picture|new scene|new image|"
    r"new one|new drawing|fresh start|let'?s start|forget (?:all )?(?:that|this|it|everything)|clear (?:it|everything|"
    r"the canvas|all)|scrap (?:it|everything|all|that(?! one))|wipe (?:it|everything))(?![a-z])"
    r"|(?<![a-z])(?<!add )(?<!also )something (?:new|(?:completely |totally |entirely )?different)\s*[:：]"
    r"|(?<![a-z])(?:(?:completely|totally|entirely) )?(?:different|new|fresh|another) idea(?![a-z])"
    r"|重新开始|重新来|重来|重新画|重画一张|换一张|新的一张|新画|全部清掉|清空|从头|新图|另画一张|再画一张新"
)
QUESTION_EN = re.compile(
    r"^(?:what|where|which|how|is|are|does|do|did|can you tell|tell me|describe|why|who|any)\b|\?$"
)
# "几个路人走过" is a few passers-by; "有几个？", "画了几个圆" ask how many.
QUESTION_ZH = re.compile(
    r"什么|哪|(?:有|是|画了|放了|一共|总共|还剩)几|几(?:个|种)\S{0,4}[？?]|多少|吗|呢|是否|有没有|是不是|大还是小|还是小的|还是大的"
)
REQUEST = re.compile(
    r"(?<![a-z])(?:can|could|would|will) (?:you|u|i|we)(?! (?:tell|describe|say|see|explain))\b"
    r"|(?<![a-z])(?:can|could) (?:the|it|they|this|that|those|these)\b"
    r"|would you mind|能不能|可不可以|可以|麻烦|能否|请"
)
ACK_EN = re.compile(
    r"(?<![a-z])(?:love (?:it|this|that)|i love it|great|nice(?: one)?|perfect|thanks?(?: a lot| so much)?|thank you(?: so much)?|"
    r"thx|ty|cool|awesome|looks? (?:good|great|nice|lovely|fine|perfect|right)|that'?s (?:lovely|great|it|good|"
    r"perfect|nice|fine|what i wanted|better|right)|lovely|wow|beautiful|cheers|ok(?:ay)?|good|fine|yes|yep|yeah|"
    r"yay|sure|exactly|excellent|amazing|brilliant|sweet|super|stunning|gorgeous|neat|haha|lol|yum|well done|"
    r"good job|nice work|much better|better|nicer|prettier|cuter|alright|all right|done|that'?s all|that is all|keep (?:it|that|this|them|all"
    r"(?: three| of them)?)(?: like that| as is| that way)?|leave it(?: like that| as is)?|i like it|i like that|"
    r"great job|wonderful|fantastic|hmm|no changes?|that'?s the one|this is it|that'?s it|it'?s fine|fine by me|good enough|just right|"
    r"that works|works for me|so good|very nice|really nice|pretty|cute|how nice|lovely work|delicious|tasty|yummy|"
    r"incredible|superb|magical|sick|dope|rad|fab|brill|ace|splendid|marvell?ous|terrific|ta|spot on|nailed it|"
    r"love|loving|adorable|charming|cozy|cosy|elegant|classy|impressive|fabulous|glorious|sweet as)(?![a-z])"
)
ACK_ZH = re.compile(
    r"好多了|好些了|漂亮|好的|好看|不错|谢谢|多谢|谢啦|太棒了|真棒|棒|完美|很好|挺好|可以了|可以可以|可以|嗯嗯|嗯|行|好吧|好|就这样|就这么|"
    r"太美了|很美|美|很酷|酷|哈哈|可爱|喜欢|满意|没问题|对|是的|收到|保持|不用改|不改了|就它了|厉害|赞|优秀|辛苦了|"
    r"爱了|绝了|好耶|666|牛|妙|舒服|正好|刚好|合适|清楚|明白|懂了|"
    r"(?<![a-z])(?:ok|nice|thanks|good|perfect|great|cool|love it|looks great)(?![a-z])|[啦呀啊哦吧了呢～~]"
)
WRAPPER = re.compile(
    r"^(?:(?:hey|hi|hello|ok(?:ay)?|so|well|hmm+|um+|oh|ah|alright|all right(?=\s*[,.!:;-])|right(?=\s*[,.!:;-])|yes|yeah|now|also|and|but|then|please|pls|"
    r"actually|sorry|i mean|no wait|wait|no(?![a-z])(?!\s+(?:more|longer)\b)|nice|great|good|perfect|cool|love it|thanks|thank you)[\s,.!:;-]*)+"
)

PRONOUN_EN = re.compile(r"(?<![a-z])(?:it|its|that one|this one|that|this|itself)(?![a-z'])")
PRONOUN_ZH = re.compile(r"它|这个|那个|这一个|那一个|他|她")
PLURAL_EN = re.compile(r"(?<![a-z])(?:them|they|both|all|each|every|these|those|everything|their|two|three)(?![a-z])")
PLURAL_ZH = re.compile(r"它们|都|两个|三个|所有|全部|每个|这些|那些|两|全都")
OTHER = re.compile(r"(?<![a-z])(?:other|others|remaining|rest)(?![a-z])|另外|另一|其他|其余|剩下|剩余")
SEPARATORS = [
    (4, re.compile(r";|；|。|\.(?:\s|$)|!|！|\?|？")),
    (3, re.compile(r":|：|,\s*and\b|,\s*plus\b|(?<![a-z])plus(?![a-z])|另外|还有|以及|再画|再放")),
    (2, re.compile(r"(?<![a-z])(?:and|with)(?![a-z])|和|与")),
    (
        1,
        re.compile(r",|，|(?<=[\u4e00-\u9fff])\s+(?=[左右上下中正最顶底])"),
    ),  # "左下大红方 右上小蓝星": a space, then a place
]
CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|；|。|\.\s+|!\s*|！|\?\s+|？|,?\s*\band then\b|,?\s*\bthen\b|,\s*and also\b|,\s*also\b|;\s*also\b|,\s*and\b|"
    r",|\band\b|，|然后|并且|同时|而且|接着|—+|:|："
    # "圆改成白色再换黑色背景", "circle 改成 white 再换 black 背景": 再 after a value starts the next edit
    r"|(?:(?<=色)|(?<=[a-z])|(?<=[a-z] ))再(?=换|把|改|加|放))\s*"
)


BARE_SHAPE = re.compile(
    r"(?:(?:no|wait|actually|instead|now|and|then|rather|make it|let'?s do|let'?s try|try|how about|what about|maybe)[\s,]+)*"
    r"(?:a|an)\s+(?:circle|square|triangle|star)(?:\s+(?:instead|then|now|please))*"
    r"|(?:不对|不是|还是|那就|那|换|改)?[，,]?(?:一个|个)?(?:圆形|圆|正方形|方块|三角形|三角|星星|星形)(?:吧|好了|好|算了)?"
)
INSTEAD_LEAD = re.compile(r"^(?:换成|改成|那就|那|还是|instead,?|rather,?)\s*")
SAME_AGAIN = re.compile(
    r"(?<![a-z])(?:too(?=\s*(?:$|[,.!?;:)]|please|pls|thanks|then|now|as well))|as well|also|same|likewise|the same way|"
    r"same thing|same for)(?![a-z])|也一样|也是|也这样|也要|同样|一样"
)


def zh_frame(text: str) -> bool:
    """Whether a (possibly code-switched) clause is built as a Chinese sentence: "把 left 的那个放大" is,
    "Can you recolour the one 在左上方 blue?" is not."""
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    latin = sum("a" <= ch <= "z" for ch in text)
    return cjk > 0 and cjk * 2 >= latin


def is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


REQUEST_LEAD = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u)(?: please)?(?: kindly)?|would you mind|please|pls|kindly|i'?d like you to|"
    r"i want you to|go ahead and|能不能|可不可以|可以|麻烦|能否|请|帮我|给我)\s*"
)
SKIP_IMPLICIT = re.compile(r"(?<![a-z])(?:doesn'?t|does|don'?t|isn'?t|fits?|belongs?|hard to see|ugly)(?![a-z])")


def find_op(text: str) -> tuple[str, int, int] | None:
    """The first operation cue in ``text``: (op, start, end)."""
    best: tuple[str, int, int] | None = None
    for op, pattern in (*OP_EN, *OP_ZH):
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1] or (m.start() == best[1] and m.end() > best[2])):
            best = (op, m.start(), m.end())
    return best


def is_ack(text: str) -> bool:
    """ "love it!", "perfect, thanks", "漂亮", "好的，就这样": nothing but approval."""
    if not (ACK_EN.search(text) or re.search(ACK_ZH.pattern.replace("|[啦呀啊哦吧了呢～~]", ""), text)):
        return False
    rest = ACK_ZH.sub(" ", ACK_EN.sub(" ", text))
    rest = re.sub(
        r"(?<![a-z])(?:it|this|that|is|so|very|really|now|just|the|a|picture|one|all|me|you|to|for|much|"
        r"and|oh|i|we|like|looks?|as|though|then|too|indeed|absolutely|totally|both|they|they'?re|these|those|"
        r"everything|of them)(?![a-z])",
        " ",
        rest,
    )
    rest = re.sub(
        r"[\s,.!?;:，。！？；：、…~～'\"()（）-]|[图画面这个样它很太真挺非常看起来感觉好吃的都们两]", "", rest
    )
    if re.fullmatch(
        r"(?:ok(?:ay)?[\s,]+)?(?:the\s+)?[a-z]+\s+(?:is|looks|was)\s+(?:much\s+)?better[.!]*", text.strip()
    ):
        return True
    return rest == "" and text.strip() != ""


def is_undo(text: str) -> bool:
    op = find_op(text)
    if op is not None and op[0] == "add" and _indefinite_object(text[op[1] :]):
        return False  # "在圆原来的位置放一个小方块", "add a star where it was before": something new
    if UNDO_ZH.search(text):
        return True
    m = UNDO_EN.search(text)
    if m is None:
        return False
    # "change it back to white": a value named, so a revert of that value rather than an undo.
    return not re.search(r"back to (?:the )?(?:red|orange|yellow|green|blue|purple|white|black|small|large|big)", text)


def is_restart(text: str) -> bool:
    return RESTART.search(text) is not None


# -- background ------------------------------------------------------------------------------------

_GAP_BEFORE = re.compile(r"^(?:\s|the|a|an|whole|entire|for|as|plain|solid|的|作为|当作|当做|当|来做|做|作|纯)*$")
# Between "background" and its colour: copulas, modals and verbs of making ("must be", "needs to be",
# "i'd like it", "整成", "刷成"), never a noun.
_GAP_AFTER = re.compile(
    r"^(?:\s|[:：=,，]|is|should|could|can|will|would|be|to|in|of|as|set|colou?r(?:ed)?|then|please|now|instead|make|"
    r"that|that'?s|thats|which|which is|"
    r"turn|change|it|all|must|needs?|has|have|got|gotta|shall|might|may|'s|'d|i|we|like|want|prefer|going|gonna|"
    r"ideally|preferably|maybe|perhaps|just|painted|filled|done|a|an|nice|solid|plain|totally|fully|entirely|"
    r"是|要|用|为|改成|换成|换|改|变成|都|全|整个|纯|的|涂|成|弄|设为|设成|设置为|设置成|整成|弄成|搞成|做成|调成|刷成|"
    r"染成|来个|来|就|得|必须|需要|最好|换个|改个|想要|想|颜色|色|呢|吧)*$"
)


NOT_COLOUR = re.compile(
    r"(?:不要|不是|别用|不用|不想要|不再是|而不是|不要再用|(?<![a-z])(?:not|no|no more|instead of|rather than|anything but|"
    r"other than|except)(?: the| a)?)\s*$"
)
COLOUR_COMPLAINT = re.compile(
    r"^\s*(?:one|colou?r|色|background|backdrop|bg)?\s*(?:(?:is|are|looks?|seems?|'s|feels?)\s+)?(?:way |far |a bit |a little |kind of |just |really |"
    r"very |quite )?(?:too (?:much|bright|loud|strong|dark|harsh|intense|heavy|dull|boring|plain|bland|pale)|so (?:bright|loud|ugly|much|dull|boring|plain|bland|pale)|ugly|garish|"
    r"overwhelming|distracting|jarring|hurts?|boring|dull|much)"
    r"|^\s*(?:色|背景|底色)?(?:的)?(?:太|有点|有些|真|很|好|实在|也太)?(?:刺眼|扎眼|抢眼|不好看|难看|丑|单调|无聊|土气?)"
    r"|^\s*(?:色|背景|底色)?(?:太|过于)(?:亮|艳|深|暗|重|浓)"
)


def colour_words(text: str) -> list[w.Tok]:
    """Colour words that name a wanted colour: not "不要黄色", "not yellow", nor the colour a complaint
    is about ("the green is too much", "红色太刺眼了")."""
    return [
        t
        for t in w.tokens(text)
        if t.kind == "colour" and not NOT_COLOUR.search(text[: t.start]) and not COLOUR_COMPLAINT.match(text[t.end :])
    ]


_BEHIND = re.compile(r"\s*(?:behind|in back of|at the back of)\s+(?:it|them|everything|all|the [a-z]+)(?![a-z])")


def take_background(text: str) -> tuple[str | None, str]:
    """A background colour named anywhere in ``text`` and the text without those words.

    "on a purple canvas", "against black", "Background should be white", "背景要黑色的",
    "make the whole thing green", "…, on black"."""
    toks = colour_words(text)
    for cue in BG_CUE.finditer(text):
        cs, ce = cue.span()
        before = [t for t in toks if t.end <= cs and _GAP_BEFORE.match(text[t.end : cs])]
        after = [t for t in toks if t.start >= ce and _GAP_AFTER.match(text[ce : t.start])]
        colour = before[-1] if before else (after[0] if after else None)
        if before and after and re.search(r"(?<![a-z])(?:to|into)(?![a-z])|成|为", text[ce : after[0].start]):
            # "switch the yellow background to red", "把黄色背景换成红色": the colour it had, then the one wanted
            return after[0].key, _cut(text, before[-1].start, after[0].end)
        if colour is not None:
            return colour.key, _cut(text, min(colour.start, cs), max(colour.end, ce))
    for t in toks:  # "purple everywhere except …", "red all over"
        if re.match(r"\s*(?:everywhere|all over|throughout)(?![a-z])", text[t.end :]):
            return t.key, _cut(
                text, t.start, t.end + re.match(r"\s*(?:everywhere|all over|throughout)", text[t.end :]).end()
            )
    for t in toks:  # "white behind it", "black behind everything": what is behind the objects is the background
        m = _BEHIND.match(text[t.end :])
        if m:
            return t.key, _cut(text, t.start, t.end + m.end())
    for t in toks:  # "against black", "all on 紫色", "…, on green."
        lead = re.search(r"(?<![a-z])(?:against|all on|on|over|onto)\s+(?:a|an|the)?\s*$", text[: t.start])
        if lead and re.match(
            r"\s*(?:[,.;:!?，。：；]|$|canvas|background|field|surface|ground|backdrop|base|sheet|paper|page|board|please|"
            r"for me|instead|then|now|too|this time|背景)",
            text[t.end :],
        ):
            return t.key, _cut(text, lead.start(), t.end)
    for t in toks:
        m = re.search(
            r"(?:the whole thing|everything|the whole picture|the whole canvas|the whole image|whole thing)"
            r"(?:\s+(?:should be|to|is|be))?\s*$|(?:整个画面|整张图|整幅画|画面整体|整体)(?:都)?(?:是|要|改成|换成|变成)?$",
            text[: t.start],
        )
        if m:
            return t.key, _cut(text, m.start(), t.end)
    return None, text


def _cut(text: str, start: int, end: int) -> str:
    head = re.sub(
        r"(?:(?<![a-z])(?:on|in|with|against|over|of|onto|and|using|use)\s+(?:a|an|the)?\s*|在|用|给我来一张|来一张)$",
        "",
        text[:start].rstrip(),
    )
    tail = re.sub(r"^\s*(?:上|里|中|的图|的画|的|please)", "", text[end:])
    return f"{head} , {tail}".strip(" ,")


# -- relative positions ----------------------------------------------------------------------------

_REL_EN = re.compile(
    r"(?:(?:directly|right|just|immediately)\s+)?(?P<d>above|below|under|underneath|beneath|over|to the left of|to the right of|"
    r"left of|right of|on top of)\s+(?P<r>it|that|the [a-z]+(?: [a-z]+)?)"
    r"|to its (?P<d2>left|right)(?: side)?"
    r"|(?:right |just )?(?:next to|beside) (?P<r8>it|the [a-z]+) (?:on|to) (?:the |its )?(?P<d8>left|right)(?: side)?"
    r"|(?P<n>one|a) (?:cell|step|square|spot|place|notch) (?P<d3>left|right|up|down|higher|lower|to the left|to the right)"
    r"|(?P<d4>up|down|left|right|higher|lower)(?: by)? (?:one|a|1) (?:row|column|cell|step|notch|spot|place|level)(?![a-z])"
    r"|(?:one|a) (?:row|level|column) (?P<d5>up|down|higher|lower|left|right)"
    r"|one more (?:step |cell |row )?(?P<d6>down|up|left|right|higher|lower)"
    r"|(?<![a-z])(?P<n9>circle|square|triangle|star|it)\s+one (?P<d9>down|up|higher|lower|to the left|to the right)(?![a-z])(?! of\b)"
    r"|(?<![a-z])(?:move|shift|push|nudge|slide|bring|scoot) (?P<r7>it|the [a-z]+) (?P<d7>up|down|higher|lower|left|right)"
    r"(?:\s+(?:a bit|a little|a notch|slightly|some|a touch|by one|one|1)(?=\s*(?:$|[,.;!?]|please|thanks)))?"
    r"(?![a-z])(?!\s+(?:to|into|in|at|a|one|of)\b)"
)
# "next to the star", "圆旁边": beside it, but on which side? (the user is asked)
NEXT_TO = re.compile(
    r"(?<![a-z])(?P<w>next to|beside|alongside|by the side of|near)\s+(?:it|the [a-z]+)(?![a-z])"
    r"|(?:它|圆形|圆|正方形|方块|三角形|星星|星形)的?(?P<w2>旁边|边上|附近|隔壁)"
)
EXCEPT = re.compile(
    r"(?<![a-z])(?:everything|all(?: of them)?|the rest|all the others|every (?:other )?(?:shape|object|thing)) "
    r"(?:except(?: for)?|but|apart from|other than|save) (?P<en>it|the [a-z]+(?: [a-z]+)?)"
    r"|除了(?P<zh>[^，,。]{1,6}?)(?:以外|之外)?(?:，|,)?(?:其他的?|别的)?(?:都|全部|全)"
)
SAME_AS = re.compile(
    r"(?<![a-z])(?:the )?same (?P<what>colou?r|size|shape) as (?P<other>it|the [a-z]+)"
    r"|(?<![a-z])as (?P<adj>big|large|small|tiny|huge) as (?P<other2>it|the [a-z]+)"
    r"|[和跟与同](?P<zother>[^，,。和跟与同]{1,6}?)一样(?:的)?(?P<zwhat>颜色|大小|形状|大|小|色)"
    r"|(?P<zwhat2>颜色|大小|形状)\s*(?:和|跟|与|同)\s*(?P<zother2>[^，,。和跟与同]{1,8}?)\s*(?:一样|相同)"  # "颜色跟方块一样"
)
_OTHER_SIDE = re.compile(
    r"(?:on |to |at )?the (?:other|opposite) side of (?P<r>it|the [a-z]+)|(?:在)?(?P<r2>它|(?:圆形|圆|正方形|方块|三角形|星星|星形))的(?:另一边|另一侧|对面|另一面)"
)
# "往右挪一格", "向下移一点": one step that way from where it is.
_STEP_ZH = re.compile(
    r"[往向朝](?P<d>左|右|上|下)(?:边|面|方)?(?:(?:挪|移|放|走|动|推|靠)*(?:了)?(?:一格|一个格子|一点|一些|一下|一步|点)"
    r"|(?:挪挪|移移|动动|挪一挪|移一移|挪动一下|挪|移)(?=$|[，,。.！!吧呗]))"
)
_REL_ZH = re.compile(
    r"(?:在)?(?P<r>它|(?:圆形|圆|正方形|方块|三角形|星星|星形|(?:the )?(?:circle|square|triangle|star)\s*)(?=的?(?:正上方|正下方|上面|下面|上方|下方|上边|下边|左边|右边|左侧|右侧)(?:那一格|一格|那格|的位置|\s*[，,。]|$|加|放|画|再|添|摆|来|有|也|\s*(?:add|put|place|draw)(?![a-z]))))的?(?P<d>正上方|正下方|上面|下面|上方|下方|上边|下边|左边|右边|左侧|右侧)(?:那一格|一格|那格|的位置)?"
)
_OFFSET = {"above": (0, -1), "over": (0, -1), "on top of": (0, -1), "up": (0, -1), "higher": (0, -1),
           "below": (0, 1), "under": (0, 1), "underneath": (0, 1), "beneath": (0, 1), "down": (0, 1), "lower": (0, 1),
           "to the left of": (-1, 0), "left of": (-1, 0), "left": (-1, 0), "to the left": (-1, 0),
           "to the right of": (1, 0), "right of": (1, 0), "right": (1, 0), "to the right": (1, 0),
           "上": (0, -1), "下": (0, 1), "左": (-1, 0), "右": (1, 0)}  # fmt: skip


# -- objects in a description ----------------------------------------------------------------------


@dataclass
class Spec:
    """One object as a message describes it; None where the message does not say."""

    shape: str | None = None
    colour: str | None = None
    size: str | None = None
    position: str | None = None
    pos_toks: list = field(default_factory=list)


def _complaint(text: str, t: w.Tok) -> bool:
    """ "looks tiny", "is too big", "太大了", "小得看不清": the size is the trouble, not the wish."""
    before = text[max(0, t.start - 24) : t.start]
    if re.search(
        r"(?<![a-z])(?:too|so|way too|far too|looks?|seems?|looking|appears?|feels?)\s*"
        r"(?:very |really |quite |a bit |a little |kind of |kinda |rather |too |way |so )?$",
        before,
    ):
        return True
    # A hedge is a complaint only after a copula ("the star is a bit small"); "kinda small" in a description is a wish.
    if re.search(
        r"(?<![a-z])(?:is|are|'s|was|looks?|seems?)\s+(?:a bit|a little|kind of|kinda|rather|slightly|somewhat)\s*$",
        before,
    ):
        return True
    return bool(re.search(r"(?:太|有点|有些|过于|好|这么|那么|比较)$", before)) or text[t.end : t.end + 1] in ("得",)


def _scale_particle(text: str) -> str | None:
    """ "scale it up", "scale the one up in the top right down", "blow the one down below up", "tone it down":
    the last up/down after a size verb says which ("blow … up" is always bigger, "tone … down" smaller)."""
    m = re.search(
        r"(?<![a-z])(scal(?:e|ing)|blow(?:ing)?|bump(?:ing)?|tone|pump|beef|size|dial|crank|ramp)\b(.*)", text
    )
    if m is None:
        return None
    parts = re.findall(r"(?<![a-z])(up|down)(?![a-z])", m.group(2))
    if not parts:
        return None
    if m.group(1).startswith("blow"):
        return "large" if "up" in parts else None
    if m.group(1) == "tone":
        return "small" if "down" in parts else None
    return {"up": "large", "down": "small"}[parts[-1]]


def sizes_in(text: str, toks: list[w.Tok]) -> str | None:
    """The size a span asks for: comparatives first ("bigger"), then complaints inverted, then plain words."""
    for t in toks:
        if t.kind == "more":
            return t.key
    scaled = _scale_particle(text)
    if scaled is not None:
        return scaled
    for t in toks:
        if t.kind == "size":
            if _complaint(text, t):
                return "large" if t.key == "small" else "small"
            return t.key
    return None


def _strength(text: str, start: int, end: int) -> tuple[int, int]:
    """The strongest separator in text[start:end]: (strength, its position); ties go to the last."""
    best = (0, end)
    for strength, pattern in SEPARATORS:
        for m in pattern.finditer(text, start, end):
            if strength == 2 and _joins_attributes(text, m.start(), m.end()):
                continue  # "a triangle that's green and big, at the top": one object's words
            if strength > best[0] or (strength == best[0] and m.start() >= best[1] and strength > 0):
                best = (strength, m.start())
    return best


def _joins_attributes(text: str, start: int, end: int) -> bool:
    """Whether the "and" at text[start:end] joins two colour or size words ("green and big")."""
    toks = w.tokens(text)
    before = next((t for t in reversed(toks) if t.end <= start), None)
    after = next((t for t in toks if t.start >= end), None)
    return (
        before is not None
        and after is not None
        and before.kind in ("colour", "size")
        and after.kind in ("colour", "size")
        and not text[before.end : start].strip()
        and not text[end : after.start].strip()
    )


_ROW_WORD = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom", "left": "left", "right": "right"}
_EACH_EN = re.compile(
    r"(?:in|at|on|into)?\s*(?:each of (?:the )?|both (?:of the )?|the two |all (?:of )?the |each |every )"
    r"(?:(?P<row>top|upper|bottom|lower|left|right|left-hand|right-hand)\s+)?(?P<what>corners?|sides?|edges?|ends?)(?![a-z])"
)
_EACH_ZH_ROW = re.compile(
    r"(?P<row>最?上面|最?上方|顶部|上边|最?下面|最?下方|底部|下边|左边|左侧|右边|右侧)的?(?:两个|两|2个)角"
)
_JOIN_ZH = re.compile(r"^\s*(?:[和、与及跟,，]|还有)\s*$")


def _each_cells(text: str) -> tuple[list[str], str]:
    """Positions one description is meant for each of, and the text without them:
    "右上角和左下角各一个…", "左侧、中间、右侧各一个…", "下面两个角各放一个…", "in each of the top corners",
    "on both sides"."""
    m = _EACH_EN.search(text)
    if m:
        row = _ROW_WORD.get((m.group("row") or "").replace("-hand", ""))
        what = m.group("what")
        if what.startswith("corner"):
            if row in ("top", "bottom"):
                cells = [f"{row}-left", f"{row}-right"]
            elif row in ("left", "right"):
                cells = [f"top-{row}", f"bottom-{row}"]
            else:
                cells = ["top-left", "top-right", "bottom-left", "bottom-right"]
        elif row is None:
            cells = ["left", "right"]
        else:
            return [], text
        return cells, text[: m.start()] + " " + text[m.end() :]
    m = _EACH_ZH_ROW.search(text)
    if m:
        word = m.group("row")
        if "上" in word or "顶" in word:
            cells = ["top-left", "top-right"]
        elif "下" in word or "底" in word:
            cells = ["bottom-left", "bottom-right"]
        else:
            side = "left" if "左" in word else "right"
            cells = [f"top-{side}", f"bottom-{side}"]
        return cells, text[: m.start()] + " " + text[m.end() :]
    k = text.find("各")
    if k < 0:
        return [], text
    pos = [t for t in w.tokens(text[:k]) if t.kind == "pos"]
    # Walk back from 各 over position words joined by 和 / 、: one group per cell.
    groups: list[list[w.Tok]] = []
    end = k
    start = k
    for t in reversed(pos):
        gap = text[t.end : end]
        if groups and not gap.strip(" 的角"):
            groups[-1].insert(0, t)
        elif (not groups and not gap.strip(" 的角都")) or (
            groups and _JOIN_ZH.match(gap.replace("角", "").replace("的", ""))
        ):
            groups.append([t])
        else:
            break
        end = start = t.start
    if len(groups) < 2:
        return [], text
    cells = [c for c in (w.compose_position(g) for g in reversed(groups)) if c]
    if len(set(cells)) < 2:
        return [], text
    return list(dict.fromkeys(cells)), text[:start] + " " + text[k + 1 :]


def parse_objects(text: str, lang: str) -> list[Spec]:
    """The objects a description names, each with the words nearest to it.

    Anchors are shape words (and "one"); the attribute words between two anchors go to the
    one on their side of the strongest separator between them ("a blue square, big, bottom
    left, and a yellow circle, small, top right"). A count ("two circles", "三个三角形") is
    not an object: its words go to every object, and unanchored chunks after it become its
    objects ("左边红色，中间绿色，右边蓝色")."""
    cells, stripped = _each_cells(text)
    if cells:
        # Only the piece that says "each" is repeated: "左下和右下各一个小的蓝色方块，上方中间一个大的红色圆".
        pieces = re.split(r"(?<=[,，;；。])", stripped)
        out: list[Spec] = []
        for piece in pieces:
            specs = parse_objects(piece, lang)
            if len(specs) == 1 and specs[0].position is None and cells:
                one = specs[0]
                specs = [Spec(shape=one.shape, colour=one.colour, size=one.size, position=c) for c in cells]
                cells = []
            out += specs
        return out
    order = _row_order(text)
    if order:
        text = order[2]
    toks = list(w.tokens(text))
    count_shapes = set()
    counts = [t for t in toks if t.kind == "count"]
    for c in counts:
        nxt = next((t for t in toks if t.start >= c.end and t.kind == "shape"), None)
        # "画三个：左上小白星，…", "再加两个：…": a count with a list after it names no shape of its own.
        if nxt is not None and not re.search(r"[:：;；,，。]", text[c.end : nxt.start]):
            count_shapes.add(nxt.start)
    anchors = [
        t
        for t in toks
        if (t.kind == "shape" and t.start not in count_shapes)
        or (t.kind == "one" and text[t.start : t.end] in ("one", "ones"))
    ]
    count_tok = next((t for t in toks if t.kind == "shape" and t.start in count_shapes), None)
    distributive: list[w.Tok] = []
    specs: list[Spec] = []
    if count_tok is not None:
        # Words in the count's own phrase ("three small triangles", "排在中间一行") go to every object.
        nxt_sep = _next_separator(text, count_tok.end)
        distributive = [
            t for t in toks if t.kind in ("colour", "size", "pos") and _near_count(text, t, count_tok, nxt_sep)
        ]
    toks = [t for t in toks if t not in distributive]
    for t in toks:
        if (
            t.kind in ("size", "colour")
            and _COUNT_BEFORE.search(text[max(0, t.start - 16) : t.start])
            and (_GENERIC_AFTER.match(text[t.end : t.end + 12]))
        ):
            distributive.append(t)  # "three small shapes: …", "三个小图形：…": the phrase's words go to every object
        elif t.kind in ("size", "colour") and re.search(
            r"(?<![a-z])(?:all|both)\s+(?:of them\s+)?(?:are\s+|should be\s+)?$|都是?\s*$|全是?\s*$",
            text[max(0, t.start - 20) : t.start],
        ):
            distributive.append(t)
        elif (
            t.kind in ("size", "colour")
            and distributive
            and distributive[-1].kind in ("size", "colour")
            and re.fullmatch(r"[\s、和的]*|\s*and\s*", text[distributive[-1].end : t.start])
        ):
            distributive.append(t)  # "都是 small black", "both small and red": every word of the phrase
    toks = [t for t in toks if t not in distributive]
    if not anchors and count_tok is not None:
        anchors = _implicit_anchors(text, toks, count_tok)
    elif count_tok is not None and re.match(r"\s*[:：]", text[count_tok.end :]):
        # "two stars: yellow at top left, orange at bottom right, and a blue square in the middle"
        count = next((t for t in reversed(toks) if t.kind == "count" and t.end <= count_tok.start), None)
        key = count.key if count else ""
        n = _COUNT_N.get(key, _COUNT_N.get(key[:1], MAX_OBJECTS))  # "two", "两个"
        anchors = sorted(anchors + _implicit_anchors(text, toks, count_tok, anchors)[:n], key=lambda t: t.start)
    if not anchors:
        return []
    # "The circle should feel warm": a definite mention of a shape already described is not a new object.
    # "…, circle 在 top", "the circle on the left": a shape named again without "a"/"一个" is the one described,
    # when what it says does not clash with that one.
    remention: set[int] = set()
    for k, a in enumerate(anchors):
        if a.kind == "shape" and any(b.kind == "shape" and b.key == a.key for b in anchors[:k]):
            lead = re.split(r"[,，;；。:：]", text[max(0, a.start - 12) : a.start])[-1]  # its own phrase only
            if not re.search(
                r"(?<![a-z])(?:a|an|another|one|two|three|second|third)\s+(?:[\w-]+\s+){0,3}$|[一两三]\s*[个只颗枚]|[再又另]",
                lead,
            ):
                remention.add(a.start)
    groups: list[list[w.Tok]] = [[a] for a in anchors]
    for i, a in enumerate(anchors):
        hi = anchors[i + 1].start if i + 1 < len(anchors) else len(text)
        if i + 1 < len(anchors):
            strength, cut = _strength(text, a.end, anchors[i + 1].start)
            if strength == 0:
                # "左边 orange square 右边 orange star": with no separator, a word of a kind this object
                # already has starts the next object's words
                have = {t.kind for t in groups[i][1:]} | {t.kind for t in toks if i == 0 and t.end <= a.start}
                again = next(
                    (t for t in toks if a.end <= t.start and t.end <= anchors[i + 1].start and t.kind in have
                     and t.kind in ("colour", "size", "pos")),
                    None,
                )  # fmt: skip
                if again is not None:
                    cut = again.start
        else:
            cut = hi
        for t in toks:
            if t in anchors or t.kind in ("count", "one", "shape"):
                continue
            if i == 0 and t.end <= a.start:
                groups[0].append(t)
            elif a.end <= t.start and t.end <= cut:
                groups[i].append(t)
            elif i + 1 < len(anchors) and cut <= t.start and t.end <= anchors[i + 1].start:
                groups[i + 1].append(t)
    for group in groups:
        anchor = group[0]
        if anchor.kind == "one" and specs and _apposition(text, anchor):
            # "a green triangle at the bottom left, a big one": more words about the same object
            extra = sorted(group[1:], key=lambda t: t.start)
            prev = specs[-1]
            colour = next((t.key for t in extra if t.kind == "colour"), None)
            size = _spec_size(text, extra)
            pos = w.compose_position([t for t in extra if t.kind == "pos"])
            if not ((colour and prev.colour) or (size and prev.size) or (pos and prev.position)):
                prev.colour, prev.size = prev.colour or colour, prev.size or size
                prev.position = prev.position or pos
                continue
        shape = anchor.key if anchor.kind == "shape" else _shape_for_one(text, anchor, toks, count_tok)
        members = sorted(group[1:], key=lambda t: t.start)
        spec = Spec(shape=shape)
        spec.colour = next((t.key for t in members if t.kind == "colour"), None)
        spec.size = _spec_size(text, members)
        spec.pos_toks = [t for t in members if t.kind == "pos"]
        spec.position = w.compose_position(spec.pos_toks)
        if anchor.start in remention:
            same = [x for x in specs if x.shape == shape]
            earlier = same[0] if len(same) == 1 else None
            clash = earlier is None or any(
                getattr(spec, f) is not None and getattr(earlier, f) is not None for f in ("colour", "size", "position")
            )
            if not clash:
                earlier.colour = earlier.colour or spec.colour
                earlier.size = earlier.size or spec.size
                earlier.pos_toks, earlier.position = (
                    earlier.pos_toks or spec.pos_toks,
                    earlier.position or spec.position,
                )
                continue
            if earlier is not None and not (spec.colour or spec.size or spec.position):
                continue  # "the circle should feel warm": nothing new about it
        specs.append(spec)
    for t in distributive:
        for spec in specs:
            if t.kind == "colour" and spec.colour is None:
                spec.colour = t.key
            elif t.kind == "size" and spec.size is None:
                spec.size = t.key
    dist_pos = [t for t in distributive if t.kind == "pos"]
    if dist_pos:
        for spec in specs:
            spec.position = w.compose_position(spec.pos_toks + dist_pos)
    if order and order[1] == "cols":  # each object keeps its column, in the row the heading names
        r = {"top": 0, "center": 1, "bottom": 2}[order[0]]
        for spec in specs:
            if spec.position in (None, "left", "right", "center", "top", "bottom"):
                col = {"left": 0, "right": 2}.get(spec.position or "", 1)
                spec.position = w.cell(col, r)
        return specs
    if order:
        row, direction = order[0], order[1]
        cols = [0, 1, 2] if direction == "ltr" else [2, 1, 0]
        free = [s for s in specs if s.position is None or s.position in ("left", "right", "center", row)]
        for spec, col in zip(free, cols, strict=False):
            spec.position = w.cell(col, {"top": 0, "center": 1, "bottom": 2}[row])
    return specs


_EVERY_LEAD = re.compile(
    r"^\s*(?:(?:全部|所有的?|全都|都|everything|all of them|all three|both of them|both|all)(?![a-z])"
    r"(?!\s+(?:right|in all|good|set|done|the way|over|of a sudden|else|together)(?![a-z]))\s*(?:也|都)?)"
)
# "and not small either", "it's not big too": that size is unwanted as well, so the other one is meant
_NOT_EITHER = re.compile(
    r"(?<![a-z])(?:(?:it|that|and it)\s*(?:is|'s|should(?:n'?t| not) be)\s+)?not\s+(small|tiny|little|big|large|huge)"
    r"\s+(?:either|too|also|as well)(?![a-z])"
)
_OPPOSITE_SIZE = {
    "small": "large",
    "tiny": "large",
    "little": "large",
    "big": "small",
    "large": "small",
    "huge": "small",
}
# "make them the same size", "两个一样大", "颜色一样": one value for all, which one not said
_SAME_AMONG = re.compile(
    r"(?<![a-z])(?:all |both )?(?:the )?same (?P<en>colou?r|size|shape)(?!\s+as)(?![a-z])"
    r"|(?P<zh>一样大|一样小|大小一样|一样的大小|颜色一样|一样的颜色|同一个颜色|同样的颜色|形状一样|一样的形状)(?![吗嘛么?？])"
)
_DEFINITE_EXISTING = re.compile(
    r"(?<![a-z])(?:the|that|this)\s+(?:[a-z]+\s+){0,2}?(?:circle|square|triangle|star)(?![a-z])"
)
_CORNER_WORD = re.compile(r"(?<![a-z])corner(?![a-z])|角落|角")
_SAME_COLOUR_ZH = re.compile(
    r"(?:颜色|色)\s*(?:和|跟|与|同)\s*(?P<o>[^，,。]{1,12}?)\s*(?:一样|相同)的?"
    r"|(?:和|跟|与|同)\s*(?P<o2>[^，,。和跟与同]{1,12}?)\s*(?:一样|相同)的?\s*(?:颜色|色)"
)
_SAME_COLOUR_EN = re.compile(r"(?:in )?(?:the )?same colou?r as (?P<o>it|the [a-z]+(?: [a-z]+)?|[a-z]+)")
_COMPLAINT_WORD = re.compile(
    r"(?<![a-z])(?:too|so|very|really|loud|bright|dull|harsh|boring|ugly|much|strong|garish|intense)(?![a-z])"
    r"|太|跳|刺眼|难看|丑|艳|不好看|扎眼"
)
# "the bottom row", "最下面一排", "右边那一列": a whole row or column of the grid
_LINE = re.compile(
    r"(?<![a-z])(?P<row>top|upper|bottom|lower|middle|centre|center)\s+row(?![a-z])"
    r"|(?<![a-z])(?P<col>left|right|middle|centre|center)(?:-hand)?\s+column(?![a-z])"
    r"|(?P<zrow>最?上面|最?上方|顶部|最?下面|最?下方|底部|最?底下|中间)(?:那|的)?一?[排行]"
    r"|(?P<zcol>最?左边|左侧|最?右边|右侧|中间)(?:那|的)?一?列"
)
# "three small shapes", "三个小图形": a count, then the words for all, then a noun for any shape
_COUNT_BEFORE = re.compile(r"(?:(?<![a-z])(?:two|three|2|3)\s+|[两二三2-3]\s*[个只]?\s*)(?:[a-z]+\s+|的)?$")
_GENERIC_AFTER = re.compile(r"\s*的?\s*(?:shapes|objects|things|ones|figures|图形|形状|东西|物体|图案)")


_APPOSITION = re.compile(
    rf"[,，]\s*(?:(?:a|an)\s+(?:(?:{w._ATTR}|very|really|quite|pretty|nice)[\s,]+)*"
    rf"|(?:(?:{w._ATTR}|very|really|quite|pretty|nice)[\s,]+)+)$"  # "…, little one": no article, a word said
)


def _apposition(text: str, anchor: w.Tok) -> bool:
    return _APPOSITION.search(text[: anchor.start]) is not None


def _spec_size(text: str, members: list[w.Tok]) -> str | None:
    sizes = [t for t in members if t.kind in ("size", "more")]
    return sizes_in(text, sizes) if sizes else None


def _next_separator(text: str, start: int) -> int:
    m = re.compile(r"[:：;；。.]|,|，").search(text, start)
    return m.start() if m else len(text)


def _near_count(text: str, t: w.Tok, count_tok: w.Tok, sep: int) -> bool:
    """A word in the count's own phrase: between the number and the next separator."""
    start = max(0, count_tok.start - 12)
    return start <= t.start and t.end <= sep


def _implicit_anchors(text: str, toks: list[w.Tok], count_tok: w.Tok, named: list[w.Tok] = ()) -> list[w.Tok]:
    """Chunks after a count with attribute words and no shape: one object each, of the count's shape
    (a chunk holding one of the ``named`` anchors is that object's own)."""
    out = []
    for m in re.finditer(r"(?:(?!\band\b)[^,，;；:：。.、和])+", text[count_tok.end :]):
        s, e = m.start() + count_tok.end, m.end() + count_tok.end
        # "一个左上角一个右上角": in a chunk that starts with "一个", each "一个" starts another object.
        starts = [s]
        if re.match(r"\s*[一另]个", text[s:e]):
            starts = [s + k.start() for k in re.finditer(r"(?<!另)[一另]个", text[s:e])]
        for a, b in zip(starts, starts[1:] + [e], strict=True):
            inside = [t for t in toks if a <= t.start and t.end <= b and t.kind in ("colour", "size", "pos")]
            if inside and not any(a <= t.start < b for t in named):
                out.append(w.Tok("shape", count_tok.key, a, a))
    return out


_COUNT_N = {"two": 2, "three": 3, "两": 2, "二": 2, "三": 3, "2": 2, "3": 3}


def _shape_for_one(text: str, anchor: w.Tok, toks: list[w.Tok], count_tok: w.Tok | None) -> str:
    before = [t for t in w.tokens(text) if t.kind == "shape" and t.end <= anchor.start]
    if before:
        return before[-1].key
    if count_tok is not None:
        return count_tok.key
    after = [t for t in w.tokens(text) if t.kind == "shape" and t.start >= anchor.end]
    return after[0].key if after else "circle"


_ROW = re.compile(
    r"(?:along|in|across|on|at)?\s*(?:the\s+)?(?P<row>top|upper|bottom|lower|middle|centre|center)\s+row"
    r"(?:\s*,)?\s*(?:from\s+)?(?P<dir>left to right|right to left)?"
    r"|(?P<zrow>最上面|上面|上方|最下面|下面|下方|中间|正中)一行(?:从左到右|从右到左)?"
)


def _row_order(text: str) -> tuple[str, str, str] | None:
    """ "along the bottom row from left to right": (row, direction, text without it)."""
    m = _ROW.search(text)
    if m is None:
        return None
    word = m.group("row") or m.group("zrow")
    row = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom"}.get(word or "")
    if row is None:
        row = "top" if "上" in word else "bottom" if "下" in word else "center"
    heading = re.match(r"\s*[:：]", text[m.end() :]) is not None  # "Top row: a … on the left, a … in the middle, …"
    if heading and m.group("row"):
        row = {"top": "top", "upper": "top", "bottom": "bottom", "lower": "bottom"}.get(word, "center")
        return row, "cols", text[: m.start()] + " " + text[m.end() :]
    if m.group("row") and not m.group("dir") and "from left to right" not in text and "from right to left" not in text:
        return None
    direction = "rtl" if "right to left" in text or "从右到左" in text else "ltr"
    rest = text[: m.start()] + " " + re.sub(r"from (?:left to right|right to left)", " ", text[m.end() :])
    return row, direction, rest


# -- references ------------------------------------------------------------------------------------


@dataclass
class Ref:
    """Which object(s) some words mean."""

    shape: str | None = None
    colour: str | None = None
    size: str | None = None
    v: str | None = None
    h: str | None = None
    centre: bool = False
    pronoun: bool = False
    plural: bool = False
    other: bool = False
    one_of: bool = False  # "one of them": any of several, so the user must say which
    count: int = 0  # "the other two": how many
    nth: int = 0  # "the second star", "第二个": its place in the order drawn (-1: the last)

    @property
    def empty(self) -> bool:
        return not (self.shape or self.colour or self.size or self.v or self.h or self.centre)


_DIRECTION = re.compile(
    r"[往向朝](?:左|右|上|下)(?:边|面|方)?|(?<![a-z])(?:further|farther|more) (?:left|right|up|down)(?![a-z])"
)


def read_ref(text: str) -> Ref:
    text = _DIRECTION.sub(" ", text)  # "再往左挪到正上方": a direction, not which object
    toks = list(w.tokens(text))
    ref = Ref()
    for t in toks:
        if t.kind == "shape" and ref.shape is None:
            ref.shape = t.key
            if re.search(
                r"(?<![a-z])(?:circles|squares|triangles|stars|discs|boxes)(?![a-z])", text[t.start : t.end + 1]
            ):
                ref.plural = True
        elif t.kind == "colour" and ref.colour is None:
            ref.colour = t.key
        elif t.kind == "size" and ref.size is None:
            ref.size = t.key
        elif t.kind == "pos":
            if t.key in vocab.POSITIONS:
                vv, hh = t.key.split("-")
                ref.v, ref.h = ref.v or vv, ref.h or hh
            elif t.key.startswith("v:"):
                ref.v = ref.v or t.key[2:]
            elif t.key.startswith("h:"):
                ref.h = ref.h or t.key[2:]
            else:
                ref.centre = True
    if ref.shape is None:
        ref.shape = w.nickname(text)  # "make the sun smaller", "月亮太小了"
    ref.pronoun = bool(PRONOUN_EN.search(text) or PRONOUN_ZH.search(text.replace("的那个", "").replace("那个", "那个")))
    ref.plural = ref.plural or bool(PLURAL_EN.search(text) or PLURAL_ZH.search(text))
    ref.other = bool(OTHER.search(text))
    m = re.search(r"(?<![a-z])(two|three)(?![a-z])|(两|三)个", text)
    ref.count = {"two": 2, "three": 3, "两": 2, "三": 3}[m.group(1) or m.group(2)] if m else 0
    ref.one_of = bool(
        re.search(r"(?<![a-z])(?:one of (?:them|the|those)|either|any of)(?![a-z])|其中一个|随便一个", text)
    )
    if ref.one_of:
        ref.plural = False
    m = _ORDINAL.search(text)
    if m:
        ref.nth = _ORDINALS[next(g for g in m.groups() if g)]
    return ref


_ORDINAL = re.compile(
    r"(?<![a-z])the (first|second|third|last)(?= one|\s+(?:[a-z]+\s+)?(?:circle|square|triangle|star|shape|object|thing)s?(?![a-z]))"
    r"|第([一二三])[个只颗]|(最后)(?:一|那|的那?)[个只颗]"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "last": -1, "一": 1, "二": 2, "三": 3, "最后": -1}


def _nth(fits: list[Subject], nth: int) -> list[Subject]:
    """The ``nth`` of ``fits`` in the order drawn ([] when there are not that many)."""
    if nth == -1:
        return fits[-1:]
    return [fits[nth - 1]] if 0 < nth <= len(fits) else []


def _fits(s: Subject, ref: Ref, strict_centre: bool = True) -> bool:
    if ref.shape and s.kind != ref.shape:
        return False
    if ref.colour and s.colour != ref.colour:
        return False
    if ref.size and s.size != ref.size:
        return False
    if s.position in vocab.POSITIONS:
        p = vocab.POSITIONS[s.position]
        if ref.v and p.row != (0 if ref.v == "top" else 2):
            return False
        if ref.h and p.col != (0 if ref.h == "left" else 2):
            return False
        if ref.centre:
            if ref.v and p.col != 1:
                return False
            if ref.h and p.row != 1:
                return False
            if not ref.v and not ref.h and strict_centre and s.position != "center":
                return False
    elif ref.v or ref.h or ref.centre:
        return False
    return True


def _exact_cell(ref: Ref) -> str | None:
    if ref.v and ref.h:
        return w.CORNERS[(ref.v, ref.h)]
    if ref.v or ref.h:
        return ref.v or ref.h
    return "center" if ref.centre else None


def resolve(scene: Scene, ref: Ref, focus: str | None, *, strong: bool = True) -> tuple[list[Subject], list[Subject]]:
    """(the subjects meant, the candidates when it is ambiguous).

    "it" is the object last mentioned (``focus``); a description that fits several objects
    means the focus only when the last turn was about it (``strong``), else the user is asked."""
    subjects = list(scene.subjects)
    if not subjects:
        return [], []
    if ref.empty:
        if ref.other and focus is not None:
            rest = [s for s in subjects if s.id != focus]
            wanted = ref.count or len(rest)
            return (rest if rest and len(rest) >= wanted else subjects), []
        if ref.plural and not ref.pronoun or (ref.plural and len(subjects) > 1 and not ref.pronoun):
            return subjects, []
        if ref.plural:
            return subjects, []
        if ref.nth and len(subjects) > 1 and _nth(subjects, ref.nth):
            return _nth(subjects, ref.nth), []
        chosen = scene.subject(focus) if focus else None
        if chosen is not None and not ref.one_of:
            return [chosen], []
        if len(subjects) == 1:
            return subjects, []
        return [], subjects
    fits = [s for s in subjects if _fits(s, ref)]
    if not fits and ref.centre and not ref.v and not ref.h:
        fits = [s for s in subjects if _fits(s, ref, strict_centre=False) and vocab.POSITIONS[s.position].col == 1] or [
            s for s in subjects if _fits(s, ref, strict_centre=False) and vocab.POSITIONS[s.position].row == 1
        ]
    if ref.other and focus is not None:
        fits = [s for s in fits if s.id != focus] or fits
    if len(fits) <= 1 or ref.plural:
        return fits, []
    if ref.nth and _nth(fits, ref.nth):
        return _nth(fits, ref.nth), []
    if ref.one_of:
        return [], fits
    exact = _exact_cell(ref)
    if exact is not None:  # "the one at the bottom": the bottom cell itself before the bottom row
        at = [s for s in fits if s.position == exact]
        if len(at) == 1:
            return at, []
    chosen = next((s for s in fits if s.id == focus), None) if strong else None
    if chosen is not None:
        return [chosen], []
    return [], fits


# -- naming subjects in replies --------------------------------------------------------------------


def name(subject: Subject, scene: Scene, lang: str) -> str:
    """ "the circle", or "the red circle" when another circle is in the scene (Chinese: "圆形", "红色圆形")."""
    shape = vocab.SHAPES.get(subject.kind)
    kind = (shape.zh if lang == "zh" else shape.en) if shape else subject.kind
    twins = [s for s in scene.subjects if s.kind == subject.kind and s.id != subject.id]
    colour = vocab.COLOURS.get(subject.colour or "")
    if twins and colour is not None:
        kind = f"{colour.zh}{kind}" if lang == "zh" else f"{colour.en} {kind}"
    return kind if lang == "zh" else f"the {kind}"


# -- applying a message ----------------------------------------------------------------------------


@dataclass
class Outcome:
    scene: Scene
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    question: str | None = None  # set when nothing could be done and the user must say more
    read: bool = False  # whether any part of the message was understood


class ShapesOps:
    """Applies the clauses of one message to a shapes scene."""

    def __init__(
        self,
        scene: Scene,
        lang: str,
        *,
        last_was_background: bool = False,
        strong_focus: bool = True,
        last_change: dict[str, str] | None = None,
        answering: bool = False,
        background_asked: bool = False,
    ):
        self.scene = scene
        # What the last edit set on one object ({"size": "small"}): "the other one too" repeats it.
        self.last_change = last_change or {}
        # The last message asked for an edit that said no value ("make it different?"): "a star then" answers it.
        self.answering = answering
        self.lang = lang
        self.changes: list[Change] = []
        self.notes: list[str] = []
        self.question: str | None = None
        self.asked: str | None = None  # the catalogue code of the question, so an answer can be matched to it
        self.read = False
        self.focus = scene.focus
        self.last_was_background = last_was_background
        # The last message asked about the background ("why is it white?"): "make it yellow" means the background.
        self.background_asked = background_asked
        self.strong_focus = strong_focus
        self.touched: list[str] = []
        self.removed: list[Subject] = []
        self._message = ""
        self._replace: list[str] = []
        self._more = False
        self.offered: list[Subject] = []  # the objects a "which one do you mean?" offered
        self._said: dict[str, str] = {}  # the values the last clause of this message set ("… and the star too")

    def note(self, code: str, **params: object) -> None:
        """Tell the user ``code`` (core/composer_messages.py) once, in the message's language."""
        msg = messages.text(code, self.lang, **params)
        if msg not in self.notes:
            self.notes.append(msg)

    def ask(self, code: str, **params: object) -> None:
        if self.question is None:
            self.question = messages.text(code, self.lang, **params)
            self.asked = code

    def outcome(self) -> Outcome:
        focus = self.touched[-1] if self.touched else self.focus

        if focus is not None and self.scene.subject(focus) is None:
            focus = None
        scene = self.scene.model_copy(update={"focus": focus})
        return Outcome(scene, self.changes, self.notes, self.question, self.read)

    # new scene -----------------------------------------------------------------------------------

    def new_scene(self, text: str) -> None:
        self.scene = Scene(language=self.lang, next_id=self.scene.next_id)
        self.changes.append(Change(op="new"))
        corrected = self._corrected_description(text)
        if corrected is None:
            text = self_corrected(text)  # "a green square top left, no wait, bottom left": the value taken back
        background, rest = take_background(text)
        specs = parse_objects(_beside_the_one_before(rest, self.lang), self.lang)
        if corrected is not None:
            background, specs = corrected
        if background:
            self.scene = self.scene.model_copy(update={"background": background})
            self.read = True
        for spec in specs[:MAX_OBJECTS]:
            self._add(spec, announce=False)
        if len(specs) > MAX_OBJECTS:
            self.note("note_max_objects", n=MAX_OBJECTS)
        if self.scene.subjects and self.scene.background is None:
            used = {s.colour for s in self.scene.subjects}
            # white, else black, else the first colour no object has: every object shows
            free = next((c for c in ("white", "black", *vocab.COLOURS) if c not in used), "white")
            self.scene = self.scene.model_copy(update={"background": free})
        self.touched = [s.id for s in self.scene.subjects]
        if len(self.scene.subjects) != 1:
            self.touched = []
        # After a picture of several objects, "it" could be any of them: the user is asked which.
        self.focus = self.touched[0] if self.touched else None
        self.scene = self.scene.model_copy(update={"focus": self.focus})

    def _corrected_description(self, text: str) -> tuple[str | None, list[Spec]] | None:
        """ "白底, 中间一个 large white circle? no wait, 黑底 white circle": a description restated after "no wait"
        wins; what the restatement leaves out is kept from the first reading. None when nothing is restated
        (the words after a pause then simply go on: "a red circle… and a blue square")."""
        m = CORRECTION.search(text)
        if m is None:
            return None
        bg_before, rest_before = take_background(text[: m.start()])
        bg_after, rest_after = take_background(text[m.end() :])
        before, after = parse_objects(rest_before, self.lang), parse_objects(rest_after, self.lang)
        restated = bool(after) and bool(before) and {s.shape for s in after} <= {s.shape for s in before}
        if not restated and not (bg_after and bg_before and not after):
            return None
        if not after:
            return bg_after, before
        for spec in after:
            old = next((o for o in before if o.shape == spec.shape), None)
            if old is not None:
                spec.colour = spec.colour or old.colour
                spec.size = spec.size or old.size
                spec.position = spec.position or old.position
        return bg_after or bg_before, after

    # edits ---------------------------------------------------------------------------------------

    def edit(self, text: str, *, forced: list[Subject] | None = None) -> None:
        text = self_corrected(text)
        # "center the star", "centre it": a place said as the verb
        text = re.sub(
            r"(?:^|(?<=[,.;!]\s)|(?<=\band\s)|(?<=\bthen\s))(?:center|centre)\s+(the\s+[a-z]+|it|that|this|them|both)\b",
            r"move \1 to the center",
            text,
        )
        # "swap the square for a triangle", "replace the star with a small circle": the object becomes the new one
        text = re.sub(
            r"(?<![a-z])(?:swap|switch|trade|exchange|replace|substitute)\s+(the\s+(?:[a-z]+\s+){0,3}?[a-z]+|it|that|this)"
            r"\s+(?:for|with|by)\s+((?:a|an)\s+)",
            r"turn \1 into \2",
            text,
        )
        # "the star is wrong, I wanted a square there": what was wanted is what "it" becomes
        text = re.sub(
            r"(?<![a-z])(?:i (?:wanted|meant|asked for|said)|it should have been|that should have been)\s+(?=(?:a|an)\s)",
            "make it ",
            text,
        )
        text = _NOT_EITHER.sub(lambda m: f"make it {_OPPOSITE_SIZE[m.group(1)]}", text)
        text = _crossed_shapes(text)
        text = self._colour_of_another(text)
        if self.question is not None:
            return  # which object's colour is meant is unclear: asked, nothing changes
        text = _where_another_is(text, self.scene)
        text = _the_one_next_to(text, self.scene, self.focus)
        self._message = text
        self._replace: list[str] = []
        bare = BARE_SHAPE.fullmatch(text.strip(" .!?。！？,，"))
        if bare and ("shape" in self.last_change or self.answering) and self.focus and self.scene.subject(self.focus):
            # "no wait, a triangle" right after "change the circle into a square": the shape, corrected
            shape = next(t.key for t in w.tokens(text) if t.kind == "shape")
            self._set_attribute(self.scene.subject(self.focus), "shape", shape)
            self.touched.append(self.focus)
            return
        if self._move_line(text) or self._same_among(text):
            return
        m = INSTEAD_LEAD.match(text)
        if m and find_op(text[m.end() :]) and find_op(text[m.end() :])[0] == "add":
            text = text[m.end() :]  # "换成右上角加一个小的白色圆": instead (of what was undone), add …
        clauses = split_clauses(text)
        last_op: str | None = None
        carry: list[Subject] = []
        for clause in clauses:
            if NEG.search(clause):
                continue
            if self._background_complaint(clause):
                later = [t for t in colour_words(clause) if t.key != self.scene.background]
                if later:  # "the purple is too strong, black please": the new background in the same clause
                    self._set_background(later[-1].key)
                    last_op = "background"
                else:
                    last_op = "background-pending"  # "the yellow is too loud. …": the next words say the new one
                continue
            op = clause_op(clause)
            if op is None and last_op == "add" and not _has_head(clause):
                continue
            if op is None and last_op in ("add",) and re.match(r"^(?:a|an|another|one|一个|一只)\b", clause):
                op = "add"
            if (
                op is None
                and (re.match(r"^(?:a|an|another)\s", clause) or _only_place(clause.split(" , ")[0]))
                and _indefinite_object(clause)
                and any(t.kind == "shape" for t in w.tokens(clause))
            ):
                op = "add"
            if op is None:
                if last_op is not None and SKIP_IMPLICIT.search(clause):
                    continue
                op = last_op if last_op not in (None, "add", "swap") else "set"
                if op == "background" and _has_head(clause):
                    op = "set"
                implicit = True
            else:
                implicit = False
            if op == "background":
                if not self._background(clause, quiet=clause is not clauses[-1]):
                    last_op = "background-pending"  # "背景不要黄色，改成紫色": the colour comes next
                    continue
            elif last_op == "background-pending" and (not _has_head(clause) or _only_pronoun(clause)):
                # "the background is too dull — make it red": "it" is the background
                op = "background"
                self._background(clause)
            elif (
                op == "add"
                and carry
                and re.match(r"^\s*(?:再|然后|并|并且|接着)?(?:放|挪|移)到", clause)
                and not _has_head(clause)
            ):
                self._more = clause is not clauses[-1]  # "圆改成紫色，再放到右下角": the same circle, moved
                carry = self._set(clause, "move", carry, forced, True)
                op = "move"
            elif op == "add":
                self._add_clause(clause)
            elif op == "swap":
                self._swap(clause)
            elif op == "set" and self.removed and _indefinite_object(clause) and not _names_existing(clause):
                self._add_clause(clause, at=self.removed[-1].position)
            elif op == "remove":
                carry = self._remove(clause, carry if implicit or not _has_head(clause) else [], forced)
            else:
                self._more = clause is not clauses[-1]
                carry = self._set(clause, op, carry, forced, implicit)
            last_op = op
        for sid in self._replace:
            old = self.scene.subject(sid)
            if old is not None and len(self.scene.subjects) > 1:
                self.scene = self.scene.model_copy(
                    update={"subjects": tuple(x for x in self.scene.subjects if x.id != sid)}
                )
                self.changes.append(Change(op="remove", subject=sid, before=_describe(old, "en")))

    def _colour_of_another(self, text: str) -> str:
        """ "add a star, 颜色跟 square 一样", "add a small star, same colour as the square": in a message that adds,
        the colour named by another object is that object's colour (the object is not a new one)."""
        cue = find_op(text)
        if cue is None or cue[0] != "add":
            return text
        m = _SAME_COLOUR_ZH.search(text) or _SAME_COLOUR_EN.search(text)
        if m is None:
            return text
        model, _ = resolve(self.scene, read_ref(m.groupdict().get("o") or m.groupdict().get("o2") or ""), None)
        if len(model) != 1:
            self.ask("ask_match")
            return text[: m.start()] + " " + text[m.end() :]
        return text[: m.start()] + " " + (model[0].colour or "") + " " + text[m.end() :]

    def _background_complaint(self, clause: str) -> bool:
        """ "The yellow is too loud", "黄色太跳了": a complaint about a colour only the background has."""
        colours = [t for t in w.tokens(clause) if t.kind == "colour"]  # the complained-of colour too
        bg = self.scene.background
        return (
            bool(colours)
            and colours[0].key == bg
            and _COMPLAINT_WORD.search(clause, colours[0].end) is not None
            and not any(s.colour == bg for s in self.scene.subjects)
            and not _has_head(clause)
            and not BG_CUE.search(clause)
            and _COMPLAINT_WORD.search(clause) is not None
            and clause_op(clause) in (None, "set")
            and not find_op(clause)
        )

    def _same_among(self, text: str) -> bool:
        """ "make them the same size", "两个一样大", "颜色一样": which value they should share is not said, so it is
        asked (the values they have are offered); when they already share it, the user is told. Nothing changes."""
        m = _SAME_AMONG.search(text)
        if (
            m is None
            or SAME_AS.search(text)
            or len(self.scene.subjects) < 2
            or any(t.kind == "shape" for t in w.tokens(text))
        ):
            return False  # "make the star and the circle the same size": those two, read the ordinary way
        word = m.group("en") or m.group("zh")
        field = "size" if re.search(r"size|大|小", word) else "kind" if re.search(r"shape|形状", word) else "colour"
        values = list(dict.fromkeys(getattr(s, field) for s in self.scene.subjects))
        what = messages.text({"colour": "word_colour", "size": "word_size", "kind": "word_shape"}[field], self.lang)
        self.read = True
        if len(values) == 1:
            self.ask("reply_already_same", what=what)
            return True
        names = [_value_word(field, v, self.lang) for v in values]
        self.ask("ask_same_which", what=what, choices=messages.listing(names, self.lang, last="join_list_or"))
        return True

    def _move_line(self, text: str) -> bool:
        """ "move all of them to the bottom row, same order", "全部挪到最下面一排", "把它们都移到右边那一列":
        every object goes to that row (each keeps its column) or that column (each keeps its row)."""
        m = _LINE.search(text)
        if m is None or not (PLURAL_EN.search(text) or PLURAL_ZH.search(text)):
            return False
        if find_op(text) is None and not re.search(r"(?<![a-z])(?:to|into|onto)\s+the(?![a-z])|[到去]", text):
            return False  # "all of them to the top row" moves them; "all of them in the top row?" does not
        word = next(g for g in m.groups() if g)
        column = bool(m.group("col") or m.group("zcol"))
        if column:
            index = 0 if "left" in word or "左" in word else 2 if "right" in word or "右" in word else 1
        else:
            index = 0 if re.search(r"top|upper|上|顶", word) else 2 if re.search(r"bottom|lower|下|底", word) else 1
        subjects = list(self.scene.subjects)
        cells = [
            w.cell(index, vocab.POSITIONS[s.position].row) if column else w.cell(vocab.POSITIONS[s.position].col, index)
            for s in subjects
        ]
        if len(set(cells)) < len(cells):
            self.ask("ask_line_full")  # two would share a cell: ask, change nothing
            return True
        for subject, where in zip(subjects, cells, strict=True):
            if subject.position != where:
                before = subject.position
                self.scene = self.scene.replace_subject(subject.with_(position=where))
                self.changes.append(
                    Change(op="set", subject=subject.id, attribute="position", before=before, after=where)
                )
            self.touched.append(subject.id)
        self.read = True
        return True

    def _targets(self, ref_text: str, carry: list[Subject], forced: list[Subject] | None) -> list[Subject] | None:
        """The subjects ``ref_text`` means; None (and a question) when it is ambiguous or names nothing."""
        ref = read_ref(ref_text)
        if ref.empty and not ref.pronoun and not ref.plural and not ref.other and carry:
            return [s for s in (self.scene.subject(c.id) for c in carry) if s is not None]
        focus = self.focus
        chosen, candidates = resolve(self.scene, ref, focus, strong=self.strong_focus or bool(self.touched))
        if forced is not None and (candidates or not chosen):
            pool = candidates or list(self.scene.subjects)
            ids = {s.id for s in forced}
            picked = [s for s in pool if s.id in ids]
            if picked:
                return picked
        if chosen:
            return chosen
        if candidates:
            self._ask_which(candidates)
            return None
        if self.scene.subjects:
            self.ask("ask_not_found")
        return None

    def _ask_which(self, candidates: list[Subject]) -> None:
        if self.question is None:
            self.offered = list(candidates)
        names = [messages.text("ask_which_name", self.lang, name=_describe(s, self.lang)) for s in candidates]
        self.ask("ask_which", choices=messages.listing(names, self.lang, last="join_list_or"))

    def _split_ref_value(self, clause: str, op: str) -> tuple[str, str]:
        """(words naming the object, words naming the change)."""
        clause = REQUEST_LEAD.sub("", WRAPPER.sub("", clause))
        cue = find_op(clause)
        every = _EVERY_LEAD.match(clause)
        if every is not None and op != "remove":
            # "全部 make big", "都 small", "all of them 改成 red": every object, whatever the verb's language
            rest = clause[cue[2] :] if cue is not None and cue[1] >= every.end() - 1 else clause[every.end() :]
            if not _has_head(rest) and any(t.kind != "one" for t in w.tokens(rest)):
                return every.group(0), rest
        if zh_frame(clause) and "把" in clause:
            start = clause.index("把") + 1
            after = find_op(clause[start:])
            if after:
                return clause[start : start + after[1]], clause[start + after[2] :]
            return clause[start:], ""
        copula = re.search(
            r"(?<![a-z])(?:should|must|needs? to|has to|have to|would|could|is|are|'s|looks?|seems?|was|were|be|become)(?![a-z])"
            r"|(?<![不还就的])是(?!不是)|应该|太|有点|有些|过于|颜色不对|位置不对|不太对|不对|放错|看不清|小得|大得|不好看|多余|太丑|丑",
            clause,
        )
        if (
            cue is not None
            and cue[1] > 0
            and (copula is None or copula.start() > cue[1])
            and not zh_frame(clause[: cue[1]])
        ):
            lead = clause[: cue[1]].strip()
            if lead and _has_head(lead):  # "the square, make it…" handled by clause split; "R make X"
                return lead, clause[cue[2] :]
        lead_filler = (
            cue is not None
            and cue[1] > 0
            and not zh_frame(clause)
            and not _has_head(clause[: cue[1]])
            and not w.tokens(clause[: cue[1]])
            and (copula is None or copula.start() > cue[1])
        )  # "nah make the circle green", "ok instead make it mini": words before the verb name nothing
        if (
            cue is not None
            and cue[1] == 0
            or (cue is not None and not clause[: cue[1]].strip(" 再请也还就然后并且帮我给那"))
            or lead_filler
        ):
            rest = clause[cue[2] :]
            # "move the 绿色 shape 到正中间": an English verb first makes an English sentence, whatever the counts
            # (and a Chinese verb first a Chinese one: "改成 triangle 吧")
            verb_first = cue[1] == 0 or not clause[: cue[1]].strip(" 再请也还就然后并且帮我给那")
            frame_zh = not clause[cue[1] : cue[2]].isascii() if verb_first else zh_frame(clause)
            if frame_zh and op == "move" and _has_head(rest) and not any(t.kind == "pos" for t in w.tokens(rest)):
                return rest, ""  # "移一下方块": what follows the verb is the object moved
            if frame_zh and op != "remove" and re.match(r"\s*(?:the|that|this|it)(?![a-z])", rest):
                frame_zh = False  # "can you 放大 the square": an English object after the Chinese verb
            if frame_zh and op != "remove":  # "改成三角形": what follows the verb is the value
                return "", rest
            marker = re.search(r"(?<![a-z])(?:to|into|as(?! well)|for|with)(?![a-z])|成|为|到", rest)
            if marker and op != "remove":
                ref = re.sub(
                    r"(?<!upper)(?<!lower)(?<!\btop)(?<!bottom)(?<!\bfar)(?<!\bthe)(?<!\bon)"
                    r"(?:\s+(?:right|just|up|down|over|back|all the way|straight))+\s*$",
                    "",
                    rest[: marker.start()],
                )  # "move it right to the corner"; not the right of "the one in the upper right"
                return ref, rest[marker.end() :]
            if op == "remove":
                return rest, ""
            head = _head_end(rest)
            if op == "move" and not any(t.kind == "pos" for t in w.tokens(rest[head:])):
                # "put the orange thing middle left": a place right after the head, with no "in"/"at", is where to
                first = next((t for t in w.tokens(rest) if t.kind in ("shape", "one")), None)
                place = next((t for t in w.tokens(rest) if first is not None and t.start >= first.end), None)
                if place is not None and place.kind == "pos" and not rest[first.end : place.start].strip():
                    return rest[: first.end], rest[first.end :]
            return rest[:head], rest[head:]
        if copula is not None and copula.start() > 0:
            return clause[: copula.start()], clause[copula.start() :]
        if copula is not None and cue is None:  # "太小了吧": a complaint about "it"
            return "", clause
        if cue is not None:
            return clause[: cue[1]], clause[cue[1] :]
        toks = w.tokens(clause)
        shapes = [t for t in toks if t.kind == "shape"]
        head = shapes[0] if len(shapes) == 1 else None  # two shape words: which is named and which wanted is unclear
        if head is not None and any(t.kind in _VALUE_KINDS and t.start >= head.end for t in toks):
            # "圆形：蓝色", "方块 big", "星星也 big 一点": no verb, the object named and then what it should be
            return clause[: head.end], clause[head.end :]
        if zh_frame(clause):
            de = _zh_ref_end(clause)
            if de and cue is None:  # "上面正中的放那儿好别扭": "上面正中的" names it, the rest says nothing to do
                return clause[:de], clause[de:]
            return clause, ""
        de = _zh_ref_end(clause)
        if de and cue is None:  # "最后那个 also small": a Chinese "…那个" names it, English words say what
            return clause[:de], clause[de:]
        head = _head_end(clause)
        return clause[:head], clause[head:]

    def _set(
        self, clause: str, op: str, carry: list[Subject], forced: list[Subject] | None, implicit: bool
    ) -> list[Subject]:
        same = SAME_AS.search(clause)
        if same is not None:
            return self._same_as(clause, same, carry, forced)
        if op == "move" and NEXT_TO.search(clause) and not any(t.kind == "pos" for t in w.tokens(clause)):
            self.ask("ask_side")
            return carry
        rel_text, relative_anchor = _strip_relative_anchor(clause, self.scene, self.focus)
        ref_text, value_text = self._split_ref_value(rel_text, op)
        value_text = re.sub(
            r"(?<![a-z])(?:next to|compared to|compared with|than|beside)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?",
            " ",
            value_text,
        )
        if implicit and not _has_head(ref_text) and not _zh_ref_end(ref_text):
            ref_text, value_text = "", clause
        vt = [t for t in w.tokens(value_text) if t.kind != "one"]
        wanted = {t.start for t in colour_words(value_text)}
        colour = next((t.key for t in vt if t.kind == "colour" and t.start in wanted), None)
        shape = next((t.key for t in vt if t.kind == "shape"), None)
        size = sizes_in(value_text, [t for t in vt if t.kind in ("size", "more")])
        more = [t for t in w.tokens(clause) if t.kind == "more"]
        if more:
            size = more[0].key
        elif _scale_particle(clause) is not None:
            size = _scale_particle(clause)
        position = w.compose_position([t for t in vt if t.kind == "pos"])
        rel_pos = None
        if relative_anchor is not None:
            rel_pos = relative_anchor
        if position is None and rel_pos is not None:
            position = rel_pos
        nothing_read = colour is None and shape is None and size is None and position is None
        if nothing_read and "remove" in self.last_change and SAME_AGAIN.search(clause) and _has_head(clause):
            return self._remove(SAME_AGAIN.sub(" ", clause), [], forced)  # "and the triangle too": removed as well
        said = self._said or self.last_change  # "make the circle orange and the star too": this message's values first
        if nothing_read and said and SAME_AGAIN.search(clause) and _has_head(clause):
            colour = said.get("colour")
            shape = said.get("shape")
            size = said.get("size")
            if implicit:
                ref_text = SAME_AGAIN.sub(" ", clause)
        if colour is None and shape is None and size is None and position is None:
            if not implicit and (
                op == "move"
                or re.search(
                    r"(?<![a-z])(?:make|change|turn|fix|improve|better|prettier|nicer|different)(?![a-z])|改一下|好看一点|漂亮一点|换一下|改改|调整",
                    clause,
                )
            ):
                targets = self._targets(ref_text, carry, forced)
                if targets and self._more and _has_head(ref_text):
                    return targets  # "方块也挪一下，放到底部正中": the next clause says where
                if targets is not None or not self.question:
                    self.ask("ask_what_change")
                return carry
            # A clause that only names an object ("the circle looks lost down there"): it is what "it" means next.
            targets = self._quiet_targets(ref_text)
            if targets:
                self.focus = targets[0].id
                return targets
            return carry
        if (
            (self.last_was_background or self.background_asked)
            and not carry
            and not self.touched
            and (not _has_head(ref_text) or (self.background_asked and _only_pronoun(ref_text)))
            and (not read_ref(ref_text).pronoun or self.background_asked)
            and colour
            and not shape
        ):
            self._set_background(colour)
            return carry
        targets = self._targets(ref_text, carry, forced)
        if targets is None:
            return carry
        if position in ("left", "right", "top", "bottom") and len(targets) == 1 and _CORNER_WORD.search(value_text):
            # "往右边角落挪", "move it to the left corner": the corner on that side nearest to where it is
            here = vocab.POSITIONS.get(targets[0].position or "")
            if here is not None:
                col, row = (
                    {"left": 0, "right": 2}.get(position, here.col),
                    {"top": 0, "bottom": 2}.get(position, here.row),
                )
                if col != 1 and row != 1:
                    position = w.cell(col, row)
        if carry and re.search(r"(?<![a-z])both(?![a-z])|两个都|都", clause):
            # "make the circle and the square both black": the object named before "and" too
            targets = [s for s in (self.scene.subject(c.id) for c in carry) if s is not None] + [
                t for t in targets if t.id not in {c.id for c in carry}
            ]
        self._said = {k: v for k, v in (("colour", colour), ("shape", shape), ("size", size)) if v is not None}
        for subject in targets:
            subject = self.scene.subject(subject.id) or subject
            for kind, value in (("colour", colour), ("shape", shape), ("size", size), ("position", position)):
                if value is not None:
                    subject = self._set_attribute(subject, kind, value)
            self.touched.append(subject.id)
        if len(targets) == 1:
            self.focus = targets[0].id
        return targets

    def _same_as(self, clause: str, m: re.Match, carry: list[Subject], forced: list[Subject] | None) -> list[Subject]:
        """ "make the star the same colour as the circle", "as big as the circle", "和圆一样的颜色": copied."""
        word = (m.group("what") or m.group("adj") or m.group("zwhat") or m.group("zwhat2") or "").lower()
        attr = (
            "size"
            if re.match(r"size|big|large|small|tiny|大|小", word)
            else "kind"
            if re.match(r"shape|形状", word)
            else "colour"
        )
        other = m.group("other") or m.group("other2") or m.group("zother") or m.group("zother2") or ""
        model, _ = resolve(self.scene, read_ref(other), None)
        rest = clause[: m.start()] + " " + clause[m.end() :]
        rest = re.sub(r"(?<![a-z])(?:make|turn|change|set|改成|变成|改|换成)(?![a-z])|把", " ", rest)
        targets, _ = resolve(self.scene, read_ref(rest), self.focus) if _has_head(rest) else (carry, [])
        targets = [t for t in targets if not model or t.id != model[0].id]
        if len(model) != 1 or not targets:
            self.ask("ask_match")
            return carry
        for subject in targets:
            self._set_attribute(subject, "shape" if attr == "kind" else attr, getattr(model[0], attr))
            self.touched.append(subject.id)
        return targets

    def _quiet_targets(self, ref_text: str) -> list[Subject]:
        ref = read_ref(ref_text)
        if ref.empty and not ref.pronoun:
            return []
        chosen, _ = resolve(self.scene, ref, self.focus)
        return chosen

    def _set_attribute(self, subject: Subject, kind: str, key: str) -> Subject:
        field_name = "kind" if kind == "shape" else kind
        before = getattr(subject, field_name)
        self.read = True
        if before == key:
            return subject
        if kind == "position":
            other = next((s for s in self.scene.subjects if s.position == key and s.id != subject.id), None)
            if other is not None:  # swap places rather than overlap, and say so (never silently)
                where = vocab.POSITIONS[key]
                self.note(
                    "note_swapped",
                    name=_shape_word(other, self.lang),
                    place=where.zh if self.lang == "zh" else where.en,
                )
                self.scene = self.scene.replace_subject(other.with_(position=subject.position))
                self.changes.append(
                    Change(op="set", subject=other.id, attribute="position", before=key, after=subject.position)
                )
        updated = subject.with_(**{field_name: key})
        self.scene = self.scene.replace_subject(updated)
        self.changes.append(Change(op="set", subject=subject.id, attribute=kind, before=before, after=key))
        if kind == "colour" and key == self.scene.background:
            self.note("note_same_as_background", colour=key)
        return updated

    def _remove(self, clause: str, carry: list[Subject], forced: list[Subject] | None) -> list[Subject]:
        clause = REQUEST_LEAD.sub("", WRAPPER.sub("", clause))
        keep = EXCEPT.search(clause)
        if keep is not None:  # "get rid of everything except the star", "除了星星都删掉"
            kept, _ = resolve(self.scene, read_ref(keep.group("en") or keep.group("zh") or ""), None)
            if kept:
                carry = [s for s in self.scene.subjects if s not in kept]
                clause = clause[: keep.start()] + " " + clause[keep.end() :]
        cue = find_op(clause)
        ref_text = clause
        if cue is not None and clause[cue[1] : cue[1] + 3] == "tak":  # "take the red circle away"
            ref_text = re.sub(r"(?<![a-z])(?:tak(?:e|ing)|away|out|off)(?![a-z])", " ", clause)
        elif cue is not None:
            ref_text = clause[: cue[1]] + " " + clause[cue[2] :]
        ref_text = re.sub(r"(?<![a-z])(?:anymore|any more|it doesn'?t fit|please)(?![a-z])|吧|了", " ", ref_text)
        if zh_frame(ref_text) and "把" in ref_text:
            ref_text = ref_text.replace("把", " ")
        parts = [p for p in re.split(r"(?<![a-z])and(?![a-z])|和|与|、|,|，", ref_text) if p.strip()]
        if len(parts) > 1 and all(_has_head(p) for p in parts):
            targets: list[Subject] = []
            for p in parts:
                got = self._targets(p, [], forced)
                if got is None:
                    return carry
                targets += [s for s in got if s not in targets]
        else:
            ref = read_ref(ref_text)
            if ref.empty and not ref.pronoun and not ref.plural and carry:
                targets = carry
            else:
                got = self._targets(ref_text, [], forced)
                if got is None:
                    return carry
                targets = got
        for subject in targets:
            if self.scene.subject(subject.id) is None:
                continue
            if len(self.scene.subjects) == 1 and _indefinite_object(clause_after_removal(self._message)):
                self.removed.append(subject)  # replaced below by what the message adds
                self._replace.append(subject.id)
                self.read = True
                continue
            if len(self.scene.subjects) == 1:
                self.ask("ask_only_object")  # the picture needs an object: asked what should be there, nothing changes
                self.read = True
                continue
            remaining = tuple(s for s in self.scene.subjects if s.id != subject.id)
            self.scene = self.scene.model_copy(update={"subjects": remaining})
            self.changes.append(Change(op="remove", subject=subject.id, before=_describe(subject, "en")))
            self.removed.append(subject)
            self.read = True
            if self.focus == subject.id:
                self.focus = None
        return []

    def _add_clause(self, clause: str, at: str | None = None) -> None:
        rel_text, rel_pos = _strip_relative_anchor(clause, self.scene, self.focus)
        cue = find_op(rel_text)
        body = rel_text
        if cue is not None and cue[0] == "add":
            body = rel_text[: cue[1]] + " " + rel_text[cue[2] :]
        if rel_pos is None and NEXT_TO.search(body):
            self.ask("ask_side")  # "add a red square next to the star": on which side?
            return
        body = _DEFINITE_EXISTING.sub(
            lambda m: " " if any(s.kind == w.tokens(m.group(0))[0].key for s in self.scene.subjects) else m.group(0),
            body,
        )  # "… behind the star": the star named is the one there, not another to add
        specs = parse_objects(body, self.lang)
        toks = w.tokens(body)
        if not specs or not any(t.kind in ("shape", "colour") for t in toks):
            self.ask("ask_what_add")  # "add another one": neither what nor which colour is said
            return
        for spec in specs:
            if spec.position is None and rel_pos is not None:
                spec.position = rel_pos
            if spec.position is None and at is not None:
                spec.position = at
            self._add(spec, announce=True)

    def _add(self, spec: Spec, *, announce: bool) -> None:
        self.read = True
        if len(self.scene.subjects) >= MAX_OBJECTS:
            if any(c.op == "add" for c in self.changes):
                self.note("note_full", n=MAX_OBJECTS)  # "add a star and a square": the star went in, the square did not
            else:
                self.ask("ask_full", n=MAX_OBJECTS)  # a fourth object breaks the world's rule: ask which one makes room
            return
        taken = {s.position for s in self.scene.subjects}
        position = spec.position
        if position in taken and announce and not any(c.op == "add" for c in self.changes):
            # "add a star in the centre" with the centre taken: moving either object is a guess, so ask
            there = next(s for s in self.scene.subjects if s.position == position)
            cell = vocab.POSITIONS[position]
            self.ask(
                "ask_place_taken",
                taken=cell.zh if self.lang == "zh" else cell.en,
                obj=name(there, self.scene, self.lang),
            )
            return
        if position in taken:
            free = [p for p in PLACEMENT_ORDER if p not in taken]
            taken_at, free_at = vocab.POSITIONS[position], vocab.POSITIONS[free[0]]
            zh = self.lang == "zh"
            self.note(
                "note_place_taken",
                taken=taken_at.zh if zh else taken_at.en,
                place=free_at.zh if zh else free_at.en,
            )
            position = free[0]
        position = position or next(p for p in PLACEMENT_ORDER if p not in taken)
        used = {s.colour for s in self.scene.subjects} | {self.scene.background}
        colour = spec.colour or next(c for c in vocab.COLOURS if c not in used)
        subject = Subject(
            id=f"s{self.scene.next_id}",
            kind=spec.shape or "circle",
            colour=colour,
            size=spec.size or "large",
            position=position,
        )
        self.scene = self.scene.model_copy(
            update={"subjects": (*self.scene.subjects, subject), "next_id": self.scene.next_id + 1}
        )
        if announce:
            self.changes.append(Change(op="add", subject=subject.id, after=_describe(subject, "en")))
        self.touched.append(subject.id)
        self.focus = subject.id

    def _background(self, clause: str, quiet: bool = False) -> bool:
        colour, _ = take_background(clause)
        if colour is None:
            toks = colour_words(clause)
            colour = toks[-1].key if toks else None
        if colour is None:
            if not quiet:
                self.ask("ask_background")
            return False
        self._set_background(colour)
        return True

    def _set_background(self, colour: str) -> None:
        self.read = True
        before = self.scene.background
        if before == colour:
            return
        hidden = next((s for s in self.scene.subjects if s.colour == colour), None)
        if (
            hidden is not None
        ):  # the world's rule: an object's colour differs from the background's; ask, change nothing
            self.ask(
                "ask_background_clash", name=_shape_word(hidden, self.lang), colour=_colour_word(colour, self.lang)
            )
            return
        self.scene = self.scene.model_copy(update={"background": colour})
        self.changes.append(Change(op="set", attribute="background", before=before, after=colour))

    def _swap(self, clause: str) -> None:
        """ "swap their colours", "星星和正方形交换位置": two subjects trade a value."""
        attr = "position"
        if re.search(r"colou?rs?|颜色", clause):
            attr = "colour"
        elif re.search(r"(?<![a-z])sizes?(?![a-z])|大小", clause):
            attr = "size"
        elif re.search(r"(?<![a-z])shapes?(?![a-z])|形状", clause):
            attr = "kind"
        cue = find_op(clause)
        ref_text = clause[: cue[1]] + " " + clause[cue[2] :] if cue else clause
        # "左侧正中的和红色五角星": a part may name its object by a place or colour alone
        parts = [
            p
            for p in re.split(r"(?<![a-z])and(?![a-z])|和|与|跟|、", ref_text)
            if _has_head(p) or not read_ref(p).empty
        ]
        pair: list[Subject] = []
        if len(parts) >= 2:
            for p in parts[:2]:
                got = self._targets(p, [], None)
                if not got:
                    return
                pair.append(got[0])
        elif len(self.scene.subjects) == 2:
            pair = list(self.scene.subjects)
        else:
            if not re.search(r":|：", clause):
                self._ask_which(list(self.scene.subjects))
            return
        a, b = pair
        if a.id == b.id:
            return
        va, vb = getattr(a, attr), getattr(b, attr)
        kind = "shape" if attr == "kind" else attr
        self.scene = self.scene.replace_subject(a.with_(**{attr: vb}))
        self.scene = self.scene.replace_subject(b.with_(**{attr: va}))
        self.changes.append(Change(op="set", subject=a.id, attribute=kind, before=va, after=vb))
        self.changes.append(Change(op="set", subject=b.id, attribute=kind, before=vb, after=va))
        self.read = True
        self.touched += [a.id, b.id]


_CROSS_VERB = re.compile(
    r"(?<![a-z])(?:becomes?|turns? into|changes? (?:in)?to|into|to|is now|should be|instead)(?![a-z])|->|→|变成?|改成|换成|改为|变为"
)
_CROSS_LEAD = re.compile(
    r"^\s*(?:(?:swap|switch|exchange|trade)[^:：]*|(?:交换|互换|调换)[^:：]*|[^:：]*(?:交换|互换|对调|调换))[:：]\s*"
)


def _crossed_shapes(text: str) -> str:
    """ "the circle becomes a square and the square becomes a circle", "星星变正方形，正方形变星星": the two
    trade shapes at once (applied one after the other, the second would find two squares)."""
    shapes = [t for t in w.tokens(text) if t.kind == "shape"]
    if len(shapes) != 4:
        return text
    a, b, b2, a2 = shapes
    if a.key == b.key or (a.key, b.key) != (a2.key, b2.key):
        return text
    gapped = re.fullmatch(r"\s*(?:an?\s+)?", text[b2.end : a2.start])  # "… and the square a circle"
    made = re.fullmatch(r"\s*(?:an?\s+)?", text[a.end : b.start]) and re.search(
        r"(?<![a-z])(?:make|turn)\s+(?:the\s+)?$", text[: a.start]
    )  # "make the circle a square, …"
    if not (
        (made or _CROSS_VERB.search(text[a.end : b.start])) and (gapped or _CROSS_VERB.search(text[b2.end : a2.start]))
    ):
        return text
    if re.search(r"[a-z]", text[b.end : b2.start]) and not re.search(
        r"(?<![a-z])(?:and|then)(?![a-z])|[,;]", text[b.end : b2.start]
    ):
        return text
    lead = _CROSS_LEAD.match(text[: a.start])
    start = 0 if lead and lead.end() >= len(text[: a.start].rstrip()) - 4 else a.start
    head = re.sub(r"(?:(?<![a-z])(?:make|turn|change|have|let|set)\s+)?(?:the\s+)?$|把$", "", text[:start])
    return f"{head}swap the shapes of the {a.key} and the {b.key}{text[a2.end :]}"


_WHERE_IS = re.compile(
    r"(?<![a-z])(?:to |in |into )?where (?P<en>the (?:[a-z]+ ){0,2}?(?:circle|square|triangle|star|one|thing|shape)s?)"
    r" (?:is|sits|stands|is now|is sitting)(?![a-z])"
    r"|(?P<v>放到|移到|挪到|搬到|放在|移至)(?P<zh>[^，,。的]{1,8}?)(?:原来)?的位置(?:上|去)?"
)


def _where_another_is(text: str, scene: Scene) -> str:
    """ "put the circle where the star is", "把圆挪到星星的位置": that object's cell (the two trade places)."""
    m = _WHERE_IS.search(text)
    if m is None:
        return text
    chosen, _ = resolve(scene, read_ref(m.group("en") or m.group("zh")), None)
    if len(chosen) != 1 or chosen[0].position not in vocab.POSITIONS:
        return text
    pos = vocab.POSITIONS[chosen[0].position]
    said = f"{m.group('v')}{pos.zh}" if m.group("v") else f"to the {pos.en}"
    return text[: m.start()] + said + text[m.end() :]


_NEXT_ONE = re.compile(
    r"(?<![a-z])(?:the one|the shape|the thing|the object|whatever(?:'s| is)|what'?s)\s+(?:(?:directly|right|just|immediately)\s+)?"
    r"(?P<d>above|below|under|underneath|beneath|over|to the left of|to the right of|left of|right of|on top of)\s+"
    r"(?P<en>it|the (?:[a-z]+ )?(?:circle|square|triangle|star|one|thing|shape))(?![a-z])"
    r"|(?P<zh>它|[^，,。把将在]{1,6}?)的?(?P<dz>正上方|正下方|上面|下面|上方|下方|上边|下边|左边|右边|左侧|右侧)(?:的)?那[个只颗](?![格位地])"
)


def _the_one_next_to(text: str, scene: Scene, focus: str | None) -> str:
    """ "the one under the star", "星星下面那个": the object in the next occupied cell that way from it,
    named by its place."""
    m = _NEXT_ONE.search(text)
    if m is None:
        return text
    anchor = m.group("en") or m.group("zh")
    if m.group("zh") and not (anchor == "它" or any(t.kind == "shape" for t in w.tokens(anchor))):
        return text
    chosen, _ = resolve(scene, read_ref(anchor), focus)
    if len(chosen) != 1 or chosen[0].position not in vocab.POSITIONS:
        return text
    d = m.group("d") or m.group("dz")
    dx, dy = _OFFSET.get(d) or _OFFSET["上" if "上" in d else "下" if "下" in d else "左" if "左" in d else "右"]
    p = vocab.POSITIONS[chosen[0].position]
    col, row = p.col + dx, p.row + dy
    while 0 <= col <= 2 and 0 <= row <= 2:
        cell = w.cell(col, row)
        if any(s.position == cell for s in scene.subjects):
            pos = vocab.POSITIONS[cell]
            said = f"{pos.zh}那个" if m.group("dz") else f"the one at the {pos.en}"
            return text[: m.start()] + said + text[m.end() :]
        col, row = col + dx, row + dy
    return text


_BESIDE_IT = re.compile(
    r"(?<![a-z])(?:(?:right|directly|just|immediately)\s+)?(?P<d>above|below|under|underneath|beneath|to the left of|"
    r"to the right of|left of|right of) it(?![a-z])"
    r"|它的?正?(?P<dz>上面|上方|上边|下面|下方|下边|左边|左侧|右边|右侧)"
)


def _beside_the_one_before(text: str, lang: str) -> str:
    """ "上方一个橙色星星，它下面放一个紫色圆形", "a star at the top, a circle right below it": the cell next to
    the object described just before, that way."""
    m = _BESIDE_IT.search(text)
    if m is None:
        return text
    before = [x for x in parse_objects(text[: m.start()], lang) if x.position in vocab.POSITIONS]
    if not before:
        return text
    d = m.group("d") or m.group("dz")
    dx, dy = _OFFSET.get(d) or _OFFSET["上" if "上" in d else "下" if "下" in d else "左" if "左" in d else "右"]
    p = vocab.POSITIONS[before[-1].position]
    col, row = p.col + dx, p.row + dy
    if not (0 <= col <= 2 and 0 <= row <= 2):
        return text
    pos = vocab.POSITIONS[w.cell(col, row)]
    said = pos.zh if m.group("dz") else f"at the {pos.en}"
    return text[: m.start()] + said + _beside_the_one_before(text[m.end() :], lang)


def _shape_word(s: Subject, lang: str) -> str:
    shape = vocab.SHAPES.get(s.kind)
    return (shape.zh if lang == "zh" else shape.en) if shape else s.kind


def _value_word(field: str, key: str, lang: str) -> str:
    table = {"colour": vocab.COLOURS, "size": vocab.SIZES, "kind": vocab.SHAPES}[field]
    term = table.get(key)
    return (term.zh if lang == "zh" else term.en) if term else key


def _colour_word(colour: str, lang: str) -> str:
    term = vocab.COLOURS.get(colour)
    return (term.zh if lang == "zh" else term.en) if term else colour


def _describe(s: Subject, lang: str) -> str:
    """ "red circle at the top left" / "左上的红色圆形" (for questions and change records)."""
    colour = vocab.COLOURS.get(s.colour or "")
    shape = vocab.SHAPES.get(s.kind)
    pos = vocab.POSITIONS.get(s.position or "")
    if lang == "zh":
        return f"{pos.zh if pos else ''}的{colour.zh if colour else ''}{shape.zh if shape else s.kind}".lstrip("的")
    words = " ".join(x for x in ((colour.en if colour else ""), (shape.en if shape else s.kind)) if x)
    return f"{words} at the {pos.en}" if pos else words


def clause_after_removal(text: str) -> str:
    return text


def _indefinite_object(text: str) -> bool:
    """ "一个 small yellow circle", "a big red square": a new object described, not one named."""
    return (
        re.search(
            r"(?:一个|一只|(?<![a-z])(?:a|an)\s)[^,，]{0,30}?(?:circle|square|triangle|star|圆|方块|正方形|三角|星)",
            text,
        )
        is not None
    )


def _names_existing(clause: str) -> bool:
    """ "turn the blue circle into a triangle": the clause names an object it changes (not a new one to add)."""
    head = re.split(r"(?<![a-z])(?:into|to|as)(?![a-z])|成|为", clause)[0]
    return bool(re.search(r"(?<![a-z])(?:the|that|this|it|its|them)(?![a-z])|它|那个|这个", head))


def _axis(t: w.Tok) -> str:
    """Which part of a cell a place word names: "v" (row), "h" (column), "c" (middle) or "cell" (a whole corner)."""
    return t.key[0] if ":" in t.key else "c" if t.key == "c" else "cell"


def _cell_named(toks: list[w.Tok]) -> bool:
    """Whether place words already name one cell whole: a corner, or a row or column and its middle."""
    axes = {_axis(t) for t in toks}
    return "cell" in axes or {"v", "h"} <= axes or "c" in axes and bool(axes & {"v", "h"})


def _zh_ref_end(text: str) -> int:
    """Where a Chinese "…的" naming an object by its place, colour or size ends ("下边的", "左侧正中的那个"); 0 if
    ``text`` does not start with one."""
    m = re.match(
        r"\s*(?:就|那|这|把)?[\u4e00-\u9fff]{1,8}?(?:的(?:那个|那颗|那只|那一个)?|(?<=[\u4e00-\u9fff])那[个颗只])", text
    )
    if m is None:
        return 0
    toks = w.tokens(text)
    inside = [t for t in toks if t.end <= m.end()]
    if _ORDINAL.search(text[: m.end()]):
        return m.end()  # "最后那个 small": the last one
    if not inside or any(t.kind in ("shape", "one", "more") for t in inside):
        return 0
    if any(t.kind == "shape" and t.start == m.end() for t in toks):
        return 0  # "绿色的圆形": the shape is the head
    return m.end()


def _only_pronoun(text: str) -> bool:
    """Whether the only object ``text`` names is "it" / "它" (no shape, no "one")."""
    return not any(t.kind in ("shape", "one") for t in w.tokens(text)) and bool(
        re.search(r"(?<![a-z])it(?![a-z'])|它", text)
    )


def _has_head(text: str) -> bool:
    """Whether ``text`` names an object: a shape word, "one", a pronoun, "both", "那个"."""
    if any(t.kind in ("shape", "one") for t in w.tokens(text)) or w.nickname(text):
        return True
    return bool(
        PRONOUN_EN.search(text)
        or PLURAL_EN.search(text)
        or re.search(r"它|那个|这个|的那|两个|都|另外|另一|剩下|(?<![a-z])(?:whatever|whichever)(?![a-z])", text)
    )


_FILLER_AFTER_ONE = re.compile(
    r"[\s-]*(?:(?:(?:that'?s|which is|sitting|placed|on|in|at|near|by|along|over|up|down|the|far|very|"
    r"of|corner|side|edge|canvas|picture|(?:right|just|smack|dab|bang|slap|exactly|squarely)(?=\s+(?:in|at|on|dab|by)\b))"
    r"(?![a-z])|在|的)[\s-]*)*"
)
_STANDALONE = re.compile(
    r"(?<![a-z])(?:it|its|them|they|both|all|everything|that one|this one|those|these|(?:the )?other(?: two| three| ones?)?"
    r"|the others|the rest|(?:the )?remaining(?: ones?)?)(?![a-z'])"
)


def _head_end(text: str) -> int:
    """Where the reference words end: "the red one on the left| yellow", "that circle| 橙色", "it| bigger"."""
    toks = list(w.tokens(text))
    heads = [t for t in toks if t.kind in ("shape", "one")]
    what = re.search(
        r"(?<![a-z])(?:whatever|whichever)(?:'s| is| one is| one'?s| one| thing'?s| thing is| thing)?(?![a-z])", text
    )
    if not heads and what:  # "shrink whatever's in the middle": like "the one in the middle"
        heads = [w.Tok("one", "one", what.start(), what.end())]
    zh_head = re.match(r"\s*[\u4e00-\u9fff]{1,8}?的(?:那个|那颗|那只)?(?![\u4e00-\u9fff])", text)
    if not heads and zh_head and any(t.end <= zh_head.end() for t in toks):
        return zh_head.end()  # "scale 下边的 down": a Chinese "…的" names the object in an English sentence
    nick = w.nickname_tok(text) if not heads else None
    if nick is not None:
        heads = [nick]  # "the sun| smaller"
    pron = _STANDALONE.search(text)
    if not heads and not pron:
        return 0
    if heads and (not pron or heads[0].start < pron.start()):
        end = heads[0].end
        if heads[0].kind == "one":  # "the one on the far left", "the one in the upper left corner", "the one 在左上方"
            taken: list[w.Tok] = []
            while True:
                m = _FILLER_AFTER_ONE.match(text, end)
                nxt = next((t for t in toks if t.kind == "pos" and t.start == m.end()), None)
                if nxt is None:
                    break
                second = taken and re.search(r"(?<![a-z])(?:in|at|on|into|to)(?![a-z])", text[end : m.end()])
                if second and (_cell_named(taken) or _axis(nxt) in {_axis(t) for t in taken}):
                    break  # "the one in the bottom middle| in the bottom-left corner": a second place, the target
                taken.append(nxt)
                end = nxt.end
            m2 = re.match(r"\s*(?:corner|side|edge)(?![a-z])", text[end:])
            end += m2.end() if m2 else 0
    else:
        end = pron.end()
        # "both circles", "all the squares", "the other two stars": the quantifier belongs to the head after it
        after = next((t for t in heads if t.start >= end), None)
        if (
            after is not None
            and re.fullmatch(
                r"both|all|each|every|those|these|(?:the )?other(?: two| three)?|(?:the )?remaining", pron.group()
            )
            and re.fullmatch(
                r"(?:\s+(?:of|the|two|three|small|large|big|little|tiny|huge|red|orange|yellow|green|blue|"
                r"purple|white|black))*\s+",
                text[end : after.start],
            )
        ):
            end = after.end
    m3 = re.match(r"\s+(?:all|both)(?![a-z])", text[end:])
    return end + (m3.end() if m3 else 0)


def _strip_relative_anchor(clause: str, scene: Scene | None = None, focus: str | None = None) -> tuple[str, str | None]:
    """ "directly above it", "to its right", "在它右边那一格": the text without it, and the cell it means
    (None when there is no such phrase or no scene to measure from)."""
    side = _OTHER_SIDE.search(clause)
    if side and scene is not None:
        # "on the other side of the circle", "在圆的另一边": the mirror, through that object, of the one just named
        rest = clause[: side.start()] + " " + clause[side.end() :]
        chosen, _ = resolve(scene, read_ref(side.group("r") or side.group("r2")), None)
        mirrored = scene.subject(focus) if focus else None
        if len(chosen) == 1 and mirrored is not None and mirrored.id != chosen[0].id:
            a, f = vocab.POSITIONS[chosen[0].position], vocab.POSITIONS[mirrored.position]
            col, row = 2 * a.col - f.col, 2 * a.row - f.row
            if 0 <= col <= 2 and 0 <= row <= 2:
                return rest, w.cell(col, row)
        return rest, None
    m = _REL_EN.search(clause)
    offset = None
    anchor_text = None
    if m:
        d = m.group("d") or m.group("d2") or m.group("d3") or m.group("d4") or m.group("d5") or m.group("d6")
        d = d or m.group("d7") or m.group("d8") or m.group("d9")
        offset = _OFFSET.get(d)
        anchor_text = m.group("r") or m.group("r8") or m.group("r7") or "it"
        if offset is not None and not (m.group("r") or m.group("r8") or m.group("r7") or m.group("d2")):
            # "move the square one cell to the right", "the circle one down": a step from the object named
            keep = m.end("n9") if m.group("n9") else m.start()  # "the circle one down": the circle stays named
            return _step_from(clause[:keep] + " " + clause[m.end() :], offset, scene, focus)
    else:
        mz = _REL_ZH.search(clause) if zh_frame(clause) or is_cjk(clause) else None
        step = _STEP_ZH.search(clause) if zh_frame(clause) else None
        if mz is None and step is not None and not any(t.kind == "pos" for t in w.tokens(clause[step.end() :])):
            offset = _OFFSET[step.group("d")]
            rest = clause[: step.start()] + " " + clause[step.end() :]
            return _step_from(rest, offset, scene, focus)
        if mz and (mz.group("r").startswith(("它", "那个")) or any(t.kind == "shape" for t in w.tokens(mz.group("r")))):
            m = mz
            d = mz.group("d")
            offset = _OFFSET.get("上" if "上" in d else "下" if "下" in d else "左" if "左" in d else "右")
            anchor_text = mz.group("r")
    if m is None or offset is None:
        return clause, None
    rest = clause[: m.start()] + " " + clause[m.end() :]
    if m.re is _REL_EN and m.group("r7") and m.group("r7") != "it":
        rest = clause[: m.start("d7")] + " " + clause[m.end() :]  # "move the star up a bit": the star stays named
    if scene is None:
        return rest, None
    ref = read_ref(anchor_text or "it")
    chosen, _ = resolve(scene, ref, focus)
    if not chosen or chosen[0].position not in vocab.POSITIONS:
        return rest, None
    p = vocab.POSITIONS[chosen[0].position]
    col, row = p.col + offset[0], p.row + offset[1]
    if not (0 <= col <= 2 and 0 <= row <= 2):
        return rest, None
    return rest, w.cell(col, row)


def _step_from(rest: str, offset: tuple[int, int], scene: Scene | None, focus: str | None) -> tuple[str, str | None]:
    """The cell one step from the object ``rest`` names (or "it")."""
    if scene is None:
        return rest, None
    ref = read_ref(rest)
    chosen, _ = resolve(scene, ref if not ref.empty else Ref(pronoun=True), focus)
    if not chosen or chosen[0].position not in vocab.POSITIONS:
        return rest, None
    p = vocab.POSITIONS[chosen[0].position]
    col, row = p.col + offset[0], p.row + offset[1]
    if not (0 <= col <= 2 and 0 <= row <= 2):
        return rest, None
    return rest, w.cell(col, row)


def clause_op(clause: str) -> str | None:
    if any(_BEHIND.match(clause[t.end :]) for t in colour_words(clause)):
        return "background"  # "give me white behind it"
    whole = re.search(r"(?<![a-z])(?:the whole thing|everything)(?![a-z])|整个画面|整张图", clause)
    if BG_CUE.search(clause) or whole:
        colours = [t for t in w.tokens(clause) if t.kind == "colour"]
        heads = [t for t in w.tokens(clause) if t.kind in ("shape", "one")]
        if heads and colours and take_background(clause)[0] is None:
            pass  # "middle of the canvas 再放一个小号 purple triangle": the colour is the triangle's
        elif colours or not heads and BG_CUE.search(clause):  # "it's dominating everything" is no background
            return "background"
    cue = find_op(clause)
    dropped_to = cue is not None and cue[0] == "remove" and clause[cue[1] : cue[2]] == "drop"
    rest = clause[cue[2] :] if cue is not None else ""
    if (
        dropped_to
        and re.search(r"(?<![a-z])(?:to|into|down to|over to|in)\s+(?:the\s+)?(?:very\s+)?[a-z-]+", rest)
        and any(t.kind == "pos" for t in w.tokens(rest))
    ):
        return "move"  # "drop it to the center cell"
    if cue is not None:
        if (
            cue[0] == "set"
            and re.match(r"换一下|换一换|调换一下|换换", clause[cue[1] :])
            and re.search(r"[和跟与]", clause[: cue[1]])
            and len([t for t in w.tokens(clause[: cue[1]]) if t.kind in ("shape", "one")]) >= 2
        ):
            return "swap"  # "星星和方块换一下": two objects trade places
        return cue[0]
    toks = w.tokens(clause)
    if any(t.kind == "more" for t in toks):
        return "set"
    if re.search(r"太大|太小|有点大|有点小|too (?:big|small|large|tiny)|looks? (?:tiny|huge|small|big)", clause):
        return "set"
    return None


CORRECTION = re.compile(
    r"(?:[—–-]+\s*)?(?<![a-z])(?:oh wait|no wait|wait|actually no|on second thought|scratch that|hmm no|no no|"
    r"or rather|i mean)(?![a-z])|……|…|\.\.\.|(?<=[，,。.…！!\s])(?:不行|不对|算了|等等|不不)(?=[，,。.！!\s])"
)
_VALUE_KINDS = ("colour", "size", "pos", "shape", "more")


def self_corrected(text: str) -> str:
    """ "make the background white — oh wait, the circles would vanish. Blue then." -> "make the background blue";
    "背景改成白……不行，那就看不到了，改成红色" -> "背景改成红色": a value taken back mid-message is replaced by the
    one said after it; the reasoning in between is not an instruction."""
    m = CORRECTION.search(text)
    if m is None:
        return text
    before, after = text[: m.start()], text[m.end() :]
    old = [t for t in w.tokens(before) if t.kind in _VALUE_KINDS]
    if not old:
        return text
    for piece in reversed([p for p in CLAUSE_SPLIT.split(after) if p and p.strip(" ,.;!?，。；！？")]):
        new = [t for t in w.tokens(piece) if t.kind in _VALUE_KINDS]
        if not new:
            continue
        if _has_head(piece) and not PRONOUN_EN.fullmatch(piece.strip()):
            return text  # a new instruction about an object, not the value taken back
        same = [t for t in old if t.kind == new[0].kind]
        if not same:
            return text
        t = same[-1]
        start = t.start
        if t.kind == "pos":  # "top left": the whole place said, not its last word
            for p in reversed(same[:-1]):
                if before[p.end : start].strip(" -的") or p.kind != "pos":
                    break
                start = p.start
        value = piece[new[0].start : new[-1].end]
        return before[:start] + value + before[t.end :]
    return text


def _only_place(piece: str) -> bool:
    """A piece that only says where: "on the lower right", "在它右边", "也就是正中间", "just above it"."""
    if find_op(piece) is not None:
        return False
    rest = _REL_EN.sub(" ", piece)
    rest = _REL_ZH.sub(" ", rest)
    toks = w.tokens(rest)
    if not any(t.kind == "pos" for t in toks) and rest == piece:
        return False
    return not any(t.kind != "pos" for t in toks) and not _has_head(rest)


def _swap_around(head: str, piece: str) -> bool:
    """ "switch the circle" + "the square around": one swap, split at its "and"."""
    return find_op(head + " and " + piece) is not None and find_op(head + " and " + piece)[0] == "swap"


def split_clauses(text: str) -> list[str]:
    """Clauses of an edit: a piece starts a new clause when it has its own verb or names an object."""
    pieces = [p.strip(" ,.;!?，。；！？") for p in CLAUSE_SPLIT.split(text)]
    pieces = [p for p in pieces if p]
    # "on the lower right, a little orange triangle", "在它右边，也就是正中间，再加一个…": a place said first
    # belongs to the object added after it.
    k = len(pieces) - 2
    while k >= 0:
        nxt = pieces[k + 1]
        if _only_place(pieces[k]) and (clause_op(nxt) == "add" or _indefinite_object(nxt) and clause_op(nxt) is None):
            pieces[k : k + 2] = [pieces[k] + " , " + nxt]
        k -= 1
    clauses: list[str] = []
    current_op: str | None = None
    for piece in pieces:
        if (
            clauses
            and re.match(
                r"(?:halfway|half way|middle height|centered|centred|vertically|horizontally|in the middle|"
                r"middle|dead cent|the (?:top|bottom|left|right) (?:edge|side)|corner)",
                piece,
            )
            and not find_op(piece)
        ):
            clauses[-1] = clauses[-1] + " , " + piece
            continue
        if clauses and re.fullmatch(
            rf"(?:(?:a|an)\s+)?(?:(?:{w._ATTR}|very|really|quite|pretty|nice)[\s,]+)+ones?", piece
        ):
            clauses[-1] = clauses[-1] + " , " + piece  # "…, a big one", "… star! little one.": the object just named
            continue
        op = clause_op(piece)
        one_head = bool(clauses) and len([t for t in w.tokens(clauses[-1]) if t.kind in ("shape", "one")]) == 1
        if (
            one_head
            and (
                op is None
                and (current_op == "swap" and clause_op(clauses[-1]) == "swap" or _swap_around(clauses[-1], piece))
                # "the square and the star should swap places"
                or op == "swap"
                and clause_op(clauses[-1]) is None
                and len([t for t in w.tokens(piece[: find_op(piece)[1]]) if t.kind in ("shape", "one")]) <= 1
            )
        ):
            clauses[-1] = clauses[-1] + " and " + piece  # "swap the triangle and the circle"
            continue
        starts = op is not None or (current_op != "add" and _has_head(piece))
        if current_op == "add" and op is None:
            starts = False
        if op == "add" and current_op == "add" and not find_op(piece):
            starts = False
        if not clauses or starts:
            clauses.append(piece)
            current_op = op or current_op
        else:
            clauses[-1] = clauses[-1] + " , " + piece
    return clauses
