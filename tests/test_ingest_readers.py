"""Readers for HTML pages, JSON Lines and folders; unreadable files are reported by name."""

import json
import shutil
import unicodedata
from pathlib import Path

from kgnews.ingest import IngestError, read_inputs
from kgnews.model import Article

DATA = Path(__file__).parent / "data"
GOLD = Path(__file__).parent / "gold"


def test_html_page_main_text_and_metadata():
    [article] = read_inputs([DATA / "sample-page.html"])
    assert isinstance(article, Article)
    assert article.id == "sample-page"
    assert article.title == "Quảng Trị quán triệt Nghị quyết về công tác dân vận"
    assert article.published == "2021-04-12T09:05:00+07:00"
    assert article.author == "Minh Long"
    assert article.source == "Báo Quảng Trị"
    assert article.url == "https://baoquangtri.vn/quan-triet-nghi-quyet-123.htm"
    assert article.body.startswith("Sáng 11/4, Ban Thường vụ Tỉnh ủy Quảng Trị")
    for noise in ("Trang chủ", "Tin liên quan", "Giấy phép", "Một tin khác"):
        assert noise not in article.body


def test_jsonl_records_become_articles_and_a_bad_line_is_reported(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": "Đoạn một.\nĐoạn hai.", "title": "Tin A", "published": "13/07/2015 10:14",
                    "author": "Lê Hà", "source": "(Theo Báo Nghệ An)", "url": "https://example.vn/a1"}),
        "{not json",
        json.dumps({"id": "a2"}),
        json.dumps({"id": "a3", "text": "Chỉ một đoạn."}, ensure_ascii=False),
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_inputs([path]))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, IngestError)]
    assert [a.id for a in articles] == ["a1", "a3"]
    first = articles[0]
    assert first.published == "2015-07-13T10:14:00+07:00"
    assert first.source == "Báo Nghệ An"
    assert first.body == "Đoạn một.\n\nĐoạn hai."
    assert [(f.line, f.path) for f in failures] == [(2, str(path)), (3, str(path))]
    assert "malformed JSON" in failures[0].reason
    assert "text" in failures[1].reason


def test_folder_with_an_unreadable_file_reports_it_and_reads_the_rest(tmp_path):
    for name in ("dev-01.txt", "dev-02.txt"):
        shutil.copy(GOLD / name, tmp_path / name)
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00junk")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.gold.json").write_text("{}", encoding="utf-8")  # not an input suffix: ignored
    items = list(read_inputs([tmp_path]))
    assert sorted(i.id for i in items if isinstance(i, Article)) == ["dev-01", "dev-02"]
    failures = {Path(i.path).name: i.reason for i in items if isinstance(i, IngestError)}
    assert set(failures) == {"broken.txt", "empty.txt"}
    assert "binary" in failures["broken.txt"]
    assert "empty" in failures["empty.txt"]


def test_globs_and_mixed_inputs(tmp_path):
    shutil.copy(GOLD / "dev-03.txt", tmp_path / "dev-03.txt")
    shutil.copy(DATA / "sample-page.html", tmp_path / "page.html")
    ids = [i.id for i in read_inputs([str(tmp_path / "*.txt"), tmp_path / "page.html"])]
    assert ids == ["dev-03", "page"]


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as old Vietnamese pages wrote it: precomposed vowels, combining tone marks."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in TONE_MARKS)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out += (base + tones).encode("cp1258")
    return out


def test_windows_1258_and_utf16_decode_to_the_same_text(tmp_path):
    text = "Tiêu đề\n\n13/07/2015 10:14\nĐồng chí Hà Thị Khiết phát biểu tại hội nghị.\n"
    (tmp_path / "a.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.txt").write_bytes(to_cp1258(text))
    (tmp_path / "c.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    bodies = {a.body for a in read_inputs([tmp_path])}
    assert bodies == {"Đồng chí Hà Thị Khiết phát biểu tại hội nghị."}


LEGACY_TCVN3 = "Tiªu ®Ò\n\n13/07/2015 10:14\n§ång chÝ Hµ ThÞ KhiÕt ph¸t biÓu t¹i héi nghÞ.\n"
LEGACY_VNI = "Tieâu ñeà\n\n13/07/2015 10:14\nÑoàng chí Haø Thò Khieát phaùt bieåu taïi hoäi nghò.\n"


def test_tcvn3_and_vni_pages_are_converted(tmp_path):
    (tmp_path / "tcvn3.txt").write_bytes(LEGACY_TCVN3.encode("latin-1"))
    (tmp_path / "vni.txt").write_bytes(LEGACY_VNI.encode("cp1252"))
    (tmp_path / "vni-as-utf8.txt").write_text(LEGACY_VNI, encoding="utf-8")
    articles = list(read_inputs([tmp_path]))
    assert {a.body for a in articles} == {"Đồng chí Hà Thị Khiết phát biểu tại hội nghị."}
    assert {a.title for a in articles} == {"Tiêu đề"}


def test_junk_inputs_are_reported_with_a_reason_and_the_rest_builds(tmp_path):
    shutil.copy(GOLD / "dev-05.txt", tmp_path)
    (tmp_path / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (tmp_path / "one-line.txt").write_text("x" * 1_048_576, encoding="utf-8")
    (tmp_path / "truncated.html").write_text("<html><head><title>Tin</title></head><body><div><p", encoding="utf-8")
    (tmp_path / "title-only.txt").write_text("Chỉ có tiêu đề\n", encoding="utf-8")
    items = list(read_inputs([tmp_path]))
    assert [i.id for i in items if isinstance(i, Article)] == ["dev-05"]
    reasons = {Path(i.path).name: (i.reason, i.line) for i in items if isinstance(i, IngestError)}
    assert set(reasons) == {"blank.txt", "one-line.txt", "truncated.html", "title-only.txt"}
    assert "empty" in reasons["blank.txt"][0]
    assert reasons["one-line.txt"] == ("line too long: 1,048,576 characters (the limit is 100,000)", 1)
    assert "no main text" in reasons["truncated.html"][0]
    assert "no article body" in reasons["title-only.txt"][0]


def test_invisible_characters_and_line_ends_do_not_change_the_text(tmp_path):
    plain = "Tiêu đề\n\n13/07/2015 10:14\nĐồng chí Hà Thị Khiết phát biểu.\n"
    dirty = plain.replace("Hà Thị", "Hà\u00a0Thị\u200b").replace("Khiết", "Khi\u00adết").replace("\n", "\r\n")
    (tmp_path / "plain.txt").write_text(plain, encoding="utf-8")
    (tmp_path / "dirty.txt").write_bytes(dirty.encode("utf-8"))
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", plain).replace("\n", "\r"), encoding="utf-8")
    assert {a.body for a in read_inputs([tmp_path])} == {"Đồng chí Hà Thị Khiết phát biểu."}
