"""The blind corpora by independent writers (``tests/privacy/pii_blindN.py``, N >= 3) as regression floors.

Each was written without reading the masking rules, the other corpora or any
result, and evaluated once before any rule changed because of it
(``.venv/bin/python bench/pii_blind_eval.py blindN --first-run``,
``bench/results/pii_blindN.md``): that first run is the honest estimate on
personal data the rules were not tuned on. Rules were then fixed for the
general classes of its misses (``bench/results/pii_blindN_current.md``), so it
is no longer blind. The floors are the
current figures minus 0.01.
"""

from __future__ import annotations

import importlib

import pytest

from toolkit.privacy import evaluate_formats

#: corpus -> (first-run recall, first-run survival, current recall, current survival)
FIGURES = {
    "blind3": (0.9324, 0.9917, 0.9990, 1.0),
    "blind4": (0.8481, 1.0, 0.9981, 1.0),
    "blind5": (0.9724, 1.0, 1.0, 1.0),  # written after the blind4 fixes
    "blind6": (0.9551, 0.9898, 1.0, 1.0),  # written after the blind5 fixes
    "blind7": (0.8625, 0.9984, 0.9926, 1.0),  # written after the blind6 fixes
    "blind8": (0.8393, 0.9941, 0.9926, 0.9990),  # written after the blind7 fixes
    "blind9": (0.9757, 0.9992, 1.0, 1.0),  # an ordinary archive; written during the blind8 fixes
    "blind10": (0.9888, 0.9979, 0.9996, 1.0),  # pasted, forwarded and group text; the same
    "blind11": (0.9577, 0.9910, 1.0, 1.0),  # an ordinary archive, other industries; after the blind10 fixes
    "blind12": (0.9840, 1.0, 1.0, 1.0),  # an ordinary archive across regions and ages; after the blind13 fixes
    "blind13": (0.9940, 1.0, 1.0, 1.0),  # the agent's side, forms and pasted records; after fixes for known limits
    "blind14": (0.9432, 0.9808, 1.0, 1.0),  # private-domain operations, group-buy lists; after the blind12 fixes
    "blind15": (0.9684, 0.9903, 1.0, 1.0),  # transport and field service, drivers' voice input; after the blind14 fixes
    "blind16": (0.9769, 1.0, 0.9982, 1.0),  # the most ordinary archive, an online shop; after the blind17 fixes
    "blind17": (0.9950, 1.0, 1.0, 1.0),  # healthcare, education, public services; after the blind15 fixes
    # retail chains and membership; after the blind16 fixes and the conversation work (its 6 false masks left are
    # region lines, 所在地区：湖北省 武汉市 洪山区, which blind7's writer labelled as addresses: masked on purpose)
    "blind19": (0.9833, 0.9921, 0.9992, 0.9941),
    "blind20": (0.9926, 1.0, 0.9992, 1.0),  # finance and insurance; after the blind19 fixes
    # retail again; after the blind20 fixes; its brief lacked the rules (it read two corpora's docstrings, no code);
    # left: mobiles after 会员号 (the near-misses), plates starting 黔 (Guizhou's plates start 贵)
    "blind18": (0.9856, 0.9990, 0.9942, 1.0),
    # home services; after the blind18 fixes (false masks left: a floor after a house number, …128号，22楼: kept masked)
    "blind21": (0.9985, 0.9815, 1.0, 0.9963),
    # travel and hospitality; after the blind21 fixes (false masks left: a hotel room after the hotel's address)
    "blind22": (0.9986, 0.9940, 1.0, 0.9962),
    "blind23": (0.9708, 0.9992, 0.9993, 1.0),  # B2B service and software; after the blind22 fixes
    "blind24": (0.9933, 0.9983, 0.9993, 1.0),  # rural e-commerce and agriculture; the same rules as blind23's
    # real estate; after the threads2 fixes (its misses: floor bands 低区6楼 and layouts 4房2厅 read as addresses)
    "blind25": (0.9942, 0.9769, 0.9994, 1.0),
    "blind26": (0.9843, 0.9964, 0.9971, 1.0),  # automotive; the same rules (left: QQ numbers sent alone, no cue)
    "blind27": (0.9948, 0.9972, 0.9993, 1.0),  # public services, utilities, telecom; the rules of 68b23d6
    # recruitment, HR, labour services; after the blind25-27 fixes (left: plates starting 黔, which Guizhou's are not)
    "blind28": (0.9945, 0.9991, 0.9984, 1.0),
    # catering, delivery, events, games; the same rules (left: game accounts with no game word, 账号670305的充值记录)
    "blind29": (0.9737, 0.9987, 0.9944, 1.0),
    "blind30": (0.9916, 0.9986, 1.0, 0.9993),  # cross-border e-commerce, customs; after the blind28-29 fixes
    # elderly customers, voice input; the same rules (false masks left: a hospital's floor and bed, 人民医院18楼29床,
    # which blind4's writer labelled as addresses: masked on purpose)
    "blind31": (0.9634, 0.9912, 0.9993, 0.9976),
    "blind32": (0.9942, 1.0, 1.0, 1.0),  # loans, collections; after the blind30-31 fixes
    "blind33": (0.9880, 1.0, 0.9992, 1.0),  # electronics and phone repair; after the blind32 fixes
    "blind34": (0.9751, 0.9984, 0.9942, 1.0),  # beauty salons, medical aesthetics, weddings; the same rules
    "blind35": (0.9894, 0.9986, 0.9992, 1.0),  # sports events, clubs; the same rules
    "blind36": (0.9924, 0.9980, 1.0, 1.0),  # education and childcare; after the blind33-35 and threads6 fixes
    "blind37": (1.0, 1.0, 1.0, 1.0),  # express delivery and courier stations; after the blind36 and blind39 fixes
    "blind38": (0.9962, 1.0, 1.0, 1.0),  # app and online account support; the rules of blind37
    "blind39": (0.9979, 0.9967, 1.0, 1.0),  # an ordinary mid-size company's archive; the rules of blind36
    "blind40": (0.9984, 1.0, 0.9984, 1.0),  # pets; after the blind38 fixes
    # wholesale markets and small merchants; the same rules (false masks left: stalls named by a zone and a number
    # after a market street, 汉正街3楼B区438档, which its writer labels near-misses)
    "blind41": (0.9639, 0.9913, 1.0, 0.9946),
    "blind42": (0.9907, 0.9887, 0.9993, 0.9962),  # hospitals, pharmacies; after the blind41 and blind43 fixes
    "blind43": (0.9968, 0.9947, 0.9976, 1.0),  # an ordinary retail and service brand's archive; the rules of blind40
    "blind44": (0.9699, 0.9978, 1.0, 0.9978),  # furniture, appliances, building materials; after the blind46 fix
    # charity and volunteering; the same rules (false masks left: foundations' public accounts, 对公账户…, which
    # blind11's writer labels as cards: masked on purpose)
    "blind45": (1.0, 0.9974, 1.0, 0.9974),
    "blind46": (0.9984, 1.0, 1.0, 1.0),  # an ordinary online shop's archive; the rules of 74f482f
    "blind47": (0.9906, 0.9963, 1.0, 1.0),  # an ordinary regional chain of supermarkets and pharmacies; as blind44
    # The fourth round: eight writers, each scored on the rules of b881d82 (after fixes for older corpora only).
    # insurance (false masks left: a hospital's ward and bed, 住院部13楼29床: masked on purpose, as blind31's)
    "blind48": (0.9992, 0.9803, 1.0, 0.9839),
    "blind49": (0.9977, 0.9992, 1.0, 0.9992),  # housekeeping, moving, home services
    "blind50": (0.9869, 0.9981, 1.0, 1.0),  # freight trucking and dispatch
    "blind51": (1.0, 0.9979, 1.0, 0.9993),  # travel agencies, hotels, air tickets
    "blind52": (0.9960, 1.0, 0.9984, 1.0),  # an ordinary bank branch's archive (left: a card before 里有7452块)
    "blind53": (0.9885, 1.0, 1.0, 1.0),  # rural e-commerce and farm produce
    "blind54": (0.9880, 0.9737, 1.0, 1.0),  # an ordinary property management company's archive
    "blind55": (0.9779, 0.9980, 1.0, 1.0),  # an ordinary B2B software and office supplies vendor's archive
    # The fifth round: seven writers, scored after the fourth round's fixes (the rules of 380bf86).
    "blind56": (0.9856, 1.0, 0.9941, 1.0),  # second-hand recycling and trading (left: QQ numbers sent alone, 嗯嗯 204097495)
    "blind57": (1.0, 0.9810, 1.0, 1.0),  # law firms and legal services
    "blind58": (0.9986, 1.0, 1.0, 1.0),  # car rental and ride-hailing fleets
    "blind59": (0.9953, 1.0, 1.0, 1.0),  # study-abroad and visa agencies
    "blind60": (0.9836, 1.0, 1.0, 1.0),  # an ordinary home decoration company's archive
    "blind61": (0.9963, 1.0, 1.0, 1.0),  # an ordinary mother-and-baby store chain's archive
    # real-name ticketing (left: 48 plates holding four or five letters in a serial of five, which no plate has)
    "blind62": (0.9447, 0.9945, 0.9691, 1.0),
    # The sixth round: seven writers, scored after the fifth round's fixes.
    "blind63": (0.9974, 1.0, 0.9991, 1.0),  # an ordinary dental and optical clinic chain's archive
    "blind64": (0.9942, 1.0, 0.9986, 1.0),  # tea, liquor, tobacco and gift shops
    "blind65": (0.9855, 0.9991, 0.9992, 1.0),  # printing, advertising and signage shops
    "blind66": (0.9894, 1.0, 1.0, 1.0),  # photography studios and children's portraits
    "blind67": (0.9802, 1.0, 1.0, 1.0),  # live-stream e-commerce
    "blind68": (0.9971, 1.0, 1.0, 1.0),  # an ordinary continuing-education and exam-registration office's archive
    # funeral and cemetery services (left: QQ groups, 加382770511这个QQ群, which its writer labels as QQ numbers and
    # blind67's as near-misses; ids written wx + a mobile, of which the mobile is masked)
    "blind69": (0.9813, 0.9831, 0.9862, 1.0),
    # The seventh round: six writers, scored after the blind63-69 and threads7-8 fixes (the rules of 9276649).
    "blind70": (0.9983, 1.0, 0.9991, 1.0),  # an ordinary gym and fitness studio chain's archive
    "blind71": (0.9883, 0.9986, 1.0, 0.9986),  # driving schools
    "blind72": (0.9851, 1.0, 1.0, 1.0),  # an ordinary mobile carrier's franchised store
    "blind73": (0.9973, 1.0, 0.9993, 1.0),  # flower shops and cake bakeries
    "blind74": (1.0, 1.0, 1.0, 1.0),  # an ordinary home-appliance manufacturer's after-sales archive
    # overseas Chinese and cross-border families (left: Hong Kong desks and +1 numbers with no word of one's own, which
    # its writer labels values and blind30's near-misses; 粤Z plates with no digit; overseas addresses with no street word)
    "blind75": (0.8935, 1.0, 0.9617, 1.0),
    # The eighth round: six writers, scored after the blind70-75 fixes (the rules of f243250).
    "blind76": (0.9992, 1.0, 0.9992, 1.0),  # an ordinary real-estate agency's rental department
    "blind77": (0.9933, 1.0, 1.0, 1.0),  # same-city errand running and delivery
    "blind78": (1.0, 1.0, 1.0, 1.0),  # an ordinary private kindergarten's archive
    # an ordinary community health service centre's archive (false masks left: a floor of the centre, 中心二楼…门诊)
    "blind79": (1.0, 0.9970, 1.0, 0.9970),
    "blind80": (0.9976, 0.9984, 0.9976, 1.0),  # homestay hosts and guests
    "blind81": (0.9900, 1.0, 0.9992, 1.0),  # wedding banquets and event planning
}


def _corpus(name: str):
    mod = importlib.import_module(f"tests.privacy.pii_{name}")
    return mod, getattr(mod, f"make_{name}_corpus")


@pytest.fixture(scope="module", params=sorted(FIGURES))
def corpus(request):
    mod, make = _corpus(request.param)
    return request.param, mod, make()


def test_labels_check(corpus):
    _, mod, df = corpus
    mod.check_corpus(df)
    assert df["entities"].map(bool).sum() >= 650
    assert (~df["entities"].map(bool)).sum() >= 550


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_deterministic(name):
    _, make = _corpus(name)
    assert make()["text"].tolist() == make()["text"].tolist()


def test_recall_and_survival_floor(corpus):
    name, _, df = corpus
    _, _, recall_now, survival_now = FIGURES[name]
    table = evaluate_formats(df)
    pii = table[table["group"] == "pii"]
    near = table[table["group"] == "near_miss"]
    recall = pii["ok"].sum() / pii["n"].sum()
    survival = near["ok"].sum() / near["n"].sum()
    assert recall >= recall_now - 0.01, (name, recall)
    assert survival >= survival_now - 0.01, (name, survival)


#: conversations -> (floor read after the messages before, ceiling alone, floor of values gone with mask_frame(thread=),
#: ceiling of near-misses masked)
THREADS = {"threads1": (0.998, 0.95, 0.998, 0.002), "threads2": (0.965, 0.93, 0.978, 0.002),
           "threads3": (0.955, 0.92, 0.980, 0.002), "threads4": (0.970, 0.92, 0.980, 0.002),
           "threads5": (0.950, 0.92, 0.990, 0.002),
           "threads6": (0.975, 0.93, 0.995, 0.008),  # (threads4: group chats; threads6: formal service desks)
           # (threads7: small businesses of eight new trades; threads8: customer groups with sign-up lists)
           "threads7": (0.955, 0.92, 0.980, 0.006), "threads8": (0.950, 0.95, 0.965, 0.02)}


@pytest.mark.parametrize("name", sorted(THREADS))
def test_conversations_read_after_the_messages_before(name):
    """Whole conversations by blind writers: a bare reply is masked when read after the messages before it, not
    alone; near-misses survive. First runs (after the messages before): threads1 0.961, threads2 0.902 (survival
    1.000, 0.988), threads3 0.938 (0.998), threads4 (group chats) 0.949 (0.995), threads5 (sales over days) 0.952
    (0.987), threads6 (service desks) 0.961 (0.990), threads7 (small businesses) 0.940 (0.997), threads8 (customer groups,
    sign-up lists) 0.874 (0.975); now 0.999, 0.973, 0.962, 0.977, 0.959, 0.980, 0.968 and 0.961 (survival 1.000
    on the first five, threads7 0.997, threads8 0.985; threads6 0.993: e-mails typed wrong, ``…@163,com``, which its writer labelled near-misses and
    blind10's writer values: masked on purpose). threads2's misses left are mostly the first halves
    of values split over two messages (``1393853`` then ``4228``: ``mask_frame(thread=)`` masks both, ``find_pii(after=)``
    only the second) and values given with no question before them."""
    from collections import defaultdict

    from toolkit.privacy import find_pii, mask_frame

    after_floor, alone_ceiling, gone_floor, false_ceiling = THREADS[name]
    mod = importlib.import_module(f"tests.privacy.pii_{name}")
    df = getattr(mod, f"make_{name}_corpus")()
    mod.check_corpus(df)
    earlier: dict[str, list[str]] = defaultdict(list)
    n = alone_ok = after_ok = n_near = near_hit = 0
    for chat, text, ents, nms in zip(df["chat_id"], df["text"], df["entities"], df["near_misses"], strict=True):
        alone, after = find_pii(text), find_pii(text, after=earlier[chat][-8:])
        for _k, a, b in ents:
            n += 1
            alone_ok += any(m.start <= a and b <= m.end for m in alone)
            after_ok += any(m.start <= a and b <= m.end for m in after)
        for _k, a, b in nms:
            n_near += 1
            near_hit += any(m.start < b and m.end > a for m in after)
        earlier[chat].append(text)
    assert n >= 1000 and n_near >= 600
    assert after_ok / n >= after_floor and alone_ok / n <= alone_ceiling  # the bare replies need the messages before
    assert near_hit / n_near <= false_ceiling
    # mask_frame(thread=) also masks the first half of a value sent in two messages
    ordered = df.sort_values(["chat_id", "seq"], kind="stable").reset_index(drop=True)
    masked = mask_frame(ordered, thread="chat_id")["text"]
    gone = [text[a:b] not in out for text, out, ents in zip(ordered["text"], masked, ordered["entities"], strict=True)
            for _k, a, b in ents]
    assert sum(gone) / len(gone) >= gone_floor
