"""Per-article analysis on our own sentences: attributions, hedges, figures, dates, entities."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from newstrace.analyze import analyze_article
from newstrace.model import Article
from newstrace.settings import Settings
from texts import analyze_text

TUESDAY = dt.date(2024, 12, 17)
# The DESIGN.md section 1 situation, in our own words.
WORKED = (
    "SEOUL, Dec 17 (Lantern News) - Ukrainian President Volodymyr Zelensky said on Monday that Russia was "
    "trying to hide the losses of these people by burning the faces of dead soldiers.\n\n"
    "\"They burn the faces so nobody can count them,\" he said in his nightly address.\n\n"
    "Ukraine's military intelligence agency (HUR) said at least 30 North Korean soldiers were killed or wounded "
    "in fighting in the Kursk region. On Saturday, the agency said some 200 Russian and North Korean soldiers "
    "were killed.\n\n"
    "North Korea sent over 10,000 troops to Russia in August, and they joined combat in early November, "
    "Pentagon spokesperson Major General Patrick Ryder confirmed.\n\n"
    "A 30-second video released by Zelensky on Tuesday purportedly shows soldiers burning a face.\n\n"
    "The Lantern could not confirm Zelensky's claim or the veracity of the video.")


@pytest.fixture(scope="module")
def worked(nlp):
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    article = Article(id="w", source="w.txt", text=WORKED, published=TUESDAY, content_hash="w")
    return analyze_article(article, settings)


def _attribution(analysis, words):
    return next(a for a in analysis.attributions if words in a.content)


def test_the_presidents_statements_and_the_pronoun_resolve_to_him(worked):
    indirect = _attribution(worked, "trying to hide the losses")
    direct = _attribution(worked, "They burn the faces")
    assert indirect.claimant.name == direct.claimant.name == "Volodymyr Zelensky"
    assert (indirect.kind, direct.kind) == ("indirect", "direct")
    assert indirect.stated_on.value == "2024-12-16" and indirect.stated_on_source == "sentence"
    assert WORKED[slice(*direct.content_span)] == direct.content


def test_an_agency_with_its_acronym_and_a_confirmation(worked):
    agency = _attribution(worked, "at least 30 North Korean soldiers")
    assert agency.claimant.name == "Ukraine's military intelligence agency"
    entity = next(e for e in worked.entities if e.name == "Ukraine's military intelligence agency")
    assert "HUR" in entity.aliases
    confirmation = _attribution(worked, "over 10,000 troops")
    assert confirmation.stance == "confirms" and confirmation.claimant.name == "Patrick Ryder"
    ryder = next(e for e in worked.entities if e.name == "Patrick Ryder")
    assert ryder.affiliation == "Pentagon"


def test_the_outlets_verification_note_is_linked_to_the_presidents_claims(worked):
    (note,) = worked.verifications
    assert note.kind == "could-not-verify"
    about = {a.id: a for a in worked.attributions}
    # his claims, and the video he released that "purportedly shows" what he said
    assert {about[i].claimant.name for i in note.about} == {"Volodymyr Zelensky", "Volodymyr Zelensky video"}
    assert any(h.kind == "could-not-verify" for h in _attribution(worked, "trying to hide").hedges)


def test_figures_with_scope_and_no_figure_for_a_video_length(worked):
    figures = {f.number_text: f for f in worked.figures}
    wounded = figures["30"]
    assert (wounded.category, wounded.low, wounded.high, wounded.qualifier) == ("casualties", 30, None, "at least")
    assert wounded.subject == "North Korean soldiers" and wounded.measure == "killed or wounded"
    killed = figures["200"]
    assert killed.category == "killed" and killed.qualifier == "some" and killed.as_of.value == "2024-12-14"
    assert figures["10,000"].category == "troops"
    assert not any("30-second" in f.text and f.category != "other" for f in worked.figures)


@pytest.mark.parametrize("phrase, value, precision, mod", [
    ("Saturday", "2024-12-14", "day", None), ("Monday", "2024-12-16", "day", None),
    ("Tuesday", "2024-12-17", "day", None), ("August", "2024-08", "month", None),
    ("early November", "2024-11", "month", "early"),
])
def test_dates_resolve_against_the_article_date(worked, phrase, value, precision, mod):
    ref = next(t for t in worked.timerefs if t.text == phrase)
    assert (ref.value.value, ref.value.precision, ref.value.mod) == (value, precision, mod)


@pytest.mark.parametrize("sentence, claimant, kind, stance", [
    ("\"We will rebuild,\" the mayor said, \"and we will do it this year.\"", "the mayor", "direct", "asserts"),
    ("According to the fire service, the blaze started in a kitchen.", "fire service", "indirect", "asserts"),
    ("The minister denied that the report had been hidden from parliament.", "the minister", "indirect", "denies"),
    ("Mayor Ines Dal called the attack \"a cowardly act against our town\" on Friday.", "Ines Dal", "partial", "asserts"),
    ("A senior official, who spoke on condition of anonymity, said the talks had stalled.", "a senior official", "indirect", "asserts"),
    ("Police estimated that 3,000 people joined the march.", "Police", "indirect", "estimates"),
])
def test_attribution_constructions(nlp, sentence, claimant, kind, stance):
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    article = Article(id="s", source="s.txt", text=sentence, published=TUESDAY, content_hash="s")
    (attribution,) = analyze_article(article, settings).attributions
    assert claimant in attribution.claimant.name
    assert (attribution.kind, attribution.stance) == (kind, stance)


def test_nested_report_keeps_the_claimant_and_the_relay(nlp):
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    text = "Gannet Wire reported that Defence Minister Ola Brandvik said the border posts would reopen."
    article = Article(id="n", source="n.txt", text=text, published=TUESDAY, content_hash="n")
    (attribution,) = analyze_article(article, settings).attributions
    assert attribution.claimant.name == "Ola Brandvik" and attribution.relayed_from == "Gannet Wire"


def test_said_as_an_adjective_is_no_attribution(nlp):
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    text = "The said vehicle was towed away from the bridge after the crash."
    article = Article(id="x", source="x.txt", text=text, published=TUESDAY, content_hash="x")
    assert analyze_article(article, settings).attributions == []


def test_a_title_later_in_the_article_is_a_mention_of_its_holder(nlp):
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    text = ("Ukrainian President Volodymyr Zelensky spoke on Monday. Zelensky said the losses were hidden. "
            "The Ukrainian president added that more aid was needed.")
    analysis = analyze_article(Article(id="r", source="r.txt", text=text, published=TUESDAY, content_hash="r"), settings)
    zelensky = next(e for e in analysis.entities if e.name == "Volodymyr Zelensky")
    assert {"Zelensky", "the Ukrainian president"} <= set(zelensky.aliases)
    assert analysis.attributions[-1].claimant.name == "Volodymyr Zelensky"


@pytest.mark.parametrize("text", [
    "Anja Kerr, the director of Velmora General Hospital, said 35 people had died.",
    "The director of Velmora General Hospital, Anja Kerr, said 35 people had died.",
])
def test_a_title_in_apposition_is_the_persons_and_a_hospital_is_a_body(nlp, text):
    analysis = analyze_text(text, TUESDAY)
    kerr = next(e for e in analysis.entities if e.name == "Anja Kerr")
    assert (kerr.role, kerr.affiliation) == ("director of Velmora General Hospital", "Velmora General Hospital")
    assert next(e for e in analysis.entities if e.name == "Velmora General Hospital").type == "ORG"
    assert analysis.attributions[0].claimant.entity == kerr.id


def test_a_name_in_apposition_to_a_business_noun_is_a_company_the_company_refers_back_to(nlp):
    analysis = analyze_text("Telvio, the mobile carrier, said on Monday that hackers had stolen customer data.\n\n"
                            "The company said no payment data was taken.", TUESDAY)
    telvio = next(e for e in analysis.entities if e.name == "Telvio")
    assert telvio.type == "ORG"
    assert [a.claimant.entity for a in analysis.attributions] == [telvio.id, telvio.id]


@pytest.mark.parametrize("later, holder", [
    ("The Ukrainian president added that more aid was needed.", "Volodymyr Zelensky"),
    ("The Cuban leader added that the boy would fly home.", "Fidel Castro"),
    ("The Russian president added that more aid was needed.", None),
])
def test_a_title_with_its_country_names_the_one_holder_of_it_among_several(nlp, later, holder):
    settings = dataclasses.replace(Settings(), use_embeddings=False)
    text = ("Ukrainian President Volodymyr Zelensky met Cuban President Fidel Castro on Monday. " + later)
    analysis = analyze_article(Article(id="r", source="r.txt", text=text, published=TUESDAY, content_hash="r"), settings)
    named = [e.name for e in analysis.entities if any(a.startswith("The ") or a.startswith("the ") for a in e.aliases)]
    assert named == ([holder] if holder else [])


def test_one_place_tagged_two_ways_in_an_article_is_one_entity_and_a_first_word_is_no_name(nlp):
    text = ("PORT ELLIS, March 3 - A ferry capsized off Port Ellis late on Sunday, the coast guard said.\n\n"
            "Coast guard commander Ilsa Brandt said 41 people were rescued.\n\n"
            "The ferry was sailing between Port Ellis and the island of Tarn, according to the operator.")
    analysis = analyze_article(Article(id="t", source="t.txt", text=text, published=dt.date(2025, 3, 3),
                                       content_hash="t"), dataclasses.replace(Settings(), use_embeddings=False))
    names = [e.name for e in analysis.entities]
    assert names.count("Port Ellis") == 1 and "Coast" not in names
    brandt = next(e for e in analysis.entities if e.name == "Ilsa Brandt")
    assert brandt.affiliation is None


def test_a_head_in_apposition_is_a_title(nlp):
    analysis = analyze_text("The Tarn Relief Society said 60 teams had been sent. Its head, Farida Osei, said the "
                            "teams had pulled 85 people out.")
    assert {e.name: e.role for e in analysis.entities if e.type == "PERSON"} == {"Farida Osei": "Its head"}


def test_the_town_of_a_name_is_a_place_whatever_the_tagger_took_it_for(nlp):
    analysis = analyze_text("Militants ambushed a convoy heading to the besieged town of Djibo on Friday. Floods hit "
                            "the village of Mwanza Ngoma and the district of Chikwawa.")
    types = {e.name: e.type for e in analysis.entities}
    assert [types.get(name) for name in ("Djibo", "Mwanza Ngoma", "Chikwawa")] == ["GPE", "GPE", "GPE"]


def test_a_name_ends_before_a_bracket_it_does_not_close_and_a_dateline_is_no_name(nlp):
    analysis = analyze_text("STOCKPORT (Northwire) - Two men were killed when a lorry hit their car on the M60 on "
                            "Friday, Greater Manchester Police said. The Federation of Transport Workers' Unions "
                            "(FZZT) called for a review.")
    names = {e.name: e.aliases for e in analysis.entities}
    assert not any("(" in name or "Northwire" in name for name in names)
    assert "FZZT" in names["Federation of Transport Workers' Unions"]
    # the station of a dateline is no acronym of its town
    analysis = analyze_text("INDIANAPOLIS (WKTV) -- A boy was shot on the east side, IMPD said.")
    assert not any("WKTV" in e.aliases for e in analysis.entities)
