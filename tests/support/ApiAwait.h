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

template<typename T>
bool waitForOutcome(const std::shared_ptr<CallOutcome<T>> &outcome, int timeoutMs = 15000)
{
    return QTest::qWaitFor([&] { return outcome->finished; }, timeoutMs);
}

template<typename Call> auto awaitCall(Call *call, int timeoutMs = 15000)
{
    const auto outcome = watchCall(call);
    if (!waitForOutcome(outcome, timeoutMs))
        qWarning("awaitCall: the call did not finish within %d ms", timeoutMs);
    return *outcome;
}
