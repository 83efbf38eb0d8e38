FROM debian:12-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.invalid/k | gpg --dearmor > /k.gpg
FROM debian:12-slim
RUN curl -fsSL https://example.invalid/k | gpg --dearmor > /k.gpg
