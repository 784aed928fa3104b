"""Run the analysis notebooks on an archive and export them as HTML reports.

This is what ``python -m toolkit report`` does: execute every notebook
``NN_*.ipynb`` of a folder with papermill, injecting the paths of the archive
and its side tables, then export each executed notebook to HTML with
nbconvert and write an ``index.html`` that links them.
"""

from __future__ import annotations

import html
import logging
import os
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


def _write_index(out: Path, entries: Sequence[tuple[str, str]], parameters: dict[str, Any]) -> Path:
    items = "\n".join(
        f'    <li><a href="{html.escape(href, quote=True)}">{html.escape(title)}</a></li>' for href, title in entries
    )
    params = "\n".join(
        f"    <tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in parameters.items()
    )
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>报告 Reports</title>
  <style>body {{ font-family: sans-serif; margin: 2em; }} th {{ text-align: left; padding-right: 1em; }}</style>
</head>
<body>
  <h1>报告 Reports</h1>
  <ol>
{items}
  </ol>
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
    each notebook's cell tagged ``parameters``. The executed notebook is kept
    as ``OUT/<name>.ipynb`` and exported to ``OUT/<name>.html``;
    ``OUT/index.html`` links the HTML files.

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
        A notebook raised an error. Its partial run is kept in ``out`` (as
        ``.ipynb`` and ``.html``); later notebooks are not run.

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
    from papermill.exceptions import PapermillExecutionError
    from tqdm.auto import tqdm

    reports: list[Path] = []
    entries: list[tuple[str, str]] = []
    bar = tqdm(books, desc="notebooks", unit="notebook", file=sys.stderr, disable=not progress)
    try:
        for book in bar:
            bar.set_postfix_str(book.name, refresh=True)
            executed = out_dir / book.name
            html_path = executed.with_suffix(".html")
            log.info("running %s", book.name)
            try:
                papermill.execute_notebook(
                    str(book),
                    str(executed),
                    parameters=parameters,
                    kernel_name=KERNEL_NAME,
                    cwd=str(book.parent),
                    progress_bar=False,
                    log_output=False,
                )
            except PapermillExecutionError as exc:
                if executed.exists():
                    _export_html(nbformat.read(executed, as_version=4), html_path)
                cell = f"cell In [{exc.exec_count}]" if exc.exec_count else f"cell #{exc.cell_index}"
                raise NotebookError(
                    f"notebook {book.name} failed in {cell}: {exc.ename}: {exc.evalue} "
                    f"(partial run kept in {executed})",
                    notebook=book.name,
                    cell_index=exc.cell_index,
                    ename=exc.ename,
                    evalue=exc.evalue,
                    output=executed,
                ) from None
            nb = nbformat.read(executed, as_version=4)
            _export_html(nb, html_path)
            reports.append(html_path)
            entries.append((html_path.name, _title(nb, book.stem)))
    finally:
        bar.close()
    _write_index(out_dir, entries, parameters)
    return reports
