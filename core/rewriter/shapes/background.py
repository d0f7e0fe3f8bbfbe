"""Reading a background colour out of a message, and the colour words that name a wanted colour
(not one complained about or refused)."""

from __future__ import annotations

import re
from functools import lru_cache

from core.language import words as w
from core.rewriter.shapes.cues import BG_CUE
from core.world import vocab

_GAP_BEFORE = re.compile(r"^(?:\s|the|a|an|whole|entire|for|as|plain|solid|的|作为|当作|当做|当|来做|做|作|纯)*$")
# Between "background" and its colour: copulas, modals and verbs of making ("must be", "needs to be",
# "i'd like it", "整成", "刷成"), never a noun.
_GAP_AFTER = re.compile(
    r"^(?:\s|[:：=,，]|is|should|could|can|will|would|be|to|in|of|as|set|colou?r(?:ed)?|then|please|now|instead|make|"
    r"that|that'?s|thats|which|which is|"
    r"turn|change|it|all|must|needs?|has|have|got|gotta|shall|might|may|'s|'d|i|we|like|want|prefer|going|gonna|"
    r"ideally|preferably|maybe|perhaps|just|painted|filled|done|a|an|the|nice|solid|plain|totally|fully|entirely|"
    r"是|要|用|为|改成|换成|换|改|变成|都|全|整个|纯|的|涂|成|弄|设为|设成|设置为|设置成|整成|弄成|搞成|做成|调成|刷成|"
    r"染成|来个|来|就|也|再|得|必须|需要|最好|换个|改个|想要|想|颜色|色|呢|吧)*$"
)


NOT_COLOUR = re.compile(
    r"(?:不要|不是|别用|不用|不想要|不再是|而不是|不要再用|太|过于|(?<![a-z])(?:not|no|no more|instead of|rather than|anything but|"
    r"other than|except|fighting(?: with)?|fights(?: with)?|clash(?:es|ing)? with)(?: the| a)?)\s*$"
)
COLOUR_COMPLAINT = re.compile(
    r"^\s*(?:one|colou?r|色|background|backdrop|bg)?\s*(?:(?:is|are|looks?|seems?|'s|feels?)\s+)?(?:way |far |a bit |a little |kind of |just |really |"
    r"very |quite )?(?:too (?:much|bright|loud|strong|dark|harsh|intense|heavy|dull|boring|plain|bland|pale)|so (?:bright|loud|ugly|much|dull|boring|plain|bland|pale)|ugly|garish|"
    r"overwhelming|distracting|jarring|hurts?|boring|dull|much|fighting|fights|clash(?:es|ing)? with"
    # "the yellow is hard to see", "黄色看不清": a colour that does not show is complained of, not wanted
    r"|hard to see|hard to make out|barely visible|invisible|washed out|disappears|gets lost)"
    r"|^\s*(?:色|背景|底色)?(?:的)?(?:太|有点|有些|真|很|好|实在|也太)?(?:刺眼|扎眼|抢眼|不好看|难看|丑|单调|无聊|土气?"
    r"|看不清|看不太清|看不见|看不到|不清楚|不明显)"
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


_GROUND = re.compile(
    r"\s*(?:field|surface|paper|ground)(?![a-z])(?=\s*(?:$|[,.;:!?，。：；]|with|and|[\u4e00-\u9fff]))"
)


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
            r"\s*(?:[,.;:!?，。：；]|\s-+\s|—|$|canvas|background|field|surface|ground|backdrop|base|sheet|paper|page|board|please|"
            r"for me|instead|then|now|too|this time|背景)",
            text[t.end :],
        ):
            return t.key, _cut(text, lead.start(), t.end)
    for t in toks:  # "yellow field, a black triangle in the middle": the world has no fields, so it is the ground
        m = _GROUND.match(text[t.end :])
        if m:
            return t.key, _cut(text, t.start, t.end + m.end())
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


# "背景 reset 成默认的", "不要背景色了", "reset the background": the product's default background, white
_DEFAULT_BG = re.compile(
    r"(?:背景色?|底色)\s*(?:reset|恢复|还原|改回|换回|变回|重置|设|改|换|回)?\s*(?:成|为|到)?\s*默认(?:的|色|颜色|值)?(?:背景)?"
    r"|不要背景色了?|去掉背景色|背景色(?:不要了?|去掉)"
    r"|(?<![a-z])(?:reset the (?:background|bg)(?: colou?r)?|(?:background|bg) back to (?:the )?default"
    r"|(?:no|remove the|lose the|drop the) (?:background|bg) colou?r)(?![a-z])"
)
# "the blue behind it. go yellow", "the background - make it green": the background named, then its new colour
_NAMED_THEN_VALUE = re.compile(
    r"^\s*(?:(?:i mean|no|sorry)[\s,]+)?(?:the\s+(?:[a-z]+\s+)?(?:behind (?:it|them|everything)|background|bg))\s*[.,;:!-]+\s*"
    r"(?:go|make it|make that|turn it|change it to|paint it|just|then)?\s*(?P<c>red|orange|yellow|green|blue|purple|white|black)"
    r"(?:\s+(?:then|please|pls|instead))?\s*[.!]*$"
)


# "背景深一点，用蓝色", "背景是浅一点的黄色就行", "background dark blue": the world has one shade of each colour, so a
# shade said of the background colour is dropped (left in, it hid the colour, which then went to an object)
_BG_SHADE_ZH = re.compile(
    r"(?:(?<=背景)|(?<=background)|(?<=background ))(?P<v>(?:颜色)?(?:就)?(?:是|要|用|改成|换成)?)(?:颜色)?(?:再)?[深浅淡暗亮](?:一点|一些|点|些)?(?:的)?(?:颜色)?"
    r"\s*[，,]?\s*(?=(?:就)?(?:用|是|要|改成|换成)?\s*(?:[红橙黄绿蓝紫白黑]|red|orange|yellow|green|blue|purple|white|black))"
)
_BG_SHADE_EN = re.compile(
    r"(?<![a-z])(?P<v>(?:background|bg|backdrop)\s+(?:(?:is|to|should be|in|be|of|用|是|要)\s*)?(?:a\s+)?)"
    r"(?:dark|darker|light|lighter|pale|deep|bright|soft|pastel)(?:ish)?\s+(?=(?:red|orange|yellow|green|blue|purple|white|black)(?![a-z]))"
)


def plain_background(text: str) -> str:
    """The text with a background wish said plainly: the default as the colour it is (white), and the
    background named, then its colour, as one "background <colour>"."""
    text = _BG_SHADE_EN.sub(lambda m: m.group("v"), _BG_SHADE_ZH.sub(lambda m: m.group("v"), text))
    named = _NAMED_THEN_VALUE.match(text)
    if named is not None:
        return f"background {named.group('c')}"
    return _DEFAULT_BG.sub(
        lambda m: "背景白色" if re.search(r"[\u4e00-\u9fff]", m.group(0)) else "background white", text
    )


@lru_cache(maxsize=16)
def _background_place(background: str) -> tuple[re.Pattern, re.Pattern] | None:
    term = vocab.COLOURS.get(background)
    if term is None:
        return None
    en = "|".join(re.escape(x) for x in (term.en, *term.aliases_en))
    zh = "|".join(re.escape(x) for x in sorted({term.zh, term.zh[:1], *term.aliases_zh}, key=len, reverse=True))
    return (
        re.compile(
            rf"(?<![a-z])(?:on|against|over)\s+(?:the\s+|a\s+|this\s+|that\s+)?(?:{en})(?:\s+(?:background|bg|backdrop))?"
            r"(?![a-z])(?!\s+(?:circle|square|triangle|star|one)s?(?![a-z]))"
        ),
        re.compile(
            rf"在?(?:这个|这种)?(?:{zh})色?的?(?:底色|背景|底)(?:上面|上|里)|在(?:这个|这种)?(?:{zh})色?的?(?:底色|背景|底)"
        ),
    )


def without_background_place(text: str, background: str | None) -> str:
    """``text`` less a place said by the background it already has ("黄色在白底上看不清", "the white is too harsh
    against black", "it's lost on the white background"): where the object is seen, not a change of background."""
    found = _background_place(background or "")
    if found is None:
        return text
    en, zh = found
    return zh.sub("", en.sub(" ", text))
