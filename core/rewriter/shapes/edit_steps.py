"""The single edits a message's clauses come down to (set, remove, add, background, swap), and the
world's rules each one meets: at most three objects, one object per cell, objects seen on the background."""

from __future__ import annotations

import re

from core.language import words as w
from core.rewriter.shapes.background import colour_words, take_background
from core.rewriter.shapes.clauses import clause_after_removal
from core.rewriter.shapes.cues import REQUEST_LEAD, SAME_AGAIN, WRAPPER, _indefinite_object, find_op, zh_frame
from core.rewriter.shapes.naming import _colour_word, _describe, _shape_word, name
from core.rewriter.shapes.objects import MAX_OBJECTS, PLACEMENT_ORDER, Spec, _scale_particle, parse_objects, sizes_in
from core.rewriter.shapes.refs import _has_head, _zh_ref_end, only_pronoun, read_ref, resolve
from core.rewriter.shapes.relations import (
    _REL_EN,
    _REL_ZH,
    EXCEPT,
    NEXT_TO,
    SAME_AS,
    _strip_relative_anchor,
    relative_anchor,
)
from core.rewriter.shapes.trades import ENDS_SWAP, ends_pair
from core.scene import Change, Scene, Subject
from core.world import vocab

_IT_WORD = re.compile(r"\s*(?:it|that|this|它)\s*")
_DEFINITE_EXISTING = re.compile(
    r"(?<![a-z])(?:the|that|this)\s+(?:[a-z]+\s+){0,2}?(?:circle|square|triangle|star)(?![a-z])"
)
_THEM = re.compile(r"(?<![a-z])(?:both of them|all of them|all three|the two|both|them)(?![a-z])|它们|两个|全部|都")
_JOINED_LEAD = re.compile(
    r"^\s*(?:and\s+|&\s*|和|跟|与)?\s*(?:the|that|this)?\s*[a-z]*\s*(?:circle|square|triangle|star|one)|^\s*(?:和|跟|与)?\s*(?:圆|方块|正方形|三角|星)"
)
# "一样的", "identical", "the same triangle", "just like it", "a copy of": the new object copies one there
_COPY = re.compile(
    r"一样的|相同的|同样的|一模一样|照着(?:它|这个|那个)|照样|照它|(?<![a-z])(?:identical|the same(?!\s+(?:colou?r|size|shape|place|spot|position|cell))"
    r"|(?:just\s+|exactly\s+)?like\s+(?P<like>it|that|this|that one|this one|the (?:[a-z]+ ){0,2}?(?:circle|square|triangle|star|one))"
    r"|a copy of|(?:a\s+)?twin of)(?![a-z])"
)
_SIDES_ZH = r"左边|右边|上面|下面|上方|下方|左侧|右侧"
_BOTH_SIDES_ZH = re.compile(rf"(?:在)?它的?(?P<a>{_SIDES_ZH})(?:和|、|跟|与)(?P<b>{_SIDES_ZH})各")
_NEXT_NEW = re.compile(r"\s*(?:,|，|、)\s*(?:and\s+)?(?=(?:a|an|another|one more)\s|[再另]?[一]?[个只颗])")
_CORNER_WORD = re.compile(r"(?<![a-z])corner(?![a-z])|角落|角")
# "挪到对角那个角", "move it to the opposite corner": the cell across the middle from where it is
_OPPOSITE = re.compile(
    r"(?<![a-z])(?:the\s+)?(?:diagonally\s+)?opposite\s+(?:corner|side|cell)(?![a-z])|对角(?:线)?(?:那个角|的角|那边|那头|那里|去)?|对面(?:那个角|的角|那边)"
)


_THE_OTHERS = re.compile(r"them|the other two|the others|它们|他们|其他的?|别的|另外两个")


_THAT = re.compile(r"\s*(?:that|this)\s*")


class EditSteps:
    """The edits themselves, one subject or value at a time; ShapesOps decides which to apply."""

    def _set(
        self, clause: str, op: str, carry: list[Subject], forced: list[Subject] | None, implicit: bool
    ) -> list[Subject]:
        same = SAME_AS.search(clause)
        if same is not None:
            return self._same_as(clause, same, carry, forced)
        if op == "move" and NEXT_TO.search(clause) and not any(t.kind == "pos" for t in w.tokens(clause)):
            self.ask("ask_side")
            return carry
        rel_text, relative_anchor = _strip_relative_anchor(clause, self.scene, self.it_focus(clause))
        ref_text, value_text = self._split_ref_value(rel_text, op)
        value_text = re.sub(
            r"(?<![a-z])(?:next to|compared to|compared with|than|beside)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?",
            " ",
            value_text,
        )
        if implicit and not _has_head(ref_text) and not _zh_ref_end(ref_text):
            # "再往左一格": with no verb the whole clause is the value, less a step it says (not the side "左")
            ref_text, value_text = "", rel_text if relative_anchor is not None else clause
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
        if position is None and op == "move" and _OPPOSITE.search(clause):
            position = self._opposite_cell(ref_text, carry, forced)
        if (position in (None, relative_anchor) or op == "move") and not (colour or shape or size):
            joined = implicit and carry and getattr(self, "_head_only", None) == carry and _JOINED_LEAD.match(clause)
            stepped = self._step_each(clause, ref_text, carry, bool(joined))
            if stepped is not None:
                return stepped
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
                    r"(?<![a-z])(?:make|change|turn|fix|improve|better|prettier|nicer|different)(?![a-z])|改一下|好看一点|漂亮一点|换一下|改改|调整|换个(?=\s*(?:大小|尺寸|size))",
                    clause,
                )
            ):
                targets = self._targets(ref_text, carry, forced)
                if targets and self._more and _has_head(ref_text):
                    self._head_only = targets  # "turn the triangle | and the circle into squares": both, next
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
            # "change that to green" after "what colour is the background?": "that" is what was asked about
            and (
                not _has_head(ref_text)
                or (self.background_asked and (only_pronoun(ref_text) or _THAT.fullmatch(ref_text)))
            )
            and (not read_ref(ref_text).pronoun or self.background_asked)
            and colour
            and not shape
        ):
            self._set_background(colour)
            return carry
        absent = read_ref(ref_text).shape
        if (
            op in ("move", "set")
            and position is not None
            and absent is not None
            and not carry
            and all(s.kind != absent for s in self.scene.subjects)
            and len(self.scene.subjects) < MAX_OBJECTS
        ):
            # "star 放 top right 吧" with no star in the picture (it was just taken back): a star, put there
            self._add_clause(clause)
            return [self.scene.subjects[-1]] if self.changes and self.changes[-1].op == "add" else carry
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
        keep = getattr(self, "keep_line", None)
        if keep and position in ("left", "right", "top", "bottom") and len(targets) == 1:
            # "slide the square to the left edge, same height": the side said, the row (or column) kept
            here = vocab.POSITIONS.get(targets[0].position or "")
            if here is not None and (keep == "row") == (position in ("left", "right")):
                col = {"left": 0, "right": 2}.get(position, here.col)
                row = {"top": 0, "bottom": 2}.get(position, here.row)
                position = w.cell(col, row)
        joined = implicit and carry and getattr(self, "_head_only", None) == carry and _JOINED_LEAD.match(clause)
        self._head_only = None
        if carry and (joined or re.search(r"(?<![a-z])both(?![a-z])|两个都|都", clause)):
            # "make the circle and the square both black": the object named before "and" too
            targets = [s for s in (self.scene.subject(c.id) for c in carry) if s is not None] + [
                t for t in targets if t.id not in {c.id for c in carry}
            ]
        self._said = {k: v for k, v in (("colour", colour), ("shape", shape), ("size", size)) if v is not None}
        self._ask_if_taken = len(targets) == 1
        for subject in targets:
            subject = self.scene.subject(subject.id) or subject
            for kind, value in (("colour", colour), ("shape", shape), ("size", size), ("position", position)):
                if value is not None:
                    subject = self._set_attribute(subject, kind, value)
            self.touched.append(subject.id)
        self._ask_if_taken = False
        self.several = len(targets) > 1
        if len(targets) == 1:
            self.focus = targets[0].id
        return targets

    def _step_each(self, clause: str, ref_text: str, carry: list[Subject], joined: bool) -> list[Subject] | None:
        """ "move both of them down one row", "把它们都往下挪一格", "move the star and the circle right one cell": each
        object one step that way from its own cell, all at once; one landing on an object that stays swaps with it
        (None when the clause names one object, says no step, or a step leaves the grid; two landing in one cell
        is asked about, nothing moves)."""
        # the step phrasings are read as for one object ("move it down one"), once per object, alone in the picture
        probe_text = _THEM.sub("it", clause.replace(ref_text.strip(), " it ", 1) if ref_text.strip() else clause)
        one = Subject(id="s9999", kind="circle", colour="red", size="large", position="center")
        probe = self.scene.model_copy(update={"subjects": (one,)})
        rest, cell, _ = relative_anchor(clause, probe, one.id)
        if cell is None and relative_anchor(probe_text, probe, one.id)[1] is None:
            return None  # no step said
        # which objects: the words naming them ("move every shape one cell right": not "right", the step's word)
        ref = read_ref(ref_text if ref_text.strip() else rest if cell is not None else clause)
        both = joined or bool(carry and re.search(r"(?<![a-z])both(?![a-z])|都", clause))
        if not ref.plural and not both:
            return None
        chosen, _ = resolve(self.scene, ref, self.focus)
        targets = chosen if len(chosen) > 1 else [s for s in (self.scene.subject(c.id) for c in carry) if s] + chosen
        if len(targets) < 2 or len({t.id for t in targets}) < len(targets):
            return None
        cells = []
        for t in targets:
            alone = self.scene.model_copy(update={"subjects": (t,)})
            cells.append(relative_anchor(probe_text, alone, t.id)[1])
        if None in cells:
            return None  # off the grid for one of them
        moving = {t.id for t in targets}
        left = {t.position for t in targets} - set(cells)  # cells the movers leave free
        self.read = True
        if len(set(cells)) < len(cells):
            self.ask("ask_line_full")
            return carry
        for t, cell in zip(targets, cells, strict=True):
            other = next((s for s in self.scene.subjects if s.position == cell and s.id not in moving), None)
            if other is None:
                continue
            if t.position not in left:
                self.ask("ask_line_full")
                return carry
            # onto an object that stays: the two swap, as a single move does (and the user is told)
            left.discard(t.position)
            where = vocab.POSITIONS[cell]
            self.note(
                "note_swapped", name=_shape_word(other, self.lang), place=where.zh if self.lang == "zh" else where.en
            )
            self.scene = self.scene.replace_subject(other.with_(position=t.position))
            self.changes.append(Change(op="set", subject=other.id, attribute="position", before=cell, after=t.position))
        for t, cell in zip(targets, cells, strict=True):
            if t.position != cell:
                self.scene = self.scene.replace_subject(t.with_(position=cell))
                self.changes.append(Change(op="set", subject=t.id, attribute="position", before=t.position, after=cell))
            self.touched.append(t.id)
        self.several = True
        return targets

    def _opposite_cell(self, ref_text: str, carry: list[Subject], forced: list[Subject] | None) -> str | None:
        """The cell across the middle from the one object ``ref_text`` names (None for the centre or several)."""
        targets = self._targets(ref_text, carry, forced)
        if not targets or len(targets) != 1 or targets[0].position not in vocab.POSITIONS:
            return None
        here = vocab.POSITIONS[targets[0].position]
        cell = w.cell(2 - here.col, 2 - here.row)
        return None if cell == targets[0].position else cell

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
        # "圆也跟它一样小": "it" is the object last talked about (the star just made small)
        model, _ = resolve(self.scene, read_ref(other), self.focus)
        rest = clause[: m.start()] + " " + clause[m.end() :]
        rest = re.sub(r"(?<![a-z])(?:make|turn|change|set|改成|变成|改|换成)(?![a-z])|把", " ", rest)
        targets, _ = resolve(self.scene, read_ref(rest), self.focus) if _has_head(rest) else (carry, [])
        if _THE_OTHERS.fullmatch(other.strip()) and len(targets) == 1:
            # "星星跟它们一样小", "make the star the same size as the others": every other object, when they agree
            others = [s for s in self.scene.subjects if s.id != targets[0].id]
            model = others[:1] if others and len({getattr(s, attr) for s in others}) == 1 else []
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

    def _sent_back_later(self, other: Subject, cell: str | None) -> bool:
        """Whether a later clause of the message moves ``other`` to ``cell`` (where the object now moving was)."""
        for clause in getattr(self, "_later", []):
            places = [t for t in w.tokens(clause) if t.kind == "pos"]
            if cell is None or not places or w.compose_position(places) != cell:
                continue
            named = "".join(ch if not any(t.start <= i < t.end for t in places) else " " for i, ch in enumerate(clause))
            chosen, _ = resolve(self.scene, read_ref(named), None)
            if [s.id for s in chosen] == [other.id]:
                return True
        return False

    def _set_attribute(self, subject: Subject, kind: str, key: str) -> Subject:
        field_name = "kind" if kind == "shape" else kind
        before = getattr(subject, field_name)
        self.read = True
        if before == key:
            return subject
        if kind == "position":
            other = next((s for s in self.scene.subjects if s.position == key and s.id != subject.id), None)
            if other is not None and self._ask_if_taken and self._sent_back_later(other, subject.position):
                self._ask_if_taken = False  # "the star lower left and the square upper right": the two trade places
            if other is not None and self._ask_if_taken:
                # "move the red one to the middle" with the middle taken: moving or swapping either is a guess
                self.ask(
                    "ask_move_taken",
                    name=name(subject, self.scene, self.lang),
                    other=name(other, self.scene, self.lang),
                )
                self.asked_place, self.asked_pair = key, (subject.id, other.id)
                return subject
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
        if (
            len(targets) > 1
            and {s.id for s in targets} >= {s.id for s in self.scene.subjects}
            and not _indefinite_object(clause_after_removal(self._message))
        ):
            self.ask("reply_nothing_left")  # "delete both": nothing would be left to draw; asked, nothing changes
            self.read = True
            return []
        for subject in targets:
            if self.scene.subject(subject.id) is None:
                continue
            if len(self.scene.subjects) == 1 and _indefinite_object(clause_after_removal(self._message)):
                self.removed.append(subject)  # replaced below by what the message adds
                self._replace.append(subject.id)
                self.read = True
                continue
            named = read_ref(ref_text)
            if (
                len(self.scene.subjects) == 1
                and any(c.op == "remove" for c in self.changes)
                and (named.shape or named.colour)
                and not (named.other or named.plural or named.count)
            ):
                # "remove the square and the star": every object, so nothing would be left; asked, nothing changes
                self.scene, self.changes, self.removed = getattr(self, "_start", self.scene), [], []
                self.ask("reply_nothing_left")
                self.read = True
                return []
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
            self.drawn_focus = None  # the picture as drawn, less one: "the remaining two" are both the others
        return []

    def _add_clause(self, clause: str, at: str | None = None) -> None:
        pieces = _NEXT_NEW.split(clause)
        if len(pieces) > 1 and all(relative_anchor(p, self.scene, self.focus)[0] != p for p in pieces):
            # "add a small blue one above it, a yellow one below it": each new object with its own place
            for piece in pieces:
                self._add_clause(piece, at)
            return
        clause = _BOTH_SIDES_ZH.sub(lambda m: self._both_sides(m), clause)
        # "add a blue one above it and a yellow one below it": both "it"s are the object named before the first add
        before = getattr(self, "_add_anchor", None)
        focus = before.id if before is not None and self.scene.subject(before.id) is not None else self.it_focus(clause)
        forced = getattr(self, "_forced", None)
        if forced and len(forced) == 1 and focus is None:
            focus = forced[0].id  # the answer to "which one is it?"
        rel_text, rel_pos, anchor = relative_anchor(clause, self.scene, focus)
        opposite = _OPPOSITE.search(clause) if rel_pos is None and at is None else None
        one = self.scene.subject(focus) if focus else None
        if opposite and one is None and len(self.scene.subjects) == 1:
            one = self.scene.subjects[0]
        if opposite and one is not None and one.position in vocab.POSITIONS:
            # "对角那边也放一个，红色的", "and a yellow one in the opposite corner": across the middle from it
            here = vocab.POSITIONS[one.position]
            if w.cell(2 - here.col, 2 - here.row) != one.position:
                rel_pos, anchor = w.cell(2 - here.col, 2 - here.row), one
                rel_text = clause[: opposite.start()] + " " + clause[opposite.end() :]
        self._add_anchor = anchor
        if rel_text != clause and anchor is None and re.search(r"(?<![a-z])(?:it|its)(?![a-z])|它", clause):
            chosen, candidates = resolve(self.scene, read_ref("it"), focus)
            if not chosen and len(candidates) > 1:
                self._ask_which(candidates)  # "add a star under it" after a picture of several: which one is "it"?
                return
        named = _REL_EN.search(clause) or _REL_ZH.search(clause)
        if rel_text != clause and anchor is None and named and named.group("r") and not _IT_WORD.fullmatch(named["r"]):
            chosen, candidates = resolve(self.scene, read_ref(named.group("r")), None)
            if not chosen and len(candidates) > 1:
                self._ask_which(candidates)  # "add a square above the white one" with two white objects
                return
        cue = find_op(rel_text)
        body = rel_text
        if cue is not None and cue[0] == "add":
            body = rel_text[: cue[1]] + " " + rel_text[cue[2] :]
        if rel_pos is None and NEXT_TO.search(body):
            self.ask("ask_side")  # "add a red square next to the star": on which side?
            return
        model = self._copied(body, anchor)
        shape_said = any(t.kind == "shape" for t in w.tokens(body))
        body = _DEFINITE_EXISTING.sub(
            lambda m: " " if any(s.kind == w.tokens(m.group(0))[0].key for s in self.scene.subjects) else m.group(0),
            body,
        )  # "… behind the star": the star named is the one there, not another to add
        specs = parse_objects(body, self.lang)
        toks = w.tokens(body)
        kin = self._kin_shape(anchor)
        if kin is not None and not shape_said and re.search(r"(?<![a-z])ones(?![a-z])", body):
            # "add two small ones, left and right": ones of the shape meant
            body = re.sub(r"(?<![a-z])ones(?![a-z])", kin + "s", body)
            specs, toks = parse_objects(body, self.lang), w.tokens(body)
        said = [t for t in toks if t.kind in ("colour", "size", "more")]
        if kin is not None and said and not any(t.kind == "shape" for t in toks):
            # "a red one under it", "它上面再来一个紫的": no shape said, so the one the place is measured from
            # (or the one shape the picture has) is meant, in the colour said
            one = Spec(shape=kin, colour=next((t.key for t in toks if t.kind == "colour"), None))
            one.size = sizes_in(body, [t for t in toks if t.kind in ("size", "more")]) or _kin_size(anchor, self.scene)
            one.pos_toks = [t for t in toks if t.kind == "pos"]
            one.position = w.compose_position(one.pos_toks)
            specs = [one]
        elif model is None and (not specs or not any(t.kind in ("shape", "colour") for t in toks)):
            self.ask("ask_what_add")  # "add another one": neither what nor which colour is said
            return
        if model is not None and not specs:
            spec = Spec(shape=model.kind)  # "add the same triangle at the bottom": its mention was taken out above
            spec.pos_toks = [t for t in toks if t.kind == "pos"]
            spec.position = w.compose_position(spec.pos_toks)
            specs = [spec]
        said_anywhere = {t.kind for t in w.tokens(getattr(self, "_message", "") or body)}
        if (
            model is None
            and cue is not None  # "add a star" (not "a star then", the answer to "what should I add?")
            and cue[0] == "add"
            and shape_said
            and len(specs) == 1
            and specs[0].colour is None
            and specs[0].position is None
            and rel_pos is None
            and at is None
            and not getattr(self, "_replace", [])
            and not {"colour", "pos"} & said_anywhere
        ):
            # "add a star", "add 一个 circle": the world gives it no colour or cell by default, so both are asked
            shape = vocab.SHAPES[specs[0].shape]
            self.ask("ask_add_details", shape=shape.zh if self.lang == "zh" else shape.en)
            return
        for spec in specs:
            if model is not None and (spec.shape in (None, model.kind) or not shape_said):
                # "再加一个一样的三角形", "an identical star": the copy has the model's colour and size unless said
                spec.shape = model.kind
                spec.colour = spec.colour or model.colour
                spec.size = spec.size or model.size
            if spec.position is None and rel_pos is not None:
                spec.position = rel_pos
            if spec.position is None and at is not None:
                spec.position = at
            self._add(spec, announce=True)

    def _copied(self, body: str, anchor: Subject | None) -> Subject | None:
        """The object an added one copies ("一样的 circle 再放一个", "add an identical star", "another one just like
        it"): the one object of the shape named, else the one "it" is; None when no copy is said or it is unclear."""
        m = _COPY.search(body)
        if m is None:
            return None
        like = m.group("like") or ""
        if like.startswith("the "):  # "one more like the blue one": that one
            chosen, _ = resolve(self.scene, read_ref(like), None)
            return chosen[0] if len(chosen) == 1 else None
        kinds = [t.key for t in w.tokens(body) if t.kind == "shape"]
        pool = [s for s in self.scene.subjects if not kinds or s.kind == kinds[0]]
        if len(pool) == 1 or pool and len({(s.kind, s.colour, s.size) for s in pool}) == 1:
            return pool[0]  # (objects all alike: a copy of any is the same)
        focus = self.scene.subject(self.focus) if self.focus else None
        if focus is not None and (not kinds or focus.kind == kinds[0]) and re.search(r"(?<![a-z])it(?![a-z])|它", body):
            return focus
        return anchor if anchor is not None and (not kinds or anchor.kind == kinds[0]) else None

    def _both_sides(self, m: re.Match) -> str:
        """ "在它左边和右边各…": the two cells beside the object "it" is, said as places ("左侧和右侧各…")."""
        cells = [relative_anchor("在它" + m.group(k), self.scene, self.focus)[1] for k in ("a", "b")]
        if None in cells:
            return m.group(0)
        return "和".join(vocab.POSITIONS[c].zh for c in cells) + "各"

    def _kin_shape(self, anchor: Subject | None) -> str | None:
        """The shape an added "one" with no shape word takes: the object its place is measured from, else the
        shape every object in the picture has; None when that is unclear."""
        if anchor is not None:
            return anchor.kind
        kinds = {s.kind for s in self.scene.subjects}
        return kinds.pop() if len(kinds) == 1 else None

    def _add(self, spec: Spec, *, announce: bool) -> None:
        self.read = True
        if len(self.scene.subjects) >= MAX_OBJECTS:
            if any(c.op == "add" for c in self.changes):
                self.note("note_full", n=MAX_OBJECTS)  # "add a star and a square": the star went in, the square did not
            else:
                self.ask("ask_full", n=MAX_OBJECTS)  # a fourth object breaks the world's rule: ask which one makes room
            return
        replaced = [s for s in self.scene.subjects if s.id in getattr(self, "_replace", [])]
        # open-world subjects have no cell
        taken = {s.position for s in self.scene.subjects if s.position is not None and s not in replaced}
        position = spec.position
        if position is None and replaced:
            position = replaced[0].position  # "remove the square and add a circle": the new one takes its place
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
        self.several = False
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
        if getattr(self, "holding_background", False) and any(s.colour == colour for s in self.scene.subjects):
            # "background 改成 white，square 就改成 black": the object may change colour later in the message
            self.held_background = colour
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

    def _pending_background(self) -> None:
        """The background held back for an object of its colour: set now if that object changed colour since,
        else asked about (the world's rule: an object's colour differs from the background's)."""
        colour, self.held_background, self.holding_background = getattr(self, "held_background", None), None, False
        if colour is not None:
            self._set_background(colour)

    def _ask_hidden(self) -> None:
        """An object this message made the background's colour ("星星也改成红色" on red): the world's rule says
        every object shows, so the message is asked about and changes nothing."""
        hidden = next(
            (
                s
                for s in self.scene.subjects
                if s.colour == self.scene.background
                and any(c.subject == s.id and c.attribute == "colour" for c in self.changes)
            ),
            None,
        )
        if hidden is None:
            return
        self.scene, self.changes, self.notes = self._start, [], []
        self.question = None
        self.ask("ask_colour_clash", name=_shape_word(hidden, self.lang), colour=_colour_word(hidden.colour, self.lang))

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
        if attr == "colour" and self._swap_with_background(clause, parts):
            return
        if ENDS_SWAP.match(clause):
            pair = ends_pair(self.scene, clause) or []
            if not pair:
                self._ask_which(list(self.scene.subjects))
                return
        elif len(parts) >= 2:
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

    def _swap_with_background(self, clause: str, parts: list[str]) -> bool:
        """ "flip the colours" with one object, "swap the star's colour with the background": the object and the
        background trade colours."""
        bg = self.scene.background
        named_bg = re.search(r"(?<![a-z])(?:background|backdrop|bg)(?![a-z])|背景|底色", clause)
        if bg is None or not (len(self.scene.subjects) == 1 and len(parts) < 2 or named_bg):
            return False
        if len(self.scene.subjects) == 1:
            one = self.scene.subjects[0]
        else:
            got = [t for p in parts for t in self._targets(p, [], None)[:1]]
            if len({t.id for t in got}) != 1:
                return False
            one = got[0]
        if one.colour == bg or any(s.colour == one.colour for s in self.scene.subjects if s.id != one.id):
            return False
        self.scene = self.scene.replace_subject(one.with_(colour=bg)).model_copy(update={"background": one.colour})
        self.changes.append(Change(op="set", subject=one.id, attribute="colour", before=one.colour, after=bg))
        self.changes.append(Change(op="set", attribute="background", before=bg, after=one.colour))
        self.read = True
        self.touched.append(one.id)
        return True


def _kin_size(anchor: Subject | None, scene: Scene) -> str | None:
    """ "put a yellow one above it": "one" is another of the object it is measured from, its size too."""
    if anchor is None and len({(s.kind, s.size) for s in scene.subjects}) == 1:
        anchor = scene.subjects[0]
    return anchor.size if anchor is not None else None
