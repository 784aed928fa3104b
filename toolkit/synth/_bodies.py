"""Message bodies of every msgtype, in the exact shapes of the archive format.

Each ``body_*`` function returns ``(body_key, body)``; the envelope is added by
the generator. Times inside bodies follow the format reference: meeting,
calendar and call times in seconds, collect ``create_time`` a local string.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import orjson

__all__ = ["media_body", "B64"]

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
_CST = timezone(timedelta(hours=8))

FILES = (
    ("产品说明书", "pdf"), ("保修卡", "pdf"), ("报价单", "xlsx"), ("发票", "pdf"), ("售后服务政策", "docx"),
    ("安装指南", "pdf"), ("会员权益说明", "pdf"), ("订单明细", "xlsx"), ("周报", "docx"), ("活动方案", "pptx"),
)
LINKS = (
    ("老客户复购9折，限时一周", "点击领取专属优惠", "https://mall.example.com/act/repurchase"),
    ("X3扫地机器人使用教程", "3分钟学会配网和定时清扫", "https://help.example.com/x3/setup"),
    ("售后服务政策", "保修、退换货、退款说明", "https://help.example.com/policy"),
    ("新品W2智能手表上市", "续航14天，支持血氧监测", "https://mall.example.com/w2"),
    ("物流查询", "输入订单号查询物流", "https://mall.example.com/track"),
)
WEAPPS = (
    ("云朵商城", "老客户复购9折", "gh_3f2a1b4c5d6e@app", "云朵商城"),
    ("云朵服务", "一键申请售后", "gh_7a8b9c0d1e2f@app", "云朵服务"),
    ("云朵会员", "签到领积分", "gh_1c2d3e4f5a6b@app", "云朵会员中心"),
)
PLACES = (
    (121.4737, 31.2304, "上海市黄浦区中山东一路18号", "云朵体验中心"),
    (120.1551, 30.2741, "杭州市西湖区文三路90号", "售后服务站"),
    (113.2644, 23.1291, "广州市天河区体育西路103号", "云朵仓库"),
)
SPH = ("云朵生活", "清洁小课堂", "数码测评君")
DOC_TITLES = ("售后话术整理", "本周客诉汇总", "活动排班表", "KB更新清单", "退款审批记录")
MEETINGS = ("客服周会", "销售晨会", "售后复盘", "KB评审", "新品培训")


def md5(r: random.Random) -> str:
    return f"{r.getrandbits(128):032x}"


def sdkfileid(r: random.Random) -> str:
    return "".join(r.choices(B64, k=88))


def _local(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, _CST).strftime("%Y-%m-%d %H:%M:%S")


def _dumps(obj: object) -> str:
    return orjson.dumps(obj).decode()


def media_body(msgtype: str, r: random.Random, t_ms: int, ctx: dict) -> tuple[str, dict]:
    """Body key and body of a non-text msgtype.

    ``ctx`` may hold ``text`` (a sentence to reuse), ``userid`` (a card's
    owner), ``names`` (display names), ``corp`` and ``creator``.
    """
    s = t_ms // 1000
    if msgtype == "image":
        return "image", {"md5sum": md5(r), "filesize": r.randrange(20_000, 3_000_000), "sdkfileid": sdkfileid(r)}
    if msgtype == "voice":
        n = r.randrange(2, 60)
        return "voice", {"md5sum": md5(r), "voice_size": n * r.randrange(600, 900), "play_length": n, "sdkfileid": sdkfileid(r)}
    if msgtype == "video":
        n = r.randrange(3, 120)
        return "video", {"md5sum": md5(r), "filesize": n * r.randrange(150_000, 400_000), "play_length": n, "sdkfileid": sdkfileid(r)}
    if msgtype == "emotion":
        kind = r.choice((1, 2))
        w = r.choice((120, 240, 290, 300))
        return "emotion", {"type": kind, "width": w, "height": w, "imagesize": r.randrange(5_000, 900_000), "md5sum": md5(r), "sdkfileid": sdkfileid(r)}
    if msgtype == "file":
        name, ext = r.choice(FILES)
        return "file", {"md5sum": md5(r) if r.random() < 0.9 else "", "filename": f"{name}.{ext}", "fileext": ext, "filesize": r.randrange(8_000, 5_000_000), "sdkfileid": sdkfileid(r)}
    if msgtype == "link":
        title, desc, url = r.choice(LINKS)
        return "link", {"title": title, "description": desc, "link_url": url, "image_url": url + ".png"}
    if msgtype == "weapp":
        title, desc, user, disp = r.choice(WEAPPS)
        return "weapp", {"title": title, "description": desc, "username": user, "displayname": disp}
    if msgtype == "card":
        return "card", {"corpname": ctx.get("corp", "云朵智能科技"), "userid": ctx.get("userid", "")}
    if msgtype == "location":
        lon, lat, addr, title = r.choice(PLACES)
        return "location", {"longitude": lon, "latitude": lat, "address": addr, "title": title, "zoom": 15}
    if msgtype == "mixed":
        text = ctx.get("text", "看下这个图")
        items = [
            {"type": "text", "content": _dumps({"content": text})},
            {"type": "image", "content": _dumps({"md5sum": md5(r), "filesize": r.randrange(20_000, 900_000), "sdkfileid": sdkfileid(r)})},
        ]
        return "mixed", {"item": items}
    if msgtype == "chatrecord":
        texts = ctx.get("texts") or ["客户问保修多久", "我回复了2年"]
        items = [
            {"type": "ChatRecordText", "msgtime": s - 600 + 30 * i, "content": _dumps({"content": t}), "from_chatroom": False}
            for i, t in enumerate(texts)
        ]
        if r.random() < 0.4:
            items.append({"type": "ChatRecordImage", "msgtime": s - 60, "content": _dumps({"md5sum": md5(r), "filesize": r.randrange(20_000, 900_000), "sdkfileid": sdkfileid(r)}), "from_chatroom": False})
        return "chatrecord", {"title": ctx.get("title", "聊天记录"), "item": items}
    if msgtype == "markdown":
        return "info", {"content": ctx.get("text", "**今日提醒**\n> 老客户复购9折，本周日截止")}
    if msgtype == "news":
        title, desc, url = r.choice(LINKS)
        return "info", {"item": [{"title": title, "description": desc, "url": url, "picurl": url + ".jpg"}]}
    if msgtype == "redpacket" or msgtype == "external_redpacket":
        cnt = r.choice((1, 1, 5, 10, 20))
        return "redpacket", {"type": 1 if cnt == 1 else 2, "wish": r.choice(("恭喜发财，大吉大利", "感谢支持", "新年快乐", "周末愉快")), "totalcnt": cnt, "totalamount": cnt * r.choice((88, 100, 200, 520))}
    if msgtype == "meeting":
        start = s + r.randrange(1, 48) * 1800
        return "meeting", {"topic": r.choice(MEETINGS), "starttime": start, "endtime": start + 3600, "address": "", "remarks": "", "meetingtype": r.choice((101, 102)), "meetingid": r.randrange(10**9, 2 * 10**9), "status": r.choice((1, 1, 2, 3))}
    if msgtype == "calendar":
        start = s + r.randrange(1, 96) * 1800
        return "calendar", {"title": r.choice(MEETINGS), "creatorname": ctx.get("creator", ""), "attendeename": ctx.get("names", []), "starttime": start, "endtime": start + 3600, "place": r.choice(("", "3楼会议室", "线上")), "remarks": ""}
    if msgtype == "todo":
        return "todo", {"title": ctx.get("text", "客户回访"), "content": r.choice(("回访退款客户", "更新保修话术", "整理本周问题TOP10", "跟进发票补开"))}
    if msgtype == "collect":
        return "collect", {"room_name": ctx.get("room_name", ""), "creator": ctx.get("creator", ""), "create_time": _local(t_ms), "title": r.choice(("产品使用满意度调查", "活动报名", "售后回访")), "details": [{"id": 1, "ques": "姓名", "type": "Text"}, {"id": 2, "ques": "购买日期", "type": "Date"}, {"id": 3, "ques": "满意度(1-10)", "type": "Number"}]}
    if msgtype == "docmsg":
        return "doc", {"title": r.choice(DOC_TITLES), "doc_creator": ctx.get("creator", ""), "link_url": "https://doc.weixin.qq.com/doc/" + "".join(r.choices(ID_CHARS, k=16))}
    if msgtype == "meeting_voice_call":
        body = {"endtime": s + r.randrange(60, 1800), "sdkfileid": sdkfileid(r), "demofiledata": [], "sharescreendata": []}
        if r.random() < 0.5:
            body["demofiledata"] = [{"filename": r.choice(FILES)[0] + ".pdf", "demooperator": ctx.get("creator", ""), "starttime": s + 30, "endtime": s + 90}]
        return "meeting_voice_call", body
    if msgtype == "voip_doc_share":
        name, ext = r.choice(FILES)
        return "voip_doc_share", {"filename": f"{name}.{ext}", "md5sum": md5(r), "filesize": r.randrange(50_000, 5_000_000), "sdkfileid": sdkfileid(r)}
    if msgtype == "sphfeed":
        return "sphfeed", {"feed_type": r.choice((2, 4, 4, 9)), "sph_name": r.choice(SPH), "feed_desc": r.choice(("扫地机器人真实测评\n#智能家居", "3分钟教你清洁滤网\n#生活小技巧", "直播：老客户复购专场"))}
    if msgtype == "voiptext":
        return "info", {"callduration": r.randrange(10, 900), "invitetype": r.choice((1, 2))}
    if msgtype == "qydiskfile":
        name, ext = r.choice(FILES)
        return "info", {"filename": f"{name}.{ext}"}
    if msgtype == "meeting_notification":
        return "info", {"meeting_id": r.randrange(10**8, 10**9), "notification_type": r.choice((1, 2, 3)), "content": r.choice(("会议即将开始", "会议已结束", "主持人已将你移出会议"))}
    if msgtype == "jielong":  # 接龙: msgtype string not documented; the loader must keep it raw
        names = ctx.get("names") or ["1"]
        return "jielong", {"title": "X3老客户复购团购接龙", "content": "想参加的接龙", "items": [f"{i + 1}. {n} +1" for i, n in enumerate(names[:6])]}
    if msgtype == "note":  # 笔记消息: shape not documented either
        return "note", {"title": r.choice(("保修政策要点", "退换货话术")), "content": ctx.get("text", "")}
    raise ValueError(f"unknown msgtype {msgtype!r}")
