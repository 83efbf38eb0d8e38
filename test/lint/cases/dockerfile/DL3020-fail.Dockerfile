FROM debian:12-slim
ADD --chown=app:app files/nginx.conf /etc/nginx/nginx.conf
