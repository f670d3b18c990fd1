"""Temporal expressions in modern local news: the GVC date gold of bench/gold/timex-gvc.jsonl.

    .venv/bin/python bench/timex_gvc.py

30 GVC articles (2013-2017) annotated in TimeML by a session that neither ran nor read the system
(bench/gold/TIMEX_GUIDELINES.md), each resolved against its publication date. Two scores:
- DATE, scored exactly as bench/timebank.py scores TimeBank (detection strict/relaxed, value F1);
- the day of DATE and TIME together: "Saturday night" is TIME 2016-07-23TNI in TimeML and a date of
  2016-07-23 for us, so a TIME gold counts as its calendar day (the part before "T"), our dates and times
  are both scored, and a prediction is right when it overlaps a DATE or TIME gold and gives that value.
Rows per gold split (dev, test) and for both.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from datasets import gvc_records  # noqa: E402
from timebank import score  # noqa: E402

from newstrace.analyze.resources import load_spacy  # noqa: E402
from newstrace.settings import Settings  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "timex-gvc.jsonl"


def documents(split: str) -> tuple[list, list]:
    """(DATE-only docs, DATE-and-TIME-as-day docs), each doc (text, publication date, gold tuples)."""
    texts = {r["id"]: r["text"] for r in gvc_records()}
    dates, days = [], []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if split not in ("all", entry["split"]):
            continue
        text, dct = texts[entry["doc"]], dt.date.fromisoformat(entry["dct"])
        gold = [(t["span"][0], t["span"][1], t["type"], t["value"]) for t in entry["timexes"]]
        dates.append((text, dct, gold))
        days.append((text, dct, [(s, e, "DATE", v.split("T")[0]) for s, e, kind, v in gold if kind in ("DATE", "TIME")]))
    return dates, days


def main() -> None:
    nlp = load_spacy(Settings().spacy_model)
    for split in ("dev", "test", "all"):
        dates, days = documents(split)
        for name, docs, kinds in (("DATE", dates, ("date",)), ("DATE+TIME day", days, ("date", "time"))):
            result = score(docs, nlp, kinds)
            shown = "  ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in result.items())
            print(f"{split:<4} {name:<13} ({len(docs)} docs)  {shown}")


if __name__ == "__main__":
    main()
