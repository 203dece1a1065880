# Sourced by test-all.sh: Debian's Chromium for the Playwright tests (never `playwright install`:
# this machine reaches only the npm registry and Debian's packages).
if [ ! -x /usr/bin/chromium ]; then
  echo "› installing Chromium (apt)"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
export CHROMIUM_PATH=/usr/bin/chromium
