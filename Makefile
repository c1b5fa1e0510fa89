# Two commands do everything: `make run` and `make test`. Both set up .venv when needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test demo check clean translations gallery

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "The kiosk needs Python 3.11 or newer; this is " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || { \
	  echo "Could not create $(VENV). On Debian/Ubuntu install venv support: sudo apt-get install -y python3-venv"; \
	  rm -rf $(VENV); exit 1; }
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/kiosk $(ARGS)

test: $(STAMP)
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
