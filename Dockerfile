# syntax=docker/dockerfile:1
# Two stages: the first installs the pinned dependencies and builds the index from the sources;
# the second carries only the virtual environment (with the packaged model), the sources, the
# index and the code, and runs as a user that is not root. No secret is baked in: DISCORD_TOKEN
# and the other settings come from the environment at run time (see docs/deployment.md).

ARG PYTHON_IMAGE=python:3.11-slim

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
# torch first and exactly, as the CPU build (requirements.lock pins 2.13.0+cpu), before the
# rest of the pinned set can pull in the multi-GB CUDA build from the default index.
ARG TORCH_INDEX_URL=https://download.pytorch.org/whl/cpu
RUN pip install torch==2.13.0+cpu --index-url "${TORCH_INDEX_URL}"
COPY requirements.lock ./
RUN pip install -r requirements.lock
# The index is built here, at image build time, fully offline, with the packaged model.
COPY knowledge ./knowledge
COPY bot ./bot
COPY index ./index
RUN PYTHONPATH=/app python -m bot reindex --knowledge /app/knowledge --index /app/var/index

FROM ${PYTHON_IMAGE} AS runtime
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONPATH=/app \
    PYTHONUNBUFFERED=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    TOKENIZERS_PARALLELISM=false \
    MPLBACKEND=Agg \
    MPLCONFIGDIR=/tmp/matplotlib \
    VERBATIM_KNOWLEDGE=/app/knowledge \
    VERBATIM_INDEX=/app/var/index \
    VERBATIM_DATA_DIR=/data
RUN useradd --create-home --uid 10001 --user-group verbatim \
    && mkdir -p /data /app/var \
    && chown verbatim:verbatim /data /app/var
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --chown=verbatim:verbatim knowledge ./knowledge
# Writable by the bot, so that /reindex can rebuild it in place after the sources change.
COPY --from=build --chown=verbatim:verbatim /app/var/index ./var/index
# The code last: a code change rebuilds only this layer (and the index stage).
COPY bot ./bot
COPY index ./index
USER verbatim
VOLUME ["/data"]
ENTRYPOINT ["python", "-m", "bot"]
CMD ["bot"]
