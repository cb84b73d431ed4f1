// The decoders of the server's JSON: a page, one token, an OAuth grant.
#include "TokenJson.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    TokenPage page;
    if (TokenJson::decodePage(body, &page, &error)) {
        // What the model relies on afterwards.
        if (page.totalElements < 0 || page.content.size() > body.size())
            __builtin_trap();
        for (const TokenKey &key : page.content)
            (void)key.isComplete();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    TokenDetails details;
    (void)TokenJson::decodeTokenDetails(body, &details, &error);
    AccessTokenGrant grant;
    if (TokenJson::decodeAccessTokenGrant(body, &grant, &error) && grant.accessToken.isEmpty())
        __builtin_trap();
    (void)TokenJson::decodeOrder(QString::fromUtf8(body));
    return 0;
}
