FROM debian:12-slim AS build
RUN true
FROM debian:12-slim
USER 0
RUN true
USER www-data
