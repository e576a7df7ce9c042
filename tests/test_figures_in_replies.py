"""Every number in a reply comes from a cited passage (DESIGN.md, "Answers").

Over every question of tests/eval/interview.jsonl, the real engine's reply (plain text
and Telegram HTML) is checked line by line: each digit-bearing token of a quote or of a
"Figures"/"Angka" line occurs in the passage the quote was cited from, as written or as
the same value (the normalised form "USD 148.76 million" of "USD148,76 juta"). Citation
lines ("Source: ..., paragraph 15") hold labels, not figures, and are left out.

The figures line itself lists each money/percent/count figure of its quote exactly as
the quote writes it, then the normalised form only where it differs, stating the same
value.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.evaluation import load_jsonl
from bot.figures import extract_figures, format_figure, mentions, number_values, numbers_in, qualifier_start
from bot.i18n import t
from bot.render import figure_label, figures_line, quote_figures, render_html, render_text
from bot.telegram_app import html_to_text

QUESTIONS = [it["question"] for it in load_jsonl(Path(__file__).resolve().parent / "eval" / "interview.jsonl")]


def _cited_passages(engine, answer) -> list[str]:
    cites = list(answer.citations) + ([answer.closest] if answer.closest is not None else [])
    texts = [p.text for p in engine.version.passages(sorted({c.passage_id for c in cites}))]
    return texts + [c.quote for c in cites]


def _checked_lines(reply: str, lang: str) -> list[str]:
    """The reply's lines other than the citation lines ("— Source: ...")."""
    source = t("source", lang)
    return [line for line in reply.splitlines() if not line.strip().lstrip("— ").startswith(f"{source}:")]


def _backed(token: str, passages: list[str]) -> bool:
    if any(mentions(p, token) for p in passages):
        return True
    values = set().union(*(number_values(p) for p in passages))
    return any(any(abs(v - w) <= 1e-9 * max(1.0, abs(w)) for w in values) for v in number_values(token))


@pytest.fixture(scope="module")
def answers(engine):
    return {q: engine.answer(q) for q in QUESTIONS}


def test_every_number_in_every_reply_is_in_a_cited_passage(engine, answers):
    checked = 0
    missing = []
    for q, a in answers.items():
        passages = _cited_passages(engine, a)
        for reply in (render_text(a), "\n".join(html_to_text(m) for m in render_html(a))):
            for line in _checked_lines(reply, a.language):
                for token in numbers_in(line):
                    checked += 1
                    if not _backed(token, passages):
                        missing.append((q, token, line))
    assert not missing
    assert checked > 50  # the set's replies do quote figures


def test_replies_with_figures_show_a_figures_line(engine, answers):
    shown = 0
    for a in answers.values():
        if not a.answered:
            continue
        text = render_text(a)
        for c in a.citations:
            line = figures_line(c.quote, None, a.language)
            if line:
                shown += 1
                assert line in text
                assert line.startswith(t("figures", a.language) + ": ")
    assert shown >= 5


def test_the_2010_export_figure_is_shown_as_written_and_normalised(engine):
    en = engine.answer("How much did Korea earn from e-government exports in 2010?")
    id_ = engine.answer("Berapa nilai ekspor e-Government Korea pada tahun 2010?")
    assert en.answered and id_.answered
    assert "USD148,76 juta (USD 148.76 million)" in render_text(en)
    assert "USD9,87 juta (USD 9.87 million)" in render_text(en)
    id_text = render_text(id_)
    assert "Angka: " in id_text and "USD148,76 juta" in id_text
    assert "USD 148,76 juta" not in id_text  # same as the source's form: not repeated


QUOTES = [
    ("Terkait dengan ekspor e-Government pada tahun 2007 hanya menghasilkan pemasukan ekspor sebesar USD9,87 juta; "
     "tetapi kini nilai ekspor e-Government Korea meningkat dua kali lipat dalam tiga tahun terakhir ini.", "id"),
    ("e-Government Korea telah menjadi standar bagi banyak negara di dunia dan dengan lebih dari 2.000 sistem "
     "yang dimiliki akan membantu setiap negara.", "id"),
    ("Exports grew 12.5% to USD 1,200 million, and 2,000 systems were built.", "en"),
    ("Pada 2010 Korea diperingkat teratas dan pada 2008 menempati peringkat ke-6.", "id"),
    ("The number of registered users grew from 10.2 million in 2019 to 20.5 million in 2021.", "en"),
]


@pytest.mark.parametrize(("quote", "quote_lang"), QUOTES)
@pytest.mark.parametrize("reader", ["id", "en"])
def test_figures_line_lists_the_quotes_figures_exactly_and_states_the_same_value(quote, quote_lang, reader):
    figs = quote_figures(quote, quote_lang)
    assert figs
    line = figures_line(quote, quote_lang, reader)
    for f in figs:
        assert quote[f.start:f.end] == f.surface
        label = figure_label(f, quote, reader, quote_lang)
        # (after the words bounding or approximating it, as the quote writes them: "lebih
        # dari 2.000 sistem")
        q = qualifier_start(quote, f.start)
        lead = " ".join(quote[q:f.start].split()) + " " if q is not None else ""
        assert label.startswith(lead + f.surface) and label in line
        shown = label.split(" (")[0]
        assert shown in quote  # exactly as the source writes it (with the counted noun)
        norm = re.search(r"\((.*)\)\Z", label)
        if norm:  # the normalised form states the same value
            assert norm.group(1) == format_figure(f, reader)
            assert extract_figures(norm.group(1), reader)[0].value == pytest.approx(f.value)
        elif f.kind == "rank" and reader == quote_lang:  # "diperingkat teratas" needs no "peringkat ke-1"
            assert extract_figures(shown, quote_lang)[0].value == f.value
        else:
            assert "".join(format_figure(f, reader).split()) == "".join(f.surface.split())
    assert {f.kind for f in figs} <= {"amount", "percent", "count", "rank", "number"}


def test_figures_line_is_empty_without_figures():
    assert figures_line("Korea dan negara-negara lain perlu berkolaborasi.", "id", "en") == ""
    assert figures_line("Pada 2010 Korea berkembang pesat.", "id", "en") == ""  # years are not listed


def test_numbers_with_a_scale_and_no_noun_are_listed():
    # a tester's "grew from 10.2 million in 2019 to 20.5 million in 2021" had no Figures line
    quote = "The number of registered users grew from 10.2 million in 2019 to 20.5 million in 2021."
    assert figures_line(quote, "en", "en") == "Figures: 10.2 million; 20.5 million"
    assert figures_line(quote, "en", "id") == "Angka: 10.2 million (10,2 juta); 20.5 million (20,5 juta)"


def test_a_range_is_listed_as_one_figure_as_written():
    # a tester's "forecast to grow 5-7% a year" was listed as "5 (5%); 7%"
    quote = "KONEPS transactions are forecast to grow 5-7% a year until 2025."
    assert figures_line(quote, "en", "en") == "Figures: 5-7%"
    assert figures_line(quote, "en", "id") == "Angka: 5-7%"
    quote = "Transaksi KONEPS diperkirakan tumbuh antara 5 hingga 7 persen per tahun."
    assert figures_line(quote, "id", "en") == "Figures: antara 5 hingga 7 persen (5–7%)"
    quote = "The fund will be between USD 5 and 10 million."
    assert figures_line(quote, "en", "id") == "Angka: between USD 5 and 10 million (USD 5–10 juta)"


def test_a_spreadsheet_rows_figures_line_lists_every_cell():
    # a tester's rank question got "Figures: 19.4 (19.4 million); 80.2%": the rank cell
    # and the petitions cell were missing, so another cell looked like the answer
    row = ("indicators — Year: 2016; UN E-Government Survey rank: 3; Government24 registered users (million): "
           "19.4; Hometax e-filing rate (%): 80.2%; e-People petitions received: 3,120,000")
    assert figures_line(row, "en", "en") == (
        "Figures: 3 (ranked 3rd); 19.4 (19.4 million); 80.2%; 3,120,000")
