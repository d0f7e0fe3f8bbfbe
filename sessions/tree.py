"""History as a tree: pure functions over one session's turns.

Every turn has a parent (None for a root). The session's head is the turn it
shows; the current path is the head and its ancestors, root first. Undo
moves the head to its parent and marks the old head undone (hidden, kept);
redo moves it back down to the child undone most recently; checkout moves
it anywhere. Nothing here touches the database: the store loads a
session's turns once, asks, and writes the answer in the same transaction.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Protocol


class Head(enum.Enum):
    """Type of the ``HEAD`` sentinel (an enum, so type checkers can narrow it)."""

    HEAD = "head"


HEAD = Head.HEAD  # "start the turn after the session's head": the default parent


class Node(Protocol):
    id: str
    parent_id: str | None
    index: int
    undone_at: datetime | None


def path(nodes: Mapping[str, Node], head: str | None) -> list[str]:
    """The ids from the root to ``head``; ValueError on a dangling parent or a cycle (a corrupt row)."""
    ids: list[str] = []
    node = head
    while node is not None:
        if node not in nodes or len(ids) > len(nodes):
            raise ValueError(f"the history of turn {node!r} is broken")
        ids.append(node)
        node = nodes[node].parent_id
    ids.reverse()
    return ids


def redo_target(nodes: Iterable[Node], head: str | None) -> str | None:
    """The undone child of ``head`` (a root when head is None) that was undone last, if any."""
    undone = [n for n in nodes if n.parent_id == head and n.undone_at is not None]
    if not undone:
        return None
    return max(undone, key=lambda n: (n.undone_at, n.index)).id
