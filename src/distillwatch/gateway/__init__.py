"""The inline gateway: an OpenAI-compatible reverse proxy that detects and contains
distillation live, with the same detection code as `scan`."""

from distillwatch.gateway.app import build_gateway, create_app
from distillwatch.gateway.proxy import Gateway
from distillwatch.gateway.settings import GatewaySettings

__all__ = ["Gateway", "GatewaySettings", "build_gateway", "create_app"]
