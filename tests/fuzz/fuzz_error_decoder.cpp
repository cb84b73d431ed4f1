// Error bodies: whatever a server sends with a failure becomes one readable message.
#include "ApiError.h"
#include "TokenJson.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    // The first byte picks the status and the content type, the rest is the body.
    static const int statuses[] = {400, 401, 403, 404, 409, 429, 500, 502, 503, 504, 418, 302};
    static const char *types[] = {"application/json", "text/plain", "text/html", ""};
    const int status = statuses[data[0] % 12];
    const QByteArray type = types[(data[0] >> 4) % 4];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QString detail = TokenJson::decodeErrorDetail(body, type);
    if (detail.size() > 300)
        __builtin_trap(); // details are clipped
    const ApiError error = ApiError::fromHttp(status, body, type, data[0] % 7 - 1);
    if (!error.isError() || error.message().isEmpty())
        __builtin_trap();
    (void)error.redacted(QString::fromUtf8(body.left(16)));
    (void)error.afterAttempts(4);
    return 0;
}
