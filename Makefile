# Thin wrapper: `make run` and `make test` work on a fresh Debian 12 machine.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
PACKAGES := $(shell grep -v '^\#' packaging/debian-packages.txt | grep -v '^$$')
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO := $(BUILD_DIR)/demo.waymark

.PHONY: all deps configure build run test demo bench clean format screenshots

all: build

deps:
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:" $$missing; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

demo: build
	@[ -f $(DEMO) ] || $(BUILD_DIR)/app/waymark-cli demo $(DEMO)

run: demo
	$(BUILD_DIR)/app/waymark $(DEMO)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j2

# Regenerates the README's screenshots: the demo project in the real window, one PNG per view.
screenshots: configure
	cmake --build $(BUILD_DIR) --target tst_screenshots
	WAYMARK_SCREENSHOTS=docs/images QT_QPA_PLATFORM=offscreen $(BUILD_DIR)/tests/ui/tst_screenshots

bench: build
	bench/run.sh $(BUILD_DIR)

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD_DIR)
