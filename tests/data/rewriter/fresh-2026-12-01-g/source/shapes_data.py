from shapes_en import EN
from shapes_zh import ZH
from shapes_mixed import MX
SH = EN + ZH + MX
