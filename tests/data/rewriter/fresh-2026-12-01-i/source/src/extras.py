# Extra closing turns appended to dialogues (1-based index within each module).
# Designer chat/ask turns copy must_contain / must_not_contain from the turn before.
# Shapes turns: (message, intent, scene-or-None).
DESIGNER = {
 "designer_en": {
  1: ("thx, that's the one", "chat"), 2: ("and make the cat fluffier", "ask"),
  3: ("client says it feels off, can you fix it", "ask"), 4: ("can you change the colour", "ask"),
  5: ("how big is the title space in px?", "chat"), 7: ("make the bowl pop more", "ask"),
  9: ("which do u like better, this or twilight?", "chat"), 10: ("give the bear a red scarf", "ask"),
  12: ("hmmm not sure yet", "chat"), 13: ("make the sign bigger and the other thing smaller", "ask"),
  15: ("wait, change the pool", "ask"), 16: ("cool, and the saucer?", "ask"),
  18: ("can I get this in A2?", "chat"), 19: ("make the bike rusty", "ask"),
  20: ("love the sage", "chat"), 22: ("eh forget it", "chat"),
  24: ("make the star glow", "ask"), 26: ("make it less busy", "ask"),
  28: ("Thank you so much, that's perfect.", "chat"), 30: ("can you do the same for our toner bottle?", "ask"),
  32: ("nice, will share with the team", "chat"), 33: ("and the lamp", "ask"),
  35: ("how many pieces are there?", "chat"), 37: ("swap the bird", "ask"),
  41: ("is it spelled honeybee or honey bee lol", "chat"), 43: ("make the lantern glow", "ask"),
  46: ("ok go with the veggie one, but change the bun", "ask"), 47: ("nah never mind", "chat"),
  48: ("print-ready?", "chat"), 49: ("ok without the straw is better", "chat"),
  50: ("make the lighthouse taller", "ask"),
 },
 "designer_zh": {
  1: ("好的就这个", "chat"), 2: ("给猫加个铃铛", "ask"), 3: ("感觉还差点意思", "ask"),
  4: ("这个风格叫什么", "chat"), 5: ("灯再亮一点", "ask"), 6: ("出图要多久", "chat"),
  7: ("再高级一点", "ask"), 8: ("给熊戴个帽子", "ask"), 9: ("好，客户确认了", "chat"),
  10: ("颜色换一下", "ask"), 11: ("招牌大一点还是小一点好看？", "chat"), 12: ("算了，先这样", "chat"),
  13: ("周围再改改", "ask"), 14: ("谢谢～", "chat"), 16: ("字体再好看点", "ask"),
  17: ("把车座换成棕色皮的", "ask"), 18: ("鼠尾草绿好看！", "chat"), 19: ("这个可以商用吗", "chat"),
  21: ("嗯皮革的好", "chat"), 22: ("让星星发光", "ask"), 23: ("草莓酱换个颜色", "ask"),
  24: ("那改得更复杂点", "ask"), 26: ("再问一下，可以出多张吗", "chat"), 27: ("给狗加条项圈", "ask"),
  29: ("好", "chat"), 31: ("台灯换一下", "ask"), 33: ("你觉得哪个寿司放大更好看", "chat"),
  36: ("整体再温柔一点", "ask"), 38: ("猫是什么颜色的？", "chat"), 41: ("灯笼上写个字", "ask"),
  43: ("不错", "chat"), 45: ("算了不用了", "chat"), 47: ("这张适合发小红书吗", "chat"),
  48: ("盒子再高级一点", "ask"), 49: ("小行星多少颗合适？", "chat"),
 },
 "designer_mixed": {
  1: ("nice 谢谢", "chat"), 2: ("给猫加个 bow tie", "ask"), 4: ("ok 黄色 is better", "chat"),
  5: ("make it more 高级感", "ask"), 6: ("pendant 再亮一点", "ask"), 8: ("模特 pose 换一下", "ask"),
  9: ("dragons 什么颜色好?", "chat"), 10: ("star 再 glow 一点", "ask"), 12: ("ok 就用 SUMMER BEATS", "chat"),
  13: ("ottoman 也换吗？你觉得呢", "chat"), 17: ("招牌看起来怪怪的 fix it", "ask"),
  18: ("给 lab 加个 red collar", "ask"), 19: ("ok thx", "chat"),
 },
}
SHAPES = {
 "shapes_en": {
  1: ("now make the circle green", "ask", None), 3: ("cool", "chat", None),
  5: ("what's the biggest size?", "chat", None), 7: ("thx!!", "chat", None),
  9: ("make it purple", "ask", None), 12: ("Lovely, thank you.", "chat", None),
  13: ("never mind", "chat", None), 17: ("and the square at the bottom right?", "ask", None),
  18: ("undo", "undo", None), 20: ("undo the swap", "undo", None),
  23: ("Could you change the colour?", "ask", None), 25: ("and the other star?", "ask", None),
  27: ("how many shape I can put?", "chat", None),
  28: ("make the red one blue", "edit", "white: blue large square top-right, blue large circle bottom"),
  30: ("looks weird, fix it", "ask", None),
 },
 "shapes_zh": {
  1: ("圆改成绿色", "ask", None), 3: ("可以", "chat", None), 5: ("最多能放几个？", "chat", None),
  7: ("谢啦", "chat", None), 9: ("改成紫色", "ask", None), 12: ("太好了，谢谢", "chat", None),
  13: ("那算了", "chat", None), 17: ("右下那个呢？", "ask", None), 18: ("撤销", "undo", None),
  20: ("换回来吧，撤销", "undo", None), 23: ("颜色能换一下吗？", "ask", None), 25: ("另一颗呢？", "ask", None),
  27: ("能画圆角方块吗？", "chat", None),
  28: ("把红色的改成蓝色", "edit", "white: blue large square top-right, blue large circle bottom"),
  30: ("怪怪的，调一下", "ask", None),
 },
 "shapes_mixed": {
  1: ("star 变 small", "ask", None), 2: ("再 move 一下", "ask", None), 3: ("ok 👍", "chat", None),
  5: ("thx 完美", "chat", None), 8: ("撤回 pls", "undo", None), 9: ("嗯 good", "chat", None),
  14: ("undo", "undo", None), 18: ("color 换一下", "ask", None), 22: ("thank you 太棒了", "chat", None),
  23: ("circle 改 green", "ask", None), 24: ("bye", "chat", None), 25: ("这样 ok", "chat", None),
  27: ("还是 swap 回去吧, undo", "undo", None),
 },
}
CLASS_FOR = {"ask": "ambiguous", "undo": "undo", "chat": "chat-tail", "edit": "reference"}
