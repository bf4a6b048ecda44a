# Makefile — a thin wrapper over meson for the README's two commands:
#   make demo    install what is missing, build, create a demo database under
#                $XDG_DATA_HOME/construisons/ and open the program on it;
#   make check   install what is missing, build with warnings as errors, run
#                every test, then the unit tests again under ASan/UBSan.
# meson stays the build; nothing here knows about source files.

BUILD      ?= build
BUILD_ASAN ?= build-asan
MESON      ?= meson

# Debian 12 packages: build, tests (tmux for the UI, nss_wrapper for
# identities, faketime for golden dates, mandoc for the man pages, sqlite3
# for checks and benchmark baselines, sshd and sshfs for the storage tests,
# libfuse3-dev for their deliberately broken file system badfs).
APT_PACKAGES = gcc pkg-config meson ninja-build gettext \
	libsqlite3-dev libconfuse-dev libncurses-dev \
	sqlite3 tmux libnss-wrapper faketime mandoc valgrind \
	openssh-server sshfs libfuse3-dev

DATA_HOME = $(if $(XDG_DATA_HOME),$(XDG_DATA_HOME),$(HOME)/.local/share)
DEMO_DB   = $(DATA_HOME)/construisons/construisons.db
RUN_ENV   = CONSTRUISONS_LOCALEDIR=$(CURDIR)/$(BUILD)/po CONSTRUISONS_DATADIR=$(CURDIR)/data

.PHONY: all deps build demo check sanitize bench install clean

all: build

deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${db:Status-Status}' $$p 2>/dev/null | grep -qx installed \
			|| missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" -ne 0 ]; then \
			echo "Missing packages. As root, run:"; \
			echo "  apt-get update && apt-get install -y$$missing"; \
			exit 1; \
		fi; \
		echo "Installing:$$missing"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing; \
	fi

$(BUILD)/build.ninja:
	$(MESON) setup $(BUILD) -Dwerror=true -Dbuildtype=debugoptimized -Dtest_hooks=true

build: deps $(BUILD)/build.ninja
	$(MESON) compile -C $(BUILD)

demo: build
	@if [ ! -s "$(DEMO_DB)" ]; then \
		$(RUN_ENV) ./$(BUILD)/construisons --db "$(DEMO_DB)" init --demo; \
	fi
	$(RUN_ENV) ./$(BUILD)/construisons --db "$(DEMO_DB)"

check: build
	$(MESON) test -C $(BUILD) --print-errorlogs --num-processes 2
	$(MAKE) --no-print-directory sanitize

sanitize: deps
	@[ -f $(BUILD_ASAN)/build.ninja ] || $(MESON) setup $(BUILD_ASAN) -Dwerror=true \
		-Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug \
		-Dtest_hooks=true
	$(MESON) compile -C $(BUILD_ASAN)
	$(MESON) test -C $(BUILD_ASAN) --setup sanitize --suite unit --suite cli \
		--print-errorlogs --num-processes 2

bench: build
	bench/run.sh $(BUILD)
	bench/kanban.sh $(BUILD)
	bench/desks.sh $(BUILD)
	bench/ledger.sh $(BUILD)
	bench/storage.sh $(BUILD)

install: build
	$(MESON) install -C $(BUILD)

clean:
	rm -rf $(BUILD) $(BUILD_ASAN)
