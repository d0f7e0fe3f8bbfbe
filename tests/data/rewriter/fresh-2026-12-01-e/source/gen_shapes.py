#!/usr/bin/env python3
"""Generator for shapes.jsonl (stdlib only). Hand-written phrase pools, random composition."""
import json, random, copy, sys, re

R = random.Random(20261201)
COLS = ["red", "orange", "yellow", "green", "blue", "purple", "white", "black"]
SHAPES = ["circle", "square", "triangle", "star"]
POSS = ["top-left", "top", "top-right", "left", "center", "right", "bottom-left", "bottom", "bottom-right"]
RC = {p: (i // 3, i % 3) for i, p in enumerate(POSS)}
CELL = {v: k for k, v in RC.items()}

ZC = {"red": ["红色", "红"], "orange": ["橙色", "橘色", "橙"], "yellow": ["黄色", "黄"], "green": ["绿色", "绿"],
      "blue": ["蓝色", "蓝"], "purple": ["紫色", "紫"], "white": ["白色", "白"], "black": ["黑色", "黑"]}
ZS = {"circle": ["圆形", "圆", "圆圈"], "square": ["正方形", "方块", "方形"], "triangle": ["三角形", "三角"],
      "star": ["星星", "星形", "五角星"]}
ES = {"circle": ["circle", "circle", "circle", "round dot"], "square": ["square", "square", "square"],
      "triangle": ["triangle", "triangle"], "star": ["star", "star", "five-pointed star"]}
EZ = {"small": ["small", "tiny", "little", "teeny", "smallish"], "large": ["large", "big", "huge", "giant", "massive", "chunky"]}
ZZ = {"small": ["小的", "小号", "小小的", "很小的", "迷你"], "large": ["大的", "大号", "超大的", "很大的", "巨大的"]}

# position phrases: (text, colloquial?)
EPP = {  # where an object sits (prepositional)
 "top-left": [("in the top left", 0), ("in the top-left corner", 0), ("in the upper corner on the left", 1), ("up in the top left", 1), ("in the upper-left corner", 1), ("in the northwest corner", 1)],
 "top": [("at the top middle", 0), ("top centre", 0), ("up top in the middle", 1), ("at the very top, centered", 1), ("at the middle of the top edge", 1)],
 "top-right": [("in the top right", 0), ("in the top-right corner", 0), ("in the upper right corner", 1), ("up in the top right", 1), ("in the northeast corner", 1)],
 "left": [("on the left side, halfway down", 1), ("at the middle of the left edge", 1), ("middle left", 1)],
 "center": [("in the center", 0), ("in the middle", 0), ("dead centre", 1), ("smack in the middle", 1), ("right in the middle", 1), ("in the very centre", 1)],
 "right": [("on the right side, halfway down", 1), ("at the middle of the right edge", 1), ("middle right", 1)],
 "bottom-left": [("in the bottom left", 0), ("in the bottom-left corner", 0), ("in the lower left corner", 1), ("down in the bottom left", 1), ("in the southwest corner", 1)],
 "bottom": [("at the bottom middle", 0), ("bottom centre", 0), ("down at the bottom in the middle", 1), ("at the very bottom, centered", 1), ("at the middle of the bottom edge", 1)],
 "bottom-right": [("in the bottom right", 0), ("in the bottom-right corner", 0), ("in the lower right corner", 1), ("down in the bottom right", 1), ("in the southeast corner", 1)],
}
EPP_SOLO = {"left": [("on the left", 0), ("on the far left", 1), ("on the left-hand side", 1)],
            "right": [("on the right", 0), ("on the far right", 1), ("on the right-hand side", 1)],
            "top": [("at the top", 0), ("at the very top", 1)], "bottom": [("at the bottom", 0), ("at the very bottom", 1)]}
ETO = {
 "top-left": [("to the top left", 0), ("to the top-left corner", 0), ("up into the top left corner", 1), ("over to the upper left", 1)],
 "top": [("to the top middle", 0), ("to the top centre", 0), ("up to the middle of the top edge", 1), ("all the way up, centered", 1)],
 "top-right": [("to the top right", 0), ("to the top-right corner", 0), ("up into the top right corner", 1), ("over to the upper right", 1)],
 "left": [("to the middle of the left edge", 1), ("over to the far left, middle row", 1), ("to the left side, halfway down", 1)],
 "center": [("to the center", 0), ("into the middle", 0), ("back to dead centre", 1), ("to the very middle", 1)],
 "right": [("to the middle of the right edge", 1), ("over to the far right, middle row", 1), ("to the right side, halfway down", 1)],
 "bottom-left": [("to the bottom left", 0), ("to the bottom-left corner", 0), ("down into the lower left corner", 1), ("over to the lower left", 1)],
 "bottom": [("to the bottom middle", 0), ("to the bottom centre", 0), ("down to the middle of the bottom edge", 1), ("all the way down, centered", 1)],
 "bottom-right": [("to the bottom right", 0), ("to the bottom-right corner", 0), ("down into the lower right corner", 1), ("over to the lower right", 1)],
}
EBARE = {"top-left": [("top left", 0), ("upper left", 1)], "top": [("top middle", 0), ("top centre", 0)], "top-right": [("top right", 0), ("upper right", 1)],
         "left": [("middle left", 1), ("left edge, middle", 1)], "center": [("center", 0), ("middle", 0), ("dead center", 1)],
         "right": [("middle right", 1), ("right edge, middle", 1)], "bottom-left": [("bottom left", 0), ("lower left", 1)],
         "bottom": [("bottom middle", 0), ("bottom centre", 0)], "bottom-right": [("bottom right", 0), ("lower right", 1)]}
ZP = {  # zh location nouns
 "top-left": [("左上角", 0), ("左上方", 0), ("画面左上", 1), ("左上", 0)],
 "top": [("上方中间", 0), ("画面最上面", 1), ("最上面中间", 1), ("顶部中间", 1), ("上面正中", 1)],
 "top-right": [("右上角", 0), ("右上方", 0), ("画面右上", 1), ("右上", 0)],
 "left": [("左侧正中", 1), ("左边中间", 1), ("最左边中间", 1), ("左侧", 0)],
 "center": [("中间", 0), ("中央", 0), ("正中间", 1), ("正中央", 1), ("画面中心", 1)],
 "right": [("右侧正中", 1), ("右边中间", 1), ("最右边中间", 1), ("右侧", 0)],
 "bottom-left": [("左下角", 0), ("左下方", 0), ("画面左下", 1), ("左下", 0)],
 "bottom": [("下方中间", 0), ("画面最下面", 1), ("最下面中间", 1), ("底部中间", 1), ("下面正中", 1)],
 "bottom-right": [("右下角", 0), ("右下方", 0), ("画面右下", 1), ("右下", 0)],
}

ZP_REF = {"top-left": ["左上角", "左上方"], "top": ["上方中间", "顶部中间", "上面正中"], "top-right": ["右上角", "右上方"],
          "left": ["左侧正中", "左边中间"], "center": ["中间", "正中间", "中央"], "right": ["右侧正中", "右边中间"],
          "bottom-left": ["左下角", "左下方"], "bottom": ["下方中间", "底部中间", "下面正中"], "bottom-right": ["右下角", "右下方"]}

class Ctx:
    """Per-message context collecting classes."""
    def __init__(self, L, force=()):
        self.L = L; self.cls = set(); self.force = set(force); self.used_other = False
    def sl(self):
        """language for a slot"""
        if self.L == "mixed":
            return self.fl_other if R.random() < 0.35 else self.fl
        return self.L
    def frame(self):
        if self.L == "mixed":
            self.fl = R.choice(["en", "zh"]); self.fl_other = "zh" if self.fl == "en" else "en"
            return self.fl
        self.fl = self.L
        return self.L

def pick(lst, ctx, colloq_force=False):
    t, c = R.choice(lst)
    if ("colloquial-position" in ctx.force or colloq_force) and not c:
        cs = [x for x in lst if x[1]]
        if cs:
            t, c = R.choice(cs)
    if c:
        ctx.cls.add("colloquial-position")
    return t

def mark(ctx, s):
    if ctx.L == "mixed" and s:
        ctx.used_other = ctx.used_other or (ctx.fl == "en") != (not any('\u4e00' <= ch <= '\u9fff' for ch in s))
    return s

def col(c, ctx, de=False):
    L = ctx.sl()
    if L == "en":
        return mark(ctx, c)
    w = R.choice(ZC[c])
    if de and len(w) == 1: w += "色"
    return mark(ctx, w)

def shp(s, ctx):
    L = ctx.sl()
    return mark(ctx, R.choice(ES[s]) if L == "en" else R.choice(ZS[s]))

def siz(z, ctx):
    L = ctx.sl()
    ctx.cls.add("size-words")
    if L == "en":
        return mark(ctx, R.choice(EZ[z]))
    return mark(ctx, R.choice(ZZ[z]))

def pos_pp(p, ctx, solo=False):
    """where-phrase in the current frame language"""
    L = ctx.sl()
    if L == "en":
        lst = EPP[p] + (EPP_SOLO.get(p, []) if solo else [])
        return mark(ctx, pick(lst, ctx))
    return mark(ctx, ("在" if ctx.fl == "zh" else "在") + pick(ZP[p], ctx))

def pos_noun(p, ctx):
    L = ctx.sl()
    if L == "en":
        return mark(ctx, pick(EBARE[p], ctx))
    return mark(ctx, pick(ZP[p], ctx))

def pos_to(p, ctx):
    L = ctx.sl()
    if L == "en":
        if ctx.fl == "zh":
            return mark(ctx, pick(EBARE[p], ctx))
        return mark(ctx, pick(ETO[p], ctx))
    lst = [x for x in ZP[p] if x[0] not in ("画面最上面", "画面最下面", "左侧", "右侧")]
    if ctx.fl == "en":
        return mark(ctx, "to " + pick(lst, ctx))
    return mark(ctx, pick(lst, ctx))

def art(word):
    return "an" if word[0] in "aeiou" else "a"

# ---------------- object descriptions -----------------
def desc_en(o, ctx, with_pos=True, solo=False, size_explicit=True, article=True):
    s, c, z, p = o
    form = R.random()
    if "attr-after-noun" in ctx.force: form = 0.9
    sz = siz(z, ctx) if size_explicit else None
    cc = col(c, ctx); ss = shp(s, ctx)
    pp = pos_pp(p, ctx, solo) if with_pos else None
    if form < 0.55:
        words = " ".join(w for w in [sz, cc, ss] if w)
        t = (art(words) + " " if article else "") + words
        if pp: t += " " + pp
    elif form < 0.7:
        t = (art(ss) + " " if article else "") + ss + (" that's " + cc + (" and " + sz if sz else ""))
        if pp: t += ", " + pp
        ctx.cls.add("attr-after-noun")
    else:
        parts = [cc] + ([sz] if sz else [])
        if R.random() < 0.5: parts.reverse()
        t = (art(ss) + " " if article else "") + ss + ", " + ", ".join(parts)
        if pp:
            t += ", " + (pos_noun(p, ctx) if R.random() < 0.5 else pp)
        ctx.cls.add("attr-after-noun")
    return t

def zjoin(parts):
    out = ""
    for p in parts:
        if not p: continue
        if out and (out[-1].isascii() or p[0].isascii()): out += " "
        out += p
    return out

def desc_zh(o, ctx, with_pos=True, size_explicit=True):
    s, c, z, p = o
    form = R.random()
    if "attr-after-noun" in ctx.force: form = 0.9
    sz = siz(z, ctx) if size_explicit else None
    cc = col(c, ctx); ss = shp(s, ctx)
    pn = pos_noun(p, ctx) if with_pos else None
    mw = "颗" if s == "star" and R.random() < 0.4 else "个"
    if form < 0.6:
        core = zjoin([(sz or ""), cc + ("的" if R.random() < 0.4 and not cc.endswith("的") else ""), ss])
        if pn:
            if R.random() < 0.5:
                return pn + "放一" + mw + core
            return "一" + mw + core + "，放在" + pn
        return "一" + mw + core
    else:
        ctx.cls.add("attr-after-noun")
        bits = [cc + "的"] + ([sz.rstrip("的") + ("的" if sz in ("小的", "大的") else "")] if sz else [])
        if sz and R.random() < 0.5:
            bits = [cc + "的", R.choice(["要" + ("大" if z == "large" else "小") + "一点", "尺寸" + ("大" if z == "large" else "小")])]
        t = "一" + mw + ss + "，" + "，".join(bits)
        if pn: t += "，" + R.choice(["放", "在", "放在", "摆在"]) + pn
        return t

def desc(o, ctx, **kw):
    if ctx.fl == "en":
        return desc_en(o, ctx, **kw)
    kw.pop("solo", None); kw.pop("article", None)
    return desc_zh(o, ctx, **kw)

def space_mixed(t):
    # put spaces between CJK and latin in mixed messages, tidy
    out = []
    for i, ch in enumerate(t):
        if out:
            a = out[-1]
            cj = lambda x: '\u4e00' <= x <= '\u9fff'
            if (cj(a) and ch.isascii() and ch.isalnum()) or (a.isascii() and a.isalnum() and cj(ch)):
                out.append(" ")
        out.append(ch)
    return "".join(out).replace("  ", " ")

# ---------------- references (predicate based) -----------------
def side_of(p):
    r, c = RC[p]; s = set()
    if c == 0: s.add("left")
    if c == 2: s.add("right")
    if r == 0: s.add("top")
    if r == 2: s.add("bottom")
    return s

def matches(pred, o):
    k = pred[0]
    if k == "shape": return o[0] == pred[1]
    if k == "colour": return o[1] == pred[1]
    if k == "cs": return o[1] == pred[1] and o[0] == pred[2]
    if k == "zs": return o[2] == pred[1] and o[0] == pred[2]
    if k == "size": return o[2] == pred[1]
    if k == "cell": return o[3] == pred[1]
    if k == "side": return pred[1] in side_of(o[3])
    return False

def preds_for(o):
    return [("shape", o[0]), ("colour", o[1]), ("cs", o[1], o[0]), ("zs", o[2], o[0]), ("cell", o[3])] + [("side", s) for s in side_of(o[3])]

def unique_preds(scene, i, scenes_extra=()):
    out = []
    for pr in preds_for(scene[i]):
        ok = sum(matches(pr, o) for o in scene) == 1
        for sc in scenes_extra:
            ok = ok and sum(matches(pr, o) for o in sc) == 1
        if ok: out.append(pr)
    return out

EN_SIDE = {"left": ["the one on the left", "the left one", "the thing on the left"], "right": ["the one on the right", "the right one", "whatever's on the right"],
           "top": ["the top one", "the one at the top", "the one up top"], "bottom": ["the bottom one", "the one at the bottom", "the one down below"]}
ZH_SIDE = {"left": ["左边那个", "左边的", "靠左的那个"], "right": ["右边那个", "右边的", "靠右那个"], "top": ["上面那个", "上边的", "最上面那个"], "bottom": ["下面那个", "下边的", "底下那个"]}
EN_CELLREF = {"top-left": ["the top-left one", "the one in the top-left corner"], "top-right": ["the top-right one", "the one in the upper right corner"],
              "bottom-left": ["the bottom-left one", "the one in the lower left corner"], "bottom-right": ["the bottom-right one", "the one down in the bottom right"],
              "center": ["the middle one", "the one in the middle", "the one in the centre"], "top": ["the one in the top middle", "the top-centre one"],
              "bottom": ["the one in the bottom middle", "the bottom-centre one"], "left": ["the one in the middle of the left edge"], "right": ["the one in the middle of the right edge"]}

def phrase_pred(pred, ctx, scene):
    L = ctx.sl(); k = pred[0]
    if L == "en":
        if k == "shape": return mark(ctx, "the " + R.choice(ES[pred[1]]))
        if k == "colour": return mark(ctx, R.choice(["the %s one", "the %s thing", "the %s shape"]) % pred[1])
        if k == "cs": return mark(ctx, "the %s %s" % (pred[1], R.choice(ES[pred[2]])))
        if k == "zs": return mark(ctx, "the %s %s" % (R.choice({"small": ["small", "little"], "large": ["big", "large"]}[pred[1]]), pred[2]))
        if k == "size": return mark(ctx, R.choice({"small": ["the small one", "the little one"], "large": ["the big one", "the large one"]}[pred[1]]))
        if k == "cell": return mark(ctx, R.choice(EN_CELLREF[pred[1]]))
        if k == "side": return mark(ctx, R.choice(EN_SIDE[pred[1]]))
    else:
        if k == "shape": return mark(ctx, R.choice(["", "那个"]) + R.choice(ZS[pred[1]]))
        if k == "colour": return mark(ctx, R.choice(["%s的那个", "%s的", "那个%s的"]) % ZC[pred[1]][0])
        if k == "cs": return mark(ctx, "%s%s" % (R.choice([ZC[pred[1]][0] + "的", ZC[pred[1]][0]]), R.choice(ZS[pred[2]])))
        if k == "zs": return mark(ctx, "%s%s" % (R.choice({"small": ["小的", "小"], "large": ["大的", "大"]}[pred[1]]), R.choice(ZS[pred[2]])))
        if k == "size": return mark(ctx, R.choice({"small": ["小的那个", "小的"], "large": ["大的那个", "大的"]}[pred[1]]))
        if k == "cell":
            return mark(ctx, R.choice(ZP_REF[pred[1]]) + R.choice(["那个", "的那个", "的"]))
        if k == "side": return mark(ctx, R.choice(ZH_SIDE[pred[1]]))

r_cur = ""
BAD_PRON = ["{R} in", "no more {r}", "{R} →", "{R} {pp} instead", "{r}去掉", "{R} is wrong"]
def pickt(r, lst):
    if r in ("it", "它", "这个"):
        lst = [x for x in lst if not any(b in x[0] for b in BAD_PRON)]
    return R.choice(lst)
def pickt1(r, lst):
    if r in ("it", "它", "这个"):
        lst = [x for x in lst if not any(b in x for b in BAD_PRON)]
    return R.choice(lst)

def ref(st, i, ctx, extra=(), allow_pron=True, want_ref=False):
    global r_cur
    r, pr = ref0(st, i, ctx, extra, allow_pron, want_ref)
    r_cur = r
    return r, pr

def ref0(st, i, ctx, extra=(), allow_pron=True, want_ref=False):
    scene = st["scene"]
    cands = unique_preds(scene, i, extra)
    pron_ok = allow_pron and st.get("focus") == i
    if pron_ok and (R.random() < 0.35 or (want_ref and R.random() < 0.5)):
        ctx.cls.add("reference")
        L = ctx.sl()
        return mark(ctx, "it" if L == "en" else R.choice(["它", "它", "这个"])), "pron"
    if want_ref:
        nc = [c for c in cands if c[0] not in ("shape",)]
        if nc: cands = nc
    pr = R.choice(cands)
    if pr[0] != "shape": ctx.cls.add("reference")
    return phrase_pred(pr, ctx, scene), pr

def cap(t):
    return t[0].upper() + t[1:] if t and t[0].isalpha() else t

def poss(r):
    return "its" if r == "it" else r + "'s"

def is_pron(r):
    return r in ("it", "它", "这个")

# ---------------- wrappers / typos -----------------
EN_WRAP_PRE = ["please ", "could you ", "can you please ", "hey, would you ", "if it's not too much trouble, could you ", "ok now could you ", "would you mind if we ", "pls "]
EN_WRAP_SUF = [" please", ", thanks!", " if you can", " pls", ", thank you", " — thanks in advance"]
ZH_WRAP_PRE = ["请", "麻烦", "帮我", "能不能", "可以帮我", "辛苦一下，", "劳驾"]
ZH_WRAP_SUF = ["，谢谢", "，谢啦", "，辛苦了", "，麻烦了", "哈，谢谢"]

def wrap(t, ctx, imperative, force=False):
    if getattr(ctx, "nowrap", False):
        return t
    if not (force or "wrapper" in ctx.force or R.random() < 0.15):
        return t
    ctx.cls.add("wrapper")
    if ctx.fl == "en":
        if imperative and R.random() < 0.6:
            pre = R.choice(EN_WRAP_PRE)
            t = pre + t
            if pre.startswith(("could", "can", "hey", "if it", "ok now c")): t = t.rstrip(".!") + "?"
            return t
        if t.endswith("?"):
            return R.choice(["sorry to bother, ", "quick favour: ", "hi again! "]) + t
        return t.rstrip(".!") + R.choice(EN_WRAP_SUF)
    else:
        if imperative and R.random() < 0.6:
            return R.choice(ZH_WRAP_PRE) + t
        return t.rstrip("。！") + R.choice(ZH_WRAP_SUF)

EN_TYPO = [("please", "plese"), ("background", "backgroud"), ("triangle", "traingle"), ("square", "sqaure"), ("circle", "cirlce"),
           ("yellow", "yelow"), ("purple", "purpel"), ("the ", "teh "), ("bigger", "biger"), ("little", "litle"), ("middle", "midle"), ("orange", "ornage")]
ZH_TYPO = [("再加", "在加"), ("再来", "在来"), ("颜色", "顏色"), ("换成", "换成成")]

def typo(t, ctx):
    if R.random() < 0.12:
        lst = EN_TYPO if ctx.fl == "en" or ctx.L != "zh" else ZH_TYPO[:2]
        lst = [x for x in lst if x[0] in t]
        if lst:
            a, b = R.choice(lst)
            return t.replace(a, b, 1)
    return t

def finish(t, ctx):
    t = typo(t, ctx)
    if ctx.L == "mixed":
        t = space_mixed(t)
    if ctx.fl == "en" and R.random() < 0.5:
        t = cap(t)
    t = re.sub(r"\ba (orange|o|e|i|u)", lambda m: "an " + m.group(1), t)
    t = t.replace("的的", "的").replace("?.", "?").replace("?,", "?")
    return t.replace(" ,", ",").replace("  ", " ").strip()

# ---------------- op messages -----------------
def m_recolor(ctx, r, c, old, complaint):
    cc = col(c, ctx, de=True)
    if ctx.fl == "en":
        if complaint:
            ctx.cls.add("complaint-edit")
            t = pickt1(r_cur, ["{R} should be {c}", "hmm, {r} looks off, I wanted {c}", "not a fan of {p} colour, go {c}", "ugh {r} is the wrong colour — {c}",
                          "{R} doesn't work in {o}, make it {c}", "{R} clashes, can we do {c}"]); imp = False
        else:
            t, imp = pickt(r_cur, [("make {r} {c}", 1), ("change {r} to {c}", 1), ("{R} in {c} instead", 0), ("colour {r} {c}", 1), ("paint {r} {c}", 1),
                               ("I'd rather have {r} {c}", 0), ("switch {r} over to {c}", 1), ("let's try {r} in {c}", 0), ("recolour {r} to {c}", 1)])
        t = t.format(r=r, R=cap(r), c=cc, p=poss(r), o=old)
        return wrap(t, ctx, imp if not complaint else False)
    else:
        if complaint:
            ctx.cls.add("complaint-edit")
            t = R.choice(["{r}应该是{c}的", "{r}颜色不对，要{c}", "{r}用{o}不好看，换{c}", "{r}的颜色我不喜欢，改成{c}"]); imp = False
        else:
            t, imp = pickt(r_cur, [("把{r}改成{c}", 1), ("{r}换成{c}吧", 0), ("{r}的颜色改为{c}", 0), ("把{r}涂成{c}", 1), ("{r}变成{c}", 0), ("给{r}换个颜色，{c}", 1)])
        t = t.format(r=r, c=cc, o=R.choice(ZC[old]) if ctx.sl() == "zh" else old)
        return wrap(t, ctx, imp)

def m_resize(ctx, r, z, complaint):
    ctx.cls.add("size-words")
    w = siz(z, ctx)
    big = z == "large"
    if ctx.fl == "en":
        if complaint:
            ctx.cls.add("complaint-edit")
            t = pickt1(r_cur, ["{R} looks tiny, make it bigger", "{R} is way too small", "I can barely see {r}, bump it up", "{R} is too small; {w} please"] if big else
                         ["{R} is too big", "{R} is huge, tone it down", "{R} takes up too much room, shrink it", "{R} is way too big, make it {w}"])
            imp = False
        else:
            t, imp = pickt(r_cur, [("make {r} bigger", 1), ("blow {r} up", 1), ("enlarge {r}", 1), ("can {r} be {w}?", 0), ("{R} could be a lot bigger", 0), ("supersize {r}", 1), ("make {r} {w}", 1)] if big else
                              [("shrink {r}", 1), ("make {r} smaller", 1), ("{R} should be {w}", 0), ("scale {r} down", 1), ("make {r} {w}", 1), ("shrink {r} down to a {w} one", 1)])
        return wrap(t.format(r=r, R=cap(r), w=w), ctx, imp)
    else:
        if complaint:
            ctx.cls.add("complaint-edit")
            t = R.choice(["{r}太小了，放大一点", "{r}小得都快看不见了，调大", "{r}太小了吧，改成{w}"] if big else ["{r}太大了", "{r}有点太大，缩小一下", "{r}太占地方了，改小"])
            imp = False
        else:
            t, imp = pickt(r_cur, [("把{r}放大", 1), ("{r}再大一些", 0), ("{r}改成{w}", 0), ("把{r}弄大一点", 1), ("{r}换成{w}的", 0)] if big else
                              [("把{r}缩小", 1), ("{r}改小一点", 0), ("{r}换成{w}", 0), ("把{r}弄小点", 1)])
        return wrap(t.format(r=r, w=w.rstrip("的")), ctx, imp)

def m_reshape(ctx, r, s, old, complaint):
    ss = shp(s, ctx)
    ctx.cls.add("shape-change")
    if ctx.fl == "en":
        a = art(ss) if ss.isascii() else "a"
        if complaint:
            ctx.cls.add("complaint-edit")
            t = pickt1(r_cur, ["{R} should be {a} {s}", "hmm, {r} would look better as {a} {s}", "{R} is wrong, I wanted {a} {s} there"]); imp = False
        else:
            t, imp = pickt(r_cur, [("turn {r} into {a} {s}", 1), ("make {r} {a} {s} instead", 1), ("change {r} to {a} {s}, keep the colour", 1), ("{R} → {s}, same colour and size", 0), ("reshape {r} into {a} {s}", 1)])
        return wrap(t.format(r=r, R=cap(r), s=ss, a=a), ctx, imp)
    else:
        if complaint:
            ctx.cls.add("complaint-edit")
            t = R.choice(["{r}应该是{s}才对", "{r}不好看，换成{s}", "{r}的形状不对，要{s}"]); imp = False
        else:
            t, imp = pickt(r_cur, [("把{r}换成{s}", 1), ("{r}改成{s}，颜色不变", 0), ("{r}变成{s}吧", 0), ("把{r}改成{s}，其他不动", 1)])
        return wrap(t.format(r=r, s=ss), ctx, imp)

DIRS = {"left": (0, -1), "right": (0, 1), "up": (-1, 0), "down": (1, 0)}
ZDIR = {"left": "左", "right": "右", "up": "上", "down": "下"}

def m_move(ctx, r, p, complaint, rel=None):
    ctx.cls.add("move")
    if ctx.fl == "en":
        if rel:
            t = R.choice(["nudge {r} one cell {d}, so it lands {pp}", "move {r} one square {d} ({pp})", "shift {r} one spot {d}, i.e. {pp}"]).format(r=r, d=rel, pp=pos_pp(p, ctx))
            return wrap(t, ctx, True)
        if complaint:
            ctx.cls.add("complaint-edit")
            t = pickt1(r_cur, ["{R} is in a weird spot, move it {to}", "{R} is in the wrong place — it should be {pp}", "{R} looks awkward there, put it {pp}"]); imp = False
        else:
            t, imp = pickt(r_cur, [("move {r} {to}", 1), ("shift {r} {to}", 1), ("can you slide {r} {to}?", 0), ("drag {r} {to}", 1), ("put {r} {pp}", 1), ("{R} goes {pp}", 0)])
        return wrap(t.format(r=r, R=cap(r), to=pos_to(p, ctx) if "{to}" in t else "", pp=pos_pp(p, ctx) if "{pp}" in t else ""), ctx, imp)
    else:
        if rel:
            return wrap(R.choice(["把{r}往{d}挪一格，挪到{p}", "{r}往{d}移一格，也就是{p}", "{r}向{d}移动一格到{p}"]).format(r=r, d=ZDIR[rel], p=pos_to(p, ctx)), ctx, True)
        pn = pos_to(p, ctx)
        if complaint:
            ctx.cls.add("complaint-edit")
            t = R.choice(["{r}位置不对，应该在{p}", "{r}放错地方了，移到{p}", "{r}放那儿好别扭，挪到{p}"]); imp = False
        else:
            t, imp = pickt(r_cur, [("把{r}移到{p}", 1), ("{r}挪到{p}去", 0), ("{r}放到{p}", 0), ("把{r}搬到{p}吧", 1), ("{r}移动到{p}", 0)])
        return wrap(t.format(r=r, p=pn), ctx, imp)

def m_swap(ctx, a, b):
    ctx.cls.add("move")
    if ctx.fl == "en":
        t, imp = pickt(r_cur, [("swap {a} and {b}", 1), ("switch {a} and {b} around", 1), ("can {a} and {b} trade places?", 0), ("flip the positions of {a} and {b}", 1), ("{A} and {b} should swap spots", 0)])
        return wrap(t.format(a=a, b=b, A=cap(a)), ctx, imp)
    t, imp = pickt(r_cur, [("{a}和{b}换个位置", 0), ("把{a}跟{b}对调一下", 1), ("{a}和{b}互换位置", 0), ("让{a}和{b}交换位置", 1)])
    return wrap(t.format(a=a, b=b), ctx, imp)

def m_remove(ctx, r, complaint):
    ctx.cls.add("remove")
    if ctx.fl == "en":
        if complaint:
            ctx.cls.add("complaint-edit")
            t = R.choice(["scrap {r}", "{R} is cluttering things, lose it", "I don't want {r} anymore", "ugh, {r} has to go", "{R} looks bad, just delete it"]); imp = False
        else:
            t, imp = pickt(r_cur, [("remove {r}", 1), ("delete {r}", 1), ("get rid of {r}", 1), ("take {r} out", 1), ("ditch {r}", 1), ("lose {r}", 1), ("no more {r}", 0)])
        return wrap(t.format(r=r, R=cap(r)), ctx, imp)
    if complaint:
        ctx.cls.add("complaint-edit")
        t = R.choice(["{r}不要了", "{r}太碍眼了，删了吧", "{r}多余，去掉", "{r}看着很乱，拿掉"]); imp = False
    else:
        t, imp = pickt(r_cur, [("把{r}删掉", 1), ("去掉{r}", 1), ("删除{r}", 1), ("{r}拿掉吧", 0), ("{r}去掉", 0)])
    return wrap(t.format(r=r), ctx, imp)

def m_add(ctx, o, solo):
    ctx.cls.add("add")
    if ctx.fl == "en":
        d = desc_en(o, ctx, with_pos=True, solo=solo)
        t, imp = pickt(r_cur, [("add {d}", 1), ("also put {d}", 1), ("can you throw in {d}?", 0), ("now add {d}", 1), ("one more: {d}", 0), ("and {d} too", 0), ("stick {d} in there as well", 1)])
        return wrap(t.format(d=d), ctx, imp)
    d = desc_zh(o, ctx, with_pos=False)
    pn = pos_noun(o[3], ctx)
    t, imp = pickt(r_cur, [("{p}再加{d}", 0), ("再加{d}，放{p}", 1), ("在{p}添{d}", 1), ("另外在{p}放{d}", 1), ("再来{d}，位置{p}", 0)])
    return wrap(t.format(d=d, p=pn), ctx, imp)

def m_bg(ctx, c, oldbg, complaint):
    ctx.cls.add("background-anywhere")
    cc = col(c, ctx, de=True)
    if ctx.fl == "en":
        if complaint:
            ctx.cls.add("complaint-edit")
            t = R.choice(["the {o} background is boring, try {c}", "I hate this {o} backdrop, go {c}", "background's way too dull — make it {c}"]); imp = False
        else:
            t, imp = pickt(r_cur, [("make the background {c}", 1), ("change the bg to {c}", 1), ("{c} background instead", 0), ("switch the backdrop to {c}", 1), ("make the whole thing {c}", 1),
                               ("can the backdrop be {c}?", 0), ("put everything on {c}", 1), ("go with a {c} background", 1), ("set everything against {c}", 1)])
        return wrap(t.format(c=cc, o=oldbg), ctx, imp)
    if complaint:
        ctx.cls.add("complaint-edit")
        t = R.choice(["背景太单调了，换成{c}吧", "这个背景颜色不好看，换{c}", "{o}背景太丑了，要{c}的"]); imp = False
    else:
        t, imp = pickt(r_cur, [("背景换成{c}", 0), ("把背景改成{c}", 1), ("背景要{c}的", 0), ("底色换{c}", 0), ("整个背景涂成{c}", 0), ("背景改{c}吧", 0)])
    return wrap(t.format(c=cc, o=ZC[oldbg][0]), ctx, imp)


# ---------------- draw -----------------
def bg_phrase(c, ctx):
    cc = col(c, ctx, de=True)
    if ctx.fl == "en":
        return R.choice(["on a %s background", "against %s", "on a %s canvas", "with a %s backdrop", "background %s", "all on %s", "over a plain %s background"]) % cc
    return R.choice(["背景用%s", "%s背景", "背景要%s的", "底色%s", "背景是%s"]) % cc

def m_draw(ctx, objs, bg, new=False, bg_said=False, pos_said=None, size_said=None):
    ctx.cls.add("draw")
    n = len(objs)
    if bg_said: ctx.cls.add("background-anywhere")
    if ctx.fl == "en":
        ds = [desc_en(o, ctx, with_pos=pos_said[i], solo=(n == 1), size_explicit=size_said[i]) for i, o in enumerate(objs)]
        if n == 1: body = ds[0]
        elif n == 2: body = R.choice(["{0} and {1}", "{0}, plus {1}", "{0}; {1}", "{0}. Also {1}"]).format(*ds)
        else: body = R.choice(["{0}, {1} and {2}", "three things: {0}; {1}; {2}", "{0}. then {1}. oh and {2}", "{0}, {1}, and {2}"]).format(*ds)
        if new:
            op = R.choice(["new picture: ", "start over — ", "scrap all that, new one: ", "let's do a fresh one: ", "ok totally different idea: "])
            wrapped = False
        elif R.random() < 0.35 or "wrapper" in ctx.force:
            op = R.choice(["can you draw ", "could you please draw ", "I'd love ", "hi! could I get ", "please make me ", "would you mind drawing ", "hello, can u do "])
            ctx.cls.add("wrapper"); wrapped = True
        else:
            op = R.choice(["", "draw ", "I want ", "gimme ", "start with ", "ok so: "]); wrapped = False
        if bg_said:
            bp = bg_phrase(bg, ctx)
            where = R.random()
            if where < 0.3 and n >= 2:
                ds2 = ds[:]
                body = ds2[0] + ", " + bp + ", and " + " and ".join(ds2[1:])
                t = op + body
            elif where < 0.55:
                t = cap(bp) + ", " + op + body
            else:
                t = op + body + ", " + bp
        else:
            t = op + body
        if wrapped and op.startswith(("can", "could", "hi", "would", "hello")): t = t.rstrip(".") + "?"
        return t
    else:
        ds = [desc_zh(o, ctx, with_pos=pos_said[i], size_explicit=size_said[i]) for i, o in enumerate(objs)]
        sep = R.choice(["；", "，再", "；还有"]) if n > 1 else ""
        listform = False
        if n == 1: body = ds[0]
        else:
            body = sep.join(ds)
            listform = R.random() < 0.5
            if listform:
                body = R.choice(["画%s个：", "一共%s个图形：", "要%s个东西："]) % ("两" if n == 2 else "三") + "；".join(ds)
        if new:
            op = R.choice(["重新画一张：", "换一张新的：", "推倒重来，", "不要了，重新来：", "新画一幅："])
        elif R.random() < 0.35 or "wrapper" in ctx.force:
            op = R.choice(["请帮我画", "麻烦画一下", "能不能帮我画", "你好，想请你画", "帮忙画"]); ctx.cls.add("wrapper")
        else:
            op = R.choice(["画", "我想要", "来一张：", "给我画", ""])
        if n > 1 and listform and not new:
            if body.startswith("画"):
                op = R.choice(["", "请", "帮我", "麻烦你"]) ; op and ctx.cls.add("wrapper")
            else:
                op = R.choice(["", "这次"])
        if not body.startswith(("一", "画", "要")) and op and op[-1] not in "：，":
            op += "："
        if bg_said:
            bp = bg_phrase(bg, ctx)
            where = R.random()
            if where < 0.4:
                t = bp + "，" + op + body
            elif where < 0.7 and n >= 2:
                t = op + body + "。" + bp
            else:
                t = op + body + "，" + bp
        else:
            t = op + body
        return t

# ---------------- chat / undo / answer -----------------
def zc(c): return ZC[c][0]
def zs(s): return ZS[s][0]

def m_ack(ctx, st):
    ctx.cls.add("ack-chat")
    sc = st["scene"]; o = R.choice(sc); bg = st["bg"]
    L = ctx.L
    if L == "en":
        return R.choice(["love it", "nice!", "perfect, thanks", "ok cool", "that's great", "looks good to me", "haha awesome", "sweet", "yes, exactly that", "thank you!!",
                         "beautiful 😍", "ok this is nice", "wow ok", "great job", "that works for me", "neat", "love the %s %s" % (o[1], o[0]), "the %s looks great now" % o[0],
                         "nice, the %s background really works" % bg, "oh that %s is cute" % o[0], "ok the %s is perfect where it is" % o[0], "yep that's the one", "cool cool",
                         "this is exactly what I pictured", "hah, I like the %s" % o[0], "good stuff, thx", "omg yes", "ok I'm happy with this one", "not bad at all!",
                         "thanks, that's lovely", "brilliant", "oh nice, that %s pops" % o[1], "looking good", "solid", "yesss", "wonderful, cheers", "ok that's the vibe",
                         "hmm ok, I can live with that", "nice nice nice", "great, thank you so much", "the %s %s is spot on" % (o[1], o[0])])
    if L == "zh":
        return R.choice(["好的", "不错", "很好看", "完美", "谢谢", "可以可以", "就这样吧，挺好", "太棒了", "嗯嗯，可以", "好看！", "这个%s%s好看" % (zc(o[1]), zs(o[0])),
                         "%s背景挺好的" % zc(bg), "%s现在很好" % zs(o[0]), "喜欢这个%s" % zs(o[0]), "哇，真不错", "收到，挺满意的", "嗯，就是我想要的", "挺好的，谢谢啦",
                         "%s的位置刚好" % zs(o[0]), "很棒很棒", "OK的", "赞", "好耶", "真好看，谢谢你", "这样就对了", "满意", "嗯，效果不错",
                         "%s配%s背景很搭" % (zc(o[1]), zc(bg)), "很有感觉", "非常好", "行，就这样", "好哒", "挺可爱的", "这个我喜欢", "不错不错，辛苦了"])
    return R.choice(["nice 很好", "好的 thanks", "perfect 就是这样", "ok 没问题", "这个 %s 好看" % o[0], "love 这个%s背景" % zc(bg), "wow 太好看了 thanks",
                     "这个 %s 的 %s 很 nice" % (o[1], zs(o[0])), "可以 looks good", "great 谢谢", "nice，%s 放在那儿刚好" % o[0], "嗯 this works", "好耶 love it", "cool 就这样", "这个 vibe 我喜欢", "太 cute 了", "ok 满意", "looks 很干净", "nice nice 谢啦",
                     "good job 辛苦了", "完美 perfect", "yes 就要这个", "这个 %s 背景 works" % bg, "哈哈 love the %s" % zs(o[0])])

def m_question(ctx, st):
    ctx.cls.add("question-chat")
    sc = st["scene"]; L = ctx.L
    shapes = [o[0] for o in sc]
    u = [o for o in sc if shapes.count(o[0]) == 1]
    o = R.choice(u) if u else None
    other = R.choice([c for c in COLS if o and c != o[1]]) if o else "blue"
    if L == "en":
        lst = ["what shapes can you draw?", "how many objects can I have at most?", "which colours are available?", "is the star always five-pointed?", "how does undo work here?",
               "what's the difference between small and large?", "wait, can you do gradients?", "what's the canvas size?", "can I have more than three shapes?", "do you only know four shapes?",
               "how big is 'large' exactly?", "does the order I list things in matter?", "can shapes overlap?", "are the colours fixed or can I pick any?",
               "what happens if I ask for a fourth shape?", "can you rotate stuff?", "is there a limit on how many edits I can make?", "what resolution is this?"]
        if o: lst += ["why is the %s %s?" % (o[0], o[1]), "is that %s %s or %s?" % (o[0], o[1], other), "why did the %s end up there?" % o[0], "is the %s large or small right now?" % o[0]]
        return R.choice(lst)
    if L == "zh":
        lst = ["你能画哪些形状？", "最多能放几个图形？", "背景可以用哪些颜色？", "星星都是五个角的吗？", "怎么撤销？", "大和小差多少？", "能画渐变吗？", "一次最多画几个东西？", "有没有六边形？", "图形会重叠吗？", "能旋转吗？", "颜色只有这八种吗？", "画布多大？", "可以改多少次？", "大号具体有多大？", "撤销能撤几步？", "支持渐变背景吗？"]
        if o: lst += ["为什么%s是%s的？" % (zs(o[0]), zc(o[1])), "%s现在是大号还是小号？" % zs(o[0]), "这个%s是%s还是%s？" % (zs(o[0]), zc(o[1]), zc(other)), "%s为什么在那个位置？" % zs(o[0])]
        return R.choice(lst)
    lst = ["what colours 可以用?", "最多能画几个 shapes?", "how do I 撤销?", "这个 background 是什么颜色?", "能画 hexagon 吗?", "small 和 large 差多少?", "shapes 会 overlap 吗?", "可以 rotate 吗?", "最多能 undo 几次?",
           "canvas 是多大的?", "颜色只有 eight 种吗?", "能不能用 gradient 背景?", "order 有关系吗?"]
    if o: lst += ["为什么 the %s 是%s?" % (o[0], zc(o[1])), "这个 %s 是 large 还是 small?" % o[0], "is the %s %s 还是 %s?" % (zs(o[0]), o[1], other)]
    return R.choice(lst)

def m_undo(ctx, last):
    ctx.cls.add("undo")
    L = ctx.L; kind = last.get("kind"); old = last.get("old")
    if L == "en":
        lst = ["undo", "put it back", "nah, go back", "revert that", "undo that last change", "actually no, I liked it before", "ctrl+z", "take that back", "go back to how it was",
               "hmm no, undo pls", "revert please", "scratch that last change", "nope, previous version", "back to the one before", "ugh no, put it back the way it was", "that was better before, undo",
               "wait no, undo undo", "eh, revert to the previous one", "I changed my mind, go back a step", "can we go back one step?", "roll that back", "hmm, not that. undo", "oops, revert", "undo please, that looks worse", "nah, reverse that"]
        if kind == "recolor": lst += ["no, I liked it %s — undo" % old, "hmm it was nicer in %s, revert" % old]
        if kind == "move": lst += ["put it back where it was", "no, it was better in its old spot"]
        if kind == "remove": lst += ["wait, bring the %s back" % old, "oops, I want the %s back" % old]
        if kind == "bg": lst += ["hmm, the old background was better, revert", "no, go back to the %s background" % old]
        if kind == "resize": lst += ["no no, the old size was better. undo"]
        return R.choice(lst)
    if L == "zh":
        lst = ["撤销", "还原", "撤回", "退回上一步", "还是刚才那样好，改回去", "算了，恢复原样", "取消刚才的修改", "回到上一版", "撤销一下", "不行，还原吧", "改回去", "还是之前的好", "返回上一步", "刚才那步不要了，撤回", "撤销上一步", "不对不对，还原", "恢复到上一张", "哎，还是改回去吧", "退回去", "后悔了，撤销", "刚刚那个改动取消", "不好看，撤回"]
        if kind == "recolor": lst += ["还是%s的好看，改回去" % zc(old)]
        if kind == "move": lst += ["放回原来的位置吧", "还是原来的位置好，撤销"]
        if kind == "remove": lst += ["%s还是加回来吧，撤销" % zs(old)]
        if kind == "bg": lst += ["背景还是原来的好，还原", "还是%s背景吧，撤回" % zc(old)]
        return R.choice(lst)
    lst = ["undo 一下", "还是 revert 吧", "算了 go back", "改回去 please", "ctrl+z 一下", "撤销 that", "no no 还原", "go back 上一步", "emm 还是 undo 吧", "回到 previous version", "undo 上一步", "revert 回去", "不行 undo", "算了 undo it", "还是 go back 吧", "oops 撤回", "取消 last change", "back 一步"]
    if kind == "recolor": lst += ["还是 %s 好看，undo" % old]
    if kind == "remove": lst += ["把 %s 加回来吧, undo" % old]
    return R.choice(lst)

# ---------------- builder -----------------
CLASSES = ["ack-chat", "add", "ambiguous", "attr-after-noun", "background-anywhere", "colloquial-position", "complaint-edit", "move", "question-chat",
           "reference", "remove", "shape-change", "size-words", "two-edits", "undo", "wrapper"]

def valid(scene, bg):
    if not (1 <= len(scene) <= 3): return False
    if len({o[3] for o in scene}) != len(scene): return False
    return all(o[1] != bg for o in scene)

def rand_obj(scene, bg, shape=None, colour=None):
    used = {o[3] for o in scene}
    free = [p for p in POSS if p not in used]
    return [shape or R.choice(SHAPES), colour or R.choice([c for c in COLS if c != bg]), R.choice(["small", "large"]), R.choice(free)]

class Fail(Exception): pass

def new_ctx(L, force):
    c = Ctx(L, force); c.frame(); return c

def gen_edit(kind, st, L, force, complaint=False, want_ref=False):
    """returns (message, new_scene, new_bg, info, ctx) or raise Fail"""
    sc = copy.deepcopy(st["scene"]); bg = st["bg"]
    ctx = new_ctx(L, force)
    n = len(sc)
    info = {"kind": kind}
    if kind == "add":
        if n >= 3: raise Fail
        o = rand_obj(sc, bg)
        solo = all(not (side_of(o[3]) & side_of(x[3])) for x in sc)
        t = m_add(ctx, o, solo); sc.append(o); info["focus"] = len(sc) - 1
    elif kind == "remove":
        if n <= 1: raise Fail
        i = R.randrange(n); r, _ = ref(st, i, ctx, want_ref=want_ref)
        info["old"] = sc[i][0]
        t = m_remove(ctx, r, complaint); del sc[i]; info["focus"] = None
    elif kind == "recolor":
        i = R.randrange(n); c = R.choice([x for x in COLS if x != bg and x != sc[i][1]])
        r, _ = ref(st, i, ctx, want_ref=want_ref); info["old"] = sc[i][1]
        t = m_recolor(ctx, r, c, sc[i][1], complaint); sc[i][1] = c; info["focus"] = i
    elif kind == "resize":
        i = R.randrange(n); z = "large" if sc[i][2] == "small" else "small"
        r, _ = ref(st, i, ctx, want_ref=want_ref)
        t = m_resize(ctx, r, z, complaint); sc[i][2] = z; info["focus"] = i
    elif kind == "reshape":
        i = R.randrange(n); s = R.choice([x for x in SHAPES if x != sc[i][0]])
        r, _ = ref(st, i, ctx, want_ref=want_ref)
        t = m_reshape(ctx, r, s, sc[i][0], complaint); sc[i][0] = s; info["focus"] = i
    elif kind == "move":
        i = R.randrange(n); used = {o[3] for o in sc}
        free = [p for p in POSS if p not in used]
        r, _ = ref(st, i, ctx, want_ref=want_ref)
        rel = None
        if R.random() < 0.2 and "colloquial-position" not in force and not complaint:
            rr, cc = RC[sc[i][3]]
            opts = [d for d, (dr, dc) in DIRS.items() if (rr + dr, cc + dc) in CELL and CELL[(rr + dr, cc + dc)] in free]
            if opts:
                rel = R.choice(opts); dr, dc = DIRS[rel]; p = CELL[(rr + dr, cc + dc)]
        if not rel:
            p = R.choice(free)
        t = m_move(ctx, r, p, complaint, rel); sc[i][3] = p; info["focus"] = i
    elif kind == "swap":
        if n < 2: raise Fail
        i, j = R.sample(range(n), 2)
        a, _ = ref(st, i, ctx, allow_pron=False, want_ref=want_ref); b, _ = ref(st, j, ctx, allow_pron=False, want_ref=want_ref)
        if a == b: raise Fail
        t = m_swap(ctx, a, b); sc[i][3], sc[j][3] = sc[j][3], sc[i][3]; info["focus"] = None; info["kind"] = "swap"
    elif kind == "bg":
        opts = [c for c in COLS if c != bg and all(o[1] != c for o in sc)]
        c = R.choice(opts)
        t = m_bg(ctx, c, bg, complaint and bg == "white"); info["old"] = bg; bg = c; info["focus"] = None
    else:
        raise ValueError(kind)
    if complaint and "complaint-edit" not in ctx.cls and kind != "bg": raise Fail
    if not valid(sc, bg): raise Fail
    return t, sc, bg, info, ctx

def gen_two(st, L, force):
    ctx = new_ctx(L, force)
    ctx.nowrap = True
    sc = copy.deepcopy(st["scene"]); bg = st["bg"]; n = len(sc)
    ctx.cls.add("two-edits")
    mode = R.choice(["same", "diff", "bg"]) if n >= 2 else R.choice(["same", "bg"])
    i = R.randrange(n)
    r, _ = ref(st, i, ctx)
    if mode == "same":
        c = R.choice([x for x in COLS if x != bg and x != sc[i][1]])
        z = "large" if sc[i][2] == "small" else "small"
        ctx.cls.add("size-words")
        cc = col(c, ctx, de=True)
        if ctx.fl == "en":
            w = R.choice(["bigger", "a lot bigger", siz(z, ctx)]) if z == "large" else R.choice(["smaller", "a bit smaller", siz(z, ctx)])
            t = R.choice(["make {r} {c} and {w}", "{R}: {c}, and {w} please", "can {r} be {c}? and {w} too"]).format(r=r, R=cap(r), c=cc, w=w)
        else:
            w = R.choice(["大一点", "放大", "改成大号"]) if z == "large" else R.choice(["小一点", "缩小", "改成小号"])
            t = R.choice(["把{r}改成{c}，再{w}", "{r}换成{c}，顺便{w}", "{r}要{c}的，而且{w}"]).format(r=r, c=cc, w=w)
        sc[i][1] = c; sc[i][2] = z
        info = {"kind": "two", "focus": i}
    elif mode == "diff":
        j = R.choice([x for x in range(n) if x != i])
        # op A: recolor i ; op B: move j or remove j or resize j
        c = R.choice([x for x in COLS if x != bg and x != sc[i][1]])
        a = m_recolor(ctx, r, c, sc[i][1], False); sc[i][1] = c
        st1 = {"scene": sc, "bg": bg, "focus": None}
        cands = unique_preds(sc, j, [st["scene"]])
        if not cands: raise Fail
        pr = R.choice(cands); rj = phrase_pred(pr, ctx, sc)
        if pr[0] != "shape": ctx.cls.add("reference")
        opB = R.choice(["move", "resize", "remove"])
        if opB == "move":
            free = [p for p in POSS if p not in {o[3] for o in sc}]
            p = R.choice(free); b = m_move(ctx, rj, p, False); sc[j][3] = p
        elif opB == "resize":
            z = "large" if sc[j][2] == "small" else "small"; b = m_resize(ctx, rj, z, False); sc[j][2] = z
        else:
            b = m_remove(ctx, rj, False); del sc[j]
        if ctx.fl == "en":
            t = a + R.choice([" and ", ", also ", "; then ", ". Plus "]) + b
        else:
            t = a + R.choice(["，然后", "，另外", "；还有，", "，再"]) + b
        info = {"kind": "two", "focus": None}
    else:
        opts = [c for c in COLS if c != bg and all(o[1] != c for o in sc)]
        c2 = R.choice(opts)
        ctx.cls.add("background-anywhere")
        if R.random() < 0.5:
            free = [p for p in POSS if p not in {o[3] for o in sc}]
            p = R.choice(free); a = m_move(ctx, r, p, False); sc[i][3] = p
        else:
            s = R.choice([x for x in SHAPES if x != sc[i][0]]); a = m_reshape(ctx, r, s, sc[i][0], False); sc[i][0] = s
        b = m_bg(ctx, c2, bg, False); bg = c2
        if ctx.fl == "en":
            t = R.choice(["{a}, and {b}", "{a}. Also, {b}", "{b}. And {a}"]).format(a=a, b=b)
        else:
            t = R.choice(["{a}，{b}", "{b}，另外{a}", "{a}；{b}"]).format(a=a, b=b)
        info = {"kind": "two", "focus": None}
    if not valid(sc, bg): raise Fail
    ctx.nowrap = False
    t = wrap(t, ctx, False)
    return t, sc, bg, info, ctx

AMB_ANS_EN = ["{r}", "oh, {r}", "I meant {r}", "{r} please", "sorry — {r}", "{r}, obviously :)", "umm {r}"]
AMB_ANS_ZH = ["{r}", "我是说{r}", "{r}吧", "指的是{r}", "{r}，不好意思没说清", "就{r}"]

def gen_amb(st, L, force):
    sc = st["scene"]; bg = st["bg"]; n = len(sc)
    amb = []
    for k in ("shape", "colour", "size"):
        for v in set(o[{"shape": 0, "colour": 1, "size": 2}[k]] for o in sc):
            idx = [i for i, o in enumerate(sc) if matches((k, v), o)]
            if len(idx) >= 2: amb.append(((k, v), idx))
    if not amb: raise Fail
    pred, idx = R.choice(amb)
    op = R.choice(["recolor", "resize", "remove", "reshape", "move"])
    ctx = new_ctx(L, force); ctx.cls.add("ambiguous")
    r = phrase_pred(pred, ctx, sc)
    globals()["r_cur"] = r
    new = copy.deepcopy(sc)
    tgt = R.choice(idx)
    if op == "recolor":
        opts = [c for c in COLS if c != bg and all(sc[i][1] != c for i in idx)]
        if not opts: raise Fail
        c = R.choice(opts); t = m_recolor(ctx, r, c, sc[tgt][1], False); new[tgt][1] = c
    elif op == "resize":
        zs_ = {sc[i][2] for i in idx}
        if len(zs_) != 1: raise Fail
        z = "large" if sc[tgt][2] == "small" else "small"; t = m_resize(ctx, r, z, False); new[tgt][2] = z
    elif op == "remove":
        if n < 2: raise Fail
        t = m_remove(ctx, r, False); del new[tgt]
    elif op == "reshape":
        opts = [s for s in SHAPES if all(sc[i][0] != s for i in idx)]
        s = R.choice(opts); t = m_reshape(ctx, r, s, sc[tgt][0], False); new[tgt][0] = s
    else:
        free = [p for p in POSS if p not in {o[3] for o in sc}]
        p = R.choice(free); t = m_move(ctx, r, p, False); new[tgt][3] = p
    # answer
    sub = [sc[i] for i in idx]
    k = idx.index(tgt)
    cands = [pr for pr in preds_for(sc[tgt]) if pr[0] not in (pred[0],) and sum(matches(pr, o) for o in sub) == 1]
    cands = [pr for pr in cands if pr[0] in ("cell", "side", "colour", "size") or pr[0] == "shape"]
    if pred[0] == "size": cands = [pr for pr in cands if pr[0] != "zs"]
    # size-only answer
    zset = [o[2] for o in sub]
    if zset.count(sc[tgt][2]) == 1 and pred[0] != "size": cands.append(("size", sc[tgt][2]))
    if not cands: raise Fail
    pr = R.choice(cands)
    actx = new_ctx(L, force)
    ar = phrase_pred(pr, actx, sc)
    if pr[0] in ("cell", "side", "colour"): actx.cls.add("reference")
    if pr[0] in ("cell", "side"): actx.cls.add("colloquial-position") if R.random() < 0 else None
    a = R.choice(AMB_ANS_EN if actx.fl == "en" else AMB_ANS_ZH).format(r=ar)
    if not valid(new, bg): raise Fail
    return t, ctx, a, actx, new, tgt, op

FOCUS_TO_OPS = {"add": ["add"], "remove": ["remove"], "move": ["move", "swap"], "shape-change": ["reshape"], "size-words": ["resize"],
                "two-edits": ["two"], "undo": ["EDIT", "undo"], "ack-chat": ["ack"], "question-chat": ["q"], "ambiguous": ["amb"],
                "reference": ["REF"], "complaint-edit": ["COMPLAINT"], "background-anywhere": ["bg"], "colloquial-position": ["move"],
                "attr-after-noun": ["add"], "wrapper": ["EDIT"]}
EDITS = ["add", "remove", "recolor", "resize", "reshape", "move", "swap", "bg"]

def first_scene(L, need_amb, need_multi, force):
    bg = "white"; bg_said = False
    if R.random() < 0.55 or "background-anywhere" in force:
        bg = R.choice(COLS); bg_said = True
    n = R.choice([1, 1, 2, 2, 3])
    if need_multi: n = max(n, 2)
    if need_amb: n = max(n, 2)
    sc = []
    for k in range(n):
        sc.append(rand_obj(sc, bg))
    if need_amb:
        k = R.choice(["shape", "colour"])
        if k == "shape": sc[1][0] = sc[0][0]
        else: sc[1][1] = sc[0][1]
    if n == 1 and R.random() < 0.3:
        sc[0][3] = "center"
    pos_said = [True] * n; size_said = [True] * n
    if n == 1 and sc[0][3] == "center" and R.random() < 0.7: pos_said[0] = False
    for k in range(n):
        if sc[k][2] == "small" and R.random() < 0.35: size_said[k] = False
    if not valid(sc, bg): raise Fail
    return sc, bg, bg_said, pos_said, size_said

def build(L, focus, ntarget):
    force_first = {f for f in focus if f in ("attr-after-noun", "wrapper", "colloquial-position", "size-words")} if R.random() < 0.5 else set()
    need_amb = "ambiguous" in focus
    need_multi = bool({"move", "two-edits", "remove"} & set(focus)) or need_amb
    sc, bg, bg_said, pos_said, size_said = first_scene(L, need_amb, need_multi, force_first | ({"background-anywhere"} if "background-anywhere" in focus and R.random() < 0.4 else set()))
    ctx = new_ctx(L, force_first)
    t = m_draw(ctx, sc, bg, False, bg_said, pos_said, size_said)
    turns = [{"message": finish(t, ctx), "intent": "draw", "expected": {"background": bg, "objects": copy.deepcopy(sc)}}]
    classes = set(ctx.cls)
    st = {"scene": sc, "bg": bg, "focus": 0 if len(sc) == 1 else None}
    last_info = {"kind": "draw"}
    plan = []
    for f in focus: plan += FOCUS_TO_OPS[f]
    if need_amb:
        plan.remove("amb"); plan.insert(0, "amb")
    while len(plan) + 1 < ntarget:
        plan.append(R.choice(EDITS + ["ack", "q", "undo", "two", "EDIT", "EDIT", "new"]))
    plan = plan[:5 if len(plan) > 5 else len(plan)]
    forces = set(focus)
    for step in plan:
        if len(turns) >= 6: break
        if step == "undo" and len(turns) >= 6: break
        if step == "amb" and len(turns) >= 5: continue
        prev_intent = turns[-1]["intent"]
        f = set()
        for x in ("wrapper", "colloquial-position", "attr-after-noun"):
            if x in forces and x not in classes: f.add(x)
        if step == "new":
            try:
                sc2, bg2, bs, ps, ss = first_scene(L, False, False, set())
            except Fail:
                continue
            if sc2 == st["scene"] and bg2 == st["bg"]: continue
            c = new_ctx(L, ())
            t = m_draw(c, sc2, bg2, True, bs, ps, ss)
            turns.append({"message": finish(t, c), "intent": "draw", "expected": {"background": bg2, "objects": copy.deepcopy(sc2)}})
            classes |= c.cls; st["scene"] = sc2; st["bg"] = bg2; st["focus"] = 0 if len(sc2) == 1 else None
            last_info = {"kind": "draw"}; continue
        if step in ("ack", "q"):
            c = new_ctx(L, ())
            t = m_ack(c, st) if step == "ack" else m_question(c, st)
            turns.append({"message": finish(t, c), "intent": "chat", "expected": copy.deepcopy(turns[-1]["expected"])})
            classes |= c.cls; last_info = {"kind": "chat"}
            st["focus"] = None
            continue
        if step == "undo":
            if prev_intent != "edit" or len(turns) < 2:
                if len(turns) > 4: continue
                # insert an edit first
                step2 = R.choice(["recolor", "move", "bg", "resize", "remove", "reshape"])
                try:
                    res = gen_edit(step2, st, L, f)
                except Fail:
                    continue
                apply_edit(turns, st, res, classes); last_info = res[3]
            c = new_ctx(L, ())
            t = m_undo(c, last_info)
            turns.append({"message": finish(t, c), "intent": "undo", "expected": copy.deepcopy(turns[-2]["expected"])})
            classes |= c.cls
            st["scene"] = copy.deepcopy(turns[-1]["expected"]["objects"]); st["bg"] = turns[-1]["expected"]["background"]
            st["focus"] = None
            last_info = {"kind": "undo"}; continue
        if step == "amb":
            try:
                t, c, a, ac, new, tgt, op = gen_amb(st, L, f)
            except Fail:
                continue
            turns.append({"message": finish(t, c), "intent": "ask", "expected": copy.deepcopy(turns[-1]["expected"])})
            turns.append({"message": finish(a, ac), "intent": "edit", "expected": {"background": st["bg"], "objects": copy.deepcopy(new)}})
            classes |= c.cls | ac.cls
            st["scene"] = new; st["focus"] = tgt if op != "remove" else None
            last_info = {"kind": "amb"}; continue
        try:
            if step == "two":
                res = gen_two(st, L, f)
            else:
                kind = step; comp = False; wr = False
                if step == "EDIT": kind = R.choice(EDITS)
                if step == "REF": kind = R.choice(["recolor", "resize", "reshape", "move", "remove"]); wr = True
                if step == "COMPLAINT": kind = R.choice(["recolor", "resize", "reshape", "move", "remove", "bg"]); comp = True
                if kind == "bg" and comp and st["bg"] != "white": kind = "resize"
                res = gen_edit(kind, st, L, f | ({"colloquial-position"} if "colloquial-position" in focus and kind == "move" else set()), complaint=comp, want_ref=wr)
        except (Fail, IndexError, ValueError):
            continue
        apply_edit(turns, st, res, classes); last_info = res[3]
    if len(turns) < 2: raise Fail
    return turns, classes

def apply_edit(turns, st, res, classes):
    t, sc, bg, info, c = res
    turns.append({"message": finish(t, c), "intent": "edit", "expected": {"background": bg, "objects": copy.deepcopy(sc)}})
    classes |= c.cls
    st["scene"] = sc; st["bg"] = bg; st["focus"] = info.get("focus")
    if info.get("kind") in ("add", "remove", "swap"): classes.add({"add": "add", "remove": "remove", "swap": "move"}[info["kind"]])
    if info.get("kind") == "bg": classes.add("background-anywhere")

def main():
    out = []; seen = set()
    counts = {"en": 66, "zh": 66, "mixed": 36}
    cov = {L: {c: 0 for c in CLASSES} for L in counts}
    for L, N in counts.items():
        k = 0; rot = 0
        while k < N:
            # choose focus: least covered classes for this language
            order = sorted(CLASSES, key=lambda c: (cov[L][c], R.random()))
            nf = 3 if L == "mixed" else 2
            focus = order[:nf]
            ntarget = R.choice([2, 3, 3, 4, 4, 5, 6])
            try:
                turns, classes = build(L, focus, ntarget)
            except Fail:
                continue
            msgs = [t["message"] for t in turns]
            msgs = [m.lower() for m in msgs]
            if any(m in seen for m in msgs) or len(set(msgs)) != len(msgs): continue
            if L == "mixed":
                # require at least one genuinely code-switched message
                def both(m): return any('\u4e00' <= ch <= '\u9fff' for ch in m) and any(ch.isascii() and ch.isalpha() for ch in m)
                if not any(both(m) for m in msgs): continue
            cl = sorted(c for c in classes if c in CLASSES)
            if not cl: continue
            seen.update(msgs)
            for c in cl: cov[L][c] += 1
            k += 1
            out.append({"id": "fresh5-shapes-%s-%03d" % (L, k), "lang": L, "classes": cl, "turns": turns})
    with open("shapes.jsonl", "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    for L in cov: print(L, cov[L])

if __name__ == "__main__":
    main()
