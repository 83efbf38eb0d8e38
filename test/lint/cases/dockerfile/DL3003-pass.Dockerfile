FROM debian:12-slim
WORKDIR /opt/x
RUN echo "cd is only a word here" > notes
