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
import gzip
import io
import json
import logging
import os
import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import numpy as np
import orjson

from . import _content as C
from . import _disputes
from ._bodies import ID_CHARS, media_body
from ._writer import ArchiveWriter

__all__ = ["make_archive"]

log = logging.getLogger(__name__)

_CST = timezone(timedelta(hours=8))
_DAY_MS = 86_400_000

#: Hourly traffic weights (Asia/Shanghai), weekdays and weekends.
_HOURS_WEEKDAY = (0.25, 0.12, 0.06, 0.04, 0.04, 0.06, 0.2, 0.6, 1.3, 2.1, 2.4, 2.2, 1.5, 1.7, 2.2, 2.3, 2.1, 1.8, 1.4, 1.5, 1.9, 1.9, 1.4, 0.7)
_HOURS_WEEKEND = (0.4, 0.2, 0.08, 0.05, 0.04, 0.05, 0.1, 0.3, 0.7, 1.2, 1.6, 1.7, 1.5, 1.5, 1.7, 1.7, 1.6, 1.5, 1.4, 1.6, 2.0, 2.1, 1.6, 0.9)
_CUM_WEEKDAY = list(np.cumsum(_HOURS_WEEKDAY))
_CUM_WEEKEND = list(np.cumsum(_HOURS_WEEKEND))

_CHANNELS = ("扫码", "搜索手机号", "名片分享", "群聊", "广告投放")
_CHANNEL_P = (0.34, 0.16, 0.14, 0.14, 0.22)
#: Refusal propensity by channel (multiplies an employee's base rate).
_CHANNEL_REFUSAL = {"扫码": 0.9, "搜索手机号": 1.2, "名片分享": 0.4, "群聊": 0.7, "广告投放": 1.9}

#: Daily chance that an average customer opens a 1:1 chat, group threads per
#: group-day per 1500 customers, internal chats per employee-day. Tuned so the
#: default size gives ~75k chat messages.
_P_CUSTOMER_DAY = 0.083
_GROUP_THREADS = 1.55
_INTERNAL_PER_EMP = 0.16

_SALES_BOOST = {"price": 2.5, "competitor": 3.5, "battery_life": 2.0, "return_7day": 1.6, "repurchase_discount": 1.8, "product_spec": 1.8, "membership": 1.3}
_SERVICE_BOOST = {"warranty_period": 1.5, "warranty_claim": 2.0, "exchange_window": 1.6, "refund_time": 1.8, "logistics_tracking": 1.8, "invoice_issue": 1.6, "return_process": 1.6, "setup_app": 1.5, "repair_fee": 1.5}
_GROUP_BOOST = {"repurchase_discount": 4.0, "coupon": 2.5, "price": 1.5, "setup_app": 1.5, "usage_tips": 2.0, "battery_life": 1.5, "gift": 2.0, "membership": 1.5}

_INTERNAL_TEXTS = (
    "这个客户又来问保修了，KB里写的还是1年", "今天的退款单我处理完了", "下午3点开会别忘了", "帮我看下这个客户的订单",
    "换货期限现在是15天对吧", "收到", "好的", "KB那条安装费的说法要改一下，现在免费了", "这周的客诉汇总发群里了",
    "明天我调休，客户先转给你", "这个发票问题找财务", "群里那个VIP客户你跟一下", "晚点给你回电话", "辛苦了",
    "复购9折活动延长到月底", "客户要专票，资料我转你", "这单可以特批退款吗", "OK", "我先去吃饭了", "麻烦帮忙催下仓库发货",
)
_PROMO_TEXTS = (
    "【老客户福利】老客户复购享9折，可叠加满1000减100券，本周日截止~", "群福利：今晚8点直播，下单送一年耗材包",
    "新品W2智能手表上市，群内预约立减100元", "提醒大家：滤网建议3个月更换一次，配件专区有售", "本周六日满1000减100，老客户复购再打9折",
    "签到领积分活动开始啦，100积分抵1元", "有问题随时在群里@我哦",
)
_GROUP_NAMES = ("云朵{}号粉丝群", "X3用户交流群{}", "云朵老客户福利群{}", "V8吸尘器车友会{}", "W2手表用户群{}", "云朵VIP服务群{}")
_INTERNAL_GROUP_NAMES = ("客服部工作群", "销售一组", "销售二组", "售后处理群", "KB维护小组", "管理层沟通群", "客服质检群", "新人培训群")


def _check_random_state(random_state: int | np.random.Generator | None) -> np.random.Generator:
    """Turn ``random_state`` into a :class:`numpy.random.Generator`."""
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or (isinstance(random_state, (int, np.integer)) and not isinstance(random_state, bool)):
        return np.random.default_rng(random_state)
    raise TypeError(f"random_state must be an int, a numpy Generator or None; got {type(random_state).__name__}")


# ---------------------------------------------------------------- population


@dataclass
class _Emp:
    idx: int
    userid: str
    name: str
    department: str
    role: str
    style: str  # specific / vague
    refusal_rate: float
    never_in_scope: bool = False
    scope_from: int | None = None  # day index; None: since before the period
    scope_until: int | None = None  # day index (exclusive); None: still in scope
    left_day: int | None = None
    successor: int | None = None
    speed: float = 1.0

    def in_scope(self, day: int) -> bool:
        if self.never_in_scope:
            return False
        if self.scope_from is not None and day < self.scope_from:
            return False
        return self.scope_until is None or day < self.scope_until

    def active(self, day: int) -> bool:
        return self.left_day is None or day < self.left_day


@dataclass
class _Cust:
    idx: int
    userid: str
    name: str
    follow: int
    channel: str
    segment: str
    added_day: int  # negative: before the period
    product: str
    order_no: str
    activity: float


@dataclass
class _Rel:
    """A customer's 1:1 relationship with one employee, and its consent plan."""

    cust: int
    emp: int
    start: int  # first day the employee owns the customer
    end: int  # exclusive
    first_day: int = -1  # day of the consent prompt
    refused: bool = False
    reagree_day: int | None = None
    leak_day: int | None = None
    status: str = ""  # "", "agree", "disagree"
    consent_at: int = 0
    reagreed: bool = False


@dataclass
class _Room:
    roomid: str
    name: str
    internal: bool
    creator: int
    created_ms: int
    created_day: int
    employees: list[int]
    customers: list[tuple[int, int]]  # (cust idx, join day)
    robot: str | None
    weight: float
    member_cache: dict = field(default_factory=dict)


def _rand_id(r: random.Random, prefix: str, n: int) -> str:
    return prefix + "".join(r.choices(ID_CHARS, k=n))


def _make_employees(n: int, r: random.Random, n_days: int) -> list[_Emp]:
    used: set[str] = set()
    names: set[str] = set()
    emps: list[_Emp] = []
    n_sales = n // 2
    digit_ids = {3, 17} if n > 17 else {min(3, n - 1)}
    for i in range(n):
        while True:
            (sur, sp), (giv, gp) = r.choice(C.SURNAMES), r.choice(C.GIVEN)
            if sur + giv not in names:
                break
        names.add(sur + giv)
        if i in digit_ids:
            uid = f"{r.randrange(100, 99999):07d}"
        else:
            style = r.random()
            if style < 0.55:
                uid = sp + gp
            elif style < 0.85:
                uid = sp.capitalize() + gp.capitalize()
            else:
                uid = sp.capitalize() + gp.capitalize() + f"{r.randrange(1, 20):02d}"
        while uid in used:
            uid = uid + f"{r.randrange(1, 10)}"
        used.add(uid)
        dept = "销售" if i < n_sales else "客服"
        emps.append(_Emp(i, uid, sur + giv, dept, "agent", "specific", 0.0))
    # roles: one admin, a supervisor per department
    emps[n - 1].role = "admin"
    emps[0].role = "supervisor"
    if n_sales < n - 1:
        emps[n_sales].role = "supervisor"
    agents = [e for e in emps if e.role == "agent"]
    r.shuffle(agents)
    n_out = max(1, round(n / 8)) if n >= 6 else 0
    n_left = (3 if n >= 30 else 2) if n >= 8 else 0
    for e in agents[:n_out]:
        e.never_in_scope = True
    pool = agents[n_out:]
    added = pool[0] if len(pool) > n_left + 2 else None
    if added is not None:
        added.scope_from = max(1, round(n_days * 0.25))
    stable = [e for e in pool if e is not added]
    leavers = stable[1 : 1 + n_left]
    keepers = [e for e in stable if e not in leavers]
    for k, e in enumerate(leavers):
        e.left_day = max(1, min(n_days - 1, round(n_days * (0.4 + 0.12 * k))))
        e.scope_until = e.left_day
        same = [s for s in keepers if s.department == e.department] or keepers
        e.successor = r.choice(same).idx
    for e in emps:
        e.style = "specific" if r.random() < 0.6 else "vague"
        e.refusal_rate = round(r.uniform(0.04, 0.13), 3)
        e.speed = float(np.exp(r.gauss(0, 0.3)))
    # exactly one employee well above 20% refusals: a stable in-scope sales agent
    bad = next((e for e in keepers if e.department == "销售"), keepers[0] if keepers else None)
    if bad is not None:
        bad.refusal_rate = 0.3
        bad.style = "vague"
    return emps


def _agents_for_customers(emps: list[_Emp]) -> tuple[list[int], list[float]]:
    idx, w = [], []
    for e in emps:
        if e.role == "admin":
            continue
        idx.append(e.idx)
        w.append(0.3 if e.role == "supervisor" else 1.0 + (0.4 if e.department == "销售" else 0.0))
    return idx, w


def _make_customers(n: int, emps: list[_Emp], rng: np.random.Generator, r: random.Random, n_days: int) -> list[_Cust]:
    owners, weights = _agents_for_customers(emps)
    w = np.asarray(weights) * rng.gamma(4.0, 0.25, size=len(weights))
    follow = rng.choice(owners, size=n, p=w / w.sum())
    channel = rng.choice(len(_CHANNELS), size=n, p=_CHANNEL_P)
    before = rng.random(n) < 0.45
    added = np.where(before, -rng.integers(1, 400, size=n), rng.integers(0, max(n_days, 1), size=n))
    activity = rng.gamma(0.9, 1 / 0.9, size=n)
    activity = activity / activity.mean()  # volume proportional to n, whatever the draw
    used: set[str] = set()
    custs = []
    for i in range(n):
        prefix = "wo" if r.random() < 0.05 else "wm"
        uid = _rand_id(r, prefix, 30)
        while uid in used:
            uid = _rand_id(r, prefix, 30)
        used.add(uid)
        x = r.random()
        if x < 0.5:
            sur = r.choice(C.SURNAMES)[0]
            name = sur + r.choice(("先生", "女士", "小姐", "总", "姐", "哥"))
        elif x < 0.8:
            name = r.choice(C.NICKNAMES) + ("" if r.random() < 0.6 else str(r.randrange(1, 100)))
        else:
            (sur, _), (giv, _) = r.choice(C.SURNAMES), r.choice(C.GIVEN)
            name = sur + giv
        if before[i]:
            seg = "VIP" if r.random() < 0.2 else "老客"
        else:
            seg = "新客" if r.random() < 0.85 else "老客"
        order = (f"{20260000000000 + r.randrange(10**10):014d}{r.randrange(100):02d}" if r.random() < 0.7 else f"SF{r.randrange(10**12, 10**13)}")
        custs.append(_Cust(i, uid, name, int(follow[i]), _CHANNELS[int(channel[i])], seg, int(added[i]), r.choice(C.PRODUCT_KEYS), order, float(activity[i])))
    return custs


def _owner(c: _Cust, day: int, emps: list[_Emp]) -> int:
    e = emps[c.follow]
    if e.left_day is not None and day >= e.left_day and e.successor is not None:
        return e.successor
    return c.follow


def _make_relationships(custs: list[_Cust], emps: list[_Emp], rng: np.random.Generator, r: random.Random, n_days: int) -> dict[tuple[int, int], _Rel]:
    rels: dict[tuple[int, int], _Rel] = {}
    for c in custs:
        e = emps[c.follow]
        spans = [(c.follow, max(0, c.added_day), e.left_day if e.left_day is not None else n_days)]
        if e.left_day is not None and e.successor is not None:
            spans.append((e.successor, max(e.left_day, c.added_day), n_days))
        for emp_idx, start, end in spans:
            emp = emps[emp_idx]
            if emp.never_in_scope:
                continue
            if emp.scope_from is not None:
                start = max(start, emp.scope_from)
            if start >= end:
                continue
            rel = _Rel(c.idx, emp_idx, start, end)
            if c.added_day >= start:  # a new customer: consent at the first chat, the day they are added
                rel.first_day = start
            else:  # an existing customer, prompted at the next chat
                rel.first_day = min(end - 1, start + r.randrange(0, 7))
            rels[(c.idx, emp_idx)] = rel
    # refusals: per employee, exactly round(rate * n) relationships, weighted by channel
    by_emp: dict[int, list[_Rel]] = defaultdict(list)
    for key in sorted(rels):
        by_emp[key[1]].append(rels[key])
    refused: list[_Rel] = []
    for emp_idx in sorted(by_emp):
        lst = by_emp[emp_idx]
        k = int(round(emps[emp_idx].refusal_rate * len(lst)))
        if k == 0:
            continue
        w = np.array([_CHANNEL_REFUSAL[custs[x.cust].channel] for x in lst])
        for j in sorted(rng.choice(len(lst), size=k, replace=False, p=w / w.sum())):
            lst[int(j)].refused = True
            refused.append(lst[int(j)])
    # some refusers agree again later
    for rel in refused:
        if r.random() < 0.2 and rel.end - rel.first_day > 10:
            rel.reagree_day = rel.first_day + r.randrange(5, min(30, rel.end - rel.first_day))
    # 2-3 planted leaks: a refused customer's later 1:1 chat that still reached the archive
    n_leaks = 3 if len(refused) >= 12 else min(2, len(refused))
    cands = [x for x in refused if x.reagree_day is None and x.end - x.first_day > 3]
    r.shuffle(cands)
    for rel in cands[:n_leaks]:
        rel.leak_day = rel.first_day + r.randrange(1, min(10, rel.end - rel.first_day - 1) + 1)
    return rels


def _make_rooms(n_groups: int, emps: list[_Emp], custs: list[_Cust], rng: np.random.Generator, r: random.Random, start_ms: int, n_days: int) -> list[_Room]:
    n_internal = min(len(_INTERNAL_GROUP_NAMES), max(1, round(n_groups * 0.1))) if n_groups > 1 else 0
    n_comm = n_groups - n_internal
    anchors = [e for e in emps if e.role == "agent" and not e.never_in_scope and e.left_day is None and e.scope_from is None]
    if not anchors:
        anchors = [e for e in emps if not e.never_in_scope and e.left_day is None] or emps
    outsiders = [e for e in emps if e.never_in_scope]
    others = [e for e in emps if e.role != "admin"]
    n_c = len(custs)
    target = float(np.clip(0.65 * n_c / max(n_comm, 1), 5, 40))
    seg_w = np.array([2.0 if c.segment == "VIP" else 1.3 if c.segment == "老客" else 1.0 for c in custs])
    seg_p = seg_w / seg_w.sum()
    rooms: list[_Room] = []
    used: set[str] = set()
    for g in range(n_groups):
        internal = g >= n_comm
        rid = _rand_id(r, "wr", 30)
        while rid in used:
            rid = _rand_id(r, "wr", 30)
        used.add(rid)
        created_day = -r.randrange(10, 500) if r.random() < 0.85 else r.randrange(0, max(1, n_days // 2))
        created_ms = start_ms + created_day * _DAY_MS + r.randrange(9 * 3600_000, 20 * 3600_000)
        if internal:
            name = _INTERNAL_GROUP_NAMES[g - n_comm]
            k = min(len(emps), r.randrange(5, 16))
            members = sorted(int(x) for x in rng.choice(len(emps), size=k, replace=False))
            anchor = r.choice(anchors).idx
            if anchor not in members:
                members.append(anchor)
            rooms.append(_Room(rid, name, True, anchor, created_ms, created_day, members, [], None, r.uniform(0.5, 1.5)))
            continue
        name = r.choice(_GROUP_NAMES).format(r.randrange(1, 30))
        anchor = r.choice(anchors)
        staff = [anchor.idx]
        if outsiders and r.random() < 0.35:
            staff.append(r.choice(outsiders).idx)
        for _ in range(r.choice((0, 0, 1, 1, 2))):
            e = r.choice(others)
            if e.idx not in staff:
                staff.append(e.idx)
        k = int(min(n_c, max(3, rng.poisson(target))))
        chosen = sorted(int(x) for x in rng.choice(n_c, size=k, replace=False, p=seg_p))
        members_c = []
        for ci in chosen:
            join = max(created_day, custs[ci].added_day) + (r.randrange(0, 5) if r.random() < 0.5 else 0)
            members_c.append((ci, join))
        robot = _rand_id(r, "wb", 28) if r.random() < 0.3 else None
        rooms.append(_Room(rid, name, False, anchor.idx, created_ms, created_day, staff, members_c, robot, float(rng.gamma(2.0, 0.5))))
    comm = [room for room in rooms if not room.internal]
    total = sum(room.weight for room in comm)
    for room in comm:  # mean weight exactly 1: group volume proportional to n_customers
        room.weight = room.weight * len(comm) / total
    return rooms


# ---------------------------------------------------------------- simulation


class _Sim:
    """Builds the records of one day; holds the per-run state."""

    def __init__(self, emps, custs, rels, rooms, start_ms, n_days, suggestions_day, writer, truth_rows):
        self.emps = emps
        self.custs = custs
        self.rels = rels
        self.rooms = rooms
        self.start_ms = start_ms
        self.n_days = n_days
        self.suggestions_day = suggestions_day
        self.writer = writer
        self.truth_rows = truth_rows
        self.leaks: list[dict] = []
        self.reply_before: list[float] = []
        self.reply_after: list[float] = []
        self.consent_log: list[tuple[int, str, int]] = []
        self.r: random.Random = random.Random(0)
        self.day = 0
        self.to_s2t = None
        intents = C.INTENTS
        self.intents = intents

        def cum(boost):
            acc, out = 0.0, []
            for it in intents:
                acc += it.weight * boost.get(it.name, 1.0)
                out.append(acc)
            return out

        self.cum_sales = cum(_SALES_BOOST)
        self.cum_service = cum(_SERVICE_BOOST)
        self.cum_group = cum(_GROUP_BOOST)

    # -- helpers
    def _convert_trad(self, text: str) -> str:
        if self.to_s2t is None:
            import opencc

            self.to_s2t = opencc.OpenCC("s2t")
        return self.to_s2t.convert(text)

    def _msgid(self, t: int, external: bool) -> str:
        d = self.r.randrange(10**18, 10**19)
        return f"{d}_{t}_external" if external else f"{d}_{t}"

    def _emit(self, rec: dict) -> None:
        self.writer.add(rec)

    def record(self, sender: str, tolist: list[str], roomid: str | None, t: int, msgtype: str, body_key: str, body: Any, external: bool, extra: dict | None = None) -> dict:
        rec: dict[str, Any] = {"msgid": self._msgid(t, external), "action": "send", "from": sender, "tolist": tolist}
        if roomid is not None:
            rec["roomid"] = roomid
        rec["msgtime"] = t
        rec["msgtype"] = msgtype
        if extra:
            rec.update(extra)
        if msgtype == "vote":
            rec.update(body)
        else:
            rec[body_key] = body
        self._emit(rec)
        return rec

    def text(self, sender, tolist, roomid, t, content, external, recall_p=0.006):
        rec = self.record(sender, tolist, roomid, t, "text", "text", {"content": content}, external)
        if self.r.random() < recall_p:
            t2 = t + self.r.randrange(3_000, 110_000)
            self._emit({"msgid": self._msgid(t2, external), "action": "recall", "from": sender, "tolist": tolist, "roomid": roomid or "", "msgtime": t2, "msgtype": "revoke", "revoke": {"pre_msgid": rec["msgid"]}})
        return rec

    def media(self, msgtype, sender, tolist, roomid, t, external, ctx=None):
        key, body = media_body(msgtype, self.r, t, ctx or {})
        extra = None
        if msgtype == "meeting_voice_call":
            extra = {"voiceid": "grb" + "".join(self.r.choices(ID_CHARS, k=24))}
            roomid = None
        elif msgtype == "voip_doc_share":
            extra = {"voipid": "gr" + "".join(self.r.choices(ID_CHARS, k=24))}
            roomid = None
        return self.record(sender, tolist, roomid, t, msgtype, key, body, external, extra)

    def start_time(self, day: int) -> int:
        wd = (self.weekday0 + day) % 7
        cum = _CUM_WEEKEND if wd >= 5 else _CUM_WEEKDAY
        h = self.r.choices(range(24), cum_weights=cum)[0]
        return self.start_ms + day * _DAY_MS + h * 3_600_000 + self.r.randrange(3_600_000)

    def reply_delay(self, t: int, emp: _Emp, fast: bool) -> int:
        """Milliseconds from a customer message to the employee's reply."""
        r = self.r
        median = 50.0 if fast else 250.0
        sec = median * emp.speed * float(np.exp(0.85 * r.gauss(0, 1)))
        local_ms = (t - self.start_ms) % _DAY_MS
        hour = local_ms // 3_600_000
        day = (t - self.start_ms) // _DAY_MS
        if (self.weekday0 + day) % 7 >= 5:
            sec *= 1.6
        if hour >= 22 or hour < 8:
            if r.random() < 0.6:  # answered next morning
                nxt = 8.5 * 3600 + r.randrange(0, 3600) + r.random()
                cur = local_ms / 1000
                return int(((nxt - cur) if cur < nxt else (86400 - cur + nxt)) * 1000)
            sec *= 4
        elif hour in (12, 18):
            sec *= 1.5
        return int(max(8.0, min(sec, 6 * 3600)) * 1000)

    def cust_question(self, intent: C.Intent, c: _Cust, mention: str | None = None) -> list[str]:
        r = self.r
        t = C.fill(r.choice(intent.questions), r, c.product, c.order_no)
        if r.random() < 0.1:
            for a, b in C.TYPOS:
                if a in t:
                    t = t.replace(a, b, 1)
                    break
        prefix = r.choice(C.PREFIXES)
        suffix = r.choice(C.SUFFIXES) if t[-1] not in "？?。！!" else ""
        core = t + suffix
        emoji = r.choice(C.EMOJI) if r.random() < 0.1 else ""
        x = r.random()
        if x < 0.1 and prefix:
            parts = [prefix.rstrip("，, "), core]
        elif x < 0.15 and "，" in core:
            a, b = core.split("，", 1)
            parts = [a, b]
        elif x < 0.18:
            parts = [r.choice(C.NON_QUESTIONS["greeting"]), r.choice(("想问一下", "咨询个问题", "问个事")), core]
        else:
            parts = [prefix + core]
        y = r.random()
        if y < 0.04:
            parts = [C.full_width(p) for p in parts]
        elif y < 0.08:
            parts = [self._convert_trad(p) for p in parts]
        if emoji:
            parts[-1] += emoji
        if mention:
            parts[0] = f"@{mention} {parts[0]}"
        return [p for p in parts if p]

    def agent_reply(self, intent: C.Intent, emp: _Emp, c: _Cust, specific: bool, mention: str | None = None) -> str:
        r = self.r
        if specific:
            body = C.fill(r.choice(intent.specific), r, c.product, c.order_no)
        else:
            body = r.choice(intent.vague + C.GENERIC_VAGUE)
        text = r.choice(C.AGENT_OPENERS) + body + r.choice(C.AGENT_CLOSERS)
        return f"@{mention} {text}" if mention else text

    def truth(self, msgids, cust, emp, chat_id, intent, is_q, text, t, chat_type, reply_ms=None, reply_id="", style="", followup_of=""):
        kb = C.INTENT_BY_NAME[intent].kb_id if intent in C.INTENT_BY_NAME else ""
        self.truth_rows.append(
            (t, " ".join(msgids), cust, emp, chat_id, intent, kb, is_q, text, chat_type, _iso(t),
             "" if reply_ms is None else round(reply_ms / 1000, 3), reply_id, style, followup_of)
        )
        if reply_ms is not None:
            (self.reply_after if self.day >= self.suggestions_day else self.reply_before).append(reply_ms / 1000)

    # -- one day
    def run_day(self, day: int, rng: np.random.Generator, forced: dict[int, list[int]]) -> None:
        self.day = day
        self.r = random.Random(int(rng.integers(0, 2**63)))
        wd = (self.weekday0 + day) % 7
        factor = (0.7 if wd >= 5 else 1.0) * (1.0 + 0.1 * np.sin(day / 7.0))
        # 1:1 external chats
        act = self.activity * factor
        added = self.added_day <= day
        active = np.flatnonzero(added & (rng.random(len(act)) < act))
        todo = sorted(set(int(i) for i in active) | set(forced.get(day, ())))
        for ci in todo:
            self.single_chat(self.custs[ci], day)
        # group threads
        scale = len(self.custs) / 1500.0
        for room in self.rooms:
            if room.created_day > day:
                continue
            lam = room.weight * factor * (_GROUP_THREADS * scale if not room.internal else 0.9)
            for _ in range(int(rng.poisson(lam))):
                if room.internal:
                    self.internal_group_chat(room, day)
                else:
                    self.group_chat(room, day)
        # internal 1:1 chats
        eligible = [e for e in self.emps if e.active(day) and not e.never_in_scope]
        if len(eligible) >= 2:
            for _ in range(int(rng.poisson(_INTERNAL_PER_EMP * len(self.emps) * factor))):
                a, b = self.r.sample(eligible, 2)
                if a.in_scope(day) or b.in_scope(day):
                    self.internal_chat(a, b, day)
        # enterprise switch log
        for _ in range(int(rng.poisson(0.04 * len(self.emps)))):
            e = self.r.choice(eligible) if eligible else None
            if e is not None and e.in_scope(day):
                t = self.start_time(day)
                self._emit({"msgid": str(self.r.randrange(10**20, 10**21)), "action": "switch", "time": t, "user": e.userid})

    def single_chat(self, c: _Cust, day: int) -> None:
        emps, r = self.emps, self.r
        e_idx = _owner(c, day, emps)
        emp = emps[e_idx]
        if not emp.in_scope(day) or not emp.active(day):
            return
        rel = self.rels.get((c.idx, e_idx))
        if rel is None or day < rel.first_day:
            return
        t = self.start_time(day)
        cid, eid = c.userid, emp.userid
        consent = None
        if day == rel.first_day:
            consent = "disagree" if rel.refused else "agree"
        elif rel.reagree_day is not None and day == rel.reagree_day and rel.status == "disagree":
            consent = "agree"
            rel.reagreed = True
        if consent is not None:
            key = "agree_time" if consent == "agree" else "disagree_time"
            self.record(cid, [eid], "", t, consent, consent, {"userid": cid, key: t}, True)
            rel.status = consent
            rel.consent_at = t
            self.consent_log.append((day, consent, e_idx))
            t += r.randrange(2_000, 40_000)
        leak = False
        if rel.status == "disagree":
            if rel.leak_day is not None and day == rel.leak_day:
                leak = True
            else:
                return  # not archived: the customer refused
        before = len(self.writer.pending_ids)
        self.writer.track = True
        self.conversation(c, emp, t, day, leak)
        self.writer.track = False
        if leak:
            ids = self.writer.pending_ids[before:]
            self.leaks.append({"customer_id": cid, "employee_id": eid, "disagree_at": _iso(rel.consent_at), "day": _day_iso(self.start_ms, day), "msgids": list(ids)})
        self.writer.pending_ids.clear()

    def conversation(self, c: _Cust, emp: _Emp, t: int, day: int, leak: bool) -> None:
        r = self.r
        cid, eid = c.userid, emp.userid
        to_e, to_c = [eid], [cid]
        chat_id = "|".join(sorted((cid, eid)))
        fast = day >= self.suggestions_day and not leak
        spec_p = 0.88 if emp.style == "specific" else 0.22
        ext = True
        if emp.department == "销售" and r.random() < 0.12:  # salesperson reaches out first
            self.text(eid, to_c, "", t, r.choice(_PROMO_TEXTS), ext)
            t += r.randrange(1_000, 5_000)
            if r.random() < 0.5:
                self.media(r.choice(("link", "weapp", "image", "sphfeed")), eid, to_c, "", t, ext)
            t += r.randrange(60_000, 4 * 3600_000)
        if r.random() < 0.35:
            g = r.choice(C.NON_QUESTIONS["greeting"])
            rec = self.text(cid, to_e, "", t, g, ext)
            self.truth([rec["msgid"]], cid, eid, chat_id, "greeting", False, g, t, "single")
            if r.random() < 0.5:
                t += r.randrange(5_000, 120_000)
                self.text(eid, to_c, "", t, r.choice(("您好，在的", "在的，您说", "您好，请问有什么可以帮您？", "在的亲")), ext)
            t += r.randrange(5_000, 60_000)
        cum = self.cum_sales if emp.department == "销售" else self.cum_service
        n_q = r.choice((1, 1, 1, 2, 2, 3))
        for _ in range(n_q):
            intent = r.choices(self.intents, cum_weights=cum)[0]
            t = self.question_turn(c, emp, intent, t, "", to_e, to_c, chat_id, fast, spec_p, "single", ext)
            t += r.randrange(30_000, 600_000)
        if r.random() < 0.06:
            ch = r.choice(C.NON_QUESTIONS["chitchat"])
            rec = self.text(cid, to_e, "", t, ch, ext)
            self.truth([rec["msgid"]], cid, eid, chat_id, "chitchat", False, ch, t, "single")
            t += r.randrange(10_000, 300_000)
            self.text(eid, to_c, "", t, r.choice(("哈哈是的", "[微笑]", "感谢支持~", "谢谢您")), ext)
        if r.random() < 0.05:  # employee-side extras
            mt = r.choices(("external_redpacket", "redpacket", "voiptext", "meeting_voice_call", "voip_doc_share", "card", "location", "video", "file", "mixed"), weights=(2, 2, 4, 2, 1, 3, 3, 3, 4, 3))[0]
            ctx = {"userid": self.emps[emp.successor or emp.idx].userid, "creator": eid, "text": "给您发个图参考一下"}
            self.media(mt, eid, to_c, "", t + r.randrange(10_000, 300_000), ext, ctx)

    def question_turn(self, c, emp, intent, t, roomid, to_e, to_c, chat_id, fast, spec_p, chat_type, ext, mention_e=None, mention_c=None) -> int:
        r = self.r
        cid, eid = c.userid, emp.userid
        parts = self.cust_question(intent, c, mention_e)
        ids = []
        t0 = t
        for k, p in enumerate(parts):
            if k:
                t += r.randrange(3_000, 30_000)
            ids.append(self.text(cid, to_e, roomid, t, p, ext)["msgid"])
        q_text = " ".join(parts)
        q_t = t
        extra_rows = []
        if intent.wants_order and r.random() < 0.35:
            t += r.randrange(4_000, 40_000)
            rec = self.text(cid, to_e, roomid, t, c.order_no, ext)
            extra_rows.append(([rec["msgid"]], "order_number", c.order_no, t))
        if intent.follow_media and r.random() < 0.45:
            t += r.randrange(5_000, 60_000)
            rec = self.media(r.choice(intent.follow_media), cid, to_e, roomid, t, ext)
            extra_rows.append(([rec["msgid"]], "media", "", t))
        elif r.random() < 0.2:
            t += r.randrange(5_000, 60_000)
            rec = self.media(r.choice(("voice", "voice", "voice", "image", "image", "image", "emotion", "file", "location", "link", "mixed", "card", "video")), cid, to_e, roomid, t, ext, {"userid": self._some_cust_id(), "text": "就是这个"})
            extra_rows.append(([rec["msgid"]], "sticker" if rec["msgtype"] == "emotion" else "media", "", t))
        delay = self.reply_delay(q_t, emp, fast)
        t_rep = q_t + delay
        if t_rep <= t:
            t_rep = t + r.randrange(5_000, 30_000)
        specific = r.random() < spec_p
        rep = self.text(eid, to_c, roomid, t_rep, self.agent_reply(intent, emp, c, specific, mention_c), ext)
        self.truth(ids, cid, eid, chat_id, intent.name, True, q_text, t0, chat_type, t_rep - q_t, rep["msgid"], "specific" if specific else "vague")
        for mids, it, txt, tt in extra_rows:
            self.truth(mids, cid, eid, chat_id, it, False, txt, tt, chat_type)
        t = t_rep
        if r.random() < 0.25:
            t += r.randrange(2_000, 20_000)
            mt = r.choice(("link", "weapp", "file", "image", "image", "video", "card", "voice"))
            self.media(mt, eid, to_c, roomid, t, ext, {"userid": self._some_cust_id(), "creator": eid})
        if not specific and r.random() < 0.55:
            t += r.randrange(20_000, 300_000)
            generic = r.random() < 0.6
            again = r.choice(C.ASK_AGAIN) if generic else self.cust_question(intent, c, mention_e)[-1]
            rec = self.text(cid, to_e, roomid, t, again, ext)
            t_rep = t + self.reply_delay(t, emp, fast)
            specific = r.random() < 0.6
            rep = self.text(eid, to_c, roomid, t_rep, self.agent_reply(intent, emp, c, specific, mention_c), ext)
            self.truth([rec["msgid"]], cid, eid, chat_id, "ask_again" if generic else intent.name, True, again, t, chat_type,
                       t_rep - t, rep["msgid"], "specific" if specific else "vague", intent.name)
            t = t_rep
        x = r.random()
        if specific and x < 0.45 or not specific and x < 0.12:
            t += r.randrange(10_000, 180_000)
            kind = "thanks" if r.random() < 0.7 else "ack"
            txt = r.choice(C.NON_QUESTIONS[kind])
            if r.random() < 0.15:
                txt += r.choice(C.EMOJI)
            rec = self.text(cid, to_e, roomid, t, txt, ext)
            self.truth([rec["msgid"]], cid, eid, chat_id, kind, False, txt, t, chat_type)
        if r.random() < 0.18:
            t += r.randrange(3_000, 60_000)
            rec = self.media("emotion", cid, to_e, roomid, t, ext)
            self.truth([rec["msgid"]], cid, eid, chat_id, "sticker", False, "", t, chat_type)
        return t

    def _some_cust_id(self) -> str:
        return self.custs[self.r.randrange(len(self.custs))].userid

    def room_members(self, room: _Room, day: int) -> list[str]:
        m = room.member_cache.get(day)
        if m is None:
            ids = [self.emps[e].userid for e in room.employees if self.emps[e].active(day)]
            for e in room.employees:
                emp = self.emps[e]
                if not emp.active(day) and emp.successor is not None and self.emps[emp.successor].userid not in ids:
                    ids.append(self.emps[emp.successor].userid)
            ids += [self.custs[ci].userid for ci, j in room.customers if j <= day]
            if room.robot:
                ids.append(room.robot)
            room.member_cache = {day: ids}
            m = ids
        return m

    def group_chat(self, room: _Room, day: int) -> None:
        r = self.r
        members = self.room_members(room, day)
        custs = [ci for ci, j in room.customers if j <= day]
        staff = [self.emps[e] for e in room.employees if self.emps[e].active(day)]
        for e in room.employees:
            emp = self.emps[e]
            if not emp.active(day) and emp.successor is not None:
                staff.append(self.emps[emp.successor])
        if not staff:
            return
        rid = room.roomid

        def tl(sender: str) -> list[str]:
            return [m for m in members if m != sender]

        t = self.start_time(day)
        fast = day >= self.suggestions_day
        kind = r.choices(("question", "promo", "robot", "chitchat", "activity"), weights=(0.6, 0.1, 0.08 if room.robot else 0.0, 0.14, 0.08))[0]
        if not custs and kind in ("question", "chitchat"):
            kind = "promo"
        emp = r.choice(staff)
        if kind == "question":
            c = self.custs[r.choice(custs)]
            mention_e = emp.name if r.random() < 0.5 else None
            intent = r.choices(self.intents, cum_weights=self.cum_group)[0]
            spec_p = 0.88 if emp.style == "specific" else 0.22
            self.question_turn(c, emp, intent, t, rid, tl(c.userid), tl(emp.userid), rid, fast, spec_p, "group", True, mention_e, c.name)
            if r.random() < 0.2 and len(custs) > 1:
                c2 = self.custs[r.choice(custs)]
                if c2.idx != c.idx:
                    txt = r.choice(("+1 我也想问", "同问", "我的也是这样", "学到了", "收到"))
                    rec = self.text(c2.userid, tl(c2.userid), rid, t + r.randrange(60_000, 900_000), txt, True)
                    self.truth([rec["msgid"]], c2.userid, emp.userid, rid, "ack" if txt in ("学到了", "收到") else "chitchat", False, txt, rec["msgtime"], "group")
        elif kind == "promo":
            self.text(emp.userid, tl(emp.userid), rid, t, r.choice(_PROMO_TEXTS), True)
            if r.random() < 0.6:
                self.media(r.choice(("link", "weapp", "image", "news", "sphfeed", "video")), emp.userid, tl(emp.userid), rid, t + r.randrange(2_000, 20_000), True)
            if r.random() < 0.15:
                self.media("redpacket", emp.userid, tl(emp.userid), rid, t + r.randrange(20_000, 60_000), True)
            if custs and r.random() < 0.5:
                c = self.custs[r.choice(custs)]
                intent = C.INTENT_BY_NAME[r.choice(("repurchase_discount", "coupon", "price", "gift"))]
                spec_p = 0.88 if emp.style == "specific" else 0.22
                self.question_turn(c, emp, intent, t + r.randrange(60_000, 1_800_000), rid, tl(c.userid), tl(emp.userid), rid, fast, spec_p, "group", True, None, c.name)
        elif kind == "robot":
            mt = r.choice(("markdown", "news", "text"))
            if mt == "text":
                self.text(room.robot, tl(room.robot), rid, t, r.choice(("【提醒】今日群内答疑时间9:00-21:00", "欢迎新朋友入群，有问题请@客服", "本周复购9折活动火热进行中")), True, 0.0)
            else:
                self.media(mt, room.robot, tl(room.robot), rid, t, True, {"text": "**每日提醒**\n> " + r.choice(_PROMO_TEXTS)})
        elif kind == "chitchat":
            for _ in range(r.randrange(1, 5)):
                c = self.custs[r.choice(custs)]
                t += r.randrange(10_000, 600_000)
                if r.random() < 0.55:
                    txt = r.choice(C.NON_QUESTIONS["chitchat"] + C.NON_QUESTIONS["greeting"])
                    if r.random() < 0.2:
                        txt += r.choice(C.EMOJI)
                    rec = self.text(c.userid, tl(c.userid), rid, t, txt, True)
                    self.truth([rec["msgid"]], c.userid, emp.userid, rid, "chitchat", False, txt, t, "group")
                else:
                    mt = r.choice(("emotion", "emotion", "image", "video", "sphfeed", "link", "location"))
                    rec = self.media(mt, c.userid, tl(c.userid), rid, t, True)
                    self.truth([rec["msgid"]], c.userid, emp.userid, rid, "sticker" if mt == "emotion" else "media", False, "", t, "group")
        else:
            mt = r.choices(("vote", "collect", "jielong", "sphfeed", "redpacket", "todo", "note"), weights=(3, 2, 2, 2, 2, 1, 1))[0]
            names = [self.custs[ci].name for ci in custs[:8]]
            if mt == "vote":
                vid = "".join(r.choices(ID_CHARS, k=16))
                body = {"votetitle": r.choice(("下次直播想看什么", "最想要的新品")), "voteitem": ["扫地机器人", "吸尘器", "智能手表"], "votetype": 101, "voteid": vid}
                self.record(emp.userid, tl(emp.userid), rid, t, "vote", "", body, True)
                for ci in custs[: r.randrange(0, 4)]:
                    t += r.randrange(30_000, 900_000)
                    cu = self.custs[ci].userid
                    self.record(cu, tl(cu), rid, t, "vote", "", {"votetitle": body["votetitle"], "voteitem": [r.choice(body["voteitem"])], "votetype": 102, "voteid": vid}, True)
            else:
                self.media(mt, emp.userid, tl(emp.userid), rid, t, True, {"names": names, "room_name": room.name, "creator": emp.name, "text": "群公告：本周六直播"})

    def internal_group_chat(self, room: _Room, day: int) -> None:
        r = self.r
        staff = [self.emps[e] for e in room.employees if self.emps[e].active(day)]
        if len(staff) < 2:
            return
        ids = [e.userid for e in staff]
        t = self.start_time(day)
        for _ in range(r.randrange(1, 6)):
            e = r.choice(staff)
            tl = [x for x in ids if x != e.userid]
            t += r.randrange(20_000, 900_000)
            if r.random() < 0.7:
                self.text(e.userid, tl, room.roomid, t, r.choice(_INTERNAL_TEXTS), False)
            else:
                mt = r.choice(("file", "docmsg", "meeting", "calendar", "todo", "chatrecord", "image", "emotion", "qydiskfile", "meeting_notification", "mixed", "note"))
                self.media(mt, e.userid, tl, room.roomid, t, False, {"creator": e.name, "names": [s.name for s in staff[:4]], "texts": self._record_texts(), "title": "客户聊天记录"})

    def _record_texts(self) -> list[str]:
        it = self.r.choice(self.intents)
        c = self.custs[self.r.randrange(len(self.custs))]
        return [C.fill(self.r.choice(it.questions), self.r, c.product, c.order_no), C.fill(self.r.choice(it.specific), self.r, c.product, c.order_no)]

    def internal_chat(self, a: _Emp, b: _Emp, day: int) -> None:
        r = self.r
        t = self.start_time(day)
        for _ in range(r.randrange(1, 6)):
            s, o = (a, b) if r.random() < 0.5 else (b, a)
            t += r.randrange(10_000, 600_000)
            if r.random() < 0.68:
                self.text(s.userid, [o.userid], "", t, r.choice(_INTERNAL_TEXTS), False)
            else:
                mt = r.choice(("file", "docmsg", "chatrecord", "meeting", "calendar", "todo", "meeting_voice_call", "voip_doc_share", "voiptext", "qydiskfile", "card", "image", "emotion", "mixed"))
                self.media(mt, s.userid, [o.userid], "", t, False, {"creator": s.userid, "userid": o.userid, "names": [a.name, b.name], "texts": self._record_texts(), "title": "与客户的聊天记录"})


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, _CST).isoformat(timespec="seconds")


def _day_iso(start_ms: int, day: int) -> str:
    return datetime.fromtimestamp((start_ms + day * _DAY_MS) / 1000, _CST).date().isoformat()


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
    rng = _check_random_state(random_state)
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
        from tqdm.auto import tqdm

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


def _day_start_iso(start_ms: int, day: int) -> str:
    return _iso(start_ms + day * _DAY_MS)


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
