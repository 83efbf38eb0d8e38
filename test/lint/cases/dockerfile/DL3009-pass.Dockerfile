FROM debian:12-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc
FROM debian:12-slim
RUN apt-get update \
 # lists go in the same layer they were fetched in
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends jq
