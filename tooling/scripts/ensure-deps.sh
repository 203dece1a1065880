# Sourced after ensure-pnpm.sh: installs the dependencies when they are missing or older than the
# lockfile (pnpm's own progress lines, so a first install is not a silent minute).
if [ ! -f node_modules/.modules.yaml ] || [ pnpm-lock.yaml -nt node_modules/.modules.yaml ]; then
  echo "› installing dependencies (pnpm install)"
  pnpm install --frozen-lockfile --reporter=append-only | grep -E --line-buffered '^(Progress|Packages:|Done| ERR|.*ERR_)' || true
  test "${PIPESTATUS[0]}" = 0
fi
