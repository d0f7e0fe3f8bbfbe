"""A small bilingual lexicon for scenes outside the shapes world ("a red fox in a snowy forest").

Values are stored in English (the canonical key) whatever language the user writes, so a scene
means the same in both languages and ``describe`` can phrase it in either.
"""

from __future__ import annotations

# key: (English surfaces, Chinese surfaces). English plurals are listed where they are irregular;
# regular "s"/"es" plurals are accepted by the matcher.
# fmt: off
NOUNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fox": (("fox", "foxes"), ("狐狸",)),
    "cat": (("cat", "kitten", "kitty"), ("猫", "小猫", "猫咪")),
    "dog": (("dog", "puppy", "puppies"), ("狗", "小狗")),
    "bird": (("bird",), ("鸟", "小鸟")),
    "owl": (("owl",), ("猫头鹰",)),
    "horse": (("horse",), ("马",)),
    "rabbit": (("rabbit", "bunny", "bunnies"), ("兔子", "小兔", "兔")),
    "bear": (("bear",), ("熊",)),
    "panda": (("panda",), ("熊猫",)),
    "deer": (("deer",), ("鹿", "小鹿")),
    "wolf": (("wolf", "wolves"), ("狼",)),
    "tiger": (("tiger",), ("老虎",)),
    "lion": (("lion",), ("狮子",)),
    "elephant": (("elephant",), ("大象",)),
    "penguin": (("penguin",), ("企鹅",)),
    "fish": (("fish", "goldfish"), ("鱼", "金鱼")),
    "whale": (("whale",), ("鲸鱼", "鲸")),
    "butterfly": (("butterfly", "butterflies"), ("蝴蝶",)),
    "dragon": (("dragon",), ("龙",)),
    "unicorn": (("unicorn",), ("独角兽",)),
    "girl": (("girl",), ("女孩", "小女孩")),
    "boy": (("boy",), ("男孩", "小男孩")),
    "woman": (("woman", "women", "lady"), ("女人", "女士")),
    "man": (("man", "men"), ("男人", "男士")),
    "child": (("child", "children", "kid"), ("孩子", "小孩")),
    "astronaut": (("astronaut",), ("宇航员",)),
    "robot": (("robot",), ("机器人",)),
    "knight": (("knight",), ("骑士",)),
    "house": (("house",), ("房子", "房屋")),
    "cottage": (("cottage", "cabin", "hut"), ("小屋", "木屋")),
    "castle": (("castle",), ("城堡",)),
    "lighthouse": (("lighthouse",), ("灯塔",)),
    "tree": (("tree",), ("树", "大树")),
    "flower": (("flower",), ("花", "花朵")),
    "car": (("car",), ("汽车", "小汽车", "车")),
    "bicycle": (("bicycle", "bike"), ("自行车",)),
    "boat": (("boat", "sailboat", "ship"), ("船", "小船", "帆船")),
    "train": (("train",), ("火车",)),
    "balloon": (("hot air balloon", "balloon"), ("热气球", "气球")),
    "teapot": (("teapot",), ("茶壶",)),
    "cup": (("cup", "mug"), ("杯子",)),
    "apple": (("apple",), ("苹果",)),
    "bench": (("bench",), ("长椅",)),
}

SETTINGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "forest": (("forest", "woods", "woodland"), ("森林", "树林")),
    "bamboo forest": (("bamboo forest", "bamboo grove"), ("竹林",)),
    "jungle": (("jungle", "rainforest"), ("丛林", "雨林")),
    "beach": (("beach", "seaside", "shore"), ("海滩", "沙滩", "海边")),
    "ocean": (("ocean", "sea"), ("大海", "海洋", "海上", "海里")),
    "desert": (("desert",), ("沙漠",)),
    "mountains": (("mountains", "mountain"), ("山", "山上", "山里", "群山", "山顶")),
    "meadow": (("meadow", "field", "grassland"), ("草地", "草原", "田野")),
    "garden": (("garden",), ("花园",)),
    "park": (("park",), ("公园",)),
    "city": (("city", "town", "street"), ("城市", "街道", "街上", "小镇")),
    "village": (("village",), ("村庄", "村子")),
    "lake": (("lake", "pond"), ("湖", "湖边", "池塘")),
    "river": (("river",), ("河", "河边", "小河")),
    "space": (("outer space", "space"), ("太空", "外太空")),
    "room": (("room", "living room", "bedroom"), ("房间", "客厅", "卧室")),
    "kitchen": (("kitchen",), ("厨房",)),
    "library": (("library",), ("图书馆",)),
    "snow": (("snowfield", "snow"), ("雪地", "雪中")),
    "night sky": (("night sky", "starry sky"), ("星空", "夜空")),
    "sky": (("sky", "clouds"), ("天空", "云端", "空中")),
    "cave": (("cave",), ("山洞", "洞穴")),
    "sofa": (("sofa", "couch"), ("沙发",)),
    "moon": (("moon", "lunar surface"), ("月球", "月亮上")),
    "hill": (("hill", "hillside"), ("山坡", "小山")),
    "roof": (("roof", "rooftop"), ("屋顶", "房顶")),
    "farm": (("farm",), ("农场",)),
    "bridge": (("bridge",), ("桥上", "桥")),
    "classroom": (("classroom",), ("教室",)),
    "cafe": (("cafe", "coffee shop"), ("咖啡馆",)),
    "underwater": (("underwater", "under the sea"), ("水下", "海底")),
    "island": (("island",), ("小岛", "岛上", "岛")),
}

# Adjectives that qualify a setting ("snowy forest"): key -> (English, Chinese).
SETTING_MODIFIERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "snowy": (("snowy", "snow-covered", "snow covered", "frozen", "icy"), ("下雪的", "积雪的", "白雪皑皑的", "雪中的", "冰雪")),
    "dark": (("dark", "gloomy"), ("黑暗的", "幽暗的", "阴暗的")),
    "sunny": (("sunny", "sunlit"), ("阳光明媚的", "阳光下的")),
    "misty": (("misty",), ("雾蒙蒙的", "起雾的", "迷雾")),
    "enchanted": (("enchanted", "magical", "magic"), ("魔法", "神奇的", "梦幻的")),
    "quiet": (("quiet", "peaceful", "calm"), ("宁静的", "安静的")),
    "busy": (("busy", "crowded"), ("热闹的", "繁华的")),
    "tropical": (("tropical",), ("热带",)),
    "autumn": (("autumnal",), ("秋天的",)),
}

SEASONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "winter": (("winter", "wintertime", "wintry"), ("冬天", "冬季", "冬日")),
    "summer": (("summer", "summertime"), ("夏天", "夏季", "夏日")),
    "autumn": (("autumn", "fall"), ("秋天", "秋季", "秋日")),
    "spring": (("spring", "springtime"), ("春天", "春季", "春日")),
}

TIMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "night": (("night", "nighttime", "midnight"), ("夜晚", "晚上", "夜里", "夜间", "黑夜", "深夜")),
    "sunset": (("sunset", "dusk", "evening"), ("日落", "黄昏", "傍晚", "夕阳")),
    "sunrise": (("sunrise", "dawn"), ("日出", "黎明", "清晨")),
    "day": (("daytime", "midday", "noon", "day"), ("白天", "中午", "白昼")),
}

WEATHER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "rain": (("rain", "rainy", "raining"), ("下雨", "雨中", "雨天", "雨")),
    "snow": (("snowing", "snowfall", "snowstorm"), ("下雪", "雪花", "大雪")),
    "fog": (("fog", "foggy", "mist"), ("大雾", "雾天", "雾")),
    "storm": (("storm", "stormy", "thunderstorm"), ("暴风雨", "雷雨")),
    "sunny": (("sunshine", "clear sky"), ("晴天", "晴朗")),
}

STYLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "watercolor": (("watercolor", "watercolour", "water colour", "water color"), ("水彩",)),
    "oil painting": (("oil painting", "oil"), ("油画",)),
    "pixel art": (("pixel art", "pixel", "8-bit", "8 bit"), ("像素",)),
    "anime": (("anime", "manga"), ("动漫", "动画", "二次元")),
    "pencil sketch": (("pencil sketch", "sketch", "pencil drawing", "pencil"), ("素描", "铅笔画")),
    "photorealistic": (("photorealistic", "realistic", "photo", "photograph"), ("写实", "照片", "真实")),
    "cartoon": (("cartoon", "comic"), ("卡通", "漫画")),
    "ink wash painting": (("ink wash", "chinese ink", "ink painting", "ink"), ("水墨", "国画")),
    "3d render": (("3d render", "3d", "cgi"), ("3d渲染", "三维")),
    "impressionist": (("impressionist", "impressionism", "van gogh"), ("印象派", "梵高")),
}

# Things a subject wears ("wearing a scarf") or holds ("holding an umbrella").
WORN: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "scarf": (("scarf", "scarves"), ("围巾",)),
    "hat": (("hat",), ("帽子",)),
    "cap": (("cap", "baseball cap"), ("鸭舌帽",)),
    "top hat": (("top hat",), ("礼帽",)),
    "crown": (("crown",), ("王冠", "皇冠")),
    "glasses": (("glasses", "spectacles"), ("眼镜",)),
    "sunglasses": (("sunglasses",), ("墨镜", "太阳镜")),
    "bow tie": (("bow tie", "bowtie"), ("领结",)),
    "cape": (("cape", "cloak"), ("斗篷", "披风")),
    "backpack": (("backpack",), ("背包", "书包")),
    "jacket": (("jacket", "coat"), ("夹克", "外套")),
    "boots": (("boots",), ("靴子",)),
    "collar": (("collar",), ("项圈",)),
    "helmet": (("helmet",), ("头盔",)),
    "raincoat": (("raincoat", "rain coat"), ("雨衣",)),
    "sweater": (("sweater", "jumper"), ("毛衣",)),
    "hoodie": (("hoodie",), ("卫衣",)),
    "apron": (("apron",), ("围裙",)),
    "gloves": (("gloves", "mittens"), ("手套",)),
}
HELD: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "umbrella": (("umbrella",), ("雨伞", "伞")),
    "lantern": (("lantern",), ("灯笼",)),
    "book": (("book",), ("书",)),
    "sword": (("sword",), ("剑",)),
    "bouquet": (("bouquet",), ("花束",)),
    "kite": (("kite",), ("风筝",)),
}

# Subjects that wear or hold nothing: "give him an umbrella" skips them for the nearest living subject.
INANIMATE = frozenset(
    {"house", "cottage", "castle", "lighthouse", "tree", "flower", "car", "bicycle", "boat", "train", "balloon",
     "teapot", "cup", "apple", "bench", "circle", "square", "triangle", "star"}
)  # fmt: skip

# Colours outside the shapes world's palette (general subjects only).
EXTRA_COLOURS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "brown": (("brown",), ("棕色", "褐色", "棕")),
    "grey": (("grey", "gray"), ("灰色", "灰")),
    "pink": (("pink",), ("粉色", "粉红色", "粉红")),
    "gold": (("gold",), ("金色",)),
    "silver": (("silver",), ("银色",)),
}
# fmt: on

TABLES: dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "noun": NOUNS,
    "setting": SETTINGS,
    "modifier": SETTING_MODIFIERS,
    "season": SEASONS,
    "time": TIMES,
    "weather": WEATHER,
    "style": STYLES,
    "worn": WORN,
    "held": HELD,
    "xcolour": EXTRA_COLOURS,
}


# Chinese measure words ("一只狐狸", "一匹马"); anything else takes 个.
MEASURE_ZH = {
    **dict.fromkeys(("fox", "cat", "dog", "bird", "owl", "rabbit", "bear", "panda", "deer", "wolf", "tiger", "lion",
                     "elephant", "penguin", "butterfly", "unicorn"), "只"),
    "horse": "匹", "fish": "条", "whale": "头", "dragon": "条", "house": "座", "cottage": "座", "castle": "座",
    "lighthouse": "座", "tree": "棵", "flower": "朵", "car": "辆", "bicycle": "辆", "boat": "艘", "train": "列",
    "astronaut": "位", "knight": "位", "teapot": "把", "bench": "张", "scarf": "条", "tie": "条", "necklace": "条",
    "hat": "顶", "cap": "顶", "crown": "顶", "umbrella": "把", "chair": "把", "table": "张", "rug": "块", "lamp": "盏",
}  # fmt: skip


def zh_word(kind: str, key: str) -> str | None:
    """The first Chinese surface of ``key`` in table ``kind``."""
    entry = TABLES[kind].get(key)
    return entry[1][0] if entry else None


# Kinds of a thing, for edits that name the general word ("make the car mint green" for "a vintage red
# convertible", "remove the plant" for "a fiddle leaf fig"). English keys are singular stems.
# fmt: off
HYPONYMS_EN: dict[str, tuple[str, ...]] = {
    "car": ("convertible", "sedan", "suv", "jeep", "coupe", "hatchback", "roadster", "cabriolet", "limousine", "limo",
            "taxi", "cab", "minivan", "wagon", "racecar", "beetle"),
    "vehicle": ("car", "truck", "bus", "van", "tractor", "motorcycle", "scooter", "convertible", "suv", "jeep"),
    "plant": ("fig", "fern", "cactus", "succulent", "monstera", "palm", "bonsai", "orchid", "ivy", "pothos", "aloe"),
    "dog": ("puppy", "retriever", "terrier", "poodle", "corgi", "husky", "labrador", "beagle", "dachshund", "shepherd",
            "bulldog", "spaniel", "pug", "collie", "dalmatian", "shiba"),
    "cat": ("kitten", "tabby", "persian", "siamese", "ragdoll", "sphynx", "calico", "bengal"),
    "lab": ("labrador",),
    "guy": ("man", "boy"),
    "dude": ("man",),
    "lady": ("woman",),
    "labrador": ("lab",),
    "bird": ("owl", "parrot", "sparrow", "robin", "eagle", "crow", "raven", "pigeon", "hummingbird", "finch",
             "swallow", "heron", "crane", "seagull", "gull", "magpie", "bluebird", "flamingo"),
    "flower": ("rose", "tulip", "sunflower", "daisy", "lily", "peony", "orchid", "lotus", "poppy", "bloom", "blossom"),
    "tree": ("oak", "pine", "maple", "birch", "willow", "fir", "cypress", "sakura", "baobab", "redwood", "elm"),
    "boat": ("sailboat", "yacht", "canoe", "kayak", "ship", "ferry", "gondola", "dinghy", "rowboat", "junk"),
    "house": ("cottage", "cabin", "farmhouse", "villa", "mansion", "bungalow", "hut", "chalet"),
    "building": ("house", "tower", "skyscraper", "church", "temple", "castle", "museum", "cottage", "cabin"),
    "cup": ("mug", "teacup"),
    "mug": ("cup", "teacup"),
    "shoe": ("sneaker", "boot", "heel", "sandal", "loafer", "trainer", "slipper"),
    "coat": ("jacket", "raincoat", "parka", "overcoat", "trenchcoat", "blazer", "cloak"),
    "jacket": ("coat", "blazer", "parka", "raincoat"),
    "dress": ("gown", "sundress", "qipao", "kimono"),
    "hat": ("cap", "beanie", "fedora", "beret", "bonnet"),
    "bag": ("backpack", "handbag", "purse", "tote", "satchel"),
    "sofa": ("couch", "loveseat", "settee"),
    "couch": ("sofa", "loveseat", "settee"),
    "drink": ("coffee", "tea", "latte", "cappuccino", "juice", "cocktail", "lemonade", "espresso"),
    "bike": ("bicycle", "motorcycle"),
    "bicycle": ("bike",),
    "lamp": ("lantern", "lamp"),
    "light": ("lamp", "lantern", "chandelier"),
    "cake": ("cupcake", "cheesecake", "gateau"),
    "bread": ("croissant", "baguette", "loaf", "bun"),
    "fruit": ("apple", "orange", "pear", "peach", "strawberry", "cherry", "grape", "lemon", "banana", "blueberry"),
    "mountain": ("peak", "volcano", "summit"),
    "animal": ("dog", "cat", "fox", "horse", "rabbit", "bear", "deer", "wolf", "tiger", "lion", "puppy", "kitten"),
}
# Chinese: a general word and the characters a compound ends with ("杯子" ~ "马克杯", "鞋子" ~ "运动鞋",
# "裤子" ~ "阔腿裤", "月亮" ~ "满月"); a word ending in 子 also stands for its first character.
HEADS_ZH: dict[str, tuple[str, ...]] = {
    "月亮": ("月",), "车": ("车", "SUV", "suv"), "汽车": ("车", "SUV", "suv"), "车子": ("车", "SUV", "suv"),
    "车身": ("车", "SUV", "suv"), "衣服": ("衣", "装", "衫", "袍", "外套"), "上衣": ("衣", "衫", "外套"),
    "房子": ("房", "屋", "楼"), "花朵": ("花",), "花儿": ("花",), "树木": ("树",), "鸟儿": ("鸟",), "狗狗": ("狗", "犬"),
    "猫咪": ("猫",), "灯光": ("灯", "光"), "船只": ("船",), "饮料": ("茶", "咖啡", "汁"), "头发": ("发",),
    "植物": ("榕", "树", "草", "花", "竹"), "人": ("女士", "男士", "女人", "男人", "女孩", "男孩", "模特", "小孩", "孩子", "人们", "人物", "人"), "沙发": ("沙发",), "外套": ("外套", "大衣", "夹克"),
}
# fmt: on
