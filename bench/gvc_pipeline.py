"""The whole pipeline on the GVC articles: story clustering and casualty summaries against gold.

    .venv/bin/python bench/gvc_pipeline.py [--split test|dev|train] [--limit N] [--errors]

Runs ingest (our JSONL reader, furniture removal included) -> analyze -> link -> assess over the
articles in publication order, into an in-memory workspace, without being told the number of
stories. Prints:
- story clustering B-cubed precision / recall / F1 against gold.event_id;
- per gold incident, whether the story holding most of its articles has a killed and an injured
  best estimate equal to the gold counts (GVC counts include a shooter who was killed or injured;
  the victims-only counts are scored too);
- the incident date: the share of incidents whose story timeline holds the gold incident date.
--errors prints, for the train and dev incidents whose killed or injured best estimate misses the gold, the
figures of their story's casualty categories (test incidents are never printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cache import gvc_ingest_records, jsonl_file  # noqa: E402
from datasets import gvc_records  # noqa: E402
from metrics import bcubed, majority  # noqa: E402

from newstrace import pipeline  # noqa: E402
from newstrace.settings import Settings  # noqa: E402
from newstrace.store import Workspace  # noqa: E402


def best(story: dict, category: str):
    bound = story["casualties"].get(category)
    return bound["best"] if bound else 0


def incident_date(gold: dict) -> str | None:
    try:
        return dt.datetime.strptime(gold["incident_date"], "%B %d, %Y").date().isoformat()
    except (KeyError, TypeError, ValueError):
        return None


def print_casualty_miss(gold: dict, story: dict) -> None:
    """The story's casualty figures, '*' beside those its best estimate rests on."""
    print(f"\n== {gold['event_id']} gold killed {gold['num_killed']} injured {gold['num_injured']}; story "
          f"{story['id']} ({len(story['article_ids'])} articles) killed {best(story, 'killed')} injured {best(story, 'injured')}")
    behind_best = {i for bound in story["casualties"].values() for i in bound.get("best_ids", [])}
    for figure in story["figures"]:
        if figure["category"] in ("killed", "injured", "casualties") and figure.get("period") is None:
            as_of = figure["as_of"]["value"] if figure.get("as_of") else "-"
            print(f"  {figure['category']:<10} {figure['value']!s:>5} {'*' if figure['id'] in behind_best else ' '} "
                  f"{as_of}  {figure['text']!r} ({figure['article_id'][:8]})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["train", "dev", "test"], default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--errors", action="store_true", help="print the casualty misses of train and dev incidents")
    args = parser.parse_args()
    rows = gvc_records(args.split)[:args.limit]
    gold_by_id = {r["id"]: r["gold"] for r in rows}
    gold_split = {r["id"]: r["split"] for r in rows}

    started = time.perf_counter()
    with Workspace(":memory:") as ws, jsonl_file(gvc_ingest_records(rows)) as path:
        dossier, summary = pipeline.run(ws, [path], Settings())
    seconds = time.perf_counter() - started

    doc_of_article = {a["id"]: a["url"] for a in dossier["articles"]}  # the url field carries the GVC id
    story_of_doc = {doc_of_article[aid]: s["id"] for s in dossier["stories"] for aid in s["article_ids"]}
    stories = {s["id"]: s for s in dossier["stories"]}
    scored = [d for d in gold_by_id if d in story_of_doc]
    p, r, f = bcubed({d: story_of_doc[d] for d in scored}, {d: gold_by_id[d]["event_id"] for d in scored})
    print(f"{len(rows)} articles ({args.split or 'all'}), {len(summary.rejections)} rejected, "
          f"{len(stories)} stories for {len({g['event_id'] for g in gold_by_id.values()})} incidents, {seconds:.0f} s")
    print(f"story clustering B-cubed: P {p:.3f}  R {r:.3f}  F1 {f:.3f}")

    incidents: dict[str, list[str]] = {}
    for doc_id in scored:
        incidents.setdefault(gold_by_id[doc_id]["event_id"], []).append(doc_id)
    hits: dict[str, Counter] = defaultdict(Counter)  # per split of the incident, and "all"
    for docs in incidents.values():
        gold = gold_by_id[docs[0]]
        story = stories[majority(story_of_doc[d] for d in docs)]
        killed, injured = best(story, "killed"), best(story, "injured")
        day = incident_date(gold)
        outcome = {"n": 1, "killed": killed == gold["num_killed"], "injured": injured == gold["num_injured"],
                   "both": killed == gold["num_killed"] and injured == gold["num_injured"],
                   "victims_both": killed == gold["victims_killed"] and injured == gold["victims_injured"],
                   "date": any(e["date"]["value"] == day for e in story["timeline"])}
        for key in ("all", gold_split[docs[0]]):
            hits[key].update(outcome)
        if args.errors and gold_split[docs[0]] != "test" and not outcome["both"]:
            print_casualty_miss(gold, story)
    for key in ("all", "train", "dev", "test"):
        h = hits[key]
        if h["n"]:
            n = h["n"]
            print(f"casualty best estimates equal to gold, {key} incidents (n={n}): killed {h['killed'] / n:.3f}  "
                  f"injured {h['injured'] / n:.3f}  both {h['both'] / n:.3f}  "
                  f"(victims-only counts, both: {h['victims_both'] / n:.3f})")
    print(f"incident date in the story timeline: {hits['all']['date'] / hits['all']['n']:.3f}")


if __name__ == "__main__":
    main()
