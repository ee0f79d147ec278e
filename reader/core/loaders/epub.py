"""EPUB 2 and 3: chapters in spine order, titles as headings, the TOC (nav or NCX) as TocEntry list.

Safety: the archive is read in memory and never extracted. Before reading any entry we refuse
archives with too many entries, too large a declared size, or a compression ratio typical of zip bombs
(:mod:`reader.core.loaders.limits`); every read is also capped, so a lying header cannot blow up memory.
Paths that point outside the archive root ("../", absolute) are ignored. XHTML is parsed with a
recovering XML parser (entities not resolved, no network) and falls back to the HTML parser, so broken
chapters still yield their text.

Heading levels: the book title is level 1; a block that a TOC entry points at becomes a heading at
level 1 + its TOC depth (capped at 3); other h1-h6 headings keep their HTML level (capped at 3).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urldefrag

from reader.core.document import Document, DocumentError, TocEntry
from reader.core.loaders import limits
from reader.core.loaders.blocks import Block, assemble, offsets, styles
from reader.core.loaders.gutenberg import licence_span
from reader.core.loaders.htmlwalk import localname, walk

_XML_ENCODING = re.compile(rb"""\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)["']""")
_FONT_OBFUSCATION = frozenset({"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"})
_XHTML_TYPES = ("application/xhtml+xml", "text/html", "application/xml", "text/xml")


@dataclass(frozen=True, slots=True)
class _NavPoint:
    label: str
    target: str  # archive path
    fragment: str
    depth: int


class _Archive:
    """A zip archive checked against the limits, read entry by entry with a size cap."""

    def __init__(self, raw: bytes, name: str) -> None:
        self.name = name
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zf.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise DocumentError(f"{name} is not a valid EPUB (damaged or truncated archive)") from None
        if len(infos) > limits.MAX_ZIP_ENTRIES:
            raise DocumentError(f"{name} has too many files inside ({len(infos)})")
        total = 0
        for info in infos:
            total += info.file_size
            ratio = info.file_size / max(1, info.compress_size)
            if info.file_size > limits.MAX_ZIP_ENTRY or (info.file_size > 1_000_000 and ratio > limits.MAX_ZIP_RATIO):
                raise DocumentError(f"{name} looks like a zip bomb (an entry expands {ratio:.0f}-fold); refused")
        if total > limits.MAX_ZIP_TOTAL:
            raise DocumentError(f"{name} expands to too much data ({total // 2**20} MB); refused")
        self.infos = {i.filename: i for i in infos if not i.is_dir()}

    def read(self, path: str) -> bytes | None:
        """The entry's bytes, or None when it is missing or outside the archive."""
        info = self.infos.get(path)
        if info is None or not safe_path(path):
            return None
        try:
            with self.zf.open(info) as fh:
                data = fh.read(limits.MAX_ZIP_ENTRY + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError, RuntimeError):
            raise DocumentError(f"{self.name} is damaged ({posixpath.basename(path)} cannot be read)") from None
        if len(data) > max(info.file_size, 0) or len(data) > limits.MAX_ZIP_ENTRY:
            raise DocumentError(f"{self.name} looks like a zip bomb (an entry is larger than declared); refused")
        return data


def safe_path(path: str) -> bool:
    """False for absolute paths and paths that climb out of the archive root."""
    if not path or path.startswith(("/", "\\")) or ":" in path.split("/", 1)[0]:
        return False
    return ".." not in path.replace("\\", "/").split("/")


def resolve(base_dir: str, href: str) -> tuple[str, str]:
    """Resolve an OPF/NCX href against ``base_dir``: ``(archive path or "", fragment)``."""
    url, frag = urldefrag(href)
    url = unquote(url)
    if not url or "://" in url or url.startswith("/"):
        return "", frag
    path = posixpath.normpath(posixpath.join(base_dir, url))
    return (path if safe_path(path) else ""), frag


def _xml(data: bytes) -> object | None:
    from lxml import etree

    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None


def _xhtml(data: bytes) -> object | None:
    """Parse a chapter with libxml2's HTML parser: it knows HTML's named entities (``&mdash;``, which
    an XML parser without the DTD drops), closes ``<div/>`` correctly and recovers from broken markup.
    The bytes are decoded first (BOM, XML declaration, else UTF-8) so the parser never guesses Latin-1."""
    from reader.core.loaders.html import parse_html

    m = _XML_ENCODING.match(data[:200])
    text = None
    if m and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        try:
            text = data.decode(m.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        from reader.core.loaders.text import decode_bytes

        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text, _ = decode_bytes(data)
    try:
        return parse_html(text)
    except DocumentError:
        return None


def _children(el: object, name: str) -> list:
    return [c for c in el if localname(c.tag) == name]  # type: ignore[attr-defined]


def _find(el: object, name: str) -> object | None:
    return next((c for c in el.iter() if localname(c.tag) == name), None)  # type: ignore[attr-defined]


def _text(el: object | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""  # type: ignore[attr-defined]


def load_epub(
    raw: bytes, *, source: str | None, name: str, progress: Callable[[int, int], None] | None = None
) -> Document:
    """Read an EPUB's chapters into a Document."""
    arc = _Archive(raw, name)
    opf_path = _opf_path(arc)
    opf = _xml(arc.read(opf_path) or b"") if opf_path else None
    if opf is None:
        raise DocumentError(f"{name} is not a valid EPUB (no package document)")
    base = posixpath.dirname(opf_path)
    metadata = _find(opf, "metadata")
    title = _text(_find(metadata, "title")) if metadata is not None else ""
    author = _text(_find(metadata, "creator")) if metadata is not None else ""
    manifest: dict[str, tuple[str, str, str]] = {}
    manifest_el = _find(opf, "manifest")
    for item in _children(manifest_el, "item") if manifest_el is not None else []:
        path, _ = resolve(base, item.get("href") or "")
        if path:
            manifest[item.get("id") or path] = (path, item.get("media-type") or "", item.get("properties") or "")
    spine_el = _find(opf, "spine")
    spine = [manifest[ref.get("idref")] for ref in (_children(spine_el, "itemref") if spine_el is not None else [])
             if ref.get("idref") in manifest]  # fmt: skip
    spine = [s for s in spine if s[1] in _XHTML_TYPES or s[0].endswith((".xhtml", ".html", ".htm"))]
    if not spine:
        raise DocumentError(f"{name} has no readable chapters")
    if _encrypted(arc) & {path for path, _, _ in spine}:
        raise DocumentError(f"{name} is DRM-protected; only DRM-free e-books can be opened")
    nav = _toc(arc, manifest, spine_el)

    blocks: list[Block] = []
    anchors: dict[tuple[str, str], int] = {}
    chars = 0
    for n, (path, _, _) in enumerate(spine):
        data = arc.read(path)
        root = _xhtml(data) if data else None
        if root is not None:
            body = _find(root, "body")
            ids: dict[str, int] = {}
            chapter = walk(body if body is not None else root, anchors=ids, skip=_skip_pg_boilerplate)
            anchors[(path, "")] = len(blocks)
            anchors.update({(path, k): len(blocks) + v for k, v in ids.items()})
            blocks.extend(chapter)
            chars += sum(len(b.text) for b in chapter)
            if chars > limits.MAX_TEXT_CHARS:
                raise DocumentError(f"{name} is too long to open (over {limits.MAX_TEXT_CHARS:,} characters)")
        if progress is not None:
            progress(n + 1, len(spine))
    if not any(b.text for b in blocks):
        raise DocumentError(f"{name} has no text")
    toc_targets = _apply_toc_levels(blocks, nav, anchors)
    first, end = licence_span(blocks)
    blocks = blocks[first:end]
    toc_targets = [(label, i - first, d) for label, i, d in toc_targets if first <= i < end]
    blocks, shift = _mark_title(blocks, title, drop_credits=first > 0)
    toc_targets = [(label, i + shift, d) for label, i, d in toc_targets]
    text, headings, heading_toc = assemble(blocks)
    starts = offsets(blocks)
    toc = tuple(TocEntry(label, starts[i], depth) for label, i, depth in toc_targets if i < len(starts)) or heading_toc
    return Document(
        text=text, title=title or name, source=source, format="epub", author=author or None,
        headings=headings, toc=toc, styles=styles(blocks),
    )  # fmt: skip


def _encrypted(arc: _Archive) -> set[str]:
    """Archive paths that META-INF/encryption.xml lists as encrypted (font obfuscation aside)."""
    data = arc.read("META-INF/encryption.xml")
    root = _xml(data) if data else None
    if root is None:
        return set()
    out: set[str] = set()
    for enc in root.iter():
        if localname(enc.tag) != "encrypteddata":
            continue
        method = next((e.get("Algorithm") or "" for e in enc.iter() if localname(e.tag) == "encryptionmethod"), "")
        if method in _FONT_OBFUSCATION:
            continue
        for ref in enc.iter():
            if localname(ref.tag) == "cipherreference":
                path, _ = resolve("", ref.get("URI") or "")
                out.add(path)
    return out


def _skip_pg_boilerplate(el: object) -> bool:
    ident = el.get("id") or ""  # type: ignore[attr-defined]
    cls = el.get("class") or ""  # type: ignore[attr-defined]
    return ident in ("pg-header", "pg-footer", "pg-machine-header") or "pagenum" in cls.split()


def _opf_path(arc: _Archive) -> str:
    container = arc.read("META-INF/container.xml")
    root = _xml(container) if container else None
    if root is not None:
        for el in root.iter():
            if localname(el.tag) == "rootfile":
                path, _ = resolve("", el.get("full-path") or "")
                if path in arc.infos:
                    return path
    return next((p for p in arc.infos if p.lower().endswith(".opf") and safe_path(p)), "")


def _toc(arc: _Archive, manifest: dict[str, tuple[str, str, str]], spine_el: object | None) -> list[_NavPoint]:
    """TOC entries from the EPUB 3 nav document, else the EPUB 2 NCX."""
    for path, _, props in manifest.values():
        if "nav" in props.split():
            points = _nav_points(arc, path)
            if points:
                return points
    ncx_id = spine_el.get("toc") if spine_el is not None else None  # type: ignore[attr-defined]
    for key, (path, mtype, _) in manifest.items():
        if key == ncx_id or mtype == "application/x-dtbncx+xml":
            return _ncx_points(arc, path)
    return []


def _nav_points(arc: _Archive, path: str) -> list[_NavPoint]:
    root = _xhtml(arc.read(path) or b"")
    if root is None:
        return []
    navs = [el for el in root.iter() if localname(el.tag) == "nav"]
    toc = next((n for n in navs if any(v == "toc" for k, v in n.attrib.items() if k.endswith("type"))), None)
    toc = toc if toc is not None else (navs[0] if navs else None)
    if toc is None:
        return []
    base = posixpath.dirname(path)
    out: list[_NavPoint] = []
    for a in toc.iter():
        if localname(a.tag) != "a" or not a.get("href"):
            continue
        depth = sum(1 for anc in a.iterancestors() if localname(anc.tag) == "ol") or 1
        target, frag = resolve(base, a.get("href"))
        if target:
            out.append(_NavPoint(_text(a), target, frag, depth))
    return out


def _ncx_points(arc: _Archive, path: str) -> list[_NavPoint]:
    root = _xml(arc.read(path) or b"")
    if root is None:
        return []
    base = posixpath.dirname(path)
    out: list[_NavPoint] = []
    for point in root.iter():
        if localname(point.tag) != "navPoint".lower():
            continue
        content = next((c for c in point if localname(c.tag) == "content"), None)
        label = next((c for c in point if localname(c.tag) == "navlabel"), None)
        if content is None:
            continue
        depth = sum(1 for anc in point.iterancestors() if localname(anc.tag) == "navpoint") + 1
        target, frag = resolve(base, content.get("src") or "")
        if target:
            out.append(_NavPoint(_text(label), target, frag, depth))
    return out


def _apply_toc_levels(
    blocks: list[Block], nav: list[_NavPoint], anchors: dict[tuple[str, str], int]
) -> list[tuple[str, int, int]]:
    """Turn TOC targets into headings (level 1 + depth, max 3); return (label, block index, depth)."""
    out: list[tuple[str, int, int]] = []
    for point in nav:
        idx = anchors.get((point.target, point.fragment), anchors.get((point.target, "")))
        if idx is None:
            continue
        while idx < len(blocks) and not blocks[idx].text:
            idx += 1
        if idx >= len(blocks):
            continue
        level = min(3, 1 + point.depth)
        b = blocks[idx]
        if b.level or len(b.text) <= 120:
            blocks[idx] = Block(b.text, level)
        out.append((point.label or b.text, idx, point.depth))
    return out


def _mark_title(blocks: list[Block], title: str, *, drop_credits: bool = False) -> tuple[list[Block], int]:
    """The book title as a level-1 heading (reusing an equal early block); returns blocks and index shift.

    ``drop_credits``: in a PG book, the few short lines left between the licence and the title are
    producer credits ("An Anonymous Volunteer, and David Widger"), dropped.
    """
    if not title:
        return blocks, 0
    norm = title.casefold()
    for i, b in enumerate(blocks[:20]):
        if b.text.casefold() == norm:
            blocks[i] = Block(b.text, 1)
            if drop_credits and 0 < i <= 3 and all(len(x.text) < 120 and not x.level for x in blocks[:i]):
                return blocks[i:], -i
            return blocks, 0
    return [Block(title, 1), *blocks], 1
