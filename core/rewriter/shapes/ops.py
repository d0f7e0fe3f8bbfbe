"""Applying one message to a shapes scene: a new picture, or an edit read clause by clause; the
notes and questions it leaves for the reply."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core import messages
from core.language import words as w
from core.rewriter.shapes.announced_add import without_announcement
from core.rewriter.shapes.background import colour_words, take_background, without_background_place
from core.rewriter.shapes.between import between_them
from core.rewriter.shapes.clauses import (
    _VALUE_KINDS,
    CORRECTION,
    _crossed_shapes,
    _only_place,
    clause_op,
    self_corrected,
    split_clauses,
)
from core.rewriter.shapes.cleft import uncleft
from core.rewriter.shapes.colour_as_name import colour_placed
from core.rewriter.shapes.colour_of import colour_of_another
from core.rewriter.shapes.copies import also_like_the_others, matched
from core.rewriter.shapes.cues import (
    BARE_SHAPE,
    BG_CUE,
    CLAUSE_SPLIT,
    INSTEAD_LEAD,
    NEG,
    PLURAL_EN,
    PLURAL_ZH,
    REQUEST_LEAD,
    SKIP_IMPLICIT,
    WRAPPER,
    _indefinite_object,
    find_op,
    zh_frame,
)
from core.rewriter.shapes.edit_steps import _OPPOSITE, EditSteps
from core.rewriter.shapes.further_along import further_along
from core.rewriter.shapes.into_corner import into_the_corner
from core.rewriter.shapes.kept_attribute import without_kept_attribute
from core.rewriter.shapes.mirror import mirrored, other_side
from core.rewriter.shapes.naming import _describe, _value_word
from core.rewriter.shapes.nickname_anchor import nickname_as_anchor
from core.rewriter.shapes.objects import MAX_OBJECTS, Spec, parse_objects
from core.rewriter.shapes.refs import (
    _has_head,
    _head_end,
    _names_existing,
    _zh_ref_end,
    only_pronoun,
    read_ref,
    resolve,
)
from core.rewriter.shapes.relations import (
    SAME_AS,
    _beside_the_one_before,
    _the_one_next_to,
    _where_another_is,
    relative_anchor,
    side_said_later,
)
from core.rewriter.shapes.remark_between import remark_subject_only
from core.rewriter.shapes.same_colour_listed import same_colour_said
from core.rewriter.shapes.shape_again import shape_said_again
from core.rewriter.shapes.shared_shape import shape_said_once
from core.rewriter.shapes.steps import SAME_LINE
from core.rewriter.shapes.trades import background_trade, crossed_colours, crossed_sizes
from core.rewriter.shapes.way_to_place import without_way_to_place
from core.scene import Change, Scene, Subject
from core.world import vocab

_ADD_LAST = re.compile(
    r"^(?P<body>.+?)\s*[,，]?\s*(?:加上|加进去|加进来|添上|加一下|(?<![a-z])add (?:it|that|this))\s*(?:吧|please)?\s*[。.!！]*$"
)
_EVERY_LEAD = re.compile(
    r"^\s*(?:(?:(?:这|那)?[两三俩]个?(?:都|全)|全部|所有的?|全都|都|everything|all of them|all three|both of them|both|all)(?![a-z])"
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

# "黄色的也一样大", "the red one the same size too": an object named by its colour, with "too" / 也
_NAMED_TOO = re.compile(
    r"^\s*(?:and\s+)?(?:make\s+)?the\s+(?:red|orange|yellow|green|blue|purple|white|black)\s+one\b.*\b(?:too|as well|also)\b"
    r"|^\s*[红橙黄绿蓝紫白黑]色?的?(?:那个|那一个)?也"
)


_SAME_COLOUR_ZH = re.compile(
    r"(?:颜色|色)\s*(?:和|跟|与|同)\s*(?P<o>[^，,。]{1,12}?)\s*(?:一样|相同)的?"
    r"|(?:和|跟|与|同)\s*(?P<o2>[^，,。和跟与同]{1,12}?)\s*(?:一样|相同)的?\s*(?:颜色|色)"
)
_BARE_VALUE_DE = re.compile(
    r"^\s*(?:要|那就|那|就)?\s*((?:大号|小号|大|小|[红橙黄绿蓝紫白黑]色)+)的\s*(?:吧|呀|啊)?\s*[。.!！~]*\s*$"
)
_BARE_SAME_COLOUR = re.compile(
    r"(?<![a-z])(?:in |with )?(?:the )?same colou?r(?:\s+too|\s+again)?(?![a-z])(?!\s+as\b)"
    r"|(?<![和跟与同])(?:同样|一样|相同)的?(?:颜色|色)的?|同色的?"
)
_SAME_COLOUR_EN = re.compile(r"(?:in )?(?:the )?same colou?r as (?P<o>it|the [a-z]+(?: [a-z]+)?|[a-z]+)")
_SHAPE_AGAIN = re.compile(
    r"(?:^|[.!,;]\s*)(?:(?:ok|okay|hmm|no|then|just)[\s,]+)*(?:(?:make it|back to|go back to)\s+)?(?:(?:a|an|the)\s+)?"
    r"(?P<s>circle|square|triangle|star)\s+again(?:\s+(?:please|then))?[.!]*\s*$"
)
# "actually I want that as a square", "make this a circle": "that" is the object, the shape what it becomes
_THAT_AS = re.compile(
    r"(?<![a-z])(?:that|this)(?=\s+(?:as\s+|into\s+)?(?:a|an)\s+(?:circle|square|triangle|star)(?![a-z]))"
)
_IT = re.compile(r"(?<![a-z])(?:it|its|itself)(?![a-z'])|它(?!们)")
_ALSO = re.compile(r"(?<![a-z])(?:too|also|as well)(?![a-z])|也")
_COMPLAINT_WORD = re.compile(
    r"(?<![a-z])(?:too|so|very|really|loud|bright|dull|harsh|boring|ugly|much|strong|garish|intense|fighting|fights|clash(?:es|ing)?)(?![a-z])"
    r"|太|跳|刺眼|难看|丑|艳|不好看|扎眼"
)
# "the bottom row", "最下面一排", "右边那一列": a whole row or column of the grid
_LINE = re.compile(
    r"(?<![a-z])(?P<row>top|upper|bottom|lower|middle|centre|center)\s+row(?![a-z])"
    r"|(?<![a-z])(?P<col>left|right|middle|centre|center)(?:-hand)?\s+column(?![a-z])"
    r"|(?P<zrow>最?上面|最?上方|顶部|最?下面|最?下方|底部|最?底下|中间)(?:那|的)?一?[排行]"
    r"|(?P<zcol>最?左边|左侧|最?右边|右侧|中间)(?:那|的)?一?列"
)


# "a red one under it", "another small one to its left": a new "one", said with a place beside an object
_ONE_BESIDE = re.compile(r"^\s*(?:and\s+)?(?:a|an|another)\s+(?:[a-z]+\s+){0,2}?one(?![a-z])")


_JOINED_REFS = re.compile(r"\s*(?:和|、|与|跟|及|以及|(?<![a-z])(?:and|&)(?![a-z]))\s*")
_COMPARED = re.compile(r"比|一样|相同|相比|(?<![a-z])(?:than|compared|as)(?![a-z])")  # "星星跟圆比起来": one named
_COPY_VERB_EN = re.compile(
    r"(?<![a-z])(?:copy|duplicate|clone|repeat)\s+(it|that|this|the (?:[a-z]+ )?(?:circle|square|triangle|star|one))"
    r"(?:\s+(?:and\s+)?(?:put|place)\s+(?:it|the copy|the new one))?\s+(?:to|at|in|into|on|onto)(?![a-z])(?:\s+the(?![a-z]))?"
)
_COPY_VERB_ZH = re.compile(
    r"(?:复制|(?<![a-z])(?:copy|duplicate|clone)\s*(?=[\u4e00-\u9fff]))(?:一个|一份|一下)?(?:它|这个|那个)?((?:[红橙黄绿蓝紫白黑]色?的?)?(?:圆形|圆|方块|正方形|三角形|三角|星星|星形)?)\s*(?:放|摆)?[到在]?(?=\s*[a-z\u4e00-\u9fff])"
)
# "now a tiny one like it at the top": a new "one" copying another is one more, said without the verb
_LIKE_IT_NEW = re.compile(
    r"^\s*(?:(?:and|now|then|ok|okay)[\s,]+)*(?=(?:a|an)\s+(?:[a-z]+\s+){0,2}?one\s+(?:just\s+|exactly\s+)?like\s+(?:it|that|this)(?![a-z]))"
)
_COPY_FIRST = re.compile(
    r"(一样的|相同的|同样的|一模一样的)\s*([^，,。;；再也]{1,12}?)\s*(再|也)?\s*(放|加|画|来|摆)\s*一个"
)
_LIST_CUT = re.compile(r"[,，、;；。:：]|\.(?:\s|$)|\s[-–—]+\s")
_LIST_FILLER = re.compile(r"(?<![a-z])(?:the|at|in|on|corner|one)(?![a-z])|[的色角边]|\s+")


# "move them to the left", "把它们都移到上面": several objects to a side of the grid, each keeping its row or column
_SIDE_LINE = re.compile(
    r"(?<![a-z])(?:to|into|onto)\s+the\s+(?P<row>top|bottom)(?:\s+(?:side|edge))?\s*[.!]*\s*$"
    r"|(?<![a-z])(?:to|into|onto)\s+the\s+(?P<col>left|right)(?:\s+(?:side|edge))?\s*[.!]*\s*$"
    r"|[到去](?P<zrow>最?上面|上方|最?下面|下方)(?:去)?\s*[。.!！吧]*\s*$"
    r"|[到去](?P<zcol>最?左边|左侧|最?右边|右侧)(?:去)?\s*[。.!！吧]*\s*$"
    r"|[到去]\s*(?:the\s+)?(?P<erow>top|bottom)(?:\s+(?:side|edge))?\s*(?:去)?\s*[。.!！吧]*\s*$"  # "全部 move 到 bottom"
    r"|[到去]\s*(?:the\s+)?(?P<ecol>left|right)(?:\s+(?:side|edge))?\s*(?:去)?\s*[。.!！吧]*\s*$"
)


_VERB_GAP_ZH = re.compile(r"(?<=[放加画添来摆])\s+(?=[一两三]?\s?[个只颗枚])")


# "could the square be a triangle?", "would it be better blue?": a modal asked before the object is the object's copula
_INVERTED = re.compile(
    r"^\s*(?:actually,?\s+|so,?\s+|hmm,?\s+)?(could|would|should)\s+(the [a-z]+|it|this|that|they)\s+(?=be\b)"
)


@dataclass
class Outcome:
    scene: Scene
    changes: list[Change] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    question: str | None = None  # set when nothing could be done and the user must say more
    read: bool = False  # whether any part of the message was understood


_PLACE_AFTER_HEAD = re.compile(r"\s+(?:on|at|in)\s+the\s+(?:far\s+)?")


def _place_in_ref(value: str) -> int:
    """ "make the circle| on the left green": a place straight after the head, with what it becomes after the
    place, is which one (not where to); how many characters of ``value`` it takes (0: none)."""
    m = _PLACE_AFTER_HEAD.match(value)
    if m is None:
        return 0
    toks = [t for t in w.tokens(value) if t.start >= m.end()]
    end = m.end()
    for t in toks:
        if t.kind != "pos" or value[end : t.start].strip(" -"):
            break
        end = t.end
    corner = re.match(r"\s+(?:corner|side)(?![a-z])", value[end:])
    end += corner.end() if corner else 0
    after = [t for t in toks if t.start >= end and t.kind in _VALUE_KINDS]
    if end == m.end() or not after or any(t.kind == "pos" for t in after):
        return 0
    return end


# a correction cue that says no (not a pause: "a red circle… and a blue square" goes on)
_NAYSAY = re.compile(r"(?<![a-z])(?:no|wait|actually|rather|mean|scratch)(?![a-z])|不|算了|等等")


def _placed_by_colour(specs: list[Spec], placed: list[tuple[str, str]]) -> list[Spec] | None:
    """Each (colour, place) on the one object described with that colour and no place yet; None when a colour
    does not name one such object (the text is then read as it was written)."""
    for colour, place in placed:
        fits = [s for s in specs if s.colour == colour and s.position is None]
        if len(fits) != 1:
            return None
        fits[0].position = place
    return specs


class ShapesOps(EditSteps):
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
        it_only: bool = False,
    ):
        self.scene = scene
        self.it_only = it_only
        self._named_before = False
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
        # After a picture of several objects "it" is the one described last (shapes-world.md), but a description
        # that fits several, "that one" or no reference at all is still asked about: that focus is kept apart.
        self.drawn_focus = scene.focus if it_only else None
        if it_only:
            self.focus = None
        self.last_was_background = last_was_background
        # The last message asked about the background ("why is it white?"): "make it yellow" means the background.
        self.background_asked = background_asked
        self.strong_focus = strong_focus
        self.touched: list[str] = []
        # a background the colour of an object waits for the message's end (the object may be recoloured)
        self.held_background: str | None = None
        self.holding_background = False
        self._ask_if_taken = False  # a move of one object into a taken cell is asked about, not swapped
        self.asked_place: str | None = None  # the taken cell such a question was about, and the two objects
        self.asked_pair: tuple[str, str] | None = None
        self.keep_line: str | None = None  # "same height": a side said keeps the row it is in
        self._later: list[str] = []  # the clauses of the message after the one being read
        self.several = False  # the last change was made to several objects at once: "it" next is unclear
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

    def it_focus(self, text: str) -> str | None:
        """The object "it" in ``text`` means: the focus, or after a picture of several the one described last."""
        if self.focus is not None or self.touched or self._named_before or not _IT.search(text):
            return self.focus
        return self.drawn_focus

    def outcome(self) -> Outcome:
        focus = self.touched[-1] if self.touched else self.focus or self.drawn_focus
        if self.several:
            focus = None  # "make both bigger" … "now make it purple": which one is asked

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
        unplaced, placed = colour_placed(rest)  # "a red and a blue triangle, red on the left": the red one there
        rest = shape_said_once(rest)  # "top-left red, top-right blue, 都是 small circles": three small circles
        rest = same_colour_said(rest)  # "…，右边一个同样颜色的三角形": the colour of the one before
        specs = _placed_by_colour(parse_objects(unplaced, self.lang), placed) if placed else None
        specs = specs or parse_objects(_beside_the_one_before(rest, self.lang), self.lang)
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
        # "it" is the object last mentioned (shapes-world.md), after a picture of several too: the last one described
        self.focus = self.scene.subjects[-1].id if self.scene.subjects else None
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
        naysaid = _NAYSAY.search(m.group(0)) and not _value_first(text[m.end() :])
        if not restated and len(after) == 1 and before and naysaid:
            # "左边 green circle, 右边 red square, 哦不, red star": one object said over again after "no" is the
            # last one described, now another shape; what it leaves out (its place, its size) is kept
            spec, old = after[0], before[-1]
            spec.colour = spec.colour or old.colour
            spec.size = spec.size or old.size
            spec.position = spec.position or old.position
            return bg_after or bg_before, [*before[:-1], spec]
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
        # "左上一个紫色圆形，右下一个小的黑色星星，呃，星星也要大的": the objects not said over again stay as described
        said = {s.shape for s in after}
        kept = [o for o in before if o.shape not in said]
        if kept and _ALSO.search(text[m.end() :]):
            merged = iter(after)
            return bg_after or bg_before, [o if o.shape not in said else next(merged) for o in before] + list(merged)
        return bg_after or bg_before, after

    # edits ---------------------------------------------------------------------------------------

    def edit(self, text: str, *, forced: list[Subject] | None = None) -> None:
        self._start = self.scene
        self._forced = forced
        text = _VERB_GAP_ZH.sub("", text)  # "它 下面 放 一个 small one": a spaced 放 一个 is still 放一个
        text = without_background_place(text, self.scene.background)  # "黄色在白底上看不清": where it is seen
        text = side_said_later(text)  # "星星旁边要一个红色的圆，在左边": on that side of the star
        text = uncleft(text)  # "我要删的是三角形": remove the triangle
        text = colour_of_another(text)  # "circle 也用 triangle 的颜色": the same colour as the triangle
        text = further_along(text)  # "再右边一个 purple square": right of the one placed last
        text = without_way_to_place(text)  # "往左，到正中间": to the centre
        text = remark_subject_only(text, self.scene)  # "The star is fighting the circle. Make it purple."
        text = without_kept_attribute(text)  # "三角换成星星，颜色别动": the colour stays, nothing asked
        text = shape_said_again(text, self.scene)  # "star again but yellow": make it a star, yellow
        text = nickname_as_anchor(text, self.scene)  # "房子上面 add 一个 red 三角形": above the square
        text = into_the_corner(text, self.scene, self.it_focus(text) or self.focus)  # "up into the corner"
        text = without_announcement(text)  # "再加一个，上方中间放个白色方块": one add, of the square
        text = self_corrected(text)
        if len(self.scene.subjects) == 1:
            # "大号的", "红色的" alone, with one object: that value for it (with several, "the big one" names one)
            text = _BARE_VALUE_DE.sub(r"\1", text)
        # "center the star", "centre it": a place said as the verb
        text = re.sub(
            r"(?:^|(?<=[,.;!]\s)|(?<=\band\s)|(?<=\bthen\s))(?:center|centre)\s+(the\s+[a-z]+|it|that|this|them|both)\b",
            r"move \1 to the center",
            text,
        )
        # "swap the square's colour to green", "switch its size to small": one value set, not two objects trading
        text = re.sub(
            r"(?<![a-z])(?:swap|switch)\s+((?:the\s+[a-z]+'s|its|the)\s+(?:colou?r|size|shape))\s+(?=to\s)",
            r"change \1 ",
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
        text = text if self.it_only else _THAT_AS.sub("it", text)
        text = _NOT_EITHER.sub(lambda m: f"make it {_OPPOSITE_SIZE[m.group(1)]}", text)
        text = _crossed_shapes(text)
        text = matched(text, self.last_change)
        text = other_side(text, self.scene, self.focus)
        text = crossed_colours(text, {s.colour for s in self.scene.subjects})
        text = background_trade(text, self.scene)
        text = crossed_sizes(text, self.scene)
        text = self._colour_of_another(text)
        if self.question is not None:
            return  # which object's colour is meant is unclear: asked, nothing changes
        text = _where_another_is(text, self.scene)
        text = between_them(text, self.scene)
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
        again = _SHAPE_AGAIN.search(text)
        if again and "shape" in self.last_change and self.focus and self.scene.subject(self.focus):
            # "… the star looked better. star again", "circle again" right after a change of shape: back to that one
            self._set_attribute(self.scene.subject(self.focus), "shape", again.group("s"))
            self.touched.append(self.focus)
            return
        if self._move_line(text) or self._same_among(text) or self._mirror(text):
            return
        late = _ADD_LAST.match(text)
        if late and find_op(late.group("body")) is None:
            text = "加上 " + late.group("body")  # "triangle, red, 大号, 放 bottom 加上": the verb said last
        if self._attribute_list(text):
            text = ("加" if zh_frame(text) else "add ") + text  # "Star, white, small, top left.": one more object
        m = INSTEAD_LEAD.match(text)
        if m and find_op(text[m.end() :]) and find_op(text[m.end() :])[0] == "add":
            text = text[m.end() :]  # "换成右上角加一个小的白色圆": instead (of what was undone), add …
        # "copy the circle to the bottom right", "duplicate it", "复制一个圆放到右下角": one more just like it
        text = _COPY_VERB_EN.sub(
            lambda m: "add the same " + ("one" if m.group(1) in ("it", "that", "this") else m.group(1)) + " at", text
        )
        text = _COPY_VERB_ZH.sub(lambda m: "再加一个一样的" + (m.group(1) or "") + "在", text)
        text = _LIKE_IT_NEW.sub("add ", text, count=1)
        op = find_op(text)
        text = also_like_the_others(text, self.scene, adding=op is not None and op[0] == "add")
        # "一样的 circle 再放一个在右下": the copy said first, then the verb; one clause, as "再放一个一样的 circle"
        text = _COPY_FIRST.sub(lambda m: f"{m.group(3) or ''}{m.group(4)}一个{m.group(1)}{m.group(2)}", text)
        line = SAME_LINE.search(text)
        if line is not None:  # "…, same height", "保持同一行": the row (or column) it is in stays
            self.keep_line = "row" if line.group("row") or line.group("row2") or line.group("row3") else "col"
            text = text[: line.start()] + text[line.end() :]
        clauses = split_clauses(text)
        self.holding_background = True
        last_op: str | None = None
        carry: list[Subject] = []
        named: list[str] = []  # the clauses so far that describe an object: "it" after them is that one
        for at, clause in enumerate(clauses):
            self._named_before = bool(named)
            self._later = clauses[at + 1 :]
            if not BG_CUE.search(clause) and any(resolve(self.scene, read_ref(clause), None)) and self.it_only:
                named.append(clause)  # "the yellow one is too bright, make it orange": "it" is one of the yellow
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
            ) or (
                op is None
                and _ONE_BESIDE.match(clause)
                and (
                    relative_anchor(clause, self.scene, self.it_focus(clause))[2] is not None
                    or _OPPOSITE.search(clause) is not None  # "and a yellow one in the opposite corner"
                )
            ):
                op = "add"  # "a red one under it": a new object beside the one named, of its shape
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
            elif last_op == "background-pending" and (not _has_head(clause) or only_pronoun(clause)):
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
                if self.asked == "ask_what_add" and re.search(
                    r"[一另][个只颗]|(?<![a-z])(?:another|one more|a new)(?![a-z])", clause
                ):
                    break  # "再画一个，放右边": what to add is asked; the place said after it is for that one
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
        self._pending_background()
        self._ask_hidden()
        for sid in self._replace:
            old = self.scene.subject(sid)
            if old is not None and len(self.scene.subjects) > 1:
                self.scene = self.scene.model_copy(
                    update={"subjects": tuple(x for x in self.scene.subjects if x.id != sid)}
                )
                self.changes.append(Change(op="remove", subject=sid, before=_describe(old, "en")))

    def _attribute_list(self, text: str) -> bool:
        """ "Triangle, green, small, top right.", "左上，橙，小，星", "blue square, small, top left": with no verb, a
        list of attribute words naming a shape no object has is a new object described, not a change to one."""
        pieces = [p for p in _LIST_CUT.split(text.strip(" .!。！")) if p.strip()]
        kinds_said = {t.kind for t in w.tokens(text)}
        if len(pieces) < 2 and not {"pos", "shape"} <= kinds_said:  # "右边黄色三角形": a place and a shape, one piece
            return False
        if find_op(text) is not None or BG_CUE.search(text):
            return False
        shapes = []
        for piece in pieces:
            toks = w.tokens(piece)
            kinds = {t.kind for t in toks}
            rest = piece
            for t in reversed(toks):
                rest = rest[: t.start] + rest[t.end :]
            if not kinds or _LIST_FILLER.sub("", rest).strip():
                return False
            shapes += [t.key for t in toks if t.kind == "shape"]
        return len(shapes) == 1 and all(s.kind != shapes[0] for s in self.scene.subjects)

    def _colour_of_another(self, text: str) -> str:
        """ "add a star, 颜色跟 square 一样", "add a small star, same colour as the square": in a message that adds,
        the colour named by another object is that object's colour (the object is not a new one)."""
        cue = find_op(text)
        if cue is None or cue[0] != "add":
            return text
        m = _SAME_COLOUR_ZH.search(text) or _SAME_COLOUR_EN.search(text)
        if m is None:
            bare = _BARE_SAME_COLOUR.search(text)
            if bare is None:
                return text
            # "a second one, same colour, top left", "再来一个同样颜色的小三角形": the colour of the one just talked
            # about (or of the only object)
            subjects = self.scene.subjects
            model = [self.scene.subject(self.focus)] if self.focus and self.scene.subject(self.focus) else []
            model = model or (list(subjects) if len(subjects) == 1 else [])
            if len(model) != 1 or not model[0].colour:
                return text
            return text[: bare.start()] + " " + model[0].colour + " " + text[bare.end() :]
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
            or _NAMED_TOO.search(text)
        ):
            # "make the star and the circle the same size": those two, read the ordinary way; "黄色的也一样大",
            # "the red one the same size too": that one as well, like the one just changed
            return False
        word = m.group("en") or m.group("zh")
        field = "size" if re.search(r"size|大|小", word) else "kind" if re.search(r"shape|形状", word) else "colour"
        values = list(dict.fromkeys(getattr(s, field) for s in self.scene.subjects))
        if None in values:
            return False  # an open-world subject has no shapes-world value to compare
        what = messages.text({"colour": "word_colour", "size": "word_size", "kind": "word_shape"}[field], self.lang)
        self.read = True
        # "make them the same size, both big", "一样大 都 small": the shared value is said beside it, so it is done
        tok_kind = {"size": "size", "colour": "colour"}.get(field)
        said = {t.key for t in w.tokens(text) if t.kind == tok_kind and (t.end <= m.start() or t.start >= m.end())}
        if len(said) == 1 and (value := said.pop()) != (self.scene.background if field == "colour" else None):
            for subject in self.scene.subjects:
                before = getattr(subject, field)
                if before != value:
                    self.scene = self.scene.replace_subject(subject.with_(**{field: value}))
                    self.changes.append(
                        Change(op="set", subject=subject.id, attribute=field, before=before, after=value)
                    )
                self.touched.append(subject.id)
            return True
        if len(values) == 1:
            self.ask("reply_already_same", what=what)
            return True
        names = [_value_word(field, v, self.lang) for v in values]
        self.ask("ask_same_which", what=what, choices=messages.listing(names, self.lang, last="join_list_or"))
        return True

    def _mirror(self, text: str) -> bool:
        """ "左右镜像一下", "flip it vertically": every object to its mirrored cell at once."""
        moves = mirrored(text, self.scene)
        if moves is None:
            return False
        for subject, where in moves:
            if subject.position != where:
                before = subject.position
                self.scene = self.scene.replace_subject(subject.with_(position=where))
                self.changes.append(
                    Change(op="set", subject=subject.id, attribute="position", before=before, after=where)
                )
            self.touched.append(subject.id)
        self.read = True
        return True

    def _move_line(self, text: str) -> bool:
        """ "move all of them to the bottom row, same order", "全部挪到最下面一排", "把它们都移到右边那一列":
        every object goes to that row (each keeps its column) or that column (each keeps its row)."""
        m = _LINE.search(text) or _SIDE_LINE.search(text)
        if m is None or not (PLURAL_EN.search(text) or PLURAL_ZH.search(text)):
            return False
        if m.re is _SIDE_LINE and re.search(
            r"(?<![a-z])(?:one|a|1)\s+(?:cell|step|square|spot|place|notch|row|column)s?\s*$", text[: m.start()]
        ):
            return False  # "move every shape one cell to the right": a step, not the side
        if find_op(text) is None and not re.search(r"(?<![a-z])(?:to|into|onto)\s+the(?![a-z])|[到去]", text):
            return False  # "all of them to the top row" moves them; "all of them in the top row?" does not
        word = next(g for g in m.groups() if g)
        column = bool(m.group("col") or m.group("zcol")) or bool(re.fullmatch(r"left|right|左.*|右.*", word))
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
        parts = [p for p in _JOINED_REFS.split(ref_text) if p.strip()]
        if len(parts) > 1 and all(_has_head(p) for p in parts) and not _COMPARED.search(ref_text):
            # "三角形和圆形都换成方块", "把圆和星星都改成红色": each object named, the same change for all
            out: list[Subject] = []
            for part in parts:
                got = self._targets(part, [], forced)
                if got is None:
                    return None
                out += [g for g in got if all(g.id != o.id for o in out)]
            return out
        ref = read_ref(ref_text)
        if ref.empty and not ref.pronoun and not ref.plural and not ref.other and carry:
            return [s for s in (self.scene.subject(c.id) for c in carry) if s is not None]
        focus = self.focus or (self.it_focus(ref_text) if ref.empty else None)
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
        if len(candidates) == 1:  # "flip it" with one object: which one is clear, what to do with it is not
            self.ask("ask_what_change")
            return
        if self.question is None:
            self.offered = list(candidates)
        names = [messages.text("ask_which_name", self.lang, name=_describe(s, self.lang)) for s in candidates]
        self.ask("ask_which", choices=messages.listing(names, self.lang, last="join_list_or"))

    def _split_ref_value(self, clause: str, op: str) -> tuple[str, str]:
        """(words naming the object, words naming the change)."""
        clause = _INVERTED.sub(r"\2 \1 ", clause, count=1)  # "could the square be a triangle?"
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
            place = _place_in_ref(rest[head:]) if op == "set" else 0
            if place and len(resolve(self.scene, read_ref(rest[: head + place]), None)[0]) == 1:
                head += place  # only when the place picks out an object there: else it is where to go
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


def _value_first(after: str) -> bool:
    """ "…, no, on the left, and a small star at the top right": the first piece after the correction is a bare
    value (it takes the value back); the object after it is a further one, not the last one said over again."""
    for piece in CLAUSE_SPLIT.split(after):
        if not piece.strip(" ,.;!?，。；！？"):
            continue
        values = [t for t in w.tokens(piece) if t.kind in ("colour", "size", "pos")]
        return bool(values) and not _has_head(piece)
    return False
