"""Attribution quality (who said what) against the hand-made gold of bench/gold/attributions-*.jsonl.

    .venv/bin/python bench/attributions.py                      # dev, test and all
    .venv/bin/python bench/attributions.py --split dev --errors # dev only, with the errors of each dev document
    .venv/bin/python bench/attributions.py --verb-classes speech,document
    .venv/bin/python bench/attributions.py --baseline   # the plain spaCy speech-verb rule, for scale
    .venv/bin/python bench/attributions.py --gold timebank-b  # one gold file only
    .venv/bin/python bench/attributions.py --claims-gold gvc-c,gvc-d  # the statements of claim gold files

The gold (GVC and TimeBank documents, format in bench/gold/ATTRIBUTION_GUIDELINES.md) holds offsets
into the document text, which comes from ../shared/datasets, or for the corpus "invented" from
bench/corpora/invented-attributions/articles*.jsonl. All documents are analyzed in one
`analyze_articles` call without embeddings. Scores, per corpus and split:
- content tokens (the headline): P/R/F1 of the \\w+ tokens inside content spans, micro-averaged; a prediction's
  content is its content_parts ('"A," she said. "B."' is A and B), or with --hull its content_span, which also
  covers a cue between the parts (what a reader of the dossier's report `span` alone gets);
- soft attributions: gold and predictions paired one to one by shared tokens (largest first); each
  side earns the share of its tokens its partner covers, unmatched ones earn 0;
- claimant accuracy: over gold paired with at least half of its tokens covered (n of them shown),
  the share whose predicted claimant names the same source.
--claims-gold scores the statements of claim gold files (bench/gold/claims-*.jsonl, annotated by the same
attribution rules) instead, on their documents that no attribution gold file holds; their tune stories count
as dev, their test stories as test, and every statement as speech (a claim file does not record the class).
--verb-classes keeps the gold of those classes only; a prediction that overlaps only dropped gold is
then left out instead of counted as a false positive. --errors prints the dev documents' gold words no prediction covers,
predicted words outside the gold and wrong claimants, with their text, to the terminal only.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import DATASETS, gvc_records, timeml_document  # noqa: E402
from metrics import (  # noqa: E402
    Match, Tokens, claimant_accuracy, greedy_matches, same_claimant, scored_predictions, soft_prf, token_overlap_prf,
    tokens_inside, well_matched, word_spans,
)

from newstrace.analyze.article import analyze_articles  # noqa: E402
from newstrace.analyze.resources import load_spacy  # noqa: E402
from newstrace.model import Article, Attribution, Claimant  # noqa: E402
from newstrace.settings import Settings  # noqa: E402

GOLD_FILES = sorted((Path(__file__).resolve().parent / "gold").glob("attributions-*.jsonl"))
VERB_CLASSES = ("speech", "belief", "document")
CORPORA = ("gvc", "timebank", "invented")
# the "invented" corpus: articles written for attribution scoring (bench/corpora/invented-attributions/README.md),
# one articles*.jsonl file per set
INVENTED = Path(__file__).resolve().parent / "corpora" / "invented-attributions"
SPLITS = ("dev", "test")


@dataclasses.dataclass
class Scored:
    """One gold document with the attributions kept for scoring, as token sets, and their pairing."""

    corpus: str
    doc: str
    split: str
    text: str
    gold: list[dict]
    gold_tokens: list[Tokens]
    predicted: list[Attribution]
    predicted_tokens: list[Tokens]
    matches: list[Match]


def gold_documents(names: Optional[list[str]] = None) -> list[dict]:
    """The gold of every file, or of the named ones ('timebank-b' is attributions-timebank-b.jsonl)."""
    paths = [p for p in GOLD_FILES if names is None or p.stem.removeprefix("attributions-") in names]
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def claim_gold_documents(names: list[str]) -> list[dict]:
    """The statements of the named claim gold files ('gvc-c' is claims-gvc-c.jsonl) as attribution gold, one entry
    per document that no attribution gold file holds."""
    held = {entry["doc"] for entry in gold_documents()}
    entries = []
    for name in names:
        path = GOLD_FILES[0].parent / f"claims-{name}.jsonl"
        for story in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()):
            for doc in (d for d in story["docs"] if d not in held):
                entries.append({"corpus": story["corpus"], "doc": doc,
                                "split": "dev" if story["split"] == "tune" else "test",
                                "attributions": [{"content": s["content"], "claimant": s["claimant"],
                                                  "claimant_head": s["claimant"].split()[-1], "verb_class": "speech"}
                                                 for s in story["statements"] if s["doc"] == doc]})
    return entries


def article_records() -> dict[str, dict]:
    """The GVC and invented articles by id."""
    records = {r["id"]: r for r in gvc_records()}
    for path in sorted(INVENTED.glob("articles*.jsonl")):
        records.update((r["id"], r) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()))
    return records


def document_text(entry: dict, records: dict[str, dict]) -> tuple[str, dt.date]:
    """(text the gold offsets point into, publication date) of one gold document."""
    if entry["corpus"] in ("gvc", "invented"):
        record = records[entry["doc"]]
        return record["text"], dt.date.fromisoformat(record["published"])
    text, created, _ = timeml_document(DATASETS / "timebank" / entry["doc"])
    return text, created


def analyze(entries: list[dict]) -> tuple[list[str], list[list[Attribution]]]:
    """(texts, predicted attributions) of the gold documents, all analyzed in one batch call."""
    records = article_records()
    articles = []
    for entry in entries:
        text, published = document_text(entry, records)
        articles.append(Article(id=entry["doc"], source=entry["doc"], text=text, published=published,
                                content_hash=entry["doc"]))
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    analyses = list(analyze_articles(articles, settings))
    return [a.text for a in articles], [an.attributions for an in analyses]


SPEECH_VERBS = {"say", "tell", "claim", "state", "add", "report", "announce", "explain", "deny", "confirm", "insist",
                "argue", "warn", "note", "write", "allege", "believe"}


def speech_verb_baseline(texts: list[str]) -> list[list[Attribution]]:
    """The plain rule the issue quotes for scale: the complement clause of a speech verb, its subject the claimant."""
    nlp = load_spacy(Settings().spacy_model)
    found = []
    for doc in nlp.pipe(texts):
        attributions = []
        for verb in doc:
            clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if verb.lemma_ in SPEECH_VERBS and clause is not None and subject is not None:
                content = doc[clause.left_edge.i:clause.right_edge.i + 1]
                name = doc[subject.left_edge.i:subject.right_edge.i + 1].text
                attributions.append(Attribution(
                    id="", claimant=Claimant(name=name), cue=verb.text, cue_span=(verb.idx, verb.idx + len(verb)),
                    content=content.text, content_span=(content.start_char, content.end_char),
                    content_parts=[(content.start_char, content.end_char)], sentence="",
                    sentence_span=(0, 0), kind="indirect", stance="asserts"))
        found.append(attributions)
    return found


def score_document(entry: dict, text: str, predicted: list[Attribution], classes: set[str], hull: bool = False) -> Scored:
    words = word_spans(text)
    kept = [a for a in entry["attributions"] if a["verb_class"] in classes]
    dropped = [a for a in entry["attributions"] if a["verb_class"] not in classes]
    gold_tokens = [tokens_inside(words, a["content"]) for a in kept]
    predicted_tokens = [tokens_inside(words, [p.content_span] if hull else p.content_parts) for p in predicted]
    dropped_tokens = [tokens_inside(words, a["content"]) for a in dropped]
    scored = scored_predictions(predicted_tokens, gold_tokens, dropped_tokens)
    predicted = [predicted[i] for i in scored]
    predicted_tokens = [predicted_tokens[i] for i in scored]
    return Scored(entry["corpus"], entry["doc"], entry["split"], text, kept, gold_tokens, predicted,
                  predicted_tokens, greedy_matches(gold_tokens, predicted_tokens))


def claimant_pairs(doc: Scored) -> list[tuple[dict, Attribution]]:
    """(gold, prediction) of the gold attributions paired with at least half of their tokens covered."""
    return [(doc.gold[g], doc.predicted[p]) for g, p, _ in well_matched(doc.gold_tokens, doc.matches)]


def figures(docs: list[Scored]) -> dict[str, float | int]:
    token = token_overlap_prf((frozenset().union(*d.predicted_tokens), frozenset().union(*d.gold_tokens))
                              for d in docs)
    soft = soft_prf((d.gold_tokens, d.predicted_tokens) for d in docs)
    accuracy, matched = claimant_accuracy((g["claimant"], g["claimant_head"], p.claimant.name)
                                          for d in docs for g, p in claimant_pairs(d))
    return {"docs": len(docs), "gold": sum(len(d.gold) for d in docs),
            "pred": sum(len(d.predicted) for d in docs),
            "token P": token[0], "token R": token[1], "token F1": token[2],
            "soft P": soft[0], "soft R": soft[1], "soft F1": soft[2],
            "claimant acc": accuracy, "matched": matched}


def print_table(docs: list[Scored], splits: list[str]) -> None:
    columns = list(figures([]))
    widths = [max(len(c), 5) for c in columns]
    print(f"{'corpus':<9} {'split':<5} " + " ".join(f"{c:>{w}}" for c, w in zip(columns, widths)))
    for split in splits:
        for corpus in (*CORPORA, "all"):
            subset = [d for d in docs if split in ("all", d.split) and corpus in ("all", d.corpus)]
            if not subset:  # a corpus the scored gold files do not draw on
                continue
            values = figures(subset).values()
            shown = " ".join(f"{v:>{w}.3f}" if isinstance(v, float) else f"{v:>{w}}" for v, w in zip(values, widths))
            print(f"{corpus:<9} {split:<5} {shown}")


def span_text(text: str, spans) -> str:
    return " | ".join(" ".join(text[start:end].split()) for start, end in spans)


def error_lines(doc: Scored) -> list[str]:
    """What costs content F1 (gold words no prediction covers, predicted words outside every gold span)
    and the wrong claimants of one document, with their text."""
    covered = frozenset().union(*doc.predicted_tokens)
    gold_words = frozenset().union(*doc.gold_tokens)
    lines = [f"  missed    {len(tokens - covered)}/{len(tokens)} words {gold['content']} {gold['claimant']!r} "
             f"{gold['cue']!r}: {span_text(doc.text, gold['content'])}"
             for gold, tokens in zip(doc.gold, doc.gold_tokens) if tokens - covered]
    lines += [f"  false pos {len(tokens - gold_words)}/{len(tokens)} words {list(a.content_span)} {a.claimant.name!r} "
              f"{a.cue!r}: {span_text(doc.text, [a.content_span])}"
              for a, tokens in zip(doc.predicted, doc.predicted_tokens) if tokens - gold_words]
    lines += [f"  claimant  gold {gold['claimant']!r}, predicted {a.claimant.name!r} (text {a.claimant.text!r}): "
              f"{span_text(doc.text, gold['content'])}"
              for gold, a in claimant_pairs(doc)
              if not same_claimant(gold["claimant"], gold["claimant_head"], a.claimant.name)]
    return lines


def print_errors(docs: list[Scored]) -> None:
    """Every dev document that has errors, its errors under its name."""
    for doc in docs:
        lines = error_lines(doc) if doc.split == "dev" else []
        if lines:
            print(f"\n== {doc.corpus} {doc.doc}: {len(doc.gold)} gold, {len(doc.predicted)} predicted")
            print("\n".join(lines))


def verb_classes(value: str) -> set[str]:
    classes = {c.strip() for c in value.split(",") if c.strip()}
    if not classes or classes - set(VERB_CLASSES):
        raise argparse.ArgumentTypeError(f"choose among {','.join(VERB_CLASSES)}")
    return classes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default=None, help="one split (default: dev, test, all)")
    parser.add_argument("--verb-classes", type=verb_classes, default=set(VERB_CLASSES),
                        help="comma-separated gold verb classes to score (default: all three)")
    parser.add_argument("--errors", action="store_true", help="print the errors of each dev document")
    parser.add_argument("--gold", type=lambda v: v.split(","), default=None,
                        help="comma-separated gold files to score, e.g. gvc-a,timebank-b (default: all)")
    parser.add_argument("--hull", action="store_true",
                        help="score each prediction's whole content_span instead of its content_parts")
    parser.add_argument("--baseline", action="store_true",
                        help="score the plain spaCy speech-verb rule instead of newstrace, for scale")
    parser.add_argument("--claims-gold", type=lambda v: v.split(","), default=None,
                        help="score the statements of these claim gold files instead, e.g. gvc-c,gvc-d")
    args = parser.parse_args()
    entries = claim_gold_documents(args.claims_gold) if args.claims_gold else gold_documents(args.gold)
    texts, predictions = analyze(entries)
    if args.baseline:
        predictions = speech_verb_baseline(texts)
    docs = [score_document(e, t, p, args.verb_classes, args.hull) for e, t, p in zip(entries, texts, predictions)]
    print(f"{len(docs)} gold documents, verb classes {','.join(sorted(args.verb_classes))}")
    print_table(docs, [args.split] if args.split else [*SPLITS, "all"])
    if args.errors:
        print_errors(docs)


if __name__ == "__main__":
    main()
