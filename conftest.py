"""Session set-up shared by the test suite, the doctests and the notebooks (nbval).

Notebooks write review workbooks and evidence packs for people to open; run by
``make test`` they write them into a temporary folder (``$TOOLKIT_OUTPUT_DIR``,
see :func:`toolkit.report.output_path`), never into the checkout's
``reports/`` where ``make demo`` leaves its own. The kernels nbval starts
inherit the variable.
"""

from __future__ import annotations

import os
import shutil
import tempfile

_CREATED: list[str] = []


def pytest_configure(config):
    if not os.environ.get("TOOLKIT_OUTPUT_DIR"):
        folder = tempfile.mkdtemp(prefix="toolkit_test_outputs_")
        _CREATED.append(folder)
        os.environ["TOOLKIT_OUTPUT_DIR"] = folder


def pytest_unconfigure(config):
    for folder in _CREATED:
        shutil.rmtree(folder, ignore_errors=True)
        if os.environ.get("TOOLKIT_OUTPUT_DIR") == folder:
            del os.environ["TOOLKIT_OUTPUT_DIR"]
