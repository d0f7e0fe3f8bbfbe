"""Reading shapes-world messages: clauses, slots filled from the lexicon, references resolved.

A message is cut into clauses at conjunctions and punctuation; each clause gets an operation
from its verb (add, remove, move, set, swap, background), a reference (the words naming which
object: "the red one", "左边那个", "it") and values (the words saying what it becomes). Words
the shapes world has no use for are never kept: they do not reach the scene or the prompt.

Everything here is a pure function of (scene, text): deterministic, no state. The package's
modules, lowest first: ``cues`` (what a message asks for), ``background``, ``objects`` (a
description into slots), ``refs`` (which object words mean), ``naming``, ``relations`` (places
said through another object), ``clauses``, ``edit_steps`` and ``ops`` (applying a message).
This module re-exports what the composer and the replies use, so ``core.rewriter.shapes.X`` stays.
"""

from __future__ import annotations

from core.rewriter.shapes.all_but import all_but
from core.rewriter.shapes.asked_move import with_asked_place
from core.rewriter.shapes.background import (
    COLOUR_COMPLAINT,
    NOT_COLOUR,
    colour_words,
    plain_background,
    take_background,
    without_background_place,
)
from core.rewriter.shapes.bare_object import add_the_asked, bare_new, corrected_object
from core.rewriter.shapes.clauses import (
    CORRECTION,
    clause_after_removal,
    clause_op,
    self_corrected,
    split_clauses,
    taken_back_whole,
)
from core.rewriter.shapes.copies import friend_asked
from core.rewriter.shapes.cues import (
    ACK_EN,
    ACK_ZH,
    ALL_THE_WAY,
    ALL_THE_WAY_BACK,
    BARE_SHAPE,
    BG_CUE,
    CLAUSE_SPLIT,
    INSTEAD_LEAD,
    NEG,
    ONE_STEP_BACK,
    OP_EN,
    OP_ZH,
    OTHER,
    PLURAL_EN,
    PLURAL_ZH,
    PRONOUN_EN,
    PRONOUN_ZH,
    QUESTION_EN,
    QUESTION_ZH,
    REQUEST,
    REQUEST_LEAD,
    RESTART,
    SAME_AGAIN,
    SEPARATORS,
    SKIP_IMPLICIT,
    UNDO_EN,
    UNDO_ZH,
    WRAPPER,
    _indefinite_object,
    cancel_then_edit,
    edits_since_draw,
    find_op,
    is_ack,
    is_cjk,
    is_restart,
    is_undo,
    zh_frame,
)
from core.rewriter.shapes.earlier_picture import earlier_picture
from core.rewriter.shapes.followups import and_the_next, clash_answer
from core.rewriter.shapes.gloss import without_gloss
from core.rewriter.shapes.gone_model import with_gone_model
from core.rewriter.shapes.meant_all import meant_all
from core.rewriter.shapes.meant_other import meant_other
from core.rewriter.shapes.moved_on import moved_on
from core.rewriter.shapes.moved_too import moved_too
from core.rewriter.shapes.naming import _describe, name
from core.rewriter.shapes.objects import MAX_OBJECTS, PLACEMENT_ORDER, Spec, _scale_particle, parse_objects, sizes_in
from core.rewriter.shapes.offered_value import offered_colour
from core.rewriter.shapes.one_more_like_it import one_more_like_it
from core.rewriter.shapes.ops import _SAME_AMONG, Outcome, ShapesOps
from core.rewriter.shapes.placed_newcomer import placed_newcomer
from core.rewriter.shapes.recoloured import recoloured
from core.rewriter.shapes.refs import Ref, _has_head, read_ref, resolve
from core.rewriter.shapes.relations import _REL_EN, EXCEPT, NEXT_TO, SAME_AS
from core.rewriter.shapes.spelling import simplified
from core.rewriter.shapes.stand_in import with_stand_in
from core.rewriter.shapes.undone_again import undone_again
from core.rewriter.shapes.undone_part import undone_part
from core.rewriter.shapes.where_gone import puts_new_where_gone

__all__ = [
    "meant_all",
    "undone_again",
    "undone_part",
    "friend_asked",
    "all_but",
    "PLACEMENT_ORDER",
    "taken_back_whole",
    "clash_answer",
    "and_the_next",
    "meant_other",
    "earlier_picture",
    "with_asked_place",
    "ALL_THE_WAY",
    "ONE_STEP_BACK",
    "ALL_THE_WAY_BACK",
    "edits_since_draw",
    "add_the_asked",
    "bare_new",
    "corrected_object",
    "MAX_OBJECTS",
    "BG_CUE",
    "OP_EN",
    "OP_ZH",
    "NEG",
    "UNDO_EN",
    "UNDO_ZH",
    "RESTART",
    "QUESTION_EN",
    "QUESTION_ZH",
    "REQUEST",
    "ACK_EN",
    "ACK_ZH",
    "WRAPPER",
    "PRONOUN_EN",
    "PRONOUN_ZH",
    "PLURAL_EN",
    "PLURAL_ZH",
    "OTHER",
    "SEPARATORS",
    "CLAUSE_SPLIT",
    "BARE_SHAPE",
    "INSTEAD_LEAD",
    "SAME_AGAIN",
    "zh_frame",
    "is_cjk",
    "REQUEST_LEAD",
    "SKIP_IMPLICIT",
    "find_op",
    "is_ack",
    "is_undo",
    "cancel_then_edit",
    "is_restart",
    "NOT_COLOUR",
    "COLOUR_COMPLAINT",
    "colour_words",
    "take_background",
    "without_background_place",
    "NEXT_TO",
    "EXCEPT",
    "SAME_AS",
    "Spec",
    "sizes_in",
    "parse_objects",
    "Ref",
    "read_ref",
    "resolve",
    "name",
    "Outcome",
    "ShapesOps",
    "puts_new_where_gone",
    "one_more_like_it",
    "moved_on",
    "moved_too",
    "recoloured",
    "placed_newcomer",
    "clause_after_removal",
    "clause_op",
    "CORRECTION",
    "self_corrected",
    "split_clauses",
    "_scale_particle",
    "_indefinite_object",
    "_has_head",
    "_describe",
    "_SAME_AMONG",
    "_REL_EN",
    "simplified",
    "with_stand_in",
    "without_gloss",
    "plain_background",
    "offered_colour",
    "with_gone_model",
]
