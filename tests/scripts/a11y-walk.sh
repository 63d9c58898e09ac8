#!/usr/bin/env bash
# The window as a screen reader reads it: starts the real program under Xvfb with the Linux
# accessibility bus (AT-SPI, what Orca uses), drives both jobs by accessible names only and checks
# every screen on the way (tests/scripts/a11y_walk.py says what it checks).
#
# usage: a11y-walk.sh BINARY            the walk; exit 0 when every screen passes
#        a11y-walk.sh BINARY --selftest  starts the program with a deliberately unnamed control
#                                        (MIM_A11Y_SELFTEST, read by debug builds only) and exits 0
#                                        only when the check finds it
# Each run has its own HOME and MIM_ASSISTANT_HOME, so it never reads or writes a real profile.
set -euo pipefail
binary=$(realpath "${1:?usage: a11y-walk.sh BINARY [--selftest]}")
mode=${2:-walk}
here=$(cd "$(dirname "$0")" && pwd)

if [[ ${A11Y_WALK_INNER:-} != 1 ]]; then
  need=()
  command -v Xvfb >/dev/null || need+=(xvfb)
  command -v xdotool >/dev/null || need+=(xdotool)
  command -v dbus-run-session >/dev/null || need+=(dbus dbus-user-session)
  [[ -x /usr/libexec/at-spi-bus-launcher ]] || need+=(at-spi2-core)
  /usr/bin/python3 -c "import pyatspi" 2>/dev/null || need+=(python3-pyatspi)
  [[ -e /usr/lib/x86_64-linux-gnu/dri/swrast_dri.so || -e /usr/lib/aarch64-linux-gnu/dri/swrast_dri.so ]] ||
    need+=(libgl1-mesa-dri libegl1 libgl1)
  dpkg -s libxkbcommon-x11-0 >/dev/null 2>&1 || need+=(libxkbcommon-x11-0)
  if ((${#need[@]})); then
    echo "a11y-walk.sh: installing ${need[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
  # A private session bus: the accessibility bus, the program and the checker share it and
  # nothing else on the machine sees them.
  A11Y_WALK_INNER=1 exec dbus-run-session -- bash "$0" "$binary" "$mode"
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export HOME=$work/home MIM_ASSISTANT_HOME=$work/mim XDG_RUNTIME_DIR=$work/xdg
mkdir -p "$HOME" "$MIM_ASSISTANT_HOME" && mkdir -p -m 700 "$XDG_RUNTIME_DIR"

display=""
for n in $(seq 90 250); do
  [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]] || { display=":$n"; break; }
done
[[ -n $display ]] || { echo "a11y-walk.sh: no free X display" >&2; exit 3; }
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & pids+=($!)
export DISPLAY=$display
unset WAYLAND_DISPLAY
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 & pids+=($!)
sleep 1
# AccessKit publishes its tree only once the bus says an assistive technology is listening.
if command -v busctl >/dev/null; then
  busctl --user set-property org.a11y.Bus /org/a11y/bus org.a11y.Status IsEnabled b true
else
  dbus-send --session --dest=org.a11y.Bus --print-reply /org/a11y/bus \
    org.freedesktop.DBus.Properties.Set string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null
fi

if [[ $mode == --selftest ]]; then
  export MIM_A11Y_SELFTEST=unnamed-control
else
  unset MIM_A11Y_SELFTEST
fi
LIBGL_ALWAYS_SOFTWARE=1 "$binary" >"$work/app.log" 2>&1 & app=$!
pids+=("$app")
rc=0
/usr/bin/python3 "$here/a11y_walk.py" "$mode" "$app" || rc=$?
if ((rc != 0)) && [[ -s $work/app.log ]]; then
  echo "--- the program's output:"; tail -n 40 "$work/app.log"
fi
exit "$rc"
