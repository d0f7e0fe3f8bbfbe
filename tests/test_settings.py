import argparse
from pathlib import Path

import pytest
from pydantic import ValidationError

from core.settings import Settings, SettingsError, add_settings_arguments, settings_from, settings_table


def parse(argv, env=None):
    parser = argparse.ArgumentParser()
    add_settings_arguments(parser)
    return settings_from(parser.parse_args(argv), env or {})


def test_defaults_listen_on_localhost_only():
    s = parse([])
    assert (s.host, s.port, s.rewriter, s.kiosk, s.seed) == ("127.0.0.1", 7860, "composer", False, None)
    assert s.resolved_database_url == f"sqlite:///{(Path('data') / 'inkturn.db').resolve()}"


def test_flags_beat_env_and_env_beats_defaults():
    s = parse(["--port", "9000"], {"INKTURN_PORT": "8000", "INKTURN_STEPS": "12", "INKTURN_KIOSK": "true"})
    assert (s.port, s.steps, s.kiosk) == (9000, 12, True)


@pytest.mark.parametrize(
    "argv, env, needle",
    [
        (["--port", "0"], {}, "--port"),
        (["--steps", "many"], {}, "--steps"),
        (["--device", "tpu"], {}, "--device"),
        (["--width", "100", "--height", "100"], {}, "multiple of 16"),
        (["--width", "128"], {}, "together"),
        (["--model", "/nonexistent/folder"], {}, "--model"),
        ([], {"INKTURN_GUIDANCE": "-1"}, "--guidance"),
        (["--rewriter", "gpt"], {}, "--rewriter"),
    ],
)
def test_bad_settings_fail_with_one_line_naming_the_flag(argv, env, needle):
    with pytest.raises(SettingsError) as err:
        parse(argv, env)
    assert needle in str(err.value) and "\n" not in str(err.value)


def test_settings_are_frozen():
    s = parse([])
    with pytest.raises(ValidationError):
        s.port = 1  # type: ignore[misc]


def test_every_setting_is_documented_in_the_readme():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for flag, env, _default, description in settings_table():
        assert description, flag
        assert f"`{flag}`" in readme and f"`{env}`" in readme, f"README lacks {flag} / {env}"
    assert set(Settings.model_fields)  # the table above is not empty
