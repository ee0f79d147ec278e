#!/usr/bin/env bash
# Regenerate the README's screenshots with the app's own screenshot command (offscreen, no display needed).
# Usage: bash scripts/screenshots.sh [PYTHON]   (default: .venv/bin/python)
set -euo pipefail
cd "$(dirname "$0")/.."
py=${1:-.venv/bin/python}
out=docs/screenshots
mkdir -p "$out"
export QT_QPA_PLATFORM=offscreen
"$py" -m reader screenshot "$out/light.png" --select 2 --size 1280x800 --theme light
"$py" -m reader screenshot "$out/dark.png" --select 5 --size 1280x800 --theme dark
"$py" -m reader screenshot "$out/sepia.png" --select 0 --size 1280x800 --theme sepia
echo "wrote $out/light.png $out/dark.png $out/sepia.png"
