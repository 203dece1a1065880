# Sourced by the other scripts: makes the pinned pnpm available on a machine with only Node 20 + npm.
# Installs into ~/.huiqi-tools (no root needed) unless the right version is already on PATH.
PNPM_VERSION=$(node -p "require('./package.json').packageManager.split('@')[1]")
export TURBO_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm_config_update_notifier=false
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
  TOOLS="${HUIQI_TOOLS:-$HOME/.huiqi-tools}"
  if [ ! -x "$TOOLS/bin/pnpm" ] || [ "$("$TOOLS/bin/pnpm" -v 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "› installing pnpm $PNPM_VERSION into $TOOLS"
    # npm's own notes (install scripts, funding) only when it fails.
    npm install --global --prefix "$TOOLS" --no-fund --no-audit "pnpm@$PNPM_VERSION" >"${TMPDIR:-/tmp}/huiqi-pnpm-install.log" 2>&1 || { cat "${TMPDIR:-/tmp}/huiqi-pnpm-install.log"; return 1 2>/dev/null || exit 1; }
    rm -f "${TMPDIR:-/tmp}/huiqi-pnpm-install.log"
  fi
  export PATH="$TOOLS/bin:$PATH"
fi
