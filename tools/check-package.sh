#!/usr/bin/env bash
# Checks a built package: unpacks it into a throwaway root (dpkg -x), looks for every file it
# must carry and for its declared dependencies, validates the desktop file and the AppStream
# metainfo, and runs the installed console: --version, --help, and --demo offscreen until its
# first page is shown; and knetik-tokens (its manual page, and a list against the installed
# sandbox).
#   tools/check-package.sh knetik-token-console_<version>_amd64.deb
set -euo pipefail
deb=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

dpkg -x "$deb" "$root"
for file in usr/bin/knetik-token-console usr/bin/knetik-sandbox usr/bin/knetik-tokens \
    usr/share/man/man1/knetik-tokens.1 \
    usr/share/applications/knetik-token-console.desktop \
    usr/share/metainfo/invalid.knetik_token_console.console.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/knetik-token-console.svg \
    usr/share/doc/knetik-token-console/README.md usr/share/doc/knetik-token-console/LICENSE \
    usr/share/doc/knetik-token-console/docs/architecture.md; do
    [[ -e $root/$file ]] || fail "$deb has no /$file"
done
depends=$(dpkg-deb --field "$deb" Depends)
# The linked libraries come from dpkg-shlibdeps; the loaded ones are declared by hand.
for library in libqt6core6 libqt6network6 libqt6widgets6 libqt6keychain1 qt6-qpa-plugins \
    libsecret-1-0; do
    grep -q "$library" <<<"$depends" || fail "Depends does not name $library: $depends"
done
# Anything desktop-file-validate says (errors, warnings, hints) fails the check.
report=$(desktop-file-validate "$root/usr/share/applications/knetik-token-console.desktop" 2>&1) \
    || fail "desktop-file-validate: $report"
[[ -z $report ]] || fail "desktop-file-validate: $report"
# The metainfo alone, and as installed beside the desktop file (the file's name against its id,
# the launchable): errors and warnings fail; infos are printed (the id is under the reserved
# .invalid domain: "cid-maybe-not-rdns").
appstreamcli validate --no-net --pedantic \
    "$root/usr/share/metainfo/invalid.knetik_token_console.console.metainfo.xml"
appstreamcli validate-tree --no-net "$root"

console=$root/usr/bin/knetik-token-console
"$console" --version | grep -q "knetik-token-console" || fail "--version printed no version"
"$console" --help | grep -q -- "--demo" || fail "--help does not list --demo"
"$root/usr/bin/knetik-sandbox" --help | grep -q -- "--port" || fail "knetik-sandbox --help"
# --demo starts the sandbox in-process, signs in and shows the first page; the probe prints
# when it is on screen and quits. A fresh settings folder: nothing of this machine's.
config=$(mktemp -d)
status=0
shown=$(XDG_CONFIG_HOME=$config XDG_DATA_HOME=$config QT_QPA_PLATFORM=offscreen \
    timeout 60 "$console" --demo --startup-probe 2>"$config/stderr") || status=$?
if [[ $status -ne 0 ]] || ! grep -q "first-page-shown-at-ms" <<<"$shown"; then
    tail -20 "$config/stderr" >&2
    rm -rf "$config"
    fail "the installed console --demo showed no first page (exit status $status)"
fi
rm -rf "$config"

tokens=$root/usr/bin/knetik-tokens
"$tokens" --version | grep -q "knetik-tokens" || fail "knetik-tokens --version printed no version"
grep -q '^\.TH KNETIK-TOKENS 1' "$root/usr/share/man/man1/knetik-tokens.1" \
    || fail "the manual page of knetik-tokens has no .TH line"
# The installed program against the installed sandbox: one page of tokens, as JSON.
config=$(mktemp -d)
"$root/usr/bin/knetik-sandbox" --port 0 --tokens 10 >"$config/sandbox" 2>&1 &
sandbox=$!
for _ in $(seq 100); do grep -q "admin access token" "$config/sandbox" && break; sleep 0.1; done
url=$(sed -n 's/^Knetik sandbox listening on //p' "$config/sandbox")
token=$(sed -n 's/^admin access token: //p' "$config/sandbox")
listed=$(echo "$token" | XDG_CONFIG_HOME=$config XDG_DATA_HOME=$config \
    timeout 60 "$tokens" --base-url "$url" --token-stdin list --format json) || listed=""
kill "$sandbox" 2>/dev/null || true
rm -rf "$config"
grep -q '"total_elements": 10' <<<"$listed" || fail "the installed knetik-tokens could not list: $listed"
echo "check-package: $(basename "$deb") installs, validates and runs (Depends: $depends)"
