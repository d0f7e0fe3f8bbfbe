"""Typed errors of the persistence layer.

A refusal is raised with a message code and its parameters, as ``core``'s errors are:
``InvalidInput("title_too_long", n=300, limit=200)``. ``str(error)`` is the English
sentence from ``MESSAGES`` (logs, tests, callers of the store); this layer sits below
``core`` and cannot ask its catalogue, so ``core/messages.py`` holds these codes in
every language and says them to a person (``messages.error_text``). An error raised
with plain words instead of a code keeps those words. Nothing here knows about Gradio.
"""

from __future__ import annotations

# The English of every code raised in sessions/; core/messages.py has the other languages,
# and tests/test_messages.py fails when a code raised here lacks one.
MESSAGES: dict[str, str] = {
    # values the store refuses to write (sessions/store.py)
    "kind_unknown": "kind must be one of {kinds}, got {kind!r}.",
    "tokens_not_list": "owner_tokens must be a list, got {got}.",
    "too_many_tokens": "At most {limit} sessions can be listed at once.",
    "nothing_to_undo": "There is nothing to undo.",
    "nothing_to_redo": "There is nothing to redo.",
    "image_not_saved": "image must be an ImageInfo from save_image, got {got}.",
    "image_not_info": "image must be an ImageInfo, got {got}.",
    "pictures_remote": "Pictures are in an object store here; read them with image_bytes.",
    "end_status": "A failed turn's status must be one of {statuses}, got {status!r}.",
    "error_code_invalid": "A turn's error code must be lower-case letters, digits and '_', got {got}.",
    "turn_ended": "Turn {index} has already ended ({status}); it cannot be changed.",
    "parent_elsewhere": "The parent turn {parent} belongs to another session.",
    "still_drawing": "A picture is still being drawn in this session; wait for it or stop it first.",
    "title_too_long": "The title is {n} characters long; the limit is {limit}.",
    "intent_too_long": "The intent is {n} characters long; the limit is {limit}.",
    "lease_invalid": "lease_seconds must be a positive number, got {value!r}.",
    "seed_invalid": "seed must be a 64-bit integer or None, got {seed!r}.",
    "not_text": "{field} must be text, got {got}.",
    "nul_in_text": "{field} must not contain NUL characters.",
    "not_a_dict": "{field} must be a dict, got {got}.",
    "not_json": "{field} must hold only JSON values: {detail}",
    # pictures (sessions/images.py)
    "png_not_bytes": "An image must be PNG bytes, got {got}.",
    "png_signature": "The image is not a PNG file (its first bytes are not the PNG signature).",
    "png_side": "Image {side} must be an integer from 1 to {limit}, got {value!r}.",
    "png_too_large": (
        "The image is {width}x{height} pixels; the limit is {side_limit} a side and {pixels_m} million pixels."
    ),
    "png_size_differs": "The image is {width}x{height} pixels, not {given_width}x{given_height} as given.",
    "png_no_ihdr": "The image is not a valid PNG file (it has no IHDR header).",
    "png_header_damaged": "The image is not a valid PNG file (its header is damaged).",
    # session exports and imports (sessions/archive.py)
    "extra_not_bytes": "The extra file {name!r} must be bytes, got {got}.",
    "extra_name": "An extra file name must be letters, digits, '.', '_' or '-', got {name}.",
    "export_not_bytes": "A session export must be zip bytes, got {got}.",
    "export_too_big": "The file is {mb:.1f} MB; the limit is {limit_mb:.1f} MB.",
    "not_a_zip": "This file is not an Inkturn session export: it is not a zip file.",
    "no_session_json": "This file is not an Inkturn session export: it has no session.json.",
    "wrong_format": "This file is not an Inkturn session export: session.json does not say format {format!r}.",
    "wrong_version": "This export has format version {version}; this Inkturn reads version {supported}.",
    "too_many_entries": "The archive has {n} files; an export has at most {limit}.",
    "entry_twice": "The archive holds {name!r} twice.",
    "entry_unexpected": (
        "The archive has an unexpected file {name!r}; an export holds only session.json, images/ and extra/."
    ),
    "entry_encrypted": "The file {name!r} in the archive is encrypted.",
    "entry_too_big": "{name!r} unpacks to {mb:.1f} MB; the limit is {limit_mb:.1f} MB.",
    "entry_larger": "{name!r} is larger than the archive says; it was refused.",
    "entry_damaged": "The file {name!r} in the archive is damaged or uses an unknown format.",
    "entry_unsafe": "The archive contains an unsafe file name ({name}); it was refused.",
    "archive_too_big": "The archive unpacks to more than {limit_mb:.1f} MB, the limit.",
    "json_invalid": "session.json is not valid JSON: {detail}",
    "json_nul": "session.json is not valid: it contains a NUL character.",
    "schema_invalid": "session.json is not valid: {problems}",
    "turn_index": "session.json is not valid: turn {position} has index {index}.",
    "turn_id_twice": "session.json is not valid: two turns have the id {id!r}.",
    "parent_not_earlier": "session.json is not valid: turn {index}'s parent is not an earlier turn.",
    "hidden_mismatch": "session.json is not valid: turn {index}'s hidden and undone_at disagree.",
    "head_unknown": "session.json is not valid: head_turn_id is not one of its turns.",
    "undone_on_path": "session.json is not valid: the current path contains an undone turn.",
    "image_misnamed": "session.json is not valid: turn {index}'s image should be named {expected!r}.",
    "image_missing": "The archive is missing {name!r}.",
    "image_hash": "{name!r} does not match its SHA-256 in session.json; the file is damaged.",
    "image_stray": "The archive has an image no turn uses: {name!r}.",
}


# How the store itself ends a turn it finds unfinished: stored with the turn as a code
# (``error_code``) beside this English (``error``); core/messages.py has the other languages.
TURN_ENDINGS: dict[str, str] = {
    "turn_interrupted": "interrupted: the server stopped during this turn",
    "turn_not_copied": "not finished when this session was copied",
}


class SessionsError(Exception):
    """Base class: catch this to handle any store error the user can act on.

    Raised with a code of ``MESSAGES`` and its parameters, or with plain words (then
    ``code`` is None and the words are said as they are, in every language).
    """

    def __init__(self, code: str, /, **params: object):
        self.code = code if code in MESSAGES else None
        self.params = params
        super().__init__(MESSAGES[code].format(**params) if self.code else code)


class SessionNotFound(SessionsError):
    """Unknown, malformed or revoked session id or token (one message: no hint which)."""


class ReadOnly(SessionsError):
    """A read-only link used where only the owner link may write."""


class TurnNotFound(SessionsError):
    """Unknown turn id."""


class ImageNotFound(SessionsError):
    """Unknown image id, or an image row that cannot be served."""


class UnsafeImagePath(ImageNotFound):
    """An image row whose path would leave the data folder (a corrupt or tampered row)."""


class InvalidInput(SessionsError):
    """A value the store refuses to write (too long, wrong type, not JSON...)."""


class TurnAlreadyFinished(InvalidInput):
    """finish_turn / fail_turn on a turn that is no longer pending."""
