FROM debian:12-slim
RUN apt-get update && apt-get -qy install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install --assume-yes --no-install-recommends jq && rm -rf /var/lib/apt/lists/*
