"""Find archive files and read their bytes: folder walk, gzip, size limit, encoding, layout.

This module turns a path into a stream of UTF-8 record bytes. It never
raises for one bad file: a file that cannot be read, decompressed or decoded
becomes a :class:`FileProblem` that the loader files as one quarantine row
(line 0), so one file never stops a folder. What it finds but does not read
(dangling links, symlink loops, FIFOs, ...) is reported as skipped, with why.

Streaming: JSON Lines files are read in chunks of :data:`CHUNK` bytes and
split into lines as they arrive, so a file is never held whole in memory. A
JSON array or a pretty-printed ``GetChatData`` object must be parsed whole,
and is (within the size limit).
"""

from __future__ import annotations

import codecs
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

import orjson

from ..exceptions import ArchiveError, EmptyArchiveError
from .quarantine import Reason

__all__ = [
    "ARCHIVE_SUFFIXES",
    "CHUNK",
    "MAX_FILE_BYTES",
    "FileProblem",
    "Opened",
    "detect_encoding",
    "is_archive_file",
    "open_archive_file",
    "walk",
]

#: File names the loader picks up when it walks a folder.
ARCHIVE_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz", ".ndjson.gz")
#: Bytes read (or decompressed) at a time.
CHUNK = 1 << 22
#: Default limit on one file's (decompressed) size: 4 GiB.
MAX_FILE_BYTES = 4 << 30

_GZIP_MAGIC = b"\x1f\x8b"
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Legacy Chinese encodings tried when a file is not UTF-8 (GB18030 covers GBK and GB2312).
_LEGACY = ("gb18030", "big5")
_HEAD = 1 << 16
_HIGH_BYTES = bytes(range(0x80, 0x100))


class FileProblem(Exception):
    """A whole file could not be read: filed as one quarantine row (line 0)."""

    def __init__(self, reason: Reason, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def is_archive_file(path: Path) -> bool:
    """True for names the loader reads when walking a folder (``*.jsonl``, ``*.json.gz``, ...; not hidden)."""
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(ARCHIVE_SUFFIXES)


# --------------------------------------------------------------------------- walking


def _walk_folder(root: Path, files: list[Path], skipped: dict[str, str]) -> None:
    """Collect archive files under ``root``, following folder links once each; note what is skipped."""
    seen: set[str] = set()

    def visit(folder: Path) -> None:
        real = os.path.realpath(folder)
        if real in seen:
            skipped[folder.as_posix()] = "symlink loop (folder already visited)"
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            skipped[folder.as_posix()] = f"folder cannot be read: {exc.strerror or exc}"
            return
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=True):
                    visit(path)
                    continue
            except OSError as exc:  # ELOOP and friends
                if is_archive_file(path) or entry.is_symlink():
                    skipped[path.as_posix()] = f"cannot be followed: {exc.strerror or exc}"
                continue
            if not is_archive_file(path):
                continue
            if entry.is_symlink() and not os.path.exists(path):
                skipped[path.as_posix()] = "dangling symlink"
                continue
            try:
                mode = os.stat(path).st_mode
            except OSError as exc:
                skipped[path.as_posix()] = f"cannot be examined: {exc.strerror or exc}"
                continue
            if not stat.S_ISREG(mode):
                skipped[path.as_posix()] = "not a regular file"
                continue
            files.append(path)

    visit(root)


def walk(source: Any) -> tuple[list[tuple[Path, bool]], dict[str, str]]:
    """The files to read, each with whether it was found by walking a folder, and what was skipped.

    Raises :class:`~toolkit.exceptions.ArchiveError` for a path that does not
    exist and :class:`~toolkit.exceptions.EmptyArchiveError` for a folder
    without archive files; everything else is decided per file.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "b.jsonl").write_text("{}"); _ = (d / "a.json.gz").write_bytes(b"")
    >>> (d / "gone.jsonl").symlink_to(d / "missing.jsonl")
    >>> files, skipped = walk(d)
    >>> [p.name for p, _ in files], [pathlib.Path(k).name for k in skipped]
    (['a.json.gz', 'b.jsonl'], ['gone.jsonl'])
    """
    if isinstance(source, (str, os.PathLike)):
        items: list[Any] = [source]
    elif isinstance(source, Iterable):
        items = list(source)
    else:
        raise TypeError(f"source must be a path or a list of paths; got {type(source).__name__}")
    if not items:
        raise ValueError("source is an empty list; give at least one file or folder")
    files: list[tuple[Path, bool]] = []
    skipped: dict[str, str] = {}
    for item in items:
        if not isinstance(item, (str, os.PathLike)):
            raise TypeError(f"source entries must be paths; got {type(item).__name__}")
        path = Path(item)
        if not path.exists():
            raise ArchiveError(f"archive path not found: {path}")
        if path.is_dir():
            found: list[Path] = []
            _walk_folder(path, found, skipped)
            if not found and not skipped:
                raise EmptyArchiveError(f"no archive files in folder {path} (looked for {', '.join(ARCHIVE_SUFFIXES)})")
            found.sort(key=lambda p: p.relative_to(path).as_posix())
            files.extend((f, True) for f in found)
        else:
            files.append((path, False))
    return files, skipped


# --------------------------------------------------------------------------- bytes


def _file_chunks(path: Path) -> Iterator[bytes]:
    try:
        with open(path, "rb") as f:
            while chunk := f.read(CHUNK):
                yield chunk
    except OSError as exc:
        raise FileProblem(Reason.UNREADABLE, f"reading the file failed: {exc.strerror or exc}") from None


@dataclass
class _Gunzip:
    """Streams the members of a gzip file; notes a cut-short stream instead of raising."""

    path: Path
    limit: int | None
    truncated: bool = False
    size: int = 0

    def __iter__(self) -> Iterator[bytes]:
        d = zlib.decompressobj(wbits=31)
        fresh = True  # no byte of the current member decompressed yet
        for chunk in _file_chunks(self.path):
            data = chunk
            while data:
                try:
                    out = d.decompress(data, CHUNK)
                except zlib.error as exc:
                    raise FileProblem(Reason.BAD_GZIP, f"the gzip data is corrupt ({exc})") from None
                fresh = False
                if out:
                    self.size += len(out)
                    if self.limit is not None and self.size > self.limit:
                        raise FileProblem(Reason.TOO_LARGE, _too_large(self.limit, decompressed=True))
                    yield out
                if d.eof:
                    data = d.unused_data
                    if data.strip(b"\x00") and not data.startswith(_GZIP_MAGIC):
                        raise FileProblem(Reason.BAD_GZIP, "bytes that are not gzip follow the compressed data")
                    if not data.strip(b"\x00"):
                        data = b""
                    d, fresh = zlib.decompressobj(wbits=31), True
                else:
                    data = d.unconsumed_tail
        tail = d.flush()
        if tail:
            self.size += len(tail)
            yield tail
        if not fresh and not d.eof:
            self.truncated = True


def _too_large(limit: int, *, decompressed: bool) -> str:
    what = "expands to" if decompressed else "is"
    return (
        f"the file {what} more than max_file_bytes={limit:,} bytes; it was not read. "
        "Raise the limit (load_archive(..., max_file_bytes=...)) if the file is genuine"
    )


# --------------------------------------------------------------------------- encoding


def _errors(data: bytes, encoding: str, final: bool) -> int:
    """How many undecodable sequences ``data`` holds in ``encoding`` (a cut character at its end is allowed)."""
    dec = codecs.getincrementaldecoder(encoding)(errors="replace")
    return dec.decode(data, final=final).count("\ufffd")


def detect_encoding(head: bytes, *, final: bool = True) -> tuple[str, int]:
    """The encoding of a file from its first bytes, and the length of its byte-order mark.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 by their BOM, UTF-16
    without BOM by its zero bytes, GB18030 (which covers GBK and GB2312) and
    Big5. A UTF-8 file with a few stray invalid bytes stays UTF-8 (those are
    replaced and counted line by line), and so does a file whose lines are
    each UTF-8 or GB18030 (the loader decodes such lines one by one).
    ``"unknown"`` when most lines are in neither.
    ``final`` says ``head`` is the whole file (else a character cut at its
    end is not an error).

    Examples
    --------
    >>> detect_encoding("发票怎么开".encode("gb18030"))
    ('gb18030', 0)
    >>> detect_encoding("\\ufeff发票".encode("utf-8"))
    ('utf-8', 3)
    >>> detect_encoding("发票".encode("utf-16"))[0]
    'utf-16-le'
    >>> detect_encoding(b'{"a": "x"}')
    ('utf-8', 0)
    """
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, len(bom)
    if not head:
        return "utf-8", 0
    sample = head[:_HEAD]
    if sample.isascii() and (len(sample) < 4 or sample.count(0) * 4 < len(sample)):
        return "utf-8", 0  # plain ASCII (JSON with \u escapes): the common case, decided at C speed
    cut = final and len(sample) == len(head)
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):
        # ASCII-heavy UTF-16 without a BOM: zeros on one side of each pair.
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if max(odd, even) * 2 >= len(sample) // 2:
            return ("utf-16-le" if odd > even else "utf-16-be"), 0
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    tolerated = max(2, high // 100)
    if _errors(sample, "utf-8", cut) <= tolerated:
        return "utf-8", 0
    fits = [enc for enc in _LEGACY if _errors(sample, enc, cut) <= tolerated]
    if len(fits) > 1:
        # Big5 text also decodes as GB18030 (as nonsense): let a detector that scores coherence decide.
        from charset_normalizer import from_bytes  # noqa: PLC0415  (lazy: only for a file that is not UTF-8)

        best = from_bytes(sample[:_HEAD], cp_isolation=list(fits)).best()
        fits = [best.encoding] if best is not None else fits[:1]
    if fits:
        return codecs.lookup(fits[0]).name, 0
    # Neither one encoding throughout: lines in UTF-8 and lines in GB18030 (files joined by
    # different tools) are read line by line; bytes that are mostly neither are refused.
    lines = [ln for ln in sample.split(b"\n")[: -1 if not cut else None] if ln.strip()]
    readable = sum(1 for ln in lines if _errors(ln, "utf-8", True) == 0 or _errors(ln, "gb18030", True) == 0)
    if lines and readable * 2 >= len(lines):
        return "utf-8", 0
    return "unknown", 0


def _transcode(chunks: Iterable[bytes], encoding: str) -> Iterator[bytes]:
    """Chunks in ``encoding`` as UTF-8 chunks (undecodable bytes become U+FFFD, counted per line later)."""
    dec = codecs.getincrementaldecoder(encoding)(errors="replace")
    for chunk in chunks:
        text = dec.decode(chunk)
        if text:
            yield text.encode("utf-8", errors="surrogatepass")
    text = dec.decode(b"", final=True)
    if text:
        yield text.encode("utf-8", errors="surrogatepass")


# --------------------------------------------------------------------------- opening


@dataclass
class Opened:
    """One archive file, opened: its encoding and layout, and its UTF-8 bytes as a stream.

    ``layout`` is ``"lines"`` (JSON Lines: iterate :meth:`lines`), ``"array"``
    or ``"object"`` (parsed whole: ``data`` holds the bytes, ``whole`` the
    object for ``"object"``).
    """

    path: Path
    encoding: str
    layout: str
    gzip: bool
    truncated: bool = False
    data: bytes = b""
    whole: Any = None
    _chunks: Iterator[bytes] | None = field(default=None, repr=False)

    def line_blocks(self) -> Iterator[list[bytes]]:
        """The file's lines (split on ``\\n``), a list per chunk read: the loader's hot loop runs over these lists."""
        rest = b""
        assert self._chunks is not None
        for chunk in self._chunks:
            if rest:
                chunk = rest + chunk
            parts = chunk.split(b"\n")
            rest = parts.pop()
            yield parts
        if rest:
            yield [rest]

    def lines(self) -> Iterator[bytes]:
        """The file's lines, one by one (see :meth:`line_blocks`)."""
        for block in self.line_blocks():
            yield from block

    def first_records(self, k: int = 5) -> list[Any]:
        """The file's first ``k`` records parsed (a line that is no JSON ends the list): to tell archive files from others."""
        if self.layout != "lines":
            if isinstance(self.whole, list):
                return self.whole[:k]
            return [self.whole] if self.whole is not None else []
        out: list[Any] = []
        for line in self.data.split(b"\n"):
            if not line.strip():
                continue
            try:
                out.append(orjson.loads(line))
            except (orjson.JSONDecodeError, RecursionError):
                break
            if len(out) == k:
                break
        return out


def _parsed(data: bytes) -> Any:
    """The JSON value of ``data``, or None when it is no JSON (or nested too deeply to read)."""
    try:
        return orjson.loads(data)
    except (orjson.JSONDecodeError, RecursionError):
        return None


def _layout(head: bytes, rest: Iterator[bytes]) -> tuple[str, bytes, Any, Iterator[bytes] | None]:
    """The layout of a file from its first bytes; reads the whole file only when it must."""
    start = head[:256].lstrip()[:1] or head.lstrip()[:1]
    nl = head.find(b"\n")
    first = head[:nl] if nl >= 0 else None
    if start == b"[":
        whole = head + b"".join(rest)
        parsed = _parsed(whole)
        if isinstance(parsed, list):
            return "array", whole, parsed, None
        # A JSON Lines file whose first line happens to be an array: read it as lines.
        if first is not None and first.strip() not in (b"[", b"") and whole[nl:].strip():
            try:
                orjson.loads(first)
            except orjson.JSONDecodeError:
                pass
            else:
                return "lines", whole, None, iter([whole])
        return "array", whole, None, None
    if start == b"{" and first is not None and _pretty_object(first, head):
        whole = head + b"".join(rest)
        parsed = _parsed(whole)
        if isinstance(parsed, dict):
            return "object", whole, parsed, None
        return "lines", whole, None, iter([whole])
    return "lines", head, None, chain([head], rest)


def _pretty_object(first: bytes, head: bytes) -> bool:
    """True when a file starting with ``{`` may be one pretty-printed object (its first line is no JSON)."""
    rest = head[len(first): len(first) + 4096]
    if not rest.strip() and not head[len(first):].strip():
        return False
    try:
        orjson.loads(first)
    except orjson.JSONDecodeError:
        return True
    return False


def open_archive_file(path: Path, *, max_bytes: int | None = MAX_FILE_BYTES) -> Opened:
    """Open one archive file for reading, or raise :class:`FileProblem` saying why it cannot be read.

    Gzip is recognised by its magic bytes and checked whole first (checksum,
    size limit) so that a corrupt file loads nothing rather than something
    wrong; a gzip stream cut short is read up to the cut (``truncated``).
    """
    try:
        st = os.stat(path)
    except OSError as exc:
        raise FileProblem(Reason.UNREADABLE, f"cannot read the file: {exc.strerror or exc}") from None
    if not stat.S_ISREG(st.st_mode):
        raise FileProblem(Reason.UNREADABLE, "not a regular file (a FIFO, device or socket): not read")
    try:
        with open(path, "rb") as f:
            magic = f.read(2)
    except OSError as exc:
        raise FileProblem(Reason.UNREADABLE, f"cannot read the file: {exc.strerror or exc}") from None
    gz = magic == _GZIP_MAGIC
    truncated = False
    try:
        if gz:
            check = _Gunzip(path, max_bytes)
            for _ in check:
                pass
            truncated = check.truncated
            chunks: Iterator[bytes] = iter(_Gunzip(path, None))
        else:
            if max_bytes is not None and st.st_size > max_bytes:
                raise FileProblem(Reason.TOO_LARGE, _too_large(max_bytes, decompressed=False))
            chunks = _file_chunks(path)
        head = b""
        for chunk in chunks:
            head += chunk
            if len(head) >= _HEAD:
                break
    except OSError as exc:
        raise FileProblem(Reason.UNREADABLE, f"cannot read the file: {exc.strerror or exc}") from None
    encoding, bom = detect_encoding(head, final=len(head) < _HEAD)
    if encoding == "unknown":
        raise FileProblem(
            Reason.UNKNOWN_ENCODING,
            "the file is neither UTF-8, UTF-16, UTF-32, GB18030 nor Big5 (too many undecodable bytes); not read",
        )
    rest: Iterator[bytes] = chunks
    if encoding != "utf-8":
        stream = _transcode(chain([head], rest), encoding)
        head = next(stream, b"")
        rest = stream
        # The transcoder keeps a BOM as U+FEFF: drop it like a UTF-8 one.
        if head.startswith(codecs.BOM_UTF8):
            head = head[3:]
    elif bom:
        head = head[bom:]
    layout, data, whole, lines = _layout(head, rest)
    return Opened(path, encoding, layout, gz, truncated, data, whole, lines)
