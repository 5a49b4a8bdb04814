#!/usr/bin/python3
"""A real SMTP server for the notification tests (Debian's python3-aiosmtpd): every message it accepts is
written to OUT_DIR as NNNN.eml with the envelope in NNNN.json. Listens on 127.0.0.1 on a free port and
prints "PORT <n>" once ready. With --cert/--key it offers STARTTLS and requires it before MAIL."""
import argparse
import asyncio
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, out_dir):
        self.out_dir = out_dir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.out_dir, "%04d" % self.count)
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                       "tls": session.ssl is not None}, f)
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 OK"


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("out_dir")
    p.add_argument("--cert")
    p.add_argument("--key")
    a = p.parse_args()
    os.makedirs(a.out_dir, exist_ok=True)
    handler = Sink(a.out_dir)
    context = None
    if a.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(a.cert, a.key)
    loop = asyncio.get_running_loop()

    def factory():
        return SMTP(handler, hostname="sink.test", tls_context=context,
                    require_starttls=context is not None, decode_data=False)

    server = await loop.create_server(factory, "127.0.0.1", 0)
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
