#!/bin/sh
# Put the installer scripts, desktop entry, metainfo and icons beside a built bundle, in the
# layout install.sh reads: BUNDLE/share/{applications,metainfo,mime/packages,icons/hicolor/...}.
# Usage: packaging/linux/assemble.sh dist/qingdao-viewer
set -eu
APP_ID=io.github.qingdaoviewer.QingdaoViewer
repo=$(cd "$(dirname "$0")/../.." && pwd)
bundle=$1
cp "$repo/packaging/linux/install.sh" "$repo/packaging/linux/uninstall.sh" "$bundle/"
mkdir -p "$bundle/share/applications" "$bundle/share/metainfo" "$bundle/share/mime/packages" \
    "$bundle/share/icons/hicolor/scalable/apps"
cp "$repo/resources/$APP_ID.desktop" "$bundle/share/applications/"
cp "$repo/resources/$APP_ID.metainfo.xml" "$bundle/share/metainfo/"
cp "$repo/resources/$APP_ID.mime.xml" "$bundle/share/mime/packages/$APP_ID.xml"
cp "$repo/resources/icons/qingdao-viewer.svg" "$bundle/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in "$repo"/resources/icons/qingdao-viewer-*.png; do
    size=${png##*-}; size=${size%.png}
    mkdir -p "$bundle/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$bundle/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
