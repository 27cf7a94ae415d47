"""The data contract: the exchange model, readers and writers, and the scan outputs."""

from distillwatch.contract.exchange import (
    AccountInfo,
    Client,
    Exchange,
    Message,
    Params,
    Request,
    Response,
    Usage,
)

__all__ = [
    "AccountInfo",
    "Client",
    "Exchange",
    "Message",
    "Params",
    "Request",
    "Response",
    "Usage",
]
