#!/usr/bin/env bash
# Runs a test with a real Secret Service: a private D-Bus session, a throwaway HOME and a
# gnome-keyring whose login keyring is created and unlocked for the run. Without the tools,
# the test runs without KNETIK_TEST_KEYCHAIN and skips, saying why.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "with-keychain: dbus-run-session or gnome-keyring-daemon missing; the keychain test will skip" >&2
    exec "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config
export XDG_RUNTIME_DIR=$home/runtime && mkdir -m 700 -p "$XDG_RUNTIME_DIR"
export KNETIK_TEST_KEYCHAIN=1
dbus-run-session -- bash -c '
    printf "test-keyring-password" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    exec "$@"' with-keychain "$@"
