"""Guards for an unattended public screen: rate limit, bounded line, blocklist.

These hold only counters and timestamps keyed by the visitor's browser
session, never anyone's content, so visitors cannot see each other's work.
"""

from __future__ import annotations

import re
import threading
import time
from collections import defaultdict, deque
from pathlib import Path

from core.user_text import fold as normalise


class RateLimiter:
    """At most ``per_minute`` draws per client in any sliding minute."""

    def __init__(self, per_minute: int, clock=time.monotonic):
        self.per_minute = per_minute
        self._clock = clock
        self._events: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def check(self, client: str) -> float:
        """0 if allowed now (and counts it), else the seconds to wait."""
        if self.per_minute <= 0:
            return 0.0
        now = self._clock()
        with self._lock:
            events = self._events[client]
            while events and now - events[0] >= 60:
                events.popleft()
            if len(events) >= self.per_minute:
                return 60 - (now - events[0])
            events.append(now)
            return 0.0


class DrawLine:
    """The line to the painter, read from Gradio's own queue: nothing here counts anyone.

    Every drawing event shares one ``concurrency_id`` (limit 1: one painter draws one picture at
    a time), so Gradio's queue for that id *is* the line: the event it runs, and the events that
    wait behind it. There is no second count beside it (issue 15 item 5). ``ahead()`` is asked
    before a draw joins (a cheap event outside that queue), so "you are number k" and
    "n ahead of you" are the queue's own numbers.
    """

    def __init__(self, limit: int, concurrency_id: str = "draw"):
        self.limit = limit
        self.concurrency_id = concurrency_id
        self._blocks = None

    def watch(self, blocks) -> None:
        """The page whose queue this is (its queue exists once the page is served)."""
        self._blocks = blocks

    def ahead(self) -> int:
        """Draws running or waiting in the queue now."""
        queue = getattr(self._blocks, "_queue", None)
        line = queue.event_queue_per_concurrency_id.get(self.concurrency_id) if queue is not None else None
        if line is None:  # nothing has drawn yet: Gradio makes the line on the first draw
            return 0
        return line.current_concurrency + len(line.queue)

    def full(self) -> bool:
        return bool(self.limit) and self.ahead() >= self.limit


class Blocklist:
    """Terms a kiosk politely refuses to draw; one per line, '#' comments, both languages."""

    def __init__(self, terms: list[str]):
        self._ascii = [t for t in terms if t.isascii()]
        self._other = [t for t in terms if not t.isascii()]
        self._pattern = (
            re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(t) for t in self._ascii) + r")(?![a-z])")
            if self._ascii
            else None
        )

    @classmethod
    def from_file(cls, path: Path) -> Blocklist:
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        return cls([normalise(line) for line in lines if line.strip() and not line.lstrip().startswith("#")])

    def blocks(self, message: str) -> bool:
        text = normalise(message)
        return bool((self._pattern and self._pattern.search(text)) or any(t in text for t in self._other))
