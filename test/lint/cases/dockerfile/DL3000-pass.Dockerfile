FROM debian:12-slim
WORKDIR /srv/app
WORKDIR "$HOME/app"
