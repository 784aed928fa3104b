"""Side tables exported next to the archive: scope, group info, staff directory."""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
import pandas as pd

from ..exceptions import ArchiveError, QuarantineWarning, SchemaError
from . import schema

__all__ = ["CUSTOMER_COLUMNS", "find_beside", "load_customers", "load_rooms", "load_scope", "load_staff", "read_side_csv"]


def _read_json(path: Path) -> Any:
    """A JSON document, or JSON Lines as a list."""
    data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        pass
    out = []
    for i, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            try:
                out.append(orjson.loads(line))
            except orjson.JSONDecodeError as exc:
                raise ArchiveError(f"{path}, line {i}: not valid JSON ({exc})") from None
    return out


def _path(value: Any, what: str) -> Path:
    path = Path(value)
    if not path.exists():
        raise ArchiveError(f"{what} file not found: {path}")
    if path.is_dir():
        raise ArchiveError(f"{what} must be a file, not a folder: {path}")
    return path


def _times(values: pd.Series, tz: str, *, unit: str | None = None) -> pd.Series:
    """Timestamps in ``tz`` from ISO strings (naive ones are taken as ``tz``) or epoch numbers."""
    dtype = pd.DatetimeTZDtype(unit="ns", tz=tz)
    if values.empty:
        return pd.Series([], dtype=dtype, index=values.index)
    if unit is not None:
        num = pd.to_numeric(values, errors="coerce")
        return pd.to_datetime(num, unit=unit, utc=True).dt.tz_convert(tz).astype(dtype)
    out = []
    for v in values:
        if v is None or (isinstance(v, float) and v != v) or (isinstance(v, str) and not v.strip()):
            out.append(pd.NaT)
            continue
        try:
            ts = pd.Timestamp(v)
        except (ValueError, TypeError):
            out.append(pd.NaT)
            continue
        out.append(ts.tz_localize(tz) if ts.tzinfo is None else ts.tz_convert(tz))
    return pd.Series(pd.to_datetime(out, utc=True), index=values.index).dt.tz_convert(tz).astype(dtype)


def _nat(index: pd.Index, tz: str) -> pd.Series:
    return pd.Series(pd.NaT, index=index, dtype=pd.DatetimeTZDtype(unit="ns", tz=tz))


def _csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def load_scope(scope: Any, *, tz: str = schema.DEFAULT_TZ) -> pd.DataFrame:
    """The archive scope: who is archived, and optionally from when until when.

    Parameters
    ----------
    scope : path, DataFrame or iterable of str
        A ``get_permit_user_list`` response saved as JSON (``{"ids": [...]}``),
        a JSON list of userids, a CSV with a ``userid`` column and optional
        ``since``/``until`` (ISO times; naive ones are in ``tz``), a DataFrame
        of the same shape, or a plain list of userids.
    tz : str
        Time zone of ``since`` and ``until``.

    Returns
    -------
    pandas.DataFrame
        :data:`~toolkit.archive.schema.SCOPE_COLUMNS`: ``userid``, ``since``,
        ``until`` (NaT for open ends), sorted by userid and since.

    Raises
    ------
    ArchiveError
        The file does not exist or is not readable JSON.
    SchemaError
        A CSV or frame without a ``userid`` column.

    Examples
    --------
    >>> load_scope(["lisi", "zhangsan"])
         userid since until
    0      lisi   NaT   NaT
    1  zhangsan   NaT   NaT
    """
    if isinstance(scope, pd.DataFrame):
        df = scope.copy()
    elif isinstance(scope, (str, os.PathLike)):
        path = _path(scope, "scope")
        if path.suffix.lower() == ".csv":
            df = _csv(path)
        else:
            doc = _read_json(path)
            if isinstance(doc, dict):
                if doc.get("errcode", 0) not in (0, "0"):
                    raise ArchiveError(f"{path}: the saved get_permit_user_list call failed: errcode {doc.get('errcode')}")
                doc = doc.get("ids", [])
            if not isinstance(doc, list):
                raise ArchiveError(f"{path}: expected a get_permit_user_list response or a list of userids")
            df = pd.DataFrame({"userid": [str(x) for x in doc]})
    elif isinstance(scope, Iterable):
        ids = list(scope)
        if not all(isinstance(x, str) for x in ids):
            raise TypeError("scope as a list must hold userid strings")
        df = pd.DataFrame({"userid": ids})
    else:
        raise TypeError(f"scope must be a path, a DataFrame or a list of userids; got {type(scope).__name__}")
    if "userid" not in df.columns:
        raise SchemaError(f"scope lacks a 'userid' column; columns are {list(df.columns)}")
    df = df[df["userid"].astype(str).str.strip() != ""]
    out = pd.DataFrame(
        {
            "userid": df["userid"].astype(str).str.strip().astype("str"),
            "since": _times(df["since"], tz) if "since" in df else _nat(df.index, tz),
            "until": _times(df["until"], tz) if "until" in df else _nat(df.index, tz),
        }
    )
    return out.sort_values(["userid", "since"], kind="stable", na_position="first").reset_index(drop=True)


def _kind(uid: str, employees: frozenset[str]) -> str:
    return schema.id_kind(uid, employees)


def load_rooms(
    rooms: Any, *, tz: str = schema.DEFAULT_TZ, employees: frozenset[str] = frozenset()
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Group info: one frame of rooms and one of room members.

    Parameters
    ----------
    rooms : path or DataFrame
        JSON (or JSON Lines) holding ``msgaudit/groupchat/get`` responses,
        either a list of them each with an added ``roomid``, or an object
        mapping roomid to response; ``externalcontact/groupchat/get``
        responses (``group_chat`` with ``chat_id``, ``member_list``) work too.
        A DataFrame must already have :data:`~toolkit.archive.schema.ROOM_MEMBER_COLUMNS`.
    tz : str
        Time zone of the times.
    employees : frozenset of str
        Ids known to be employees (from the staff directory).

    Returns
    -------
    (rooms, members) : tuple of pandas.DataFrame
        ``ROOM_COLUMNS`` and ``ROOM_MEMBER_COLUMNS``.

    Raises
    ------
    ArchiveError
        The file does not exist or holds no group info.

    Examples
    --------
    >>> import json, pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "rooms.json"
    >>> _ = p.write_text(json.dumps([{"roomid": "wr1", "roomname": "售后群", "creator": "zhangsan",
    ...     "room_create_time": 1751330000, "members": [{"memberid": "zhangsan", "jointime": 1751330000},
    ...     {"memberid": "wmA", "jointime": 1751333600}]}]), encoding="utf-8")
    >>> r, m = load_rooms(p)
    >>> r[["roomid", "room_name", "n_members"]]
      roomid room_name  n_members
    0    wr1       售后群          2
    >>> m[["member_id", "member_kind"]]
      member_id member_kind
    0  zhangsan    employee
    1       wmA    external
    """
    if isinstance(rooms, pd.DataFrame):
        members = schema.validate_frame(rooms.copy(), schema.ROOM_MEMBER_COLUMNS, name="rooms")
        n = members.groupby("roomid").size()
        room_df = pd.DataFrame({"roomid": n.index.astype("str"), "n_members": n.to_numpy()})
        for col in ("room_name", "creator"):
            room_df[col] = pd.Series(pd.NA, index=room_df.index, dtype="str")
        room_df["created_at"] = _nat(room_df.index, tz)
        room_df["n_members"] = room_df["n_members"].astype("Int64")
        return room_df[list(schema.ROOM_COLUMNS)], members[list(schema.ROOM_MEMBER_COLUMNS)]
    path = _path(rooms, "rooms")
    doc = _read_json(path)
    entries: list[tuple[str, dict[str, Any]]] = []
    if isinstance(doc, dict) and ("group_chat" in doc or "roomname" in doc):
        doc = [doc]
    if isinstance(doc, dict):
        entries = [(str(k), v) for k, v in doc.items() if isinstance(v, dict)]
    elif isinstance(doc, list):
        skipped = 0
        for item in doc:
            if not isinstance(item, dict):
                skipped += 1
                continue
            if isinstance(item.get("group_chat"), dict):
                item = item["group_chat"]
            rid = item.get("roomid") or item.get("chat_id")
            if not rid:
                skipped += 1
                continue
            entries.append((str(rid), item))
        if skipped:
            warnings.warn(f"{path}: {skipped} group entries without a roomid were left out", QuarantineWarning, stacklevel=2)
    if not entries:
        raise ArchiveError(f"{path}: no group info found (expected groupchat/get responses with a roomid)")
    room_rows, member_rows = [], []
    for rid, item in entries:
        members = item.get("members", item.get("member_list", []))
        members = members if isinstance(members, list) else []
        room_rows.append(
            {
                "roomid": rid,
                "room_name": item.get("roomname", item.get("name")),
                "creator": item.get("creator", item.get("owner")),
                "created_at": item.get("room_create_time", item.get("create_time")),
                "n_members": len(members),
            }
        )
        for m in members:
            if not isinstance(m, dict):
                continue
            mid = m.get("memberid", m.get("userid"))
            if mid in (None, ""):
                continue
            mid = str(mid)
            member_rows.append(
                {
                    "roomid": rid,
                    "member_id": mid,
                    "member_kind": "external" if m.get("type") == 2 and mid not in employees else _kind(mid, employees),
                    "joined_at": m.get("jointime", m.get("join_time")),
                }
            )
    room_df = pd.DataFrame(room_rows)
    room_df["created_at"] = _times(room_df["created_at"], tz, unit="s")
    room_df["n_members"] = room_df["n_members"].astype("Int64")
    for col in ("roomid", "room_name", "creator"):
        room_df[col] = room_df[col].astype("str")
    mem_df = pd.DataFrame(member_rows, columns=list(schema.ROOM_MEMBER_COLUMNS))
    mem_df["joined_at"] = _times(mem_df["joined_at"], tz, unit="s")
    for col in ("roomid", "member_id", "member_kind"):
        mem_df[col] = mem_df[col].astype("str")
    room_df = room_df.sort_values("roomid", kind="stable").reset_index(drop=True)
    mem_df = mem_df.sort_values(["roomid", "joined_at", "member_id"], kind="stable").reset_index(drop=True)
    return room_df[list(schema.ROOM_COLUMNS)], mem_df


def load_staff(staff: Any, *, tz: str = schema.DEFAULT_TZ) -> pd.DataFrame:
    """The staff directory: who is who, who left when, and their successor.

    Parameters
    ----------
    staff : path or DataFrame
        A CSV (or DataFrame) with ``userid`` and any of ``name``,
        ``department``, ``role``, ``left_at``, ``successor``. Missing optional
        columns are added empty, with a warning for ``successor``-less
        directories that record leavers.
    tz : str
        Time zone of ``left_at`` (naive times are taken as ``tz``).

    Returns
    -------
    pandas.DataFrame
        :data:`~toolkit.archive.schema.STAFF_COLUMNS`.

    Raises
    ------
    ArchiveError
        The file does not exist.
    SchemaError
        No ``userid`` column.

    Examples
    --------
    >>> import pandas as pd
    >>> load_staff(pd.DataFrame({"userid": ["lisi"], "left_at": ["2026-08-01"], "successor": ["wangwu"]}))
      userid name department role                   left_at successor
    0   lisi  NaN        NaN  NaN 2026-08-01 00:00:00+08:00    wangwu
    """
    if isinstance(staff, pd.DataFrame):
        df = staff.copy()
    elif isinstance(staff, (str, os.PathLike)):
        df = _csv(_path(staff, "staff"))
    else:
        raise TypeError(f"staff must be a path or a DataFrame; got {type(staff).__name__}")
    if "userid" not in df.columns:
        raise SchemaError(f"staff lacks a 'userid' column; columns are {list(df.columns)}")
    out = pd.DataFrame(index=df.index)
    for col in schema.STAFF_COLUMNS:
        if col == "left_at":
            out[col] = _times(df[col], tz) if col in df else _nat(df.index, tz)
        else:
            values = df[col].astype(str).str.strip() if col in df else pd.Series(pd.NA, index=df.index)
            out[col] = values.replace("", pd.NA).astype("str")
    if "successor" not in df.columns and out["left_at"].notna().any():
        warnings.warn(
            "the staff directory has leavers but no 'successor' column; handover reports will lack successors",
            QuarantineWarning,
            stacklevel=2,
        )
    return out.reset_index(drop=True)


def read_side_csv(path: Any, what: str) -> pd.DataFrame:
    """A side file (staff, scope, customers ...) as strings, as it was written.

    Parameters
    ----------
    path : path
        The CSV file (UTF-8, with or without BOM).
    what : str
        What the file is, for the error message.

    Raises
    ------
    toolkit.exceptions.ArchiveError
        The file does not exist, or is a folder.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "customers.csv"
    >>> _ = p.write_text("external_userid,add_way\\nwmA,扫码\\n", encoding="utf-8")
    >>> read_side_csv(p, "customers")
      external_userid add_way
    0             wmA      扫码
    """
    return _csv(_path(path, what))


#: Columns of :func:`load_customers`.
CUSTOMER_SCHEMA: dict[str, str] = {
    "customer_id": schema.STR,
    "name": schema.STR,
    "follow_userid": schema.STR,
    "handover_from": schema.STR,
    "channel": schema.STR,
    "segment": schema.STR,
    "added_at": schema.DATETIME,
}
CUSTOMER_COLUMNS: tuple[str, ...] = tuple(CUSTOMER_SCHEMA)

def load_customers(customers: Any, *, tz: str = schema.DEFAULT_TZ) -> pd.DataFrame:
    """The external-contact list: channel (how the customer was added) and segment.

    Parameters
    ----------
    customers : path or DataFrame
        A CSV (or frame) as ``externalcontact/get`` exports are usually
        flattened: ``external_userid`` (or ``customer_id``) and any of
        ``name``, ``follow_userid`` (the employee who owns the customer now),
        ``handover_from`` (the previous owner, after a handover), ``add_way``
        (or ``channel``), ``segment``, ``added_at``. Missing optional columns
        are added empty.
    tz : str
        Time zone of ``added_at`` (naive times are taken as ``tz``).

    Returns
    -------
    pandas.DataFrame
        :data:`CUSTOMER_COLUMNS`, one row per customer (the first row wins
        when a customer is listed twice): ``customer_id``, ``name``,
        ``follow_userid``, ``handover_from``, ``channel``, ``segment``
        (str, NaN when unknown), ``added_at`` (tz-aware).

    Raises
    ------
    toolkit.exceptions.ArchiveError
        The file does not exist.
    toolkit.exceptions.SchemaError
        Neither ``external_userid`` nor ``customer_id`` is a column.

    Examples
    --------
    >>> import pandas as pd
    >>> load_customers(pd.DataFrame({"external_userid": ["wmA"], "add_way": ["扫码"], "segment": ["VIP"]}))
      customer_id name follow_userid handover_from channel segment added_at
    0         wmA  NaN           NaN           NaN      扫码     VIP      NaT
    """
    if isinstance(customers, pd.DataFrame):
        df = customers.copy()
    elif isinstance(customers, (str, os.PathLike)):
        df = _csv(_path(customers, "customers"))
    else:
        raise TypeError(f"customers must be a path or a DataFrame; got {type(customers).__name__}")
    df = df.rename(columns={"external_userid": "customer_id", "add_way": "channel"})
    if "customer_id" not in df.columns:
        raise SchemaError(f"customers lacks an 'external_userid' (or 'customer_id') column; columns are {list(df.columns)}")
    out = pd.DataFrame(index=df.index)
    for col in CUSTOMER_COLUMNS:
        if col == "added_at":
            out[col] = _times(df[col], tz) if col in df else pd.Series(pd.NaT, index=df.index, dtype=pd.DatetimeTZDtype("ns", tz))
        else:
            values = df[col].astype(str).str.strip() if col in df else pd.Series(pd.NA, index=df.index)
            out[col] = values.replace({"": pd.NA, "nan": pd.NA}).astype("str")
    out = out[out["customer_id"].notna()].drop_duplicates("customer_id", keep="first")
    return out.reset_index(drop=True)


def find_beside(name: str, *paths: str | os.PathLike[str] | None) -> str | None:
    """The file ``name`` in the folder of the first of ``paths`` that exists.

    Notebooks use it to find a side file that ``python -m toolkit report``
    does not inject (``customers.csv`` beside ``staff.csv``).

    Parameters
    ----------
    name : str
        File name to look for.
    *paths : path or None
        Files or folders; for a file, its folder is searched; for a folder
        (an archive of daily files), the folder itself, then the folder it
        sits in (``export/customers.csv`` beside ``export/archive/``); None
        is skipped.

    Returns
    -------
    str or None
        The path found, or None.

    Examples
    --------
    >>> import pathlib, tempfile
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "staff.csv").write_text("userid\\n")
    >>> _ = (d / "customers.csv").write_text("external_userid\\n")
    >>> find_beside("customers.csv", None, d / "staff.csv") == str(d / "customers.csv")
    True
    >>> find_beside("nothing.csv", d) is None
    True
    >>> (d / "archive").mkdir()
    >>> find_beside("customers.csv", d / "archive") == str(d / "customers.csv")
    True
    """
    for p in paths:
        if p is None:
            continue
        path = Path(p)
        if not path.exists():
            continue
        for folder in [path, path.parent] if path.is_dir() else [path.parent]:
            cand = folder / name
            if cand.is_file():
                return str(cand)
    return None
