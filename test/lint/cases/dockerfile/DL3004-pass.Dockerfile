FROM debian:12-slim
RUN echo sudo > /etc/motd
