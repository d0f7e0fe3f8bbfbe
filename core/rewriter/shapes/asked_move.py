"""The answer to "there is already the square there: swap, or somewhere else?": a move said again with no place
goes to the place asked about ("那就把方块删了，星星移过去", "那三角挪到上面去，星星再挪"), and "swap them" /
"交换一下" trades the two objects asked about."""

from __future__ import annotations

import re

from core.rewriter.shapes.naming import name
from core.scene import Scene
from core.world import vocab

# a move verb with no place after it: "星星移过去", "星星再挪", "move the star there", "then move it"
_THERE_ZH = re.compile(r"(再|也|就)?(挪|移|放)(?:过去|过来)?(?=\s*(?:吧|了)?\s*(?:$|[，。,.!！~]))")
_THERE_EN = re.compile(
    r"(?<![a-z])(move|put|shift|slide)\s+(it|that|the\s+[a-z]+)(?:\s+(?:over\s+)?there)?(?=\s*(?:now|then)?\s*(?:$|[,.!;]))"
)
# "just swap them", "swap places", "两个交换一下", "换一下位置": the two asked about, with no object named
_SWAP_EN = re.compile(r"(?<![a-z])(?:swap|switch|trade)\s+(?:them|the two|'em|places|them round)(?![a-z])")
_SWAP_ZH = re.compile(
    r"(?:它们|两个|俩)?(?:交换|互换|对调)(?:一下)?(?:位置)?|(?:它们|两个|俩)?换一下位置|(?:它们|两个|俩)换一下"
)


def with_asked_place(text: str, scene: Scene, position: str | None, pair: tuple[str, str] | None) -> str:
    """``text`` with a place-less move sent to ``position`` (the cell the last question was about) and a bare
    "swap them" said of the ``pair`` it was about."""
    if position is None or pair is None:
        return text
    a, b = scene.subject(pair[0]), scene.subject(pair[1])
    if a is not None and b is not None:
        en = f"swap {name(a, scene, 'en')} and {name(b, scene, 'en')}"
        text = _SWAP_EN.sub(en, text, count=1)
        text = _SWAP_ZH.sub(f"{name(a, scene, 'zh')}和{name(b, scene, 'zh')}交换位置", text, count=1)
    cell = vocab.POSITIONS[position]
    text = _THERE_ZH.sub(lambda m: f"{m.group(1) or ''}{m.group(2)}到{cell.zh}", text)
    return _THERE_EN.sub(lambda m: f"{m.group(1)} {m.group(2)} to the {cell.en}", text)
