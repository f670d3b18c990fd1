"""What story linking compares: the title and lead (embedded), and a MinHash of the body."""

from __future__ import annotations

import re

from datasketch import MinHash

from newstrace.model import Article

NUM_PERM = 128
SHINGLE_WORDS = 5


def lead_text(article: Article, max_words: int = 120) -> str:
    """The title and the first paragraphs, up to `max_words` words: what tells the story."""
    words: list[str] = (article.title or "").split()
    for paragraph in article.text.split("\n\n"):
        if len(words) >= max_words:
            break
        words.extend(paragraph.split())
    return " ".join(words[:max_words])


def shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}


def minhash_signature(text: str) -> list[int]:
    """A deterministic MinHash over word 5-grams: near-identical copy has near-identical signatures."""
    signature = MinHash(num_perm=NUM_PERM, seed=7)
    signature.update_batch([s.encode() for s in shingles(text)])
    return [int(x) for x in signature.hashvalues]


def jaccard(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    if not a or not b:
        return 0.0
    return sum(1 for x, y in zip(a, b) if x == y) / len(a)
