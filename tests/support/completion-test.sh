#!/usr/bin/env bash
# Drives the shell completions of knetik-tokens as the shells do: bash (the function that
# "complete -p" names, called with COMP_WORDS as bash-completion calls it), fish (complete -C)
# and zsh (the script parses). A command, an option, an option's value and, when given, the
# saved servers' names (which the program reads from the console's settings: the caller saved
# them in the XDG_CONFIG_HOME it passes on).
#   completion-test.sh PROGRAM_DIR BASH_FILE ZSH_FILE FISH_FILE [SAVED_SERVER_NAME...]
set -euo pipefail
bin=$1 bash_file=$2 zsh_file=$3 fish_file=$4
shift 4
export PATH=$bin:$PATH
fail() { echo "completion-test: $*" >&2; exit 1; }
same() { # what, got, expected
    [[ $2 == "$3" ]] || fail "$1: got [$2], expected [$3]"
}
for shell in zsh fish; do
    command -v $shell >/dev/null || fail "$shell is not installed (tools/install-deps.sh installs it)"
done
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT

# bash: one line per completion, its candidates separated by "|".
complete_bash() {
    bash --norc --noprofile -c '
        source "$1" || exit 3
        complete -p knetik-tokens | grep -q -- "-F _knetik_tokens" || exit 4
        shift
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        COMPREPLY=()
        _knetik_tokens knetik-tokens "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        (IFS="|"; echo "${COMPREPLY[*]}")' bash "$bash_file" "$@"
}
same "bash: a command" "$(complete_bash knetik-tokens re)" "revoke"
same "bash: a command after a global option" \
    "$(complete_bash knetik-tokens --format json h)" "history"
same "bash: an option of the command" "$(complete_bash knetik-tokens revoke --from)" "--from-file"
same "bash: no option of another command" "$(complete_bash knetik-tokens list --from)" ""
same "bash: a value" "$(complete_bash knetik-tokens history --outcome f)" "failed"
same "bash: values" "$(complete_bash knetik-tokens --format j)" "json|jsonl"
# bash splits "--format=j" into "--format", "=", "j".
same "bash: a value after =" "$(complete_bash knetik-tokens --format = j)" "json|jsonl"
same "bash: a command after an option=value" \
    "$(complete_bash knetik-tokens --server = X list --u)" "--user"

# fish: "candidate<TAB>description" lines; the candidates.
complete_fish() {
    HOME=$home XDG_CONFIG_HOME=${XDG_CONFIG_HOME:-$home/config} fish --no-config -c \
        "source '$fish_file'; complete -C '$1'" | cut -f1 | paste -sd'|'
}
same "fish: a command" "$(complete_fish 'knetik-tokens re')" "revoke"
same "fish: an option of the command" "$(complete_fish 'knetik-tokens revoke --from')" "--from-file"
same "fish: a value" "$(complete_fish 'knetik-tokens history --outcome f')" "failed"

# zsh: the script parses, and declares itself for knetik-tokens.
zsh -n "$zsh_file" || fail "zsh cannot parse $zsh_file"
[[ $(head -1 "$zsh_file") == "#compdef knetik-tokens" ]] || fail "$zsh_file has no #compdef line"

if [[ $# -gt 0 ]]; then
    # Every saved server after --server, quoted for the command line in bash; those that start
    # with what was typed.
    expected=$(printf '%q\n' "$@" | sort | paste -sd'|')
    same "bash: saved servers" "$(complete_bash knetik-tokens --server '' | tr '|' '\n' | sort | paste -sd'|')" "$expected"
    prefix=${1:0:3}
    expected=$(for name in "$@"; do
        if [[ $name == "$prefix"* ]]; then printf '%q\n' "$name"; fi
    done | sort | paste -sd'|')
    same "bash: saved servers starting with $prefix" \
        "$(complete_bash knetik-tokens list --server "$prefix" | tr '|' '\n' | sort | paste -sd'|')" "$expected"
    same "bash: saved servers after =" \
        "$(complete_bash knetik-tokens --server = | tr '|' '\n' | sort | paste -sd'|')" \
        "$(printf '%q\n' "$@" | sort | paste -sd'|')"
    # Typed as the shell needs it (a space escaped), as far as its ninth character.
    typed=$(printf '%q' "${1:0:9}")
    expected=$(for name in "$@"; do
        quoted=$(printf '%q' "$name")
        if [[ $quoted == "$typed"* ]]; then echo "$quoted"; fi
    done | sort | paste -sd'|')
    same "bash: saved servers starting with $typed" \
        "$(complete_bash knetik-tokens --server "$typed" | tr '|' '\n' | sort | paste -sd'|')" \
        "$expected"
    expected=$(printf '%s\n' "$@" | sort | paste -sd'|')
    same "fish: saved servers" \
        "$(complete_fish 'knetik-tokens --server ' | tr '|' '\n' | sort | paste -sd'|')" "$expected"
fi
echo "completion-test: bash, fish and zsh complete knetik-tokens"
