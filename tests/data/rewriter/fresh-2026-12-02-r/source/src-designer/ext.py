"""Later turns added in a second pass (reactions, undos, questions, fresh pictures)."""
from lib import extend, draw, chat, ask, undo

E = "en"
extend(E, 1, undo("hmm no beans, undo", mc=["deep green coffee bag", "kraft paper label"], mnc=["roasted beans"]))
extend(E, 3, chat("yeah purple is our brand colour, keep"))
extend(E, 5, chat("looks delicious lol"))
extend(E, 8, undo("go back to the sneakers", mc=["white sneakers", "low angle", "camel wool coat"], mnc=["chelsea boots"]))
extend(E, 11, chat("ok navy it is. why does it read more premium than coral?"))
extend(E, 14, ask("and the lamp?"))
extend(E, 15, ask("make the other thing bigger"))
extend(E, 17, draw("new one: a pair of wireless earbuds in an open charging case, white bg, hard shadow",
                   prompt="a pair of wireless earbuds in an open charging case, white bg, hard shadow",
                   mc=["wireless earbuds", "open charging case", "white bg", "hard shadow"], mnc=["sneaker", "new one"]))
extend(E, 20, chat("yep moodier is right"))
extend(E, 24, undo("undo the ink", mc=["burgundy ink", "Heron Creek"], mnc=["dark green ink"]))
extend(E, 27, chat("what brand are the headphones supposed to be?"))
extend(E, 30, undo("hmm, undo, summer was cuter", mc=["sunny meadow", "jam sandwiches", "checkered blanket"], mnc=["snowy meadow", "hot cocoa"]))
extend(E, 33, undo("no strawberries, go back", mc=["blueberries and maple syrup", "pat of butter on top"], mnc=["strawberries"]))
extend(E, 35, chat("the axe glow is a bit much but ok, keeping it"))
extend(E, 36, chat("the brass looks great btw"))

Z = "zh"
extend(Z, 1, chat("这个酒红色很高级"))
extend(Z, 3, undo("还是要花瓣，撤销", mc=["玫瑰花瓣", "香槟金渐变"], mnc=["粉色渐变"]))
extend(Z, 4, ask("再暖一点"))
extend(Z, 8, chat("哇 好好看"))
extend(Z, 11, undo("算了猫还是留着", mc=["机械猫蹲在长椅上", "蓝紫色霓虹灯"], mnc=["长椅空着"]))
extend(Z, 12, chat("好的 就这个"))
extend(Z, 15, draw("再来一张新的：同一个运动员在室内体育馆罚球，观众席坐满人",
                   prompt="同一个运动员在室内体育馆罚球，观众席坐满人",
                   mc=["室内体育馆罚球", "观众席坐满人"], mnc=["柠檬黄饮料", "再来一张"]))
extend(Z, 17, ask("换一个"))
extend(Z, 20, undo("还是柴犬吧", mc=["柴犬站在雪地里", "格子"], mnc=["哈士奇"]))
extend(Z, 26, undo("椅腿还是橡木的好，撤回", mc=["橡木椅腿", "焦糖色皮革坐垫"], mnc=["胡桃木"]))
extend(Z, 29, undo("撤回", mc=["慢一点", "深绿色木质门框", "两盆橄榄树"], mnc=["晚一点", "黑色木质门框"]))
extend(Z, 33, chat("俯视的效果不错"))
extend(Z, 34, chat("黑的确实更有冲击力"))
extend(Z, 35, ask("这个也改一下"))

M = "mixed"
extend(M, 1, chat("好可爱 love it"))
extend(M, 4, undo("餐巾 go back", mc=["pale blue linen napkin", "slice of lemon tart"], mnc=["white linen napkin"]))
extend(M, 5, chat("这个 vibe 对了"))
extend(M, 10, ask("the other sign too"))
extend(M, 12, undo("撤销, orange was better", mc=["橙色跑车", "在山路上漂移"], mnc=["紫色跑车"]))
extend(M, 14, draw("ok 再来一个 new box: chocolate flavour, a cartoon monkey on a brown box",
                   prompt="new box: chocolate flavour, a cartoon monkey on a brown box",
                   mc=["chocolate flavour", "cartoon monkey", "brown box"], mnc=["panda", "再来一个"]))
