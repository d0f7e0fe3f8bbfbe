"""Consistency across turns: the same subject, edited, not redrawn.

Five mechanisms, each switchable (``ConsistencyConfig``) and each recorded with
the turn so a session replays bit-for-bit on the same device:

1. ``noise``: stored seeds and CPU-made initial noise; an edit starts from the
   noise of the turn it edits, a new scene gets a fresh (derived) seed.
2. ``subjects``: per-subject text-embedding slices, reused while the subject's
   description is unchanged (``subjects.py``).
3. ``anchor_attention``: attn1 also attends to the anchor's keys/values at the
   same step (``attention.py``).
4. ``edit``: start from the anchor noised to a strength chosen by the kind of
   edit, optionally only inside the edited region (``sampler.py``, ``regions.py``).
5. the plan: which of these apply this turn, and what is kept / changed (``plan.py``).
"""

from core.consistency.config import ConsistencyConfig
from core.consistency.plan import TurnPlan, plan_turn
from core.consistency.sampler import DrawControls

__all__ = ["ConsistencyConfig", "DrawControls", "TurnPlan", "plan_turn"]
