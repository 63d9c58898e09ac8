#!/usr/bin/python3
"""The window through AT-SPI, as Orca reads it: both jobs driven by accessible names only, every
screen on the way checked.

usage: a11y_walk.py walk|--selftest APP_PID   (started by a11y-walk.sh, inside its session bus)

On every screen it fails on
- an interactive node (button, box, field, tab, link, ...) without a name;
- a frame, progress bar, scroll bar, image or canvas without a name;
- a node whose name is only a glyph (● ▼ ○ – ★ ...): decoration exposed to a screen reader;
- a chart (an image) without a text alternative that gives its values;
- a focus order that skips a control: Tab is pressed until the focus comes back to where it
  started, and every focusable control must have had the focus; Shift+Tab must step back.
It prints what it found on each screen, then 'N passed, N failed' over the screens.
"""
import os
import subprocess
import sys
import time
import unicodedata

import pyatspi

INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "entry", "combo box",
               "slider", "spin button", "link", "menu item", "page tab", "text", "password text",
               "list item", "tree item", "separator"}
MUST_BE_NAMED = {"frame", "progress bar", "scroll bar", "image", "canvas", "dialog", "window"}
SETTLE = float(os.environ.get("A11Y_SETTLE", "1.0"))
TAB_PAUSE = float(os.environ.get("A11Y_TAB_PAUSE", "0.25"))


class Node:
    """One accessible object as read in one snapshot."""

    def __init__(self, acc, path):
        self.acc, self.path = acc, path
        self.role = acc.getRoleName()
        self.name = acc.name or ""
        states = acc.getState()
        self.focusable = states.contains(pyatspi.STATE_FOCUSABLE)
        self.focused = states.contains(pyatspi.STATE_FOCUSED)
        self.showing = states.contains(pyatspi.STATE_SHOWING)
        self.checked = states.contains(pyatspi.STATE_CHECKED)
        self.enabled = states.contains(pyatspi.STATE_SENSITIVE)
        try:
            action = acc.queryAction()
            self.actions = [action.getName(i) for i in range(action.nActions)]
        except NotImplementedError:
            self.actions = []

    def __str__(self):
        return f"[{self.role}] {self.name!r}"


def application(pid, wait=60.0):
    """The program's node on the bus, once its tree has a frame with children."""
    deadline = time.time() + wait
    while time.time() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0 \
                        and app.getChildAtIndex(0).childCount > 0:
                    return app
            except Exception:
                pass
        time.sleep(0.5)
    sys.exit(f"the program (pid {pid}) did not appear on the accessibility bus within {wait:.0f} s")


def snapshot(app):
    """Every node under the program, in tree order."""
    nodes = []

    def walk(acc, path):
        try:
            node = Node(acc, path)
        except Exception:
            return
        nodes.append(node)
        for i in range(min(acc.childCount, 2000)):
            child = acc.getChildAtIndex(i)
            if child is not None:
                walk(child, path + (i,))

    walk(app, ())
    return nodes[1:]  # the application itself is not drawn


def glyph_only(name):
    """A name with no letter and no digit: a symbol that tells a listener nothing."""
    text = name.strip()
    return bool(text) and not any(unicodedata.category(c)[0] in "LN" for c in text)


def find(app, name, roles=INTERACTIVE, wait=20.0):
    """The first node named `name` with one of `roles`, waiting for it to appear."""
    deadline = time.time() + wait
    while True:
        for node in snapshot(app):
            if node.name == name and node.role in roles:
                return node
        if time.time() > deadline:
            raise LookupError(f"no control named {name!r}")
        time.sleep(0.3)


def press(app, name, roles=INTERACTIVE):
    node = find(app, name, roles)
    if not node.acc.queryAction().doAction(0):
        raise RuntimeError(f"{node} refused its action")
    print(f"  pressed {node}")
    time.sleep(SETTLE)


def key(*keys):
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)


def focused(app, among=()):
    """The control with the keyboard: looked for among `among` first (a few calls), else in a
    new snapshot of the whole tree."""
    for node in among:
        try:
            if node.acc.getState().contains(pyatspi.STATE_FOCUSED):
                return node
        except Exception:
            break
    return next((n for n in snapshot(app) if n.focused and n.role != "frame"), None)


def focus_window():
    """Gives the program's X window the keyboard (there is no window manager under Xvfb)."""
    subprocess.run(["xdotool", "search", "--sync", "--limit", "1", "--name", "MIM Assistant",
                    "windowfocus", "--sync"], check=True, stdout=subprocess.DEVNULL)
    time.sleep(0.3)


def focus_order(app, nodes):
    """Problems with the Tab order: Tab until the focus returns to where it began; every focusable
    control must have been reached, and Shift+Tab must go back one step."""
    # A control that is switched off (Undo with nothing to undo) is rightly passed over.
    focusable = {n.path: n for n in nodes
                 if n.focusable and n.enabled and n.showing and n.role != "frame"}
    if not focusable:
        return ["nothing on the screen can take the keyboard"], 0
    focus_window()
    key("Tab")
    time.sleep(TAB_PAUSE)
    candidates = list(focusable.values())
    first = focused(app, candidates)
    if first is None:
        return ["Tab gives no control the focus"], 0
    order = [first]
    for _ in range(len(focusable) + 5):
        key("Tab")
        time.sleep(TAB_PAUSE)
        now = focused(app, candidates)
        if now is None:
            return [f"the focus left every control after {order[-1]}"], len(order)
        if now.path == first.path:
            break
        order.append(now)
    else:
        return [f"Tab did not come back to {first} after {len(order)} steps"], len(order)
    problems = []
    reached = {n.path for n in order}
    for path, node in focusable.items():
        if path not in reached:
            problems.append(f"Tab never reaches {node}")
    key("shift+Tab")
    time.sleep(TAB_PAUSE)
    back = focused(app, candidates)
    if back is None or back.path != order[-1].path:
        problems.append(f"Shift+Tab from {first} went to {back}, not back to {order[-1]}")
    key("Tab")  # where it began, so the screen is left as it was
    time.sleep(TAB_PAUSE)
    return problems, len(order)


def audit(app, screen, charts=False, tab=True):
    """The problems of the screen now shown, printed with what was found."""
    time.sleep(SETTLE)
    nodes = snapshot(app)
    problems = []
    for n in nodes:
        if not n.name.strip() and n.role in INTERACTIVE:
            problems.append(f"interactive node without a name: {n} actions={n.actions}")
        elif not n.name.strip() and n.role in MUST_BE_NAMED:
            problems.append(f"{n.role} without a name")
        elif glyph_only(n.name):
            problems.append(f"a decorative glyph exposed to screen readers: {n} actions={n.actions}")
    images = [n for n in nodes if n.role in ("image", "canvas")]
    if charts:
        if not images:
            problems.append("no chart is exposed at all")
        for n in images:
            if not any(c.isdigit() for c in n.name) or len(n.name) < 20:
                problems.append(f"a chart without a text alternative giving its values: {n}")
    interactive = [n for n in nodes if n.role in INTERACTIVE]
    focusable = [n for n in nodes if n.focusable and n.role != "frame"]
    reached = 0
    if tab:
        tab_problems, reached = focus_order(app, nodes)
        problems += tab_problems
    frame = next((n for n in nodes if n.role == "frame"), None)
    print(f"screen {screen!r}: window {frame.name if frame else None!r}, {len(nodes)} nodes, "
          f"{len(interactive)} interactive, {len(focusable)} focusable"
          + (f", {reached} reached with Tab" if tab else "")
          + (f", {len(images)} charts" if charts else "")
          + f": {len(problems)} problems")
    for n in images:
        print(f"  chart: {n.name[:160]!r}{'…' if len(n.name) > 160 else ''}")
    for p in problems:
        print(f"  FAIL {p}")
    return problems


def assessment_job(app, results):
    results.append(audit(app, "start"))
    press(app, "Open the example")
    results.append(audit(app, "walk-through"))
    press(app, "3 — Defined")
    if not find(app, "3 — Defined").checked:
        results.append(["the level chosen through AT-SPI is not shown as checked"])
        print("  FAIL the level chosen through AT-SPI is not shown as checked")
    notes = find(app, "Notes", roles={"entry", "text"})
    note = "Checked with the AT-SPI walk."
    notes.acc.queryEditableText().setTextContents(note)
    time.sleep(SETTLE)
    typed = find(app, "Notes", roles={"entry", "text"}).acc.queryText()
    if note not in typed.getText(0, -1):
        results.append(["the note typed through AT-SPI did not arrive"])
        print("  FAIL the note typed through AT-SPI did not arrive")
    else:
        print(f"  answered: level '3 — Defined', note {note!r}")
    results.append(audit(app, "walk-through, answered"))
    press(app, "Dashboard")
    results.append(audit(app, "dashboard", charts=True))
    press(app, "Export…")
    results.append(audit(app, "export"))


def tender_job(app, results):
    press(app, "Start")
    # Reached with the keyboard alone: Tab to the button, then Enter.
    focus_window()
    target = "Open the example tender"
    for _ in range(40):
        key("Tab")
        time.sleep(TAB_PAUSE)
        now = focused(app)
        if now is not None and now.name == target:
            break
    else:
        results.append([f"Tab never reaches {target!r} on the start screen"])
        print(f"  FAIL Tab never reaches {target!r} on the start screen")
        press(app, target)
    if now is not None and now.name == target:
        key("Return")
        try:
            find(app, "1 · Items", wait=30.0)
            print(f"  pressed {target!r} with Tab and Enter")
        except LookupError:
            results.append([f"Enter on {target!r} did not open the tender"])
            print(f"  FAIL Enter on {target!r} did not open the tender")
            press(app, target)
    for part in ("1 · Items", "2 · Annex and form", "3 · Bids and evaluation"):
        press(app, part)
        results.append(audit(app, f"tender, {part}"))


def selftest(app):
    """The deliberately unnamed control must be found; exit 0 only then."""
    problems = audit(app, "start (self-test)", tab=False)
    if any("interactive node without a name" in p for p in problems):
        print("self-test: the unnamed control was detected, as it must be")
        return 0
    print("self-test FAILED: the deliberately unnamed control went unnoticed")
    return 1


def alive(pid):
    """True while the program's process runs."""
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def run_job(job, pid, results):
    """Runs one job on the program's node. When the bus loses that node while the process still
    runs (AT-SPI's "The application no longer exists"), the job starts once more from the start
    screen on the node found again, and says so; a program that has exited fails the job."""
    for attempt in (1, 2):
        app = application(pid)
        found = []
        try:
            if attempt == 2:
                press(app, "Start")
            job(app, found)
            results.extend(found)
            return
        except Exception as e:  # pyatspi's GLib errors are RuntimeErrors with no class of their own
            lost = "no longer exists" in str(e)
            if attempt == 1 and lost and alive(pid):
                print(f"  the bus lost the program's node ({e}); the program still runs: "
                      f"{job.__name__} starts again")
                continue
            why = "the program has exited" if not alive(pid) else str(e)
            print(f"FAIL the walk stopped: {why}")
            results.extend(found + [[why]])
            return


def main():
    mode, pid = sys.argv[1], int(sys.argv[2])
    if mode == "--selftest":
        return selftest(application(pid))
    results = []
    run_job(assessment_job, pid, results)
    run_job(tender_job, pid, results)
    failed = sum(1 for r in results if r)
    print(f"a11y-walk: {len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
