# Settings every Daicho target shares, applied per target (never directory-wide).

function(daicho_configure_target target)
    target_compile_features(${target} PUBLIC cxx_std_20)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
            -Wimplicit-fallthrough)
        if(DAICHO_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
        if(DAICHO_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_USE_QSTRINGBUILDER)
endfunction()

# Core-side code additionally refuses implicit const char* -> QString conversions, so every
# user-visible string is a conscious tr() or QStringLiteral.
function(daicho_strict_strings target)
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_FROM_BYTEARRAY)
endfunction()
