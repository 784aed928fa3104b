"""The conversation simulator: builds each day's records (1:1, group and internal chats, consent, switches).

:class:`_Sim` holds the per-run state; :meth:`_Sim.run_day` draws one day and
hands every record to the :class:`~toolkit.synth._writer.ArchiveWriter` and
every customer turn to the ``truth/questions.csv`` rows.
"""

from __future__ import annotations

import random
from typing import Any

import numpy as np
import opencc

from . import _content as C
from ._bodies import ID_CHARS, media_body
from ._clock import _DAY_MS, _day_iso, _iso
from ._population import _Cust, _Emp, _owner, _Room

#: Hourly traffic weights (Asia/Shanghai), weekdays and weekends.
_HOURS_WEEKDAY = (0.25, 0.12, 0.06, 0.04, 0.04, 0.06, 0.2, 0.6, 1.3, 2.1, 2.4, 2.2, 1.5, 1.7, 2.2, 2.3, 2.1, 1.8, 1.4, 1.5, 1.9, 1.9, 1.4, 0.7)
_HOURS_WEEKEND = (0.4, 0.2, 0.08, 0.05, 0.04, 0.05, 0.1, 0.3, 0.7, 1.2, 1.6, 1.7, 1.5, 1.5, 1.7, 1.7, 1.6, 1.5, 1.4, 1.6, 2.0, 2.1, 1.6, 0.9)
_CUM_WEEKDAY = list(np.cumsum(_HOURS_WEEKDAY))
_CUM_WEEKEND = list(np.cumsum(_HOURS_WEEKEND))

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
