"""The house rules, read from the source: which package may import which."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# package -> packages it must never import
FORBIDDEN = {
    "ui": ("sessions", "core.rewriter", "core.consistency", "core.bundled"),
    "core": ("ui",),
    "sessions": ("core", "ui", "torch", "diffusers", "transformers"),
    "core/language": ("core.rewriter", "core.engine", "core.turn"),
    "core/world": ("core.rewriter", "core.engine", "core.turn", "core.consistency"),
}
# single modules with the same rule
FORBIDDEN_FOR_FILE = {"core/describe.py": ("core.rewriter",), "core/painter.py": ("core.engine", "core.turn")}


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_module_imports_a_forbidden_layer(package):
    bad = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[package]):
                bad.append(f"{path.relative_to(ROOT)} imports {name}")
    assert bad == []


@pytest.mark.parametrize("path", sorted(FORBIDDEN_FOR_FILE))
def test_lower_modules_do_not_import_higher_ones(path):
    bad = [n for n in imports(ROOT / path) if any(n == f or n.startswith(f + ".") for f in FORBIDDEN_FOR_FILE[path])]
    assert bad == []


def test_the_engine_stays_a_surface():
    """The turn's steps live in core/turn.py and the consistency work in core/consistency/."""
    assert len((ROOT / "core" / "engine.py").read_text(encoding="utf-8").splitlines()) < 300


def test_only_the_painter_touches_its_pipeline():
    """Issue 15 item 2: the painter owns its geometry, tokenizers and VAE; everything else asks it
    (``painter.latent_channels``, ``painter.phrase_ids``, ``painter.latent_preview()``...)."""
    bad = []
    for package in ("core", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.relative_to(ROOT).as_posix() == "core/painter.py":
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Attribute) and node.attr == "pipe":
                    owner = node.value
                    name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
                    if name == "painter":
                        bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []
