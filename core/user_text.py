"""Text from a browser or a file made safe to store and show, without changing what it says.

Removed: NUL and other control characters (PostgreSQL cannot store NUL, and
none of them means anything in a prompt), lone surrogates (not encodable as
UTF-8: a page holding one fails to load), and bidirectional overrides and
embeddings, which flip how the rest of a chat line reads. Line breaks and
tabs stay. Zero-width characters stay inside text (they join emoji and some
scripts) but a message made only of them and spaces counts as empty.
"""

from __future__ import annotations

import re
import unicodedata

# LRE RLE PDF LRO RLO, LRI RLI FSI PDI: they reorder the text that follows them.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u180e"

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def clean(value: object) -> str:
    """``value`` as text with the characters above removed (None is "")."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    text = _SURROGATES.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def was_cleaned(value: object) -> bool:
    """Whether ``clean`` would change it (so the user can be told)."""
    return isinstance(value, str) and clean(value) != value.replace("\r\n", "\n").replace("\r", "\n")


def is_blank(text: str) -> bool:
    """Nothing to read: only spaces and invisible characters."""
    return not any(not ch.isspace() and ch not in INVISIBLE and unicodedata.category(ch) != "Cf" for ch in text)


def fold(text: str) -> str:
    """For matching, not for showing: NFKC (full-width to ASCII), lower case, single spaces."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", clean(text)).lower()).strip()
