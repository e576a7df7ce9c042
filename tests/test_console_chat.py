"""The console chat (``egov-bot chat``), as a user runs it: piped questions, and a person
at a terminal (a real pseudo-terminal) while staff refresh the index under it."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.build import build_index
from index.store import current_version_dir

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

pytestmark = pytest.mark.slow

QUESTION = "Berapa nilai ekspor e-Government Korea pada tahun 2010?"


def _env(index: Path, model_cache_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EGOV_") and k != "TELEGRAM_BOT_TOKEN"}
    env.update({"EGOV_INDEX_DIR": str(index), "EGOV_MODEL_CACHE_DIR": str(model_cache_dir), "HF_HUB_OFFLINE": "1",
                "TELEGRAM_BOT_TOKEN": ""})
    return env


def test_piped_questions_are_echoed_and_answered(built_index, model_cache_dir, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(built_index, index)
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"], input=f"{QUESTION}\n\n???\n", capture_output=True, text=True,
        env=_env(index, model_cache_dir), cwd=tmp_path, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert f"> {QUESTION}" in out.stdout and "> ???" in out.stdout
    assert "148,76" in out.stdout  # the export figure, as the source writes it
    assert "Traceback" not in out.stderr


def test_the_chat_knows_the_bots_commands(built_index, model_cache_dir, tmp_path):
    # a tester's /help got "I don't know" and /check was answered as a question
    index = tmp_path / "index"
    shutil.copytree(built_index, index)
    lines = ["/help", "/check Korea plans 50 smart work centers by 2015", "/cek", "/nonsense"]
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"], input="\n".join(lines) + "\n", capture_output=True, text=True,
        env=_env(index, model_cache_dir), cwd=tmp_path, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    # each reply follows its echoed line ("> line")
    replies = dict(zip(lines, ("\n" + out.stdout).split("\n> ")[1:]))
    assert "/check CLAIM" in replies["/help"] and "I don't know" not in replies["/help"]
    verdict = replies["/check Korea plans 50 smart work centers by 2015"]
    assert "Contradicted" in verdict and "500 pusat kerja pintar" in verdict
    assert "/cek Ekspor e-Government Korea" in replies["/cek"]  # /cek is the Indonesian name
    assert "/help" in replies["/nonsense"]


def test_a_follow_up_is_read_against_the_question_before_it(built_index, model_cache_dir, tmp_path):
    # a tester's "And in 2012?" got a quote about something else, and nothing said why
    index = tmp_path / "index"
    shutil.copytree(built_index, index)
    lines = ["Dan tahun 2007?", QUESTION, "Dan tahun 2007?"]
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"], input="\n".join(lines) + "\n", capture_output=True, text=True,
        env=_env(index, model_cache_dir), cwd=tmp_path, timeout=300,
    )
    assert out.returncode == 0, out.stderr
    first, _, second = ("\n" + out.stdout).split("\n> ")[1:]
    assert "pertanyaan lengkapnya" in first and "“" not in first  # nothing before it: a hint, no quote
    assert "Dibaca sebagai: Berapa nilai ekspor e-Government Korea pada tahun 2007?" in second
    assert "USD9,87 juta" in second


class _Terminal:
    """A process on a pseudo-terminal: what it prints, read until a marker appears."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path):
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=cwd, close_fds=True)
        os.close(slave)
        self.seen = ""  # everything printed so far
        self._read = 0  # how much of it read_until has returned

    def read_until(self, marker: str, timeout: float = 120.0) -> str:
        """What was printed since the last call, up to and including ``marker``; fails
        after ``timeout`` seconds or when the process ends first."""
        deadline = time.monotonic() + timeout
        while marker not in self.seen[self._read :]:
            left = deadline - time.monotonic()
            assert left > 0, f"no {marker!r} within {timeout} s; printed: {self.seen[self._read:]!r}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the process closed the terminal
                    chunk = b""
                assert chunk, f"the chat ended before {marker!r}; printed: {self.seen[self._read:]!r}"
                self.seen += chunk.decode("utf-8", "replace")
        end = self.seen.index(marker, self._read) + len(marker)
        text, self._read = self.seen[self._read : end], end
        return text

    def type(self, line: str) -> None:
        os.write(self.master, (line + "\n").encode())

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        os.close(self.master)


def test_a_person_at_a_terminal_sees_answers_and_the_refresh_but_no_log_lines(
    built_index, embedder, model_cache_dir, tmp_path
):
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    shutil.copytree(built_index, index)
    term = _Terminal([sys.executable, "-m", "bot.cli", "chat"], _env(index, model_cache_dir), tmp_path)
    try:
        banner = term.read_until("\n> ", timeout=180)
        assert "Ctrl-D" in banner
        term.type(QUESTION)
        first = term.read_until("\n> ")
        assert "148,76" in first and "refreshed" not in first

        # staff add a document and refresh while the chat runs
        (corpus / "uni-pass.txt").write_text(
            "UNI-PASS\n\nUNI-PASS adalah sistem kepabeanan elektronik Korea yang dipakai di 12 negara.\n",
            encoding="utf-8",
        )
        report = build_index(corpus, index, embedder)
        assert report.ok and report.added == ["uni-pass.txt"]
        term.type("Di berapa negara UNI-PASS dipakai?")
        second = term.read_until("\n> ")
        assert f"(index refreshed: version {current_version_dir(index).name}" in second
        assert "12 negara" in second
        # the server's INFO log lines are for operators, not for the person chatting
        assert " INFO " not in term.seen

        term.type("exit")
        assert term.proc.wait(timeout=60) == 0
    finally:
        term.close()


def test_index_option_answers_from_another_index(built_index, model_cache_dir, tmp_path):
    # a tester who built a second corpus with build_index.py --index found no way to ask it
    # but EGOV_INDEX_DIR; --index works before the command or after it
    index = tmp_path / "staff-index"
    shutil.copytree(built_index, index)
    env = _env(tmp_path / "no-index-here", model_cache_dir)
    chat = subprocess.run(
        [sys.executable, "-m", "bot.cli", "--index", str(index)], input=f"{QUESTION}\n", capture_output=True,
        text=True, env=env, cwd=tmp_path, timeout=300,
    )
    assert chat.returncode == 0, chat.stderr
    assert "148,76" in chat.stdout
    ask = subprocess.run(
        [sys.executable, "-m", "bot.cli", "ask", QUESTION, "--index", str(index)], capture_output=True, text=True,
        env=env, cwd=tmp_path, timeout=300,
    )
    assert ask.returncode == 0, ask.stderr
    assert "148,76" in ask.stdout
    # a folder with no index says how to build that one
    missing = subprocess.run(
        [sys.executable, "-m", "bot.cli", "check", "--index", str(tmp_path / "typo"), "Korea plans 50 centres"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300,
    )
    assert missing.returncode == 1
    assert f"build_index.py --index {tmp_path / 'typo'}" in missing.stderr and "Traceback" not in missing.stderr
