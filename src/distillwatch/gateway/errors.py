"""OpenAI-style error responses with stable codes (what the official clients parse)."""

from __future__ import annotations

import msgspec
from starlette.responses import Response

_ENC = msgspec.json.Encoder()


def error_body(message: str, type_: str, code: str) -> bytes:
    return _ENC.encode({"error": {"message": message, "type": type_, "param": None, "code": code}})


def openai_error(
    status: int, message: str, type_: str, code: str, headers: dict[str, str] | None = None
) -> Response:
    return Response(
        error_body(message, type_, code),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def invalid_json(detail: str) -> Response:
    return openai_error(
        400, f"Request body is not valid JSON: {detail}", "invalid_request_error", "invalid_json"
    )


def invalid_request(message: str, code: str = "invalid_request") -> Response:
    return openai_error(400, message, "invalid_request_error", code)


def too_large(limit: int) -> Response:
    return openai_error(
        413, f"Request body exceeds {limit} bytes.", "invalid_request_error", "request_too_large"
    )


def unauthorized() -> Response:
    return openai_error(
        401, "Incorrect or missing API key.", "invalid_request_error", "invalid_api_key"
    )


def blocked() -> Response:
    return openai_error(
        403, "This account's access has been suspended.", "permission_error", "account_blocked"
    )


def verification_required(code: str, message: str) -> Response:
    return openai_error(403, message, "permission_error", code)


def throttled(retry_after_s: float) -> Response:
    secs = max(1, int(retry_after_s + 0.999))
    return openai_error(
        429,
        "Rate limit reached for this account; retry later.",
        "requests",
        "rate_limit_exceeded",
        headers={"retry-after": str(secs)},
    )


def unavailable(code: str, message: str, status: int = 503) -> Response:
    return openai_error(status, message, "server_error", code)
