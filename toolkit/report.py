"""Run the analysis notebooks on an archive and export them as HTML reports.

This is what ``python -m toolkit report`` does: execute every notebook
``NN_*.ipynb`` of a folder with papermill, injecting the paths of the archive
and its side tables, then export each executed notebook to HTML with
nbconvert and write an ``index.html`` that links them. A notebook that fails
does not stop the others: its partial run is exported too, marked as failed
in the index, and the failures are raised together at the end.
"""

from __future__ import annotations

import html
import logging
import os
import re
import sys
import zoneinfo
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .exceptions import ArchiveError, EmptyArchiveError, NotebookError

__all__ = ["ARCHIVE_PATTERNS", "NOTEBOOK_PATTERN", "NotebookError", "find_notebooks", "run_report"]

log = logging.getLogger(__name__)

#: Archive files looked for (recursively) when ``archive`` is a folder.
ARCHIVE_PATTERNS = ("*.json", "*.jsonl", "*.ndjson", "*.json.gz", "*.jsonl.gz", "*.ndjson.gz")
#: Notebooks run by :func:`run_report`, in name order.
NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
#: Kernel the notebooks run in.
KERNEL_NAME = "python3"

_DEFAULT_NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


#: Files a notebook writes for people to open (review workbooks with customer text): when a notebook declares
#: one of these parameters, the report points it into ``out`` instead of the notebook's own default
#: (the checkout's ``reports/``), so one report never overwrites another's or the demo's.
OUTPUT_PARAMETERS: dict[str, str] = {
    "REVIEW_OUT": "frequent_questions_review.xlsx",
    "EXPORT": "kb_review.xlsx",
}


def _existing(path: str | os.PathLike[str], name: str) -> Path:
    p = Path(path).expanduser()
    if not p.exists():
        raise ArchiveError(f"{name} not found: {path}")
    return p.resolve()


def _check_archive(path: str | os.PathLike[str]) -> Path:
    p = _existing(path, "archive")
    if p.is_dir() and not any(f.is_file() for pattern in ARCHIVE_PATTERNS for f in p.rglob(pattern)):
        raise EmptyArchiveError(f"archive folder holds no archive files ({', '.join(ARCHIVE_PATTERNS)}): {path}")
    return p


def find_notebooks(folder: str | os.PathLike[str] | None = None) -> list[Path]:
    """The report notebooks of ``folder``, in name order.

    Parameters
    ----------
    folder : path, optional
        Folder holding ``NN_*.ipynb`` notebooks; the repository's
        ``notebooks/`` by default (or ``./notebooks`` if there is none).

    Returns
    -------
    list of pathlib.Path
        Absolute paths, sorted by name.

    Raises
    ------
    ArchiveError
        ``folder`` does not exist.
    ValueError
        ``folder`` holds no notebook matching ``NN_*.ipynb``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ["02_b.ipynb", "01_a.ipynb", "scratch.ipynb"]:
    ...     _ = (d / name).write_text("{}")
    >>> [p.name for p in find_notebooks(d)]
    ['01_a.ipynb', '02_b.ipynb']
    """
    if folder is None:
        folder = _DEFAULT_NOTEBOOKS if _DEFAULT_NOTEBOOKS.is_dir() else Path.cwd() / "notebooks"
    root = _existing(folder, "notebooks folder")
    found = sorted(p for p in root.glob(NOTEBOOK_PATTERN) if p.is_file())
    if not found:
        raise ValueError(f"no notebooks matching {NOTEBOOK_PATTERN} in {root}")
    return found


def _title(nb: Any, default: str) -> str:
    """The first markdown heading of a notebook, else ``default``."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if line.startswith("#"):
                return line.lstrip("#").strip() or default
    return default


def _export_html(nb: Any, path: Path) -> None:
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nb)
    path.write_text(body, encoding="utf-8")


_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_ERROR_MARKER_TAGS = frozenset({"papermill-error-cell-tag", "injected-parameters"})


def _plain(text: str) -> str:
    r"""``text`` on one line, without ANSI escape codes or control characters.

    Examples
    --------
    >>> _plain("boom \x1b[31mred\x1b[0m\n  next line")
    'boom red next line'
    """
    return " ".join(_ANSI.sub("", text).split())


def _failed_cell_tags(nb: Any) -> list[str]:
    """Tags of the cell papermill marked as failed (its own marker tags left out)."""
    for cell in nb.cells:
        if cell.get("metadata", {}).get("papermill", {}).get("exception") is True:
            return [t for t in cell.metadata.get("tags", []) if t not in _ERROR_MARKER_TAGS]
    return []


def _failure_message(notebook: str, cell: str | None, ename: str, evalue: str) -> str:
    where = f" in {cell}" if cell else ""
    error = f"{ename}: {evalue}" if evalue else ename
    return f"notebook {notebook} failed{where}: {error}"


def _notebook_error(
    notebook: str, cell: str | None, ename: str, evalue: str, cell_index: int | None, output: Path
) -> NotebookError:
    """One notebook's failure, with ``ename`` and ``evalue`` as plain text."""
    ename, evalue = _plain(ename), _plain(evalue)
    return NotebookError(
        _failure_message(notebook, cell, ename, evalue),
        notebook=notebook,
        cell_index=cell_index,
        ename=ename,
        evalue=evalue,
        output=output,
    )


def _write_index(
    out: Path,
    entries: Sequence[tuple[str | None, str, str | None]],
    parameters: dict[str, Any],
) -> Path:
    """Write ``out/index.html``; ``entries`` are (href or None, title, failure message or None)."""

    def item(href: str | None, title: str, failure: str | None) -> str:
        text = html.escape(title)
        link = f'<a href="{html.escape(href, quote=True)}">{text}</a>' if href else text
        if failure is None:
            return f"    <li>{link}</li>"
        return f'    <li class="failed">{link} <strong>失败 FAILED</strong></li>'

    items = "\n".join(item(*e) for e in entries)
    failures = [f for _, _, f in entries if f is not None]
    failed_section = ""
    if failures:
        lines = "\n".join(f"    <li>{html.escape(f)}</li>" for f in failures)
        failed_section = f"""
  <h2>失败 Failures ({len(failures)})</h2>
  <ul class="failures">
{lines}
  </ul>"""
    params = "\n".join(
        f"    <tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in parameters.items()
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>报告 Reports</title>
  <style>body {{ font-family: sans-serif; margin: 2em; }} th {{ text-align: left; padding-right: 1em; }}
  .failed {{ color: #b00020; }}</style>
</head>
<body>
  <h1>报告 Reports</h1>
  <ol>
{items}
  </ol>{failed_section}
  <h2>参数 Parameters</h2>
  <table>
{params}
  </table>
</body>
</html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index


def run_report(
    archive: str | os.PathLike[str],
    *,
    out: str | os.PathLike[str],
    kb: str | os.PathLike[str] | None = None,
    scope: str | os.PathLike[str] | None = None,
    rooms: str | os.PathLike[str] | None = None,
    staff: str | os.PathLike[str] | None = None,
    tz: str = "Asia/Shanghai",
    notebooks: str | os.PathLike[str] | None = None,
    progress: bool = True,
) -> list[Path]:
    """Execute the report notebooks on an archive and export them to HTML.

    Every notebook ``NN_*.ipynb`` of ``notebooks`` runs in name order with
    papermill (kernel ``python3``, working directory the notebooks folder).
    The parameters ``ARCHIVE``, ``KB``, ``SCOPE``, ``ROOMS``, ``STAFF`` (absolute
    paths as ``str``, or None when not given) and ``TZ`` are injected after
    each notebook's cell tagged ``parameters``. Output-file parameters a notebook declares
    (:data:`OUTPUT_PARAMETERS`: its review workbooks) are pointed into ``out``. The executed notebook is kept
    as ``OUT/<name>.ipynb`` and exported to ``OUT/<name>.html``;
    ``OUT/index.html`` links the HTML files.

    A notebook that fails does not stop the others. Every notebook runs; a
    failed one is exported with its partial outputs (when papermill left the
    executed copy), marked as failed in ``index.html``, and listed there
    under "Failures" (notebook, failing cell's number and tags, error type
    and message, as plain text without ANSI escape codes). Once everything
    is written, :class:`~toolkit.exceptions.NotebookError` is raised.

    Parameters
    ----------
    archive : path
        An archive file, or a folder searched recursively for
        :data:`ARCHIVE_PATTERNS`.
    out : path
        Output folder, created if needed; existing reports are overwritten.
    kb, scope, rooms, staff : path, optional
        The knowledge base (CSV), archive scope (CSV), group chats (JSON) and
        staff directory (CSV).
    tz : str
        Time zone the notebooks load timestamps in.
    notebooks : path, optional
        Folder of the notebooks; the repository's ``notebooks/`` by default.
    progress : bool
        Show a progress bar over notebooks on stderr.

    Returns
    -------
    list of pathlib.Path
        The HTML reports, in notebook order (``index.html`` not included).

    Raises
    ------
    ArchiveError
        The archive or another given path does not exist.
    EmptyArchiveError
        The archive folder holds no archive file.
    ValueError
        ``tz`` is not a time zone, or there are no notebooks to run.
    NotebookError
        At least one notebook failed (a cell raised, the kernel died or a
        cell timed out); raised after all notebooks ran and ``index.html``
        was written. ``failures`` holds one ``NotebookError`` per failed
        notebook, in order (``notebook``, ``cell_index``, ``ename``,
        ``evalue`` as plain text, ``output``); the error's own attributes are
        those of the first failure. ``reports`` lists every HTML file
        written, failed notebooks' included, and ``index`` the index page.

    Examples
    --------
    >>> run_report("/no/such/archive", out="reports")
    Traceback (most recent call last):
    ...
    toolkit.exceptions.ArchiveError: archive not found: /no/such/archive
    """
    archive_path = _check_archive(archive)
    given = {"kb": kb, "scope": scope, "rooms": rooms, "staff": staff}
    side = {name: (None if p is None else _existing(p, name)) for name, p in given.items()}
    if not isinstance(tz, str):
        raise TypeError(f"tz must be a str such as 'Asia/Shanghai'; got {type(tz).__name__}")
    try:
        zoneinfo.ZoneInfo(tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"tz must be a time zone name such as 'Asia/Shanghai'; got {tz!r}") from exc
    books = find_notebooks(notebooks)
    out_dir = Path(out).expanduser().resolve()
    out_dir.mkdir(parents=True, exist_ok=True)

    parameters: dict[str, Any] = {
        "ARCHIVE": str(archive_path),
        **{name.upper(): (None if p is None else str(p)) for name, p in side.items()},
        "TZ": tz,
    }

    import nbformat
    import papermill
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError
    from tqdm.auto import tqdm

    reports: list[Path] = []
    entries: list[tuple[str | None, str, str | None]] = []
    failures: list[NotebookError] = []
    bar = tqdm(books, desc="notebooks", unit="notebook", file=sys.stderr, disable=not progress)
    try:
        for book in bar:
            bar.set_postfix_str(book.name, refresh=True)
            executed = out_dir / book.name
            html_path = executed.with_suffix(".html")
            if executed.exists():  # a stale copy from an earlier run must not pass for this one
                executed.unlink()
            log.info("running %s", book.name)
            failed: tuple[str | None, str, str, int | None] | None = None  # cell, ename, evalue, cell_index
            try:
                declared = papermill.inspect_notebook(str(book))
                outputs = {name: str(out_dir / file) for name, file in OUTPUT_PARAMETERS.items() if name in declared}
                papermill.execute_notebook(
                    str(book),
                    str(executed),
                    parameters={**parameters, **outputs},
                    kernel_name=KERNEL_NAME,
                    cwd=str(book.parent),
                    progress_bar=False,
                    log_output=False,
                )
            except PapermillExecutionError as exc:
                where = f"cell In [{exc.exec_count}]" if exc.exec_count else f"cell #{exc.cell_index}"
                failed = (where, str(exc.ename), str(exc.evalue), exc.cell_index)
            except (DeadKernelError, CellTimeoutError) as exc:
                failed = (None, type(exc).__name__, str(exc), None)

            nb = nbformat.read(executed, as_version=4) if executed.exists() else None
            error: NotebookError | None = None
            if failed is not None:
                cell, ename, evalue, cell_index = failed
                tags = _failed_cell_tags(nb) if nb is not None else []
                if cell is not None and tags:
                    cell = f"{cell} (tags: {', '.join(tags)})"
                error = _notebook_error(book.name, cell, ename, evalue, cell_index, executed)
            href: str | None = None
            if nb is not None:
                _export_html(nb, html_path)
                reports.append(html_path)
                href = html_path.name
            elif html_path.exists():
                html_path.unlink()  # an earlier run's report; this run left nothing to show
            title = _title(nb if nb is not None else nbformat.read(book, as_version=4), book.stem)
            if error is not None:
                log.warning("notebook %s failed: %s", book.name, error.ename)  # no error text: it may quote data
                failures.append(error)
            entries.append((href, title, None if error is None else str(error.args[0])))
    finally:
        bar.close()
    index = _write_index(out_dir, entries, parameters)
    if failures:
        first = failures[0]
        if len(failures) == 1:
            message = f"{first.args[0]} (partial run kept in {first.output})"
        else:
            listed = "; ".join(str(f.args[0]) for f in failures)
            message = f"{len(failures)} of {len(books)} notebooks failed: {listed} (partial runs kept in {out_dir})"
        raise NotebookError(
            message,
            notebook=first.notebook,
            cell_index=first.cell_index,
            ename=first.ename,
            evalue=first.evalue,
            output=first.output,
            failures=failures,
            reports=reports,
            index=index,
        )
    return reports

