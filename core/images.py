"""PNG encoding with the turn's provenance in text chunks."""

from __future__ import annotations

import io
import json

from PIL import Image, PngImagePlugin


def encode_png(image: Image.Image, metadata: dict[str, object]) -> bytes:
    """PNG bytes with each metadata item as a tEXt/iTXt chunk.

    Chunks are written in sorted key order so equal inputs give equal bytes,
    which keeps content-hash file names stable across replays.
    """
    info = PngImagePlugin.PngInfo()
    for key in sorted(metadata):
        value = metadata[key]
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, sort_keys=True)
        info.add_itxt(key, text)
    buf = io.BytesIO()
    image.save(buf, format="PNG", pnginfo=info, optimize=False)
    return buf.getvalue()


def read_png_metadata(data: bytes) -> dict[str, str]:
    with Image.open(io.BytesIO(data)) as img:
        return dict(img.text)  # type: ignore[attr-defined]
