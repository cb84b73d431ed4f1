#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <optional>
#include <type_traits>
#include <utility>

// Work off the GUI thread, its result back on it: work() runs on Qt's global pool (or, given a
// queue object, in order on that object's thread), then apply(owner, result) runs on the
// application's thread, unless the owner is gone by then. The owner lives on the application's
// thread, where it is deleted: only there is the guard looked at. An owner on another thread
// (no event loop of the application's to come back to) gets its result at once: work() runs
// here, or on the queue's thread while this one waits, after what is queued there.
namespace OffThread {

template<typename Owner, typename Work, typename Apply>
void run(Owner *owner, Work work, Apply apply, QObject *queue = nullptr)
{
    using Result = std::invoke_result_t<Work &>;
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || owner->thread() != app->thread()) {
        if (!queue) {
            apply(owner, work());
            return;
        }
        std::optional<Result> result;
        QMetaObject::invokeMethod(
            queue, [&result, &work] { result.emplace(work()); }, Qt::BlockingQueuedConnection);
        apply(owner, std::move(*result));
        return;
    }
    auto task = [work = std::move(work), apply = std::move(apply),
                 guard = QPointer<Owner>(owner)]() mutable {
        Result result = work();
        QCoreApplication *target = QCoreApplication::instance();
        if (!target)
            return; // the application is ending
        QMetaObject::invokeMethod(
            target,
            [apply = std::move(apply), guard = std::move(guard),
             result = std::move(result)]() mutable {
                if (guard)
                    apply(guard.data(), std::move(result));
            },
            Qt::QueuedConnection);
    };
    if (queue)
        QMetaObject::invokeMethod(queue, std::move(task), Qt::QueuedConnection);
    else
        QThreadPool::globalInstance()->start(std::move(task));
}

} // namespace OffThread
