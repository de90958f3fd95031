# Lumbar in a container. The default command is `lumbar serve`: webhooks for Telegram (and Twilio)
# on port 8080, behind the HTTPS reverse proxy in compose.yaml. For long polling instead, which needs
# no public address, use the command `run` (compose.yaml shows how; its health check is different).
#
#   docker build -t lumbar .
#   docker run -d --name lumbar --env-file .env -v lumbar-data:/data lumbar          # serve
#   docker run -d --name lumbar --env-file .env -v lumbar-data:/data lumbar run      # long polling
#   docker exec lumbar lumbar check
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY coach ./coach
COPY handlers ./handlers
COPY storage ./storage
RUN pip install . \
    && useradd --system --user-group --uid 10001 --home-dir /data --no-create-home \
       --shell /usr/sbin/nologin lumbar \
    && mkdir -p /data \
    && chown lumbar:lumbar /data \
    && chmod 700 /data

# The database (and the daily backups) live on a volume, owned by the unprivileged user.
USER lumbar
ENV HOME=/data \
    MPLCONFIGDIR=/tmp/matplotlib \
    LUMBAR_DB=/data/lumbar.db \
    LUMBAR_BACKUP_DIR=/data/backups
VOLUME ["/data"]
EXPOSE 8080

# /healthz answers 200 while the sweep keeps running. With `run` there is no HTTP server: override it
# with `lumbar check --sweep-within 180` (compose.yaml shows how).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4).status != 200)"]

ENTRYPOINT ["lumbar"]
CMD ["serve"]
