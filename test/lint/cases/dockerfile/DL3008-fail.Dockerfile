FROM debian:12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends -t bookworm-backports curl nginx \
 && rm -rf /var/lib/apt/lists/*
