"""Deterministic synthetic data for the benchmarks: variants of the gold dev articles, seed-sized.

Each variant substitutes names, places, numbers and dates, so a corpus of any size has many
distinct people, documents and events while keeping the shape of real articles.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from kgnews.ingest import read_inputs
from kgnews.model import Article, Extraction

GOLD = Path(__file__).resolve().parent.parent / "gold"
SURNAMES = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Lương".split()
MIDDLES = "Văn Thị Đức Minh Hữu Thanh Quang Ngọc Xuân Hồng Kim Công".split()
GIVENS = "An Bình Cường Dũng Giang Hà Hải Hạnh Hiếu Hòa Hùng Hương Khánh Lan Linh Long Mai Nam Nga Phong Phúc Quân Sơn Tâm Thảo Thắng Trang Tuấn Vinh Yến".split()
PROVINCES = ("Hà Giang|Cao Bằng|Lạng Sơn|Thái Nguyên|Phú Thọ|Hòa Bình|Sơn La|Điện Biên|Lai Châu|Yên Bái|Tuyên Quang|"
             "Nam Định|Thái Bình|Ninh Bình|Hưng Yên|Hải Dương|Quảng Bình|Quảng Trị|Quảng Nam|Quảng Ngãi|Phú Yên|"
             "Khánh Hòa|Gia Lai|Kon Tum|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|Long An|Tiền Giang|Bến Tre|"
             "Vĩnh Long|Trà Vinh|Sóc Trăng|Bạc Liêu|Cà Mau|Kiên Giang|An Giang|Đồng Tháp|Hậu Giang").split("|")


def gold_pairs() -> list[tuple[Article, dict]]:
    articles = {a.id: a for a in read_inputs([GOLD])}
    return [(articles[i], json.loads((GOLD / f"{i}.gold.json").read_text(encoding="utf-8"))) for i in sorted(articles)]


def _substitutions(gold: dict, rng: random.Random) -> dict[str, str]:
    """Old name → new name for the people, the province and the document numbers of one article."""
    table: dict[str, str] = {}
    for entity in gold["entities"]:
        if entity["type"] == "Person" and entity["name"] != "Hồ Chí Minh":
            new = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"
            table[entity["name"]] = new
        elif entity["type"] == "LegalDocument" and entity.get("number"):
            number = re.match(r"\d+", entity["number"])
            if number:
                table[number.group(0) + entity["number"][number.end():]] = f"{rng.randint(1, 999)}{entity['number'][number.end():]}"
    return table


def _apply(text: str, table: dict[str, str]) -> str:
    for old in sorted(table, key=len, reverse=True):
        text = text.replace(old, table[old])
    return text


#: Articles are made about the size of the seed article (6.5 KB as a page) by appending paragraphs
#: of the next dev articles' variants to a shorter one, as a page with a second story would.
SEED_SIZE = 6_300


def _parts(article: Article, gold: dict, index: int) -> tuple[list[str], dict]:
    """The page parts (title, date line, body, byline, source) and gold of one variant of one article."""
    rng = random.Random(f"{article.id}-{index}")
    table = _substitutions(gold, rng)
    for location in gold["entities"]:
        if location["type"] == "Location" and len(location["name"]) > 3 and location["name"] not in ("Việt Nam", "Hà Nội"):
            table.setdefault(location["name"], rng.choice(PROVINCES))
            break
    year = rng.randint(2005, 2025)
    parts = [_apply(article.title or "", table), f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{year} {rng.randint(6, 21):02d}:{rng.randint(0, 59):02d}",
             _apply(article.body, table), article.author or "", f"(Theo: {article.source})" if article.source else ""]
    return parts, json.loads(_apply(json.dumps(gold, ensure_ascii=False), table))


def variant(pairs: list[tuple[Article, dict]], index: int, min_size: int = SEED_SIZE) -> tuple[str, dict]:
    """The page text and gold annotation of synthetic article `index`: a variant of one dev article,
    followed by paragraphs of variants of the next ones until the body holds `min_size` bytes (the gold
    then lists all of each added article's entities and relations: for graph benchmarks, not scoring)."""
    article, gold = pairs[index % len(pairs)]
    parts, annotation = _parts(article, gold, index // len(pairs))
    following = index + 1
    while len(parts[2].encode("utf-8")) < min_size:
        more, extra = _parts(*pairs[following % len(pairs)], index // len(pairs))
        for paragraph in more[2].split("\n\n"):
            if len(parts[2].encode("utf-8")) < min_size:
                parts[2] += "\n\n" + paragraph
        annotation["entities"] += [e for e in extra["entities"] if e not in annotation["entities"]]
        annotation["relations"] += [r for r in extra["relations"] if r not in annotation["relations"]]
        following += 1
    annotation["id"] = f"{article.id}-v{index // len(pairs):06d}"
    return "\n\n".join(parts), annotation


def corpus(size: int, min_size: int = SEED_SIZE) -> Iterator[tuple[str, str, dict]]:
    """`size` synthetic articles as (id, page text, gold annotation), deterministic."""
    pairs = gold_pairs()
    for index in range(size):
        page, annotation = variant(pairs, index, min_size)
        yield annotation["id"], page, annotation


def write_corpus(folder: Path, size: int, min_size: int = SEED_SIZE) -> Path:
    """Write `size` synthetic page files into `folder` (kept between runs when already complete)."""
    folder.mkdir(parents=True, exist_ok=True)
    marker = folder / f".complete-{size}-{min_size}"
    if not marker.exists():
        for article_id, page, _ in corpus(size, min_size):
            (folder / f"{article_id}.txt").write_text(page, encoding="utf-8")
        marker.touch()
    return folder


def extractions(size: int, min_size: int = 0) -> Iterator[Extraction]:
    """Gold-shaped extractions of `size` synthetic articles (no NLP needed), for graph benchmarks."""
    from kgnews.ingest.page import parse_page

    for article_id, page, annotation in corpus(size, min_size):
        parsed = parse_page(page)
        article = Article(id=article_id, body=parsed.body, title=parsed.title, published=parsed.published,
                          author=parsed.author, source=parsed.source, paragraphs=parsed.paragraphs)
        yield Extraction.from_dict(annotation, article)
