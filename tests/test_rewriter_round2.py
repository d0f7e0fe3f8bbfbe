"""Round 2 on issue 14: mechanisms found missing by fresh batch 2 (one test per mechanism, not per sentence)."""

from __future__ import annotations

from tests.dialogue import objects, play


def test_each_of_several_cells():
    scene, _ = play(["白色背景，右上角和左下角各一个大的红色星星"])
    assert objects(scene) == [("star", "red", "large", "bottom-left"), ("star", "red", "large", "top-right")]
    scene, _ = play(
        ["purple background, a big orange star in the middle", "put a tiny white circle in each of the top corners"]
    )
    assert {s.position for s in scene.subjects} == {"center", "top-left", "top-right"}


def test_short_chinese_background():
    scene, _ = play(["蓝底黄星，大的，放正中间"])
    assert scene.background == "blue" and objects(scene) == [("star", "yellow", "large", "center")]


def test_swap_two_named_objects():
    scene, _ = play(["green background: white circle top left, white square top right, white star bottom",
                     "swap the circle and the square"])  # fmt: skip
    assert ("circle", "white", "large", "top-right") in objects(scene)


def test_colour_complained_about_is_not_the_value():
    scene, _ = play(
        [
            "A small white triangle on the right, green background.",
            "ugh the green is too much, use blue for the background",
        ]
    )
    assert scene.background == "blue" and objects(scene) == [("triangle", "white", "small", "right")]
    scene, _ = play(["在左下角放一个大的黑色正方形，背景要黄色", "背景不要黄色，改成紫色"])
    assert scene.background == "purple" and objects(scene)[0][1] == "black"


def test_steps_and_repeats():
    scene, _ = play(
        ["a small orange star at the top centre, black background", "move it down a row", "and one more down"]
    )
    assert objects(scene) == [("star", "orange", "small", "bottom")]
    scene, _ = play(["白色背景，左侧中间一个小的绿色三角形", "往右挪一格"])
    assert objects(scene) == [("triangle", "green", "small", "center")]
    scene, _ = play(["a large yellow circle on the left and a large yellow star on the right, red background",
                     "make the circle small", "and the other one too"])  # fmt: skip
    assert {s.size for s in scene.subjects} == {"small"}


def test_shape_correction_after_a_shape_change():
    scene, _ = play(
        ["a big green circle in the lower right on white", "change the circle into a square", "no wait, a triangle"]
    )
    assert objects(scene) == [("triangle", "green", "large", "bottom-right")]


def test_request_with_question_mark_draws():
    _, rw = play(["hey, could you draw me a watercolor illustration of a hedgehog under a mushroom?"], world="open")
    assert rw.intent == "draw" and "hedgehog" in rw.prompt


def test_chinese_predicate_colour_and_quoted_text():
    _, rw = play(["一双白色帆布鞋放在粉色背景上，鞋带是黄色的，产品摄影", "鞋带换成黑色"], world="open")
    assert "鞋带是黑色的" in rw.prompt and "白色帆布鞋" in rw.prompt
    _, rw = play(["一张海报，上方写着“今日开业”，扁平插画风", "文字改成“全场八折”"], world="open")
    assert "“全场八折”" in rw.prompt and "今日开业" not in rw.prompt


def test_time_and_season_clashes():
    _, rw = play(
        ["desert canyon at midday, red sandstone arches, clear blue sky", "make it a starry night"], world="open"
    )
    assert "starry night" in rw.prompt and "blue sky" not in rw.prompt and "red sandstone arches" in rw.prompt
    _, rw = play(["a yellow school bus on a snowy country road, winter afternoon", "make it summer"], world="open")
    assert "snowy" not in rw.prompt and "summer" in rw.prompt and "yellow school bus" in rw.prompt


def test_removals_in_the_open_world():
    _, rw = play(["desert canyon, a lone hiker in an orange jacket, clear sky", "remove the hiker"], world="open")
    assert "hiker" not in rw.prompt and "orange jacket" not in rw.prompt and "desert canyon" in rw.prompt
    _, rw = play(["a floating island, two dragons circling the towers", "remove one of the dragons"], world="open")
    assert "a dragon circling" in rw.prompt and "two dragons" not in rw.prompt
    _, rw = play(["an elf archer in a misty redwood forest", "remove the mist"], world="open")
    assert "misty" not in rw.prompt and "redwood forest" in rw.prompt


def test_chinese_removal_keeps_the_rest_of_the_phrase():
    _, rw = play(["一个白色陶瓷花瓶里插着几枝干枯的芦苇，放在胡桃木边柜上", "把芦苇去掉"], world="open")
    assert rw.prompt.startswith("一个白色陶瓷花瓶") and "芦苇" not in rw.prompt
    _, rw = play(["木托盘上摆着一碗味噌汤、玉子烧和一小碟纳豆，旁边一只茶杯", "把纳豆去掉"], world="open")
    assert "纳豆" not in rw.prompt and "玉子烧" in rw.prompt and "味噌汤" in rw.prompt
