#!/usr/bin/env bash
# What the root npm scripts run: the project's own pnpm (installed into ~/.huiqi-tools on first use),
# with the dependencies installed when they are missing or older than the lockfile, so every README
# command works on a machine with only Node and npm.   usage: bash tooling/scripts/pnpm.sh <pnpm args…>
set -euo pipefail
cd "$(dirname "$0")/../.."
source tooling/scripts/ensure-pnpm.sh
source tooling/scripts/ensure-deps.sh
exec pnpm "$@"
