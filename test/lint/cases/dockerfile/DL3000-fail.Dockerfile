FROM debian:12-slim
WORKDIR app
