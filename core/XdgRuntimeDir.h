#pragma once

// Started outside a desktop session (ssh, a container, cron), a Qt program on Linux finds no
// XDG_RUNTIME_DIR and Qt prints "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to ..."
// the first time anything asks for it. Both programs (knetik-token-console, knetik-sandbox)
// call this first thing in main(), before the Q*Application exists: when XDG_RUNTIME_DIR is
// unset or empty it is set to a private directory (ours, mode 0700) the way the spec wants it.
// Elsewhere (macOS, Windows) it does nothing: Qt does not use the variable there.
void ensureXdgRuntimeDir();
