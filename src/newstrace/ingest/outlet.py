"""Who published an article, from its own text when the metadata does not say; never invented."""

from __future__ import annotations

import re
from typing import Optional

_NAME = r"(?:[A-Z][\w&.'-]*)(?:\s+(?:of\s+|the\s+)?[A-Z][\w&.'-]*){0,4}"
# "SEOUL, Dec 17 (Yonhap) -", "PORT ELLIS, March 4 (Northgate Wire) —", "WASHINGTON (AP) —", "SALEM, Mass. —",
# "BRISTOL, England, Nov 3 (West Country Wire) -",
# "NAPLES, Fla.- ": the place in capitals, a date or a state, the agency, a dash (or a colon) set off by a space
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’-]*[A-Z.](?: [A-Z][A-Z.'’-]*){0,4}"
    r"(?:,\s*[A-Z][\w.]*\.?(?:\s+\d{1,2}(?:,\s*\d{4})?)?){0,2}\s*(?:\((" + _NAME + r")\))?"
    r"(?:\s+[-–—:]+|[-–—:]+(?=\s))\s*")
# "By Jane Roe, Harbor Ledger" / "By Jane Roe | Harbor Ledger"
_BYLINE = re.compile(r"^By\s+((?:[A-Z][\w.'-]*\s*){1,4}?)\s*(?:,|\||—|–|-)\s*(?:[Tt]he\s+)?(" + _NAME + r")\s*$")
_BYLINE_ONLY = re.compile(r"^By\s+((?:[A-Z][\w.'-]*\s*){1,4})$")
# "The Valley Courier could not independently verify ..."
_SELF = re.compile(r"\b[Tt]he\s+(" + _NAME + r")\s+(?:could not|couldn't|was unable to|has not been able to|"
                   r"cannot|can't)\s+(?:independently\s+)?(?:confirm|verify)")


def find_byline(paragraphs: list[str]) -> tuple[Optional[str], Optional[str]]:
    """(byline, outlet named in it) from the first paragraphs."""
    for paragraph in paragraphs[:3]:
        match = _BYLINE.match(paragraph.strip())
        if match:
            return paragraph.strip(), match.group(2).strip()
        if _BYLINE_ONLY.match(paragraph.strip()):
            return paragraph.strip(), None
    return None, None


def find_outlet(metadata: Optional[str], paragraphs: list[str]) -> tuple[Optional[str], Optional[str]]:
    """(outlet, evidence): metadata, a dateline, a byline or the article's self-reference."""
    if metadata:
        return metadata, "metadata"
    wire = dateline_outlet("\n\n".join(paragraphs[:3]))
    if wire:
        return wire, "dateline"
    _, byline_outlet = find_byline(paragraphs)
    if byline_outlet:
        return byline_outlet, "byline"
    for paragraph in paragraphs:
        match = _SELF.search(paragraph)
        if match:
            return match.group(1).strip(), "self-reference"
    return None, None


def dateline(text: str, start: int = 0, end: Optional[int] = None) -> Optional[re.Match]:
    """The dateline opening `text[start:end]`, if any: it dates and places the report, it is not what the report
    says ("PORT ELLIS, March 4 (Northgate Wire) - At least 12 people ...")."""
    return _DATELINE.match(text, start, len(text) if end is None else end)


def dateline_outlet(text: str) -> Optional[str]:
    """The agency credited in a dateline at the start of a text ("PORT ELLIS, March 4 (Northgate Wire) -")."""
    for paragraph in text.split("\n\n")[:3]:
        match = dateline(paragraph.strip())
        if match and match.group(1):
            return match.group(1).strip()
    return None
