#!/usr/bin/env bash
# Installs every Debian 12 package that the build, the tests and the demo need.
# Idempotent: when everything is there already it changes nothing and asks no server.
set -euo pipefail

packages=(
    # toolchain
    cmake ninja-build g++ pkg-config
    # Qt 6.4: Widgets, Network, HttpServer (needs WebSockets on Debian 12), Linguist, Test
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libqt6svg6 libgl-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    # stored credentials, and a Secret Service (gnome-keyring on a private D-Bus) to test them
    qtkeychain-qt6-dev gnome-keyring dbus dbus-bin
    # fuzzing (clang's libFuzzer) and the TLS test certificates
    clang libclang-rt-14-dev openssl
    # fonts, so that offscreen and Xvfb windows have text
    fonts-dejavu-core
    # a virtual display for the console without a desktop (xvfb-run, tests/bench/startup.sh);
    # xvfb-run needs xauth, which --no-install-recommends leaves out
    xvfb xauth
    # the README's example of talking to knetik-sandbox by hand
    curl
    # the formatting check, the Debian package (dpkg-shlibdeps) and its validation
    clang-format dpkg-dev file desktop-file-utils appstream
    # the package's checks: Debian's own (lintian, hardening-check from devscripts), and the
    # shells whose completions a test drives (bash is there already)
    lintian devscripts zsh fish
    # the TLS + HTTP/2 front of the sandbox in tests and benchmarks (tests/support/http2-front.sh)
    nginx-light
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
