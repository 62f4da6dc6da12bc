"""The scraped-page text format: title, date line, body, captions, byline, source, site boilerplate."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kgnews.ingest.dates import is_date_line, parse_datetime
from kgnews.ingest.normalize import normalize_text
from kgnews.model import Paragraph

#: Lines that belong to the site, not the article; the first one ends the article.
BOILERPLATE = re.compile(
    r"^(?:"
    r"tổng số điểm của bài viết là\b.*"
    r"|click để đánh giá bài viết"
    r"|những tin (?:mới|cũ) hơn"
    r"|(?:tin (?:liên quan|cùng chuyên mục|khác|mới|đọc nhiều|nổi bật)"
    r"|(?:các )?(?:tin|bài)(?: viết)? (?:khác|liên quan)"
    r"|bài viết liên quan|xem thêm|đọc thêm)(?:\s*:.*)?"  # with the first linked headline after a colon, or not
    r"|xem tiếp|quay lại|về đầu trang|trở về"
    r"|bình luận(?: \(\d+\))?(?: \| chia sẻ)?|gửi bình luận|ý kiến bạn đọc|ý kiến của bạn"
    r"|chia sẻ(?: bài viết)?\s*:?(?:\s*\|?\s*(?:facebook|zalo|twitter|email|in bài))*|in bài(?: viết)?|bản in|lưu bài"
    r"|gửi email|email"
    r"|facebook|zalo|twitter|tweet|like|share"
    r"|(?:từ khóa|từ khoá|tags?)\s*:.*"
    r"|lượt xem\s*:.*"
    r"|theo dõi .* trên google news"
    r"|(?:©|copyright\b|bản quyền\s*(?:©|\(c\)|thuộc(?: về)?\b)).*"
    r"|(?:đường dây nóng|hotline|email|điện thoại|liên hệ(?: quảng cáo)?)\s*:.*"
    r")\s*:?$",
    re.IGNORECASE,
)
#: A copyright line, `© 2026 Báo Lào Cai. Giấy phép …`, `Bản quyền thuộc về Báo X`: its holder is the
#: page's source when no other line names one.
_COPYRIGHT = re.compile(
    r"^(?:(?:©|\(c\)|copyright\b|bản quyền\b|thuộc(?: về)?\b|by\b|năm\b|\d{4}\b)[\s:,–-]*)+"
    r"(?P<name>\w[^|]*?)\s*"
    r"(?:[.,]?\s*(?:[-–|]\s*)?(?:giấy phép|all rights|ghi rõ|địa chỉ|tổng biên tập|cơ quan|chịu trách nhiệm)\b.*"
    r"|\.(?:\s.*)?|\s[-–|]\s.*)?$",
    re.IGNORECASE,
)
# Names that open a media outlet's name: a bare `Theo X, Y` line naming one is a source line.
_MEDIA = re.compile(r"(?:Báo|Đài|Cổng|Tạp chí|Trang|Thông tấn|TTXVN|VOV|VTV|Truyền hình|Phát thanh)\b")
_CREDIT = re.compile(r"^\((?P<name>[A-ZĐÂĂÊÔƠƯ][^()]{1,80})\)\.?$")
_SOURCE = re.compile(r"^\(?\s*(?:theo|nguồn(?: tin)?)\b\s*:?\s*(?P<name>[^()]+?)\s*\)?\.?$", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"[\(\[]?(?:Ảnh minh họa|Ảnh minh hoạ|Nguồn ảnh|Ảnh)\s*:\s*[^.()]*[\)\]]?$")
_AUTHOR_PREFIX = re.compile(r"^(?:bài(?: và|,) ảnh|bài|tin(?: và|,) ảnh|tin|pv|nhóm pv|tác giả|phóng viên)\s*:\s*", re.IGNORECASE)
#: Site navigation: short items split by `|`, `»` or `›` (`Trang chủ | Thời sự | Chính trị`, `In bài | Gửi email`).
_NAV_SPLIT = re.compile(r"\s*[|»›]\s*|\s+>\s+")
#: A byline that also names the source: `Đức Minh (Báo Hải Dương)`, `Nguyễn Hoa | Báo Thái Nguyên`.
_BYLINE_SOURCE = re.compile(r"^(?P<author>[^()|]+?)\s*(?:\((?P<paren>[^()]+)\)|\|\s*(?P<bar>[^|]+))$")
_NAME_WORD = re.compile(r"^[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ][\w'’.]*$")
_TERMINAL = tuple(".!?…:;”\"»)")
#: A body line without terminal punctuation and at most this many words is a photo caption.
CAPTION_MAX_WORDS = 15


@dataclass(frozen=True)
class ParsedPage:
    title: str | None
    published: str | None
    author: str | None
    source: str | None
    body: str
    paragraphs: tuple[Paragraph, ...]


def looks_like_author(line: str) -> bool:
    """A byline: one or more short capitalised names, joined by `-`, `,` or `và`."""
    line = _AUTHOR_PREFIX.sub("", line)
    if not line or len(line) > 60 or line.endswith(".") or any(ch.isdigit() for ch in line):
        return False
    names = re.split(r"\s*(?:-|–|,|&|\bvà\b)\s*", line)
    return all(1 <= len(n.split()) <= 5 and all(_NAME_WORD.match(w) for w in n.split()) for n in names)


def source_of(line: str) -> str | None:
    """The source a `(Theo: X)` / `Nguồn: X` / `Theo X` line names, or None.

    A bare `Theo X` line is a source only without a comma (`Theo bà Hương, …` opens a sentence),
    unless X opens like a media outlet's name (`Theo Báo và Phát thanh, Truyền hình X`); marked
    lines (`Nguồn:`, `Theo:`, in parentheses) may name a source with commas in it.
    """
    match = _SOURCE.match(line)
    if not match or len(line.split()) > 14:
        return None
    marked = line.startswith("(") or ":" in line[: line.find(match["name"]) + 1] or _MEDIA.match(match["name"])
    if "," in match["name"] and (not marked or line.endswith(".")):
        return None
    return match["name"].strip() or None


def copyright_holder(line: str) -> str | None:
    """The holder a copyright line names (`© 2026 Báo Lào Cai. All rights reserved` → `Báo Lào Cai`), or None."""
    match = _COPYRIGHT.match(line)
    if not match or not any(mark in line.lower() for mark in ("©", "(c)", "copyright", "bản quyền")):
        return None
    name = match["name"].strip()
    return name if name[:1].isupper() or "." in name else None


def _bare_outlet(line: str) -> str | None:
    """A trailer line that is only an outlet's name: `Báo Cao Bằng`, `Báo Điện Biên Phủ điện tử`."""
    words = line.split()
    return line if _MEDIA.match(line) and 2 <= len(words) <= 8 and not line.endswith(_TERMINAL) else None


def _credit(line: str) -> str | None:
    """A trailer line that only names the source in parentheses: `(Báo Lào Cai)`, `(TTXVN)`; not a person's
    name (`(Nguyễn Minh)`: the author, `_author_in_parentheses`)."""
    name = _in_parentheses(line)
    return name if name and not _personal(name) else None


def _author_in_parentheses(line: str) -> str | None:
    """`(Nguyễn Minh)` after the last paragraph: the author."""
    name = _in_parentheses(line)
    return name if name and _personal(name) else None


def _in_parentheses(line: str) -> str | None:
    """What a short trailer line written wholly in parentheses names."""
    match = _CREDIT.match(line)
    return match["name"].strip() if match and len(line.split()) <= 12 else None


def _personal(name: str) -> bool:
    """A name in parentheses that reads as a byline, not as an outlet (`Báo …`, `TTXVN`, `baolaocai.vn`)."""
    return not _MEDIA.match(name) and "." not in name and not name.isupper() and looks_like_author(name)


def _byline_and_source(line: str) -> tuple[str, str] | None:
    """`Đức Minh (Báo Hải Dương)`, `Nguyễn Hoa | Báo Thái Nguyên`: the author, then the outlet, on one line."""
    match = _BYLINE_SOURCE.match(line)
    if match is None or not looks_like_author(match["author"]):
        return None
    outlet = (match["paren"] or match["bar"]).strip()
    return (_AUTHOR_PREFIX.sub("", match["author"]), outlet) if _MEDIA.match(outlet) or "." in outlet else None


def _split_trailer(lines: list[str]) -> tuple[list[str], str | None, str | None]:
    """Peel the byline and the source line off the end of the article's lines."""
    author = source = None
    while lines:
        last = lines[-1]
        if source is None and (found := source_of(last) or _credit(last) or _bare_outlet(last)):
            source = found
        elif author is None and (both := _byline_and_source(last)):
            author, source = both[0], source or both[1]  # a source line of its own after it wins
        elif author is None and looks_like_author(last):
            author = _AUTHOR_PREFIX.sub("", last)
        elif author is None and (found := _author_in_parentheses(last)):
            author = found
        else:
            break
        lines = lines[:-1]
    return lines, author, source


def is_navigation(line: str) -> bool:
    """A line of site navigation: two or more short items split by `|`, `»` or `›`, none ending a sentence."""
    items = _NAV_SPLIT.split(line)
    return len(items) > 1 and all(0 < len(i.split()) <= 8 and not i.endswith((".", "!", "?")) for i in items)


def _is_caption(line: str) -> bool:
    if "Ảnh" in line and _PHOTO_CREDIT.search(line):
        return True
    return not line.endswith(_TERMINAL) and line.count(" ") < CAPTION_MAX_WORDS


def build_body(lines: list[str], detect_captions: bool = True) -> tuple[str, tuple[Paragraph, ...]]:
    """Join body lines into one text with paragraph offsets; captions lose their photo credit."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    offset = 0
    for line in lines:
        kind = "caption" if detect_captions and _is_caption(line) else "body"
        if kind == "caption" and "Ảnh" in line:
            line = _PHOTO_CREDIT.sub("", line).strip()
        if not line:
            continue
        if parts:
            offset += 2
        paragraphs.append(Paragraph(offset, offset + len(line), kind))
        parts.append(line)
        offset += len(line)
    return "\n\n".join(parts), tuple(paragraphs)


def _until_boilerplate(lines: list[str]) -> tuple[list[str], str | None]:
    """Non-empty normalised lines up to the first line of site boilerplate, and that line."""
    kept = []
    for line in lines:
        if BOILERPLATE.match(line) or is_navigation(line) and all(BOILERPLATE.match(i) for i in _NAV_SPLIT.split(line)):
            if len(kept) > 3 or any(k.endswith(_TERMINAL) for k in kept):
                return kept, line
            kept = []  # no sentence yet: what came before was the site's header (a menu, a share bar), not the article
            continue
        if line:
            kept.append(line)
    return kept, None


def clean_lines(text: str) -> list[str]:
    """Normalised non-empty lines of `text` up to the first line of site boilerplate."""
    return _until_boilerplate(normalize_text(text).split("\n"))[0]


def parse_page(text: str) -> ParsedPage:
    """Read one scraped page in the corpus's text format."""
    lines = [line for line in normalize_text(text).split("\n") if line]
    title = lines.pop(0) if lines else None
    published = None
    for index, line in enumerate(lines[:3]):
        if is_date_line(line):
            published = parse_datetime(line)
            del lines[: index + 1]
            break
    while lines and (is_navigation(lines[0]) or BOILERPLATE.match(lines[0])):  # menus and share bars before the body
        del lines[0]
    body_lines, stop = _until_boilerplate(lines)
    body_lines, author, source = _split_trailer(body_lines)
    if source is None and stop is not None:
        source = copyright_holder(stop)
    body, paragraphs = build_body(body_lines)
    return ParsedPage(title, published, author, source, body, paragraphs)
