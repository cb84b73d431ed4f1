// A seeded, randomised test over the seams of revocation: random selections against one of
// two sandboxes, faults, Cancel at random moments, a 401 at a random point, then sign-in to the
// same server, to the other one, as someone else, or sign-out; a Retry Failed afterwards. After
// every run:
//  - each DELETE a sandbox received was confirmed for that sandbox;
//  - after Cancel, Sign Out or a session elsewhere nothing reached a sandbox but the requests
//    already on the wire (and, after Cancel only, one checking GET per pair);
//  - every reported outcome agrees with the sandbox's state;
//  - the journal is whole: each intent has one outcome line, with the run's server and identity.
// KNETIK_PROPERTY_SEED=N replays one run (the failure message names it); KNETIK_PROPERTY_RUNS
// sets how many runs (200 by default).
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "Sandbox.h"
#include "TokensApi.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <random>

namespace {

QString keyOf(const QString &username, const QString &clientId)
{
    return username + QLatin1Char('\n') + clientId;
}

QString keyOf(const Sandbox::RecordedRequest &request)
{
    const QString username = SandboxProtocol::firstValue(request.query, QStringLiteral("username"))
                                 .value_or(QString());
    const QString clientId = SandboxProtocol::firstValue(request.query, QStringLiteral("client_id"))
                                 .value_or(QString());
    return keyOf(username, clientId);
}

// A request of a checking GET: /auth/tokens/{username}/{client_id}.
QString keyOfCheck(const Sandbox::RecordedRequest &request)
{
    return request.path.size() == 4 ? keyOf(request.path.at(2), request.path.at(3)) : QString();
}

enum class StopKind { Cancel, SignOut, Elsewhere };

// What was on the wire when the run was stopped, and where each sandbox's log stood.
struct StopRecord
{
    StopKind kind;
    qsizetype mark[2];
    QMultiHash<QString, QByteArray> onWire; // pair key -> verb
};

} // namespace

class TestRevocationProperty : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void seededRuns();

private:
    QString runOnce(quint64 seed);
    QString runChecked(quint64 seed);
    QList<QPair<Sandbox *, DeleteTarget>> m_touched; // given back after each run

    std::unique_ptr<Sandbox> m_sandboxes[2];
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_statsRuns = 0;
    int m_statsStops = 0;
    int m_statsPauses = 0;
    int m_statsRetries = 0;
    int m_statsOutcomes[6] = {};
};

void TestRevocationProperty::initTestCase()
{
    for (int i = 0; i < 2; ++i) {
        Sandbox::Options options;
        options.tokens = 4000;
        options.seed = 100 + quint64(i);
        m_sandboxes[i] = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandboxes[i]->start());
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    m_api = std::make_unique<TokensApi>(m_network.get());
    // Short waits between tries: many runs, each with its retries, within a minute.
    m_api->setRetryPolicy(RetryPolicy {4, 5, 40, 60});
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestRevocationProperty::cleanupTestCase()
{
    m_api.reset();
    m_network.reset();
    for (auto &sandbox : m_sandboxes)
        sandbox.reset();
}

void TestRevocationProperty::seededRuns()
{
    const bool replay = qEnvironmentVariableIsSet("KNETIK_PROPERTY_SEED");
    const quint64 base = replay ? qEnvironmentVariable("KNETIK_PROPERTY_SEED").toULongLong() : 1;
    int runs = replay ? 1 : 200;
    if (qEnvironmentVariableIsSet("KNETIK_PROPERTY_RUNS"))
        runs = qEnvironmentVariableIntValue("KNETIK_PROPERTY_RUNS");
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < runs; ++i) {
        const quint64 seed = base + quint64(i);
        const QString failure = runOnce(seed);
        if (!failure.isEmpty())
            QFAIL(qPrintable(QStringLiteral("seed %1: %2\n(replay: KNETIK_PROPERTY_SEED=%1 %3)")
                                 .arg(seed)
                                 .arg(failure, QCoreApplication::applicationFilePath())));
    }
    qInfo("%d seeded runs in %lld ms: %d stops, %d pauses, %d retries of failures; outcomes "
          "revoked %d, already gone %d, failed %d, unknown %d, not sent %d",
          m_statsRuns, clock.elapsed(), m_statsStops, m_statsPauses, m_statsRetries,
          m_statsOutcomes[int(RevokeOutcome::Kind::Revoked)],
          m_statsOutcomes[int(RevokeOutcome::Kind::AlreadyGone)],
          m_statsOutcomes[int(RevokeOutcome::Kind::Failed)],
          m_statsOutcomes[int(RevokeOutcome::Kind::Unknown)],
          m_statsOutcomes[int(RevokeOutcome::Kind::NotSent)]);
}

#define CHECK(condition, ...) \
    do { \
        if (!(condition)) \
            return QStringLiteral(#condition ": ") + QString(__VA_ARGS__); \
    } while (false)

// Every run starts from the same servers: what a run revoked is issued again afterwards, and
// the faults' random numbers start over, so that a seed replays its selection and faults.
QString TestRevocationProperty::runOnce(quint64 seed)
{
    const QString failure = runChecked(seed);
    for (const auto &[sandbox, target] : std::as_const(m_touched)) {
        const TokenKey &key = target.key();
        if (target.isValid() && !sandbox->withStore([&](TokenStore &s) {
                return s.find(key.username, key.clientId);
            }))
            sandbox->issueToken(key.username, key.clientId, false);
    }
    m_touched.clear();
    return failure;
}

QString TestRevocationProperty::runChecked(quint64 seed)
{
    ++m_statsRuns;
    std::mt19937_64 rng(seed);
    auto chance = [&](double p) {
        return std::uniform_real_distribution<double>(0, 1)(rng) < p;
    };
    auto pick = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };

    Sandbox *servers[2] = {m_sandboxes[0].get(), m_sandboxes[1].get()};
    for (Sandbox *s : servers) {
        s->clearFaults();
        s->clearRequests();
        s->setLatencyMs(pick(0, 3));
        s->setJitterMs(pick(0, 3));
    }
    const int home = pick(0, 1);
    Sandbox *const x = servers[home];
    Sandbox *const y = servers[1 - home];
    const QString identity = chance(0.5) ? QStringLiteral("admin@knetik-admin") : QString();
    const RevokeBinding binding = RevokeBinding::of(x->url(), identity);
    const RevokeBinding elsewhere = RevokeBinding::of(y->url(), identity);
    const RevokeBinding someoneElse
        = RevokeBinding::of(x->url(), identity + QStringLiteral("-other"));

    // Faults on the run's server: none to three kinds, on DELETEs or on every request.
    for (int n = pick(0, 3); n > 0; --n) {
        Sandbox::Fault fault;
        fault.rate = 0.05 + 0.25 * std::uniform_real_distribution<double>(0, 1)(rng);
        fault.retryAfterSeconds = 0;
        fault.method = chance(0.7) ? QByteArray("DELETE") : QByteArray();
        switch (pick(0, 8)) {
        case 0:
            fault.status = 503;
            break;
        case 1:
            fault.status = 502;
            break;
        case 2:
            fault.status = 500;
            break;
        case 3:
            fault.status = 429;
            break;
        case 4:
            fault.status = 504;
            break;
        case 5:
            fault.kind = Sandbox::FaultKind::Gateway;
            fault.status = 504;
            break;
        case 6:
            fault.kind = Sandbox::FaultKind::Reset;
            break;
        case 7:
            fault.kind = Sandbox::FaultKind::Truncate;
            break;
        default:
            fault.kind = Sandbox::FaultKind::Malformed;
            break;
        }
        x->addFault(fault);
    }

    // A random selection of the server's pairs (never the console's own), now and then with a
    // blank one that must never be sent.
    QList<TokenStore::Pair> all = x->withStore([](TokenStore &s) { return s.allPairs(); });
    all.erase(std::remove_if(all.begin(), all.end(),
                             [](const TokenStore::Pair &p) {
                                 return p.username == QLatin1String("admin")
                                     || p.clientId == QLatin1String(Sandbox::AdminClientId)
                                     || !DeleteTarget::token({p.username, p.clientId}).isValid();
                             }),
              all.end());
    CHECK(all.size() > 100, QStringLiteral("the sandbox ran out of tokens"));
    std::shuffle(all.begin(), all.end(), rng);
    QList<DeleteTarget> targets;
    QSet<QString> confirmed; // for x only: y confirmed nothing
    for (int i = 0, n = pick(1, 30); i < n; ++i) {
        targets.append(DeleteTarget::token({all[i].username, all[i].clientId}));
        confirmed.insert(keyOf(all[i].username, all[i].clientId));
    }
    if (chance(0.1))
        targets.insert(pick(0, int(targets.size())),
                       DeleteTarget::token({QStringLiteral(" "), all[0].clientId}));
    // Now and then a server that trims names (Sandbox::Variant), and pairs whose usernames have
    // spaces around them beside their trimmed twins: a twin is never revoked.
    Sandbox::Variant variant;
    variant.trimNames = chance(0.3);
    variant.pageSizeLimit = chance(0.3) ? pick(1, 200) : 0;
    x->setVariant(variant);
    y->setVariant({});
    QList<TokenKey> twins;
    for (int n = chance(0.3) ? pick(1, 3) : 0; n > 0; --n) {
        const QString name = QStringLiteral("sp-%1-%2").arg(seed).arg(n);
        const QString spaced
            = QLatin1Char(' ') + name + (chance(0.5) ? QStringLiteral(" ") : QString());
        x->withStore([&](TokenStore &st) {
            st.put(name, QStringLiteral("web"), false);
            st.put(spaced, QStringLiteral("web"), false);
            return 0;
        });
        twins.append({name, QStringLiteral("web")});
        targets.insert(pick(0, int(targets.size())),
                       DeleteTarget::token({spaced, QStringLiteral("web")}));
        confirmed.insert(keyOf(spaced, QStringLiteral("web")));
    }
    for (const DeleteTarget &t : std::as_const(targets))
        m_touched.append({x, t});

    m_api->beginSession(x->url(), x->adminToken());
    RevokeBinding current = binding;
    QList<StopRecord> stops;
    const QString journalPath = m_dir->filePath(QStringLiteral("journal-%1.jsonl").arg(seed));
    QList<DeleteTarget> retryList;
    QList<bool> retryMayHaveArrived;
    QList<DeleteTarget> *retryTargets = nullptr;

    // One run of the revoker, with random events; then the checks. Used for the first run and
    // for a Retry Failed.
    auto runPhase = [&](const QList<DeleteTarget> &phaseTargets,
                        const QList<bool> &phaseMayHaveArrived) -> QString {
        QFile::remove(journalPath);
        AuditJournal journal(journalPath);
        BulkRevoker revoker(m_api.get(), &journal);
        QObject events; // the timers of this phase die with it
        stops.clear();
        for (Sandbox *s : servers)
            s->clearRequests();

        auto recordStop = [&](StopKind kind) {
            StopRecord record {
                kind, {servers[0]->requests().size(), servers[1]->requests().size()}, {}};
            for (const auto &[index, verb] : revoker.requestsOnWire()) {
                const DeleteTarget &t = revoker.items()[size_t(index)].target;
                record.onWire.insert(keyOf(t.key().username, t.key().clientId), verb);
            }
            stops.append(record);
            ++m_statsStops;
        };
        auto signOut = [&] {
            recordStop(StopKind::SignOut);
            revoker.stopForSignOut();
            m_api->endSession();
            current = {};
        };
        auto signInElsewhere = [&](bool otherServer) {
            recordStop(StopKind::Elsewhere);
            if (otherServer) {
                m_api->beginSession(y->url(), y->adminToken());
                current = elsewhere;
            } else {
                m_api->beginSession(x->url(), x->adminToken());
                current = someoneElse;
            }
            revoker.sessionChanged(current);
        };

        connect(&revoker, &BulkRevoker::authorizationRequired, &events, [&] {
            ++m_statsPauses;
            const int choice = pick(0, 5);
            QTimer::singleShot(pick(0, 20), &events, [&, choice] {
                if (!revoker.isRunning() || !revoker.isPaused())
                    return;
                switch (choice) {
                case 0:
                case 1: // signed in again, same server and identity: goes on
                    m_api->beginSession(x->url(), x->adminToken());
                    current = binding;
                    revoker.sessionChanged(current);
                    break;
                case 2:
                    signInElsewhere(true);
                    break;
                case 3:
                    signInElsewhere(false);
                    break;
                case 4:
                    signOut();
                    break;
                default:
                    recordStop(StopKind::Cancel);
                    revoker.cancel();
                    break;
                }
            });
        });
        if (chance(0.35)) {
            QTimer::singleShot(pick(0, 80), &events, [&] {
                if (revoker.isRunning()) {
                    recordStop(StopKind::Cancel);
                    revoker.cancel();
                }
            });
        }
        if (chance(0.12)) {
            QTimer::singleShot(pick(0, 80), &events, [&] {
                if (revoker.isRunning() && current.isValid())
                    signOut();
            });
        }
        if (chance(0.08)) {
            const bool otherServer = chance(0.5);
            QTimer::singleShot(pick(0, 60), &events, [&, otherServer] {
                if (revoker.isRunning() && current.isValid())
                    signInElsewhere(otherServer);
            });
        }
        if (chance(0.3)) {
            const int count = pick(1, 3);
            QTimer::singleShot(pick(0, 60), &events,
                               [x, count] { x->failNext(count, 401, "DELETE"); });
        }

        revoker.start(phaseTargets, binding, phaseMayHaveArrived);
        if (revoker.isRunning()) {
            QEventLoop loop;
            connect(&revoker, &BulkRevoker::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(15000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        CHECK(
            !revoker.isRunning(),
            QStringLiteral("the run did not end within 15 s (paused: %1)").arg(revoker.isPaused()));
        QTest::qWait(40); // a retry that should not happen would be sent by now
        CHECK(revoker.doneCount() == revoker.total(), QString());

        // Each DELETE went to the server it was confirmed for, and only for confirmed pairs.
        for (int s = 0; s < 2; ++s) {
            const auto requests = servers[s]->requests();
            for (const auto &r : requests) {
                if (r.method != "DELETE")
                    continue;
                CHECK(servers[s] == x, QStringLiteral("a DELETE reached the other server"));
                CHECK(confirmed.contains(keyOf(r)),
                      QStringLiteral("an unconfirmed DELETE: %1")
                          .arg(QString::fromUtf8(r.rawTarget)));
            }
        }
        // A pair with spaces around a name never took its trimmed twin with it.
        for (const TokenKey &twin : std::as_const(twins))
            CHECK(x->withStore([&](TokenStore &st) {
                return st.find(twin.username, twin.clientId).has_value();
            }),
                  QStringLiteral("%1/%2 was revoked by a DELETE of its name with spaces around "
                                 "it (the server trims names: %3)")
                      .arg(twin.username, twin.clientId)
                      .arg(variant.trimNames));
        // After each stop, only what was on the wire then (after a Cancel, one check each).
        for (const StopRecord &stop : std::as_const(stops)) {
            for (int s = 0; s < 2; ++s) {
                const auto requests = servers[s]->requests();
                // A request on the wire may reach the server up to three times: Qt's HTTP/1
                // stack sends it again by itself (twice at most) when its connection breaks
                // before an answer. Those are the same request, not a new one.
                QHash<QString, int> sends;
                QHash<QString, int> checks;
                for (qsizetype i = stop.mark[s]; i < requests.size(); ++i) {
                    const auto &r = requests[i];
                    const QString key = r.method == "DELETE" ? keyOf(r) : keyOfCheck(r);
                    if (stop.onWire.contains(key, r.method)
                        && ++sends[QString::fromLatin1(r.method) + QLatin1Char('\n') + key] <= 3)
                        continue;
                    // After a Cancel: one checking GET per pair (which Qt, too, may send
                    // again by itself on a broken connection).
                    CHECK(stop.kind == StopKind::Cancel && r.method == "GET" && ++checks[key] <= 3,
                          QString::fromLatin1(r.method + ' ' + r.rawTarget)
                              + QStringLiteral(" reached the server after a stop of kind %1 "
                                               "(%2 requests were on the wire then)")
                                    .arg(int(stop.kind))
                                    .arg(stop.onWire.size()));
                }
            }
        }
        // Outcomes agree with the server.
        for (const BulkRevoker::Item &item : revoker.items()) {
            ++m_statsOutcomes[int(item.outcome.kind)];
            const TokenKey &key = item.target.key();
            const bool there = bool(
                x->withStore([&](TokenStore &st) { return st.find(key.username, key.clientId); }));
            QString what = QStringLiteral("%1/%2 is %3 (%4)")
                               .arg(key.username, key.clientId,
                                    RevokeOutcome::name(item.outcome.kind), item.outcome.reason());
            // What the server saw of this pair, for the failure message.
            for (const auto &r : x->requests()) {
                if (keyOf(r) == keyOf(key.username, key.clientId)
                    || keyOfCheck(r) == keyOf(key.username, key.clientId))
                    what += QStringLiteral("; saw %1 -> %2")
                                .arg(QString::fromLatin1(r.method))
                                .arg(r.status);
            }
            if (!item.target.isValid()) {
                // Refused when its turn came, or not sent because the run stopped first.
                CHECK(item.outcome.kind == RevokeOutcome::Kind::Failed
                          || item.outcome.kind == RevokeOutcome::Kind::NotSent,
                      what);
                continue; // never sent; the pair need not exist
            }
            switch (item.outcome.kind) {
            case RevokeOutcome::Kind::Revoked:
            case RevokeOutcome::Kind::AlreadyGone:
                CHECK(!there, what + QStringLiteral(" but still on the server"));
                break;
            case RevokeOutcome::Kind::Failed:
            case RevokeOutcome::Kind::NotSent:
                CHECK(there, what + QStringLiteral(" but gone from the server"));
                break;
            case RevokeOutcome::Kind::Unknown:
            case RevokeOutcome::Kind::Pending:
                break;
            }
        }
        // The journal is whole: every line parses, each intent has one outcome line, each
        // DELETE received had an intent, every line names the run's server and identity.
        QFile file(journalPath);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            CHECK(bytes.isEmpty() || bytes.endsWith('\n'), QStringLiteral("a torn journal"));
            const QList<JournalEntry> entries = AuditJournal::read(journalPath);
            CHECK(entries.size() == bytes.count('\n'),
                  QStringLiteral("a journal line that does not parse"));
            QHash<QString, int> outcomesOf;
            QHash<QString, QString> intentKey;
            QSet<QString> intentKeys;
            for (const JournalEntry &e : entries) {
                CHECK(e.server == binding.server && e.identity == binding.identity,
                      QStringLiteral("a journal line for %1 as %2").arg(e.server, e.identity));
                if (e.event == QLatin1String("intent")) {
                    CHECK(!intentKey.contains(e.id), QStringLiteral("two intents with one id"));
                    intentKey.insert(e.id, keyOf(e.username, e.clientId));
                    intentKeys.insert(keyOf(e.username, e.clientId));
                } else {
                    CHECK(intentKey.contains(e.id),
                          QStringLiteral("an outcome line before its intent"));
                    ++outcomesOf[e.id];
                }
            }
            for (auto it = intentKey.cbegin(); it != intentKey.cend(); ++it)
                CHECK(outcomesOf.value(it.key()) == 1,
                      QStringLiteral("intent %1 has %2 outcome lines")
                          .arg(it.key())
                          .arg(outcomesOf.value(it.key())));
            for (const auto &r : x->requests()) {
                if (r.method == "DELETE")
                    CHECK(intentKeys.contains(keyOf(r)),
                          QStringLiteral("a DELETE without an intent line"));
            }
        }
        // Retry Failed, as the progress window offers it: only where the run was confirmed.
        if (retryTargets == nullptr) {
            retryTargets = &retryList;
            retryList = revoker.targetsToRetry(&retryMayHaveArrived);
        }
        return {};
    };

    const QString first = runPhase(targets, {});
    if (!first.isEmpty())
        return first;
    if (retryList.isEmpty() || !chance(0.4))
        return {};
    // The window offers Retry Failed only at the run's own server and identity. At another
    // server the run must refuse by itself (tried here); as someone else at the same server,
    // or signed out, it is not offered, so not tried.
    if (!current.sameAs(binding) && (!current.isValid() || current.server == binding.server))
        return {};
    ++m_statsRetries;
    const QString second = runPhase(retryList, retryMayHaveArrived);
    return second.isEmpty() ? QString() : QStringLiteral("Retry Failed: ") + second;
}

QTEST_GUILESS_MAIN(TestRevocationProperty)
#include "tst_revocationproperty.moc"
