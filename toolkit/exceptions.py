"""Every exception and warning class of the toolkit."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

__all__ = [
    "ToolkitError",
    "SchemaError",
    "ArchiveError",
    "StoreBusyError",
    "RecordError",
    "EmptyArchiveError",
    "QuarantineWarning",
    "EncryptedRecordWarning",
    "ConsentTimeWarning",
    "FontWarning",
    "SkippedFileWarning",
    "NotebookError",
    "OpsDataWarning",
    "QARuleWarning",
    "CalibrationWarning",
]


class ToolkitError(Exception):
    """Base class of all toolkit errors."""


class SchemaError(ToolkitError, ValueError):
    """A frame lacks a required column or has the wrong dtype."""


class ArchiveError(ToolkitError, OSError):
    """An archive path is missing or unreadable."""


class StoreBusyError(ArchiveError):
    """Another ingest into the same store is running; raised by :func:`toolkit.store.ingest`.

    The store is left unchanged. Wait for the other ingest, or pass
    ``timeout=`` seconds (``None``: as long as it takes) to ``ingest``.
    """


class RecordError(ToolkitError, ValueError):
    """A bad record, raised with ``errors="raise"``.

    Attributes ``source``, ``line`` and ``reason`` say where and why.
    """

    def __init__(self, message: str, *, source: str, line: int, reason: str) -> None:
        super().__init__(message)
        self.source = source
        self.line = line
        self.reason = reason


class EmptyArchiveError(ToolkitError, ValueError):
    """An archive source holds no readable records at all."""


class QuarantineWarning(UserWarning):
    """Some records were quarantined while loading."""


class EncryptedRecordWarning(QuarantineWarning):
    """Some records are still encrypted and were quarantined."""


class ConsentTimeWarning(UserWarning):
    """A ``disagree`` record's time could not be read; it was loaded with an assumed time.

    A refusal of archiving is never dropped for a bad field: the loader
    keeps the record and dates it by its ``msgtime``, or, when that is bad
    too, from the start of the archive. The warning names the records
    (msgid, file and line) and what was assumed; ``Archive.repairs`` counts
    them as ``disagree_time_from_msgtime`` and ``disagree_time_assumed_start``.
    """


class SkippedFileWarning(UserWarning):
    """Files in an archive folder that hold no archive records were not read."""


class FontWarning(UserWarning):
    """No CJK font could be registered for matplotlib."""


class CalibrationWarning(UserWarning):
    """The archive holds too few weak labels: the shipped calibration is kept."""


class NotebookError(ToolkitError, RuntimeError):
    """A report notebook failed while running.

    Attributes ``notebook`` (file name), ``cell_index``, ``ename``, ``evalue``
    and ``output`` (the partially executed copy) say where and why.

    When several notebooks ran, ``failures`` holds one ``NotebookError`` per
    failed notebook, in notebook order, and the attributes above are those of
    the first; ``reports`` lists every HTML file written (failed notebooks'
    partial runs too) and ``index`` is the ``index.html`` linking them. A
    single error has ``failures == (self,)``.
    """

    def __init__(
        self,
        message: str,
        *,
        notebook: str,
        cell_index: int | None,
        ename: str,
        evalue: str,
        output: Path,
        failures: Sequence[NotebookError] = (),
        reports: Sequence[Path] = (),
        index: Path | None = None,
    ) -> None:
        super().__init__(message)
        self.notebook = notebook
        self.cell_index = cell_index
        self.ename = ename
        self.evalue = evalue
        self.output = output
        self.failures: tuple[NotebookError, ...] = tuple(failures) if failures else (self,)
        self.reports: list[Path] = list(reports)
        self.index = index


class OpsDataWarning(UserWarning):
    """The input lacks something an analysis needs; the result is partial.

    Raised (as a warning) for an archive without consent records, a staff
    directory without a ``successor`` column, a scope listing userids nobody
    knows, and the like. The message says what is missing and what the
    result still holds.
    """


class QARuleWarning(OpsDataWarning):
    """A QA rule could not be used (bad regex, unknown kind ...) and was skipped."""
