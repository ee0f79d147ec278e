#!/usr/bin/env bash
# Build the one-folder bundle dist/timeline-reader/ with PyInstaller (docs/packaging.md).
#
#   bash packaging/pyinstaller/build.sh && bash packaging/pyinstaller/smoke.sh
#
# PyInstaller and the app's dependencies go into a venv of their own (build/bundle-venv, or $BUNDLE_VENV),
# never into the project's .venv. PYTHON picks the interpreter that the bundle will carry (default python3).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${BUNDLE_VENV:-$ROOT/build/bundle-venv}"
PYTHON="${PYTHON:-python3}"
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) BIN="$VENV/Scripts" ;;
    *) BIN="$VENV/bin" ;;
esac

if [ ! -x "$BIN/python" ] && [ ! -x "$BIN/python.exe" ]; then
    echo "== creating $VENV"
    "$PYTHON" -m venv "$VENV"
fi
PY="$BIN/python"

echo "== installing PyInstaller and the app's runtime dependencies (from pyproject.toml)"
REQS="$VENV/requirements-bundle.txt"
"$PY" - "$ROOT/pyproject.toml" > "$REQS" <<'PYEOF'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    deps = tomllib.load(f)["project"]["dependencies"]
print("\n".join(deps))
if not any(d.replace("-", "_").startswith("lxml_html_clean") for d in deps):
    # trafilatura needs lxml.html.clean, a separate package since lxml 5.2: without it HTML does not open.
    print("build.sh: WARNING: pyproject.toml lacks lxml_html_clean; the bundle adds it", file=sys.stderr)
    print("lxml_html_clean>=0.4")
print("pyinstaller>=6.10,<7")
if sys.platform != "linux":
    print("pillow>=10")  # turns the PNG icon into .ico / .icns
PYEOF
"$PY" -m pip install --quiet --disable-pip-version-check -r "$REQS"

echo "== building dist/timeline-reader"
cd "$ROOT"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
    packaging/pyinstaller/timeline-reader.spec

echo "== built: $(du -sh "$ROOT/dist/timeline-reader" | cut -f1) in dist/timeline-reader"
