"""Two planted dispute stories and their truth (``truth/disputes.csv``).

``refund_promise``
    An agent who leaves during the period promises a customer a full refund in
    their 1:1 chat, once in the words of the QA rule ``promise_full_refund``
    (放心，这单给您全额退款) and once in other words (钱会全部退回给您的), inside an
    ordinary after-sales conversation about a faulty product. After the agent
    left, the same customer tells the successor that the previous agent promised
    a full refund (之前的客服答应过全额退款的，怎么现在不认了) and the successor replies.
``rudeness``
    An agent answers a customer's question three times rudely, each time with
    words the QA rule ``abusive`` flags (有病吧 / 白痴 / 脑子有病), and the customer
    complains (我要投诉, rule ``customer_complaint``).

Both happen in 1:1 chats of customers who agreed to archiving, with employees in
the archive scope, on days inside the period (never the day whose file is
missing). The stories draw from their own random stream
(:func:`story_random`) and the writer splices their messages into the daily
files without touching its own stream (:meth:`ArchiveWriter.plant`), so every
other record of the archive is the same with or without them.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

import numpy as np

from . import _content as C
from ._writer import ArchiveWriter, Planted

if TYPE_CHECKING:
    from ._population import _Cust, _Emp, _Rel

__all__ = ["DISPUTE_COLUMNS", "Part", "plan_stories", "plant_day", "story_random", "truth_rows"]

_CST = timezone(timedelta(hours=8))
_DAY_MS = 86_400_000
_MIN = 60_000
#: Spawn key of the stories' random stream: issue 19.
_STORY_KEY = 19

#: Columns of ``truth/disputes.csv``.
DISPUTE_COLUMNS = ("story", "msgid", "role", "sender_id", "customer_id", "employee_id", "chat_id", "sent_at", "qa_rule", "text")

#: What goes wrong with each product in the refund story.
_FAULTS = {"X3": "不转了，一开机就报错", "V8": "吸力越来越弱，还有一股焦味", "W2": "黑屏了，充电也没反应",
           "P5": "左耳一直没声音", "T5": "充不进电了"}

#: Script lines: (speaker "c" customer / "e" employee, text, role, QA rule expected to fire, delay range in ms).
_Line = tuple[str, str, str, str, tuple[int, int]]


def _promise_script(product: str, order_no: str) -> list[_Line]:
    name = C.PRODUCTS[product][0]
    return [
        ("c", f"你好，我上周买的{name}，才用了两天就{_FAULTS[product]}", "question", "", (0, 1)),
        ("c", "这种质量问题能退款吗？", "question", "", (8_000, 40_000)),
        ("c", order_no, "context", "", (5_000, 30_000)),
        ("e", "非常抱歉给您添麻烦了，我查了一下订单，确实是质量问题", "reply", "", (60_000, 240_000)),
        ("e", "放心，这单给您全额退款", "promise", "promise_full_refund", (10_000, 40_000)),
        ("c", "那我要怎么操作？机器要寄回去吗", "question", "", (30_000, 120_000)),
        ("e", "您把机器寄回来就行，运费我们出，钱会全部退回给您的", "promise_paraphrase", "", (40_000, 180_000)),
        ("c", "好的，谢谢", "context", "", (20_000, 90_000)),
    ]


def _complaint_script(product: str, order_no: str) -> list[_Line]:
    name = C.PRODUCTS[product][0]
    return [
        ("c", f"你好，我那台{name}退款的事，钱到现在还没退回来", "question", "", (0, 1)),
        ("e", "您好，我查了一下，这单目前只能按维修处理，退款需要走审核", "reply", "", (60_000, 300_000)),
        ("c", "之前的客服答应过全额退款的，怎么现在不认了", "complaint", "", (20_000, 90_000)),
        ("e", "之前负责您的同事已经离职了，您说的情况我先调一下之前的聊天记录核实，今天之内给您答复", "reply", "", (60_000, 240_000)),
    ]


def _rude_script(product: str, order_no: str) -> list[_Line]:
    name = C.PRODUCTS[product][0]
    return [
        ("c", f"{name}怎么连不上APP啊，试了好几次了", "question", "", (0, 1)),
        ("e", "你自己不会看说明书吗？有病吧，这么简单的问题也来问", "rude", "abusive", (60_000, 240_000)),
        ("c", "说明书我看了，还是连不上才来问你的", "question", "", (20_000, 90_000)),
        ("e", "说了多少遍了，长按电源键3秒再连，白痴都知道", "rude", "abusive", (30_000, 120_000)),
        ("c", "你这是什么态度？", "context", "", (10_000, 60_000)),
        ("e", "爱买不买！脑子有病就别来烦我", "rude", "abusive", (20_000, 90_000)),
        ("c", "你们客服态度太差了，我要投诉！", "complaint", "customer_complaint", (15_000, 60_000)),
    ]


_SCRIPTS = {"promise": _promise_script, "complaint": _complaint_script, "rude": _rude_script}


@dataclass
class Part:
    """One planted conversation of a story: who, which days to try, and what was planted."""

    story: str
    script: str
    emp: int
    cust: int
    days: list[int]  # the days to try, in order; the first that has room wins
    after: Part | None = None  # planted only if this earlier part was
    items: list[tuple[Planted, str, str]] = field(default_factory=list)  # (message, role, qa_rule)

    @property
    def done(self) -> bool:
        return bool(self.items)


def story_random(rng: np.random.Generator) -> random.Random:
    """The stories' own random stream, derived from ``rng`` without drawing from it.

    A generator made from a seed (``default_rng(0)``, what an int
    ``random_state`` becomes) yields a child of its seed sequence, so an int
    seed and a generator of the same seed give the same stories.

    Examples
    --------
    >>> a = story_random(np.random.default_rng(0)).random()
    >>> b = story_random(np.random.default_rng(0)).random()
    >>> a == b, a == np.random.default_rng(0).random()
    (True, False)
    """
    bg = rng.bit_generator
    ss = getattr(bg, "seed_seq", None)
    if isinstance(ss, np.random.SeedSequence):
        child = np.random.SeedSequence(ss.entropy, spawn_key=(*ss.spawn_key, _STORY_KEY), pool_size=ss.pool_size)
        return random.Random(int(child.generate_state(1, np.uint64)[0]))
    twin = np.random.Generator(type(bg)())  # no seed sequence: read a copy of the state
    twin.bit_generator.state = bg.state
    return random.Random(f"disputes-{int(twin.integers(0, 2**63))}")


def _days(lo: int, hi: int, missing_day: int | None) -> list[int]:
    return [d for d in range(lo, hi + 1) if d != missing_day]


def _from(days: list[int], dr: random.Random) -> list[int]:
    """``days`` from a random one in the first half on: the target day, then later ones to retry."""
    return days[dr.randrange((len(days) + 1) // 2):]


def _refund_options(emps: Sequence[_Emp], custs: Sequence[_Cust], rels: dict[tuple[int, int], _Rel],
                    missing_day: int | None, skip: tuple[int, int]) -> dict[int, list[tuple[int, int, list[int], list[int]]]]:
    """Leaver -> (customer, successor, days for the promise, days for the complaint).

    ``skip`` days after the consent prompt (with the leaver, with the
    successor) are left out: 1 keeps a part off the day the customer was
    asked, where a late answer can leave no room."""
    options: dict[int, list[tuple[int, int, list[int], list[int]]]] = {}
    for e in emps:
        left, succ = e.left_day, e.successor
        if left is None or succ is None:
            continue
        for c in custs:
            if c.follow != e.idx:
                continue
            a, b = rels.get((c.idx, e.idx)), rels.get((c.idx, succ))
            if a is None or b is None or a.refused or b.refused:
                continue
            before = _days(a.first_day + skip[0], min(a.end, left) - 1, missing_day)  # the promise: before the leave
            after = _days(max(left, b.first_day + skip[1]), b.end - 1, missing_day)  # the complaint: after it
            if before and after:
                options.setdefault(e.idx, []).append((c.idx, succ, before, after))
    return options


def _rude_options(agents: list[_Emp], rels: dict[tuple[int, int], _Rel], missing_day: int | None, skip: int,
                  other_cust: int) -> dict[int, list[tuple[int, list[int]]]]:
    """Agent -> (customer, days) of agreed 1:1 relationships."""
    agent_ids = {e.idx for e in agents}
    options: dict[int, list[tuple[int, list[int]]]] = {}
    for key in sorted(rels):
        rel = rels[key]
        if rel.emp not in agent_ids or rel.refused or rel.cust == other_cust:
            continue
        window = _days(rel.first_day + skip, rel.end - 1, missing_day)
        if window:
            options.setdefault(rel.emp, []).append((rel.cust, window))
    return options


def plan_stories(emps: Sequence[_Emp], custs: Sequence[_Cust], rels: dict[tuple[int, int], _Rel],
                 missing_day: int | None, dr: random.Random) -> list[Part]:
    """Choose the people and days of both stories (before the simulation runs).

    The days of a part are a random target day and the later ones of its
    window (to retry on). A story that cannot happen in this archive
    (nobody leaves, or no agreed customer has days before and after the
    leave) is left out.
    """
    parts: list[Part] = []
    busy: set[int] = set()
    refund_cust = -1
    # 1. a full-refund promise by a leaver, disputed with the successor
    options: dict[int, list[tuple[int, int, list[int], list[int]]]] = {}
    for skip in ((1, 1), (0, 1), (0, 0)):  # the complaint, last, is the part that must not fail
        options = options or _refund_options(emps, custs, rels, missing_day, skip)
    if options:
        ei = dr.choice(sorted(options))
        ci, succ, before, after = dr.choice(options[ei])
        promise = Part("refund_promise", "promise", ei, ci, _from(before, dr))
        complaint = Part("refund_promise", "complaint", succ, ci, _from(after[:10], dr) + after[10:], after=promise)
        parts += [promise, complaint]
        busy |= {ei, succ}
        refund_cust = ci
    # 2. a rude agent (customer service if there is one) and the customer's complaint
    agents = [e for e in emps if e.role == "agent" and not e.never_in_scope and e.left_day is None
              and e.scope_from is None and e.idx not in busy]
    rude = _rude_options(agents, rels, missing_day, 1, refund_cust) or _rude_options(agents, rels, missing_day, 0, refund_cust)
    pool = [e.idx for e in agents if e.idx in rude and e.department == "客服"] or sorted(rude)
    if pool:
        ei = dr.choice(pool)
        ci, window = dr.choice(rude[ei])
        parts.append(Part("rudeness", "rude", ei, ci, _from(window, dr)))
    return parts


def plant_day(parts: list[Part], day: int, writer: ArchiveWriter, emps: Sequence[_Emp], custs: Sequence[_Cust],
              rels: dict[tuple[int, int], _Rel], start_ms: int, dr: random.Random) -> None:
    """Plant the parts due on ``day``; call it after the day was simulated.

    The day's records are complete by then, so a conversation is put where
    that chat is quiet (no record of the pair from an hour before to 90
    minutes after its start), starting between 9:00 and 21:00 and at least
    15 minutes after the customer agreed to archiving; on a busy day, half an
    hour after the chat's last record if that is before 22:00 (23:30 on the
    part's last day). A part that finds no room tries its next day.
    """
    for part in parts:
        if part.done or day not in part.days or (part.after is not None and not part.after.done):
            continue
        rel = rels[(part.cust, part.emp)]
        if rel.status != "agree":  # never a refused customer
            continue
        c, e = custs[part.cust], emps[part.emp]
        cid, eid = c.userid, e.userid
        day0 = start_ms + day * _DAY_MS
        lo = max(day0 + 9 * 60 * _MIN, rel.consent_at + 15 * _MIN)
        pair = {(cid, eid), (eid, cid)}
        chat = sorted(rec["msgtime"] for rec in writer.buffers.get(day, ())
                      if not rec.get("roomid") and len(rec.get("tolist", ())) == 1 and (rec.get("from"), rec["tolist"][0]) in pair)
        t = _quiet_start(chat, lo, day0 + 21 * 60 * _MIN, dr)
        if t is None:  # a busy day: after the chat's last record, if the evening allows (later on the last day to try)
            t = max(lo, chat[-1] + 30 * _MIN) if chat else lo
            if t > day0 + (23 * 60 + 30 if day == part.days[-1] else 22 * 60) * _MIN:
                continue
        conv = []
        for speaker, text, role, rule, (d0, d1) in _SCRIPTS[part.script](c.product, c.order_no):
            delay = dr.randrange(d0, d1)
            t += delay
            sender, to = (cid, eid) if speaker == "c" else (eid, cid)
            rec = {"msgid": "", "action": "send", "from": sender, "tolist": [to], "roomid": "", "msgtime": t,
                   "msgtype": "text", "text": {"content": text}}
            item = Planted(rec, dr.randrange(10**18, 10**19))
            conv.append(item)
            part.items.append((item, role, rule))
        writer.plant(conv)


def _quiet_start(chat: list[int], lo: int, hi: int, dr: random.Random) -> int | None:
    """A random start in [lo, hi) with no record of the chat from an hour before to 90 minutes after it."""
    if lo >= hi:
        return None
    for _ in range(40):
        t = dr.randrange(lo, hi)
        if not any(t - 60 * _MIN <= x <= t + 90 * _MIN for x in chat):
            return t
    return None


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, _CST).isoformat(timespec="seconds")


def truth_rows(parts: list[Part], emps: Sequence[_Emp], custs: Sequence[_Cust]) -> list[tuple[Any, ...]]:
    """Rows of ``truth/disputes.csv`` (:data:`DISPUTE_COLUMNS`), once the files are written."""
    rows = []
    for part in parts:
        cid, eid = custs[part.cust].userid, emps[part.emp].userid
        for item, role, rule in part.items:
            rec = item.rec
            rows.append((part.story, rec["msgid"], role, rec["from"], cid, eid, "|".join(sorted((cid, eid))),
                         _iso(rec["msgtime"]), rule, rec["text"]["content"]))
    return rows
