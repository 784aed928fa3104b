"""Small example archives for doctests, tests and trying things out.

Written as real JSON Lines daily files (T+1) into a temporary folder and read
back with :func:`toolkit.archive.load_archive`, so the examples exercise the
same frames a real load gives.

Examples
--------
>>> from toolkit.testing import tiny_archive
>>> tiny_archive().report["messages"]
18
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from .archive import load_archive
from .archive.load import Archive
from .store import ingest

__all__ = ["daily_records", "tiny_archive", "tiny_customers", "tiny_records", "tiny_store"]

_TZ = "Asia/Shanghai"


def _ms(ts: str) -> int:
    return int(pd.Timestamp(ts, tz=_TZ).value // 1_000_000)


def _msg(n: int, sender: str, to: list[str], ts: str, text: str, roomid: str = "", msgtype: str = "text") -> dict[str, Any]:
    rec: dict[str, Any] = {"msgid": f"m{n:03d}", "action": "send", "from": sender, "tolist": to, "roomid": roomid,
                           "msgtime": _ms(ts), "msgtype": msgtype}
    if msgtype in ("agree", "disagree"):
        rec[msgtype] = {"userid": sender if sender.startswith("wm") else to[0], f"{msgtype}_time": _ms(ts)}
    else:
        rec[msgtype] = {"content": text}
    return rec


def tiny_records() -> list[dict[str, Any]]:
    """The records of :func:`tiny_archive`, in time order.

    Employees ``zs`` (张三) and ``ls`` (李四, left on 2026-07-03, successor
    ``zs``), customers ``wmA``, ``wmB``, ``wmC``, a group ``wrG`` with the
    robot ``wbBot`` and the unscoped employee ``ww``.

    Examples
    --------
    >>> len(tiny_records())
    22
    """
    r = [
        _msg(1, "wmA", ["zs"], "2026-07-01 09:00:00", "", msgtype="disagree"),
        _msg(2, "wmB", ["zs"], "2026-07-01 09:30:00", "", msgtype="agree"),
        _msg(3, "wmB", ["zs"], "2026-07-01 10:00:00", "你好，保修多久？"),
        _msg(4, "zs", ["wmB"], "2026-07-01 10:05:00", "整机保修2年"),
        _msg(5, "wmC", ["ls"], "2026-07-01 11:00:00", "", msgtype="agree"),
        _msg(6, "wmC", ["ls"], "2026-07-01 11:00:10", "电池能用多久？"),
        _msg(7, "ls", ["wmC"], "2026-07-01 11:10:10", "电池续航3天"),
        _msg(8, "wmB", ["zs", "ww", "wbBot"], "2026-07-01 20:00:00", "退货怎么申请？", roomid="wrG"),
        _msg(9, "wbBot", ["zs", "ww", "wmB"], "2026-07-01 20:00:01", "欢迎提问", roomid="wrG"),
        _msg(10, "ww", ["zs", "wmB", "wbBot"], "2026-07-01 20:20:00", "小程序里申请退货", roomid="wrG"),
        _msg(11, "wmC", ["ls"], "2026-07-02 15:00:00", "发票怎么开？"),
        _msg(12, "ls", ["wmC"], "2026-07-02 15:02:00", "小程序里开发票"),
        _msg(13, "wmC", ["ls"], "2026-07-02 16:00:00", "换货要几天？"),
        _msg(14, "wmA", ["zs"], "2026-07-03 09:00:00", "", msgtype="agree"),
        _msg(15, "wmA", ["zs"], "2026-07-03 09:10:00", "快递到哪了？"),
        _msg(16, "zs", ["wmA"], "2026-07-03 09:11:00", "在的"),
        _msg(17, "zs", ["wmA"], "2026-07-03 09:30:00", "明天送到"),
        _msg(18, "wmC", ["zs"], "2026-07-03 10:00:00", "换货的事怎么样了？"),
        _msg(19, "zs", ["wmC"], "2026-07-03 13:00:00", "我来跟进换货"),
        _msg(20, "wmB", ["zs"], "2026-07-04 10:00:00", "谢谢"),
        _msg(21, "zs", ["wmB"], "2026-07-04 10:00:30", "不客气"),
        _msg(22, "wmB", ["zs"], "2026-07-04 11:00:00", "退款多久到账？"),
    ]
    return r


_FOLDERS: list[Path] = []


def _remove_at_exit(folder: Path) -> None:
    """Delete ``folder`` when the interpreter exits (the archive may read its files until then)."""
    if not _FOLDERS:
        atexit.register(lambda: [shutil.rmtree(f, ignore_errors=True) for f in _FOLDERS])
    _FOLDERS.append(folder)


def tiny_archive(records: list[dict[str, Any]] | None = None, *, staff: Any = "default", scope: Any = "default") -> Archive:
    """Load :func:`tiny_records` (or ``records``) as daily files, T+1.

    Parameters
    ----------
    records : list of dict, optional
        Archive records; each goes to the file dated the day after it was
        sent, or to the file named by its ``"_file"`` key (removed).
    staff, scope : DataFrame, list or None
        Side tables; ``"default"`` gives the tiny staff directory and scope.

    Examples
    --------
    >>> a = tiny_archive()
    >>> a.report["messages"], a.report["consent"], len(a.files)
    (18, 4, 4)
    """
    records = tiny_records() if records is None else records
    folder = Path(tempfile.mkdtemp(prefix="tiny_archive_"))
    _remove_at_exit(folder)
    by_file: dict[str, list[str]] = {}
    for rec in records:
        rec = dict(rec)
        name = rec.pop("_file", None)
        if name is None:
            t = rec.get("msgtime", rec.get("time"))
            day = pd.Timestamp(int(t), unit="ms", tz="UTC").tz_convert(_TZ).normalize() + pd.Timedelta(days=1)
            name = f"msgaudit_{day:%Y%m%d}.jsonl"
        by_file.setdefault(name, []).append(json.dumps(rec, ensure_ascii=False))
    for name, lines in by_file.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    if isinstance(staff, str) and staff == "default":
        staff = pd.DataFrame(
            {
                "userid": ["zs", "ls", "ww"],
                "name": ["张三", "李四", "王五"],
                "department": ["客服", "销售", "客服"],
                "role": ["agent", "agent", "agent"],
                "left_at": ["", "2026-07-03", ""],
                "successor": ["", "zs", ""],
            }
        )
    if isinstance(scope, str) and scope == "default":
        scope = pd.DataFrame({"userid": ["ls", "zs"], "since": ["", ""], "until": ["2026-07-03T00:00:00+08:00", ""]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_archive(folder, staff=staff, scope=scope, tz=_TZ)


def daily_records(days: int = 3, *, sender: str = "zhangsan", to: str = "wmCust1") -> list[dict[str, Any]]:
    """One text a day from ``sender`` to ``to``, starting 2025-07-01 08:33:20 (Asia/Shanghai): ``m{i}``, ``第{i}天``.

    Examples
    --------
    >>> [(r["msgid"], r["text"]["content"]) for r in daily_records(2)]
    [('m0', '第0天'), ('m1', '第1天')]
    """
    return [{"msgid": f"m{i}", "action": "send", "from": sender, "tolist": [to], "roomid": "",
             "msgtime": 1751330000000 + i * 86_400_000, "msgtype": "text", "text": {"content": f"第{i}天"}}
            for i in range(days)]


def tiny_store(records: list[dict[str, Any]] | None = None, *, days: int = 3) -> Path:
    """A Parquet store (:func:`toolkit.store.ingest`) of ``records``, or of :func:`daily_records` ``(days)``.

    The folder is removed when the interpreter exits.

    Examples
    --------
    >>> from toolkit.store import is_store
    >>> is_store(tiny_store(days=1))
    True
    """
    folder = Path(tempfile.mkdtemp(prefix="tiny_store_"))
    _remove_at_exit(folder)
    lines = [json.dumps(r, ensure_ascii=False) for r in (daily_records(days) if records is None else records)]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ingest(folder / "dump.jsonl", folder / "store")
    return folder / "store"


def tiny_customers() -> pd.DataFrame:
    """The customer list of :func:`tiny_archive`.

    Examples
    --------
    >>> tiny_customers()["external_userid"].tolist()
    ['wmA', 'wmB', 'wmC']
    """
    return pd.DataFrame(
        {
            "external_userid": ["wmA", "wmB", "wmC"],
            "name": ["赵女士", "钱先生", "孙小姐"],
            "follow_userid": ["zs", "zs", "zs"],
            "handover_from": ["", "", "ls"],
            "add_way": ["扫码", "扫码", "广告投放"],
            "segment": ["新客", "老客", "老客"],
            "added_at": ["2026-06-01", "2026-06-01", "2026-06-15"],
        }
    )
