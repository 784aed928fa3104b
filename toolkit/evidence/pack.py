"""Evidence packs: a transcript a reviewer can read and print, its messages, and a manifest to verify it by.

A pack is a folder:

- ``transcript.html``: the chats around the chosen messages, chat-style
  (who, when in Beijing time, what), the chosen messages highlighted,
  recalled messages marked, every text HTML-escaped;
- ``messages.csv``: the same rows, safe to open in a spreadsheet (formulas
  neutralised);
- ``manifest.json``: the query, the viewer and role, when it was made, every
  message with its source file and line and a SHA-256 of its content, the
  SHA-256 of each source file and of the pack's own files.

:func:`verify_pack` checks a pack against the archive it came from and names
every difference (a changed or missing message, a changed source file, an
edited pack file).
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .._version import __version__
from .._cells import write_safe_csv
from .._validate import require_columns
from ..archive import Archive, load_archive
from ..privacy import ROLES, mask_frame, refused_messages, view_for
from ._log import log_access
from .search import CONTEXT_COLUMNS, conversation_context

__all__ = ["PACK_FILES", "UNMASKED_ROLES", "evidence_pack", "verify_pack"]

#: The files of a pack, besides ``manifest.json``.
PACK_FILES = ("transcript.html", "messages.csv")
#: Roles that see personal data unmasked in a pack (everyone else gets placeholders).
UNMASKED_ROLES = frozenset({"compliance"})
_DISPLAY_TZ = "Asia/Shanghai"


def _sha256_file(path: Path) -> str | None:
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _content_hash(msgid: Any, sender: Any, sent_at: Any, msgtype: Any, text: Any) -> str:
    """SHA-256 of one message's content as loaded (unmasked), so a later change is seen."""
    when = pd.Timestamp(sent_at).tz_convert("UTC").isoformat() if pd.notna(sent_at) else ""
    parts = [str(msgid), str(sender), when, str(msgtype), "" if pd.isna(text) else str(text)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def _msgids(messages_or_msgids: Any) -> tuple[list[str], dict[str, Any]]:
    if isinstance(messages_or_msgids, pd.DataFrame):
        require_columns(messages_or_msgids, ["msgid"], "messages_or_msgids",
                        hint="pass messages with msgids, for example the frame find_messages returns")
        ids = messages_or_msgids["msgid"].dropna().astype(str).tolist()
        query = dict(messages_or_msgids.attrs.get("query", {}))
    elif isinstance(messages_or_msgids, str):
        ids, query = [messages_or_msgids], {}
    elif isinstance(messages_or_msgids, Sequence):
        ids, query = [str(x) for x in messages_or_msgids], {}
    else:
        raise TypeError(f"messages_or_msgids must be a DataFrame of messages or a list of msgids; got {type(messages_or_msgids).__name__}")
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise ValueError("no message to put in the pack: the search found nothing (see its attrs['message'])")
    return ids, query


def evidence_pack(
    archive: Archive,
    messages_or_msgids: Any,
    out_dir: str | os.PathLike[str],
    *,
    role: str,
    viewer: str,
    context: int = 20,
    note: str = "",
    mask: bool | None = None,
    tz: str = _DISPLAY_TZ,
    access_log: Any = None,
    marks: Any = None,
) -> dict[str, Any]:
    """Write an evidence pack for some messages and the chats around them.

    Parameters
    ----------
    archive : Archive
    messages_or_msgids : DataFrame or list of str
        The messages to prove (a :func:`find_messages` result, whose query
        goes into the manifest, or msgids).
    out_dir : path
        The pack's folder (created; files in it are overwritten).
    role, viewer : str
        Who makes the pack, as what (see :data:`toolkit.privacy.ROLES`). An
        ``"employee"`` may pack only chats they take part in; others any.
    context : int, default 20
        Messages of the same chat shown before and after each one.
    note : str
        Why the pack was made (a case number, a complaint), kept in the
        manifest and shown at the top of the transcript.
    mask : bool, optional
        Mask personal data in texts; default: unless the role is in
        :data:`UNMASKED_ROLES`.
    tz : str, default "Asia/Shanghai"
        Time zone of the times shown.
    access_log : path, optional
        JSON Lines access log to append to (see :func:`log_access`).
    marks : dict or DataFrame, optional
        Labels to show beside messages in the transcript and CSV (``mark``
        column): ``{msgid: label}``, or a frame with ``msgid`` and ``rule``
        (a :func:`toolkit.ops.qa_hits` result) or ``label``; several labels
        of one message are joined.

    Returns
    -------
    dict
        The manifest (also written as ``manifest.json``).

    Raises
    ------
    PermissionError
        An employee asks for messages of chats they are not part of.
    KeyError
        A msgid is not in the archive.

    Notes
    -----
    A message of a 1:1 chat whose customer had refused archiving is not
    silently included: it is listed under ``compliance_problems`` in the
    manifest and flagged at the top of the transcript; its text is withheld
    unless the role is ``"compliance"``.

    Examples
    --------
    >>> import tempfile
    >>> from toolkit.testing import tiny_archive
    >>> from toolkit.evidence import find_messages
    >>> arch = tiny_archive()
    >>> hits = find_messages(arch, contains="发票")
    >>> out = tempfile.mkdtemp()
    >>> manifest = evidence_pack(arch, hits, out, role="supervisor", viewer="boss", context=1, note="case 17")
    >>> sorted(manifest["files"]), len(manifest["messages"]), manifest["query"]
    (['messages.csv', 'transcript.html'], 4, {'contains': ['发票'], 'match': 'any'})
    >>> verify_pack(out, arch.files["source"].tolist()).empty
    True
    """
    if not isinstance(archive, Archive):
        raise TypeError(f"archive must be a toolkit.archive.Archive; got {type(archive).__name__}")
    if role not in ROLES:
        raise ValueError(f"role must be one of {list(ROLES)}; got {role!r}")
    if not isinstance(context, int) or context < 0:
        raise ValueError(f"context must be a non-negative integer; got {context!r}")
    ids, query = _msgids(messages_or_msgids)
    known = set(archive.messages["msgid"].astype(str))
    missing = [i for i in ids if i not in known]
    if missing:
        raise KeyError(f"{len(missing)} msgid(s) are not messages of this archive: {missing[:5]}")
    refused_all = refused_messages(archive).to_numpy(dtype=bool) if len(archive.consent) else None
    refused_ids = set(archive.messages.loc[refused_all, "msgid"].astype(str)) if refused_all is not None else set()
    view = view_for(archive, viewer, role, include_refused=role == "compliance")  # type: ignore[arg-type]
    visible = set(view.messages["msgid"].astype(str))
    hidden = [i for i in ids if i not in visible and i not in refused_ids]
    if hidden:
        raise PermissionError(
            f"{viewer!r} (role {role!r}) may not pack {len(hidden)} of the {len(ids)} messages: an employee "
            f"may pack only chats they take part in (first: {hidden[:3]})"
        )
    problems = _compliance_problems(archive, [i for i in ids if i in refused_ids], role)
    shown_ids = [i for i in ids if i in visible]
    rows = _context_rows(view, shown_ids, context, set(ids))
    labels = _marks(marks)
    rows["mark"] = rows["msgid"].map(labels).astype("str") if len(rows) else pd.Series([], dtype="str")
    do_mask = role not in UNMASKED_ROLES if mask is None else bool(mask)
    if do_mask and len(rows):
        rows = mask_frame(rows, "text", thread="chat_id")  # a reply is read after the question it answers
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rows_out = rows.assign(at=rows["at"].dt.tz_convert(tz)) if len(rows) else rows
    write_safe_csv(rows_out, out / "messages.csv")
    made = pd.Timestamp.now(tz="UTC")
    (out / "transcript.html").write_text(
        _transcript(rows_out, problems, query=query, viewer=viewer, role=role, note=note, made=made, tz=tz, masked=do_mask),
        encoding="utf-8",
    )
    originals = archive.messages.set_index(archive.messages["msgid"].astype(str))
    sources = sorted(set(rows["source"].dropna().astype(str))) if len(rows) else []
    manifest: dict[str, Any] = {
        "made_at": made.isoformat(timespec="seconds"),
        "made_by": {"viewer": viewer, "role": role},
        "note": note,
        "query": query,
        "toolkit_version": __version__,
        "time_zone": tz,
        "masked": do_mask,
        "context": context,
        "messages": [
            {
                "msgid": r.msgid,
                "chat_id": str(originals.at[r.msgid, "chat_id"]),
                "sent_at": pd.Timestamp(r.at).isoformat(),
                "source": r.source,
                "line": None if pd.isna(r.line) else int(r.line),
                "is_target": bool(r.is_target),
                "content_sha256": _content_hash(
                    r.msgid, originals.at[r.msgid, "sender_id"], originals.at[r.msgid, "sent_at"],
                    originals.at[r.msgid, "msgtype"], originals.at[r.msgid, "text"],
                ),
            }
            for r in rows.itertuples(index=False)
            if r.kind == "message"
        ],
        "sources": {s: _sha256_file(Path(s)) for s in sources},
        "compliance_problems": problems,
        "files": {name: _sha256_file(out / name) for name in PACK_FILES},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    log_access("evidence_pack", viewer=viewer, role=role, query=query, n_messages=len(manifest["messages"]),
               path=access_log, out_dir=out.as_posix(), note=note, compliance_problems=len(problems))
    return manifest


def _marks(marks: Any) -> dict[str, str]:
    if marks is None:
        return {}
    if isinstance(marks, dict):
        return {str(k): str(v) for k, v in marks.items()}
    if isinstance(marks, pd.DataFrame):
        col = "label" if "label" in marks.columns else "rule" if "rule" in marks.columns else None
        if "msgid" not in marks.columns or col is None:
            raise ValueError("marks must have columns msgid and rule (a qa_hits result) or label")
        pairs = marks[["msgid", col]].dropna().astype(str)
        return pairs.groupby("msgid", sort=False)[col].agg(lambda v: ", ".join(dict.fromkeys(v))).to_dict()
    raise TypeError(f"marks must be a dict or a DataFrame; got {type(marks).__name__}")


def _compliance_problems(archive: Archive, ids: list[str], role: str) -> list[dict[str, Any]]:
    if not ids:
        return []
    m = archive.messages
    sel = m[m["msgid"].astype(str).isin(ids)]
    return [
        {
            "msgid": str(r.msgid),
            "chat_id": str(r.chat_id),
            "sent_at": pd.Timestamp(r.sent_at).isoformat(),
            "problem": "archived although the customer had refused archiving (disagree) for this 1:1 chat",
            "text_withheld": role != "compliance",
        }
        for r in sel.itertuples(index=False)
    ]


def _context_rows(view: Archive, ids: list[str], context: int, targets: set[str]) -> pd.DataFrame:
    frames = [conversation_context(view, i, before=context, after=context) for i in ids]
    if not frames:
        empty = pd.DataFrame({c: pd.Series([], dtype="object") for c in CONTEXT_COLUMNS})
        empty.insert(1, "chat_id", pd.Series([], dtype="str"))
        return empty
    rows = pd.concat(frames, ignore_index=True).drop_duplicates(["kind", "msgid"], keep="first")
    rows["is_target"] = rows["msgid"].isin(targets) & (rows["kind"] == "message")
    chat_of = view.messages.set_index(view.messages["msgid"].astype(str))["chat_id"].astype(str)
    rows.insert(1, "chat_id", rows["msgid"].map(chat_of).astype("str"))
    first_at = rows.groupby("chat_id", sort=False)["at"].transform("min")
    rows = rows.assign(_first=first_at).sort_values(["_first", "chat_id", "at"], kind="stable").drop(columns="_first")
    return rows.reset_index(drop=True)


_CSS = """
body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 900px; margin: 2em auto;
       color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; border-bottom: 1px solid #ccc; margin-top: 2em; }
table.meta td { padding: 2px 12px 2px 0; vertical-align: top; }
.msg { margin: 6px 0; padding: 6px 10px; border-radius: 6px; background: #f4f4f4; page-break-inside: avoid; }
.msg.employee { background: #eef5ff; } .msg.target { background: #fff3b0; border-left: 4px solid #e0a800; }
.msg .who { font-weight: bold; } .msg .when { color: #666; font-size: 0.9em; margin-left: 8px; }
.msg .text { white-space: pre-wrap; margin-top: 2px; } .recalled .text { text-decoration: line-through; color: #777; }
.event { color: #666; font-style: italic; margin: 4px 0 4px 12px; font-size: 0.9em; }
.flag { background: #d33; color: white; border-radius: 3px; padding: 0 5px; font-size: 0.85em; margin-left: 8px; }
.problem { background: #fde2e2; border: 1px solid #d33; padding: 8px 12px; }
@media print { body { margin: 0; max-width: none; } .msg { border: 1px solid #ddd; } }
"""


def _e(value: Any) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else html.escape(str(value), quote=True)


def _transcript(rows: pd.DataFrame, problems: list[dict[str, Any]], *, query: dict[str, Any], viewer: str, role: str,
                note: str, made: pd.Timestamp, tz: str, masked: bool) -> str:
    fmt = "%Y-%m-%d %H:%M:%S"
    n_targets = int(rows["is_target"].sum()) if len(rows) else 0
    meta = [
        ("Made", f"{made.tz_convert(tz).strftime(fmt)} ({tz}) by {viewer} (role {role})"),
        ("Note", note or "(none)"),
        ("Query", json.dumps(query, ensure_ascii=False) if query else "(messages chosen by id)"),
        ("Messages", f"{n_targets} highlighted, {int((rows['kind'] == 'message').sum()) if len(rows) else 0} shown in context"),
        ("Personal data", "masked" if masked else "shown (role may see it)"),
        ("Times", f"{tz}"),
    ]
    out = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8"><title>Evidence pack</title>',
        f"<style>{_CSS}</style></head><body>",
        "<h1>Evidence pack</h1>",
        '<table class="meta">' + "".join(f"<tr><td>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in meta) + "</table>",
    ]
    if problems:
        items = "".join(f"<li>{_e(p['msgid'])} in {_e(p['chat_id'])} at {_e(p['sent_at'])}: {_e(p['problem'])}"
                        f"{' (text withheld)' if p['text_withheld'] else ''}</li>" for p in problems)
        out.append(f'<div class="problem"><strong>Compliance problem</strong><ul>{items}</ul></div>')
    if len(rows):
        for chat, chat_rows in rows.groupby("chat_id", sort=False):
            people = ", ".join(dict.fromkeys(
                f"{n} ({i})" if n and n != "nan" else str(i)
                for n, i in zip(chat_rows["sender_name"].astype(str), chat_rows["sender_id"].astype(str), strict=True)
            ))
            out.append(f"<h2>Chat {_e(chat)}</h2><p>{_e(people)}</p>")
            for r in chat_rows.itertuples(index=False):
                when = pd.Timestamp(r.at).strftime(fmt) if pd.notna(r.at) else ""
                if r.kind != "message":
                    out.append(f'<div class="event">{_e(when)} · {_e(r.sender_name if r.sender_name not in ("nan", "") else r.sender_id)} '
                               f"{_e(r.text)}</div>")
                    continue
                cls = ["msg", "employee" if r.sender_kind == "employee" else "external"]
                if r.is_target:
                    cls.append("target")
                if r.is_recalled:
                    cls.append("recalled")
                who = r.sender_name if r.sender_name not in ("nan", "", None) else r.sender_id
                extra = ""
                if r.is_recalled:
                    at = pd.Timestamp(r.recalled_at).tz_convert(tz).strftime(fmt) if pd.notna(r.recalled_at) else "unknown time"
                    extra = f' <span class="when">recalled at {_e(at)}</span>'
                mark = " ★" if r.is_target else ""
                if isinstance(r.mark, str) and r.mark not in ("", "nan"):
                    extra += f' <span class="flag">{_e(r.mark)}</span>'
                out.append(
                    f'<div class="{" ".join(cls)}" id="{_e(r.msgid)}"><span class="who">{_e(who)}</span>'
                    f'<span class="when">{_e(when)} · {_e(r.msgid)}{mark}</span>{extra}'
                    f'<div class="text">{_e(r.text)}</div></div>'
                )
    out.append("<p><small>Sources, lines and SHA-256 checksums are in manifest.json; check them with "
               "toolkit.evidence.verify_pack.</small></p></body></html>")
    return "\n".join(out) + "\n"


def verify_pack(out_dir: str | os.PathLike[str], archive_path: Any) -> pd.DataFrame:
    """Check a pack against the archive it was made from; every difference is one row.

    Parameters
    ----------
    out_dir : path
        The pack's folder.
    archive_path : path, list of paths or Archive
        The archive now (loaded with :func:`toolkit.archive.load_archive`).

    Returns
    -------
    pandas.DataFrame
        ``kind`` (``pack_file``, ``source_file``, ``message``), ``name``
        and ``detail``; empty when the pack still matches the archive.
        ``attrs["ok"]`` is True then.
    """
    out = Path(out_dir)
    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{out} is not an evidence pack: manifest.json cannot be read ({exc})") from None
    diffs: list[tuple[str, str, str]] = []
    for name, digest in manifest.get("files", {}).items():
        now = _sha256_file(out / name)
        if now is None:
            diffs.append(("pack_file", name, "missing from the pack"))
        elif now != digest:
            diffs.append(("pack_file", name, "changed since the pack was made"))
    for source, digest in manifest.get("sources", {}).items():
        now = _sha256_file(Path(source))
        if now is None:
            diffs.append(("source_file", source, "no longer readable"))
        elif digest is not None and now != digest:
            diffs.append(("source_file", source, f"changed since the pack was made (sha256 {digest[:12]}… -> {now[:12]}…)"))
    if isinstance(archive_path, Archive):
        archive = archive_path
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            archive = load_archive(archive_path)
    m = archive.messages.drop_duplicates("msgid").set_index(archive.messages["msgid"].drop_duplicates().astype(str))
    for entry in manifest.get("messages", []):
        msgid = entry["msgid"]
        if msgid not in m.index:
            diffs.append(("message", msgid, "no longer in the archive"))
            continue
        r = m.loc[msgid]
        if _content_hash(msgid, r["sender_id"], r["sent_at"], r["msgtype"], r["text"]) != entry["content_sha256"]:
            diffs.append(("message", msgid, "sender, time, type or text differs from the pack"))
        elif entry.get("source") and str(r["source"]) != entry["source"]:
            diffs.append(("message", msgid, f"now read from {r['source']} (pack: {entry['source']})"))
    result = pd.DataFrame(diffs, columns=["kind", "name", "detail"]).astype("str")
    result.attrs["ok"] = not diffs
    return result
