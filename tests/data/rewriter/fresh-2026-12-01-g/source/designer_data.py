from designer_en import DEN
from designer_zh import DZH
from designer_mixed import DMX
DE = DEN + DZH + DMX
