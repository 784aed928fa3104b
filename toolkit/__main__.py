"""Command line: ``python -m toolkit <command> ...`` (also ``wecom-toolkit``).

Commands
--------
report
    Run the analysis notebooks on an archive and write HTML reports
    (see :func:`toolkit.report.run_report`).
synth
    Write a synthetic archive (forwarded to ``toolkit.synth.__main__``).

Errors the user can fix (a missing path, an empty archive folder, a path that
is not an archive, an unknown ``-p`` name) print one ``error: ...`` line on
stderr and exit with status 2, before any notebook runs. A failing notebook does
not stop ``report``: every notebook runs and is exported, then the failed
ones are listed on stderr (one ``error: notebook ... failed ...`` line each)
and the exit status is 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._version import __version__
from .exceptions import NotebookError, ToolkitError

__all__ = ["main"]

PROG = "python -m toolkit"
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Study WeCom (企业微信) session-content archives.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    rep = sub.add_parser(
        "report",
        help="run the analysis notebooks on an archive and write HTML reports",
        description="Execute every notebooks/NN_*.ipynb on the archive with papermill and export "
        "each to HTML in --out, with an index.html linking them.",
    )
    rep.add_argument("--archive", required=True, metavar="PATH", help="archive folder or file (JSON / JSONL, optionally .gz)")
    rep.add_argument("--kb", metavar="PATH", help="knowledge base CSV")
    rep.add_argument("--scope", metavar="PATH", help="archive scope CSV")
    rep.add_argument("--rooms", metavar="PATH", help="group chats JSON")
    rep.add_argument("--staff", metavar="PATH", help="staff directory CSV")
    rep.add_argument("--tz", default="Asia/Shanghai", help="time zone of the reports (default: %(default)s)")
    rep.add_argument("--notebooks", metavar="DIR", help="folder of the notebooks (default: the repository's notebooks/)")
    rep.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        dest="parameters",
        help="a notebook parameter, passed to every notebook that declares it (repeatable; as papermill's -p: "
        "True/False/None, ints and floats are read as such, anything else as text), e.g. -p CHANGE_DATE 2019-06-15",
    )
    rep.add_argument("--out", required=True, metavar="DIR", help="output folder for the reports")
    rep.add_argument("--no-progress", action="store_true", help="no progress bar")

    sub.add_parser(
        "synth",
        help="write a synthetic archive (see: %(prog)s synth --help)".replace("%(prog)s", PROG),
        add_help=False,
    )
    return parser


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _report(args: argparse.Namespace) -> int:
    from .report import parse_parameter_value, run_report  # noqa: PLC0415  (lazy: the report brings in nbconvert and papermill; `synth` and `--version` do not need them)

    parameters = {name: parse_parameter_value(value) for name, value in args.parameters}  # the last one wins
    failed: NotebookError | None = None
    try:
        reports = run_report(
            args.archive,
            out=args.out,
            kb=args.kb,
            scope=args.scope,
            rooms=args.rooms,
            staff=args.staff,
            tz=args.tz,
            notebooks=args.notebooks,
            parameters=parameters,
            progress=not args.no_progress,
        )
    except NotebookError as exc:  # every notebook ran and index.html is written: list them, then the failures
        failed, reports = exc, exc.reports
    except (ToolkitError, ValueError, TypeError) as exc:
        return _error(str(exc))
    failed_names = set() if failed is None else {f.notebook for f in failed.failures}
    if failed is not None and failed.index is not None:
        index: Path | None = failed.index
    else:
        index = reports[0].parent / "index.html" if reports else None
    print(f"{len(reports)} report(s) written:")
    for path in reports:
        mark = "  (failed)" if path.with_suffix(".ipynb").name in failed_names else ""
        print(f"  {path}{mark}")
    if index is not None:
        print(f"index: {index}")
    if failed is None:
        return 0
    print(f"error: {len(failed.failures)} notebook(s) failed:", file=sys.stderr)
    for failure in failed.failures:
        print(f"error: {failure.args[0]}", file=sys.stderr)
    return EXIT_USAGE


def _synth(argv: Sequence[str]) -> int:
    try:
        from .synth.__main__ import main as synth_main  # noqa: PLC0415  (lazy: only for the synth command)
    except ImportError as exc:
        return _error(f"the synth command is not available: {exc}")
    try:
        result = synth_main(list(argv))
    except SystemExit as exc:  # its argparse: --help or a usage error
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    return int(result or 0)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        0 on success, 2 on a usage or input error or when a report
        notebook failed (after all reports were written).

    Examples
    --------
    >>> main(["report", "--archive", "/no/such/dir", "--out", "reports"])
    2
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] == "synth":
        return _synth(args_list[1:])
    parser = _parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help, --version, or a usage error
        return int(exc.code or 0)
    if args.command == "report":
        return _report(args)
    return _error(f"unknown command {args.command!r}")  # pragma: no cover - argparse rejects it first


if __name__ == "__main__":
    sys.exit(main())
