#!/usr/bin/env bash
# Smoke test of an installed mpdesk, as a new user would try it:
#   tools/smoke.sh GUI_COMMAND [CLI_COMMAND]
# GUI_COMMAND is the `mpdesk` program (a wheel's script or the installer's windowed executable),
# CLI_COMMAND the console one (default: the same). Runs --version, catalog, sample, export to PDF
# and Excel, and opens the sample in the window offscreen. Fails on a non-zero exit, a missing
# output, or any Traceback / ImportError in what the programs print.
set -uo pipefail
gui="$1"
cli="${2:-$1}"
fixture="$(cd "$(dirname "$0")/.." && pwd)/tests/data/profile_v1.mpdesk"  # a format-1 file: upgrade steps run
work="$(mktemp -d "${TMPDIR:-/tmp}/mpdesk-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"  # not the checkout: nothing may be found beside the sources
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" MPDESK_SETTINGS_DIR="$work/settings"
failed=0

step() {  # step NAME COMMAND...: run, keep the output, check it
  local name="$1"; shift
  "$@" >"$work/$name.out" 2>&1
  local code=$?
  if [ $code -ne 0 ] || grep -q -E "Traceback|ImportError|ModuleNotFoundError" "$work/$name.out"; then
    echo "smoke: FAILED $name (exit $code): $*"; sed 's/^/    /' "$work/$name.out" | tail -30
    failed=1
  else
    echo "smoke: ok     $name: $(head -c 160 "$work/$name.out" | tr '\n' ' ')"
  fi
}

need() {  # need FILE: an output the previous steps should have written
  if [ ! -s "$1" ]; then echo "smoke: FAILED: $1 was not written"; failed=1; fi
}

step version "$cli" --version
step gui-version "$gui" --version
step catalog "$cli" catalog
step new "$cli" new "New.mpdesk" --country KEN --year 2024
step sample "$cli" sample S.mpdesk
need S.mpdesk
step export "$cli" export S.mpdesk --pdf a.pdf --xlsx a.xlsx --csv a.csv
need a.pdf; need a.xlsx; need a.csv
if [ -f "$fixture" ]; then
  cp "$fixture" old.mpdesk
  step upgrade "$cli" info old.mpdesk
fi
step window "$gui" S.mpdesk --quit-after-show
grep -q "first paint" "$work/window.out" || { echo "smoke: FAILED: the window reported no first paint"; failed=1; }
[ $failed -eq 0 ] && echo "smoke: all passed ($gui)"
exit $failed
