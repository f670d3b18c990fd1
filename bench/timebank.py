"""Temporal expressions on TimeBank and AQUAINT (TempEval-3 training data), type DATE.

    .venv/bin/python bench/timebank.py [--limit N]

For each document: the plain text of <TEXT> (tags stripped, offsets kept), the creation time from
<DCT> as the article date, our `find_timerefs` on it. Scores against the gold TIMEX3 of type DATE:
detection P/R/F1 strict (same span) and relaxed (overlap), value accuracy on relaxed matches, and
value F1 as TempEval-3 counts it (a prediction is right when it overlaps a gold DATE and has its
value). HeidelTime's published TempEval-3 test figures for scale: 81.3 strict F1, 90.3 relaxed F1,
77.6 value F1 (that test set is not here; this is the training data). The rules were developed by
reading errors on TimeBank only; AQUAINT is kept as the held-out part and its errors are not read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import timebank_files, timeml_document  # noqa: E402

from newstrace.analyze.resources import load_spacy  # noqa: E402
from newstrace.analyze.timex import find_timerefs  # noqa: E402
from newstrace.settings import Settings  # noqa: E402

def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(docs, nlp, kinds: tuple[str, ...] = ("date",)) -> dict[str, float]:
    """Detection and value scores of our time references of those kinds against the gold DATEs."""
    counts = dict(gold=0, pred=0, strict=0, relaxed_gold=0, relaxed_pred=0, value_ok=0)
    texts = [d[0] for d in docs]
    for (text, dct, gold), doc in zip(docs, nlp.pipe(texts)):
        gold_dates = [g for g in gold if g[2] == "DATE"]
        preds = [t for t in find_timerefs(doc, dct) if t.kind in kinds]
        counts["gold"] += len(gold_dates)
        counts["pred"] += len(preds)
        spans = {(g[0], g[1]) for g in gold_dates}
        counts["strict"] += sum(1 for t in preds if tuple(t.span) in spans)
        overlap = lambda t, g: t.span[0] < g[1] and g[0] < t.span[1]  # noqa: E731
        counts["relaxed_gold"] += sum(1 for g in gold_dates if any(overlap(t, g) for t in preds))
        counts["relaxed_pred"] += sum(1 for t in preds if any(overlap(t, g) for g in gold_dates))
        counts["value_ok"] += sum(1 for t in preds if t.value and any(overlap(t, g) and g[3] == t.value.value
                                                                       for g in gold_dates))
    c = counts
    strict_p, strict_r = c["strict"] / max(1, c["pred"]), c["strict"] / max(1, c["gold"])
    relaxed_p, relaxed_r = c["relaxed_pred"] / max(1, c["pred"]), c["relaxed_gold"] / max(1, c["gold"])
    value_p, value_r = c["value_ok"] / max(1, c["pred"]), c["value_ok"] / max(1, c["gold"])
    return {"gold DATE": c["gold"], "predicted": c["pred"],
            "strict P": strict_p, "strict R": strict_r, "strict F1": f1(strict_p, strict_r),
            "relaxed P": relaxed_p, "relaxed R": relaxed_r, "relaxed F1": f1(relaxed_p, relaxed_r),
            "value accuracy": c["value_ok"] / max(1, c["relaxed_pred"]), "value F1": f1(value_p, value_r)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    nlp = load_spacy(Settings().spacy_model)
    files = list(timebank_files())[:args.limit]
    for name, subset in (("TimeBank", [f for f in files if "TimeBank" in f.parts]),
                         ("AQUAINT", [f for f in files if "AQUAINT" in f.parts]), ("both", files)):
        if not subset:
            continue
        result = score([timeml_document(f) for f in subset], nlp)
        shown = "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items())
        print(f"{name:<9} ({len(subset)} docs)  {shown}")


if __name__ == "__main__":
    main()
