"""Daily dump files: T+1 layout, input forms, seq cursor and planted faults.

The writer receives records as the simulation makes them, buckets them by the
Asia/Shanghai day of their send time and writes a bucket once the simulation
has moved past that day, so memory stays bounded by a couple of days.

Planted conversations (:meth:`ArchiveWriter.plant`, the dispute stories of
``_disputes``) are spliced into a day's file *after* its ordinary lines are
made: they draw nothing from the writer's random stream, never carry a fault
and take ``seq`` numbers from the gaps the cursor already leaves, so every
other line of the archive is byte-identical with or without them (only line
numbers after them move).
"""

from __future__ import annotations

import gzip
import random
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson

from ._bodies import B64

__all__ = ["ArchiveWriter", "FAULT_KINDS", "Planted"]

_DAY_MS = 86_400_000
_CONSENT = ("agree", "disagree")

#: fault kind -> (relative weight, the loader's expected handling)
FAULT_KINDS: dict[str, tuple[int, str]] = {
    "bad_json": (14, "bad_json"),
    "not_an_object": (6, "not_an_object"),
    "missing_field": (12, "missing_field"),
    "bad_type": (12, "bad_type"),
    "bad_time": (6, "bad_time"),
    "encrypted": (10, "encrypted"),
    "duplicate": (14, "duplicate"),
    "time_in_seconds": (8, "loaded"),
    "stringified": (8, "loaded"),
    "control_chars": (10, "loaded"),
}
_KINDS = list(FAULT_KINDS)
_CUM = []
_acc = 0
for _k in _KINDS:
    _acc += FAULT_KINDS[_k][0]
    _CUM.append(_acc)
_MARK = "\ue000"
_MARK_B = _MARK.encode()


@dataclass
class FileInfo:
    name: str
    form: str
    days: list[str]
    n_lines: int = 0
    has_seq: bool = True


@dataclass
class Planted:
    """One message of a planted conversation.

    ``rec`` is a complete record with its final ``msgtime``; the writer sets
    its ``msgid`` to ``{number}_{msgtime}_external`` (``number`` goes up by
    one in the unlikely case that this id is taken already).
    """

    rec: dict
    number: int


@dataclass
class Stats:
    n_records: int = 0
    n_messages: int = 0
    n_agree: int = 0
    n_disagree: int = 0
    n_recalls: int = 0
    n_switches: int = 0
    msgtype_counts: Counter = field(default_factory=Counter)
    fault_counts: Counter = field(default_factory=Counter)


class ArchiveWriter:
    """Collects records by day and writes ``msgaudit_YYYYMMDD`` files.

    Parameters
    ----------
    folder : Path
        The ``archive/`` folder.
    start : date
        First simulated day; the file dated ``start + 1`` holds its messages.
    forms : dict
        Day index -> file form (``gz``, ``jsonl``, ``crlf``, ``bom``, ``array``,
        ``jsonl_noseq``); other days get ``default_form``.
    missing_day : int or None
        Day whose file is missing; its records go into the next day's file.
    """

    def __init__(self, folder: Path, start: date, start_ms: int, *, forms: dict[int, str], default_form: str,
                 missing_day: int | None, fault_rate: float, seed: int, faults_out: list[tuple]) -> None:
        self.folder = folder
        self.start = start
        self.start_ms = start_ms
        self.forms = forms
        self.default_form = default_form
        self.missing_day = missing_day
        self.fault_rate = fault_rate
        self.r = random.Random(seed)
        self.faults = faults_out
        self.buffers: dict[int, list[dict]] = {}
        self.held: list[dict] | None = None
        self.held_day: int | None = None
        self.seq = 1000 + self.r.randrange(0, 50_000)
        self.reservoir: list[tuple[bytes, str]] = []
        self.files: list[FileInfo] = []
        self.stats = Stats()
        self.track = False
        self.pending_ids: list[str] = []
        self.planted: dict[int, list[list[Planted]]] = defaultdict(list)

    def plant(self, conversation: list[Planted]) -> None:
        """Queue a conversation for the file of the day of its first message.

        Its messages must all fall on that day and the day must not be the
        missing one (its records travel in the next day's file).
        """
        day = (conversation[0].rec["msgtime"] - self.start_ms) // _DAY_MS
        if day == self.missing_day:
            raise ValueError(f"cannot plant on the missing day {day}")
        self.planted[day].append(conversation)

    # -- collecting
    def add(self, rec: dict) -> None:
        t = rec["msgtime"] if "msgtime" in rec else rec["time"]
        day = (t - self.start_ms) // _DAY_MS
        buf = self.buffers.get(day)
        if buf is None:
            buf = self.buffers[day] = []
        buf.append(rec)
        if self.track:
            self.pending_ids.append(rec["msgid"])

    def flush_until(self, day: int) -> None:
        """Write every bucket of a day <= ``day``."""
        for d in sorted(k for k in self.buffers if k <= day):
            self._write_day(d, self.buffers.pop(d))

    def close(self) -> None:
        self.flush_until(max(self.buffers, default=-1))
        if self.held is not None:  # the missing day was the last one: deliver it anyway
            self._write_file(self.held_day + 1, self.held, [self.held_day])
            self.held = None

    # -- writing
    def _write_day(self, day: int, recs: list[dict]) -> None:
        if day == self.missing_day:
            self.held, self.held_day = recs, day
            return
        days = [day]
        if self.held is not None:
            recs = self.held + recs
            days = [self.held_day, day]
            self.held = None
        self._write_file(day + 1, recs, days)

    def _write_file(self, file_day: int, recs: list[dict], days: list[int]) -> None:
        recs.sort(key=lambda x: x["msgtime"] if "msgtime" in x else x["time"])
        d = self.start + timedelta(days=file_day)
        form = self.forms.get(days[-1], self.default_form)
        ext = {"gz": ".jsonl.gz", "array": ".json"}.get(form, ".jsonl")
        name = f"msgaudit_{d:%Y%m%d}{ext}"
        has_seq = form not in ("array", "jsonl_noseq")
        info = FileInfo(name, form, [(self.start + timedelta(days=x)).isoformat() for x in days], has_seq=has_seq)
        r = self.r
        st = self.stats
        lines: list[bytes] = []
        keys: list[int] = []  # per line: the send time of the record it belongs to
        seqs: list[int] = []  # per line: the cursor value it used up
        seq0, fault0 = self.seq, len(self.faults)
        new_reservoir: list[tuple[bytes, str]] = []
        for rec in recs:
            self.seq += 1 if r.random() < 0.9 else r.randrange(2, 5)
            seq = self.seq if has_seq else None
            key = rec["msgtime"] if "msgtime" in rec else rec["time"]
            action = rec["action"]
            msgtype = rec.get("msgtype")
            is_msg = action == "send" and msgtype not in _CONSENT
            if r.random() < self.fault_rate:
                kind = r.choices(_KINDS, cum_weights=_CUM)[0]
                if kind == "bad_json" and form == "array":
                    kind = "missing_field"
                if kind == "duplicate" and not self.reservoir:
                    kind = "encrypted"
                if kind in ("time_in_seconds", "stringified", "control_chars") and not is_msg:
                    kind = "bad_time"
                if kind in ("missing_field", "bad_type", "bad_time") and action != "send":
                    kind = "encrypted"  # keep the expected handling unambiguous for recall / switch records
                if kind == "control_chars" and msgtype != "text":
                    kind = "stringified"
                if FAULT_KINDS[kind][1] == "loaded":
                    line, detail = self._transform(rec, kind, seq)
                    lines.append(line)
                    keys.append(key)
                    seqs.append(self.seq)
                    self.faults.append((name, len(lines), kind, "loaded", rec["msgid"], detail))
                    st.fault_counts[kind] += 1
                    self._count(rec, is_msg, msgtype, action)
                    continue
                extra, msgid, detail = self._extra(rec, kind, seq)
                lines.append(extra)
                keys.append(key)
                seqs.append(self.seq)
                self.faults.append((name, len(lines), kind, FAULT_KINDS[kind][1], msgid, detail))
                st.fault_counts[kind] += 1
                self.seq += 1
                seq = self.seq if has_seq else None
            line = _dumps(rec, seq)
            lines.append(line)
            keys.append(key)
            seqs.append(self.seq)
            self._count(rec, is_msg, msgtype, action)
            if is_msg and (len(new_reservoir) < 200 or r.random() < 0.02):
                if len(new_reservoir) >= 200:
                    new_reservoir[r.randrange(200)] = (line, rec["msgid"])
                else:
                    new_reservoir.append((line, rec["msgid"]))
        self.reservoir = new_reservoir or self.reservoir
        convs = [c for x in days for c in self.planted.pop(x, [])]
        if convs:
            lines = self._splice(lines, keys, seqs, seq0, has_seq, convs, recs, fault0)
        info.n_lines = len(lines)
        st.n_records += len(lines)
        self._save(name, form, lines)
        if form == "bom":
            self.faults.append((name, 1, "bom", "loaded", "", "UTF-8 BOM at the start of the file"))
            st.fault_counts["bom"] += 1
        self.files.append(info)

    def _splice(self, lines: list[bytes], keys: list[int], seqs: list[int], seq0: int, has_seq: bool,
                convs: list[list[Planted]], recs: list[dict], fault0: int) -> list[bytes]:
        """Insert planted conversations into a file's finished ``lines``.

        Without a ``seq`` cursor a planted message goes where its send time
        puts it. With one, it needs a free cursor value between two lines:
        it goes into the gap nearest to its time position (the one that puts
        it out of time order by the fewest milliseconds), never before an
        earlier message of its own conversation. Like a real dump read in
        cursor order, its line may then sit a few lines off time order; its
        send time stays as planned. Only a file without any gap gets it last,
        and the cursor moves on.
        """
        n = len(keys)
        slots: dict[int, list[Planted]] = defaultdict(list)

        def room(j: int) -> bool:
            return seqs[j] - (seqs[j - 1] if j else seq0) - 1 - len(slots[j]) > 0

        for conv in convs:
            floor = 0
            for item in conv:
                t = item.rec["msgtime"]
                j0 = j = bisect_right(keys, t)
                if has_seq:
                    after = next((k for k in range(max(j0, floor), n) if room(k)), None)
                    before = next((k for k in range(min(j0, n) - 1, floor - 1, -1) if room(k)), None)
                    cost_after = None if after is None else (keys[after - 1] - t if after > j0 else 0)
                    cost_before = None if before is None else t - keys[before]
                    if after is not None and (cost_before is None or cost_after <= cost_before):
                        j = after
                    elif before is not None:
                        j = before
                    else:
                        j = n
                slots[j].append(item)
                floor = j
        taken = {rec["msgid"] for rec in recs}
        out: list[bytes] = []
        shift = [0] * (n + 1)  # shift[i + 1]: planted lines inserted before original line i
        for j in range(n + 1):
            if j < n:
                shift[j + 1] = shift[j]
            items = sorted(slots.get(j, ()), key=lambda x: x.rec["msgtime"])
            base = seqs[j - 1] if j else seq0
            for k, item in enumerate(items):
                rec = item.rec
                while (msgid := f"{item.number}_{rec['msgtime']}_external") in taken:
                    item.number += 1
                rec["msgid"] = msgid
                taken.add(msgid)
                out.append(_dumps(rec, base + 1 + k if has_seq else None))
                self._count(rec, True, rec.get("msgtype"), rec["action"])
                if j < n:
                    shift[j + 1] += 1
            if j < n:
                out.append(lines[j])
            elif items and has_seq:
                self.seq += len(items)  # planted after the last line: the cursor moves on
        for i in range(fault0, len(self.faults)):
            f = self.faults[i]
            self.faults[i] = (f[0], f[1] + shift[f[1]], *f[2:])
        return out

    def _count(self, rec: dict, is_msg: bool, msgtype: Any, action: str) -> None:
        st = self.stats
        if is_msg:
            st.n_messages += 1
            st.msgtype_counts[msgtype] += 1
        elif action == "recall":
            st.n_recalls += 1
        elif action == "switch":
            st.n_switches += 1
        elif msgtype == "agree":
            st.n_agree += 1
        elif msgtype == "disagree":
            st.n_disagree += 1

    def _transform(self, rec: dict, kind: str, seq: int | None) -> tuple[bytes, str]:
        r = self.r
        rec2 = dict(rec)
        if kind == "time_in_seconds":
            rec2["msgtime"] = rec["msgtime"] // 1000
            return _dumps(rec2, seq), "msgtime in seconds"
        if kind == "stringified":
            rec2["msgtime"] = str(rec["msgtime"])
            rec2["tolist"] = ",".join(rec["tolist"])
            line = _dumps(rec2, None)
            if seq is not None:
                line = b'{"seq":"%d",' % seq + line[1:]
            return line, "msgtime, seq as strings; tolist a comma string"
        content = rec["text"]["content"]
        k = r.randrange(len(content) + 1)
        rec2["text"] = {"content": content[:k] + _MARK + content[k:]}
        ch = r.choice((b"\x01", b"\x08", b"\x1f"))
        return _dumps(rec2, seq).replace(_MARK_B, ch), f"raw control character 0x{ch[0]:02x} in text.content"

    def _extra(self, rec: dict, kind: str, seq: int | None) -> tuple[bytes, str, str]:
        """A bad line inserted before ``rec``, made from a copy with a fresh msgid."""
        r = self.r
        if kind == "duplicate":
            line, msgid = r.choice(self.reservoir)
            return line, msgid, "same msgid as a record of an earlier file"
        msgid = f"{r.randrange(10**18, 10**19)}_{rec.get('msgtime', rec.get('time'))}_external"
        clone = dict(rec)
        clone["msgid"] = msgid
        if kind == "encrypted":
            obj = {"seq": seq or self.seq, "msgid": msgid, "publickey_ver": 2,
                   "encrypt_random_key": "".join(r.choices(B64, k=344)),
                   "encrypt_chat_msg": "".join(r.choices(B64, k=r.randrange(200, 600)))}
            return orjson.dumps(obj), msgid, "still encrypted"
        if kind == "bad_json":
            text = _dumps(clone, seq).decode()
            cut = r.randrange(len(text) // 5, len(text) * 4 // 5)
            return text[:cut].encode(), msgid, f"truncated after {cut} characters"
        if kind == "not_an_object":
            line = r.choice((b"12345", b'"msgaudit export"', b"[1, 2, 3]", b"true"))
            return line, "", "valid JSON, not an object"
        if kind == "missing_field":
            key = r.choice([k for k in ("msgid", "from", "msgtime", "msgtype") if k in clone] or ["msgid"])
            clone.pop(key, None)
            return _dumps(clone, seq), ("" if key == "msgid" else msgid), f"no {key}"
        if kind == "bad_type":
            opts = ["msgtime", "tolist"] + (["text"] if "text" in clone else [])
            if "msgtime" not in clone:
                opts.remove("msgtime")
            if "tolist" not in clone:
                opts.remove("tolist")
            what = r.choice(opts or ["msgid"])
            if what == "msgtime":
                clone["msgtime"] = [clone["msgtime"]]
            elif what == "tolist":
                clone["tolist"] = r.randrange(10_000, 99_999)
            elif what == "text":
                clone["text"] = {"content": {"content": clone["text"]["content"]}}
            else:
                clone["msgid"] = r.randrange(10**9)
            return _dumps(clone, seq), msgid, f"{what} has the wrong type"
        if kind == "bad_time":
            key = "msgtime" if "msgtime" in clone else "time"
            clone[key] = 0
            return _dumps(clone, seq), msgid, f"{key} is 0"
        raise ValueError(kind)

    def _save(self, name: str, form: str, lines: list[bytes]) -> None:
        path = self.folder / name
        if form == "array":
            data = b"[\n" + b",\n".join(lines) + b"\n]\n"
        elif form == "crlf":
            data = b"\r\n".join(lines) + b"\r\n"
        else:
            data = b"\n".join(lines) + b"\n"
        if form == "bom":
            data = b"\xef\xbb\xbf" + data
        if form == "gz":
            with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="", compresslevel=6) as gz:
                gz.write(data)
        else:
            path.write_bytes(data)


def _dumps(rec: dict, seq: int | None) -> bytes:
    b = orjson.dumps(rec)
    if seq is None:
        return b
    return b'{"seq":%d,' % seq + b[1:]
