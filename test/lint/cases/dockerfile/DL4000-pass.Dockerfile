FROM debian:12-slim
LABEL org.opencontainers.image.authors="ops@example.invalid"
