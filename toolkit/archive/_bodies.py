"""Per-msgtype body extraction: readable text and media fields.

One table maps every msgtype of the format reference to the key its body sits
under and a function that pulls readable text out of it. Unknown msgtypes are
kept by the loader with their raw JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

__all__ = ["BODY_KEYS", "KNOWN_MSGTYPES", "MEDIA_TYPES", "body_of", "text_of", "media_of"]

#: Msgtypes whose body may carry media fields (sdkfileid, size, md5, ...).
MEDIA_TYPES = frozenset(
    {"image", "voice", "video", "emotion", "file", "meeting_voice_call", "voip_doc_share"}
)

_Body = dict[str, Any]


def _s(value: Any) -> str:
    """A field as text; numbers are kept, containers and None give ''."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _join(*parts: Any) -> str:
    return "\n".join(p for p in (_s(x) for x in parts) if p)


def _parse_str(content: Any) -> Any:
    """``chatrecord``/``mixed`` item content is a JSON string: parse it again."""
    if isinstance(content, dict):
        return content
    if isinstance(content, (str, bytes)):
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            return {"content": content} if isinstance(content, str) else {}
    return {}


def _text(b: _Body) -> str:
    return _s(b.get("content"))


def _markdown(b: _Body) -> str:
    return _s(b.get("content")) or _s(b.get("markdown"))


def _link(b: _Body) -> str:
    return _join(b.get("title"), b.get("description"))


def _news(b: _Body) -> str:
    items = b.get("item")
    if not isinstance(items, list):
        return ""
    return "\n".join(t for t in (_join(i.get("title"), i.get("description")) for i in items if isinstance(i, dict)) if t)


def _card(b: _Body) -> str:
    return _s(b.get("corpname"))


def _location(b: _Body) -> str:
    return _join(b.get("title"), b.get("address"))


def _filename(b: _Body) -> str:
    return _s(b.get("filename"))


def _weapp(b: _Body) -> str:
    return _join(b.get("title"), b.get("description"), b.get("displayname"))


def _todo(b: _Body) -> str:
    return _join(b.get("title"), b.get("content"))


def _vote(b: _Body) -> str:
    items = b.get("voteitem")
    items = [x for x in items if isinstance(x, str)] if isinstance(items, list) else []
    return _join(b.get("votetitle"), *items)


def _collect(b: _Body) -> str:
    details = b.get("details")
    ques = [d.get("ques") for d in details if isinstance(d, dict)] if isinstance(details, list) else []
    return _join(b.get("title"), *ques)


def _redpacket(b: _Body) -> str:
    return _s(b.get("wish"))


def _meeting(b: _Body) -> str:
    return _join(b.get("topic"), b.get("remarks"))


def _content(b: _Body) -> str:
    return _s(b.get("content"))


def _doc(b: _Body) -> str:
    return _s(b.get("title"))


def _calendar(b: _Body) -> str:
    return _join(b.get("title"), b.get("place"), b.get("remarks"))


def _sphfeed(b: _Body) -> str:
    return _join(b.get("sph_name"), b.get("feed_desc"))


def _none(b: _Body) -> str:
    return ""


# ChatRecord item types map to top-level msgtypes: ChatRecordText -> text, ...
_CHATRECORD_TYPES = {
    "ChatRecordText": "text",
    "ChatRecordImage": "image",
    "ChatRecordVoice": "voice",
    "ChatRecordVideo": "video",
    "ChatRecordCard": "card",
    "ChatRecordLocation": "location",
    "ChatRecordEmotion": "emotion",
    "ChatRecordFile": "file",
    "ChatRecordLink": "link",
    "ChatRecordWeapp": "weapp",
    "ChatRecordMixed": "mixed",
}


def _items_text(items: Any, *, chatrecord: bool) -> str:
    if not isinstance(items, list):
        return ""
    out = []
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = _s(item.get("type"))
        if chatrecord:
            kind = _CHATRECORD_TYPES.get(kind, kind.removeprefix("ChatRecord").lower())
        inner = _parse_str(item.get("content"))
        if not isinstance(inner, dict):
            continue
        fn = _TEXT.get(kind)
        text = fn(inner) if fn is not None else _s(inner.get("content")) or _s(inner.get("title"))
        if text:
            out.append(text)
    return "\n".join(out)


def _chatrecord(b: _Body) -> str:
    return _join(b.get("title"), _items_text(b.get("item"), chatrecord=True))


def _mixed(b: _Body) -> str:
    return _items_text(b.get("item"), chatrecord=False)


_TEXT: dict[str, Callable[[_Body], str]] = {
    "text": _text,
    "markdown": _markdown,
    "link": _link,
    "news": _news,
    "card": _card,
    "location": _location,
    "file": _filename,
    "weapp": _weapp,
    "chatrecord": _chatrecord,
    "mixed": _mixed,
    "todo": _todo,
    "vote": _vote,
    "collect": _collect,
    "redpacket": _redpacket,
    "external_redpacket": _redpacket,
    "meeting": _meeting,
    "meeting_notification": _content,
    "docmsg": _doc,
    "calendar": _calendar,
    "sphfeed": _sphfeed,
    "qydiskfile": _filename,
    "voip_doc_share": _filename,
    "image": _none,
    "voice": _none,
    "video": _none,
    "emotion": _none,
    "voiptext": _none,
    "meeting_voice_call": _none,
}

#: Where each known msgtype keeps its body. ``None``: fields at the top level (vote).
BODY_KEYS: dict[str, str | None] = {t: t for t in _TEXT}
BODY_KEYS.update(
    {
        "docmsg": "doc",
        "external_redpacket": "redpacket",
        "markdown": "info",
        "news": "info",
        "meeting_notification": "info",
        "voiptext": "info",
        "qydiskfile": "info",
        "vote": None,
    }
)
#: Every msgtype the loader understands (agree/disagree/revoke are handled apart).
KNOWN_MSGTYPES = frozenset(BODY_KEYS)

# Alternative body keys seen in some SDKs: a nested ``vote`` object, ``info.markdown``.
_FALLBACK_KEYS: dict[str, tuple[str, ...]] = {
    "vote": ("vote",),
    "docmsg": ("docmsg",),
    "markdown": ("markdown",),
    "news": ("news",),
    "external_redpacket": ("external_redpacket",),
}


def body_of(record: _Body, msgtype: str) -> _Body | None:
    """The body object of a record, or None when it is absent.

    Examples
    --------
    >>> body_of({"msgtype": "docmsg", "doc": {"title": "Plan"}}, "docmsg")
    {'title': 'Plan'}
    >>> body_of({"msgtype": "vote", "votetitle": "Lunch?"}, "vote")["votetitle"]
    'Lunch?'
    """
    key = BODY_KEYS.get(msgtype, msgtype)
    if key is None:  # vote: flat, or nested under "vote" in some exports
        nested = record.get("vote")
        return nested if isinstance(nested, dict) else record
    body = record.get(key)
    if body is None:
        for alt in _FALLBACK_KEYS.get(msgtype, ()):
            body = record.get(alt)
            if body is not None:
                break
    return body


def text_of(msgtype: str, body: _Body) -> str:
    """Readable text of a message body ('' when the type carries none).

    Unknown msgtypes give their body's ``content`` or ``title`` when it has one.

    Examples
    --------
    >>> text_of("link", {"title": "开发票指南", "description": "三步开票"})
    '开发票指南\\n三步开票'
    >>> text_of("mixed", {"item": [{"type": "text", "content": '{"content": "你好"}'},
    ...                            {"type": "image", "content": "{}"}]})
    '你好'
    """
    fn = _TEXT.get(msgtype)
    if fn is None:
        return _s(body.get("content")) or _s(body.get("title"))
    return fn(body)


def _int(value: Any) -> int | None:
    """A size or duration as int; None when absent, not a number or beyond int64."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float) and value == value and abs(value) < 2**63:
        value = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and -(2**63) <= value < 2**63:
        return value
    return None


def media_of(msgtype: str, body: _Body) -> tuple[str | None, int | None, str | None, str | None, int | None]:
    """``(sdkfileid, filesize, md5sum, fileext, play_seconds)`` of a media body.

    Examples
    --------
    >>> media_of("voice", {"md5sum": "9db0", "voice_size": 6810, "play_length": 10, "sdkfileid": "kcyZ"})
    ('kcyZ', 6810, '9db0', None, 10)
    """
    sdkfileid = body.get("sdkfileid")
    md5 = body.get("md5sum")
    size = body.get("filesize")
    if size is None:
        size = body.get("voice_size", body.get("imagesize"))
    ext = body.get("fileext")
    play = body.get("play_length")
    return (
        sdkfileid if isinstance(sdkfileid, str) and sdkfileid else None,
        _int(size),
        md5 if isinstance(md5, str) and md5 else None,
        ext if isinstance(ext, str) and ext else None,
        _int(play),
    )
