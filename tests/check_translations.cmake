# Every tr() text in the sources has its Japanese translation in the committed catalogue:
# lupdate runs over a copy of daicho_ja.ts, and a text it has to add comes out unfinished.
# (The unit test reads the .ts as committed, so it cannot see a text that was never added.)
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P check_translations.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(ts "${WORK_DIR}/daicho_ja.ts")
file(COPY_FILE "${SOURCE_DIR}/resources/translations/daicho_ja.ts" "${ts}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -extensions cpp,h
            "${SOURCE_DIR}/core" "${SOURCE_DIR}/cli" "${SOURCE_DIR}/ui" -ts "${ts}"
    RESULT_VARIABLE rc
    ERROR_VARIABLE lupdate_errors)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${lupdate_errors}")
endif()
file(READ "${ts}" text)
# Entities decoded and semicolons (CMake's list separator) shown as commas, for the message.
foreach(pair "&quot\;/\"" "&apos\;/'" "&lt\;/<" "&gt\;/>" "&amp\;/&")
    string(REPLACE "/" ";" pair "${pair}")
    list(GET pair 0 entity)
    list(GET pair 1 plain)
    string(REPLACE "${entity}" "${plain}" text "${text}")
endforeach()
string(REPLACE ";" "," text "${text}")
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*<translation type=\"unfinished\""
       missing "${text}")
list(LENGTH missing count)
if(count GREATER 0)
    set(list "")
    foreach(m IN LISTS missing)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${m}")
        string(APPEND list "\n  ${source}")
    endforeach()
    message(FATAL_ERROR "${count} text(s) in the sources have no Japanese translation in "
                        "resources/translations/daicho_ja.ts (run `cmake --build build --target "
                        "update_translations`, then scripts/dev/ts_tool.py):${list}")
endif()
message(STATUS "Every text in the sources has its Japanese translation.")
