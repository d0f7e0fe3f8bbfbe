"""Words for the same thing in English and Chinese, for an edit said in the other language than its prompt.

"make the aurora pink" on "一座雪山下的湖泊……极光" has to find 极光; "把车改成蓝色" on "a red vintage car" has to
find "car". The prompt keeps its own language: a colour said in the other language is written in the prompt's
("pink" becomes 粉色 there), because a colour is one word with one meaning; anything else the user wrote stays
as written.
"""

from __future__ import annotations

# English head word -> Chinese words for it (the first one is the one written into a Chinese prompt).
NOUNS: dict[str, tuple[str, ...]] = {
    "aurora": ("极光",),
    "northern lights": ("极光",),
    "sky": ("天空", "天"),
    "sun": ("太阳",),
    "moon": ("月亮", "月"),
    "star": ("星星", "星"),
    "stars": ("星星", "星空"),
    "cloud": ("云", "云朵"),
    "clouds": ("云", "云朵"),
    "sea": ("大海", "海"),
    "ocean": ("海洋", "大海", "海"),
    "lake": ("湖泊", "湖"),
    "river": ("河流", "河"),
    "mountain": ("山",),
    "mountains": ("山",),
    "snow": ("雪",),
    "rain": ("雨",),
    "tree": ("树",),
    "trees": ("树",),
    "forest": ("森林",),
    "flower": ("花",),
    "flowers": ("花",),
    "grass": ("草",),
    "leaves": ("叶子", "树叶"),
    "car": ("车", "汽车"),
    "truck": ("卡车", "皮卡", "车"),
    "van": ("面包车", "车"),
    "jeep": ("吉普车", "车"),
    "bus": ("公交车", "巴士"),
    "bicycle": ("自行车", "单车"),
    "bike": ("自行车", "单车"),
    "boat": ("船",),
    "train": ("火车", "列车"),
    "house": ("房子", "房屋"),
    "cabin": ("小屋", "木屋"),
    "building": ("楼", "建筑"),
    "buildings": ("高楼", "楼", "建筑"),
    "street": ("街道", "街"),
    "road": ("路", "公路"),
    "bridge": ("桥",),
    "window": ("窗户", "窗"),
    "door": ("门",),
    "wall": ("墙",),
    "walls": ("墙",),
    "floor": ("地板", "地面"),
    "table": ("桌子", "桌"),
    "chair": ("椅子",),
    "sofa": ("沙发",),
    "lamp": ("灯",),
    "lantern": ("灯笼",),
    "lanterns": ("灯笼",),
    "candle": ("蜡烛",),
    "cup": ("杯子", "杯"),
    "mug": ("马克杯", "杯子"),
    "bowl": ("碗",),
    "plate": ("盘子",),
    "vase": ("花瓶",),
    "bottle": ("瓶子", "瓶"),
    "book": ("书",),
    "books": ("书",),
    "cat": ("猫",),
    "dog": ("狗",),
    "puppy": ("小狗", "狗"),
    "bird": ("鸟",),
    "horse": ("马",),
    "fish": ("鱼",),
    "rabbit": ("兔子",),
    "fox": ("狐狸",),
    "girl": ("女孩",),
    "boy": ("男孩",),
    "woman": ("女人", "女子"),
    "man": ("男人", "男子"),
    "people": ("行人", "路人", "人"),
    "hair": ("头发",),
    "dress": ("裙子", "连衣裙"),
    "coat": ("外套", "大衣"),
    "jacket": ("夹克", "外套"),
    "hat": ("帽子",),
    "scarf": ("围巾",),
    "umbrella": ("伞", "雨伞"),
    "shoes": ("鞋",),
    "background": ("背景",),
    "light": ("灯光", "光"),
    "lighting": ("灯光", "光线"),
    "title": ("标题",),
    "text": ("文字",),
    "logo": ("标志", "logo"),
    "poster": ("海报",),
    "frisbee": ("飞盘",),
    "ball": ("球",),
    "kite": ("风筝",),
    "balloon": ("气球",),
    "tent": ("帐篷",),
    "campfire": ("篝火",),
    "fire": ("火", "篝火"),
    "fireplace": ("壁炉",),
    "waterfall": ("瀑布",),
    "island": ("岛", "小岛"),
    "beach": ("沙滩", "海滩"),
    "desert": ("沙漠",),
    "field": ("田野", "麦田"),
    "garden": ("花园",),
    "park": ("公园",),
    "city": ("城市",),
    "tower": ("塔",),
    "temple": ("寺庙", "庙"),
    "castle": ("城堡",),
    "lighthouse": ("灯塔",),
    "bench": ("长椅",),
    "bed": ("床",),
    "rug": ("地毯",),
    "carpet": ("地毯",),
    "curtain": ("窗帘",),
    "curtains": ("窗帘",),
    "plant": ("植物", "绿植"),
    "plants": ("植物", "绿植"),
    "cake": ("蛋糕",),
    "coffee": ("咖啡",),
    "tea": ("茶",),
    "bread": ("面包",),
    "egg": ("鸡蛋", "蛋"),
    "fruit": ("水果",),
    "apple": ("苹果",),
    "lemon": ("柠檬",),
    "ice": ("冰块", "冰"),
    "glasses": ("眼镜",),
    "bag": ("包",),
    "robot": ("机器人",),
    "dragon": ("龙",),
    "butterfly": ("蝴蝶",),
    "rabbit ears": ("兔耳",),
    "panda": ("熊猫",),
    "tiger": ("老虎",),
    "bear": ("熊",),
    "deer": ("鹿",),
    "child": ("孩子", "小孩"),
    "children": ("孩子们", "孩子"),
    "crowd": ("人群",),
    "astronaut": ("宇航员",),
    "old man": ("老人", "老爷爷"),
    "umbrella stand": ("伞架",),
}

# Chinese word -> English head words, derived from the table above.
NOUNS_ZH: dict[str, tuple[str, ...]] = {}
for _en, _zhs in NOUNS.items():
    for _zh in _zhs:
        NOUNS_ZH[_zh] = (*NOUNS_ZH.get(_zh, ()), _en)

COLOURS: dict[str, str] = {
    "red": "红色",
    "orange": "橙色",
    "yellow": "黄色",
    "green": "绿色",
    "blue": "蓝色",
    "purple": "紫色",
    "pink": "粉色",
    "white": "白色",
    "black": "黑色",
    "grey": "灰色",
    "gray": "灰色",
    "brown": "棕色",
    "gold": "金色",
    "golden": "金色",
    "silver": "银色",
    "teal": "青色",
    "beige": "米色",
    "navy": "藏青色",
}
COLOURS_ZH: dict[str, str] = {}
for _en, _zh in COLOURS.items():
    COLOURS_ZH.setdefault(_zh, _en)
    COLOURS_ZH.setdefault(_zh.rstrip("色"), _en)


def zh_words(english: str) -> tuple[str, ...]:
    """The Chinese words for an English noun ("the aurora" -> 极光), longest names first."""
    low = english.lower().strip()
    low = low.removeprefix("the ").removeprefix("a ").removeprefix("an ")
    return NOUNS.get(low, ()) or NOUNS.get(low.split()[-1], ()) if low else ()


def en_words(chinese: str) -> tuple[str, ...]:
    """The English words for a Chinese noun ("车" -> car)."""
    return NOUNS_ZH.get(chinese.strip(" 的"), ())


def colour_in(value: str, lang: str) -> str | None:
    """A colour value said in one language, written in the other ("pink" -> 粉色, "蓝色" -> "blue"); None if the
    value is not just a colour."""
    v = value.strip().lower().rstrip("的")
    if lang == "zh":
        return COLOURS.get(v)
    return COLOURS_ZH.get(v)
