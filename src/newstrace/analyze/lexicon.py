"""Curated word lists for attribution: reporting verbs with their stance, hedges, anonymous sources."""

from __future__ import annotations

import functools
import re

from babel import Locale

# verbs by which documents report ("court records show the man was arrested twice"); "find" also for people.
# Pictures are no documents here: "a video purportedly shows soldiers burning ..." is evidence, not a statement.
DOCUMENT_CUES = {"show", "indicate", "reveal", "find"}
DOCUMENT_NOUNS = set("""record records report reports document documents study survey data analysis filing filings complaint
affidavit autopsy poll investigation review audit test tests result results census figures statistics
statement letter memo email emails warrant indictment lawsuit suit transcript transcripts log logs
message messages release tweet notice bulletin announcement alert advisory warning footage video videos image images
imagery photo photos photograph photographs picture pictures""".split())
# verbs that report a quotation next to them and nothing else: '"Four years old," she sobbed', '"Where is it?" he asked'
QUOTE_ONLY_CUES = set("""sob lament exclaim cry shout scream yell whisper quip joke muse sigh plead beg wonder ask recount
continue choke gush boast mumble mutter rave reflect marvel laugh chant instruct decry""".split())
# nouns for a body that an apposition names: "Telvio, the mobile carrier", "a local aid group, Clean River"
BODY_NOUNS = set("""company carrier firm bank lender insurer retailer airline operator maker manufacturer producer
miner group conglomerate startup utility broadcaster publisher developer supplier distributor chain brand subsidiary
unit charity ngo nonprofit foundation association campaign coalition watchdog app platform marketplace automaker
carmaker chipmaker drugmaker""".split())
# the words that end a company's name: "Du Pont Co.", "Reed International PLC"
CORPORATE_ENDINGS = r"inc|corp|co|cos|ltd|plc|llc|ag|sa|nv|bhd|berhad|pty|pte|gmbh|tbk"
# what someone is "confirmed", "reported", "believed" or "feared" to be: a state, not what a source said
STATES = {"dead", "killed", "missing", "alive", "injured", "wounded", "drowned", "safe", "unaccounted"}
SPOKES_NOUNS = {"spokesperson", "spokesman", "spokeswoman"}
REFLEXIVES = {"itself", "themselves", "himself", "herself"}  # "a group that calls itself SableCrypt" names itself
# verbs that accuse only with what for: "criticized Vacco for dismantling the office"; "attacked the village"
# and "criticized the decision" say no more than that
CRITICIZING = {"criticize", "criticise", "attack", "fault", "slam", "blast", "chide", "rebuke", "condemn", "denounce",
               "scold", "lambaste", "castigate", "berate"}
# lemma -> stance of the reporting cue
CUE_STANCE = {
    **dict.fromkeys("say tell add state note explain write announce declare report reply respond answer "
                    "assure reassure inform remark comment recall remember describe characterize characterise "
                    "portray stress emphasize emphasise testify post tweet argue suggest predict vow promise pledge "
                    "threaten urge "
                    "call defend attribute downplay rule reiterate identify".split(), "asserts"),
    **dict.fromkeys("claim insist maintain contend assert purport".split(), "claims"),
    # speech acts whose object is what was asked or made known: "demanded the release of the crew"
    **dict.fromkeys("recommend demand propose disclose cite forecast release".split(), "asserts"),
    # phrasal cues, as lemma_particle: "GM has pointed out that ..."
    "point_out": "asserts", "spell_out": "asserts", "lay_out": "asserts",
    # "the court made it clear that ...": the repairs hang the clause on "made" and "clear" on it as a particle
    "make_clear": "asserts",
    # with a clause only: "consultants agreed that it had to be done carefully", "authorities determined it was an
    # accident"; "agreed to pay" and "determined the cause" state nothing (FINITE_CLAUSE_CUES)
    "agree": "asserts", "determine": "asserts", "complain": "asserts", "detail": "asserts", "specify": "asserts",
    "object": "asserts", "signal": "asserts", "indicate": "asserts", "decide": "asserts",
    # "the minister hinted that ...", and the words of courts: "counsel submitted that ...", "the judge held that ...",
    # "the bench observed that ..."
    "hint": "asserts", "submit": "asserts", "hold": "asserts", "observe": "asserts",
    **dict.fromkeys("allege".split(), "alleges"),
    **dict.fromkeys("confirm acknowledge verify admit concede affirm reaffirm".split(), "confirms"),
    **dict.fromkeys("deny reject dismiss refute dispute rebut contradict".split(), "denies"),
    **dict.fromkeys("estimate calculate reckon put".split(), "estimates"),
    **dict.fromkeys("warn caution".split(), "warns"),
    **dict.fromkeys("accuse blame charge".split(), "accuses"),
    **dict.fromkeys(CRITICIZING, "accuses"),
    # a belief held by a source ("police believe the shooting was targeted") is reported, but weaker than a claim
    **dict.fromkeys("believe think suspect conclude speculate fear worry expect feel".split(), "believes"),
    "learn": "believes",  # "investigators learned that he was armed": what they came to know, with a clause only
    # "most officials judged that further cuts would be appropriate", "traders are betting that the bank will move"
    **dict.fromkeys("judge bet".split(), "believes"),
    **dict.fromkeys(DOCUMENT_CUES, "asserts"),
    **dict.fromkeys(QUOTE_ONLY_CUES, "asserts"),
}
# belief verbs report only a clause: "police believe the shooting was targeted", not "believe him"
# and so does a ruling: "the court ruled that ...", not "ruled out bail"
CLAUSE_ONLY_CUES = {"believe", "think", "suspect", "conclude", "speculate", "fear", "worry", "expect", "feel", "rule"}
# cues that report a finite clause only: "agreed that it had to be done carefully", not "agreed to pay"; "complained
# that the agents broke the door", not "complained of chest pains"; "objected that ...", not "objected to the plan"
FINITE_CLAUSE_CUES = {"agree", "determine", "complain", "detail", "specify", "object", "learn", "signal", "indicate",
                      "judge", "bet", "decide", "hint", "submit", "hold", "observe"}
# cues after which a "how" clause tells what happened rather than asks: "prosecutors detailed how he bought the rifle",
# "she recounted how the man fired twice"; "did not say how it happened" asks
NARRATING_CUES = {"detail", "recount", "lament"}
# nouns that report a statement when a source and a "that" clause go with them: "the man's claim that ...",
# "reports by authorities that ..."
NOUN_STANCE = {
    **dict.fromkeys("report statement announcement suggestion testimony declaration assurance pledge promise "
                    "prediction".split(), "asserts"),
    **dict.fromkeys("claim assertion insistence contention".split(), "claims"),
    "allegation": "alleges", "accusation": "accuses", "charge": "accuses", "denial": "denies",
    "admission": "confirms", "confirmation": "confirms", "warning": "warns", "estimate": "estimates",
    "belief": "believes", "fear": "believes", "conclusion": "believes",
    # what a source feels about a fact it states: "Castro expressed irritation that the visas were refused"
    **dict.fromkeys("concern hope confidence doubt worry irritation frustration optimism skepticism scepticism "
                    "regret surprise anger dismay satisfaction disappointment".split(), "believes"),
}
# adjectives by which a source holds a belief: "investors are worried that the merger will collapse"
BELIEF_ADJECTIVES = set("""worried concerned confident afraid convinced sure certain optimistic pessimistic hopeful
skeptical sceptical fearful""".split())
# verbs by which a source states the feeling its object names: "voiced concern that ..."
EXPRESS_VERBS = {"express", "voice", "share", "convey"}
# reporting verbs whose object (not only a clause) is what was said: "denied the report"
OBJECT_CUES = {"confirm", "deny", "reject", "dismiss", "refute", "dispute", "acknowledge", "announce",
               "estimate", "report", "admit", "verify", "claim", "put", "describe", "characterize", "characterise",
               "portray", "remember", "recall", "urge", "defend", "attribute", "downplay", "recommend", "demand",
               "propose", "disclose", "cite", "forecast", "predict", "identify", "release", "stress", "emphasize",
               "emphasise"}
DENYING = {lemma for lemma, stance in CUE_STANCE.items() if stance == "denies"}
# what a denial names instead of saying it: "denied the report", "rejected the allegations", "denied it", "a claim
# the operator denied"; assessment sends it to the statement just before it
# what a denial points back at: "the report", "such claims", "it"; also what a source denies having had: "receiving any
# such report", "ever getting a warning"
DENIED_REFERENCE = re.compile(r"^(?:(?:ever\s+)?(?:receiving|getting|seeing|sending|making|issuing)\s+)?"
                              r"(?:(?:an?|the|these|those|this|that|such(?: an?)?|any(?: such)?|his|her|their|its|"
                              r"[A-Z]\w+['’]s)\s+)?"
                              r"(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|accounts?|versions?|story|"
                              r"stories|"
                              r"charges?|assertions?|suggestions?|warnings?|complaints?)$|^(?:it|this|that|them)$",
                              re.IGNORECASE)
# what an agency releases when it makes something known: "released the names of the victims", not "released the
# suspect" or "released a photo"
MADE_KNOWN = {"identity", "name", "detail", "description", "cause", "finding"}
# what a company or an agency reports as a result without a number: "reported slower growth", "reported a loss"
RESULT_NOUNS = set("""growth loss losses profit profits gain gains increase increases decline declines drop rise income
earnings revenue revenues sales deficit surplus jump fall slump improvement decrease shortfall backlog""".split())
# cues that a news organization uses to relay another's statement
RELAY_CUES = {"report", "quote", "cite", "publish", "broadcast", "air"}

# common nouns for people and bodies that make statements: "The governor put it bluntly: ..."
SPEAKER_NOUNS = set("""official spokesperson spokesman spokeswoman mayor governor president minister chief sheriff
officer police detective prosecutor attorney lawyer judge witness neighbor neighbour resident survivor victim
mother father brother sister son daughter wife husband friend relative family teacher doctor expert analyst
economist leader senator representative councillor councilman councilwoman commissioner director chairman
chairwoman executive manager owner agency ministry department government army military company authority
authorities statement""".split())

# titles that, after "the", name the one who holds them: "the spokesperson" after "Pentagon spokesperson Major
# General Patrick Ryder"; organization words in a title ("Pentagon", "service") do not
ROLE_NOUNS = set("""spokesperson spokesman spokeswoman minister president chief commander director secretary governor
mayor general colonel sheriff officer detective prosecutor attorney lawyer judge chairman chairwoman executive manager
senator representative councillor commissioner ambassador envoy adviser advisor premier chancellor captain
lieutenant sergeant inspector superintendent coroner justice magistrate professor""".split())


# who a person is to someone, which news gives with the name once and alone after: "his uncle, Greg Johnston, said
# ... Smith's uncle says"; no office, so no official's title (NAME_TITLES)
RELATION_NOUNS = set("""father mother dad mom brother sister son daughter grandfather grandmother grandson granddaughter
uncle aunt nephew niece cousin husband wife widow widower boyfriend girlfriend fiance fiancee stepfather stepmother
stepson stepdaughter friend neighbor neighbour roommate classmate coach teacher pastor boss landlord""".split())


# abbreviated titles before a name: "spokeswoman Det. Nicole Monroe said" is one sentence
TITLE_ABBREVIATIONS = {"det.", "sgt.", "lt.", "capt.", "cpl.", "ofc.", "off.", "insp.", "supt.", "cmdr.", "gen.",
                        "col.", "maj.", "adm.", "gov.", "sen.", "rep.", "dr.", "mr.", "mrs.", "ms.", "rev.", "prof.",
                        "atty.", "dep.", "cpt.", "pfc.", "spc.", "cllr", "cllr.", "engr.", "barr.", "hon.", "amb.",
                        "brig."}

# titles a tagger may take into a person's name ("Trooper Mark Olsen"): ranks and offices, not "Mr." or "Dr."
NAME_TITLES = ROLE_NOUNS | {"trooper", "deputy", "agent", "investigator", "patrolman", "constable", "corporal",
                            "garda"} | (
    TITLE_ABBREVIATIONS - {"mr.", "mrs.", "ms.", "dr."})


# forms of address a tagger may take into a person's name ("Ms Petra Lind", "Alhaji Musa Bello"): no office
HONORIFICS = {"mr", "mrs", "ms", "mx", "dr", "mr.", "mrs.", "ms.", "dr.", "miss", "sir", "dame", "madam", "alhaji",
              "alhaja", "hajiya", "datuk", "dato", "dato'", "hon.", "engr.", "barrister", "prof", "prof."}


_BEFORE_A_NAME = NAME_TITLES | HONORIFICS


def leading_titles(words: list[str]) -> int:
    """How many of a name's first words are titles or forms of address ("Trooper Mark Olsen": 1, "Ms Petra Lind":
    1), always leaving one word."""
    count = 0
    while count < len(words) - 1 and words[count].lower() in _BEFORE_A_NAME:
        count += 1
    return count


# who "the leader" (of a country, a party, a union) can be: the holder of any of these titles
LEADER_TITLES = {"leader", "president", "premier", "minister", "chancellor", "king", "queen", "ruler", "chairman",
                 "chairwoman", "chair", "head", "secretary"}


def role_words(role: str) -> set[str]:
    """The words of a title that can stand for its holder: its head word (the last, or the one before "of" or "for":
    "Commissioner of Police" is "the commissioner", not "the police") and the person titles in it, abbreviated ones
    spelled out ("Sgt. Joe Heffernan" is "the sergeant"); and the initials of a title of several words ("Deputy
    Commissioner of Police" is "the DCP")."""
    # without an acronym in brackets, closed or cut by the end of the title: "Municipal Chief Executive (MCE"
    words = [_SPELLED_OUT.get(w, w) for w in re.sub(r"\([^)]*\)?", " ", role.lower()).split()
             if w in _SPELLED_OUT or w not in HONORIFICS]
    if not words:
        return set()
    title = len(words) <= _TITLE_WORDS  # not a description the parser ran on ("three foreign ministers of ... and ...")
    joiner = next((w for w in words[1:-1] if w in ("of", "for")), None) if title else None
    head = words[words.index(joiner) - 1] if joiner else words[-1]
    initials = "".join(w[0] for w in words if w not in ("of", "for", "the", "and")) if title and len(words) > 2 else ""
    found = {head} | (set(words) & ROLE_NOUNS) | ({initials} if len(initials) > 2 else set())
    return found | {alias for word in found for alias in _ROLE_ALIASES.get(word, ())}


# what news calls the holder of a title the second time: "Justice Amara Osei ... The judge", "Sen. Lyle Haskins ...
# the lawmaker", "Prof. Ada Nwosu ... The don" (a university teacher, in the press of Nigeria and Britain)
_ROLE_ALIASES = {"justice": {"judge"}, "magistrate": {"judge"}, "professor": {"don", "academic"},
                 "senator": {"lawmaker", "legislator"}, "representative": {"lawmaker", "legislator"},
                 "congressman": {"lawmaker"}, "congresswoman": {"lawmaker"}, "assemblyman": {"lawmaker"},
                 "assemblywoman": {"lawmaker"}, "mp": {"lawmaker", "legislator"}, "mla": {"lawmaker", "legislator"},
                 "ambassador": {"envoy", "diplomat"}, "envoy": {"diplomat"}}


_TITLE_WORDS = 6
_SPELLED_OUT = {"sgt.": "sergeant", "lt.": "lieutenant", "capt.": "captain", "cpt.": "captain", "det.": "detective",
                "gen.": "general", "col.": "colonel", "maj.": "major", "gov.": "governor", "sen.": "senator",
                "rep.": "representative", "supt.": "superintendent", "insp.": "inspector", "atty.": "attorney",
                "dep.": "deputy", "ofc.": "officer", "cmdr.": "commander", "prof.": "professor", "prof": "professor"}


# nouns of a person that a pronoun of the other gender cannot refer to
FEMALE_NOUNS = {"mother", "mom", "woman", "wife", "sister", "daughter", "girl", "grandmother", "aunt", "spokeswoman",
                "girlfriend", "niece", "widow", "chairwoman", "councilwoman", "lady", "mrs.", "ms.", "mrs", "ms",
                "miss"}
MALE_NOUNS = {"father", "dad", "man", "husband", "brother", "son", "boy", "grandfather", "uncle", "spokesman",
              "boyfriend", "nephew", "widower", "chairman", "councilman", "mr.", "mr"}


def _words_beside(token) -> set[str]:
    """The nouns in apposition to a name's head token or compounded before it: "her mom Annique Davis",
    "Aubrey's father, DeAngelo Mansion", "Mansion, the father", "Ms. Buckham", "astronaut Bertalan Farkas"."""
    beside = [c for c in token.children if c.dep_ in ("compound", "appos", "nmod")]
    before = token.doc[token.left_edge.i - 1] if token.left_edge.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.text.islower():
        beside.append(before)  # "RNM chief whip Farah Naaz Siddiqui said", where the parser made both subjects
    if token.dep_ == "appos":
        beside.append(token.head)
        of = token.head.head
        if token.head.dep_ == "pobj" and of.lower_ == "of" and of.head.i < token.i:
            beside.append(of.head)  # "the governor of Upper Velmar province, Aleksa Marin,": the parser hangs her
            # on the province
    return {t.lower_ for t in beside}


def gender_beside(token) -> str | None:
    """'female' or 'male' when a name stands beside a gendered noun or honorific."""
    words = _words_beside(token)
    if words & FEMALE_NOUNS:
        return "female"
    if words & MALE_NOUNS:
        return "male"
    return None


def person_beside(token) -> bool:
    """A name beside a noun only a person can be: a kinship word, an honorific, a title or an occupation; or a
    name followed by an age ("Rokeya Akhter, 27, a sewing operator")."""
    return bool(_words_beside(token) & (FEMALE_NOUNS | MALE_NOUNS | ROLE_NOUNS | PERSON_WORDS)) or \
        age_follows(token)


def age_follows(token) -> bool:
    """A name followed by an age: "Rokeya Akhter, 27,"."""
    doc = token.doc
    after = doc[token.i + 1:token.i + 4]
    return len(after) == 3 and after[0].text == "," and after[1].text.isdigit() and len(after[1].text) <= 2 and \
        after[2].text in (",", ";")


# nouns only a person can be, an occupation or a part in a story: a name beside one is a person's, and one of them
# killed or arrested is a figure of one ("a farmer was killed")
PERSON_WORDS = {"astronaut", "pilot", "nurse", "doctor", "dr.", "pastor", "rev.", "teacher", "coach", "student",
                 "victim", "suspect", "resident", "neighbor", "neighbour", "witness", "friend", "actor", "singer",
                 "player", "driver", "worker", "soldier", "activist", "lawmaker", "priest", "bishop", "rabbi",
                 "complainant", "defendant", "plaintiff", "petitioner", "survivor", "farmer", "trader", "pharmacist",
                 "shopkeeper", "vendor", "fisherman", "fishermen", "miner", "passenger", "patient", "pensioner",
                 "imam", "lawyer", "advocate", "barrister", "counsel", "journalist", "whip", "leader", "chairperson",
                 "convener", "treasurer", "founder", "owner", "economist", "analyst", "researcher", "scientist",
                 "engineer", "supervisor", "coordinator", "organiser", "organizer", "mp", "mla", "schoolteacher",
                 "labourer", "laborer", "mechanic", "rider", "herder", "firefighter"}


PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"they", "it", "we"}

ANONYMOUS = re.compile(
    r"\b(?:officials?|sources?|people|person|diplomats?|aides?|insiders?|witnesses|residents|analysts|"
    r"spokes(?:person|man|woman)|representatives?)\b.*\b(?:familiar with|close to|briefed on|with knowledge of|"
    r"who (?:spoke|asked|requested|"
    r"declined)|speaking on condition|not authori[sz]ed|anonymity)|"
    r"^(?:an?|one|two|three|several|some|many|other)\s+(?:[\w.'’-]+\s+){0,4}(?:officials?|sources?|diplomats?|aides?|"
    r"insiders?|officers?|spokes(?:person|man|woman)|witnesses|residents)\b|^(?:sources|witnesses|officials|residents)\b",
    re.IGNORECASE)

# "offered no evidence", "did not provide any proof", "no evidence was given"
NO_EVIDENCE = (r"\b(?:offered|provided|gave|presented|produced|cited|showed) no (?:evidence|proof)\b|"
               r"\b(?:did not|didn't|has not|hasn't|have not|haven't) (?:offer|provide|give|present|produce|cite|"
               r"show) (?:any )?(?:evidence|proof)\b|"
               r"\bno (?:evidence|proof) (?:was|has been|were) (?:offered|provided|given|presented)\b")
# "could not independently verify", "was unable to confirm", "could not be verified", "has not been independently
# confirmed": a hedge on the statements of the sentence; a verification note only as VERIFY_STATEMENT reads it
COULD_NOT_VERIFY = (r"\b(?:could|can|was|were|has|have) not (?:be )?(?:been )?(?:able to )?(?:independently )?"
                    r"(?:confirm(?:ed)?|verif(?:y|ied))\b|"
                    r"\b(?:couldn't|cannot|can't|was unable to|were unable to|has been unable to) (?:independently )?"
                    r"(?:confirm|verify)\b|"
                    r"\bnot (?:been )?independently (?:confirmed|verified)\b")
HEDGES = [
    (r"\bpurported(?:ly)?\b", "purportedly"),
    (r"\balleged(?:ly)?\b", "allegedly"),
    (r"\breported(?:ly)?\b(?! (?:that|to|on|by))", "reportedly"),
    (r"\bapparent(?:ly)?\b|\bappear(?:s|ed)? to\b|\bseem(?:s|ed)? to\b", "appears"),
    (COULD_NOT_VERIFY, "could-not-verify"),
    (r"\bunverified\b|\bunconfirmed\b", "unverified"),
    (r"\bestimated\b|\ban estimate\b", "estimated"),
    (r"\b(?:on|under) (?:the )?condition of anonymity\b|\bwho (?:asked|requested) not to be (?:named|identified)\b|"
     r"\bwho (?:asked|requested) (?:that )?(?:his|her|their) (?:identity|name) not be (?:revealed|used|published)\b|"
     r"\bnot authori[sz]ed to (?:speak|comment)\b|\bfamiliar with the matter\b", "anonymous"),
    (r"\bwithout (?:providing |offering |giving |citing )?(?:any )?evidence\b|" + NO_EVIDENCE, "no-evidence"),
]
HEDGE_PATTERNS = [(re.compile(p, re.IGNORECASE), kind) for p, kind in HEDGES]

# the outlet's note that a statement came with nothing to back it: a hedge, and a sentence of its own
NO_EVIDENCE_NOTE = re.compile(NO_EVIDENCE, re.IGNORECASE)
# an outlet's verification note: "The Post could not independently verify ...", "Those figures could not be verified";
# not "police have not confirmed any names", which is the police's
VERIFY_STATEMENT = re.compile(
    r"\b(?:could not|couldn't|cannot|can't|was unable to|were unable to|has not been able to|have not been able to)"
    r" (?:immediately )?(?:independently )?(?:confirm|verify)|"
    r"\b(?:could not|couldn't|cannot|can't) be (?:immediately )?(?:independently )?(?:confirmed|verified)\b|"
    r"\b(?:has|have|had|was|were) not (?:been )?(?:immediately )?independently (?:confirmed|verified)\b",
    re.IGNORECASE)


def without_article(name: str) -> str:
    """ "the Coastal Wire" -> "Coastal Wire": one name however an article introduces it."""
    return re.sub(r"^(?:the|an?)\s+", "", name.strip(), flags=re.IGNORECASE)


@functools.cache
def country_names() -> frozenset[str]:
    """Countries and continents, lower case, by their English names and the short forms news gives them ("congo" of
    "Congo - Kinshasa", "burma" of "Myanmar (Burma)")."""
    names = set()
    for name in Locale("en").territories.values():
        name = name.lower()
        names |= {name, name.split(" - ")[0], re.sub(r"\s*\(.*\)", "", name), *re.findall(r"\((.*)\)", name)}
    return frozenset(names | {"britain", "uk", "us", "u.s.", "usa", "america", "drc", "dr congo",
                              "democratic republic of congo", "democratic republic of the congo", "ivory coast"})


# the states of the United States, lower case, by name and by the abbreviations news gives them
US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
wisconsin wyoming ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. minn.
miss. mo. mont. neb. nev. okla. ore. pa. tenn. tex. vt. va. wash. wis. wyo. n.y. n.j. n.c. n.d. n.h. n.m. s.c. s.d.
w.va. r.i. d.c.""".split()) | {"new york", "new jersey", "new mexico", "new hampshire", "north carolina",
                                 "north dakota", "south carolina", "south dakota", "west virginia", "rhode island",
                                 "district of columbia"}


@functools.cache
def countries_and_states() -> frozenset[str]:
    """Countries, continents and US states: places every report of a country or a state names, and no company is
    named after."""
    return country_names() | US_STATES
