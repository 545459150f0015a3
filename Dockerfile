# Converge in a container: `docker build -t converge .` then
#   docker run -p 3000:3000 -v converge-data:/data converge
# The database and its key live in the /data volume; the demo event is loaded on first start.
# Build with `--build-arg APERTIUM=1` to include offline machine translation (Apertium).
FROM node:20-bookworm-slim

ARG APERTIUM=0
RUN if [ "$APERTIUM" = "1" ]; then \
      apt-get update && \
      apt-get install -y --no-install-recommends apertium apertium-eng-spa apertium-es-pt apertium-fr-es && \
      rm -rf /var/lib/apt/lists/*; \
    fi

WORKDIR /app
# dependencies first, so that a change of the sources reuses this layer
COPY package.json package-lock.json ./
COPY project.inlang/settings.json project.inlang/settings.json
COPY messages messages
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && mkdir -p /data && chown -R node:node /data /app/build

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_PATH=/data/converge.sqlite
VOLUME ["/data"]
EXPOSE 3000
USER node
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:3000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# scripts/start.js: plain http on any address unless ORIGIN is set, stops cleanly on SIGTERM
CMD ["node", "scripts/start.js"]
