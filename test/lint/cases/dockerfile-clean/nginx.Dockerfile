# syntax=docker/dockerfile:1
# Generated for unit "web" from cookbook nginx_site (recipes/default.rb:3)
FROM debian:12.7-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
LABEL org.opencontainers.image.title="web"
# package[nginx] recipes/default.rb:3
RUN apt-get update \
 && apt-get install -y --no-install-recommends nginx=1.22.1-9 curl \
 && curl -fsS http://deb.debian.org/ | head -c 10 >/dev/null \
 && rm -rf /var/lib/apt/lists/*
# template[/etc/nginx/nginx.conf] recipes/default.rb:9
COPY --chown=root:root files/etc/nginx/nginx.conf /etc/nginx/nginx.conf
WORKDIR /var/www
USER www-data
EXPOSE 80
HEALTHCHECK --interval=30s CMD ["curl", "-fsS", "http://127.0.0.1/"]
CMD ["nginx", "-g", "daemon off;"]
