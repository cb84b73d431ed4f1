#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "OwnTokenFinder.h"
#include "Sandbox.h"
#include "SandboxClient.h"
#include "TokenExporter.h"
#include "TokensApi.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestBulkRevoker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void revokesExactlyTheSelectedThousand();
    void reportsEveryOutcomeExactly();
    void cancellingLeavesEveryUnsentPairOnTheServer();
    void refusesEmptyParametersWithoutSending();
    void userAndClientWideTargets();
    void journalsIntentBeforeAndOutcomeAfter();
    void refusesToSendWithoutAJournal();
    void whatTheServerSaysRevokedIsVerified();
    void aWideRevokeIsVerifiedByCountingAgain();
    void namesWithSpacesAroundThemAreSentOnlyWhereTheServerKeepsThem();
    void aWideRevokeThatTookMoreThanConfirmedIsSaid();
    void aCheckRefusedWithTheSessionWaitsForTheNewSignIn();
    void nothingLeavesWhileASignInIsUnderWay();
    void aDeleteAnswered500IsChecked();
    void theOwnTokenSearchObeysRequestsAtOnce();
    void checksAfterACancelObeyTheWindowAndAHold();
    void aRetryAfterLongerThanAnyWaitHoldsNothing();
    void aRateLimitSaidInFieldsIsMetWithoutA429();
    void aRateLimitThatIsNotSaidStillEndsExact();
    void aCancelledReaderFreesTheSharedWindow();

private:
    using Pairs = QList<TokenStore::Pair>;
    QSet<QString> storeKeys() const;
    static QString keyOf(const QString &u, const QString &c) { return u + QLatin1Char('\n') + c; }
    static QList<DeleteTarget> targetsOf(const Pairs &pairs);
    // The first count pairs a run can send and verify plainly: not the admin's, no name a
    // trimming server would change (a GET first), not "." nor ".." (no GET can name them,
    // so they cannot be verified); with oneAUser, no two of one username.
    Pairs plainPairs(int count, bool oneAUser = false) const;
    bool runToEnd(BulkRevoker &revoker, int timeoutMs = 60000);
    RevokeBinding binding() const
    {
        return RevokeBinding::of(m_sandbox->url(), QStringLiteral("admin@knetik-admin"));
    }

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditJournal> m_journal;
};

void TestBulkRevoker::init()
{
    QVERIFY(startSandboxWithClient(m_sandbox, m_network, m_api, 2500, 99));
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<AuditJournal>(m_dir->filePath(QStringLiteral("journal.jsonl")));
    m_journal->setContext(m_sandbox->url(), QStringLiteral("admin@knetik-admin"));
}

void TestBulkRevoker::cleanup()
{
    m_journal.reset();
    m_api.reset();
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QSet<QString> TestBulkRevoker::storeKeys() const
{
    QSet<QString> keys;
    const Pairs pairs = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    for (const auto &p : pairs)
        keys.insert(keyOf(p.username, p.clientId));
    return keys;
}

TestBulkRevoker::Pairs TestBulkRevoker::plainPairs(int count, bool oneAUser) const
{
    Pairs chosen;
    QSet<QString> users;
    for (const auto &p : m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); })) {
        if (chosen.size() == count)
            break;
        if (DeleteTarget::token({p.username, p.clientId}).needsNameCheck()
            || p.username == QLatin1String(Sandbox::AdminUsername)
            || p.username.startsWith(QLatin1Char('.')) || (oneAUser && users.contains(p.username)))
            continue;
        chosen.append(p);
        users.insert(p.username);
    }
    return chosen;
}

QList<DeleteTarget> TestBulkRevoker::targetsOf(const Pairs &pairs)
{
    QList<DeleteTarget> targets;
    for (const auto &p : pairs)
        targets.append(DeleteTarget::token({p.username, p.clientId}));
    return targets;
}

bool TestBulkRevoker::runToEnd(BulkRevoker &revoker, int timeoutMs)
{
    // An event loop rather than QTest::qWaitFor, which sleeps 10 ms between looks.
    if (!revoker.isRunning())
        return true;
    QSignalSpy finished(&revoker, &BulkRevoker::finished);
    return finished.wait(timeoutMs);
}

void TestBulkRevoker::revokesExactlyTheSelectedThousand()
{
    const Pairs all = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    Pairs chosen;
    for (int i = 0; i < all.size() && chosen.size() < 1000; i += 2) {
        if (all[i].username != QLatin1String(Sandbox::AdminUsername))
            chosen.append(all[i]);
    }
    QCOMPARE(chosen.size(), 1000);
    QSet<QString> expected = storeKeys();
    for (const auto &p : chosen)
        expected.remove(keyOf(p.username, p.clientId));

    m_sandbox->setLatencyMs(5);
    m_sandbox->resetPeakConcurrentRequests();
    BulkRevoker revoker(m_api.get(), m_journal.get());
    QSignalSpy progress(&revoker, &BulkRevoker::progressChanged);
    revoker.start(targetsOf(chosen), binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 1000);
    QCOMPARE(revoker.doneCount(), 1000);
    QCOMPARE(progress.last().at(0).toInt(), 1000);
    QCOMPARE(storeKeys(), expected); // those 1,000 and nothing else
    QVERIFY(revoker.peakInFlight() <= BulkRevoker::MaxInFlight);
    QVERIFY(revoker.peakInFlight() >= 2); // it did run requests side by side
    QVERIFY2(m_sandbox->peakConcurrentRequests() <= BulkRevoker::MaxInFlight,
             qPrintable(QString::number(m_sandbox->peakConcurrentRequests())));
}

void TestBulkRevoker::reportsEveryOutcomeExactly()
{
    const Pairs all = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    const Pairs chosen = all.mid(100, 60);
    // 10 are gone before the run; 2 users' tokens answer 403, one 500.
    for (int i = 0; i < 10; ++i)
        m_sandbox->withStore(
            [&](TokenStore &s) { return s.remove(chosen[i].username, chosen[i].clientId); });
    QSet<QString> failing;
    const QString forbiddenUser = chosen[20].username;
    const QString brokenUser = chosen[40].username;
    m_sandbox->failForUser(forbiddenUser, 100, 403);
    m_sandbox->failForUser(brokenUser, 100, 500);
    for (const auto &p : chosen) {
        if (p.username == forbiddenUser || p.username == brokenUser)
            failing.insert(keyOf(p.username, p.clientId));
    }

    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.start(targetsOf(chosen), binding());
    QVERIFY(runToEnd(revoker));
    const QSet<QString> after = storeKeys();
    int revoked = 0, gone = 0, failed = 0;
    for (int i = 0; i < chosen.size(); ++i) {
        const auto &item = revoker.items()[size_t(i)];
        const QString key = keyOf(chosen[i].username, chosen[i].clientId);
        switch (item.outcome.kind) {
        case RevokeOutcome::Kind::Revoked:
            ++revoked;
            QVERIFY(!after.contains(key));
            QVERIFY(!failing.contains(key));
            QVERIFY(i >= 10);
            break;
        case RevokeOutcome::Kind::AlreadyGone:
            ++gone;
            QVERIFY(i < 10);
            break;
        case RevokeOutcome::Kind::Failed:
            ++failed;
            QVERIFY(failing.contains(key));
            QVERIFY(after.contains(key)); // reported failed, and truly still there
            QVERIFY(item.outcome.httpStatus == 403 || item.outcome.httpStatus == 500);
            QVERIFY(!item.outcome.error.message().isEmpty());
            break;
        default:
            QFAIL("an item was left undecided");
        }
    }
    QCOMPARE(gone, 10);
    QCOMPARE(failed, failing.size());
    QCOMPARE(revoked, chosen.size() - 10 - failing.size());
    QCOMPARE(revoker.targetsWith(RevokeOutcome::Kind::Failed).size(), failing.size());
}

void TestBulkRevoker::cancellingLeavesEveryUnsentPairOnTheServer()
{
    const Pairs all = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); });
    const Pairs chosen = all.mid(0, 400);
    m_sandbox->setLatencyMs(20);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.start(targetsOf(chosen), binding());
    QTRY_VERIFY(revoker.doneCount() >= 60);
    revoker.cancel();
    QVERIFY(revoker.isCancelled());
    const int requestsAtCancel = int(m_sandbox->requests().size());
    QVERIFY(runToEnd(revoker));
    // Only the requests in flight at the cancel came after it.
    QVERIFY(int(m_sandbox->requests().size()) - requestsAtCancel <= BulkRevoker::MaxInFlight);
    const QSet<QString> after = storeKeys();
    int notSent = 0;
    for (int i = 0; i < chosen.size(); ++i) {
        const auto kind = revoker.items()[size_t(i)].outcome.kind;
        const bool present = after.contains(keyOf(chosen[i].username, chosen[i].clientId));
        if (kind == RevokeOutcome::Kind::Revoked)
            QVERIFY(!present);
        else
            QVERIFY(present);
        notSent += kind == RevokeOutcome::Kind::NotSent ? 1 : 0;
    }
    QVERIFY(notSent > 200);
    QCOMPARE(revoker.doneCount(), chosen.size());
}

void TestBulkRevoker::refusesEmptyParametersWithoutSending()
{
    BulkRevoker revoker(m_api.get(), m_journal.get());
    const qint64 before = m_sandbox->withStore([](TokenStore &s) { return s.size(); });
    revoker.start({DeleteTarget::token({QString(), QStringLiteral("web")}),
                   DeleteTarget::token({QStringLiteral("ada"), QString()}),
                   DeleteTarget::token({QStringLiteral("  "), QStringLiteral("web")}),
                   DeleteTarget::token({QStringLiteral("ada"), QStringLiteral(" \t")}),
                   DeleteTarget::allOfUser({}), DeleteTarget::allOfClient({}),
                   DeleteTarget::allOfUser(QStringLiteral(" ")),
                   DeleteTarget::allOfClient(QStringLiteral("\n"))},
                  binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Failed), 8);
    for (const auto &item : revoker.items())
        QCOMPARE(item.outcome.error.kind(), ApiError::Kind::InvalidRequest);
    QVERIFY(m_sandbox->requests().isEmpty());
    QCOMPARE(m_sandbox->withStore([](TokenStore &s) { return s.size(); }), before);
}

void TestBulkRevoker::userAndClientWideTargets()
{
    m_sandbox->issueToken(QStringLiteral("bulk user"), QStringLiteral("a"), false);
    m_sandbox->issueToken(QStringLiteral("bulk user"), QStringLiteral("b"), false);
    m_sandbox->issueToken(QStringLiteral("bulk user2"), QStringLiteral("a"), false);
    m_sandbox->issueToken(QStringLiteral("x"), QStringLiteral("bulk-client"), false);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.start({DeleteTarget::allOfUser(QStringLiteral("bulk user")),
                   DeleteTarget::allOfClient(QStringLiteral("bulk-client")),
                   DeleteTarget::allOfUser(QStringLiteral("nobody-at-all"))},
                  binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.items()[0].outcome.kind, RevokeOutcome::Kind::Revoked);
    QCOMPARE(revoker.items()[1].outcome.kind, RevokeOutcome::Kind::Revoked);
    QCOMPARE(revoker.items()[2].outcome.kind, RevokeOutcome::Kind::AlreadyGone);
    const QSet<QString> after = storeKeys();
    QVERIFY(!after.contains(keyOf(QStringLiteral("bulk user"), QStringLiteral("a"))));
    QVERIFY(!after.contains(keyOf(QStringLiteral("bulk user"), QStringLiteral("b"))));
    QVERIFY(after.contains(keyOf(QStringLiteral("bulk user2"), QStringLiteral("a"))));
    QVERIFY(!after.contains(keyOf(QStringLiteral("x"), QStringLiteral("bulk-client"))));
}

void TestBulkRevoker::journalsIntentBeforeAndOutcomeAfter()
{
    const Pairs chosen
        = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); }).mid(10, 25);
    m_sandbox->withStore(
        [&](TokenStore &s) { return s.remove(chosen[0].username, chosen[0].clientId); });
    // The values of tokens about to be revoked: afterwards they are gone from the store, so
    // they must be taken now for the check below to mean anything.
    QStringList values;
    for (qsizetype i = 1; i < chosen.size(); ++i) {
        values << m_sandbox->withStore(
            [&](TokenStore &s) { return s.find(chosen[i].username, chosen[i].clientId)->token; });
        QVERIFY(values.last().size() >= 16);
    }
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.start(targetsOf(chosen), binding());
    QVERIFY(runToEnd(revoker));
    QString error;
    const QList<JournalEntry> entries = AuditJournal::read(m_journal->path(), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(entries.size(), 50);
    QHash<QString, int> intentLine;
    for (int i = 0; i < entries.size(); ++i) {
        const JournalEntry &e = entries[i];
        QVERIFY(!e.id.isEmpty());
        QCOMPARE(e.scope, QStringLiteral("token"));
        QCOMPARE(e.server, m_sandbox->url().toString());
        QCOMPARE(e.identity, QStringLiteral("admin@knetik-admin"));
        if (e.event == QLatin1String("intent")) {
            intentLine.insert(e.id, i);
        } else {
            QCOMPARE(e.event, QStringLiteral("outcome"));
            QVERIFY(intentLine.contains(e.id)); // its intent came first
            const bool first = e.username == chosen[0].username && e.clientId == chosen[0].clientId;
            QCOMPARE(e.outcome, first ? QStringLiteral("already-gone") : QStringLiteral("revoked"));
            QCOMPARE(e.httpStatus, first ? 404 : 204);
        }
    }
    QCOMPARE(intentLine.size(), 25);
    QFile file(m_journal->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains(m_sandbox->adminToken().toUtf8()));
    for (const QString &value : std::as_const(values))
        QVERIFY2(!text.contains(value.toUtf8()), "a revoked token's value is in the journal");
    const QByteArray csv = AuditJournal::toCsv(entries);
    QCOMPARE(csv.count("\r\n"), 51);
}

void TestBulkRevoker::refusesToSendWithoutAJournal()
{
    // A journal in a place that cannot be written: nothing may be sent.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-dir")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    AuditJournal broken(m_dir->filePath(QStringLiteral("not-a-dir/journal.jsonl")));
    const Pairs chosen = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); }).mid(0, 3);
    BulkRevoker revoker(m_api.get(), &broken);
    revoker.start(targetsOf(chosen), binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Failed), 3);
    QVERIFY(revoker.items()[0].outcome.error.message().contains(QStringLiteral("audit journal")));
    QVERIFY(m_sandbox->requests().isEmpty());
}

void TestBulkRevoker::whatTheServerSaysRevokedIsVerified()
{
    // A server (or a gateway before it) that answers 200 with a JSON body to five DELETEs and
    // carries none of them out: each pair is read again, and those five are failed, not revoked.
    const Pairs chosen
        = m_sandbox->withStore([](TokenStore &s) { return s.allPairs(); }).mid(500, 20);
    for (bool verify : {false, true}) {
        m_sandbox->withStore([&](TokenStore &s) {
            for (const auto &p : chosen)
                s.put(p.username, p.clientId, false);
            return 0;
        });
        m_sandbox->failNext(5, 200, "DELETE");
        BulkRevoker revoker(m_api.get(), m_journal.get());
        revoker.setVerify(verify);
        revoker.start(targetsOf(chosen), binding());
        QVERIFY(runToEnd(revoker));
        const QSet<QString> after = storeKeys();
        int there = 0;
        for (const auto &p : chosen)
            there += after.contains(keyOf(p.username, p.clientId));
        QCOMPARE(there, 5); // the server's truth either way
        if (!verify) {
            // Unverified, the server's word is all there is: 20 "revoked", 5 of them wrongly.
            QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 20);
            continue;
        }
        QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 15);
        QCOMPARE(revoker.count(RevokeOutcome::Kind::Failed), 5);
        QCOMPARE(revoker.verifiedGone(), 15);
        QCOMPARE(revoker.stillThere(), 5);
        QCOMPARE(revoker.notVerified(), 0);
        for (size_t i = 0; i < revoker.items().size(); ++i) {
            const BulkRevoker::Item &item = revoker.items()[i];
            const bool stillThere
                = after.contains(keyOf(item.target.key().username, item.target.key().clientId));
            QCOMPARE(item.outcome.kind,
                     stillThere ? RevokeOutcome::Kind::Failed : RevokeOutcome::Kind::Revoked);
            QCOMPARE(item.outcome.detail,
                     stillThere ? QStringLiteral(
                         "still there after the server said revoked (kept, or issued again)")
                                : QStringLiteral("verified gone"));
        }
        // The journal says so, and Retry Failed sends exactly those five again.
        int failedLines = 0;
        QString error;
        for (const JournalEntry &e : AuditJournal::read(m_journal->path(), &error)) {
            if (e.outcome == QLatin1String("failed")
                && e.message.contains(QStringLiteral("still there after the server said revoked")))
                ++failedLines;
        }
        QCOMPARE(failedLines, 5);
        const QList<DeleteTarget> again = revoker.targetsToRetry();
        QCOMPARE(again.size(), 5);
        BulkRevoker retry(m_api.get(), m_journal.get());
        retry.start(again, binding());
        QVERIFY(runToEnd(retry));
        QCOMPARE(retry.verifiedGone(), 5);
        for (const auto &p : chosen)
            QVERIFY(!storeKeys().contains(keyOf(p.username, p.clientId)));
    }
}

void TestBulkRevoker::aWideRevokeIsVerifiedByCountingAgain()
{
    m_sandbox->withStore([](TokenStore &s) {
        for (int i = 0; i < 30; ++i) {
            s.put(QStringLiteral("wide-user"), QStringLiteral("c%1").arg(i), false);
            s.put(QStringLiteral("wide-user-2"), QStringLiteral("c%1").arg(i), false);
        }
        return 0;
    });
    // Said revoked, and gone: verified by reading the user's tokens again.
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.start({DeleteTarget::allOfUser(QStringLiteral("wide-user"))}, binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.items()[0].outcome.kind, RevokeOutcome::Kind::Revoked);
    QCOMPARE(revoker.items()[0].outcome.detail, QStringLiteral("verified: none left"));
    QCOMPARE(revoker.verifiedGone(), 1);
    // Said revoked, and not carried out: failed, naming how many are left.
    m_sandbox->failNext(1, 200, "DELETE");
    BulkRevoker lied(m_api.get(), m_journal.get());
    lied.start({DeleteTarget::allOfUser(QStringLiteral("wide-user-2"))}, binding());
    QVERIFY(runToEnd(lied));
    QCOMPARE(lied.items()[0].outcome.kind, RevokeOutcome::Kind::Failed);
    QVERIFY2(lied.items()[0].outcome.detail.startsWith(QStringLiteral("30 token"))
                 && lied.items()[0].outcome.detail.endsWith(QStringLiteral(
                     "still there after the server said revoked (kept, or issued again)")),
             qPrintable(lied.items()[0].outcome.detail));
    QCOMPARE(lied.stillThere(), 1);
}

void TestBulkRevoker::namesWithSpacesAroundThemAreSentOnlyWhereTheServerKeepsThem()
{
    m_sandbox->withStore([](TokenStore &s) {
        for (const char *client : {"ios", "web"}) {
            s.put(QStringLiteral("ada"), QString::fromLatin1(client), false);
            s.put(QStringLiteral(" ada"), QString::fromLatin1(client), false);
        }
        return 0;
    });
    // A server that keeps the names: the pair is checked with a GET, then revoked exactly.
    m_sandbox->clearRequests();
    BulkRevoker exact(m_api.get(), m_journal.get());
    exact.start({DeleteTarget::token({QStringLiteral(" ada"), QStringLiteral("ios")})}, binding());
    QVERIFY(runToEnd(exact));
    QCOMPARE(exact.items()[0].outcome.kind, RevokeOutcome::Kind::Revoked);
    QVERIFY(!storeKeys().contains(keyOf(QStringLiteral(" ada"), QStringLiteral("ios"))));
    QVERIFY(storeKeys().contains(keyOf(QStringLiteral("ada"), QStringLiteral("ios"))));

    // A server that trims names would revoke "ada"'s token: nothing is sent.
    Sandbox::Variant trims;
    trims.trimNames = true;
    m_sandbox->setVariant(trims);
    m_sandbox->clearRequests();
    BulkRevoker trimmed(m_api.get(), m_journal.get());
    trimmed.start({DeleteTarget::token({QStringLiteral(" ada"), QStringLiteral("web")}),
                   DeleteTarget::allOfUser(QStringLiteral(" ada"))},
                  binding());
    QVERIFY(runToEnd(trimmed));
    QCOMPARE(trimmed.items()[0].outcome.kind, RevokeOutcome::Kind::NotSent);
    QVERIFY2(trimmed.items()[0].outcome.detail.contains(QStringLiteral("it trims names")),
             qPrintable(trimmed.items()[0].outcome.reason()));
    // A user-wide revoke of such a name is never sent (there is no pair to check it with).
    QCOMPARE(trimmed.items()[1].outcome.kind, RevokeOutcome::Kind::Failed);
    QVERIFY(trimmed.items()[1].outcome.reason().contains(
        QStringLiteral("around it: a server that trims")));
    for (const auto &r : m_sandbox->requests())
        QVERIFY2(r.method != "DELETE", r.rawTarget.constData());
    QVERIFY(storeKeys().contains(keyOf(QStringLiteral("ada"), QStringLiteral("web"))));
    QVERIFY(storeKeys().contains(keyOf(QStringLiteral(" ada"), QStringLiteral("web"))));
    QVERIFY(storeKeys().contains(keyOf(QStringLiteral("ada"), QStringLiteral("ios"))));
}

void TestBulkRevoker::aWideRevokeThatTookMoreThanConfirmedIsSaid()
{
    // "ada" has 3 tokens (confirmed), "Ada" 2: a server whose user-wide DELETE ignores case
    // revokes 5. What is left of "ada" is none (verified), and the total says the rest.
    m_sandbox->withStore([](TokenStore &s) {
        for (int i = 0; i < 3; ++i)
            s.put(QStringLiteral("ada"), QStringLiteral("c%1").arg(i), false);
        for (int i = 0; i < 2; ++i)
            s.put(QStringLiteral("Ada"), QStringLiteral("c%1").arg(i), false);
        return 0;
    });
    Sandbox::Variant variant;
    variant.caseInsensitiveDeletes = true;
    m_sandbox->setVariant(variant);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.setConfirmedCount(3);
    revoker.start({DeleteTarget::allOfUser(QStringLiteral("ada"))}, binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.items()[0].outcome.kind, RevokeOutcome::Kind::Revoked);
    QCOMPARE(revoker.totalNote(),
             QStringLiteral("the server's total fell by 5 tokens, 3 were confirmed (it may have "
                            "revoked more, or others revoked tokens meanwhile)"));
    QVERIFY(revoker.items()[0].outcome.detail.contains(revoker.totalNote()));
    QString error;
    bool journalled = false;
    for (const JournalEntry &e : AuditJournal::read(m_journal->path(), &error))
        journalled = journalled || e.message.contains(QStringLiteral("fell by 5"));
    QVERIFY(journalled);

    // A server that revokes what was confirmed: nothing to say.
    m_sandbox->setVariant({});
    m_sandbox->withStore([](TokenStore &s) {
        for (int i = 0; i < 3; ++i)
            s.put(QStringLiteral("bob"), QStringLiteral("c%1").arg(i), false);
        s.put(QStringLiteral("Bob"), QStringLiteral("c0"), false);
        return 0;
    });
    BulkRevoker exact(m_api.get(), m_journal.get());
    exact.setConfirmedCount(3);
    exact.start({DeleteTarget::allOfUser(QStringLiteral("bob"))}, binding());
    QVERIFY(runToEnd(exact));
    QCOMPARE(exact.items()[0].outcome.detail, QStringLiteral("verified: none left"));
    QVERIFY(exact.totalNote().isEmpty());
    QVERIFY(storeKeys().contains(keyOf(QStringLiteral("Bob"), QStringLiteral("c0"))));
}

void TestBulkRevoker::aCheckRefusedWithTheSessionWaitsForTheNewSignIn()
{
    // The first check meets a 401: the run pauses as for a DELETE, and after the new sign-in
    // (the same server and identity) every check is made; none is "not verified".
    const Pairs chosen = plainPairs(4);
    m_sandbox->failNext(1, 401, "GET");
    BulkRevoker revoker(m_api.get(), m_journal.get());
    QSignalSpy signIn(&revoker, &BulkRevoker::authorizationRequired);
    revoker.start(targetsOf(chosen), binding());
    QTRY_COMPARE(signIn.size(), 1);
    QVERIFY(revoker.isPaused());
    QVERIFY(revoker.isRunning());
    revoker.sessionChanged(binding());
    QVERIFY(runToEnd(revoker));
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 4);
    QCOMPARE(revoker.verifiedGone(), 4);
    QCOMPARE(revoker.notVerified(), 0);
}

void TestBulkRevoker::nothingLeavesWhileASignInIsUnderWay()
{
    // A sign-in as someone else at the same server begins while a run goes (the api takes the
    // new token while it is checked): the run sends nothing more, checks included, until it is
    // told whose session it is; then, elsewhere, it ends with the rest not sent.
    const Pairs chosen = plainPairs(200);
    m_sandbox->setLatencyMs(20);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.start(targetsOf(chosen), binding());
    QTRY_VERIFY(revoker.doneCount() >= 10);
    const int onWire = int(revoker.requestsOnWire().size());
    const int before = int(m_sandbox->requests().size());
    m_api->beginSession(
        m_sandbox->url(),
        m_sandbox->issueToken(QStringLiteral("someone"), QStringLiteral("else"), true));
    QTest::qWait(400); // some twenty round trips, had it gone on
    QVERIFY2(int(m_sandbox->requests().size()) <= before + onWire,
             qPrintable(QStringLiteral("%1 requests after the sign-in began, %2 were on the wire")
                            .arg(m_sandbox->requests().size() - before)
                            .arg(onWire)));
    QVERIFY(revoker.isRunning());
    revoker.sessionChanged(RevokeBinding::of(m_sandbox->url(), QStringLiteral("someone@else")));
    QVERIFY(runToEnd(revoker));
    QCOMPARE(int(m_sandbox->requests().size()) <= before + onWire, true);
    QVERIFY(revoker.count(RevokeOutcome::Kind::NotSent) > 0);
    for (const BulkRevoker::Item &item : revoker.items()) {
        const bool there
            = storeKeys().contains(keyOf(item.target.key().username, item.target.key().clientId));
        if (item.outcome.kind == RevokeOutcome::Kind::NotSent)
            QVERIFY(there);
    }
}

void TestBulkRevoker::aDeleteAnswered500IsChecked()
{
    // A 500 proves nothing about the token: three DELETEs carried out and then answered by a
    // gateway's 500 page, three answered 500 without being carried out. Each is checked with a
    // GET: the first three revoked, the others failed, as the server has them.
    const Pairs chosen = plainPairs(6, true); // one pair a user: each fault names its user
    QCOMPARE(chosen.size(), 6);
    for (int i = 0; i < 6; ++i) {
        Sandbox::Fault fault;
        fault.kind = i < 3 ? Sandbox::FaultKind::Gateway : Sandbox::FaultKind::Status;
        fault.status = 500;
        fault.remaining = 1;
        fault.method = "DELETE";
        fault.username = chosen[i].username;
        m_sandbox->addFault(fault);
    }
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.setConcurrencyCap(1); // in order, so that each fault meets its own pair
    revoker.start(targetsOf(chosen), binding());
    QVERIFY(runToEnd(revoker));
    const QSet<QString> after = storeKeys();
    for (int i = 0; i < 6; ++i) {
        const BulkRevoker::Item &item = revoker.items()[size_t(i)];
        const bool there = after.contains(keyOf(chosen[i].username, chosen[i].clientId));
        QCOMPARE(there, i >= 3);
        QCOMPARE(item.outcome.kind,
                 there ? RevokeOutcome::Kind::Failed : RevokeOutcome::Kind::Revoked);
        QVERIFY2(item.outcome.detail.contains(QStringLiteral("checked")),
                 qPrintable(item.outcome.reason()));
    }
}

void TestBulkRevoker::theOwnTokenSearchObeysRequestsAtOnce()
{
    // Tokens > Requests at Once = 1 (a fragile server): the search for the session's own token
    // among the pairs reads one pair at a time; at 64, six at once over HTTP/1.1. (The cap is
    // the session's: set once, every reader and revoker of the api keeps it.)
    QList<TokenKey> keys;
    for (const auto &p : plainPairs(30))
        keys.append({p.username, p.clientId});
    m_sandbox->setLatencyMs(10);
    for (const int cap : {1, 64}) {
        OwnTokenFinder finder(m_api.get());
        finder.setRequestsAtOnce(cap);
        m_sandbox->resetPeakConcurrentRequests();
        QSignalSpy finished(&finder, &OwnTokenFinder::finished);
        finder.start(keys);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finder.checkedCount(), 30);
        if (cap == 1)
            QCOMPARE(m_sandbox->peakConcurrentRequests(), 1);
        else
            QCOMPARE(m_sandbox->peakConcurrentRequests(), OwnTokenFinder::Parallel);
    }
}

void TestBulkRevoker::checksAfterACancelObeyTheWindowAndAHold()
{
    // Retry Failed for 20 pairs whose DELETE may have arrived, cancelled at once: each is asked
    // about (GET), two at a time (Requests at Once = 2), and the first check's 429 with
    // Retry-After: 2 holds the others for two seconds. Before, all 20 left at once (six on the
    // wire, Qt's HTTP/1 limit) and the hold was not heeded.
    const Pairs chosen = plainPairs(20);
    m_sandbox->setLatencyMs(30);
    Sandbox::Fault fault;
    fault.kind = Sandbox::FaultKind::Status;
    fault.status = 429;
    fault.retryAfterSeconds = 2;
    fault.remaining = 1;
    fault.method = "GET";
    m_sandbox->addFault(fault);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.setConcurrencyCap(2);
    m_sandbox->resetPeakConcurrentRequests();
    QElapsedTimer clock;
    clock.start();
    revoker.start(targetsOf(chosen), binding(), QList<bool>(chosen.size(), true));
    revoker.cancel();
    QVERIFY(runToEnd(revoker));
    const qint64 took = clock.elapsed();
    QCOMPARE(m_sandbox->faultsFired(Sandbox::FaultKind::Status), 1);
    QVERIFY2(m_sandbox->peakConcurrentRequests() <= 2,
             qPrintable(QString::number(m_sandbox->peakConcurrentRequests())));
    QVERIFY2(took >= 1900, qPrintable(QString::number(took))); // the hold was waited out
    int deletes = 0;
    for (const Sandbox::RecordedRequest &r : m_sandbox->requests())
        deletes += r.method == "DELETE" ? 1 : 0;
    QCOMPARE(deletes, 0); // after Cancel, nothing but reads
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Failed), 19); // still there when checked
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Unknown), 1); // its check met the 429
}

void TestBulkRevoker::aRetryAfterLongerThanAnyWaitHoldsNothing()
{
    // A check after a cancel answered 429 with Retry-After: 3600 (longer than any call waits):
    // the other checks go on and the run ends, instead of waiting an hour.
    const Pairs chosen = plainPairs(5);
    Sandbox::Fault fault;
    fault.kind = Sandbox::FaultKind::Status;
    fault.status = 429;
    fault.retryAfterSeconds = 3600;
    fault.remaining = 1;
    fault.method = "GET";
    m_sandbox->addFault(fault);
    BulkRevoker revoker(m_api.get(), m_journal.get());
    revoker.setConcurrencyCap(1);
    revoker.start(targetsOf(chosen), binding(), QList<bool>(chosen.size(), true));
    revoker.cancel();
    QVERIFY(runToEnd(revoker, 20000));
    QVERIFY(!revoker.concurrency()->isHeld());
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Failed), 4);
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Unknown), 1);
}

// A server limiting each token to 300 requests a second (burst 10) that says so in the IETF
// RateLimit fields: the run paces itself a little under it and never trips it.
void TestBulkRevoker::aRateLimitSaidInFieldsIsMetWithoutA429()
{
    const Pairs chosen = plainPairs(300);
    m_sandbox->setLatencyMs(5);
    m_sandbox->setRateLimit(Sandbox::RateLimit {300, 10, true});
    BulkRevoker revoker(m_api.get(), m_journal.get());
    QElapsedTimer clock;
    clock.start();
    revoker.start(targetsOf(chosen), binding());
    QVERIFY(runToEnd(revoker, 60000));
    qInfo("300 revokes and checks at 300/s, said in fields: %lld ms, %d refused (429)",
          clock.elapsed(), m_sandbox->rateLimited());
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 300);
    QCOMPARE(revoker.verifiedGone(), 300);
    QVERIFY2(qAbs(revoker.concurrency()->pacePerSecond() - 285) < 1,
             qPrintable(QString::number(revoker.concurrency()->pacePerSecond())));
    QVERIFY(revoker.concurrency()->describe().contains(QLatin1String("limited by the server")));
    // 600 requests (300 DELETEs, 300 checks): none refused.
    QCOMPARE(m_sandbox->rateLimited(), 0);
    for (const auto &p : chosen)
        QVERIFY(!storeKeys().contains(keyOf(p.username, p.clientId)));
}

// The same limit, not said: the 429s (with a Retry-After from the bucket) halve the window and
// hold every send, and every pair still gets its truthful outcome.
void TestBulkRevoker::aRateLimitThatIsNotSaidStillEndsExact()
{
    const Pairs chosen = plainPairs(60);
    m_sandbox->setLatencyMs(5);
    m_sandbox->setRateLimit(Sandbox::RateLimit {300, 10, false});
    BulkRevoker revoker(m_api.get(), m_journal.get());
    QElapsedTimer clock;
    clock.start();
    revoker.start(targetsOf(chosen), binding());
    QVERIFY(runToEnd(revoker, 120000));
    qInfo("60 revokes and checks at 300/s, not said: %lld ms, %d refused (429)", clock.elapsed(),
          m_sandbox->rateLimited());
    QCOMPARE(revoker.count(RevokeOutcome::Kind::Revoked), 60);
    QCOMPARE(revoker.verifiedGone(), 60);
    QVERIFY(m_sandbox->rateLimited() > 0);
    QVERIFY(revoker.concurrency()->backOffs() > 0);
    QCOMPARE(revoker.concurrency()->pacePerSecond(), 0.0); // nothing said, nothing guessed
    const QSet<QString> left = storeKeys();
    for (const auto &p : chosen)
        QVERIFY(!left.contains(keyOf(p.username, p.clientId)));
}

// The window is the session's: a reader that fills it and is then cancelled (its calls
// abandoned, which finish without a word) frees it for the reader that waits.
void TestBulkRevoker::aCancelledReaderFreesTheSharedWindow()
{
    QList<TokenKey> keys;
    for (const auto &p : plainPairs(40))
        keys.append({p.username, p.clientId});
    m_sandbox->setLatencyMs(300);
    OwnTokenFinder finder(m_api.get());
    finder.setRequestsAtOnce(2);
    finder.start(keys);
    QTRY_COMPARE(m_api->concurrency()->inFlight(), 2);
    TokenExporter exporter(m_api.get());
    QSignalSpy exported(&exporter, &TokenExporter::finished);
    ListQuery query;
    query.usernameFilter = keys.first().username;
    exporter.collect(query);
    QTest::qWait(50);
    QCOMPARE(m_api->concurrency()->inFlight(), 2); // the exporter waits: the window is full
    m_sandbox->setLatencyMs(0);
    finder.cancel();
    QVERIFY(exported.wait(10000));
    QVERIFY2(exporter.succeeded(), qPrintable(exporter.error().message()));
}

QTEST_GUILESS_MAIN(TestBulkRevoker)
#include "tst_bulkrevoker.moc"
