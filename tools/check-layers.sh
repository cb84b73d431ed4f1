#!/usr/bin/env bash
# Checks which folder includes which (docs/architecture.md), with no exception:
#   core/     the widget-free library (knetik_core, knetik_runtime): includes no other folder
#   ui/       widgets and dialogs (knetik_ui): includes core/ only
#   cli/      knetik-tokens (knetik_cli): includes core/ only
#   sandbox/  the Knetik-compatible server (knetik_sandbox): includes core/ only
#   app/      the console program (main.cpp, ConsoleController): includes core/, ui/, sandbox/
# Prints the include graph between folders, and fails on any other edge.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
folders=(core ui cli sandbox app)
folder_of() { # the folder that has a header of this name
    local name
    name=$(basename "$1")
    for folder in "${folders[@]}"; do
        [[ -e $folder/$name ]] && { echo "$folder"; return; }
    done
    echo ""
}
allowed() { # from-folder to-folder
    case "$1 -> $2" in
    "ui -> core" | "cli -> core" | "sandbox -> core") return 0 ;;
    "app -> core" | "app -> ui" | "app -> sandbox") return 0 ;;
    *) return 1 ;;
    esac
}
bad=0
declare -A edges=()
for folder in "${folders[@]}"; do
    for file in "$folder"/*.cpp "$folder"/*.h; do
        [[ -e $file ]] || continue
        while read -r header; do
            to=$(folder_of "$header")
            [[ -z $to || $to == "$folder" ]] && continue
            edges["$folder -> $to"]=$((${edges["$folder -> $to"]:-0} + 1))
            if ! allowed "$folder" "$to"; then
                echo "check-layers: $file includes $header ($to/)" >&2
                bad=1
            fi
        done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]\([^">]*\)[">].*/\1/p' "$file")
    done
done
for edge in "${!edges[@]}"; do
    echo "$edge: ${edges[$edge]} includes"
done | sort
exit $bad
