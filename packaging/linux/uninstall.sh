#!/bin/sh
# Remove what install.sh put under ~/.local; settings and logs (under ~/.config and
# ~/.local/share/qingdao-viewer) are the user's and stay.
set -eu

APP_ID=io.github.qingdaoviewer.QingdaoViewer
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
lib_dir="$HOME/.local/lib/qingdao-viewer"
bin_dir="$HOME/.local/bin"

if [ -L "$bin_dir/qingdao-viewer" ] && [ "$(readlink "$bin_dir/qingdao-viewer")" = "$lib_dir/qingdao-viewer" ]; then
    rm -f "$bin_dir/qingdao-viewer"
fi
rm -f "$data_home/applications/$APP_ID.desktop" "$data_home/metainfo/$APP_ID.metainfo.xml"
rm -f "$data_home/mime/packages/$APP_ID.xml"
rm -f "$data_home"/icons/hicolor/*/apps/"$APP_ID".png "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"
rm -rf "$lib_dir"
if command -v update-mime-database >/dev/null 2>&1 && [ -d "$data_home/mime/packages" ]; then
    update-mime-database "$data_home/mime" || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
fi
echo "Removed Qingdao Viewer from $lib_dir and its desktop entry and icons."
