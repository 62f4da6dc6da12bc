"""chairs / attends / directs / speaksAt from Vietnamese cues (SCHEMA.md Convention 6), on invented examples."""

import pytest
from relation_oracle import triples

EV = "Hội nghị sơ kết công tác dân vận năm 2024"
BASE = [("Event", EV, "hội nghị", "Hội nghị"), ("Organization", "Tỉnh ủy Kon Tum", "Tỉnh ủy"), ("Location", "Kon Tum")]


def roles(text, *people, extra=()):
    found = triples(text, [*BASE, *[("Person", *p) if isinstance(p, tuple) else ("Person", p) for p in people], *extra])
    return {(s, p) for s, p, o in found if o == EV and p in {"chairs", "attends", "directs", "speaksAt"}}


@pytest.mark.parametrize("cue", ["chủ trì", "chủ tọa"])
def test_a_chair_cue_gives_chairs_and_not_attends(cue):
    text = f"Sáng 2/3, Tỉnh ủy Kon Tum tổ chức hội nghị. Phó Bí thư Tỉnh ủy A Pớt {cue} hội nghị."
    assert roles(text, "A Pớt") == {("A Pớt", "chairs")}


def test_a_chair_who_is_also_listed_as_present_is_only_a_chair():
    text = "Dự hội nghị có đồng chí Y Ngọc. Đồng chí Y Ngọc chủ trì hội nghị."
    assert roles(text, "Y Ngọc") == {("Y Ngọc", "chairs")}


@pytest.mark.parametrize("cue", ["dự", "tham dự", "có mặt", "điều hành điểm cầu Kon Tum"])
def test_a_presence_cue_after_the_subject_gives_attends(cue):
    text = f"Tỉnh ủy tổ chức hội nghị. Trưởng Ban Dân vận Tỉnh ủy Nguyễn Văn Phúc {cue} hội nghị."
    found = roles(text, "Nguyễn Văn Phúc", extra=[("Organization", "Ban Dân vận Tỉnh ủy Kon Tum", "Ban Dân vận Tỉnh ủy")])
    assert found == {("Nguyễn Văn Phúc", "attends")}


def test_attend_and_direct_gives_both():
    text = "Hội nghị khai mạc sáng 5/3. Bí thư Tỉnh ủy Lê Ngọc Tuấn dự và chỉ đạo hội nghị."
    assert roles(text, "Lê Ngọc Tuấn") == {("Lê Ngọc Tuấn", "attends"), ("Lê Ngọc Tuấn", "directs")}


def test_speaking_to_direct_gives_directs_and_speaks_but_not_attends():
    text = "Hội nghị khai mạc sáng 5/3. Phát biểu chỉ đạo hội nghị, đồng chí Lê Ngọc Tuấn yêu cầu các cấp quyết liệt."
    assert roles(text, "Lê Ngọc Tuấn") == {("Lê Ngọc Tuấn", "directs"), ("Lê Ngọc Tuấn", "speaksAt")}


@pytest.mark.parametrize("intro", ["Phát biểu tại hội nghị", "Kết luận hội nghị", "Báo cáo tại hội nghị",
                                   "Tham luận tại hội nghị", "Thảo luận tại hội nghị"])
def test_an_intro_phrase_makes_the_next_person_a_speaker_only(intro):
    text = f"Hội nghị khai mạc sáng 5/3. {intro}, bà Y Thị Hằng, Phó Chủ tịch Hội Nông dân tỉnh cho biết nhiều điều."
    assert roles(text, "Y Thị Hằng") == {("Y Thị Hằng", "speaksAt")}


@pytest.mark.parametrize("verb", ["nhấn mạnh", "lưu ý", "đề nghị", "kiến nghị", "phản ánh", "báo cáo",
                                  "cam kết", "giải thích", "phân tích", "chất vấn", "đặt câu hỏi về", "phổ biến"])
def test_a_speech_verb_after_the_subject_gives_speaks_at(verb):
    text = f"Hội nghị khai mạc sáng 5/3. Đồng chí Rơ Châm Hiền, Bí thư Huyện ủy Sa Thầy {verb} một số nội dung."
    found = roles(text, "Rơ Châm Hiền", extra=[("Organization", "Huyện ủy Sa Thầy")])
    assert found == {("Rơ Châm Hiền", "speaksAt")}


@pytest.mark.parametrize("verb", ["công bố Quyết định của Ban Thường vụ Tỉnh ủy", "đọc quyết định khen thưởng"])
def test_announcing_a_decision_at_the_event_is_speaking(verb):
    text = f"Hội nghị khai mạc sáng 5/3. Tại hội nghị, đồng chí Rơ Châm Hiền {verb}."
    assert roles(text, "Rơ Châm Hiền") == {("Rơ Châm Hiền", "speaksAt")}


def test_a_person_named_later_by_a_short_form_keeps_their_roles():
    text = ("Chủ tọa hội nghị gồm các đồng chí: Vàng Seo Páo, Chủ tịch HĐND huyện; Lù Thị Mỷ. "
            "Bế mạc hội nghị, ông Páo đề nghị các đại biểu tiếp xúc cử tri.")
    found = roles(text, ("Vàng Seo Páo", "Páo"), "Lù Thị Mỷ",
                  extra=[("Organization", "Hội đồng nhân dân huyện Si Ma Cai", "HĐND huyện")])
    assert found == {("Vàng Seo Páo", "chairs"), ("Vàng Seo Páo", "speaksAt"), ("Lù Thị Mỷ", "chairs")}


def test_everyone_listed_after_a_presence_cue_attends():
    text = ("Dự hội nghị có các đồng chí: Phan Thị Sương, Phó Chủ tịch UBND tỉnh; Trịnh Văn Lợi, "
            "Giám đốc Sở Nội vụ và đại diện lãnh đạo các sở, ngành.")
    assert roles(text, "Phan Thị Sương", "Trịnh Văn Lợi") == {("Phan Thị Sương", "attends"), ("Trịnh Văn Lợi", "attends")}


def test_two_subjects_joined_by_and_share_the_cue():
    text = ("Hội nghị khai mạc sáng 5/3. Phó Bí thư Tỉnh ủy Đào Văn Sinh và Trưởng Ban Dân vận Tỉnh ủy Mai Thu "
            "điều hành điểm cầu Kon Tum.")
    extra = [("Organization", "Ban Dân vận Tỉnh ủy Kon Tum", "Ban Dân vận Tỉnh ủy")]
    found = roles(text, "Đào Văn Sinh", "Mai Thu", extra=extra)
    assert found == {("Đào Văn Sinh", "attends"), ("Mai Thu", "attends")}


def test_a_passive_chair_refers_to_the_meeting_named_before_it():
    other = "Buổi làm việc của Đoàn công tác với Huyện ủy Đăk Hà"
    text = "Hội nghị khai mạc sáng 5/3. Trước đó, đã có buổi làm việc với Huyện ủy Đăk Hà, do đồng chí Võ Thị Lụa chủ trì."
    found = triples(text, [*BASE, ("Person", "Võ Thị Lụa"), ("Event", other, "buổi làm việc"),
                           ("Organization", "Huyện ủy Đăk Hà")])
    assert ("Võ Thị Lụa", "chairs", other) in found
    assert ("Võ Thị Lụa", "chairs", EV) not in found


def test_speech_reported_by_name_of_a_speech_counts():
    text = "Hội nghị khai mạc sáng 5/3. Tiếp thu phát biểu của đồng chí Hồ Văn Lực, hội nghị thống nhất các giải pháp."
    assert roles(text, "Hồ Văn Lực") == {("Hồ Văn Lực", "speaksAt")}


def test_no_event_no_roles():
    found = triples("Bí thư Tỉnh ủy Lê Ngọc Tuấn nhấn mạnh yêu cầu.", [("Person", "Lê Ngọc Tuấn"),
                                                                        ("Organization", "Tỉnh ủy Kon Tum", "Tỉnh ủy")])
    assert not {p for _, p, _ in found} & {"chairs", "attends", "directs", "speaksAt"}


@pytest.mark.parametrize("word", ["dự thảo", "dự án", "dự kiến"])
def test_words_beginning_with_du_are_not_presence(word):
    text = f"Hội nghị khai mạc sáng 5/3. Đồng chí Lê Ngọc Tuấn {word} nhiều nội dung."
    assert ("Lê Ngọc Tuấn", "attends") not in roles(text, "Lê Ngọc Tuấn")


def test_under_the_chairmanship_of_names_the_chair_after_the_cue():
    text = "Hội nghị diễn ra dưới sự chủ trì của đồng chí Y Moan, Chủ tịch UBND tỉnh."
    found = roles(text, "Y Moan", extra=[("Organization", "Ủy ban nhân dân tỉnh Kon Tum", "UBND tỉnh")])
    assert found == {("Y Moan", "chairs")}


def test_a_person_quoted_or_honoured_is_not_the_speaker():
    text = ("Hội nghị khai mạc sáng 5/3. Phát biểu, đồng chí Lê Ngọc Tuấn nhắc lại lời dạy của Chủ tịch Hồ Chí Minh "
            "và yêu cầu các cấp quyết liệt.")
    assert roles(text, "Lê Ngọc Tuấn", "Hồ Chí Minh") == {("Lê Ngọc Tuấn", "speaksAt")}


def test_an_untagged_meeting_noun_is_the_articles_event():
    text = "Sáng 2/3, Tỉnh ủy Kon Tum tổ chức Hội nghị sơ kết công tác dân vận năm 2024. Đồng chí A Pớt chủ trì hội nghị."
    found = triples(text, [("Event", EV), ("Person", "A Pớt"), ("Organization", "Tỉnh ủy Kon Tum")])
    assert ("A Pớt", "chairs", EV) in found


def test_the_reported_event_is_the_one_the_lead_organises_not_one_mentioned_in_passing():
    other = "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
    text = (f"Hướng tới {other}, sáng 2/3, Tỉnh ủy Kon Tum tổ chức hội nghị. Đồng chí A Pớt phát biểu. "
            f"Các đại biểu thảo luận về {other}.")
    found = triples(text, [*BASE, ("Event", other), ("Person", "A Pớt")])
    assert ("A Pớt", "speaksAt", EV) in found and ("A Pớt", "speaksAt", other) not in found


def test_an_intro_with_its_own_verb_does_not_make_a_speaker():
    text = "Hội nghị khai mạc sáng 5/3. Báo cáo của UBND tỉnh cho thấy, năm 2023, ông Lý Văn Tư đã hiến 500 m2 đất."
    assert roles(text, "Lý Văn Tư") == set()


def test_coming_to_attend_and_direct():
    text = "Hội nghị khai mạc sáng 5/3. Đồng chí Lê Ngọc Tuấn, Bí thư Tỉnh ủy về dự và chỉ đạo hội nghị."
    assert roles(text, "Lê Ngọc Tuấn") == {("Lê Ngọc Tuấn", "attends"), ("Lê Ngọc Tuấn", "directs")}


def test_hosts_listed_after_receiving_the_delegation_attend():
    text = "Hội nghị khai mạc sáng 5/3. Tiếp và làm việc với đoàn có đồng chí Lâm Văn Mẫn, Phó Bí thư Tỉnh ủy."
    assert roles(text, "Lâm Văn Mẫn") == {("Lâm Văn Mẫn", "attends")}


def test_subjects_listed_with_commas_share_the_cue():
    text = "Hội nghị khai mạc sáng 5/3. Bí thư Tỉnh ủy Lê Ngọc Tuấn, Chủ tịch UBND tỉnh Y Ngọc dự hội nghị."
    found = roles(text, "Lê Ngọc Tuấn", "Y Ngọc", extra=[("Organization", "Ủy ban nhân dân tỉnh Kon Tum", "UBND tỉnh")])
    assert found == {("Lê Ngọc Tuấn", "attends"), ("Y Ngọc", "attends")}


def test_the_presidium_listed_for_a_congress_chairs_it():
    text = "Hội nghị khai mạc sáng 5/3. Đoàn Chủ tịch hội nghị gồm các đồng chí: Y Giang, Bí thư Huyện ủy; Hà Văn Bình."
    assert roles(text, "Y Giang", "Hà Văn Bình") == {("Y Giang", "chairs"), ("Hà Văn Bình", "chairs")}


def test_people_listed_with_their_titles_between_semicolons_before_a_presence_cue_all_attend():
    text = ("Tỉnh ủy tổ chức hội nghị. Bà Y Hoa, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh; ông A Pớt, Bí thư Tỉnh ủy "
            "dự hội nghị.")
    found = roles(text, "Y Hoa", "A Pớt", extra=[("Organization", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum",
                                                  "Ủy ban MTTQ Việt Nam tỉnh")])
    assert found == {("Y Hoa", "attends"), ("A Pớt", "attends")}


@pytest.mark.parametrize("cue", ["truyền đạt nội dung cơ bản của Nghị quyết", "thông qua dự thảo quy chế"])
def test_presenting_a_text_at_the_event_is_speaking(cue):
    text = f"Tỉnh ủy tổ chức hội nghị. Tại hội nghị, đồng chí Nguyễn Văn Phúc đã {cue}."
    assert roles(text, "Nguyễn Văn Phúc") == {("Nguyễn Văn Phúc", "speaksAt")}


def test_the_hosts_listed_after_ve_phia_attend():
    text = ("Tỉnh ủy tổ chức hội nghị. Về phía huyện có các đồng chí: Tăng Văn Hợp, Bí thư Huyện ủy; Lê Thị Thu Trà, "
            "Chủ tịch HĐND huyện.")
    assert roles(text, "Tăng Văn Hợp", "Lê Thị Thu Trà") == {("Tăng Văn Hợp", "attends"), ("Lê Thị Thu Trà", "attends")}


def test_according_to_a_person_opening_a_sentence_is_what_they_said_at_the_event():
    """`Theo ông X, …` opening a sentence reports X's words at the day's event; `theo lời Chủ tịch Hồ Chí Minh` or
    `theo quy định` inside a sentence does not."""
    text = "Sáng 2/3, Tỉnh ủy tổ chức hội nghị. Theo ông Lò Văn Tám, năm qua Hội đã làm tốt."
    assert roles(text, "Lò Văn Tám") == {("Lò Văn Tám", "speaksAt")}
    text = "Sáng 2/3, Tỉnh ủy tổ chức hội nghị. Hội làm việc theo ông Lò Văn Tám, năm qua Hội đã làm tốt."
    assert roles(text, "Lò Văn Tám") == set()
