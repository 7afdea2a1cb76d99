#!/usr/bin/env bash
# Renders desktop/icons/hicolor/*/apps/dev.weft.Weft.png from the two SVG sources:
#   icons/hicolor/scalable/apps/dev.weft.Weft.svg   the app icon (48 px and up, and scalable)
#   icons/dev.weft.Weft-small.svg                   the same mark on a 16 px grid (16 and 32 px)
# and the Windows icon icons/dev.weft.Weft.ico (16-256 px) from those PNGs.
# Needs rsvg-convert and ImageMagick's convert (Debian: apt-get install librsvg2-bin imagemagick).
# The PNGs and the .ico are committed; run this after changing an SVG and commit the result.
# (macOS's .icns is made by installers/macos.sh with iconutil, from the same PNGs.)
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

# ImageMagick 7 is `magick`, 6 is `convert` (preferring /usr/bin's over look-alikes earlier on PATH).
magick=""
for candidate in magick /usr/bin/convert convert; do
  if command -v "$candidate" >/dev/null && [[ "$("$candidate" -version 2>/dev/null)" == *ImageMagick* ]]; then
    magick="$candidate"
    break
  fi
done
[[ -n "$magick" ]] \
  || { echo "render-icons.sh: needs ImageMagick for the .ico (apt-get install imagemagick)" >&2; exit 1; }
"$magick" hicolor/{16x16,32x32,48x48,64x64,128x128,256x256}/apps/"$id".png "$id.ico"
echo "$id.ico  <- hicolor/{16..256}/apps/$id.png"
