# The seeds' make targets, each a thin call of the npm scripts and commands the README documents.
#   make init      install the dependencies, build, and bring the database up to date (then: npm start)
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

.PHONY: init build install health test up

init:
	npm install --no-audit --no-fund
	$(PERFANALYSIS) migrate

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
