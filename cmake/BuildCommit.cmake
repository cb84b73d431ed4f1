# Run at build time (cmake -P), not at configure time, so that a commit made after configuring
# is still the one --version names. Writes OUTPUT (a header defining KNETIK_COMMIT) only when
# its text changes, so that an unchanged commit rebuilds nothing.
#   -DSOURCE_DIR=<the project> -DOUTPUT=<header> [-DCOMMIT=<given>]
# COMMIT (the cache variable KNETIK_COMMIT) names the commit where the sources are not a git
# checkout (a source package); otherwise git says, with "-dirty" when tracked files differ from
# it. Empty when neither knows.
set(commit "${COMMIT}")
if(commit STREQUAL "")
    find_program(GIT git)
    if(GIT)
        execute_process(COMMAND ${GIT} -C "${SOURCE_DIR}" rev-parse --short=12 HEAD
                        OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE
                        ERROR_QUIET RESULT_VARIABLE failed)
        if(failed)
            set(commit "")
        else()
            execute_process(COMMAND ${GIT} --no-optional-locks -C "${SOURCE_DIR}" status --porcelain
                                    --untracked-files=no
                            OUTPUT_VARIABLE changes ERROR_QUIET)
            if(NOT changes STREQUAL "")
                string(APPEND commit "-dirty")
            endif()
        endif()
    endif()
endif()
set(text "// Written by cmake/BuildCommit.cmake at build time.\n#define KNETIK_COMMIT \"${commit}\"\n")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
    file(WRITE "${OUTPUT}" "${text}")
endif()
