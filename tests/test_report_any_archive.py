"""``python -m toolkit report`` on an archive it has never seen: only ``--archive``, a tiny archive.

One report run (slow: six notebooks) is shared by the tests of this module. It goes through a
subprocess so that the console output checked is everything a user sees, the kernels' own
stderr included.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from toolkit.__main__ import main
from toolkit.testing import tiny_archive

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(p.stem for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SIX = ["01_load_archive", "02_frequent_questions", "03_kb_quality", "04_suggestion_gating",
       "05_consent_and_efficiency", "06_handover_and_compliance"]


def _copy_tiny_archive(folder: Path) -> Path:
    """The daily files of :func:`toolkit.testing.tiny_archive` (18 messages, 3 customers, 8 questions)."""
    source = Path(tiny_archive().files["source"].iloc[0]).parent
    shutil.copytree(source, folder)
    return folder


@pytest.fixture(scope="module")
def tiny_report(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """The report on the tiny archive with no KB, scope, rooms, staff or customer list, and two ``-p``."""
    base = tmp_path_factory.mktemp("any_archive")
    archive = _copy_tiny_archive(base / "archive")
    out = base / "reports"
    argv = [sys.executable, "-m", "toolkit", "report", "--archive", str(archive), "--out", str(out),
            "-p", "TOP", "7", "-p", "WAIT_MINUTES", "45.5"]
    run = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=900)
    return out, run


def _html(out: Path, name: str) -> str:
    return (out / f"{name}.html").read_text(encoding="utf-8")


def _injected(out: Path, name: str) -> str:
    nb = nbformat.read(out / f"{name}.ipynb", as_version=4)
    return next(c.source for c in nb.cells if "injected-parameters" in c.metadata.get("tags", []))


def test_every_notebook_runs_with_only_an_archive(tiny_report):
    out, run = tiny_report
    assert run.returncode == 0, run.stderr[-3000:]
    assert set(SIX) <= set(NOTEBOOKS)
    for name in NOTEBOOKS:
        assert (out / f"{name}.html").is_file(), name
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "FAILED" not in index
    assert all(f'href="{name}.html"' in index for name in NOTEBOOKS)
    assert f"{len(NOTEBOOKS)} report(s) written:" in run.stdout


@pytest.mark.parametrize(
    ("notebook", "sentence"),
    [
        ("02_frequent_questions", "Too few questions repeat for a paraphrase cluster"),
        ("03_kb_quality", "No KB given (--kb): KB scoring, weak answers and drafts skipped"),
        ("04_suggestion_gating", "No KB given (--kb): confidence gating skipped"),
        ("04_suggestion_gating", "No scope given (--scope): who is archived is inferred"),
        ("05_consent_and_efficiency", "refusal rates by channel and segment skipped"),
        ("05_consent_and_efficiency", "the change date 2026-08-25 is after the last reply time measured"),
        ("05_consent_and_efficiency", "The before/after comparison is skipped; pass the date of the change"),
        ("06_handover_and_compliance", "No scope given (--scope): licence and scope checks skipped."),
        ("06_handover_and_compliance", "No staff directory given (--staff): handover skipped."),
    ],
)
def test_each_report_says_what_it_skipped(tiny_report, notebook, sentence):
    out, _ = tiny_report
    assert sentence in _html(out, notebook)


def test_parameters_from_the_command_line_reach_the_notebooks_that_declare_them(tiny_report):
    out, _ = tiny_report
    assert "TOP = 7\n" in _injected(out, "02_frequent_questions")  # an int, as papermill's -p reads it
    assert "WAIT_MINUTES = 45.5\n" in _injected(out, "06_handover_and_compliance")
    for name in ["01_load_archive", "03_kb_quality", "04_suggestion_gating", "05_consent_and_efficiency"]:
        injected = _injected(out, name)
        assert "TOP" not in injected and "WAIT_MINUTES" not in injected, name  # not declared there
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<th>-p TOP</th><td>7</td>" in index


def test_console_shows_progress_and_results_only(tiny_report):
    out, run = tiny_report
    console = run.stdout + run.stderr
    assert "without encryption" not in console
    assert "Unable to parse" not in console
    assert "Traceback" not in console
    assert "archive: 18 messages from 22 records (0 quarantined)" in run.stderr
    assert "notebooks: 100%" in run.stderr  # the progress bar
    assert f"index: {out / 'index.html'}" in run.stdout


# ---------------------------------------------------------------- inputs that are not archives, bad -p


def test_a_kb_csv_given_as_the_archive_stops_before_any_notebook(tmp_path, capsys):
    kb = tmp_path / "kb.csv"
    kb.write_text("kb_id,question,answer\nK01,发票怎么开,小程序里开\nK02,保修多久,两年\n", encoding="utf-8")
    out = tmp_path / "reports"
    assert main(["report", "--archive", str(kb), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {kb} is not a WeCom archive, or holds no chat messages: 3 records read, "
                          "0 messages loaded, 3 quarantined (top reasons: bad_json 3)")
    assert "No notebook was run" in err and "no texts to cluster" not in err
    assert not out.exists()


def test_an_unknown_parameter_is_an_error_listing_the_valid_names(tmp_path, capsys):
    archive = _copy_tiny_archive(tmp_path / "archive")
    out = tmp_path / "reports"
    assert main(["report", "--archive", str(archive), "--out", str(out), "-p", "CHANGE_DAT", "2026-07-02"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: unknown parameter 'CHANGE_DAT': no notebook declares it")
    valid = err.split("valid names: ", 1)[1].strip().split(", ")
    assert {"CHANGE_DATE", "TOP", "WAIT_MINUTES", "THRESHOLD"} <= set(valid)
    assert not {"ARCHIVE", "KB", "TZ"} & set(valid)  # set by their own options
    assert not out.exists()


def test_an_input_given_with_p_points_to_its_option(tmp_path, capsys):
    archive = _copy_tiny_archive(tmp_path / "archive")
    assert main(["report", "--archive", str(archive), "--out", str(tmp_path / "o"), "-p", "KB", "kb.csv"]) == 2
    assert capsys.readouterr().err.strip() == "error: parameter KB is set by --kb, not by -p KB"
