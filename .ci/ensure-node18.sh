# Sourced by .ci/run: puts Debian 12's Node.js 18 (the oldest Node the installable probe supports) in a
# cache directory, beside the machine's own Node, and exports NODE18 as the command that runs it.
# Debian's build loads a few bundled libraries from /usr/share/nodejs (acorn, cjs-module-lexer, undici):
# those are copied there without replacing anything. Needs apt (as root or with sudo); on failure NODE18
# stays unset and the package check says which Node versions it could not try.
node18_dir="${XDG_CACHE_HOME:-$HOME/.cache}/sqltls-node18"
if [ ! -x "$node18_dir/node18" ]; then
  (
    set -e
    sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    rm -rf "$node18_dir" && mkdir -p "$node18_dir/debs" && cd "$node18_dir/debs"
    # apt-get download runs as the invoking user; a root-owned cache directory is fine for root.
    $sudo apt-get download -qq nodejs=18.20.4+dfsg-1~deb12u3 libnode108 libc-ares2 libuv1 node-acorn node-cjs-module-lexer node-undici 2>/dev/null \
      || { $sudo apt-get update -qq && $sudo apt-get download -qq nodejs=18.20.4+dfsg-1~deb12u3 libnode108 libc-ares2 libuv1 node-acorn node-cjs-module-lexer node-undici; }
    for deb in *.deb; do dpkg -x "$deb" "$node18_dir/root"; done
    for lib in acorn acorn-walk cjs-module-lexer undici; do
      [ -e "/usr/share/nodejs/$lib" ] || { $sudo mkdir -p /usr/share/nodejs && $sudo cp -r "$node18_dir/root/usr/share/nodejs/$lib" /usr/share/nodejs/; }
    done
    printf '#!/bin/sh\nLD_LIBRARY_PATH="%s/root/usr/lib/x86_64-linux-gnu" exec "%s/root/usr/bin/node" "$@"\n' "$node18_dir" "$node18_dir" > "$node18_dir/node18"
    chmod +x "$node18_dir/node18"
  ) >/dev/null 2>&1 || echo "ensure-node18: could not install Debian's Node.js 18; the package check will skip it" >&2
fi
if [ -x "$node18_dir/node18" ] && "$node18_dir/node18" --version >/dev/null 2>&1; then
  export NODE18="$node18_dir/node18"
fi
