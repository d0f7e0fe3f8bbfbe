"""Random scenes and their captions: the bundled model's training data.

``caption`` varies wording (templates, object order, synonyms) so the model
learns the attributes rather than one sentence; ``canonical_caption`` is the
single deterministic phrasing the rewriter sends and evaluations use.
"""

from __future__ import annotations

import numpy as np

from core.world import vocab
from core.world.scene import MAX_OBJECTS, Identity, WorldObject, WorldScene

#: Chance that a word is replaced by one of its synonyms in ``caption``.
ALIAS_RATE = 0.15

#: English aliases that do not read as a noun after "at the" ("at the upper").
_NOT_AFTER_AT_THE = frozenset({"upper", "lower", "central"})

#: Where-phrases in Chinese: corners read better as 左上方 than 左上.
_ZH_PLACE = {
    "top-left": "左上方",
    "top": "上方",
    "top-right": "右上方",
    "left": "左侧",
    "center": "中间",
    "right": "右侧",
    "bottom-left": "左下方",
    "bottom": "下方",
    "bottom-right": "右下方",
}


def sample_scene(rng: np.random.Generator, n_objects: int | None = None) -> WorldScene:
    """A random valid scene: 1–3 objects (uniform) in distinct cells, none the background's colour."""
    n = int(rng.integers(1, MAX_OBJECTS + 1)) if n_objects is None else n_objects
    if not 1 <= n <= MAX_OBJECTS:
        raise ValueError(f"n_objects must be 1..{MAX_OBJECTS}, got {n_objects}")
    colours, shapes, sizes, positions = (list(vocab.table(k)) for k in ("colour", "shape", "size", "position"))
    background = colours[int(rng.integers(len(colours)))]
    others = [c for c in colours if c != background]
    objects = []
    for cell in rng.permutation(len(positions))[:n]:
        shape = shapes[int(rng.integers(len(shapes)))]
        objects.append(
            WorldObject(
                shape=shape,
                colour=others[int(rng.integers(len(others)))],
                size=sizes[int(rng.integers(len(sizes)))],
                position=positions[int(cell)],
                identity=Identity.from_seed(int(rng.integers(2**63)), shape),
            )
        )
    return WorldScene(background, tuple(objects))


# -- words -----------------------------------------------------------------------------------


def _en(kind: str, key: str, rng: np.random.Generator | None) -> str:
    term = vocab.table(kind)[key]
    if rng is not None and rng.random() < ALIAS_RATE:
        aliases = [a for a in term.aliases_en if a not in _NOT_AFTER_AT_THE]
        if aliases:
            return aliases[int(rng.integers(len(aliases)))]
    return term.en


def _zh(kind: str, key: str, rng: np.random.Generator | None) -> str:
    term = vocab.table(kind)[key]
    main = _ZH_PLACE[key] if kind == "position" else term.zh
    if rng is not None and rng.random() < ALIAS_RATE and term.aliases_zh:
        return term.aliases_zh[int(rng.integers(len(term.aliases_zh)))]
    return main


def _zh_size(key: str, rng: np.random.Generator | None) -> str:
    word = _zh("size", key, rng)
    return word if word.endswith(("的", "号")) else word + "的"


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _join_en(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _object_en(obj: WorldObject, rng: np.random.Generator | None) -> str:
    words = f"{_en('size', obj.size, rng)} {_en('colour', obj.colour, rng)} {_en('shape', obj.shape, rng)}"
    return f"{_article(words)} {words} at the {_en('position', obj.position, rng)}"


def _object_zh(obj: WorldObject, rng: np.random.Generator | None, where_first: bool = True) -> str:
    thing = f"一个{_zh_size(obj.size, rng)}{_zh('colour', obj.colour, rng)}{_zh('shape', obj.shape, rng)}"
    where = _zh("position", obj.position, rng)
    return f"{where}有{thing}" if where_first else f"{thing}位于{where}"


# -- captions --------------------------------------------------------------------------------

_EN_TEMPLATES = (
    "{objects}, on {bg_article} {bg} background",
    "on {bg_article} {bg} background, there {be} {objects}",
    "{bg_article} {bg} background with {objects}",
    "a picture of {objects}. the background is {bg}",
    "{objects}, against {bg_article} {bg} background",
)

_ZH_TEMPLATES = (
    "{bg}背景上，{objects}",
    "在{bg}的背景中，{objects}",
    "背景是{bg}，{objects}",
    "{objects}，背景为{bg}",
    "一幅{bg}背景的图：{objects}",
)


def _render_caption(
    scene: WorldScene, lang: str, template: int, objects: list[WorldObject], rng: np.random.Generator | None
) -> str:
    if lang == "en":
        parts = [_object_en(o, rng) for o in objects]
        bg = _en("colour", scene.background, rng)
        return _EN_TEMPLATES[template].format(
            objects=_join_en(parts), bg=bg, bg_article=_article(bg), be="is" if len(objects) == 1 else "are"
        )
    if lang == "zh":
        where_first = rng is None or rng.random() < 0.8  # "左上方有一个…" mostly, "一个…位于左上方" sometimes
        parts = [_object_zh(o, rng, where_first) for o in objects]
        return _ZH_TEMPLATES[template].format(objects="，".join(parts), bg=_zh("colour", scene.background, rng))
    raise ValueError(f"lang must be 'en' or 'zh', got {lang!r}")


def caption(scene: WorldScene, lang: str, rng: np.random.Generator) -> str:
    """A varied caption: random template, object order and occasional synonyms."""
    templates = _EN_TEMPLATES if lang == "en" else _ZH_TEMPLATES
    template = int(rng.integers(len(templates)))
    order = [scene.objects[i] for i in rng.permutation(len(scene.objects))]
    return _render_caption(scene, lang, template, order, rng)


def canonical_caption(scene: WorldScene, lang: str) -> str:
    """The one deterministic caption: first template, objects in the scene's order, main words only.

    e.g. "a large red circle at the top left and a small blue star at the bottom right, on a yellow background"
    and "黄色背景上，左上方有一个大的红色圆形，右下方有一个小的蓝色星形".
    """
    return _render_caption(scene, lang, 0, list(scene.objects), None)
