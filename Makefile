# cablescope: `make demo` runs the main job, `make test` runs every test.
# Both set up what they need first (scripts/setup installs Debian packages).

BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=

.PHONY: all build setup test test-web test-asan fuzz fuzz-smoke bench demo clean

all: build

setup:
	@bash scripts/setup

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

test: setup
	$(MAKE) build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Only the web UI's tests (headless Chromium); screenshots in $(BUILD)/web-screenshots/.
test-web: setup
	$(MAKE) build
	cd $(BUILD) && ctest --output-on-failure -R '^web_'

# The whole suite once under AddressSanitizer + UndefinedBehaviorSanitizer.
test-asan: setup
	$(MAKE) build BUILD=build-asan CMAKE_FLAGS="-DCABLESCOPE_SANITIZE=ON -DCABLESCOPE_BENCH=OFF"
	cd build-asan && ctest --output-on-failure -j $(JOBS)

# libFuzzer targets (clang-14, ASan+UBSan).
fuzz: setup
	cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCABLESCOPE_FUZZ=ON -DCABLESCOPE_BENCH=OFF -DCABLESCOPE_TESTS=OFF
	cmake --build build-fuzz -j $(JOBS)

# Each fuzzer for FUZZ_SECONDS from its seed corpus (CI: 20 s each).
FUZZ_SECONDS ?= 20
fuzz-smoke: fuzz
	bash fuzz/run_all.sh build-fuzz $(FUZZ_SECONDS)

bench: setup
	$(MAKE) build BUILD=build-release CMAKE_FLAGS="-DCMAKE_BUILD_TYPE=Release"
	bash bench/run.sh build-release

demo: setup
	$(MAKE) build
	bash scripts/demo $(BUILD)

clean:
	rm -rf build build-asan build-fuzz build-release
