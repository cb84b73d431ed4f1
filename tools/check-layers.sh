#!/usr/bin/env bash
# Checks which folder includes which (docs/architecture.md): app/ (the widget-free core)
# includes nothing of ui/ or sandbox/, except app/main.cpp, the console's entry point, which
# builds the window; sandbox/ includes nothing of ui/, and of app/ only XdgRuntimeDir.h
# (knetik_runtime); ui/ includes of sandbox/ only Sandbox.h, in ConsoleController.cpp (--demo);
# cli/ (knetik-tokens) includes app/ and nothing of ui/ or sandbox/.
# Prints the include graph between folders, and fails on any other edge.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"
folder_of() { # the folder that has a header of this name
    local name
    name=$(basename "$1")
    for folder in app cli sandbox ui; do
        [[ -e $folder/$name ]] && { echo "$folder"; return; }
    done
    echo ""
}
allowed() { # from-file to-folder header
    case "$1 -> $2" in
    "app/main.cpp -> ui") return 0 ;;
    "sandbox/sandbox_main.cpp -> app") [[ $3 == XdgRuntimeDir.h ]] ;;
    "ui/ConsoleController.cpp -> sandbox") [[ $3 == Sandbox.h ]] ;;
    ui/*" -> app") return 0 ;;
    cli/*" -> app") return 0 ;;
    *) return 1 ;;
    esac
}
bad=0
declare -A edges=()
for file in app/*.cpp app/*.h cli/*.cpp cli/*.h sandbox/*.cpp sandbox/*.h ui/*.cpp ui/*.h; do
    from=${file%%/*}
    while read -r header; do
        to=$(folder_of "$header")
        [[ -z $to || $to == "$from" ]] && continue
        edges["$from -> $to"]=$((${edges["$from -> $to"]:-0} + 1))
        if ! allowed "$file" "$to" "$(basename "$header")"; then
            echo "check-layers: $file includes $header ($to/)" >&2
            bad=1
        fi
    done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]\([^">]*\)[">].*/\1/p' "$file")
done
for edge in "${!edges[@]}"; do
    echo "$edge: ${edges[$edge]} includes"
done | sort
exit $bad
