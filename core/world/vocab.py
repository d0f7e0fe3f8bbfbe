"""The shapes world's vocabulary: the one table every part of Inkturn reads.

Renderer, sampler, checker and the rewriter's lexicon all take their words and
numbers from here, so a colour or position can never mean two things. Values
follow /work/shared/shapes-world.md exactly; tables keep the contract's order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

KINDS = ("colour", "shape", "size", "position")


@dataclass(frozen=True)
class Term:
    """A canonical key with its English and Chinese names and the synonyms users type."""

    key: str
    en: str
    zh: str
    aliases_en: tuple[str, ...] = ()  # lower case
    aliases_zh: tuple[str, ...] = ()


@dataclass(frozen=True)
class Colour(Term):
    rgb: tuple[int, int, int] = (0, 0, 0)


@dataclass(frozen=True)
class Size(Term):
    diameter: float = 0.0  # of the bounding circle, fraction of the canvas


@dataclass(frozen=True)
class Position(Term):
    col: int = 0  # 0..2, left to right
    row: int = 0  # 0..2, top to bottom

    @property
    def centre(self) -> tuple[float, float]:
        """Cell centre (x, y) as canvas fractions."""
        return ((self.col + 0.5) / 3, (self.row + 0.5) / 3)


def _table(*terms: Term) -> dict:
    return {t.key: t for t in terms}


# fmt: off
COLOURS: dict[str, Colour] = _table(
    Colour("red", "red", "红色", ("crimson", "scarlet"), ("红",), rgb=(220, 40, 40)),
    Colour("orange", "orange", "橙色", (), ("橙", "橘色"), rgb=(245, 140, 30)),
    Colour("yellow", "yellow", "黄色", ("golden",), ("黄",), rgb=(245, 215, 40)),
    Colour("green", "green", "绿色", (), ("绿",), rgb=(50, 170, 70)),
    Colour("blue", "blue", "蓝色", (), ("蓝",), rgb=(40, 90, 220)),
    Colour("purple", "purple", "紫色", ("violet",), ("紫",), rgb=(140, 60, 190)),
    Colour("white", "white", "白色", (), ("白",), rgb=(245, 245, 245)),
    Colour("black", "black", "黑色", (), ("黑",), rgb=(25, 25, 25)),
)

SHAPES: dict[str, Term] = _table(
    Term("circle", "circle", "圆形", ("disc", "disk"), ("圆", "圆圈")),
    Term("square", "square", "正方形", ("box",), ("方块", "方形", "正方")),
    Term("triangle", "triangle", "三角形", (), ("三角",)),
    Term("star", "star", "星形", ("five-pointed star", "five pointed star"), ("星星", "五角星", "星")),
)

SIZES: dict[str, Size] = _table(
    Size("small", "small", "小", ("tiny", "little"), ("小号", "小的"), diameter=0.16),
    Size("large", "large", "大", ("big", "huge"), ("大号", "大的"), diameter=0.28),
)

POSITIONS: dict[str, Position] = _table(
    Position("top-left", "top left", "左上", ("top-left", "upper left", "upper-left"), ("左上方", "左上角"), col=0, row=0),
    Position("top", "top", "上方", ("upper", "top middle", "top centre", "top center"), ("上面", "上边", "顶部"),
             col=1, row=0),
    Position("top-right", "top right", "右上", ("top-right", "upper right", "upper-right"), ("右上方", "右上角"),
             col=2, row=0),
    Position("left", "left", "左侧", ("left side", "middle left", "centre left", "center left"), ("左边", "左面", "左方"),
             col=0, row=1),
    Position("center", "center", "中间", ("centre", "middle", "central"), ("中央", "中心", "正中"), col=1, row=1),
    Position("right", "right", "右侧", ("right side", "middle right", "centre right", "center right"),
             ("右边", "右面", "右方"), col=2, row=1),
    Position("bottom-left", "bottom left", "左下", ("bottom-left", "lower left", "lower-left"), ("左下方", "左下角"),
             col=0, row=2),
    Position("bottom", "bottom", "下方", ("lower", "bottom middle", "bottom centre", "bottom center"),
             ("下面", "下边", "底部"), col=1, row=2),
    Position("bottom-right", "bottom right", "右下", ("bottom-right", "lower right", "lower-right"),
             ("右下方", "右下角"), col=2, row=2),
)
# fmt: on


def table(kind: str) -> dict[str, Term]:
    """The table for ``kind`` ("colour", "shape", "size" or "position")."""
    tables: dict[str, dict] = {"colour": COLOURS, "shape": SHAPES, "size": SIZES, "position": POSITIONS}
    if kind not in tables:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    return tables[kind]


def _index(kind: str) -> Mapping[str, str]:
    """Every surface form of ``kind`` (English lower-cased) -> canonical key."""
    index: dict[str, str] = {}
    for key, term in table(kind).items():
        for surface in (key, term.en, *term.aliases_en):
            index[surface.lower()] = key
        for surface in (term.zh, *term.aliases_zh):
            index[surface] = key
    return MappingProxyType(index)


# Built once from the immutable tables above; read-only views, no mutable state.
_INDEXES: Mapping[str, Mapping[str, str]] = MappingProxyType({kind: _index(kind) for kind in KINDS})


def lookup(kind: str, text: str) -> str | None:
    """Canonical key for any English/Chinese name or alias of ``kind``, else None.

    English is case-insensitive and spaces/hyphens are interchangeable
    ("Top-Left", "top left"); surrounding whitespace is ignored.
    """
    if kind not in _INDEXES:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    index = _INDEXES[kind]
    cleaned = " ".join(text.strip().lower().split())
    for candidate in (cleaned, cleaned.replace("-", " "), cleaned.replace(" ", "-")):
        if candidate in index:
            return index[candidate]
    return None
