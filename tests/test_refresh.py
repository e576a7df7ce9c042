"""Incremental refresh of the index (issue 4): add, change, delete, rename, duplicates,
metadata, dry run, and the full rebuild that a changed chunker or model forces.

Real parts only: the session's real e5 model (its ``calls`` counter proves what was
embedded), real FAISS, real SQLite. Corpora are a few short files made in ``tmp_path``;
``max_chars=160`` cuts them into several passages each so ids and spans are exercised.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from bot.engine import Engine
from index import build as build_mod
from index.build import build_index, model_identity
from index.embedding import Embedder
from index.model import DEFAULT_MODEL_ID, resolve_model
from index.store import CURRENT, VERSIONS, IndexMismatchError, IndexVersion, current_version_dir, open_current

pytestmark = pytest.mark.slow

MAX = 160  # chunker limit used by these tests (characters)

A = (
    "Government 24 is Korea's single portal for civil services. Citizens apply for about 3,000 services online.\n"
    "Most certificates are issued at home with a printer. The portal replaced many separate ministry sites.\n"
    "In 2012 Government 24 handled 250 million requests from citizens and companies.\n"
)
B = (
    "Smart work centres let civil servants work near home. The ministry planned 500 centres by 2015.\n"
    "Each centre offers secure desks and video conference rooms for public officials.\n"
)
B2 = (
    "Smart work centres let civil servants work near home. The plan was revised to 50 centres by 2016.\n"
    "Each centre offers secure desks and video conference rooms for public officials.\n"
    "Commuting time fell by an hour a day for the staff who used them.\n"
)
C = (
    "KONEPS is the national e-procurement system. Every public tender in Korea is published on it.\n"
    "Suppliers register once and bid online for contracts of all ministries.\n"
)
D = (
    "UNI-PASS is the electronic customs clearance system of the Korea Customs Service.\n"
    "It clears an import declaration in about 1.5 hours and was exported to several countries.\n"
)


def write(corpus: Path, rel: str, text: str) -> Path:
    path = corpus / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def refresh(corpus: Path, index: Path, embedder: Embedder, **kw):
    """Build and return ``(report, texts embedded by this build)``."""
    before = embedder.calls["passage"]
    report = build_index(corpus, index, embedder, max_chars=kw.pop("max_chars", MAX), **kw)
    return report, embedder.calls["passage"] - before


def passages_by_path(version: IndexVersion) -> dict[str, list[tuple[int, str]]]:
    """``{document path: [(passage id, text), ...]}`` in id order."""
    by_doc: dict[str, list[tuple[int, str]]] = {}
    paths = {d.doc_id: d.path for d in version.documents()}
    for p in version.passages(version.all_passage_ids()):
        by_doc.setdefault(paths[p.doc_id], []).append((p.passage_id, p.text))
    return by_doc


def assert_consistent(version: IndexVersion) -> None:
    """Every citation resolves to its text; FAISS, SQLite, sentences and manifest agree."""
    ids = version.all_passage_ids()
    faiss_ids = sorted(faiss.vector_to_array(version.faiss_index.id_map).tolist())
    assert faiss_ids == ids, "FAISS ids and SQLite passages differ"
    assert version.manifest["counts"]["passages"] == len(ids)
    assert sum(d["passages"] for d in version.manifest["documents"].values()) == len(ids)
    assert len(version.documents()) == version.manifest["counts"]["documents"]
    n_sentences = 0
    for p in version.passages(ids):
        text = version.document_text(p.doc_id)
        assert text[p.start : p.end] == p.text, f"passage {p.passage_id} no longer resolves to its text"
        for s in version.sentences(p.passage_id):
            assert p.start <= s.start < s.end <= p.end
            assert text[s.start : s.end].strip() == text[s.start : s.end]
            n_sentences += 1
    assert n_sentences == version.sentence_vectors.shape[0] == version.manifest["counts"]["sentences"]
    # every stored vector is a unit vector (no zero rows from a botched copy)
    vecs = version.faiss_index.reconstruct_batch(np.array(ids, dtype=np.int64))
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-3)
    assert np.allclose(np.linalg.norm(np.asarray(version.sentence_vectors), axis=1), 1.0, atol=1e-3)


def vectors_of(version: IndexVersion, ids: list[int]) -> np.ndarray:
    return version.faiss_index.reconstruct_batch(np.array(ids, dtype=np.int64))


def version_names(index: Path) -> set[str]:
    return {p.name for p in (index / VERSIONS).iterdir()}


def test_add_change_delete_rename_across_refreshes(tmp_path, embedder, monkeypatch):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "a.txt", A)
    write(corpus, "b.md", B)
    write(corpus, "sub/c.txt", C)

    read_paths: list[str] = []
    real_read = build_mod.read_document
    monkeypatch.setattr(build_mod, "read_document", lambda path, *args: (read_paths.append(Path(path).name), real_read(path, *args))[1])

    # 1. first build: everything is new
    r1, embedded = refresh(corpus, index, embedder)
    assert r1.ok and r1.added == ["a.txt", "b.md", "sub/c.txt"] and not r1.full_rebuild
    assert embedded == r1.passages_embedded + r1.sentences_embedded > 0
    v1 = open_current(index)
    assert_consistent(v1)
    p1 = passages_by_path(v1)
    assert all(len(p1[path]) >= 2 for path in ("a.txt", "b.md", "sub/c.txt"))  # several passages each
    assert r1.passages == v1.n_passages == sum(len(v) for v in p1.values())

    # 2. nothing changed: nothing read, nothing embedded, no new version
    read_paths.clear()
    r2, embedded = refresh(corpus, index, embedder)
    assert embedded == 0 and read_paths == []
    assert r2.version == r1.version and r2.unchanged == ["a.txt", "b.md", "sub/c.txt"]
    assert not (r2.added or r2.changed or r2.removed or r2.renamed or r2.failed)

    # 3. add d, change b, delete c, rename a: only d and the new b are read and embedded
    write(corpus, "d.txt", D)
    write(corpus, "b.md", B2)
    (corpus / "sub" / "c.txt").unlink()
    (corpus / "a.txt").rename(corpus / "a-renamed.txt")
    read_paths.clear()
    r3, embedded = refresh(corpus, index, embedder)
    assert r3.ok and r3.version != r1.version and r3.previous_version == r1.version
    assert r3.added == ["d.txt"] and r3.changed == ["b.md"] and r3.removed == ["sub/c.txt"]
    assert r3.renamed == ["a.txt -> a-renamed.txt"] and r3.unchanged == ["a-renamed.txt"]
    assert sorted(read_paths) == ["b.md", "d.txt"]
    v3 = open_current(index)
    assert_consistent(v3)
    p3 = passages_by_path(v3)
    assert set(p3) == {"a-renamed.txt", "b.md", "d.txt"}
    # counts: the renamed document's passages carried over, the new ones embedded once each
    assert r3.passages == v3.n_passages == len(p1["a.txt"]) + len(p3["b.md"]) + len(p3["d.txt"])
    assert r3.passages_embedded == len(p3["b.md"]) + len(p3["d.txt"])
    # the report names each document read this time with its passages (not the renamed one)
    assert r3.passages_by_document == {"b.md": len(p3["b.md"]), "d.txt": len(p3["d.txt"])}
    assert embedded == r3.passages_embedded + r3.sentences_embedded
    # the renamed (unchanged) document kept its passage ids, texts and vectors
    assert p3["a-renamed.txt"] == p1["a.txt"]
    a_ids = [i for i, _ in p1["a.txt"]]
    assert np.array_equal(vectors_of(v3, a_ids), vectors_of(v1, a_ids))
    # the changed and the deleted documents left no stale passage; new ids were never used before
    old_ids = set(v1.all_passage_ids())
    new_ids = set(v3.all_passage_ids()) - set(a_ids)
    assert not (old_ids & new_ids) and min(new_ids) > max(old_ids)
    assert all("KONEPS" not in t for rows in p3.values() for _, t in rows)
    assert all("500 centres" not in t for _, t in p3["b.md"])
    # the previous version still resolves its own citations (a bot that has not switched yet)
    assert_consistent(v1)
    assert version_names(index) == {r1.version, r3.version}

    # 4. a question about the renamed document is answered from it, and its quote resolves
    engine = Engine(embedder, index)
    answer = engine.answer("How many requests did Government 24 handle in 2012?")
    assert answer.answered
    cite = answer.citations[0]
    assert engine.version.document(cite.doc_id).path == "a-renamed.txt"
    assert engine.version.document_text(cite.doc_id)[cite.start : cite.end] == cite.quote
    assert "250 million" in cite.quote and cite.passage_id in a_ids

    # 5. change a document back and forth, then delete everything but one
    write(corpus, "b.md", B)
    r5, _ = refresh(corpus, index, embedder)
    assert r5.changed == ["b.md"]
    (corpus / "d.txt").unlink()
    (corpus / "b.md").unlink()
    r6, embedded = refresh(corpus, index, embedder)
    assert embedded == 0 and r6.removed == ["b.md", "d.txt"] and r6.unchanged == ["a-renamed.txt"]
    v6 = open_current(index)
    assert_consistent(v6)
    assert passages_by_path(v6) == {"a-renamed.txt": p1["a.txt"]}
    for v in (v1, v3, v6):
        v.close()


def test_exact_duplicates_are_reported_and_indexed_once(tmp_path, embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "b.txt", B)
    write(corpus, "c.txt", C)
    write(corpus, "copies/c-copy.txt", C)
    r1, _ = refresh(corpus, index, embedder)
    assert r1.duplicates == ["copies/c-copy.txt = same bytes as c.txt"]
    assert r1.added == ["b.txt", "c.txt"] and r1.documents == 2

    # a new copy that sorts before the indexed original: the original stays, nothing is embedded
    write(corpus, "0-b.txt", B)
    r2, embedded = refresh(corpus, index, embedder)
    assert embedded == 0 and r2.version == r1.version
    assert r2.duplicates == ["0-b.txt = same bytes as b.txt", "copies/c-copy.txt = same bytes as c.txt"]
    assert r2.unchanged == ["b.txt", "c.txt"] and not (r2.added or r2.removed)

    # the original disappears: its copy takes over without re-embedding (a rename)
    (corpus / "c.txt").unlink()
    r3, embedded = refresh(corpus, index, embedder)
    assert embedded == 0 and r3.renamed == ["c.txt -> copies/c-copy.txt"] and not r3.removed
    v = open_current(index)
    assert sorted(d.path for d in v.documents()) == ["b.txt", "copies/c-copy.txt"]
    assert_consistent(v)
    v.close()


def test_metadata_change_and_metadata_errors(tmp_path, embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "a.txt", A)
    write(corpus, "d.txt", D)
    write(corpus, "manifest.toml", '["a.txt"]\ntitle = "Government 24 overview"\nkind = "report"\ndate = "2013"\n')
    r1, _ = refresh(corpus, index, embedder)
    assert r1.ok and r1.metadata_errors == []
    assert "d.txt: no metadata (title and language inferred)" in r1.warnings
    # said again on the next build, until the metadata is given (a tester saw it once only)
    r1b, _ = refresh(corpus, index, embedder)
    assert r1b.unchanged == ["a.txt", "d.txt"]
    assert "d.txt: no metadata (title and language inferred when it was indexed)" in r1b.warnings
    v1 = open_current(index)
    doc = next(d for d in v1.documents() if d.path == "a.txt")
    assert (doc.title, doc.kind, doc.year, doc.language) == ("Government 24 overview", "report", 2013, "en")

    # the title changes (it is part of what is embedded): a.txt is changed, d.txt untouched
    write(corpus, "manifest.toml", '["a.txt"]\ntitle = "Government 24 portal"\nkind = "report"\ndate = "2013"\n')
    write(corpus, "d.txt.meta.toml", 'title = "UNI-PASS customs"\nurl = "https://example.org/unipass"\n')
    r2, embedded = refresh(corpus, index, embedder)
    assert r2.changed == ["a.txt", "d.txt"] and r2.unchanged == [] and embedded > 0
    v2 = open_current(index)
    docs = {d.path: d for d in v2.documents()}
    assert docs["a.txt"].title == "Government 24 portal"
    assert (docs["d.txt"].title, docs["d.txt"].url) == ("UNI-PASS customs", "https://example.org/unipass")
    assert_consistent(v2)

    # a bad field is reported naming the file and the field; the document still indexes
    write(corpus, "d.txt.meta.toml", 'title = "UNI-PASS customs"\nautor = "KCS"\n')
    write(corpus, "manifest.toml", '["a.txt"]\ntitle = "Government 24 portal"\nkind = "report"\ndate = "2013"\n'
          '["gone.pdf"]\ntitle = "x"\n')
    r3, _ = refresh(corpus, index, embedder)
    assert any("d.txt.meta.toml" in e and "autor" in e for e in r3.metadata_errors), r3.metadata_errors
    assert any("gone.pdf" in e for e in r3.metadata_errors)
    v3 = open_current(index)
    assert {d.path for d in v3.documents()} == {"a.txt", "d.txt"}
    for v in (v1, v2, v3):
        v.close()

    # a manifest that is not valid TOML: a new file's warning says its metadata could not
    # be read (a tester's build had said "no metadata", which was untrue)
    write(corpus, "manifest.toml", '["a.txt"]\ntitle = "Government 24 portal\n')
    write(corpus, "e.txt", "Korea membuka 10 pusat kerja pintar pertama pada 2010.\n")
    r4, _ = refresh(corpus, index, embedder)
    assert any("not valid TOML" in e for e in r4.metadata_errors)
    assert "e.txt: metadata could not be read (see metadata errors) (title and language inferred)" in r4.warnings


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")}


def test_dry_run_writes_nothing(tmp_path, embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "a.txt", A)
    write(corpus, "b.txt", B)

    # no index yet: the plan lists everything as added, and no folder appears
    r0, embedded = refresh(corpus, index, embedder, dry_run=True)
    assert r0.dry_run and r0.added == ["a.txt", "b.txt"] and r0.version is None
    assert embedded == 0 and not index.exists()

    refresh(corpus, index, embedder)
    before = _snapshot(index)
    write(corpus, "b.txt", B2)
    write(corpus, "d.txt", D)
    (corpus / "a.txt").unlink()
    r1, embedded = refresh(corpus, index, embedder, dry_run=True)
    assert embedded == 0 and _snapshot(index) == before
    assert (r1.added, r1.changed, r1.removed) == (["d.txt"], ["b.txt"], ["a.txt"])
    assert r1.previous_version == current_version_dir(index).name
    # the plan counts the passages the build would make (a tester's dry run gave the old count)
    real, _ = refresh(corpus, tmp_path / "real-index", embedder)
    assert (r1.documents, r1.passages) == (real.documents, real.passages)

    # a leftover of an interrupted build is left alone by a dry run, removed by a real one
    leftover = index / VERSIONS / ".tmp-interrupted"
    leftover.mkdir()
    refresh(corpus, index, embedder, dry_run=True)
    assert leftover.exists()
    refresh(corpus, index, embedder)
    assert not leftover.exists()


def test_dry_run_reports_unreadable_files_as_a_build_would(tmp_path, embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "a.txt", A)
    write(corpus, "b.txt", B)
    refresh(corpus, index, embedder)
    before = _snapshot(index)
    (corpus / "b.txt").write_bytes(b"")  # a changed file that can no longer be read
    (corpus / "c.txt").write_bytes(b"\x00\x01\x02\x03" * 64)  # a new one
    r, embedded = refresh(corpus, index, embedder, dry_run=True)
    assert embedded == 0 and _snapshot(index) == before
    assert r.added == [] and r.changed == [] and not r.ok
    [b_failed, c_failed] = sorted(r.failed)
    assert b_failed == "b.txt: the file is empty (would keep the previously indexed version)"
    assert c_failed.startswith("c.txt: ") and "binary" in c_failed
    assert r.documents == 2  # a.txt, and b.txt's indexed version


def test_changed_chunker_setting_forces_full_rebuild(tmp_path, embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "a.txt", A)
    write(corpus, "b.txt", B)
    r1, _ = refresh(corpus, index, embedder)
    old_ids = set(open_current(index).all_passage_ids())

    r2, embedded = refresh(corpus, index, embedder, max_chars=400)
    assert r2.full_rebuild and "chunker" in r2.full_rebuild_reason and "max_chars" in r2.full_rebuild_reason
    assert r2.passages_embedded == r2.passages and embedded == r2.passages_embedded + r2.sentences_embedded
    v2 = open_current(index)
    assert v2.manifest["chunker"]["max_chars"] == 400 and v2.n_passages < r1.passages
    assert min(v2.all_passage_ids()) > max(old_ids)  # ids are never reused for other text
    assert_consistent(v2)

    # same settings again: incremental, nothing embedded
    r3, embedded = refresh(corpus, index, embedder, max_chars=400)
    assert not r3.full_rebuild and embedded == 0 and r3.version == r2.version
    r4, embedded = refresh(corpus, index, embedder, max_chars=400, force_full=True)
    assert r4.full_rebuild and "--full" in r4.full_rebuild_reason and r4.passages_embedded == r4.passages
    v2.close()


@pytest.fixture()
def other_model_embedder(embedder, model_cache_dir) -> Embedder:
    """The same real weights configured by folder path: another model identity.

    It shares the already loaded model (no second load), so only the identity recorded
    in the manifest differs, as when a user points ``EGOV_MODEL`` at a local folder.
    """
    _, path = resolve_model(DEFAULT_MODEL_ID, model_cache_dir)
    other = Embedder(path, model_cache_dir)
    other._model = embedder.model  # noqa: SLF001 - reuse the loaded real model
    assert model_identity(other.configured) != model_identity(embedder.configured)
    return other


def test_changed_model_forces_full_rebuild_and_engine_refuses_mismatch(tmp_path, embedder, other_model_embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "a.txt", A)
    write(corpus, "d.txt", D)
    r1, _ = refresh(corpus, index, embedder)

    default_calls = embedder.calls["passage"]
    r2, embedded = refresh(corpus, index, other_model_embedder)
    assert r2.full_rebuild and "model" in r2.full_rebuild_reason and DEFAULT_MODEL_ID in r2.full_rebuild_reason
    assert r2.passages_embedded == r2.passages == r1.passages  # every passage re-embedded, none copied
    assert embedded == r2.passages_embedded + r2.sentences_embedded and embedder.calls["passage"] == default_calls

    # the engine configured with the default model refuses the index, saying to rebuild
    engine = Engine(embedder, index)
    with pytest.raises(IndexMismatchError) as info:
        engine.warm_up()
    assert "rebuild" in str(info.value) and "python build_index.py" in str(info.value)
    with pytest.raises(IndexMismatchError):
        open_current(index, model_identity(embedder.configured))

    # a running engine never switches to a version built with another model
    write(corpus, "b.txt", B)
    refresh(corpus, index, embedder)  # back to the default model: full rebuild again
    engine = Engine(embedder, index)
    assert engine.answer("How fast does UNI-PASS clear an import declaration?").answered
    serving = engine.version.name
    refresh(corpus, index, other_model_embedder)
    assert engine.maybe_reload(force=True) is False and engine.version.name == serving
    assert (index / CURRENT).read_text().strip() != serving
    assert engine.answer("How fast does UNI-PASS clear an import declaration?").answered


def test_a_changed_document_that_fails_to_read_keeps_its_indexed_version(tmp_path, embedder):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    write(corpus, "a.txt", A)
    write(corpus, "d.txt", D)
    refresh(corpus, index, embedder)
    before = passages_by_path(open_current(index))

    (corpus / "a.txt").write_bytes(bytes(range(256)) * 8)  # overwritten by something unreadable
    r2, embedded = refresh(corpus, index, embedder)
    assert not r2.ok and embedded == 0
    assert r2.failed == ["a.txt: binary data, not text (kept the previously indexed version)"]
    assert r2.changed == [] and r2.removed == []
    v2 = open_current(index)
    assert passages_by_path(v2) == before  # nothing lost, same ids
    assert_consistent(v2)

    write(corpus, "a.txt", A.replace("250 million", "260 million"))  # repaired: replaced as usual
    r3, _ = refresh(corpus, index, embedder)
    assert r3.ok and r3.changed == ["a.txt"]
    assert any("260 million" in t for _, t in passages_by_path(open_current(index))["a.txt"])
