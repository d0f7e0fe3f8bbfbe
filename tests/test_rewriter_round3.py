"""Round 3 on issue 14: mechanisms found missing by fresh batch 3 (one test per mechanism, phrasings of our own)."""

from __future__ import annotations

from tests.dialogue import objects, play


def prompt(messages: list[str]) -> str:
    return play(messages, world="open")[1].prompt


# -- open prompts (the designer's words) ------------------------------------------------------------


def test_chinese_colour_words_are_built_not_listed():
    assert prompt(["一个穿着白色连衣裙的女孩站在花田里", "连衣裙换成酒红色"]) == "一个穿着酒红色连衣裙的女孩站在花田里"
    assert prompt(["一位穿着军绿色棉大衣的老人", "棉大衣改成藏蓝色"]) == "一位穿着藏蓝色棉大衣的老人"
    assert prompt(["焦糖色的皮沙发放在窗边", "把沙发换成墨绿色"]) == "墨绿色的皮沙发放在窗边"
    assert prompt(["一块蛋糕，背景是浅蓝色", "背景换成奶油黄"]) == "一块蛋糕，背景是奶油黄"


def test_chinese_general_word_finds_its_compound():
    assert prompt(["一个戴着黑色渔夫帽的男孩在海边", "帽子改成米白色"]) == "一个戴着米白色渔夫帽的男孩在海边"
    assert prompt(["一只白色的马克杯放在书桌上", "把杯子换成荧光绿"]) == "一只荧光绿的马克杯放在书桌上"
    assert prompt(["一轮银色的满月挂在山顶", "月亮换成红色"]) == "一轮红色的满月挂在山顶"
    assert prompt(["一辆黑色的越野SUV停在雪地里", "车身改成哑光灰"]) == "一辆哑光灰的越野SUV停在雪地里"


def test_english_general_word_finds_its_kind():
    assert prompt(["a red vintage bicycle leaning on a brick wall", "make the bike glossy teal"]) == (
        "a glossy teal vintage bicycle leaning on a brick wall"
    )
    assert prompt(["a golden retriever puppy on a porch", "make the dog chocolate brown"]) == (
        "a chocolate brown retriever puppy on a porch"
    )


def test_finish_and_colour_list_values():
    assert prompt(["a blue enamel kettle on a stove", "make the kettle matte white"]) == (
        "a matte white enamel kettle on a stove"
    )
    assert prompt(["a poster with stripes in red and yellow", "make the stripes teal and orange"]) == (
        "a poster with stripes in teal and orange"
    )


def test_noun_used_as_modifier_stays_singular():
    assert prompt(["a cherry pie on a table", "swap the cherries for apples"]) == "an apple pie on a table"
    assert prompt(["a bowl of cherries on a table", "swap the cherries for grapes"]) == "a bowl of grapes on a table"


def test_make_the_thing_a_kind():
    assert prompt(["an owl on a branch under a full moon", "make the moon a crescent"]) == (
        "an owl on a branch under a crescent moon"
    )


def test_style_replaces_a_style_phrase_only():
    assert prompt(["a cappuccino with latte art, a croissant on the side", "make it an ink drawing"]) == (
        "a cappuccino with latte art, a croissant on the side, an ink drawing"
    )


def test_request_wrapped_edit_and_compliments():
    assert prompt(["a girl in a green coat in the rain", "Could you make the coat orange?"]) == (
        "a girl in an orange coat in the rain"
    )
    _, rw = play(["a bowl of ramen on a wooden table", "looks delicious!"], world="open")
    assert rw.intent == "chat"


def test_weather_and_night_replace_what_clashes():
    assert prompt(["a pine forest at dawn, under a clear blue sky", "make it rainy"]) == (
        "a pine forest at dawn, under a rainy sky"
    )
    assert prompt(["一只橘猫趴在窗台上，午后的阳光", "改成深夜"]) == "一只橘猫趴在窗台上，深夜"
    assert prompt(["a lighthouse at sunset, warm sunlight on the rocks", "make it night"]) == (
        "a lighthouse at night, on the rocks"
    )


# -- the shapes world -----------------------------------------------------------------------------------


def test_background_after_modals_and_making_verbs():
    for message in (
        "a small red circle in the middle. The background needs to be green.",
        "a small red circle in the middle, background has to be green",
        "中间一个小的红色圆，背景弄成绿的",
        "拿绿色当背景，中间一个小的红色圆",
    ):
        scene, _ = play([message])
        assert scene.background == "green", message
        assert objects(scene) == [("circle", "red", "small", "center")], message


def test_one_letter_typos_of_world_words():
    scene, _ = play(["a big yelow traingle at the botom, the backgroud is purpel"])
    assert scene.background == "purple" and objects(scene) == [("triangle", "yellow", "large", "bottom")]


def test_learner_corner_order():
    scene, _ = play(["a square of color green, in the corner up right"])
    assert objects(scene) == [("square", "green", "large", "top-right")]


def test_verbs_of_placing_add_a_new_object():
    first = "white background, a big blue square in the middle"
    for message, cell in (
        ("toss a tiny red star in the bottom left", "bottom-left"),
        ("pop a small red star up top", "top"),
        ("put also small star, red, right side", "right"),
        ("左上角再弄一个小的红色星星", "top-left"),
        ("在右下角画一颗小的红色星星", "bottom-right"),
    ):
        scene, rw = play([first, message])
        assert rw.intent == "edit", message
        assert objects(scene) == sorted([("square", "blue", "large", "center"), ("star", "red", "small", cell)]), (
            message
        )


def test_words_before_the_verb_that_name_nothing():
    scene, _ = play(["black background, a big red circle left and a big white star right", "meh, make the star blue"])
    assert ("star", "blue", "large", "right") in objects(scene)


def test_asking_whether_is_asking_for():
    first = "a small white square in the centre on a black background"
    for message in (
        "is there any way to make the square orange?",
        "could it be orange?",
        "is it possible to make it orange?",
    ):
        scene, rw = play([first, message])
        assert rw.intent == "edit" and objects(scene) == [("square", "orange", "small", "center")], message
    scene, rw = play([first, "and a tiny red star top right?"])
    assert rw.intent == "edit" and ("star", "red", "small", "top-right") in objects(scene)


def test_statement_then_request_and_more_small():
    scene, rw = play(["a big red triangle on the left, white background", "Is good. But triangle more small please."])
    assert rw.intent == "edit" and objects(scene) == [("triangle", "red", "small", "left")]


def test_place_said_before_the_added_object():
    first = "green background, a large black circle in the middle"
    scene, _ = play([first, "and in the top left corner, a small white star"])
    assert objects(scene) == [("circle", "black", "large", "center"), ("star", "white", "small", "top-left")]
    scene, _ = play([first, "在它左边，也就是左侧中间，加一个小的白色星星"])
    assert objects(scene) == [("circle", "black", "large", "center"), ("star", "white", "small", "left")]


def test_things_people_call_a_shape():
    first = "black background, a big white circle top left, a small green triangle bottom right"
    scene, _ = play([first, "the moon is way too big, shrink it"])
    assert ("circle", "white", "small", "top-left") in objects(scene)
    scene, _ = play([first, "把那座山改成红色"])
    assert ("triangle", "red", "small", "bottom-right") in objects(scene)
    scene, _ = play([first, "could you make the tree bigger? it looks lost"])
    assert ("triangle", "green", "large", "bottom-right") in objects(scene)


def test_praise_of_a_colour_already_there_is_chat():
    first = ["a small blue star on the right, yellow background", "make the background white", "undo"]
    scene, rw = play([*first, "yes, yellow is nicer"])
    assert (
        rw.intent == "chat" and scene.background == "yellow" and objects(scene) == [("star", "blue", "small", "right")]
    )
    scene, rw = play(["黄色背景，右边一个小的蓝色星星", "嗯，黄色挺好看"])
    assert rw.intent == "chat" and objects(scene) == [("star", "blue", "small", "right")]


def test_asking_about_undo_is_not_undoing():
    for message in ("is there an undo button?", "how do I go back?", "有没有撤销功能？"):
        scene, rw = play(["a big red square in the middle", "make it green", message])
        assert rw.intent == "chat" and objects(scene) == [("square", "green", "large", "center")], message
    scene, rw = play(["a big red square in the middle", "make it green", "ok, undo it"])
    assert objects(scene) == [("square", "red", "large", "center")]


def test_a_value_taken_back_mid_message():
    first = "a big white star in the middle, green background"
    scene, _ = play([first, "turn the star black... no wait, that's too dark. red then"])
    assert objects(scene) == [("star", "red", "large", "center")]
    scene, _ = play([first, "把星星放到左上……算了，放到右下吧"])
    assert objects(scene) == [("star", "white", "large", "bottom-right")]
    scene, _ = play([first, "星星颜色不对，改成黄色吧"])  # 不对 as a complaint is no correction
    assert objects(scene) == [("star", "yellow", "large", "center")]


def test_open_prompt_size_change_keeps_the_noun():
    assert (
        prompt(["a sun over the mountains at dawn", "make the sun smaller"]) == "a small sun over the mountains at dawn"
    )
    assert (
        prompt(["a small red kite over a beach", "make the kite bigger"]) == "a big red kite over a beach"
    )  # "bigger": the user's own word


def test_short_chinese_descriptions_split_at_a_space():
    scene, _ = play(["黑底 右上小黄方 左下大白星"])
    assert scene.background == "black"
    assert objects(scene) == [("square", "yellow", "small", "top-right"), ("star", "white", "large", "bottom-left")]


def test_how_many_shapes_follow_is_no_count():
    scene, _ = play(["蓝色背景，两个东西：左边一个大的白色圆，右边一个小的黄色星星"])
    assert objects(scene) == [("circle", "white", "large", "left"), ("star", "yellow", "small", "right")]
    scene, _ = play(["white background, two shapes: a big red square top left and a small blue circle bottom right"])
    assert objects(scene) == [("circle", "blue", "small", "bottom-right"), ("square", "red", "large", "top-left")]


def test_size_of_another_noun_is_not_the_objects():
    scene, _ = play(["给我的小网站做个图标：白色背景，中间一个大的红色星星"])
    assert objects(scene) == [("star", "red", "large", "center")]


def test_shape_named_again_in_a_description():
    scene, _ = play(["a small green star and a big white square, the square on the left, the star top right, black bg"])
    assert objects(scene) == [("square", "white", "large", "left"), ("star", "green", "small", "top-right")]
    scene, _ = play(["左边一个红色圆，右边一个蓝色圆"])  # two circles, each with its own words
    assert objects(scene) == [("circle", "blue", "large", "right"), ("circle", "red", "large", "left")]


def test_relative_to_a_named_shape_in_chinese():
    scene, _ = play(["蓝色背景，中间一个大的白色圆", "在圆的正上方放一个小的黄色星星"])
    assert objects(scene) == [("circle", "white", "large", "center"), ("star", "yellow", "small", "top")]


def test_a_place_said_as_the_verb():
    scene, _ = play(["a small red star on the left, white background", "now centre it"])
    assert objects(scene) == [("star", "red", "small", "center")]


def test_swap_an_object_for_a_new_one():
    first = "black background, a red circle left and a blue square right"
    scene, _ = play([first, "replace the red circle with a small yellow star"])
    assert objects(scene) == [("square", "blue", "large", "right"), ("star", "yellow", "small", "left")]
    scene, _ = play([first, "swap the circle with the square"])  # two named objects still trade places
    assert objects(scene) == [("circle", "red", "large", "right"), ("square", "blue", "large", "left")]


def test_remove_repeated_and_brought_back():
    first = "white background, a red circle top left, a blue square center, a green star bottom right"
    scene, _ = play([first, "delete the circle", "the star as well"])
    assert objects(scene) == [("square", "blue", "large", "center")]
    scene, _ = play([first, "delete the circle", "the star as well", "hmm, put the circle back"])
    assert objects(scene) == [("circle", "red", "large", "top-left"), ("square", "blue", "large", "center")]
    scene, _ = play([first, "去掉星星", "还是把星星加回来吧"])
    assert len(scene.subjects) == 3


def test_object_named_then_where_in_the_next_clause():
    scene, _ = play(["black background, a red circle left and a blue square right", "移一下方块，放到左上角"])
    assert objects(scene) == [("circle", "red", "large", "left"), ("square", "blue", "large", "top-left")]


def test_a_row_said_as_a_heading():
    scene, _ = play(["black background. bottom row: a big white star on the left and a small red circle on the right"])
    assert objects(scene) == [("circle", "red", "small", "bottom-right"), ("star", "white", "large", "bottom-left")]


def test_the_other_side_of_an_object():
    first = ["黑色背景，中间一个大的白色圆", "在圆的上方加一个小的红色星星"]
    scene, _ = play([*first, "在圆的另一边再加一个小的红色星星"])
    assert {s.position for s in scene.subjects} == {"center", "top", "bottom"}
    scene, _ = play(
        [
            "a small blue circle in the middle",
            "add a red square to its left",
            "and a red star on the opposite side of the circle",
        ]
    )
    assert ("star", "red", "large", "right") in objects(scene)


def test_a_bare_value_answers_a_question_about_what_to_change():
    scene, _ = play(["a big red circle on a white background", "change it", "a square then"])
    assert objects(scene) == [("square", "red", "large", "center")]
    scene, _ = play(["a big red circle on a white background", "add something", "a star then"])
    assert len(scene.subjects) == 2  # what to add, answered: a star is added


def test_next_to_asks_which_side_and_the_answer_moves():
    first = "black background, a big yellow square top left, a small white circle bottom right"
    scene, rw = play([first, "put the square beside the circle"])
    assert rw.intent == "chat" and ("square", "yellow", "large", "top-left") in objects(scene)
    scene, _ = play([first, "put the square beside the circle", "to the left of it"])
    assert ("square", "yellow", "large", "bottom") in objects(scene)
    scene, _ = play(["黑色背景，左上角一个大的黄色方块，右下角一个小的白色圆", "把方块挪到圆旁边", "圆的上面"])
    assert ("square", "yellow", "large", "right") in objects(scene)


def test_where_an_object_used_to_be():
    first = ["白色背景，左上角一个大的红色圆", "把圆移到右下角"]
    scene, _ = play([*first, "在圆原来的位置放一个小的蓝色方块"])
    assert objects(scene) == [("circle", "red", "large", "bottom-right"), ("square", "blue", "small", "top-left")]
    scene, _ = play([*first, "放回原来的位置"])  # still an undo
    assert objects(scene) == [("circle", "red", "large", "top-left")]
    scene, _ = play(["a big green star in the middle", "move it to the bottom", "add a tiny circle where the star was"])
    assert objects(scene) == [("circle", "red", "small", "center"), ("star", "green", "large", "bottom")]


def test_more_size_words_of_every_strength():
    for message, size in (
        ("a humongous green circle dead centre, set against yellow", "large"),
        ("a pint-sized green circle in the middle, yellow background", "small"),
        ("黄色背景，中间一个特大的绿色圆", "large"),
        ("黄色背景，中间一个超小的绿色圆", "small"),
    ):
        scene, _ = play([message])
        assert objects(scene) == [("circle", "green", size, "center")], message
    scene, _ = play(["黑色背景，右上一个大的黄色圆", "圆小一号"])
    assert objects(scene) == [("circle", "yellow", "small", "top-right")]


def test_up_and_down_as_the_row():
    scene, _ = play(["orange canvas, a big black circle up in the corner on the right"])
    assert objects(scene) == [("circle", "black", "large", "top-right")]


def test_more_undo_and_removal_words():
    first = ["白色背景，左上一个大的红色圆，右下一个小的蓝色星星", "圆改成绿色"]
    for message in ("ctrl+z", "不要这个改动", "取消刚才的修改"):
        scene, _ = play([*first, message])
        assert ("circle", "red", "large", "top-left") in objects(scene), message
    scene, _ = play([first[0], "不要星星了"])
    assert objects(scene) == [("circle", "red", "large", "top-left")]
    scene, _ = play([first[0], "把圆拿到中间去"])
    assert ("circle", "red", "large", "center") in objects(scene)


def test_doubled_verb_step_and_colour_heading():
    scene, _ = play(["黑色背景，中间一个小的绿色星星", "把星星往上挪挪"])
    assert objects(scene) == [("star", "green", "small", "top")]
    scene, _ = play(["背景颜色：白。左边中间放一个大大的绿色正方形"])
    assert scene.background == "white" and objects(scene) == [("square", "green", "large", "left")]


def test_count_then_one_each():
    scene, _ = play(["draw 2 small black squares, one top left and one bottom right, on white"])
    assert objects(scene) == [("square", "black", "small", "bottom-right"), ("square", "black", "small", "top-left")]


def test_restart_with_background_then_instead():
    scene, rw = play(
        ["a big red circle, white background", "ok now wipe it and give me a purple square on green instead"]
    )
    assert (
        rw.intent == "draw"
        and scene.background == "green"
        and objects(scene) == [("square", "purple", "large", "center")]
    )


def test_a_hedge_in_a_description_is_no_complaint():
    scene, _ = play(["can i get a yellow triangle at the top right corner, kinda small, on blue"])
    assert objects(scene) == [("triangle", "yellow", "small", "top-right")]
    scene, _ = play(["a small yellow triangle on blue", "the triangle is a bit small"])  # after a copula it is
    assert objects(scene) == [("triangle", "yellow", "large", "center")]


def test_on_a_coloured_field_or_sheet():
    scene, _ = play(["a white square in the upper right, on an orange field"])
    assert scene.background == "orange" and objects(scene) == [("square", "white", "large", "top-right")]


def test_a_value_offered_in_a_question():
    first = "a big purple star at the bottom right, green bg"
    for message in ("I think purple is a bit dull, maybe orange?", "紫色有点闷，要不橙色？"):
        scene, rw = play([first, message])
        assert rw.intent == "edit" and objects(scene) == [("star", "orange", "large", "bottom-right")], message


def test_next_to_it_on_a_side_and_flip_into():
    scene, _ = play(
        ["a big purple star at the bottom right, green bg", "and a small red circle right next to it on the left"]
    )
    assert ("circle", "red", "small", "bottom") in objects(scene)
    scene, _ = play(["a small red triangle on the left, yellow background", "flip it into a circle"])
    assert objects(scene) == [("circle", "red", "small", "left")]


def test_open_prompt_names_synonyms_and_whole_targets():
    assert (
        prompt(["a tabby cat on a red cushion", "make the kitty black"]) == "a black cat on a red cushion"
    )  # its coat
    assert prompt(["a vase with dried pampas grass on a sideboard", "swap the pampas grass for tulips"]) == (
        "a vase with dried tulips on a sideboard"
    )
    assert prompt(["a man in a grey wool coat at a tram stop", "make his coat camel"]) == (
        "a man in a camel wool coat at a tram stop"
    )
    assert prompt(["a lighthouse on a cliff under a clear blue sky", "make it foggy"]) == (
        "a lighthouse on a cliff under a foggy sky"
    )


def test_code_switched_english_verb_first():
    first = "yellow background, a big black star on the left and a big green star top right"
    scene, rw = play([first, "Please move the 绿色 shape 到正中间"])
    assert rw.intent == "edit" and ("star", "green", "large", "center") in objects(scene)
    scene, _ = play([first, "right 再加一个小号红色圆"])  # "right" is the place, not a discourse word
    assert ("circle", "red", "small", "right") in objects(scene)
    scene, _ = play([first, "middle of the canvas 再放一个小号 purple triangle"])  # the colour is the triangle's
    assert scene.background == "yellow" and ("triangle", "purple", "small", "center") in objects(scene)


def test_upper_right_keeps_its_right_and_a_named_change_after_a_removal():
    first = "blue background, a big green star top left, a small green star top right, a green circle bottom right"
    scene, _ = play([first, "Resize the one in the upper right to large"])
    assert ("star", "green", "large", "top-right") in objects(scene)
    first = "purple background, a blue circle on the right, a blue square bottom right, a blue square on the left"
    scene, _ = play([first, "delete the one in the lower right and then turn the blue circle into a triangle"])
    assert objects(scene) == [("square", "blue", "large", "left"), ("triangle", "blue", "large", "right")]


def test_an_attribute_copied_from_another_object():
    first = "white background, a big red circle top left and a small blue star bottom right"
    scene, _ = play([first, "make the star the same colour as the circle"])
    assert objects(scene) == [("circle", "red", "large", "top-left"), ("star", "red", "small", "bottom-right")]
    scene, _ = play([first, "make the star as big as the circle"])
    assert objects(scene) == [("circle", "red", "large", "top-left"), ("star", "blue", "large", "bottom-right")]
    scene, _ = play(["白色背景，左上一个大的红色圆，右下一个小的蓝色星星", "把星星改成和圆一样的颜色"])
    assert ("star", "red", "small", "bottom-right") in objects(scene)


def test_a_count_with_its_places_listed_and_a_short_background():
    scene, _ = play(["3 small white stars on a black background: top left, top right and bottom"])
    assert {s.position for s in scene.subjects} == {"top-left", "top-right", "bottom"}
    scene, _ = play(["我要一张图，蓝色的底，中间有个挺大的黄色圆圈"])
    assert scene.background == "blue" and objects(scene) == [("circle", "yellow", "large", "center")]


def test_remove_all_but_one_and_a_named_step():
    first = "white background, a red circle top left, a blue star bottom right, a yellow square in the middle"
    scene, _ = play([first, "get rid of everything except the star"])
    assert objects(scene) == [("star", "blue", "large", "bottom-right")]
    scene, _ = play(["白色背景，左上一个红色圆，右下一个蓝色星星，中间一个黄色方块", "除了星星都删掉"])
    assert objects(scene) == [("star", "blue", "large", "bottom-right")]
    scene, _ = play([first, "could you move the star up a bit"])
    assert ("star", "blue", "large", "right") in objects(scene)


def test_open_prompt_more_everyday_edits():
    assert prompt(["a pair of white sneakers on a pink background", "make the shoes black"]) == (
        "a pair of black sneakers on a pink background"
    )
    assert prompt(["a knitted teddy bear on a shelf", "make the bear brown"]) == "a brown knitted teddy bear on a shelf"
    assert prompt(["a retro poster of a rocket, title 'GO FURTHER'", "make the title say 'COME HOME'"]) == (
        "a retro poster of a rocket, title 'COME HOME'"
    )
    assert prompt(["一个男孩穿着红色的卫衣在公园里放风筝", "去掉风筝"]) == "一个男孩穿着红色的卫衣在公园里"


def test_more_code_switching_and_long_take_away():
    scene, _ = play(["red background, a small purple star in the middle", "这个 star 不太对，改成 triangle 吧"])
    assert objects(scene) == [("triangle", "purple", "small", "center")]
    scene, _ = play(["green background, a small orange star top right, a blue circle top",
                     "take the one in the upper corner on the right away"])  # fmt: skip
    assert objects(scene) == [("circle", "blue", "large", "top")]
    scene, rw = play(["red background, a black square bottom left, a white circle top", "scrap that one"])
    assert rw.intent != "draw"  # "that one" is an object, not the whole picture
    scene, _ = play(["black background, a big yellow star in the middle, a big white square on the right",
                     "把 middle of the canvas 那个涂成 purple"])  # fmt: skip
    assert scene.background == "black" and ("star", "purple", "large", "center") in objects(scene)


def test_greetings_context_and_thanks_are_not_the_prompt():
    assert prompt(
        ["Hi there! I'm making a birthday card. Could you draw a grey kitten with a party hat? Thanks so much!"]
    ) == ("a grey kitten with a party hat")
    _, rw = play(["嗨，在吗？我想画一只白色的小狗坐在草地上"], world="open")
    assert rw.intent == "draw" and rw.prompt == "一只白色的小狗坐在草地上"


def test_more_first_message_shapes():
    scene, _ = play(["purple everywhere except a little orange star in the bottom left corner"])
    assert scene.background == "purple" and objects(scene) == [("star", "orange", "small", "bottom-left")]
    scene, _ = play(["make a canvas that's blue with a white star right in the center"])
    assert scene.background == "blue" and objects(scene) == [("star", "white", "large", "center")]
    scene, _ = play(["一个白色的圆，一个黑色的方块，圆在左边，方块在右边，背景是橙色"])
    assert objects(scene) == [("circle", "white", "large", "left"), ("square", "black", "large", "right")]


def test_open_prompt_edits_said_as_wishes_and_questions():
    corgi = "a corgi wearing a blue scarf in a park, digital painting"
    assert (
        prompt([corgi, "I'd like the scarf to be purple"])
        == "a corgi wearing a purple scarf in a park, digital painting"
    )
    assert (
        prompt([corgi, "can the dog be a husky instead?"]) == "a husky wearing a blue scarf in a park, digital painting"
    )
    assert prompt([corgi, "take off the scarf"]) == "a corgi in a park, digital painting"
    zh = "一只戴着蓝色围巾的柯基坐在公园里，数字绘画"
    assert prompt([zh, "改成油画风格"]) == "一只戴着蓝色围巾的柯基坐在公园里，油画风格"
    assert prompt([zh, "不要围巾了"]) == "一只柯基坐在公园里，数字绘画"


def test_past_the_largest_size_is_said_not_drawn():
    scene, rw = play(["a big blue star in the middle", "make the star even bigger"])
    assert rw.intent == "chat" and rw.reply == "It is already the largest (or smallest) size this model draws."
    assert objects(scene) == [("star", "blue", "large", "center")]
    _, rw = play(["中间一个大的蓝色星星", "星星再放大一些"])
    assert rw.intent == "chat" and rw.reply == "它已经是这个模型能画的最大（或最小）尺寸了。"


def test_moving_a_phrase_and_a_kind_only_over_a_kind_word():
    assert prompt(
        ["a poster, title 'EXODUS' in white letters at the bottom, cinematic", "put the title at the top"]
    ) == ("a poster, title 'EXODUS' in white letters at the top, cinematic")
    assert prompt(["a sunny beach with a dog", "put the dog at the left"]) == "a sunny beach with a dog at the left"
    assert (
        prompt(["an astronaut riding a horse on mars", "make the horse a camel"])
        == "an astronaut riding a camel on mars"
    )


def test_intensifiers_before_a_place_in_a_reference():
    first = "purple background, an orange circle in the center and an orange circle on the right"
    scene, _ = play([first, "paint the one smack dab in the middle red"])
    assert ("circle", "red", "large", "center") in objects(scene)
    scene, _ = play([first, "make the one right in the middle smaller"])
    assert ("circle", "orange", "small", "center") in objects(scene)
    scene, _ = play([first, "make the one on the right smaller"])  # "right" as the side still
    assert ("circle", "orange", "small", "right") in objects(scene)


def test_the_last_particle_of_scale_and_a_question_after_which_one():
    first = "purple background, a big blue circle left and a big red square top right"
    scene, _ = play([first, "scale the one up in the top right down"])
    assert ("square", "red", "small", "top-right") in objects(scene)
    scene, rw = play(
        ["white background, a red star left and a yellow star right", "make the star green", "where is the red star?"]
    )
    assert rw.intent == "chat" and objects(scene) == [
        ("star", "red", "large", "left"),
        ("star", "yellow", "large", "right"),
    ]


def test_top_right_then_a_particle_is_still_the_side():
    scene, _ = play(["yellow background, a big red triangle top left and a small blue triangle top right",
                     "scale the one in the top right up"])  # fmt: skip
    assert objects(scene) == [("triangle", "blue", "large", "top-right"), ("triangle", "red", "large", "top-left")]


def test_a_question_offering_a_choice_still_names_its_object():
    first = "green background, a large purple square bottom right, a large orange star on the right"
    scene, _ = play([first, "is the square big or small?", "ok take that one away"])
    assert objects(scene) == [("star", "orange", "large", "right")]
    scene, _ = play(["绿色背景，右下一个大的紫色方块，右边一个大的橙色星星", "方块是大还是小？", "把它删掉"])
    assert objects(scene) == [("star", "orange", "large", "right")]
