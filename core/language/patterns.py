"""Compiled patterns for regular expressions built from words at run time.

The rewriter builds patterns from the lexicon's and the prompt's words ("(?<![a-z])blanket(?![a-z])", one per
noun it looks for); a dialogue set meets thousands of distinct ones, more than the 512 that ``re`` keeps, so
``re.search(rf"…{word}…", text)`` recompiled most of them on every turn (half of the rewriter's time, measured
with cProfile on batch 20). Patterns built from words go through ``compiled``, a cache bounded but large enough
for every word a process meets; the fixed patterns of each module stay module-level constants.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=16384)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile``, remembered: the same pattern text gives the same compiled pattern."""
    return re.compile(pattern, flags)


def ascii_word(word: str, flags: int = 0) -> re.Pattern[str]:
    """``word`` standing alone among latin letters: not inside "cattle" for "cat" (its plural is the caller's)."""
    return compiled(rf"(?<![a-z]){re.escape(word)}(?![a-z])", flags)
