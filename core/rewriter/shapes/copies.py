"""An added object said to be like the others without the word for it ("中间也来一个", "…，但是要大的").

"也来一个" (one more, too) with every object alike is a copy of them; a size said after a comma
("，但是要大的") belongs to the object being added, not to a new clause about "it"."""

from __future__ import annotations

import re

from core.scene import Scene

_ALSO_ONE = re.compile(
    r"也\s*(?:来|加|放|画|摆|添)\s*(?:一)?个(?!\s*(?:一样|同样|相同))(?=\s*(?:[,，。.!！]|$|大的|小的|吧))"
)
_BUT_SIZE = re.compile(r"\s*[,，]\s*(?:但是?|不过|只是)?\s*(?:要|得|是)\s*(大|小)(?:一点|号)?的?\s*(?=$|[。.!！])")

# "一样的星星，放下方": an identical one of that shape, then where it goes, is one more (not a move)
_SAME_FIRST_ZH = re.compile(
    r"^\s*(?:再|还要|还是)?\s*(?:来|要)?\s*(?:个|一个)?\s*(?:一样|同样|相同)的\s*(?P<shape>圆形|圆|正方形|方块|三角形|三角|星星|星形)"
    r"\s*[,，]?\s*(?:放|摆|画)(?:在|到)?"
)
# "give it a twin on the left, same everything": a twin is a copy
_TWIN = re.compile(r"(?<![a-z])(?:give it|give that|make it|add) an? (?:twin|clone|double|copy)(?![a-z])")
_SAME_EVERYTHING = re.compile(r"\s*,?\s*(?:same everything|everything (?:else )?the same|identical)\s*(?=$|[,.!])")


# "左边也放一个 same 的": the English word in the Chinese frame
_SAME_DE = re.compile(r"(?<![a-z])(?:the )?same\s*的")
# "give it a friend. small orange circle bottom right", "can it have a friend? a little …": a companion is one more
# object, described after
_FRIEND = re.compile(
    r"(?<![a-z])(?:give (?:it|him|her|them)|(?:can|could) (?:it|he|she|they|the [a-z]+) (?:have|get)) (?:a|some) "
    r"(?:friend|buddy|companion|partner|pal)s?\s*[.!?,:;]+\s*(?:an?\s+)?(?=[a-z])"
)


# "and one in the center, but purple", "中间再一个, 但是 red": one more like the others, but for what is said
_ONE_BUT_EN = re.compile(
    r"^\s*(?:(?:and|also|plus|add)\s+)*(?:one|another(?:\s+one)?)\s+(?P<place>(?:in|at|on)\s+[^,]+?)\s*,\s*but\s+"
)
_ONE_BUT_ZH = re.compile(
    r"^\s*(?P<place>[^，,\s]{1,6}?)\s*(?:也|再)\s*(?:来|加|放|画)?\s*一个\s*[,，]\s*(?:但是?|不过)\s*"
)


def friend_asked(text: str) -> str | None:
    """ "can it have a friend? a little orange circle …" said as "add a little orange circle …", else None: the
    question asks for the object described after it, it asks nothing about the picture."""
    return _FRIEND.sub("add a ", text) if _FRIEND.search(text) else None


def also_like_the_others(text: str, scene: Scene, adding: bool) -> str:
    """The message with "也来一个" said as a copy (when the objects are all alike) and a trailing size joined."""
    text = _SAME_DE.sub("一样的", text)
    text = _FRIEND.sub("add a ", text)
    text = _SAME_FIRST_ZH.sub(lambda m: f"再放一个一样的{m.group('shape')}在", text)
    if _TWIN.search(text):
        text = _SAME_EVERYTHING.sub("", _TWIN.sub("add the same one", text))
    alike = len({(s.kind, s.colour, s.size) for s in scene.subjects}) == 1
    if alike:
        text = _ALSO_ONE.sub(lambda m: m.group(0) + "一样的", text)
        text = _ONE_BUT_EN.sub(lambda m: f"add the same one {m.group('place')}, but ", text)
        text = _ONE_BUT_ZH.sub(lambda m: f"再加一个一样的在{m.group('place')}, 但是 ", text)
    if adding:
        text = _BUT_SIZE.sub(lambda m: m.group(1) + "的", text)
    return text


# "make the other one match", "另一个也一样": the value the last edit set, on the other object
_MATCH = re.compile(
    r"^\s*(?:now\s+|and\s+|ok\s+)?(?:make|have)\s+(?P<who>the other(?: one)?|the others|the rest)\s+(?:match|the same)(?: it| too)?\s*[.!]*$"
    r"|^\s*(?P<zwho>另一个|另外一个|其他的|别的)\s*也\s*(?:一样|这样|照做)(?:吧|一下)?\s*[。!！]*$"
)


def matched(text: str, last_change: dict[str, str]) -> str:
    """The message as that value for the other object(s) when it asks them to match the last change."""
    m = _MATCH.match(text)
    values = [v for k, v in last_change.items() if k in ("colour", "size", "shape")]
    if m is None or len(values) != 1:
        return text
    if m.group("zwho"):
        return f"{m.group('zwho')}也改成{values[0]}"
    return f"make {m.group('who')} {values[0]}"
