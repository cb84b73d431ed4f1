// Revoke From List against the sandbox: every kind of line resolved to its exact matches (and
// only those) through the list endpoint, a repeated line read once, 10,000 matches of one line
// revoked pair by pair, a session change that stops the reading, and a second pass that finds
// what appeared meanwhile. The revocation invariants hold: everything reported revoked is gone,
// nothing that was not confirmed is gone.
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "ListResolver.h"
#include "ListRevocation.h"
#include "SandboxClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestListResolver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyKindOfLineResolvesToItsExactMatches();
    void aListWithoutEntriesNeedsNoRequest();
    void tenThousandMatchesOfOneLineAreRevokedPairByPair();
    void aSessionChangeStopsTheReading();
    void aFailedLineIsReportedAndTheOthersResolve();
    void checkAgainFindsWhatAppearedAndASecondPassRevokesIt();

private:
    void put(const QString &username, const QString &clientId)
    {
        m_sandbox->withStore([&](TokenStore &s) { return s.put(username, clientId, false); });
    }
    bool inStore(const TokenKey &key) const
    {
        return bool(m_sandbox->withStore(
            [&](TokenStore &s) { return s.find(key.username, key.clientId); }));
    }
    qint64 storeSize() const
    {
        return m_sandbox->withStore([](TokenStore &s) { return s.size(); });
    }
    int requestsOf(const QByteArray &method) const
    {
        int n = 0;
        const auto requests = m_sandbox->requests();
        for (const auto &r : requests)
            n += r.method == method ? 1 : 0;
        return n;
    }
    bool resolve(ListResolver &resolver, const QString &text)
    {
        QSignalSpy finished(&resolver, &ListResolver::finished);
        resolver.start(RevokeList::parse(text));
        return finished.size() == 1 || finished.wait(60000);
    }
    // Revokes the ticked lines' tokens as the console does: one pair DELETE each.
    bool revoke(ListRevocation &run, BulkRevoker &revoker)
    {
        QList<DeleteTarget> targets;
        for (const TokenKey &key : run.targets())
            targets.append(DeleteTarget::token(key));
        run.beginPass();
        QSignalSpy finished(&revoker, &BulkRevoker::finished);
        revoker.start(targets,
                      RevokeBinding::of(m_sandbox->url(), QStringLiteral("admin@knetik-admin")));
        if (!finished.wait(120000))
            return false;
        run.applyOutcomes(revoker.items());
        return true;
    }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestListResolver::init()
{
    QVERIFY(startSandboxWithClient(m_sandbox, m_network, m_api, 1, 3));
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
    m_journal->setContext(m_sandbox->url(), QStringLiteral("admin@knetik-admin"));
}

void TestListResolver::cleanup()
{
    m_journal.reset();
    m_api.reset();
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestListResolver::everyKindOfLineResolvesToItsExactMatches()
{
    const QString odd = QStringLiteral("a/b%c+d \u00E9");
    for (const auto &[user, client] : {std::pair {"ada", "web"},
                                       {"ada", "cli"},
                                       {"adam", "web"},
                                       {"Ada", "app"},
                                       {"bob", "web"},
                                       {"client:x", "web"},
                                       {"carol", "legacy"},
                                       {"dave", "legacy"},
                                       {"erin", "legacy-2"}})
        put(QString::fromUtf8(user), QString::fromUtf8(client));
    put(odd, QStringLiteral("x"));
    const qint64 before = storeSize();
    m_sandbox->clearRequests();

    ListResolver resolver(m_api.get());
    QVERIFY(resolve(resolver,
                    QStringLiteral("# incident\n"
                                   "ada\n" // 2
                                   "client:legacy\n" // 3
                                   "bob,web\n" // 4
                                   "%1\n" // 5
                                   "user:client:x\n" // 6
                                   "ADA\n" // 7
                                   " bob\n" // 8
                                   "nobody\n" // 9
                                   "a,b,c\n" // 10
                                   "\n" // 11
                                   "ada\n") // 12
                        .arg(odd)));
    QVERIFY(resolver.succeeded());
    const QList<ListLineResult> &r = resolver.results();
    using State = ListLineResult::State;
    const auto keys = [](std::initializer_list<std::pair<const char *, const char *>> list) {
        QList<TokenKey> out;
        for (const auto &[u, c] : list)
            out.append({QString::fromUtf8(u), QString::fromUtf8(c)});
        return out;
    };
    QCOMPARE(r.at(0).state, State::NotChecked); // the comment
    QCOMPARE(r.at(1).state, State::Found);
    QCOMPARE(r.at(1).matches, keys({{"ada", "cli"}, {"ada", "web"}})); // not adam, not Ada
    QCOMPARE(r.at(1).caseOnly, keys({{"Ada", "app"}}));
    QCOMPARE(r.at(2).matches, keys({{"carol", "legacy"}, {"dave", "legacy"}})); // not legacy-2
    QCOMPARE(r.at(3).matches, keys({{"bob", "web"}}));
    QCOMPARE(r.at(4).matches, (QList<TokenKey> {{odd, QStringLiteral("x")}}));
    QCOMPARE(r.at(5).matches, keys({{"client:x", "web"}}));
    QCOMPARE(r.at(6).state, State::NoneFound); // "ADA" matches only when case is ignored
    QCOMPARE(r.at(6).caseOnly.size(), 3);
    QCOMPARE(r.at(7).state, State::NoneFound); // " bob" is not "bob"
    QCOMPARE(r.at(7).withoutSpaces, keys({{"bob", "web"}}));
    QCOMPARE(r.at(8).state, State::NoneFound);
    QVERIFY(r.at(8).caseOnly.isEmpty() && r.at(8).withoutSpaces.isEmpty());
    QCOMPARE(r.at(9).state, State::NotChecked); // malformed: never asked
    QCOMPARE(r.at(11).matches, r.at(1).matches);
    QCOMPARE(r.at(11).sameAsLine, 2);
    // One list request per distinct line (the repeat is read once) and, where the server
    // listed any, the page past it that proves the read complete (not for line 9: nothing);
    // nothing else.
    QCOMPARE(requestsOf("GET"), 8 + 7);
    QCOMPARE(m_sandbox->requests().size(), 8 + 7);
    QCOMPARE(storeSize(), before);
}

void TestListResolver::aListWithoutEntriesNeedsNoRequest()
{
    m_sandbox->clearRequests();
    ListResolver resolver(m_api.get());
    QVERIFY(resolve(resolver, QStringLiteral("# nothing yet\n\n   \nusername,client_id\n")));
    QVERIFY(resolver.succeeded());
    QCOMPARE(resolver.linesToCheck(), 0);
    QCOMPARE(m_sandbox->requests().size(), 0);
    ListRevocation run;
    run.setLines(resolver.lines(), {});
    run.setResults(resolver.results(), resolver.session());
    QVERIFY(run.targets().isEmpty());
}

void TestListResolver::tenThousandMatchesOfOneLineAreRevokedPairByPair()
{
    constexpr int Count = 10000;
    m_sandbox->withStore([](TokenStore &s) {
        for (int i = 0; i < Count; ++i)
            s.put(QStringLiteral("u%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("bulk"),
                  false);
        // Substring and case neighbours of the line: never revoked.
        s.put(QStringLiteral("u00001"), QStringLiteral("bulk2"), false);
        s.put(QStringLiteral("u00002"), QStringLiteral("Bulk"), false);
        return 0;
    });
    const qint64 before = storeSize();
    m_sandbox->clearRequests();

    ListResolver resolver(m_api.get());
    QVERIFY(resolve(resolver, QStringLiteral("client:bulk\n")));
    QVERIFY(resolver.succeeded());
    QCOMPARE(resolver.results().at(0).matches.size(), Count);
    QCOMPARE(resolver.results().at(0).caseOnly.size(), 1);
    QCOMPARE(requestsOf("GET"), 12); // 10,002 rows in pages of 1,000, and one past the last

    ListRevocation run;
    run.setLines(resolver.lines(), {});
    run.setResults(resolver.results(), resolver.session());
    QCOMPARE(run.targets().size(), Count);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    m_sandbox->clearRequests();
    QVERIFY(revoke(run, revoker));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), Count);
    QCOMPARE(run.summary(0).revoked, Count);
    // Everything reported revoked is gone; the neighbours are not; nothing else went.
    for (const BulkRevoker::Item &item : revoker.items())
        QVERIFY(!inStore(item.target.key()));
    QVERIFY(inStore({QStringLiteral("u00001"), QStringLiteral("bulk2")}));
    QVERIFY(inStore({QStringLiteral("u00002"), QStringLiteral("Bulk")}));
    QCOMPARE(storeSize(), before - Count);
    // Pair DELETEs only: never a client-wide one for a client line.
    const auto requests = m_sandbox->requests();
    int deletes = 0;
    for (const auto &request : requests) {
        if (request.method != "DELETE")
            continue;
        ++deletes;
        bool user = false, client = false;
        for (const auto &[name, value] : request.query) {
            user = user || (name == QLatin1String("username") && !value.isEmpty());
            client
                = client || (name == QLatin1String("client_id") && value == QLatin1String("bulk"));
        }
        QVERIFY2(user && client, request.rawTarget.constData());
    }
    QCOMPARE(deletes, Count);
}

void TestListResolver::aSessionChangeStopsTheReading()
{
    QStringList lines;
    for (int i = 0; i < 40; ++i) {
        put(QStringLiteral("user%1").arg(i), QStringLiteral("web"));
        lines << QStringLiteral("user%1").arg(i);
    }
    m_sandbox->setLatencyMs(30);
    m_sandbox->clearRequests();
    ListResolver resolver(m_api.get());
    QSignalSpy finished(&resolver, &ListResolver::finished);
    bool changed = false;
    connect(&resolver, &ListResolver::lineResolved, this, [&] {
        if (!changed) {
            changed = true; // signed in again, as someone else perhaps
            m_api->setAccessToken(
                m_sandbox->issueToken(QStringLiteral("other"), QStringLiteral("cli"), true));
        }
    });
    resolver.start(RevokeList::parse(lines.join(QLatin1Char('\n'))));
    QVERIFY(finished.wait(30000));
    QVERIFY(!resolver.succeeded());
    int found = 0, failed = 0;
    for (const ListLineResult &result : resolver.results()) {
        found += result.state == ListLineResult::State::Found ? 1 : 0;
        if (result.state == ListLineResult::State::Failed) {
            ++failed;
            QCOMPARE(result.error.kind(), ApiError::sessionEnded().kind());
        }
    }
    QCOMPARE(found, 1); // only the line answered before the change
    QCOMPARE(failed, 39);
    // Nothing was read with the new session: only the requests sent before the change (each
    // line's page, and the page past it that proves the read complete).
    QVERIFY2(m_sandbox->requests().size() <= 2 * ListResolver::Parallel,
             qPrintable(QString::number(m_sandbox->requests().size())));
}

void TestListResolver::aFailedLineIsReportedAndTheOthersResolve()
{
    put(QStringLiteral("ada"), QStringLiteral("web"));
    put(QStringLiteral("bob"), QStringLiteral("web"));
    Sandbox::Fault fault;
    fault.status = 403;
    fault.remaining = 1;
    fault.method = "GET";
    m_sandbox->addFault(fault);
    ListResolver resolver(m_api.get());
    QVERIFY(resolve(resolver, QStringLiteral("ada\n")));
    QCOMPARE(resolver.results().at(0).state, ListLineResult::State::Failed);
    QCOMPARE(resolver.results().at(0).error.httpStatus(), 403);
    QVERIFY(!resolver.succeeded());
    QCOMPARE(resolver.linesFailed(), 1);
    QVERIFY(resolve(resolver, QStringLiteral("ada\nbob\n")));
    QVERIFY(resolver.succeeded());
    QCOMPARE(resolver.results().at(1).matches.size(), 1);
}

void TestListResolver::checkAgainFindsWhatAppearedAndASecondPassRevokesIt()
{
    for (const auto &[user, client] : {std::pair {"ada", "web"},
                                       {"ada", "cli"},
                                       {"carol", "legacy"},
                                       {"dave", "legacy"},
                                       {"keep", "web"}})
        put(QString::fromUtf8(user), QString::fromUtf8(client));
    const QString list = QStringLiteral("ada\nclient:legacy\nnobody\n");
    ListResolver resolver(m_api.get());
    QVERIFY(resolve(resolver, list));
    ListRevocation run;
    run.setLines(resolver.lines(), QStringLiteral("incident.txt"));
    run.setResults(resolver.results(), resolver.session());
    BulkRevoker first(m_api.get(), m_journal.get());
    QVERIFY(revoke(run, first));
    QCOMPARE(first.count(RevokeOutcome::Kind::Revoked), 4);
    QVERIFY(inStore({QStringLiteral("keep"), QStringLiteral("web")}));

    // Meanwhile: ada signs in again with cli (the pair is issued anew), erin gets a legacy token.
    put(QStringLiteral("ada"), QStringLiteral("cli"));
    put(QStringLiteral("erin"), QStringLiteral("legacy"));
    QVERIFY(resolve(resolver, list));
    run.setResults(resolver.results(), resolver.session());
    QCOMPARE(run.summary(0).fresh, 1);
    QCOMPARE(run.summary(0).revoked, 2);
    QCOMPARE(run.summary(1).fresh, 1);
    QCOMPARE(run.summary(2).fresh, 0);
    QCOMPARE(run.journalOutcome(1), QStringLiteral("revoked 2, new 1"));
    QCOMPARE(run.targets(),
             (QList<TokenKey> {{QStringLiteral("ada"), QStringLiteral("cli")},
                               {QStringLiteral("erin"), QStringLiteral("legacy")}}));

    m_sandbox->clearRequests();
    BulkRevoker second(m_api.get(), m_journal.get());
    QVERIFY(revoke(run, second));
    QCOMPARE(requestsOf("DELETE"), 2);
    QCOMPARE(second.count(RevokeOutcome::Kind::Revoked), 2);
    QVERIFY(!inStore({QStringLiteral("erin"), QStringLiteral("legacy")}));
    QVERIFY(inStore({QStringLiteral("keep"), QStringLiteral("web")}));
    QCOMPARE(run.journalOutcome(1), QStringLiteral("revoked 3"));
    QCOMPARE(run.journalOutcome(2), QStringLiteral("none-found"));
}

QTEST_GUILESS_MAIN(TestListResolver)
#include "tst_listresolver.moc"
