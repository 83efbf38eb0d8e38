FROM debian:12-slim
RUN useradd app
# a comment does not separate layers
RUN mkdir /srv/app
