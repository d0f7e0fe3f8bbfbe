"""The engine on a history tree: branches, redraws, variations, reference pictures, read-only links,
and a session carried through export and import with its consistency tensors."""

from __future__ import annotations

import hashlib
import io

import numpy as np
import pytest
from PIL import Image

from core.archive import blob_hashes, export_session, import_session
from core.consistency import ConsistencyConfig
from core.engine import Engine, SessionDefaults
from core.errors import BadInput
from core.rewriter import Composer
from core.world.render import render
from core.world.scene import WorldObject, WorldScene
from sessions.errors import ReadOnly
from sessions.store import Store


@pytest.fixture
def engine(tiny_painter, tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path / "data")
    yield Engine(
        tiny_painter,
        Composer(),
        store,
        defaults=SessionDefaults(steps=2, seed=99),
        consistency=ConsistencyConfig(noise=True, subjects=True),
    )
    store.close()


def pixels(engine, turn) -> np.ndarray:
    """The picture (the PNG's metadata names the turn, so its bytes differ between turns)."""
    return np.asarray(Image.open(engine.store.image_path(engine.store.get_image(turn.image_id))))


def test_editing_a_past_message_branches_and_the_next_turn_follows_the_new_branch(engine):
    session = engine.new_session()
    first = engine.run_turn(session, "a small green square at the center").turn
    engine.run_turn(session, "make it red")
    # "edit the second message": re-run from its parent with other words
    blue = engine.run_turn(session, "make it blue", parent_id=first.id).turn
    assert blue.parent_id == first.id and blue.index == 3
    assert blue.scene["subjects"][0]["colour"] == "blue"  # edited from the first turn's scene, not the red one
    assert [t.message for t in engine.store.path(session.id)] == ["a small green square at the center", "make it blue"]
    after = engine.run_turn(session, "make it large").turn
    assert after.parent_id == blue.id
    assert after.scene["subjects"][0] | {"id": None} == blue.scene["subjects"][0] | {"id": None, "size": "large"}
    assert len(engine.store.turns(session.id)) == 4


def test_redraw_with_the_same_seed_gives_the_same_picture_a_variation_another(engine):
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    second = engine.run_turn(session, "make it red").turn
    # Nothing changed since: a redraw would be the same picture, so it says so and adds no branch.
    with pytest.raises(BadInput) as same:
        engine.regenerate(session, second.id)
    assert same.value.code == "redraw_identical" and len(engine.store.siblings(second.id)) == 1
    varied = engine.regenerate(session, second.id, variation=True).turn
    assert varied.seed != second.seed and varied.prompt == second.prompt
    assert np.abs(pixels(engine, varied).astype(int) - pixels(engine, second)).mean() > 5
    # After a setting changed, the same seed draws a new branch.
    session = engine.update_settings(session.owner_token, {"steps": 3})
    again = engine.regenerate(session, second.id).turn
    assert again.parent_id == second.parent_id and (again.seed, again.prompt) == (second.seed, second.prompt)
    assert again.generation["steps"] == 3
    assert len(engine.store.siblings(second.id)) == 3  # three branches from the first turn


def png(image: np.ndarray) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(image).save(buf, format="PNG")
    return buf.getvalue()


def test_a_shapes_world_reference_is_the_scene_the_message_edits(engine):
    picture = render(WorldScene("blue", (WorldObject("circle", "red", "large", "top-left"),)), size=128)
    session = engine.new_session()
    turn = engine.run_turn(session, "make the circle green", reference=png(picture)).turn
    assert turn.prompt == "a large green circle at the top left, on a blue background"
    stored = engine.store.image_path(engine.store.get_image(turn.reference_image_id))
    assert Image.open(stored).size == (128, 128)
    # a redraw of that turn (with another step count) reads the stored reference again
    session = engine.update_settings(session.owner_token, {"steps": 3})
    assert engine.regenerate(session, turn.id).turn.prompt == turn.prompt


def test_any_other_reference_is_described_in_words_for_the_composer(engine):
    picture = np.full((60, 80, 3), (245, 140, 30), dtype=np.uint8)
    session = engine.new_session()
    turn = engine.run_turn(session, "a fox in a forest", reference=png(picture)).turn
    # a picture the model cannot use is kept with the turn, left out of the prompt, and the user told
    assert turn.prompt == "a fox in a forest" and turn.status == "done"
    assert turn.reference_image_id is not None
    assert "kept with this message" in turn.reply and "mostly orange" in turn.reply


def test_a_broken_reference_is_refused_and_nothing_is_written(engine):
    session = engine.new_session()
    with pytest.raises(BadInput, match="broken or truncated"):
        engine.run_turn(session, "draw this", reference=png(np.zeros((64, 64, 3), np.uint8))[:60])
    assert engine.store.turns(session.id) == []


def test_an_upload_whose_turn_is_refused_leaves_no_orphan_image(engine):
    from sessions.errors import TurnNotFound

    session = engine.new_session()
    picture = render(WorldScene("white", (WorldObject("circle", "red", "large", "center"),)), size=128)
    with pytest.raises(TurnNotFound):
        engine.run_turn(session, "draw this", reference=png(picture), parent_id="no-such-turn")
    sha = hashlib.sha256(png(picture)).hexdigest()
    assert engine.store.turns(session.id) == []
    assert not [p for p in engine.store.data_dir.rglob("*.png")], "the uploaded picture was left behind"
    # the same upload on a valid turn is stored and shown with it
    turn = engine.run_turn(session, "draw this", reference=png(picture)).turn
    assert engine.store.get_image(turn.reference_image_id).sha256 == sha


def test_a_read_only_link_cannot_run_or_redraw_a_turn(engine):
    owner = engine.new_session()
    first = engine.run_turn(owner, "a small green square at the center").turn
    visitor = engine.store.access(owner.read_token).session
    assert visitor.owner_token == ""
    with pytest.raises(ReadOnly):
        engine.run_turn(visitor, "make it red")
    with pytest.raises(ReadOnly):
        engine.regenerate(visitor, first.id)
    assert [t.id for t in engine.store.turns(owner.id)] == [first.id]


def test_export_and_import_carry_the_consistency_tensors(engine, tmp_path):
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    engine.run_turn(session, "make it red")
    needed = blob_hashes(engine.store.turns(session.id))
    assert len(needed) >= 3  # noise, latents and a subject slice at least
    data = export_session(engine.store, engine.blobs, session.id)

    other = Store.open(f"sqlite:///{tmp_path / 'other.sqlite'}", tmp_path / "other")
    try:
        from core.consistency.blobs import BlobStore

        blobs = BlobStore(tmp_path / "other" / "consistency")
        copy = import_session(other, blobs, data)
        turns = other.turns(copy.id)
        assert [t.prompt for t in turns] == [t.prompt for t in engine.store.turns(session.id)]
        assert all(blobs.has(h) for h in needed)
        for h in needed:
            assert hashlib.sha256(blobs.raw(h)).hexdigest() == h
    finally:
        other.close()


def test_an_import_that_is_not_a_zip_is_a_bad_input(engine):
    with pytest.raises(BadInput):
        import_session(engine.store, engine.blobs, b"PK\x03\x04 not really a zip")


def test_a_tampered_consistency_tensor_is_left_out_and_the_session_still_imports(engine, tmp_path):
    import zipfile

    from core.consistency.blobs import BlobStore

    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    data = export_session(engine.store, engine.blobs, session.id)
    source, target = io.BytesIO(data), io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        names = [n for n in zin.namelist() if n.startswith("extra/consistency-")]
        for name in zin.namelist():
            body = zin.read(name)
            zout.writestr(name, body[:-1] + bytes([body[-1] ^ 1]) if name == names[0] else body)
    blobs = BlobStore(tmp_path / "fresh")
    copy = import_session(engine.store, blobs, target.getvalue())
    assert len(engine.store.turns(copy.id)) == 1
    kept = {n.removeprefix("extra/consistency-").removesuffix(".safetensors") for n in names[1:]}
    tampered = names[0].removeprefix("extra/consistency-").removesuffix(".safetensors")
    assert not blobs.has(tampered) and all(blobs.has(h) for h in kept)


def age(blobs, hashes: set[str], seconds: float = 3600.0) -> None:
    """Backdates blob files, as if they had been written an hour ago."""
    import os
    import time

    for digest in hashes:
        path = blobs.files.path(blobs._name(digest))
        os.utime(path, (time.time() - seconds, time.time() - seconds))


def test_deleting_a_session_sweeps_the_tensors_only_it_used_and_keeps_a_forks(engine):
    owner = engine.new_session()
    engine.run_turn(owner, "a small green square at the center")
    engine.run_turn(owner, "make it red")
    owned = blob_hashes(engine.store.turns(owner.id))
    fork = engine.store.fork(owner.owner_token)
    engine.run_turn(fork, "make it large")
    forked = blob_hashes(engine.store.turns(fork.id))
    assert owned <= forked  # a fork names its parent's files, it does not copy them
    age(engine.blobs, forked)

    assert engine.delete_session(owner.owner_token) == 0  # every file is still the fork's
    assert all(engine.blobs.has(h) for h in forked)

    other = engine.new_session()
    engine.run_turn(other, "a large blue circle at the top left")
    kept = blob_hashes(engine.store.turns(other.id))
    age(engine.blobs, kept)
    assert engine.delete_session(fork.owner_token) == len(forked - kept)
    assert not any(engine.blobs.has(h) for h in forked - kept) and all(engine.blobs.has(h) for h in kept)


def test_a_sweep_spares_fresh_files_a_turn_in_progress_may_have_just_put(engine):
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    written = blob_hashes(engine.store.turns(session.id))
    engine.delete_session(session.owner_token)  # files younger than the grace period stay ...
    assert all(engine.blobs.has(h) for h in written)
    age(engine.blobs, written)
    assert engine.sweep_blobs() == len(written)  # ... until a later sweep
    assert not any(engine.blobs.has(h) for h in written)
