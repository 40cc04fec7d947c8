# SPDX-FileCopyrightText: 2026 The ethlicense authors
# SPDX-License-Identifier: MIT
"""Run the builder with uvicorn on a socket bound here, so that the address printed is the one in use."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from ethlicense.errors import EthLicenseError

__all__ = ["WEB_EXTRA_MISSING", "is_loopback", "serve"]

WEB_EXTRA_MISSING = 'ethlicense serve needs the web extra: pip install "ethlicense[web]"'


def is_loopback(host: str) -> bool:
    """Return whether *host* names only this machine (``127.0.0.1``, ``::1``, ``localhost``).

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
    (True, True, False)
    """
    if host.casefold() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bind(host: str, port: int) -> socket.socket:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        msg = f"--host {host!r}: cannot resolve: {error.strerror}"
        raise EthLicenseError(msg) from None
    family, kind, protocol, _, address = infos[0]
    listener = socket.socket(family, kind, protocol)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind(address)
    except OSError as error:
        listener.close()
        msg = f"cannot listen on {host} port {port}: {error.strerror or error}"
        raise EthLicenseError(msg) from None
    listener.listen(128)
    return listener


def _url(listener: socket.socket) -> str:
    host, port = listener.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(host: str = "127.0.0.1", port: int = 8000, *, announce: Callable[[str], None] = print) -> None:
    """Serve the builder until interrupted, telling *announce* the address and who can reach it.

    Args:
        host: The address to listen on; loopback (this machine only) by default.
        port: The port; ``0`` picks a free one (the announced address names it).
        announce: Where the address lines go (``print`` by default).

    Raises:
        EthLicenseError: The web extra is missing, or the address cannot be listened on.
    """
    try:
        import uvicorn  # noqa: PLC0415 - the web extra, imported only to serve

        from ethlicense.web.app import create_app  # noqa: PLC0415 - idem
    except ModuleNotFoundError as error:
        msg = f"{WEB_EXTRA_MISSING} ({error.name} is missing)"
        raise EthLicenseError(msg) from None
    app = create_app()
    listener = _bind(host, port)
    url = _url(listener)
    announce(f"ethlicense license builder: {url}")
    if is_loopback(host):
        announce("Listening on loopback only: other machines cannot reach it (--host ADDRESS changes that).")
    else:
        announce(
            f"Listening on {host}: anyone who can reach this machine on that address can use the builder. "
            "Press Ctrl+C to stop."
        )
    config = uvicorn.Config(app, log_level="warning", access_log=False, server_header=False)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()
