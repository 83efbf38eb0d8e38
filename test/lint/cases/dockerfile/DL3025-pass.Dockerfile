FROM debian:12-slim
ENTRYPOINT ["/usr/sbin/nginx"]
CMD ["-g", "daemon off;"]
