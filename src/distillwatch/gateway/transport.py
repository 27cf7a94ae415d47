"""A lean HTTP/1.1 transport for `httpx.AsyncClient`: asyncio streams + httptools parsing.

httpx's default transport (httpcore over anyio) spends 0.4-1.5 ms of CPU per request on
this machine, more than everything else the gateway does; this transport keeps the httpx
client API (requests, responses, streaming, timeouts, exceptions) and costs a fraction of
that. It speaks plain HTTP/1.1 keep-alive to one upstream (http or https), which is what
an OpenAI-compatible server behind the gateway is. `--upstream-transport httpcore` switches
back to httpx's own.
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import AsyncIterator

import httptools
import httpx

MAX_IDLE = 256
READ_SIZE = 65536


class _Conn:
    """One keep-alive connection and the parse state of the response being read on it."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.reset()

    def reset(self) -> None:
        self.parser = httptools.HttpResponseParser(self)
        self.headers: list[tuple[bytes, bytes]] = []
        self.chunks: deque[bytes] = deque()
        self.headers_done = False
        self.done = False
        self.got_bytes = False
        self.keep_alive = False

    # httptools callbacks
    def on_header(self, name: bytes, value: bytes) -> None:
        self.headers.append((name, value))

    def on_headers_complete(self) -> None:
        self.headers_done = True
        self.keep_alive = self.parser.should_keep_alive()  # only valid inside callbacks

    def on_body(self, body: bytes) -> None:
        self.chunks.append(bytes(body))

    def on_message_complete(self) -> None:
        self.done = True

    @property
    def usable(self) -> bool:
        return not self.writer.is_closing() and not self.reader.at_eof()

    async def pump(self, timeout: float | None) -> None:
        """Read once from the socket and feed the parser."""
        try:
            async with asyncio.timeout(timeout):
                data = await self.reader.read(READ_SIZE)
        except TimeoutError:
            raise httpx.ReadTimeout("upstream read timed out") from None
        except OSError as e:
            raise httpx.ReadError(str(e)) from e
        if not data:
            if self.headers_done and not self._framed():
                self.done = True  # body delimited by connection close
                return
            raise httpx.RemoteProtocolError("upstream closed the connection mid-response")
        self.got_bytes = True
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError as e:
            raise httpx.RemoteProtocolError(f"bad response from upstream: {e}") from e

    def _framed(self) -> bool:
        names = {n.lower() for n, _ in self.headers}
        return b"content-length" in names or b"transfer-encoding" in names

    def close(self) -> None:
        self.writer.close()


class _Body(httpx.AsyncByteStream):
    def __init__(
        self,
        transport: FastTransport,
        key: tuple[str, str, int],
        conn: _Conn,
        timeout: float | None,
    ) -> None:
        self.transport, self.key, self.conn, self.timeout = transport, key, conn, timeout
        self.finished = False
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        c = self.conn
        while True:
            while c.chunks:
                yield c.chunks.popleft()
            if c.done:
                break
            await c.pump(self.timeout)
        self.finished = True

    async def aclose(self) -> None:
        if self.closed:
            return
        self.closed = True
        c = self.conn
        if self.finished and c.keep_alive and c.usable:
            self.transport._release(self.key, c)
        else:
            c.close()


class FastTransport(httpx.AsyncBaseTransport):
    def __init__(self, max_idle: int = MAX_IDLE) -> None:
        self.max_idle = max_idle
        self._idle: dict[tuple[str, str, int], deque[_Conn]] = {}
        self._ssl: ssl.SSLContext | None = None

    def _release(self, key: tuple[str, str, int], conn: _Conn) -> None:
        q = self._idle.setdefault(key, deque())
        if len(q) >= self.max_idle:
            conn.close()
            return
        conn.reset()
        q.append(conn)

    async def _connect(self, key: tuple[str, str, int], timeout: float | None) -> _Conn:
        scheme, host, port = key
        ctx = None
        if scheme == "https":
            if self._ssl is None:
                self._ssl = ssl.create_default_context()
            ctx = self._ssl
        try:
            async with asyncio.timeout(timeout):
                r, w = await asyncio.open_connection(host, port, ssl=ctx, limit=2**20)
        except TimeoutError:
            raise httpx.ConnectTimeout(f"connect to {host}:{port} timed out") from None
        except OSError as e:
            raise httpx.ConnectError(f"connect to {host}:{port}: {e}") from e
        return _Conn(r, w)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.scheme, url.host, url.port or (443 if url.scheme == "https" else 80))
        to = request.extensions.get("timeout", {})
        try:
            body = request.content
        except httpx.RequestNotRead:
            body = b"".join([c async for c in request.stream])  # type: ignore[union-attr]
        head = b"%s %s HTTP/1.1\r\n" % (request.method.encode(), url.raw_path)
        head += b"".join(b"%s: %s\r\n" % (k, v) for k, v in request.headers.raw) + b"\r\n"
        q = self._idle.get(key)
        for attempt in range(2):
            reused = False
            conn: _Conn | None = None
            while q:
                cand = q.pop()
                if cand.usable:
                    conn, reused = cand, True
                    break
                cand.close()
            if conn is None:
                conn = await self._connect(key, to.get("connect"))
            try:
                conn.writer.write(head + body)
                while not conn.headers_done:
                    await conn.pump(to.get("read"))
            except (httpx.ReadError, httpx.RemoteProtocolError):
                conn.close()
                # A kept-alive connection the upstream closed before answering: retry once
                # on a fresh one (nothing was processed: no byte came back).
                if reused and not conn.got_bytes and attempt == 0:
                    continue
                raise
            except BaseException:
                conn.close()
                raise
            return httpx.Response(
                status_code=conn.parser.get_status_code(),
                headers=conn.headers,
                stream=_Body(self, key, conn, to.get("read")),
                extensions={"http_version": b"HTTP/1.1"},
                request=request,
            )
        raise httpx.ConnectError("upstream unavailable")  # unreachable: the loop returns

    async def aclose(self) -> None:
        for q in self._idle.values():
            while q:
                q.pop().close()
        self._idle.clear()
