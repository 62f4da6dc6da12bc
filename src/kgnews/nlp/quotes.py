"""quotes: a speaker citing a person (`nhắc lại lời dạy của`, `dẫn lời`, `theo lời Bác`, `như Bác Hồ đã dạy`)."""

from __future__ import annotations

from spacy.tokens import Span

from kgnews.nlp.cues import cues
from kgnews.nlp.mentions import PERSON, Mentions
from kgnews.nlp.relation_context import Context, sentence_of


def quotes(ctx: Context, sent: Span) -> None:
    """`nhắc lại lời nói của Chủ tịch X`, `dẫn lời`, `theo lời Bác`, `như Bác Hồ đã dạy`: speaker quotes person."""
    m = ctx.m
    for start, end, kind in cues().find(m, sent.start, sent.end, "quotes", "quotes_taught"):
        if kind == "quotes":
            # the person named within five words (`theo lời dạy của Chủ tịch Hồ Chí Minh`), their name may end later
            quoted = next((p for p in m.of(PERSON, end, min(end + 9, sent.end)) if p.start < end + 5), None)
            quoted = quoted or _uncle_ho(ctx, end)
            opening = start
        else:  # `như Bác Hồ đã dạy`, `như Chủ tịch Hồ Chí Minh từng nói`: the person before the verb, after `như`
            quoted = next((p for p in m.of(PERSON, max(sent.start, start - 4), start) if p.end == start), None)
            opening = _as_said(m, sent.start, quoted) if quoted is not None else None
            if opening is None:
                continue
        if quoted is None:
            continue
        speakers = [p for p in m.of(PERSON, sent.start, opening) if m.name_of(p) != m.name_of(quoted)]
        if speakers:
            speaker = speakers[-1]
        else:
            speaker = _speaker_after(ctx, max(end, quoted.end), sent) or _previous_subject(ctx, sent)
        ctx.add(speaker, "quotes", quoted, sent)


def _as_said(m: Mentions, lo: int, quoted: Span) -> int | None:
    """Where `như`/`lời` opens `như <danh xưng> X đã dạy` (a short title may sit between), or None."""
    for k in range(quoted.start - 1, max(lo, quoted.start - 4) - 1, -1):
        if m.low[k] in {"như", "lời"}:
            return k
        if not m.texts[k].isalpha() or k in m.covering:
            return None
    return None


def _uncle_ho(ctx: Context, j: int) -> Span | None:
    """`theo lời Bác`: `Bác` names the doc's Hồ Chí Minh (any of its mentions) when left untagged."""
    m = ctx.m
    if j < len(m.low) and m.texts[j] == "Bác" and j not in m.covering:
        return next((p for p in m.of(PERSON) if m.name_of(p) == "Hồ Chí Minh"), None)
    return None


def _speaker_after(ctx: Context, j: int, sent: Span) -> Span | None:
    """`Nhắc lại lời dạy của X: “…”, ông Y đề nghị`: the person who opens the clause after the quotation; a bare
    `đồng chí` there (`“…”, đồng chí đề nghị`) goes on with the subject of the sentence before."""
    m, n = ctx.m, len(ctx.m.low)
    k = next((i for i in range(j, min(j + 8, n)) if m.low[i] in {"“", '"'}), None)
    close = next((i for i in range(k + 1, min(k + 150, n)) if m.low[i] in {"”", '"'}), None) if k is not None else None
    if close is None or close + 2 >= n or m.low[close + 1] != ",":
        return None
    for person in m.of(PERSON, close + 2, min(close + 16, n)):  # `”, ông Y đề nghị`, `”, Bí thư Tỉnh ủy Y nói`
        if not {",", ";", ".", ":", "“", "”"} & set(m.low[close + 2 : person.start]):
            return person
        break
    pronoun = _pronoun_at(m, close + 2)
    if pronoun and m.at(close + 2 + len(pronoun), PERSON) is None:
        return _subject_before(ctx, sent)
    return None


_PRONOUNS = (("đồng", "chí"), ("ông",), ("bà",))


def _pronoun_at(m: Mentions, i: int) -> tuple[str, ...] | None:
    return next((seq for seq in _PRONOUNS if m.matches(i, seq)), None)


def _previous_subject(ctx: Context, sent: Span) -> Span | None:
    """`Đồng chí nhấn mạnh, …`: a sentence whose subject is a bare `đồng chí`/`ông`/`bà` continues the last one's."""
    m, lo = ctx.m, sent.start
    pronoun = _pronoun_at(m, lo)
    if pronoun is None or m.at(lo + len(pronoun), PERSON) is not None:
        return None
    return _subject_before(ctx, sent)


def _subject_before(ctx: Context, sent: Span) -> Span | None:
    """The first person of the sentence before `sent`, in the same paragraph."""
    m, n = ctx.m, sentence_of(ctx, sent.start)
    if n == 0:
        return None
    previous = ctx.sents[n - 1]
    if "\n" in m.doc_text[previous.end_char : sent.start_char]:
        return None  # another paragraph
    return next(iter(m.of(PERSON, previous.start, previous.end)), None)
