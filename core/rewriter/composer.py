"""The embedded rewriter: a deterministic English + Chinese composer.

Shapes-world messages are read clause by clause (``shapes``): slots filled from the world's
lexicon, references resolved against the scene, words the world has no use for dropped. Other
messages (the real model's path, ``world="open"``) keep the user's own words as the prompt and
edit them in place (``open_text``). A message that cannot be read changes nothing and gets a
short question back; with the bundled shapes model (``world="shapes"``) a request for things
outside its world is answered honestly before anything is drawn.
"""

from __future__ import annotations

import re

from core import messages
from core.describe import compose_prompt, describe_setting, describe_subject, to_world_scene
from core.language import lexicon as lx
from core.language import words as w
from core.rewriter import general, open_text, replies
from core.rewriter import shapes as sh
from core.rewriter.base import HistoryItem
from core.scene import Change, Rewrite, Scene, Subject
from core.world import vocab

WORLDS = ("open", "shapes")
YES = re.compile(
    r"^(?:yes|yeah|yep|ok|okay|sure|please|go ahead|do it|draw it|fine|alright|why not|好|好的|可以|行|画吧|就画这个|嗯|要|对)"
    r"(?:[\s,.!。！，]|please|thanks|吧|呀|啊)*$"
)


class Composer:
    """Rule-based rewriter; a pure function of (previous scene, recent history, message).

    ``world`` says which painter is loaded: "shapes" for the bundled shapes-world model (a
    message about a fox or a café is answered with what it can draw instead), "open" for an
    external model such as Hunyuan-DiT v1.2 (any prompt; shapes-world messages still get
    shapes-world scenes). History is read only for undo ("go back", "撤销"), for "use blue
    after all", and for the answer to a question the composer asked.
    """

    name = "composer"

    def __init__(self, max_subjects: int = 3, world: str = "open"):
        if world not in WORLDS:
            raise ValueError(f"world must be one of {WORLDS}, got {world!r}")
        self.max_subjects = max_subjects
        self.world = world

    def rewrite(
        self, previous_scene: Scene, history: list[HistoryItem], message: str, images: list[bytes] | None = None
    ) -> Rewrite:
        text = lx.normalise(sh.simplified(message) if self.world == "shapes" else message)
        if self.world == "shapes":
            text = sh.plain_background(text)  # "背景 reset 成默认的": white; "the blue behind it. go yellow"
            text = sh.with_stand_in(text)  # "a yellow sun in the top right! a circle": a yellow circle there
            text = sh.without_gloss(text)  # "hong se yuan xing zai zhong jian, 就是 red circle center 的意思"
        lang = "zh" if lx.has_cjk(text) else "en"
        start = previous_scene.model_copy(update={"language": lang})
        have_picture = not previous_scene.is_empty
        if not text.strip(" .!?。！？,，"):
            return _chat(previous_scene, replies.not_understood(lang))
        if self.world == "shapes" and have_picture and _asked_how_far_back(history):
            drawn = _drawn(history) if sh.ALL_THE_WAY.search(text) else None
            if drawn is not None:  # "回到最开始的样子" after "一步，还是回到最初？": the picture as first drawn
                scene = drawn.model_copy(update={"language": lang, "focus": None})
                reply = messages.text("reply_went_back_to_start", lang)
                change = Change(op="set", attribute="scene", before="current", after="first")
                return Rewrite(intent="edit", prompt=compose_prompt(scene), scene=scene, changes=(change,), reply=reply)
            if sh.ONE_STEP_BACK.search(text):
                return _undo(previous_scene, history, lang)  # "just one step"
        if sh.is_undo(text) and (
            ASKS_ABOUT_UNDO.search(text) or (self.world == "shapes" and ASKS_WHAT_UNDO_DOES.search(text))
        ):
            return _chat(previous_scene, messages.text("reply_undo_howto", lang))
        if (
            have_picture
            and sh.is_undo(text)
            and _revert_value(text) is None
            and not _ASKS_YES_NO.match(text)
            and not (_names_what_goes_back(text) and _one_goes_back(previous_scene, history, text))
            and not (open_text.is_open_scene(previous_scene) and open_text.names_thing_as_before(text))
            and not (_REMOVES.search(text) and WHERE_WAS.search(text))  # "把圆删了，三角形放到圆原来的位置"
            and not (
                self.world == "shapes" and sh.puts_new_where_gone(previous_scene, text)
            )  # "在三角形原来的位置放个星星"
        ):
            if (
                self.world == "shapes"
                and sh.ALL_THE_WAY_BACK.search(text)
                and sh.edits_since_draw([h.intent for h in history]) >= 2
            ):
                # "恢复原样" after several edits: the last step, or the picture as first drawn? (batch 15 zh-036)
                return _chat(previous_scene, messages.text("ask_how_far_back", lang))
            return _undo(previous_scene, history, lang)  # not "is this the same seed as before?", a question
        if have_picture and history and history[-1].intent == "edit" and _one_more_step(history[-1].message, text):
            # "move it one cell to the right" … "and one more", "do that again": the same step again, from where it is
            return self._shapes(previous_scene, history, history[-1].message, lang)
        if have_picture and _is_redraw(text):
            reply = messages.text("reply_redraw", lang)
            again = _in_language(previous_scene, lang)
            return Rewrite(intent="edit", prompt=compose_prompt(again), scene=again, reply=reply)
        if self.world == "shapes" and history and history[-1].intent == "chat":
            offer = self._offer_followup(history[-1], text, previous_scene, lang)
            if offer is not None:
                return offer
        if have_picture and open_text.is_unhappy(text):  # "hmm not right": not approval, and nothing to write
            code = "reply_open_not_understood" if open_text.is_open_scene(previous_scene) else "ask_what_change"
            return _chat(previous_scene, messages.text(code, lang))
        if sh.is_ack(text) or have_picture and _praises_what_is(text, previous_scene):
            return _chat(previous_scene, replies.ack_reply(lang))
        if have_picture and history and history[-1].intent == "chat":
            side = _side_answer(history[-1].message, text)
            if side is not None:  # "move the circle next to the star" … "above it, I mean"
                return self._shapes(previous_scene, history[:-1], side, lang)
            instead = _replacement_answer(previous_scene, history[-1].message, text)
            if instead is not None:  # "delete it" (the only object) … "a white circle then": it is replaced
                return self._shapes(previous_scene, history[:-1], instead, lang)
            placed = _place_answer(previous_scene, history[-1].message, text, lang)
            if placed is not None:  # "add a star in the centre" (taken) … "top right then, small": the add, there
                return self._shapes(previous_scene, history[:-1], placed, lang)
            details = _details_answer(previous_scene, history[-1].message, text, lang)
            if details is not None:  # "add a star" … "a small black one in the top right": that star, added there
                return self._shapes(previous_scene, history[:-1], details, lang)
            room = _room_made_answer(previous_scene, history[-1].message, text, lang)
            if room is not None:  # "add a star at the bottom" (full) … "drop the square, then add that star": there
                return self._shapes(previous_scene, history[:-1], room, lang)
            clash = sh.clash_answer(previous_scene, history[-1].message, text)
            if clash is not None:  # "make the background white" (the star is white) … "ok, make the star black"
                return self._shapes(previous_scene, history[:-1], clash, lang)
            shared = _shared_value_answer(history[-1].message, text)
            if shared is not None:  # "make them the same colour" … "green": every object
                return self._shapes(previous_scene, history[:-1], shared, lang)
            answered = self._clarified(start, history, text, lang)
            if answered is not None:
                return answered
        open_scene = open_text.is_open_scene(previous_scene) if have_picture else False
        offered = self.world == "open" and (
            open_text.offers_edit(text) if open_scene else not have_picture and open_text.asks_to_draw(text)
        )  # "glossy orange?", "能帮我做一张图吗：黄昏时分的书店…": a change, or a picture, asked as a question
        offered_colour = sh.offered_colour(text) if self.world == "shapes" and have_picture else None
        if offered_colour is not None:  # "hmm, green?": that colour tried, not a question about the picture
            return self._shapes(previous_scene, history, offered_colour, lang)
        if self.world == "shapes" and have_picture and history and history[-1].intent == "edit":
            meant = sh.meant_all(text, _before_last_edit(history), previous_scene)  # "不是, 我说的是 both"
            if meant is not None:
                return self._shapes(previous_scene, history, meant, lang)
            other = sh.meant_other(
                text, _before_last_edit(history), previous_scene, lang, history[-1].message
            )  # "I meant the triangle"
            if other is not None:
                return _done("edit", previous_scene, other[0], other[1], [other[2]], lang)
        friend = sh.friend_asked(text) if self.world == "shapes" and have_picture else None
        if friend is not None:  # "can it have a friend? a little orange circle …": one more object
            return self._shapes(previous_scene, history, friend, lang)
        if _is_question(text) and (have_picture or _asks_outright(text)) and not offered:
            return _chat(previous_scene, _answer(previous_scene, text, lang))
        if self.world == "open" and (
            open_scene or (not have_picture or sh.is_restart(text)) and open_text.wants_open(text)
        ):
            return open_text.rewrite(previous_scene, history, message, text, lang)
        if (
            self.world == "open"
            and have_picture
            and not open_scene
            and _outside_words(text)
            and not _shapes_edit(text)
            and not _nickname_ref(previous_scene, text)
        ):
            return open_text.rewrite(previous_scene, history, message, text, lang)
        return self._shapes(previous_scene, history, text, lang)

    # -- the shapes world ---------------------------------------------------------------------------

    def _shapes(self, previous: Scene, history: list[HistoryItem], text: str, lang: str) -> Rewrite:
        start = previous.model_copy(update={"language": lang})
        new = previous.is_empty or sh.is_restart(text)
        if new:
            text = _FRAME_SIZE.sub(r"\1", text)  # "for a little test poster I need …": not the first object's size
        instead = None if new else sh.cancel_then_edit(text)
        if instead is not None:
            text = instead  # "ok forget it, replace the orange one with green then": that edit, on this picture
        if not new:
            text = _BETTER_AS.sub(r"make \g<t> a \g<s>", text)  # "the left one was better as a star": that one only
            text = _colour_remarked(previous, text)
            if _COLOUR_WORD.search(text):
                text = _FIELD_AS_BG.sub("the background", text)  # "drop the field to white"
        outside = _outside_words(_SIMILE.sub(lambda m: m.group("c") or m.group("c2") or m.group("z"), text))
        if _nickname_ref(previous, text) and not new:
            outside = []  # "make the sun smaller" with a circle in the picture: the circle
        if self.world == "shapes" and outside and not _shapes_content(text, new):
            offer = _closest(text, lang) if new else None
            reply = replies.outside_world(outside, compose_prompt(offer) if offer else None, lang)
            return _chat(previous, reply)
        if self.world == "shapes" and _OTHER_SHAPE.search(text) and not any(t.kind == "shape" for t in w.tokens(text)):
            return _chat(previous, messages.text("ask_world_shape", lang))  # "改成六边形": which of the four, then?
        if not new and sh.taken_back_whole(text):
            return _chat(previous, replies.ack_reply(lang))  # "make it bigger? 还是算了, keep it"
        if not new:
            back = _bring_back(previous, history, text)
            if back is not None:
                return _done("edit", previous, back[0], back[1], [], lang)
            part = _only_part_of_undone(previous, history, text)
            if part is not None:
                return _done("edit", previous, part[0], part[1], [], lang)
            revert = _first_value(previous, history, text) or _revert_target(previous, history, text)
            if revert is not None:
                scene, changes = revert
                return _done("edit", previous, scene, changes, [], lang)
            earlier = sh.earlier_picture(previous, [h.scene for h in history if h.scene is not None], text)
            if earlier is not None:  # "no, I preferred the triangle": the picture that had it comes back
                return _went_back(earlier, lang)
            if _WAS_BETTER.fullmatch(text.strip()):
                return _chat(previous, replies.ack_reply(lang))  # "the red was better" with no red before: approval
        asked_focus = None
        if history and history[-1].intent == "chat" and not new:
            focus = asked_focus = _asked_about(start, history[-1].message)
            named = not sh.read_ref(lx.normalise(sh.simplified(history[-1].message))).empty
            if focus == start.focus and not named and len(history) >= 2 and history[-2].intent == "chat":
                # "why is the triangle so big?" … "change its colour" (asked back what to) … "make it small": the
                # question two turns back named the one "it" means, the one between named none
                focus = asked_focus = _asked_about(start, history[-2].message)
            start = start.model_copy(update={"focus": focus})
        elif not new and _same_anchor_too(history, text):
            # "a triangle directly above it" … "and one directly below it too": "it" is the object both are placed by
            start = start.model_copy(update={"focus": history[-2].scene.focus})
        # after a picture of several, the one described last is "it" (shapes-world.md), unless a question since named one
        it_only = not new and asked_focus is None and start.focus in (None, previous.focus)
        it_only = it_only and _drawn_several(previous, history)
        if it_only:
            start = start.model_copy(update={"focus": previous.focus})
        last_change = _last_change(history)
        if not new:
            text = sh.and_the_next(text, last_change)  # "lose the square" … "and the red one": that one too
        ops = sh.ShapesOps(
            start,
            lang,
            last_was_background=_last_was_background(history),
            # "When unsure what a message means, change nothing and ask": a description that fits several
            # objects ("the circle" with three circles) is asked about, even right after a turn about one
            # of them (issue 14, batch 4; measured against focus-resolution in docs/rewriter-eval.md).
            strong_focus=False,
            last_change=last_change,
            answering=_answering(history),
            background_asked=_asked_about_background(history),
            it_only=it_only,
        )
        body = _where_it_was(previous, history, sh.WRAPPER.sub("", text)) if not new else sh.WRAPPER.sub("", text)
        fixed = (
            _instead_new(
                previous, _corrected_object(previous, _shape_for_shape(previous, _shape_will_do(previous, text)))
            )
            if not new
            else text
        )
        if fixed != text:
            body = fixed
        if not new and history and history[-1].intent == "draw" and sh.bare_new(text) and sh.bare_new(body):
            # "now a blue circle" right after a picture: one more, or a new picture of it? (batches 11, 14, 15)
            return _chat(previous, messages.text("ask_add_or_new", lang))
        if not new and len(history) >= 2 and history[-1].intent == "chat" and history[-2].intent == "draw":
            body = sh.add_the_asked(body, lx.normalise(sh.simplified(history[-1].message)))  # "add it, top left"
        if not new:
            body = sh.with_asked_place(body, previous, *_asked_place(history, lang))
            body = sh.with_gone_model(body, previous, [h.scene for h in history])  # "the blue the circle had"
            before_edit = _before_last_edit(history)
            body = sh.moved_too(body, previous, before_edit) or body  # "circle 也往下": the same move
            undone = history[-2].scene if len(history) >= 2 and sh.is_undo(lx.normalise(history[-1].message)) else None
            body = sh.undone_again(body, previous, undone) or body  # "undo that" … "put the star at the bottom"
            body = sh.undone_part(body, previous, undone) or body  # "undo" … "just the background then"
            body = sh.all_but(body, previous) or body  # "everything purple except the triangle": the others
            body = sh.moved_on(text, previous, before_edit) or body  # "up a bit" … "and to the right": the corner
            body = sh.recoloured(body, previous) or body  # "white background, black square": both, together
            body = sh.one_more_like_it(body, previous, before_edit) or body  # "右上角再来一颗": the one just added
        if new:
            ops.new_scene(_after_restart(body))
        else:
            ops.edit(body)
        out = ops.outcome()
        if new and not out.scene.subjects and out.scene.background is None:
            if self.world == "shapes":
                if not previous.is_empty and sh.is_restart(text) and not outside:
                    # "清空", "clear everything": the picture needs an object; what should be there? (nothing changes)
                    return _chat(previous, messages.text("reply_nothing_left", lang))
                return _chat(
                    previous, replies.outside_world(outside, None, lang) if outside else replies.not_understood(lang)
                )
            return open_text.rewrite(previous, history, text, text, lang)
        if out.question and not out.changes:
            return _chat(previous, out.question)
        notes = list(out.notes)
        if self.world == "shapes":
            dropped = _left_out_phrases(_after_restart(text)) if new else []  # not "再来一张" itself
            if dropped or outside:
                notes.append(_left_out(dropped or outside, lang))
        if out.question:
            notes.append(out.question)
        if not new and not out.changes and not out.read:
            return _chat(previous, replies.not_understood(lang))
        if not new and not out.changes and not notes and _CONFIRMS.match(text):
            return _chat(previous, replies.ack_reply(lang))  # "yes 是 triangle" after it was changed: a confirmation
        if not new and not out.changes and not notes and _asks_beyond(text, previous):
            # "make the star even bigger" when it is already large: nothing to do, and the user is told why
            return _chat(previous, messages.text("reply_size_limit", lang))
        return _done("draw" if new else "edit", previous, out.scene, out.changes, notes, lang)

    def _clarified(self, scene: Scene, history: list[HistoryItem], text: str, lang: str) -> Rewrite | None:
        """The answer to "which one do you mean?": the asked-about edit, on the object now named."""
        if _asked_about_background(history):
            return None  # "why is the background white?" … "make it yellow": the background, not an object
        asked = lx.normalise(history[-1].message)
        # "the bigger one", "the smaller of the two": which one, by its size, not a size change
        text = re.sub(
            r"^(?:the\s+)?(?:(bigger|larger)|smaller)(\s+(?:one|of the two|of them))[.!]*$"
            r"|^the\s+(?:(bigger|larger)|smaller)()[.!]*$",  # "the bigger": the comparative alone
            lambda m: ("the large" if m.group(1) or m.group(3) else "the small") + " one",
            text,
        )
        text = ANSWER_FILLER.sub(" ", text).strip(" ,.!~—-")
        both = bool(BOTH_ANSWER.match(text))
        if not both and (sh.clause_op(text) is not None or not (sh._has_head(text) or _only_ref(text))):
            return None
        if _is_question(asked) or sh.is_ack(asked):
            return None
        if WH_START.match(text) or re.search(r"什么|哪里|哪儿|几个|多大|多少", text):
            return None  # "where is the small star?" asks about it; it does not answer "which one?"
        if open_text.is_open_scene(scene):
            return None
        ref = sh.read_ref(text)
        chosen, candidates = sh.resolve(scene, ref, None)
        if not both and not ref.plural:
            # "the large one", "whatever's on the right": which of the objects the question offered
            offered = _offered(scene, asked, lang)
            among, _ = sh.resolve(scene.model_copy(update={"subjects": tuple(offered)}), ref, None)
            if len(among) == 1:
                chosen, candidates = among, []
        targets = chosen or ([] if not ref.plural else candidates)
        if both or ref.plural and not chosen:
            targets = list(scene.subjects)  # "both": every object the question offered
        if not targets:
            return None
        ops = sh.ShapesOps(scene, lang)
        ops.focus = None
        ops.edit(sh.WRAPPER.sub("", asked), forced=targets)
        out = ops.outcome()
        if not out.changes:
            return None
        return _done("edit", scene, out.scene, out.changes, out.notes, lang)

    def _offer_followup(self, last: HistoryItem, text: str, scene: Scene, lang: str) -> Rewrite | None:
        """ "yes" after "the closest picture it can draw is …": draw that picture."""
        if not YES.match(text):
            return None
        asked = lx.normalise(last.message)
        if not _outside_words(asked) or _shapes_content(asked, True):
            return None
        offer = _closest(asked, lang)
        offer = offer.model_copy(update={"next_id": max(offer.next_id, scene.next_id + len(offer.subjects))})
        return _done("draw", scene, offer, [Change(op="new")], [], lang)


# shapes the world does not have ("make it a hexagon", "改成六边形"): which of the four is asked
_OTHER_SHAPE = re.compile(
    r"(?<![a-z])(?:hexagon|pentagon|octagon|oval|ellipse|heart|rectangle|diamond|rhombus|trapezoid|crescent|arrow)s?(?![a-z])"
    r"|六边形|五边形|八边形|椭圆|心形|爱心|长方形|矩形|菱形|梯形|月牙|箭头"
)
# "make the background black like night time", "blue like the sea": a simile after a colour says why, not what.
_SIMILE = re.compile(
    r"(?<![a-z])(?P<c>red|orange|yellow|green|blue|purple|white|black)\s+(?:just\s+)?(?:like|as in|for)\s+"
    r"(?:a\s+|an\s+|the\s+|at\s+)?[a-z][a-z' -]*?(?=\s*(?:$|[,.;!?]))"
    # "背景要黑色的，像晚上": the colour, with the thing it is like (a reason, not a thing to draw)
    r"|(?P<z>[红橙黄绿蓝紫白黑]色?的?)\s*[,，]?\s*(?:就)?像(?:是)?[\u4e00-\u9fff]{1,6}(?=\s*(?:$|[,.;!?，。！？]))"
    # "背景 black 像 night", "black 像夜晚": an English colour, then 像 and the thing
    r"|(?P<c2>red|orange|yellow|green|blue|purple|white|black)\s*[,，]?\s*(?:就)?像(?:是)?\s*"
    r"(?:[\u4e00-\u9fff]{1,6}|[a-z][a-z' -]*?)(?=\s*(?:$|[,.;!?，。！？]))"
)


def _nickname_ref(scene: Scene, text: str) -> bool:
    """Whether ``text`` calls an object of the picture by a thing's name ("the sun" for its circle)."""
    shape = w.nickname(text)
    return shape is not None and any(s.kind == shape for s in scene.subjects)


def _asks_beyond(text: str, scene: Scene) -> bool:
    """Whether ``text`` asks for a size past the world's two ("even bigger", "再放大一些") and changed nothing."""
    more = any(t.kind == "more" for t in w.tokens(text)) or sh._scale_particle(text) is not None
    return more and bool(scene.subjects)


def _praises_what_is(text: str, scene: Scene) -> bool:
    """ "that's better, orange works", "还是紫色舒服": approval of a colour the picture already has."""
    toks = w.tokens(text)
    colours = [t for t in toks if t.kind in ("colour", "pos")]  # "yeah, centre was fine": a place it has, too
    if not colours or any(t.kind not in ("colour", "pos") for t in toks) or sh.find_op(text) is not None:
        return False
    present = {scene.background} | {s.colour for s in scene.subjects}
    places = {s.position for s in scene.subjects}
    if any(t.key not in present if t.kind == "colour" else w.compose_position([t]) not in places for t in colours):
        return False
    rest = text
    for t in reversed(colours):
        rest = rest[: t.start] + " " + rest[t.end :]
    rest = re.sub(
        r"还是|就是|果然|(?<![a-z])(?:works?|is|was|it|the|one|colou?r|background)(?![a-z])|背景|底色|色", " ", rest
    )
    if re.search(r"(?<![a-z])works?(?![a-z])", text) and not re.sub(r"这个|那个|[这那的\s,.!，。！]", "", rest):
        return True  # "这个 white 背景 works": the colour it has, approved
    return sh.is_ack(rest)


_CONFIRMS = re.compile(r"^\s*(?:yes|yeah|yep|right|exactly|对的|对|是的|没错)(?![a-z])")


def _drawn_several(scene: Scene, history: list[HistoryItem]) -> bool:
    """Whether the picture is as last drawn, with several objects (chat turns since change nothing)."""
    drawn = [h.intent for h in history if h.intent != "chat"]
    return bool(drawn) and drawn[-1] == "draw" and len(scene.subjects) > 1


# "make a yellow star instead, same spot", "draw a blue square instead": another object in place of the one there
_INSTEAD_NEW = re.compile(
    r"(?:(?:^|(?<=[,.;!]\s)|(?<=\bjust\s)|(?<=\bno\s)|(?<=\bthen\s)|(?<=^ok\s)|(?<=^okay\s)|(?<=^so\s)|(?<=^well\s)|"
    r"(?<=^fine\s)|(?<=^alright\s)|(?<=^actually\s))(?:make|draw|do|put|give me|use|let'?s (?:do|have))\s+"  # "ok give me …"
    r"|^(?:(?:ok(?:ay)?|then|so|well|fine|alright|actually)[,\s]+)*)"  # "ok then a star instead": no verb needed
    r"(?P<d>(?:a|an|one)\s+(?:[a-z]+\s+){0,2}?(?:circle|square|triangle|star))\s+(?:there\s+)?instead(?:\s+then)?"
    r"(?:\s+of\s+(?:it|that|this|the\s+[a-z]+))?"
    r"(?P<same>[,\s]+(?:(?:in\s+|at\s+)?(?:the\s+)?same\s+(?:spot|place|position|cell|size)|(?:in|at)\s+its\s+(?:spot|place))+)?"
    r"(?=\s*(?:please|pls|thanks)?\s*[.!~]*$)"
)


# "drop the field to white", "make the paper blue": what the objects lie on, named as the background is in a draw
_BETTER_AS = re.compile(
    r"^\s*(?:(?:hmm+|hm|actually|no|wait)[\s,.!]+)*(?P<t>the\s+[a-z ]{1,30}?|it)\s+(?:was|looked)\s+(?:much\s+|way\s+)?"
    r"(?:better|nicer)\s+as\s+(?:a|an)\s+(?P<s>circle|square|triangle|star)[\s.!]*$",
    re.I,
)
# "drop the field to white", "can the sky be blue": the world has neither, so what is behind the shapes is meant
_FIELD_AS_BG = re.compile(
    r"(?<![a-z])(?:the|that|this)\s+(?:field|paper|page|sheet|surface|sky)(?![a-z])(?!\s*-?\s*blue)"
)
_COLOUR_WORD = re.compile(r"(?<![a-z])(?:red|orange|yellow|green|blue|purple|white|black)(?![a-z])")


# "for a little test poster I need three things: …": a size word for what the picture is for, not for an object
_FRAME_SIZE = re.compile(
    r"(?<![a-z])((?:a|my|this|the|our|some)\s+)(?:little|small|tiny|quick|big|large|huge)\s+"
    r"(?=(?:test\s+|quick\s+|fun\s+|school\s+|class\s+|demo\s+)?(?:poster|project|test|card|experiment|mock-?up|banner|"
    r"flyer|slide|presentation|demo)(?![a-z]))"
)


# "the purple is too dark on black, go green", "the red looks odd. make it blue": a colour alone as the subject of a
# remark names the one object of that colour, which "it" after the remark then means
_COLOUR_REMARK = re.compile(
    r"^(?P<lead>(?:(?:hmm+|ok(?:ay)?|so|well|actually|but|no)[,\s]+)*(?:the|that|this)\s+)"
    r"(?P<c>red|orange|yellow|green|blue|purple|white|black)(?=\s+(?:is|looks|seems|feels|'s)\s[^,.;!?]{1,40}[,.;!?]\s*\S)"
)


def _colour_remarked(scene: Scene, text: str) -> str:
    m = _COLOUR_REMARK.search(text)
    if m is None or sum(s.colour == m.group("c") for s in scene.subjects) != 1:
        return text
    return f"{m.group('lead')}{m.group('c')} one{text[m.end() :]}"


# "那 square 也行", "那方块也可以", "ok a star is fine then": with one object, another shape accepted for it
_SHAPE_WILL_DO = re.compile(
    r"^(?:那|那就|那用|那换成?|那改成?)\s*(?:一个|个)?\s*(?P<s>circle|square|triangle|star|圆形?|正方形|方块|方形|三角形?|星星|星形|五角星)"
    r"\s*(?:也行|也可以|也好|也ok|也不错)\s*(?:吧|啊|呀)?\s*[。.!！~]*$"
    r"|^(?:ok(?:ay)?[,\s]+)?(?:then\s+)?(?:a\s+)?(?P<e>circle|square|triangle|star)\s+(?:is\s+fine|will\s+do|works|is\s+ok(?:ay)?)"
    r"(?:\s+(?:then|too|instead))*\s*[.!~]*$"
)


def _shape_will_do(scene: Scene, text: str) -> str:
    m = _SHAPE_WILL_DO.search(text)
    if m is None or len(scene.subjects) != 1:
        return text
    said = m.group("s") or m.group("e")
    shape = next((t.key for t in w.tokens(said) if t.kind == "shape"), None)
    if shape is None or shape == scene.subjects[0].kind:
        return text
    return f"make it a {shape}"


def _instead_new(scene: Scene, text: str) -> str:
    """ "actually, make a yellow star instead, same spot": with one object, it is turned into that one."""
    m = _INSTEAD_NEW.search(text)
    if m is None or len(scene.subjects) != 1 or any(t.kind == "pos" for t in w.tokens(m.group("d"))):
        return text
    return "make it " + m.group("d")


# "a triangle instead of the square", "star not square. yellow.", "用三角形代替方块": one shape said in place of
# another that the picture has; that object is turned into it (not one more object)
_SHAPE_EN = r"circle|square|triangle|star"
_SHAPE_ZH = r"圆形|圆|正方形|方块|方形|三角形|三角|星星|星形|五角星"
_FOR_SHAPE = re.compile(
    r"^(?P<lead>(?:(?:ok(?:ay)?|then|so|well|hmm+|actually|no|nah|just|maybe|let'?s (?:do|have)|i want|give me)[,\s]+)*)"
    rf"(?:(?:a|an)\s+)?(?P<new>{_SHAPE_EN})\s*,?\s+(?:instead of|not|rather than|in place of)\s+(?:the\s+|a\s+|an\s+|that\s+)?"
    rf"(?P<old>{_SHAPE_EN})(?![a-z])"
    rf"|^(?P<zlead>(?:那|那就|就|还是)?)用(?P<znew>{_SHAPE_ZH})(?:来)?(?:代替|替换|换掉|取代|替掉)(?:那个|这个)?(?P<zold>{_SHAPE_ZH})"
)


def _shape_for_shape(scene: Scene, text: str) -> str:
    m = _FOR_SHAPE.search(text)
    if m is None:
        return text
    new, old = m.group("new") or m.group("znew"), m.group("old") or m.group("zold")
    kind = next((t.key for t in w.tokens(old) if t.kind == "shape"), None)
    if kind is None or sum(s.kind == kind for s in scene.subjects) != 1:
        return text
    rest = text[m.end() :]
    if m.group("znew"):
        return f"把{old}换成{new}{rest}"
    return f"make the {old} a {new}{rest}"


def _corrected_object(scene: Scene, text: str) -> str:
    """ "nah, red star", "不对，要小的蓝色圆形": the object said again after a correction word is the one in the
    picture said as it should be (the only object, or the only one of that shape), not one more."""
    said = sh.corrected_object(text)
    if said is None:
        return text
    shape = next(t.key for t in w.tokens(said) if t.kind == "shape")
    same = [s for s in scene.subjects if s.kind == shape]
    if len(scene.subjects) != 1 and len(same) != 1:
        return text
    said = re.sub(r"^(?:a|an|one)\s+|^一?[个颗只]", "", said)
    if lx.has_cjk(said):
        return f"把它改成{said}" if len(scene.subjects) == 1 else f"把{vocab.SHAPES[shape].zh}改成{said}"
    return f"make it a {said}" if len(scene.subjects) == 1 else f"make the {shape} a {said}"


def _chat(scene: Scene, reply: str) -> Rewrite:
    return Rewrite(intent="chat", prompt="", scene=scene, reply=reply)


def _done(intent: str, previous: Scene, scene: Scene, changes: list[Change], notes: list[str], lang: str) -> Rewrite:
    scene = scene.model_copy(update={"language": lang})
    return Rewrite(
        intent=intent,
        prompt=compose_prompt(scene),
        scene=scene,
        changes=tuple(changes),
        reply=replies.shapes_reply(changes, previous, scene, lang),
        notes=tuple(notes),
    )


def _after_restart(text: str) -> str:
    m = sh.RESTART.search(text)
    if m and m.start() < 30:
        text = text[m.end() :]
    return text.lstrip(" :：,，.-—")


# "两个都改", "both of them": the answer to "which one do you mean?" is every object offered.
BOTH_ANSWER = re.compile(
    # ("都变小吧" after "把红的变小": the change asked about, said again for both)
    r"^(?:那)?(?:两个|两颗|两只|三个|都|全部|全都)\s*(?:(?:squares?|circles?|triangles?|stars?|正方形|方块|圆形|圆|三角形|三角|星星|星形)\s*)?"
    r"(?:都|一起)?(?:改|要|换|变|是)?(?:小|大|小一点|大一点)?(?:吧|了|啊|呀)?[。.!！]*$"  # "两个 square 都要"
    r"|^(?:both|both of them|all of them|all three|all|the two of them|each of them)(?: please)?[.!]*$"
    # "both，两个都换": the English word and the Chinese one, said together
    r"|^(?:both|all|both of them|all of them|all three|the two of them)\s*[,，]?\s*(?:两个|三个|都|全部|全都)(?:都|一起)?(?:改|要|换|变|是)?(?:吧|了|啊|呀)?[。.!！]*$"
)


# Words around an answer to "which one?" that say nothing about which: "sorry —", "I meant", "obviously :)".
ANSWER_FILLER = re.compile(
    r"^(?:\s*(?:sorry|oh|ah|um+|uh+|erm|hmm+|well|no(?!\s+(?:more|longer)\b)|oops|i meant|i mean|i'?m talking about|i was talking about|"
    r"meant|obviously|of course|definitely)(?![a-z])[\s,.!:;—–-]*)+"
    r"|(?:[\s,.!]*(?:please|pls|thanks|thank you|obviously|of course|of course not|i guess|i think|duh|:\)|:d|:-\)|"
    r"haha|lol)(?![a-z]))+[\s.!~]*$"
    r"|^(?:哦|噢|啊|嗯|呃|我是说|我指的是|我说的是|抱歉|不好意思)[，,\s]*|(?<=的)(?:[，,\s]*(?:当然|显然|啦|吧|呀|啊))+[。.!！]*$"
)


def _offered(scene: Scene, asked: str, lang: str) -> list[Subject]:
    """The objects "which one do you mean?" offered after ``asked`` (every object when it offered none)."""
    ops = sh.ShapesOps(scene, lang)
    ops.focus = None
    ops.edit(sh.WRAPPER.sub("", asked))
    return ops.offered or list(scene.subjects)


def _only_ref(text: str) -> bool:
    """Whether ``text`` only describes an object ("右上角那颗", "下面的", "紫色的"): an answer to "which one?"."""
    bare = text.strip(" 。.!！~")
    # "small 的", "left 那个": English words with a Chinese 的 / 那个 after them are the English words alone
    bare = re.sub(r"(?<=[a-z])\s*(?:的|那个|那颗|那只|这个)+$", "", bare)
    if re.fullmatch(r"(?:the\s+)?[a-z]+(?:[\s-][a-z]+)?", bare):
        # "left", "top left", "the red": English place, colour or size words alone
        said = [t for t in w.tokens(bare) if t.kind in ("colour", "size", "pos")]
        words = re.findall(r"[a-z]+", bare)
        return len(said) == len([x for x in words if x != "the"]) and not sh.read_ref(bare).empty
    if len(bare) > 12 or not re.fullmatch(r"[\u4e00-\u9fff]+", bare):
        return False
    return not sh.read_ref(bare).empty


def _asked_about(scene: Scene, message: str) -> str | None:
    """After "how big is the one on the right?", that one is what "it" means next (a description that
    fits several objects is still asked about: "which one is in the middle?" … "make the circle large")."""
    said = lx.normalise(message)
    if not _is_question(said):
        return scene.focus
    # "is the star small or large?", "星星是大还是小？": the choice offered is not part of which object
    said = re.sub(
        r"(?<![a-z])[a-z]+ or [a-z]+\?*$|是[\u4e00-\u9fff]{1,3}?还是[\u4e00-\u9fff]{1,3}[的]?[?？]?$|[\u4e00-\u9fff]还是[\u4e00-\u9fff]的?[?？]?$",
        " ",
        said,
    )
    ref = sh.read_ref(said)
    chosen, _ = sh.resolve(scene, ref, None)
    if len(chosen) == 1 and not ref.empty:
        return chosen[0].id
    return scene.focus


def _before_last_edit(history: list[HistoryItem]) -> Scene | None:
    """The picture before the last turn, when that turn was an edit (what "too" after a move copies)."""
    turns = [h for h in history if h.intent != "chat" and h.scene is not None]
    return turns[-2].scene if len(turns) >= 2 and turns[-1].intent == "edit" else None


def _last_change(history: list[HistoryItem]) -> dict[str, str]:
    """What the last edit set on the one object it changed ({"size": "small"}); {} otherwise."""
    turns = [h for h in history if h.intent != "chat" and h.scene is not None]
    if len(turns) < 2 or turns[-1].intent != "edit":
        return {}
    before, after = turns[-2].scene, turns[-1].scene
    gone = [b for b in before.subjects if after.subject(b.id) is None]
    if len(gone) == 1 and len(after.subjects) == len(before.subjects) - 1:
        return {"remove": gone[0].id}  # "get rid of the square" … "and the triangle too"
    changed = [(b, a) for a in after.subjects if (b := before.subject(a.id)) is not None and b != a]
    if len(changed) != 1:
        return {}
    b, a = changed[0]
    out = {}
    for name, field_name in (("colour", "colour"), ("size", "size"), ("shape", "kind")):
        if getattr(a, field_name) != getattr(b, field_name):
            out[name] = getattr(a, field_name)
    return out


_SIDE_EN = {"above": "above", "over": "above", "on top of": "above", "below": "below", "under": "below",
            "underneath": "below", "beneath": "below", "to the left of": "to the left of", "left of": "to the left of",
            "left": "to the left of", "to the right of": "to the right of", "right of": "to the right of",
            "right": "to the right of"}  # fmt: skip
_SIDE_ZH = ("正上方", "正下方", "上方", "下方", "上面", "下面", "上边", "下边", "左边", "右边", "左侧", "右侧")


def _side_answer(asked: str, text: str) -> str | None:
    """The asked-about move with the side now said: "move the circle next to the star" + "above it, I mean"
    -> "move the circle above the star"; "把星星挪到圆旁边" + "圆的正下方" -> "把星星挪到圆正下方"."""
    asked = lx.normalise(asked)
    m = sh.NEXT_TO.search(asked)
    if m is None or sh.clause_op(text) not in (None, "move"):
        return None
    if sh._indefinite_object(text) and any(t.kind == "shape" for t in w.tokens(text)):
        return None  # "add something next to it" + "a tiny red circle to the right of it": that object, said whole
    if m.group("w2"):
        side = next((d for d in _SIDE_ZH if d in text), None)
        return asked[: m.start("w2")] + side + asked[m.end("w2") :] if side else None
    found = re.search(r"(?<![a-z])(" + "|".join(sorted(_SIDE_EN, key=len, reverse=True)) + r")(?![a-z])", text)
    return asked[: m.start("w")] + _SIDE_EN[found.group(1)] + asked[m.end("w") :] if found else None


# "put it above the circle then", "放在圆的上面吧": the answer to "where should the new one go?" by another object
_BESIDE_ANSWER = re.compile(
    r"(?<![a-z])(?:(?:directly|right|just)\s+)?(?:above|below|under|underneath|beneath|to the left of|to the right of"
    r"|left of|right of|on top of)\s+the\s+(?:[a-z]+\s+)?(?:circle|square|triangle|star)(?![a-z])"
    r"|(?:圆形|圆|正方形|方块|三角形|三角|星星|星形)的?(?:正上方|正下方|上面|下面|上方|下方|左边|右边)"
)


def _place_answer(scene: Scene, asked: str, text: str, lang: str) -> str | None:
    """The add asked about because its cell was taken, with the cell (and size) the answer says:
    "add a red star in the center" + "ok, top right then, small" -> "add a red star in the top right, small"."""
    ops = sh.ShapesOps(scene, lang)
    ops.edit(sh.WRAPPER.sub("", lx.normalise(asked)))
    if ops.asked != "ask_place_taken":
        return None
    asked, answer = lx.normalise(asked), lx.normalise(text)
    said = lx.find_mentions(answer)
    where = next((m for m in said if m.kind == "position"), None)
    rel = _BESIDE_ANSWER.search(answer) if where is None else None
    if (
        (where is None and rel is None)
        or any(m.kind in ("shape", "colour") for m in said)
        and sh.clause_op(answer) == "remove"
    ):
        return None
    old = next((m for m in lx.find_mentions(asked) if m.kind == "position"), None)
    if old is None:
        return None
    if rel is not None:  # "ok put it above the circle then": the new object beside one already there
        lead = re.search(r"(?:(?<![a-z])(?:in|at|on|to|into)\s+(?:the\s+)?|[在到放]\s*)$", asked[: old.start])
        return asked[: lead.start() if lead else old.start] + rel.group(0) + asked[old.end :]
    asked = asked[: old.start] + answer[where.start : where.end] + asked[old.end :]
    size = next((m for m in said if m.kind == "size"), None)
    if size is not None:
        asked = f"{asked}{'，' if lx.has_cjk(asked) else ', '}{answer[size.start : size.end]}"
    return asked


def _details_answer(scene: Scene, asked: str, text: str, lang: str) -> str | None:
    """The add asked about for want of a colour and a cell ("add a star"), with what the answer says:
    "a small black one in the top right", "red 的, small, 放 bottom-left" -> "add a small black star at the top right"."""
    said = lx.normalise(sh.simplified(asked))
    op = sh.find_op(said)
    if op is None or op[0] != "add" or any(t.kind in ("colour", "pos") for t in w.tokens(said)):
        return None  # (cheap checks first: most turns after a question are not this answer)
    ops = sh.ShapesOps(scene, lang)
    ops.edit(sh.WRAPPER.sub("", said))
    if ops.asked != "ask_add_details":
        return None
    shape = next(t.key for t in w.tokens(lx.normalise(sh.simplified(asked))) if t.kind == "shape")
    answer = lx.normalise(sh.simplified(text))
    toks = w.tokens(answer)
    if any(t.kind == "shape" and t.key != shape for t in toks) or sh.clause_op(answer) in (
        "remove",
        "swap",
        "background",
    ):
        return None
    colour = next((t.key for t in sh.colour_words(answer)), None)
    size = next((t.key for t in toks if t.kind == "size"), None)
    where = w.compose_position([t for t in toks if t.kind == "pos"])
    if colour is None and where is None:
        return None
    said = " ".join(x for x in (size, colour, shape) if x)
    return f"add a {said}" + (f" at the {vocab.POSITIONS[where].en}" if where else "")


def _room_made_answer(scene: Scene, asked: str, text: str, lang: str) -> str | None:
    """The answer to "which one should make room?" that removes one and adds the asked-about object
    without its cell: the cell the asked add named ("再在下方加一个绿色星星" + "把正方形删了，再加那个绿色星星")."""
    ops = sh.ShapesOps(scene, lang)
    ops.edit(sh.WRAPPER.sub("", lx.normalise(asked)))
    if ops.asked != "ask_full":
        return None
    answer = lx.normalise(text)
    clauses = sh.split_clauses(answer)
    ops_said = [sh.clause_op(c) for c in clauses]
    if "remove" not in ops_said:
        return None
    add = next((c for c, op in zip(clauses, ops_said, strict=True) if op == "add"), None)
    if add is None:
        add = sh.placed_newcomer(scene, asked, clauses, ops_said)  # "drop the triangle and put the star in the centre"
    if add is None:
        return None
    said = {m.kind for m in lx.find_mentions(add)}
    asked = lx.normalise(asked)
    # the asked add's colour and cell, where the answer does not say them ("add that star")
    missing = [asked[m.start : m.end] for m in lx.find_mentions(asked) if m.kind in {"colour", "position"} - said]
    if not missing:
        return None
    sep = "," if lx.has_cjk(answer) else ", "
    end = answer.find(add) + len(add)  # right after the add, before words about something else
    return answer[:end] + "".join(sep + w for w in missing) + answer[end:]


ONE_MORE = re.compile(
    r"^(?:and |ok |okay |now |then )*(?:one more(?: (?:cell|step|time|notch))?|once more|another (?:cell|step|notch)"
    # "and again", "do that again", "same again": after a one-cell move, that move once more
    r"|(?:(?:do )?(?:it |that )?|same )again|repeat(?: that| it)?)"
    r"(?: please| pls)?[.!~]*$|^(?:再)(?:来|挪|移|走|动)?一(?:格|步|下|次|遍)(?:吧|呗)?[。.!！~]*$"
)
_ONE_STEP_ZH = re.compile(r"[往向朝][左右上下][^，,。]{0,3}?一(?:格|步)")


def _one_more_step(asked: str, text: str) -> bool:
    """Whether ``text`` asks for the last turn's one-cell move again ("and one more", "再来一格")."""
    if not ONE_MORE.match(lx.normalise(text).strip()):
        return False
    before = lx.normalise(asked)
    return sh.clause_op(before) in (None, "move") and bool(sh._REL_EN.search(before) or _ONE_STEP_ZH.search(before))


WHERE_WAS = re.compile(
    r"(?<![a-z])(?:to |in |at )?(?:the spot |the place )?where (?P<en>(?:the|that) (?:[a-z]+ ){0,2}?[a-z]+) "
    r"(?:used to be|was|had been|stood|sat|used to sit)(?: before)?(?![a-z])"
    r"|(?:在|放在|放到|挪到)?(?:原来|之前|刚才)?(?P<zh>[^，,。在到把]{1,6}?)(?:原来|之前|刚才)(?:的)?(?:位置|地方)(?:上)?"
)


WHERE_IT_WAS = re.compile(
    r"(?<![a-z])(?:in |at |to )?(?:the spot |the place )?where it (?:used to be|was|had been|stood|sat)(?: before)?(?![a-z])"
    r"|(?<![a-z])(?:in |at |to |into )?its (?:old|original|previous|former|earlier) (?:spot|place|cell|position)(?![a-z])"
    r"|(?P<zh>(?:在|放在|放到)?(?:它)?(?:原来|之前|刚才)(?:的)?(?:位置|地方)(?:上)?)"
)


_REMOVES = re.compile(
    r"(?<![a-z])(?:remove|delete|erase|get rid of|drop|take out|take away)(?![a-z])|删|去掉|拿掉|不要了?(?=.)"
)


def _where_it_was(scene: Scene, history: list[HistoryItem], text: str) -> str:
    """ "put a triangle where the star used to be", "放在星星原来的位置": that place, from the scenes before."""
    m = WHERE_WAS.search(text)
    if m is None:
        m = WHERE_IT_WAS.search(text)  # "原来的位置放一个星星", "add a star where it was": the object last moved
        if m is None:
            return text
        if scene.focus is None or scene.subject(scene.focus) is None:
            return _where_gone_one_was(scene, history, text, m)
        ref = sh.read_ref(sh.name(scene.subject(scene.focus), scene, "en"))
    else:
        ref = sh.read_ref(m.group("en") or m.group("zh") or "")
    if ref.empty:
        return text
    chosen, _ = sh.resolve(scene, ref, None)
    if len(chosen) == 1 and _REMOVES.search(text[: m.start()]):
        # "remove the circle and put the triangle where the circle was": the place it has now, taken in this message
        place = vocab.POSITIONS[chosen[0].position]
        verb = re.match(r"放在|放到|挪到|移到|在", m.group(0))
        said = f"{verb.group(0) if verb else '在'}{place.zh}" if m.group("zh") else f" in the {place.en}"
        return text[: m.start()] + said + text[m.end() :]
    for item in reversed(history):
        if item.scene is None:
            continue
        chosen, _ = sh.resolve(item.scene, ref, None)
        for old in chosen:
            now = scene.subject(old.id)
            if now is None or now.position != old.position:
                place = vocab.POSITIONS[old.position]
                said = f"在{place.zh}" if m.group("zh") else f" in the {place.en}"
                return text[: m.start()] + said + text[m.end() :]
    return text


def _where_gone_one_was(scene: Scene, history: list[HistoryItem], text: str, m: re.Match) -> str:
    """ "delete the circle" … "put a yellow triangle where it was" / "在原来的位置放一个黄色三角形": the place of the one
    object the last change took away (batch 32); the text unchanged when none or several were taken."""
    for item in reversed(history):
        if item.scene is None:
            continue
        gone = [old for old in item.scene.subjects if scene.subject(old.id) is None]
        if not gone:
            continue
        if len(gone) != 1 or any(s.position == gone[0].position for s in scene.subjects):
            return text
        place = vocab.POSITIONS[gone[0].position]
        said = f"在{place.zh}" if m.group("zh") else f" in the {place.en}"
        return text[: m.start()] + said + text[m.end() :]
    return text


def _answering(history: list[HistoryItem]) -> bool:
    """Whether this message may answer an edit that was not read: the turn before, or the one before a remark.

    "变成六边形" (no such shape), "哦，只有四种形状啊", "那就星形": the remark between changes nothing asked.
    """
    if not history or history[-1].intent != "chat":
        return False
    if _unread_edit(history[-1].message):
        return True
    return (
        len(history) > 1
        and history[-2].intent == "chat"
        and _remark(history[-1].message)
        and _unread_edit(history[-2].message)
    )


def _remark(message: str) -> bool:
    """A message that asks nothing and names nothing of the world ("oh ok", "哦，只有四种形状啊")."""
    said = lx.normalise(message)
    return sh.clause_op(said) is None and not any(t.kind != "one" for t in w.tokens(said))


def _unread_edit(message: str) -> bool:
    """Whether a message that changed nothing asked for an edit ("make it different?"): the next one may answer."""
    said = lx.normalise(message)
    return sh.clause_op(said) not in (None, "add") and not any(t.kind != "one" for t in w.tokens(said))


def _replacement_answer(scene: Scene, asked: str, text: str) -> str | None:
    """After removing or clearing the only object was asked about, a new object described replaces it."""
    said = lx.normalise(asked)
    if len(scene.subjects) != 1 or not (sh.is_restart(said) or sh.clause_op(said) == "remove"):
        return None
    if not sh._indefinite_object(text) or sh.find_op(text) is not None:
        return None
    return f"把它换成{text}" if lx.has_cjk(text) else f"replace it with {text}"


def _shared_value_answer(asked: str, text: str) -> str | None:
    """After "make them the same size" was asked about, a bare value ("small", "绿色的") is for every object."""
    said = lx.normalise(asked)
    if sh._SAME_AMONG.search(said) is None or sh.SAME_AS.search(said) or any(t.kind == "shape" for t in w.tokens(said)):
        return None
    toks = w.tokens(text)
    if not toks or any(t.kind not in ("colour", "size", "more") for t in toks) or sh.find_op(text) is not None:
        return None
    return f"make all of them {text}"


def _asked_place(history: list[HistoryItem], lang: str) -> tuple[str | None, tuple[str, str] | None]:
    """The taken cell the last reply asked about ("there is already the square there: swap, or …?"), and the
    two objects; (None, None) when it asked nothing of the kind."""
    if len(history) < 2 or history[-1].intent != "chat" or history[-1].scene is None:
        return None, None
    ops = sh.ShapesOps(history[-1].scene, lang, strong_focus=False)
    ops.edit(sh.WRAPPER.sub("", lx.normalise(sh.simplified(history[-1].message))))
    return (ops.asked_place, ops.asked_pair) if ops.asked == "ask_move_taken" else (None, None)


def _asked_about_background(history: list[HistoryItem]) -> bool:
    """The last message was a question or remark about the background alone ("why is the background white?")."""
    if not history or history[-1].intent != "chat":
        return False
    said = lx.normalise(history[-1].message)
    if history[-1].scene is not None:  # "黄色在白底上看不清，换个颜色": the yellow object, seen on the background
        said = sh.without_background_place(said, history[-1].scene.background)
    return sh.BG_CUE.search(said) is not None and not any(t.kind == "shape" for t in w.tokens(said))


def _last_was_background(history: list[HistoryItem]) -> bool:
    last = next((h for h in reversed(history) if h.intent != "chat"), None)
    if last is None:
        return False
    said = _KEPT_AS_IS.sub("", lx.normalise(last.message))  # "bg 改成 yellow, circle keep": the circle is not changed
    before = next((h.scene for h in reversed(history[: history.index(last)]) if h.scene is not None), None)
    if before is not None:  # "黄色在白底上看不清": a place said by the background it had, not a change of it
        said = sh.without_background_place(said, before.background)
    return sh.clause_op(said) == "background" and not any(t.kind in ("shape", "one") for t in w.tokens(said))


_KEPT_AS_IS = re.compile(
    r"[,，]?\s*(?:the\s+)?(?:circles?|squares?|triangles?|stars?|圆形?|方块|正方形|三角形?|星星|星形)\s*"
    r"(?:keeps?|stays?(?: the same| as (?:it is|is))?|不变|保持不变|别动|不动)(?:[a-z ]{0,10})?\s*(?=$|[,，.。!！])"
)


def _shapes_content(text: str, new: bool) -> bool:
    """Whether ``text`` asks for something the shapes world can do."""
    toks = w.tokens(text)
    if any(t.kind == "shape" for t in toks):
        return True
    if new:
        return False
    return (
        sh.clause_op(text) is not None
        and any(t.kind in ("colour", "size", "more", "pos", "one") for t in toks)
        and not (
            general.has_general_words(text)
            and not any(t.kind in ("one",) for t in toks)
            and _outside_words(text)
            and not sh.PRONOUN_EN.search(text)
            and "它" not in text
        )
        or (sh.clause_op(text) in ("remove", "background", "swap") and not _outside_words(text))
    )


def _shapes_edit(text: str) -> bool:
    return _shapes_content(text, False) and not _outside_words(text)


GENERAL_CONTENT = ("noun", "worn", "held", "setting", "style", "season", "time", "weather")


def _outside_words(text: str) -> list[str]:
    """Words for things the shapes world does not have ("fox", "scarf", "snowy forest", "watercolor")."""
    found = []
    for m in general.find(text):
        if m.kind not in GENERAL_CONTENT:
            continue
        word = text[m.start : m.end]
        if m.kind == "style" and re.match(r"\s*(?:a|an|me|the|some)\b", text[m.end :]):
            continue  # "sketch a black background": a verb
        if m.kind == "time" and word in ("day",) or m.kind == "weather" and word in ("clear sky",):
            continue
        if word not in found:
            found.append(word)
    return found[:4]


def _left_out_phrases(text: str) -> list[str]:
    """Parts of a description that name nothing of the shapes world ("soft painterly texture"), as written."""
    out = []
    for chunk in re.split(r"\s*(?:[,;.!?，。；！？]|\band\b|\bwith\b)\s*", text):
        chunk = chunk.strip()
        if not chunk or w.tokens(chunk) and any(t.kind in ("shape", "colour", "pos", "size") for t in w.tokens(chunk)):
            continue
        if sh.BG_CUE.search(chunk) or sh.is_ack(chunk):
            continue
        if open_text.wants_open(chunk) and _content(chunk):
            out.append(chunk)
    return list(dict.fromkeys(out))[:12]


def _content(chunk: str) -> bool:
    ws = [x for x in re.findall(r"[a-z][a-z'-]*", chunk) if x not in open_text._STOP_EN and len(x) > 2]
    return bool(ws) or len(re.findall(r"[\u4e00-\u9fff]", chunk)) >= 3


def _left_out(words_: list[str], lang: str) -> str:
    return messages.text("note_left_out", lang, words=messages.quoted(words_, lang))


_NEAREST_SHAPE = w.NICKNAMES


def _closest(text: str, lang: str) -> Scene:
    """The shapes-world picture nearest a request the world cannot draw: its colours and places kept."""
    background, rest = sh.take_background(text)
    toks = w.tokens(rest)
    shape = "circle"
    for key, nouns in _NEAREST_SHAPE.items():
        if any((n in text) if not n.isascii() else re.search(rf"(?<![a-z]){n}s?(?![a-z])", text) for n in nouns):
            shape = key
            break
    colour = next((t.key for t in toks if t.kind == "colour"), None)
    size = sh.sizes_in(rest, [t for t in toks if t.kind in ("size", "more")])
    position = w.compose_position([t for t in toks if t.kind == "pos"]) or "center"
    bg = background or ("white" if colour != "white" else "black")
    colour = colour or ("red" if bg != "red" else "blue")
    if colour == bg:
        colour = "black" if bg != "black" else "white"
    subject = Subject(id="s1", kind=shape, colour=colour, size=size or "large", position=position)
    return Scene(subjects=(subject,), background=bg, language=lang, next_id=2)


# -- intent ----------------------------------------------------------------------------------

# "draw this" with a reference picture attached, or "again" after a turn: the scene as it is.
REDRAW = re.compile(
    r"(?:please )?(?:draw|paint|copy|redraw|do) (?:this|that|it)(?: again| one)?(?: please)?"
    r"|(?:draw it |do it )?again|redraw|same again|like this|this one"
    r"|(?:请)?(?:画|照着画|重画|再画)(?:这个|这张|它|一次|一遍)?(?:吧)?|照着画|照这个画|再画一(?:次|遍)|就这个"
)


def _is_redraw(text: str) -> bool:
    return REDRAW.fullmatch(text.strip(" .!。！")) is not None


WH_START = re.compile(
    r"^(?:what|where|which|how|why|who|whats|what's|is there|are there|is the|are the|is it|is that|"
    r"does|did|do you|do we|can you (?:tell|describe|say)|tell me|describe)(?![a-z])"
)


# A question about the feature, not a request to use it: "can I undo things here?", "你们支持撤回操作吗？".
ASKS_ABOUT_UNDO = re.compile(
    r"(?<![a-z])(?:(?:can|could|may) (?:i|we|one)\b.*\b(?:undo|revert|go back|roll back)\s+"
    r"(?:things|stuff|anything|here|at all|changes|steps|in this app)"
    r"|(?:is there (?:an?|any)|do you (?:have|support|do)|does (?:it|this|the app) (?:have|support|do)|"
    r"how (?:do|can|would) (?:i|we|you))\b.*\b(?:undo|revert|go back|roll back))(?![a-z])"
    r"|(?:支持|有没有|能不能|可不可以|能否).{0,4}(?:撤销|撤回|回退|还原)(?:操作|功能|按钮)"
    r"|(?:撤销|撤回|回退)(?:功能|按钮)"
    r"|(?:怎么|怎样|如何)(?:才能|才可以|可以|能)?(?:撤销|撤回|回退|还原)[^，,。]{0,4}[？?]"
    r"|(?<![a-z])how (?:does|do) (?:the )?(?:undo|undoing|revert|go back)(?: button| feature)? work(?![a-z])"
    r"|(?:撤销|撤回|回退|undo)\s*(?:最多)?(?:能|可以)?(?:撤|undo)?\s*(?:几|多少)(?:步|次)"
    r"|(?:最多|一共)(?:能|可以)\s*(?:撤销|撤回|回退|undo)\s*(?:几|多少)(?:步|次)"
)
# A question about what an undo would bring back, not the undo: "undo 会回到 white 吗?",
# "would undo make it white again?", "撤销的话会变回红色吗？" (the user is checking before they ask).
ASKS_WHAT_UNDO_DOES = re.compile(
    r"(?:撤销|撤回|回退|undo)(?:的话|之后|以后)?\s*(?:会|能|就会|还会|可以)[^，,。.!！]{0,16}(?:吗|么|嘛)\s*[?？]?\s*$"
    r"|^(?:will|would|does|can|could) (?:an? |the )?(?:undo|undoing|going back)(?: button)? "
    r"(?:go|bring|take|make|give|turn|put|change|restore|get)\b[^.!]*\?\s*$"
)
# Asking whether something can be done is asking for it: "is there a way to …", "is it possible to …".
ASKS_TO = re.compile(
    r"^(?:is there (?:a|any) way (?:to|you could)|is it possible (?:to|for you to)|any chance (?:you could|of)|"
    r"would it be possible to|how about|what about|what if you|maybe you could|do you think you could|"
    r"could we|can we|can it|could it|can they|could they|能不能|可不可以|可以|是否可以|要不)(?![a-z])"
)
_INDEFINITE = re.compile(
    r"^(?:and |also |plus |then |now )*(?:a|an|another|one more)\s+(?:[a-z]+[\s,]+){0,3}?(?:circle|square|triangle|star)s?(?![a-z])"
)


SUGGESTS = re.compile(
    r"(?:(?:^|[\s,，])(?:maybe|perhaps|how about|what about|or maybe|try|或者|要不|要不然|换成|试试)\s*(?:it\s+)?(?:in\s+|with\s+)?"
    # "and in green?", "or with blue?", "in purple?": the same again with another value
    r"|^(?:(?:and|or|now|then)\s+)?(?:it\s+)?(?:in|with)\s+(?:the\s+)?)(?:a |an |more )?"
    r"(?:(?:red|orange|yellow|green|blue|purple|white|black|small|large|big|tiny|huge|bigger|smaller|circle|square|"
    r"triangle|star|红色?|橙色?|黄色?|绿色?|蓝色?|紫色?|白色?|黑色?|大一点|小一点|圆形?|方块|三角形?|星星)(?:\s+(?:instead|then))?)"
    r"\s*(?:吧|呢|怎么样|如何|好不好|行不行)?\s*[?？]?$"
)


def _indefinite_object(text: str) -> bool:
    return _INDEFINITE.match(text) is not None


DRAW_VERB = re.compile(
    r"(?<![a-z])(?:draw|make|create|generate|paint|render|design|sketch|illustrate|produce|give me|show me)(?![a-z])"
    r"|画|生成|做一张|设计|绘制"
)


_ASKS_YES_NO = re.compile(r"(?i)^(?:is|are|was|were|does|do|did|will|has|have)\b.*[?？]\s*$")


def _asks_outright(text: str) -> bool:
    """A question even with no picture to ask about: a question mark or a question word, not only the "有几"
    of "旁边有几朵黄色的小花" (a few yellow flowers), which describes a first picture."""
    return bool(
        re.search(r"[?？]\s*$|吗|呢|什么|哪|多少|为什么", text)
        or re.match(r"(?i)(?:what|where|which|how|why|who|is|are|do|does|did|can you tell|tell me)\b", text.strip())
    )


WHY_ZH = re.compile(r"(?:为什么|为啥|怎么会)(?!不)[^?？]*[?？]")
# "紫底和黑底你觉得哪个好？", "你觉得紫底好还是黑底好？", "purple or black, which looks better?": the assistant is
# asked to choose between two values; nothing is asked of the picture (batch 28)
WHICH_OF_TWO = re.compile(
    r"(?:和|跟|与|还是)[^，,。？?!！]{1,12}?(?:你觉得|你看|你说)?(?:哪个|哪一个|哪种|哪样)(?:更|比较)?(?:好|合适|漂亮|棒)"
    r"|(?:你觉得|你看|你说)[^，,。？?!！]{1,10}?好还是[^，,。？?!！]{1,10}?好\s*[？?]"
    r"|(?<![a-z])which (?:one |of (?:the|them|these) )?(?:is|looks|would (?:be|look)) (?:better|nicer|best)(?![a-z])"
)


# "…? 你觉得呢", "…? what do you think": a question ended by asking for the assistant's view (batch 22)
_OPINION_ASKED = re.compile(
    r"(?:你觉得呢|你说呢|你觉得怎么样|你怎么看|你觉得|what do you think|do you think so|thoughts|any thoughts|wdyt)"
    r"\s*[?？.。!！~]*$"
)


_ASKED_TO_EDIT = re.compile(
    r"(?i)^(?:(?:please|hi|hello|hey|ok|okay|so)[\s,!]+)*(?:can|could|would|will) you\s+(?:please\s+|kindly\s+|maybe\s+)?"
    r"(?:replace|swap|change|make|turn|add|remove|delete|put|move|give|switch|paint|drop|get rid of|take out|take away|"
    r"recolou?r|lose|erase)\b"
)


# "the lake, can be frozen?": a thing named, then what it could be
_ASKED_OF_THING = re.compile(r"(?i)^(?:the\s+)?[a-z][\w' -]{0,30},\s*(?:can|could)\s+(?:it\s+|they\s+)?be\s+\w")


_DOUBT_ZH = re.compile(
    r"(?:是不是|会不会|是否|会否)(?:有点|有些|稍微)?太\s*[^，,。？?太]{1,8}?\s*了?\s*[呀啊吗呢吧]?\s*[?？]?\s*$"
)
# "circle 有点小? whatever 就这样", "too dark? never mind, leave it": a doubt, then waved away: nothing to do
_WAVED_AWAY = re.compile(
    r"^(?:(?:whatever|never\s*mind|nvm|meh|nah|算了|无所谓|随便|不管了|就这样(?:吧|了|就好|挺好)?|就这么着吧?|"
    r"leave it(?: as it is| as is| like that)?|keep it(?: as it is| as is| like that)?|it'?s fine|fine|that'?s fine)"
    r"[\s,，。.!！~]*)+$"
)


def _is_question(text: str) -> bool:
    """ "how many shapes are there?", "where did you put the square?", "画面里有什么？"; not "can you add …?"."""
    body = sh.WRAPPER.sub("", text).strip()
    sentences = [p for p in re.split(r"(?<=[?？.。!！])\s*", body) if p.strip(" .。!！")]
    first, rest = (sentences[0], sentences[1:21]) if sentences else (body, [])  # 20 sentences: "!x" * 999 is not 999
    if rest and sh.is_ack(first):
        return _is_question(" ".join(rest))  # "that works. what size is the star btw": thanks, then a question
    if rest and re.search(r"[?？]\s*$", first) and all(_WAVED_AWAY.match(r.strip()) for r in rest):
        return True  # "circle 有点小? whatever 就这样": the doubt waved away at once, nothing asked of the picture
    if _DOUBT_ZH.search(first) and not rest and re.match(r"(?:会不会|是否|会否)", _DOUBT_ZH.search(first).group(0)):
        return True  # "会不会太 big 了?": a doubt asked, as "是不是太大了?" is
    if any(sh.clause_op(c) is not None for r in rest for c in sh.split_clauses(r)):
        return False
    if rest and _OPINION_ASKED.match(" ".join(rest).strip()) and re.search(r"[?？]|是不是|吗", first):
        return True  # "方块是不是太大了？你觉得呢": the user's doubt, and the assistant's view asked for
    if any(DRAW_VERB.search(r) or re.search(r"我想要|我要|我想|给我来|i want|i'?d like|i need", r) for r in rest):
        return False  # "嗨，在吗？我想画一辆白色的SUV…": a greeting, then the request
    if re.match(
        r"(?:can|could|would|should) (?:the [a-z]+(?: [a-z]+)?|it|they|this|that|[\u4e00-\u9fff]{1,8}) "
        rf"(?:be|become|look|turn|say|read|{open_text.ACTION_VERBS})\b",
        first,
    ):
        return False  # "can the dog be a husky instead?": a request
    if SUGGESTS.search(first):
        return False  # "purple is a bit dull, maybe orange?", "要不换成蓝色？": a value offered
    if ASKS_TO.match(first) and sh.clause_op(first) is not None:
        return False  # "is there a way to make the background purple?": a request
    if _indefinite_object(first) and not WH_START.match(first):
        return False  # "and a small black circle top left?": something to add
    if re.match(
        r"(?i)(?:(?:actually|ok|okay|now|then|and)[\s,]+)*do (?:it|this|that|one|them|the \w+)\s+\w+[^?？]*$", first
    ):
        return False  # "actually do it at a 45 degree angle": an imperative, not "do you…?"
    if re.match(
        r"^[\u4e00-\u9fff]{1,8}?(?:可以|能不能|能|可不可以|可否)(?:给[它他她])?(?:戴|加|换|穿|拿|放|添|去掉|删掉|改|变)",
        first,
    ):
        return False  # "小猪可以戴个皇冠吗": a request worded as a question
    if WHICH_OF_TWO.search(first) and re.search(r"[?？]\s*$|吗|呢", first):
        return True  # "紫底和黑底你觉得哪个好？": a choice asked of the assistant
    if WH_START.match(first) or WHY_ZH.search(first):
        return True  # "背景为什么是白的？": why, whatever it names
    if _ASKED_TO_EDIT.match(first) or _ASKED_OF_THING.match(first):
        return False  # "Please could you replace the seashell with a starfish?": a request worded as a question
    asks = bool(sh.QUESTION_EN.search(first)) or bool(sh.QUESTION_ZH.search(first))
    if not asks:
        return False
    if sh.REQUEST.search(first) and (sh.clause_op(first) is not None or w.tokens(first) or DRAW_VERB.search(first)):
        return False  # "could you draw me a watercolor hedgehog…?": a request, not a question
    if _DOUBT_ZH.search(first) and not rest:
        return True  # "circle 是不是太大了?", "星星是不是有点太小": a doubt asked, as "is the circle too big?" is
    return all(sh.clause_op(c) is None for c in sh.split_clauses(first))


def _revert_value(text: str) -> str | None:
    m = re.search(
        r"back to (?:the )?(red|orange|yellow|green|blue|purple|white|black|small|large|big)|"
        r"(?:改回|换回|变回)(?!去|来|原)(\w{1,3})|还是用(\w{1,3})"
        # "星星恢复红色", "还原成大的": a value named after 恢复/还原 is that value, not an undo
        r"|(?:恢复|还原)(?:成|为|到|回)?(?:原来的)?(?:[红橙黄绿蓝紫白黑]色|大|小)",
        text,
    )
    return m.group(0) if m else None


REVERT_CUE = re.compile(r"(?<![a-z])(?:back to|change it back|switch back|go back to)(?![a-z])|改回|换回|变回|还是用")
# "还是刚才白色的好看", "hmm 还是 triangle 好", "the green was better": an earlier value preferred (only one the
# dialogue had: with none, nothing is put on the object last talked about)
_PREFER_CUE = re.compile(
    r"还是\s*[^，,。？?!！]{1,14}?\s*(?:最好看|最好|好看|比较好|更好|好)(?:些|一些|点|一点)?\s*(?:吧|呀|啊|诶|哦)?\s*[。.!！~]*$"
    r"|(?<![a-z])(?:was|were|looked) (?:much |way |so )?(?:better|cuter|nicer|prettier)(?![a-z])(?!\s*(?:if|when|than)\b)"
    r"|(?<![a-z])(?:was|were|looked) (?:the |by far the )?(?:best|nicest)(?![a-z])"
    # "hmm no, keep it white" after the background went black: the value it had is kept
    r"|(?<![a-z])(?:no|nah|nope)[,.!\s]+(?:just\s+|let'?s\s+)?(?:keep|leave) it(?![a-z])|不[，,]?(?:还是)?保持"
)
_TURNED_DOWN = re.compile(r"\s*(?:(?:no|nah|nope)(?:[\s,]+no)*|不(?:[，,\s]*不)+|不对|不行)\s*[,，.。!！]")
_BETTER_ZH = re.compile(r"(?:最好看|最好|比较好|更好|好看|好)(?:些|一些|点|一点)?\s*(?:吧|呀|啊|诶)?\s*[。.!！~]*$")
_BY_IT = re.compile(
    r"(?<![a-z])(?:above|below|under|beneath|over|next to|beside|left of|right of)\s+it(?![a-z])"
    r"|(?:在|^)\s*它(?:的)?\s*(?:[上下左右旁]|(?:above|below|under|beneath|over)(?![a-z]))"
)
_TOO = re.compile(r"(?<![a-z])(?:too|also|as well)(?![a-z])|也")
# "在它上面加…" then "它下面再放…": the other side of "it" is the side of the object both are placed by
_SIDE_OF_IT = {"above": "v", "over": "v", "上": "v", "below": "-v", "under": "-v", "beneath": "-v", "下": "-v",
               "left": "h", "左": "h", "right": "-h", "右": "-h"}  # fmt: skip


def _side_by_it(text: str) -> str | None:
    m = _BY_IT.search(text)
    word = re.search(r"above|over|below|under|beneath|left|right|[上下左右]", m.group(0)) if m else None
    return _SIDE_OF_IT[word.group(0)] if word else None


def _same_anchor_too(history: list[HistoryItem], text: str) -> bool:
    """Whether an add placed by "it", "too" or on the other side, follows an add placed by "it" (so "it" is the
    same object)."""
    if len(history) < 2 or history[-1].intent != "edit" or history[-2].scene is None or history[-1].scene is None:
        return False
    last = lx.normalise(history[-1].message)
    if not (_BY_IT.search(text) and _BY_IT.search(last)):
        return False
    side, last_side = _side_by_it(text), _side_by_it(last)
    other_side = (
        side is not None and last_side is not None and side != last_side and side.strip("-") == last_side.strip("-")
    )
    if not (_TOO.search(text) or other_side):
        return False
    before, after = history[-2].scene, history[-1].scene
    added = len(after.subjects) == len(before.subjects) + 1
    return added and before.focus is not None and after.subject(before.focus) is not None


_WAS_BETTER = re.compile(
    r"(?:(?:ok(?:ay)?|hmm+|meh|no+|nah)[\s,]+)*(?:the\s+)?[a-z]+\s+was\s+(?:much\s+|way\s+|so\s+)?(?:better|cuter|nicer|prettier)[.!]*"
)
# "the first colour was better", "还是 first position 好", "还是原来的颜色好看": which attribute goes back to its first value
_FIRST_ATTR = re.compile(
    r"(?<![a-z])(?:the\s+)?(?:first|original|old|earlier|previous|starting|initial)\s+(?:one'?s\s+)?(?P<en>colou?r|position|place|spot|size|shape)s?(?![a-z])"
    # ("换回最早那个 color": an English attribute in the Chinese frame)
    r"|(?:最开始|一开始|开始|原来|之前|刚才|最初|最早|第一个|第一次|第一版|第一张|first|original)(?:\s*one)?\s*(?:的|那个|那)?\s*"
    r"(?P<zh>颜色|位置|大小|形状|colou?r(?![a-z])|size(?![a-z])|position(?![a-z])|shape(?![a-z]))"
    # "位置还是原来的好", "颜色就用之前的": the attribute first, then the earlier value
    r"|(?P<zh2>颜色|位置|大小|形状)\s*(?:还是|就|改回|换回|回到)?\s*(?:用)?\s*(?:最开始|一开始|原来|之前|最初)的"
    # "颜色退回去，大小不变": that attribute's last change taken back
    r"|(?P<zh3>颜色|位置|大小|形状)\s*(?:退回去|退回来|改回去|改回来|换回去|换回来|变回去|变回来|恢复一下|还原)"
    # "还是第一个 background 好", "the first background was better": the background it was drawn with
    r"|(?:first|original|第一个|最开始的|一开始的|原来的|最初的)\s*(?P<bg>background|bg|背景)"
    # "put the background back like before", "change the size back": that one attribute's last change taken back
    r"|(?<![a-z])(?:the\s+|its\s+|their\s+)(?P<back>background|bg|colou?r|size|position|shape)s?\s+back(?![a-z])"
    r"(?!\s+(?:to\s+)?(?:the\s+)?(?:first|original|start))"
)
_FIRST_FIELD = {"colour": "colour", "color": "colour", "position": "position", "place": "position", "spot": "position",
                "size": "size", "shape": "kind", "颜色": "colour", "位置": "position", "大小": "size", "形状": "kind"}  # fmt: skip


def _one_goes_back(scene: Scene, history: list[HistoryItem], text: str) -> bool:
    """ "放回原来的位置" takes back one attribute only where an object in the picture has one to take back; "把圆放回原来的
    位置" after the circle's removal is still the undo that brings it back."""
    m = _FIRST_ATTR.search(text)
    return m is None or not _put_back_as_before(m, text) or _first_value(scene, history, text) is not None


def _put_back_as_before(m: re.Match, text: str) -> bool:
    """ "还是放回原来的位置吧", "put it back 原来的位置": that attribute goes back to where it was before its last change,
    the rest of the step stays."""
    return bool(
        m.group("zh")
        and re.match(r"(?:原来|之前|刚才)", m.group(0))
        and re.search(r"[放改换变挪移]回|回到|(?<![a-z])back(?![a-z])", text)
    )


def _names_what_goes_back(text: str) -> bool:
    """ "位置还是原来的好", "还是第一个 background 好": one attribute goes back, not the whole last step."""
    m = _FIRST_ATTR.search(text)
    first = m is not None and re.match(
        r"(?:the\s+)?(?:第一个|第一次|第一版|第一张|最开始|一开始|最初|最早|first|original)", m.group(0)
    )
    back_to_first = re.search(r"(?<![a-z])back to (?:the |that |its |my )?(?:very )?(?:first|original) ", text)
    if first and (m.group("zh") or m.group("en") and (lx.has_cjk(text) or back_to_first)):
        # ("还是 first colour 好，换回去": the English words in a Chinese frame; "go back to that first colour")
        # "还是第一个颜色好，改回去": the colour it was drawn with, not the last step ("再 undo, 第一个颜色比较好": undo)
        return bool(re.search(r"改回|换回|变回|(?<![a-z])back(?![a-z])", text))
    if m is not None and m.group("zh") and re.match(r"(?:原来|之前|刚才)", m.group(0)):
        return _put_back_as_before(m, text)
    return m is not None and bool(m.group("zh2") or m.group("zh3") or m.group("bg") or m.group("back"))


def _first_value(scene: Scene, history: list[HistoryItem], text: str) -> tuple[Scene, list[Change]] | None:
    """(shapes world) "the first colour was better", "还是 first position 好": the attribute named goes back to the
    value it had when its object was first drawn, on the one object whose value the dialogue changed since (the
    one last talked about first); None when that is not one object or the cell it goes back to is taken."""
    m = _FIRST_ATTR.search(text)
    # "嗯 还是 original 的颜色吧", "let's go with the original colour": the earlier value chosen ("还是第一个颜色好看"
    # alone is a thought, batch 18 zh-050: only "第一个颜色好，改回去" says to change it)
    before, after = (text[: m.start()], text[m.end() :]) if m is not None else ("", "")
    chosen = re.search(r"还是\s*$", before) and re.match(r"\s*(?:吧|呗|就行|好了)?\s*[。.!！~]*$", after)
    chosen = chosen or re.search(r"(?<![a-z])(?:go with|use|prefer|take|want)(?:\s+the)?\s*$", before)
    # "还是第一个颜色最好看", "第一个 colour 最好" after trying others: that colour back (most testers; batch 18 zh-050
    # read it as a thought, batches 11-32 as a request)
    prefer = _PREFER_CUE.search(text) or (
        m is not None and re.match(r"第一|最开始|一开始|最初", m.group(0)) and _BETTER_ZH.search(text)
    )
    # "no no, 第一个颜色比较好", "不不，第一个颜色好": the change just made turned down first, so the preference is a request
    prefer = prefer or bool(_TURNED_DOWN.match(text) and (_PREFER_CUE.search(text) or _BETTER_ZH.search(text)))
    if m is None or not (
        m.group("zh2")
        or m.group("zh3")
        or REVERT_CUE.search(text)
        or prefer
        or re.search(r"(?<![a-z])back(?![a-z])|回", text)
        or chosen
    ):
        return None
    back = m.group("back")
    if m.group("bg") or back in ("background", "bg"):
        stack = [older for older in _scene_stack(history) if older.background]
        before = stack[0].background if stack else None
        if back:  # "the background back like before": the one it had before its last change
            before = next((o.background for o in reversed(stack) if o.background != scene.background), None)
        if before is None or before == scene.background or any(s.colour == before for s in scene.subjects):
            return None
        change = Change(op="set", attribute="background", before=scene.background, after=before)
        return scene.model_copy(update={"background": before}), [change]
    field = _FIRST_FIELD[m.group("en") or m.group("zh") or m.group("zh2") or m.group("zh3") or back]
    first: dict[str, Subject] = {}
    stack = _scene_stack(history)
    # "颜色退回去", "the size back", "放回原来的位置": the value before its last change, the most recent one that differs
    if m.group("zh3") or back or _put_back_as_before(m, text):
        now = {s.id: getattr(s, field) for s in scene.subjects}
        stack = [
            o for o in reversed(stack) if any(now.get(x.id, getattr(x, field)) != getattr(x, field) for x in o.subjects)
        ]
    for older in stack:
        for subject in older.subjects:
            first.setdefault(subject.id, subject)
    changed = [s for s in scene.subjects if s.id in first and getattr(first[s.id], field) != getattr(s, field)]
    if scene.focus and any(s.id == scene.focus for s in changed):
        changed = [s for s in changed if s.id == scene.focus]
    if len(changed) != 1:
        return None
    current, before = changed[0], getattr(first[changed[0].id], field)
    if field == "position" and any(s.position == before for s in scene.subjects if s.id != current.id):
        return None
    attribute = "shape" if field == "kind" else field
    change = Change(op="set", subject=current.id, attribute=attribute, before=getattr(current, field), after=before)
    return scene.replace_subject(current.with_(**{field: before})), [change]


# -- undo ------------------------------------------------------------------------------------


def _is_undo(text: str) -> bool:
    return sh.is_undo(text) and _revert_value(text) is None


def _same(a: Scene, b: Scene) -> bool:
    """The same picture: focus and language do not count."""
    keep = {"focus": None, "language": "en"}
    return a.model_copy(update=keep) == b.model_copy(update=keep)


def _scene_stack(history: list[HistoryItem]) -> list[Scene]:
    """The scenes the dialogue went through, with undone turns popped off."""
    stack: list[Scene] = []
    for item in history:
        if item.scene is None or item.intent == "chat":
            continue
        if _is_undo(lx.normalise(item.message)) and stack:
            stack.pop()
            if stack and _same(stack[-1], item.scene):
                continue
        stack.append(item.scene)
    return stack


def _asked_how_far_back(history: list[HistoryItem]) -> bool:
    """The last reply asked "one step back, or all the way?" ("恢复原样" after several edits)."""
    return (
        len(history) >= 3
        and history[-1].intent == "chat"
        and bool(sh.ALL_THE_WAY_BACK.search(lx.normalise(history[-1].message)))
        and sh.edits_since_draw([h.intent for h in history[:-1]]) >= 2
    )


def _drawn(history: list[HistoryItem]) -> Scene | None:
    """The scene as last drawn."""
    return next((h.scene for h in reversed(history) if h.intent == "draw" and h.scene is not None), None)


def _in_language(scene: Scene, lang: str) -> Scene:
    """A shapes scene is captioned in the language of the message; a designer's prompt keeps its own
    language and punctuation ("古风游戏角色立绘，一位白衣剑客…" stays as written after an English "undo")."""
    return scene.model_copy(update={"language": lang}) if to_world_scene(scene) is not None else scene


def _undo(current: Scene, history: list[HistoryItem], lang: str) -> Rewrite:
    """ "Go back" / "撤销": the scene before the last drawing turn, from the scenes stored with history."""
    stack = _scene_stack(history)
    while stack and _same(stack[-1], current):
        stack.pop()
    if not stack:
        note = messages.text("reply_nothing_to_undo", lang)
        current = _in_language(current, lang)
        return Rewrite(intent="edit", prompt=compose_prompt(current), scene=current, reply=note)
    scene = _in_language(stack[-1], lang).model_copy(update={"focus": None})
    reply = messages.text("reply_went_back", lang)
    return Rewrite(
        intent="edit",
        prompt=compose_prompt(scene),
        scene=scene,
        changes=(Change(op="set", attribute="scene", before="current", after="previous"),),
        reply=reply,
    )


def _went_back(scene: Scene, lang: str) -> Rewrite:
    scene = _in_language(scene, lang).model_copy(update={"focus": None})
    change = Change(op="set", attribute="scene", before="current", after="previous")
    reply = messages.text("reply_went_back", lang)
    return Rewrite(intent="edit", prompt=compose_prompt(scene), scene=scene, changes=(change,), reply=reply)


BRING_BACK = re.compile(
    r"(?<![a-z])(?:bring|put|add|get)\s+(?P<en>the\s+(?:[a-z]+\s+){0,3}?[a-z]+|it|them)\s+back(?![a-z])"
    r"|把?(?P<zh>[^，,。把]{0,8}?)(?:加回来|放回来|找回来|拿回来|弄回来|还回来)"
    # "哎还是把圆留着吧", "keep the circle after all": an object just removed, kept
    r"|把(?P<zh2>[^，,。把]{1,8}?)(?:留着|留下|保留)"
    r"|(?<![a-z])keep\s+(?P<en2>the\s+(?:[a-z]+\s+){0,3}?[a-z]+|it)\s+after all(?![a-z])"
)
# "再 move back", "move the star back", "把它挪回去": the object moved last goes back to where it was (batch 23)
MOVED_BACK = re.compile(
    r"(?<![a-z])(?:move|shift|slide|push|take)\s+(?P<en>the\s+(?:[a-z]+\s+){0,3}?[a-z]+\s+|it\s+|them\s+)?back"
    r"(?![a-z])(?!\s+(?:to|into|in|at|on|up|down|left|right|a|one)\b)"
    r"|把?(?P<zh>[^，,。把]{0,8}?)(?:移回去|挪回去|移回来|挪回来|搬回去|搬回来)"
)


# "算了还是留着", "never mind, keep it": said right after a removal, whatever was removed stays after all
KEPT_AFTER_ALL = re.compile(
    # "算了，还是留着吧": several of the leading words, a comma between them
    # ("啊不对，星星还是留着": a correction word first, the object, then 还是)
    r"^(?:[嗯啊哎唉呃哦]\s*[，,]?\s*)?(?:(?:算了|还是|要不|其实|不过|不对|不不|等等|等一下)\s*[，,]?\s*){1,3}?[^，,。把]{0,4}?"
    r"(?:还是|就)?(?:留着|留下|保留)"
    r"(?:它|吧|着吧|它吧|下来)?"
    r"\s*[。.!！~]*$"
    r"|^(?:hmm+[,\s]+|oh[,\s]+)?(?:never\s*mind|actually|on second thought|no wait|wait)[,\s]+(?:just\s+)?keep"
    r"\s+(?:it|that|that one|them)(?:\s+after all)?\s*[.!]*$"
)


def _kept_after_all(scene: Scene, history: list[HistoryItem], text: str) -> tuple[Scene, list[Change]] | None:
    """ "算了还是留着" just after "把黄的删了": the objects that edit removed come back as they were."""
    before = _before_last_edit(history) if KEPT_AFTER_ALL.search(text.strip().lower()) else None
    if before is None:
        return None
    gone = [s for s in before.subjects if scene.subject(s.id) is None]
    taken = {s.position for s in scene.subjects}
    if not gone or any(s.position in taken for s in gone) or len(scene.subjects) + len(gone) > sh.MAX_OBJECTS:
        return None
    back = scene.model_copy(update={"subjects": (*scene.subjects, *gone), "focus": gone[-1].id})
    return back, [Change(op="add", subject=s.id, after=sh._describe(s, "en")) for s in gone]


def _bring_back(scene: Scene, history: list[HistoryItem], text: str) -> tuple[Scene, list[Change]] | None:
    """ "bring the triangle back", "把三角形加回来": an object removed earlier returns as it was."""
    kept = _kept_after_all(scene, history, text)
    if kept is not None:
        return kept
    moved = MOVED_BACK.search(text)
    if moved is not None:
        return _moved_back(scene, history, sh.read_ref(moved.group("en") or moved.group("zh") or ""))
    m = BRING_BACK.search(text)
    if m is None:
        return None
    ref = sh.read_ref(m.group("en") or m.group("zh") or m.group("zh2") or m.group("en2") or "")
    if m.group("en") or m.group("zh"):
        moved = _moved_back(scene, history, ref)
        if moved is not None:
            return moved
    if len(scene.subjects) >= sh.MAX_OBJECTS:
        return None
    taken = {s.position for s in scene.subjects}
    for item in reversed(history):
        if item.scene is None:
            continue
        gone = [s for s in item.scene.subjects if scene.subject(s.id) is None and s.position not in taken]
        chosen, _ = sh.resolve(Scene(subjects=tuple(gone)), ref, None) if gone else ([], [])
        if len(chosen) == 1:
            subject = chosen[0]
            back = scene.model_copy(update={"subjects": (*scene.subjects, subject), "focus": subject.id})
            return back, [Change(op="add", subject=subject.id, after=sh._describe(subject, "en"))]
    return None


ONLY_PART = re.compile(
    r"只(?:改|要|换|动)(?P<zh>颜色|大小|位置|形状)"
    r"|(?<![a-z])(?:only|just)\s+(?:change\s+|do\s+|keep\s+|redo\s+)?the\s+(?P<en>colou?r|size|position|shape)(?![a-z])"
)
_PART_FIELD = {"颜色": "colour", "大小": "size", "位置": "position", "形状": "kind", "color": "colour", "colour": "colour",
               "size": "size", "position": "position", "shape": "kind"}  # fmt: skip


def _only_part_of_undone(scene: Scene, history: list[HistoryItem], text: str) -> tuple[Scene, list[Change]] | None:
    """ "撤销" … "只改颜色就行，位置别动": of the edit just undone, only that part is made again."""
    m = ONLY_PART.search(text)
    if m is None or len(history) < 2 or not sh.is_undo(lx.normalise(history[-1].message)):
        return None
    undone = history[-2].scene
    if undone is None:
        return None
    field = _PART_FIELD[m.group("zh") or m.group("en")]
    changes: list[Change] = []
    for subject in scene.subjects:
        then = undone.subject(subject.id)
        if then is None or getattr(then, field) == getattr(subject, field):
            continue
        scene = scene.replace_subject(subject.with_(**{field: getattr(then, field)}))
        attribute = "shape" if field == "kind" else field
        changes.append(
            Change(
                op="set",
                subject=subject.id,
                attribute=attribute,
                before=getattr(subject, field),
                after=getattr(then, field),
            )
        )
    return (scene, changes) if changes else None


def _moved_back(scene: Scene, history: list[HistoryItem], ref: sh.Ref) -> tuple[Scene, list[Change]] | None:
    """ "put the star back" when the star is still there: it returns to the cell it had before its last move
    (None when that cell is taken now or it never moved)."""
    chosen, _ = sh.resolve(scene, ref, scene.focus)
    if len(chosen) != 1:
        return None
    subject = chosen[0]
    for item in reversed(history):
        old = item.scene.subject(subject.id) if item.scene is not None else None
        if old is None or old.position == subject.position:
            continue
        if any(s.position == old.position for s in scene.subjects if s.id != subject.id):
            return None
        back = scene.replace_subject(subject.with_(position=old.position)).model_copy(update={"focus": subject.id})
        return back, [
            Change(op="set", subject=subject.id, attribute="position", before=subject.position, after=old.position)
        ]
    return None


def _revert_target(scene: Scene, history: list[HistoryItem], text: str) -> tuple[Scene, list[Change]] | None:
    """ "还是用蓝色吧", "change it back to blue": put back a value the dialogue changed earlier."""
    cued = REVERT_CUE.search(text) is not None
    if not cued and not _PREFER_CUE.search(text):
        return None
    values = [
        m for m in general.find(text) if m.kind in ("colour", "size", "position", "shape", "noun", "setting", "style")
    ]
    if len(values) != 1:
        return None
    wanted = values[0]
    field = {"shape": "kind", "noun": "kind", "setting": "background"}.get(wanted.kind, wanted.kind)
    if lx.contains_word(text, lx.BACKGROUND_WORDS):  # "还是用黄色背景吧"
        field = "background"
    scenes = [h.scene for h in history if h.scene is not None] or [scene]
    if scenes[-1] != scene:
        scenes.append(scene)
    for older, newer in zip(reversed(scenes[:-1]), reversed(scenes[1:]), strict=False):
        if field in ("background", "style"):
            before = getattr(older, field)
            if before != getattr(newer, field) and before and wanted.key in before and getattr(scene, field) != before:
                updated = scene.model_copy(update={field: before})
                return updated, [Change(op="set", attribute=field, before=getattr(scene, field), after=before)]
            continue
        if field == "colour" and older.background != newer.background and older.background == wanted.key:
            # "bg purple" … "hmm the black was better": the colour the background had
            updated = scene.model_copy(update={"background": wanted.key})
            return updated, [Change(op="set", attribute="background", before=scene.background, after=wanted.key)]
        for subject in newer.subjects:
            old = older.subject(subject.id)
            current = scene.subject(subject.id)
            if old is None or current is None:
                continue
            if getattr(old, field) != getattr(subject, field) and getattr(old, field) == wanted.key:
                updated = scene.replace_subject(current.with_(**{field: wanted.key}))
                change = Change(
                    op="set",
                    subject=subject.id,
                    attribute="shape" if field == "kind" else field,
                    before=getattr(current, field),
                    after=wanted.key,
                )
                return updated, [change]
    focus = scene.subject(scene.focus) if scene.focus else None
    if (
        cued
        and focus is not None
        and field in ("colour", "size", "position", "kind")
        and getattr(focus, field) != wanted.key
    ):
        # No stored scenes to consult: the value goes back onto the subject last talked about.
        change = Change(
            op="set",
            subject=focus.id,
            attribute="shape" if field == "kind" else field,
            before=getattr(focus, field),
            after=wanted.key,
        )
        return scene.replace_subject(focus.with_(**{field: wanted.key})), [change]
    return None


def _answer(scene: Scene, text: str, lang: str) -> str:
    """A chat turn: say what the current picture holds."""
    say = messages.text
    if scene.is_empty:
        return say("reply_no_picture", lang)
    if open_text.is_open_scene(scene):  # the user's own words are the picture: said back as they are
        return say("answer_open", lang, prompt=compose_prompt(scene))
    things = [describe_subject(s, lang) for s in scene.subjects] + list(scene.extras)
    count = len(scene.subjects)
    setting = describe_setting(scene, lang)
    if scene.style:
        setting.append(say("answer_style", lang, style=scene.style))
    listed = say("answer_things_sep", lang).join(things)
    objects = say("answer_objects_one" if count == 1 else "answer_objects", lang, count=count, things=listed)
    if scene.background in vocab.COLOURS:
        term = vocab.COLOURS[scene.background]
        objects += say("answer_background", lang, colour=term.zh if lang == "zh" else term.en)
    if setting:
        objects += say("answer_setting", lang, setting=say("answer_setting_sep", lang).join(setting))
    return objects
