FROM debian:12-slim
RUN true \
 && sudo chown app /srv
