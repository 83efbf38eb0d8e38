FROM debian:12-slim
MAINTAINER ops@example.invalid
