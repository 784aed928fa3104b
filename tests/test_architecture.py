"""The house rules of issue 21 that a test can hold: light imports, no function shadowing its module."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types
from pathlib import Path

import pytest

from toolkit.archive.schema import GLOSSARY
from toolkit.ops import unused_licences
from toolkit.testing import tiny_archive

DOMAIN = ("toolkit.archive", "toolkit.text", "toolkit.questions", "toolkit.privacy", "toolkit.store", "toolkit.kb",
          "toolkit.gating", "toolkit.ops", "toolkit.evidence", "toolkit.scale")


@pytest.mark.parametrize("package", DOMAIN)
def test_domain_packages_do_not_load_matplotlib(package):
    # Plots load matplotlib when drawn; importing a package to analyse an archive does not.
    code = f"import sys, {package}; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr


@pytest.mark.parametrize("package", DOMAIN + ("toolkit.plots",))
def test_public_names_are_importable_and_no_module_is_shadowed(package):
    pkg = importlib.import_module(package)
    for name in pkg.__all__:
        assert getattr(pkg, name) is not None, (package, name)
    # A function re-exported over its own module's name hides the module (toolkit.kb.coverage was one).
    for name, value in vars(pkg).items():
        if isinstance(value, types.FunctionType) and f"{package}.{name}" in sys.modules:
            pytest.fail(f"{package}.{name} is both a function and a module")



def test_glossary_doc_is_the_schema_glossary():
    doc = (Path(__file__).resolve().parents[1] / "docs" / "glossary.md").read_text(encoding="utf-8")
    rows = {}
    for line in doc.splitlines():
        parts = [p.strip() for p in line.strip().strip("|").split("|")]
        if len(parts) == 2 and parts[0].startswith("`") and parts[0].count("`") == 2 and "." not in parts[0]:
            rows[parts[0].strip("`")] = parts[1]
    assert rows == GLOSSARY


def test_old_names_warn_for_one_release():
    with pytest.warns(FutureWarning, match="unused_licenses"):
        unused_licences(tiny_archive())
