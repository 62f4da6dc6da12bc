"""How each entity type looks: Vietnamese name, colour and vis-network shape."""

from __future__ import annotations

#: type -> (Vietnamese name, colour, vis-network shape), in legend order.
TYPE_STYLES: dict[str, tuple[str, str, str]] = {
    "Person": ("Nhân vật", "#e15759", "dot"),
    "Organization": ("Tổ chức", "#4e79a7", "square"),
    "LegalDocument": ("Văn bản pháp luật", "#f28e2b", "triangle"),
    "Event": ("Sự kiện", "#59a14f", "star"),
    "Campaign": ("Phong trào", "#b07aa1", "diamond"),
    "Location": ("Địa điểm", "#76b7b2", "triangleDown"),
    "Post": ("Chức vụ", "#edc948", "dot"),
    "NewsArticle": ("Bài báo", "#9c9c9c", "hexagon"),
}
UNKNOWN_STYLE = ("Khác", "#bab0ac", "dot")

#: SCHEMA.md relation name -> Vietnamese gloss shown beside it in tooltips.
RELATION_NAMES: dict[str, str] = {
    "holdsPosition": "giữ chức vụ",
    "memberOf": "thành viên của",
    "issuedBy": "ban hành bởi",
    "chairs": "chủ trì",
    "attends": "tham dự",
    "directs": "chỉ đạo",
    "speaksAt": "phát biểu tại",
    "concerns": "liên quan đến",
    "coordinatesWith": "phối hợp với",
    "partOf": "thuộc",
    "quotes": "trích lời",
    "heldIn": "diễn ra tại",
    "mentions": "đề cập",
}


def type_table(present: set[str]) -> list[dict[str, str]]:
    """The legend: known types in order, then any unknown type found in the graph, sorted."""
    keys = [key for key in TYPE_STYLES if key in present]
    keys += sorted(present - set(TYPE_STYLES))
    table = []
    for key in keys:
        name, colour, shape = TYPE_STYLES.get(key, UNKNOWN_STYLE)
        table.append({"key": key, "name": name if key in TYPE_STYLES else key, "color": colour, "shape": shape})
    return table
