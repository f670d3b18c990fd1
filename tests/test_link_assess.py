"""Linking and assessment across articles, on small invented corpora: one scenario per workspace.

Each scenario is a handful of short dated articles from invented outlets, run through the whole
pipeline (default Settings, embeddings on) once per module; each test checks one behaviour of the
resulting dossier: stories, entities, claims with their independence and status, figure updates and
conflicts, the casualty summary, date conflicts and the timeline.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest

from newstrace import pipeline
from newstrace.assess import date_conflict
from newstrace.assess.claims import same_source
from newstrace.assess.figures import casualty_summary, updates_and_conflicts
from newstrace.link.claims import StoryWording, same_facts, statement_score
from newstrace.link.figures import group_key, subject_key
from newstrace.link.sources import _one_key_per_organization, same_organization
from newstrace.model import (Attribution, Claim, Claimant, DateValue, EntityRef, Figure, Report, StoryEntity,
                             StoryFigure)
from newstrace.present.export import export_claims_csv, export_figures_csv
from newstrace.store import Workspace

# --------------------------------------------------------------------------- building and reading scenarios


@dataclass(frozen=True)
class Item:
    """One invented article: a JSONL record when it has an outlet, else a dated text file whose outlet
    the pipeline reads from the text itself (a wire dateline, a byline)."""

    name: str
    date: str
    text: str
    outlet: Optional[str] = None
    title: Optional[str] = None


def write_corpus(folder: Path, items: list[Item]) -> Path:
    """One file per item, named after it, so the ingest order is the order of the names."""
    folder.mkdir(parents=True)
    for item in items:
        if item.outlet is None:
            (folder / f"{item.name}.txt").write_text(f" date {item.date} {item.text}", encoding="utf-8")
        else:
            record = {"title": item.title, "date": item.date, "outlet": item.outlet, "text": item.text,
                      "url": f"https://example.org/{item.name}"}
            (folder / f"{item.name}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


class Scenario:
    """One workspace and its runs; lookups read the latest run's dossier unless told `run=`."""

    def __init__(self, root: Path, settings):
        self.root, self.settings = root, settings
        self.workspace = Workspace(root / "ws.db")
        self.folders: list[Path] = []
        self.runs: list[tuple[dict, pipeline.RunSummary]] = []

    def add(self, items: list[Item]) -> "Scenario":
        self.folders.append(write_corpus(self.root / f"corpus-{len(self.folders) + 1}", items))
        return self.rerun(len(self.folders) - 1)

    def rerun(self, folder: int) -> "Scenario":
        self.runs.append(pipeline.run(self.workspace, [str(self.folders[folder])], self.settings))
        return self

    @property
    def dossier(self) -> dict:
        return self.runs[-1][0]

    def article_id(self, name: str) -> str:
        (found,) = [a["id"] for a in self.dossier["articles"]
                    if a["url"] == f"https://example.org/{name}" or Path(a["source"]).stem == name]
        return found

    def article_ids(self, *names: str) -> set[str]:
        return {self.article_id(name) for name in names}

    def story_of(self, name: str, run: int = -1) -> dict:
        article_id = self.article_id(name)
        (story,) = [s for s in self.runs[run][0]["stories"] if article_id in s["article_ids"]]
        return story

    def claim_saying(self, words: str) -> dict:
        """The one claim with a report whose content contains these words."""
        found = [c for s in self.dossier["stories"] for c in s["claims"]
                 if any(words.lower() in r["text"].lower() for r in c["reports"])]
        assert len(found) == 1, f"{len(found)} claims say {words!r}: {[c['summary'] for c in found]}"
        return found[0]

    def figure(self, name: str, text: str) -> dict:
        article_id = self.article_id(name)
        (found,) = [f for s in self.dossier["stories"] for f in s["figures"]
                    if f["article_id"] == article_id and text in f["text"]]
        return found


@pytest.fixture(scope="module")
def scenario(tmp_path_factory, settings):
    """scenario(items) -> a fresh workspace that has run on these items; all closed with the module."""
    opened: list[Scenario] = []

    def build(items: list[Item]) -> Scenario:
        opened.append(Scenario(tmp_path_factory.mktemp("scenario"), settings).add(items))
        return opened[-1]

    yield build
    for each in opened:
        each.workspace.close()


def scenario_fixture(items: list[Item]):
    """A module-scoped fixture: a workspace that has run once on these items."""
    return pytest.fixture(scope="module")(lambda scenario: scenario(items))


def reports_of(claim: dict) -> set[str]:
    return {r["article_id"] for r in claim["reports"]}


def entity_named(story: dict, name: str) -> dict:
    (found,) = [e for e in story["entities"] if e["name"] == name]
    return found


# --------------------------------------------------------------------------- one claimant, several statements

MINE = [
    Item("mine-1", "2025-06-10", outlet="Ridge Courier", title="Two missing after tunnel collapse",
         text="Mine director Robert Hayes said two workers were missing after part of a tunnel collapsed at the "
              "Brenna copper mine.\n\nHayes said the rescue teams would keep digging through the night until they "
              "reached the trapped men."),
    Item("mine-2", "2025-06-10", outlet="Valley Wire", title="Tunnel caves in at Brenna mine",
         text="A tunnel caved in at the Brenna copper mine, and mine director Robert Hayes said two workers were "
              "missing.\n\nRescuers would go on digging all night until they got to the trapped miners, "
              "Hayes said."),
    Item("mine-3", "2025-06-11", outlet="Ridge Courier", title="Missing Brenna miners found dead",
         text="Mine director Robert Hayes said the two missing workers had been found dead in the collapsed "
              "tunnel of the Brenna copper mine.\n\nThe mine will stay closed while inspectors look for the "
              "cause, Hayes said."),
]

mine = scenario_fixture(MINE)


def test_a_paraphrase_by_two_outlets_is_one_claim_from_one_source(mine):
    claim = mine.claim_saying("digging")
    assert claim["claimant"]["name"] == "Robert Hayes"
    assert sorted(claim["outlets"]) == ["Ridge Courier", "Valley Wire"]
    assert reports_of(claim) == mine.article_ids("mine-1", "mine-2")
    assert claim["independent_sources"] == 1


def test_different_statements_of_one_claimant_stay_apart(mine):
    missing, dead = mine.claim_saying("two workers were missing"), mine.claim_saying("found dead")
    assert missing["id"] != dead["id"]
    assert missing["claimant"]["name"] == dead["claimant"]["name"] == "Robert Hayes"
    assert reports_of(missing) == mine.article_ids("mine-1", "mine-2")
    assert reports_of(dead) == mine.article_ids("mine-3")


LAUNDROMAT = [
    Item("lau-1", "2025-11-02", outlet="Harbor Times", title="Girl shot outside Pell Street laundromat",
         text="Police said a 12-year-old girl was standing outside the Suds laundromat on Pell Street at 9:40 p.m. "
              "Friday when a gray sedan slowed and someone inside fired several shots.\n\nThe girl was taken to "
              "Mercy Hospital with a wound to her arm, police said.\n\nInvestigators are asking anyone with video "
              "from Pell Street to call the tip line, police said."),
    Item("lau-2", "2025-11-02", outlet="Valley Wire", title="Shots fired at Pell Street laundromat",
         text="The 12-year-old was wounded when shots came from a car that rolled past the laundromat on Pell "
              "Street shortly after 9:40 p.m., police said.\n\nPolice said they have no suspects yet."),
]

laundromat = scenario_fixture(LAUNDROMAT)


def test_a_loose_retelling_of_one_police_account_with_its_particulars_is_one_claim(laundromat):
    """Few words in common and a modest embedding cosine, but the particulars of the account (the laundromat,
    Pell Street, 9:40) are rare in the story, and only one outlet names the wound."""
    account = laundromat.claim_saying("standing outside the Suds laundromat")
    assert reports_of(account) == laundromat.article_ids("lau-1", "lau-2")
    hospital = laundromat.claim_saying("taken to Mercy Hospital")
    assert reports_of(hospital) == laundromat.article_ids("lau-1")


BIRCHWOOD = [
    Item("birch-1", "2025-06-10", outlet="Carlow Ledger", title="Teen wounded at Birchwood Apartments",
         text="A 17-year-old was wounded Tuesday afternoon in a shooting at the Birchwood Apartments in Carlow, police "
              "said.\n\nNeighbors said they heard four shots.\n\nPolice said a 17-year-old was wounded on Tuesday "
              "afternoon in a shooting at the Birchwood Apartments in Carlow. No arrests have been made."),
    Item("birch-2", "2025-06-10", outlet="Valley Wire", title="Shooting at Carlow apartments",
         text="A teenager was hurt in a shooting at the Birchwood Apartments on Tuesday, police said."),
]

birchwood = scenario_fixture(BIRCHWOOD)


def test_a_statement_an_article_tells_twice_is_one_claim_with_both_reports(birchwood):
    (claim,) = [c for c in birchwood.story_of("birch-1")["claims"] if "Birchwood" in c["summary"]]
    assert sorted(r["article_id"] for r in claim["reports"]) == sorted(
        [birchwood.article_id("birch-1")] * 2 + [birchwood.article_id("birch-2")])
    assert claim["independent_sources"] == 1
    rows = csv.DictReader(io.StringIO(export_claims_csv(birchwood.dossier)))
    (row,) = [r for r in rows if r["claim_id"] == claim["id"]]
    once_each = "; ".join(birchwood.article_id(name) for name in ("birch-1", "birch-2"))
    assert (row["reports"], row["article_ids"]) == ("3", once_each)


@pytest.mark.parametrize("first, second", [
    ("Ivo Brandt, 48, of Kelby was hunting from another blind", "48-year-old Ivo Brandt of Kelby was hunting nearby"),
    ("three people were found dead in the house", "officers found 3 people dead"),
])
def test_numbers_written_differently_agree(first, second):
    assert same_facts(first, second)


def test_a_revised_count_is_no_repeat_of_the_count_it_revises():
    """ "about 430,000 patients, up from its earlier estimate of 400,000" says 430,000, not the 400,000 of before."""
    assert not same_facts("about 400,000 patient records had been affected",
                          "the records of about 430,000 patients had been copied, up from its earlier estimate of 400,000")


def test_a_number_shared_by_two_contents_is_one_rare_word_and_another_number_shares_nothing():
    wording = StoryWording(["About 2,000 residents were evacuated", "Some 2000 people had been moved to shelters",
                            "About 3,000 homes were flooded", "The dam held through the night"])
    assert wording.shared_share("About 2,000 residents were evacuated", "some 2000 moved") > 0
    assert wording.shared_share("About 2,000 residents were evacuated", "3,000 flooded") == 0


DUNMORE = [
    Item("dun-1", "2025-05-05", outlet="Harbor Times", title="Boy hurt in hunting accident near Dunmore",
         text="A 14-year-old boy was wounded in the leg while hunting near Dunmore on Saturday.\n\nThe boy was hunting "
              "with his cousin when the rifle fired, said Sgt. Mara Quill with the Dunmore County Sheriff's Office."
              "\n\nOfficials with the sheriff's department said the shooting was an accident."),
    Item("dun-2", "2025-05-05", outlet="Valley Wire", title="Dunmore boy wounded while hunting",
         text="A 14-year-old boy was wounded while hunting near Dunmore on Saturday, the Dunmore County Sheriff's "
              "Office said.\n\nHe was out with his cousin when the rifle went off, deputies said.\n\nThe Dunmore "
              "County Sheriff's Office said the shooting was accidental."),
]

dunmore = scenario_fixture(DUNMORE)


def test_officials_with_an_agency_speak_for_it_and_leave_it_the_storys_one_police_agency(dunmore):
    accident = dunmore.claim_saying("the shooting was an accident")
    assert accident["source"]["name"] == "Dunmore County Sheriff's Office"
    assert reports_of(accident) == dunmore.article_ids("dun-1", "dun-2")
    # with no second agency made of the officials, the deputies are the sheriff's office too
    assert reports_of(dunmore.claim_saying("out with his cousin")) == dunmore.article_ids("dun-1", "dun-2")


CLINIC = [
    Item("clinic-1", "2025-02-03", outlet="Harbor Times", title="FBI hunts suspect in clinic bombing",
         text="FBI officials said the suspect may have fled to Canada after the clinic bombing in Dunmore.\n\n"
              "Hallmark Steel Corp. said its plant near the clinic would stay closed until Monday.\n\n"
              "U.S. officials said the embassy in Ottawa had been told."),
    Item("clinic-2", "2025-02-04", outlet="Valley Wire", title="Suspect in Dunmore bombing may be in Canada",
         text="An FBI official said the suspect may have crossed into Canada after the Dunmore clinic bombing.\n\n"
              "Hallmark Steel chairman Ivo Brandt said the plant near the clinic would stay shut until Monday.\n\n"
              "The U.S. Embassy in Ottawa said it was working with Canadian police."),
]

clinic = scenario_fixture(CLINIC)


def test_officials_of_an_organization_speak_for_it(clinic):
    fled = clinic.claim_saying("fled to Canada")
    assert fled["source"]["name"] == "FBI"
    assert reports_of(fled) == clinic.article_ids("clinic-1", "clinic-2")


def test_a_company_and_its_chairman_are_one_source_and_do_not_corroborate_each_other(clinic):
    plant = clinic.claim_saying("would stay closed until Monday")
    assert reports_of(plant) == clinic.article_ids("clinic-1", "clinic-2")
    assert {r["claimant"] for r in plant["reports"]} == {"Hallmark Steel Corp.", "Ivo Brandt"}
    assert plant["independent_sources"] == 1 and plant["status"] == "single-source"


def test_officials_of_a_country_are_not_its_embassy(clinic):
    told = clinic.claim_saying("the embassy in Ottawa had been told")
    assert told["source"]["name"] == told["claimant"]["name"] == "U.S. officials"


# --------------------------------------------------------------------------- bodies named by what they are

FLOOD = [
    Item("flood-1", "2026-03-02", outlet="River Post", title="Velmora flood kills 14",
         text="Flooding in Velmora killed at least 14 people on Sunday, the regional emergency ministry said on "
              "Monday.\n\nEmergency ministry spokeswoman Ilona Marsh said the water rose faster than anyone "
              "expected.\n\n"
              "The health ministry said 40 people were treated for injuries.\n\n"
              "The interior ministry said 12 looters were arrested overnight."),
    Item("flood-2", "2026-03-02", outlet="Valley Wire", title="Floodwater sweeps through Velmora",
         text="At least 14 people died when floodwater swept through Velmora on Sunday, the emergency ministry "
              "said.\n\nThe Ministry of Health said 40 people had been treated for injuries.\n\n"
              "The ministry said the town's two clinics were full."),
    Item("flood-3", "2026-03-03", outlet="Hill Courier", title="Activists blame dam operator for Velmora flood",
         text="The ministry said the road into the valley was closed.\n\nLocal activists in Velmora claimed that the dam operator had released water without warning, a claim "
              "the operator, Norvale Hydro, denied.\n\nThe Hill Courier could not independently verify the "
              "activists' account."),
]

flood = scenario_fixture(FLOOD)


def test_a_body_named_by_what_it_is_is_one_source_under_a_shorter_name_and_through_its_spokeswoman(flood):
    killed = flood.claim_saying("at least 14 people")
    assert reports_of(killed) == flood.article_ids("flood-1", "flood-2")
    assert killed["source"]["name"] == "regional emergency ministry"
    assert flood.claim_saying("rose faster")["source"] == killed["source"]


def test_a_name_within_two_bodies_of_the_story_is_neither_of_them(flood):
    """ "The ministry said", before the article names any ministry, in a story where the health and the interior
    ministries speak; after "The Ministry of Health said", it is that ministry."""
    treated = flood.claim_saying("treated for injuries")
    assert reports_of(treated) == flood.article_ids("flood-1", "flood-2")
    road = flood.claim_saying("road into the valley")["source"]
    assert road not in (treated["source"], flood.claim_saying("looters")["source"])
    assert flood.claim_saying("clinics were full")["source"] == treated["source"]


def test_a_claim_denied_and_doubted_is_contested_and_says_both(flood):
    released = flood.claim_saying("released water without warning")
    assert released["status"] == "contested"
    assert released["status_reason"] == ("denied or contradicted by Norvale Hydro; reported with doubt: could not "
                                         "independently verify")


KARVO = [
    Item("karvo-1", "2026-05-03", outlet="Coastal Wire", title="Drone strike on Karvo fuel depot kills nine",
         text="KARVO, May 3 (Coastal Wire) - A drone strike on a fuel depot near Karvo killed at least nine people on "
              "Saturday, regional governor Anton Belek said on Sunday."),
    Item("karvo-2", "2026-05-04", outlet="Northgate Herald", title="Karvo strike toll at nine",
         text="Nine people died in a drone strike on a fuel depot in Karvo on Friday, the Coastal Wire reported, "
              "citing regional governor Anton Belek."),
    Item("karvo-3", "2026-05-04", outlet="Eastern Times", title="Karvo hospital says strike toll is higher",
         text="The director of the Karvo central hospital, Mila Renn, said on Monday that 14 people had died after "
              "the drone strike.\n\nRegional governor Anton Belek has put the toll at nine. Karvo emergency "
              "services confirmed that nine people were killed at the depot itself."),
]

karvo = scenario_fixture(KARVO)


def test_a_report_citing_the_claimant_is_his_claim_relayed_and_its_other_day_is_a_date_conflict(karvo):
    strike = karvo.claim_saying("fuel depot")
    assert reports_of(strike) == karvo.article_ids("karvo-1", "karvo-2")
    # the wire, its copy and the report citing it are one source; the emergency services confirm it (below)
    assert strike["claimant"]["name"] == "Anton Belek"
    assert strike["sources"] == ["Anton Belek", "Karvo emergency services"]
    (cited,) = [r for r in strike["reports"] if r["article_id"] == karvo.article_id("karvo-2")]
    assert cited["relayed_from"] == "the Coastal Wire"
    (conflict,) = [c for c in karvo.story_of("karvo-1")["conflicts"] if c["kind"] == "date"]
    assert conflict["item_ids"][0] == strike["id"]
    assert "2026-05-02 in " in conflict["explanation"] and "2026-05-01 in " in conflict["explanation"]
    assert "one-day gap" in conflict["explanation"]


def test_a_denial_that_names_no_content_is_summed_up_with_the_claim_it_answers(flood):
    (denial,) = [c for c in flood.story_of("flood-3")["claims"] if c["claimant"]["name"] == "Norvale Hydro"]
    assert denial["summary"] == ("denied a claim of Local activists in Velmora: the dam operator had released water "
                                 "without warning")
    assert denial["reports"][0]["text"] == "a claim"  # the report keeps the article's words


def test_a_confirmation_of_the_same_toll_in_other_words_confirms_the_claim(karvo):
    strike = karvo.claim_saying("fuel depot")
    assert strike["status"] == "confirmed"
    assert strike["status_reason"] == "confirmed by Karvo emergency services"
    assert karvo.claim_saying("14 people had died")["status"] == "single-source"  # 14 is not the toll confirmed


def test_a_lower_count_further_down_from_another_claimant_is_the_low_bound_not_the_best(karvo):
    story = karvo.story_of("karvo-3")
    assert story["article_ids"] == [karvo.article_id(n) for n in ("karvo-1", "karvo-2", "karvo-3")]
    killed = story["casualties"]["killed"]
    assert (killed["low"], killed["best"], killed["high"]) == (9, 14, 14)
    nines = {f["id"] for f in story["figures"] if f["article_id"] == karvo.article_id("karvo-3") and f["value"] == 9}
    assert set(killed["low_ids"]) == nines and len(nines) == 2  # the governor's and the emergency services' nine
    assert any(c["kind"] == "figure" for c in story["conflicts"])


def test_a_body_named_with_its_article_is_not_said_to_speak_for_itself(flood, tmp_path):
    _, report = pipeline.write_outputs(flood.workspace, flood.dossier, tmp_path)
    html = report.read_text(encoding="utf-8")
    assert "<strong>the regional emergency ministry</strong><br>" in html  # no "for regional emergency ministry"
    assert "<strong>Ilona Marsh</strong> <span class=\"muted\">for regional emergency ministry</span>" in html


def test_an_event_in_the_timeline_is_told_without_the_dateline(karvo):
    events = [e for e in karvo.story_of("karvo-1")["timeline"] if e["kind"] == "event"]
    (saturday,) = [e for e in events if e["date"]["value"] == "2026-05-02"]
    assert saturday["label"].startswith("A drone strike on a fuel depot near Karvo")


def test_the_source_graph_draws_a_relay_named_with_its_article_to_the_outlet_itself(karvo):
    from newstrace.present.views import source_graph

    articles = {a["id"]: a for a in karvo.dossier["articles"]}
    nodes, edges, _ = source_graph(karvo.story_of("karvo-1"), articles)
    assert [n.label for n in nodes if n.kind == "wire"] == []
    assert any(e.kind == "relays" and e.title.startswith("Northgate Herald relays Coastal Wire") for e in edges)


OCHRE = [
    Item("ochre-1", "2026-02-05", outlet="Flats Courier", title="Three found dead in car near Ochre Flats",
         text="Three people were found shot dead in a car near Ochre Flats on Thursday, said Sheriff's Office "
              "spokeswoman Lena Voss.\n\nA Sheriff's Office spokesman said deputies were conducting a death "
              "investigation."),
    Item("ochre-2", "2026-02-06", outlet="Harbor Daily", title="Woman found dead in Harbor City tied to car deaths",
         text="Harbor City police said they were asked by deputies near Ochre Flats to check an apartment on Fifth "
              "Street, where they found a woman shot dead.\n\nThe three people found in the car on Thursday were "
              "her husband and two daughters, Harbor City police said."),
]

ochre = scenario_fixture(OCHRE)


def test_a_sheriffs_spokeswoman_does_not_speak_for_a_city_police_department(ochre):
    assert ochre.story_of("ochre-1")["id"] == ochre.story_of("ochre-2")["id"]
    assert ochre.claim_saying("found shot dead in a car")["claimant"]["name"] == "Lena Voss"
    assert ochre.claim_saying("death investigation")["source"]["name"] != "Harbor City police"
    assert ochre.claim_saying("asked by deputies")["source"]["name"] == "Harbor City police"


TELVIO = [
    Item("telvio-1", "2026-03-02", outlet="Tech Ledger", title="Telvio says hackers stole customer data",
         text="Hackers stole the phone numbers of more than 2 million Telvio customers, the mobile carrier said on "
              "Monday.\n\n\"We are deeply sorry,\" chief executive Dana Moor told reporters."),
    Item("telvio-2", "2026-03-03", outlet="Daily Standard", title="Regulator opens inquiry into Telvio breach",
         text="The data protection regulator opened an inquiry into the Telvio breach on Tuesday.\n\n"
              "\"We found the intrusion within days,\" Moor said."),
]

telvio = scenario_fixture(TELVIO)


def test_a_bare_surname_the_tagger_missed_is_the_one_person_of_the_story_with_that_name(telvio):
    found = telvio.claim_saying("intrusion within days")
    assert found["claimant"]["name"] == "Moor"  # as the article names him
    assert found["source"]["name"] == "Dana Moor"
    assert found["source"] == telvio.claim_saying("deeply sorry")["source"]


def test_a_place_a_dateline_prints_in_capitals_is_named_as_the_text_prints_it(karvo):
    story = karvo.story_of("karvo-1")
    assert story["places"][0] == "Karvo"
    (karvo_place,) = [e for e in story["entities"] if e["name"] == "Karvo"]
    assert "KARVO" in karvo_place["aliases"]


@pytest.mark.parametrize("subject", ["gunmen", "shooter", "attackers", "the gunman"])
def test_gunmen_shooters_and_attackers_are_one_thing_to_count(subject):
    assert subject_key(subject) == "gunman"


@pytest.mark.parametrize("subject", ["deaths", "fatalities", "casualties", "people", None])
def test_a_count_of_the_fate_itself_counts_the_same_crowd_as_people(subject):
    assert subject_key(subject) == "people"
    assert subject_key("North Korean soldiers") == "north korean soldier"


def test_a_body_within_an_organization_is_not_the_organization():
    assert not same_organization("UN", "the UN Security Council")
    assert same_organization("the Ministry of Health", "the health ministry")
    assert same_organization("Nassau Police", "Nassau County Police Department")


def test_a_body_of_a_country_is_named_by_the_country_or_its_adjective():
    assert same_organization("the defence ministry of Varnia", "the Varnian defence ministry")
    assert same_organization("Ukraine's defence ministry", "the Ukrainian defence ministry")
    assert not same_organization("the Austrian foreign ministry", "the Australian foreign ministry")
    assert not same_organization("Varnia", "the Varnian defence ministry")
    assert same_organization("the defence ministry in Port Ellis", "the defence ministry")  # where it sits
    assert same_organization("Kyrgyzstan's border service", "the Kyrgyz border service")
    assert same_organization("the Pakistani army", "Pakistan's army")
    assert same_organization("Sudan's armed forces", "the Sudanese army")
    assert same_organization("the military", "the army")
    assert not same_organization("the army", "the navy")


def test_a_country_the_tagger_took_for_a_person_in_one_article_is_the_country():
    """ "Kestravia said" tagged a person in one article and a place in another: one source, not two that agree."""
    country = StoryEntity(id="E1", name="Kestravia", type="GPE")
    tagged_a_person = StoryEntity(id="E2", name="Kestravia", type="PERSON")
    surname = StoryEntity(id="E3", name="Moszi", type="PERSON")
    canonical = _one_key_per_organization([country, tagged_a_person, surname])
    assert canonical["E2"] == "E1" and "E3" not in canonical


def test_a_towns_police_is_not_the_town():
    """ "Selbridge Police said": the claim rests on the police, not on the city they are named after."""
    town = StoryEntity(id="E1", name="Selbridge", type="GPE")
    police = StoryEntity(id="E2", name="Selbridge Police", type="ORG")
    force = StoryEntity(id="E3", name="Selbridge Police Department", type="ORG")
    canonical = _one_key_per_organization([town, police, force])
    assert canonical["E2"] != "E1" and canonical["E3"] == "E2"


def test_sources_under_one_name_count_once():
    from newstrace.assess.claims import _distinct_names
    assert _distinct_names(["Kestravia", "the Kestravia", "Dolmeria"]) == ["Kestravia", "Dolmeria"]


def _report(content: str, kind: str) -> Attribution:
    return Attribution(id="a1", claimant=Claimant(name="Ilsa Marr"), cue="said", cue_span=(0, 4), content=content,
                       content_span=(0, len(content)), sentence=content, sentence_span=(0, len(content)), kind=kind,
                       stance="asserts")


def test_two_reports_quoting_the_same_words_of_the_speaker_are_one_statement():
    quoted = _report("This was a deliberate, planned provocation. Our soldiers held their positions.", "direct")
    called = _report('the attack near Dol as "a deliberate, planned provocation"', "mixed")
    other = _report("Our army will answer, and it will answer soon.", "direct")
    wording = StoryWording([quoted.content, called.content, other.content])
    assert statement_score(quoted, called, wording) > 1
    assert statement_score(other, called, wording) < 1


# --------------------------------------------------------------------------- a border clash: one ministry, three names

CLASH = [
    Item("clash-1", "2026-11-14", outlet="Meridian Post", title="Border clash leaves soldiers dead",
         text="At least 14 soldiers were killed in overnight fighting near Dol, the defence ministry of Varnia said "
              "on Friday.\n\n\"This was a deliberate, planned provocation,\" Defence Minister Ilsa Marr told "
              "reporters."),
    Item("clash-2", "2026-11-14", outlet="Coastal Ledger", title="Varnia says 14 soldiers killed",
         text="Fourteen soldiers were killed in the overnight fighting near Dol, the Varnian defence ministry said, "
              "according to the Northwire news agency.\n\nDefence Minister Ilsa Marr called the attack \"a "
              "deliberate, planned provocation\", Northwire reported."),
]

clash = scenario_fixture(CLASH)


def test_a_ministry_named_by_its_country_or_its_adjective_is_one_source_relayed_once(clash):
    claims = [c for s in clash.dossier["stories"] for c in s["claims"]]
    (toll,) = [c for c in claims if "ministry" in c["claimant"]["name"]]
    assert sorted(toll["outlets"]) == ["Coastal Ledger", "Meridian Post"]
    assert toll["independent_sources"] == 1
    assert any(r["relayed_from"] == "the Northwire news agency" for r in toll["reports"])


def test_the_same_quoted_words_in_a_quote_and_a_verdict_are_one_claim(clash):
    (quoted,) = [c for s in clash.dossier["stories"] for c in s["claims"] if c["claimant"]["name"] == "Ilsa Marr"]
    assert len(quoted["reports"]) == 2 and quoted["summary"] == "This was a deliberate, planned provocation"


BRIEFING = [
    Item("brief-1", "2026-11-20", outlet="Harbor Times", title="UN office cites reports of civilian deaths",
         text="The Velmora human rights office said on Friday that at least 40 civilians were killed in strikes on a "
              "market this week.\n\n\"The scale of the loss of civilian life is shocking,\" spokesperson Elena Varga "
              "told a briefing."),
    Item("brief-2", "2026-11-21", outlet="Coastal Ledger", title="Rights office urges inquiry into market strikes",
         text="\"Those responsible must be held to account,\" spokesperson Elena Varga said on Saturday."),
]

briefing = scenario_fixture(BRIEFING)


def test_a_spokesperson_with_no_organization_in_her_title_speaks_for_the_body_before_her(briefing):
    office = briefing.claim_saying("40 civilians were killed")["source"]
    assert "human rights office" in office["name"]
    for words in ("loss of civilian life", "held to account"):  # also in the article that names no body
        assert briefing.claim_saying(words)["source"] == office


OUTAGE = [
    Item("outage-1", "2026-09-07", outlet="Harbor Times", title="Fenwick Bank customers locked out after upgrade",
         text="Fenwick Bank said on Sunday that a failed software upgrade had locked 1.4 million customers out of "
              "their accounts.\n\n\"We let you down this weekend,\" chief executive Mara Quill said in a video."),
    Item("outage-2", "2026-09-08", outlet="Coastal Ledger", title="Fenwick apologises for outage",
         text="Chief executive Mara Quill said the bank would pay back every fee charged during the outage.\n\n"
              "The police said they had been called to one branch after a customer threatened staff."),
]

outage = scenario_fixture(OUTAGE)


def test_a_chief_executive_with_no_company_in_her_title_speaks_for_the_business_before_her(outage):
    bank = outage.claim_saying("locked 1.4 million")["source"]
    assert bank["name"] == "Fenwick Bank"
    for words in ("let you down", "pay back every fee"):  # also in the article that names no body before her
        assert outage.claim_saying(words)["source"] == bank
    assert outage.claim_saying("threatened staff")["source"] != bank


BREACH = [
    Item("breach-1", "2026-10-05", outlet="Harbor Times", title="Dam breach floods valley towns",
         text="A tailings dam owned by Tarnwell Energia burst on Monday, flooding two villages, the company said."),
    Item("breach-2", "2026-10-06", outlet="Coastal Ledger", title="Dam owner says sensors gave no warning",
         text="Tarnwell said on Tuesday that its sensors had given no warning before the dam burst.\n\n"
              "The Vessa Mining Union said it had warned about cracks in the wall last year."),
]

breach = scenario_fixture(BREACH)


def test_a_company_s_first_word_in_another_article_is_the_company(breach):
    company = breach.claim_saying("flooding two villages")["source"]
    assert breach.claim_saying("no warning")["source"] == company
    assert breach.claim_saying("warned about cracks")["source"] != company


COUNT = [
    Item("count-1", "2026-11-02", outlet="Harbor Times", title="Clashes halt by-election count",
         text="Four people were killed in clashes outside a counting centre in Tarn on Sunday, police said.\n\n"
              "The returning officer, Ida Namo, said the ballot boxes had been moved to a safe place."),
    Item("count-2", "2026-11-03", outlet="Coastal Ledger", title="Count to resume under guard",
         text="The officer, Ida Namo, said counting would resume on Wednesday.\n\nPolice said 30 people had been "
              "arrested."),
]

count = scenario_fixture(COUNT)


def test_a_returning_officer_called_the_officer_elsewhere_is_no_police_officer(count):
    police = count.claim_saying("Four people were killed")["source"]
    assert count.claim_saying("30 people had been arrested")["source"] == police
    assert count.claim_saying("counting would resume")["source"] != police
    assert count.claim_saying("moved to a safe place")["source"] != police


QUAKE = [
    Item("quake-1", "2026-10-05", outlet="Harbor Times", title="Quake kills 40 in Varnia's north",
         text="An earthquake killed at least 40 people in northern Varnia on Monday, the interior ministry said."),
    Item("quake-2", "2026-10-06", outlet="Coastal Ledger", title="Varnia quake toll rises",
         text="The interior ministry's crisis management office said on Tuesday that 12 villages had been cut off."
              "\n\nThe Varnian Red Crescent said its teams had reached two of them."),
]

quake = scenario_fixture(QUAKE)


def test_a_unit_of_a_body_named_by_its_possessive_speaks_for_the_body(quake):
    ministry = quake.claim_saying("at least 40 people")["source"]
    assert quake.claim_saying("12 villages")["source"] == ministry
    assert quake.claim_saying("reached two of them")["source"] != ministry


LOCKOUT = [
    Item("lockout-1", "2026-10-05", outlet="Harbor Times", title="Bank outage locks out customers",
         text="Kelmarsh Bank said on Monday that an outage had locked customers out of their accounts for six hours."),
    Item("lockout-2", "2026-10-06", outlet="Coastal Ledger", title="Bank says outage is over",
         text="Kelmarsh said on Tuesday that the fault had been fixed and that no customer data was lost."),
]

lockout = scenario_fixture(LOCKOUT)


def test_a_company_s_first_word_the_tagger_took_for_a_person_is_the_company(lockout):
    assert lockout.claim_saying("fault had been fixed")["source"] == lockout.claim_saying("locked customers")["source"]


SPAN = [
    Item("span-1", "2026-10-05", outlet="Harbor Times", title="Crack closes Orrin Street bridge",
         text="The Orrin Street bridge will stay closed after inspectors found a crack in a steel beam, the state "
              "transportation department said on Monday."),
    Item("span-2", "2026-10-06", outlet="Coastal Ledger", title="Orrin Street bridge repairs could take months",
         text="Repairs to the Orrin Street bridge could take six months, the city's mayor, Dale Imrie, said on "
              "Tuesday.\n\nThe bridge carries 18,000 vehicles a day, according to the department."),
]

span = scenario_fixture(SPAN)


def test_the_department_of_an_article_naming_none_is_the_story_s_one_department(span):
    department = span.claim_saying("crack in a steel beam")["source"]
    assert span.claim_saying("18,000 vehicles")["source"] == department
    assert span.claim_saying("Repairs to the Orrin Street bridge")["source"] != department


VELL = [
    Item("vell-1", "2026-03-03", outlet="Harbor Times", title="Floods kill 12 in Vell province",
         text="Floods killed at least 12 people in Kestria's Vell province, the country's disaster agency said on "
              "Tuesday.\n\nAgency spokesman Rian Toma told reporters that the rain had swept away 40 homes in three "
              "villages.\n\nThe Vell General Hospital said it had treated 30 people for injuries."),
    Item("vell-2", "2026-03-04", outlet="Coastal Ledger", title="Vell flood toll rises to 19",
         text="The number of people killed by floods in Kestria's Vell province has risen to 19, the National "
              "Disaster Agency said on Wednesday.\n\nRian Toma, a spokesman, said seven people were still missing "
              "in the three villages."),
]

vell = scenario_fixture(VELL)


def test_the_country_s_agency_the_national_one_and_the_agency_s_spokesman_are_one_source(vell):
    agency = vell.claim_saying("at least 12 people")["source"]
    for words in ("swept away 40 homes", "risen to 19", "still missing"):
        assert vell.claim_saying(words)["source"] == agency
    assert vell.claim_saying("treated 30 people")["source"] != agency


CHIEF = [
    Item("chief-1", "2026-04-02", outlet="Desert Ledger", title="Man shot by officer at apartment complex",
         text="Tucson police said an officer shot a man who pointed a handgun at officers late on Saturday.\n\n"
              "Police Chief Ana Ortiz said body camera footage of the shooting would be released within 10 days."),
    Item("chief-2", "2026-04-03", outlet="Pima Wire", title="Police to release footage of apartment shooting",
         text="Police Chief Ana Ortiz said the footage would be made public within 10 days.\n\nTucson police said "
              "the officer had been placed on paid leave.\n\nThe Sonora Desert Police Officers' Association said the "
              "officer had followed his training."),
]

chief = scenario_fixture(CHIEF)


def test_a_police_chief_named_at_the_cue_speaks_for_the_story_s_police(chief):
    police = chief.claim_saying("pointed a handgun")["source"]
    for words in ("would be released within 10 days", "made public within 10 days", "placed on paid leave"):
        assert chief.claim_saying(words)["source"] == police
    assert chief.claim_saying("followed his training")["source"] != police  # a police union is no police agency


UNION = [
    Item("union-1", "2026-02-12", outlet="Kilnworth Courier", title="Gear plant workers vote to strike",
         text="Workers at the Marlow Gearworks plant voted to strike over pay, the Federated Machinists Union said on "
              "Monday.\n\n\"Our members have carried this plant for years,\" said Dora Pettifer, the FMU's regional "
              "officer."),
    Item("union-2", "2026-02-13", outlet="Valley Wire", title="Strike looms at gear plant",
         text="Regional officer Dora Pettifer said the union's members would walk out on Monday if no new offer "
              "came.\n\nOfficer Lena Crake of Kilnworth said police would keep the road to the plant open."),
]

union = scenario_fixture(UNION)


def test_a_union_s_regional_officer_speaks_for_the_union_not_for_any_police(union):
    for words in ("carried this plant", "walk out on Monday"):
        source = union.claim_saying(words)["source"]["name"].lower()
        assert "police" not in source
    assert "police" in union.claim_saying("keep the road")["source"]["name"].lower()  # an officer of a town


FERRY_STRIKE = [
    Item("ferry-strike-1", "2026-05-07", outlet="Harbourline Post", title="Ferry crews walk out at Port Kelby",
         text="About 400 ferry crews at Port Kelby walked out on Thursday after talks with operator Brackwater Ferries "
              "Ltd. collapsed, their union said.\n\nThe Coastal Seafarers' Union said the dispute was over rosters "
              "that would cut rest days.\n\n\"We will not sail tired,\" union president Agnes Morrow told reporters at "
              "the quay.\n\nBrackwater Ferries Ltd. said in a statement that it had offered a 9% raise over three "
              "years.\n\nTransport Minister Colm Reddy said both sides should return to talks."),
    Item("ferry-strike-2", "2026-05-08", outlet="Kelby Wire", title="Ferry strike enters second day",
         text="Ferries stayed in port at Kelby for a second day on Friday.\n\nThe company has said it offered a 9% "
              "rise over three years.\n\nThe union has called the offer \"a pay cut in disguise\" once overtime is "
              "counted.\n\nThe transport ministry said a mediator would be appointed on Monday."),
]

ferry_strike = scenario_fixture(FERRY_STRIKE)


def test_a_union_its_president_the_company_and_a_minister_s_ministry_are_each_one_source(ferry_strike):
    union = ferry_strike.claim_saying("over rosters")["source"]
    for words in ("walked out on Thursday", "will not sail tired", "a pay cut in disguise"):
        assert ferry_strike.claim_saying(words)["source"] == union
    company = ferry_strike.claim_saying("a 9% raise over three years")["source"]
    assert ferry_strike.claim_saying("a 9% rise over three years")["source"] == company != union
    ministry = ferry_strike.claim_saying("return to talks")["source"]
    assert ferry_strike.claim_saying("a mediator would be appointed")["source"] == ministry
    assert ministry not in (union, company)


BRIDGE = [
    Item("bridge-1", "2026-03-10", outlet="Salem Ledger", title="Kellan Street Bridge closed after cracks found",
         text="The state transportation department said the Kellan Street Bridge would stay closed after inspectors "
              "found cracked steel.\n\nState transportation secretary Mira Olsen said repairs could take six "
              "months.\n\nThe rural fire service said the river road would reopen on Friday."),
    Item("bridge-2", "2026-03-11", outlet="Valley Wire", title="Bridge repairs to cost $40 million",
         text="Oregon's transportation department said the bridge was unsafe for buses.\n\nTransportation "
              "Secretary Mira Olsen told the Valley Wire that the work would cost $40 million.\n\nThe state's rural "
              "fire service said crews had cleared debris from the river."),
]

bridge = scenario_fixture(BRIDGE)


def test_a_secretary_titled_by_the_work_of_a_department_speaks_for_it_and_the_state_s_bodies_are_one(bridge):
    department = bridge.claim_saying("cracked steel")["source"]
    for words in ("six months", "unsafe for buses", "$40 million"):
        assert bridge.claim_saying(words)["source"] == department
    service = bridge.claim_saying("river road would reopen")["source"]
    assert bridge.claim_saying("cleared debris")["source"] == service != department


# --------------------------------------------------------------------------- a war story: translation, agencies, scopes

WAR = [
    Item("war-1", "2025-03-04", outlet="Northgate Herald", title="Weber accuses Ostmark over burned faces",
         text="President Daniel Weber accused Ostmark of burning the faces of dead soldiers near Kessel.\n\n"
              "\"They are trying to hide the losses of these men,\" Weber said in a video address.\n\n"
              "Veldra's Military Intelligence Directorate (VMI) said at least 30 Ostmark soldiers had been "
              "killed or wounded near Kessel."),
    Item("war-2", "2025-03-04", outlet="Eastern Wire", title="Veldra says Ostmark burns faces of its dead",
         text="President Daniel Weber said Ostmark tries to conceal the losses of these men.\n\n"
              "Veldra's Defence Intelligence service said some 200 Ostmark soldiers were killed near Kessel on "
              "Saturday."),
]

war = scenario_fixture(WAR)


def test_a_translation_like_rewording_is_one_claim_from_one_source(war):
    claim = war.claim_saying("hide the losses of these men")
    assert claim["claimant"]["name"] == "Daniel Weber"
    assert sorted(claim["outlets"]) == ["Eastern Wire", "Northgate Herald"]
    assert {r["text"] for r in claim["reports"]} == {"They are trying to hide the losses of these men",
                                                     "Ostmark tries to conceal the losses of these men"}
    assert claim["independent_sources"] == 1
    assert {len(r["text"]) for r in claim["reports"]} == {end - start for r in claim["reports"] for start, end in r["parts"]}


def test_an_agency_under_two_names_is_one_entity_with_aliases(war):
    story = war.story_of("war-1")
    agency = entity_named(story, "Veldra's Military Intelligence Directorate")
    assert agency["type"] == "ORG"
    assert "VMI" in agency["aliases"] and "Defence Intelligence" in agency["aliases"]
    both = [war.figure("war-1", "at least 30"), war.figure("war-2", "some 200")]
    assert {f["claimant"]["entity_id"] for f in both} == {agency["id"]}


def test_figures_of_different_scopes_are_neither_update_nor_conflict(war):
    wounded, killed = war.figure("war-1", "at least 30"), war.figure("war-2", "some 200")
    assert (wounded["category"], wounded["measure"]) == ("casualties", "killed or wounded")
    assert killed["category"] == "killed"
    story = war.story_of("war-1")
    assert story["conflicts"] == [] and story["updates"] == []
    assert wounded["role"] is None and killed["role"] is None


# --------------------------------------------------------------------------- wire copy and "X reported"

WIRE_LEAD = ("Port director Anna Kowalski said the container terminal would stay closed for a week after a crane "
             "collapsed onto a cargo ship.\n\nThe crane fell during a storm on Friday night and crushed part of the "
             "ship's deck, Kowalski said.")
WIRE = [
    Item("wire-1", "2025-05-03", text=f"PORTVALE, May 3 (Coastline Press) - {WIRE_LEAD}"),
    Item("wire-2", "2025-05-03", outlet="Hill Times", title="Portvale terminal shut after crane collapse",
         text=f"PORTVALE, May 3 (Coastline Press) - {WIRE_LEAD}"),
    Item("wire-3", "2025-05-03", outlet="Daily Beacon", title="Crane collapse closes Portvale terminal",
         text=WIRE_LEAD.replace("for a week", "for one week").replace("during a storm", "in a storm")),
    Item("wire-4", "2025-05-04", outlet="Evening Star", title="Portvale terminal to stay shut",
         text="Port director Anna Kowalski said the container terminal would stay closed for a week after a crane "
              "collapsed onto a cargo ship, Coastline Press reported."),
]

wire = scenario_fixture(WIRE)


def test_wire_copy_and_an_x_reported_relay_count_once(wire):
    claim = wire.claim_saying("terminal would stay closed")
    assert reports_of(claim) == wire.article_ids("wire-1", "wire-2", "wire-3", "wire-4")
    assert sorted(claim["outlets"]) == ["Coastline Press", "Daily Beacon", "Evening Star", "Hill Times"]
    assert claim["independent_sources"] == 1
    assert claim["status"] == "single-source"


def test_relays_name_the_wire_they_copy_or_cite(wire):
    claim = wire.claim_saying("terminal would stay closed")
    relayed = {r["article_id"]: r["relayed_from"] for r in claim["reports"]}
    assert relayed == {wire.article_id("wire-1"): None, wire.article_id("wire-2"): "Coastline Press",
                       wire.article_id("wire-3"): "Coastline Press", wire.article_id("wire-4"): "Coastline Press"}
    assert claim["status_reason"] == "rests on Anna Kowalski alone (carried by 4 outlets, relayed from Coastline Press)"


def test_a_wire_datelines_date_is_no_event_of_the_timeline(wire):
    events = [(t["date"]["value"], set(t["article_ids"])) for t in wire.story_of("wire-1")["timeline"]
              if t["kind"] == "event"]
    assert events == [("2025-05-02", wire.article_ids("wire-1", "wire-2", "wire-3"))]


def test_an_exact_wire_copy_by_another_outlet_is_kept_as_a_report(wire):
    claim = wire.claim_saying("terminal would stay closed")
    assert "Hill Times" in claim["outlets"]


# --------------------------------------------------------------------------- claim statuses

FERRY = [
    Item("ferry-1", "2025-07-07", outlet="Bay Chronicle", title="Ferry sinks off the coast",
         text="A passenger ferry operated by Bluewater Lines sank off the coast on Sunday.\n\n"
              "Survivor Maria Santos said the ferry carried far more passengers than allowed. The company denied "
              "that the vessel was overloaded.\n\n"
              "Coastguard commander James Walker said the ferry sank about two kilometres from the harbour.\n\n"
              "Opposition lawmaker Daniel Reed claimed the ferry had failed its last safety inspection. The Bay "
              "Chronicle could not independently verify the claim."),
    Item("ferry-2", "2025-07-07", outlet="Harbor Ledger", title="Dozens rescued as ferry goes down",
         text="Harbour official Linda Brooks said the ferry sank about two kilometres from the harbour.\n\n"
              "Volunteer rescuers said 40 passengers had been pulled from the water alive.\n\n"
              "A coastguard spokesperson confirmed that 40 passengers had been pulled from the water alive."),
]

ferry = scenario_fixture(FERRY)


def _status(claim: dict) -> tuple[str, int, str]:
    return claim["status"], claim["independent_sources"], claim["status_reason"]


def test_two_claimants_asserting_one_statement_corroborate_it(ferry):
    (walker,) = [c for c in ferry.story_of("ferry-1")["claims"] if c["claimant"]["name"] == "James Walker"]
    assert _status(walker) == ("corroborated", 2, "2 independent sources: James Walker, Linda Brooks")


def test_a_spokesperson_who_confirmed_it_makes_a_claim_confirmed(ferry):
    (rescuers,) = [c for c in ferry.story_of("ferry-2")["claims"] if c["claimant"]["name"] == "Volunteer rescuers"]
    assert _status(rescuers) == ("confirmed", 2, "confirmed by a coastguard spokesperson")


def test_a_confirmation_is_itself_confirmed(ferry):
    (spokesperson,) = [c for c in ferry.story_of("ferry-2")["claims"]
                       if c["claimant"]["name"] == "a coastguard spokesperson"]
    assert spokesperson["reports"][0]["stance"] == "confirms"
    assert spokesperson["status"] == "confirmed"
    assert spokesperson["status_reason"] == "a coastguard spokesperson confirmed it (carried by 1 outlet)"


def test_a_denial_in_other_words_right_after_a_claim_contests_it(ferry):
    claim, denial = ferry.claim_saying("far more passengers than allowed"), ferry.claim_saying("overloaded")
    assert denial["reports"][0]["stance"] == "denies"
    assert denial["claimant"]["name"] in ("Bluewater Lines", "the company")
    assert _status(claim) == ("contested", 1, f"denied or contradicted by {denial['claimant']['name']}")


def test_an_outlet_that_could_not_verify_leaves_a_claim_unverified(ferry):
    claim = ferry.claim_saying("failed its last safety inspection")
    assert claim["reports"][0]["hedges"] == ["could not independently verify"]
    assert _status(claim) == ("unverified", 1,
                              "reported with doubt: could not independently verify (carried by 1 outlet)")


INSPECTION = [
    Item("span-1", "2025-06-12", outlet="Tarn Herald", title="Engineer says she warned of cracks",
         text="A road bridge over the Tarn collapsed on Monday, killing three people.\n\n"
              "Engineer Mira Solberg said she had found cracks in the bridge's third pier in May and had reported "
              "them in writing. The operator, Harlow Spans Ltd, has denied receiving any such report."),
]

inspection = scenario_fixture(INSPECTION)


def test_a_denial_of_having_received_such_a_report_contests_the_claim_before_it(inspection):
    claim = inspection.claim_saying("found cracks")
    assert _status(claim) == ("contested", 1, "denied or contradicted by Harlow Spans Ltd")


def test_one_source_named_alike_is_one_source_though_only_one_report_was_tied_to_an_entity():
    def claim(entity_id):
        return Claim(id="c", claimant=EntityRef(entity_id, "Harlow Spans Ltd"), summary="", reports=[],
                     source=EntityRef(entity_id, "Harlow Spans Ltd"))
    assert same_source(claim("E3"), claim(None))


# --------------------------------------------------------------------------- one agency under several names

SHOOTING = [
    Item("elm-1", "2025-09-14", outlet="Ridge Courier", title="Man shot outside Elm Street bakery",
         text="Ridgeford police said a 19-year-old man was shot in the leg outside a bakery on Elm Street late "
              "Saturday.\n\nOfficers are still searching for the gunman, according to a statement from Ridgeford "
              "police.\n\nThe man was found on the sidewalk by a passer-by."),
    Item("elm-2", "2025-09-14", outlet="Valley Wire", title="Shooting on Elm Street",
         text="A 19-year-old man was shot in the leg outside a bakery on Elm Street late Saturday, Ridgeford "
              "Police Lt. Dana Pruitt said.\n\nHospital spokeswoman Maria Lenz said the man was in stable "
              "condition at Mercy Hospital."),
    Item("elm-3", "2025-09-15", outlet="Elm Street Journal", title="Police hunt Elm Street gunman",
         text="A Ridgeford police spokesperson said officers were still looking for the gunman who shot a man "
              "outside a bakery on Elm Street.\n\nRidgeford police said the man was in stable "
              "condition at Mercy Hospital.\n\nOfficers found a man with gunshot wounds in an alley behind the 300 block of Pine "
              "Street on Sunday, police said."),
    Item("elm-4", "2025-09-15", outlet="Pine Street Press", title="Second man wounded near Pine Street",
         text="Officers found a man dead with gunshot wounds in an alley behind the 300 block of Pine Street on "
              "Sunday, police said."),
]

shooting = scenario_fixture(SHOOTING)


def test_an_officer_and_the_agency_he_speaks_for_are_one_source(shooting):
    claim = shooting.claim_saying("shot in the leg")
    assert reports_of(claim) == shooting.article_ids("elm-1", "elm-2")
    assert {r["claimant"] for r in claim["reports"]} == {"Ridgeford police", "Dana Pruitt"}
    assert "ridgeford" in claim["source"]["name"].lower()
    assert claim["independent_sources"] == 1
    assert claim["status"] == "single-source"


def test_a_spokesperson_and_a_statement_of_the_agency_are_the_agency(shooting):
    claim = shooting.claim_saying("still searching for the gunman")
    assert reports_of(claim) == shooting.article_ids("elm-1", "elm-3")
    assert claim["independent_sources"] == 1


def test_a_spokesperson_of_another_body_is_another_source(shooting):
    (hospital,) = [c for c in shooting.story_of("elm-2")["claims"] if c["claimant"]["name"] == "Maria Lenz"]
    assert reports_of(hospital) == shooting.article_ids("elm-2")
    assert _status(hospital)[:2] == ("corroborated", 2)
    assert "Ridgeford police" in hospital["sources"]


def test_an_outlet_that_leaves_out_a_casualty_word_still_reports_the_same_statement(shooting):
    claim = shooting.claim_saying("Pine Street")
    assert reports_of(claim) == shooting.article_ids("elm-3", "elm-4")


DOCK_ROAD = [
    Item("dock-1", "2025-10-06", outlet="Harbor Times", title="Teenager shot on Dock Road",
         text="A 17-year-old was shot on Dock Road early Monday, Harbor County police said.\n\n"
              "Photo Credit: Harbor Times / Nina Ortez Police search Dock Road after the shooting.\n\n"
              "“We are adding patrols near the docks tonight,” Harbor County Chief of Department Alan Marsh said."),
    Item("dock-2", "2025-10-06", outlet="Bay Wire", title="Dock Road shooting",
         text="A 17-year-old was shot on Dock Road early Monday, Harbor County police said.\n\n"
              "Marsh said more officers would patrol near the docks tonight."),
]

dock_road = scenario_fixture(DOCK_ROAD)


def test_a_chief_of_department_speaks_for_his_police_and_a_picture_credit_for_no_one(dock_road):
    patrols = dock_road.claim_saying("patrol")
    assert "harbor county" in patrols["source"]["name"].lower()
    shot = dock_road.claim_saying("was shot on Dock Road")
    assert patrols["source"] == shot["source"]
    assert not any("/" in c["source"]["name"] or "Credit" in c["claimant"]["name"]
                   for c in dock_road.story_of("dock-1")["claims"])


FOX_LAKE = [
    Item("fox-1", "2025-11-08", outlet="Lake Gazette", title="Hunter wounded near Fox Lake",
         text="The Marlow County Sheriff's Office said in a press release that a hunter was wounded near Fox Lake "
              "on Saturday.\n\nThe hunter was flown to a hospital in Brandt, the press release said.\n\n"
              "Marlow County Sheriff's spokesman Lt. Ray Dunn said the hunter's cousin fired the shot."),
    Item("fox-2", "2025-11-08", outlet="Valley Wire", title="Fox Lake hunting accident",
         text="A hunter was wounded near Fox Lake on Saturday, the Marlow County Sheriff's Office said.\n\n"
              "The hunter was flown to a hospital in Brandt, the sheriff's office said.\n\n"
              "One deputy said the hunter's cousin fired the shot."),
    Item("fox-3", "2025-11-09", outlet="Brandt Daily", title="Fox Lake hunter recovering",
         text="The hunter wounded near Fox Lake is recovering, spokesman Lt. Ray Dunn said Sunday."),
]

fox_lake = scenario_fixture(FOX_LAKE)


def test_a_release_named_without_its_issuer_is_the_issuers_statement(fox_lake):
    claim = fox_lake.claim_saying("hospital in Brandt")
    assert reports_of(claim) == fox_lake.article_ids("fox-1", "fox-2")
    assert "marlow county" in claim["source"]["name"].lower()
    assert claim["independent_sources"] == 1


def test_an_unnamed_deputy_and_a_spokesman_titled_in_another_article_speak_for_the_agency(fox_lake):
    cousin = fox_lake.claim_saying("cousin fired the shot")
    assert reports_of(cousin) == fox_lake.article_ids("fox-1", "fox-2")
    recovering = fox_lake.claim_saying("is recovering")
    assert cousin["source"] == recovering["source"] == fox_lake.claim_saying("hospital in Brandt")["source"]


# --------------------------------------------------------------------------- figures, casualties, timeline

COLLAPSE = [
    Item("collapse-1", "2025-04-14", outlet="Larkfield Gazette", title="Apartment block collapses in Larkfield",
         text="A five-storey apartment block collapsed in Larkfield on Saturday.\n\n"
              "Fire chief Mark Olsen said 12 people were killed.\n\n"
              "Police chief Michael Scott said 14 people were injured."),
    Item("collapse-2", "2025-04-14", outlet="Midland Post", title="Larkfield hospital overwhelmed",
         text="The apartment block in Larkfield collapsed on Saturday morning.\n\n"
              "Hospital director Karen Lewis said 40 people were injured."),
    Item("collapse-3", "2025-04-15", outlet="Larkfield Gazette", title="Larkfield toll rises",
         text="Fire chief Mark Olsen said at least 19 people were killed in the collapse of the apartment block "
              "in Larkfield.\n\nA residents' group said 27 people were killed."),
]

collapse = scenario_fixture(COLLAPSE)


def test_a_toll_rising_from_one_day_to_the_next_is_an_update(collapse):
    first, later = collapse.figure("collapse-1", "12 people"), collapse.figure("collapse-3", "at least 19")
    story = collapse.story_of("collapse-1")
    (update,) = story["updates"]
    assert update["item_ids"] == [first["id"], later["id"]]
    assert update["explanation"] == ("rose: Mark Olsen: 12 people were killed (2025-04-14) → "
                                     "Mark Olsen: at least 19 people were killed (2025-04-15)")
    assert not any(first["id"] in c["item_ids"] or later["id"] in c["item_ids"] for c in story["conflicts"])


def test_disjoint_figures_of_two_claimants_on_one_day_conflict(collapse):
    police, hospital = collapse.figure("collapse-1", "14 people"), collapse.figure("collapse-2", "40 people")
    (conflict,) = collapse.story_of("collapse-1")["conflicts"]
    assert (conflict["kind"], conflict["about"]) == ("figure", "injured (people)")
    assert conflict["item_ids"] == sorted([police["id"], hospital["id"]])
    assert conflict["explanation"] == (
        "Michael Scott: 14 people were injured (2025-04-14) vs Karen Lewis: 40 people were injured (2025-04-14): "
        "intervals [14, 14] and [40, 40] do not overlap")


def test_claimants_giving_different_numbers_do_not_corroborate_each_other(collapse):
    claim = collapse.claim_saying("14 people were injured")
    assert (claim["status"], claim["independent_sources"]) == ("single-source", 1)


def test_the_casualty_summary_bounds_name_their_figures_and_best_is_conservative(collapse):
    """assess/figures.py: the latest figures count; best is the lowest credible value among them (ACLED)."""
    killed = collapse.story_of("collapse-1")["casualties"]["killed"]
    chief, group = collapse.figure("collapse-3", "at least 19"), collapse.figure("collapse-3", "27 people")
    assert (killed["low"], killed["best"], killed["high"]) == (19, 19, 27)
    assert (killed["low_ids"], killed["best_ids"], killed["high_ids"]) == ([chief["id"]], [chief["id"]], [group["id"]])
    assert set(killed["figure_ids"]) == {collapse.figure("collapse-1", "12 people")["id"], chief["id"], group["id"]}


def test_the_casualty_summary_of_conflicting_figures_keeps_the_lower_as_best(collapse):
    injured = collapse.story_of("collapse-1")["casualties"]["injured"]
    police, hospital = collapse.figure("collapse-1", "14 people"), collapse.figure("collapse-2", "40 people")
    assert (injured["low"], injured["best"], injured["high"]) == (14, 14, 40)
    assert (injured["best_ids"], injured["high_ids"]) == ([police["id"]], [hospital["id"]])


PERU_QUAKE = [
    Item("peru-quake-1", "2025-08-27", outlet="Lima Post", title="Quake in southern Peru kills 27",
         text="At least 27 people were killed when a strong earthquake struck southern Peru on Wednesday, the civil "
              "defence institute said."),
    Item("peru-quake-2", "2025-08-28", outlet="Andean Wire", title="Peru quake toll rises to 41",
         text="The death toll from the earthquake in southern Peru rose to 41 from 27 overnight, the civil defence "
              "institute said on Thursday."),
]

peru_quake = scenario_fixture(PERU_QUAKE)


def test_the_count_a_toll_rose_from_is_no_lead_of_the_article_that_tells_the_rise(peru_quake):
    killed = peru_quake.story_of("peru-quake-1")["casualties"]["killed"]
    assert (killed["low"], killed["best"], killed["high"]) == (41, 41, 41)


def _timeline(scenario: Scenario, name: str, kind: str) -> list[dict]:
    return [t for t in scenario.story_of(name)["timeline"] if t["kind"] == kind]


def test_the_timeline_dates_an_event_from_on_saturday_and_links_its_articles(collapse):
    (event,) = _timeline(collapse, "collapse-1", "event")
    assert event["date"]["value"] == "2025-04-12" and event["date"]["precision"] == "day"
    assert set(event["article_ids"]) == collapse.article_ids("collapse-1", "collapse-2")


def test_the_timeline_labels_an_event_with_the_sentence_that_dates_it(collapse):
    (event,) = _timeline(collapse, "collapse-1", "event")
    assert event["label"] in ("A five-storey apartment block collapsed in Larkfield on Saturday.",
                              "The apartment block in Larkfield collapsed on Saturday morning.")


def test_the_timeline_lists_statements_with_their_claims_and_articles(collapse):
    story = collapse.story_of("collapse-1")
    statements = {t["claim_ids"][0]: (t["date"]["value"], set(t["article_ids"]))
                  for t in _timeline(collapse, "collapse-1", "statement")}
    assert statements == {c["id"]: (c["stated_on"]["value"], reports_of(c)) for c in story["claims"]}
    assert statements[collapse.claim_saying("40 people were injured")["id"]] == (
        "2025-04-14", collapse.article_ids("collapse-2"))


def test_the_timeline_shows_each_step_of_a_rising_toll(collapse):
    steps = [(t["date"]["value"], t["figure_ids"], t["article_ids"])
             for t in _timeline(collapse, "collapse-1", "figure")]
    first, later = collapse.figure("collapse-1", "12 people"), collapse.figure("collapse-3", "at least 19")
    assert steps == [("2025-04-14", [first["id"]], [collapse.article_id("collapse-1")]),
                     ("2025-04-15", [later["id"]], [collapse.article_id("collapse-3")])]


# --------------------------------------------------------------------------- dates

DATES = [
    Item("dates-1", "2025-03-12", outlet="Lakeside News", title="Governor orders Alder dam drained",
         text="Governor Paul Bennett said on Monday that the Alder dam would be drained after cracks were found "
              "in its wall."),
    Item("dates-2", "2025-03-12", outlet="River Tribune", title="Alder dam to be emptied",
         text="The Alder dam will be emptied because engineers found cracks in its wall, Governor Paul Bennett "
              "said on Tuesday."),
]

dates = scenario_fixture(DATES)


def test_two_outlets_dating_a_statement_a_day_apart_give_a_date_conflict(dates):
    claim = dates.claim_saying("Alder dam would be drained")
    assert reports_of(claim) == dates.article_ids("dates-1", "dates-2")
    (conflict,) = dates.story_of("dates-1")["conflicts"]
    assert conflict["kind"] == "date" and conflict["item_ids"][0] == claim["id"]
    assert conflict["explanation"] == (
        f"Reports date the statement differently: 2025-03-10 in {dates.article_id('dates-1')}; "
        f"2025-03-11 in {dates.article_id('dates-2')}. A one-day gap is often a time-zone or publication-lag "
        "difference.")


def _dated_report(article_id: str, attribution_id: str, day: str) -> Report:
    return Report(article_id=article_id, attribution_id=attribution_id, kind="indirect", cue="said",
                  stance="asserts", text="the dam would be drained", sentence="", span=(0, 1),
                  stated_on=DateValue(day, "day"), dated_from="sentence")


def test_one_article_dating_its_own_two_reports_differently_is_no_date_conflict_between_outlets():
    claim = Claim(id="c1", claimant=EntityRef(None, "Paul Bennett"), summary="the dam would be drained",
                  reports=[_dated_report("a", "a1", "2025-03-10"), _dated_report("a", "a4", "2025-03-11")])
    published = {"a": "2025-03-12", "b": "2025-03-12"}
    assert date_conflict(claim, published) is None
    claim.reports.append(_dated_report("b", "a2", "2025-03-11"))
    assert date_conflict(claim, published) is not None


def test_a_statement_said_again_after_an_earlier_report_came_out_is_no_date_conflict():
    """A water company gives its count on 8 September and again on 6 October: the first article, out on the 8th, could
    not have dated the October statement."""
    claim = Claim(id="c1", claimant=EntityRef(None, "Dessen Water"), summary="the lake is at 23%",
                  reports=[_dated_report("a", "a1", "2025-09-08"), _dated_report("b", "a2", "2025-10-06")])
    assert date_conflict(claim, {"a": "2025-09-08", "b": "2025-10-06"}) is None
    assert date_conflict(claim, {"a": "2025-10-07", "b": "2025-10-06"}) is not None  # the first knew of October
    claim.reports[1] = _dated_report("b", "a2", "2025-09-09")  # a day apart: maybe said again, maybe misdated
    assert date_conflict(claim, {"a": "2025-09-08", "b": "2025-09-09"}) is not None


def test_another_speaker_of_the_source_saying_it_on_another_day_is_no_date_conflict():
    """The network gives its count on Monday; its chief executive, under the network's claim, repeats it on Wednesday:
    said again by another voice, not a statement two outlets date differently. The same speaker named in two ways
    ("Paul Bennett", "Bennett") still is."""
    first, second = _dated_report("a", "a1", "2025-08-11"), _dated_report("b", "a2", "2025-08-13")
    first.claimant, second.claimant = "Halbrook Health Network", "Ruth Ebner"
    claim = Claim(id="c1", claimant=EntityRef(None, "Halbrook Health Network"), summary="400,000 records",
                  reports=[first, second])
    published = {"a": "2025-08-14", "b": "2025-08-14"}
    assert date_conflict(claim, published) is None
    first.claimant, second.claimant = "Ruth Ebner", "Ebner"
    assert date_conflict(claim, published) is not None


# --------------------------------------------------------------------------- people named by title or by work

CONSULTANCY = [
    Item("fees-1", "2025-11-03", outlet="Kelston Gazette", title="Ministry paid donor's consultancy 4.2m crowns",
         text="The regional development ministry paid 4.2 million crowns to Brightmere Advisory, a consultancy run by "
              "a party donor, invoices show.\n\nBrightmere's lawyer, Nils Aaberg, said the firm had delivered every "
              "report it was paid to write."),
    Item("fees-2", "2025-11-04", outlet="Capital Wire", title="Minister denies wrongdoing over consultancy fees",
         text="The regional development minister denied any wrongdoing over 4.2 million crowns paid to Brightmere "
              "Advisory.\n\nThe firm's founder did not respond. His lawyer told reporters that the firm had "
              "delivered all the reports it was paid for."),
    Item("audit-1", "2025-11-05", outlet="Capital Beat", title="Audit office confirms Brightmere payments",
         text="The State Audit Office said it had confirmed eleven payments of 4.17 million crowns to Brightmere "
              "Advisory.\n\nThe office said it had made no finding on whether the contracts were lawful."),
    Item("audit-2", "2025-11-06", outlet="Kelston Gazette", title="Auditors confirm 4.17m paid to Brightmere",
         text="Auditors said eleven payments of 4.17 million crowns had been made to Brightmere Advisory.\n\n"
              "The minister said the audit showed every crown was recorded."),
]

consultancy = scenario_fixture(CONSULTANCY)


@pytest.mark.parametrize("words, articles", [
    ("delivered every report", ("fees-1", "fees-2")),  # "His lawyer" is the lawyer another article names
    ("eleven payments", ("audit-1", "audit-2")),  # "Auditors" are the State Audit Office's
])
def test_people_named_by_title_or_by_work_speak_for_the_one_the_story_names(consultancy, words, articles):
    claim = consultancy.claim_saying(words)
    assert reports_of(claim) == consultancy.article_ids(*articles)
    assert claim["independent_sources"] == 1


# --------------------------------------------------------------------------- people who share a surname

BAKERY = [
    Item("bakery-1", "2025-09-02", outlet="Town Crier", title="Explosion at Miller bakery",
         text="John Miller and his sister Sarah Miller run the family bakery on Mill Street.\n\n"
              "An oven exploded there on Monday, John Miller said.\n\n"
              "\"We lost everything,\" Miller said."),
    Item("bakery-2", "2025-09-03", outlet="Town Crier", title="Miller bakery to reopen",
         text="Sarah Miller said the bakery on Mill Street would reopen next month. Her brother John Miller was "
              "treated for burns."),
]

bakery = scenario_fixture(BAKERY)


def test_two_people_sharing_a_surname_stay_two_entities(bakery):
    story = bakery.story_of("bakery-1")
    john, sarah = entity_named(story, "John Miller"), entity_named(story, "Sarah Miller")
    assert john["id"] != sarah["id"] and john["type"] == sarah["type"] == "PERSON"
    assert "Sarah Miller" not in john["aliases"]
    assert not {"Miller", "John Miller"} & set(sarah["aliases"])


def test_a_bare_surname_shared_by_two_named_people_is_the_one_named_last_before_it(bakery):
    """ "John Miller and his sister Sarah Miller run the bakery ... John Miller said ... 'We lost everything,' Miller
    said": news names a person in full, then by surname; the surname is John's, who was named last."""
    story = bakery.story_of("bakery-1")
    quote = bakery.claim_saying("We lost everything")
    assert quote["claimant"]["entity_id"] == entity_named(story, "John Miller")["id"]


# --------------------------------------------------------------------------- stories over several runs

def _byline(outlet: str) -> str:
    return f"By Staff Reporter, {outlet}\n\n"


FIRE = [
    Item("town-1", "2025-03-03",
         text=_byline("Ashford Echo") + "A fire destroyed a timber warehouse on the edge of Ashford on Sunday.\n\n"
              "Mayor Helen Foster said nobody was hurt. Police chief Thomas Grant said officers were trying to find "
              "out how the fire started."),
    Item("town-2", "2025-03-04", outlet="Valley Wire", title="Ashford warehouse fire was arson, police say",
         text="Police chief Thomas Grant said on Tuesday that the warehouse fire in Ashford had been started "
              "deliberately.\n\nMayor Helen Foster said the town would help the owners of the timber warehouse "
              "rebuild."),
]
LATER = [
    Item("town-3", "2025-03-05", outlet="Ashford Echo", title="Arrest over Ashford warehouse fire",
         text="Police arrested a man over the fire that destroyed a timber warehouse in Ashford, police chief "
              "Thomas Grant said on Wednesday."),
    Item("town-4", "2025-04-08",
         text=_byline("Ashford Echo") + "A school bus skidded off the road near Ashford on Monday and landed in a "
              "ditch.\n\nMayor Helen Foster said eleven children were treated in hospital. Police chief Thomas "
              "Grant said the driver had been tested for alcohol."),
    Item("town-5", "2025-04-08", outlet="Hill Times", title="Timber warehouse burns down in Ashford",
         text="A fire destroyed a timber warehouse on the edge of Ashford on Sunday.\n\nMayor Helen Foster said "
              "nobody was hurt. Police chief Thomas Grant said officers were trying to find out how the fire "
              "started."),
    Item("town-6", "2025-04-09", outlet="Valley Wire", title="Ashford bus driver charged",
         text="The driver of the school bus that crashed near Ashford on Monday has been charged with dangerous "
              "driving, police chief Thomas Grant said."),
]


@pytest.fixture(scope="module")
def town(scenario):
    """Run 1: the fire; run 2: its follow-up, a later copy of its first report, and a bus crash weeks later;
    run 3: the first corpus again."""
    return scenario(FIRE).add(LATER).rerun(0)


def test_two_events_in_one_town_weeks_apart_stay_two_stories(town):
    fire, bus = town.story_of("town-1"), town.story_of("town-4")
    assert fire["id"] != bus["id"]
    assert set(bus["article_ids"]) == town.article_ids("town-4", "town-6")


def test_a_relayed_copy_joins_the_story_of_its_original(town):
    assert town.story_of("town-5")["id"] == town.story_of("town-1")["id"]


def test_a_second_run_extends_the_stories_and_keeps_their_ids(town):
    first, second = town.story_of("town-1", run=0), town.story_of("town-1", run=1)
    assert set(first["article_ids"]) == town.article_ids("town-1", "town-2")
    assert second["id"] == first["id"]
    assert set(second["article_ids"]) == town.article_ids("town-1", "town-2", "town-3", "town-5")
    assert set(town.runs[1][1].stories_touched) == {first["id"], town.story_of("town-4")["id"]}


def test_rerunning_the_same_inputs_adds_nothing_and_reports_duplicates(town):
    (before, _), (after, summary) = town.runs[1], town.runs[2]
    assert (summary.added, summary.analyzed, summary.stories_touched) == (0, 0, [])
    rerun = {str(path): town.article_id(path.stem) for path in town.folders[0].iterdir()}
    assert {source.split("#")[0]: stored for source, stored in summary.duplicates} == rerun
    assert {d["source"].split("#")[0]: d["duplicate_of"] for d in after["duplicates"]} == rerun
    assert after["stories"] == before["stories"]


def test_a_run_validates_the_stories_it_rebuilt_not_every_story(monkeypatch, tmp_path, settings):
    from newstrace.present import dossier as dossier_module

    validated: list[list[str]] = []
    monkeypatch.setattr(dossier_module, "validate_dossier",
                        lambda dossier: validated.append([story["id"] for story in dossier["stories"]]))
    article = tmp_path / "pier.txt"
    article.write_text(" date 2025-04-02\n\nThe Ashford pier closed on Tuesday after a storm cracked its deck, the "
                       "harbour master said.", encoding="utf-8")
    with Workspace(tmp_path / "ws.db") as workspace:
        first, _ = pipeline.run(workspace, [str(article)], settings)
        again, _ = pipeline.run(workspace, [str(article)], settings)
    assert validated == [[story["id"] for story in first["stories"]], []]
    assert again["stories"] == first["stories"] and len(first["stories"]) == 1


def test_stories_built_by_other_code_are_rebuilt_once_and_never_re_clustered(monkeypatch, tmp_path, settings):
    article = tmp_path / "pier.txt"
    article.write_text(" date 2025-04-02\n\nThe Ashford pier closed on Tuesday after a storm cracked its deck, the "
                       "harbour master said.", encoding="utf-8")
    with Workspace(tmp_path / "ws.db") as workspace:
        first, built = pipeline.run(workspace, [str(article)], settings)
        monkeypatch.setattr(pipeline, "stories_stamp", lambda: "a newer version")
        again, rebuilt = pipeline.run(workspace, [], settings)
        _, unchanged = pipeline.run(workspace, [], settings)
    assert rebuilt.stories_touched == built.stories_touched == [first["stories"][0]["id"]]
    assert unchanged.stories_touched == [] and again["stories"][0]["id"] == first["stories"][0]["id"]


def _placed(article: str, value: float, subject: str = "people", category: str = "killed", day: str = "2025-04-14",
            start: int = 0, figure_id: str = "f1", **fields) -> StoryFigure:
    """A figure as a story holds it, for the casualty summary's unit tests."""
    fields = {"low": None, "high": None, "qualifier": None, **fields}
    figure = Figure(id=figure_id, text=str(value), span=(start, start + 5), value=value, category=category,
                    subject=subject, as_of=DateValue(day, "day"), **fields)
    return StoryFigure(id=f"{article}:{figure_id}", article_id=article, figure=figure, group=group_key(figure))


def test_a_count_over_a_period_is_no_part_of_the_casualty_summary():
    toll, statistic = _placed("a", 2), _placed("b", 131, period="so far this year")
    assert toll.group != statistic.group
    killed = casualty_summary([toll, statistic])["killed"]
    assert (killed.low, killed.best, killed.high, killed.figure_ids) == (2, 2, 2, ["a:f1"])


def test_the_latest_count_is_latest_by_the_calendar_not_by_how_its_date_is_written():
    """A count dated by its week ("at least nine people" this week) is older than a count of a later day."""
    week = _placed("a", 9, qualifier="at least", low=9)
    week.figure.as_of = DateValue("2025-W11", "week")
    day = _placed("b", 27, day="2025-04-23")
    killed = casualty_summary([week, day])["killed"]
    assert (killed.best, killed.high, killed.best_ids) == (27, 27, ["b:f1"])
    assert killed.low <= killed.best <= killed.high


def test_a_count_of_some_of_the_dead_is_no_rival_toll():
    """ "At least 14 soldiers were killed" and, below, "the army had recovered the bodies of nine of the dead": the
    nine are some of the fourteen, neither a conflict nor the low bound."""
    toll = _placed("a", 14, "soldiers", start=10)
    part = _placed("a", 9, "the dead", start=400, figure_id="f2")
    part.figure.text = "nine of the dead"
    part = dataclasses.replace(part, group=group_key(part.figure))
    assert part.group != _placed("b", 17, "the dead").group
    assert casualty_summary([toll, part])["killed"].low == 14


def test_people_among_the_dead_are_no_rival_toll():
    """ "Six people died" and "two crew members were among the dead": the two are some of the six."""
    toll = _placed("a", 6, "people", start=10)
    crew = _placed("b", 2, "crew members", start=10)
    crew.figure.text = "two crew members were among the dead"
    assert group_key(crew.figure) != toll.group


def test_the_seriously_injured_are_some_of_the_injured():
    """ "More than 30 people were injured" and "nine others were seriously injured": no rival counts."""
    all_hurt = _placed("a", 30, "people", category="injured")
    serious = _placed("b", 9, "others", category="injured")
    serious.figure.text = "nine others were seriously injured"
    assert group_key(serious.figure) != all_hurt.group
    staying = _placed("b", 6, "other people", category="injured")
    staying.figure.text = "Six other people remain in hospital"  # the next day: still the injured of the day before
    assert group_key(staying.figure) != all_hurt.group
    for text in ("Three of the 30 people injured were in critical condition", "Two workers remained hospitalized"):
        part = _placed("b", 2, "people", category="injured")
        part.figure.text = text
        assert group_key(part.figure) != all_hurt.group


def test_a_count_of_one_town_alone_is_no_rival_of_the_whole_count():
    """ "6,500 people had been evacuated" and "In Harlby alone, 2,400 residents have left their homes": one town's
    count is part of the whole, neither a conflict nor its low bound."""
    whole = _placed("a", 6500, category="displaced")
    town = _placed("b", 2400, "residents", category="displaced")
    town.figure.text = "In Harlby alone, 2,400 residents have left"
    town = dataclasses.replace(town, group=group_key(town.figure))
    assert town.group != whole.group
    assert casualty_summary([whole, town])["displaced"].low == 6500
    some = _placed("b", 6, category="displaced", number_text="six")
    some.figure.text = "including six"
    assert group_key(some.figure) != whole.group
    critical = _placed("b", 2, None, category="displaced", number_text="2", part_of="f1")
    critical.figure.text = "2"
    assert group_key(critical.figure) != whole.group


def test_a_count_a_correction_takes_back_is_kept_but_bounds_nothing():
    """ "Correction: An earlier version of this article said 321 people had been arrested": no step after 312, no
    rival of it, and no high bound."""
    count = _placed("a", 312, category="arrested")
    taken_back = _placed("b", 321, category="arrested", claimant=Claimant(name="an earlier version of this article"))
    assert taken_back.group != count.group
    arrested = casualty_summary([count, taken_back])["arrested"]
    assert (arrested.low, arrested.best, arrested.high, arrested.figure_ids) == (312, 312, 312, ["a:f1"])


def test_counts_of_cases_rise_and_conflict_like_tolls_but_are_no_casualties():
    """The ministry's 71 then 168 cases are an update; the charity's "about 230" the day of the 168 a conflict."""
    def given(by: str, *args, **fields) -> StoryFigure:
        return dataclasses.replace(_placed(*args, **fields), claimant=EntityRef(None, by))

    ministry = [given("Health Ministry", "a", 71, "cases", "other", "2025-03-04", number_text="71"),
                given("Health Ministry", "b", 168, "cases", "other", "2025-03-07", number_text="168")]
    charity = given("Clearwater Medics", "c", 230, "cases", "other", "2025-03-07", low=207, high=253,
                    qualifier="about", number_text="230")
    updates, conflicts = updates_and_conflicts([*ministry, charity])
    assert [(u.about, u.item_ids) for u in updates] == [("other (case)", ["a:f1", "b:f1"])]
    assert [(c.about, c.item_ids) for c in conflicts] == [("other (case)", ["b:f1", "c:f1"])]
    assert casualty_summary([*ministry, charity]) == {}
    ages = [given("a neighbour", "a", 16, "boys", "other", number_text="16"),
            given("police", "b", 17, "boys", "other", number_text="17")]
    assert updates_and_conflicts(ages) == ([], [])


def test_a_wire_count_carried_by_several_outlets_is_explained_once():
    """The directorate's 31 in three outlets against the governor's "at least 40" in two: one disagreement between two
    claimants, explained once, with the ids of all five reports."""
    def given(by: str, article: str, value: float, **fields) -> StoryFigure:
        return dataclasses.replace(_placed(article, value, number_text=str(value), **fields), claimant=EntityRef(None, by))

    directorate = [given("Civil Protection Directorate", article, 31) for article in "abc"]
    governor = [given("Aleksa Marin", article, 40, low=40, qualifier="at least", figure_id="f2") for article in "ab"]
    _, (conflict,) = updates_and_conflicts([*directorate, *governor])
    assert conflict.explanation.count(" vs ") == 1 and "Civil Protection Directorate" in conflict.explanation
    assert conflict.item_ids == ["a:f1", "a:f2", "b:f1", "b:f2", "c:f1"]
    # the directorate's spokesman giving its 31 in a fourth outlet is the same source: still one disagreement
    directorate = [dataclasses.replace(f, source="E1") for f in directorate]
    spokesman = dataclasses.replace(given("Ilya Dorn", "d", 31), source="E1")
    _, (conflict,) = updates_and_conflicts([*directorate, spokesman, *governor])
    assert conflict.explanation.count(" vs ") == 1


def test_a_count_restated_by_a_spokeswoman_of_the_same_police_is_their_own_count():
    """Police said on Saturday there was one gunman; on Sunday a witness says two and the chief, for the same police,
    says one again: the chief stands by her force's count, so Sunday has a conflict, not an out-of-date repeat."""
    def given(by: str, source: str, article: str, value: float, day: str) -> StoryFigure:
        placed = _placed(article, value, "gunman", "other", day, number_text=str(value))
        return dataclasses.replace(placed, claimant=EntityRef(None, by), source=source)

    police = given("Police", "@police", "a", 1, "2025-09-13")
    witness = given("a witness", "~a witness", "b", 2, "2025-09-14")
    chief = given("Dana Whitcomb", "@police", "c", 1, "2025-09-14")
    _, conflicts = updates_and_conflicts([police, witness, chief])
    assert [c.item_ids for c in conflicts] == [["b:f1", "c:f1"]]


def test_a_vague_count_after_a_stated_one_is_no_step_of_the_toll():
    stated = _placed("a", 7, "bodies", day="2025-06-09", number_text="seven")
    vague = _placed("b", 10, "bodies", day="2025-06-10", number_text="several", qualifier="several")
    stated_later = _placed("c", 12, "bodies", day="2025-06-11", number_text="12")
    updates, _ = updates_and_conflicts([stated, vague, stated_later])
    assert [u.item_ids for u in updates] == [["a:f1", "c:f1"]]


def test_the_best_estimate_rests_on_the_figure_an_article_leads_with():
    """'One person was killed ...' and, paragraphs later, 'eight students were killed at a college last week':
    the lead states this event's toll; the later count is context, kept for the high bound only."""
    lead, context = _placed("a", 1, "person", start=10), _placed("a", 8, "students", start=600, figure_id="f2")
    assert lead.group != context.group
    killed = casualty_summary([context, lead])["killed"]
    assert (killed.low, killed.best, killed.high) == (1, 1, 8)
    assert (killed.best_ids, killed.high_ids) == (["a:f1"], ["a:f2"])


@pytest.mark.parametrize("whole, best", [(3, 3), (13, 2)])
def test_a_lead_counting_some_of_the_dead_yields_to_the_count_of_all_of_them(whole, best):
    """'two children' first, 'three people were discovered dead' further down, the same day: the parents are in the
    three. 'Thirteen people died' in the city is another event's count."""
    lead = _placed("a", 2, "children", start=10, figure_id="f1", number_text="two")
    people = _placed("a", whole, "people", start=300, figure_id="f2", number_text=str(whole))
    assert casualty_summary([lead, people])["killed"].best == best


def test_an_open_count_yields_to_a_stated_count_it_admits():
    """'a murder-suicide' (at least two dead) and 'four people dead' agree; the stated four says more."""
    killed = casualty_summary([_placed("a", 2, low=2, qualifier="at least"), _placed("b", 4, low=4, high=4)])["killed"]
    assert (killed.low, killed.best, killed.high, killed.best_ids) == (2, 4, 4, ["b:f1"])


PARK = [
    Item("park-1", "2025-09-01", outlet="Weyford Herald", title="Boy shot at Weyford park",
         text="A 9-year-old boy was in critical condition on Monday after he was shot at Linden Park in Weyford, "
              "police said.\n\nOfficers are looking for a grey pickup seen leaving the park."),
    Item("park-2", "2025-09-03", outlet="Valley Wire", title="Boy shot at Weyford park dies",
         text="The 9-year-old boy who was shot at Linden Park in Weyford on Monday died on Wednesday, police said.\n\n"
              "Officers are still looking for a grey pickup seen leaving the park."),
]

park = scenario_fixture(PARK)


def test_a_victim_reported_wounded_and_later_dead_counts_as_a_death_only(park):
    story = park.story_of("park-1")
    assert park.article_ids("park-1", "park-2") <= set(story["article_ids"])
    assert story["casualties"]["killed"]["best"] == 1 and "injured" not in story["casualties"]


@pytest.mark.parametrize("wounded, dead", [("2-year-old child", "The 2-year-old"), ("Ada Lunn", "Ada Lunn"),
                                            ("the boy", "a boy")])
def test_the_same_victim_wounded_then_dead_is_one_death(wounded, dead):
    """Told apart by the age or the name, or the wounded one referred back to: one victim, who died."""
    summary = casualty_summary([_placed("a", 1, wounded, "injured", low=1, high=1, unit="people"),
                                _placed("b", 1, dead, "killed", "2025-04-15", low=1, high=1, unit="people")])
    assert "injured" not in summary and summary["killed"].best == 1


@pytest.mark.parametrize("number_text, conflicts", [("", 0), ("one", 1)])  # "another victim" has no number
def test_one_victim_told_by_a_description_is_a_part_of_a_count_not_a_conflicting_one(number_text, conflicts):
    """'five others injured' (police) and 'another victim' (a witness): the victim is one of them; 'one injured' is
    a count that disagrees."""
    from newstrace.assess.figures import updates_and_conflicts
    from newstrace.model import EntityRef

    count = _placed("a", 5, "people", "injured", number_text="five")
    one = _placed("b", 1, "victim", "injured", number_text=number_text)
    count.claimant, one.claimant = EntityRef(None, "police"), EntityRef(None, "a witness")
    assert count.group == one.group and len(updates_and_conflicts([count, one])[1]) == conflicts


def test_a_man_wounded_and_a_man_killed_in_one_article_are_two_people():
    wounded = _placed("a", 1, "man", "injured", low=1, high=1, unit="people")
    killed = _placed("a", 1, "man", "killed", start=100, figure_id="f2", low=1, high=1, unit="people")
    summary = casualty_summary([wounded, killed])
    assert (summary["injured"].best, summary["killed"].best) == (1, 1)


@pytest.mark.parametrize("wounded, dead, one_victim", [("young child", "toddler", True), ("woman", "man", False),
                                                       ("3-year-old child", "5-year-old boy", False),
                                                       ("her grandmother", "7-year-old girl", False),
                                                       ("His mother", "six-year-old", False)])
def test_the_one_wounded_victim_of_an_article_is_the_one_a_later_article_reports_dead(wounded, dead, one_victim):
    """An article reports a wounded child and no death; a later one reports a dead toddler: the same victim, unless
    their sexes or ages tell them apart."""
    summary = casualty_summary([_placed("a", 1, wounded, "injured", low=1, high=1, unit="people"),
                                _placed("b", 1, dead, "killed", "2025-04-15", low=1, high=1, unit="people")])
    assert ("injured" not in summary) == one_victim and summary["killed"].best == 1


TULSA = [
    Item("tulsa-1", "2025-05-03", outlet="Plains Daily", title="Man shot dead in Tulsa",
         text="A man was shot and killed in Tulsa on Friday night, police said.\n\nOfficers said they were looking "
              "for a dark sedan seen leaving the street."),
    Item("tulsa-2", "2025-05-04", outlet="Prairie Wire", title="Tulsa police seek sedan after fatal shooting",
         text="Police in Tulsa asked on Saturday for help finding the driver of a dark sedan, a day after the "
              "shooting on Pine Street. Officers went door to door along the street, and detectives asked "
              "neighbours for any camera footage of the car. The police chief said the department would add "
              "patrols in the area over the weekend and urged anyone with information to call.\n\n"
              "Three people were killed in a shooting in Wichita last month, and a man was shot and killed in "
              "Tulsa on Friday."),
]

tulsa = scenario_fixture(TULSA)


def test_a_count_of_another_place_is_a_measure_of_its_own_and_no_part_of_the_toll(tulsa):
    story = tulsa.story_of("tulsa-1")
    assert tulsa.article_ids("tulsa-1", "tulsa-2") <= set(story["article_ids"]) and story["places"][0] == "Tulsa"
    wichita, here = tulsa.figure("tulsa-2", "Three people"), tulsa.figure("tulsa-1", "A man")
    assert wichita["place"] == "Wichita" and here["place"] == "Tulsa" and wichita["group"] != here["group"]
    assert story["casualties"]["killed"]["best"] == 1
    rows = list(csv.DictReader(io.StringIO(export_figures_csv(tulsa.runs[-1][0]))))
    assert {r["place"] for r in rows} == {"Tulsa", "Wichita"}


def test_the_report_shows_the_place_of_a_count(tulsa, tmp_path):
    _, report = pipeline.write_outputs(tulsa.workspace, tulsa.dossier, tmp_path)
    assert "killed · killed people · in Wichita" in " ".join(report.read_text(encoding="utf-8").split())


QUARRY = [
    Item("quarry-1", "2025-07-02", outlet="Ridge Courier", title="Two killed in quarry blast",
         text="Two workers were killed when a blast went wrong at the Tarn quarry on Tuesday, the site manager "
              "Ilse Varn said.\n\nThe union says 11 quarry workers have been killed in the region so far this "
              "year."),
]

quarry = scenario_fixture(QUARRY)


def test_a_count_over_a_period_is_marked_and_kept_out_of_the_toll(quarry):

    story = quarry.story_of("quarry-1")
    statistic = quarry.figure("quarry-1", "11 quarry workers")
    assert statistic["period"] == "so far this year" and statistic["group"] != quarry.figure("quarry-1", "Two")["group"]
    assert story["casualties"]["killed"]["best"] == 2 and statistic["id"] not in story["casualties"]["killed"]["figure_ids"]
    rows = list(csv.DictReader(io.StringIO(export_figures_csv(quarry.runs[-1][0]))))
    assert {r["period"] for r in rows} == {"", "so far this year"}


def test_the_report_and_the_claims_csv_name_the_source_and_who_spoke_for_it(shooting, tmp_path):
    _, report = pipeline.write_outputs(shooting.workspace, shooting.dossier, tmp_path)
    html = report.read_text(encoding="utf-8")
    claim = shooting.claim_saying("shot in the leg")
    assert "<strong>Maria Lenz</strong> <span class=\"muted\">for Mercy Hospital</span>" in html
    assert "<strong>Ridgeford police</strong> <span" not in html  # no 'for Ridgeford Police' beside it
    assert "· Dana Pruitt</div>" in html
    rows = list(csv.DictReader(io.StringIO(export_claims_csv(shooting.dossier))))
    (row,) = [r for r in rows if r["claim_id"] == claim["id"] and r["story_id"] == shooting.story_of("elm-1")["id"]]
    assert row["source"] == claim["source"]["name"]


def test_a_count_of_none_contests_another_sources_count_but_bounds_nothing():
    """ "No soldiers were killed", the army says; "two soldiers were killed", local officials say the same day."""
    from newstrace.assess.figures import updates_and_conflicts
    from newstrace.model import EntityRef

    none = _placed("a", 0, "soldiers", low=0, high=0, number_text="no")
    two = _placed("b", 2, "soldiers", low=2, high=2, number_text="two")
    none.claimant, two.claimant = EntityRef(None, "the army"), EntityRef(None, "local officials")
    assert len(updates_and_conflicts([none, two])[1]) == 1
    killed = casualty_summary([none, two])["killed"]
    assert (killed.low, killed.best, killed.high) == (2, 2, 2)
    # "No one was hurt" in the outlet's own words, of another incident the article tells of, contests nothing
    none.claimant = None
    assert updates_and_conflicts([none, two])[1] == []


QUELLON = [
    Item("quellon-1", "2026-06-01", outlet="Fenwick Courier", title="Gas leak at Quellon plant",
         text="Fenwick General Hospital had treated 46 people after an ammonia leak at the Quellon plant by Monday "
              "afternoon, hospital spokeswoman Joanna Prell said on Monday. The Fenwick health office said on Monday "
              "that 120 people had been injured by the ammonia leak at the Quellon plant."),
    Item("quellon-2", "2026-06-02", outlet="National Dispatch", title="More treated after Quellon ammonia leak",
         text="Fenwick General Hospital said on Tuesday that 58 people had now been treated after the ammonia leak "
              "at the Quellon plant. The Fenwick Courier reported that 46 people had been treated at the hospital."),
]

quellon = scenario_fixture(QUELLON)


def test_people_treated_are_no_rival_count_of_the_injured_and_a_stale_repeat_no_rival_of_the_new_count(quellon):
    story = quellon.story_of("quellon-2")
    assert story["conflicts"] == []
    (update,) = story["updates"]
    assert update["about"] == "injured (people (treated))"
    assert [f["value"] for f in story["figures"] if f["id"] in update["item_ids"]] == [46, 58]


SALTMERE = [
    Item("saltmere-1", "2026-05-27", outlet="Saltmere Chronicle", title="Dock march ends in clashes",
         text="Police arrested 37 people after a dock strike march in Saltmere turned violent on Tuesday, Saltmere "
              "Police said on Tuesday."),
    Item("saltmere-2", "2026-05-30", outlet="Harbour Times", title="Four more arrests over dock march clashes",
         text="Saltmere Police have arrested four more people over Tuesday's dock strike march clashes in Saltmere, "
              "bringing the total to 41, Saltmere Police said on Friday. Twenty-three people have been charged. The "
              "Saltmere Police Federation said its members had faced bottles and flares at the dock strike march."),
]

saltmere = scenario_fixture(SALTMERE)


def test_more_arrests_raise_the_total_and_those_charged_are_a_count_of_their_own(saltmere):
    story = saltmere.story_of("saltmere-2")
    assert story["conflicts"] == []
    (update,) = story["updates"]
    assert [f["value"] for f in story["figures"] if f["id"] in update["item_ids"]] == [37, 41]
    assert story["casualties"]["arrested"]["best"] == 41


def test_a_police_union_is_not_the_police(saltmere):
    names = {e["name"]: e["aliases"] for e in saltmere.story_of("saltmere-2")["entities"] if "Police" in e["name"]}
    assert names == {"Saltmere Police": [], "Saltmere Police Federation": []}


def _said_on(day: str, stance: str = "asserts", relayed_from=None, addressee=None) -> Report:
    return Report(article_id=day, attribution_id="a1", kind="indirect", cue="said", stance=stance, text="the words",
                  sentence="the words", span=(0, 9), stated_on=DateValue(day, "day"), relayed_from=relayed_from,
                  addressee=addressee)


def test_a_claimant_confirming_its_own_statement_a_day_later_is_no_confirmation():
    from newstrace.assess.claims import _status
    announced = Claim(id="c1", claimant=EntityRef(None, "Lukas Corvin"), summary="the committee would call Varga",
                      reports=[_said_on("2025-11-05"), _said_on("2025-11-06", "confirms")], outlets=["a", "b"])
    assert _status(announced, set(), set(), {})[0] == "single-source"
    confirmed = Claim(id="c2", claimant=EntityRef(None, "the coastguard"), summary="two bodies were found",
                      reports=[_said_on("2025-11-06", "confirms")], outlets=["a"])
    assert _status(confirmed, set(), set(), {})[0] == "confirmed"


def test_words_told_to_the_outlet_that_carries_a_claim_are_no_second_source():
    """The Gazette reports the lawyer's words; a wire story says "His lawyer told the Gazette that ...": one report."""
    from newstrace.assess.claims import _through_its_outlet
    gazette = Claim(id="c1", claimant=EntityRef(None, "Nils Aaberg"), summary="the firm delivered the work",
                    reports=[_said_on("2025-11-03")], outlets=["kelstongazette.example"])
    wire = Claim(id="c2", claimant=EntityRef(None, "His lawyer"), summary="the firm delivered all the work",
                 reports=[_said_on("2025-11-03", relayed_from="Capital Wire Service", addressee="the Gazette")],
                 outlets=["capitalwire.example"])
    assert _through_its_outlet(wire, gazette) and not _through_its_outlet(gazette, wire)
    wire.reports[0].addressee = "reporters"
    assert not _through_its_outlet(wire, gazette)


def test_homes_that_met_different_fates_are_different_counts():
    without_power = _placed("a1", 40000, subject="homes", category="other", measure="leave")
    flooded = _placed("a2", 35, subject="homes", category="other", measure="flood")
    destroyed = [_placed(f"a{n}", value, subject="homes", category="other", measure="destroy")
                 for n, value in ((3, 120), (4, 95))]
    assert without_power.group != flooded.group
    assert destroyed[0].group == destroyed[1].group


def test_the_count_a_toll_rose_from_is_no_rival_of_the_toll():
    """ "The toll rose from 12 after three of the injured died" beside "15 people were killed": the 12 is the count
    the 15 replaced, no conflict on the same day."""
    from newstrace.assess.figures import updates_and_conflicts
    from newstrace.model import EntityRef

    toll = _placed("a", 15)
    before = _placed("a", 12, None, start=100, figure_id="f2")
    before.figure.text = "rose from 12"
    before = dataclasses.replace(before, group=group_key(before.figure))
    toll.claimant, before.claimant = EntityRef(None, "police"), EntityRef(None, "health officials")
    assert toll.group != before.group and updates_and_conflicts([toll, before])[1] == []
    assert casualty_summary([toll, before])["killed"].best == 15


def test_a_count_of_some_of_a_toll_told_by_cause_is_no_rival_of_the_toll():
    from newstrace.assess.figures import updates_and_conflicts
    from newstrace.model import EntityRef

    toll = _placed("a", 5, None)
    drowned = _placed("b", 2, None, start=100, figure_id="f2", partial=True)
    toll.claimant, drowned.claimant = EntityRef(None, "authorities"), EntityRef(None, "the civil defence agency")
    assert toll.group != drowned.group and updates_and_conflicts([toll, drowned])[1] == []
