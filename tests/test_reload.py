"""Live reload (issue 4): a running engine switches to a newly published index version
between questions, without a restart and without failing a question in flight.

The real engine answers in a loop in a thread while the main thread refreshes the index
(real model, shared by both, as in the bot process when an admin runs a refresh there).
Synchronisation is by events and by polling observable state with a deadline, never by
fixed sleeps.
"""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest

from bot.engine import Engine
from index.build import build_index
from index.store import CURRENT, VERSIONS, current_version_dir, publish

pytestmark = pytest.mark.slow

DEADLINE = 120.0  # seconds any wait may take before the test fails

DOCS = {
    "portal.txt": "Government 24 is Korea's single portal for civil services.\n"
    "In 2012 the portal handled 250 million requests from citizens and companies.\n",
    "procurement.txt": "KONEPS is the national e-procurement system of Korea.\n"
    "It saved 8 billion US dollars a year in transaction costs for the government.\n",
}
QUESTIONS = {
    "How many requests did the Government 24 portal handle in 2012?": ("portal.txt", "250 million"),
    "How much does KONEPS save the government a year?": ("procurement.txt", "8 billion"),
}
NEW_DOCS = {
    "customs.txt": ("UNI-PASS is the electronic customs clearance system of the Korea Customs Service.\n"
                    "It clears an import declaration in about 1.5 hours.\n",
                    "How long does UNI-PASS take to clear an import declaration?", "1.5 hours"),
    "tax.txt": ("Hometax is the online tax filing service of the National Tax Service of Korea.\n"
                "In 2013 about 90 percent of income tax returns were filed through Hometax.\n",
                "What share of income tax returns was filed through Hometax in 2013?", "90 percent"),
}


def make_index(tmp_path: Path, embedder) -> tuple[Path, Path]:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    assert build_index(corpus, index, embedder).ok
    return corpus, index


def assert_cites(engine: Engine, question: str, path: str, fragment: str) -> None:
    answer = engine.answer(question)
    assert answer.answered, question
    cite = answer.citations[0]
    version = engine.version
    assert version.document(cite.doc_id).path == path
    assert fragment in cite.quote
    assert version.document_text(cite.doc_id)[cite.start : cite.end] == cite.quote


def wait_until(predicate, what: str) -> None:
    deadline = time.monotonic() + DEADLINE
    while not predicate():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.01)


def test_engine_switches_to_new_versions_while_answering(tmp_path, embedder):
    corpus, index = make_index(tmp_path, embedder)
    engine = Engine(embedder, index)
    engine.warm_up()
    first = engine.version.name

    stop = threading.Event()
    answered = threading.Event()
    errors: list[BaseException] = []
    seen: list[str] = []  # version names that answered, in order

    def ask_in_a_loop() -> None:
        while not stop.is_set():
            for question, (path, fragment) in QUESTIONS.items():
                try:
                    assert_cites(engine, question, path, fragment)
                    seen.append(engine.version.name)
                    answered.set()
                except BaseException as exc:  # noqa: BLE001 - every failure is reported
                    errors.append(exc)
                    stop.set()
                    return

    worker = threading.Thread(target=ask_in_a_loop, name="asker", daemon=True)
    worker.start()
    try:
        assert answered.wait(DEADLINE)
        # two refreshes back to back while it answers: the first version's folder is pruned
        # by the second one, possibly while the engine still reads it
        names = []
        for name, (text, _q, _f) in NEW_DOCS.items():
            (corpus / name).write_text(text, encoding="utf-8")
            report = build_index(corpus, index, embedder)
            assert report.ok and report.added == [name]
            names.append(report.version)
        assert not (index / VERSIONS / first).exists()
        wait_until(lambda: errors or names[-1] in seen, "the engine to answer from the newest version")
    finally:
        stop.set()
        worker.join(DEADLINE)
    assert not errors, errors
    assert not worker.is_alive()
    assert seen[0] == first and seen[-1] == names[-1]
    assert set(seen) <= {first, *names}
    # the new documents are found now
    for _name, (_text, question, fragment) in NEW_DOCS.items():
        assert_cites(engine, question, _name, fragment)


def test_forced_reload_and_broken_versions(tmp_path, embedder, caplog):
    corpus, index = make_index(tmp_path, embedder)
    engine = Engine(embedder, index)
    engine.warm_up()
    old = engine.version.name
    assert engine.maybe_reload(force=True) is False  # nothing new

    (corpus / "customs.txt").write_text(NEW_DOCS["customs.txt"][0], encoding="utf-8")
    new = build_index(corpus, index, embedder).version
    # what an admin's /reload calls: switches at once, without waiting for the periodic check
    assert engine.maybe_reload(force=True) is True and engine.version.name == new
    assert engine.maybe_reload(force=True) is False
    assert_cites(engine, NEW_DOCS["customs.txt"][1], "customs.txt", "1.5 hours")

    # a pointer to a missing version, and a version folder that does not open: both ignored
    (index / CURRENT).write_text("no-such-version\n")
    assert engine.maybe_reload(force=True) is False
    broken = index / VERSIONS / "broken"
    broken.mkdir()
    shutil.copy(index / VERSIONS / new / "manifest.json", broken / "manifest.json")
    publish(index, broken)
    assert current_version_dir(index) == broken
    assert engine.maybe_reload(force=True) is False and engine.version.name == new
    assert "could not open the new index version broken" in caplog.text
    assert_cites(engine, next(iter(QUESTIONS)), "portal.txt", "250 million")
    assert old != new
