"""Copies of a session are told apart in listings: a fork gets the next number of its family (issue 16)."""

from __future__ import annotations

from sessions.store import MAX_TITLE_CHARS, copy_title


def test_the_first_copy_is_number_two_and_copies_of_copies_count_on():
    assert copy_title("Circle", ["Circle"]) == "Circle (2)"
    assert copy_title("Circle", ["Circle", "Circle (2)"]) == "Circle (3)"
    assert copy_title("Circle (2)", ["Circle", "Circle (2)", "Circle (3)"]) == "Circle (4)"
    assert copy_title("Circle (7)", ["Circle (7)"]) == "Circle (8)"  # the original was deleted


def test_other_titles_of_the_family_and_untitled_sessions():
    assert copy_title("Circle", ["Circle", "Square (5)", "Circle and star (9)"]) == "Circle (2)"
    assert copy_title("", [""]) == ""  # untitled stays untitled: the listing shows its date
    assert copy_title("Year (1999) (2)", ["Year (1999)", "Year (1999) (2)"]) == "Year (1999) (3)"


def test_a_title_at_the_limit_keeps_its_number():
    long = "x" * MAX_TITLE_CHARS
    copy = copy_title(long, [long])
    assert len(copy) == MAX_TITLE_CHARS and copy.endswith(" (2)")


def test_forks_through_either_link_are_numbered_in_one_row(open_store):
    store = open_store()
    original = store.create_session(title="a red circle")
    first = store.fork(original.read_token)
    second = store.fork(original.owner_token)
    of_copy = store.fork(first.owner_token)
    assert [first.title, second.title, of_copy.title] == ["a red circle (2)", "a red circle (3)", "a red circle (4)"]
    # a renamed copy starts its own row; strangers' sessions with the same words do not count
    stranger = store.create_session(title="a red circle")
    assert store.fork(stranger.owner_token).title == "a red circle (2)"
    store.rename(second.owner_token, "mine")
    assert store.fork(second.owner_token).title == "mine (2)"
    # the original deleted: its copies still number among themselves
    store.delete_session(original.owner_token)
    assert store.fork(first.owner_token).title == "a red circle (5)"


def test_an_original_whose_title_ends_in_brackets_keeps_them(open_store):
    store = open_store()
    original = store.create_session(title="Year (1999)")
    first = store.fork(original.owner_token)
    assert first.title == "Year (1999) (2)"
    assert store.fork(first.owner_token).title == "Year (1999) (3)"
    assert copy_title("Year (1999)", ["Year (1999)"], is_copy=False) == "Year (1999) (2)"
