"""The message catalogue: every code in both languages, asking for the same parameters."""

from __future__ import annotations

import pytest

from core import messages
from core.errors import BadInput


@pytest.mark.parametrize("code", sorted(messages.CATALOGUE["en"]))
def test_every_code_has_both_languages_with_the_same_parameters(code):
    assert set(messages.CATALOGUE) == set(messages.LANGUAGES)
    for lang in messages.LANGUAGES:
        assert code in messages.CATALOGUE[lang], f"{code} has no {lang} text"
    assert messages.fields(messages.CATALOGUE["en"][code]) == messages.fields(messages.CATALOGUE["zh"][code])


def test_no_language_has_codes_the_other_lacks():
    assert set(messages.CATALOGUE["en"]) == set(messages.CATALOGUE["zh"])


def test_an_error_carries_its_code_and_speaks_each_language():
    error = BadInput("too_long", n=2500, limit=2000)
    assert error.code == "too_long" and str(error) == "The message is 2500 characters long; the limit is 2000."
    assert error.text("zh") == "消息有 2500 个字符，上限是 2000。"
    assert error.text("fr") == str(error)  # an unknown language falls back to English


def test_words_from_another_layer_pass_through_unchanged():
    error = BadInput("session.json is not valid: turn 2's scene: subjects: field required")
    assert error.code is None and error.text("zh") == str(error)


@pytest.mark.parametrize(
    ("text", "lang"), [("make it red", "en"), ("把它改成红色", "zh"), ("把 circle 改成 blue", "zh")]
)
def test_the_language_of_a_message(text, lang):
    assert messages.language_of(text) == lang
