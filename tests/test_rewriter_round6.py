"""Round 6 on issue 14: mechanisms found missing by fresh batch 5 (one test per mechanism, phrasings of our own)."""

from __future__ import annotations

from core.language import lexicon as lx
from core.rewriter.base import HistoryItem
from core.rewriter.composer import Composer
from core.scene import Scene


def play(messages: list[str]):
    composer, scene, history, rw = Composer(world="shapes"), Scene(), [], None
    for message in messages:
        rw = composer.rewrite(scene, history[-8:], message)
        history.append(HistoryItem(message, rw.intent, rw.prompt, rw.scene if rw.intent != "chat" else scene))
        if rw.intent != "chat":
            scene = rw.scene
    return scene, rw


def objects(scene: Scene) -> list[tuple]:
    return sorted((s.kind, s.colour, s.size, s.position) for s in scene.subjects)


# -- 1. typos of the world's words, one edit away; real words left alone ----------------------------


def test_one_edit_typos_of_world_words_are_mended_but_real_words_are_not():
    assert (
        lx.normalise("a biger purpel sqaure and a litle yelow star")
        == "a bigger purple square and a little yellow star"
    )
    assert lx.normalise("teh star") == "the star"
    assert (
        lx.normalise("mind the tidy mint start") == "mind the tidy mint start"
    )  # real words, one edit from world words
    scene, _ = play(["a smal ornage traingle in the midle"])
    assert objects(scene) == [("triangle", "orange", "small", "center")]


# -- 2. compass points are corners and edges --------------------------------------------------------


def test_compass_points_name_corners_and_edges():
    scene, _ = play(["a red star in the north-east corner and a small blue circle on the south side"])
    assert objects(scene) == [("circle", "blue", "small", "bottom"), ("star", "red", "large", "top-right")]
    scene, _ = play(["a green square", "move it to the southwest corner"])
    assert objects(scene) == [("square", "green", "large", "bottom-left")]


# -- 3. "and" between two attribute words joins them; "round dot" is one circle ----------------------


def test_and_between_two_attribute_words_keeps_them_on_one_object():
    scene, _ = play(["a star that's purple and small, at the bottom, centred, then a huge white square top right"])
    assert objects(scene) == [("square", "white", "large", "top-right"), ("star", "purple", "small", "bottom")]


def test_a_round_dot_is_one_circle():
    scene, _ = play(["a tiny round dot, black, in the middle and a big green box on the left"])
    assert objects(scene) == [("circle", "black", "small", "center"), ("square", "green", "large", "left")]
