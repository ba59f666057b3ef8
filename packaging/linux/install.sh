#!/bin/sh
# Install the built Samspel folder (dist/Samspel from packaging/build.py) on Linux, with a
# menu entry and icons.
#
#   sudo packaging/linux/install.sh                 # for all users: /opt/samspel, /usr/local
#   packaging/linux/install.sh --user               # for yourself: ~/.local
#   packaging/linux/install.sh --prefix DIR         # another prefix (packagers, tests)
#   ... --uninstall                                 # remove what the same command installed
#
# User data lives in ~/.local/share/Samspel and is never touched here.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist="$root/dist/Samspel"
prefix=/usr/local
app_dir=/opt/samspel
uninstall=no

while [ $# -gt 0 ]; do
    case "$1" in
        --user) prefix="$HOME/.local"; app_dir="$HOME/.local/opt/samspel" ;;
        --prefix) prefix="$2"; app_dir="$2/opt/samspel"; shift ;;
        --dist) dist="$2"; shift ;;
        --uninstall) uninstall=yes ;;
        *) echo "usage: $0 [--user | --prefix DIR] [--dist DIR] [--uninstall]" >&2; exit 2 ;;
    esac
    shift
done

apps="$prefix/share/applications"
icons="$prefix/share/icons/hicolor"

if [ "$uninstall" = yes ]; then
    rm -rf "$app_dir"
    rm -f "$prefix/bin/samspel" "$apps/samspel.desktop" "$icons/scalable/apps/samspel.svg"
    for size in 16 24 32 48 64 128 256 512; do
        rm -f "$icons/${size}x${size}/apps/samspel.png"
    done
else
    [ -x "$dist/samspel" ] || { echo "Build first: python3 packaging/build.py" >&2; exit 1; }
    rm -rf "$app_dir"
    mkdir -p "$(dirname "$app_dir")" "$prefix/bin" "$apps" "$icons/scalable/apps"
    cp -a "$dist" "$app_dir"
    ln -sf "$app_dir/samspel" "$prefix/bin/samspel"
    # Exec with the full path, so the menu entry works even when $prefix/bin is not on PATH.
    sed "s|^Exec=samspel|Exec=$app_dir/samspel|" "$here/samspel.desktop" > "$apps/samspel.desktop"
    chmod 644 "$apps/samspel.desktop"
    cp "$root/resources/icons/samspel.svg" "$icons/scalable/apps/samspel.svg"
    for size in 16 24 32 48 64 128 256 512; do
        mkdir -p "$icons/${size}x${size}/apps"
        cp "$root/resources/icons/samspel-$size.png" "$icons/${size}x${size}/apps/samspel.png"
    done
fi

# Refresh the menu and icon caches where the tools exist (harmless where they do not).
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$icons" || true
if [ "$uninstall" = yes ]; then
    echo "Samspel removed from $app_dir"
else
    echo "Samspel installed in $app_dir (command: $prefix/bin/samspel)"
fi
