"""core/language/patterns.py: patterns built from words are compiled once and match as ``re`` would."""

from __future__ import annotations

import re

from core.language.patterns import ascii_word, compiled


def test_the_same_pattern_text_is_compiled_once():
    assert compiled(r"(?<![a-z])blanket(?![a-z])") is compiled(r"(?<![a-z])blanket(?![a-z])")
    assert compiled("mug", re.I) is not compiled("mug")
    assert compiled("mug", re.I).search("A MUG").group() == "MUG" and compiled("mug").search("A MUG") is None


def test_a_word_stands_alone_among_latin_letters():
    assert ascii_word("cat").search("a cat, a dog").span() == (2, 5)
    assert ascii_word("cat").search("cattle and a bobcat") is None
    assert ascii_word("cat").search("一只cat在睡觉").span() == (2, 5)  # Chinese characters are no latin letters
    assert ascii_word("c++").search("written in c++ today").span() == (11, 14)  # escaped, not a pattern
