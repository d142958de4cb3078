/// The `triggerChat` function's source: told by S3 about each mail SES stored (`s3:ObjectCreated:Put` only), it
/// forwards the object's location to the chat API once. Deduplication uses Redis over TLS (`rediss://`): the key
/// `processed:<object key>` is set after successful processing, and `failed:<object key>` after an error, both with a
/// TTL (24 hours), so S3 redeliveries and Lambda retries of the same mail are skipped.
///
/// It speaks the few Redis commands it needs (AUTH, GET, SET … EX) over the standard library's `ssl` socket, so the
/// package needs no `redis` layer. Secrets (the Redis AUTH token, the chat API key) are read from Secrets Manager by
/// ARN at cold start, never passed as plaintext environment variables.
enum TriggerChat {
    static let handler = "lambda_function.lambda_handler"

    static let sources: [String: String] = ["lambda_function.py": source]

    static let source = #"""
        import json
        import os
        import socket
        import ssl
        import urllib.parse
        import urllib.request

        import boto3

        _secrets = boto3.client("secretsmanager")
        _cache = {}


        def _secret(arn):
            if arn not in _cache:
                _cache[arn] = _secrets.get_secret_value(SecretId=arn)["SecretString"]
            return _cache[arn]


        def _command(stream, *parts):
            payload = f"*{len(parts)}\r\n"
            for part in parts:
                text = str(part).encode()
                payload += f"${len(text)}\r\n"
                stream.write(payload.encode() + text + b"\r\n")
                payload = ""
            stream.flush()
            line = stream.readline().rstrip(b"\r\n")
            kind, rest = line[:1], line[1:]
            if kind == b"-":
                raise RuntimeError(rest.decode())
            if kind == b"$":
                size = int(rest)
                return None if size < 0 else stream.read(size + 2)[:-2].decode()
            return rest.decode()


        def _redis():
            url = urllib.parse.urlparse(os.environ["REDIS_URL"])
            raw = socket.create_connection((url.hostname, url.port or 6379), timeout=5)
            connection = ssl.create_default_context().wrap_socket(raw, server_hostname=url.hostname)
            stream = connection.makefile("rwb")
            _command(stream, "AUTH", _secret(os.environ["REDIS_AUTH_TOKEN_SECRET_ARN"]))
            return stream


        def lambda_handler(event, context):
            ttl = int(os.environ.get("DEDUPE_TTL_SECONDS", "86400"))
            redis = _redis()
            handled = 0
            for record in event.get("Records", []):
                bucket = record["s3"]["bucket"]["name"]
                key = urllib.parse.unquote_plus(record["s3"]["object"]["key"])
                if _command(redis, "GET", f"processed:{key}") is not None:
                    continue
                body = json.dumps({"bucket": bucket, "key": key}).encode()
                request = urllib.request.Request(
                    os.environ["API_URL"],
                    data=body,
                    headers={
                        "Content-Type": "application/json",
                        "X-API-Key": _secret(os.environ["CHAT_API_KEY_SECRET_ARN"]),
                    },
                    method="POST",
                )
                try:
                    with urllib.request.urlopen(request, timeout=25) as response:
                        response.read()
                except Exception:
                    _command(redis, "SET", f"failed:{key}", "1", "EX", ttl)
                    raise
                _command(redis, "SET", f"processed:{key}", "1", "EX", ttl)
                handled += 1
            return {"handled": handled}
        """#
}
