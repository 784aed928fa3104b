"""Deterministic synthetic WeCom session-content archive.

:func:`make_archive` invents an enterprise (employees, customers, groups, a
knowledge base), simulates ``n_days`` of chats day by day and writes them as
the daily T+1 dumps a vendor export produces, with the side files an analyst
exports next to them and a ``truth/`` folder that says what every analysis
should find. Two dispute stories (a departed agent's refund promise, a rude
agent) are planted on top (``_disputes``). Nothing in it describes a real
person.
"""

from __future__ import annotations

import csv
import logging
import os
import random
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np

from . import _disputes
from ._clock import _CST, _day_iso
from ._population import _make_customers, _make_employees, _make_relationships, _make_rooms
from ._side_files import _refusal_summary, _write_readme, _write_side_files, _write_truth
from ._simulate import _P_CUSTOMER_DAY, _Sim
from ._writer import ArchiveWriter
from .._validate import check_random_state

__all__ = ["make_archive"]

log = logging.getLogger(__name__)




def _parse_start(start: str | date) -> date:
    if isinstance(start, datetime):
        return start.date()
    if isinstance(start, date):
        return start
    if isinstance(start, str):
        try:
            return date.fromisoformat(start)
        except ValueError:
            pass
    raise ValueError(f"start must be an ISO date like '2026-07-01'; got {start!r}")


# ---------------------------------------------------------------- make_archive


def _check_int(name: str, value: Any, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < low:
        raise ValueError(f"{name} must be an integer >= {low}; got {value!r}")
    return int(value)


def make_archive(
    out_dir: str | os.PathLike[str],
    *,
    n_employees: int = 40,
    n_customers: int = 1500,
    n_groups: int = 60,
    n_days: int = 90,
    start: str | date = "2026-07-01",
    fault_rate: float = 0.005,
    compress: bool = True,
    random_state: int | np.random.Generator | None = 0,
    progress: bool = False,
) -> dict[str, Any]:
    """Write a synthetic WeCom session-content archive and its side files.

    The archive follows the record format of ``wecom-archive-format.md``: one
    decrypted message JSON object per line in daily dumps
    ``archive/msgaudit_YYYYMMDD.jsonl.gz``, where the file dated D+1 holds the
    messages sent on day D (Asia/Shanghai). Side files describe the staff,
    customers, groups, archive scope and knowledge base; ``truth/`` says what
    an analysis should find (intents of every customer turn, KB quality,
    refusal plan, planted faults and events, and two planted dispute stories:
    a full-refund promise by an agent who then leaves, disputed with the
    successor, and a rude agent with the customer's complaint). See
    ``truth/README.md`` in the output for every file and column.

    The dispute stories have a random stream of their own, derived from
    ``random_state``, and are spliced into the files without drawing from
    the others: the rest of the archive is the same as without them.

    Parameters
    ----------
    out_dir : str or path-like
        Output folder; created if needed. Existing files of the same names
        are overwritten.
    n_employees : int, default 40
        Staff size (sales 销售 and customer service 客服, with supervisors and
        an admin). At least 4.
    n_customers : int, default 1500
        External contacts. Chat volume grows about linearly with
        ``n_customers * n_days`` (~75k chat messages at the defaults).
    n_groups : int, default 60
        Group chats; about 10% are internal employee-only groups.
    n_days : int, default 90
        Simulated days, starting at ``start``.
    start : str or datetime.date, default "2026-07-01"
        First day (ISO date).
    fault_rate : float, default 0.005
        Share of lines that carry a planted fault (listed in
        ``truth/faults.csv``). In [0, 0.5].
    compress : bool, default True
        Write most daily files gzip-compressed (``.jsonl.gz``); a few stay
        plain to exercise every input form. False writes everything plain.
    random_state : int, numpy.random.Generator or None, default 0
        Seed or generator. The same int gives byte-identical files.
    progress : bool, default False
        Show a tqdm progress bar over the days.

    Returns
    -------
    dict
        Summary: ``n_messages`` (chat records, action send, not agree /
        disagree, that a correct loader keeps, including repaired faults),
        ``n_records`` (all lines written, faults included), ``n_files``,
        ``msgtype_counts`` (dict, over those chat messages), ``n_faults``,
        ``fault_counts``, ``n_agree``, ``n_disagree``, ``n_recalls``,
        ``n_switches``, ``n_questions`` (customer turns in truth),
        ``n_employees``, ``n_customers``, ``n_groups``, ``n_days``, ``start``,
        ``suggestions_on``, ``refusal_rate``, ``disputes`` (planted messages
        per dispute story, ``refund_promise`` and ``rudeness``; 0 when the
        archive is too small for the story) and ``files``.

    Raises
    ------
    ValueError
        If a size is not a positive integer, ``fault_rate`` is outside
        [0, 0.5] or ``start`` is not an ISO date.
    TypeError
        If ``random_state`` is neither an int, a Generator nor None.

    Examples
    --------
    >>> import tempfile
    >>> from toolkit.synth import make_archive
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     s = make_archive(tmp, n_employees=10, n_customers=40, n_groups=4, n_days=4, random_state=0)
    ...     names = sorted(p.name for p in Path(tmp).iterdir())
    >>> names
    ['README.md', 'archive', 'customers.csv', 'kb.csv', 'permit_user_list.json', 'rooms.json', 'scope.csv', 'staff.csv', 'truth']
    >>> bool(s["n_messages"] > 0), s["n_files"] >= 3
    (True, True)
    """
    n_employees = _check_int("n_employees", n_employees, 4)
    n_customers = _check_int("n_customers", n_customers, 1)
    n_groups = _check_int("n_groups", n_groups, 0)
    n_days = _check_int("n_days", n_days, 1)
    if isinstance(fault_rate, bool) or not isinstance(fault_rate, (int, float)) or not 0 <= fault_rate <= 0.5:
        raise ValueError(f"fault_rate must be a number in [0, 0.5]; got {fault_rate!r}")
    start_d = _parse_start(start)
    rng = check_random_state(random_state)
    story_r = _disputes.story_random(rng)  # its own stream: the rest of the archive does not depend on it
    out = Path(out_dir)
    (out / "archive").mkdir(parents=True, exist_ok=True)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    for old in (out / "archive").glob("msgaudit_*"):
        old.unlink()

    start_ms = int(datetime(start_d.year, start_d.month, start_d.day, tzinfo=_CST).timestamp() * 1000)
    r = random.Random(int(rng.integers(0, 2**63)))
    emps = _make_employees(n_employees, r, n_days)
    custs = _make_customers(n_customers, emps, rng, r, n_days)
    rels = _make_relationships(custs, emps, rng, r, n_days)
    rooms = _make_rooms(n_groups, emps, custs, rng, r, start_ms, n_days)
    suggestions_day = min(n_days - 1, round(n_days * 55 / 90))

    # file forms: a missing day, a CRLF file, a BOM file, a JSON array, plain files
    missing_day = None
    forms: dict[int, str] = {}
    if n_days >= 3:
        missing_day = max(1, min(n_days - 2, round(n_days * 0.45)))
    free = [d for d in range(n_days) if missing_day is None or d not in (missing_day, missing_day + 1)]
    picks = r.sample(free, min(len(free), 4))
    for d, form in zip(picks, ("array", "crlf", "bom", "jsonl_noseq")):
        forms[d] = form
    default_form = "gz" if compress else "jsonl"
    faults: list[tuple] = []
    writer = ArchiveWriter(out / "archive", start_d, start_ms, forms=forms, default_form=default_form,
                           missing_day=missing_day, fault_rate=float(fault_rate), seed=int(rng.integers(0, 2**63)), faults_out=faults)

    stories = _disputes.plan_stories(emps, custs, rels, missing_day, story_r)
    truth_rows: list[tuple] = []
    sim = _Sim(emps, custs, rels, rooms, start_ms, n_days, suggestions_day, writer, truth_rows)
    sim.weekday0 = start_d.weekday()
    sim.added_day = np.array([c.added_day for c in custs])
    boost = np.array([1.8 if c.segment == "VIP" else 1.0 for c in custs])
    sim.activity = _P_CUSTOMER_DAY * np.array([c.activity for c in custs]) * boost

    forced: dict[int, list[int]] = defaultdict(list)
    for key in sorted(rels):
        rel = rels[key]
        for d in (rel.first_day, rel.reagree_day, rel.leak_day):
            if d is not None and 0 <= d < n_days:
                forced[d].append(rel.cust)

    q_path = out / "truth" / "questions.csv"
    days = range(n_days)
    if progress:
        from tqdm.auto import tqdm  # noqa: PLC0415  (lazy: import time, ~60 ms, only with progress=True)

        days = tqdm(days, desc="synth", unit="day")
    n_questions = 0
    with open(q_path, "w", encoding="utf-8", newline="") as qf:
        qw = csv.writer(qf, lineterminator="\n")
        qw.writerow(["msgids", "customer_id", "employee_id", "chat_id", "intent", "kb_id", "is_question", "text",
                     "chat_type", "sent_at", "reply_seconds", "reply_msgid", "reply_style", "followup_of"])
        for day in days:
            sim.run_day(day, rng, forced)
            _disputes.plant_day(stories, day, writer, emps, custs, rels, start_ms, story_r)
            writer.flush_until(day - 1)
            truth_rows.sort(key=lambda x: x[0])
            for row in truth_rows:
                qw.writerow(row[1:])
            n_questions += len(truth_rows)
            truth_rows.clear()
        writer.close()

    _write_side_files(out, emps, custs, rels, rooms, start_d, start_ms, n_days)
    refusal = _refusal_summary(emps, rels)
    disputes = _disputes.truth_rows(stories, emps, custs)
    _write_truth(out, emps, custs, rels, rooms, start_d, start_ms, n_days, suggestions_day, missing_day, writer, sim, faults, refusal, disputes)
    st = writer.stats
    summary: dict[str, Any] = {
        "n_messages": st.n_messages,
        "n_records": st.n_records,
        "n_files": len(writer.files),
        "msgtype_counts": dict(sorted(st.msgtype_counts.items(), key=lambda kv: (-kv[1], kv[0]))),
        "n_faults": sum(st.fault_counts.values()),
        "fault_counts": dict(sorted(st.fault_counts.items())),
        "n_agree": st.n_agree,
        "n_disagree": st.n_disagree,
        "n_recalls": st.n_recalls,
        "n_switches": st.n_switches,
        "n_questions": n_questions,
        "n_employees": n_employees,
        "n_customers": n_customers,
        "n_groups": n_groups,
        "n_days": n_days,
        "start": start_d.isoformat(),
        "suggestions_on": _day_iso(start_ms, suggestions_day),
        "refusal_rate": refusal["overall"],
        "disputes": {story: sum(row[0] == story for row in disputes) for story in ("refund_promise", "rudeness")},
        "files": [f.name for f in writer.files],
    }
    _write_readme(out, summary, writer, refusal)
    return summary

