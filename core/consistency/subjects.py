"""Subject records: each subject's description and its text-embedding slices from both encoders.

While a subject's description is unchanged, the slices first computed for it
are put back into every later prompt's states at the subject's tokens, so a
rewording elsewhere in the prompt (another subject added, the background
changed) does not move it. Slices live in the BlobStore; the turn's
``generation["consistency"]["subjects"]`` names them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import torch

from core.describe import describe_subject
from core.scene import Scene, Subject
from core.text_encoding import TextStates


def subject_phrase(subject: Subject, lang: str) -> str:
    """The subject's canonical description, as the prompt words it."""
    return describe_subject(subject, lang)


def find_span(ids: list[int], needle: list[int]) -> int | None:
    """Start of the first occurrence of ``needle`` in ``ids``."""
    n = len(needle)
    if n == 0:
        return None
    for start in range(len(ids) - n + 1):
        if ids[start : start + n] == needle:
            return start
    return None


@dataclass
class SubjectSlice:
    description: str
    embeds: torch.Tensor  # (n1, hidden_1): first encoder, the subject's tokens
    embeds_2: torch.Tensor  # (n2, hidden_2)


def spans(painter, states: TextStates, scene: Scene) -> dict[str, tuple[str, int | None, int, int | None, int]]:
    """subject id -> (description, start_1, length_1, start_2, length_2) in this prompt's tokens."""
    ids_1 = states.token_ids[0].tolist()
    ids_2 = states.token_ids_2[0].tolist()
    out = {}
    for subject in scene.subjects:
        text = subject_phrase(subject, scene.language)
        p1, p2 = painter.phrase_ids(text)
        out[subject.id] = (text, find_span(ids_1, p1), len(p1), find_span(ids_2, p2), len(p2))
    return out


def extract(painter, states: TextStates, scene: Scene) -> dict[str, SubjectSlice]:
    """Each subject's slices in ``states`` (subjects whose words were cut off are left out)."""
    out = {}
    for sid, (text, s1, n1, s2, n2) in spans(painter, states, scene).items():
        if s1 is None or s2 is None:
            continue
        out[sid] = SubjectSlice(text, states.embeds[0, s1 : s1 + n1].clone(), states.embeds_2[0, s2 : s2 + n2].clone())
    return out


def apply(painter, states: TextStates, scene: Scene, slices: dict[str, SubjectSlice]) -> tuple[TextStates, list[str]]:
    """``states`` with each known subject's stored slices put back; and the ids that were."""
    embeds, embeds_2 = states.embeds.clone(), states.embeds_2.clone()
    used = []
    for sid, (text, s1, n1, s2, n2) in spans(painter, states, scene).items():
        stored = slices.get(sid)
        if stored is None or stored.description != text or s1 is None or s2 is None:
            continue
        if stored.embeds.shape[0] != n1 or stored.embeds_2.shape[0] != n2:
            continue
        embeds[0, s1 : s1 + n1] = stored.embeds.to(embeds.device, embeds.dtype)
        embeds_2[0, s2 : s2 + n2] = stored.embeds_2.to(embeds_2.device, embeds_2.dtype)
        used.append(sid)
    return replace(states, embeds=embeds, embeds_2=embeds_2), used
