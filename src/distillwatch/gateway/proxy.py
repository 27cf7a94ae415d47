"""The per-request path: authenticate, parse, decide, enforce, forward, record, fold.

Decisions read the account's state before this request (causal: a decision at t uses only
exchanges before t). The completed exchange is then written to the contract log and folded
into the profile with the same detector code as `scan`, after the response by default.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import msgspec
from starlette.requests import Request as HttpRequest
from starlette.responses import Response, StreamingResponse

from distillwatch.contract.exchange import Client, Exchange
from distillwatch.contract.exchange import Response as ExResponse
from distillwatch.detect.live import LiveDetector
from distillwatch.gateway import errors
from distillwatch.gateway.keys import KeyBook, KeyEntry
from distillwatch.gateway.logs import DecisionLog, RotatingExchangeLog
from distillwatch.gateway.metrics import GatewayMetrics
from distillwatch.gateway.reasoning import strip_chat_body, strip_responses_body
from distillwatch.gateway.record import ChatStreamRecorder, ResponsesStreamRecorder, from_json
from distillwatch.gateway.requests import PARSERS, BodyError, conversation_of, end_user_of
from distillwatch.gateway.shaping import apply_cap
from distillwatch.gateway.state.base import LiveVerdict, StateError, StateStore
from distillwatch.gateway.streaming import (
    ChatStreamStripper,
    ResponsesStreamStripper,
    SSESplitter,
    decode,
    encode_event,
    event_data,
    event_name,
)
from distillwatch.gateway.verdicts import BatchVerdicts
from distillwatch.respond.actions import AccountView, Decision, decide
from distillwatch.respond.policy import Policy

log = logging.getLogger("distillwatch.gateway")
_DEC = msgspec.json.Decoder()
_ENC = msgspec.json.Encoder()
PATHS = {
    "chat.completions": "/chat/completions",
    "completions": "/completions",
    "responses": "/responses",
}
FOLD_BATCH = 16
"""Exchanges folded per step of the folder task (bounds how long it holds the loop)."""
REPLAY_ID = "x-distillwatch-replay-id"
REPLAY_TS = "x-distillwatch-replay-ts"


class BodyTooLarge(Exception):
    pass


async def read_body(request: HttpRequest, limit: int) -> bytes:
    cl = request.headers.get("content-length")
    if cl is not None and cl.isdigit() and int(cl) > limit:
        raise BodyTooLarge
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def bearer(request: HttpRequest) -> str | None:
    h = request.headers.get("authorization")
    if h and h[:7].lower() == "bearer ":
        return h[7:].strip()
    return request.headers.get("api-key")


class Gateway:
    def __init__(
        self,
        policy: Policy,
        keys: KeyBook,
        store: StateStore,
        detector: LiveDetector,
        verdicts: BatchVerdicts,
        upstream: str,
        upstream_key: str | None = None,
        exchange_log: RotatingExchangeLog | None = None,
        decision_log: DecisionLog | None = None,
        metrics: GatewayMetrics | None = None,
        transport: str = "fast",
    ) -> None:
        self.transport = transport
        self.policy = policy
        self.keys = keys
        self.store = store
        self.detector = detector
        self.verdicts = verdicts
        self.upstream = upstream.rstrip("/")
        self._urls = {ep: httpx.URL(self.upstream + path) for ep, path in PATHS.items()}
        self._auth = {"authorization": f"Bearer {upstream_key}"} if upstream_key else {}
        self.exchange_log = exchange_log
        self.decision_log = decision_log
        self.metrics = metrics or GatewayMetrics()
        self.http: httpx.AsyncClient | None = None
        self._queue: list[tuple[Exchange, Callable[[], ExResponse]]] = []
        self._wake = asyncio.Event()
        self._inflight = 0
        self._folder_task: asyncio.Task[None] | None = None
        self.folded = 0

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        self._wake = asyncio.Event()  # bound to the serving loop
        self._folder_task = asyncio.create_task(self._folder())
        lim = self.policy.limits
        timeout = httpx.Timeout(lim.upstream_timeout_s, connect=lim.connect_timeout_s)
        if self.transport == "fast":
            from distillwatch.gateway.transport import FastTransport

            self.http = httpx.AsyncClient(timeout=timeout, transport=FastTransport())
        else:
            self.http = httpx.AsyncClient(
                timeout=timeout,
                limits=httpx.Limits(max_connections=1000, max_keepalive_connections=100),
            )

    async def stop(self) -> None:
        deadline = time.monotonic() + 10
        while self.busy and time.monotonic() < deadline:  # drain what is queued
            self._wake.set()
            await asyncio.sleep(0.01)
        if self._folder_task is not None:
            self._folder_task.cancel()
        if self.http is not None:
            await self.http.aclose()
        for lg in (self.exchange_log, self.decision_log):
            if lg is not None:
                lg.close()
        await self.store.close()

    def flush(self) -> None:
        for lg in (self.exchange_log, self.decision_log):
            if lg is not None:
                lg.flush()

    # -- the request path ------------------------------------------------------------------

    async def handle(self, request: HttpRequest, endpoint: str) -> Response:
        t0 = time.perf_counter()
        key = bearer(request)
        entry = self.keys.lookup(key) if key else None
        if entry is None:
            self.metrics.requests.labels(endpoint, "none", "401").inc()
            return errors.unauthorized()
        try:
            raw = await read_body(request, self.policy.limits.max_body_bytes)
        except BodyTooLarge:
            self.metrics.requests.labels(endpoint, "none", "413").inc()
            return errors.too_large(self.policy.limits.max_body_bytes)
        try:
            body = _DEC.decode(raw)
        except msgspec.DecodeError as e:
            self.metrics.requests.labels(endpoint, "none", "400").inc()
            return errors.invalid_json(str(e))
        if not isinstance(body, dict):
            return errors.invalid_request("Request body must be a JSON object.")
        try:
            req = PARSERS[endpoint](body)
        except BodyError as e:
            self.metrics.requests.labels(endpoint, "none", "400").inc()
            return errors.invalid_request(str(e))
        try:
            ex = self._exchange(request, entry, body, req)
        except ValueError as e:  # a malformed replay timestamp header
            return errors.invalid_request(f"{REPLAY_TS}: {e}")
        view, failed = await self._view(entry, ex)
        if failed is not None:
            return failed
        decision = decide(self.policy, view)
        for a in decision.actions:
            self.metrics.actions.labels(a).inc()
        refused = await self._refusal(decision, view)
        if refused is not None:
            self.metrics.overhead.observe(time.perf_counter() - t0)
            self._decided(ex, endpoint, decision, view, refused.status_code)
            rec = ExResponse(status=refused.status_code, latency_ms=0.0)
            await self._complete(ex, lambda: rec)
            return refused
        headers = {
            "content-type": "application/json",
            "accept-encoding": "identity",  # the relay passes bytes through as they come
            "x-request-id": ex.id,
            **self._auth,
        }
        client_headers: dict[str, str] = {}
        if decision.has("tag"):
            tag = ",".join(decision.rules) or "tag"
            if self.policy.tag.to in ("upstream", "both"):
                headers[self.policy.tag.header] = tag
            if self.policy.tag.to in ("client", "both"):
                client_headers[self.policy.tag.header] = tag
        if decision.has("cap") and apply_cap(body, endpoint, self.policy.cap):
            raw = _ENC.encode(body)
        strip = decision.has("strip_reasoning")
        self.metrics.overhead.observe(time.perf_counter() - t0)
        if body.get("stream") is True:
            resp = await self._stream(ex, endpoint, raw, headers, client_headers, strip, t0)
        else:
            resp = await self._unary(ex, endpoint, raw, headers, client_headers, strip, t0)
        self._decided(ex, endpoint, decision, view, resp.status_code)
        return resp

    def _exchange(
        self, request: HttpRequest, entry: KeyEntry, body: dict[str, Any], req: Any
    ) -> Exchange:
        h = request.headers
        trust = self.policy.trust
        ts = datetime.now(UTC)
        ex_id = "gw-" + os.urandom(10).hex()
        if trust.replay_headers:
            if REPLAY_ID in h:
                ex_id = h[REPLAY_ID]
            if REPLAY_TS in h:
                ts = datetime.fromisoformat(h[REPLAY_TS].replace("Z", "+00:00"))
        ip = request.client.host if request.client else None
        if trust.client_ip_header and trust.client_ip_header in h:
            ip = h[trust.client_ip_header].split(",")[0].strip()
        asn = h.get(trust.asn_header) if trust.asn_header else None
        client = Client(
            ip=ip,
            asn=int(asn) if asn and asn.isdigit() else None,
            country=h.get(trust.country_header) if trust.country_header else None,
            user_agent=h.get("user-agent"),
            tls_fingerprint=h.get(trust.tls_fingerprint_header)
            if trust.tls_fingerprint_header
            else None,
        )
        conv = conversation_of(body)
        if conv is None and trust.conversation_id_header:
            conv = h.get(trust.conversation_id_header)
        return Exchange(
            id=ex_id,
            ts=ts,
            account_id=entry.account_id,
            api_key_id=entry.key_id,
            org_id=entry.org_id,
            end_user_id=end_user_of(body),
            conversation_id=conv,
            client=client,
            account=entry.account,
            request=req,
        )

    async def _view(self, entry: KeyEntry, ex: Exchange) -> tuple[AccountView, Response | None]:
        bv = self.verdicts.get(entry.account_id)
        view = AccountView(
            account_id=entry.account_id,
            verified=entry.account.verified if entry.account else None,
        )
        if bv is not None:
            view.batch_flagged = bv.flagged
            view.batch_score = bv.score
            view.batch_reasons = list(bv.reasons)
            view.campaign_id = bv.campaign_id
        try:
            live: LiveVerdict | None = await self.store.verdict(entry.account_id)
        except StateError as e:
            self.metrics.errors.labels("state").inc()
            log.warning("state unavailable: %s", e)
            if self.policy.state.on_error == "closed":
                return view, errors.unavailable(
                    "state_unavailable", "The service is temporarily unavailable."
                )
            live = None
        if live is not None:
            view.score = live.score
            view.flagged = live.flagged
            view.evidence = [e.code for e in live.evidence]
        if self.policy.uses_request_signals:
            try:
                sig = await asyncio.wait_for(
                    asyncio.to_thread(self.detector.signals, ex),
                    self.policy.detector.timeout_ms / 1000.0,
                )
                view.request_flagged = sig.flagged
            except Exception as e:  # the detector failing must never fail the request
                self.metrics.errors.labels("detector").inc()
                log.warning("request signals failed: %r", e)
                if self.policy.detector.on_error == "closed":
                    return view, errors.unavailable(
                        "detector_unavailable", "The service is temporarily unavailable."
                    )
        return view, None

    async def _refusal(self, decision: Decision, view: AccountView) -> Response | None:
        if decision.has("block"):
            return errors.blocked()
        if decision.has("require_verification"):
            v = self.policy.verification
            return errors.verification_required(v.code, v.message)
        if decision.has("throttle"):
            t = self.policy.throttle
            now = time.time()
            buckets = [(f"a:{view.account_id}", t.account_rate, t.account_burst)]
            if view.campaign_id is not None:
                buckets.append((f"c:{view.campaign_id}", t.campaign_rate, t.campaign_burst))
            for name, rate, burst in buckets:
                try:
                    wait = await self.store.take(name, rate, burst, now)
                except StateError as e:
                    self.metrics.errors.labels("state").inc()
                    log.warning("throttle state unavailable: %s", e)
                    if self.policy.state.on_error == "closed":
                        return errors.unavailable(
                            "state_unavailable", "The service is temporarily unavailable."
                        )
                    continue
                if wait > 0:
                    return errors.throttled(wait)
        return None

    def _decided(
        self, ex: Exchange, endpoint: str, d: Decision, v: AccountView, status: int
    ) -> None:
        self.metrics.requests.labels(endpoint, d.strongest, str(status)).inc()
        if self.decision_log is None:
            return
        self.decision_log.write(
            {
                "ts": ex.ts.isoformat(),
                "exchange_id": ex.id,
                "account_id": ex.account_id,
                "api_key_id": ex.api_key_id,
                "endpoint": endpoint,
                "model": ex.request.model,
                "actions": d.actions,
                "rules": d.rules,
                "status": status,
                "live": {"score": v.score, "flagged": v.flagged, "evidence": v.evidence},
                "batch": {
                    "flagged": v.batch_flagged,
                    "score": v.batch_score,
                    "campaign_id": v.campaign_id,
                    "reasons": v.batch_reasons,
                },
                "request_flagged": v.request_flagged,
            }
        )

    # -- forwarding ------------------------------------------------------------------------

    def _upstream_error(self, e: Exception) -> Response:
        if isinstance(e, httpx.TimeoutException):
            self.metrics.errors.labels("upstream_timeout").inc()
            return errors.unavailable("upstream_timeout", "The model server timed out.", 504)
        self.metrics.errors.labels("upstream").inc()
        log.warning("upstream error: %r", e)
        return errors.unavailable("upstream_unavailable", "The model server is unavailable.", 502)

    async def _unary(
        self,
        ex: Exchange,
        endpoint: str,
        raw: bytes,
        headers: dict[str, str],
        client_headers: dict[str, str],
        strip: bool,
        t0: float,
    ) -> Response:
        assert self.http is not None
        t1 = time.perf_counter()
        try:
            up = await self.http.post(self._urls[endpoint], content=raw, headers=headers)
        except httpx.HTTPError as e:
            resp = self._upstream_error(e)
            rec = ExResponse(status=resp.status_code, latency_ms=_ms(t0))
            await self._complete(ex, lambda: rec)
            return resp
        self.metrics.upstream.observe(time.perf_counter() - t1)
        content = up.content
        parsed: Any = None
        if strip and up.status_code == 200:
            parsed = decode(content)
            if parsed is not None:
                keep = msgspec.json.decode(content)
                (strip_responses_body if endpoint == "responses" else strip_chat_body)(parsed)
                content = _ENC.encode(parsed)
                parsed = keep
        latency = _ms(t0)
        status = up.status_code

        def record() -> ExResponse:
            obj = parsed if parsed is not None else decode(up.content)
            return from_json(endpoint, obj, status, strip, latency)

        resp = Response(
            content,
            status_code=status,
            media_type=up.headers.get("content-type", "application/json"),
            headers=client_headers,
        )
        await self._complete(ex, record)
        return resp

    async def _stream(
        self,
        ex: Exchange,
        endpoint: str,
        raw: bytes,
        headers: dict[str, str],
        client_headers: dict[str, str],
        strip: bool,
        t0: float,
    ) -> Response:
        assert self.http is not None
        t1 = time.perf_counter()
        try:
            up = await self.http.send(
                self.http.build_request("POST", self._urls[endpoint], content=raw, headers=headers),
                stream=True,
            )
        except httpx.HTTPError as e:
            resp = self._upstream_error(e)
            rec = ExResponse(status=resp.status_code, latency_ms=_ms(t0))
            await self._complete(ex, lambda: rec)
            return resp
        self.metrics.upstream.observe(time.perf_counter() - t1)
        if up.status_code != 200:
            try:
                content = await up.aread()
            except httpx.HTTPError as e:
                return self._upstream_error(e)
            finally:
                await up.aclose()
            status = up.status_code
            await self._complete(
                ex, lambda: from_json(endpoint, decode(content), status, strip, _ms(t0))
            )
            return Response(content, status_code=status, media_type="application/json")
        return StreamingResponse(
            self._relay(ex, endpoint, up, strip, t0),
            media_type="text/event-stream",
            headers={"cache-control": "no-cache", **client_headers},
        )

    async def _relay(
        self, ex: Exchange, endpoint: str, up: httpx.Response, strip: bool, t0: float
    ) -> AsyncIterator[bytes]:
        is_resp = endpoint == "responses"
        recorder = ResponsesStreamRecorder() if is_resp else ChatStreamRecorder()
        stripper = (
            (ResponsesStreamStripper() if is_resp else ChatStreamStripper()) if strip else None
        )
        splitter = SSESplitter()
        hold = self.policy.detector.fold == "before_response"
        held: list[bytes] = []
        status = 200
        done = False
        try:
            async for chunk in up.aiter_raw():
                out: list[bytes] = []
                for event in splitter.feed(chunk):
                    data = event_data(event)
                    obj = decode(data) if data is not None and data != b"[DONE]" else None
                    if obj is not None:
                        recorder.add(obj)
                    if stripper is None or obj is None:
                        out.append(event + b"\n\n")
                        continue
                    kept = stripper.apply(obj)
                    if kept is not None:
                        out.append(encode_event(kept, event_name(event)))
                if not out:
                    continue
                if hold:
                    held.extend(out)
                    while len(held) > 1:
                        yield held.pop(0)
                else:
                    yield b"".join(out)
            tail = splitter.rest()
            if tail:
                (held if hold else out).append(tail + b"\n\n")
                if not hold:
                    yield tail + b"\n\n"
            done = True
        except httpx.HTTPError as e:
            done = True
            status = 502
            self.metrics.errors.labels("upstream_stream").inc()
            log.warning("upstream stream broke: %r", e)
            err = errors.error_body(
                "The model server closed the stream.", "server_error", "upstream_disconnected"
            )
            held.append(b"data: " + err + b"\n\n")
        finally:
            await up.aclose()
            if not done:
                # The caller hung up (the relay was cancelled): the exchange is still
                # recorded and folded, with what had been relayed and status 499.
                ms = _ms(t0)
                self._enqueue(ex, lambda: recorder.response(499, strip, ms))
        await self._complete(ex, lambda: recorder.response(status, strip, _ms(t0)))
        for ev in held:
            yield ev

    # -- recording and folding -------------------------------------------------------------

    async def _complete(self, ex: Exchange, record: Callable[[], ExResponse]) -> None:
        if self.policy.detector.fold == "before_response":
            ex.response = record()
            await self._finish([ex])
            return
        self._enqueue(ex, record)

    def _enqueue(self, ex: Exchange, record: Callable[[], ExResponse]) -> None:
        """Queue a completed exchange for the folder task (after the response has gone)."""
        self._queue.append((ex, record))
        self._wake.set()

    @property
    def busy(self) -> bool:
        """Exchanges are waiting to be recorded and folded."""
        return bool(self._queue) or self._inflight > 0

    async def _folder(self) -> None:
        """Drains the queue in small batches: the extractor is much cheaper per exchange in
        batches, and small batches keep the event loop responsive between them."""
        while True:
            await self._wake.wait()
            self._wake.clear()
            while self._queue:
                batch = self._queue[:FOLD_BATCH]
                del self._queue[:FOLD_BATCH]
                self._inflight = len(batch)
                exs = []
                for ex, record in batch:
                    try:
                        ex.response = record()
                    except Exception:
                        log.exception("recording the response of %s failed", ex.id)
                    exs.append(ex)
                try:
                    await self._finish(exs)
                finally:
                    self._inflight = 0
                await asyncio.sleep(0)

    async def _finish(self, exs: list[Exchange]) -> None:
        """Write exchanges to the contract log and fold them into their accounts' profiles."""
        if self.exchange_log is not None:
            try:
                for ex in exs:
                    self.exchange_log.write(ex)
            except OSError as e:
                self.metrics.errors.labels("log").inc()
                log.error("exchange log write failed: %s", e)
        try:
            sigs = (
                [self.detector.signals(exs[0])]
                if len(exs) == 1
                else self.detector.extractor.extract_many(exs)
            )
        except Exception:
            self.metrics.errors.labels("detector").inc(len(exs))
            log.exception("request signals failed for %d exchanges", len(exs))
            return
        for ex, sig in zip(exs, sigs, strict=True):
            try:
                v = await self.store.fold(self.detector, ex, sig)
            except StateError as e:
                self.metrics.errors.labels("state").inc()
                log.warning("fold skipped, state unavailable: %s", e)
                continue
            except Exception:
                self.metrics.errors.labels("detector").inc()
                log.exception("fold failed for exchange %s", ex.id)
                continue
            self.folded += 1
            if v.flagged and v.flagged_at == ex.epoch:
                self._flagged(ex, v)

    def _flagged(self, ex: Exchange, v: LiveVerdict) -> None:
        self.metrics.flagged.inc()
        if self.decision_log is not None:
            self.decision_log.write(
                {
                    "ts": ex.ts.isoformat(),
                    "event": "account_flagged",
                    "account_id": ex.account_id,
                    "exchange_id": ex.id,
                    "score": v.score,
                    "exchanges_before_flag": v.exchanges_before_flag,
                    "evidence": [e.public() for e in v.evidence],
                }
            )


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000.0
