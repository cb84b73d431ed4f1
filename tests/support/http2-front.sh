#!/usr/bin/env bash
# A TLS front like the ones real API servers sit behind: nginx on 127.0.0.1 speaking HTTP/2
# (and, on a second port, HTTP/1.1 only, for comparison), proxying to a sandbox over
# keep-alive connections. The certificate comes from a test CA made here and now with openssl.
#
#   http2-front.sh DIR UPSTREAM_PORT H2_PORT H1_PORT [KEEPALIVE_REQUESTS]
#
# Everything a real front leaves alone keeps nginx's default: keepalive_requests (1,000: nginx
# ends a client connection after that many requests, an HTTP/2 one with GOAWAY),
# http2_max_concurrent_streams (128), the timeouts. KEEPALIVE_REQUESTS sets the first (a front
# that recycles its connections more often, 100 say); the upstream keep-alive pool is set, as
# any front proxying an API configures it.
#
# Writes DIR/ca.pem (the CA to trust: --ca-file), DIR/nginx.conf, DIR/logs/, then runs nginx
# until this script is ended (SIGTERM) or the process that started it is gone. Only ever listens on
# 127.0.0.1. Needs nginx-light and openssl (tools/install-deps.sh installs them).
set -euo pipefail
dir=${1:?usage: http2-front.sh DIR UPSTREAM_PORT H2_PORT H1_PORT}
upstream=${2:?upstream port}
h2=${3:?HTTP/2 port}
h1=${4:?HTTP/1.1 port}
keepalive_requests=${5:-}
if [[ -n $keepalive_requests && ! $keepalive_requests =~ ^[1-9][0-9]*$ ]]; then
    echo "http2-front: KEEPALIVE_REQUESTS must be a positive number" >&2
    exit 2
fi
client_keepalive=
[[ -n $keepalive_requests ]] && client_keepalive="keepalive_requests $keepalive_requests;"
nginx=$(command -v nginx || true)
[[ -n $nginx ]] || nginx=/usr/sbin/nginx
if [[ ! -x $nginx ]]; then
    echo "http2-front: nginx not found (Debian package nginx-light; tools/install-deps.sh)" >&2
    exit 3
fi
mkdir -p "$dir/logs" "$dir/tmp"

# The test CA, and a server certificate for 127.0.0.1 and localhost signed by it.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Knetik Token Console test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>"$dir/openssl.log" \
    || { cat "$dir/openssl.log" >&2; exit 4; }
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" \
    -keyout "$dir/server.key" -out "$dir/server.csr" 2>>"$dir/openssl.log" \
    || { cat "$dir/openssl.log" >&2; exit 4; }
printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
    "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" \
    > "$dir/server.ext"
openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" \
    -CAcreateserial -days 2 -extfile "$dir/server.ext" -out "$dir/server.pem" 2>>"$dir/openssl.log" \
    || { cat "$dir/openssl.log" >&2; exit 4; }

cat > "$dir/nginx.conf" <<CONF
daemon off;
master_process off;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    # Enough kept-alive connections to the sandbox for 64 requests at once, and more.
    upstream sandbox {
        server 127.0.0.1:$upstream;
        keepalive 128;
    }
    ssl_certificate $dir/server.pem;
    ssl_certificate_key $dir/server.key;
    $client_keepalive
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host \$http_host;
    server {
        listen 127.0.0.1:$h2 ssl http2;
        location / { proxy_pass http://sandbox; }
    }
    server {
        listen 127.0.0.1:$h1 ssl;
        location / { proxy_pass http://sandbox; }
    }
}
CONF
# nginx runs as long as this script and the process that started it: ended by a signal
# (QProcess::terminate), or when the test or bench that started it is gone (even if it
# crashed), nothing is left behind.
owner=$PPID
"$nginx" -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log" &
nginx_pid=$!
trap 'kill "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null; exit 0' TERM INT HUP
while kill -0 "$owner" 2>/dev/null && kill -0 "$nginx_pid" 2>/dev/null; do
    sleep 0.5 &
    wait $!
done
kill "$nginx_pid" 2>/dev/null
wait "$nginx_pid" 2>/dev/null
cat "$dir/logs/error.log" >&2 2>/dev/null || true
