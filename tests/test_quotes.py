"""Quotation marks told apart from apostrophes, by the house style of the article."""

from __future__ import annotations

from newstrace.analyze.quotes import quote_spans


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_spans(text)]


def test_straight_single_marks_are_apostrophes_where_an_article_quotes_in_double_marks():
    text = "\"The plan is sound,\" she said. The workers' union and the 'old guard' of the party's board disagreed."
    assert _quoted(text) == ["The plan is sound,"]


def test_straight_single_marks_are_quotes_where_an_article_quotes_in_them():
    text = "'The plan is sound,' she said.\n\n'The workers' union will not sign it,' he said."
    assert _quoted(text) == ["The plan is sound,", "The workers' union will not sign it,"]


def test_a_paragraph_left_open_is_a_quote_only_when_the_next_one_goes_on_with_it():
    going_on = "\"A,\" she said. \"The boats are gone for good.\n\n\"We start again.\""
    stray = "\"A,\" she said. \"The boats are gone for good.\n\nThe pier stayed closed."
    assert _quoted(going_on) == ["A,", "The boats are gone for good.", "We start again."]
    assert _quoted(stray) == ["A,"]
