FROM debian:12-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc
FROM build
RUN true
