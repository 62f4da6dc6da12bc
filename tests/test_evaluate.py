"""Scoring follows SCHEMA.md: folded names, aliases, lenient events, one-to-one micro counts."""

import pytest

from kgnews.evaluate import Score, entity_matches, evaluate, fold

GOLD = {
    "id": "x",
    "metadata": {"title": "T", "published": "2020-01-02T08:00:00+07:00", "author": "A", "source": None},
    "entities": [
        {"type": "Person", "name": "Trần Văn Nam", "aliases": []},
        {"type": "Organization", "name": "Mặt trận Tổ quốc Việt Nam", "aliases": ["MTTQ"]},
        {"type": "Event", "name": "Hội nghị tổng kết công tác dân vận năm 2019", "aliases": ["hội nghị"], "date": "2020-01-01"},
    ],
    "relations": [
        {"s": "Trần Văn Nam", "p": "holdsPosition", "o": ["Bí thư Tỉnh ủy Gia Lai", "Bí thư Tỉnh ủy"]},
        {"s": "Trần Văn Nam", "p": "chairs", "o": "Hội nghị tổng kết công tác dân vận năm 2019"},
    ],
}


def _pred(entities, relations=(), metadata=None):
    return {"id": "x", "metadata": metadata or GOLD["metadata"], "entities": list(entities), "relations": list(relations)}


def test_fold_is_nfc_casefold_and_collapsed_space():
    assert fold("  Ha\u0300  NỘI ") == fold("hà nội")


@pytest.mark.parametrize(
    ("pred", "expected"),
    [
        ({"type": "Organization", "name": "mttq"}, True),
        ({"type": "Organization", "name": "Mặt trận"}, False),
        ({"type": "Location", "name": "MTTQ"}, False),
        ({"type": "Event", "name": "Hội nghị tổng kết công tác dân vận"}, True),  # Jaccard 6/8
        ({"type": "Event", "name": "Lễ kỷ niệm", "date": "2020-01-01"}, True),  # same date
        ({"type": "Event", "name": "Lễ kỷ niệm ngày thành lập", "date": "2020-02-01"}, False),
    ],
)
def test_entity_matching(pred, expected):
    gold = {e["type"]: e for e in GOLD["entities"]}
    target = gold.get(pred["type"], GOLD["entities"][1])
    assert entity_matches(pred, target) is expected


def test_each_gold_entity_is_matched_once():
    report = evaluate({"x": _pred([{"type": "Person", "name": "Trần Văn Nam"}] * 2)}, {"x": GOLD})
    assert (report.entities["Person"].tp, report.entities["Person"].fp) == (1, 1)


def test_relation_counts_when_both_ends_match_including_literal_alternatives():
    entities = [{"type": "Person", "name": "Trần Văn Nam"}, {"type": "Event", "name": "hội nghị", "date": "2020-01-01"}]
    relations = [
        {"s": "Trần Văn Nam", "p": "holdsPosition", "o": "Bí thư Tỉnh ủy"},
        {"s": "Trần Văn Nam", "p": "chairs", "o": "hội nghị"},
        {"s": "Trần Văn Nam", "p": "attends", "o": "hội nghị"},
    ]
    report = evaluate({"x": _pred(entities, relations)}, {"x": GOLD})
    assert report.relations["holdsPosition"].tp == 1
    assert report.relations["chairs"].tp == 1
    assert report.relations["attends"].fp == 1


def test_a_relation_end_whose_name_a_person_and_a_place_share_matches_the_right_one():
    """`Hồ Chí Minh` the person and `Hồ Chí Minh` the city: the relation's end is whichever entity fits."""
    gold = {**GOLD, "entities": [*GOLD["entities"], {"type": "Person", "name": "Hồ Chí Minh", "aliases": []},
                                 {"type": "Location", "name": "Thành phố Hồ Chí Minh", "aliases": ["Hồ Chí Minh"]}],
            "relations": [{"s": "Trần Văn Nam", "p": "quotes", "o": "Hồ Chí Minh"}]}
    for order in (1, -1):
        entities = [{"type": "Person", "name": "Trần Văn Nam"}, *[{"type": "Person", "name": "Hồ Chí Minh"},
                                                                  {"type": "Location", "name": "Hồ Chí Minh"}][::order]]
        report = evaluate({"x": _pred(entities, [{"s": "Trần Văn Nam", "p": "quotes", "o": "Hồ Chí Minh"}])}, {"x": gold})
        assert report.relations["quotes"].tp == 1


def test_a_missing_prediction_counts_as_misses_and_metadata_is_per_field():
    report = evaluate({}, {"x": GOLD})
    assert report.total(report.entities).fn == 3
    assert report.metadata_accuracy == 0.25  # only the null source agrees with nothing predicted


def test_score_arithmetic():
    score = Score(tp=3, fp=1, fn=2)
    assert score.precision == 0.75 and score.recall == 0.6
    assert score.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_errors_name_each_missed_and_spurious_item_and_wrong_metadata():
    pred = _pred(
        [GOLD["entities"][0], {"type": "Organization", "name": "Mặt trận", "aliases": []}],
        [GOLD["relations"][0], {"s": "Trần Văn Nam", "p": "attends", "o": "Hội nghị tổng kết công tác dân vận năm 2019"}],
        metadata=dict(GOLD["metadata"], author="B"),
    )
    report = evaluate({"x": pred}, {"x": GOLD})
    found = {(e.article, e.kind, e.item.get("name") or e.item.get("p") or e.item.get("field")) for e in report.errors}
    assert found == {
        ("x", "missed", "Mặt trận Tổ quốc Việt Nam"), ("x", "spurious", "Mặt trận"),
        ("x", "missed", "Hội nghị tổng kết công tác dân vận năm 2019"),
        ("x", "missed", "chairs"), ("x", "spurious", "attends"), ("x", "wrong", "author"),
    }
    totals = report.as_dict()
    assert totals["entities_all"]["fn"] + totals["relations_all"]["fn"] == 3
    assert totals["entities_all"]["fp"] + totals["relations_all"]["fp"] == 2


def test_an_exact_name_is_paired_before_a_lenient_event_match():
    exercise = {"type": "Event", "name": "Diễn tập khu vực phòng thủ tỉnh năm 2014", "aliases": [], "date": "2014-11-17"}
    closing = {"type": "Event", "name": "Lễ bế mạc diễn tập khu vực phòng thủ tỉnh năm 2014", "aliases": [],
               "date": "2014-11-21"}
    gold = {**GOLD, "entities": [exercise, closing], "relations": []}
    # the closing ceremony alone is predicted: its words would also match the exercise, which comes first
    report = evaluate({"x": _pred([closing])}, {"x": gold})
    assert [(e.kind, e.item["name"]) for e in report.errors] == [("missed", exercise["name"])]
