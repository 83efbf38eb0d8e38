FROM debian:12-slim
ENTRYPOINT /usr/sbin/nginx -g 'daemon off;'
