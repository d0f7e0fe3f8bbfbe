"""Reference images: what is accepted, what is refused (and how), and how a picture becomes words."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, PngImagePlugin

from core.errors import BadInput
from core.reference import MAX_BYTES, load_reference
from core.world.render import render
from core.world.scene import WorldObject, WorldScene


def png_bytes(image: Image.Image, **kwargs) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG", **kwargs)
    return buf.getvalue()


SHAPES = WorldScene(
    "blue",
    (
        WorldObject("circle", "red", "large", "top-left"),
        WorldObject("star", "yellow", "small", "bottom-right"),
    ),
)


@pytest.mark.parametrize("side", [128, 512])
def test_a_shapes_world_picture_is_read_back_into_an_editable_scene(side):
    picture = Image.fromarray(render(SHAPES, size=128)).resize((side, side), Image.Resampling.NEAREST)
    ref = load_reference(png_bytes(picture))
    assert ref.scene is not None
    assert ref.scene.background == "blue"
    assert [(s.id, s.kind, s.colour, s.size, s.position) for s in ref.scene.subjects] == [
        ("s1", "circle", "red", "large", "top-left"),
        ("s2", "star", "yellow", "small", "bottom-right"),
    ]
    assert ref.scene.focus == "s2" and ref.scene.next_id == 3
    assert ref.description == (
        "a reference picture showing a large red circle at the top left and a small yellow star at the bottom "
        "right, on a blue background"
    )
    assert (ref.width, ref.height) == (side, side)


def test_any_other_picture_is_described_by_its_main_colours_and_stored_small_without_metadata():
    pixels = np.zeros((1500, 2000, 3), dtype=np.uint8)
    pixels[:, :1200] = (40, 90, 220)  # 60% blue
    pixels[:, 1200:] = (245, 245, 245)  # 40% white
    pixels[::7, ::5] = (200, 120, 90)  # texture: not a clean shapes-world picture
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<script>alert(1)</script>")
    ref = load_reference(png_bytes(Image.fromarray(pixels), pnginfo=info))
    assert ref.scene is None
    assert ref.description == "a reference picture (2000x1500), mostly blue and white"
    stored = Image.open(io.BytesIO(ref.png))
    assert stored.format == "PNG" and stored.size == (1024, 768) == (ref.width, ref.height)
    assert "Comment" not in stored.info


def test_jpeg_and_the_first_frame_of_a_gif_are_accepted():
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (50, 170, 70)).save(buf, format="JPEG")
    assert load_reference(buf.getvalue()).description == "a reference picture (64x48), mostly green"
    frames = [Image.new("RGB", (32, 32), c) for c in [(220, 40, 40), (25, 25, 25)]]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:])
    assert load_reference(buf.getvalue()).description.endswith("mostly red")


def big_but_small_png(width: int, height: int) -> bytes:
    return png_bytes(Image.new("1", (width, height)), optimize=True)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The attached file is empty."),
        (None, "The attached file is empty."),
        (b"x" * (MAX_BYTES + 1), "The attached file is 10.5 MB; the limit is 10 MB."),
        (b"%PDF-1.7 not a picture", "The attached file is not an image Inkturn can read (use PNG, JPEG, WebP or GIF)."),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not an image Inkturn can read"),
    ],
)
def test_refused_uploads_say_why(data, message):
    with pytest.raises(BadInput) as err:
        load_reference(data)
    assert message in str(err.value)


def test_a_truncated_png_is_refused_as_broken():
    data = png_bytes(Image.fromarray(render(SHAPES, size=128)))
    with pytest.raises(BadInput, match=r"^The attached image is broken or truncated\.$"):
        load_reference(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("side", "message"),
    [
        (7_000, "This picture is 49 million pixels; the limit is 40 million."),
        (20_000, "This picture has over 179 million pixels; the limit is 40 million."),  # Pillow's own guard
    ],
)
def test_a_decompression_bomb_is_refused_before_decoding(side, message):
    data = big_but_small_png(side, side)  # tens of millions of pixels in a few hundred kB
    assert len(data) < 200_000
    with pytest.raises(BadInput) as err:
        load_reference(data)
    assert str(err.value) == message


def test_rendered_scenes_are_recognised_with_their_identity_jitter():
    from core.describe import to_world_scene
    from core.world.sample import sample_scene

    rng = np.random.default_rng(0)
    right = 0
    for _ in range(100):
        scene = sample_scene(rng)
        ref = load_reference(png_bytes(Image.fromarray(render(scene, size=128))))
        world = to_world_scene(ref.scene) if ref.scene else None
        key = lambda objects: sorted((o.shape, o.colour, o.size, o.position) for o in objects)  # noqa: E731
        right += world is not None and key(world.objects) == key(scene.objects)
    assert right >= 98
