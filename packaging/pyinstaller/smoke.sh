#!/usr/bin/env bash
# Smoke-test the bundle built by build.sh: run its commands offscreen, in a bare environment, and check a
# screenshot PNG. Usage: bash packaging/pyinstaller/smoke.sh [dist/timeline-reader]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
DIST="${1:-$ROOT/dist/timeline-reader}"
APP="$DIST/timeline-reader"
[ -x "$APP" ] || { echo "smoke: no bundle at $APP; run packaging/pyinstaller/build.sh first" >&2; exit 1; }
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# No Python, no venv, no project checkout on the path: only what the bundle carries.
run() {
    (cd "$WORK" && env -i HOME="$WORK/home" PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen \
        XDG_RUNTIME_DIR="$WORK" LANG=C.UTF-8 timeout 120 "$APP" "$@")
}
fail() { echo "smoke: FAIL: $*" >&2; exit 1; }

echo "== version";  run --version | grep -q "Timeline Reader" || fail "--version"
echo "== screenshot of the bundled sample"
run screenshot "$WORK/shot.png" --select 0 2> "$WORK/shot.err" || { cat "$WORK/shot.err" >&2; fail "screenshot"; }
python3 - "$WORK/shot.png" <<'PYEOF' || fail "the screenshot is not a 1280x800 PNG with content"
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert (width, height) == (1280, 800), (width, height)
# Decompress the image data: a painted window is far from one flat colour.
idat, pos = b"", 8
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    if kind == b"IDAT":
        idat += data[pos + 8:pos + 8 + length]
    pos += 12 + length
pixels = zlib.decompress(idat)
assert len(set(pixels[::7])) > 20, "the screenshot is nearly uniform"
print(f"   {width}x{height}, {len(data) // 1024} KB")
PYEOF

echo "== the timeline command on an HTML page (lxml + trafilatura in the bundle)"
cat > "$WORK/page.html" <<'HTML'
<!doctype html><html><head><title>Smoke</title></head><body><article><h1>Smoke</h1>
<p>The treaty was signed on 16 July 2001 in Moscow, and renewed in June 2021 for five more years.</p>
<p>Talks had begun in 1999, two years before the signing, after a decade of border agreements.</p>
</article></body></html>
HTML
run timeline "$WORK/page.html" > "$WORK/timeline.out" 2> "$WORK/timeline.err" || { cat "$WORK/timeline.err" >&2; fail "timeline"; }
grep -q "2001" "$WORK/timeline.out" || { cat "$WORK/timeline.out" >&2; fail "no 2001 in the timeline"; }

echo "== Markdown, PDF and EPUB (markdown-it, pypdfium2, the EPUB reader in the bundle)"
printf '# Smoke\n\nThe treaty was signed on *16 July 2001* in Moscow.\n' > "$WORK/notes.md"
python3 - "$WORK/signed.pdf" <<'PYEOF'
import sys  # a one-page PDF with one line of text, offsets computed for a valid xref table
text = b"BT /F1 12 Tf 72 720 Td (The treaty was signed on 16 July 2001 in Moscow.) Tj ET"
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
    b"/Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
]
out, offsets = bytearray(b"%PDF-1.4\n"), []
for number, body in enumerate(objects, 1):
    offsets.append(len(out))
    out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
open(sys.argv[1], "wb").write(out)
PYEOF
python3 - "$WORK/book.epub" <<'PYEOF'
import sys, zipfile  # a minimal EPUB 3: container, package document, one chapter
chapter = ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One'
           '</title></head><body><h1>One</h1><p>The treaty was signed on 16 July 2001 in Moscow.</p></body></html>')
opf = ('<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
       'unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">smoke'
       '</dc:identifier><dc:title>Smoke</dc:title><dc:language>en</dc:language></metadata><manifest><item id="c1" '
       'href="one.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/></spine></package>')
container = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
             '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
             '</rootfiles></container>')
with zipfile.ZipFile(sys.argv[1], "w") as book:
    book.writestr("mimetype", "application/epub+zip", compress_type=zipfile.ZIP_STORED)
    book.writestr("META-INF/container.xml", container)
    book.writestr("OEBPS/content.opf", opf)
    book.writestr("OEBPS/one.xhtml", chapter)
PYEOF
for doc in notes.md signed.pdf book.epub; do
    run timeline "$WORK/$doc" > "$WORK/$doc.out" 2> "$WORK/$doc.err" || { cat "$WORK/$doc.err" >&2; fail "timeline $doc"; }
    grep -q "2001" "$WORK/$doc.out" || { cat "$WORK/$doc.out" "$WORK/$doc.err" >&2; fail "no 2001 in the timeline of $doc"; }
done

echo "== --install-desktop / --uninstall-desktop point at the bundle"
run --install-desktop > /dev/null || fail "--install-desktop"
grep -q "^Exec=$APP %F" "$WORK/home/.local/share/applications/io.github.timeline_reader.TimelineReader.desktop" \
    || fail "the installed entry does not start the bundle"
run --uninstall-desktop > /dev/null || fail "--uninstall-desktop"
[ ! -e "$WORK/home/.local/share/applications/io.github.timeline_reader.TimelineReader.desktop" ] || fail "uninstall"

echo "smoke: OK ($(du -sh "$DIST" | cut -f1) in $DIST)"
