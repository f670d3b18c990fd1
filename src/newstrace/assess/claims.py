"""Claim status and source independence.

`independent_sources` counts the distinct original sources behind a claim: the claimant itself
(however many outlets relay or quote it: wire copy, near-copies and "X reported" count once), plus
each other claimant who independently asserts or confirms the same statement.

Status, first rule that holds (a fact-checker's order: an open dispute first, then new evidence,
then missing evidence):
1. contested: another party denies or contradicts it;
2. confirmed: an independent party confirms it, or the claim is itself a confirmation;
3. unverified: an outlet says it could not verify it, or it rests on "purportedly", "allegedly",
   "without evidence";
4. corroborated: two or more independent sources;
5. single-source.
"""

from __future__ import annotations

import re

from newstrace.analyze.lexicon import DENIED_REFERENCE, without_article
from newstrace.link.claims import DENIAL_REACH, plain_words, same_facts, same_toll, similarity, word_overlap
from newstrace.model import Article, ArticleAnalysis, Attribution, Claim, Report

DENIAL_MATCH = 0.45  # embedding cosine for a denial to answer a statement just before it (same topic, plain words)
SUPPORTS = 0.8  # embedding cosine for another claimant's statement to back this one (topic alone reaches 0.7)
_DOUBT_HEDGES = {"could-not-verify", "unverified", "purportedly", "allegedly", "no-evidence"}


def assess_claims(claims: list[Claim], articles: list[Article], analyses: list[ArticleAnalysis]) -> None:
    attributions = {(an.article_id, at.id): at for an in analyses for at in an.attributions}
    order = {an.article_id: [at.id for at in an.attributions] for an in analyses}
    claim_of = {(r.article_id, r.attribution_id): c for c in claims for r in c.reports}
    # per claim, the other sources backing, confirming or denying it: source identity -> the name to show
    support: dict[str, dict[str, str]] = {c.id: {} for c in claims}
    confirmers: dict[str, dict[str, str]] = {c.id: {} for c in claims}
    deniers: dict[str, dict[str, str]] = {c.id: {} for c in claims}
    for claim in claims:
        for other in claims:
            if other is claim or same_source(other, claim) or _relays(other, claim) or _relays(claim, other) or \
                    _through_its_outlet(other, claim) or _through_its_outlet(claim, other):
                continue
            if _alike(claim, other, attributions):
                target = {"denies": deniers, "confirms": confirmers}.get(_stance(other), support)
                if _stance(claim) != "denies":
                    target[claim.id].setdefault(source_identity(other), other.claimant.name)
        if _stance(claim) == "denies":
            denied = _denied(claim, claims, claim_of, order, attributions)
            for target_claim in denied:
                deniers[target_claim.id].setdefault(source_identity(claim), claim.claimant.name)
            if len(denied) == 1 and DENIED_REFERENCE.match(claim.summary):
                claim.summary = _denial_summary(claim, denied[0])
    for claim in claims:
        backing = {**support[claim.id], **confirmers[claim.id]}
        claim.sources = _distinct_names([claim.claimant.name, *sorted(backing.values())])
        claim.independent_sources = len(claim.sources)
        claim.status, claim.status_reason = _status(claim, set(deniers[claim.id].values()),
                                                    set(confirmers[claim.id].values()), attributions)


def _distinct_names(names: list[str]) -> list[str]:
    """Sources under one name are one source: "Kestravia" twice, because an article's tagger took the country for a
    person, is no corroboration."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(without_article(name).lower(), name)
    return list(seen.values())


def source_identity(claim: Claim) -> str:
    """Who stands behind a claim: its source's entity or name ("police" and "Officer Jane Roe" of one agency are
    one source)."""
    who = claim.source or claim.claimant
    return who.entity_id or who.name.lower()


def same_source(a: Claim, b: Claim) -> bool:
    """One source, though only one of the two was tied to a story entity ("Ardelle Bridgeways Ltd" in each)."""
    return source_identity(a) == source_identity(b) or _source_name(a) == _source_name(b)


def _source_name(claim: Claim) -> str:
    return without_article((claim.source or claim.claimant).name).lower()


def _relays(passer: Claim, source: Claim) -> bool:
    """'The engineer said inspectors had warned ...': the engineer passes the inspectors' words on; one source."""
    return all(r.relayed_from == passer.claimant.name for r in source.reports)


def _through_its_outlet(passed: Claim, claim: Claim) -> bool:
    """ "His lawyer told the Gazette that ..." in a wire story, beside the Gazette's own report of the lawyer: the
    words came through the outlet that carries the claim, so they are the same report, not a second source."""
    return all(any(_names_outlet(name, outlet) for name in _passed_through(r) for outlet in claim.outlets)
               for r in passed.reports)


def _passed_through(report: Report) -> list[str]:
    """Whom a report's words came through: its relay, and whom its speaker gave them to ("told the Kelston
    Gazette"): no relay in the analysis, but the same report when that outlet carries it too."""
    return [name.strip() for name in (report.relayed_from, report.addressee) if name]


_GENERIC_OUTLET_WORDS = {"the", "news", "press", "service", "agency", "wire", "media", "network", "daily", "online"}


def _names_outlet(name: str, outlet: str) -> bool:
    """ "the Gazette" / "Kelston Gazette" and kelstongazette.example; "Atlas Press Service" and atlaspress.example."""
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in _GENERIC_OUTLET_WORDS] or \
        re.findall(r"[a-z]+", name.lower())
    squeezed = re.sub(r"[^a-z]", "", outlet.lower())
    return bool(words) and all(len(w) > 2 and w in squeezed for w in words)


def _stance(claim: Claim) -> str:
    """A claim is a confirmation or a denial when any outlet reports it as one; else as its first report."""
    stances = {r.stance for r in claim.reports}
    return next((s for s in ("denies", "confirms") if s in stances), claim.reports[0].stance)


def _alike(a: Claim, b: Claim, attributions) -> bool:
    """Whether b says what a says: nearly the same words or meaning; or, when b confirms, the same toll on the same
    topic ("emergency services confirmed that nine people were killed at the depot" confirms "the strike killed at
    least nine people"). The same toll alone does not make two other statements corroborate each other: on GVC it
    joined "police" and "authorities", one source named two ways, and a page's "STORY:" banner."""
    first = attributions[(a.reports[0].article_id, a.reports[0].attribution_id)]
    second = attributions[(b.reports[0].article_id, b.reports[0].attribution_id)]
    return similarity(first, second) >= SUPPORTS or (
        word_overlap(first.content, second.content) >= 0.6 and same_facts(first.content, second.content)) or (
        _stance(b) == "confirms" and same_toll(first.content, second.content)
        and similarity(first, second) >= DENIAL_MATCH)


def _denial_summary(denial: Claim, denied: Claim) -> str:
    """ "rejected a claim" says what only with the claim it answers: "rejected a claim of Ostmark's defence ministry:
    the depot supplied army units in the region"."""
    return f"{denial.reports[0].cue} {denial.summary} of {denied.claimant.name}: {denied.summary}"


def _denied(denial: Claim, claims: list[Claim], claim_of, order, attributions) -> list[Claim]:
    """What a denial contests: the claims of a claimant it names ("denied Varga's accusation"), else,
    for a bare "X denied the report", the statement reported just before it in that article."""
    named = [c for c in claims if c is not denial and not same_source(c, denial) and _stance(c) != "denies"
             and any(_names_statement_of(c.claimant.name, r.sentence) for r in denial.reports)]
    denied_words = {w for r in denial.reports for w in plain_words(r.text)}
    # "Police denied that tear gas was used" contests "police had used tear gas on peaceful pickets"
    named += [c for c in claims if c is not denial and c not in named and not same_source(c, denial)
              and _stance(c) != "denies" and len(denied_words) >= 2
              and len(denied_words & plain_words(c.summary)) >= 0.7 * len(denied_words)]
    if named:
        return named
    found = []
    for report in denial.reports:
        ids = order[report.article_id]
        earlier = ids[:ids.index(report.attribution_id)]
        generic = bool(DENIED_REFERENCE.match(report.text.strip()))
        for attribution_id in list(reversed(earlier))[:DENIAL_REACH]:
            target = claim_of.get((report.article_id, attribution_id))
            if target is None or same_source(target, denial):
                continue
            # "X denied the report" answers the statement before it; "the vessel was overloaded" answers
            # "the ferry carried far more passengers than allowed" by meaning
            if generic or similarity(attributions[(report.article_id, report.attribution_id)],
                                     attributions[(report.article_id, attribution_id)]) >= DENIAL_MATCH:
                found.append(target)
                break
    return found


_STATEMENT_NOUNS = r"(?:claims?|accusations?|allegations?|statements?|remarks?|assertions?|account|report|charges?)"


def _names_statement_of(name: str, sentence: str) -> bool:
    """ "Varga's accusation", "the claim by Varga": the sentence points at that claimant's words."""
    surname = re.escape(name.split()[-1])
    return bool(re.search(rf"\b{surname}['’]s\s+(?:\w+\s+)?{_STATEMENT_NOUNS}\b|\b{_STATEMENT_NOUNS}\s+(?:made\s+)?by\s+"
                          rf"(?:\w+\s+){{0,3}}{surname}\b", sentence))



def _status(claim: Claim, deniers: set[str], confirmers: set[str], attributions) -> tuple[str, str]:
    outlets = len(claim.outlets)
    carried = f"carried by {outlets} outlet{'s' if outlets != 1 else ''}"
    doubts = sorted({h for r in claim.reports for h in r.hedges if _hedge_kind(r, h, attributions) in _DOUBT_HEDGES})
    if deniers:  # a claim both denied and reported with doubt is contested, and says both
        doubted = f"; reported with doubt: {'; '.join(doubts)}" if doubts else ""
        return "contested", f"denied or contradicted by {', '.join(sorted(deniers))}{doubted}"
    if _stance(claim) == "confirms" and not _confirms_itself(claim):
        return "confirmed", f"{claim.claimant.name} confirmed it ({carried})"
    if confirmers:
        return "confirmed", f"confirmed by {', '.join(sorted(confirmers))}"
    if doubts:
        return "unverified", f"reported with doubt: {'; '.join(doubts)} ({carried})"
    if claim.independent_sources >= 2:
        return "corroborated", f"{claim.independent_sources} independent sources: {', '.join(claim.sources)}"
    relays = sorted({without_article(r.relayed_from) for r in claim.reports if r.relayed_from})
    relay_note = f", relayed from {', '.join(relays)}" if relays else ""
    return "single-source", f"rests on {(claim.source or claim.claimant).name} alone ({carried}{relay_note})"


def _confirms_itself(claim: Claim) -> bool:
    """ "would call the permanent secretary on 18 November" on Wednesday, "confirmed that she had been called" on
    Thursday: a claimant repeating its own statement a day later is no confirmation of it."""
    def day(report: Report) -> str:
        return report.stated_on.value if report.stated_on else ""

    confirmed_on = min(day(r) for r in claim.reports if r.stance == "confirms")
    return any(r.stance != "confirms" and day(r) and day(r) < confirmed_on for r in claim.reports)


def _hedge_kind(report, hedge_text: str, attributions) -> str:
    attribution: Attribution = attributions[(report.article_id, report.attribution_id)]
    return next((h.kind for h in attribution.hedges if h.text == hedge_text), "")
