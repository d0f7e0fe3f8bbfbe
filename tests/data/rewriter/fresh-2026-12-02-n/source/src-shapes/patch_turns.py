"""Extra turns appended to some dialogues (1-based index within each language list)."""
EN = {
 2: [("does the square still sit on the bottom row?", "chat", None)],
 4: [("cool", "chat", None)],
 10: [("that works. what size is the triangle btw", "chat", None)],
 11: [("much better", "chat", None)],
 15: [("ok that's where I want it", "chat", None)],
 17: [("undo, the blue was better", "undo", None)],
 22: [("lol nice", "chat", None)],
 23: [("thank you very much", "chat", None)],
 28: [("thx", "chat", None)],
 34: [("hm, should I have kept it in the middle? whatever, it's fine", "chat", None)],
 36: [("wait, I meant the circle. undo that", "undo", None), ("make the circle purple", "edit", "circle.colour=purple")],
 41: [("can you still tell which one is which?", "chat", None)],
 43: [("ha, perfect", "chat", None)],
 46: [("looks fine", "chat", None)],
 50: [("what's on the left now?", "chat", None)],
}
MX = {
 1: [("好 看起来 OK", "chat", None)],
 10: [("thx 很好", "chat", None)],
 11: [("better，看得清了", "chat", None)],
 16: [("circle 现在是 small 了吗？", "chat", None)],
 19: [("nice，swap 得很好", "chat", None)],
 22: [("ok 停，就在 left", "chat", None)],
 24: [("wait 我说的是 circle，undo", "undo", None), ("circle 改 small", "edit", "circle.size=small")],
 32: [("ok 好", "chat", None)],
 34: [("这样 ok 吗？我觉得有点 boring", "chat", None)],
 37: [("👍 thx", "chat", None)],
 44: [("哈 cool", "chat", None)],
 46: [("最后这个 position 叫什么？top middle?", "chat", None)],
 49: [("good", "chat", None)],
 50: [("嗯 这个 size 对了", "chat", None)],
}
ZH = {}


def apply(dialogs, patch):
    out = []
    for i, (cl, turns) in enumerate(dialogs, 1):
        extra = patch.get(i, [])
        cl = list(cl) + [c for c in CLASSES.get(id(patch), {}).get(i, []) if c not in cl]
        out.append((cl, list(turns) + extra))
    return out

CLASSES = {id(EN): {17: ["undo"], 36: ["undo", "it-reference-correction"]},
           id(MX): {24: ["undo", "it-reference-correction"]}}
