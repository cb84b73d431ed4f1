#pragma once

#include "AuditJournal.h"
#include "MainWindow.h"
#include "SandboxClient.h"
#include "Settings.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// What the GUI tests of the main window start from: a sandbox with `tokens` rows on
// 127.0.0.1:0, a TokensApi signed in as its admin, settings and an audit journal in a
// temporary folder, and the MainWindow shown, signed in as the admin pair, its first page
// loaded and the sandbox's request log cleared. stop() takes it down in reverse order.
struct WindowFixture
{
    std::unique_ptr<Sandbox> sandbox;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TokensApi> api;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<AuditJournal> journal;
    std::unique_ptr<MainWindow> window;

    // False if something could not start, or the first page did not load within 10 s, failed,
    // or is empty.
    bool start(qint64 tokens, quint64 seed)
    {
        Sandbox::Options options;
        options.tokens = tokens;
        options.seed = seed;
        return start(options);
    }

    // The same with a sandbox of these options (outliers, a variant, latency).
    bool start(const Sandbox::Options &options)
    {
        if (!startSandboxWithClient(sandbox, network, api, options))
            return false;
        dir = std::make_unique<QTemporaryDir>();
        settings = std::make_unique<Settings>(dir->filePath(QStringLiteral("settings.ini")));
        journal = std::make_unique<AuditJournal>(dir->filePath(QStringLiteral("journal.jsonl")));
        journal->setContext(sandbox->url(), QStringLiteral("admin@knetik-admin"));
        window = std::make_unique<MainWindow>(api.get(), settings.get());
        window->setAuditJournal(journal.get());
        window->setSessionIdentity(TokenKey {QString::fromLatin1(Sandbox::AdminUsername),
                                             QString::fromLatin1(Sandbox::AdminClientId)});
        window->setSignedIn(true);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        window->start();
        if (!QTest::qWaitFor([this] { return !window->model()->isLoading(); }, 10000))
            return false;
        if (window->model()->lastError() || window->model()->rowCount() == 0)
            return false; // the first page failed, or is empty

        sandbox->clearRequests();
        return true;
    }

    void stop()
    {
        window.reset();
        journal.reset();
        settings.reset();
        api.reset();
        network.reset();
        sandbox.reset();
        dir.reset();
    }

    // How many requests of this method the sandbox answered since the log was cleared.
    int requestsOf(const QByteArray &method) const
    {
        int n = 0;
        const auto requests = sandbox->requests();
        for (const auto &r : requests)
            n += r.method == method ? 1 : 0;
        return n;
    }

    bool inStore(const QString &username, const QString &clientId) const
    {
        return bool(sandbox->withStore([&](TokenStore &s) { return s.find(username, clientId); }));
    }
};
