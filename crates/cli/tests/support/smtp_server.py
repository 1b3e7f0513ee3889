"""A real SMTP server for the verification tests: aiosmtpd (Debian's python3-aiosmtpd) on
127.0.0.1 with STARTTLS required and a login, writing each message it takes to a folder.

Usage: smtp_server.py PORT CERT KEY USER PASSWORD OUT_DIR
Prints READY when it listens; stops when its standard input closes.
"""

import ssl
import sys
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Keep:
    def __init__(self, out):
        self.out = Path(out)
        self.n = 0

    async def handle_DATA(self, server, session, envelope):
        self.n += 1
        (self.out / f"{self.n}.eml").write_bytes(envelope.original_content)
        return "250 OK"


def main():
    port, cert, key, user, password, out = sys.argv[1:7]

    def login(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        # handled=False: aiosmtpd then answers 535 itself (with True it would say nothing).
        return AuthResult(success=ok, handled=False)

    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    controller = Controller(
        Keep(out),
        hostname="127.0.0.1",
        port=int(port),
        server_hostname="localhost",
        tls_context=tls,
        require_starttls=True,
        authenticator=login,
        auth_required=True,
        auth_require_tls=True,
    )
    controller.start()
    print("READY", flush=True)
    sys.stdin.read()
    controller.stop()


main()
