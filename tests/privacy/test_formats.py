"""Issue 18 §2: every format of personal data masked, every near-miss kept.

- the examples quoted in the issue, masked or kept as it says;
- the per-format corpus (:mod:`tests.privacy.pii_formats`): its size and
  labels, and the floors (recall >= 0.99 per format, survival >= 0.98 per
  near-miss kind) on the held-out split, which the rules were not written
  on, and on the two dev splits.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit.privacy import evaluate_formats, find_pii, id_card_is_valid, luhn_is_valid, mask_pii

from .pii_formats import make_format_corpus

RECALL_FLOOR = 0.99
SURVIVAL_FLOOR = 0.98
SPLITS = ("dev", "dev2", "heldout")

# --------------------------------------------------------------------------
# The issue's examples
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("加我QQ号3557574424，方便发图片", "加我QQ号[QQ号]，方便发图片"),
        ("加我微信号zhang_san81", "加我微信号[微信号]"),
        ("回电话到139.8370.5893吧", "回电话到[手机号]吧"),
        ("13800138000a", "[手机号]a"),
        ("幸福小区3栋2单元401", "[地址]"),
    ],
)
def test_issue_examples_are_masked(text, expected):
    assert mask_pii(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "第13800138000次",  # masked as a phone before issue 18
        "订单号20260815123456789还没发货",
        "2026-08-15 14:30 下的单，金额13800元",
        "客服电话400-820-8820，或者95588",
    ],
)
def test_issue_near_misses_are_kept(text):
    assert mask_pii(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mobile: separators, prefixes, what follows
        ("手机138-1234-5678", "手机[手机号]"),
        ("手机138/1234/5678", "手机[手机号]"),
        ("电话139。8370。5893", "电话[手机号]"),
        ("１３８－１２３４－５６７８", "[手机号]"),
        ("(+86)13812345678", "[手机号]"),
        ("+86138 1234 5678", "[手机号]"),
        ("86-138 1234 5678", "[手机号]"),
        ("call 19378965978x", "call [手机号]x"),
        # landline
        ("座机(0755)8765-4321，分机802", "座机[电话]"),
        ("+86 10 6234 5678", "[电话]"),
        ("报修电话留的是家里的8425-2482", "报修电话留的是家里的[电话]"),
        # QQ, WeChat, after their cues
        ("扣扣：123456789", "扣扣：[QQ号]"),
        ("企鹅号 1234567", "企鹅号 [QQ号]"),
        ("Q号:88886666", "Q号:[QQ号]"),
        ("威信 lily_2020", "威信 [微信号]"),
        ("v信：abc123456", "v信：[微信号]"),
        ("加V tom_1990", "加V [微信号]"),
        ("VX号: Happy-88", "VX号: [微信号]"),
        ("wxid_abcd1234efgh", "[微信号]"),
        ("微信手机同号13812345678", "微信手机同号[手机号]"),
        # plates
        ("车牌粤B12345", "车牌[车牌x]"),
        ("沪A·D12345 的车主", "[车牌x] 的车主"),
        ("苏E 12345D", "[车牌x]"),
        # addresses down to the room
        ("寄到浙江杭州西湖区文三路478号华星时代广场A座5楼", "寄到[地址]"),
        ("我住春江花月6期15栋2单元1563", "我住[地址]"),
        ("送到湖北省襄阳市枣阳市吴店镇清潭村5组12号", "送到[地址]"),
        ("苏州大学东校区4号宿舍楼312", "[地址]"),
        ("地址改成福建厦门湖里区科技大楼B座7层吧", "地址改成[地址]吧"),
    ],
)
def test_formats_are_masked(text, expected):
    assert mask_pii(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "路由器地址172.16.254.133打不开",  # an IP address is no phone number
        "固件版本V1.13.800.1380",
        "订单号：13800138000",  # phone-shaped, but labelled
        "会员号13800138000积分没到",
        "积分卡号6222020000000000000",
        "快递 SF 0379 7854 7635",  # a carrier code a space before
        "我的订单 2426 0857 2077 2769",  # four groups of four are no landline
        "取件码3-9-2272",
        "QQ客服800010000",  # an enterprise QQ account, like a hotline
        "微信支付1-3个工作日到账，QQ邮箱也行",
        "微信Android版闪退",
        "华为Mate60 Pro有现货吗",
        "邮编518057",
        "买了3栋房子",
        "我在上海市浦东新区，能送吗",
        "花呗分期12期",
        "第3期活动在人民路店",
    ],
)
def test_near_misses_are_kept(text):
    assert mask_pii(text) == text


# --------------------------------------------------------------------------
# The corpus
# --------------------------------------------------------------------------


@pytest.fixture(scope="module", params=SPLITS)
def split_corpus(request):
    df, staff = make_format_corpus(request.param, n_per_format=40, n_per_near=80, random_state=0)
    return request.param, df, staff


def test_corpus_is_large_enough_and_labels_are_right(split_corpus):
    split, df, staff = split_corpus
    with_pii = df[df["entities"].map(len) > 0]
    clean = df[df["entities"].map(len) == 0]
    assert len(with_pii) >= 800 and len(clean) >= 800, split
    assert (clean["near_misses"].map(len) > 0).all()
    fold = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
    contexts: dict[str, set[str]] = {}
    for text, ents, fmts in zip(df["text"], df["entities"], df["formats"], strict=True):
        assert len(ents) == len(fmts)
        for (kind, a, b), fmt in zip(ents, fmts, strict=True):
            assert fmt.split(".")[0] in (kind, "wechat"), (fmt, kind)
            digits = "".join(c for c in text[a:b].translate(fold) if c.isdigit() or c in "Xx")
            if kind == "id_card" and len(digits) == 18:
                assert id_card_is_valid(digits), text[a:b]
            elif kind == "bank_card":
                assert luhn_is_valid(digits), text[a:b]
            elif kind == "name":
                assert text[a:b] in staff
            contexts.setdefault(fmt, set()).add(text[:a][-4:] + "|" + text[b:][:4])
    # Every format in several contexts.
    assert min(len(c) for c in contexts.values()) >= 3, {f: len(c) for f, c in contexts.items() if len(c) < 3}


def test_corpus_is_deterministic_and_splits_differ():
    a, _ = make_format_corpus("heldout", n_per_format=5, n_per_near=5, random_state=3)
    b, _ = make_format_corpus("heldout", n_per_format=5, n_per_near=5, random_state=3)
    pd.testing.assert_frame_equal(a, b)
    dev, _ = make_format_corpus("dev", n_per_format=5, n_per_near=5, random_state=3)
    assert set(a["text"]).isdisjoint(dev["text"])
    with pytest.raises(ValueError, match="split must be one of"):
        make_format_corpus("test")


def test_floors_per_format_and_near_miss_kind(split_corpus):
    split, df, staff = split_corpus
    res = evaluate_formats(df, staff=staff)
    pii = res[res["group"] == "pii"].set_index("label")
    near = res[res["group"] == "near_miss"].set_index("label")
    assert len(pii) >= 30 and len(near) >= 12
    low = pii[pii["rate"] < RECALL_FLOOR]
    assert low.empty, (split, low.to_dict("index"))
    low = near[near["rate"] < SURVIVAL_FLOOR]
    assert low.empty, (split, low.to_dict("index"))


@pytest.mark.parametrize("seed", [1, 2])
def test_heldout_floors_hold_on_other_seeds(seed):
    df, staff = make_format_corpus("heldout", n_per_format=30, n_per_near=60, random_state=seed)
    res = evaluate_formats(df, staff=staff)
    pii, near = res[res["group"] == "pii"], res[res["group"] == "near_miss"]
    assert (pii["rate"] >= RECALL_FLOOR).all(), pii[pii["rate"] < RECALL_FLOOR]
    assert (near["rate"] >= SURVIVAL_FLOOR).all(), near[near["rate"] < SURVIVAL_FLOOR]


def test_near_miss_sentences_are_left_whole(split_corpus):
    """Sentences without personal data come back unchanged (at most 2% of them touched)."""
    split, df, staff = split_corpus
    clean = df[df["entities"].map(len) == 0]
    touched = sum(bool(find_pii(t, staff=staff)) for t in clean["text"])
    assert touched / len(clean) <= 1 - SURVIVAL_FLOOR, (split, touched)
