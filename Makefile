# Two commands do everything: `make run` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test demo check clean translations gallery dist dist-onefile test-dist bench

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "The kiosk needs Python 3.11 or newer; this is " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create $(VENV). On Debian/Ubuntu install venv support: sudo apt-get install -y python3-venv"; \
	  rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

# Full-screen on the bundled agenda. The staff panel (hold the top-left corner 3 s, or
# Ctrl+Alt+S) with PIN 0000 exits; set staff_pin in kiosk.toml for a real lobby.
run: $(STAMP)
	$(BIN)/kiosk --allow-default-pin $(ARGS)

# Lint, import contracts, then every test, slow ones included; PYTEST_ARGS='-m "not slow"' skips
# the soak, the long fuzz, the bench smoke run, the extreme layouts and the core's no-Qt rerun.
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Replays the whole event from before the opening, an hour a minute, in a window.
demo: $(STAMP)
	$(BIN)/kiosk --windowed --at 2018-09-27T12:00 --speed 60 $(ARGS)

check: $(STAMP)
	$(BIN)/kiosk --check

clean:
	rm -rf $(VENV) build dist *.egg-info

# Regenerate resources/translations/*.ts from the code and compile the .qm files.
translations: $(STAMP)
	$(BIN)/python tools/translations.py

# The README's pictures of every phase, made with the kiosk's own --screenshot.
gallery: $(STAMP)
	@mkdir -p docs/gallery
	$(BIN)/kiosk --screenshot docs/gallery/before-event.png --at 2018-09-20T10:00 --size 1280x720
	$(BIN)/kiosk --screenshot docs/gallery/registration.png --at 2018-09-27T12:40 --size 1280x720
	$(BIN)/kiosk --screenshot docs/gallery/session.png --at 2018-09-27T15:10 --size 1280x720
	$(BIN)/kiosk --screenshot docs/gallery/coffee-break.png --at 2018-09-27T16:12 --size 1280x720
	$(BIN)/kiosk --screenshot docs/gallery/after-day.png --at 2018-09-27T19:00 --size 1280x720
	$(BIN)/kiosk --screenshot docs/gallery/dialogue.png --at 2018-09-28T10:05 --size 1280x720
	$(BIN)/kiosk --screenshot docs/gallery/reception.png --at 2018-09-28T18:30 --size 1280x720
	$(BIN)/kiosk --screenshot docs/gallery/after-event.png --at 2018-09-29T10:00 --size 1280x720
	$(BIN)/kiosk --screenshot docs/gallery/session-portrait.png --at 2018-09-27T15:10 --size 720x1280
	$(BIN)/kiosk --screenshot docs/gallery/break-portrait.png --at 2018-09-28T11:10 --size 720x1280
	$(BIN)/kiosk --screenshot docs/gallery/browser-programme.png --at 2018-09-28T10:05 --size 1280x720 --view item:d2-dialogue
	$(BIN)/kiosk --screenshot docs/gallery/browser-person.png --at 2018-09-28T10:05 --size 1280x720 --view person:kasabyan-victoria

# The packaged kiosk for venue PCs (PyInstaller, build_spec/kiosk.spec): a folder with the
# executable and an editable agenda.json beside it. PyInstaller goes into .venv only here, never
# for `make test`. `make dist` rebuilds only when a source changed.
BUILD_STAMP := $(VENV)/.installed-build
DIST_EXE    := dist/kiosk/kiosk
DIST_INPUTS := pyproject.toml agenda.json kiosk.example.toml $(wildcard build_spec/*.spec build_spec/*.py \
               kiosk/*.py kiosk/*/*.py kiosk/*.json ui/*.py ui/*/*.py resources/fonts/* resources/translations/*.qm)
PYINSTALLER := $(BIN)/python -m PyInstaller --noconfirm --log-level WARN

$(BUILD_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,build]'
	@touch $(BUILD_STAMP)

$(DIST_EXE): $(BUILD_STAMP) $(DIST_INPUTS)
	$(PYINSTALLER) --distpath dist --workpath build/pyinstaller build_spec/kiosk.spec
	@touch $(DIST_EXE)
	@du -sm dist/kiosk

dist: $(DIST_EXE)

# One self-extracting file, dist/onefile/kiosk, with agenda.json beside it (starts slower).
dist-onefile: $(BUILD_STAMP)
	KIOSK_ONEFILE=1 $(PYINSTALLER) --distpath dist/onefile --workpath build/pyinstaller-onefile build_spec/kiosk.spec

# Runs the built executable (not the source) and compares its answers and pictures with the source's.
test-dist: $(DIST_EXE)
	KIOSK_DIST=dist/kiosk $(BIN)/python -m pytest tests/e2e/test_dist.py $(PYTEST_ARGS)

# Performance budgets (benchmarks/bench.py): the live kiosk full-screen on a private Xvfb, read
# from outside (first paint, taps, the staff hold, memory over a whole-event replay, idle CPU)
# against a bare full-screen PySide6 window measured in the same run, plus offscreen rows
# (screenshot, state change, scrolling, scale); a markdown table with PASS/FAIL per budget,
# non-zero exit on a FAIL. Needs Xvfb. About 8 minutes. ARGS="--out bench.md" keeps the table,
# ARGS=--quick checks only that the script runs; ARGS="--packaged dist/kiosk/kiosk" also times the
# built executable's first paint, for information (after make dist).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py $(ARGS)
