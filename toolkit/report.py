"""Run the analysis notebooks on an archive and export them as HTML reports.

This is what ``python -m toolkit report`` does: execute every notebook
``NN_*.ipynb`` of a folder with papermill, injecting the paths of the archive
and its side tables, then export each executed notebook to HTML with
nbconvert and write an ``index.html`` that links them. A notebook that fails
does not stop the others: its partial run is exported too, marked as failed
in the index, and the failures are raised together at the end.

Before any notebook runs, the archive is loaded once: a path that holds no
chat message (a KB CSV given as the archive) stops the report with the
counts and the quarantine reasons. Other notebook parameters come from
``parameters`` (the command line's ``-p NAME VALUE``), each passed to the
notebooks that declare it.
"""

from __future__ import annotations

import ast
import contextlib
import html
import logging
import os
import re
import shutil
import sys
import tempfile
import warnings
import zoneinfo
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .exceptions import ArchiveError, EmptyArchiveError, NotebookError

__all__ = [
    "ARCHIVE_PATTERNS",
    "INPUT_PARAMETERS",
    "NOTEBOOK_PATTERN",
    "NotebookError",
    "declared_parameters",
    "find_notebooks",
    "output_path",
    "parse_parameter_value",
    "run_report",
]

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
    "OUT": "evidence",  # notebook 07's evidence packs (a folder)
}


#: Environment variable that redirects what notebooks write (see :func:`output_path`).
OUTPUT_DIR_ENV = "TOOLKIT_OUTPUT_DIR"


def output_path(path: str | os.PathLike[str]) -> Path:
    """Where a notebook writes a file or folder for people to open.

    A notebook's output parameters (``REVIEW_OUT``, ``EXPORT``, ``OUT``)
    default to the checkout's ``reports/``; :func:`run_report` passes paths
    inside its ``out`` instead. When ``$TOOLKIT_OUTPUT_DIR`` is set (the test
    suite sets it to a temporary folder, so ``make test`` never overwrites
    the demo's workbooks), a relative path is redirected there, keeping its
    last name; an absolute path is kept.

    Examples
    --------
    >>> import os
    >>> saved = os.environ.pop("TOOLKIT_OUTPUT_DIR", None)
    >>> output_path("../reports/kb_review.xlsx").as_posix()
    '../reports/kb_review.xlsx'
    >>> folder = os.path.abspath("test_outputs")
    >>> os.environ["TOOLKIT_OUTPUT_DIR"] = folder
    >>> output_path("../reports/kb_review.xlsx") == Path(folder, "kb_review.xlsx")
    True
    >>> kept = Path(folder).parent / "x.xlsx"  # an absolute path is kept
    >>> output_path(kept) == kept
    True
    >>> if saved is None:
    ...     del os.environ["TOOLKIT_OUTPUT_DIR"]
    ... else:
    ...     os.environ["TOOLKIT_OUTPUT_DIR"] = saved
    """
    p = Path(path)
    folder = os.environ.get(OUTPUT_DIR_ENV)
    if folder and not p.is_absolute():
        return Path(folder) / p.name
    return p


#: Parameters set by :func:`run_report`'s own arguments (the command line's options), never by ``parameters``.
INPUT_PARAMETERS: dict[str, str] = {
    "ARCHIVE": "--archive",
    "KB": "--kb",
    "SCOPE": "--scope",
    "ROOMS": "--rooms",
    "STAFF": "--staff",
    "TZ": "--tz",
}
#: Parameters naming files or folders a notebook writes: a relative value in ``parameters`` is taken inside ``out``.
_OUTPUT_PATH_PARAMETERS = frozenset({*OUTPUT_PARAMETERS, "EXPORT_DIR"})
#: Quarantine reasons named in the message of an archive that loads no message.
_TOP_REASONS = 3


def parse_parameter_value(text: str) -> Any:
    """A ``-p NAME VALUE`` value, read as papermill's command line reads it.

    ``True``, ``False`` and ``None`` become those constants, then anything
    ``int()`` accepts an int and anything ``float()`` accepts a float;
    every other text stays a string.

    Parameters
    ----------
    text : str
        The value as typed.

    Returns
    -------
    bool, None, int, float or str

    Examples
    --------
    >>> [parse_parameter_value(v) for v in ["True", "None", "12", "0.75", "2026-08-25", "none"]]
    [True, None, 12, 0.75, '2026-08-25', 'none']
    """
    if not isinstance(text, str):
        raise TypeError(f"a parameter value must be a str; got {type(text).__name__}")
    constants: dict[str, Any] = {"True": True, "False": False, "None": None}
    if text in constants:
        return constants[text]
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    return text


_ASSIGNED = re.compile(r"^([A-Za-z_]\w*)\s*(?::[^=]*)?=(?!=)")


def declared_parameters(notebook: str | os.PathLike[str]) -> list[str]:
    """The names a notebook's cell tagged ``parameters`` assigns, in order.

    Read with Python's own parser, so a multi-line value, an annotation or
    an ``=`` inside a comment does not hide a name (papermill's line parser
    skips such lines). A cell that is not valid Python falls back to the
    ``NAME = ...`` lines.

    Parameters
    ----------
    notebook : path
        An ``.ipynb`` file.

    Returns
    -------
    list of str
        Empty when the notebook has no cell tagged ``parameters``.

    Examples
    --------
    >>> import tempfile, pathlib, nbformat
    >>> from nbformat.v4 import new_code_cell, new_notebook
    >>> src = 'A = 1  # x = y\\nB: int = 2\\nC = {\\n    "k": 3,\\n}\\nA = 4'
    >>> nb = new_notebook(cells=[new_code_cell(src, metadata={"tags": ["parameters"]})])
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "n.ipynb"
    >>> nbformat.write(nb, path)
    >>> declared_parameters(path)
    ['A', 'B', 'C']
    """
    import nbformat  # noqa: PLC0415  (lazy: notebook tooling only when a report runs)

    nb = nbformat.read(Path(notebook), as_version=4)
    names: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "code" or "parameters" not in cell.get("metadata", {}).get("tags", []):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            found = [m.group(1) for line in cell.source.splitlines() if (m := _ASSIGNED.match(line))]
        else:
            found = []
            for node in tree.body:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
                    node, ast.AnnAssign) else []
                for target in targets:
                    elts = target.elts if isinstance(target, ast.Tuple) else [target]
                    found += [t.id for t in elts if isinstance(t, ast.Name)]
        for name in found:
            if name not in names:
                names.append(name)
    return names


def _check_parameters(parameters: Mapping[str, Any], declared: Mapping[Path, list[str]]) -> None:
    """Every name of ``parameters`` is settable and declared by at least one notebook, else ValueError."""
    known = sorted({n for names in declared.values() for n in names} - set(INPUT_PARAMETERS))
    for name in parameters:
        if not isinstance(name, str):
            raise TypeError(f"parameter names must be str; got {type(name).__name__}")
        if name in INPUT_PARAMETERS:
            raise ValueError(f"parameter {name} is set by {INPUT_PARAMETERS[name]}, not by -p {name}")
        if name not in known:
            raise ValueError(
                f"unknown parameter {name!r}: no notebook declares it in its parameters cell; "
                f"valid names: {', '.join(known) or '(none besides the inputs set by their own options)'}"
            )


def _resolve_parameter(name: str, value: Any, out_dir: Path) -> Any:
    """A path-like ``-p`` value as the notebooks (run in their own folder) must see it.

    An output path (:data:`_OUTPUT_PATH_PARAMETERS`) that is relative goes inside ``out_dir``; another
    relative path that exists from the current directory is made absolute; every other value is kept.
    """
    if not isinstance(value, str) or not value:
        return value
    path = Path(value).expanduser()
    if path.is_absolute():
        return str(path)
    if name in _OUTPUT_PATH_PARAMETERS:
        return str(out_dir / path)
    looks_like_path = os.sep in value or "/" in value or "." in value
    return str(path.resolve()) if looks_like_path and path.exists() else value


def _load_checked(path: Path, tz: str) -> dict[str, int]:
    """Load the archive at ``path`` and return its counts (``Archive.report``).

    Raises EmptyArchiveError naming the path, the records read and the top quarantine reasons when no chat
    message loads (a KB CSV or a side table given as the archive). Only the counts are kept: the notebooks
    load the archive again in their own kernels.
    """
    from .archive import load_archive  # noqa: PLC0415  (lazy: the CLI parses its arguments before loading pandas)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quarantine and repairs are notebook 01's subject
        archive = load_archive(path, tz=tz, progress=False)
    report = archive.report
    if report["messages"] == 0:
        reasons = archive.quarantine["reason"].astype(str).value_counts()
        reasons = reasons.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
        top = ", ".join(f"{reason} {n:,}" for reason, n in reasons.head(_TOP_REASONS).items())
        why = f" (top reasons: {top})" if top else ""
        raise EmptyArchiveError(
            f"{path} is not a WeCom archive, or holds no chat messages: {report['records_read']:,} records read, "
            f"0 messages loaded, {report['quarantined']:,} quarantined{why}. "
            "Point --archive at the decrypted archive records (JSON Lines, one message per line, or a folder of "
            "them), not at a KB or a side table. No notebook was run."
        )
    return dict(report)


class _PapermillNoise(logging.Filter):
    """Drops papermill's warnings about parameters cells its line parser cannot read.

    Papermill logs "Unable to parse line N" for a line of a parameters cell
    with more than one ``=`` (an ``=`` in a comment), then "Passed unknown
    parameter: NAME" for the name it missed. :func:`declared_parameters`
    reads those cells with Python's parser instead, and papermill injects
    the values in a cell of its own either way. "Passed unknown parameter"
    stays only for a name that is not ``expected`` (set before each
    notebook: the names it declares, and the inputs every notebook gets).
    """

    def __init__(self) -> None:
        super().__init__()
        self.expected: frozenset[str] = frozenset()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if message.startswith("Unable to parse line"):
            return False
        if message.startswith("Passed unknown parameter: "):
            return message.split(": ", 1)[1] not in self.expected
        return True


#: Loggers papermill writes those warnings with (a logger's filters see only its own records).
_PAPERMILL_LOGGERS = ("papermill", "papermill.translators")


@contextlib.contextmanager
def _quiet_kernels() -> Iterator[tuple[dict[str, Any], _PapermillNoise]]:
    """Engine options for papermill that keep kernel and parser noise off the console, and the log filter.

    Kernels talk over IPC (Unix sockets in a short temporary folder, removed
    afterwards) instead of TCP, so ipykernel does not warn that "Kernel is
    running over TCP without encryption" for each notebook; on Windows,
    which has no IPC transport, TCP stays. The kernels log only critical
    messages. Papermill's warnings about parameters cells are filtered (see
    :class:`_PapermillNoise`).
    """
    from traitlets.config import Config  # noqa: PLC0415  (lazy: notebook tooling only when a report runs)

    noise = _PapermillNoise()
    for name in _PAPERMILL_LOGGERS:
        logging.getLogger(name).addFilter(noise)
    folder = None
    try:
        # ipykernel logs "KeyboardInterrupt caught in kernel" to the console when a kernel is stopped while it
        # shuts down; cell errors stay in the notebooks and in the failure list, so its log stays quiet.
        options: dict[str, Any] = {"extra_arguments": ["--IPKernelApp.log_level=CRITICAL"]}
        if os.name == "posix":
            folder = tempfile.mkdtemp(prefix="tk-kernels-")  # short: Unix socket paths are limited to ~100 bytes
            options["config"] = Config({"KernelManager": {"transport": "ipc", "ip": os.path.join(folder, "k")}})
        yield options, noise
    finally:
        for name in _PAPERMILL_LOGGERS:
            logging.getLogger(name).removeFilter(noise)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


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
    from nbconvert import HTMLExporter  # noqa: PLC0415  (lazy: notebook tooling only when a report runs)

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
    parameters: Mapping[str, Any] | None = None,
    progress: bool = True,
) -> list[Path]:
    """Execute the report notebooks on an archive and export them to HTML.

    Every notebook ``NN_*.ipynb`` of ``notebooks`` runs in name order with
    papermill (kernel ``python3``, working directory the notebooks folder).
    The parameters ``ARCHIVE``, ``KB``, ``SCOPE``, ``ROOMS``, ``STAFF`` (absolute
    paths as ``str``, or None when not given) and ``TZ`` are injected after
    each notebook's cell tagged ``parameters``. Output-file parameters a notebook declares
    (:data:`OUTPUT_PARAMETERS`: its review workbooks) are pointed into ``out``. Each of ``parameters`` goes
    to every notebook that declares it (:func:`declared_parameters`). The executed notebook is kept
    as ``OUT/<name>.ipynb`` and exported to ``OUT/<name>.html``;
    ``OUT/index.html`` links the HTML files and lists the parameters.

    First the archive is loaded once (without side tables): when no chat
    message loads from it, :class:`~toolkit.exceptions.EmptyArchiveError`
    names the path, the records read and the top quarantine reasons, and
    nothing runs or is written. Kernels talk over IPC where the platform has
    it (no "running over TCP without encryption" warning per notebook).

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
    parameters : mapping of str to value, optional
        More notebook parameters (the command line's ``-p NAME VALUE``, see
        :func:`parse_parameter_value`), each passed to the notebooks that
        declare it. A relative path value is made absolute when it exists
        from the current folder (the notebooks run in their own folder); a
        relative output path (``REVIEW_OUT``, ``EXPORT``, ``OUT``,
        ``EXPORT_DIR``) is taken inside ``out``.
    progress : bool
        Show the archive's counts and a progress bar over notebooks on stderr.

    Returns
    -------
    list of pathlib.Path
        The HTML reports, in notebook order (``index.html`` not included).

    Raises
    ------
    ArchiveError
        The archive or another given path does not exist.
    EmptyArchiveError
        The archive folder holds no archive file, or no chat message loads
        from the archive (it is something else: a KB, a side table).
    ValueError
        ``tz`` is not a time zone, there are no notebooks to run, or a name
        of ``parameters`` is declared by no notebook (the message lists the
        valid names) or is one of :data:`INPUT_PARAMETERS` (set by its own
        argument).
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
    if parameters is None:
        parameters = {}
    if not isinstance(parameters, Mapping):
        raise TypeError(f"parameters must be a mapping of name to value; got {type(parameters).__name__}")
    declared = {book: declared_parameters(book) for book in books}
    _check_parameters(parameters, declared)
    counts = _load_checked(archive_path, tz)  # before anything is written: not an archive, no report
    out_dir = Path(out).expanduser().resolve()
    out_dir.mkdir(parents=True, exist_ok=True)

    inputs: dict[str, Any] = {
        "ARCHIVE": str(archive_path),
        **{name.upper(): (None if p is None else str(p)) for name, p in side.items()},
        "TZ": tz,
    }
    extra = {name: _resolve_parameter(name, value, out_dir) for name, value in parameters.items()}

    import nbformat  # noqa: PLC0415  (lazy: notebook tooling only when a report runs)
    import papermill  # noqa: PLC0415  (lazy: notebook tooling only when a report runs)
    from nbclient.exceptions import CellTimeoutError, DeadKernelError  # noqa: PLC0415  (lazy: notebook tooling only when a report runs)
    from papermill.exceptions import PapermillExecutionError  # noqa: PLC0415  (lazy: notebook tooling only when a report runs)
    from tqdm.auto import tqdm  # noqa: PLC0415  (lazy: notebook tooling only when a report runs)

    reports: list[Path] = []
    entries: list[tuple[str | None, str, str | None]] = []
    failures: list[NotebookError] = []
    if progress:
        tqdm.write(f"archive: {counts['messages']:,} messages from {counts['records_read']:,} records "
                   f"({counts['quarantined']:,} quarantined) in {archive_path}", file=sys.stderr)
    bar = tqdm(books, desc="notebooks", unit="notebook", file=sys.stderr, disable=not progress)
    try:
        with _quiet_kernels() as (engine_options, noise):
            for book in bar:
                bar.set_postfix_str(book.name, refresh=True)
                executed = out_dir / book.name
                html_path = executed.with_suffix(".html")
                if executed.exists():  # a stale copy from an earlier run must not pass for this one
                    executed.unlink()
                log.info("running %s", book.name)
                failed: tuple[str | None, str, str, int | None] | None = None  # cell, ename, evalue, cell_index
                names = declared[book]
                noise.expected = frozenset(names) | frozenset(inputs)  # inputs go to every notebook
                outputs = {name: str(out_dir / file) for name, file in OUTPUT_PARAMETERS.items() if name in names}
                own = {name: value for name, value in extra.items() if name in names}
                try:
                    papermill.execute_notebook(
                        str(book),
                        str(executed),
                        parameters={**inputs, **outputs, **own},
                        kernel_name=KERNEL_NAME,
                        cwd=str(book.parent),
                        progress_bar=False,
                        log_output=False,
                        **engine_options,
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
    index = _write_index(out_dir, entries, {**inputs, **{f"-p {k}": v for k, v in extra.items()}})
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

