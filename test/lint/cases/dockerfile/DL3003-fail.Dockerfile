FROM debian:12-slim
RUN mkdir -p /opt/x && cd /opt/x && touch a
