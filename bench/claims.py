"""Claim alignment across articles against the hand-made gold of bench/gold/claims-*.jsonl.

    .venv/bin/python bench/claims.py                  # every gold file, tune and test stories
    .venv/bin/python bench/claims.py --errors         # also the alignment errors of the tune stories
    .venv/bin/python bench/claims.py --no-embeddings  # the lexical-only linking (word overlap)

The documents of each corpus's gold stories go through the whole pipeline together (ingest ->
analyze -> link -> assess, in publication order, stories found by the system), and the dossier's
claims are scored against the gold (format and rules in bench/gold/CLAIM_GUIDELINES.md):
- found: the share of gold statements paired with a report of the same article (one to one, by shared
  words, largest first) that covers at least half of their words;
- same claim: over pairs of found gold statements from different articles, precision, recall and F1 of
  "their reports are in the same claim" against "the gold gives them the same claim label";
  end-to-end recall also counts the pairs with a statement not found as missed;
- same source: the same over "the two claims have the same claimant" against the gold `source` keys,
  which is what counting independent sources rests on;
- for scale, the claimant-only grouping: every statement of a claimant in a story is one claim.
Test stories are scored as held out; --errors prints the tune stories' errors only.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import gvc_ingest_records, jsonl_file  # noqa: E402
from datasets import DATASETS, gvc_records, timeml_document  # noqa: E402
from metrics import WORD, f1  # noqa: E402
from stories_invented import CORPORA as INVENTED_CORPORA  # noqa: E402
from stories_invented import records as invented_records  # noqa: E402
from stories_timebank import records as timebank_records  # noqa: E402

from newstrace import pipeline  # noqa: E402
from newstrace.settings import Settings  # noqa: E402
from newstrace.store import Workspace  # noqa: E402

GOLD_FILES = sorted((Path(__file__).resolve().parent / "gold").glob("claims-*.jsonl"))


@dataclasses.dataclass(frozen=True)
class Statement:
    """A gold statement, with the claim and claimant its paired report has in the dossier (None: not found)."""

    story: str
    split: str
    doc: str
    text: str
    claim: str
    source: str
    predicted_claim: str | None
    predicted_claimant: str | None


def words(text: str) -> Counter:
    return Counter(w.lower() for w in WORD.findall(text))


def shared(a: Counter, b: Counter) -> int:
    return sum((a & b).values())


def gold_stories() -> list[dict]:
    """Every gold story, with the name of its file."""
    return [{**json.loads(line), "file": path.stem} for path in GOLD_FILES
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus_inputs(corpus: str, docs: set[str]) -> tuple[list[dict], dict[str, str]]:
    """(ingest records of the documents, text of each document the gold offsets point into)."""
    if corpus == "gvc":
        rows = [r for r in gvc_records() if r["id"] in docs]
        return gvc_ingest_records(rows), {r["id"]: r["text"] for r in rows}
    if corpus.startswith("invented"):  # "invented" reads bench/corpora/invented-claims, "invented-b" invented-claims-b
        rows = [r for r in invented_records(INVENTED_CORPORA / corpus.replace("invented", "invented-claims"))
                if r["url"] in docs]
        return rows, {r["url"]: r["text"] for r in rows}
    return (timebank_records({doc: "" for doc in docs}),
            {doc: timeml_document(DATASETS / "timebank" / doc)[0] for doc in docs})


def dossier_reports(dossier: dict) -> dict[str, list[tuple[Counter, str, str]]]:
    """Per stored document (its gold id, carried in the article url): (words, story/claim id, claimant) of each
    report. A document the ingest kept out as an exact copy of an earlier one has no entry."""
    doc_of_article = {a["id"]: a["url"] for a in dossier["articles"]}
    reports: dict[str, list[tuple[Counter, str, str]]] = {doc: [] for doc in doc_of_article.values()}
    for story in dossier["stories"]:
        for claim in story["claims"]:
            who = claim.get("source") or claim["claimant"]  # the source behind the claim, where the dossier says
            claimant = f"{story['id']}/{who['entity_id'] or ''}:{who['name'].lower()}"
            for report in claim["reports"]:
                reports.setdefault(doc_of_article[report["article_id"]], []).append(
                    (words(report["text"]), f"{story['id']}/{claim['id']}", claimant))
    return reports


def paired(story: dict, texts: dict[str, str], reports: dict[str, list]) -> list[Statement]:
    """The story's gold statements, each paired one to one with a report of its document."""
    statements = []
    for doc in (d for d in story["docs"] if d in reports):
        gold = [s for s in story["statements"] if s["doc"] == doc]
        gold_words = [words(" ".join(texts[doc][a:b] for a, b in s["content"])) for s in gold]
        candidates = reports[doc]
        pairs = sorted(((shared(gw, rw), g, r) for g, gw in enumerate(gold_words)
                        for r, (rw, _, _) in enumerate(candidates)), key=lambda p: (-p[0], p[1], p[2]))
        partner: dict[int, int] = {}
        for overlap, g, r in pairs:
            if (overlap * 2 >= sum(gold_words[g].values()) and g not in partner
                    and r not in partner.values()):
                partner[g] = r
        for g, s in enumerate(gold):
            r = partner.get(g)
            statements.append(Statement(
                story["story"], story["split"], doc, " ".join(texts[doc][a:b] for a, b in s["content"]),
                s["claim"], s["source"], candidates[r][1] if r is not None else None,
                candidates[r][2] if r is not None else None))
    return statements


def cross_article_pairs(statements: list[Statement]):
    by_story: dict[str, list[Statement]] = {}
    for s in statements:
        by_story.setdefault(s.story, []).append(s)
    for group in by_story.values():
        yield from ((a, b) for a, b in itertools.combinations(group, 2) if a.doc != b.doc)


def pair_scores(pairs, gold_same, predicted_same) -> tuple[float, float, float, float, int]:
    """(P, R, F1 over pairs with both statements found, end-to-end R over all gold pairs, gold pairs)."""
    true = found_gold = predicted = all_gold = 0
    for a, b in pairs:
        gold = gold_same(a, b)
        all_gold += gold
        if a.predicted_claim is None or b.predicted_claim is None:
            continue
        guess = predicted_same(a, b)
        true += gold and guess
        found_gold += gold
        predicted += guess
    precision = true / predicted if predicted else 0.0
    recall = true / found_gold if found_gold else 0.0
    return precision, recall, f1(precision, recall), (true / all_gold if all_gold else 0.0), all_gold


def report(name: str, statements: list[Statement]) -> None:
    found = sum(s.predicted_claim is not None for s in statements)
    pairs = list(cross_article_pairs(statements))
    print(f"{name}: {len({s.story for s in statements})} stories, {len(statements)} statements, "
          f"found {found / len(statements):.3f}")
    rows = (("same claim", lambda a, b: a.claim == b.claim, lambda a, b: a.predicted_claim == b.predicted_claim),
            ("  claimant-only grouping", lambda a, b: a.claim == b.claim,
             lambda a, b: a.predicted_claimant == b.predicted_claimant),
            ("same source", lambda a, b: a.source == b.source,
             lambda a, b: a.predicted_claimant == b.predicted_claimant))
    for label, gold_same, predicted_same in rows:
        p, r, f, end_to_end, n = pair_scores(pairs, gold_same, predicted_same)
        print(f"  {label:<24} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (end-to-end R {end_to_end:.3f}, {n} gold pairs)")


def print_errors(statements: list[Statement]) -> None:
    """Tune stories only: gold pairs split apart, and pairs joined that the gold keeps apart, by claim and by source."""
    for a, b in cross_article_pairs([s for s in statements if s.split == "tune"]):
        if a.predicted_claim is None or b.predicted_claim is None:
            continue
        for what, gold, guess in (("claim", a.claim == b.claim, a.predicted_claim == b.predicted_claim),
                                  ("source", a.source == b.source, a.predicted_claimant == b.predicted_claimant)):
            if gold != guess:
                print(f"\n{'MISSED' if gold else 'JOINED'} {what} {a.story} (gold {a.source} / {b.source}; "
                      f"predicted {a.predicted_claimant} / {b.predicted_claimant})\n  {a.text!r}\n  {b.text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="print the alignment errors of the tune stories")
    parser.add_argument("--no-embeddings", action="store_true", help="lexical-only linking")
    args = parser.parse_args()
    settings = Settings(use_embeddings=not args.no_embeddings)
    stories = gold_stories()
    statements: list[Statement] = []
    for corpus in sorted({s["corpus"] for s in stories}):
        chosen = [s for s in stories if s["corpus"] == corpus]
        records, texts = corpus_inputs(corpus, {d for s in chosen for d in s["docs"]})
        with Workspace(":memory:") as ws, jsonl_file(records) as path:
            dossier, _ = pipeline.run(ws, [path], settings)
        reports = dossier_reports(dossier)
        copies = sorted(d for s in chosen for d in s["docs"] if d not in reports)
        if copies:
            print(f"{corpus}: not scored, kept out by the ingest as exact copies of earlier documents: {', '.join(copies)}")
        statements += [st for story in chosen for st in paired(story, texts, reports)]
    for split in ("tune", "test"):
        for name in sorted({s["file"] for s in stories if s["split"] == split}):
            chosen = {s["story"] for s in stories if s["file"] == name and s["split"] == split}
            report(f"{name} ({split})", [s for s in statements if s.story in chosen])
        for corpus in sorted({s["corpus"] for s in stories}):
            chosen = {s["story"] for s in stories if s["corpus"] == corpus and s["split"] == split}
            if chosen:
                report(f"{corpus} {split}", [s for s in statements if s.story in chosen])
    report("all", statements)
    if args.errors:
        print_errors(statements)


if __name__ == "__main__":
    main()
