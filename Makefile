# Kinetoscope: `make demo` and `make test` work on a fresh machine (CPU, no network
# beyond the package registries). On a GPU machine, install a CUDA torch into .venv
# first (see README); `make install` keeps any torch it finds.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
TORCH  ?= torch==2.13.0
STAMP  := $(VENV)/.installed
DEMO_PROMPT ?= a small red circle on the left moves right, and a large blue square at the top right stays still, on a black background

.PHONY: install demo test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -c "import torch" 2>/dev/null || $(PIP) install -q "$(TORCH)"
	$(PIP) install -q -e ".[test,bench]"
	touch $(STAMP)

MODEL := src/kinetoscope/weights/world-tiny/model.safetensors

# Text to video with the shipped world model; the exact ground truth beside it for comparison.
demo: install
	mkdir -p out
	@if [ -f $(MODEL) ]; then \
		$(VENV)/bin/kinetoscope --threads 1 generate "$(DEMO_PROMPT)" -o out/demo.mp4 --seconds 2 && \
		$(VENV)/bin/kinetoscope world render "$(DEMO_PROMPT)" -o out/demo-truth.mp4 --seconds 2; \
	else \
		echo "no shipped world model yet: rendering the prompt's ground truth instead"; \
		$(VENV)/bin/kinetoscope world render "$(DEMO_PROMPT)" -o out/demo.mp4 --seconds 2; \
	fi

test: install
	$(PY) -m pytest -n 2 --dist loadfile

bench: install
	$(PY) -m benchmarks.run

clean:
	rm -rf $(VENV) out build dist src/*.egg-info .pytest_cache .hypothesis
