# Shared by scripts/run and scripts/test: install what is missing, configure once, build.
# Sourced, not run.

set -euo pipefail

DAICHO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="${DAICHO_BUILD_DIR:-$DAICHO_ROOT/build}"

# Debian 12 packages Daicho builds, runs and tests with.
DAICHO_PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    catch2
    fonts-noto-cjk
    poppler-utils
    sqlite3 libsqlite3-dev libssl-dev libjemalloc-dev
    desktop-file-utils appstream
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_missing_packages() {
    local missing=()
    local pkg
    for pkg in "${DAICHO_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "These Debian packages are missing: ${missing[*]}" >&2
            echo "Install them as root (apt-get install ${missing[*]}) and run this again." >&2
            exit 2
        fi
    fi
    log "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local werror="${1:-OFF}"
    local generator=()
    command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        log "Configuring in $BUILD_DIR"
        cmake -S "$DAICHO_ROOT" -B "$BUILD_DIR" "${generator[@]}" \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDAICHO_WERROR="$werror"
    elif ! grep -q "^DAICHO_WERROR:BOOL=$werror\$" "$BUILD_DIR/CMakeCache.txt"; then
        cmake -S "$DAICHO_ROOT" -B "$BUILD_DIR" -DDAICHO_WERROR="$werror" >/dev/null
    fi
    log "Building"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
