#!/bin/sh
# Install Qingdao Viewer for the current user: the bundle under ~/.local/lib, a command in
# ~/.local/bin, and the desktop entry, icons, AppStream metainfo and the profile's MIME type
# under ~/.local/share, so the app appears in the desktop's launcher and opens profiles with a
# double-click.
# Run it from the unpacked archive: ./qingdao-viewer/install.sh
set -eu

APP_ID=io.github.qingdaoviewer.QingdaoViewer
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
lib_dir="$HOME/.local/lib/qingdao-viewer"
bin_dir="$HOME/.local/bin"

if [ ! -x "$here/qingdao-viewer" ] || [ ! -d "$here/share" ]; then
    echo "install.sh: run me from the unpacked qingdao-viewer folder (no executable next to me)" >&2
    exit 2
fi

# The bundle: copied whole beside the old one, then swapped in, so a failed copy leaves the
# installed app as it was.
mkdir -p "$(dirname "$lib_dir")" "$bin_dir"
rm -rf "$lib_dir.new"
cp -R "$here" "$lib_dir.new"
rm -rf "$lib_dir.old"
if [ -e "$lib_dir" ]; then mv "$lib_dir" "$lib_dir.old"; fi
mv "$lib_dir.new" "$lib_dir"
rm -rf "$lib_dir.old"
ln -sfn "$lib_dir/qingdao-viewer" "$bin_dir/qingdao-viewer"

# The desktop entry, pointing at the installed executable.
mkdir -p "$data_home/applications"
sed -e "s|^Exec=.*|Exec=\"$lib_dir/qingdao-viewer\" %f|" -e "s|^TryExec=.*|TryExec=$lib_dir/qingdao-viewer|" \
    "$here/share/applications/$APP_ID.desktop" > "$data_home/applications/$APP_ID.desktop"

# Icons, in every size the hicolor theme has, and the SVG.
for png in "$here"/share/icons/hicolor/*/apps/"$APP_ID".png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    mkdir -p "$data_home/icons/hicolor/$size/apps"
    cp "$png" "$data_home/icons/hicolor/$size/apps/$APP_ID.png"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$here/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$data_home/icons/hicolor/scalable/apps/$APP_ID.svg"

mkdir -p "$data_home/metainfo"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$data_home/metainfo/$APP_ID.metainfo.xml"

# The profile's own MIME type (application/x-gii-cluster-profile+yaml), which the entry claims.
mkdir -p "$data_home/mime/packages"
cp "$here/share/mime/packages/$APP_ID.xml" "$data_home/mime/packages/$APP_ID.xml"

# Let the desktop notice; no tool is required.
if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$data_home/mime" || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true
fi

echo "Installed Qingdao Viewer in $lib_dir"
echo "  command:       $bin_dir/qingdao-viewer"
echo "  desktop entry: $data_home/applications/$APP_ID.desktop"
echo "Uninstall with: $lib_dir/uninstall.sh"
