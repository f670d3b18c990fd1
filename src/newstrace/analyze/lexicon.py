"""Curated word lists for attribution: reporting verbs with their stance, hedges, anonymous sources."""

from __future__ import annotations

import re

# lemma -> stance of the reporting cue
CUE_STANCE = {
    **dict.fromkeys("say tell add state note explain write announce declare report reply respond answer "
                    "remark comment recall describe stress emphasize emphasise insist_on testify post tweet "
                    "argue suggest predict vow promise pledge threaten urge call".split(), "asserts"),
    **dict.fromkeys("claim insist maintain contend assert".split(), "claims"),
    **dict.fromkeys("allege".split(), "alleges"),
    **dict.fromkeys("confirm acknowledge verify admit concede".split(), "confirms"),
    **dict.fromkeys("deny reject dismiss refute dispute rebut contradict".split(), "denies"),
    **dict.fromkeys("estimate calculate reckon".split(), "estimates"),
    **dict.fromkeys("warn caution".split(), "warns"),
    **dict.fromkeys("accuse blame charge".split(), "accuses"),
}
# reporting verbs whose object (not only a clause) is what was said: "denied the report"
OBJECT_CUES = {"confirm", "deny", "reject", "dismiss", "refute", "dispute", "acknowledge", "announce",
               "estimate", "report", "admit", "verify", "claim", "put"}
# cues that a news organization uses to relay another's statement
RELAY_CUES = {"report", "quote", "cite", "publish", "broadcast", "air"}

PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"they", "it", "we"}

ANONYMOUS = re.compile(
    r"\b(?:officials?|sources?|people|person|diplomats?|aides?|insiders?|witnesses|residents|analysts|"
    r"spokes(?:person|man|woman)|representatives?)\b.*\b(?:familiar with|close to|who (?:spoke|asked|requested|"
    r"declined)|speaking on condition|not authori[sz]ed|anonymity)|"
    r"^(?:an?|one|two|three|several|some|many|other)\s+(?:\w+\s+){0,4}(?:officials?|sources?|diplomats?|aides?|"
    r"insiders?|officers?|spokes(?:person|man|woman)|witnesses|residents)\b|^(?:sources|witnesses|officials|residents)\b",
    re.IGNORECASE)

HEDGES = [
    (r"\bpurported(?:ly)?\b", "purportedly"),
    (r"\balleged(?:ly)?\b", "allegedly"),
    (r"\breported(?:ly)?\b(?! (?:that|to|on|by))", "reportedly"),
    (r"\bapparent(?:ly)?\b|\bappear(?:s|ed)? to\b|\bseem(?:s|ed)? to\b", "appears"),
    (r"\b(?:could|can|was|were|has|have) not (?:be )?(?:able to )?(?:independently )?(?:confirm|verify)(?:ed)?\b|"
     r"\b(?:couldn't|cannot|can't|was unable to|were unable to|has been unable to) (?:independently )?(?:confirm|verify)\b|"
     r"\bnot (?:been )?independently (?:confirmed|verified)\b", "could-not-verify"),
    (r"\bunverified\b|\bunconfirmed\b", "unverified"),
    (r"\bestimated\b|\ban estimate\b", "estimated"),
    (r"\b(?:on|under) (?:the )?condition of anonymity\b|\bwho (?:asked|requested) not to be (?:named|identified)\b|"
     r"\bnot authori[sz]ed to (?:speak|comment)\b|\bfamiliar with the matter\b", "anonymous"),
    (r"\bwithout (?:providing |offering |giving |citing )?(?:any )?evidence\b", "no-evidence"),
]
HEDGE_PATTERNS = [(re.compile(p, re.IGNORECASE), kind) for p, kind in HEDGES]

VERIFY_STATEMENT = re.compile(
    r"\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|has not been able to|have not been able to)"
    r" (?:immediately )?(?:independently )?(?:confirm|verify)", re.IGNORECASE)
