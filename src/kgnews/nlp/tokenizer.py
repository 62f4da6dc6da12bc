"""A fast syllable tokenizer for Vietnamese: words split at spaces and at every punctuation mark."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: `UV` fused to the board after it (`UVBTV`, `UVBCH`: a member of the standing board, of the executive committee)
#: is a token of its own, so the board's name starts a token.
_FUSED = r"UV(?=B(?:TV|CH)(?![^\W_]))"
#: A syllable or punctuation mark and the one plain space after it, or a run of other white space (a token).
_TOKEN = re.compile(rf"({_FUSED}|[^\W_]+|\S)( ?)|(\s+)")
#: The tokens of a text without plain spaces (a piece between two of them): syllables, marks, other white space.
_PIECE_TOKEN = re.compile(rf"{_FUSED}|[^\W_]+|\S|\s+")
#: White space next to a plain space: there a text is not cut at its spaces (`_TOKEN` reads it as a whole).
_SPACE_BESIDE_SPACE = re.compile(r"\s | \s")


class SyllableTokenizer:
    """One token per syllable or punctuation character, so any character span aligns with tokens."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        #: word → its hash in `vocab.strings`: a `Doc` made from hashes skips hashing each word again.
        self._orths: dict[str, int] = {}
        #: piece of text between two spaces → the hashes of its tokens and their spaces (see `_by_pieces`).
        self._pieces: dict[str, tuple[tuple[int, ...], tuple[bool, ...]]] = {}

    def __call__(self, text: str) -> Doc:
        if len(self._orths) > 500_000 or len(self._pieces) > 500_000:
            self._forget()
        try:
            return self._by_pieces(text) if self._cuttable(text) else self._by_regex(text, self._orth)
        except KeyError:  # a hash whose string the store no longer holds (a spaCy memory zone ended): rebuild
            self._forget()
            return self._by_regex(text, str)

    def _forget(self) -> None:
        self._orths.clear()
        self._pieces.clear()

    @staticmethod
    def _cuttable(text: str) -> bool:
        """Every plain space of `text` stands alone between two other characters, so `_TOKEN` finds the same
        tokens in each piece between spaces as in the whole text (each piece's last token followed by the space)."""
        return not text.startswith(" ") and _SPACE_BESIDE_SPACE.search(text) is None

    def _by_pieces(self, text: str) -> Doc:
        """The doc, piece by piece between spaces: a news text has few distinct pieces (syllables, `tỉnh,`),
        so each is tokenised once per process and then only looked up (half the time of `_by_regex`)."""
        orths: list[int] = []
        spaces: list[bool] = []
        pieces = self._pieces
        for piece in text.split(" "):
            known = pieces.get(piece)
            if known is None:
                known = pieces[piece] = self._piece(piece)
            orths += known[0]
            spaces += known[1]
        if spaces and not text.endswith(" "):
            spaces[-1] = False
        return Doc(self.vocab, words=orths, spaces=spaces)

    def _piece(self, piece: str) -> tuple[tuple[int, ...], tuple[bool, ...]]:
        """The hashes of a piece's tokens, and their spaces: none but after the last (the space that ends the piece)."""
        words = [piece] if piece.isalnum() and not piece.startswith("UV") else _PIECE_TOKEN.findall(piece)
        return tuple(self._orth(w) for w in words), (False,) * (len(words) - 1) + (True,) if words else ()

    def _orth(self, word: str) -> int:
        return self._orths.get(word) or self._orths.setdefault(word, self.vocab.strings.add(word))

    def _by_regex(self, text: str, orth) -> Doc:
        """The doc of any text, by `_TOKEN` over all of it; `orth` gives a word as `Doc` takes it."""
        found = _TOKEN.findall(text)
        words = [orth(word or blank) for word, _, blank in found]
        return Doc(self.vocab, words=words, spaces=[space == " " for _, space, _ in found])

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> SyllableTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> SyllableTokenizer:
        return self


@spacy.registry.tokenizers("kgnews.SyllableTokenizer.v1")
def create_syllable_tokenizer():
    """The registered factory: `[nlp.tokenizer] @tokenizers = "kgnews.SyllableTokenizer.v1"`."""

    def make(nlp) -> SyllableTokenizer:
        return SyllableTokenizer(nlp.vocab)

    return make
