# The seeds' make targets, each a thin call of the npm scripts and commands the README documents.
#   make init      install the dependencies, build, bring the database up to date, and start the server
#   make start     start the server (portal :8000, pcd :8080, an agent for this machine) in the background,
#                  logging to $(PA_DATA_DIR)/perfanalysis.log, and wait until perfanalysis health says so
#   make stop      stop the server make start started
#   make build     build every package (TypeScript, the agent bundle, the web app)
#   make install   put perfanalysis, pcd, pcc, pcctl and pcprocess in $(PREFIX)/bin (links into this checkout)
#   make health    check the database, the portal (:8000) and pcd (:8080): perfanalysis health
#   make test      build and run every test: npm test
#   make up        the Docker quick start: docker-compose up -d (portal, pcd, PostgreSQL)

PREFIX ?= /usr/local
BINDIR := $(DESTDIR)$(PREFIX)/bin
NODE ?= node
PERFANALYSIS := $(NODE) $(CURDIR)/packages/server/bin/perfanalysis.js
COMPOSE ?= docker-compose
# The server's data directory (its embedded database, and here its log and pid file); PA_PORTAL_PORT and
# PA_INGEST_PORT in the environment move the ports, for both the server and the health check.
export PA_DATA_DIR ?= data

.PHONY: init start stop build install health test up

init:
	npm install --no-audit --no-fund
	$(PERFANALYSIS) migrate
	$(MAKE) -s start

start:
	mkdir -p $(PA_DATA_DIR)
	nohup $(PERFANALYSIS) serve --local-agent >>$(PA_DATA_DIR)/perfanalysis.log 2>&1 & echo $$! >$(PA_DATA_DIR)/perfanalysis.pid
	$(PERFANALYSIS) health --wait 120

stop:
	kill $$(cat $(PA_DATA_DIR)/perfanalysis.pid) && rm $(PA_DATA_DIR)/perfanalysis.pid

build:
	npm run build

install:
	install -d $(BINDIR)
	ln -sf $(CURDIR)/packages/server/bin/perfanalysis.js $(BINDIR)/perfanalysis
	ln -sf $(CURDIR)/packages/server/bin/pcd.js $(BINDIR)/pcd
	ln -sf $(CURDIR)/packages/pcc/bin/pcc.js $(BINDIR)/pcc
	ln -sf $(CURDIR)/packages/pcctl/bin/pcctl.js $(BINDIR)/pcctl
	ln -sf $(CURDIR)/packages/pcprocess/bin/pcprocess.js $(BINDIR)/pcprocess

health:
	$(PERFANALYSIS) health

test:
	npm test

up:
	$(COMPOSE) up -d
