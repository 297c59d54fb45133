# Workshop DB. `make demo` and `make test` are the two commands; see README.md.
SHELL  := /bin/bash
PORT   ?= 54329
TARGET ?= db:pg://postgres@127.0.0.1:$(PORT)/workshop
SCALE  ?= 1000000
export SQITCH_FULLNAME ?= Workshop DB
export SQITCH_EMAIL    ?= workshop-db@localhost
export PATH := $(CURDIR)/.venv/bin:$(PATH)

.PHONY: help demo test deps db-start db-stop deploy revert verify psql lint bench clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

demo: deps  ## embedded cluster + schema + seeds + demo data, then the production report
	@scripts/demo.sh

test: deps  ## everything CI checks, in a throw-away cluster
	@scripts/test.sh

deps:  ## install the missing Debian packages and the .venv
	@scripts/deps.sh

db-start:  ## start the embedded cluster (port PORT, default 54329)
	@source scripts/common.sh && scripts/pg.sh start "$$(demo_data_dir)" $(PORT)

db-stop:  ## stop the embedded cluster
	@source scripts/common.sh && scripts/pg.sh stop "$$(demo_data_dir)" $(PORT)

deploy:  ## sqitch deploy --verify to TARGET, then the reference seeds (never demo data)
	@scripts/target.sh deploy '$(TARGET)'

revert:  ## sqitch revert to nothing on TARGET (asks first unless -y is in SQITCH_ARGS)
	@scripts/target.sh revert '$(TARGET)'

verify:  ## sqitch verify on TARGET
	@scripts/target.sh verify '$(TARGET)'

bench: deps  ## benchmark (issue 7) in a throw-away cluster: make bench SCALE=1000000 (SCALE=10000 quick)
	@SCALE=$(SCALE) scripts/bench.sh

lint:  ## squawk over deploy/, released changes unchanged, ruff, mypy --strict
	@scripts/lint.sh

psql:  ## psql on the embedded cluster's database
	@psql "postgresql://postgres@127.0.0.1:$(PORT)/workshop"

clean: db-stop  ## stop the embedded cluster and remove it and the .venv
	rm -rf .pg .venv .stamps python/*.egg-info
