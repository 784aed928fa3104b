"""``import toolkit.ops`` leaves the plot code alone until a plot function is used."""

from __future__ import annotations

import subprocess
import sys

import pytest

import toolkit.ops
import toolkit.ops.compliance
import toolkit.ops.plots

_PLOT_NAMES = sorted(n for n in toolkit.ops.__all__ if n.startswith("plot_"))


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    return done.stdout.strip()


def test_import_does_not_load_plot_modules():
    # matplotlib itself is still loaded today, through toolkit.questions (igraph imports it).
    code = "import sys, toolkit.ops\nprint(sorted(m for m in ('toolkit.ops.plots', 'toolkit.plots') if m in sys.modules))"
    assert _run(code) == "[]"


def test_first_plot_access_loads_the_plot_module():
    code = ("import sys, toolkit.ops\n"
            "from toolkit.ops import plot_refusal_rates\n"
            "print('toolkit.ops.plots' in sys.modules, plot_refusal_rates.__module__)")
    assert _run(code) == "True toolkit.ops.plots"


def test_every_plot_name_is_served_lazily():
    assert len(_PLOT_NAMES) == 7
    for name in _PLOT_NAMES:
        assert getattr(toolkit.ops, name) is getattr(toolkit.ops.plots, name)
        assert name in dir(toolkit.ops)
    for name in ("plot_qa_hits", "plot_retention"):
        assert getattr(toolkit.ops.compliance, name) is getattr(toolkit.ops.plots, name)
        assert name in dir(toolkit.ops.compliance)


def test_unknown_attribute_still_raises():
    with pytest.raises(AttributeError, match="no attribute 'plot_nothing'"):
        toolkit.ops.plot_nothing  # noqa: B018
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        toolkit.ops.compliance.nothing  # noqa: B018
