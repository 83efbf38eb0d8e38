FROM debian:12-slim AS build
USER app
FROM debian:12-slim
USER nobody
USER root:root
CMD ["true"]
