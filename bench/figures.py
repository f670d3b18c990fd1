"""Figure quality (every number that counts something) against the hand-made gold of bench/gold/figures-*.jsonl.

    .venv/bin/python bench/figures.py                  # dev, test and all
    .venv/bin/python bench/figures.py --errors         # ... and the errors of the dev documents

The gold (format and conventions in bench/gold/FIGURE_GUIDELINES.md) holds, for each article of
bench/corpora/invented-figures/articles*.jsonl, every figure with the offsets of its number words (its anchor), its
value, bounds, category and subject, and every number that is no figure (a year, an age, a duration ...). All
articles are analyzed in one `analyze_articles` call without embeddings. A predicted figure stands for its number
words (`number_text` found in its text, or the whole text for a victim told by a noun phrase); gold and predicted
figures are paired one to one by the words they share, largest overlaps first. Scores, per split:
- detection: P/R/F1 of the pairing, over all figures;
- casualties as an analyst codes them: a gold figure of a casualty category is coded when its partner has the same
  category, value and bounds; precision over the predicted figures of those categories, recall over the gold ones;
- of the pairs: the share with the gold category, value, bounds (low and high, open or not), subject (the gold
  subject's head word in the predicted subject) and period flag (a count of another, earlier event, `other_event` in
  the gold, is expected to carry one too: the words that place it in another time keep it out of the story's
  casualty summary); and, where the gold marks them, the share of another event's counts so marked;
- false figures: the share of the gold's non-figures that the number words of a predicted figure paired with no gold
  figure overlap, by reason.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metrics import Tokens, f1, greedy_matches, tokens_inside, word_spans  # noqa: E402

from newstrace.analyze.article import analyze_articles  # noqa: E402
from newstrace.model import Article, Figure  # noqa: E402
from newstrace.settings import Settings  # noqa: E402

HERE = Path(__file__).resolve().parent
GOLD_FILES = sorted((HERE / "gold").glob("figures-*.jsonl"))
ARTICLES = HERE / "corpora" / "invented-figures"
CASUALTIES = ("killed", "injured", "casualties", "missing", "displaced", "arrested")
SPLITS = ("dev", "test")


@dataclasses.dataclass
class Scored:
    """One gold document, its predicted figures and their pairing (gold index, predicted index)."""

    doc: str
    split: str
    text: str
    gold: list[dict]
    non_figures: list[dict]
    predicted: list[Figure]
    pairs: list[tuple[int, int]]
    false_figures: list[int]  # indices of the non-figures some prediction overlaps


def gold_documents(names: Optional[list[str]]) -> list[dict]:
    """The gold of every file, or of the named ones ('invented-a' is figures-invented-a.jsonl)."""
    paths = [p for p in GOLD_FILES if names is None or p.stem.removeprefix("figures-") in names]
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def articles_by_id() -> dict[str, Article]:
    records = [json.loads(line) for path in sorted(ARTICLES.glob("articles*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["id"]: Article(id=r["id"], source=r["id"], text=r["text"], title=r.get("title", ""),
                             published=dt.date.fromisoformat(r["published"]), content_hash=r["id"])
            for r in records}


def number_span(figure: Figure) -> tuple[int, int]:
    """The [start, end) of the figure's number words inside the text (their last whole-word occurrence: "rose to 41
    from 27" is the 27), or its whole span for one told by a noun phrase ("a", "an" or none)."""
    start, end = figure.span
    words = figure.number_text
    found = list(re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", figure.text, re.IGNORECASE)) \
        if words.lower() not in ("", "a", "an") else []
    return (start + found[-1].start(), start + found[-1].end()) if found else (start, end)


def scored(entry: dict, article: Article, predicted: list[Figure]) -> Scored:
    words = word_spans(article.text)
    gold_tokens = [tokens_inside(words, [tuple(f["anchor"])]) for f in entry["figures"]]
    predicted_tokens = [tokens_inside(words, [number_span(f)]) for f in predicted]
    pairs = [(g, p) for g, p, _ in greedy_matches(gold_tokens, predicted_tokens)]
    non_figures = entry.get("non_figures", [])
    # an unpaired prediction on a non-figure ("a 62-year-old fisherman" holds an age, but is a figure of one)
    unpaired = [tokens for p, tokens in enumerate(predicted_tokens) if p not in {p for _, p in pairs}]
    false = [i for i, n in enumerate(non_figures)
             if any(tokens_inside(words, [tuple(n["anchor"])]) & tokens for tokens in unpaired)]
    return Scored(entry["doc"], entry["split"], article.text, entry["figures"], non_figures, predicted, pairs, false)


def same_number(gold: Optional[float], predicted: Optional[float]) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return math.isclose(gold, predicted, rel_tol=1e-3, abs_tol=1e-6)


def same_bounds(gold: dict, predicted: Figure) -> bool:
    return same_number(gold.get("low"), predicted.low) and same_number(gold.get("high"), predicted.high)


def head(words: Optional[str]) -> str:
    """The last word, lower case, without a plural s ('North Korean soldiers' -> 'soldier')."""
    last = (words or "").lower().replace("-", " ").split()[-1:] or [""]
    return last[0].removesuffix("s") if len(last[0]) > 3 else last[0]


def set_apart(gold: dict) -> bool:
    """A statistic over a period, or a count of another event: no toll of the article's own event."""
    return bool(gold.get("period") or gold.get("other_event"))


def same_subject(gold: dict, predicted: Figure) -> bool:
    wanted = head(gold.get("subject"))
    return bool(wanted) and wanted in {head(w) for w in (predicted.subject or "").lower().split()}


def coded(gold: dict, predicted: Figure) -> bool:
    """Right as an analyst codes a casualty figure: category, value and bounds."""
    return (gold["category"] == predicted.category and same_number(gold["value"], predicted.value)
            and same_bounds(gold, predicted))


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def report(name: str, documents: list[Scored]) -> None:
    pairs = [(d.gold[g], d.predicted[p]) for d in documents for g, p in d.pairs]
    gold_count = sum(len(d.gold) for d in documents)
    predicted_count = sum(len(d.predicted) for d in documents)
    precision, recall = len(pairs) / predicted_count if predicted_count else 0.0, len(pairs) / gold_count
    print(f"{name}: {len(documents)} articles, {gold_count} gold figures, {predicted_count} predicted")
    print(f"  detection        P {precision:.3f}  R {recall:.3f}  F1 {f1(precision, recall):.3f}")
    gold_casualties = sum(f["category"] in CASUALTIES for d in documents for f in d.gold)
    predicted_casualties = sum(f.category in CASUALTIES for d in documents for f in d.predicted)
    right = sum(g["category"] in CASUALTIES and coded(g, p) for g, p in pairs)
    cp, cr = (right / predicted_casualties if predicted_casualties else 0.0), right / max(gold_casualties, 1)
    print(f"  casualties coded P {cp:.3f}  R {cr:.3f}  F1 {f1(cp, cr):.3f}"
          f"  ({right} right of {gold_casualties} gold, {predicted_casualties} predicted)")
    print(f"  of {len(pairs)} pairs: category {share(sum(g['category'] == p.category for g, p in pairs), len(pairs))}"
          f", value {share(sum(same_number(g['value'], p.value) for g, p in pairs), len(pairs))}"
          f", bounds {share(sum(same_bounds(g, p) for g, p in pairs), len(pairs))}")
    with_subject = [(g, p) for g, p in pairs if head(g.get("subject"))]
    print(f"  subject {share(sum(same_subject(g, p) for g, p in with_subject), len(with_subject))}"
          f", period {share(sum(set_apart(g) == bool(p.period) for g, p in pairs), len(pairs))}")
    others = [p for g, p in pairs if g.get("other_event")]
    if others:
        print(f"  another event's counts set apart {share(sum(bool(p.period) for p in others), len(others))}")
    reasons = Counter(d.non_figures[i]["reason"] for d in documents for i in d.false_figures)
    totals = Counter(n["reason"] for d in documents for n in d.non_figures)
    print(f"  false figures {share(sum(reasons.values()), sum(totals.values()))}: "
          + ", ".join(f"{r} {reasons[r]}/{totals[r]}" for r in sorted(totals)))


def confusion(documents: list[Scored]) -> None:
    pairs = Counter((d.gold[g]["category"], d.predicted[p].category) for d in documents for g, p in d.pairs)
    print("  category confusions (gold -> predicted): "
          + ", ".join(f"{g}->{p} {n}" for (g, p), n in pairs.most_common() if g != p))


def context(text: str, span: tuple[int, int], width: int = 60) -> str:
    start, end = span
    return (text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]).replace("\n", " ")


def print_errors(document: Scored) -> None:
    paired_gold = {g: p for g, p in document.pairs}
    paired_predicted = set(paired_gold.values())
    print(f"\n== {document.doc}")
    for g, gold in enumerate(document.gold):
        if g not in paired_gold:
            print(f"  MISSED {gold['category']} {gold['value']}: {context(document.text, tuple(gold['anchor']))}")
            continue
        predicted = document.predicted[paired_gold[g]]
        if not coded(gold, predicted) or not same_subject(gold, predicted) and head(gold.get("subject")):
            print(f"  WRONG gold {gold['category']} {gold['value']} [{gold.get('low')}, {gold.get('high')}] "
                  f"{gold.get('subject')!r} / got {predicted.category} {predicted.value} "
                  f"[{predicted.low}, {predicted.high}] {predicted.subject!r}: "
                  f"{context(document.text, tuple(gold['anchor']))}")
        elif set_apart(gold) != bool(predicted.period):
            print(f"  PERIOD gold {'another event' if gold.get('other_event') else bool(gold.get('period'))} / got "
                  f"{predicted.period!r}: {context(document.text, tuple(gold['anchor']))}")
    for p, predicted in enumerate(document.predicted):
        if p not in paired_predicted:
            print(f"  EXTRA {predicted.category} {predicted.value}: {context(document.text, number_span(predicted))}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", help="comma-separated gold names ('invented-a'), all by default")
    parser.add_argument("--errors", action="store_true", help="print the errors of every dev document")
    args = parser.parse_args()
    entries = gold_documents(args.gold.split(",") if args.gold else None)
    if not entries:
        parser.error(f"no figures gold named {args.gold!r} in {HERE / 'gold'} (names are like 'invented-a')")
    articles = articles_by_id()
    chosen = [articles[e["doc"]] for e in entries]
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    analyses = list(analyze_articles(chosen, settings))
    documents = [scored(e, a, an.figures) for e, a, an in zip(entries, chosen, analyses)]
    for split in SPLITS:
        if any(d.split == split for d in documents):
            report(split, [d for d in documents if d.split == split])
    report("all", documents)
    confusion(documents)
    if args.errors:
        for document in (d for d in documents if d.split == "dev"):
            print_errors(document)


if __name__ == "__main__":
    main()
