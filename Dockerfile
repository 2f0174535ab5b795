# The PerfAnalysis server — the portal and pcd, the ingest role — with the agent bundle (pcc) that the portal
# serves to install.sh, on Node.js 22. One image for both roles: docker-compose.yml runs it twice.
#   docker build -t perfanalysis .
#   docker run -p 8000:8000 -p 8080:8080 perfanalysis              # both roles, the embedded database
#   docker run -e DATABASE_URL=postgres://… perfanalysis serve --services portal
#   docker run perfanalysis pcd --config /etc/pcd/config.yaml     # with the file mounted there
# PDF reports need Chromium, which this image leaves out (PNG and HTML reports need nothing).

FROM node:22-bookworm-slim AS build
WORKDIR /src
COPY . .
# Build once (npm run release: the tarball of what runs), then install that as any machine would: its
# runtime dependencies only, with nothing to build.
RUN npm ci --no-audit --no-fund
RUN npm run release -- --out release
RUN mkdir app && tar -xzf release/perfanalysis-*.tgz -C app --strip-components=1
RUN cd app && npm ci --omit=dev --no-audit --no-fund
# --build-arg PCC_BINARIES=1: also pcc's self-contained executables for servers without Node.js (190 MiB more),
# which the portal serves at /install/pcc-linux-x64 and -arm64.
ARG PCC_BINARIES=0
RUN if [ "$PCC_BINARIES" = 1 ]; then npm run build:binary -w @perfanalysis/pcc && cp packages/pcc/dist/pcc-linux-* app/packages/pcc/dist/; fi

FROM node:22-bookworm-slim
ENV NODE_ENV=production PA_HOST=0.0.0.0 PA_DATA_DIR=/var/lib/perfanalysis
WORKDIR /app
COPY --from=build /src/app /app
RUN ln -s /app/packages/server/bin/perfanalysis.js /usr/local/bin/perfanalysis \
 && ln -s /app/packages/server/bin/pcd.js /usr/local/bin/pcd \
 && install -d -o node -g node -m 700 /var/lib/perfanalysis
# Not root: the image's own `node` user (uid 1000), which owns only the data directory.
USER node
VOLUME /var/lib/perfanalysis
EXPOSE 8000 8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "const p=process.env.PA_HEALTH_PORT||8000;fetch('http://127.0.0.1:'+p+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["perfanalysis", "serve"]
