"""Word classes the edits share (colours, tones, finishes, materials, sizes), so every module asks
whether a word is a colour or a material the same way."""

from __future__ import annotations

import re

from core.language import bilingual
from core.language.patterns import compiled

COLOURS_EN = frozenset(
    [
        "red",
        "orange",
        "yellow",
        "green",
        "blue",
        "purple",
        "white",
        "black",
        "grey",
        "gray",
        "pink",
        "brown",
        "gold",
        "golden",
        "silver",
        "beige",
        "cream",
        "oatmeal",
        "ecru",
        "greige",
        "ivory",
        "navy",
        "teal",
        "turquoise",
        "cyan",
        "magenta",
        "crimson",
        "scarlet",
        "burgundy",
        "maroon",
        "emerald",
        "olive",
        "mustard",
        "amber",
        "auburn",
        "lilac",
        "violet",
        "indigo",
        "tan",
        "copper",
        "bronze",
        "coral",
        "aqua",
        "charcoal",
        "khaki",
        "sepia",
        "ochre",
        "terracotta",
        "azure",
        "cobalt",
        "sapphire",
        "platinum",
        "chartreuse",
        "ebony",
        "mint",
        "sage",
        "rust",
        "taupe",
        "mauve",
        "lavender",
        "ginger",
        "cognac",
        "blush",
        "champagne",
        "peach",
        "plum",
        "wine",
        "oxblood",
        "denim",
    ]
)
# Colour only as a modifier already in the prompt ("a camel coat"); as a value, "a camel" is an animal.
# "clear glass" says the glass has no colour: it takes the colour word's place ("a blue glass vase" -> "a clear glass vase").
CLEAR_EN = frozenset(["clear", "transparent", "translucent", "see-through", "colourless", "colorless"])
PROMPT_COLOURS_EN = COLOURS_EN | CLEAR_EN | {"camel", "celadon"}
FINISH_EN = frozenset(
    ["matte", "glossy", "satin", "metallic", "shiny", "polished", "brushed", "frosted", "chrome", "pearl"]
)
TONES_EN = frozenset(
    [
        "light",
        "dark",
        "deep",
        "pale",
        "bright",
        "soft",
        "pastel",
        "vivid",
        "dusty",
        "muted",
        "neon",
        "hot",
        "baby",
        "sky",
        "royal",
        "forest",
        "chocolate",
        "caramel",
        "honey",
        "coffee",
        "cream",
        "olive",
        "lime",
        "lemon",
        "cherry",
        "blood",
        "powder",
        "electric",
        "burnt",
        "ice",
        "sea",
        "mint",
        "rose",
        "dusky",
        "warm",
        "cool",
        "arctic",
        "snow",
        "blush",
        "jet",
        "midnight",
        "off",
        "sand",
        "acid",
        "stone",
        "slate",
        "steel",
        "sage",
        "moss",
        "dove",
        "smoky",
        "smoke",
    ]
)
MATERIALS_EN = frozenset(
    [
        # packaging and product words ("a kraft paper label" -> "gold foil label")
        "foil",
        "kraft",
        "parchment",
        "vellum",
        "cork",
        "neoprene",
        "pewter",
        "titanium",
        "stoneware",
        "mesh",
        "nylon",
        "polyester",
        "burlap",
        "washi",
        "holographic",
        "iridescent",
        "pearlescent",
        "lacquered",
        "lacquer",
        "gilded",
        "limestone",
        "sandstone",
        "plaster",
        "stucco",
        "zinc",
        "boucle",
        "bouclé",
        "corduroy",
        "tweed",
        "jute",
        "sherpa",
        "cane",
        "wooden",
        "wood",
        "oak",
        "pine",
        "walnut",
        "maple",
        "bamboo",
        "glass",
        "marble",
        "granite",
        "stone",
        "concrete",
        "brick",
        "metal",
        "metallic",
        "steel",
        "stainless",
        "slate",
        "terrazzo",
        "quartz",
        "travertine",
        "onyx",
        "jade",
        "enamel",
        "acrylic",
        "resin",
        "iron",
        "brass",
        "copper",
        "bronze",
        "leather",
        "velvet",
        "linen",
        "cotton",
        "silk",
        "wool",
        "woolen",
        "woollen",
        "knitted",
        "satin",
        "denim",
        "ceramic",
        "porcelain",
        "clay",
        "paper",
        "plastic",
        "crystal",
        "gold",
        "silver",
        "golden",
        "rattan",
        "wicker",
        "straw",
        "felt",
        "fur",
        "suede",
        "cardboard",
        "rubber",
        "chrome",
        "aluminium",
        "aluminum",
        "tin",
        "lace",
        "tweed",
        "cashmere",
    ]
)
ADJ_LEAD_EN = frozenset(
    [
        "tiny",
        "small",
        "little",
        "big",
        "large",
        "huge",
        "giant",
        "cute",
        "old",
        "young",
        "new",
        "vintage",
        "fluffy",
        "round",
        "tall",
        "long",
        "short",
        "beautiful",
        "elegant",
        "majestic",
        "cozy",
        "cosy",
        "lone",
        "single",
        "fresh",
        "modern",
        "ancient",
        "rugged",
        "sleeping",
        "smiling",
        "happy",
        "sad",
        "grumpy",
        "adorable",
        "small-ish",
        "worn",
        "shiny",
        "matte",
        "glossy",
    ]
)
# Chinese colour words are built, not listed: a core hue ("绿") or 色, after up to two modifiers of
# tone, finish or likeness ("墨绿", "军绿色", "荧光绿", "哑光灰", "奶油黄", "焦糖色", "燕麦色").
_ZH_HUE = r"红|橙|橘|黄|绿|蓝|紫|白|黑|灰|粉|棕|褐|金|银|青|米|驼"
_ZH_TINT = (
    r"深|浅|淡|亮|暗|嫩|粉|灰|墨|藏|军|宝|湖|天|海军|奶油|荧光|哑光|亚光|磨砂|焦糖|燕麦|雾霾|香槟|玫瑰|珊瑚|薄荷|樱花|孔雀|"
    r"咖啡|巧克力|芥末|柠檬|橄榄|牛仔|砖|铁锈|土|姜|桃|杏|奶|乳|象牙|珍珠|古铜|玫|酒|枣|胭脂|朱|绛|赭|靛|松石|翡翠|苔藓|藕|"
    r"丁香|薰衣草|烟|炭|石墨|雾|电光|克莱因|莫兰迪|马卡龙|暖|冷|纯|漆|草|翠|琥珀|原木|浅木|卡其|钴|铜|橘|金|银|米|驼|紫罗兰|"
    r"宝石|冰|雪|豆沙|奶茶|抹茶|蜜桃|柿子|橙|祖母|正|番茄|枫叶|湛|蔚|鼠尾草|雾霾|烟灰|脏"
)
# "X色" alone: not 天色 / 夜色 / 景色 (the sky, the night, a view).
_ZH_TINT_SE = "|".join(x for x in _ZH_TINT.split("|") if x not in ("天", "暖", "冷", "纯", "漆", "雪", "冰", "湖"))
COLOUR_ZH = re.compile(
    rf"(?:(?:{_ZH_TINT}){{0,2}}(?:{_ZH_HUE})+色?|(?:{_ZH_TINT_SE})色|香槟|卡其|咖啡色|琥珀色|原木色|浅木色)"
    r"(?:的)?"
)
# a colour word right at the end of the text before a thing ("红色" of "红色雨伞"); compiled once: COLOUR_ZH is large
COLOUR_BEFORE_ZH = re.compile(rf"(?:{COLOUR_ZH.pattern})的?$")
COLOUR_ZH_CORE = re.compile(r"(?:红|橙|橘|黄|绿|蓝|紫|白|黑|灰|粉|棕|褐|金|银|青)")


# Colour names whose words are not colours on their own ("a rose" is a flower; "dusty rose" is a colour).
_COLOUR_NAMES_EN = frozenset(
    ["dusty rose", "old rose", "rose gold", "rose pink", "blush pink", "duck egg", "duck egg blue"]
)


def _zh_colour_value(value: str) -> bool:
    """A Chinese value that is only a colour ("黑色", "蓝的", "红白条纹的", "香槟色"), not "换个颜色"."""
    v = value.strip().rstrip("吧了呀啊").removesuffix("的")
    if not v or len(v) > 8 or re.search(r"[颜个换改变种点些]", v):
        return False
    return bool(
        COLOUR_ZH.fullmatch(v)
        or v in bilingual.COLOURS_ZH
        or re.fullmatch(r"[\u4e00-\u9fff]{1,2}色", v)
        or compiled(rf"(?:{COLOUR_ZH_CORE.pattern}){{1,3}}(?:相间的?)?条纹").fullmatch(v)
    )


def _zh_colour_word(value: str) -> str:
    """ "蓝的" -> "蓝色": a bare hue said as the colour it names."""
    v = value.strip().rstrip("吧了呀啊").removesuffix("的")
    return v + "色" if COLOUR_ZH_CORE.fullmatch(v) else value.strip().rstrip("吧了呀啊")


# patterns and treatments said like a colour ("make the balloon striped red and white", "cream knit")
TEXTURES_EN = frozenset(
    (
        "striped",
        "speckled",
        "mottled",
        "marbled",
        "crackled",
        "spotted",
        "dotted",
        "polka-dot",
        "checked",
        "checkered",
        "plaid",
        "tartan",
        "floral",
        "patterned",
        "knit",
        "knitted",
        "woven",
        "quilted",
        "crocheted",
        "embroidered",
        "blackened",
        "hammered",
        "distressed",
        "weathered",
        "glazed",
        "lacquered",
        "rusty",
        "rusted",
        "pastel",
        "neon",
        "iridescent",
        "holographic",
    )
)


def _is_modifier(value: str) -> bool:
    """A colour or material for an object ("red", "navy blue", "black marble", "light oak"), not a new noun."""
    ws = [x.lower() for x in value.split()]
    if not ws or re.match(r"(?:a|an|the|some)$", ws[0]):
        return False
    if len(ws) == 2 and ws[0] in ("autumn", "pastel", "neon", "dusty", "burnt", "deep") and ws[1] in PROMPT_COLOURS_EN:
        return True  # "autumn red"
    return " ".join(ws) in _COLOUR_NAMES_EN or all(
        x in PROMPT_COLOURS_EN
        or x in TONES_EN
        or x in MATERIALS_EN
        or x in FINISH_EN
        or x in TEXTURES_EN
        or x in ("and", "bright")
        for x in ws
    )


_SIZES_EN = {"bigger": "big", "larger": "large", "smaller": "small", "tinier": "tiny", "huger": "huge",
             "more small": "small", "more big": "big", "more large": "large", "less big": "small"}  # fmt: skip
_MOOD_EN = frozenset(
    ["dark", "bright", "cozy", "cosy", "misty", "foggy", "gloomy", "quiet", "busy", "crowded", "ancient", "old",
     "abandoned", "lonely", "lone", "peaceful", "serene", "moody", "dramatic", "mysterious", "haunted", "magical",
     "geometric", "minimalist", "abstract", "stylized", "stylised", "low-poly", "cartoon", "flat", "cute",
     # how a living thing is, kept when it becomes another ("a happy beagle" -> "a happy corgi")
     "happy", "smiling", "sleepy", "sleeping", "friendly", "curious", "playful", "grumpy", "sad", "brave", "proud",
     "young", "elderly", "laughing", "confident", "shy"]
)  # fmt: skip
_SIZE_WORDS_EN = (
    "small",
    "large",
    "big",
    "tiny",
    "huge",
    "little",
    "giant",
    "enormous",
    "massive",
    "miniature",
    "tall",
)


# what a thing of the picture can be made to do: "make the dragon breathe fire", "can the girl hold a lantern"
ACTION_VERBS = (
    "breathe|hold|wear|carry|sit|stand|fly|smile|wave|jump|run|swim|read|play|eat|drink|sing|dance|sleep|laugh|"
    "glow|shine|face|point|kneel|lie|lean|ride|walk|climb|hug|juggle|blow|spit|shoot|throw|catch|chase|kick"
)


def gerund(verb: str) -> str:
    """ "breathe" -> "breathing", "run" -> "running", "lie" -> "lying"."""
    v = verb.lower()
    if v == "lie":
        return "lying"
    if v in ("run", "swim", "sit", "shop", "hug", "spit"):
        return v + v[-1] + "ing"
    if v.endswith("e") and not v.endswith(("ee", "ye")):
        return v[:-1] + "ing"
    return v + "ing"


# what a food or drink tastes of: "mango coulis", "matcha latte"
FLAVOURS_EN = frozenset(("vanilla", "chocolate", "strawberry", "matcha", "mint", "mango", "lemon", "caramel", "coffee",
                         "pistachio", "raspberry", "blueberry", "cherry", "coconut", "peach", "banana"))  # fmt: skip
FRUIT_FLAVOURS_EN = frozenset(("lime", "orange", "blood orange", "grapefruit", "grape", "apple", "watermelon", "ginger",
                               "honey", "cinnamon", "hazelnut", "yuzu", "lychee", "passion fruit", "cola", "rose",
                               "blackberry", "plum", "apricot", "pear", "pomegranate", "pineapple", "cranberry"))  # fmt: skip
