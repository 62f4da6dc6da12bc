"""A fast syllable tokenizer for Vietnamese: words split at spaces and at every punctuation mark."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: A syllable or punctuation mark and the one plain space after it, or a run of other white space (a token).
_TOKEN = re.compile(r"([^\W_]+|\S)( ?)|(\s+)")


class SyllableTokenizer:
    """One token per syllable or punctuation character, so any character span aligns with tokens."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        #: word → its hash in `vocab.strings`: a `Doc` made from hashes skips hashing each word again.
        self._orths: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        found = _TOKEN.findall(text)
        words = [word or blank for word, _, blank in found]
        spaces = [space == " " for _, space, _ in found]
        orths, add = self._orths, self.vocab.strings.add
        if len(orths) > 500_000:
            orths.clear()
        try:
            return Doc(self.vocab, words=[orths.get(w) or orths.setdefault(w, add(w)) for w in words], spaces=spaces)
        except KeyError:  # a hash whose string the store no longer holds (a spaCy memory zone ended): rebuild
            orths.clear()
            return Doc(self.vocab, words=words, spaces=spaces)

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
