"""Reference images attached to a message: checked, normalised, and put into words.

An upload is untrusted bytes. It is refused with a message the user can act on
(empty, too big, not an image, broken, too many pixels) before anything is
written; what is kept is a re-encoded PNG without the upload's metadata, so a
stored reference never carries someone's camera data or a crafted chunk.

Rewriters that see images get the PNG. The others get words: a picture of the
shapes world is read back by the checker into a scene the turn can edit ("make
the circle green"); anything else is described by its main colours.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, UnidentifiedImageError

from core.errors import BadInput
from core.scene import Scene, Subject
from core.world import vocab
from core.world.checker import palette_labels, read_scene
from core.world.render import render
from core.world.sample import canonical_caption

MAX_BYTES = 10 * 1024 * 1024  # an upload larger than this is refused unread
MAX_PIXELS = 40_000_000  # decompression-bomb guard: width x height of the decoded picture
STORED_SIDE = 1024  # longer side of the stored copy
READ_SIDE = 128  # the checker reads the shapes world at the bundled model's size
MAX_UNKNOWN = 0.02  # share of pixels off the palette above which a picture is not a shapes-world scene
MAX_REDRAW_MISMATCH = 0.04  # share of pixels whose colour differs when the scene read is drawn again
MAIN_COLOUR_SHARE = 0.15  # a colour covering at least this share is named in the description


@dataclass(frozen=True)
class Reference:
    png: bytes
    width: int
    height: int
    scene: Scene | None  # the shapes-world scene read from it, if it is one
    description: str  # English words for rewriters that cannot see


def load_reference(data: bytes | None) -> Reference:
    """Checks and normalises an upload; raises BadInput with a user-facing reason."""
    if not data:
        raise BadInput("file_empty")
    if len(data) > MAX_BYTES:
        raise BadInput("file_too_big", mb=len(data) / 1e6, limit=MAX_BYTES // (1024 * 1024))
    image = _decode(data)
    scene = read_shapes_scene(image)
    if scene is not None:
        description = "a reference picture showing " + canonical_caption(_world(scene), "en")
    else:
        description = describe_colours(image)
    stored = image.copy()
    stored.thumbnail((STORED_SIDE, STORED_SIDE), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    stored.save(buf, format="PNG")
    return Reference(buf.getvalue(), stored.width, stored.height, scene, description)


def _decode(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise _too_many_pixels(width * height)
                probe.verify()  # structure and checksums, without decoding the pixels
            with Image.open(io.BytesIO(data)) as img:
                img.seek(0)  # animations: the first frame
                return img.convert("RGB")
    except BadInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_many_pixels(None) from None
    except UnidentifiedImageError:
        raise BadInput("image_unreadable") from None
    except Exception:  # noqa: BLE001 - truncated, corrupt, or a decoder's own bug (an IHDR with no data: IndexError)
        raise BadInput("image_broken") from None


def _too_many_pixels(pixels: int | None) -> BadInput:
    # "48 million pixels", not "48000000": people count pictures in megapixels.
    if pixels is None:  # Pillow's own guard stopped it before the size was read
        return BadInput(
            "image_far_too_large", pixels_m=round(Image.MAX_IMAGE_PIXELS * 2 / 1e6), limit_m=MAX_PIXELS / 1e6
        )
    return BadInput("image_too_large", pixels_m=round(pixels / 1e6, 1), limit_m=MAX_PIXELS / 1e6)


def read_shapes_scene(image: Image.Image) -> Scene | None:
    """The shapes-world scene in a picture, when the checker reads a clean one."""
    small = image.resize((READ_SIDE, READ_SIDE), Image.Resampling.BOX)
    checked = read_scene(np.asarray(small))
    if checked.unknown_fraction > MAX_UNKNOWN or not 1 <= len(checked.objects) <= 3:
        return None
    world = checked.to_world()
    try:
        world.validate()
    except ValueError:  # two objects in one cell, a colour equal to the background...
        return None
    # The checker finds *some* scene in any flat picture; it is the scene only if drawing it
    # again gives back the picture (up to the identity jitter: offsets, rotation, exact size).
    redrawn = palette_labels(render(world, size=READ_SIDE))
    if np.mean(redrawn != palette_labels(np.asarray(small))) > MAX_REDRAW_MISMATCH:
        return None
    subjects = tuple(
        Subject(id=f"s{i}", kind=o.shape, colour=o.colour, size=o.size, position=o.position)
        for i, o in enumerate(world.objects, start=1)
    )
    return Scene(subjects=subjects, background=world.background, focus=subjects[-1].id, next_id=len(subjects) + 1)


def _world(scene: Scene):
    from core.describe import to_world_scene

    world = to_world_scene(scene)
    assert world is not None, "read_shapes_scene only builds shapes-world scenes"
    return world


def describe_colours(image: Image.Image) -> str:
    """ "a reference picture (640x480), mostly blue and white" from the nearest palette colours."""
    small = np.asarray(image.resize((64, 64), Image.Resampling.BOX), dtype=np.float64).reshape(-1, 3)
    names = list(vocab.COLOURS)
    palette = np.array([vocab.COLOURS[n].rgb for n in names], dtype=np.float64)
    nearest = ((small[:, None, :] - palette[None]) ** 2).sum(-1).argmin(1)
    shares = np.bincount(nearest, minlength=len(names)) / len(nearest)
    main = [names[i] for i in np.argsort(-shares) if shares[i] >= MAIN_COLOUR_SHARE][:3]
    colours = " and ".join(main) if main else "many colours"
    return f"a reference picture ({image.width}x{image.height}), mostly {colours}"
