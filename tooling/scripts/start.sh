#!/usr/bin/env bash
# The README's start command: installs everything, builds, and starts the whole platform on the
# embedded database (PGlite, in ./.huiqi-data) with demo data. Set DATABASE_URL to use PostgreSQL.
# The last step execs node itself (no pnpm or tsx in between), so Ctrl-C and a process manager's
# SIGTERM reach the server, which stops cleanly with exit 0.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tooling/scripts/ensure-pnpm.sh
source tooling/scripts/ensure-deps.sh
echo "› building the packages, the API and the three apps (about a minute the first time, seconds after)"
pnpm turbo run build --output-logs=new-only
exec node apps/api/dist/main.js --demo
