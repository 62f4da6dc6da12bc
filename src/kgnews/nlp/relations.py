"""The `kgnews_relations` component: relations between entity mentions, each with its evidence sentence."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span

from kgnews.model import Relation
from kgnews.nlp import links, positions, post_lists, quotes, venues
from kgnews.nlp.mentions import ORG, Mentions, folded, label_of
from kgnews.nlp.relation_context import Context, SpanRelation, sentence_bounds, sentence_of
from kgnews.nlp.roles import event_roles
from kgnews.nlp.spans import raw_text, stored_name

__all__ = ["RelationExtractor", "SpanRelation", "make_relations", "relations_of", "sentence_bounds"]
_STORE = "kgnews.relations"
_SENTENCE_RULES = (quotes.quotes, links.issuers, links.concerns, venues.venues, links.coordination)


def _span_key(span: Span | None) -> list | None:
    return None if span is None else [span.start_char, span.end_char, label_of(span)]


def _span_of(doc: Doc, key: list | None) -> Span | None:
    return None if key is None else doc.char_span(key[0], key[1], label=key[2])


def _set_relations(doc: Doc, relations: list[SpanRelation] | None) -> None:
    """Stored as plain lists in `doc.user_data`, so docs still serialise (`nlp.pipe(n_process=…)`)."""
    doc.user_data[_STORE] = [
        [_span_key(r.subject), r.predicate, _span_key(r.object), _span_key(r.sentence), r.literal, dict(r.attrs)]
        for r in relations or ()
    ]


def _get_relations(doc: Doc) -> list[SpanRelation] | None:
    if _STORE not in doc.user_data:
        return None
    return [
        SpanRelation(_span_of(doc, s), p, _span_of(doc, o), _span_of(doc, sent), literal, attrs)
        for s, p, o, sent, literal, attrs in doc.user_data[_STORE]
    ]


if not Doc.has_extension("relations"):
    Doc.set_extension("relations", getter=_get_relations, setter=_set_relations)


@Language.factory(
    "kgnews_relations",
    requires=["doc.ents"],
    assigns=["doc._.relations"],
)
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    """The relation component: reads `doc.ents` (with `Span._.kg_name`), writes `Doc._.relations`."""
    return RelationExtractor()


class RelationExtractor:
    """Finds every relation of SCHEMA.md between the entity mentions of a doc."""

    def __call__(self, doc: Doc) -> Doc:
        ctx = Context(doc)
        ctx.assembly = _assembly(ctx)
        assembly = ctx.m.name_of(ctx.assembly) if ctx.assembly is not None else None
        found, chain_end = positions.posts(ctx.m, ctx.ranges, assembly)
        listed, members = post_lists.from_lists(ctx.m, ctx.ranges, assembly, positions.places_of(ctx.m))
        found += listed
        found = _without_shortened(ctx.m, found)
        ctx.set_posts(found)
        for post in found:
            _add_post(ctx, post)
        for person, body in members:
            ctx.add(person, "memberOf", body, ctx.sents[sentence_of(ctx, body.start)])
        for sent in ctx.sents:
            for rule in _SENTENCE_RULES:
                rule(ctx, sent)
            event_roles(ctx, sent, chain_end)
        links.part_of(ctx)
        venues.located(ctx)
        _store(doc, ctx.found)
        return doc


def _store(doc: Doc, found: list[tuple]) -> None:
    """`doc._.relations = found` (rows of `SpanRelation` fields), written straight to our store when the
    extension is ours: no `SpanRelation` made per relation (a frozen dataclass is slow to make)."""
    if not _ours(doc):
        doc._.relations = [SpanRelation(*row) for row in found]
        return
    key = _span_key
    doc.user_data[_STORE] = [
        [key(subj), pred, key(obj), key(sent), literal, dict(attrs)] for subj, pred, obj, sent, literal, attrs in found
    ]


def _without_shortened(m: Mentions, found: list[positions.Post]) -> list[positions.Post]:
    """`Phó Thủ tướng Phạm Gia Tường` where the article has called him `Phó Thủ tướng Chính phủ`, `Bí thư Tỉnh ủy
    X` where he was elected `Bí thư Tỉnh ủy X khóa XI`: a post that starts a fuller post of the same person (a
    bare title, or the same post without its term) is that post, not a second one."""
    posts: dict[str, set[str]] = {}
    for post in found:
        posts.setdefault(m.name_of(post.person), set()).add(folded(post.literal))
    return [post for post in found if not any(_fuller(post, other) for other in posts[m.name_of(post.person)])]


_TERM_WORDS = ("khóa ", "nhiệm kỳ ")


def _fuller(post: positions.Post, other: str) -> bool:
    """Whether the folded literal `other` is `post` said in full: its body after a bare title, or its term."""
    literal = folded(post.literal)
    if not other.startswith(literal + " "):
        return False
    bare = post.title.body is None and post.organization is None
    return bare or other[len(literal) + 1 :].startswith(_TERM_WORDS)


def _add_post(ctx: Context, post: positions.Post) -> None:
    """holdsPosition (the title literal, keyed by head, body and qualifiers) and memberOf its body."""
    title = post.title
    sent = ctx.sents[sentence_of(ctx, title.start)]
    attrs = {"organization": post.organization} if post.organization else {}
    if title.status:
        attrs["status"] = title.status
    qualifiers = ctx.m.text(title.body.end, title.end) if title.body else ""
    attrs["_key"] = folded(f"{title.status} {title.head}|{post.organization or post.literal}|{qualifiers}")
    ctx.add(post.person, "holdsPosition", None, sent, literal=post.literal, attrs=attrs)
    if post.member:
        ctx.add(post.person, "memberOf", title.body, sent, literal=post.organization)


def _assembly(ctx: Context) -> Span | None:
    """The people's council, or the National Assembly, whose session the article reports: where a bare
    `Đại biểu` sits, and what its session passes."""
    m = ctx.m
    if ctx.organiser is not None and m.name_of(ctx.organiser).startswith("Hội đồng nhân dân"):
        return ctx.organiser
    event = " ".join(folded(m.name_of(e)) for e in (ctx.main_event, ctx.frame) if e is not None)
    for org in m.of(ORG, nested=True):
        name = m.name_of(org)
        if name.startswith("Hội đồng nhân dân") and (
            folded(name) in event or folded(name.replace("Hội đồng nhân dân", "HĐND")) in event
        ):
            return org
    if "quốc hội" in event:
        return next((org for org in m.of(ORG, nested=True) if m.name_of(org) == "Quốc hội"), None)
    sessions = (e for e in (ctx.main_event, ctx.frame) if e is not None and folded(m.name_of(e)).startswith("kỳ họp"))
    for session in sessions:
        # `HĐND tỉnh X khóa VIII tiếp tục chương trình Kỳ họp thứ 2`: the council the session's sentence names first
        sent = ctx.sents[sentence_of(ctx, session.start)]
        council = [o for o in m.of(ORG, sent.start, session.start) if m.name_of(o).startswith("Hội đồng nhân dân")]
        if council:
            return council[0]
    return None


def relations_of(doc: Doc) -> list[Relation]:
    """The doc's relations between canonical names, one per statement, evidence = the sentence."""
    rows, name = _stored(doc)
    text = raw_text(doc) if rows else ""  # the body itself: joining the tokens' texts is slow
    best: dict[tuple[str, str, str], Relation] = {}
    issued: dict[str, tuple[str, int, int]] = {}  # document → the rank and span of its issuers' statement
    chairs = {(name(subj), name(obj)) for subj, pred, obj, *_ in rows if pred == "chairs" and obj is not None}
    for subject, predicate, object_, literal, (s, e), rel_attrs in rows:
        subj = name(subject)
        obj = literal if literal else name(object_)
        if predicate == "attends" and (subj, obj) in chairs or subj == obj:
            continue  # Convention 6: a chair is not also an attendee
        if predicate == "issuedBy":  # the issuers one statement names (`của Bộ Chính trị, Ban Bí thư`), cue first
            rank = rel_attrs.get("_rank", "cue")
            first = issued.get(subj)
            if first is not None and (rank == "suffix" or first != ("cue", s, e) and first[0] == "cue"):
                continue
            if first is not None and first[0] == "suffix":  # a cue outranks the suffix table: its statement goes
                best = {k: v for k, v in best.items() if not (k[0] == subj and k[1] == "issuedBy")}
            issued[subj] = (rank, s, e)
        key = (subj, predicate, rel_attrs.get("_key") or folded(obj))
        if key not in best:  # the attrs of a kept statement only: about a third are duplicates
            attrs = {k: v for k, v in rel_attrs.items() if not k.startswith("_")} if rel_attrs else {}
            best[key] = Relation(subj, predicate, obj, text[s:e], s, e, attrs)
    return list(best.values())


def _ours(doc: Doc) -> bool:
    """`Doc._.relations` is the extension declared here (relations kept as offsets in `doc.user_data`)."""
    return doc.has_extension("relations") and Doc.get_extension("relations")[2] is _get_relations


def _stored(doc: Doc) -> tuple[list[tuple], Callable]:
    """(subject, predicate, object, literal, sentence offsets, attrs) of each relation, and the name of a mention.

    Read from our store without making spans of sentences; a mention's name is read from `doc.user_data`
    (a span is made only for a mention without one, or where spaCy keeps extension values elsewhere).
    """
    if not doc.has_extension("relations"):
        return [], Mentions.name
    if not _ours(doc):  # another component's extension: its spans
        found = doc._.relations or []
        return [(r.subject, r.predicate, r.object, r.literal, (r.sentence.start_char, r.sentence.end_char), r.attrs)
                for r in found], Mentions.name
    names: dict[tuple[int, int], str] = {}

    def name(key: list) -> str:
        """The name of the mention stored as `[start_char, end_char, label]`, read once per extent."""
        offsets = (key[0], key[1])
        found = names.get(offsets)
        if found is None:  # a span is made only for a mention without a stored name
            found = names[offsets] = stored_name(doc, *offsets) or Mentions.name(doc.char_span(*offsets, label=key[2]))
        return found

    rows = [(s, p, o, literal, (sent[0], sent[1]), attrs) for s, p, o, sent, literal, attrs in doc.user_data.get(_STORE) or ()]
    return rows, name
