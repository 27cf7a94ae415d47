"""One gateway process for the replay test: the real app and Redis state, with the default
signals extractor or the test's ReplayExtractor (whichever the batch scan in the test uses)."""

from __future__ import annotations

import sys
from pathlib import Path

import uvicorn

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1]))

from replay_extractor import ReplayExtractor

from distillwatch.detect.live import LiveDetector
from distillwatch.gateway.app import build_gateway, create_app
from distillwatch.gateway.settings import GatewaySettings


def main() -> None:
    upstream, keys, policy, state, log_dir, port, which = sys.argv[1:8]
    settings = GatewaySettings(
        upstream=upstream, keys=Path(keys), policy=Path(policy), state=state, log_dir=Path(log_dir)
    )
    det = LiveDetector() if which == "default" else LiveDetector(extractor=ReplayExtractor())
    gw = build_gateway(settings, detector=det)
    uvicorn.run(
        create_app(gw, settings),
        host="127.0.0.1",
        port=int(port),
        log_level="warning",
        access_log=False,
    )


if __name__ == "__main__":
    main()
