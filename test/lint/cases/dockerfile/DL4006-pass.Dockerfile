FROM debian:12-slim
SHELL ["/bin/bash", "-euo", "pipefail", "-c"]
RUN curl -fsSL https://example.invalid/k | gpg --dearmor > /k.gpg
RUN echo 'a | b' && test 1 -eq 1 || exit 1
