// The sandbox's parsing of what arrives on the wire: query strings and form bodies, `order`,
// `size` and `page`, and the path segments.
#include "SandboxProtocol.h"

#include <cstdint>

using namespace SandboxProtocol;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QueryItems items = parseForm(input);
    TokenStore::ListRequest request;
    Problem problem;
    if (parseListQuery(items, &request, &problem)) {
        if (request.size < 1 || request.size > MaxPageSize || request.page < 1
            || request.order.size() > 2)
            __builtin_trap();
    } else if (problem.status != 400 || problem.message.isEmpty()) {
        __builtin_trap();
    }
    QList<TokenStore::Order> keys;
    if (!parseOrder(QString::fromUtf8(input), &keys, &problem)
        && problem.field != QLatin1String("order"))
        __builtin_trap();
    const QStringList segments = splitPath(input);
    if (segments.isEmpty())
        __builtin_trap(); // at least one (maybe empty) segment
    return 0;
}
