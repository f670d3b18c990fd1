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


HOSTILE = '<script>alert("x")</script> "><img src=x onerror=alert(1)>'


@pytest.fixture(scope="session")
def small_workspace(tmp_path_factory, settings):
    """Two outlets reporting one statement, one hostile title and body line: a workspace for the UI tests."""
    from newstrace import pipeline
    from newstrace.store import Workspace

    root = tmp_path_factory.mktemp("small")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        " date 2025-03-04 By Ana Reyes, Quay Times\n\nHarbour master Tomas Eld said on Monday that the "
        "breakwater had cracked in two places and that the port would stay closed.\n\nAt least 12 fishermen "
        f"were injured, Eld said. {HOSTILE}\n\nThe Quay Times could not independently verify the damage.")
    (corpus / "b.jsonl").write_text(
        '{"title": "Port stays shut ' + HOSTILE.replace('"', '\\"') + '", "date": "2025-03-04", "outlet": "Gull Daily", '
        '"text": "Harbour master Tomas Eld said the breakwater was cracked in two places and the port would remain '
        'closed.\\n\\nThe port authority denied that repairs had been delayed."}\n')
    ws = Workspace(root / "ws.db")
    dossier, _ = pipeline.run(ws, [str(corpus)], settings)
    yield ws, dossier
    ws.close()
