"""Tests of the report command: argument errors and a run on a tiny notebook."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from toolkit import __version__
from toolkit.__main__ import main
from toolkit.exceptions import ArchiveError, EmptyArchiveError
from toolkit.report import NotebookError, declared_parameters, find_notebooks, parse_parameter_value, run_report

PARAMETERS = 'ARCHIVE = "../sample_data/archive"\nKB = None\nSCOPE = None\nROOMS = None\nSTAFF = None\nTZ = "Asia/Shanghai"'


def _write_notebook(path: Path, *cells: str, title: str = "# 测试报告 Test report") -> Path:
    nb = new_notebook(
        cells=[
            new_markdown_cell(title),
            new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}),
            *(new_code_cell(c) for c in cells),
        ]
    )
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    d = tmp_path / "archive"
    (d / "2026").mkdir(parents=True)
    record = {"msgid": "m1", "action": "send", "from": "wmCust1", "tolist": ["zs"], "roomid": "",
              "msgtime": 1772409600000, "msgtype": "text", "text": {"content": "你好"}}
    (d / "2026" / "2026-03-02.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return d


@pytest.fixture
def notebooks(tmp_path: Path) -> Path:
    d = tmp_path / "notebooks"
    d.mkdir()
    _write_notebook(
        d / "01_params.ipynb",
        "import json, os\n"
        "print('ARCHIVE=' + ARCHIVE)\n"
        "print(json.dumps({'KB': KB, 'SCOPE': SCOPE, 'ROOMS': ROOMS, 'STAFF': STAFF, 'TZ': TZ, "
        "'CWD': os.getcwd()}))",
    )
    (d / "notes.ipynb").write_text("not a report notebook")  # not NN_*: never run
    return d


def _outputs(nb_path: Path) -> str:
    nb = nbformat.read(nb_path, as_version=4)
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))


# ---------------------------------------------------------------- argument errors


def test_missing_archive_exits_2_with_message(tmp_path, capsys):
    missing = tmp_path / "nope"
    assert main(["report", "--archive", str(missing), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"error: archive not found: {missing}"
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("option", ["--kb", "--scope", "--rooms", "--staff"])
def test_missing_side_file_exits_2_naming_it(option, archive, tmp_path, capsys):
    missing = tmp_path / "missing.csv"
    argv = ["report", "--archive", str(archive), option, str(missing), "--out", str(tmp_path / "out")]
    assert main(argv) == 2
    assert capsys.readouterr().err.strip() == f"error: {option[2:]} not found: {missing}"


def test_empty_archive_folder_exits_2(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "README.txt").write_text("no archive here")
    assert main(["report", "--archive", str(empty), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: archive folder holds no archive files")
    assert str(empty) in err
    assert "Traceback" not in err


def test_missing_notebooks_folder_exits_2(archive, tmp_path, capsys):
    argv = ["report", "--archive", str(archive), "--notebooks", str(tmp_path / "nb"), "--out", str(tmp_path / "o")]
    assert main(argv) == 2
    assert "notebooks folder not found" in capsys.readouterr().err


def test_folder_without_report_notebooks_exits_2(archive, tmp_path, capsys):
    (tmp_path / "nb").mkdir()
    argv = ["report", "--archive", str(archive), "--notebooks", str(tmp_path / "nb"), "--out", str(tmp_path / "o")]
    assert main(argv) == 2
    assert "no notebooks matching" in capsys.readouterr().err


def test_bad_time_zone_exits_2(archive, notebooks, tmp_path, capsys):
    argv = ["report", "--archive", str(archive), "--tz", "Mars/Olympus", "--out", str(tmp_path / "o")]
    assert main(argv) == 2
    assert "tz must be a time zone name" in capsys.readouterr().err


def test_missing_required_option_is_a_usage_error(capsys):
    assert main(["report", "--out", "x"]) == 2
    assert "--archive" in capsys.readouterr().err


def test_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip().endswith(__version__)


def test_run_report_raises_typed_errors(archive, tmp_path):
    with pytest.raises(ArchiveError, match="archive not found"):
        run_report(tmp_path / "nope", out=tmp_path / "o")
    (tmp_path / "e").mkdir()
    with pytest.raises(EmptyArchiveError):
        run_report(tmp_path / "e", out=tmp_path / "o")


def test_find_notebooks_sorted_and_filtered(notebooks):
    _write_notebook(notebooks / "00_first.ipynb")
    assert [p.name for p in find_notebooks(notebooks)] == ["00_first.ipynb", "01_params.ipynb"]


# ---------------------------------------------------------------- running notebooks


def test_report_runs_notebook_injects_parameters_and_writes_html(archive, notebooks, tmp_path, capsys):
    out = tmp_path / "reports"
    kb = tmp_path / "kb.csv"
    kb.write_text("question,answer\n", encoding="utf-8")
    argv = ["report", "--archive", str(archive), "--kb", str(kb), "--tz", "UTC"]
    argv += ["--notebooks", str(notebooks), "--out", str(out)]
    assert main(argv) == 0

    html = out / "01_params.html"
    assert html.is_file()
    assert (out / "01_params.ipynb").is_file()
    assert not (out / "notes.html").exists()

    text = _outputs(out / "01_params.ipynb")
    assert f"ARCHIVE={archive.resolve()}" in text
    values = json.loads(text.splitlines()[1])
    assert values == {
        "KB": str(kb.resolve()),
        "SCOPE": None,
        "ROOMS": None,
        "STAFF": None,
        "TZ": "UTC",
        "CWD": str(notebooks.resolve()),
    }
    assert f"ARCHIVE={archive.resolve()}" in html.read_text(encoding="utf-8")

    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="01_params.html"' in index
    assert "测试报告 Test report" in index

    captured = capsys.readouterr()
    assert str(html) in captured.out
    assert str(out / "index.html") in captured.out
    assert "notebooks" in captured.err  # the progress bar went to stderr


def test_failing_notebook_exits_2_naming_notebook_and_error(archive, notebooks, tmp_path, capsys):
    _write_notebook(notebooks / "02_broken.ipynb", "x = 1", "raise KeyError('no such column')", "print('never')")
    out = tmp_path / "reports"
    argv = ["report", "--archive", str(archive), "--notebooks", str(notebooks), "--out", str(out), "--no-progress"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "error: notebook 02_broken.ipynb failed" in err
    assert "KeyError" in err and "no such column" in err
    assert "Traceback" not in err
    # the earlier report and the partial run are kept
    assert (out / "01_params.html").is_file()
    assert (out / "02_broken.ipynb").is_file()
    assert (out / "02_broken.html").is_file()
    assert "never" not in _outputs(out / "02_broken.ipynb")


def test_run_report_returns_html_paths_and_raises_notebook_error(archive, notebooks, tmp_path):
    out = tmp_path / "o"
    assert run_report(archive / "2026" / "2026-03-02.jsonl", out=out, notebooks=notebooks, progress=False) == [
        out.resolve() / "01_params.html"
    ]
    _write_notebook(notebooks / "03_fail.ipynb", "1 / 0")
    with pytest.raises(NotebookError, match="03_fail.ipynb failed .*ZeroDivisionError") as info:
        run_report(archive, out=out, notebooks=notebooks, progress=False)
    assert info.value.notebook == "03_fail.ipynb"
    assert info.value.ename == "ZeroDivisionError"
    assert info.value.output == out.resolve() / "03_fail.ipynb"


ANSI_BOOM = 'raise ValueError("boom \\x1b[31mred\\x1b[0m")'


def _three_notebooks(folder: Path, *, fail_last: bool = False) -> Path:
    """01 prints, 02 raises a ValueError with ANSI codes in a cell tagged ``boom``, 03 prints (or raises)."""
    folder.mkdir()
    _write_notebook(folder / "01_first.ipynb", "print('first ran')", title="# 第一 First")
    broken = _write_notebook(
        folder / "02_boom.ipynb", "print('before')", ANSI_BOOM, "print('never')", title="# 第二 Boom"
    )
    nb = nbformat.read(broken, as_version=4)
    nb.cells[3].metadata["tags"] = ["boom"]
    nbformat.write(nb, broken)
    last = "1 / 0" if fail_last else "print('third ran')"
    _write_notebook(folder / "03_third.ipynb", last, title="# 第三 Third")
    return folder


def _index_items(index: str) -> dict[str, str]:
    """The ``<li>`` of each report in ``index.html``, keyed by href."""
    items = re.findall(r"<li[^>]*>.*?</li>", index.split("</ol>")[0])
    return {re.search(r'href="([^"]+)"', li).group(1): li for li in items}  # type: ignore[union-attr]


def test_failing_notebook_does_not_stop_the_others_and_is_marked_in_index(archive, tmp_path, capsys):
    notebooks = _three_notebooks(tmp_path / "nb")
    out = tmp_path / "reports"
    argv = ["report", "--archive", str(archive), "--notebooks", str(notebooks), "--out", str(out), "--no-progress"]
    assert main(argv) == 2

    for name in ["01_first", "02_boom", "03_third"]:
        assert (out / f"{name}.ipynb").is_file()
        assert (out / f"{name}.html").is_file()
        assert "\x1b" not in (out / f"{name}.html").read_text(encoding="utf-8")
    assert "third ran" in _outputs(out / "03_third.ipynb")  # ran after the failure
    partial = _outputs(out / "02_boom.ipynb")
    assert "before" in partial and "never" not in partial
    assert "before" in (out / "02_boom.html").read_text(encoding="utf-8")

    index = (out / "index.html").read_text(encoding="utf-8")
    assert "\x1b" not in index
    items = _index_items(index)
    assert list(items) == ["01_first.html", "02_boom.html", "03_third.html"]
    assert 'class="failed"' in items["02_boom.html"] and "FAILED" in items["02_boom.html"]
    assert "第二 Boom" in items["02_boom.html"]
    assert "FAILED" not in items["01_first.html"] and "FAILED" not in items["03_third.html"]
    assert re.search(
        r"<li>notebook 02_boom\.ipynb failed in cell In \[\d+\] \(tags: boom\): ValueError: boom red</li>", index
    )

    captured = capsys.readouterr()
    assert "\x1b" not in captured.err and "\x1b" not in captured.out
    assert "error: 1 notebook(s) failed:" in captured.err
    line = r"^error: notebook 02_boom\.ipynb failed in cell In \[\d+\] \(tags: boom\): ValueError: boom red$"
    assert re.search(line, captured.err, re.MULTILINE)
    assert "Traceback" not in captured.err
    assert f"{out.resolve() / '02_boom.html'}  (failed)" in captured.out
    assert f"{out.resolve() / '03_third.html'}\n" in captured.out
    assert f"index: {out.resolve() / 'index.html'}" in captured.out


def test_run_report_raises_after_all_notebooks_with_every_failure(archive, tmp_path):
    notebooks = _three_notebooks(tmp_path / "nb", fail_last=True)
    out = tmp_path / "o"
    expected = r"^2 of 3 notebooks failed: .*02_boom.* 03_third\.ipynb .*ZeroDivision"
    with pytest.raises(NotebookError, match=expected) as info:
        run_report(archive, out=out, notebooks=notebooks, progress=False)
    err = info.value
    assert [f.notebook for f in err.failures] == ["02_boom.ipynb", "03_third.ipynb"]
    assert [f.ename for f in err.failures] == ["ValueError", "ZeroDivisionError"]
    assert err.failures[0].evalue == "boom red"  # plain text, ANSI codes stripped
    assert "\x1b" not in str(err)
    assert (err.notebook, err.ename, err.output) == ("02_boom.ipynb", "ValueError", out.resolve() / "02_boom.ipynb")
    assert err.reports == [out.resolve() / f"{n}.html" for n in ["01_first", "02_boom", "03_third"]]
    assert err.index == out.resolve() / "index.html"
    items = _index_items(err.index.read_text(encoding="utf-8"))
    assert ["FAILED" in li for li in items.values()] == [False, True, True]


def test_single_notebook_error_is_its_own_only_failure():
    err = NotebookError("x", notebook="a.ipynb", cell_index=None, ename="E", evalue="", output=Path("a.ipynb"))
    assert err.failures == (err,)
    assert (err.reports, err.index) == ([], None)


def test_synth_is_forwarded(monkeypatch):
    import sys
    import types

    calls = []
    fake = types.ModuleType("toolkit.synth.__main__")
    fake.main = lambda argv=None: calls.append(argv) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "toolkit.synth.__main__", fake)
    assert main(["synth", "--out", "x", "--seed", "0"]) == 0
    assert calls == [["--out", "x", "--seed", "0"]]


def test_synth_usage_error_returns_its_status(monkeypatch):
    import sys
    import types

    def fake_main(argv=None):
        raise SystemExit(2)

    fake = types.ModuleType("toolkit.synth.__main__")
    fake.main = fake_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "toolkit.synth.__main__", fake)
    assert main(["synth"]) == 2


def test_review_workbooks_go_under_out(archive: Path, tmp_path: Path) -> None:
    """A notebook's output-file parameters (REVIEW_OUT, EXPORT) point into --out, not the checkout's reports/."""
    d = tmp_path / "nbs"
    d.mkdir()
    nb = new_notebook(cells=[
        new_code_cell(PARAMETERS + '\nREVIEW_OUT = "../reports/frequent_questions_review.xlsx"',
                      metadata={"tags": ["parameters"]}),
        new_code_cell("from pathlib import Path\nPath(REVIEW_OUT).write_text('x')\nprint(REVIEW_OUT)"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, d / "01_out.ipynb")
    out = tmp_path / "out"
    run_report(archive, out=out, notebooks=d, progress=False)
    assert (out / "frequent_questions_review.xlsx").read_text() == "x"
    assert not (tmp_path / "reports").exists()


# ---------------------------------------------------------------- -p NAME VALUE


def _params_notebook(folder: Path, extra: str) -> Path:
    """A notebook whose parameters cell adds ``extra`` lines and whose second cell prints them as JSON."""
    folder.mkdir(exist_ok=True)
    names = [line.split("=")[0].split(":")[0].strip() for line in extra.splitlines() if "=" in line]
    nb = new_notebook(cells=[
        new_code_cell(PARAMETERS + "\n" + extra, metadata={"tags": ["parameters"]}),
        new_code_cell("import json\nprint(json.dumps({" + ", ".join(f"{n!r}: {n}" for n in names) + "}))"),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "01_p.ipynb")
    return folder


def test_p_values_reach_the_notebook_typed_as_papermill_does(archive, tmp_path, capfd, caplog):
    # an "=" in a comment made papermill log "Unable to parse line" and miss the name; a multi-line value too
    extra = ('LINKAGE = "average"  # "average": topics; x = y\nRATIO = 0.5\nFLAG = False\nNAME = "x"\n'
             'LIMITS = {\n    "a": 1,\n}\nLABELS: str = "a"')
    notebooks = _params_notebook(tmp_path / "nb", extra)
    out = tmp_path / "out"
    argv = ["report", "--archive", str(archive), "--notebooks", str(notebooks), "--out", str(out), "--no-progress",
            "-p", "LINKAGE", "complete", "-p", "RATIO", "3", "-p", "FLAG", "True", "-p", "NAME", "None",
            "-p", "LIMITS", "0.25", "-p", "LABELS", "2026-07-02", "-p", "RATIO", "7"]
    assert main(argv) == 0
    values = json.loads(_outputs(out / "01_p.ipynb").strip())
    assert values == {"LINKAGE": "complete", "RATIO": 7, "FLAG": True, "NAME": None, "LIMITS": 0.25,
                      "LABELS": "2026-07-02"}
    logged = [r.getMessage() for r in caplog.records]  # what a configured logging setup would print
    assert not [m for m in logged if "Unable to parse" in m or "Passed unknown parameter" in m]
    console = capfd.readouterr()
    for text in (console.out, console.err):
        assert "Unable to parse" not in text
        assert "without encryption" not in text  # kernels talk over IPC
        assert "Passed unknown parameter" not in text


def test_p_paths_are_resolved_for_notebooks_running_in_their_own_folder(archive, tmp_path, monkeypatch):
    extra = 'TRUTH = None\nEXPORT_DIR = None\nREVIEW_OUT = "../reports/review.xlsx"\nWORD = "none"'
    notebooks = _params_notebook(tmp_path / "nb", extra)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "labels.csv").write_text("msgid,intent\n", encoding="utf-8")
    (tmp_path / "none").mkdir()  # a word that happens to name a folder stays a word
    out = tmp_path / "out"
    run_report(archive, out="out", notebooks=notebooks, progress=False,
               parameters={"TRUTH": "labels.csv", "EXPORT_DIR": "handover", "REVIEW_OUT": "mine.xlsx", "WORD": "none"})
    values = json.loads(_outputs(out / "01_p.ipynb").strip())
    assert values == {"TRUTH": str(tmp_path / "labels.csv"), "EXPORT_DIR": str(out / "handover"),
                      "REVIEW_OUT": str(out / "mine.xlsx"), "WORD": "none"}


def test_run_report_rejects_unknown_and_input_parameters_before_running(archive, notebooks, tmp_path):
    with pytest.raises(ValueError, match=r"unknown parameter 'NOPE': .*valid names: \(none besides"):
        run_report(archive, out=tmp_path / "o", notebooks=notebooks, parameters={"NOPE": 1})
    with pytest.raises(ValueError, match="parameter TZ is set by --tz"):
        run_report(archive, out=tmp_path / "o", notebooks=notebooks, parameters={"TZ": "UTC"})
    with pytest.raises(TypeError, match="parameters must be a mapping"):
        run_report(archive, out=tmp_path / "o", notebooks=notebooks, parameters=[("A", 1)])  # type: ignore[arg-type]
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("value", ["True", "False", "None", "12", "-3", "0.5", "1e3", "nan", "2026-08-25", "none",
                                   "true", "", "12h", "09:00-18:00 Mon-Fri"])
def test_parameter_values_are_read_as_papermill_reads_them(value):
    from papermill.cli import _resolve_type

    parsed = parse_parameter_value(value)
    expected = _resolve_type(value)
    assert type(parsed) is type(expected)
    assert parsed == expected or (parsed != parsed and expected != expected)  # nan


def test_shipped_notebooks_declare_what_papermill_reads():
    """Every parameters cell parses cleanly with papermill (no "Unable to parse line"), and agrees with ast."""
    import papermill

    for book in find_notebooks():
        assert declared_parameters(book) == list(papermill.inspect_notebook(str(book))), book.name
        assert "ARCHIVE" in declared_parameters(book), book.name
