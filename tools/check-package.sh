#!/usr/bin/env bash
# Checks a built package: unpacks it into a throwaway root (dpkg -x), looks for every file it
# must carry and for its declared dependencies, runs Debian's own checks (lintian: no error,
# warning or info that is not overridden with its reason; hardening-check on every program),
# validates the desktop file and the AppStream metainfo, compares the versions the package,
# its changelog and its metainfo give, drives the installed shell completions, and runs the
# installed console: --version, --help, and --demo offscreen until its first page is shown;
# and knetik-tokens (its manual page, and a list against the installed sandbox).
#   tools/check-package.sh knetik-token-console_<version>_amd64.deb
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

dpkg -x "$deb" "$root"
doc=usr/share/doc/knetik-token-console
for file in usr/bin/knetik-token-console usr/bin/knetik-sandbox usr/bin/knetik-tokens \
    usr/share/man/man1/knetik-token-console.1.gz usr/share/man/man1/knetik-tokens.1.gz \
    usr/share/man/man1/knetik-sandbox.1.gz \
    usr/share/bash-completion/completions/knetik-tokens \
    usr/share/zsh/vendor-completions/_knetik-tokens \
    usr/share/fish/vendor_completions.d/knetik-tokens.fish \
    usr/share/applications/knetik-token-console.desktop \
    usr/share/metainfo/invalid.knetik_token_console.console.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/knetik-token-console.svg \
    usr/share/lintian/overrides/knetik-token-console \
    $doc/README.md $doc/copyright $doc/changelog.gz $doc/docs/architecture.md; do
    [[ -e $root/$file ]] || fail "$deb has no /$file"
done
depends=$(dpkg-deb --field "$deb" Depends)
# The linked libraries come from dpkg-shlibdeps; the loaded ones are declared by hand.
for library in libqt6core6 libqt6network6 libqt6widgets6 libqt6keychain1 qt6-qpa-plugins \
    libsecret-1-0; do
    grep -q "$library" <<<"$depends" || fail "Depends does not name $library: $depends"
done
# Debian's checks. lintian: no error, no warning, and no info tag that is not overridden
# (resources/debian/lintian-overrides says why each override is there).
lintian --fail-on error,warning,info --display-info "$deb" \
    || fail "lintian found the problems above in $deb"
# hardening-check: PIE, stack protector, fortified functions, relro and immediate binding in
# every program (its exit status is 1 when any is missing; stack-clash protection shows as
# "unknown" where no function has a frame large enough to probe). Its control-flow check
# reads the ELF property that the linker sets only when every object linked carries it, and
# Debian 12's own start files (glibc's Scrt1.o, crti.o, crtn.o) do not: no program linked on
# Debian 12 has it, /usr/bin/ls neither. So that check is made here on the code itself: each
# function compiled with -fcf-protection starts with endbr64 (thousands; the start files alone
# give 2).
for program in knetik-token-console knetik-tokens knetik-sandbox; do
    hardening-check --nocfprotection "$root/usr/bin/$program" \
        || fail "hardening-check: $program lacks the above"
    objdump -d --no-show-raw-insn "$root/usr/bin/$program" >"$root/disassembly" \
        || fail "objdump cannot read $program"
    landings=$(grep -c endbr64 "$root/disassembly" || true)
    [[ $landings -ge 500 ]] \
        || fail "$program has $landings endbr64: not compiled with -fcf-protection"
done
# One version everywhere: the package's, the changelog's newest entry, the metainfo's newest
# release; and --version names it with the commit it was built from.
version=$(dpkg-deb --field "$deb" Version)
zcat "$root/$doc/changelog.gz" >"$root/changelog"
changelog=$(dpkg-parsechangelog -l "$root/changelog" -S Version)
[[ $changelog == "$version" ]] || fail "the changelog's newest entry is $changelog, the package $version"
release=$(grep -o -m1 '<release version="[^"]*"' \
    "$root/usr/share/metainfo/invalid.knetik_token_console.console.metainfo.xml" | cut -d'"' -f2 \
    || true)
[[ $release == "$version" ]] || fail "the metainfo's newest release is $release, the package $version"
commit=""
if commit=$(git -C "$top" rev-parse --short=12 HEAD 2>/dev/null); then
    for program in knetik-token-console knetik-tokens knetik-sandbox; do
        said=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/$program" --version)
        [[ $said == "$program $version (commit $commit"* ]] \
            || fail "$program --version says \"$said\", not $version and commit $commit"
    done
fi
# The manual pages: compressed, and each of its own program.
for program in knetik-token-console knetik-tokens knetik-sandbox; do
    zcat "$root/usr/share/man/man1/$program.1.gz" | grep -q "^\.TH ${program^^} 1" \
        || fail "the manual page of $program has no .TH line for it"
done
# The installed completions, driven in bash, fish and zsh with the installed program.
"$top/tests/support/completion-test.sh" "$root/usr/bin" \
    "$root/usr/share/bash-completion/completions/knetik-tokens" \
    "$root/usr/share/zsh/vendor-completions/_knetik-tokens" \
    "$root/usr/share/fish/vendor_completions.d/knetik-tokens.fish"

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
