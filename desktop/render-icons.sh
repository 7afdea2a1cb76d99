#!/usr/bin/env bash
# Renders desktop/icons/hicolor/*/apps/dev.weft.Weft.png from the two SVG sources:
#   icons/hicolor/scalable/apps/dev.weft.Weft.svg   the app icon (48 px and up, and scalable)
#   icons/dev.weft.Weft-small.svg                   the same mark on a 16 px grid (16 and 32 px)
# Needs rsvg-convert (Debian: apt-get install librsvg2-bin). The PNGs are committed; run this
# after changing an SVG and commit the result.
set -euo pipefail
cd "$(dirname "$0")/icons"

command -v rsvg-convert >/dev/null \
  || { echo "render-icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }

id=dev.weft.Weft
for size in 16 32 48 64 128 256 512; do
  if ((size <= 32)); then source_svg="$id-small.svg"; else source_svg="hicolor/scalable/apps/$id.svg"; fi
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert --width "$size" --height "$size" --format png \
    --output "hicolor/${size}x${size}/apps/$id.png" "$source_svg"
  echo "hicolor/${size}x${size}/apps/$id.png  <- $source_svg"
done
