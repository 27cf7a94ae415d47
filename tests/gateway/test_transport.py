"""The gateway's upstream transport against a raw socket server: keep-alive reuse, a stale
kept-alive connection retried once, close-delimited and chunked bodies, timeouts."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
import pytest

from distillwatch.gateway.transport import FastTransport

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, int], Awaitable[None]]


async def read_request(r: asyncio.StreamReader) -> bytes:
    head = await r.readuntil(b"\r\n\r\n")
    n = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            n = int(line.split(b":")[1])
    return head + await r.readexactly(n)


async def server(handler: Handler) -> tuple[asyncio.Server, str, list[int]]:
    conns: list[int] = []

    async def on_conn(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        conns.append(len(conns))
        try:
            await handler(r, w, len(conns))
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            w.close()

    srv = await asyncio.start_server(on_conn, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    return srv, f"http://127.0.0.1:{port}", conns


def ok(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


async def test_keep_alive_reuses_one_connection() -> None:
    async def h(r, w, n):
        while True:
            req = await read_request(r)
            assert req.startswith(b"POST /v1/x HTTP/1.1")
            w.write(ok(b"hello"))

    srv, url, conns = await server(h)
    async with httpx.AsyncClient(transport=FastTransport()) as c:
        for _ in range(5):
            r = await c.post(url + "/v1/x", content=b"{}")
            assert r.status_code == 200 and r.content == b"hello"
    srv.close()
    assert len(conns) == 1


async def test_stale_connection_is_retried_once() -> None:
    async def h(r, w, n):
        await read_request(r)
        w.write(ok(b"first" if n == 1 else b"second"))
        await w.drain()
        # then close: the client's pooled connection is now stale

    srv, url, conns = await server(h)
    async with httpx.AsyncClient(transport=FastTransport()) as c:
        assert (await c.post(url + "/a", content=b"1")).content == b"first"
        await asyncio.sleep(0.05)
        assert (await c.post(url + "/a", content=b"2")).content == b"second"
    srv.close()
    assert len(conns) == 2


async def test_close_delimited_and_chunked_bodies() -> None:
    async def h(r, w, n):
        await read_request(r)
        if n == 1:
            w.write(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nuntil-close")
        else:
            w.write(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
            )
        await w.drain()

    srv, url, _ = await server(h)
    async with httpx.AsyncClient(transport=FastTransport()) as c:
        assert (await c.post(url + "/a", content=b"")).content == b"until-close"
        async with c.stream("POST", url + "/b", content=b"") as resp:
            parts = [p async for p in resp.aiter_raw()]
        assert b"".join(parts) == b"hello world"
    srv.close()


async def test_timeouts_and_refused() -> None:
    async def h(r, w, n):
        await read_request(r)
        await asyncio.sleep(5)

    srv, url, _ = await server(h)
    async with httpx.AsyncClient(transport=FastTransport(), timeout=0.2) as c:
        with pytest.raises(httpx.ReadTimeout):
            await c.post(url + "/slow", content=b"")
    srv.close()
    await srv.wait_closed()
    async with httpx.AsyncClient(transport=FastTransport()) as c:
        with pytest.raises(httpx.ConnectError):
            await c.post(url + "/gone", content=b"")
