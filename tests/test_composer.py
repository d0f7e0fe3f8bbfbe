"""The embedded composer, table-driven over English and Chinese phrasings."""

import pytest

from core.rewriter import Composer
from core.scene import Scene

composer = Composer()


def play(*messages: str):
    scene, rewrites = Scene(), []
    for message in messages:
        rw = composer.rewrite(scene, [], message)
        rewrites.append(rw)
        scene = rw.scene
    return scene, rewrites


def objects(scene: Scene) -> set[tuple]:
    return {(s.kind, s.colour, s.size, s.position) for s in scene.subjects}


NEW_SCENES = [
    ("a large red circle at the top left on a blue background", {("circle", "red", "large", "top-left")}, "blue"),
    (
        "a large red circle at the top left and a small blue star at the bottom right, on a yellow background",
        {("circle", "red", "large", "top-left"), ("star", "blue", "small", "bottom-right")},
        "yellow",
    ),
    ("on a black background, a small white square in the middle", {("square", "white", "small", "center")}, "black"),
    ("蓝色背景上，右下方有一个小的黄色星形", {("star", "yellow", "small", "bottom-right")}, "blue"),
    (
        "黄色背景上，左上方有一个大的红色圆形，右下方有一个小的蓝色星形",
        {("circle", "red", "large", "top-left"), ("star", "blue", "small", "bottom-right")},
        "yellow",
    ),
    (
        "draw a big green triangle at the top right on a purple background",
        {("triangle", "green", "large", "top-right")},
        "purple",
    ),
    ("画一个在中间的小的橙色正方形，背景是白色", {("square", "orange", "small", "center")}, "white"),
]


@pytest.mark.parametrize("message, expected, background", NEW_SCENES)
def test_new_scenes(message, expected, background):
    scene, (rw,) = play(message)
    assert rw.intent == "draw"
    assert objects(scene) == expected
    assert scene.background == background


EDITS = [
    # (second message, expected objects after it, expected background)
    (
        "make the circle blue",
        {("circle", "blue", "large", "top-left"), ("star", "blue", "small", "bottom-right")},
        "yellow",
    ),
    ("make it bigger", {("circle", "red", "large", "top-left"), ("star", "blue", "large", "bottom-right")}, "yellow"),
    ("remove the star", {("circle", "red", "large", "top-left")}, "yellow"),
    ("delete the red one", {("star", "blue", "small", "bottom-right")}, "yellow"),
    (
        "add a small green triangle at the bottom left",
        {
            ("circle", "red", "large", "top-left"),
            ("star", "blue", "small", "bottom-right"),
            ("triangle", "green", "small", "bottom-left"),
        },
        "yellow",
    ),
    (
        "move the star to the top right",
        {("circle", "red", "large", "top-left"), ("star", "blue", "small", "top-right")},
        "yellow",
    ),
    (
        "change the background to black",
        {("circle", "red", "large", "top-left"), ("star", "blue", "small", "bottom-right")},
        "black",
    ),
    (
        "turn the circle into a square",
        {("square", "red", "large", "top-left"), ("star", "blue", "small", "bottom-right")},
        "yellow",
    ),
    ("make the circle green and remove the star", {("circle", "green", "large", "top-left")}, "yellow"),
    ("把圆形改成绿色", {("circle", "green", "large", "top-left"), ("star", "blue", "small", "bottom-right")}, "yellow"),
    ("把背景换成白色", {("circle", "red", "large", "top-left"), ("star", "blue", "small", "bottom-right")}, "white"),
    ("去掉星形", {("circle", "red", "large", "top-left")}, "yellow"),
    (
        "再加一个小的紫色三角形在中间",
        {
            ("circle", "red", "large", "top-left"),
            ("star", "blue", "small", "bottom-right"),
            ("triangle", "purple", "small", "center"),
        },
        "yellow",
    ),
    ("把星形移到右上方", {("circle", "red", "large", "top-left"), ("star", "blue", "small", "top-right")}, "yellow"),
    ("把红色的圆变小", {("circle", "red", "small", "top-left"), ("star", "blue", "small", "bottom-right")}, "yellow"),
]
START = "a large red circle at the top left and a small blue star at the bottom right, on a yellow background"


@pytest.mark.parametrize("message, expected, background", EDITS)
def test_edits(message, expected, background):
    scene, (_, rw) = play(START, message)
    assert rw.intent == "edit"
    assert objects(scene) == expected
    assert scene.background == background


def test_subject_ids_are_stable_across_edits():
    scene, _ = play(START, "make the circle green", "add a small white square at the center", "remove the star")
    assert [(s.id, s.kind) for s in scene.subjects] == [("s1", "circle"), ("s3", "square")]


def test_it_means_the_last_subject_touched():
    scene, _ = play(START, "make the star red", "make it bigger")
    assert ("star", "red", "large", "bottom-right") in objects(scene)


def test_moving_onto_an_occupied_cell_swaps():
    scene, _ = play(START, "move the star to the top left")
    assert objects(scene) == {("circle", "red", "large", "bottom-right"), ("star", "blue", "small", "top-left")}


def test_changes_list_says_what_changed():
    _, (_, rw) = play(START, "make the circle green")
    assert [c.model_dump() for c in rw.changes] == [
        {"op": "set", "subject": "s1", "attribute": "colour", "before": "red", "after": "green"}
    ]


def test_questions_are_chat_turns_answered_from_the_scene():
    scene, (_, rw) = play(START, "how many objects are there?")
    assert rw.intent == "chat" and rw.prompt == "" and "2 objects" in rw.reply
    _, (_, zh) = play(START, "画面里有什么？")
    assert zh.intent == "chat" and "红色" in zh.reply


def test_unknown_phrasing_is_folded_into_the_prompt():
    scene, (a, b) = play("a red fox in a snowy forest", "give it a scarf")
    assert a.prompt == "a red fox in a snowy forest"
    assert b.intent == "edit" and b.prompt == "a red fox in a snowy forest, give it a scarf"
    assert scene.extras == ("a red fox in a snowy forest", "give it a scarf")


def test_prompt_is_the_training_caption_language_follows_the_user():
    _, (en, zh) = play(START, "把背景换成绿色")
    assert en.prompt == (
        "a large red circle at the top left and a small blue star at the bottom right, on a yellow background"
    )
    assert zh.prompt.startswith("绿色背景上") and "红色" in zh.prompt


def test_composer_is_deterministic():
    a = play(START, "make it bigger", "把背景换成黑色")[0]
    b = play(START, "make it bigger", "把背景换成黑色")[0]
    assert a == b
