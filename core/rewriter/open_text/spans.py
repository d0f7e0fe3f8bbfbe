"""Finding the span an edit names ("the blanket" in "a blue knitted blanket"), and the ``Edit`` that
records changes to the phrases; no edit changes a word it did not find here."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from core import messages
from core.language import bilingual
from core.language import general_lexicon as gl
from core.language import lexicon as lx
from core.language.patterns import compiled
from core.rewriter.open_text.user_text import joiner
from core.rewriter.open_text.word_classes import COLOUR_ZH, PROMPT_COLOURS_EN, TONES_EN
from core.scene import Change

# Words said to us, never words of a picture: a person speaking, a request, a hedge (quoted text is the picture's).
_TALK_WORDS = re.compile(
    r"(?i)(?<![a-z'])(?:i|i'm|i'd|i've|me|my|you|your|we|we're|please|pls|lol|sorry|thanks|thank|could|would|"
    r"should|possible|want|wanted|hit enter|tbh|btw|it is|it's|that's|that is|too much|is good|go lower|go higher|"
    r"is he|is she|are they|does it|gonna|wrong|ugh|meh|nah|hmm+|actually|instead|rather|meant|was better|were better|"
    r"idk|dunno|not sure|unsure|honestly|fair point|fair enough|ha+|hah|"
    r"was nicer|go with|can (?:the|you|we|it|this|that)|(?:shoot|make|change|turn|put|move|give|let|try|keep|do) "
    r"(?:it|them|this|that)|then$)(?![a-z'])|(?i:(?<![a-z])(?:client|boss)(?![a-z]))|我|你|您|吗|谢谢|是不是|可以吗|"
    r"能不能|好不好|麻烦|还是|之前|刚才|像.{0,6}那样|改回|算了|(?<!酒)吧(?![台椅])|呢"
)
_QUOTED_ANY = re.compile(r"“[^”]*”|「[^」]*」|《[^》]*》|\"[^\"]*\"|(?<![a-z])'(?:[^']|'(?=[a-z]))*'(?![a-z])|‘[^’]*’")


_TWICE_ZH = re.compile(r"([\u4e00-\u9fff]{2,6}的?)\1")


def _has_word(text: str, word: str) -> bool:
    """``word`` in ``text`` as a word of its own ("ha" is not in "chair"); Chinese words as substrings."""
    if lx.has_cjk(word):
        return word in text
    return compiled(rf"(?<![a-z']){re.escape(word)}(?![a-z'])").search(text) is not None


@dataclass
class Edit:
    phrases: list[str]
    lang: str
    said: list[tuple[str | None, dict]] = field(default_factory=list)  # (clause code, its parameters) for the reply
    changes: list[Change] = field(default_factory=list)
    question: str | None = None
    topic: str = ""  # a thing named alone in the message ("the plate, make it pink"): what "it" is next
    offered: list[str] = field(default_factory=list)  # the things a "which one?" question offered, as written
    painting: bool = False  # "paint the nightstand white", "刷成白色": the colour covers the material too
    refused: bool = False  # the last change would have written talk into the words; its reply clause is dropped
    unchanged: bool = False  # a change was read and the words already say it ("make the cat green" on "a green cat")

    @property
    def text(self) -> str:
        return joiner(self.lang).join(self.phrases)

    def say(self, code: str | None, **params: str) -> None:
        """A clause of the reply (core/composer_messages.py); None holds a place a later clause takes."""
        if self.refused:  # nothing was written, so nothing is said to be
            self.refused = False
            return
        if self.lang == "zh" and str(params.get("what", "")).lower() in ("it", "this", "that"):
            params["what"] = "它"  # a Chinese reply never says "已把it改成…"
        if self.lang == "zh" and isinstance(params.get("what"), str):
            params["what"] = re.sub(r"(?i)^(?:the|a|an)\s+", "", params["what"])  # nor "已把the string lights…"
        self.said.append((code, {k: v.rstrip("?？") if isinstance(v, str) else v for k, v in params.items()}))

    def name(self, target: str) -> str:
        """How the reply names ``target``: "the kite" in English, the user's words in Chinese."""
        if self.lang == "zh":  # "string lights 换成 …": the words as said, never an English "the" in a Chinese reply
            return re.sub(r"(?i)^(?:the|a|an)\s+", "", target.strip())
        return _name_en(target)

    def _talks(self, new: str) -> bool:
        """Whether ``new`` brings words of talk into the picture ("I want it more like", "is possible", "我想"):
        words addressed to us are never written into the prompt, whatever rule tried to."""
        said = _QUOTED_ANY.sub(" ", new)
        had = " ".join(self.phrases).lower()
        return any(not _has_word(had, m.group(0).lower()) for m in _TALK_WORDS.finditer(said))

    def _refuse(self) -> None:
        self.refused = True
        self.question = self.question or messages.text("reply_open_not_understood", self.lang)

    def set_phrase(self, i: int, new: str) -> None:
        old = self.phrases[i]
        new = _tidy(new, kept=old)
        if _TWICE_ZH.search(new) and not _TWICE_ZH.search(old):
            new = _TWICE_ZH.sub(r"\1", new)  # "蓝白格子的格子的餐布": a word the edit wrote next to itself, once
        if new == old:
            self.unchanged = True
            return
        if self._talks(new):
            return self._refuse()
        if new:
            self.phrases[i] = new
            self.changes.append(Change(op="set", attribute="extras", before=old, after=new))
        else:
            del self.phrases[i]
            self.changes.append(Change(op="remove", attribute="extras", before=old))

    def append(self, phrase: str) -> None:
        phrase = _tidy(phrase).rstrip("?？")  # "Could you add a mug?": a mug
        if self._talks(phrase) or re.match(r"(?i)^[a-z]+\s+(?:is|are|was|were)\s", phrase):
            # "Red is every other thriller on the shelf": a statement about the picture, not words for it
            return self._refuse()
        if phrase and phrase.lower() not in (p.lower() for p in self.phrases):
            self.phrases.append(phrase)
            self.changes.append(Change(op="add", attribute="extras", after=phrase))


def _tidy(text: str, kept: str = "") -> str:
    """Spaces and the article before a changed word; an article and word the user wrote (``kept``: "eating a ice
    cream") stay as they were."""
    text = re.sub(r"\s+", " ", text).strip(" ,，、")
    # "a unicorn", "a European city", "a one-eyed cat": a vowel letter that sounds "y" or "w" takes "a"
    sounds_y = r"(?:uni|use|usu|ura|ure|uro|uti|eu|ewe|one\b|one-|once)"

    def article(to: str):
        # the article the word takes, unless the user wrote that article and word themselves
        def choose(m: re.Match) -> str:
            said = m.group(0) + m.string[m.end() :].split(" ", 1)[0]
            return m.group(0) if re.search(rf"(?<!\w){re.escape(said)}(?!\w)", kept) else m.group(1) + to

        return choose

    text = re.sub(rf"\b([Aa])n? (?=[aeiouAEIOU])(?!(?i:{sounds_y}))", article("n "), text)
    text = re.sub(rf"\b([Aa])n (?=[^aeiouAEIOU\W]|(?i:{sounds_y}))", article(" "), text)
    return text


def _stem(word: str) -> str:
    word = word.lower()
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith("es") and len(word) > 4 and re.search(r"(?:ss|x|z|ch|sh|o)$", word[:-2]):
        return word[:-2]  # "boxes", "glasses", "tomatoes"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]  # "waves" and "wave", "vases" and "vase": one stem
    return word


_DET = re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|my|some)$", re.I)


def _target_words(text: str) -> list[str]:
    return [x for x in re.findall(r"[a-z0-9][a-z0-9'-]*", text.lower()) if not _DET.match(x)]


def find_en(phrases: list[str], target: str, _seen: frozenset = frozenset()) -> tuple[int, int, int] | None:
    """(phrase index, start, end) of the head word of ``target`` ("the lavender sprig", "its eyes") in the phrases;
    every content word of the target must be in that phrase."""
    words_ = _target_words(target)
    if not words_:
        return None
    head = _stem(words_[-1])
    qualified = re.match(r"(?i)^(.*?[a-z]+)\s+(?:by|on|in|with|beside|near|under|next to|behind|above|at)\s+\S", target)
    if qualified and _target_words(qualified.group(1)) and not _seen:
        # "the lamp by the bookshelf": the lamp, in the phrase that has the bookshelf
        head = _stem(_target_words(qualified.group(1))[-1])
    best = None
    for i, p in enumerate(phrases):
        tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9'-]*", p)]
        stems = {_stem(t[0]) for t in tokens}
        if not all(_stem(x) in stems for x in words_):
            continue
        for tok, s, e in tokens:
            if _stem(tok) == head:
                best = (i, s, e)
                break
        if best:
            return best
    # "the plane" for "a red seaplane", "the boat" for "a sailboat": a compound word that ends with the name
    if len(words_) == 1 and len(head) >= 4 and not _seen:
        ends = [
            (i, m.start(), m.end())
            for i, p in enumerate(phrases)
            for m in compiled(rf"(?i)\b[a-z]{{3,}}{re.escape(head)}s?\b").finditer(p)
        ]
        if len({phrases[i][s:e].lower() for i, s, e in ends}) == 1:
            return ends[0]
    # "the kitty" for "a tabby cat": another name of the same thing in the general lexicon.
    for other in _same_thing(head):
        hit = _find_plain(phrases, [*words_[:-1], other])
        if hit is not None:
            return hit
    # "the car" for "a vintage red convertible": a kind of the head word, the other words still required.
    for kind in gl.HYPONYMS_EN.get(head, ()) or gl.HYPONYMS_EN.get(_singular(words_[-1].lower()), ()):
        if kind != head and kind not in _seen:  # "cup" -> "mug" -> "cup": each name tried once
            hit = (
                find_en(phrases, " ".join([*words_[:-1], kind]), _seen | {head, kind})
                if kind in gl.HYPONYMS_EN
                else _find_plain(phrases, [*words_[:-1], kind])
            )
            if hit is not None:
                return hit
    return None


def _same_thing(head: str) -> list[str]:
    for ens, _ in gl.NOUNS.values():
        stems = [_stem(x) for x in ens]
        if head in stems:
            return [x for x in stems if x != head]
    return []


def _find_plain(phrases: list[str], words_: list[str]) -> tuple[int, int, int] | None:
    head = _stem(words_[-1])
    for i, p in enumerate(phrases):
        tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9'-]*", p)]
        stems = {_stem(t[0]) for t in tokens}
        if all(_stem(x) in stems for x in words_):
            return next((i, s, e) for tok, s, e in tokens if _stem(tok) == head)
    return None


# "那个", "这只", "那盆": a pointing word and a measure word; what they point at is not in the words themselves
_POINTING_ZH = re.compile(
    r"^(?:那|这|哪)(?:一)?(?:个|只|条|张|把|盆|件|些|块|朵|幅|位|杯|盏|本|辆|棵|双|顶|副|片|座|扇|根)?\s*"
)
# Characters that never end a noun alone: measure words and the like ("个" of "一个", "格" of 风格 for 价格).
_NOT_NOUN_ENDS_ZH = set("个只条张把件些块朵幅位盏本辆棵双顶副片座扇根格式样种次型度量价")


_NAMES_A_PLACE_ZH = re.compile(r"[店馆铺屋厅坊摊车](?![子])")


def find_zh(phrases: list[str], target: str) -> tuple[int, int, int] | None:
    target = _POINTING_ZH.sub("", target.strip(" 的")).strip(" 的")
    if not target:
        return None
    found = [(i, m.start(), m.end()) for i, p in enumerate(phrases) for m in compiled(re.escape(target)).finditer(p)]
    if found:  # "车改成红色" on "汽车广告：一辆银色轿车…": the one with a colour before it, if any
        coloured = [h for h in found if COLOUR_ZH.search(_np_window(phrases[h[0]], h[1]))]
        if not coloured and len(target) >= 2 and target.endswith("子"):
            # "盒子" on "墨绿色的硬纸盒，…，盒子旁边…": the box described (in colour) before the bare mention
            described = [
                (i, m.start(), m.end())
                for i, p in enumerate(phrases[: found[0][0] + 1])
                for m in re.finditer(rf"{re.escape(target[:-1])}(?!子)", p)
                if (i, m.start()) < found[0][:2] and COLOUR_ZH.search(_np_window(p, m.start()))
            ]
            if described:
                return described[0]
        if not coloured and len(target) == 1:
            # "车" on "汽车广告，一辆白色SUV": the SUV the prompt describes, not the 车 of 汽车
            named = [
                (i, m.start(), m.end())
                for head in gl.HEADS_ZH.get(target, ())
                for i, p in enumerate(phrases)
                for m in compiled(re.escape(head), re.I).finditer(p)
            ]
            coloured = [h for h in named if COLOUR_ZH.search(_np_window(phrases[h[0]], h[1]))]
        if not coloured and len(found) > 1:
            # "奶茶" on "奶茶店的海报，一杯珍珠奶茶": the tea itself, not the shop it names
            found = [h for h in found if not _NAMES_A_PLACE_ZH.match(phrases[h[0]][h[2] :])] or found
        return (coloured or found)[0]
    if "的" in target:  # "少女的长袍" -> "长袍"
        return find_zh(phrases, target.split("的")[-1])
    heads = gl.HEADS_ZH.get(target) or ((target[:-1],) if len(target) >= 2 and target.endswith("子") else ())
    # "杯子" -> "马克杯", "月亮" -> "满月", "车身" -> "SUV": a compound ending so, a colour in its phrase preferred
    hits = [
        (i, m.start(), m.end())
        for head in heads
        for i, p in enumerate(phrases)
        for m in compiled(re.escape(head), re.I).finditer(p)
    ]
    if hits:
        coloured = [h for h in hits if COLOUR_ZH.search(_np_window(phrases[h[0]], h[1]))]
        return (coloured or hits)[0]
    pot = re.fullmatch(r"(.+?)([壶杯碗盘瓶盒罐碟])子?", target)
    counted = pot and [
        (i, m.start(), m.end()) for i, p in enumerate(phrases) for m in re.finditer(rf"[一两几]{pot[2]}{pot[1]}", p)
    ]
    if counted:  # "茶壶" for "一壶茶": the pot of tea (the 壶 of it counts the tea)
        return counted[0]
    # "头发" -> "短发": the longest ending found (a noun's ending: at most 8 characters), a colour in front preferred
    for n in range(min(len(target) - 1, 8), 0, -1):
        tail = target[-n:]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", tail) or (n == 1 and tail in _NOT_NOUN_ENDS_ZH):
            continue  # "rain" is no "n" of "cyan": only Chinese endings stand for the word; "格" of 价格 is no 风格
        hits = [(i, m.start(), m.end()) for i, p in enumerate(phrases) for m in compiled(re.escape(tail)).finditer(p)]
        if hits:
            coloured = [h for h in hits if COLOUR_ZH.search(phrases[h[0]][max(0, h[1] - 5) : h[1]])]
            return (coloured or hits)[0]
    return None


def _np_window(p: str, start: int) -> str:
    """The words of a Chinese noun phrase before ``start``: back to punctuation or a verb (at most 8 characters)."""
    window = p[max(0, start - 8) : start]
    cut = max(window.rfind(c) for c in "，,。有在是着了和与把将")
    return window[cut + 1 :]


# What a subject does to the thing after it: the thing's noun phrase never reaches back across these.
_DOING = frozenset(
    ("eating", "drinking", "carrying", "reading", "watching", "delivering", "chasing", "playing", "walking",
     "sitting", "standing", "lying", "looking", "feeding", "pushing", "pulling", "hugging", "selling", "serving",
     "cooking", "making", "building", "throwing", "catching", "licking", "sniffing", "climbing", "crossing",
     "theres", "there's", "there", "where", "which", "who", "while", "whose")
)  # fmt: skip


def _words_before(p: str, start: int) -> list[tuple[str, int, int]]:
    """The words of the noun phrase before ``start``: back to a determiner, a preposition or punctuation."""
    out = []
    for m in reversed(list(re.finditer(r"[A-Za-z0-9][A-Za-z0-9'-]*", p[:start]))):
        word = m.group(0).lower()
        if (
            _DET.match(word)
            or word
            in (
                "one",
                "another",
                "of",
                "in",
                "on",
                "with",
                "and",
                "at",
                "by",
                "to",
                "from",
                "for",
                "under",
                "over",
                "near",
                "is",
                "are",
                "wearing",
                "holding",
                "riding",
                "beside",
                "into",
            )
            or word in _DOING
        ):
            break  # "a purple dragon eating ice cream": the ice cream's words start after what the dragon does
        if re.search(r"[,;:+/|，；：、\u4e00-\u7683\u7685-\u9fff]", p[m.end() : start if not out else out[-1][1]]):
            break  # "白衬衫 + 黑色 leather skirt": the skirt's words stop at the Chinese ones
        out.append((m.group(0), m.start(), m.end()))
    return list(reversed(out))


def _colour_run(mods: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The span of colour words (with their tones) among the modifiers: "light grey", "olive green", "deep navy"."""
    idx = [k for k, (word, _, _) in enumerate(mods) if word.lower() in PROMPT_COLOURS_EN]
    if not idx:
        return None
    lo = hi = idx[-1]
    while lo > 0 and (mods[lo - 1][0].lower() in PROMPT_COLOURS_EN or mods[lo - 1][0].lower() in TONES_EN):
        lo -= 1
    while hi + 1 < len(mods) and mods[hi + 1][0].lower() in PROMPT_COLOURS_EN:
        hi += 1
    return mods[lo][1], mods[hi][2]


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _found(ed: Edit, target: str) -> bool:
    """The prompt names ``target``, in its own language or the other one ("小猫" on "an orange kitten")."""
    if lx.has_cjk(target):
        return find_zh(ed.phrases, target) is not None or any(
            find_en(ed.phrases, w) is not None for w in bilingual.en_words(target)
        )
    return find_en(ed.phrases, target) is not None or (
        any(lx.has_cjk(p) for p in ed.phrases) and any(find_zh(ed.phrases, w) for w in bilingual.zh_words(target))
    )


def _name_en(target: str) -> str:
    t = target.strip()
    if t.lower() in ("it", "this", "that", "everything", "them", "they", "these", "those"):
        return t
    if re.match(r"(?:the|its|his|her|their|my)\s", t, re.I):
        return t[0].lower() + t[1:]  # "The umbrella needs to be blue": "Made the umbrella blue."
    return f"the {t}"
