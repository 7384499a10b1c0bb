#!/usr/bin/env bash
# Finds or builds a CPU-only llama.cpp server for the -Preal-server tests and prints its path (last line of stdout).
#
# Order: $LLAMA_SERVER if set (an existing binary; nothing is built), then CACHE/bin/llama-server from an earlier
# build, else a build from the llama.cpp sources that the node-llama-cpp npm package bundles (llama/gitRelease.bundle,
# a git bundle of the llama.cpp release it pins): npm pack, git clone of the bundle, cmake, only the llama-server
# target, nice'd, two jobs. About 15-25 minutes on two cores; the log goes to CACHE/build.log.
#
# Usage: build-llama-server.sh [CACHE]   (default ${XDG_CACHE_HOME:-$HOME/.cache}/llmbench/llama-server)
# Exit 3 (with one "llmbench:" line on stderr) when there is no binary and it cannot be built here (a tool or the
# npm registry missing); exit 1 when a build that could run failed.
set -euo pipefail

NODE_LLAMA_CPP_VERSION=3.22.1
cache="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/llmbench/llama-server}"

cannot() {
  echo "llmbench: real-server: no llama-server binary and $1; set LLAMA_SERVER=/path/to/llama-server (or -Dllmbench.llama-server=...) to use an existing one" >&2
  exit 3
}

failed() {
  echo "llmbench: real-server: $1 (see $log)" >&2
  exit 1
}

if [[ -n "${LLAMA_SERVER:-}" ]]; then
  [[ -x "$LLAMA_SERVER" ]] || cannot "LLAMA_SERVER=$LLAMA_SERVER is not an executable file"
  echo "$LLAMA_SERVER"
  exit 0
fi
if [[ -x "$cache/bin/llama-server" ]]; then
  echo "$cache/bin/llama-server"
  exit 0
fi
for tool in npm git cmake c++ tar; do
  command -v "$tool" >/dev/null || cannot "cannot build one: '$tool' is not installed"
done

mkdir -p "$cache/bin"
log="$cache/build.log"
work="$cache/src"
rm -rf "$work"
mkdir -p "$work"
echo "building llama-server from node-llama-cpp@$NODE_LLAMA_CPP_VERSION's bundled llama.cpp (log: $log)" >&2
(cd "$work" && npm pack --silent "node-llama-cpp@$NODE_LLAMA_CPP_VERSION") >"$log" 2>&1 \
  || cannot "npm pack node-llama-cpp@$NODE_LLAMA_CPP_VERSION failed (see $log)"
tar -xzf "$work/node-llama-cpp-$NODE_LLAMA_CPP_VERSION.tgz" -C "$work" package/llama/gitRelease.bundle \
  package/llama/llama.cpp.info.json || failed "the node-llama-cpp package holds no llama.cpp bundle"
git clone --quiet "$work/package/llama/gitRelease.bundle" "$work/llama.cpp" >>"$log" 2>&1 \
  || failed "cloning the bundled llama.cpp sources failed"
# CPU only, static, no web UI (its prebuilt assets would be downloaded) and no TLS: a local test server.
nice -n 10 cmake -S "$work/llama.cpp" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF \
  -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_UI=OFF -DLLAMA_USE_PREBUILT_UI=OFF \
  -DLLAMA_OPENSSL=OFF -DGGML_NATIVE=ON >>"$log" 2>&1 || failed "cmake could not configure llama.cpp"
nice -n 10 cmake --build "$work/build" --target llama-server -j 2 >>"$log" 2>&1 \
  || failed "the llama-server build failed"
cp "$work/build/bin/llama-server" "$cache/bin/llama-server"
rm -rf "$work"
echo "$cache/bin/llama-server"
