# Hand-written extra turns appended to some dialogues (keyed by final id), to add
# chat / ask / undo follow-ups that real users send after an edit.
EXTRA = {
 "fresh31-shapes-en-006": [("wait, was it yellow before? put it back", "undo")],
 "fresh31-shapes-en-018": [("It is good. Why the circle is more big than square?", "chat")],
 "fresh31-shapes-en-020": [("and make one of them green", "ask")],
 "fresh31-shapes-en-023": [("haha nice", "chat"), ("no actually swap back", "edit", "purple | square green L l; triangle yellow L r")],
 "fresh31-shapes-en-029": [("ctrl+z", "undo")],
 "fresh31-shapes-en-035": [("wait no I meant the triangle, not the circle", "edit", "white | triangle orange S c; circle blue L t")],
 "fresh31-shapes-en-039": [("sure", "chat")],
 "fresh31-shapes-en-042": [("can they touch each other?", "chat")],
 "fresh31-shapes-zh-040": [("这两个是一样的绿吗？", "chat")],
 "fresh31-shapes-zh-001": [("能再加一个吗？", "ask")],
 "fresh31-shapes-zh-008": [("它现在是最大号了吗？", "chat")],
 "fresh31-shapes-mixed-015": [("ok good 就这样", "chat")],
 "fresh31-shapes-mixed-022": [("撤回", "undo")],
 "fresh31-shapes-mixed-008": [("改一下颜色", "ask"), ("orange 吧", "edit", "white | circle orange L l")],
 "fresh31-shapes-mixed-019": [("为什么 square 不在正中?", "chat")],
 "fresh31-shapes-zh-026": [("撤销", "undo")],
 "fresh31-shapes-en-047": [("ok that's it for today", "chat")],
}
