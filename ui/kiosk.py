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
    """Counts visitors waiting for or using the painter; refuses past ``limit``."""

    def __init__(self, limit: int):
        self.limit = limit
        self._count = 0
        self._lock = threading.Lock()

    def join(self) -> int:
        """Your place in line (1 = drawing next); 0 means refused (line full)."""
        with self._lock:
            if self.limit and self._count >= self.limit:
                return 0
            self._count += 1
            return self._count

    def place_if_joined(self) -> int:
        with self._lock:
            return self._count + 1

    def leave(self) -> None:
        with self._lock:
            self._count = max(0, self._count - 1)


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
