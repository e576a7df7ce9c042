"""Bad input gets a clear message and loses nothing (found by trying the product as a newcomer)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.engine import clean_question
from bot.render import citation_label, render_text
from bot.settings import Settings
from bot.types import Citation
from index.build import build_index
from index.corpus import scan_corpus
from index.language import detect_language
from index.store import open_current

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.mark.parametrize(
    "junk", ["?!?...,,;", "🤔🇰🇷❓", "a", "...", "-", "'; DROP TABLE passages; --", "lorem ipsum dolor sit amet consectetur"]
)
def test_junk_is_declined_without_a_closest_match(engine, junk):
    a = engine.answer(junk)
    assert not a.answered
    assert a.closest is None
    assert render_text(a).startswith(("I don't know", "Saya tidak tahu"))


@pytest.mark.parametrize(
    "message, kind, reply",
    [
        ("hello", "greeting", "Hello! I answer questions"),
        ("halo", "greeting", "Halo! Saya menjawab pertanyaan"),
        ("apa kabar?", "greeting", "Halo! Saya menjawab pertanyaan"),
        ("Selamat pagi!", "greeting", "Halo! Saya menjawab pertanyaan"),
        ("terima kasih", "thanks", "Sama-sama!"),
        ("makasih ya", "thanks", "Sama-sama!"),
        ("Thanks a lot", "thanks", "You're welcome!"),
        ("what can u do?", "help_asked", "I answer questions from my sources"),
        ("How do I use this?", "help_asked", "I answer questions from my sources"),
        ("kamu bisa apa?", "help_asked", "Saya menjawab pertanyaan dari sumber saya"),
        ("apa yg bisa kamu lakukan?", "help_asked", "Saya menjawab pertanyaan dari sumber saya"),
        ("Hai bot, apa yang dapat kamu lakukan?", "help_asked", "Saya menjawab pertanyaan dari sumber saya"),
        ("Hello! Can you help me?", "help_asked", "I answer questions from my sources"),
    ],
)
def test_greetings_thanks_and_what_can_you_do_get_their_replies(engine, message, kind, reply):
    # a blind tester's "halo" and "what can u do?" had got "I don't know"
    a = engine.answer(message)
    assert not a.answered and a.closest is None and not a.hits
    assert a.small_talk == kind
    assert render_text(a).startswith(reply)


def test_a_greeting_is_nothing_to_follow_up(engine):
    from bot.cli import _chat_reply
    from bot.i18n import t

    state: dict = {}
    assert _chat_reply(engine, "halo", "id", state).startswith("Halo!")
    assert "previous" not in state  # a fragment after it is asked whole, not read against "halo"
    assert _chat_reply(engine, "Dan tahun 2007?", "id", state) == t("needs_previous", "id")


@pytest.mark.parametrize("question", ["What can Korea do to export e-government?", "Apa yang bisa dilakukan pemerintah daerah?",
                                      "help desk phone number?", "Halo, berapa nilai ekspor e-Government Korea pada tahun 2010?"])
def test_questions_that_open_like_small_talk_are_searched(engine, question):
    a = engine.answer(question)
    assert a.small_talk is None and a.hits


@pytest.mark.parametrize("question", ["Apa itu stalakmit?", "What is zorbing?"])
def test_a_short_question_with_unknown_words_is_still_searched(engine, question):
    a = engine.answer(question)  # may be spelt otherwise in the corpus: the decline model decides
    assert a.hits and a.signals is not None
    assert not a.answered  # the interview says nothing about caves or zorbing
    assert a.closest is not None


def test_invalid_unicode_and_control_characters_are_cleaned(engine):
    raw = "ekspor \udcff 2010\x00\x1b berapa nilai?"  # what a terminal gives for undecodable bytes
    assert clean_question(raw) == "ekspor \ufffd 2010 berapa nilai?"
    a = engine.answer("Berapa nilai ekspor e-Government Korea pada tahun 2010?\udcff\x07")
    assert a.answered and "148,76" in a.citations[0].quote


def test_terminal_escape_sequences_are_dropped(engine):
    # a tester pasted a coloured question: the "31" of ESC[31m read as a number the source
    # lacks, and the question was declined
    assert clean_question("\x1b[31mred\x1b[0m how many?\x1b]0;title\x07") == "red how many?"
    a = engine.answer("\x1b[1;32mHow many smart work centers will Korea build?\x1b[0m")
    assert a.answered and "500" in a.citations[0].quote


def test_html_tags_pasted_with_a_claim_or_question_are_dropped(engine):
    # a tester's "<img src=x onerror=alert(1)> ..." had its "1" checked as the claim's figure
    assert clean_question('<img src=x onerror=alert(1)> How many <b>smart work</b> centers?') == (
        "How many smart work centers?")
    assert clean_question("Is 3 < 5 and 7 > 2?") == "Is 3 < 5 and 7 > 2?"  # no tag: kept
    v = engine.check("<img src=x onerror=alert(1)> Korea's e-government exports were "
                     "<b>USD 148.76 million</b> in 2010")
    assert v.verdict == "supported" and [m.claim.surface for m in v.matches] == ["USD 148.76 million"], v.explanation


def test_markdown_typed_with_a_question_is_read_as_text(engine):
    # a tester's "**How much** is the [Paraguay](http://x.y) deal worth?" was declined
    assert clean_question("**How much** is the [Paraguay](http://x.y) deal worth?") == (
        "How much is the Paraguay deal worth?")
    assert clean_question("__Berapa__ nilai `ekspor` ~~2009~~ 2010?") == "Berapa nilai ekspor 2009 2010?"
    assert clean_question("Is [this] (a) question?") == "Is [this] (a) question?"  # no link: kept
    a = engine.answer("**Berapa** nilai ekspor e-Government Korea pada [tahun 2010](https://example.org)?")
    assert a.answered and "148,76" in " ".join(c.quote for c in a.citations)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Who is Kim Nam-suk?", "en"),
        ("Who is Meng Hyeonggu?", "en"),
        ("What did Korea do in Indonesia?", "en"),
        ("Siapa Omar Yasmin?", "id"),
        ("Berapa nilai ekspor e-Government Korea pada tahun 2010?", "id"),
        ("How many smart work centers will Korea build, and by when?", "en"),
        ("Apa itu pusat kerja pintar?", "id"),
        # no cue word and lingua unsure: the words only one language uses decide (a tester's claim)
        ("Ekspor e-Government Korea 2010 mencapai USD 148.760.000", "id"),
        ("Korea exports reached USD 148.76 million", "en"),
    ],
)
def test_short_questions_get_their_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("text", ["asdkjh qwe zxc 123 !!!", "MOPAS?", "qwzx vbnmk"])
def test_text_of_no_known_words_gets_the_default_language(text):
    # lingua guesses a language even for keyboard mashing; with no word either language
    # uses, the user's default decides
    assert detect_language(text, "en") == "en" and detect_language(text, "id") == "id"


def test_blank_token_means_unset():
    assert Settings(_env_file=None, telegram_bot_token="").telegram_bot_token is None  # type: ignore[call-arg]
    assert Settings(_env_file=None, telegram_bot_token="  ").telegram_bot_token is None  # type: ignore[call-arg]
    s = Settings(_env_file=None, telegram_bot_token=" 1:abc ")  # type: ignore[call-arg]
    assert s.telegram_bot_token.get_secret_value() == "1:abc"


def test_bad_settings_give_one_line_per_setting():
    env = {**os.environ, "EGOV_ADMIN_IDS": "abc", "EGOV_LOG_LEVEL": "loud", "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "x"], capture_output=True, text=True, env=env,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 1
    assert "EGOV_ADMIN_IDS" in out.stderr and "Traceback" not in out.stderr
    assert "EGOV_LOG_LEVEL: log_level must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, got 'loud'" in out.stderr
    assert Settings(_env_file=None, log_level="debug").log_level == "DEBUG"  # type: ignore[call-arg]


@pytest.mark.parametrize("command", [
    [sys.executable, "build_index.py", "--dry-run"],  # the staff's command: exit 2, nothing built
    [sys.executable, "-m", "bot.cli", "model"],  # what `make` runs first
])
def test_bad_settings_are_one_clean_message_in_every_command(command):
    env = {**os.environ, "EGOV_TOP_K": "abc", "EGOV_DEFAULT_LANGUAGE": "fr", "HF_HUB_OFFLINE": "1"}
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert out.returncode == (2 if "build_index.py" in command else 1)
    assert "Traceback" not in out.stderr and "invalid settings" in out.stderr
    assert "EGOV_TOP_K" in out.stderr and "EGOV_DEFAULT_LANGUAGE: default_language must be 'id' or 'en', got 'fr'" in out.stderr


def test_empty_question_is_a_usage_error():
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "   "], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 2 and "QUESTION is empty" in out.stderr
    out = subprocess.run([sys.executable, "-m", "bot.cli", "check", ""], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 2 and "CLAIM is empty" in out.stderr
    # no letter or digit is no question either (a twelfth attack's "🤔🤔" got a verdict)
    out = subprocess.run([sys.executable, "-m", "bot.cli", "check", "🤔🤔"], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 2 and "CLAIM is empty" in out.stderr


def test_wordless_chat_lines_get_the_prompt(engine):
    from bot.cli import _chat_reply
    from bot.i18n import t

    for line in ("   ?  ", "🤔🤔🙏"):
        assert _chat_reply(engine, line, "en") == t("empty", "en")
    assert _chat_reply(engine, "/check 🤔", "en") == t("check_usage", "en")


def test_a_claim_too_long_to_check_whole_is_refused_not_cut(engine):
    # A tester's 4.7 kB claim with a false figure past character 1000 came back "Supported":
    # only its first 1000 characters had been read.
    from bot.factcheck import MAX_CLAIM_CHARS, check_claim

    claim = "Korea's e-government exports were USD 148.76 million in 2010. " + "kata " * 200
    claim += "Korea plans 5,000 smart work centers by 2015."
    with pytest.raises(ValueError, match="too long"):
        check_claim(engine, claim)
    out = subprocess.run([sys.executable, "-m", "bot.cli", "check", claim], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 2 and f"at most {MAX_CLAIM_CHARS}" in out.stderr and "Traceback" not in out.stderr


def test_a_question_too_long_is_refused_in_every_face_not_cut(engine):
    # A tester's 11,200-character question to `ask` was answered from its first 1000
    # characters, where `check` and Telegram refuse: every face now refuses alike.
    from bot.cli import _chat_reply
    from bot.engine import MAX_QUESTION_CHARS
    from bot.i18n import t
    from bot.telegram_app import MAX_QUESTION_CHARS as TELEGRAM_LIMIT

    assert TELEGRAM_LIMIT == MAX_QUESTION_CHARS
    question = "Berapa nilai ekspor e-Government Korea pada tahun 2010? " + "kata " * 300
    out = subprocess.run([sys.executable, "-m", "bot.cli", "ask", question], capture_output=True, text=True,
                         timeout=120, cwd=ROOT)
    assert out.returncode == 2 and f"at most {MAX_QUESTION_CHARS}" in out.stderr and "Traceback" not in out.stderr
    assert _chat_reply(engine, question, "en") == t("too_long", "id", limit=MAX_QUESTION_CHARS)
    assert "148,76" in _chat_reply(engine, question[:MAX_QUESTION_CHARS], "en")  # at the limit: answered


def test_bad_eval_files_give_clear_errors(tmp_path):
    cases = {
        "a.jsonl": b'{"foo": 1}\n',
        "b.jsonl": b"\xff\xfe\x00binary",
        "c.json": b"[1, 2]",
        "d.jsonl": b"",
    }
    for name, data in cases.items():
        f = tmp_path / name
        f.write_bytes(data)
        out = subprocess.run([sys.executable, "-m", "bot.cli", "eval", str(f)], capture_output=True, text=True,
                             timeout=120, cwd=ROOT)
        assert out.returncode == 1, (name, out.stderr)
        assert "Traceback" not in out.stderr and str(f) in out.stderr, (name, out.stderr)


def test_eval_with_a_corpus_folder_gives_clear_errors(tmp_path):
    squad = tmp_path / "s.json"
    squad.write_text('[{"context": "x", "qas": []}]', encoding="utf-8")
    jsonl = tmp_path / "q.jsonl"
    jsonl.write_text('{"question": "Berapa?"}\n', encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, "EGOV_INDEX_DIR": str(tmp_path / "index"), "HF_HUB_OFFLINE": "1"}
    for args, message in (
        ([str(squad), "--corpus", str(empty)], "--corpus is for JSON Lines sets"),
        ([str(jsonl), "--corpus", str(empty)], f"no document could be indexed from {empty}"),
    ):
        out = subprocess.run([sys.executable, "-m", "bot.cli", "eval", *args], capture_output=True, text=True,
                             timeout=300, cwd=ROOT, env=env)
        assert out.returncode == 1, (args, out.stderr)
        assert "Traceback" not in out.stderr and message in out.stderr, (args, out.stderr)


def test_corpus_skips_lock_files_and_outside_links(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Korea built 500 smart work centers.\n", encoding="utf-8")
    (corpus / "~$a.docx").write_bytes(b"lock")
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0\n", encoding="utf-8")
    (corpus / "passwd.txt").symlink_to(secret)
    (corpus / "inside.txt").symlink_to(corpus / "a.txt")
    files, errors, skipped = scan_corpus(corpus)
    assert [f.rel for f in files] == ["a.txt", "inside.txt"]
    assert errors == []
    assert skipped == ["passwd.txt: skipped, a symbolic link to a file outside the corpus folder"]


def test_metadata_errors_are_all_reported_and_keep_the_indexed_version(tmp_path, embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    text = (CORPUS / "mopas-deputy-minister-interview-part1.id.txt").read_bytes()
    (corpus / "iv.txt").write_bytes(text)
    good = '["iv.txt"]\ntitle = "Interview"\nkind = "interview"\ndate = "2011"\nlanguage = "id"\n'
    (corpus / "manifest.toml").write_text(good, encoding="utf-8")
    r1 = build_index(corpus, index, embedder)
    assert r1.ok

    # typos in two fields and a bad date: all three reported; the valid fields are not lost
    (corpus / "manifest.toml").write_text(
        '["iv.txt"]\ntitel = "Interview"\nkind = "interview"\ndate = "20111"\nlangauge = "id"\n', encoding="utf-8"
    )
    r2 = build_index(corpus, index, embedder)
    assert not r2.ok
    joined = "\n".join(r2.metadata_errors)
    assert "'titel'" in joined and "'langauge'" in joined and "20111" in joined
    assert any("kept the previously indexed version" in f for f in r2.failed)
    assert r2.unchanged == [] and r2.documents == 1  # counted once: under failed, still indexed
    v = open_current(index)
    doc = v.documents()[0]
    assert (doc.title, doc.year) == ("Interview", 2011)
    v.close()

    # a manifest that is not TOML at all: same, nothing published loses its metadata
    (corpus / "manifest.toml").write_text(good + "garbage = = =\n", encoding="utf-8")
    r3 = build_index(corpus, index, embedder)
    assert not r3.ok and any("not valid TOML" in e for e in r3.metadata_errors)
    assert r3.passages_embedded == 0
    v = open_current(index)
    assert v.documents()[0].title == "Interview"
    v.close()


def test_citation_label_names_every_paragraph_or_page_of_a_quote():
    c = Citation(passage_id=1, doc_id="d", title="T", quote="q", start=0, end=1, paragraph=7, year=2011,
                 paragraph_end=8)
    assert citation_label(c, "en") == "T (2011), paragraphs 7-8"
    assert citation_label(c, "id") == "T (2011), paragraf 7-8"
    p = Citation(passage_id=1, doc_id="d", title="R", quote="q", start=0, end=1, paragraph=2, page=1, page_end=2)
    assert citation_label(p, "en") == "R, pages 1-2"


def test_a_date_must_name_a_real_month_and_day():
    import datetime

    from index.corpus import validate_metadata

    for bad in ("2023-13", "2023-02-30", "2023-02-29", "20111", "yesterday"):
        valid, errors = validate_metadata({"date": bad}, "manifest.toml ['a.txt']")
        assert valid == {} and len(errors) == 1 and bad in errors[0] and "real date" in errors[0], bad
    for good in ("2011", "2011-05", "2011-05-03", "2024-02-29"):
        assert validate_metadata({"date": good}, "m") == ({"date": good}, [])
    # TOML writes a date without quotes: date = 2011-05-03, or a year as a number
    assert validate_metadata({"date": datetime.date(2011, 5, 3)}, "m") == ({"date": "2011-05-03"}, [])
    assert validate_metadata({"date": 2011}, "m") == ({"date": "2011"}, [])


def test_a_damaged_current_pointer_is_named_and_a_build_repairs_it(tmp_path, embedder):
    from index.store import CURRENT, NoIndexError

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Korea membangun 500 pusat kerja pintar pada 2015.\n", encoding="utf-8")
    with pytest.raises(NoIndexError, match="no index in"):
        open_current(index)
    assert build_index(corpus, index, embedder).ok
    (index / CURRENT).write_text("garbage\n", encoding="utf-8")
    with pytest.raises(NoIndexError, match="damaged"):
        open_current(index)
    assert build_index(corpus, index, embedder).ok
    v = open_current(index)
    assert v.n_passages == 1
    v.close()


def _cut_short(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


@pytest.mark.parametrize("damage", [
    pytest.param(lambda v: _cut_short(v / "passages.faiss"), id="faiss-cut-short"),
    pytest.param(lambda v: (v / "index.sqlite").write_bytes(os.urandom(8192)), id="sqlite-random-bytes"),
    pytest.param(lambda v: (v / "manifest.json").write_text('{"format_version": 3, "doc', encoding="utf-8"),
                 id="manifest-broken"),
    # a tester removed sentences.npy: "ask" and the build both ended in an IndexError traceback
    pytest.param(lambda v: (v / "sentences.npy").unlink(), id="sentence-vectors-missing"),
    pytest.param(lambda v: np.save(v / "sentences.npy", np.load(v / "sentences.npy")[:1]), id="sentence-vectors-short"),
])
def test_a_damaged_version_is_named_and_a_plain_build_repairs_it(tmp_path, embedder, damage):
    # A tester cut files of the published version short: "ask" printed raw faiss / sqlite3
    # / json errors, and only --full repaired it.
    from bot.engine import Engine
    from index.store import IndexDamagedError, current_version_dir

    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Korea membangun 500 pusat kerja pintar pada 2015.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Ekspor e-Government Korea mencapai USD148,76 juta pada 2010.\n", encoding="utf-8")
    first = build_index(corpus, index, embedder)
    v = open_current(index)
    old_ids = set(v.all_passage_ids())
    v.close()

    # a running engine keeps its version when the next one published is damaged
    engine = Engine(embedder, index)
    engine.warm_up()
    (corpus / "c.txt").write_text("Korea melatih 40 pejabat Kuwait.\n", encoding="utf-8")
    second = build_index(corpus, index, embedder)
    damage(current_version_dir(index))
    assert not engine.maybe_reload(force=True) and engine.version.name == first.version
    assert "500 pusat" in engine.answer("Berapa pusat kerja pintar yang akan dibangun Korea?").citations[0].quote

    with pytest.raises(IndexDamagedError, match=f"index version {second.version} .* is damaged.*build_index.py"):
        open_current(index)
    repaired = build_index(corpus, index, embedder)  # no --full needed
    assert repaired.ok and repaired.full_rebuild and "damaged" in repaired.full_rebuild_reason
    v = open_current(index)
    assert v.n_passages == 3 and not old_ids & set(v.all_passage_ids())  # ids are never reused
    v.close()
    assert engine.maybe_reload(force=True) and engine.version.name == repaired.version


def test_a_document_of_no_words_is_indexed_with_a_warning(tmp_path, embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "numbers.txt").write_text("123 456 789\n2010 2015\n", encoding="utf-8")
    (corpus / "emoji.txt").write_text("🤔🇰🇷❓ 🎉\n", encoding="utf-8")
    (corpus / "words.txt").write_text("Korea membangun 500 pusat kerja pintar pada 2015.\n", encoding="utf-8")
    report = build_index(corpus, index, embedder)
    assert report.ok and report.documents == 3
    no_words = [w for w in report.warnings if "no words" in w]
    assert sorted(w.split(":")[0] for w in no_words) == ["emoji.txt", "numbers.txt"]
