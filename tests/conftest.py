"""Shared fixtures: the slow models are loaded once per test session."""

from __future__ import annotations

import pytest

from newstrace.settings import Settings


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings()


@pytest.fixture(scope="session")
def nlp(settings):
    from newstrace.analyze.resources import load_spacy

    return load_spacy(settings.spacy_model)


@pytest.fixture(scope="session")
def encoder(settings):
    from newstrace.analyze.resources import load_encoder

    return load_encoder(settings.embedding_model)
