"""One member of a word set in place of another ("make her a dwarf" on "a female elf archer"): the word that
stands for the same kind of thing changes, in the prompt's language, and nothing else does.

Only where the edit names no other thing (a pronoun, nothing, "the style", or a member of the same set), and
only where the prompt holds exactly one member of that set: two would make it a guess.
"""

from __future__ import annotations

import re

from core import messages
from core.language import lexicon as lx
from core.language import word_sets as ws
from core.language.patterns import compiled
from core.rewriter.open_text.spans import Edit

_PRONOUNS = frozenset(
    ("", "it", "her", "him", "them", "they", "she", "he", "this", "that", "它", "她", "他", "这个", "那个")
)
_STYLE_TARGETS = frozenset(("the style", "style", "the medium", "medium", "风格", "画风", "画法"))
_STYLE_AFTER = re.compile(
    r"(?i)^[\s-]*(?:style|styled|painting|paintings|illustration|drawing|sketch|art|look|render|rendering|print|"
    r"风格|画风|画|插画|风|手绘|效果)"
)
_STYLE_NAMED = re.compile(r"(?i)[\s-]*(?:style|styled|painting|风格|画风|风)(?![a-z])")
_LEAD = re.compile(
    r"(?i)^(?:(?:ok(?:ay)?|hmm+|then|so|and)[\s,]+)*(?:let'?s\s+(?:go|do|try|use|make it)|let'?s|go(?:\s+with)?|try|"
    r"how about|what about|maybe|use|switch to|make it|那就|就|那|用|改用|试试|来个|换个)?\s*"
)
_TAIL = re.compile(r"(?i)[\s,.!?。！？]*+(?:(?:then|instead|please|pls|吧|呢|吗|好了|试试|看看)[\s,.!?。！？]*+)?$")
_ARTICLE = re.compile(r"(?i)^(?:a|an|the|some)\s+|^(?:一)?[个只位名条头匹]")
_STYLE_WORD = re.compile(r"(?i)[\s-]*(?:style|styled|look|version|painting|风格|画风|风|画|的)$")


def _normal(value: str) -> str:
    v = _TAIL.sub("", value.strip())
    v = _ARTICLE.sub("", v).strip()
    return v


def _member(value: str) -> tuple[tuple, ws.Member] | None:
    """The set and member that ``value`` names ("gouache style" -> gouache, "一个矮人" -> dwarf)."""
    v = _normal(value)
    for candidate in (v, _STYLE_WORD.sub("", v).strip()):
        low = candidate.lower()
        for group in ws.SETS:
            for member in group:
                if low in member[0] or candidate in member[1]:
                    return group, member
    return None


def _hits(phrases: list[str], member: ws.Member) -> list[tuple[int, int, int, str]]:
    found = []
    for i, p in enumerate(phrases):
        for surface in sorted(member[0] + member[1], key=len, reverse=True):
            pattern = rf"(?i)(?<![\w-]){re.escape(surface)}(?![\w-])" if surface.isascii() else re.escape(surface)
            for m in re.finditer(pattern, p):
                loose = surface.lower() in ws.LOOSE
                if loose and not _STYLE_AFTER.match(p[m.end() :]) and len(p) > 30:
                    continue  # "an ink bottle" is no medium; "ink style" and a short style phrase are
                if not any(s <= m.start() < e for j, s, e, _ in found if j == i):
                    found.append((i, m.start(), m.end(), surface))
    return found


def _written(new: ws.Member, phrase: str, old: str, said: str = "") -> str:
    """The new member in the phrase's language: the user's own name for it when they used one ("shiba")."""
    names = new[1] if lx.has_cjk(phrase) else new[0]
    word = said if said.lower() in names or said in names else names[0]
    return word[0].upper() + word[1:] if old[:1].isupper() and word.isascii() else word


def swap_member(ed: Edit, target: str, value: str) -> bool:
    """ "make her a dwarf", "let's go gouache then", "换成矮人", "swap the beagle for a corgi": the one member of
    the value's set that the prompt says becomes the value; False (nothing changed) otherwise."""
    t = _normal(re.sub(r"(?i)^(?:the|its|his|her)\s+(?=\w)", "", target.strip())) if target.strip() else ""
    t = "" if t.lower() in _PRONOUNS else t
    named = _member(value)
    if named is None:
        return _said_more_exactly(ed, t, value) or _swap_gender(ed, t, value)
    group, new = named
    targeted = _member(t) if t and t.lower() not in _PRONOUNS and t.lower() not in _STYLE_TARGETS else None
    if t and t.lower() not in _PRONOUNS and t.lower() not in _STYLE_TARGETS and (not targeted or targeted[0] != group):
        return False  # "make the archer a dwarf": another thing named; the usual edit reads it
    if t.lower() in _STYLE_TARGETS and group is not ws.MEDIA:
        return False
    olds = [targeted[1]] if targeted else [m for m in group if m != new]
    hits = [(h, m) for m in olds for h in _hits(ed.phrases, m)]
    if len({m for _, m in hits}) > 1 and not t:  # "make it a husky" on "a beagle and a corgi": which one?
        shown = list(dict.fromkeys(h[3] for h, _ in sorted(hits, key=lambda x: (x[0][0], x[0][1]))))
        names = [messages.text("ask_which_name", ed.lang, name=name) for name in shown]
        ed.offered = shown  # the answer ("the corgi") is read by which_one
        ed.question = messages.text("ask_which", ed.lang, choices=messages.listing(names, ed.lang, last="join_list_or"))
        return True
    if len({m for _, m in hits}) != 1:
        return False
    (i, start, end, surface), _ = min(hits, key=lambda x: (x[0][0], x[0][1]))
    p = ed.phrases[i]
    said = _TAIL.sub("", value.strip())
    style_after = _STYLE_NAMED.match(p[end:])
    rest = said
    for name in sorted(new[0] + new[1], key=len, reverse=True):  # "oil painting" names the medium; "painting" in
        rest = re.sub(rf"(?i){re.escape(name)}", "", rest)  # it is no style word said after it
    if _STYLE_NAMED.search(rest) and lx.has_cjk(said) == lx.has_cjk(p):
        if style_after is None and p.strip() != surface:
            return False  # "改成油画风格" on "儿童绘本风格，柔和的蜡笔质感": the style phrase is the one meant
        # "像素风" made "3D渲染风格", "hyperrealistic" made "an ink wash painting": as the user says it
        ed.set_phrase(i, p[:start] + said + p[end + (style_after.end() if style_after else 0) :])
    elif p.strip() == surface and lx.has_cjk(said) == lx.has_cjk(p):  # "hyperrealistic" alone: the user's words
        ed.set_phrase(i, said)
    else:
        ed.set_phrase(i, p[:start] + _written(new, p, surface, _normal(value)) + p[end:])
    ed.say("said_changed", what=surface, value=_normal(value))
    return True


def _said_more_exactly(ed: Edit, target: str, value: str) -> bool:
    """ "more like wet-on-wet watercolor" on "Watercolor landscape …": the member the prompt has, said more exactly;
    the user's words take its place."""
    said = _normal(value)
    words = said.split()
    if target or not 2 <= len(words) <= 4 or lx.has_cjk(said):
        return False
    for k in (2, 1):
        named = _member(" ".join(words[-k:])) if len(words) > k else None
        if named is None or named[0] is not ws.MEDIA:
            continue
        hits = _hits(ed.phrases, named[1])
        if len(hits) != 1:
            return False
        i, start, end, surface = hits[0]
        p = ed.phrases[i]
        ed.set_phrase(i, p[:start] + said + p[end:])
        ed.say("said_changed", what=surface, value=said)
        return True
    return False


def _swap_gender(ed: Edit, target: str, value: str) -> bool:
    """ "男的换成女的", "make him a woman": the first word of the other gender in the prompt becomes its counterpart;
    "make her a man with a beard": what is said with the new word comes after it."""
    v = _normal(value).lower()
    withal = re.fullmatch(r"([a-z]+)\s+((?:with|in|wearing)\s+.+)", v)
    if withal and withal.group(1) in ws.FEMALE_WORDS | ws.MALE_WORDS:
        if not _swap_gender(ed, target, withal.group(1)):
            return False
        i, p = next((k, q) for k, q in enumerate(ed.phrases) if re.search(rf"(?i)\b{withal.group(1)}\b", q))
        m = re.search(rf"(?i)\b{withal.group(1)}\b", p)
        ed.set_phrase(i, p[: m.end()] + " " + withal.group(2) + p[m.end() :])
        return True
    if v in ws.FEMALE_WORDS:
        pairs = [(m, f) for m, f in ws.GENDER_EN + ws.GENDER_ZH]
        other = ws.MALE_WORDS
    elif v in ws.MALE_WORDS:
        pairs = [(f, m) for m, f in ws.GENDER_EN + ws.GENDER_ZH]
        other = ws.FEMALE_WORDS
    else:
        return False
    if target and target.lower() not in _PRONOUNS and target.lower() not in other:
        return False
    best = None
    for old, new in pairs:
        pattern = rf"(?i)(?<![\w-]){re.escape(old)}(?![\w-])" if old.isascii() else re.escape(old)
        for i, p in enumerate(ed.phrases):
            m = compiled(pattern).search(p)
            if m and (best is None or (i, m.start(), -len(old)) < best[0]):
                best = ((i, m.start(), -len(old)), m.end(), new)
    if best is None:
        return False
    (i, start, _), end, new = best
    p = ed.phrases[i]
    if v in {n for _, n in pairs} and v.isascii() == p[start:end].isascii() and not (new != v and new.endswith(v)):
        new = v  # "女孩换成一个男生": the word the user chose, not the prompt's counterpart (男孩); a businessman made
        # a woman is a businesswoman
    after = p[end:]
    if v.isascii() and v in ws.FEMALE_WORDS:  # "…melting into his office chair": her chair now
        after = re.sub(r"(?<![\w'])(?:his)(?![\w'])", "her", after)
    elif v.isascii() and v in ws.MALE_WORDS:
        after = re.sub(r"(?<![\w'])(?:her)(?=\s+[a-z])(?![\w'])", "his", after)
    ed.set_phrase(i, p[:start] + (new.capitalize() if p[start].isupper() else new) + after)
    ed.say("said_changed", what=p[start:end], value=_normal(value))
    return True


def bare_choice(clause: str) -> str:
    """What a short choice says, less the words around it: "let's go gouache then" -> "gouache", "那就彩铅吧" -> "彩铅"."""
    return _TAIL.sub("", _LEAD.sub("", clause.strip(), count=1)).strip()
