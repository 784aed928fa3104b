"""The files written next to the archive: side files (staff, customers, scope, rooms, KB), ``truth/`` and ``README.md``."""

from __future__ import annotations

import csv
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from . import _content as C
from . import _disputes
from ._clock import _CST, _DAY_MS, _day_iso, _day_start_iso
from ._population import _Emp, _Rel
from ._writer import ArchiveWriter


def _refusal_summary(emps: list[_Emp], rels: dict[tuple[int, int], _Rel]) -> dict[str, Any]:
    per: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for key in sorted(rels):
        rel = rels[key]
        if rel.status:
            per[rel.emp][0] += 1
            per[rel.emp][1] += rel.refused
    n = sum(v[0] for v in per.values())
    k = sum(v[1] for v in per.values())
    return {
        "overall": round(k / n, 4) if n else 0.0,
        "prompted": n,
        "refused": k,
        "by_employee": {emps[e].userid: (per[e][0], per[e][1]) for e in sorted(per)},
    }


def _csv(path: Path, header: list[str], rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def _json(path: Path, obj: Any) -> None:
    path.write_bytes(orjson.dumps(obj, option=orjson.OPT_INDENT_2) + b"\n")



def _write_side_files(out, emps, custs, rels, rooms, start_d, start_ms, n_days) -> None:
    _csv(out / "staff.csv", ["userid", "name", "department", "role", "left_at", "successor"],
         [(e.userid, e.name, e.department, e.role, "" if e.left_day is None else _day_start_iso(start_ms, e.left_day),
           "" if e.successor is None else emps[e.successor].userid) for e in emps])
    rows = []
    for c in custs:
        e = emps[c.follow]
        moved = e.left_day is not None and e.successor is not None
        added = datetime.fromtimestamp((start_ms + c.added_day * _DAY_MS) / 1000 + 36000 + (c.idx * 7919) % 36000, _CST)
        rows.append((c.userid, c.name, emps[e.successor].userid if moved else e.userid, e.userid if moved else "",
                     c.channel, c.segment, added.isoformat(timespec="seconds")))
    _csv(out / "customers.csv", ["external_userid", "name", "follow_userid", "handover_from", "add_way", "segment", "added_at"], rows)
    scope_rows = []
    for e in emps:
        if e.never_in_scope:
            continue
        scope_rows.append((e.userid, "" if e.scope_from is None else _day_start_iso(start_ms, e.scope_from),
                           "" if e.scope_until is None else _day_start_iso(start_ms, e.scope_until)))
    _csv(out / "scope.csv", ["userid", "since", "until"], scope_rows)
    _json(out / "permit_user_list.json", {"errcode": 0, "errmsg": "ok", "ids": [e.userid for e in emps if e.in_scope(n_days - 1) or (e.scope_until is None and not e.never_in_scope)]})
    room_objs = []
    for room in rooms:
        members = [{"memberid": emps[e].userid, "jointime": room.created_ms // 1000 + 60 * k} for k, e in enumerate(room.employees)]
        for e in room.employees:
            emp = emps[e]
            if emp.left_day is not None and emp.successor is not None:
                members.append({"memberid": emps[emp.successor].userid, "jointime": (start_ms + emp.left_day * _DAY_MS) // 1000 + 3600 * 10})
        for ci, j in room.customers:
            members.append({"memberid": custs[ci].userid, "jointime": max(room.created_ms // 1000 + 120, (start_ms + j * _DAY_MS) // 1000 + 3600 * 9 + (ci * 37) % 40000)})
        if room.robot:
            members.append({"memberid": room.robot, "jointime": room.created_ms // 1000 + 30})
        room_objs.append({"roomid": room.roomid, "roomname": room.name, "creator": emps[room.creator].userid,
                          "room_create_time": room.created_ms // 1000, "notice": "" if room.internal else "群内答疑时间9:00-21:00，老客户复购9折",
                          "members": members})
    _json(out / "rooms.json", room_objs)
    kb_rows = []
    for kb_id, questions, answer in C.KB:
        upd = (start_d - timedelta(days=400 if C.KB_QUALITY[kb_id][0] == "outdated" else 60 + int(kb_id[1:]) * 3)).isoformat()
        for q in questions:
            kb_rows.append((kb_id, q, answer, upd))
    _csv(out / "kb.csv", ["kb_id", "question", "answer", "updated_at"], kb_rows)


def _write_truth(out, emps, custs, rels, rooms, start_d, start_ms, n_days, suggestions_day, missing_day, writer, sim, faults, refusal, disputes) -> None:
    tdir = out / "truth"
    _csv(tdir / "disputes.csv", list(_disputes.DISPUTE_COLUMNS), disputes)
    _csv(tdir / "intents.csv", ["intent", "topic", "kb_id", "is_question", "description"],
         [(i.name, i.topic, i.kb_id, True, i.description) for i in C.INTENTS]
         + [(k, "非问题", "", False, {"greeting": "问候", "thanks": "感谢", "ack": "确认/应答", "chitchat": "闲聊"}[k]) for k in C.NON_QUESTIONS]
         + [("order_number", "非问题", "", False, "单独发送的订单号或快递单号"), ("sticker", "非问题", "", False, "表情包"),
            ("media", "非问题", "", False, "图片、语音、视频、文件等非文字消息"),
            ("ask_again", "追问", "", True, "对含糊回复的笼统追问（如“能说具体点吗”）；原意图见 questions.csv 的 followup_of")])
    _csv(tdir / "kb_quality.csv", ["kb_id", "quality", "correct_fact", "kb_fact"],
         [(k, q, cf, kf) for k, (q, cf, kf) in C.KB_QUALITY.items()])
    by = refusal["by_employee"]
    _csv(tdir / "employees.csv", ["userid", "department", "role", "reply_style", "in_scope_from", "in_scope_until",
                                  "never_in_scope", "left_at", "successor", "target_refusal_rate", "prompted", "refused", "refusal_rate"],
         [(e.userid, e.department, e.role, e.style,
           "" if e.never_in_scope else ("" if e.scope_from is None else _day_iso(start_ms, e.scope_from)),
           "" if e.scope_until is None else _day_iso(start_ms, e.scope_until),
           e.never_in_scope, "" if e.left_day is None else _day_iso(start_ms, e.left_day),
           "" if e.successor is None else emps[e.successor].userid, e.refusal_rate,
           by.get(e.userid, (0, 0))[0], by.get(e.userid, (0, 0))[1],
           round(by[e.userid][1] / by[e.userid][0], 4) if by.get(e.userid, (0, 0))[0] else "") for e in emps])
    _csv(tdir / "faults.csv", ["file", "line", "kind", "expected", "msgid", "detail"], faults)
    ch: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    consent_rows = []
    for key in sorted(rels):
        rel = rels[key]
        if not rel.status:
            continue
        ch[custs[rel.cust].channel][0] += 1
        ch[custs[rel.cust].channel][1] += rel.refused
        consent_rows.append((custs[rel.cust].userid, emps[rel.emp].userid, custs[rel.cust].channel, custs[rel.cust].segment,
                             "disagree" if rel.refused else "agree", _day_iso(start_ms, rel.first_day),
                             "" if rel.reagree_day is None or rel.reagree_day >= n_days else _day_iso(start_ms, rel.reagree_day)))
    _csv(tdir / "consent.csv", ["customer_id", "employee_id", "channel", "segment", "first_status", "first_day", "reagree_day"], consent_rows)
    missing = None
    if missing_day is not None:
        missing = {"messages_day": _day_iso(start_ms, missing_day),
                   "missing_file": f"msgaudit_{start_d + timedelta(days=missing_day + 1):%Y%m%d}",
                   "arrived_in": next((f.name for f in writer.files if _day_iso(start_ms, missing_day) in f.days), ""),
                   "delay_hours": 48}
    events = {
        "start": start_d.isoformat(),
        "end": (start_d + timedelta(days=n_days - 1)).isoformat(),
        "timezone": "Asia/Shanghai",
        "suggestions_on": _day_iso(start_ms, suggestions_day),
        "reply_median_seconds": {"target_before": 300, "target_after": 60,
                                 "before": round(float(np.median(sim.reply_before)), 1) if sim.reply_before else None,
                                 "after": round(float(np.median(sim.reply_after)), 1) if sim.reply_after else None},
        "scope_changes": [
            {"userid": e.userid, "change": "added", "at": _day_start_iso(start_ms, e.scope_from)} for e in emps if e.scope_from is not None
        ] + [
            {"userid": e.userid, "change": "removed", "at": _day_start_iso(start_ms, e.scope_until), "reason": "left the company"}
            for e in emps if e.scope_until is not None
        ],
        "never_in_scope": [e.userid for e in emps if e.never_in_scope],
        "handovers": [
            {"from": e.userid, "to": emps[e.successor].userid, "left_at": _day_start_iso(start_ms, e.left_day),
             "customers": [c.userid for c in custs if c.follow == e.idx]}
            for e in emps if e.left_day is not None and e.successor is not None
        ],
        "missing_day": missing,
        "leaks": sim.leaks,
        "refusal": {"overall": refusal["overall"], "prompted": refusal["prompted"], "refused": refusal["refused"],
                    "by_channel": {k: round(v[1] / v[0], 4) for k, v in sorted(ch.items())},
                    "above_20pct": sorted(u for u, (n, k) in refusal["by_employee"].items() if n and k / n > 0.2)},
        "reagreed": [{"customer_id": custs[rel.cust].userid, "employee_id": emps[rel.emp].userid, "day": _day_iso(start_ms, rel.reagree_day)}
                     for key in sorted(rels) if (rel := rels[key]).reagreed],
        "file_forms": {f.name: {"form": f.form, "days": f.days, "has_seq": f.has_seq, "lines": f.n_lines} for f in writer.files if f.form != "gz"},
    }
    _json(tdir / "events.json", events)
    (tdir / "README.md").write_text(_TRUTH_README, encoding="utf-8")


def _write_readme(out: Path, summary: dict[str, Any], writer: ArchiveWriter, refusal: dict[str, Any]) -> None:
    total = summary["n_messages"]
    lines = [
        "# Synthetic WeCom session-content archive",
        "",
        "Everything in this folder is **synthetic**: made up by `toolkit.synth.make_archive`. No real person, customer,",
        "company or chat is in it; names, ids, order numbers and texts are invented. The brand 云朵 and its products are",
        "fictitious.",
        "",
        "Regenerate it (deterministic: the same seed gives the same bytes):",
        "",
        "```sh",
        "make sample-data",
        "# which runs",
        "python -m toolkit.synth --out sample_data --seed 0",
        "```",
        "",
        "## Layout",
        "",
        "| path | what |",
        "|---|---|",
        "| `archive/msgaudit_YYYYMMDD.jsonl.gz` | daily dumps, T+1: the file dated D+1 holds the messages sent on day D (Asia/Shanghai); one decrypted message JSON per line, most lines with the `seq` pull cursor |",
        "| `archive/*.jsonl`, `archive/*.json` | a few days kept plain: one with CRLF line endings, one starting with a UTF-8 BOM, one without `seq`, one JSON array |",
        "| `kb.csv` | knowledge base: kb_id, question, answer, updated_at (several phrasings may share a kb_id) |",
        "| `scope.csv` | archive scope: userid, since, until (ISO datetimes, +08:00; empty = open) |",
        "| `permit_user_list.json` | the scope at the end, as `get_permit_user_list` returns it |",
        "| `rooms.json` | group chats as `msgaudit/groupchat/get` returns them (roomid added), members with jointime (s) |",
        "| `staff.csv` | userid, name, department, role, left_at, successor |",
        "| `customers.csv` | external_userid, name, follow_userid, handover_from, add_way, segment, added_at |",
        "| `truth/` | what the analyses should find; see `truth/README.md` |",
        "",
        "## Statistics",
        "",
        f"- days: {summary['n_days']} from {summary['start']}; AI suggestions switched on {summary['suggestions_on']}",
        f"- employees: {summary['n_employees']}; customers: {summary['n_customers']}; groups: {summary['n_groups']}",
        f"- files: {summary['n_files']}; lines: {summary['n_records']:,}",
        f"- chat messages: {total:,}; agree records: {summary['n_agree']:,}; disagree records: {summary['n_disagree']:,};"
        f" recalls: {summary['n_recalls']:,}; switch records: {summary['n_switches']:,}",
        f"- customer turns in truth/questions.csv: {summary['n_questions']:,}",
        f"- refusal rate: {refusal['overall']:.1%} of {refusal['prompted']:,} prompted 1:1 relationships",
        "- planted dispute stories (`truth/disputes.csv`): "
        + (", ".join(f"{k} ({v} messages)" for k, v in summary["disputes"].items() if v) or "none"),
        "",
        "| msgtype | messages | share |",
        "|---|---:|---:|",
    ]
    for k, v in summary["msgtype_counts"].items():
        lines.append(f"| {k} | {v:,} | {v / total:.2%} |")
    lines += ["", "Planted faults (see `truth/faults.csv` for file, line and the loader's expected handling):", "",
              "| kind | count |", "|---|---:|"]
    for k, v in summary["fault_counts"].items():
        lines.append(f"| {k} | {v} |")
    lines.append("")
    (out / "README.md").write_text("\n".join(lines), encoding="utf-8")


_TRUTH_README = """# truth/: what the analyses should find

Written by `toolkit.synth.make_archive` together with the archive. Times are Asia/Shanghai.

## questions.csv
One row per customer turn in 1:1 and group chats that reached the archive, except the planted dispute stories
(their messages are listed in disputes.csv only).
- `msgids`: the turn's message ids, space-joined (a question split over several messages lists all of them).
- `customer_id`, `employee_id` (the employee who answered, or the group member the turn was addressed to),
  `chat_id` (roomid, or the sorted pair `a|b` for 1:1 chats).
- `intent` (see intents.csv), `kb_id` (empty when the intent has no KB entry), `is_question`.
- `text`: the turn's text (parts space-joined; empty for stickers and media).
- `chat_type` (single / group), `sent_at` (first message of the turn).
- `reply_seconds`: from the last message of the question to the employee's first reply (questions only);
  `reply_msgid`; `reply_style`: whether that reply gave the correct facts (specific) or not (vague).
- `followup_of`: for a customer asking again after a vague reply, the intent asked about (generic follow-ups such
  as 能说具体点吗 have intent `ask_again`; rephrased ones keep the intent).

## intents.csv
intent, topic, kb_id (empty: no KB entry), is_question, description. Non-question intents: greeting, thanks, ack,
chitchat, order_number, sticker, media. `ask_again` is a question without a topic of its own.

## kb_quality.csv
kb_id, quality (good / vague / outdated), correct_fact (what good agents say), kb_fact (what the KB says).
Outdated entries contradict the agents (KB 保修1年 vs 2年; KB 7天换货 vs 15天; KB 电池寿命1年; KB 安装费50元 vs 免费).

## employees.csv
userid, department, role, reply_style (specific / vague), in_scope_from / in_scope_until (dates; empty = open),
never_in_scope (these appear only in group chats with an archived member), left_at, successor,
target_refusal_rate, prompted, refused, refusal_rate (first consent answer per 1:1 relationship).

## consent.csv
One row per prompted 1:1 relationship: customer_id, employee_id, channel, segment, first_status (agree / disagree),
first_day, reagree_day (a refuser who agreed later).

## faults.csv
file, line (1-based; for a JSON array file the element number), kind, expected (the loader's handling: a quarantine
reason, `duplicate`, or `loaded` when the record must load after a repair), msgid (when it has one), detail.
Faults that quarantine are extra lines (copies with fresh msgids), so no message of questions.csv is lost;
`loaded` faults modify a real record (msgtime in seconds, stringified numbers, raw control characters) or the file
(a BOM).

## events.json
start/end, suggestions_on (reply medians ~300 s before, ~60 s after), scope_changes, never_in_scope, handovers
(leaver -> successor with the customers handed over), missing_day (the day whose file is missing and where its
messages arrived, 48 h late), leaks (refused customers' 1:1 messages that still reached the archive: their msgids),
refusal (overall, by channel, employees above 20%), reagreed, file_forms (the plain/CRLF/BOM/array files).

## disputes.csv
Two planted stories for dispute and audit work (find what was said and show it in context). One row per planted
message, by story and time: story, msgid, role, sender_id, customer_id, employee_id (the employee of the chat),
chat_id (the sorted pair `a|b`), sent_at, qa_rule (the default text rule of `toolkit.ops.qa_hits` that flags the
message, empty if none; the wait rule may flag an unanswered customer message too), text. All are 1:1 text messages
between customers who agreed to archiving and employees in scope, inside the period and never on the missing day.
- `refund_promise`: an agent who leaves during the period (staff.csv `left_at`, `successor`) promises one of their
  customers a full refund before leaving, in an after-sales conversation about a faulty product:
  role `promise` (放心，这单给您全额退款; rule promise_full_refund) and role `promise_paraphrase` (the same promise in
  other words: 钱会全部退回给您的; no keyword rule fires, a search by meaning finds it). After the leave the customer
  (customers.csv `handover_from` = the leaver) writes to the successor:
  role `complaint` (之前的客服答应过全额退款的，怎么现在不认了); the successor's messages have role `reply`.
- `rudeness`: an agent answers a customer's question rudely three times, role `rude` (有病吧 / 白痴 / 脑子有病; rule
  abusive), and the customer complains: role `complaint` (你们客服态度太差了，我要投诉！; rule customer_complaint).
- Other roles: `question` (the customer's questions), `reply` (an agent's ordinary answer), `context` (order number,
  thanks and the like).

The stories have their own random stream; the rest of the archive is the same as without them. A planted line takes
a free `seq` value from the nearest gap of the cursor, so it can sit a few lines off time order in its file (as
messages that reached the server late do). A story is left out when the archive cannot hold it (nobody leaves with
fewer than 8 employees; no agreed customer with days before and after the leave); in a very small archive the
complaint part may find no room, and the story then has its promise only.
"""
