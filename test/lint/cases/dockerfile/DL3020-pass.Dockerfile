FROM debian:12-slim
ADD https://example.invalid/tool.bin /usr/local/bin/tool
ADD vendor/app.tar.gz /opt/
COPY files/nginx.conf /etc/nginx/nginx.conf
