"""A fast syllable tokenizer for Vietnamese: words split at spaces and at every punctuation mark."""

from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

_TOKEN = re.compile(r"[^\W_]+|\S")


class SyllableTokenizer:
    """One token per syllable or punctuation character, so any character span aligns with tokens."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        prev_end = 0
        for match in _TOKEN.finditer(text):
            if match.start() > prev_end:  # white space other than one plain space is a token
                words.append(text[prev_end : match.start()])
                spaces.append(False)
            end = match.end()
            words.append(match.group())
            spaces.append(text[end : end + 1] == " ")
            prev_end = end + spaces[-1]
        if prev_end < len(text):
            words.append(text[prev_end:])
            spaces.append(False)
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
