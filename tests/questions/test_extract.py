"""Tests of toolkit.questions.extract: turns, question rules, reply pairing, refusals, floors."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.archive import load_archive, schema
from toolkit.archive.load import Archive
from toolkit.exceptions import SchemaError
from toolkit.questions import (
    QUESTION_COLUMNS,
    detect_questions,
    evaluate_question_detection,
    extract_questions,
    is_question_text,
)
from toolkit.text import normalize_text

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data"
DATASETS = Path(__file__).resolve().parents[2].parent / "shared" / "datasets"
TZ = "Asia/Shanghai"
T0 = pd.Timestamp("2026-07-01 09:00:00", tz=TZ)


def _frame(rows: list[tuple]) -> pd.DataFrame:
    """Messages from (seconds after T0, sender_id, sender_kind, text[, msgtype]) in the 1:1 chat ``wmA|zs``."""
    return _chat_frame([("wmA|zs", "single", *r) for r in rows])


def _chat_frame(rows: list[tuple]) -> pd.DataFrame:
    """Messages from (chat_id, chat_type, seconds after T0, sender_id, sender_kind, text[, msgtype])."""
    recs = []
    for i, r in enumerate(rows):
        chat_id, chat_type, sec, sender, kind, text = r[:6]
        msgtype = r[6] if len(r) > 6 else ("text" if text is not None else "emotion")
        recs.append(
            {
                "msgid": f"m{i:03d}",
                "msgtype": msgtype,
                "sender_id": sender,
                "sender_kind": kind,
                "chat_id": chat_id,
                "chat_type": chat_type,
                "sent_at": T0 + pd.Timedelta(seconds=sec),
                "text": text,
            }
        )
    df = pd.DataFrame(recs, columns=["msgid", "msgtype", "sender_id", "sender_kind", "chat_id", "chat_type", "sent_at", "text"])
    df["sent_at"] = df["sent_at"].astype(f"datetime64[ns, {TZ}]")
    for col in ("msgid", "msgtype", "sender_id", "sender_kind", "chat_id", "chat_type", "text"):
        df[col] = df[col].astype("str")
    return df


# --------------------------------------------------------------------------
# Turns
# --------------------------------------------------------------------------


def test_merges_consecutive_customer_messages_within_gap():
    msgs = _frame([(0, "wmA", "external", "你好"), (30, "wmA", "external", "保修多久"), (100, "wmA", "external", "急")])
    q = extract_questions(msgs)
    assert len(q) == 1
    assert q.loc[0, "msgids"] == ["m000", "m001", "m002"]
    assert q.loc[0, "text"] == "你好 保修多久 急"
    assert q.loc[0, "n_messages"] == 3
    assert q.loc[0, "question_id"] == "m000"
    assert q.loc[0, "asked_at"] == T0
    assert q.loc[0, "ended_at"] == T0 + pd.Timedelta(seconds=100)


def test_does_not_merge_across_an_employee_message():
    msgs = _frame([(0, "wmA", "external", "保修多久"), (10, "zs", "employee", "两年"), (20, "wmA", "external", "怎么申请")])
    q = extract_questions(msgs)
    assert q["msgids"].tolist() == [["m000"], ["m002"]]


def test_does_not_merge_across_the_gap():
    msgs = _frame([(0, "wmA", "external", "保修多久"), (121, "wmA", "external", "怎么申请")])
    assert len(extract_questions(msgs)) == 2
    assert len(extract_questions(msgs, gap="3min")) == 1


def test_robot_and_other_customers_do_not_break_a_turn_in_a_group():
    rows = [
        ("wrG", "group", 0, "wmA", "external", "请问"),
        ("wrG", "group", 5, "wbBot", "robot", "欢迎"),
        ("wrG", "group", 10, "wmB", "external", "在吗"),
        ("wrG", "group", 20, "wmA", "external", "能开发票吗"),
    ]
    q = extract_questions(_chat_frame(rows))
    assert q.set_index("question_id")["msgids"].to_dict() == {"m000": ["m000", "m003"], "m002": ["m002"]}


def test_stickers_are_own_turns_and_do_not_break_a_text_turn():
    msgs = _frame([(0, "wmA", "external", "电池"), (10, "wmA", "external", None), (20, "wmA", "external", "能用多久")])
    q = extract_questions(msgs)
    assert q["msgids"].tolist() == [["m000", "m002"], ["m001"]]
    sticker = q.set_index("question_id").loc["m001"]
    assert sticker["text"] == ""
    assert not sticker["is_question"]
    assert sticker["question_rule"] == "no_text"


def test_link_titles_are_not_text_turns():
    msgs = _frame([(0, "wmA", "external", "售后服务政策\n保修、退换货、退款说明", "link")])
    q = extract_questions(msgs)
    assert q.loc[0, "question_rule"] == "no_text"
    assert not q.loc[0, "is_question"]


@pytest.mark.parametrize(
    "text, rule",
    [
        ("你好", "small_talk"),
        ("在吗在吗", "small_talk"),
        ("hello", "small_talk"),
        ("好的谢谢[微笑]", "small_talk"),
        ("嗯嗯", "small_talk"),
        ("ok", "small_talk"),
        ("收到", "small_talk"),
        ("2026643633369896", "order_number"),
        ("SF5805211053890", "order_number"),
        ("138 1234 5678", "order_number"),
        ("+1 我也想问", "me_too"),
        ("今天好热啊", "other"),
        ("上次的故障处理得很快, 给你们点赞", "praise"),
    ],
)
def test_small_talk_is_kept_and_not_a_question(text, rule):
    msgs = _frame([(0, "wmA", "external", text), (10, "zs", "employee", "您好")])
    q = extract_questions(msgs)
    assert len(q) == 1
    assert not q.loc[0, "is_question"]
    assert q.loc[0, "question_rule"] == rule


@pytest.mark.parametrize(
    "text, rule",
    [
        ("保修多久？", "question_mark"),
        ("保修多久?", "question_mark"),
        ("能开发票吗", "interrogative"),
        ("怎么申请退货", "interrogative"),
        ("可不可以换个颜色", "interrogative"),
        ("老客户有折扣嘛", "interrogative"),
        ("蓝鲸的续航更长吧", "interrogative"),
        ("我想改一下收货地址", "request"),
        ("麻烦帮我查下物流", "request"),
        ("退款一直没到账", "problem"),
        ("手表坏了", "problem"),
        ("验证码收不到", "problem"),
        ("支付失败", "problem"),
        ("服务不错, 但是手机还是无法开机", "problem"),
    ],
)
def test_question_rules(text, rule):
    assert is_question_text(text) == (True, rule)


def test_detect_questions_is_aligned_to_the_index():
    s = pd.Series(["好的", "怎么开发票", np.nan], index=[10, 20, 30])
    out = detect_questions(s)
    expected = pd.DataFrame(
        {"is_question": [False, True, False], "question_rule": ["small_talk", "interrogative", "no_text"]},
        index=[10, 20, 30],
    )
    expected["question_rule"] = expected["question_rule"].astype("str")
    pd.testing.assert_frame_equal(out, expected)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_detector_accepts_any_text(text):
    ok, rule = is_question_text(text)
    assert isinstance(ok, bool)
    assert rule in {"no_text", "order_number", "small_talk", "service_request", "me_too", "question_mark",
                    "interrogative", "praise", "request", "problem", "other"}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 400),
            st.sampled_from([("wmA", "external"), ("wmB", "external"), ("zs", "employee"), ("wbR", "robot")]),
            st.sampled_from(["在吗", "保修多久", "好的", None]),
        ),
        max_size=15,
    )
)
def test_no_customer_message_is_lost(rows):
    rows = sorted(rows, key=lambda r: r[0])
    msgs = _chat_frame([("wrG", "group", sec, s, k, text) for sec, (s, k), text in rows])
    q = extract_questions(msgs)
    n_ext = int((msgs["sender_kind"] == "external").sum())
    assert int(q["n_messages"].sum()) == n_ext
    assert sorted(i for ids in q["msgids"] for i in ids) == sorted(msgs.loc[msgs["sender_kind"] == "external", "msgid"])


# --------------------------------------------------------------------------
# Replies
# --------------------------------------------------------------------------


def test_reply_pairing_in_a_single_chat():
    msgs = _frame(
        [
            (0, "wmA", "external", "保修多久"),
            (20, "wmA", "external", "急"),
            (80, "zs", "employee", "两年"),
            (90, "zs", "employee", "还有别的吗"),
            (4000, "wmA", "external", "怎么开发票"),
        ]
    )
    q = extract_questions(msgs)
    first = q.iloc[0]
    assert first["reply_text"] == "两年"
    assert first["reply_employee_id"] == "zs"
    assert first["reply_msgid"] == "m002"
    assert first["reply_at"] == T0 + pd.Timedelta(seconds=80)
    assert first["reply_seconds"] == 60.0  # from the turn's last message
    assert first["employee_id"] == "zs"
    last = q.iloc[1]  # unanswered (and in a later conversation)
    assert np.isnan(last["reply_seconds"])
    assert pd.isna(last["reply_text"])
    assert pd.isna(last["reply_at"])
    assert last["employee_id"] == "zs"  # the 1:1 chat's employee even without a reply
    assert first["conversation_id"] != last["conversation_id"]


def test_reply_never_crosses_a_conversation():
    msgs = _frame([(0, "wmA", "external", "保修多久"), (3600, "zs", "employee", "两年")])
    q = extract_questions(msgs, conversation_gap="30min", reply_window=None)
    assert np.isnan(q.loc[0, "reply_seconds"])
    q = extract_questions(msgs, conversation_gap="2h")
    assert q.loc[0, "reply_seconds"] == 3600.0


def test_reply_pairing_in_a_group_ignores_robots():
    rows = [
        ("wrG", "group", 0, "wmA", "external", "@李雷 能开发票吗"),
        ("wrG", "group", 10, "wbBot", "robot", "自动回复：请稍候"),
        ("wrG", "group", 30, "lilei", "employee", "可以的"),
        ("wrG", "group", 40, "hanmei", "employee", "对"),
        ("wrG", "group", 50, "wmB", "external", "谢谢"),
    ]
    q = extract_questions(_chat_frame(rows)).set_index("question_id")
    assert q.loc["m000", "reply_employee_id"] == "lilei"
    assert q.loc["m000", "employee_id"] == "lilei"
    assert q.loc["m000", "reply_seconds"] == 30.0
    assert pd.isna(q.loc["m004", "employee_id"])  # nobody replied after it
    assert q["chat_type"].tolist() == ["group", "group"]


# --------------------------------------------------------------------------
# Consent
# --------------------------------------------------------------------------


def _archive(messages: pd.DataFrame, consent_rows: list[tuple]) -> Archive:
    consent = schema.empty_frame(schema.CONSENT_COLUMNS)
    if consent_rows:
        consent = pd.DataFrame(
            [
                {"msgid": f"c{i}", "customer_id": c, "employee_id": e, "status": s,
                 "at": T0 + pd.Timedelta(seconds=sec), "source": "x", "line": i}
                for i, (c, e, s, sec) in enumerate(consent_rows)
            ]
        ).astype(schema.frame_dtypes(schema.CONSENT_COLUMNS))
    empty = {k: schema.empty_frame(v) for k, v in (("recalls", schema.RECALL_COLUMNS), ("switches", schema.SWITCH_COLUMNS),
                                                   ("quarantine", schema.QUARANTINE_COLUMNS), ("files", schema.FILE_COLUMNS))}
    return Archive(messages=messages, consent=consent, report={}, **empty)


def test_refused_customers_are_excluded_and_counted():
    rows = [
        ("wmA|zs", "single", 0, "wmA", "external", "保修多久"),  # before the refusal
        ("wmA|zs", "single", 10, "zs", "employee", "两年"),
        ("wmA|zs", "single", 200, "wmA", "external", "怎么开发票"),  # after: excluded
        ("wmA|zs", "single", 210, "wmA", "external", "急"),  # after: excluded
        ("wmA|zs", "single", 220, "zs", "employee", "可以"),  # excluded too
        ("wmA|zs", "single", 400, "wmA", "external", "还是想问下"),  # agreed again: kept
        ("wmA|ls", "single", 300, "wmA", "external", "在吗"),  # another employee: kept
        ("wrG", "group", 300, "wmA", "external", "有优惠吗"),  # groups are not affected
    ]
    arch = _archive(_chat_frame(rows), [("wmA", "zs", "agree", -5), ("wmA", "zs", "disagree", 100), ("wmA", "zs", "agree", 350)])
    q = extract_questions(arch)
    assert q.attrs["excluded_refused"] == 2
    assert sorted(q["question_id"]) == ["m000", "m005", "m006", "m007"]
    assert q.set_index("question_id").loc["m000", "reply_text"] == "两年"
    # Messages are not consulted for consent: a plain frame keeps everything.
    assert extract_questions(arch.messages).attrs["excluded_refused"] == 0
    assert len(extract_questions(arch, exclude_refused=False)) == 5


# --------------------------------------------------------------------------
# Schema and arguments
# --------------------------------------------------------------------------


def test_columns_dtypes_and_order():
    msgs = _frame([(60, "wmA", "external", "怎么开发票"), (0, "wmA", "external", None), (70, "zs", "employee", "这样开")])
    q = extract_questions(msgs)
    assert tuple(q.columns) == QUESTION_COLUMNS
    assert q["asked_at"].is_monotonic_increasing
    assert q.index.tolist() == [0, 1]
    assert str(q["asked_at"].dtype) == f"datetime64[ns, {TZ}]"
    assert str(q["reply_at"].dtype) == f"datetime64[ns, {TZ}]"
    assert q["reply_seconds"].dtype == "float64"
    assert q["is_question"].dtype == bool
    assert q["n_messages"].dtype == "int64"
    assert isinstance(q.loc[0, "msgids"], list)
    assert q["text_norm"].tolist() == ["", "怎么开发票"]


def test_empty_input_gives_empty_frame_with_the_same_dtypes():
    full = extract_questions(_frame([(0, "wmA", "external", "你好"), (9, "zs", "employee", "您好")]))
    for msgs in (_frame([(0, "zs", "employee", "你好")]), schema.empty_frame(schema.MESSAGE_COLUMNS)):
        q = extract_questions(msgs)
        assert tuple(q.columns) == QUESTION_COLUMNS
        assert len(q) == 0
        pd.testing.assert_series_equal(q.dtypes, full.dtypes)


def test_does_not_change_the_callers_frame():
    msgs = _frame([(0, "wmA", "external", "保修多久"), (10, "zs", "employee", "两年")])
    before = msgs.copy()
    extract_questions(msgs)
    pd.testing.assert_frame_equal(msgs, before)


def test_a_repeated_index_is_fine():
    msgs = _frame([(0, "wmA", "external", "保修多久"), (10, "zs", "employee", "两年"), (20, "wmA", "external", "好的")])
    q = extract_questions(msgs.set_axis([7, 7, 7]))
    pd.testing.assert_frame_equal(q, extract_questions(msgs))


def test_missing_column_raises_schema_error():
    msgs = _frame([(0, "wmA", "external", "保修多久")]).drop(columns="sender_kind")
    with pytest.raises(SchemaError, match="sender_kind"):
        extract_questions(msgs)


def test_naive_times_raise_schema_error():
    msgs = _frame([(0, "wmA", "external", "保修多久")])
    msgs["sent_at"] = msgs["sent_at"].dt.tz_localize(None)
    with pytest.raises(SchemaError, match="sent_at"):
        extract_questions(msgs)


@pytest.mark.parametrize("kw", [{"gap": "soon"}, {"gap": "-1min"}, {"conversation_gap": 0}])
def test_bad_durations_raise_value_error(kw):
    msgs = _frame([(0, "wmA", "external", "保修多久")])
    with pytest.raises(ValueError, match="gap"):
        extract_questions(msgs, **kw)


def test_wrong_input_type_raises_type_error():
    with pytest.raises(TypeError, match="archive_or_messages"):
        extract_questions([1, 2, 3])  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text_types"):
        extract_questions(_frame([(0, "wmA", "external", "x")]), text_types="text")


def test_options_are_keyword_only():
    with pytest.raises(TypeError):
        extract_questions(_frame([(0, "wmA", "external", "x")]), "2min")  # type: ignore[misc]


# --------------------------------------------------------------------------
# Evaluation
# --------------------------------------------------------------------------


def test_evaluate_counts_matched_merged_split_and_missing():
    pred = pd.DataFrame(
        {"msgids": [["a", "b"], ["c"], ["d"], ["e"]], "is_question": [True, False, True, False]}
    )
    truth = pd.DataFrame(
        {"msgids": ["a", "b", "c d", "e", "z"], "is_question": [False, True, True, True, False]}
    )
    r = evaluate_question_detection(pred, truth)
    assert (r["matched"], r["merged"], r["split"], r["missing"]) == (1, 2, 1, 1)
    assert (r["tp"], r["fp"], r["fn"], r["tn"]) == (2, 1, 1, 0)
    assert r["precision"] == pytest.approx(2 / 3)
    assert r["recall"] == pytest.approx(2 / 3)
    assert r["f1"] == pytest.approx(2 / 3)
    assert r["recall_matched"] == 0.0  # "e" matched exactly, missed
    assert np.isnan(r["precision_matched"])


def test_evaluate_requires_columns():
    with pytest.raises(SchemaError, match="is_question"):
        evaluate_question_detection(pd.DataFrame({"msgids": []}), pd.DataFrame({"msgids": [], "is_question": []}))


# --------------------------------------------------------------------------
# Floors on the synthetic sample and on real data
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_questions():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arch = load_archive(SAMPLE / "archive")
    return extract_questions(arch), pd.read_csv(SAMPLE / "truth" / "questions.csv")


def test_sample_detection_floor(sample_questions):
    q, truth = sample_questions
    r = evaluate_question_detection(q, truth)
    # Measured 2026-11-24: P 0.887, R 0.998 overall; P 1.000, R 0.9985 on exactly matched turns.
    assert r["precision"] >= 0.87
    assert r["recall"] >= 0.99
    assert r["precision_matched"] >= 0.995
    assert r["recall_matched"] >= 0.995
    assert r["matched"] >= 36_000  # of 41,790 truth turns; the rest are merged by the 2-minute gap
    assert r["split"] <= 5
    assert q.attrs["excluded_refused"] == r["missing"]  # the leaked messages of refusers


def test_sample_replies_match_truth(sample_questions):
    q, truth = sample_questions
    # Truth replies within the 30-minute conversation; later ones (next morning) are
    # another conversation by design.
    t = truth[truth["reply_seconds"].le(1800) & ~truth["msgids"].str.contains(" ")]
    got = q[q["n_messages"] == 1].set_index("question_id")
    both = t[t["msgids"].isin(got.index)]
    mine = got.loc[both["msgids"]]
    agree = (mine["reply_msgid"].to_numpy() == both["reply_msgid"].to_numpy()).mean()
    assert agree >= 0.99  # measured 0.998: in groups another employee sometimes answers first
    close = np.isclose(mine["reply_seconds"].to_numpy(), both["reply_seconds"].to_numpy(), atol=0.01)
    assert close.mean() >= 0.99


def _stc3_messages() -> tuple[pd.DataFrame, pd.DataFrame]:
    """stc3 dialogues as a messages frame (one 1:1 chat each, turns a minute apart) and the customer truth."""
    path = DATASETS / "stc3_weibo_helpdesk" / "dialogues.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not available")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            for pos, turn in enumerate(d["turns"]):
                rows.append((d["dialogue_id"], pos, turn["role"], turn["text"], turn["nugget"]))
    t = pd.DataFrame(rows, columns=["dialogue_id", "pos", "role", "text", "nugget"])
    customer = "wm" + t["dialogue_id"]
    msgs = pd.DataFrame(
        {
            "msgid": t["dialogue_id"] + "_" + t["pos"].astype(str),
            "msgtype": "text",
            "sender_id": customer.where(t["role"].eq("customer"), "agent"),
            "sender_kind": np.where(t["role"].eq("customer"), "external", "employee"),
            "chat_id": customer + "|agent",
            "chat_type": "single",
            "sent_at": pd.Timestamp("2026-01-01", tz=TZ) + pd.to_timedelta(t["pos"], unit="min"),
            "text": t["text"],
        }
    ).astype({"sent_at": f"datetime64[ns, {TZ}]"})
    cust = t["role"].eq("customer")
    truth = pd.DataFrame(
        {"msgids": msgs.loc[cust, "msgid"], "is_question": t.loc[cust, "nugget"].eq("CNUG0"),
         "is_opening": t.loc[cust, "pos"].eq(0)}
    )
    return msgs, truth


def test_stc3_problem_statement_floor():
    msgs, truth = _stc3_messages()
    q = extract_questions(msgs)
    assert len(q) == len(truth)  # agent turns in between: no customer turns merge
    r = evaluate_question_detection(q, truth)
    # Measured 2026-11-24: recall 0.955, precision 0.519 over all 4,192 customer turns
    # (later turns are follow-up problems labelled CNUG, not CNUG0: predicting every
    # turn a question would give 1722/4192 = 0.41); precision 0.971 on openings.
    assert r["recall"] >= 0.93
    assert r["precision"] >= 0.49
    r1 = evaluate_question_detection(q, truth[truth["is_opening"]])
    assert r1["precision"] >= 0.95


def test_reply_after_a_long_silence_counts_within_reply_window():
    # asked at 22:00, answered at 08:30 next morning (10.5 h): a new conversation, still the reply
    msgs = _frame([(13 * 3600, "wmA", "external", "保修多久"), (23.5 * 3600, "zs", "employee", "整机保修2年")])
    q = extract_questions(msgs)
    assert q.loc[0, "reply_text"] == "整机保修2年"
    assert q.loc[0, "reply_seconds"] == pytest.approx(10.5 * 3600)
    # a shorter window, or None (same conversation only), leaves it unanswered
    for window in ("8h", None):
        q2 = extract_questions(msgs, reply_window=window)
        assert pd.isna(q2.loc[0, "reply_msgid"]) and np.isnan(q2.loc[0, "reply_seconds"])
    with pytest.raises(ValueError, match="reply_window"):
        extract_questions(msgs, reply_window="-1h")


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("请问一下怎么退货", "怎么退货"),
        ("您好,请问一下,几天到", "几天到"),
        ("哈喽 问个事 那个 能退吗", "能退吗"),
        ("那到底是多久呢", "到底是多久"),
        ("那我该怎么操作", "我该怎么操作"),
        ("我想咨询一下退货", "退货"),
        # an opening word that starts a word is kept
        ("那位老板知道怎么办", "那位老板知道怎么办"),
        ("那个订单怎么取消", "那个订单怎么取消"),
        ("那么多钱吗", "那么多钱吗"),
        ("请假了吗", "请假了吗"),
        ("请教一下", "请教一下"),
        ("问题怎么解决", "问题怎么解决"),
        ("咨询费多少", "咨询费多少"),
        ("还有别的颜色吗", "还有别的颜色吗"),
    ],
)
def test_question_core_strips_openings_not_words(text, core):
    from toolkit.questions import question_core

    assert question_core(text) == core


def test_question_core_keeps_huabei_whole():
    from toolkit.questions import question_core

    assert question_core("怎么开通花呗") == "怎么开通花呗"
    assert question_core("还款用借呗呗") == "还款用借呗"
    assert question_core("那就退了呗") == "就退了"


# --------------------------------------------------------------------------
# Placeholders, requests for a human agent, closings (issue 16)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "core"),
    [
        ("[数字x]号能到吗", "号能到吗"),
        ("请问[订单x]怎么还没发货", "怎么还没发货"),
        ("[姓名x] 你好,我的快递到哪了", "我的快递到哪了"),
        ("卡号***怎么还款", "卡号 怎么还款"),
        ("我的手机号[手机号]收不到验证码", "我的手机号 收不到验证码"),
        ("[orderid_10438731]退款", "退款"),
        # an opening with a placeholder: the opening without it, not ''
        ("你好 [姓名x]", "你好"),
        # nothing but placeholders and punctuation: empty
        ("[订单x]", ""),
        ("[数字x] [金额x]?", ""),
        ("***", ""),
        ("[姓名x],[电话x]。", ""),
    ],
)
def test_question_core_drops_masking_placeholders(text, core):
    from toolkit.questions import question_core

    assert question_core(text) == core


def test_question_core_without_placeholders_still_never_empties():
    from toolkit.questions import question_core

    assert question_core("?") == "?"
    assert question_core("在吗") == "在吗"


def test_placeholder_texts_cluster_on_their_core():
    from toolkit.questions import question_core

    cores = {question_core(t) for t in ["[数字x]号能到吗", "[日期x]号能到吗?", "[数字x]号能到吗呀"]}
    assert cores == {"号能到吗"}


@pytest.mark.parametrize(
    "text",
    [
        "我要转人工", "转人工", "转人工!!!", "转人工转人工", "人工", "人工人工人工", "人工客服", "人工服务",
        "找人工", "请帮我转接人工", "帮我转人工谢谢", "麻烦转一下人工", "我需要人工服务", "给我转人工",
        "人工呢", "人工在吗?", "人工客服在吗", "有人工吗", "有没有人工客服", "能转人工吗?", "可以转人工吗",
        "你好,转人工", "转客服", "不要机器人", "不要机器人回复", "我要找真人", "转人工[抓狂]", "@客服 转人工",
    ],
)
def test_requests_for_a_human_agent_are_not_questions(text):
    assert is_question_text(normalize_text(text)) == (False, "service_request")


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # how to reach a human, and its contact details, are questions for the KB
        ("人工客服电话是多少", "interrogative"),
        ("怎么转人工", "interrogative"),
        ("怎么联系人工客服?", "question_mark"),
        ("人工客服几点上班", "interrogative"),
        ("为什么转不了人工", "interrogative"),
        # a request for a human with a real question or problem stays a question
        ("转人工 我的退款怎么还没到", "interrogative"),
        ("我要转人工,快递一直没到", "request"),
        # 人工 inside another word
        ("人工费多少", "interrogative"),
    ],
)
def test_questions_about_human_agents_stay_questions(text, rule):
    assert is_question_text(normalize_text(text)) == (True, rule)


@pytest.mark.parametrize(
    "text",
    [
        "谢谢", "好的谢谢", "没有了谢谢", "没有了", "好的,没有了,谢谢", "没有其他问题了", "暂时没有了",
        "没事了", "不用了谢谢", "就这样吧", "再见", "好的再见", "拜拜", "辛苦了", "好的,辛苦了", "辛苦啦",
        "好了谢谢", "祝您生活愉快", "嗯嗯好的", "哈哈喽",
    ],
)
def test_closings_and_thanks_are_small_talk(text):
    assert is_question_text(normalize_text(text)) == (False, "small_talk")


@pytest.mark.parametrize("text", ["没有了吗", "好了吗?", "不用了怎么退订", "余额没有了怎么办"])
def test_closing_words_in_a_question_do_not_hide_it(text):
    assert is_question_text(normalize_text(text))[0] is True


@pytest.mark.parametrize("unit", ["好的谢谢", "嗯嗯", "谢谢你好", "人工一下", "转人工下", "没有了"])
def test_small_talk_rules_do_not_backtrack_exponentially(unit):
    import time

    text = unit * 60 + "怎么办"
    start = time.perf_counter()
    for n in range(4, len(text), 7):
        is_question_text(text[-n:])
    assert time.perf_counter() - start < 2.0
