"""The scraped-page text format: title, date line, body, captions, byline, source, boilerplate."""

import json
from pathlib import Path

import pytest

from kgnews.ingest import read_inputs, sample_corpus
from kgnews.ingest.page import looks_like_author, parse_page, source_of

GOLD = Path(__file__).parent / "gold"

PAGE = """Quảng Nam tổng kết công tác dân vận năm 2024

Thứ sáu - 20/12/2024 15:40
Sáng 19/12, Ban Dân vận Tỉnh ủy Quảng Nam tổ chức hội nghị tổng kết công tác năm 2024.

Quang\u00a0cảnh hội nghị

Đồng chí Trần Thị Mai, Trưởng Ban Dân vận Tỉnh ủy, chủ trì hội nghị.

Đồng chí Trần Thị Mai phát biểu. Ảnh: Văn Phong

Văn Phong - Hồng Nhung
(Theo: Baoquangnam.vn)
Tổng số điểm của bài viết là: 12 trong 3 đánh giá
Click để đánh giá bài viết
Tin liên quan
Một tiêu đề tin khác không thuộc bài
Những tin mới hơn
Những tin cũ hơn
"""


def read_trailer(trailer):
    """(author, source, body) of a one-sentence page ending with `trailer`."""
    page = parse_page("Tiêu đề\n\n13/07/2015 10:14\nNội dung bài viết có một câu.\n\n" + trailer)
    return page.author, page.source, page.body


def test_page_metadata_and_body_are_separated():
    page = parse_page(PAGE)
    assert page.title == "Quảng Nam tổng kết công tác dân vận năm 2024"
    assert page.published == "2024-12-20T15:40:00+07:00"
    assert page.author == "Văn Phong - Hồng Nhung"
    assert page.source == "Baoquangnam.vn"
    assert page.body.startswith("Sáng 19/12, Ban Dân vận")


@pytest.mark.parametrize(
    "boilerplate",
    ["Tổng số điểm", "Click để đánh giá", "Tin liên quan", "Một tiêu đề tin khác", "Những tin mới hơn", "Những tin cũ hơn"],
)
def test_site_boilerplate_is_not_body_text(boilerplate):
    assert boilerplate not in parse_page(PAGE).body


def test_captions_are_paragraphs_of_their_own_without_photo_credit():
    page = parse_page(PAGE)
    kinds = [(p.kind, page.body[p.start : p.end]) for p in page.paragraphs]
    assert ("caption", "Quang cảnh hội nghị") in kinds
    assert ("caption", "Đồng chí Trần Thị Mai phát biểu.") in kinds
    assert "Ảnh:" not in page.body


def test_paragraph_offsets_slice_the_body():
    page = parse_page(PAGE)
    assert [page.body[p.start : p.end] for p in page.paragraphs] == page.body.split("\n\n")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("(Theo: Baohatinh.vn)", "Baohatinh.vn"),
        ("(Theo Báo Lào Cai)", "Báo Lào Cai"),
        ("Nguồn: baothanhhoa.vn", "baothanhhoa.vn"),
        ("Theo Cổng TTĐT Đảng bộ tỉnh Bắc Giang", "Cổng TTĐT Đảng bộ tỉnh Bắc Giang"),
        ("Theo bà Hương, phong trào thi đua có hơn 9.000 mô hình được công nhận.", None),
        ("Nguồn: Báo và Phát thanh, Truyền hình Ninh Bình", "Báo và Phát thanh, Truyền hình Ninh Bình"),
        ("(Theo: Đài Phát thanh, Truyền hình Sóc Trăng)", "Đài Phát thanh, Truyền hình Sóc Trăng"),
        ("Theo Báo và Phát thanh, Truyền hình Bắc Ninh", "Báo và Phát thanh, Truyền hình Bắc Ninh"),
        ("Theo ông Tuấn, tỉnh đã hoàn thành kế hoạch.", None),
    ],
)
def test_source_lines(line, source):
    assert source_of(line) == source


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Mạnh Hà", True), ("Quang Minh - Thu Trang", True), ("Bài và ảnh: Lê Hà", True), ("Điểm cầu Hà Tĩnh", False), ("Kỳ họp thứ 8.", False)],
)
def test_bylines(line, expected):
    assert looks_like_author(line) is expected


def test_no_date_line_leaves_published_empty_and_body_intact():
    page = parse_page("Tiêu đề bài viết\n\nNội dung đầu tiên của bài viết.\n\nĐoạn thứ hai của bài.\n")
    assert page.published is None
    assert page.body == "Nội dung đầu tiên của bài viết.\n\nĐoạn thứ hai của bài."


def test_sample_corpus_metadata_equals_gold():
    articles = [a for a in read_inputs([sample_corpus()])]
    assert len(articles) == 11
    for article in articles:
        gold = json.loads((GOLD / f"{article.id}.gold.json").read_text(encoding="utf-8"))
        assert article.metadata == gold["metadata"], article.id


def test_body_is_nfc_with_collapsed_spaces():
    page = parse_page("Tiêu đề\n\n13/07/2015\nBà Ha\u0300 Thi\u0323\u00a0\u00a0Khiê\u0301t   phát biểu tại hội nghị.\n")
    assert page.body == "Bà Hà Thị Khiết phát biểu tại hội nghị."


def test_a_parenthesised_credit_ending_the_page_is_its_source():
    assert read_trailer("Thanh Hà\n(Báo Yên Bái)\nBình luận\n") == ("Thanh Hà", "Báo Yên Bái", "Nội dung bài viết có một câu.")


def test_a_body_sentence_about_copyright_is_not_boilerplate():
    page = parse_page("Tiêu đề\n\n13/07/2015\nBản quyền tác giả được bảo hộ theo luật.\n\nĐoạn thứ hai của bài.\n")
    assert page.body == "Bản quyền tác giả được bảo hộ theo luật.\n\nĐoạn thứ hai của bài."


@pytest.mark.parametrize(
    ("trailer", "author", "source"),
    [
        ("Đức Minh (Báo Hải Dương)\nCác tin khác:\nTin cùng chuyên mục\n", "Đức Minh", "Báo Hải Dương"),
        ("Nguyễn Hoa | Báo Thái Nguyên\nChia sẻ\n", "Nguyễn Hoa", "Báo Thái Nguyên"),
        ("Hồng Nhung\nNguồn: Cổng TTĐT tỉnh Vĩnh Phúc\nIn bài viết | Gửi email | Về đầu trang\n", "Hồng Nhung",
         "Cổng TTĐT tỉnh Vĩnh Phúc"),
        ("Minh Hoa - Hoàng Long\nNguồn tin: Báo Bắc Kạn\nBình luận (0)\n", "Minh Hoa - Hoàng Long", "Báo Bắc Kạn"),
        ("Tác giả: Thu Hà - Phạm Tuấn\nNguồn: Trung tâm Văn hóa huyện Ninh Giang\n", "Thu Hà - Phạm Tuấn",
         "Trung tâm Văn hóa huyện Ninh Giang"),
        ("Bài, ảnh: Nông Tuyết\nBáo Cao Bằng\nTin cùng chuyên mục\n", "Nông Tuyết", "Báo Cao Bằng"),
        ("Bài, ảnh: Quàng Hường\nBáo Điện Biên Phủ điện tử\nGửi bình luận\n", "Quàng Hường", "Báo Điện Biên Phủ điện tử"),
        ("Minh Châu (Báo Bình Thuận)\nNguồn: baobinhthuan.com.vn\n", "Minh Châu", "baobinhthuan.com.vn"),
        ("Minh Châu | Báo Bình Thuận\nTheo Báo Bình Thuận\n", "Minh Châu", "Báo Bình Thuận"),
        ("(Nguyễn Minh)\nTheo Báo Hà Nội mới\n", "Nguyễn Minh", "Báo Hà Nội mới"),
        ("(Nguyễn Minh)\n", "Nguyễn Minh", None),
        ("(TTXVN)\n", None, "TTXVN"),
        ("Nguyễn Minh\nTheo Báo Hà Nội mới\nĐường dây nóng: 0243.123.456\n", "Nguyễn Minh", "Báo Hà Nội mới"),
        ("Nguyễn Minh\nNguồn: Báo Lào Cai\nHotline: 0214 3 840 333 | Email: toasoan@baolaocai.vn\n", "Nguyễn Minh",
         "Báo Lào Cai"),
        # a copyright line names the source when no other line does
        ("Hoàng Hiệp - Ngọc Hà\nBản quyền © Báo Đà Nẵng\nChia sẻ:\n", "Hoàng Hiệp - Ngọc Hà", "Báo Đà Nẵng"),
        ("Bài, ảnh: Hoàng Thu\n© 2026 Báo Lào Cai. Giấy phép số 12/GP-BTTTT\n", "Hoàng Thu", "Báo Lào Cai"),
        ("Mạnh Hà\nCopyright © 2015 Baohatinh.vn. All rights reserved\n", "Mạnh Hà", "Baohatinh.vn"),
        ("Đàm Thị Lan\nNguồn: Báo Cao Bằng\n© Bản quyền thuộc về Cổng thông tin X\n", "Đàm Thị Lan", "Báo Cao Bằng"),
        ("Thanh Hà\n© 2024\n", "Thanh Hà", None),
        ("Hải Yến\nBản quyền thuộc Báo Gia Lai. Ghi rõ nguồn khi trích dẫn.\n", "Hải Yến", "Báo Gia Lai"),
        # share buttons and an empty related-links heading after the byline
        ("Bài, ảnh: Minh Khoa\nBáo Tây Ninh\nChia sẻ: Facebook | Zalo\nTin liên quan\n", "Minh Khoa", "Báo Tây Ninh"),
        # related links with their first headline after a colon end the page
        ("Hải Lâm - Xuân Hiển\nTheo Báo Quân đội nhân dân\nTin cùng chuyên mục: Toàn quân thi đua lập công\n",
         "Hải Lâm - Xuân Hiển", "Báo Quân đội nhân dân"),
        ("Minh Đức\nNguồn: Báo Đại biểu Nhân dân\nXem thêm: Quốc hội thảo luận dự án luật\n", "Minh Đức",
         "Báo Đại biểu Nhân dân"),
    ],
)
def test_bylines_and_sources_as_sites_write_them(trailer, author, source):
    assert read_trailer(trailer) == (author, source, "Nội dung bài viết có một câu.")


def test_a_name_with_a_place_in_parentheses_is_no_byline_with_a_source():
    assert read_trailer("Thanh Hà (Hà Nội)\n")[:2] == (None, None)


@pytest.mark.parametrize(
    "menu",
    ["Báo Vĩnh Phúc điện tử | Chính trị | Xây dựng Đảng | Mặt trận - Đoàn thể",
     "Trang chủ » Thời sự » Chính trị", "Chia sẻ | In bài | Gửi cho bạn bè", "Chia sẻ",
     "Thời sự | Quân sự - Quốc phòng | Tiến tới Đại hội XIII của Đảng",
     "Tin tức > Xây dựng Đảng > Công tác cán bộ\nChia sẻ Facebook | Zalo", "Thời sự\nChia sẻ: Facebook | Twitter"],
)
def test_navigation_between_the_date_line_and_the_body_is_not_article_text(menu):
    page = parse_page(f"Tiêu đề\n\n13/07/2015 10:14\n{menu}\nNội dung bài viết có một câu.\n\nĐoạn hai.\n")
    assert page.body == "Nội dung bài viết có một câu.\n\nĐoạn hai."
