"""The words that say what a message asks for: its operation (add, remove, move, set, swap,
background), an undo, a restart, a question, a thank-you."""

from __future__ import annotations

import re

from core.language import words as w

BG_CUE = re.compile(
    r"(?<![a-z])(?<!of the )(?<!of this )(?:background|backdrop|canvas|backgrounds|bg)(?![a-z])|背景|底色"
    r"|(?<=[红橙黄绿蓝紫白黑]|色)底(?![部下边端层角面])|(?<=色的)底(?![部下边端层角面])"  # "紫底", "蓝色底": a background said the short way
    # "white 底", "blue底": an English colour, then the short Chinese word
    + "".join(
        rf"|(?<={c} )底(?![部下边端层角面])|(?<={c})底(?![部下边端层角面])"
        for c in ("red", "orange", "yellow", "green", "blue", "purple", "white", "black")
    )
)
_VERB_AFTER_PLUS = (
    r"make|blow|shrink|move|turn|change|colou?r|paint|drag|slide|shift|scale|bump|tone|remove|delete|get|lose|"
    r"switch|swap|flip|recolou?r|reshape|resize|enlarge|set|can|could|would|please|pls|the|it|that|this|"
    r"i'?d|i want|give|put (?:it|the|that|this)"
)
_OPS_EN = [
    ("remove", r"remov(?:e|ing)|delet(?:e|ing)|eras(?:e|ing)|get(?:ting)? rid of|tak(?:e|ing) (?:out|off|away)|"
               r"tak(?:e|ing) (?:[\w-]+ ){1,11}?(?:away|out|off)(?![a-z])|drop(?!\s+(?:a|an|another|one)\s)(?!\s+(?:it|that|this|the\s+[a-z]+)\s+(?:down|lower|to the))|scrap(?:ping)?|lose|ditch|eliminate|clear|"
               r"don'?t want|do not want|no longer want|no more(?= (?:the|that|this|those|these|it)\b)|(?:has to|have to|must|can|needs to) go(?!\s+(?:to|in|into|at|on|up|down|over|back|left|right)(?![a-z]))|without"),
    # "swap the circle to orange": one object given another value, not two trading places
    ("swap", r"swap(?!(?:\s+[a-z]+){1,3}\s+(?:to|into)\s+(?:a |an )?(?:red|orange|yellow|green|blue|purple|white|black|small|large|"
             r"big|circle|square|triangle|star)\b)|flip(?!(?:\s+[a-z]+){1,3}\s+(?:into|to)\b)|switch places|switch (?:their|them)|exchange|trade places|trade|"
             # "switch the colours", "switch positions": two objects trade that value
             r"switch (?:the )?(?:colou?rs|positions|places|spots|sizes|shapes)(?![a-z])|"
             # "switch the circle and the square around": two objects trade places
             r"(?:switch|turn|flip)(?=\s[^.;!?]{1,60}?\s(?:and|&)\s[^.;!?]{1,60}?\s(?:a)?round(?![a-z]))"),
    ("add", r"add(?:ing|ed)?|also draw|draw(?:ing)? (?:another|a|an|one)|put(?:ting)? (?:a|an|another|one|two)|"
            # a verb of placing, then a new object: "throw a tiny circle in", "put also small star", "drop a dot"
            r"(?:put|place|throw|toss|pop|stick|slap|chuck|plop|drop|draw|paint|sketch|make)(?:ting)?"
            r"(?:\s+(?:also|in|down|here|there|now|too|me|us|on))*(?=\s+(?:a|an|another|one(?! of )|two|three)\s|\s+"
            r"(?:(?:small|tiny|little|mini|large|big|huge|giant|red|orange|yellow|green|blue|purple|white|black)[\s,]+)+"
            r"(?:circle|square|triangle|star|dot|disc|box)s?(?![a-z]))|"
            # "another" a new object (not "pick another colour", a new value)
            r"place (?:a|an|another)|insert|include|throw in|stick (?:a|an)|"
            r"another(?!\s+(?:colou?r|size|shape|position|place|spot|cell|shade|hue)s?(?![a-z]))|"
            # "now a second one, same colour": a second (third) object is a new one
            r"a (?:second|third)(?=\s+(?:one|(?:[a-z]+\s+){0,2}(?:circle|square|triangle|star))s?(?![a-z]))|"
            # "one more like that at the top", "one more small star": a new object (not "one more step")
            r"one more(?=\s+(?:like\s|just like\s|(?:[a-z]+\s+){0,2}(?:circle|square|triangle|star)s?(?![a-z])))|"
            # "plus a star"; not "plus make the circle smaller", "plus blow the square up": a second edit
            rf"plus(?!\s+(?:also\s+|then\s+)?(?:{_VERB_AFTER_PLUS})(?![a-z]))|"
            r"(?:i'?d|i would) (?:love|like)(?: also| too| now)?(?= (?:a|an|another|one)\b)|(?:i want|i need|give me|can i get|could i get|"
            r"can i have|could i have|let'?s have|(?:i )?also (?:want|need)|^\s*(?:want|need))(?: also| too| now| as well)?"
            # "also want 一个 big red circle": a Chinese count word begins the new object too
            r"(?=\s*(?:(?:a|an|another|one)\b|[一另][个只颗]))"),
    ("move", r"drop(?=\s+(?:it|that|this|the\s+[a-z]+)\s+(?:down|lower|to the))|mov(?:e|ing)|shift(?:ing)?|drag(?:ging)?|slid(?:e|ing)|relocate|bring|push|put (?:it|the|them|that|this)|place (?:it|the)|"
             r"(?:should|must|needs? to|has to|would|could) (?:go|sit|be placed|be moved)"),
    ("set", r"make|making|change|changing|turn|turning|colou?r(?!s)|paint(?:ing)?|recolou?r(?:ing)?|resiz(?:e|ing)|"
            r"scal(?:e|ing)|enlarg(?:e|ing)|shrink(?:ing)?|set|switch|should be|"
            # "blow it up", "bump the star up", "tone it down", "size the circle down": a size verb and its particle
            r"(?:blow|bump|tone|pump|beef|size|dial|crank|ramp|scale)(?=\s(?:[^.;,!?]{0,40}\s)?(?:up|down)(?![a-z]))|"
            r"should look|would look better|needs to be|need to be|has to be|must be|want it|want them|try|"
            r"grow|increase|reduce|give it|fill|go|flip|morph|transform|convert|reshape|reform|remake|redo"),
]  # fmt: skip
OP_EN = [(op, re.compile(rf"(?<![a-z'])(?:{body})(?![a-z])")) for op, body in _OPS_EN]
OP_ZH = [
    (
        "remove",
        re.compile(
            r"去掉|删掉|删除|删了|删去|移除|拿掉|不要了|不要(?=它)|去除|擦掉|擦去|去了|拿走|删|清除|扔掉|不想要|"
            r"不要(?=[^，。,.]{1,8}了)|丢掉|干掉|撤掉|拿开|去掉吧"
            # "右边那个不要", "蓝色的不要": the one described, not wanted (not "刚才那个不要", the step before);
            # "黄灯不要", "月亮不要": a thing's name for one of the shapes too
            r"|(?<!刚才那个)(?<!刚刚那个)(?<!之前那个)(?:(?<=[那这]个)|(?<=[的圆块形角星灯阳亮树]))\s*不要(?=\s*[了吧啦啊呢!！。.~]*$)"
            r"|(?<![我你他她])不要(?=\s*[^，。,.不要]{1,6}?[那这]个\s*[了吧啦啊!！。.~]*$)"  # "不要右边那个"
        ),
    ),
    (
        "swap",
        re.compile(
            r"交换|互换|对调|调换|换位置|换一下位置|换个位置|换下位置|换换位置|调个位置"
            # "换个地方(放)": somewhere else for one (asked where); "它们换个地方": the two trade places
            r"|(?:它们|两个|俩)换个地方"
            # "两个大小换一下", "它们的颜色换换": the two trade sizes (not "颜色换一下", a new colour)
            r"|(?:(?<=两个大小)|(?<=两个颜色)|(?<=两个形状)|(?<=它们大小)|(?<=它们颜色)|(?<=它们形状)|(?<=它们的大小)"
            r"|(?<=它们的颜色)|(?<=它们的形状)|(?<=俩大小)|(?<=俩颜色))\s*(?:也)?(?:换一下|换换|换过来)"
        ),
    ),
    (
        "add",
        re.compile(
            # "星星旁边要一个红色的圆": 要 before a new object of a shape (not "要一个红色的", a value)
            r"(?<![还再想我])要(?=[一两](?:个|只|颗)[^，,。的]{0,6}的?[^，,。]{0,3}?(?>圆形?|方块|正方形|三角形?|星星|星形|星)(?!的))|"
            # "还要 blue circle，在 top-right", "再要 a small star": English words describing a thing
            r"(?:还要|再要)(?=\s*(?:(?:a|an|one|another)\s+)?(?:(?:big|small|large|tiny|little|red|orange|yellow|green|blue|"
            r"purple|white|black)\s+)+[a-z]+(?![a-z]))|"
            r"还有(?=一个|个|一只|一颗)|还要(?=一个|个|一只|一颗)|再要(?=一个|个|一只|一颗)|再加|加上|加一|添加|增加|添上|补充(?=一|个|两)|补上(?=一|个|两)|再画|再放(?!大|到|回)|再来|再添|放一个|补一个|加个|放个|画个|摆个|添个|摆一个|加|再[^上下左右中间角边侧方]{0,3}画(?=一|个)|来一个|来个"
            # a verb of placing and a measure word: "画一颗", "再整个", "弄一个", "搞个", "放一颗"
            r"|(?:画|放|摆|弄|搞|整|来|添|补|点|压)(?:上)?(?:一|两|三)?(?:个|颗|只|枚)(?!画面|图|背景|画布|都|全)"
        ),
    ),
    (
        "move",
        # "正方形放中间": 放 straight before a place
        re.compile(
            r"移到|挪到|放到|移动到|移动|搬到|移至|挪至|挪|移|放在|应该在|放去|摆到|拿到|弄到|调到|挪去|搬去|推到|推向|推去"
            r"|(?<!再)放(?=[左右上下中正顶底]|最)"
        ),
    ),
    (
        "set",
        re.compile(
            r"恢复(?:成|为|到|回)?|还原(?:成|为|到)|改成|换成|变成|涂成|改为|变为|换为|染成|弄成|搞成|整成|改|换|变|应该是|要是|要|放大|缩小|调"
        ),
    ),
]
NEG = re.compile(
    r"(?<![a-z])(?:don'?t|do not|not|never|no need to)\s+(?:make|change|turn|move|resize|enlarge|shrink|add)"
    r"|不要(?=变|改|换|移|动|放大|缩小|加)|别(?=变|改|换|移|动|放大|缩小|加)|不用(?=变|改|换|移|动|放大|缩小|加)"
)
UNDO_EN = re.compile(
    r"(?<![a-z])(?:undo|go back|revert|(?:go )?back one step|one step back|step back(?: one)?(?: step)?|put (?:it|them|that|this|those|these) back|change it back|change that back|set it back|"
    r"take (?:that|it) back|scratch (?:that|the last (?:one|change|bit))(?: last (?:one|change|bit))?|back to (?:the )?(?:previous|last|old|earlier|original)|as it was|the way it was|"
    r"how it was|like before|as before|previous version|the one before|before that|reverse that|roll back|"
    r"restore|ctrl[\s+-]*z|cmd[\s+-]*z|command[\s+-]*z|"
    # "I liked it before", "it was better before", "cancel the last change"
    r"(?:liked|preferred|loved) (?:it|that|this|the (?:old|previous|earlier|last) (?:one|version|picture)) (?:better )?before|"
    r"(?:it|that) was better before|(?:it |that )?looked better (?:before|earlier|the way it was)|(?:cancel|scrap|drop|undo|取消)\s*(?:the |that |my )?last (?:change|edit|step|one)|"
    # "never mind that last change", "forget that edit", "nvm the last change"
    r"(?:never ?mind|nvm|forget|scrap|ditch|lose)\s+(?:about\s+)?(?:that|the|my|this)\s+(?:last\s+|latest\s+)?(?:change|edit)"
    # "scrap the last one" (not "lose the one at the bottom", "scrap that one": an object)
    r"|(?:never ?mind|nvm|forget|scrap|ditch|lose)\s+(?:about\s+)?(?:that|the|my|this)\s+(?:last|latest)\s+one"
    # "take back the last thing", "bring back the previous picture", "…太 heavy 了, back": the step before
    r"|take back (?:the |that |my )?(?:last|latest) (?:thing|change|edit|step|one)"
    # "take that last change back", "take the last edit back": the thing taken back named before "back"
    r"|take (?:the |that |my |this )(?:last |latest )?(?:change|edit|step) back"
    r"|bring back the (?:previous|last|old|earlier|other) (?:picture|one|version|image|drawing)"
    # "… I liked the first one better. back": "back" alone as the last sentence too
    r"|(?:^|(?<=[,，;]\s)|(?<=[,，;])|(?<=[.!。！]\s)|(?<=[.!。！]))back(?:\s+(?:pls|please))?(?=\s*[.!~]*$))(?![a-z])"
)
UNDO_ZH = re.compile(
    r"回到上一张|退回上一张|(?:回到|退回|返回|恢复)?上一(?:个)?版(?:本)?|退一步|后退一步|返回一步|(?<![a-z])back\s*一步|返回上一张|回到刚才那张|回到之前那张|(?:^|[,，。!！\s]|那就|还是|请|帮我|给我|把它|把那个|把这个)放回来|"
    r"还是刚才的|还是之前的|还是原来的|还是(?:刚才|之前|原来|上一个|上一张)(?:那个|那张|那样|那版)(?:好|比较好|更好)|(?:其实)?(?:刚才|之前|原来)(?:那样|那个样子|的样子)(?:更好|比较好|好看|更好看)|撤销|撤回|还原|改回去|改回来|变回去|换回去|换回来|变回来|放回原|放回去|回到原位|原来的位置|恢复|回到上一步|上一步|退回|回退|原来的样子|之前的样子|刚才那样|刚才那个样子|取消(?:刚才|上一步|这个|这次|那个)?(?:的)?(?:改动|修改|操作|变化)?$|不要(?:这个|刚才的|这次的|那个)(?:改动|修改|变化)|白改了"
    # "刚才那下改动取消吧", "上一步的修改撤掉": the change first, then the word that takes it back
    r"|(?:刚才|刚刚|上一步|这次|那下|那个)(?:那下|那个|这个)?(?:的)?(?:改动|修改|操作|变化)(?:就)?(?:取消|撤掉|撤了|不要)"
    # "刚才那步不要", "刚刚这一步算了": the last step taken back
    r"|(?:刚才|刚刚|最后)(?:的)?(?:那|这)(?:一)?步(?:就)?(?:不要|取消|撤掉|撤了|算了|别要)"
    # "回到之前那个", "回到 previous 那个", "返回上一个吧": the whole message asks for the picture before
    # "再撤一次", "不要，撤": 撤 alone (not 撤掉 an object) takes back a step; "回到 yellow star 那张": the picture before
    r"|(?:^|(?<=[,，。!！\s再]))撤(?:一次|一下|一步)?(?:吧|了吧)?\s*[。.!！~]*$|回到[^，,。]{1,20}那张"
    # "返回", "还是返回吧", "last change 不要了": the whole message goes back a step
    r"|^\s*(?:还是|那就|请)?返回\s*(?:吧|一下|呗)?\s*[。.!！~]*$"
    r"|(?<![a-z])(?:(?:the|that|my) )?(?:last|latest) (?:change|edit|step)\s*(?:就)?(?:不要了?|取消(?:吧|掉)?|撤掉|撤了|算了|别要了?)"
    # "回去", "还是退回去吧": the whole message goes back a step
    r"|^\s*(?:还是|那就|算了[，,]?\s*)?(?:退|返|放|挪|移)?回去\s*(?:吧|呗|了|了吧)?\s*[。.!！~]*$"
    # "no no 还是要之前那个", "我还是要刚才那张吧": the picture before wanted back (not "之前那个颜色", one value)
    r"|还是要(?:之前|刚才|刚刚|原来|上一个|上一张)(?:的|那个|那张|那样|那版)(?=\s*(?:吧|啊|呀|好了)?\s*[。.!！~]*\s*$)"
    # ("回去 previous 的": 回去 before what it goes back to, in a mixed sentence, batch 23)
    r"|^\s*(?:还是|那就|请)?\s*(?:回到|回去|退回|返回|恢复到?|变回|换回)\s*(?:之前|刚才|刚刚|上一个|前一个|previous|the previous|last|"
    r"the last|earlier|the earlier)\s*(?:的)?\s*(?:那个|那张|那版|版本|样子|one|version)?\s*(?:吧|好了|就行)?\s*[。.!！~]*\s*$"
    # "上一个好", "还是上一张好看": the picture before was better, so it comes back
    r"|^\s*(?:嗯|唉|哎)?\s*(?:还是|感觉|觉得)?\s*(?:上一个|上一张|前一个|前一张)(?:的)?\s*(?:更|比较|还)?(?:好看|好)(?:些|一些|点|一点)?"
    r"\s*(?:吧|啊|呀|诶)?\s*[。.!！~]*\s*$"
    # "等等，还是刚才那张吧", "之前那张更好，回去": the picture before, as a whole, wanted back (batch 22)
    r"|(?:^|(?<=[,，。!！\s]))还是(?:要)?(?:刚才|刚刚|之前|上一)(?:那|这)?张(?:吧|好了|好)?\s*[。.!！~]*$"
    r"|(?:^|(?<=[,，。!！\s]))(?:刚才|刚刚|之前|上一)(?:那|这)?张(?:比较|更|还是)?(?:好看|好)"
    r"\s*(?:[，,]?\s*(?:回去|退回去|换回去|回到那张)(?:吧)?)?\s*[。.!！~]*$"
)
RESTART = re.compile(
    r"(?<![a-z])(?:start over|start again|start fresh|start from scratch|from scratch|new picture|new scene|new image|"
    r"(?<!the )(?<!that )(?<!this )new one|new drawing|fresh start|let'?s start|forget (?:all )?(?:that|this|it|everything)|clear (?:it|everything|"
    r"the canvas|all)|scrap (?:it|everything|all|that(?! one))|wipe (?:it|everything))(?![a-z])"
    r"|(?<![a-z])(?<!add )(?<!also )something (?:new|(?:completely |totally |entirely )?different)"
    r"(?:\s+(?:now|then|please|this time))?\s*[:：]"
    r"|(?<![a-z])(?:completely|totally|entirely) (?:different|new)(?:\s+(?:now|then|please|this time))?\s*[:：]"
    r"|(?<![a-z])(?:(?:completely|totally|entirely) )?(?:different|new|fresh|another) idea(?![a-z])"
    # "new: purple circle small top right": "new" as the message's heading
    r"|^\s*new\s*[:：]"
    # "重画：black 背景，…", "重新画吧：…": drawn again from a heading
    r"|(?:^|(?<=[,，。!！\s]))重画(?:一下|吧)?\s*[:：]"
    r"|换个全新的|全新的一张|(?:下|另)一张\s*[:：]|重新开始|重新来|重来|重新画|重画一张|换一张|新的一张|新画|全部清掉|清空|从头|新图|另画一张|再画一张新"
    # "再来一张，红色背景，…", "再画个全新的：…", "再画一个新的 black star": another picture, not one more object
    # "Now a different one, please: …", "再画一张：…", "来张新的：…": a heading asking for another picture
    r"|(?<![a-z])(?:a )?different one(?:,?\s*(?:now|then|please|this time))*\s*[:：]|再画一张\s*[:：]|(?:来|画|换)一?张新的|(?:来|画|换)一?个新的(?:吧)?\s*(?=[:：，,]|$)"
    r"|再来一张(?!\s*(?:一样|同样|相同))|全新的?(?:一张|一幅|的图|的画)?\s*[:：]|再画(?:个|一个|一张|一幅)全新|再?画一(?:个|张|幅)新的"
)
QUESTION_EN = re.compile(
    r"^(?:what|where|which|how|is|are|does|do|did|can you tell|tell me|describe|why|who|any)\b|\?$"
)
# "几个路人走过" is a few passers-by; "有几个？", "画了几个圆" ask how many.
QUESTION_ZH = re.compile(
    r"什么|哪|(?:有|是|画了|放了|一共|总共|还剩)几|几(?:个|种)\S{0,4}[？?]|多少|吗|呢|是否|有没有|是不是|大还是小|还是小的|还是大的"
)
REQUEST = re.compile(
    r"(?<![a-z])(?:can|could|would|will) (?:you|u|i|we)(?! (?:tell|describe|say|see|explain))\b"
    r"|(?<![a-z])(?:can|could) (?:the|it|they|this|that|those|these)\b"
    r"|would you mind|能不能|可不可以|可以|麻烦|能否|请"
)
ACK_EN = re.compile(
    r"(?<![a-z])(?:love (?:it|this|that)|i love it|(?:just |exactly )(?:where|what|how) i wanted(?: it)?|great|nice(?: one)?|perfect|thanks?(?: a lot| so much)?|thank you(?: so much)?|"
    r"thx|ty|cool|awesome|looks? (?:good|great|nice|lovely|fine|perfect|right)|that'?s (?:lovely|great|it|good|"
    r"perfect|nice|fine|what i wanted|better|right)|lovely|wow|beautiful|cheers|ok(?:ay)?|good|fine|yes|yep|yeah|"
    r"yay|sure|exactly|excellent|amazing|brilliant|sweet|super|stunning|gorgeous|neat|haha|lol|yum|well done|"
    r"good job|nice work|much better|better|nicer|prettier|cuter|alright|all right|done|that'?s all|that is all|keep (?:it|that|this|them|all"
    r"(?: three| of them)?)(?: like that| as is| that way)?|leave it(?: like that| as is)?|i like it|i like that|"
    r"great job|wonderful|fantastic|hmm|no changes?|that'?s the one|this is it|that'?s it|it'?s fine|fine by me|good enough|just right|"
    r"that works|works for me|so good|very nice|really nice|pretty|cute|how nice|lovely work|delicious|tasty|yummy|"
    r"incredible|superb|magical|sick|dope|rad|fab|brill|ace|splendid|marvell?ous|terrific|ta|spot on|nailed it|"
    r"love|loving|adorable|charming|cozy|cosy|elegant|classy|impressive|fabulous|glorious|sweet as)(?![a-z])"
)
ACK_ZH = re.compile(
    r"好多了|好些了|漂亮|好的|好看|不错|谢谢|多谢|谢啦|太棒了|真棒|棒|完美|很好|挺好|可以了|可以可以|可以|嗯嗯|嗯|行|好吧|好|就这样|就这么|"
    r"太美了|很美|美|很酷|酷|哈哈|可爱|喜欢|满意|没问题|对|是的|收到|保持|不用改|不改了|就它了|厉害|赞|优秀|辛苦了|"
    r"爱了|绝了|好耶|666|牛|妙|舒服|正好|刚好|合适|清楚|明白|懂了|更有感觉|有感觉|更顺眼|顺眼|"
    r"(?<![a-z])(?:ok|nice|thanks|good|perfect|great|cool|love it|looks great)(?![a-z])|[啦呀啊哦吧了呢～~]"
)
WRAPPER = re.compile(
    r"^(?:(?:hey|hi|hello|ok(?:ay)?|so|well|hmm+|um+|oh|ah|alright|all right(?=\s*[,.!:;-])|right(?=\s*[,.!:;-])|yes|yeah|now|also|and|but|then|please|pls|"
    r"actually|sorry|i mean|no wait|wait|no(?![a-z])(?!\s+(?:more|longer)\b)|nice|great|good|perfect|cool|love it|thanks|thank you)[\s,.!:;-]*)+"
)

PRONOUN_EN = re.compile(r"(?<![a-z])(?:it|its|that one|this one|that|this|itself)(?![a-z'])")
PRONOUN_ZH = re.compile(r"它|这个|那个|这一个|那一个|他|她")
PLURAL_EN = re.compile(
    r"(?<![a-z])(?:them|they|both|all|each|every|these|those|everything|their|two|three|ones|others|the rest)(?![a-z])"
)
PLURAL_ZH = re.compile(r"它们|都|两个|三个|所有|全部|整体|每个|这些|那些|两|全都")
OTHER = re.compile(r"(?<![a-z])(?:other|others|remaining|rest)(?![a-z])|另外|另一|其他|其余|剩下|剩余")
SEPARATORS = [
    (4, re.compile(r";|；|。|\.(?:\s|$)|!|！|\?|？")),
    (3, re.compile(r":|：|,\s*and\b|,\s*plus\b|(?<![a-z])plus(?![a-z])|另外|还有|以及|再画|再放")),
    (2, re.compile(r"(?<![a-z])(?:and|with)(?![a-z])|和|与")),
    (
        1,
        re.compile(r",|，|(?<=[\u4e00-\u9fff])\s+(?=[左右上下中正最顶底])"),
    ),  # "左下大红方 右上小蓝星": a space, then a place
]
CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|；|。|\.\s+|!\s*|！|\?\s+|？|,?\s*\band then\b|,?\s*\bthen\b|,\s*and also\b|,\s*also\b|;\s*also\b|,\s*and\b|"
    r",|\band\b|，|然后|并且|同时|而且|接着|—+|:|："
    # "圆改成白色再换黑色背景", "circle 改成 white 再换 black 背景": 再 after a value starts the next edit
    r"|(?:(?<=色)|(?<=[a-z])|(?<=[a-z] ))再(?=换|把|改|加|放))\s*"
)


BARE_SHAPE = re.compile(
    r"(?:(?:no|wait|actually|instead|now|and|then|rather|make it|let'?s do|let'?s try|try|how about|what about|maybe|"
    r"fine|ok|okay|alright|oh well)[\s,，]+)*"
    r"(?:(?:a|an)\s+)?(?:circle|square|triangle|star)(?:\s+(?:instead|then|now|please))*"  # "circle" alone too
    r"|(?:(?:好吧|好的|行吧|行|fine|ok|okay)\s*[，,]?\s*)?(?:不对|不是|还是|那就|那|换|改)?[，,]?\s*(?:一个|个)?\s*(?:圆形|圆|正方形|方块|三角形|三角|星星|星形|circle|square|triangle|star)\s*(?:吧|好了|好|算了|更好|比较好|better|is better|would be better)?"
)
INSTEAD_LEAD = re.compile(r"^(?:换成|改成|那就|那|还是|instead,?|rather,?)\s*")
SAME_AGAIN = re.compile(
    r"(?<![a-z])(?:too(?=\s*(?:$|[,.!?;:)]|please|pls|thanks|then|now|as well|actually))|as well|also|same|likewise|the same way|"
    r"same thing|same for)(?![a-z])|也一样|也是|也这样|也要|同样|一样"
)


def zh_frame(text: str) -> bool:
    """Whether a (possibly code-switched) clause is built as a Chinese sentence: "把 left 的那个放大" is,
    "Can you recolour the one 在左上方 blue?" is not."""
    cjk = sum("\u4e00" <= ch <= "\u9fff" for ch in text)
    latin = sum("a" <= ch <= "z" for ch in text)
    return cjk > 0 and cjk * 2 >= latin


def is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


REQUEST_LEAD = re.compile(
    r"^(?:(?:can|could|would|will) (?:you|u)(?: please)?(?: kindly)?|would you mind|please|pls|kindly|i'?d like you to|"
    r"i want you to|go ahead and|能不能|可不可以|可以|麻烦|能否|请|帮我|给我)\s*"
)
SKIP_IMPLICIT = re.compile(r"(?<![a-z])(?:doesn'?t|does|don'?t|isn'?t|fits?|belongs?|hard to see|ugly)(?![a-z])")


def find_op(text: str) -> tuple[str, int, int] | None:
    """The first operation cue in ``text``: (op, start, end)."""
    best: tuple[str, int, int] | None = None
    for op, pattern in (*OP_EN, *OP_ZH):
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1] or (m.start() == best[1] and m.end() > best[2])):
            best = (op, m.start(), m.end())
    return best


_DONE_WELL = re.compile(
    r"(?:(?<![a-z])[a-z]+\s*|[\u4e00-\u9fff]{1,2})得(?=\s*(?:很好|不错|挺好|真好|漂亮|真棒|很棒|棒|好|完美|对))"
)


def is_ack(text: str) -> bool:
    """ "love it!", "perfect, thanks", "漂亮", "好的，就这样": nothing but approval."""
    text = _DONE_WELL.sub(" ", text)  # "swap 得很好", "改得不错": what was done, praised
    if not (ACK_EN.search(text) or re.search(ACK_ZH.pattern.replace("|[啦呀啊哦吧了呢～~]", ""), text)):
        return False
    rest = ACK_ZH.sub(" ", ACK_EN.sub(" ", text))
    rest = re.sub(
        r"(?<![a-z])(?:it|this|that|is|so|very|really|now|just|the|a|picture|one|all|me|you|to|for|much|"
        r"and|oh|ah|ha|haha|hah|wow|yay|i|we|like|looks?|as|though|then|too|indeed|absolutely|totally|both|they|they'?re|these|those|"
        r"everything|of them)(?![a-z])",
        " ",
        rest,
    )
    rest = re.sub(
        r"[\s,.!?;:，。！？；：、…~～'\"()（）-]|[图画面这个样它很太真挺非常看起来感觉好吃的都们两]", "", rest
    )
    if re.fullmatch(r"(?:ok(?:ay)?[\s,]+)?(?:the\s+)?[a-z]+\s+(?:is|looks)\s+(?:much\s+)?better[.!]*", text.strip()):
        return True
    return rest == "" and text.strip() != ""


def is_undo(text: str) -> bool:
    op = find_op(text)
    if op is not None and op[0] == "add" and _indefinite_object(text[op[1] :]):
        return False  # "在圆原来的位置放一个小方块", "add a star where it was before": something new
    if UNDO_ZH.search(text):
        return True
    m = UNDO_EN.search(text)
    if m is None:
        return False
    # "change it back to white": a value named, so a revert of that value rather than an undo.
    return not re.search(r"back to (?:the )?(?:red|orange|yellow|green|blue|purple|white|black|small|large|big)", text)


# "ok forget it, replace the orange one with green then", "scrap that, just make it blue": the last request (or
# our question) dropped, and an edit of the picture there asked for instead, not a new picture
_CANCEL_THEN_EDIT = re.compile(
    # ("forget the new one and make …", "never mind adding it, …": what is dropped named, "and" before the edit)
    r"(?<![a-z])(?:forget|scrap|never ?mind|nvm)\s+(?:about\s+)?(?:it|that|this|the\s+(?:new|extra|[a-z]+)\s+one|"
    r"the\s+(?:new|extra)\s+(?:circle|square|triangle|star)|adding\s+(?:it|that|one|another(?:\s+one)?|the\s+[a-z]+\s+one))"
    r"\s*(?:[,，;；.。!！—–-]+|\s+and(?:\s+then)?\s)\s*"
    r"(?:(?:ok(?:ay)?|so|then|just|instead|well|rather|in that case)[\s,，]+)*(?P<rest>.+)$"
)
_DEFINITE_EDIT = re.compile(
    r"(?<![a-z])(?:the|it|its|them|those|these|that|this|each|both|all)(?![a-z])|(?<![a-z])(?:背景|它|那个|这个)|^把"
)
_NEW_PICTURE_WORDS = re.compile(
    r"(?<![a-z])(?:draw|paint|sketch|picture|scene|image|instead of (?:all|everything))(?![a-z])|画"
)


def cancel_then_edit(text: str) -> str | None:
    """The edit asked for after "forget it, …" when it names what is already there (None when it does not)."""
    m = _CANCEL_THEN_EDIT.search(text)
    if m is None:
        return None
    rest = m.group("rest").strip()
    if _NEW_PICTURE_WORDS.search(rest) or _indefinite_object(rest):
        return None
    said = {t.kind for t in w.tokens(rest)}
    if find_op(rest) is None and not said & {"colour", "size", "pos", "shape"}:
        return None
    if not _DEFINITE_EDIT.search(rest):
        return None
    return rest


def is_restart(text: str) -> bool:
    m = RESTART.search(text)
    if m is None:
        return False
    # "forget it, make the star blue": the request dropped, not the picture (unless a second restart cue follows)
    return cancel_then_edit(text) is None or RESTART.search(text, m.end()) is not None


def _indefinite_object(text: str) -> bool:
    """ "一个 small yellow circle", "a big red square": a new object described, not one named."""
    return (
        re.search(
            r"(?:一个|一只|(?<![a-z])(?:a|an)\s)[^,，]{0,30}?(?:circle|square|triangle|star|圆|方块|正方形|三角|星)",
            text,
        )
        is not None
    )


# "恢复原样", "back to the original": after several edits, one step back or back to the picture as drawn?
ALL_THE_WAY_BACK = re.compile(
    r"恢复原样|恢复原状|恢复成?原来的样子|(?<![a-z])(?:back to (?:the |how it was )?original(?:ly)?|"
    r"(?:the way|how) it was originally)(?![a-z])"
)


def edits_since_draw(intents: list[str]) -> int:
    """How many edits the picture has had since it was drawn (chat and ask turns between them do not count)."""
    count = 0
    for intent in reversed(intents):
        if intent == "draw":
            break
        count += intent == "edit"
    return count


# the answer to that question: all the way ("all the way back", "回到最开始的样子"), not one step
ALL_THE_WAY = re.compile(
    r"(?<![a-z])(?:all the way|(?:to|at) the (?:very )?(?:start|beginning)|the (?:very )?first (?:one|version|picture)|"
    r"the original|everything)(?![a-z])|最开始|最初|一开始|原来画的|全部|都撤|全撤|原样"
)
# … or one step ("just one step", "上一步就行")
ONE_STEP_BACK = re.compile(
    r"(?<![a-z])(?:(?:just |only )?one step|(?:just |only )?the last (?:one|step|change)|one back)(?![a-z])|一步|上一步|最后一步"
)
