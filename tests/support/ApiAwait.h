#pragma once

#include "ApiCall.h"

#include <QTest>

#include <memory>

// Records an ApiCall's outcome as it finishes (the call deletes itself after finished(), so
// nothing may touch it later). watchCall() for calls that overlap, awaitCall() for one call.
struct Nothing
{
};

template<typename T> struct CallOutcome
{
    bool finished = false;
    int finishedCount = 0;
    ApiError error;
    int httpStatus = 0;
    T value {};
};

template<typename T> std::shared_ptr<CallOutcome<T>> watchCall(ApiValueCall<T> *call)
{
    auto outcome = std::make_shared<CallOutcome<T>>();
    QObject::connect(call, &ApiCall::finished, call, [outcome, call] {
        outcome->finished = true;
        ++outcome->finishedCount;
        outcome->error = call->error();
        outcome->httpStatus = call->httpStatus();
        outcome->value = call->value();
    });
    return outcome;
}

inline std::shared_ptr<CallOutcome<Nothing>> watchCall(ApiEmptyCall *call)
{
    auto outcome = std::make_shared<CallOutcome<Nothing>>();
    QObject::connect(call, &ApiCall::finished, call, [outcome, call] {
        outcome->finished = true;
        ++outcome->finishedCount;
        outcome->error = call->error();
        outcome->httpStatus = call->httpStatus();
    });
    return outcome;
}

// Longer than the client's own transfer timeout (TokensApi::DefaultTimeoutMs, 30 s), so that a
// call left at that timeout ends with its own error before a wait gives up. A test that waits
// less must set a shorter client timeout itself.
constexpr int DefaultAwaitMs = 35000;

template<typename T>
bool waitForOutcome(const std::shared_ptr<CallOutcome<T>> &outcome, int timeoutMs = DefaultAwaitMs)
{
    return QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
}

// Waits for one call. A call that does not finish in time fails the test (it does not come
// back as an outcome without an error, which an "expect an error" check would take as one).
template<typename Call> auto awaitCall(Call *call, int timeoutMs = DefaultAwaitMs)
{
    const auto outcome = watchCall(call);
    if (!waitForOutcome(outcome, timeoutMs)) {
        QTest::qFail(
            qPrintable(
                QStringLiteral("awaitCall: the call did not finish within %1 ms").arg(timeoutMs)),
            __FILE__, __LINE__);
        // Whatever the test checks next, it sees an error, never a success.
        outcome->error = ApiError::invalidRequest(QStringLiteral("no answer within the wait"));
    }
    return *outcome;
}
