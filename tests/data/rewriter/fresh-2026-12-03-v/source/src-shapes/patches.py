"""Second pass over the hand-written dialogues: the first pass had too many edits (65% of later
turns) and too many 3-turn dialogues, so some final edits become reactions / undos, some dialogues
are cut to two turns, and some get a further turn. (lang, number) -> list of actions;
an action is ("append", turn), ("last", turn) to replace the last turn, ("cut", n) to keep n
turns, or ("classes", "labels") to replace the labels."""
P = {
 ("en", 1): [("append", ("ok now something totally different: a purple square bottom left and an orange star top right, black background", "draw", "black | square purple L bl | star orange L tr")), ("classes", "move reference ack-chat new-scene")],
 ("en", 8): [("append", ("hmm what's on top again?", "chat", None)), ("classes", "complaint-edit remove add reference question-chat")],
 ("en", 9): [("append", ("yes. that one.", "chat", None))],
 ("en", 12): [("append", ("looks a bit lonely up there huh", "chat", None))],
 ("en", 16): [("cut", 2), ("classes", "relative-position add")],
 ("en", 17): [("append", ("cool. new one please: a green star on black, bottom left", "draw", "black | star green L bl")), ("classes", "ambiguous clarification colour-change new-scene")],
 ("en", 18): [("append", ("is good, thank you very much", "chat", None))],
 ("en", 20): [("last", ("k gud", "chat", None))],
 ("en", 23): [("append", ("ya thats the one", "chat", None))],
 ("en", 24): [("append", ("oops, back", "undo", None)), ("classes", "question-chat move undo")],
 ("en", 28): [("last", ("is that a circle or an oval? looks a bit squished", "chat", None)), ("classes", "it-reference shape-change question-chat")],
 ("en", 31): [("cut", 2), ("classes", "version-edit background")],
 ("en", 36): [("last", ("WAIT NO GO BACK", "undo", None)), ("classes", "shouting colour-change undo")],
 ("en", 37): [("append", ("ok done for today, thanks!", "chat", None))],
 ("en", 40): [("append", ("is the star the same size as the circle?", "chat", None))],
 ("en", 42): [("last", ("yeah that's the size I wanted", "chat", None))],
 ("en", 45): [("append", ("hmm undo the bg", "undo", None)), ("classes", "complaint-edit size-words background undo")],
 ("en", 46): [("last", ("undo that, the red looks worse", "undo", None)), ("classes", "both-reference colour-change undo")],
 ("zh", 1): [("append", ("再画一张新的：绿色背景，右下角一个小白星", "draw", "green | star white S br")), ("classes", "move it-reference ack-chat new-scene")],
 ("zh", 6): [("append", ("好，就这样", "chat", None))],
 ("zh", 7): [("append", ("对，就是这个", "chat", None))],
 ("zh", 12): [("append", ("还是橙色好看，撤销", "undo", None)), ("classes", "ambiguous clarification colour-change undo")],
 ("zh", 13): [("last", ("這個綠色不錯", "chat", None))],
 ("zh", 14): [("append", ("这样清楚多了", "chat", None))],
 ("zh", 16): [("append", ("好嘞", "chat", None))],
 ("zh", 20): [("cut", 2), ("classes", "version-edit background")],
 ("zh", 23): [("append", ("今天先到这，谢谢", "chat", None))],
 ("zh", 27): [("last", ("嗯，刚才太大了，现在刚好", "chat", None))],
 ("zh", 34): [("append", ("撤销最后一颗", "undo", None)), ("classes", "stand-in size-words add undo")],
 ("zh", 36): [("append", ("嗯", "chat", None))],
 ("zh", 38): [("last", ("不对，我只想删一个，撤销", "undo", None)), ("append", ("删掉右上角那个就行", "edit", "- tr")), ("classes", "remove undo misunderstanding")],
 ("zh", 40): [("append", ("蓝色有点暗？算了就这样", "chat", None))],
 ("zh", 47): [("last", ("撤銷", "undo", None)), ("classes", "traditional-chinese background undo")],
 ("zh", 48): [("append", ("两个都绿了，好看", "chat", None))],
 ("mixed", 4): [("cut", 2), ("classes", "complaint-edit size-words")],
 ("mixed", 6): [("append", ("undo 啦 还是 blue 好", "undo", None)), ("classes", "ambiguous clarification colour-change undo")],
 ("mixed", 10): [("append", ("undo 这个 color change", "undo", None)), ("classes", "relative-position add colour-change undo")],
 ("mixed", 12): [("last", ("ok 完美", "chat", None))],
 ("mixed", 16): [("cut", 2), ("classes", "remove")],
 ("mixed", 18): [("append", ("完美 thanks", "chat", None))],
 ("mixed", 19): [("append", ("yellow 好亮 哈哈", "chat", None))],
 ("mixed", 22): [("append", ("ok 就 blue 了", "chat", None))],
 ("mixed", 24): [("last", ("好 perfect 谢谢", "chat", None))],
 ("mixed", 26): [("append", ("hmm 还是 white 好, 撤回", "undo", None)), ("classes", "question-chat colour-change undo")],
 ("mixed", 27): [("append", ("\U0001F44C", "chat", None))],
 ("mixed", 30): [("last", ("revert 一下", "undo", None)), ("classes", "attr-after-noun size-words undo")],
 ("mixed", 33): [("last", ("这两个 star 一样大吗?", "chat", None)), ("classes", "move question-chat")],
 ("mixed", 34): [("append", ("ok 换个 totally new 的: 紫色背景, top-left 一个 yellow circle", "draw", "purple | circle yellow L tl")), ("classes", "background add relative-position new-scene")],
 ("mixed", 39): [("last", ("triangle 是不是太 big 了? 你觉得呢", "chat", None)), ("classes", "relative-position add opinion-question")],
 ("mixed", 41): [("last", ("good job \U0001F44D", "chat", None))],
 ("mixed", 42): [("append", ("那个 star 有点 small 吗?", "chat", None))],
 ("mixed", 45): [("append", ("嗯 现在 ok 了", "chat", None))],
 ("mixed", 47): [("append", ("which one 是 red 的? 左边还是右边", "chat", None))],
}


def apply_patches(lang, data):
    out = []
    for n, (classes, turns) in enumerate(data, 1):
        turns = list(turns)
        for act, arg in P.get((lang, n), []):
            if act == "append": turns.append(arg)
            elif act == "last": turns[-1] = arg
            elif act == "cut": turns = turns[:arg]
            elif act == "classes": classes = arg
            else: raise ValueError(act)
        out.append((classes, turns))
    return out
