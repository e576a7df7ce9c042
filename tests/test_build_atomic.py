"""Atomic publication (issue 4): ``python build_index.py`` killed with SIGKILL at exact
stages leaves the published version serving, and the next run completes and cleans up;
a second build running at the same time is refused with exit code 3.

The build runs as a real subprocess (its own model load, env ``EGOV_CORPUS_DIR`` /
``EGOV_INDEX_DIR``). ``EGOV_BUILD_PAUSE_AT=<stage>`` (``index.build._pause_point``) makes
it write ``<index>/.paused-<stage>`` and wait there; the test waits for that file (bounded
by a timeout), checks the folder, and kills the process at exactly that stage.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.engine import Engine
from index.build import PAUSE_STAGES, BuildLockedError, build_index
from index.model import DEFAULT_MODEL_ID
from index.store import CURRENT, VERSIONS, current_version_dir, open_current

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 600.0  # seconds a subprocess may take to reach a stage (model load included; a loaded machine is slow)

OLD = {
    "portal.txt": "Government 24 is Korea's single portal for civil services.\n"
    "In 2012 the portal handled 250 million requests from citizens and companies.\n",
    "procurement.txt": "KONEPS is the national e-procurement system of Korea.\n"
    "Every public tender is published on it and suppliers bid online.\n",
}
NEW = (
    "new.txt",
    "UNI-PASS is the electronic customs clearance system of the Korea Customs Service.\n"
    "It clears an import declaration in about 1.5 hours.\n",
)
OLD_Q = "How many requests did the Government 24 portal handle in 2012?"
NEW_Q = "How long does UNI-PASS take to clear an import declaration?"


def start_build(corpus: Path, index: Path, model_cache_dir: Path, out: Path, pause_at: str | None = None, *args):
    """Start ``build_index.py --json`` in a subprocess; stdout/stderr go to files in ``out``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("EGOV_")}
    env.update({
        "EGOV_CORPUS_DIR": str(corpus), "EGOV_INDEX_DIR": str(index), "EGOV_MODEL": DEFAULT_MODEL_ID,
        "EGOV_MODEL_CACHE_DIR": str(model_cache_dir), "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
    })
    if pause_at:
        env["EGOV_BUILD_PAUSE_AT"] = pause_at
    out.mkdir(parents=True, exist_ok=True)
    stdout = (out / "stdout").open("w")
    stderr = (out / "stderr").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "build_index.py"), "--json", *args],
        cwd=ROOT, env=env, stdout=stdout, stderr=stderr, text=True,
        # Ctrl-C as at a terminal, even when the tests run as a background job (which
        # starts with SIGINT ignored, and Python then never raises KeyboardInterrupt)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    proc.out = out  # type: ignore[attr-defined]
    return proc


def output(proc) -> tuple[str, str]:
    return (proc.out / "stdout").read_text(), (proc.out / "stderr").read_text()


def wait_for_stage(proc, index: Path, stage: str) -> Path:
    """Wait (bounded) until the build announces ``stage``; fail if it exits first."""
    marker = index / f".paused-{stage}"
    deadline = time.monotonic() + TIMEOUT
    while not marker.exists():
        if proc.poll() is not None:
            pytest.fail(f"build exited with {proc.returncode} before stage {stage!r}: {output(proc)}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"build did not reach stage {stage!r} within {TIMEOUT} s: {output(proc)}")
        time.sleep(0.02)
    assert int(marker.read_text()) == proc.pid
    return marker


def make_corpus(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for name, text in OLD.items():
        (corpus / name).write_text(text, encoding="utf-8")


def versions(index: Path) -> set[str]:
    return {p.name for p in (index / VERSIONS).iterdir()}


def assert_answers(index: Path, embedder, question: str, path: str) -> str:
    """The published version answers ``question`` from ``path``; return its name."""
    version = open_current(index, DEFAULT_MODEL_ID)
    name = version.name
    version.close()
    engine = Engine(embedder, index)
    answer = engine.answer(question)
    assert answer.answered, question
    cite = answer.citations[0]
    assert engine.version.name == name
    assert engine.version.document(cite.doc_id).path == path
    assert engine.version.document_text(cite.doc_id)[cite.start : cite.end] == cite.quote
    return name


KILL_STAGES = ["embedding", "written", "renamed", "published"]
PROC_Q = "Where are Korea's public tenders published?"


def change_corpus(corpus: Path, stage: str) -> None:
    """The refresh to interrupt. Killed mid-embedding: a document is added. At the later
    stages: one is deleted and one renamed, which needs no model (the subprocess then
    skips loading it, which keeps these tests quick)."""
    if stage == "embedding":
        (corpus / NEW[0]).write_text(NEW[1], encoding="utf-8")
    else:
        (corpus / "procurement.txt").unlink()
        (corpus / "portal.txt").rename(corpus / "portal-2012.txt")


@pytest.fixture(scope="module")
def paused_builds(tmp_path_factory, embedder, model_cache_dir):
    """One refresh per stage, all started at once, each paused at its stage.

    Per stage: a corpus of two documents indexed in-process (the old version), then
    changed (:func:`change_corpus`) and ``build_index.py`` started on it, told to pause
    at the stage. Returns ``{stage: (process, corpus, index, old version name)}``.
    """
    builds = {}
    for stage in KILL_STAGES:
        base = tmp_path_factory.mktemp(f"kill-{stage}")
        corpus, index = base / "corpus", base / "index"
        make_corpus(corpus)
        old = build_index(corpus, index, embedder).version
        change_corpus(corpus, stage)
        builds[stage] = (start_build(corpus, index, model_cache_dir, base / "out", stage), corpus, index, old)
    yield builds
    for proc, *_ in builds.values():
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("stage", KILL_STAGES)
def test_build_killed_at_a_stage_leaves_a_serving_index(stage, paused_builds, embedder):
    proc, corpus, index, old = paused_builds[stage]
    try:
        marker = wait_for_stage(proc, index, stage)
        tmp_dirs = [p for p in (index / VERSIONS).iterdir() if p.name.startswith(".tmp-")]
        if stage == "embedding":
            assert versions(index) == {old} and not tmp_dirs
        elif stage == "written":
            assert len(tmp_dirs) == 1 and (tmp_dirs[0] / "manifest.json").is_file()
        elif stage == "renamed":
            assert len(versions(index)) == 2 and not tmp_dirs
        elif stage == "published":
            assert current_version_dir(index).name != old
        # meanwhile another build is refused: the paused one holds the lock at every stage
        with pytest.raises(BuildLockedError, match="another build is already running"):
            build_index(corpus, index, embedder)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    marker.unlink()

    if stage == "published":  # the switch happened: the new version serves, complete
        assert assert_answers(index, embedder, OLD_Q, "portal-2012.txt") != old
    else:  # the kill came before the switch: the old version serves as before
        assert (index / CURRENT).read_text().strip() == old
        assert assert_answers(index, embedder, OLD_Q, "portal.txt") == old
        assert assert_answers(index, embedder, PROC_Q, "procurement.txt") == old

    # the next run completes (the lock died with the killed process) and cleans up
    report = build_index(corpus, index, embedder)
    assert report.ok
    current = current_version_dir(index).name
    assert report.version == current
    assert not any(n.startswith(".tmp-") for n in versions(index))
    if stage == "embedding":
        assert report.added == ["new.txt"] and versions(index) == {old, current}
        assert assert_answers(index, embedder, NEW_Q, NEW[0]) == current
        assert assert_answers(index, embedder, OLD_Q, "portal.txt") == current
    else:
        if stage != "published":
            assert report.removed == ["procurement.txt"] and report.renamed == ["portal.txt -> portal-2012.txt"]
            assert versions(index) == {old, current}  # an unpublished complete version is removed too
        assert assert_answers(index, embedder, OLD_Q, "portal-2012.txt") == current
        serving = open_current(index)
        assert [d.path for d in serving.documents()] == ["portal-2012.txt"]
        serving.close()


def test_pause_stages_are_documented():
    assert set(PAUSE_STAGES) == {"locked", *KILL_STAGES}


def test_second_concurrent_build_is_refused_with_exit_code_3(tmp_path, embedder, model_cache_dir):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    make_corpus(corpus)
    first = start_build(corpus, index, model_cache_dir, tmp_path / "first", "locked")
    try:
        marker = wait_for_stage(first, index, "locked")  # the first build holds the lock

        second = start_build(corpus, index, model_cache_dir, tmp_path / "second")
        assert second.wait(timeout=TIMEOUT) == 3
        stdout, stderr = output(second)
        assert "another build is already running" in stderr and str(index / "build.lock") in stderr
        result = json.loads(stdout)
        assert result["ok"] is False and result["exit_code"] == 3
        assert "another build is already running" in result["error"]
        with pytest.raises(BuildLockedError, match="wait for it to finish"):
            build_index(corpus, index, embedder)
        assert not (index / CURRENT).exists()  # nothing was published by anyone yet
    finally:
        first.send_signal(signal.SIGKILL)  # killed while holding the lock, before reading anything
        first.wait(timeout=30)
    marker.unlink()

    # the lock died with the first build: the next one runs
    report = build_index(corpus, index, embedder)
    assert report.ok and report.added == ["portal.txt", "procurement.txt"]
    assert_answers(index, embedder, OLD_Q, "portal.txt")

    # exit code 0 and the JSON report from the command (nothing to embed: no model load)
    again = start_build(corpus, index, model_cache_dir, tmp_path / "again")
    assert again.wait(timeout=TIMEOUT) == 0, output(again)
    result = json.loads(output(again)[0])
    assert result["ok"] is True and result["version"] == report.version
    assert result["unchanged"] == ["portal.txt", "procurement.txt"] and result["passages_embedded"] == 0


def test_ctrl_c_while_writing_leaves_nothing_behind(tmp_path, embedder, model_cache_dir):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    make_corpus(corpus)
    old = build_index(corpus, index, embedder).version
    change_corpus(corpus, "written")
    proc = start_build(corpus, index, model_cache_dir, tmp_path / "out", "written")
    try:
        marker = wait_for_stage(proc, index, "written")
        assert [p.name for p in (index / VERSIONS).iterdir() if p.name.startswith(".tmp-")]
        proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
        assert proc.wait(timeout=TIMEOUT) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    marker.unlink()
    stdout, stderr = output(proc)
    assert "interrupted: the published index was left as it was" in stderr
    assert json.loads(stdout)["exit_code"] == 130
    assert versions(index) == {old} and (index / CURRENT).read_text().strip() == old
    assert assert_answers(index, embedder, PROC_Q, "procurement.txt") == old
    report = build_index(corpus, index, embedder)  # the lock was released on the way out
    assert report.removed == ["procurement.txt"]
