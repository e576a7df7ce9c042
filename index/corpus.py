"""The corpus folder: which files are documents, and their metadata.

Layout (README.md, "Adding documents")::

    corpus/
      manifest.toml                 # optional: one table per file, keyed by its path
      report-2012.pdf
      report-2012.pdf.meta.toml     # optional sidecar: same fields, wins over manifest
      tables/egdi-2014.csv

Metadata fields: ``title``, ``kind``, ``language``, ``publisher``, ``date`` (``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``), ``url``, ``licence`` (or ``license``), ``notes``. Unknown
fields, wrong types and malformed dates are errors that name the file and the field.
Files whose name starts with ``.`` or ``_``, ``README*`` files, ``manifest.toml`` and
sidecars are not documents.
"""

from __future__ import annotations

import datetime
import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = "manifest.toml"
SIDECAR_SUFFIX = ".meta.toml"
FIELDS = ("title", "kind", "language", "publisher", "date", "url", "licence", "notes")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_LANG = re.compile(r"^[a-z]{2,3}$")


class MetadataError(ValueError):
    """Metadata for a corpus file is invalid; the message names the file and the field."""


@dataclass
class CorpusFile:
    """A document file found in the corpus folder.

    Attributes:
        path: absolute path.
        rel: path relative to the corpus folder, POSIX separators (the document's name).
        meta: validated metadata fields given for it (may be empty).
        meta_sources: where the metadata came from (for the refresh report).
        meta_errors: problems with its metadata; the refresh then keeps the version
            already indexed (if any) rather than publish it with metadata missing.
    """

    path: Path
    rel: str
    meta: dict[str, str] = field(default_factory=dict)
    meta_sources: list[str] = field(default_factory=list)
    meta_errors: list[str] = field(default_factory=list)

    def sha256(self) -> str:
        """Hex sha256 of the file's bytes (the document's content hash)."""
        h = hashlib.sha256()
        with self.path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()


def _is_date(value: str) -> bool:
    """Whether ``value`` is YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day
    ("2023-13" and "2023-02-30" are not)."""
    if not _DATE.match(value):
        return False
    try:
        full = {4: value + "-01-01", 7: value + "-01"}.get(len(value), value)  # the first day it names
        datetime.date.fromisoformat(full)
    except ValueError:
        return False
    return True


def validate_metadata(raw: dict, where: str) -> tuple[dict[str, str], list[str]]:
    """Check one metadata table.

    Returns:
        ``(valid, errors)``: the valid fields as text, and one message per bad field
        (unknown field, non-text value, malformed date or language), each naming
        ``where`` and the field. Valid fields are kept even when others are bad.
    """
    out: dict[str, str] = {}
    errors: list[str] = []
    for key, value in raw.items():
        name = "licence" if key == "license" else key
        if name not in FIELDS:
            errors.append(f"{where}: unknown field {key!r} (known: {', '.join(FIELDS)})")
            continue
        if name == "date" and isinstance(value, (int, datetime.date)) and not isinstance(value, bool):
            value = value.isoformat()[:10] if isinstance(value, datetime.date) else str(value)  # TOML 2011-05-03
        if not isinstance(value, str):
            errors.append(f"{where}: field {key!r} must be text, got {type(value).__name__}")
            continue
        value = value.strip()
        if name == "date" and value and not _is_date(value):
            errors.append(f"{where}: field 'date' must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
            continue
        if name == "language" and value and not _LANG.match(value):
            errors.append(f"{where}: field 'language' must be an ISO 639-1 code like 'id' or 'en', got {value!r}")
            continue
        if value:
            out[name] = value
    return out, errors


_FIELD_IN_ERROR = re.compile(r"field '(\w+)'")


def invalid_fields(errors: list[str]) -> set[str]:
    """The fields that :func:`validate_metadata`'s messages name as invalid ("field
    'date' must be a real date ..." -> ``{"date"}``)."""
    return {m.group(1) for e in errors for m in _FIELD_IN_ERROR.finditer(e)}


def _load_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MetadataError(f"{path.name}: not valid TOML: {exc}") from exc


def _is_document(path: Path, corpus_dir: Path) -> bool:
    rel_parts = path.relative_to(corpus_dir).parts
    if any(p.startswith((".", "_", "~")) for p in rel_parts):  # hidden, private, Office lock files
        return False
    name = path.name
    return not (
        name == MANIFEST or name.endswith(SIDECAR_SUFFIX) or name.upper().startswith("README")
    )


def scan_corpus(corpus_dir: Path) -> tuple[list[CorpusFile], list[str], list[str]]:
    """List the document files in ``corpus_dir`` with their metadata.

    Symbolic links that lead outside the corpus folder are skipped and reported (a link
    must not pull ``/etc/passwd`` into the index).

    Returns:
        ``(files, errors, skipped)``: files sorted by relative path; ``errors`` holds
        metadata problems that concern no single document (a manifest that is not valid
        TOML also marks every document's ``meta_errors``); ``skipped`` says which files
        were left out and why (links leading outside the corpus).

    Raises:
        FileNotFoundError: ``corpus_dir`` does not exist or is not a folder.
    """
    if not corpus_dir.is_dir():
        what = "is not a folder" if corpus_dir.exists() else "not found"
        raise FileNotFoundError(f"corpus folder {what}: {corpus_dir}")
    root = corpus_dir.resolve()
    errors: list[str] = []
    manifest: dict[str, dict] = {}
    manifest_broken: str | None = None
    mpath = corpus_dir / MANIFEST
    if mpath.is_file():
        try:
            data = _load_toml(mpath)
        except MetadataError as exc:
            manifest_broken = str(exc)
            errors.append(manifest_broken)
            data = {}
        for rel, table in data.items():
            if not isinstance(table, dict):
                errors.append(f"{MANIFEST}: entry {rel!r} must be a table of fields")
                continue
            if not (corpus_dir / rel).is_file():
                errors.append(f"{MANIFEST}: entry {rel!r} names no file in the corpus")
                continue
            manifest[rel] = table
    files: list[CorpusFile] = []
    skipped: list[str] = []
    for path in sorted(p for p in corpus_dir.rglob("*") if p.is_file()):
        if not _is_document(path, corpus_dir):
            continue
        rel = path.relative_to(corpus_dir).as_posix()
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            skipped.append(f"{rel}: skipped, a symbolic link to a file outside the corpus folder")
            continue
        cf = CorpusFile(path=path, rel=rel)
        if manifest_broken:
            cf.meta_errors.append(manifest_broken)
        if rel in manifest:
            valid, errs = validate_metadata(manifest[rel], f"{MANIFEST} [{rel!r}]")
            cf.meta.update(valid)
            cf.meta_errors.extend(errs)
            cf.meta_sources.append(MANIFEST)
        sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
        if sidecar.is_file():
            try:
                valid, errs = validate_metadata(_load_toml(sidecar), sidecar.name)
            except MetadataError as exc:
                valid, errs = {}, [str(exc)]
            cf.meta.update(valid)
            cf.meta_errors.extend(errs)
            cf.meta_sources.append(sidecar.name)
        files.append(cf)
    return files, errors, skipped
