"""Words that stand in for one another: one member of a set replaces another where the prompt says it.

"make her a dwarf" on "a female elf archer" is the elf becoming a dwarf; "let's go gouache then" on
"watercolor style" is the medium; "swap the beagle for a corgi" on "一只开心的比格犬" is the breed, written
in the prompt's language. Each member lists its English surfaces, then its Chinese ones; the first of
each is what is written. ``LOOSE`` members are common words in other senses ("ink", "pencil"): they are
only replaced where a style word follows them or the phrase is about the style.
"""

from __future__ import annotations

Member = tuple[tuple[str, ...], tuple[str, ...]]

# fmt: off
MEDIA: tuple[Member, ...] = (
    (("watercolor", "watercolour", "watercolors", "watercolours"), ("水彩",)),
    (("gouache",), ("水粉", "不透明水彩")),
    (("oil painting", "oil paint", "oils"), ("油画",)),
    (("acrylic", "acrylics"), ("丙烯",)),
    (("colored pencil", "coloured pencil", "colour pencil", "color pencil"), ("彩铅", "彩色铅笔")),
    (("pencil sketch", "pencil"), ("铅笔", "铅笔素描")),
    (("charcoal",), ("炭笔", "木炭")),
    (("ink wash", "ink"), ("水墨",)),
    (("crayon", "crayons"), ("蜡笔",)),
    (("oil pastel", "oil pastels"), ("油画棒",)),
    (("pixel art",), ("像素", "像素画")),
    (("vector",), ("矢量",)),
    (("claymation", "clay"), ("粘土", "黏土")),
    (("papercut", "paper cut", "paper-cut"), ("剪纸",)),
    (("woodcut", "linocut"), ("木刻", "版画")),
    (("risograph", "riso"), ("孔版印刷",)),
    (("line art",), ("线稿",)),
    (("anime",), ("动漫", "二次元", "日漫")),
    (("ukiyo-e",), ("浮世绘",)),
    (("3d render", "3d"), ("3D渲染", "三维渲染")),
    (("photorealistic", "photoreal", "hyperrealistic"), ("写实", "照片级写实", "超写实")),
)
LOOSE = frozenset(("pencil", "ink", "clay", "vector", "charcoal", "oils", "3d", "riso", "木炭", "铅笔", "像素"))

RACES: tuple[Member, ...] = (
    (("human",), ("人类",)),
    (("elf", "elves", "elven"), ("精灵",)),
    (("dwarf", "dwarves", "dwarven"), ("矮人",)),
    (("orc", "orcs"), ("兽人",)),
    (("goblin",), ("哥布林",)),
    (("halfling", "hobbit"), ("半身人", "霍比特人")),
    (("gnome",), ("侏儒",)),
    (("troll",), ("巨魔",)),
    (("mermaid",), ("美人鱼",)),
    (("vampire",), ("吸血鬼",)),
    (("werewolf",), ("狼人",)),
    (("angel",), ("天使",)),
    (("demon",), ("恶魔",)),
    (("android", "cyborg"), ("仿生人", "赛博格")),
)

DOG_BREEDS: tuple[Member, ...] = (
    (("beagle",), ("比格犬", "比格")),
    (("corgi",), ("柯基", "柯基犬")),
    (("golden retriever",), ("金毛", "金毛犬", "金毛寻回犬")),
    (("labrador", "lab"), ("拉布拉多",)),
    (("husky",), ("哈士奇",)),
    (("shiba inu", "shiba"), ("柴犬",)),
    (("poodle",), ("贵宾犬", "泰迪")),
    (("dachshund",), ("腊肠犬",)),
    (("pug",), ("巴哥犬", "巴哥")),
    (("border collie",), ("边牧", "边境牧羊犬")),
    (("samoyed",), ("萨摩耶",)),
    (("dalmatian",), ("斑点狗", "大麦町")),
    (("french bulldog",), ("法斗", "法国斗牛犬")),
    (("chihuahua",), ("吉娃娃",)),
    (("german shepherd",), ("德牧", "德国牧羊犬")),
    (("pomeranian",), ("博美", "博美犬")),
    (("schnauzer",), ("雪纳瑞",)),
    (("akita",), ("秋田犬",)),
    (("greyhound",), ("灵缇", "灵缇犬")),
)

CAT_BREEDS: tuple[Member, ...] = (
    (("siamese cat", "siamese"), ("暹罗猫",)),
    (("persian cat", "persian"), ("波斯猫",)),
    (("maine coon",), ("缅因猫",)),
    (("british shorthair",), ("英短", "英国短毛猫")),
    (("ragdoll",), ("布偶猫",)),
    (("sphynx",), ("无毛猫", "斯芬克斯猫")),
    (("calico",), ("三花猫",)),
    (("tabby",), ("虎斑猫",)),
)

INSTRUMENTS: tuple[Member, ...] = (
    (("guitar", "acoustic guitar"), ("吉他",)),
    (("electric guitar",), ("电吉他",)),
    (("violin", "fiddle"), ("小提琴",)),
    (("cello",), ("大提琴",)),
    (("piano", "grand piano"), ("钢琴",)),
    (("ukulele",), ("尤克里里",)),
    (("saxophone", "sax"), ("萨克斯",)),
    (("trumpet",), ("小号",)),
    (("flute",), ("长笛",)),
    (("drums", "drum kit"), ("架子鼓",)),
    (("harp",), ("竖琴",)),
    (("accordion",), ("手风琴",)),
    (("banjo",), ("班卓琴",)),
    (("erhu",), ("二胡",)),
    (("guzheng",), ("古筝",)),
    (("pipa",), ("琵琶",)),
)

SETS: tuple[tuple[Member, ...], ...] = (MEDIA, RACES, DOG_BREEDS, CAT_BREEDS, INSTRUMENTS)

# A man made a woman keeps what else he was ("a smiling young man" -> "a smiling young woman").
GENDER_EN: tuple[tuple[str, str], ...] = (
    ("man", "woman"), ("men", "women"), ("boy", "girl"), ("boys", "girls"), ("male", "female"),
    ("gentleman", "lady"), ("father", "mother"), ("dad", "mom"), ("king", "queen"), ("prince", "princess"),
    ("husband", "wife"), ("brother", "sister"), ("son", "daughter"), ("grandfather", "grandmother"),
    ("grandpa", "grandma"), ("businessman", "businesswoman"), ("guy", "woman"), ("actor", "actress"),
    ("waiter", "waitress"), ("uncle", "aunt"), ("groom", "bride"), ("policeman", "policewoman"),
    ("salesman", "saleswoman"), ("fisherman", "fisherwoman"), ("sportsman", "sportswoman"),
    ("chairman", "chairwoman"), ("spokesman", "spokeswoman"), ("craftsman", "craftswoman"),
    ("horseman", "horsewoman"), ("cowboy", "cowgirl"), ("schoolboy", "schoolgirl"),
)
GENDER_ZH: tuple[tuple[str, str], ...] = (
    ("男人", "女人"), ("男孩", "女孩"), ("男士", "女士"), ("男生", "女生"), ("男性", "女性"), ("男子", "女子"),
    ("爸爸", "妈妈"), ("父亲", "母亲"), ("国王", "女王"), ("王子", "公主"), ("爷爷", "奶奶"), ("男", "女"),
)
FEMALE_WORDS = frozenset(("woman", "women", "girl", "female", "lady", "her", "she", "女", "女的", "女人", "女孩", "女生",
                          "女士", "女性", "女子"))
MALE_WORDS = frozenset(("man", "men", "boy", "male", "guy", "gentleman", "him", "he", "男", "男的", "男人", "男孩", "男生",
                        "男士", "男性", "男子"))
# fmt: on
FEMALE_WORDS |= {f for _m, f in GENDER_EN}  # "make it a businesswoman" names a gender as "make it a woman" does
MALE_WORDS |= {m for m, _f in GENDER_EN}
