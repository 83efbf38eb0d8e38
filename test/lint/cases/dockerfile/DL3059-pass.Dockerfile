FROM debian:12-slim
RUN useradd app
WORKDIR /srv
RUN mkdir /srv/app
RUN --mount=type=cache,target=/root/.cache true
RUN a && b && c
RUN d
