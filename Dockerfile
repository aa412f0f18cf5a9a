# swarmlab: a Docker Swarm classroom over SSH. Nothing inside starts containers; the swarm is
# simulated. Build: docker build -t swarmlab .   Run: docker run -p 2222:2222 -v swarmlab-data:/data -v swarmlab-keys:/keys swarmlab

FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 and ssh2's optional crypto binding are compiled from source here.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.base.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm ci --omit=dev

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    SWARMLAB_HOST=0.0.0.0 \
    SWARMLAB_PORT=2222 \
    SWARMLAB_DATA=/data \
    SWARMLAB_KEYS=/keys
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY lessons ./lessons
RUN mkdir -p /data /keys && chown node:node /data /keys
USER node
EXPOSE 2222
VOLUME ["/data", "/keys"]
CMD ["node", "dist/main.js"]
