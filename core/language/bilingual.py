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
    "cape": ("斗篷", "披风"),
    "robe": ("长袍", "袍子"),
    "staff": ("法杖",),
    "wizard": ("巫师", "魔法师"),
    "cloak": ("斗篷", "披风"),
    "armor": ("盔甲", "铠甲"),
    "armour": ("盔甲", "铠甲"),
    "sword": ("剑",),
    "shield": ("盾牌", "盾"),
    "knight": ("骑士",),
    "dress": ("裙子", "连衣裙", "衣裙"),
    "shirt": ("衬衫",),
    "sweater": ("毛衣",),
    "boots": ("靴子",),
    "teapot": ("茶壶",),
    "kettle": ("水壶",),
    "sign": ("招牌", "牌子"),
    "neon sign": ("霓虹灯招牌", "霓虹灯"),
    "neon lights": ("霓虹灯",),
    "bamboo": ("竹子", "竹林"),
    "owl": ("猫头鹰",),
    "whale": ("鲸鱼",),
    "snowman": ("雪人",),
    "pagoda": ("塔", "宝塔"),
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
    "dark red": "深红色",
    "crimson": "深红色",
    "burgundy": "酒红色",
    "dark blue": "深蓝色",
    "light blue": "浅蓝色",
    "sky blue": "天蓝色",
    "dark green": "墨绿色",
    "light green": "浅绿色",
    "mint green": "薄荷绿",
    "cream": "奶油色",
    "cream white": "奶油白",
    "off-white": "米白色",
    "ivory": "象牙白",
    "light grey": "浅灰色",
    "dark grey": "深灰色",
    "matte black": "哑光黑",
    "rose gold": "玫瑰金",
    "khaki": "卡其色",
    "lavender": "薰衣草紫",
    "turquoise": "青绿色",
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


# Times, seasons and weather said as a scene value ("把背景换成夜晚" on an English prompt -> "night").
SCENE_WORDS: dict[str, str] = {
    "night": "夜晚", "evening": "傍晚", "dusk": "黄昏", "morning": "清晨", "dawn": "黎明", "daytime": "白天",
    "noon": "正午", "sunset": "日落", "sunrise": "日出", "winter": "冬天", "summer": "夏天", "spring": "春天",
    "autumn": "秋天", "rainy": "下雨天", "snowy": "下雪天", "foggy": "大雾", "overcast": "阴天", "sunny": "晴天",
}  # fmt: skip
SCENE_WORDS_ZH: dict[str, str] = {zh: en for en, zh in SCENE_WORDS.items()}
SCENE_WORDS_ZH.update({"晚上": "night", "夜里": "night", "夜间": "night", "深夜": "night", "早晨": "morning",
                       "早上": "morning", "中午": "noon", "冬季": "winter", "夏季": "summer", "春季": "spring",
                       "秋季": "autumn", "雨天": "rainy", "下雨": "rainy", "雪天": "snowy", "下雪": "snowy",
                       "雾天": "foggy", "秋": "autumn", "冬": "winter"})  # fmt: skip


def scene_word_in(value: str, prompt_is_chinese: bool) -> str:
    """A time, season or weather value in the prompt's language, when it was said in the other one."""
    v = value.strip()
    if prompt_is_chinese:
        return SCENE_WORDS.get(v.lower(), v)
    return SCENE_WORDS_ZH.get(v.rstrip("的了"), v)
