"""The invented enterprise: employees, customers, their 1:1 relationships (with the consent plan) and group rooms.

Every ``_make_*`` function draws from the run's ``random.Random`` and numpy
generator in a fixed order; :func:`~toolkit.synth.generate.make_archive` calls
them in turn (employees, customers, relationships, rooms).
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from . import _content as C
from ._bodies import ID_CHARS
from ._clock import _DAY_MS

_CHANNELS = ("扫码", "搜索手机号", "名片分享", "群聊", "广告投放")
_CHANNEL_P = (0.34, 0.16, 0.14, 0.14, 0.22)
#: Refusal propensity by channel (multiplies an employee's base rate).
_CHANNEL_REFUSAL = {"扫码": 0.9, "搜索手机号": 1.2, "名片分享": 0.4, "群聊": 0.7, "广告投放": 1.9}

_GROUP_NAMES = ("云朵{}号粉丝群", "X3用户交流群{}", "云朵老客户福利群{}", "V8吸尘器车友会{}", "W2手表用户群{}", "云朵VIP服务群{}")
_INTERNAL_GROUP_NAMES = ("客服部工作群", "销售一组", "销售二组", "售后处理群", "KB维护小组", "管理层沟通群", "客服质检群", "新人培训群")


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

