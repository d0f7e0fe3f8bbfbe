"""Reading an edit message: split into clauses, each clause matched to one kind of edit (remove, add,
swap, change, make, keep) and handed to its handler."""

from __future__ import annotations

import re

from core import messages
from core.language import bilingual
from core.language import general_lexicon as gl
from core.language import lexicon as lx
from core.language.patterns import compiled
from core.rewriter.open_text.camera_specs import set_spec
from core.rewriter.open_text.coloured_one import ask_or_pick
from core.rewriter.open_text.counts import one_fewer_zh, set_count
from core.rewriter.open_text.creatures import is_creature, swap_kind_en
from core.rewriter.open_text.degrees import degree_of_thing, picture_light
from core.rewriter.open_text.en_edits import _drop_adjective, _one_fewer, made_to_do, remove_en, replace_en, requote
from core.rewriter.open_text.en_values import _COMPARATIVES
from core.rewriter.open_text.gradients import regradient
from core.rewriter.open_text.handlers import (
    _PLACE,
    _PLACE_BY,
    _WHERE,
    PLACE_HEADS,
    _give,
    _glow,
    _mend_verb,
    _move_beside,
    _move_phrase,
    _moved_to,
    _replace_target,
    _resettle,
    _said_somewhere,
    _split_make,
    _verbless,
    _zh_target,
)
from core.rewriter.open_text.mirrored import mirror
from core.rewriter.open_text.prompt_wide import EVERYWHERE, everywhere, people_came
from core.rewriter.open_text.remarks import is_remark
from core.rewriter.open_text.same_set import bare_choice, swap_member
from core.rewriter.open_text.scene_values import categories
from core.rewriter.open_text.set_target import (
    _ask_which_of_two,
    _cannot_find,
    _colour_list,
    _scene_or_append,
    _set_target,
)
from core.rewriter.open_text.spans import _POINTING_ZH, Edit, _found, _name_en, _words_before, find_en, find_zh
from core.rewriter.open_text.swap_places import swap_colours, swap_places
from core.rewriter.open_text.text_fix import fix_text
from core.rewriter.open_text.text_words import _QUOTED, _set_text
from core.rewriter.open_text.user_text import (
    _CHAT_SENTENCE,
    _NO,
    _clauses,
    all_chinese,
    clean,
    expand_short,
    strip_edit_tail,
    strip_lead,
)
from core.rewriter.open_text.word_classes import (
    _SIZES_EN,
    ACTION_VERBS,
    COLOUR_ZH,
    PROMPT_COLOURS_EN,
    _is_modifier,
    _zh_colour_value,
    _zh_colour_word,
)
from core.rewriter.open_text.zh_edits import _RESIZE_ZH, _resize_zh, made_of_zh, remove_zh, stop_doing, tinted_zh
from core.rewriter.open_text.zh_values import _ZH_MATERIALS, _zh_count, _zh_same_kind

_REMOVE = re.compile(
    r"^(?:please\s+)?(?:remove|delete|erase|get rid of|take out|take away|take off|drop|lose|ditch|scrap|scratch(?! that\b)|kill|nix|cut|"
    r"no more|without)\s+(.+)$",
    re.I,
)
_REMOVE_ZH = re.compile(
    r"^(?:请|帮我)?(?:把)?(.+?)(?:去掉|删掉|删除|拿掉|拿走|撤掉|撤走|移走|扔掉|去除|删了|不要了|不要|停了|别要了)(?:吧|了)?$"
    r"|^(?:请|帮我)?(?:去掉|删掉|删除|拿掉|拿走|撤掉|去除|不要|别(?:下|要|有)?)(.+)$"
)
_ADD = re.compile(
    r"^(?:please\s+)?(?:add|also add|put|place|include|insert|throw in|plus|(?:also\s+)?draw(?:\s+in)?)\s+(.+?)(?:\s+(?:in|in there|there))?$",
    re.I,
)  # "put a few guests in": the guests
_ADD_ZH = re.compile(
    r"^(?:请|帮我)?(?:再加点|再加些|加点|加些|加一些|再加|加上|添加|增加|再画|再放|来点|来些|来一些|加|挂上|放上|添上|再来)(.+)$"
)
_SWAP = re.compile(r"^(?:swap|replace|switch|exchange)\s+(.+?)\s+(?:for|with|w/?)\s+(.+)$", re.I)
_CHANGE_TO = re.compile(r"^(?:change|turn|switch|convert)\s+(.+?)\s+(?:to|into)\s+(.+)$", re.I)
_MAKE = re.compile(r"^(?:make|turn|paint|colou?r|dye)\s+(.+)$", re.I)
_SHOULD = re.compile(
    r"^(?:(?:i'?d like|i would like|i want|i'?d prefer|i prefer|let)\s+(.+?)\s+(?:to be|to look|to become|be)"
    r"|(?:can|could|would|should)\s+(.+?)\s+(?:be|become|turn into)"
    r"|(.+?)\s+(?:should be|must be|needs to be|has to be|could be|would look better as|should glow|should look|"
    r"should turn|should become))\s+(.+)$",
    re.I,
)
_INSTEAD = re.compile(r"^(?:use\s+)?(.+?)\s+instead(?:\s+of\s+(.+))?$", re.I)
_ZH_SET = re.compile(
    r"^(?:请|帮我)?(?:把|将)?(.*?)(?:换成|改成|变成|改为|换为|变为|涂成|染成|刷成|漆成|喷成|画成)(.+)$"
)
# "耳机改黑色", "边框换银色": 改/换 straight before the value (a colour, or what the thing is made of)
_ZH_SET_SHORT = re.compile(r"^(?:请|帮我)?(?:把|将)?(.+?)(?:改|换|变)(?!成|为|个|一下|掉)(.+)$")
_ZH_VERB = re.compile(r"换成|改成|变成|改为|换为|变为|去掉|删掉|删除|拿掉|不要|加上|添加|再加|改|换|变")
_KEEP_ZH = re.compile(r"(?:把)?[\w\s]{1,20}?\s*(?:不变|保持不变|别动|不要动|保持原样|keep|保留)")
_KEEP_EN = re.compile(
    r"(?i)(?:keep|leave)\s+(?:the\s+)?[\w\s]{1,20}?(?:\s+(?:as it is|the same|unchanged|alone))?"
    r"|(?:the\s+)?[\w\s]{1,20}?\s+(?:stays?|unchanged|as is|the same)"
)


_COMPLAINT_EN = re.compile(
    r"(?i)^(?:the\s+)?([a-z][\w' -]*?)\s+(?:is|are|looks?|seems?|feels?)\s+(?:too|so|a bit|kind of|really|way too)\s+\w+$"
    r"|^(?:the\s+)?([a-z][\w' -]*?)\s+(?:looks?|seems?|feels?|reads?(?: as)?|comes? across as)\s+(?:(?:very|pretty|kinda|super|a bit|a little)\s+)?"
    r"(?:fake|weird|off|wrong|odd|strange|ugly|cheap|plastic|bad|awful|creepy|messy|dirty|distracting|random|cheesy|"
    r"tacky|cartoonish|out of place|unnatural|dated)$"
    r"|^(?:the\s+)?([a-z][\w' -]*?)\s+(?:is|are|looks?|feels?)\s+(?:(?:kinda|pretty|so|very)\s+)?"
    r"(?:boring|dull|bland|safe|flat|meh|busy|cluttered|loud|muddy|washed out)$"
    r"|^(?:the\s+)?([a-z][\w' -]*?)\s+(?:is|are)\s+(?:kind of\s+|sort of\s+|really\s+)?[a-z]+ing\b.*$"
    r"|^(?:the\s+)?([a-z][\w' -]*?)\s+(?:is|are)\s+(?:a|an|just|too|so|way|kind of|sort of|really)\s+\S.*$"
    r"|^(?:the\s+)?([a-z][\w' -]*?)\s+(?:is|are)\s*(?:not|n't)\s+(?:need|needed|necessary|wanted|working)$"
    r"|^(?:the\s+)?([a-z][\w' -]*?)\s+(?:is|are|looks?|seems?|feels?)\s+(?:(?:really|pretty|kinda|very|super)\s+)?"
    r"(?:tiny|huge|massive|enormous|giant|minuscule|microscopic)$"  # "the mirror is tiny, make it much bigger"
    # "Fuji isn't in Kyoto lol, take it out": the thing said not to belong (batch 32)
    r"|^(?:the\s+)?([a-z][\w' -]*?)\s+(?:isn'?t|is not|aren'?t|are not|doesn'?t belong|does not belong|shouldn'?t be)"
    r"(?:\s+(?:in|on|at|here|there)\b[\w' -]*)?(?:\s+(?:lol|haha|tho|though))?$"
)
_COMPLAINT_ZH = re.compile(
    r"^(.{1,8}?)(?:太|有点|有些|不够)\S{1,3}?了?$|^(.{1,8}?)(?:看起来|看着|显得|感觉)(?:很|有点|太|好|真|挺)?(?:假|怪|怪怪的|奇怪|丑|别扭|廉价)了?的?$"
    r"|^(.{1,8}?)(?:好|很|真)(?:奇怪|怪怪的|丑|难看|假|别扭|违和)了?$"
    r"|^([\u4e00-\u9fff]{1,6}?)\s*(?:too|so)\s+[a-z]+\s*了?$"
)


_DOUBT_EN = re.compile(
    r"(?i)(?:(?:hmm+|hm|honestly|tbh|ugh)[\s,.]+)?(?:i'?m\s+)?(?:not\s+(?:so\s+|too\s+|really\s+)?sure\s+about|"
    r"i\s+(?:don'?t|do\s+not)\s+(?:really\s+)?(?:like|love)|not\s+(?:a\s+|really\s+a\s+)?(?:big\s+)?fan\s+of)"
    r"\s+(?:the\s+|that\s+|this\s+)?([a-z][a-z -]{1,30}?)[\s.!?]*"
)
_DOUBT_ZH = re.compile(
    r"(?:嗯+|emm+|呃)?[，,\s]*(?:我)?(?:不太|不是很|不怎么)喜欢(?:这个|那个|这|那)?([\u4e00-\u9fff]{1,6}?)[。！!]*"
)


_NOT_THAT_EN = re.compile(
    r"(?i)(?:please\s+)?(?:the\s+)?([a-z][a-z -]{0,30}?)\s+(?:(?:is|are)\s+(?:supposed to be\s+|meant to be\s+)?)?"
    r"([a-z][a-z -]*?),?\s+not\s+([a-z][a-z -]*?)[.!]*"
)
_CHANGE_LABEL = re.compile(r"(?i)^(?:[a-z]+\s+)?(?:change|swap|edit|update|tweak|fix)\s*[:：]\s*(?=\S)")
_CAN_THERE_BE = re.compile(
    r"(?i)(?:and\s+)?(?:can|could|would|may)\s+(?:there\s+be|we\s+(?:have|get|add|see)|you\s+(?:add|put in|draw in)|i\s+(?:get|have))"
    r"\s+((?:an?|some|two|three|a few|a couple of|a pair of)\s+[a-z].*?)(?:\s+(?:please|pls|too|as well))?\s*[?？.!]*"
)
# "tagline 'BUILT FOR THE COAST'": the words in quotes after a text the prompt has are its new words
_QUOTED_NOW = re.compile(
    r"(?i)(?:the\s+)?(tagline|title|headline|slogan|caption|label|sign|text|lettering)\s*[:：=]?\s*"
    r"((?:'[^']+'|\"[^\"]+\"|“[^”]+”|‘[^’]+’))(?:\s+(?:now|instead|please|pls))?[.!]*"
)
_SAYS_NOW = re.compile(
    r"(?i)(?:the\s+)?(sign|label|banner|title|headline|tagline|caption|text|poster|board|menu|slogan|lettering)\s+"
    r"(?:says|reads|should say|should read|to say|to read)\s+(.+?)(?:\s+now|\s+instead)?[.!]*"
)
_MORE_MOOD_EN = re.compile(
    r"(?i)(?:less\s+[a-z-]+\s*,?\s*(?:and\s+|but\s+)?)?more\s+([a-z-]+)\s+(mood|vibe|feel|atmosphere|tone)[.!]*"
)
_GRADIENT_TOPIC = re.compile(
    r"(?i)(?:the\s+)?gradient\s*[.:,]\s*(?:from\s+)?([a-z][a-z -]*?\s+to\s+[a-z][a-z -]*?)(\s+instead)?[.!]*"
)


_FRAMING_EN = re.compile(
    r"(?i)\b(?:extreme close-up|close-up|close up|closeup|medium shot|medium close-up|wide shot|wide angle shot|"
    r"full[- ]body shot|full[- ]body|long shot|establishing shot|tight shot)\b"
)
_REFRAMED = {"closer": "close-up", "tighter": "close-up", "in": "close-up", "close up": "close-up", "wider": "wide shot",
             "out": "wide shot", "wide": "wide shot", "medium": "medium shot", "full body": "full-body shot",
             "full-body": "full-body shot"}  # fmt: skip


def _reframe(ed: Edit, how: str) -> bool:
    """The framing the prompt says ("wide shot") gives way to the one asked ("closer shot" -> close-up)."""
    new = _REFRAMED.get(how, how)
    for i, p in enumerate(ed.phrases):
        m = _FRAMING_EN.search(p)
        if m and m.group(0).lower() != new:
            ed.set_phrase(i, p[: m.start()] + new + p[m.end() :])
            ed.say("said_made_it", value=new)
            return True
    return False


def _reworded_en(ed: Edit, body: str) -> str:
    """English said another way, put the way the edits read it: "the awning is green, not red" (make the awning
    green), "less spooky, more whimsical mood" (the mood, whimsical), "the gradient. peach to mint instead",
    "throw in dusty rose instead" when the picture has a throw (the throw, dusty rose; no add)."""
    text = body.strip()
    if lx.has_cjk(text):
        return body
    text = _CHANGE_LABEL.sub("", text)  # "flavour change: grapefruit instead of lime": the label names the edit
    asked = _CAN_THERE_BE.fullmatch(text)
    if asked:
        return f"add {asked.group(1)}"  # "can there be an alien waving from the window": a thing to add
    says = _SAYS_NOW.fullmatch(text) or _QUOTED_NOW.fullmatch(text)
    if says and _found(ed, says.group(1)):
        return f"make the {says.group(1)} say {says.group(2)}"  # "sign says LATE NIGHT now"
    said = _NOT_THAT_EN.fullmatch(text)
    if said and _is_modifier(said.group(2)) and _found(ed, said.group(1)):
        return f"make the {said.group(1)} {said.group(2)}"
    mood = _MORE_MOOD_EN.fullmatch(text)
    if mood and _found(ed, mood.group(2)):
        return f"change the {mood.group(2)} to {mood.group(1)}"
    gradient = _GRADIENT_TOPIC.fullmatch(text)
    if gradient and _found(ed, "gradient"):
        return f"gradient from {gradient.group(1)}{gradient.group(2) or ' instead'}"
    instead_of = re.fullmatch(
        r"(?i)no\s+([a-z]+(?:\s+[a-z]+)?)\s*,?\s+(?:make it|use|do|go with|try)\s+(.+?)[.!]*", text
    )
    if instead_of and _found(ed, instead_of.group(1)):
        return f"replace the {instead_of.group(1)} with {instead_of.group(2)}"  # "no pork, make it tofu"
    none = re.fullmatch(
        r"(?i)no\s+([a-z]+(?:\s+[a-z]+)??)(?:\s+(?:scattered|sprinkled|on|in|at|around|near|anywhere|please|pls)\b.*)?[.!]*",
        text,
    )
    named = none and (
        _found(ed, none.group(1))
        or any(_found(ed, zh) for zh in bilingual.zh_words(none.group(1)) if any(lx.has_cjk(p) for p in ed.phrases))
    )
    if named:  # "no chili scattered on the table pls" on "辣椒和花椒散落在桌上": the chili goes
        return f"remove the {none.group(1)}"
    if re.fullmatch(
        r"(?i)(?:(?:make it|do it in|go|try|in)\s+)?(?:black and white|black & white|b&w|b/w|monochrome|gr[ae]yscale)(?:\s+(?:please|pls|photo|version))?[.!]*",
        text,
    ):
        return "make it black and white"  # "black and white" alone is the picture's mode, never two colours
    text = re.sub(  # "make it moody, like a storm is coming": the sky says it
        r"(?i)(,\s*|\s+and\s+)(?:like|as if|as though)\s+(?:a\s+)?storm\s+(?:is\s+)?(?:coming|brewing|rolling in)\b",
        r"\1make the sky stormy",
        text,
    )
    body = text
    framed = re.fullmatch(
        r"(?i)(?:(?:a|make it a)\s+)?(closer|tighter|wider|close-up|close up|medium|wide|full[- ]body|extreme close-up)"
        r"\s+(?:shot|framing|crop)(?:\s+of\s+(?:the\s+)?[a-z][a-z ]*)?[.!]*|zoom (in|out)(?:\s+on\s+(?:the\s+)?[a-z][a-z ]*)?[.!]*",
        text,
    )
    if framed and _reframe(ed, (framed.group(1) or framed.group(2)).lower()):
        return body  # "closer shot of the hiker" on "wide shot of a lone hiker…"
    smile = re.fullmatch(
        r"(?i)(?:and\s+)?(?:make|have|let)\s+(?:him|her|them|the\s+[a-z]+)\s+(smile|laugh|grin)"
        r"(\s+(?:a bit|a little|slightly|softly|more))?[.!]*",
        text,
    )
    if smile:  # "and make him smile a bit" on "…, serious expression": the expression is what changes
        new = {"smile": "smiling", "laugh": "laughing", "grin": "grinning"}[smile.group(1).lower()]
        new = "a slight smile" if smile.group(1).lower() == "smile" and smile.group(2) else new
        for i, p in enumerate(ed.phrases):
            face = re.search(
                r"(?i)\b(?:serious|stern|sad|neutral|grumpy|solemn|blank|somber|sombre|pensive)\s+(?:expression|face|look)\b",
                p,
            )
            if face:
                ed.set_phrase(i, p[: face.start()] + new + p[face.end() :])
                ed.say("said_made_it", value=new)
                return body
    arrow = re.fullmatch(r"(.+?)\s*(?:->|→|=>|⇒)\s*(.+?)[.!]*", text)
    listed = arrow and re.search(r"(?i)\s+and\s+|\s*[,&]\s*", arrow.group(1))
    if listed:  # "deep blue and gold -> deep red and gold": the listed words, as said ("desk -> mint" reads below)
        old, new = arrow.group(1).strip(), arrow.group(2).strip()
        for i, p in enumerate(ed.phrases):
            at = p.lower().find(old.lower())
            if at >= 0 and (at == 0 or not p[at - 1].isalnum()):  # the words as the prompt has them
                ed.set_phrase(i, p[:at] + new + p[at + len(old) :])
                ed.say("said_changed_to", what=old, value=new)
                return body
    thing = re.fullmatch(r"(?i)(?:the\s+)?([a-z][a-z -]*?)\s+([a-z]+)", arrow.group(1).strip()) if arrow else None
    if thing and not listed and _found(ed, thing.group(1)) and not _found(ed, arrow.group(1)):
        return f"change the {thing.group(1)} to {arrow.group(2).strip()}"  # "background gold -> silver"
    instead = re.fullmatch(
        r"(?i)(?:the\s+)?([a-z][a-z -]*?)\s+in\s+([a-z][a-z -]*?)\s+(?:instead of|rather than|not)\s+([a-z][a-z -]*?)[.!]*",
        text,
    )
    if instead and _found(ed, instead.group(1)):  # "coat in leather instead of wool"
        return f"make the {instead.group(1)} {instead.group(2)} instead of {instead.group(3)}"
    same = re.fullmatch(
        r"(?i)(?:the\s+)?same\s+([a-z][a-z -]*?),?\s+but\s+(?:in|made of|made from)\s+([a-z][a-z -]*?)[.!]*", text
    )
    if same and _found(ed, same.group(1)):  # "same chair but in brushed aluminium"
        i, _, end = find_en(ed.phrases, same.group(1))
        p = ed.phrases[i]
        made = re.match(r"(?i)\s+made\s+(?:of|from)\s+(.+?)(?=\s+(?:in|on|at|with|against)\s|,|$)", p[end:])
        if made:  # "a chair made of bent plywood": what it is made of is said there
            ed.set_phrase(i, p[: end + made.start(1)] + same.group(2) + p[end + made.end(1) :])
            ed.say("said_made", what=ed.name(same.group(1)), value=same.group(2))
            return body
        return f"make the {same.group(1)} {same.group(2)}"
    thrown = re.fullmatch(r"(?i)throw\s+in\s+([a-z][a-z -]*?)(?:\s+instead)?[.!]*", text)
    if thrown and _is_modifier(thrown.group(1)) and re.search(r"(?i)\bthrow\b", " ".join(ed.phrases)):
        return f"make the throw {thrown.group(1)}"
    return body


def edit_phrases(phrases: tuple[str, ...], message: str, lang: str) -> Edit:
    ed = Edit(list(phrases), lang)
    said_bg = re.search(r"(?i)(?<![\w-])bg(?![\w-])", " ".join(phrases))  # the prompt's own "lilac bg" is found as said
    body = strip_lead(clean(message) if said_bg else expand_short(clean(message)))
    praised = re.match(r"^([^!！。?？]{1,16}?)[!！。]+\s*(?=\S)", body)
    if praised and is_remark(praised.group(1)) and not is_remark(body[praised.end() :]):
        body = strip_lead(body[praised.end() :])  # "太可爱了！请问蘑菇可以画成…吗？": the praise is not the edit
    body = _reworded_en(ed, body)
    # "再来一版豆沙色口红": another version, with that: the change to it (batch 32)
    body = re.sub(r"^(?:再)?(?:来|出|做)一(?:版|个版本)(?=[\u4e00-\u9fffA-Za-z])", "换成", body)
    if ed.changes:
        return ed  # said another way and done there ("deep blue and gold -> deep red and gold")
    if (not lx.has_cjk(body) or body.startswith("渐变")) and regradient(
        ed, body
    ):  # "gradient from deep blue to emerald green instead"
        return ed
    if mirror(ed, body):  # "flip it horizontally": the sides the prompt names trade places
        return ed
    if swap_places(ed, body) or swap_colours(ed, body):  # "swap them, croissant left latte right", "swap the colours"
        return ed
    if fix_text(ed, body):  # "names are wrong lol it's 'Ana & Tomás'": the picture's words, said again
        return ed
    added = re.fullmatch(
        r"([\u4e00-\u9fff]{1,10}?)(?:的效果|的感觉|效果)?(?:也|再)?(?:加上|加进去|加进来|加一下)[吧了呗]*[。！!]*", body
    )
    if added and not _found(ed, added.group(1)):
        body = f"加上{added.group(1)}"  # "下雨的效果加上": 加上下雨
    asked = re.fullmatch(
        r"([\u4e00-\u9fff]{1,6}?)(?:可以|能不能|能|可不可以|可否)(?:给[它他她])?((?:戴|穿|拿|举|抱|背)[\u4e00-\u9fff]{1,8}?)[吗嘛么呢]?[？?。]*",
        body,
    )
    if asked and _found(ed, asked.group(1)):
        body = f"给{asked.group(1)}{asked.group(2)}"  # "小猪可以戴个皇冠吗": 给小猪戴个皇冠
    body = re.sub(
        r"(?i)^((?:(?:perfect|great|nice|ok|okay|love it)[,!.]*\s+)*(?:now\s+)?)(?:a|another|one more)\s+(?:version|variant|take)\s+in\s+",
        r"\1make it ",
        body.strip(),
    )  # "perfect, now a version in teal": the picture, in teal
    body = re.sub(  # "palette: swap olive for brick red": the edit after the topic names its own words
        r"(?i)^(?:the\s+)?(?:palette|colou?rs|colou?r scheme|colou?r palette)\s*[:：–—-]\s*(?=(?:swap|replace|change|switch)\s)",
        "",
        body.strip(),
    )
    described = re.fullmatch(
        r"(?i)((?:and\s+|also\s+|add\s+|plus\s+)*)(?:a|an)\s+([a-z][a-z-]*)\s*[!.,]+\s*(?:a|an)\s+([a-z][a-z -]*?)\s+one[!.]*",
        body.strip(),
    )
    if described:  # "and a rocket!!! a big red one": one thing added, said in two goes
        lead, noun, how = described.groups()
        body = f"{lead}{'an' if how[0].lower() in 'aeiou' else 'a'} {how} {noun}"
    if stop_doing(ed, body):  # "吉他别烧了": the guitar, not burning
        return ed
    body = re.sub(
        r"(?i)([\u4e00-\u9fff]{1,6})\s*(?:colou?r|的颜色)\s*(?=改成|换成|变成|改|换)", r"\1", body
    )  # "鲸鱼 color 改成珊瑚色"
    colour_also = compiled(
        rf"^([\u4e00-\u9fff]{{1,6}}?)的?颜色(?:也)?(?:换|改)(?:一下)?[，,\s]+((?:{COLOUR_ZH.pattern}))的?[。！!]*$"
    ).match(body.strip())
    if colour_also and _found(ed, colour_also.group(1)):  # "标签颜色也换，粉色": the label, pink
        body = f"把{colour_also.group(1)}改成{colour_also.group(2)}"
    more_zh = re.fullmatch(r"([\u4e00-\u9fff]{1,6})\s*([a-z]{3,}er)\s*(?:一点|一些|点|些)?[吧呀]?", body.strip())
    if more_zh and more_zh.group(2).lower() in _COMPARATIVES and not any(lx.has_cjk(p) for p in ed.phrases):
        named = next((w for w in bilingual.en_words(more_zh.group(1)) if _found(ed, w)), None)
        if named:  # "灯光 cooler 一点" on "…, warm tungsten light": the light, cooler
            body = f"make the {named} {more_zh.group(2)}"
    mixed = _MIXED_SET.fullmatch(body.strip())
    if mixed and re.search(r"[A-Za-z]", body) and not re.match(r"[把将]", body) and _found(ed, mixed.group(1)):
        body = f"把{mixed.group(1)}换成{mixed.group(2)}"  # "圆环 change to 蓝色", "跑车 make it purple", "底色 change 成 burgundy"
    said_is = compiled(rf"([\u4e00-\u9fff]{{1,6}}?)(?:应该是|是)((?:{COLOUR_ZH.pattern}))的?[。！!]*").fullmatch(
        body.strip()
    )
    if said_is and _found(ed, said_is.group(1)):  # "帽子是红色的" on "…恐龙戴着帽子": the hat, red
        body = f"把{said_is.group(1)}改成{said_is.group(2)}"
    told = _SOMEONE_CHANGED.match(body.strip())
    if told and find_en(ed.phrases, told.group(1)) is not None:
        body = f"change {told.group(1)} to {told.group(2)}{told.group(3)}"  # "The author changed the title, it's now …"
    named_en = _EN_THING_ZH_VERB.fullmatch(body.strip())
    if named_en and any(lx.has_cjk(p) for p in ed.phrases) and find_en(ed.phrases, named_en.group(1)) is None:
        zh = next((w for w in bilingual.zh_words(named_en.group(1)) if _found(ed, w)), None)
        if zh:  # "background 换成 sage green" on "背景是 pastel pink": the 背景, as the Chinese edit reads it
            body = f"把{zh}{named_en.group(2)}{named_en.group(3)}"
    gone = _MIXED_REMOVE.match(body)
    if gone and lx.has_cjk(gone.group(1)):  # "干花 remove 掉": 去掉干花
        body = f"去掉{gone.group(1)}"
    topic = _TOPIC_THEN_CHOICE.match(body)
    if topic and find_en(ed.phrases, topic.group(1)) is not None:  # "And the stone: go with white marble instead"
        body = f"replace the {topic.group(1)} with {topic.group(2)}{topic.group(3) or ''}"
    counted = _RECOUNT.fullmatch(body.strip())
    if counted and set_count(ed, counted.group(2).split()[-1], counted.group(1)):
        return ed  # "2 lit windows", "make it five pendant lights" on "one lit window": the count changes
    kind = re.fullmatch(
        r"(?i)(?:(?:hmm+|ok|okay|maybe|actually)[\s,]+)*(?:try|what about|how about|make it)\s+(an?\s+[a-z][a-z -]*?)(?:\s+instead)?[\s.!?]*",
        body.strip(),
    )
    kind = kind or _OTHER_CREATURE.fullmatch(body.strip())
    if kind and swap_kind_en(ed, next(g for g in kind.groups() if g)):
        return ed  # "hmm try a grey tabby" on "a black cat": a grey tabby cat
    other = _OTHER_CREATURE.fullmatch(body.strip())
    if other and is_creature(
        other.group(1) or other.group(2) or other.group(3)
    ):  # "a tiger instead", "swap to a tiger": the creature there, replaced
        body = f"make it {other.group(1) or other.group(2) or other.group(3)}"
    clauses = [tinted_zh(ed, _HOW_AFTER_COLON.sub("make it ", c)) for c in _refined(_taken_back(_clauses(body)))]
    alone = clauses[0] if len(clauses) == 1 else ""
    tried = re.sub(r"^(?:那)?(?:再)?(?:试试|试一下|试下|换成)", "", alone.strip()) if alone else ""
    if alone and _colour_then_thing_zh(ed, tried or alone.strip()):  # "粉色霓虹" on "霓虹灯牌"; "再试试黑色表盘"
        return ed
    if (
        alone
        and not re.search(r"^[+\-－＋]|[来加要画放换改去删让给弄点些再挪移搬:：]", alone)
        and _names_only(ed, alone)
    ):
        # "the bird", "边框上的花": a thing named and nothing said of it; nothing is added, and we ask what to change
        ed.question = messages.text("ask_what_to_change", ed.lang, what=alone.strip())
        return ed
    for k, clause in enumerate(clauses):
        nxt = clauses[k + 1] if k + 1 < len(clauses) else ""
        instead = re.fullmatch(
            r"(?:再)?换(?:成|上)?(一[个只面张把盏幅条块件台盆扇][\u4e00-\u9fff]{1,8}?)(?:吧)?", clause.strip()
        )
        if k and instead and any(c.op == "remove" for c in ed.changes):
            clause = f"加{instead.group(1)}"  # "画去掉，换一面镜子": the new thing in the place of the one taken out
        there = re.fullmatch(r"(?:还|再|也)?(?:要)?有(?![点些])([\u4e00-\u9fff]{1,8}?)(?:吧)?", clause.strip())
        if k and there and not _found(ed, there.group(1)):
            clause = f"加{there.group(1)}"  # "改成晚上，有月亮": the moon is added (batch 32)
        if k and is_remark(clause):
            continue  # "…? Thank you!", "…，谢谢～": said to us, nothing to change
        if len(clauses) > 1 and re.fullmatch(
            r"(?i)(?:no+|nope|nah|better|good|great|ok(?:ay)?|fine|hmm+)[.!]*", clause.strip()
        ):
            continue  # "No. The barrels are a cliché. Lose them…": the verdict, said before the edit
        kept = re.fullmatch(
            r"(?i)(?:but\s+|and\s+)?(?:the\s+)?same\s+(.+?)[.!]*|(?:保持|还是)?同一?[个只座张]?(.+?)不变",
            clause.strip(),
        )
        if k and kept and _found(ed, kept.group(1) or kept.group(2)):
            continue  # "now calm sea, same lighthouse": what stays as it is, not words to add (batch 32)
        hedged = re.fullmatch(
            r"(?i)(?:or\s+)?(?:perhaps|maybe|possibly|ideally)\s+((?:a|an|some)\s+.+?)\s*\?*", clause.strip()
        )
        if k and hedged:  # "make the sky brighter, perhaps a soft sunrise?": the second edit, offered politely
            clause = hedged.group(1)
        just = re.fullmatch(
            r"(?i)(?:just|only)\s+(the\s+[a-z][a-z -]*?)\s+((?:in|on|at|by)\s+(?:the|a|an)\s+[a-z][a-z -]*?)[.!]*",
            clause.strip(),
        )
        if k and just and _found(ed, just.group(1)):
            clause = f"put {just.group(1)} {just.group(2)}"  # "lose the island, just the lighthouse in the water"
        kept_but = re.fullmatch(r"(?i)(?:ok(?:ay)?\s+)?(?:then\s+)?(?:keep|leave)\s+.+?\s+but\s+(.+)", clause.strip())
        if kept_but:  # "ok then keep concrete but lose the pool": what stays is said to stay; the rest is the edit
            clause = kept_but.group(1)
        too = re.fullmatch(
            r"(?i)(?:way\s+|a bit\s+|much\s+)?too\s+(?:dark|bright|light|dim|busy|plain)", clause.strip()
        )
        if too and nxt and re.match(r"(?i)(?:much\s+|a bit\s+)?[a-z]+er\b", nxt.strip()):
            continue  # "too dark. brighter library": the next clause says what, and how
        if k and ed.changes and EVERYWHERE.fullmatch(clause.strip()):
            everywhere(ed)  # "lemon → grapefruit, everywhere": the word changed once changes in every phrase
            continue
        if k and ed.said and not nxt and (_REASON.match(clause.strip()) or _WHY_EN.fullmatch(clause.strip())):
            continue  # "make the moths smaller, they're taking over": why, said after the edit
        if k and ed.said and re.match(r"(?i)(?:like|as in|i mean|you know)\s+(?:an?\s+)", clause.strip()):
            continue  # "butter bigger, like a big pat": the edit said again, as an example
        why = _COMPLAINT_ZH.fullmatch(clause.strip()) if k and not nxt else None
        if why and ed.said and not _found(ed, next(g for g in why.groups() if g)):
            continue  # "背景换成淡蓝色吧 粉色太甜了": why, about what was just changed (the pink is gone)
        still = re.fullmatch(r"(?i)(?:but\s+)?(?:still|keep it|keep them)\s+([a-z]+)", clause.strip())
        if k and still and re.search(rf"(?i)\b{re.escape(still.group(1))}\b", " ".join(ed.phrases)):
            continue  # "…white marble instead, still wet": what it already is stays
        if nxt and re.fullmatch(
            r"(?i)(?:calm|tone|settle|quiet)\s+(?:it|this|things|everything)\s+down", clause.strip()
        ):
            continue  # "calm it down - make the sea calm…": what follows says how
        if nxt and _CHAT_SENTENCE.match(clause.strip()):
            continue  # "Hi! I'm making a book. Could you add a cat?": who they are, not the picture
        if k and not nxt and _names_only(ed, strip_lead(clause)):
            continue  # "remove the woman, just the rock": the rock is there already; nothing to add
        if (
            not k
            and nxt
            and (is_remark(clause) or _INTERJECTION.fullmatch(clause.strip()) or clause.lower() in ("better", "nicer"))
            and _complained_of(ed, clause) is None  # "牛奶那个杯子看着怪怪的，去掉吧" says what to remove
            and not _names_only(ed, re.sub(r"(?i)\s+i\s+meant?$", "", clause.strip()))  # "the sofa i mean. green"
        ):
            continue  # "perfect, now …", "sorry - change …", "不对，…": said before the edit, not part of it
        matched = re.fullmatch(r"(?i)(?:and\s+)?((?:the\s+)?[a-z][\w -]*?)\s+to match", clause.strip()) if nxt else None
        if matched and _found(ed, matched.group(1)):
            clauses[k + 1] = _about(matched.group(1), nxt)  # "background to match, make it deep orange"
            continue
        thing = _complained_of(ed, clause) if nxt else None
        if thing is not None:
            # "beige wall is too boring, make it terracotta", "米色墙太素了，换成赤陶色": the complaint names
            # what the next clause's "it" (or its missing target) is
            clauses[k + 1] = _about(thing, nxt, clause)
            continue
        led = re.match(r"^([\u4e00-\u9fff]{1,4}?)(?:再|更)?[深浅亮暗大小]一?点", clause) if nxt else None
        if led and re.match(r"(?:换成|改成|变成)", nxt) and _found(ed, led.group(1)):
            clauses[k + 1] = f"把{led.group(1)}{nxt}"  # "背景深一点 换成焦糖色": the background, caramel
            continue
        also = re.match(r"^(.{1,6}?)(?:也)?(?:换一下|改一下|换个|换掉|也换)$", clause) if nxt else None
        if also and re.match(r"(?:换成|改成|变成)", nxt) and _found(ed, also.group(1)):
            clauses[k + 1] = f"把{also.group(1)}{nxt}"  # "坐垫也换一下，换成焦糖色皮革"
            continue
        named_bg = re.match(r"^(背景)\s*([A-Za-z][A-Za-z -]*?)\s*(?=改成|换成|变成|改为)", clause)
        if named_bg and any("背景" in p and named_bg.group(2).lower() in p.lower() for p in ed.phrases):
            clauses[k] = clause = "背景" + clause[named_bg.end() :]  # "背景 beach 改成山里": the background
        why = re.search(r"(?i)(?<=[\u4e00-\u9fff])\s+(?:looks?|it'?s|its|too|kinda|so|very|a bit)\b[a-z' ]*$", clause)
        if why and re.search(r"去掉|删掉|删了|拿掉|不要|改成|换成", clause[: why.start()]):
            clauses[k] = clause = clause[: why.start()]  # "多肉删掉吧 looks messy": why is no part of the edit
        gone = re.match(r"^(?:去掉|删掉|拿掉|不要)\s*(.+?)\s*$", clause)
        instead = re.match(r"^(?:换成|改成|变成|换上)\s*(.+)$", nxt) if gone and nxt else None
        if instead:  # "去掉 aurora，换成 full moon": one replacement
            clauses[k + 1] = f"把{gone.group(1)}换成{instead.group(1)}"
            continue
        alone_named = re.sub(
            r"(?i)\s+(?:too|also|as well|i mean|i meant)$|也$", "", clause.strip()
        )  # "turtleneck too. cream"
        if nxt and _names_only(ed, alone_named):
            ed.topic = re.sub(r"(?i)^(?:the|that|this)\s+", "the ", alone_named)
            if not ed.topic.lower().startswith("the ") and not lx.has_cjk(ed.topic):
                ed.topic = f"the {ed.topic}"
            continue
        if ed.topic and lx.has_cjk(ed.topic) and re.match(r"(?:换成|改成|变成|改为)", clause):
            clauses[k] = clause = f"把{ed.topic}{clause}"  # "床单，换成浅蓝": the sheets
        if ed.topic and not lx.has_cjk(ed.topic) and not lx.has_cjk(clause):
            if nxt and _DEGREE_ONLY.fullmatch(clause.strip()):
                continue  # "the ravens. too many. remove": how it is, before what to do
            if re.fullmatch(
                r"(?i)(?:remove|delete|lose|ditch|drop|kill|cut|scrap)(?:\s+(?:it|them|those|these))?", clause
            ):
                clause = f"remove {ed.topic}"  # "the ravens, remove them"
            to = re.fullmatch(r"(?i)(?:to|into|->|→)\s*(.+)", clause.strip())
            if to:
                clause = f"change {ed.topic} to {to.group(1)}"  # "the table, to walnut"
        could = re.fullmatch(
            r"(?i)(?:it\s+|they\s+)?(?:can|could|should|would|must)\s+(?:it\s+|they\s+)?be\s+(?:a\s+)?(.+?)(?:\s+colou?r)?\??",
            clause.strip(),
        )
        if (
            ed.topic
            and could
            and (_is_modifier(could.group(1)) or re.fullmatch(r"(?i)[a-z]+(?:en|ed)", could.group(1)))
        ):
            _set_target(ed, ed.topic, could.group(1))  # "And the silk, can be blue color? light blue"
            continue
        if ed.topic and (_is_modifier(clause) or (lx.has_cjk(clause) and _zh_colour_value(clause))):
            _set_target(
                ed, ed.topic, _zh_colour_word(clause) if lx.has_cjk(clause) else clause
            )  # "the fox. arctic white."
            continue
        if lx.has_cjk(clause) and made_of_zh(ed, clause.strip()):
            continue
        if picture_light(ed, clause) or degree_of_thing(ed, clause, clauses[k - 1] if k else ""):
            continue  # "太暗了", "too dark": the picture's light; "灯再暖一点", "冰块多一点": that thing, more so
        doing = re.match(
            r"(?i)(?:sitting|standing|lying|walking|holding|wearing|looking|reading|eating|drinking|playing|"
            r"talking|chatting|waiting|dancing)\b",
            clause.strip(),
        )
        if (
            k
            and doing
            and ed.changes
            and ed.changes[-1].op == "add"
            and ed.phrases
            and ed.phrases[-1] == ed.changes[-1].after
        ):
            ed.set_phrase(len(ed.phrases) - 1, f"{ed.phrases[-1]} {clause.strip()}")  # "a few guests, sitting on …"
            continue
        _apply(ed, clause)
    people_came(ed)
    return ed


_NOT_THE_OTHER = re.compile(
    r"(?i)(?:and\s+|make it\s+)?(?:an?\s+)?([a-z]+)\s+([a-z]+)\s*,?\s+(?:not|instead of|rather than)\s+(?:an?|the)\s+([a-z]+)(?:\s+one)?"
)


def _swap_adjective(ed: Edit, new: str, noun: str, old: str) -> bool:
    """The word said of the noun gives way to the new one ("tall stack" -> "short stack"); False if not there."""
    for i, p in enumerate(ed.phrases):
        m = re.search(rf"(?i)(?<![\w-]){re.escape(old)}(\s+(?:[\w-]+\s+){{0,2}}){re.escape(noun)}(?:e?s)?(?![\w-])", p)
        if m:
            ed.set_phrase(i, p[: m.start()] + new + p[m.start() + len(old) :])
            ed.say("said_made", what=ed.name(f"the {noun}"), value=new)
            return True
    return False


_RECOUNT = re.compile(
    r"(?i)(?:(?:ok|okay|and|now|hmm+|maybe)[\s,]+)*(?:(?:make it|let'?s (?:do|have)|i want|try|go with)\s+)?"
    r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z][a-z -]{0,40}?)(?:\s+(?:instead|please|pls))?[\s.!]*"
)
_OTHER_CREATURE = re.compile(
    r"(?i)(?:(?:ok|okay|hmm+|maybe|actually|no|nah)[\s,]+)*(?:(?:swap|switch|change)(?:\s+(?:it|him|her|them))?\s+(?:to|for)\s+"
    r"(an?\s+[a-z][a-z -]*?)|(an?\s+[a-z][a-z -]*?)\s+instead|(?:can|could|should)\s+(?:it|he|she|they)\s+be\s+"
    r"(an?\s+[a-z][a-z -]*?))(?:\s+(?:please|pls))?[\s.!?]*"
)
_MIXED_SET = re.compile(
    r"(?i)([\u4e00-\u9fff]{1,6})\s*(?:(?:change|turn|switch)\s*(?:it\s*)?(?:to|into|成)|make it|改成|换成|变成)\s*([^\s,，。].{0,30}?)"
    r"[\s.!。！吧]*"
)
# "The author changed the title, it's now THE QUIET HOUR.": who changed it is said to us; the new words are the edit
_SOMEONE_CHANGED = re.compile(
    r"(?i)^(?:the\s+)?(?:author|client|boss|brand|team|editor|publisher|marketing|they|we|he|she)\s+"
    r"(?:has\s+|just\s+)?(?:changed|updated|renamed|switched)\s+(the\s+[a-z][\w -]{0,30}?)\s*[,.;:]?\s*"
    r"(?:(?:it'?s|it is|so it'?s)\s+(?:now\s+)?|to\s+)(\S[^.!]*)([.!]?\s*.*)$"
)
_EN_THING_ZH_VERB = re.compile(
    r"(?i)(?:the\s+)?([a-z][a-z -]{1,24}?)\s*(换成|改成|变成|改为)\s*(\S.{0,30}?)[\s.!。！吧]*"
)
_MIXED_REMOVE = re.compile(
    r"(?i)^([^\s,，。；;][^,，。；;]*?)\s*(?:remove|delete|take out|get rid of)\s*(?:掉|了|吧|pls|please)*[\s.!。！]*$"
)
# "And the stone: go with white marble instead", "the cap - make it brushed gold": the thing, then its new value
_TOPIC_THEN_CHOICE = re.compile(
    r"(?i)^(?:and|also|now|ok)?[\s,]*(?:the|that|this)\s+([a-z][a-z -]{1,30}?)\s*:\s*"
    r"(?:go with|use|try|let'?s (?:do|go with|use)|switch to|make it|swap (?:it|that) for|replace (?:it|that) with)\s+"
    r"(?:a\s+|an\s+)?([a-z][\w -]*?)(?:\s+instead)?(\s*,.*)?$"
)
_TAKE_BACK = re.compile(
    r"(?i)^(?:no+,?\s*wait|wait,?\s*no|no+|nope|no no|actually|i mean|or rather|sorry|no,? sorry|scratch that|"
    r"不对|不是|我是说|应该是|说错了|哦不|噢不|啊不|不不)[.!…]*$"
)
_EDIT_START = re.compile(r"(?i)^(?:make|change|turn|remove|add|put|move|swap|replace|give|把|将|去掉|加|换|改|删)")


# "…, harsh is too commercial": why, said of what was just changed, with no value of its own
_WHY_EN = re.compile(
    r"(?i)(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:is|was|looks?|feels?)\s+(?:too|way too|so)\s+[a-z]+"
)
# "go colder: muted teal and silver": the words after the colon say how
_HOW_AFTER_COLON = re.compile(
    r"(?i)^\s*(?:go|make it|try|something)\s+(?:a\s+bit\s+|much\s+|even\s+)?[a-z]+er\s*[:：]\s*(?=\S)"
)
# Why an edit was asked, said after it ("they're taking over", "it's too busy", "since it looks flat"), not the picture's.
_REASON = re.compile(
    r"(?i)^(?:because|cause|'cause|since|as)?\s*(?:they'?re|they are|it'?s|it is|that'?s|that is|he'?s|she'?s|"
    r"they|it)\s+(?:(?:too|so|way|really|kinda|kind of|a bit|a little)\s+\w+|taking over|getting lost|looks?\s+\w+|"
    r"feels?\s+\w+|distracting|overpowering|competing|clashing|blending in|lost|overwhelming)"
    r"|^(?:the\s+)?(?:client|boss|brand|team|art director|ad|they)\s+(?:says?|said|thinks?|wants?|changed|hates?|asked)\b"
    r"|^(?:we|i|they)(?:'ve|\s+have)?\s+(?:flipped|changed|moved|switched|swapped|updated|redid|decided|reversed)\b"
)  # "drop the water, client says it reads as 'not waterproof'", "blue and cream pls, brand changed": why


_PALETTE_TONES = frozenset(("pastel", "neon", "muted", "bright", "vivid", "earthy", "warm", "cool", "dark", "light",
                            "monochrome", "vibrant", "saturated", "desaturated", "moody", "soft", "bold"))  # fmt: skip


def _retone_palette(ed: Edit, tone: str) -> bool:
    """The one word that says how the palette is ("pastel palette") gives way to the new one; said before it when
    there was none."""
    for i, p in enumerate(ed.phrases):
        m = re.search(r"(?i)(?<![\w-])(?:([a-z]+)\s+)?(palette|colou?rs)(?![\w-])", p)
        if m is None:
            continue
        if m.group(1) and m.group(1).lower() in _PALETTE_TONES:
            ed.set_phrase(i, p[: m.start(1)] + tone + p[m.end(1) :])
        else:
            ed.set_phrase(i, p[: m.start(2)] + tone + " " + p[m.start(2) :])
        ed.say("said_made", what="the palette", value=tone)
        return True
    return False


def _taken_back(clauses: list[str]) -> list[str]:
    """ "make the fox a wolf, no wait, a husky", "改成红色，不对，蓝色": the words after the correction take the place of
    what it corrects (the value, or the whole clause when the correction is an edit of its own)."""
    out: list[str] = []
    k = 0
    while k < len(clauses):
        if not (_TAKE_BACK.match(clauses[k].strip()) and out and k + 1 < len(clauses)):
            out.append(clauses[k])
            k += 1
            continue
        while k + 2 < len(clauses) and _TAKE_BACK.match(clauses[k + 1].strip()):
            k += 1  # "pink, no, sorry, light blue": one correction, said twice
        before, said = out.pop(), clauses[k + 1].strip().removeprefix("是")
        k += 2
        if _EDIT_START.match(said):
            out.append(said)
            continue
        articles = [a.start() for a in re.finditer(r"(?i)\b(?:a|an)\s", before)]
        to = re.search(r"(?:换成|改成|变成|改为|换为|成|改|换)(?!.*(?:换成|改成|变成|改为|换为|成|改|换))", before)
        tail = re.search(r"(?i)\s(?:to|into)\s(?!.*\s(?:to|into)\s)", before)
        if re.match(r"(?i)(?:a|an)\s", said) and articles:
            out.append(before[: articles[-1]] + said)
        elif to:
            out.append(before[: to.end()] + said)
        elif tail:
            out.append(before[: tail.end()] + said)
        elif _is_modifier(said) and before.split() and _is_modifier(before.split()[-1]):
            out.append(before.rsplit(" ", 1)[0] + " " + said)  # "make the sky red, no wait, blue"
        else:
            out.append(said)
    return out


def _refined(clauses: list[str]) -> list[str]:
    """ "make the cabinet green, sage green", "in blue colour - navy blue": a colour said again more exactly, as
    its own clause, is the colour meant; it takes the plain word's place in the clause before."""
    out: list[str] = []
    for clause in clauses:
        said = clause.strip().lower()
        words = said.split()
        before = out[-1] if out else ""
        if 2 <= len(words) <= 3 and _is_modifier(said) and words[-1] in PROMPT_COLOURS_EN:
            plain = re.search(rf"(?i)(?<![\w-]){re.escape(words[-1])}(?![\w-])", before)
            if plain and not re.search(rf"(?i)(?<![\w-]){re.escape(said)}(?![\w-])", before):
                out[-1] = before[: plain.start()] + said + before[plain.end() :]
                continue
        exact = re.fullmatch(r"(?:是|要)?([\u4e00-\u9fff]{1,3}?([\u4e00-\u9fff]色))的?(?:吧|那种)?", said)
        if exact and len(exact.group(1)) > 2 and exact.group(2) in before and exact.group(1) not in before:
            out[-1] = before.replace(exact.group(2), exact.group(1), 1)  # "换成绿色，墨绿色": dark green
            continue
        out.append(clause)
    return out


_SIDES_EN = ("left", "right", "above", "behind", "the front", "the back", "the side")
_SIDES_ZH = {
    "左边": "左侧",
    "右边": "右侧",
    "左侧": "左侧",
    "右侧": "右侧",
    "上方": "上方",
    "后面": "背后",
    "背后": "背后",
}


def _light_side(clause: str) -> str | None:
    """The side the light is asked to come from ("move the light to the right" -> "right", "光从右边来" -> "右侧")."""
    m = re.match(
        r"(?i)^(?:move|put|have|make|switch)\s+(?:the\s+)?(?:window\s+)?(?:light|lighting|sunlight|sun)\s+"
        r"(?:to|on|from|come from|coming from)\s+(?:the\s+)?(left|right|above|behind)(?:\s+side)?$",
        clause.strip(),
    ) or re.match(
        r"(?i)^(?:the\s+)?(?:light|lighting)\s+from\s+(?:the\s+)?(left|right|above|behind)(?:\s+side)?$", clause.strip()
    )
    if m:
        return m.group(1).lower()
    m = re.match(
        r"^(?:让)?(?:光|光线|灯光|窗光|阳光)(?:改成)?(?:从|在|打在|换到|移到)?(左边|右边|左侧|右侧|上方|后面|背后)(?:来|照过来|打过来|进来|照进来)?[吧了]*$",
        clause.strip(),
    )
    return _SIDES_ZH[m.group(1)] if m else None


def _relight(ed: Edit, side: str) -> bool:
    for i, p in enumerate(ed.phrases):
        if lx.has_cjk(side):
            m = re.search(r"(左侧|右侧|左边|右边|上方|背后)(?=[^，,。]*光)", p) if "光" in p else None
        else:
            m = (
                re.search(r"(?i)(?<=from the )(left|right|above|behind)\b|(?<=from )(left|right|above|behind)\b", p)
                if re.search(r"(?i)\blight", p)
                else None
            )
        if m:
            ed.set_phrase(i, p[: m.start()] + side + p[m.end() :])
            ed.say("said_changed_to", what=m.group(0), value=side)
            return True
    return False


# "too many", "way too big": a fragment that says how a thing named just before is, not what to do
_DEGREE_ONLY = re.compile(
    r"(?i)(?:(?:way|far|much|a bit|just)\s+)?too\s+(?:many|much|few|big|small|large|tiny|huge|busy|loud)"
)

_PALETTE = re.compile(r"(?i)(?:the\s+)?(?:palette|colou?rs|colou?r scheme|colou?r palette)|配色|颜色|色调")


def _complained_of(ed: Edit, clause: str) -> str | None:
    """What a complaint clause names, where the prompt has it: "the peonies look fake", "牛奶那个杯子看着怪怪的"
    (the phrase that has both the milk and a cup), "Palette is too safe"."""
    if len(clause) > 80:  # a complaint is a few words; long clauses are not tried (the pattern backtracks)
        return None
    clause = re.sub(r"(?i)^((?:the\s+)?[a-z][\w -]*?)'s\s+(?=too|so|a bit|kind of|really|way)", r"\1 is ", clause)
    said = _COMPLAINT_EN.match(clause) or _COMPLAINT_ZH.match(clause)  # "the palette's too safe" as "is"
    if said is None:
        return None
    thing = next(g for g in said.groups() if g)
    found = find_zh(ed.phrases, thing) if lx.has_cjk(thing) else find_en(ed.phrases, thing)
    described = re.fullmatch(r"(.{1,6}?)的?那[个只杯张块把](.{1,4})", thing)
    both = [p for p in ed.phrases if described and described.group(1) in p and described.group(2)[0] in p]
    if len(both) == 1:
        return both[0]
    if found is None and lx.has_cjk(thing) and not all_chinese(ed.phrases):
        # "雾太多了" on "a misty forest": the thing by its English name, or the word made from it
        said_en = r"(?i)(?<![a-z]){0}(?![a-z])|(?<![a-z]){0}{1}?y(?![a-z])"
        joined = " ".join(ed.phrases)
        if any(re.search(said_en.format(re.escape(w), re.escape(w[-1])), joined) for w in bilingual.en_words(thing)):
            return thing
    return thing if found is not None or _PALETTE.fullmatch(thing.strip()) else None


def _about(thing: str, nxt: str, said: str = "") -> str:
    """The clause after a complaint, with the thing complained of where it has no target of its own: "the peonies
    look fake, swap for white roses", "溏心蛋看着怪怪的，去掉吧"."""
    if lx.has_cjk(thing):
        if re.match(r"(?:换成|改成|变成|改为)", nxt):
            return f"把{thing}" + nxt
        if re.fullmatch(r"(?:再)?[大小](?:一)?(?:点|些)[吧了]*", nxt):
            return f"{thing}{nxt}"  # "月亮太大了，小一点": the moon, smaller
        if re.fullmatch(r"(?:去掉|删掉|拿掉|不要了?|删了)[吧了]*", nxt):
            return f"去掉{thing}"
        return nxt
    if re.search(r"(?i)\b(?:too|so|way)\s+(?:big|large|huge)\b", said) and re.fullmatch(
        r"(?i)(?:tone|dial|scale|bring)\s+(?:it|them)\s+(?:down|back)(?:\s+a\s+(?:bit|little|notch))?", nxt
    ):
        return f"make the {thing} smaller"  # "the pendant is way too big, tone it down": smaller, not calmer
    offered = re.match(r"(?i)^(?:do|try|go with|go for|go|use|make it)\s+(?:an?\s+)?(.+)$", nxt)
    if offered:  # "blush pink is too sweet, do sage", "moon's too orange, go for a pale yellow": the value offered
        return f"change the {thing} to {offered.group(1)}"
    if re.search(r"(?i)\b(?:it|them)\b", nxt):
        return re.sub(r"(?i)\b(?:it|them)\b", f"the {thing}", nxt, count=1)
    if re.match(r"(?i)(?:swap|replace|switch)\s+(?:for|with)\s", nxt):
        return re.sub(r"(?i)^(swap|replace|switch)\s+", rf"\1 the {thing} ", nxt)
    if re.fullmatch(r"(?i)(?:remove|delete|lose|ditch|drop|kill)(?:\s+(?:it|them))?", nxt):
        return f"remove the {thing}"
    bare = re.fullmatch(
        r"(?i)((?:much\s+|a bit\s+|a little\s+|way\s+)?[a-z]+er)(?:\s+(?:pls|please|plz))?[.!]*", nxt.strip()
    )
    if bare:  # "the moon is way too big, smaller pls": the moon, smaller
        return f"make the {thing} {bare.group(1)}"
    return nxt


_INTERJECTION = re.compile(
    r"(?i)(?:sorry|oops|whoops|no wait|wait|actually|hmm+|oh|ah|ok so|okay so|so|also|and|no no|nah|nope|ugh|right|"
    r"edit this one|keep this one|this one|on this one|same picture|"
    r"不对|好的|很好|嗯+|哦|诶|欸|对了|还有|另外|那个|然后|等等|等一下|不好意思|抱歉|不行|不太行|不好)[\s.!。！~～-]*"
)


_PLACE_WORD_ZH = re.compile(
    r"左上角|右上角|左下角|右下角|[左右前后上下]边|[左右]侧|[上下]方|顶部|底部|正中间|中间|正中|[上下前后]面"
)


def _move_zh(ed: Edit, thing: str, where: str) -> bool:
    """ "留白改到左边" on "右侧留白放文字": the place word in that thing's phrase gives way to the new one (said with
    the old one's ending: 左侧, not 左边); False when the phrase says no place."""
    new = _PLACE_WORD_ZH.fullmatch(where.strip())
    hit = find_zh(ed.phrases, thing)
    if hit is None and re.fullmatch(r"字|文字|标题|书名|文案|标语|店名", thing):  # "字放到右边" on "左边写着“绿意”"
        hit = next(((i, 0, 0) for i, p in enumerate(ed.phrases) if re.search(r"[“「《\"]", p)), None)
    if new is None or hit is None:
        return False
    i = hit[0]
    old = _PLACE_WORD_ZH.search(ed.phrases[i])
    if old is None or old.group(0) == new.group(0):
        return False
    value = new.group(0)
    if len(value) == 2 and len(old.group(0)) == 2 and value[1] in "边侧面" and old.group(0)[1] in "边侧面":
        value = value[0] + old.group(0)[1]
    p = ed.phrases[i]
    ed.set_phrase(i, p[: old.start()] + value + p[old.end() :])
    ed.say("said_put", what=thing, where=value)
    return True


def _colour_then_thing_zh(ed: Edit, clause: str) -> bool:
    """ "粉色霓虹", "白猫": a colour said with a thing the prompt names, and nothing else: that thing, that colour."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", clause) or clause in ed.text or _ZH_VERB.search(clause):
        return False
    if categories(clause) & {"time", "season", "weather"}:
        return False  # "白天" is the time of day, not 天 made white
    for k in range(len(clause) - 1, 0, -1):  # the longest colour first: "粉色" before "粉"
        colour, thing = clause[:k], clause[k:].removeprefix("的")
        if (
            _zh_colour_value(colour)
            and colour not in ("配色", "颜色", "色调", "色彩", "底色", "色")
            and not _zh_colour_value(thing)
            and thing in ed.text
        ):
            if find_zh(ed.phrases, thing) is None:
                return False
            _set_target(ed, thing, _zh_colour_word(colour))
            return bool(ed.changes)
    return False


_PLACES_IN_ZH = {"top left": "左上角", "top right": "右上角", "bottom left": "左下角", "bottom right": "右下角",
                 "left": "左边", "right": "右边", "top": "顶部", "bottom": "底部", "center": "中间", "centre": "中间",
                 "middle": "中间"}  # fmt: skip


_PLACES_IN_EN = {zh: en for en, zh in _PLACES_IN_ZH.items() if en not in ("centre", "middle")}
_PLACES_IN_EN.update({"右侧": "right", "左侧": "left", "上面": "top", "上方": "top", "下面": "bottom", "下方": "bottom",
                      "正中间": "center", "右上": "top right", "左上": "top left", "右下": "bottom right",
                      "左下": "bottom left"})  # fmt: skip


def _move_into_english(ed: Edit, thing: str, where: str) -> bool:
    """A Chinese move on an English prompt ("把钢笔移到右边" on "a fountain pen on the left"): the thing by its
    English name, the place in English words, as the prompt says places."""
    place = _PLACES_IN_EN.get(where.strip().removesuffix("去"))
    if place is None or any(lx.has_cjk(p) for p in ed.phrases):
        return False
    for name in bilingual.en_words(thing):
        if find_en(ed.phrases, name) is not None and _move_phrase(ed, f"the {name}", f"to the {place}"):
            ed.said[-1] = ("said_put", {"what": thing, "where": where})  # said in the user's words
            return True
    return False


def _move_across(ed: Edit, thing: str, where: str) -> bool:
    """An English move on a Chinese prompt: the thing by its Chinese name, the place in Chinese words."""
    place = re.sub(
        r"(?i)^(?:to|at|on|in)\s+the\s+(?:very\s+)?|\s+(?:corner|edge|side|half)$", "", where.strip()
    ).lower()
    zh_place = _PLACES_IN_ZH.get(re.sub(r"[\s-]+", " ", place))
    name = re.sub(r"(?i)^the\s+", "", thing.strip())
    if zh_place is None:
        return False
    if not any(_move_zh(ed, zh, zh_place) for zh in bilingual.zh_words(name.lower())):
        return False
    ed.said[-1] = ("said_put", {"what": f"the {name}", "where": re.sub(r"(?i)^to\s+", "at ", where.strip())})
    return True  # said as the user said it: "Put the latte at the top right."


def _resize_across(ed: Edit, clause: str) -> bool:
    """ "购物袋 smaller 一点", "月亮小一点" on "a big yellow full moon": a resize said across the two languages."""
    said = re.sub(
        r"(?i)\s*\b(smaller|bigger|larger)\b\s*(?=一点|一些|点|些|$)",
        lambda m: "小" if m.group(1).lower() == "smaller" else "大",
        clause,
    )
    if said != clause and _resize_zh(ed, said):
        return True
    if any(lx.has_cjk(p) for p in ed.phrases):
        return False
    for pattern in _RESIZE_ZH:
        m = pattern.match(said)
        if m is None:
            continue
        complaint = pattern is _RESIZE_ZH[2]
        bigger = m.group(2) == "小" if complaint else m.group(2) in ("大", "放大")
        said_as = m.group(1).strip()
        names = [said_as] if re.fullmatch(r"[A-Za-z][A-Za-z -]*", said_as) else bilingual.en_words(said_as)
        for name in names:
            if find_en(ed.phrases, name) is not None:  # "月亮" is the prompt's moon; "waves 小一点": the waves
                before = len(ed.said)
                _set_target(ed, f"the {name}", "bigger" if bigger else "smaller")
                ed.said[before:] = [(key, {**args, "what": m.group(1).strip()}) for key, args in ed.said[before:]]
                return True
    return False


def _names_only(ed: Edit, clause: str) -> bool:
    """The clause is only a thing the prompt names ("the plate", "the fox", "小猫"), said before what to do to it."""
    c = clause.strip()
    if lx.has_cjk(c):
        said_colour = any(_zh_colour_value(c[k:]) and _found(ed, c[:k]) for k in range(1, len(c)))
        if categories(c) and c not in ed.text:
            return False  # "晴天" on "阴天": the weather asked for, not a thing named
        if re.search(r"[一二两三四五六七八九十几\d]+[个只块片朵棵张杯碗盘]$", c):
            return False  # "月饼摆六个": how many
        moved = re.search(r"(?:放|挪|移|搬|摆)(?:到|在|去)?[左右上下中前后]", c)  # "瓷瓶放到右边": a move
        return (
            len(c) <= 6 and not _ZH_VERB.search(c) and not moved and not said_colour and _found(ed, c)
        )  # not "表盘绿色"
    words_ = c.split()
    return (
        1 <= len(words_) <= 4
        and all(re.fullmatch(r"[A-Za-z'-]+", w) for w in words_)
        and not _is_modifier(c)
        and not re.match(r"(?i)(?:make|change|turn|remove|add|delete|put|move|give|no|use)\b", c)
        and not _REMOVE.match(c)  # "drop the water" on "a few drops of water": the drops go, not named
        and find_en(ed.phrases, c) is not None
    )


def _apply(ed: Edit, clause: str) -> None:
    # as written: "can you sort it" is asked of us, whatever strip_lead leaves; "I want a worm's-eye view" is not
    asked = re.sub(r"(?i)^(?:i want|i'?d like|i would like|i need)\s+(?=(?:a|an|the|some)\s)", "", clause.strip())
    clause = strip_edit_tail(strip_lead(clause))
    clause = re.sub(  # "cat change to black colour", "snow change to heavy rain": said the other way round
        r"(?i)^(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:change|changes|changed|turn|turns)\s+(to|into)\s+(?=\S)",
        r"change the \1 \2 ",
        clause,
    )
    if not lx.has_cjk(clause) and set_spec(ed, clause):
        return  # "ok change to 35mm": the lens the prompt gives
    clause = re.sub(r"(?i)^(?:let'?s\s+)?go\s+for\s+(?:an?\s+)?(?=\S)", "make it ", clause)  # "go for a pale yellow"
    clause = re.sub(r"(?i)^give\s+me\s+(?=(?:an?|some)\s)", "add ", clause)  # "…, give me a brick wall"
    quoted = _QUOTED_NOW.fullmatch(clause.strip()) if not lx.has_cjk(clause) else None
    if quoted and _found(ed, quoted.group(1)):
        clause = f"make the {quoted.group(1)} say {quoted.group(2)}"  # "car silver, tagline 'BUILT FOR THE COAST'"
    switched = re.fullmatch(r"(?i)(?:switch|change|move)\s+it\s+(?:to|into)\s+((?:a|an)\s+[a-z][a-z -]*)", clause)
    if switched and switched.group(1).split()[-1].lower() in PLACE_HEADS and not lx.has_cjk(" ".join(ed.phrases)):
        return _moved_to(ed, switched.group(1))  # "switch it to a snowy mountain road": the road it drives along
    clause = re.sub(
        r"(?i)^(?:(?:give|use|do|go with|try|put|write|say|have)\s+(?:(?:her|him|it|them|me|us)\s+)?|make\s+(?:it|them)\s+(?=an?\s))"
        r"(?:(?:at|in|on|with)\s+)?"
        r"(?=.+\s+instead of\s)",
        "",
        clause,
    )  # "try it at sunset instead of sunrise": sunset for sunrise
    # "can the coffee table be walnut instead of marble?": a request worded as a question
    clause = re.sub(
        r"(?i)^(?:can|could|should|would|may)\s+(the\s+.+?|it|this|that)\s+be\s+(?=\S)", r"make \1 ", clause
    )
    clause = re.sub(  # "shoot it from directly above instead": the camera's place
        r"(?i)^(?:shoot|photograph|film|capture|take|show)\s+(?:it|this|everything)\s+(?=from\s)", "make it ", clause
    )
    clause = re.sub(
        rf"(?i)^(?:can|could|would|will)\s+(the\s+[a-z][a-z -]{{0,60}}?)\s+(?=(?:say|read|{ACTION_VERBS})\b)",
        r"make \1 ",
        clause,
    )
    clause = re.sub(  # "title is now THE LANTERN GIRL", "the walls are now sage": what it is to be
        r"(?i)^(?:and\s+)?(?:the\s+)?([a-z][a-z' -]{0,30}?)\s+(?:is|are)\s+now\s+(?=\S)", r"make the \1 ", clause
    )
    clause = re.sub(  # "more like wet-on-wet watercolor", "make it look more like gouache": what it is to be
        r"(?i)^(?:make\s+it\s+)?(?:look\s+)?(?:a\s+bit\s+|a\s+little\s+)?more\s+like\s+(?=\S)",
        "make it ",
        clause.strip(),
    )
    in_colour = re.fullmatch(
        r"(?i)(?:(?:now|and|ok|then|maybe)\s+)*(?:(?:do|try|show|have|render)\s+it\s+)?in\s+([a-z][a-z -]*?)(?:\s+instead)?",
        clause.strip(),
    )
    if in_colour and _is_modifier(in_colour.group(1)) and not categories(in_colour.group(1)):
        clause = f"make it {in_colour.group(1)}"  # "now in black": the picture's main thing, black
    toned = re.fullmatch(
        r"(?i)(?:make\s+)?(?:the\s+)?(palette|colou?rs|colou?r palette)\s+(?:more|a bit more|way more)\s+([a-z]+)(?:\s+(?:pls|please|plz))?",
        clause.strip(),
    )
    if toned and toned.group(2).lower() in _PALETTE_TONES and _retone_palette(ed, toned.group(2).lower()):
        return None  # "palette more neon pls" on "pastel palette": a neon palette
    labelled = re.fullmatch(  # lower case only: "sign: TACO TUESDAY" is the sign's words
        r"([A-Za-z][A-Za-z -]{1,20}?)\s*:\s*([a-z][a-z -]{0,40}?)(?:\s+(?:please|pls|plz))?", clause.strip()
    )
    if labelled and len(labelled.group(2).split()) <= 5 and _found(ed, labelled.group(1)):
        return _set_target(ed, f"the {labelled.group(1)}", labelled.group(2))  # "lighting: soft diffused please"
    compared = re.fullmatch(r"(?i)((?:much\s+|a bit\s+|way\s+)?([a-z]+er))\s+([a-z][a-z -]{1,24})", clause.strip())
    if compared and compared.group(2).lower() in _COMPARATIVES and _found(ed, compared.group(3)):
        return _set_target(ed, f"the {compared.group(3)}", compared.group(1))  # "brighter library": the library
    glow = re.match(r"(?i)^make\s+(.+?)\s+glow\s+([a-z][a-z -]*)$", clause.strip())
    if glow and _is_modifier(glow.group(2)) and _glow(ed, glow.group(1), glow.group(2)):
        return None  # "make the sword glow red" on "a glowing blue sword": the glow's colour
    if not lx.has_cjk(clause) and made_to_do(ed, clause):  # "make the dragon breathe fire", "can the logo say X"
        return None
    version = re.fullmatch(r"(?i)(?:an?\s+)?([a-z][a-z -]{1,30}?)\s+version\s*[:：-]\s*(.+?)", clause.strip())
    named = [w for w in reversed(version.group(1).split()) if find_en(ed.phrases, w)] if version else []
    if named and _is_modifier(version.group(2)):  # "health potion version: red": the potion, red
        return _set_target(ed, f"the {named[0]}", version.group(2))
    one = _NOT_THE_OTHER.fullmatch(clause.strip())
    if one and _swap_adjective(ed, one.group(1), one.group(2), one.group(3)):
        return None  # "a short stack not a tall one": "tall stack" becomes "short stack"
    m = re.match(
        r"(?i)^(?:drop|lower|raise|move|bring|put)\s+the\s+camera\s+(?:(?:down|up)\s+)?(?:to|at)\s+(.+)$", clause
    )
    if m and not lx.has_cjk(clause):  # "drop the camera down to street level": the angle
        return _set_target(ed, "it", m.group(1) if categories(m.group(1)) else f"{m.group(1)} view")
    ed.painting = bool(
        re.match(r"(?i)(?:please\s+)?(?:paint|repaint)\b", clause) or re.search("刷成|漆成|喷成", clause)
    )
    low = clause.lower()
    zh = lx.has_cjk(clause) and (not re.match(r"[A-Za-z]", clause) or bool(_ZH_VERB.search(clause)))
    if zh and _KEEP_ZH.fullmatch(clause):  # "background 不变", "背景 keep": said to leave it as it is
        return None
    kept = re.fullmatch(r"(?:只|就)(?:留|保留|留下|剩)(?:下)?(.{1,8}?)(?:就行|就好|吧|了)?", clause) if zh else None
    if kept and _found(ed, kept.group(1)):
        return None  # "把椰子树去掉，只留杯子": the cup is there already; what goes was said
    fewer = (
        re.fullmatch(
            r"(?:把)?([\u4e00-\u9fff]{1,6}?)(?:少|减少|去掉|减|拿掉)一([个把只张条盏棵朵位头匹件本瓶杯])[吧了]*", clause
        )
        if zh
        else None
    )
    if fewer and one_fewer_zh(ed, fewer.group(1), fewer.group(2)):
        return None  # "椅子少一把" on "两把折叠椅": 一把折叠椅
    every = (
        re.fullmatch(
            r"(?:把)?([\u4e00-\u9fff]{1,6}?)(?:全部|全都|都)(换成|改成|变成)([\u4e00-\u9fff]{1,6})[吧了]*", clause
        )
        if zh
        else None
    )
    if every and _found(ed, every.group(1)):  # "柠檬全部换成西柚": every 柠檬 in the prompt
        old, new = every.group(1), every.group(3)
        for i, p in enumerate(list(ed.phrases)):
            if old in p:
                ed.set_phrase(i, p.replace(old, new))
        ed.say("said_changed", what=old, value=new)
        return None
    if zh:  # "换一只哈士奇", "背景换 cream 色": 换 with no 成 before what it becomes
        clause = re.sub(
            r"^(把?[^，,]{0,8}?)换(?=\s*(?:一[只个条张把件辆盏朵位头匹](?!(?:颜色|风格|角度|感觉|样子|色))\S|[A-Za-z]))",
            r"\1换成",
            clause,
        )
    if (
        zh
        and re.search(r"(?:变|改|弄|调)得?(?:再|更)?[大小](?:一点|一些|点|些)?[吧啊。！!]*$", clause)
        and _resize_zh(ed, clause)
    ):
        return None  # "杯子变小一点": its size, not a cup replaced by "小一点"
    if not zh and _KEEP_EN.fullmatch(clause):
        return None
    clause = _mend_verb(re.sub(r"(?i)\s+(?:please|pls|plz)(?=\s)", "", clause))  # "the moon please more small"
    # "put it in a snowy forest instead of the desert": the new place for the old one
    clause = re.sub(
        r"(?i)^(?:put|set|place|move)\s+(?:it|them|everything)\s+(?:in|into|on|at)\s+(?=.+\s+instead of\s)", "", clause
    )
    version = re.match(
        r"(?i)^(?:and\s+)?(?:now\s+)?(?:make\s+|do\s+|try\s+)?(?:a|an|another|one more|the same)\s+(?:\w+\s+)?"
        r"version\s+(?:at|in|during|with|for|of)?\s*(.+)$",
        clause,
    ) or re.match(
        r"(?i)^(?:and\s+)?(?:now\s+)?(?:the\s+)?same\s+(?:thing|picture|scene|image|one)\s+(?:at|in|during)\s+(.+)$",
        clause,
    )
    version = version or re.match(
        r"^(?:再来|再出|再做|来|出|做)?(?:一个|一版|一张|个)?(.{1,6}?)的?(?:版本|版)$", clause
    )
    version = version or re.match(r"^(?:再来|再出|再做|来|出|做)?(?:一版|一张|一个)(.{1,8}?)的?$", clause)
    if version and categories(version.group(1)):  # "now a version at night", "再来一个晚上的版本": the time
        return _set_target(ed, "", version.group(1))
    backdrop = (
        re.fullmatch(r"(.{1,4}?)的?背景|(?i:(?:a|an|the)?\s*([a-z][a-z ]{1,20}?)\s+background)", version.group(1))
        if version
        else None
    )
    if backdrop:  # "再来一版深色背景的", "a version with a dark background": the background, that way
        value = backdrop.group(1) or backdrop.group(2)
        if backdrop.group(1):
            return _apply(ed, f"背景换成{value}")
        had = re.search(r"(?i)\b((?:[a-z]+\s+){0,2}background)\b", ed.text)
        return _apply(ed, f"swap the {had.group(1)} for a {value} background" if had else f"add a {value} background")
    clause = re.sub(r"(?i)^(?:(?:would|do) you mind\s+)?(making|changing|turning|adding|removing|putting)\b",
                    lambda m: {"making": "make", "changing": "change", "turning": "turn", "adding": "add",
                               "removing": "remove", "putting": "put"}[m.group(1).lower()], clause)  # fmt: skip
    if not zh and re.match(r"(?i)^(?:it'?s|this is|that'?s)\s+(?:the|our|a|for)\s", clause) and ed.changes:
        return None  # "…, it's the spring collection": why, not what
    done = (
        re.match(r"(?i)^(?:do|render|redo|make)\s+(?:it\s+)?(?:as|in)\s+(.+?)(?:\s+instead)?$", clause)
        if not zh
        else None
    )
    done = done or (re.match(r"(?i)^do\s+(?!(?:you|we|they|i|u)\b)(.+?)$", clause) if not zh else None)
    if done and categories(done.group(1)):  # "do it as pixel art instead", "can you do dusk light?"
        said = re.sub(r"(?i)\s+(?:light|lighting)\s*[?？]?$", "", done.group(1).strip())
        return _set_target(ed, "", said if categories(said) else done.group(1))
    unglow = re.match(
        r"(?i)^(?:the\s+)?(.+?)\s+(?:shouldn'?t|should not|mustn'?t|doesn'?t need to)\s+(glow|shine|sparkle)$", clause
    )
    if unglow and not zh and find_en(ed.phrases, unglow.group(1)) is not None:  # "the hammer shouldn't glow"
        i, start, _ = find_en(ed.phrases, unglow.group(1))
        p = ed.phrases[i]
        lit = [
            w
            for w in _words_before(p, start)
            if w[0].lower() in ("glowing", "luminous", "shining", "sparkling", "glowy")
        ]
        if lit:
            ed.set_phrase(i, p[: lit[0][1]] + p[lit[0][2] :].lstrip())
            ed.say("said_changed", what=ed.name(unglow.group(1)), value=f"not {unglow.group(2)}ing")
            return None
    sign = re.match(r"^([+\-－＋])\s*(\S.*)$", clause)
    if sign:  # "+ peacock", "- peacock": added, taken away
        clause = (
            (f"加{sign.group(2)}" if zh else f"add {sign.group(2)}")
            if sign.group(1) in "+＋"
            else (f"去掉{sign.group(2)}" if zh else f"remove {sign.group(2)}")
        )
        zh = lx.has_cjk(sign.group(2))
    m = re.match(r"(?i)^(?:make\s+)?(.+?)\s+(?:should\s+glow|glowing|glows|glow)\s+(.+)$", clause) if not zh else None
    if m and _glow(ed, m.group(1), m.group(2)):  # "vending machine glowing teal instead"
        return None
    m = re.match(r"(?i)^(the\s+[\w' -]+?)\s+(?:make|change|turn|paint)\s+(?:it\s+|to\s+|into\s+)?(.+)$", clause)
    if m and not zh and _found(ed, m.group(1)):  # "the plate make black": the thing first, then what to do
        return _set_target(ed, m.group(1), m.group(2))
    m = re.match(r"^(.+?)\s*(?:->|→|=>|⟶)\s*(.+)$", clause)
    if m:  # "whale -> giant mechanical squid", "emerald → sapphire", "方块 → 星星"
        return _set_target(ed, m.group(1).strip(), m.group(2).strip())
    m = (
        re.match(r"(?i)^(?:also\s+|and\s+|now\s+)?((?:the\s+)?[a-z][\w -]{1,30}?)\s+to\s+(.+)$", clause)
        if not zh
        else None
    )
    if m and not _EDIT_START.match(m.group(1)) and _found(ed, m.group(1)):
        return _set_target(ed, m.group(1), m.group(2))  # "also sneakers to red boots", "raspberries to blueberries"
    m = re.match(r"(?i)^(?:and\s+)?(?:the\s+)?([a-z][\w -]{1,30}?)\s+out$", clause) if not zh else None
    if m and _found(ed, m.group(1)):  # "farmer out", "dried flowers out": it goes
        hit = find_en(ed.phrases, m.group(1))
        if hit is not None:
            return remove_en(ed, hit, _name_en(m.group(1)))
    m = re.match(r"(?i)^swap\s+(.+?)\s+(?:to|into)\s+(.+)$", clause) if not zh else None
    if m:  # "swap the coat to a charcoal one"
        return _set_target(ed, m.group(1), m.group(2))
    m = (
        re.match(r"(?i)^(.+?)\s+(?:change|changes|changed|turn|turns)\s+(?:to|into)\s+(.+)$", clause)
        if not zh
        else None
    )
    said_of_scene = m and re.fullmatch(r"(?i)(?:the\s+)?(?:season|time of day|time|weather|lighting|mood)", m.group(1))
    if m and (_found(ed, m.group(1)) or said_of_scene):  # "and sunset change to purple", "season change to autumn"
        return _set_target(ed, m.group(1), m.group(2))
    m = (
        re.match(r"(?i)^(?:get|take)\s+(.+?)\s+out(?:\s+of\s+(?:there|here|it|the\s+\w+))?$", clause)
        if not zh
        else None
    )
    if m:  # "get the napkin out of there"
        clause = f"remove {m.group(1)}"
    m = re.match(r"(?i)^(?:the\s+)?([a-z][\w' -]*?)\s+off$", clause) if not zh else None
    if m and not re.search(r"(?i)light|lamp|tv|screen", m.group(1)) and find_en(ed.phrases, m.group(1)) is not None:
        clause = f"remove the {m.group(1)}"  # "coffee off": no coffee
    m = re.match(r"(?i)^(?:it'?s|it is|should be)\s+(an?\s+[a-z][\w -]*)$", clause) if not zh else None
    if m and swap_member(ed, "it", m.group(1)):
        return None  # "client sent the wrong dog lol, it's a dachshund"
    m = _NO.match(clause) if not zh else None
    if m and len(m.group(1).split()) <= 4:  # "no chopsticks", "no rain": what is named goes; words it is not in stay
        hit = find_en(ed.phrases, m.group(1))
        if hit is not None:
            return remove_en(ed, hit, _name_en(m.group(1)))
        for word in bilingual.zh_words(m.group(1)) if any(lx.has_cjk(p) for p in ed.phrases) else ():
            found = find_zh(ed.phrases, word)
            if found is not None:  # "no coriander" on "…，香菜，辣油": its Chinese name goes
                return remove_zh(ed, found, _name_en(m.group(1)))
        if _drop_adjective(ed, m.group(1)):  # "no snow" on "…, snowy": the word made from it goes
            return None
        if ed.said and not re.search(rf"(?i)\b{re.escape(m.group(1))}", " ".join(ed.phrases)):
            return None  # "改成秋天，no snow": the autumn took the snow away already; "no snow" is not drawn words
    m = _REMOVE.match(clause)
    both = (
        re.fullmatch(r"(?i)(the\s+[\w' -]+?)\s+(?:and|&)\s+(the\s+[\w' -]+)", m.group(1).strip())
        if m and not zh
        else None
    )
    if both and all(find_en(ed.phrases, x) is not None for x in both.groups()):
        for target in both.groups():  # "kill the plant and the mug": both go
            remove_en(ed, find_en(ed.phrases, target), _name_en(target))
        return None
    if m and not zh:
        target = re.sub(r"(?i)^(?:all|both|each|every one)\s+(?:of\s+)?(?=the\s|those\s|these\s)", "", m.group(1))
        if _one_fewer(ed, target):
            return None
        one = ask_or_pick(ed, target)  # "remove the red one": the apple, or which of the red things?
        if one is True:
            return None
        if one:
            return remove_en(ed, one, target)
        hit = find_en(ed.phrases, target)
        said_zh = find_zh(ed.phrases, target.strip()) if hit is None and all_chinese([target.strip()]) else None
        if said_zh is not None:  # "remove 热可可" on "…旁边有落叶和一杯热可可": the Chinese words, as said
            return remove_zh(ed, said_zh, target.strip())
        if hit is None:
            if _drop_adjective(ed, target):
                return None
            for word in bilingual.zh_words(target) if any(lx.has_cjk(p) for p in ed.phrases) else ():
                found = find_zh(ed.phrases, word)
                if found is not None:  # "remove the aurora" on a Chinese prompt
                    return remove_zh(ed, found, _name_en(target) if ed.lang == "en" else word)
            return _cannot_find(ed, target)
        return remove_en(ed, hit, _name_en(target))
    m = _REMOVE_ZH.match(clause) if zh else None
    named = _POINTING_ZH.sub("", (m.group(1) or m.group(2) or "").strip().rstrip("了吧啦呀 ")) if m else ""
    if m and re.fullmatch(r"[A-Za-z][A-Za-z '-]*", named):
        target = re.sub(r"\s*(?:还是|也|都|就|先)+$", "", named)  # "去掉那个 jade roller": the roller
        # "去掉 blanket 吧", "waterfall 还是去掉吧": an English name
        hit = find_en(ed.phrases, target)
        if hit is not None:
            return remove_en(ed, hit, target)
        for word in bilingual.zh_words(target):  # "rain 不要了" on "…，下雨": its Chinese name
            found = find_zh(ed.phrases, word)
            if found is not None:
                return remove_zh(ed, found, target)
    if m:
        target = (m.group(1) or m.group(2) or "").strip().rstrip("了吧啦呀")
        target = re.sub(r"(?:还是|也|都|就|先)+$", "", target).strip() or target  # "孔雀还是不要了"
        one = ask_or_pick(ed, target)  # "把红的那个拿掉": the tomato, or which of the red things?
        if one is True:
            return None
        if one:
            return remove_zh(ed, one, target)
        target = re.sub(
            r"^(.{2,})(?:那|这)(?:个|幅|张|只|盏|把|件|条|盆|杯)(?:画|图|照片)?$", r"\1", target
        )  # "荷花那幅画"
        hit = find_zh(ed.phrases, target)
        if hit is None:
            for word in bilingual.en_words(target):
                found = find_en(ed.phrases, word)
                if found is not None:  # "去掉那辆车" on an English prompt: the reply names it as the user did
                    return remove_en(ed, found, target)
            for word in bilingual.en_words(target) if not all_chinese(ed.phrases) else ():
                if _drop_adjective(ed, word):  # "去掉雾" on "a misty forest": "misty" goes
                    ed.said[-1] = ("said_removed_the", {"what": target})
                    return None
            return _cannot_find(ed, target)
        return remove_zh(ed, hit, target)
    side = _light_side(clause)
    if side and _relight(ed, side):  # "move the light to the right", "光从右边来": where the light comes from
        return None
    two = re.match(rf"(?i)^(?:put|move|place)\s+(the\s+.+?)\s+({_WHERE})\s+and\s+(the\s+.+?)\s+({_WHERE})$", clause)
    if two and not zh and _found(ed, two.group(1)) and _found(ed, two.group(3)):
        _move_phrase(ed, two.group(1), two.group(2))  # "put the title at the bottom and the author name at the top"
        _move_phrase(ed, two.group(3), two.group(4))
        return None
    again = re.match(rf"(?i)^(?:the\s+)?([a-z][\w' -]*?)\s+({_WHERE})(?:\s+instead)?$", clause) if not zh else None
    if again and _said_somewhere(ed, again.group(1)) and _move_phrase(ed, again.group(1), again.group(2)):
        return None  # "negative space on the right instead" on "…negative space on the left…": it moves
    m = _PLACE_BY.match(clause) if not zh else None
    if m and _found(ed, m.group(1)) and _found(ed, m.group(3)) and _move_beside(ed, m.group(1), m.group(2)):
        return None  # "move the plate to the left of the kettle"
    m = _PLACE.match(clause) if not zh else None
    if m and _move_phrase(ed, m.group(1), m.group(2)):
        return None
    if m and any(lx.has_cjk(p) for p in ed.phrases) and _move_across(ed, m.group(1), m.group(2)):
        return None  # "move the latte to the top right" on "左上角一杯拿铁": 右上角
    moved = re.fullmatch(
        r"(?i)(?:move|take|bring|send|relocate)\s+(?:it|him|her|them)\s+(?:to|into|onto)\s+((?:a|an)\s+.+)", clause
    )
    if moved and not zh:  # "and move her to a rocky beach": where she is, not the place words alone
        return _moved_to(ed, moved.group(1))
    m = re.match(r"^(?:please\s+)?(?:give|put)\s+(it|him|her|them|the\s+\w+)\s+(.+)$", clause, re.I) if not zh else None
    if m and re.match(r"(?i)(?:on|in|at|by|under|beside|inside|near|onto|into)\s", m.group(2)):
        return _resettle(ed, re.sub(r"(?i)^(?:onto|into)\s", "on ", m.group(2)))
    if m:
        return _give(ed, m.group(2), m.group(1))
    m = (
        re.match(r"^(?:请)?(?:给|让|帮)(?:它|他|她|它们)(戴上|戴着|穿上|穿着|拿着|拿上|加上|加)(.+?)(?:吧)?$", clause)
        or re.match(
            r"^(?:请)?(?:给|让|帮)(?:[\u4e00-\u9fff]{1,4}?)(戴上|戴着|戴|穿上|穿着|穿|拿着|拿上|披上|围上)(.+?)(?:吧)?$",
            clause,
        )
        if zh
        else None
    )
    if m and re.match(r"^(?:请)?(?:给|让|帮)(?:它|他|她)", clause) and _ask_which_of_two(ed):
        return None  # "让它戴个蝴蝶结" on "一只橘猫和一只白狗": which one?
    if m:  # "给它戴上围巾": the user's words, less "给它" (never translated into the prompt's language)
        ed.append(m.group(1) + m.group(2))
        ed.say("said_gave_it", verb=m.group(1), value=m.group(2))
        return
    m = _ADD.match(clause) if not zh else None
    if m and all_chinese(ed.phrases) and not lx.has_cjk(m.group(1)):
        chinese = _in_chinese(m.group(1))  # "add a small rug" on a Chinese prompt: "一个小地毯"
        if chinese is None:  # English words are never put inside Chinese ones; the reply asks how to say it
            ed.question = messages.text("ask_say_in_chinese", ed.lang, value=m.group(1))
            return None
        ed.append(chinese)
        ed.say("said_added", value=m.group(1))
        return None
    if m:
        ed.append(m.group(1))
        ed.say("said_added", value=m.group(1))
        return
    if zh and re.fullmatch(r"(?:然后|再)?(?:雨停了?|不下雨了?|别下雨了?|雨不下了|雨别下了)", clause):
        for word in ("下着小雨", "下着雨", "下雨", "雨天", "小雨", "大雨", "雨"):  # "然后雨停": the rain goes
            found = find_zh(ed.phrases, word) if any(word in p for p in ed.phrases) else None
            if found is not None:
                return remove_zh(ed, found, "雨")
    moved = (
        re.match(
            r"^(?:把)?(.{1,8}?)(?:挪到|移到|放到|搬到|挪去|移去|改到|换到|改放到|放在|放(?=[左右上下中前后]))(.{1,8}?)(?:去|吧|了)*$",
            clause,
        )
        if zh
        else None
    )
    if moved and _move_zh(ed, moved.group(1), moved.group(2)):
        return None  # "自行车挪到左边" on "右边停着一辆自行车": its place word changes
    if moved and _move_into_english(ed, moved.group(1), moved.group(2)):
        return None  # "把钢笔移到右边" on "a fountain pen on the left"
    if moved and _found(ed, moved.group(1)):  # "落地灯挪到左边": where it is now said to be
        ed.append(f"{moved.group(1)}在{moved.group(2)}")
        ed.say("said_added", value=f"{moved.group(1)}在{moved.group(2)}")
        return None
    given = re.match(r"^([\u4e00-\u9fff]{1,8}?)(?:加上|添上|带上)([\u4e00-\u9fff]{2,10})$", clause) if zh else None
    if given and _found(ed, given.group(1)) and find_zh(ed.phrases, given.group(2)) is None:  # "灯塔加上红白条纹"
        ed.append(f"{given.group(1)}有{given.group(2)}")
        ed.say("said_added", value=given.group(2))
        return None
    placed = (
        re.match(
            r"^(后面|前面|旁边|上面|下面|左边|右边|天上|天空中|远处|背景里)(?:再)?(?:加上|加|放|添上)(.+)$", clause
        )
        if zh
        else None
    )
    if placed:  # "后面加一轮满月": the thing, where it is said to go
        ed.append(f"{placed.group(2)}在{placed.group(1)}")
        ed.say("said_added", value=placed.group(2))
        return None
    m = _ADD_ZH.match(clause) if zh else None
    if m and re.fullmatch(r"(?:一)?(?:点|些)?(?:东西|什么|别的|其他的?)[吧呢啊]*", m.group(1).strip()):
        ed.question = ed.question or messages.text("reply_open_not_understood", ed.lang)
        return None  # "再加点东西", "再加点什么": nothing named to add; we ask what
    if m and not _ZH_SET.match(clause):
        thing = m.group(1)
        if re.match(r"[个只条张把支根片盏辆朵棵座匹头本瓶杯碗盆束]", thing):
            thing = "一" + thing  # "加只猫": one cat
        english = _in_english(thing) if not any(lx.has_cjk(p) for p in ed.phrases) else None
        ed.append(english or thing)  # "加一点辣油" on an English prompt: "some chili oil"
        ed.say("said_added", value=thing)
        return
    put = (
        re.match(r"^([\u4e00-\u9fff]{1,4}?[上里边旁前后下])(?:再)?(?:加上|加|放上|放|添上)(.{2,})$", clause)
        if zh
        else None
    )
    thing = ("一" if put and re.match(r"[个只条张把支根片盏辆朵棵座匹头本瓶杯碗盆束]", put.group(2)) else "") + (
        put.group(2) if put else ""
    )
    english = _in_english(f"{thing}{'' if put.group(1).startswith('在') else '在'}{put.group(1)}") if put else None
    if put and english and not any(lx.has_cjk(p) for p in ed.phrases):  # "在路边加一只黑猫" on an English prompt
        ed.append(english)
        ed.say("said_added", value=thing)
        return
    if put:  # "桌上加只猫": the thing, where it is said to go (in the user's words where we cannot say it in English)
        ed.append(f"{put.group(1)}{'有' if not put.group(1).endswith('有') else ''}{thing}")
        ed.say("said_added", value=thing)
        return
    m = re.match(r"(?i)^(?:calm|quiet|tone|settle)\s+(.+?)\s+down$", clause) if not zh else None
    if m and _found(ed, m.group(1)):  # "calm the sea down": a calm sea
        return _set_target(ed, m.group(1), "calm")
    m = re.match(r"^(?:with|plus)\s+(.+?)\s+(?:instead of|rather than)\s+(.+)$", clause, re.I) or re.match(
        r"^(?:and\s+)?(.+?)\s+(?:instead of|rather than)\s+(.+)$", clause, re.I
    )  # "and blue hour rather than sunset"
    if m and not re.match(r"^(?:make|change|turn)\b", low):
        old = re.sub(  # "put POSITANO instead of AMALFI on the text": the words, wherever they are written
            r"(?i)\s+(?:on|in|for)\s+(?:the|its)\s+(?:text|sign|title|label|headline|poster|logo|lettering)$",
            "",
            m.group(2),
        )
        if requote(ed, old.strip("'\"“”"), m.group(1).strip("'\"“”")):
            return None
        *how, head = m.group(1).split() or [""]
        named = re.search(
            rf"(?i)(?<![\w-]){re.escape(old.strip())}(?:\s+[a-z]+){{0,2}}\s+{re.escape(head)}s?(?![\w-])",
            " ".join(ed.phrases),
        )
        if (
            how and not zh and named and _is_modifier(" ".join(how))
        ):  # "gold foil label instead of kraft" on "kraft paper label": the label, gold foil
            return _set_target(ed, f"the {head}", f"{' '.join(how)} instead of {old.strip()}")
        gone = [c for c in ed.changes if c.before and old.strip().lower() in c.before.lower()]
        if gone and not _found(ed, old.strip()):  # "a version at night, desk lamp instead of sunlight": the night
            ed.append(m.group(1).strip())  # took the sunlight already; the lamp is what there is now
            ed.say("said_added", value=m.group(1).strip())
            return None
        new = m.group(1).strip()
        follows = (
            re.search(rf"(?i)(?<![\w-]){re.escape(old.strip())}\s+([a-z]+)", " ".join(ed.phrases)) if not zh else None
        )
        if follows and len(new.split()) > 1 and new.split()[-1].lower() == follows.group(1).lower():
            new = " ".join(new.split()[:-1])  # "morning light instead of evening" on "soft evening light": soft stays
        _replace_target(ed, old, new)
        if ed.said and ed.said[-1][1].get("value") == new:  # the reply says it as the user did ("back view")
            ed.said[-1][1]["value"] = m.group(1).strip()
        return None
    m = _SWAP.match(clause) if not zh else None
    if m:
        return _replace_target(ed, m.group(1), m.group(2))
    m = re.match(r"(?i)^(?:switch|change|go|move)\s+(?:over\s+)?to\s+(.+?)(?:\s+instead)?$", clause) if not zh else None
    head = re.findall(r"[a-z][\w'-]*", m.group(1).lower())[-1:] if m else []
    if head and len(m.group(1).split()) > 1 and find_en(ed.phrases, head[0]) is not None:
        hit = find_en(ed.phrases, head[0])  # "switch to butterfly lighting" on "Rembrandt lighting"
        return replace_en(ed, hit, m.group(1), f"the {head[0]}", head[0])
    m = _CHANGE_TO.match(clause) if not zh else None
    if m:
        return _set_target(ed, m.group(1), m.group(2))
    m = re.match(r"(?i)^(?:change|turn|tweak|adjust|switch|recolou?r)\s+(.+)$", clause) if not zh else None
    if m and not re.search(r"(?i)\s(?:to|into|for|with)\s", clause):  # "change the sky pink": no "to"
        target, value = _split_make(ed, m.group(1))
        if value and target != "it":
            return _set_target(ed, target, value)
    m = re.match(r"(?i)^(.+?)\s+(?:should|must|needs? to|has to|to)\s+(?:say|read)\s+(.+)$", clause) if not zh else None
    if m and _set_text(ed, m.group(1), f"say {m.group(2)}"):  # 'the sign should say "OPEN"'
        return None
    m = (
        re.match(r"(?i)^(?:rename|retitle)(?:\s+(?:it|the\s+\w+))?\s+(?:(?:to|as)\s+)?(.+)$", clause)
        if not zh
        else None
    )
    if m and _set_text(ed, "the text", m.group(1)):  # 'rename to "LEAF & CO"'
        return None
    m = re.match(r"(?i)^(.+?)\s+(?:is|are)\s+(?:now\s+)?(.+?)(?:\s+now)?$", clause) if not zh else None
    if m and (_QUOTED.fullmatch(m.group(2)) or _is_modifier(m.group(2))) and _found(ed, m.group(1)):
        return _set_target(ed, m.group(1), m.group(2))  # 'band name is "LOW TIDE" now', "the sky is pink"
    m = re.match(r"(?i)^(?:can|could)\s+(the\s+[\w' -]+?)\s+(?:have|get|wear)\s+(.+?)\??$", clause) if not zh else None
    if m and _found(ed, m.group(1)):  # "can the fox have a yellow raincoat": given to it
        return _give(ed, m.group(2), m.group(1))
    m = re.match(r"(?i)^(?:can|could)\s+(?:he|she|it|they)\s+(?:have|get)\s+(.+?)\??$", clause) if not zh else None
    if m:  # "can he have a frog friend next to him?": words for the picture, kept
        ed.append(m.group(1))
        ed.say("said_added", value=m.group(1))
        return None
    m = re.match(r"(?i)^(?:what if|how about if|maybe|suppose)\s+(.+?)\s+(?:was|were|is|became)\s+(.+?)\??$", clause)
    if m and not zh and _found(ed, m.group(1)):  # "what if the vase was glass"
        return _set_target(ed, m.group(1), m.group(2))
    m = _SHOULD.match(clause) if not zh else None
    if m:  # "the scarf should be yellow", "I'd like the scarf to be purple", "can the dog be a husky instead"
        value = re.sub(r"\s+instead$", "", m.group(4).strip(" ?"), flags=re.I)
        return _set_target(ed, m.group(1) or m.group(2) or m.group(3), value)
    m = re.match(
        r"(?i)^(?:the\s+)?([a-z][\w -]*?)\s+i(?:'d| would)?\s+(?:want|like)\s+(?:it\s+)?(?:more\s+)?(?:like|to be|in)?\s*(.+)$",
        clause,
    )
    if m and not zh and _found(ed, m.group(1)):  # "The rug I want it more like terracotta, not mustard"
        return _set_target(ed, m.group(1), re.sub(r"(?i)\s+colou?r$", "", m.group(2)))
    m = re.match(r"(?i)^(?:crop|frame|zoom|cut)\s+(?:it\s+|in\s+)?(?:to|into|on)\s+(.+)$", clause) if not zh else None
    if m and categories(m.group(1)):  # "crop to waist up": the framing
        return _set_target(ed, "it", m.group(1))
    m = (
        re.match(r"(?i)^(?:try|do|make|have|render|show)\s+(?:it|this|that|the logo)\s+in\s+(.+)$", clause)
        if not zh
        else None
    )
    if m:  # "try it in dark green on cream"
        return _set_target(ed, "it", m.group(1))
    m = _MAKE.match(clause) if not zh else None
    if m:
        target, value = _split_make(ed, m.group(1))
        return _set_target(ed, target, value)
    m = re.match(
        r"(?i)^(?:what if|how about if|suppose)\s+(.+?)\s+(?:was|were|is|became)\s+(.+?)(?:\s+instead)?$", clause
    )
    if m and not zh:  # "what if it was a red panda instead"
        return _set_target(ed, m.group(1), m.group(2))
    m = re.match(
        r"(?i)^(?:let'?s\s+)?(?:try|do|go with|have|see)?\s*((?:the\s+)?[a-z][\w -]*?)\s+in\s+(?:an?\s+)?(.+?)(?:\s+instead)?$",
        clause,
    )
    if m and not zh and _found(ed, m.group(1)) and not _found(ed, m.group(2)) and _is_modifier(m.group(2)):
        return _set_target(ed, m.group(1), m.group(2))  # "let's try the frame in matte black steel"
    m = re.match(r"^use\s+(.+?)(?:\s+instead)?$", clause, re.I) if not zh else None
    if m:
        return _colour_list(ed, m.group(1)) or _scene_or_append(ed, m.group(1))
    m = (
        re.match(r"^(.{1,12}?)(?:可以|能|能不能|可不可以)(?:是|变成|换成|改成|画成|涂成)(.+?)的?(?:吗)?[？?]?$", clause)
        if zh
        else None
    )
    if m and _found(ed, m.group(1)):  # "鲸鱼可以是紫色的吗？": asked politely, an edit all the same
        return _set_target(ed, m.group(1), m.group(2))
    if zh and _zh_count(ed, clause):
        return None  # "月饼摆六个"
    m = re.match(r"^(.{1,6}?)的?颜色(?:我)?(?:想要|要|想换成|想改成|换成|改成)(.+?)[吧的]*$", clause) if zh else None
    if m and _found(ed, m.group(1)):  # "门的颜色我想要黄色"
        return _set_target(ed, m.group(1), m.group(2))
    m = _ZH_SET.match(clause) if zh else None
    if m:
        target, value = re.sub(r"^(?:让|使|叫)", "", m.group(1).strip()), m.group(2).strip().rstrip("吧了")
        if target == "手" and clause.startswith("把手") and not _found(ed, "手"):
            target = "把手"  # "把手换成黄铜的": the handle, not 把 + 手
        return _set_target(ed, _zh_target(target), value)
    m = _ZH_SET_SHORT.match(clause) if zh else None
    value = m.group(2).strip().removesuffix("的").strip() if m else ""
    if m and (
        _zh_colour_value(value)
        or (value.endswith("渐变") and _zh_colour_value(value.removesuffix("渐变")))  # "背景换紫色渐变"
        or bilingual.colour_in(value, "en")
        or _is_modifier(value)
        or value in _ZH_MATERIALS
        or categories(value.removeprefix("到"))
    ):  # "瓶子换荧光绿", "地面换水磨石", "天气改晴天", "时间换到傍晚"
        value = value.removeprefix("到")
        return _set_target(ed, _zh_target(m.group(1)), _zh_colour_word(value) if lx.has_cjk(value) else value)
    if (
        m
        and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", value)
        and not re.match(r"[个一下位掉到回去]|位置|颜色|风格|角度", value)
        and not _found(ed, value)
        and find_zh(ed.phrases, _zh_target(m.group(1))) is not None
    ):  # "仙人掌换多肉": the thing gives way to another
        return _set_target(ed, _zh_target(m.group(1)), value)
    m = re.match(r"^(.{1,8}?)(?:要|得是|应该是|想要)(.+?)的?[！!。]*$", clause) if zh else None
    if m and _zh_colour_value(m.group(2)) and _found(ed, _zh_target(m.group(1))):  # "恐龙要紫色的！"
        return _set_target(ed, _zh_target(m.group(1)), _zh_colour_word(m.group(2)))
    doubt = _DOUBT_ZH.fullmatch(clause.strip()) if zh else _DOUBT_EN.fullmatch(clause.strip())
    thing = next((g for g in doubt.groups() if g), "").strip() if doubt else ""
    if thing and _found(ed, thing):
        # "hmm not sure about the lamp", "我不太喜欢那盏灯": a doubt about one thing; which change is not said, so ask
        what = thing if zh else re.sub(r"^The\b", "the", _name_en(thing))
        ed.question = ed.question or messages.text("ask_what_to_change", ed.lang, what=what)
        return None
    if not zh and re.match(r"^the\s+\w+", low) and not re.match(r"^the\s+(?:one|ones|other)\b", low):
        # "the cap silver": an edit without its verb ("the one in the denim jacket" names one, it changes nothing)
        target, value = _split_make(ed, clause)
        if value and re.match(r"(?i)(?:is|are|was|were|looks?|seems?|feels?)\b", value):
            # "the lighthouse is screaming for attention": said of it, with no change named; we ask what to change
            what = re.sub(r"^The\b", "the", _name_en(target))
            ed.question = ed.question or messages.text("ask_what_to_change", ed.lang, what=what)
            return None
        if value:
            return _set_target(ed, target, value)
    if swap_member(ed, "", bare_choice(clause)):  # "let's go gouache then", "那就彩铅吧": the medium
        return None
    offered = bare_choice(clause)
    if (
        offered != clause.strip()
        and (_is_modifier(offered) or (zh and _zh_colour_value(offered)))
        and not categories(offered)
    ):
        return _set_target(ed, "", offered) if zh else _set_target(ed, "it", offered)  # "try matte black", "哑光黑呢"
    sign_colours = re.search(r"([\u4e00-\u9fff])底([\u4e00-\u9fff])字", clause) if zh else None
    if sign_colours:  # "招牌要红底金字" on "黑底白字": what the sign's ground and letters are
        for i, p in enumerate(ed.phrases):
            old = re.search(r"[\u4e00-\u9fff]底[\u4e00-\u9fff]字", p)
            if old:
                ed.set_phrase(i, p[: old.start()] + sign_colours.group(0) + p[old.end() :])
                ed.say("said_changed_to", what=old.group(0), value=sign_colours.group(0))
                return None
    comes = re.match(r"^(.{1,6}?)(?:来个|来一个|来点|用)(.{1,8}?)的?[吧啊！!。]*$", clause) if zh else None
    if comes and (_zh_colour_value(comes.group(2)) or comes.group(2) in _ZH_MATERIALS) and _found(ed, comes.group(1)):
        return _set_target(ed, comes.group(1), comes.group(2))  # "裤子来个黑色的"
    wants = (
        re.match(r"^(?:我)?(?:要|想要|换)(?:一只|一个|一条|一位)?(?![个别另])(.{1,8}?)[吧啊呀！!。]*$", clause)
        if zh
        else None
    )
    if wants and not categories(wants.group(1)) and _zh_same_kind(ed, wants.group(1)):
        return None  # "要黑猫" on "一只猫": the cat, a black one
    does = (
        re.match(r"^(?:让|叫)(?:它|他|她|它们|他们|她们)([\u4e00-\u9fff]{1,8}?)[吧啊呀！!。]*$", clause) if zh else None
    )
    if does and _ask_which_of_two(ed):
        return None  # "让它戴个蝴蝶结" on "一只橘猫和一只白狗": which one?
    if does:  # "让它喷火": what it does, in the user's words
        ed.append(does.group(1))
        ed.say("said_added", value=does.group(1))
        return None
    if _verbless(ed, clause, zh):
        return None
    if zh and _resize_zh(ed, clause) or lx.has_cjk(clause) and _resize_across(ed, clause):
        return None  # "龙虾大一点"; "waves 小一点", "月亮小一点" across the two languages
    if not zh and (clause.lower() in _SIZES_EN or clause.lower() in _COMPARATIVES):
        return _set_target(ed, "it", clause)  # "bigger": as "make it bigger"
    one_of_what = not zh and (
        re.fullmatch(r"(?i)(?:a|an|another)\s+(?:[\w-]+\s+){0,3}(?:one|version)", clause)
        or re.match(r"(?i)(?:the|that|this)\s+(?:one|ones|other)\b", clause)  # "the one in the denim jacket": which?
    )
    if one_of_what or _unread_instruction(clause, zh) or _unread_instruction(asked, zh):  # "now a desert one"
        # "can you fix it", "把熊画大一点", "出图要多久": asked of us, and not read; nothing is added, and we ask
        ed.question = ed.question or messages.text("reply_open_not_understood", ed.lang)
        return None
    # Words with no verb: kept as the user wrote them ("with the lake frozen", "外面下雪").
    _scene_or_append(ed, clause)


_INSTRUCTION_EN = re.compile(
    r"(?i)(?<![a-z'])(?:make|change|fix|move|swap|switch|replace|remove|delete|add|turn|give|redo|tweak|adjust|try|"
    r"can you|could you|would you|let'?s|forget|nvm|never ?mind|should|want|need|wait|feels?|looks?|go with|light\s+\w+\s+up|"
    r"i|me|my|you|your|something|anything|the one|other one|png|jpe?g|download|export|file|that'?s the|"
    r"too many|too much|rid|lose|ditch|thanks?|weird|ugly|not sure|hmm+)"
    r"(?![a-z'])|\?"
)
_INSTRUCTION_ZH = re.compile(
    r"改|换|变|加|去掉|删|画得?[大小]|让|给|弄|调|吗|呢|？|\?|怎么|多久|什么|哪|觉得|谢谢|不要|别|再|更|一点|一些|太|能不能|可以|"
    r"挪|移|放大|缩小|转|一下|来一?[个张版幅]|别的|另一个|版本|version|写个|写点|写几个|"
    r"定稿|这版|上次|下载|导出|发给|格式|不太对|怪怪"
)


_ZH_AMOUNT = re.compile(
    r"^(?:(一点|一些|少许|些)|(几)[个只条朵盏块片颗粒根艘辆座棵头匹本]|(一)[个只条朵盏块片把张杯碗瓶束颗粒根艘辆座棵头匹本顶])?"
)


_MASS_EN = frozenset(("lavender", "grass", "moss", "ivy", "rice", "sand", "snow", "mint", "basil", "rosemary", "thyme",
                      "bread", "cheese", "honey", "flour", "salt", "sugar", "foam", "smoke", "fog", "steam"))  # fmt: skip


def _read_whole(word: str) -> bool:
    """Whether the English for ``word`` says all of it: a known word, or one read by a known ending of two
    characters or after a measure or a "…的" ("一双筷子", "睡着的猫", "绿植"); "薰衣草" is not "草" (grass)."""
    ending = next((k for k in range(len(word)) if word[k:] in bilingual.NOUNS_ZH), None)
    if ending is None:
        return word.endswith("子") and _read_whole(word[:-1])
    before = word[:ending]
    return not before or len(word) - ending >= 2 or before.endswith("的") or before in _MEASURES_ZH


_MEASURES_ZH = frozenset("双盆束对副套把张只个条朵块片颗根瓶杯碗盏本辆棵头匹顶艘座")


def _in_english(item: str) -> str | None:
    """An added thing said in Chinese, in English where every word of it is known ("一点辣油" -> "some chili
    oil", "一把红色的伞" -> "a red umbrella"); None otherwise (then the user's own words are added)."""
    said = re.match(
        r"^([^A-Za-z]+?)\s+((?:near|by|next to|on|in|under|behind|beside|at)\s+[A-Za-z][\w\s'-]*)$", item.strip()
    )
    item, where = (said.group(1), " " + said.group(2)) if said else (item, "")  # "小帆船 near the pier"
    if not said:
        item, where = _place_in_english(item)  # "一只黑猫在路边": a black cat by the road
        if where is None:
            return None
    m = _ZH_AMOUNT.match(item.strip())
    rest = item.strip()[m.end() :]
    amount = "some " if m.group(1) else "a few " if m.group(2) else "a " if m.group(3) else ""
    size_en = ""
    if rest[:1] in ("小", "大") and bilingual.en_words(rest[1:]):  # "小帆船": a small sailboat
        size_en, rest = ("small " if rest[0] == "小" else "big "), rest[1:]
    colour = next((zh for zh in sorted(bilingual.COLOURS_ZH, key=len, reverse=True) if rest.startswith(zh)), None)
    colour_en = ""
    if colour:
        colour_en, rest = bilingual.COLOURS_ZH[colour] + " ", rest[len(colour) :].lstrip("的")
    noun = next(iter(bilingual.en_words(rest)), None) if _read_whole(rest.strip(" 的")) else None
    if not noun:
        return None  # "几朵薰衣草" is no "few grass": a word known only by its ending stays the user's own
    if m.group(2) and noun in _MASS_EN:
        amount = "some "  # "几朵薰衣草": some lavender, never "a few lavenders"
    elif m.group(2) and not noun.endswith("s"):
        noun += "s"
    text = f"{amount}{size_en}{colour_en}{noun}{where}"
    return re.sub(r"^a (?=[aeiou])", "an ", text)


_WHERE_EN = (("旁边", "next to"), ("边上", "by"), ("边", "by"), ("上面", "on"), ("上", "on"), ("里面", "in"),
             ("里", "in"), ("下面", "under"), ("下", "under"), ("后面", "behind"), ("前面", "in front of"))  # fmt: skip


def _place_in_english(item: str) -> tuple[str, str | None]:
    """A place said after the thing ("一只黑猫在路边") split off and said in English (" by the road"); the item
    unchanged and "" when none is said, None for the place when it is said but not known."""
    said = re.fullmatch(r"(.+?)在([\u4e00-\u9fff]{1,4}?)(旁边|边上|边|上面|上|里面|里|下面|下|后面|前面)", item.strip())
    if not said:
        return item, ""
    noun = next(iter(bilingual.en_words(said.group(2))), None)
    preposition = dict(_WHERE_EN)[said.group(3)]
    return said.group(1), (f" {preposition} the {noun}" if noun else None)


_AMOUNT_EN = {
    "a": "一",
    "an": "一",
    "one": "一",
    "two": "两",
    "three": "三",
    "some": "一些",
    "more": "更多",
    "few": "几",
}
_PLACE_ZH = {"next to": "旁边", "beside": "旁边", "by": "旁边", "behind": "后面", "in front of": "前面", "on": "上",
             "under": "下面", "above": "上方", "in": "里"}  # fmt: skip
_SIZE_EN = {"small": "小", "little": "小", "tiny": "小小的", "big": "大", "large": "大", "huge": "巨大的"}


_POSED_ZH = {"sitting": "坐在", "standing": "站在", "lying": "躺在", "sleeping": "睡在", "resting": "趴在",
             "perched": "停在", "curled up": "蜷在"}  # fmt: skip


def _in_chinese(item: str) -> str | None:
    """An added thing said in English, in Chinese where every word of it is known ("a small rug" -> "一块小地毯",
    "black olives" -> "黑橄榄"); None otherwise (then nothing is added, and the reply asks how to say it)."""
    posed = re.match(
        r"(?i)^(.+?)\s+(sitting|standing|lying|sleeping|resting|perched|curled up)\s+"
        r"(next to|beside|behind|in front of|on|under|by|in)\s+(?:the|a|an)\s+([a-z ]+)$",
        item.strip(),
    )
    if posed:  # "a small fox sitting by the lion": "一只小狐狸坐在狮子旁边"
        thing, place = _in_chinese(posed.group(1)), bilingual.NOUNS.get(posed.group(4).lower())
        if thing is None or not place:
            return None
        where = _PLACE_ZH[posed.group(3).lower()]
        return f"{thing}{_POSED_ZH[posed.group(2).lower()]}{place[0]}{where}"
    at = re.match(
        r"(?i)^(.+?)\s+(next to|beside|behind|in front of|on|under|above|by|in)\s+(?:the|a|an)\s+([a-z ]+)$",
        item.strip(),
    )
    if at:  # "a floor lamp next to the sofa": "沙发旁边一个落地灯"
        thing, place = _in_chinese(at.group(1)), bilingual.NOUNS.get(at.group(3).lower())
        if thing is None or not place:
            return None
        if at.group(2).lower() == "on" and is_creature(at.group(3)):
            return f"{place[0]}戴着{thing}"  # "a red scarf on the corgi": 柯基戴着一条红围巾, not 柯基上一个红围巾
        return f"{place[0]}{_PLACE_ZH[at.group(2).lower()]}{thing}"
    on_top = re.match(r"(?i)^(.+?)\s+on\s+(?:the\s+)?top(?:\s+of\s+it)?$", item.strip().rstrip(".!"))
    if on_top:  # "some basil on top": "上面有一些罗勒"
        thing = _in_chinese(on_top.group(1))
        return f"上面有{thing}" if thing else None
    words = re.sub(r"(?i)^a\s+few\s+", "few ", item.strip().rstrip(".!")).split()
    amount = _AMOUNT_EN.get(words[0].lower(), "") if words else ""
    words = words[1:] if amount else words
    size = _SIZE_EN.get(words[0].lower(), "") if words else ""
    words = words[1:] if size else words
    colour = ""
    for n in (2, 1):
        said = bilingual.colour_in(" ".join(words[:n]), "zh") if len(words) > n else None
        if (
            said
            and bilingual.colour_in(" ".join(words[:n]), "zh") == said
            and " ".join(words[:n]).lower() in bilingual.COLOURS
        ):
            colour, words = (said[0] if len(said) == 2 and said.endswith("色") else said), words[n:]
            break
    noun = " ".join(words).lower()
    chinese = (
        bilingual.NOUNS.get(noun)
        or bilingual.NOUNS.get(noun.removesuffix("s"))
        or bilingual.NOUNS.get(noun.removesuffix("es"))
    )
    if not words or not chinese:
        return None
    key = noun.removesuffix("s")
    measure = gl.MEASURE_ZH.get(key, "个") if amount in ("一", "两", "三", "几") else ""
    return f"{amount}{measure}{size}{colour}{chinese[0]}"


def _unread_instruction(clause: str, zh: bool) -> bool:
    if not zh and lx.has_cjk(clause) and _unread_instruction(clause, True):
        return True  # "再 cozy 一点": the Chinese words ask
    """Whether a clause no rule read asks us to do something (a verb, a question, "再…一点"), rather than
    adding words to the picture ("with the lake frozen", "外面下雪"): then it is asked about, not added."""
    if (_ADDITION_ZH if zh else _ADDITION_EN).search(clause) or re.search(
        r"回来|[改换变]回|(?<![a-z])back(?![a-z])", clause
    ):
        return False  # "长椅上加一只睡觉的猫", "could u add a glass of lemonade": words for the picture, kept
    return bool((_INSTRUCTION_ZH if zh else _INSTRUCTION_EN).search(clause))


_ADDITION_EN = re.compile(r"(?i)(?<![a-z])(?:add|put|include|throw in)\s+(?:a|an|some|two|three|more|a few)\s")
_ADDITION_ZH = re.compile(r"(?:加|添|放|给它|给他|给她)(?:上|了)?(?:一|两|几|个)")
