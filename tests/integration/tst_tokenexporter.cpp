// Export of every matching token (TokenExporter) against the sandbox: every match once, in the
// server's order, pages read in parallel and written in order; a cancelled or failed export
// leaves nothing under the chosen name; a list that changes while it is read is reported.
#include "SandboxClient.h"
#include "TokenExporter.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

#include <memory>

class TestTokenExporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void csvHasEveryMatchOnceInTheServersOrder();
    void jsonLinesToo();
    void pagesAreReadInParallelButNeverMoreThanSix();
    void cancelLeavesWhatWasThereBefore();
    void aFailedPageLeavesNoFile();
    void aChangingListIsIncompleteAndLeavesNoFile();
    void aRowListedTwiceWithTheSameTotalIsIncomplete_data();
    void aRowListedTwiceWithTheSameTotalIsIncomplete();
    void csvFieldsAreQuotedAndGuarded();
    void signingOutStopsTheExport();
    void pagesAnsweredAfterSignOutAreNotWritten();

private:
    // The server's own list for the query, from its store (not through the client).
    QList<TokenKey> serverRows(const ListQuery &query) const;
    static QList<TokenKey> readCsv(const QString &path);
    bool runExport(TokenExporter &exporter, const ListQuery &query, const QString &path,
                   TokenExporter::Format format = TokenExporter::Format::Csv);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokensApi> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTokenExporter::init()
{
    QVERIFY(startSandboxWithClient(m_sandbox, m_network, m_api, 4321, 5));
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestTokenExporter::cleanup()
{
    m_api.reset();
    m_network.reset();
    m_sandbox.reset();
    m_dir.reset();
}

QList<TokenKey> TestTokenExporter::serverRows(const ListQuery &query) const
{
    TokenStore::ListRequest request;
    request.usernameFilter = query.usernameFilter;
    request.clientIdFilter = query.clientIdFilter;
    for (const SortKey &key : query.sort)
        request.order.append({key.field == TokenField::Username ? TokenStore::Field::Username
                                                                : TokenStore::Field::ClientId,
                              key.order == Qt::AscendingOrder});
    QList<TokenKey> rows;
    for (request.page = 1;; ++request.page) {
        request.size = 1000;
        const auto page = m_sandbox->withStore([&](TokenStore &s) { return s.list(request); });
        for (const auto &pair : page.rows)
            rows.append({pair.username, pair.clientId});
        if (page.rows.size() < request.size)
            break;
    }
    return rows;
}

QList<TokenKey> TestTokenExporter::readCsv(const QString &path)
{
    // Enough of RFC 4180 for this file: quoted fields, doubled quotes, CRLF (a name may hold a
    // line break inside its quotes).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    QList<TokenKey> rows;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool header = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << std::exchange(field, {});
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            fields << std::exchange(field, {});
            if (!header) {
                // The formula guard's apostrophe is not part of the name.
                for (QString &f : fields) {
                    if (f.size() > 1 && f.front() == u'\''
                        && QStringLiteral("=+-@\t\r").contains(f.at(1)))
                        f.remove(0, 1);
                }
                rows.append({fields.value(0), fields.value(1)});
            }
            header = false;
            fields.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

bool TestTokenExporter::runExport(TokenExporter &exporter, const ListQuery &query,
                                  const QString &path, TokenExporter::Format format)
{
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    QString error;
    if (!exporter.start(query, path, format, &error)) {
        qWarning() << error;
        return false;
    }
    return finished.wait(60000) && finished.size() == 1;
}

void TestTokenExporter::csvHasEveryMatchOnceInTheServersOrder()
{
    ListQuery query;
    query.usernameFilter = QStringLiteral("a");
    query.sort
        = {{TokenField::ClientId, Qt::DescendingOrder}, {TokenField::Username, Qt::AscendingOrder}};
    query.page = 3; // ignored: every page is read
    query.size = 25;
    const QList<TokenKey> expected = serverRows(query);
    QVERIFY(expected.size() > 2000); // more than two pages of 1,000
    const QString path = m_dir->filePath(QStringLiteral("tokens.csv"));
    TokenExporter exporter(m_api.get());
    QVERIFY(runExport(exporter, query, path));
    QVERIFY(exporter.succeeded());
    QCOMPARE(exporter.written(), expected.size());
    QVERIFY(exporter.isComplete());
    QCOMPARE(exporter.rowsRead(), expected.size());
    QCOMPARE(exporter.unmatched(), 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readLine().startsWith("username,client_id\r\n"));
    const QList<TokenKey> rows = readCsv(path);
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        QVERIFY2(rows[i] == expected[i], qPrintable(QString::number(i)));
    // Never a token value.
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(!again.readAll().contains(m_sandbox->adminToken().toUtf8()));
}

void TestTokenExporter::jsonLinesToo()
{
    ListQuery query;
    query.clientIdFilter = QStringLiteral("web");
    const QList<TokenKey> expected = serverRows(query);
    QVERIFY(!expected.isEmpty());
    const QString path = m_dir->filePath(QStringLiteral("tokens.jsonl"));
    TokenExporter exporter(m_api.get());
    QVERIFY(runExport(exporter, query, path, TokenExporter::Format::JsonLines));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QList<TokenKey> rows;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        QVERIFY(line.endsWith('\n'));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.keys(), (QStringList {QStringLiteral("client_id"), QStringLiteral("username")}));
        rows.append({o.value(QStringLiteral("username")).toString(),
                     o.value(QStringLiteral("client_id")).toString()});
    }
    QCOMPARE(rows, expected);
}

void TestTokenExporter::pagesAreReadInParallelButNeverMoreThanSix()
{
    // Nine pages: more than can be asked at once.
    m_sandbox->withStore([](TokenStore &s) {
        for (int i = 0; i < 4000; ++i)
            s.put(QStringLiteral("extra-%1").arg(i), QStringLiteral("batch"), false);
        return 0;
    });
    m_sandbox->setLatencyMs(30);
    m_sandbox->resetPeakConcurrentRequests();
    TokenExporter exporter(m_api.get());
    QVERIFY(runExport(exporter, {}, m_dir->filePath(QStringLiteral("all.csv"))));
    QVERIFY(exporter.succeeded());
    QCOMPARE(exporter.written(), qint64(8321));
    QCOMPARE(exporter.pagesRead(), 9);
    QVERIFY(m_sandbox->peakConcurrentRequests() > 1);
    QVERIFY(m_sandbox->peakConcurrentRequests() <= TokenExporter::Parallel);
    // Pages asked or waiting to be written: the memory bound, whatever the connections allow.
    QCOMPARE(exporter.peakPagesHeld(), TokenExporter::Parallel);
}

void TestTokenExporter::cancelLeavesWhatWasThereBefore()
{
    const QString path = m_dir->filePath(QStringLiteral("tokens.csv"));
    {
        QFile before(path);
        QVERIFY(before.open(QIODevice::WriteOnly));
        before.write("what was there before\n");
    }
    m_sandbox->setLatencyMs(50);
    TokenExporter exporter(m_api.get());
    QSignalSpy progress(&exporter, &TokenExporter::progress);
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    QString error;
    QVERIFY(exporter.start({}, path, TokenExporter::Format::Csv, &error));
    QVERIFY(progress.wait(10000)); // a page was written to the temporary file
    exporter.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(exporter.wasCancelled());
    QVERIFY(!exporter.succeeded());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("what was there before\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files),
             QStringList {QStringLiteral("tokens.csv")});
}

void TestTokenExporter::aFailedPageLeavesNoFile()
{
    const QString path = m_dir->filePath(QStringLiteral("tokens.csv"));
    m_api->setRetryPolicy(RetryPolicy::never());
    m_sandbox->failNext(1, 500, "GET"); // the very first page
    TokenExporter exporter(m_api.get());
    QVERIFY(runExport(exporter, {}, path));
    QVERIFY(!exporter.succeeded());
    QCOMPARE(exporter.error().httpStatus(), 500);
    QVERIFY(!QFile::exists(path));
    QVERIFY(QDir(m_dir->path()).entryList(QDir::Files).isEmpty());
}

void TestTokenExporter::aChangingListIsIncompleteAndLeavesNoFile()
{
    // Newly issued tokens that sort first push every later row one page boundary further: a
    // row read at the end of one page shows up again at the start of the next, and the total
    // changes. Such a read proves nothing about "every token": no file.
    m_sandbox->setLatencyMs(40);
    ListQuery query;
    query.sort
        = {{TokenField::Username, Qt::AscendingOrder}, {TokenField::ClientId, Qt::AscendingOrder}};
    TokenExporter exporter(m_api.get());
    exporter.setParallel(1); // one page at a time, so that the insert lands between pages
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    bool inserted = false;
    connect(&exporter, &TokenExporter::progress, this, [&] {
        if (inserted)
            return;
        inserted = true;
        m_sandbox->withStore([](TokenStore &s) {
            for (int i = 0; i < 7; ++i)
                s.put(QStringLiteral("!!first-%1").arg(i), QStringLiteral("web"), false);
            return 0;
        });
    });
    const QString path = m_dir->filePath(QStringLiteral("tokens.csv"));
    QString error;
    QVERIFY(exporter.start(query, path, TokenExporter::Format::Csv, &error));
    QVERIFY(finished.wait(60000));
    QVERIFY(!exporter.succeeded());
    QVERIFY(!exporter.isComplete());
    QCOMPARE(exporter.error().kind(), ApiError::Kind::Incomplete);
    QCOMPARE(exporter.total(), qint64(4321));
    QVERIFY2(exporter.error().message().contains(QStringLiteral("4,328")),
             qPrintable(exporter.error().message()));
    QVERIFY(!QFile::exists(path));
}

void TestTokenExporter::aRowListedTwiceWithTheSameTotalIsIncomplete_data()
{
    QTest::addColumn<int>("pageSizeLimit");
    QTest::newRow("5 pages: the hashes merged as they come") << 0;
    QTest::newRow("44 pages: merged on their own thread") << 100;
}

void TestTokenExporter::aRowListedTwiceWithTheSameTotalIsIncomplete()
{
    QFETCH(int, pageSizeLimit);
    Sandbox::Variant variant;
    variant.pageSizeLimit = pageSizeLimit;
    m_sandbox->setVariant(variant);
    // One token issued that sorts first and one revoked that sorts last, between two pages:
    // the total stays 4,321 and every page holds what it should, but the last row of page 1
    // is listed again at the start of page 2, and one row is never listed. Only the pairs seen
    // twice tell (their hashes, merged on their own thread as the pages come).
    m_sandbox->setLatencyMs(20);
    ListQuery query;
    query.sort
        = {{TokenField::Username, Qt::AscendingOrder}, {TokenField::ClientId, Qt::AscendingOrder}};
    const QList<TokenKey> before = serverRows(query);
    TokenExporter exporter(m_api.get());
    exporter.setParallel(1); // one page at a time, so that the change lands between pages
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    bool changed = false;
    connect(&exporter, &TokenExporter::progress, this, [&] {
        if (std::exchange(changed, true))
            return;
        m_sandbox->withStore([&before](TokenStore &s) {
            s.put(QStringLiteral("!!first"), QStringLiteral("web"), false);
            return s.remove(before.last().username, before.last().clientId);
        });
    });
    exporter.collect(query);
    QVERIFY(finished.wait(60000));
    QVERIFY(changed);
    QCOMPARE(exporter.total(), qint64(4321));
    QVERIFY(!exporter.succeeded());
    QVERIFY(!exporter.isComplete());
    QCOMPARE(exporter.error().kind(), ApiError::Kind::Incomplete);
    QVERIFY2(exporter.error().message().contains(QStringLiteral("listed twice")),
             qPrintable(exporter.error().message()));
}

void TestTokenExporter::csvFieldsAreQuotedAndGuarded()
{
    QCOMPARE(TokenExporter::csvField(QStringLiteral("ada")), QStringLiteral("\"ada\""));
    QCOMPARE(TokenExporter::csvField(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
    QCOMPARE(TokenExporter::csvField(QStringLiteral("a,b\nc")), QStringLiteral("\"a,b\nc\""));
    for (const char *lead : {"=", "+", "-", "@", "\t", "\r"}) {
        const QString name = QLatin1String(lead) + QStringLiteral("SUM(A1)");
        QCOMPARE(TokenExporter::csvField(name),
                 QStringLiteral("\"'") + name + QStringLiteral("\""));
    }
}

void TestTokenExporter::signingOutStopsTheExport()
{
    m_sandbox->setLatencyMs(40);
    TokenExporter exporter(m_api.get());
    exporter.setParallel(1);
    QSignalSpy progress(&exporter, &TokenExporter::progress);
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    const QString path = m_dir->filePath(QStringLiteral("tokens.csv"));
    QString error;
    QVERIFY(exporter.start({}, path, TokenExporter::Format::Csv, &error));
    QVERIFY(progress.wait(10000));
    m_api->endSession();
    m_sandbox->clearRequests();
    QVERIFY(finished.wait(10000));
    QVERIFY(!exporter.succeeded());
    QCOMPARE(exporter.error().kind(), ApiError::Kind::SessionEnded);
    // The page already on the wire at Sign Out may arrive; nothing is asked after it, with any
    // token.
    const qsizetype atEnd = m_sandbox->requests().size();
    QVERIFY(atEnd <= 1);
    QTest::qWait(300);
    QCOMPARE(m_sandbox->requests().size(), atEnd);
    QVERIFY(!QFile::exists(path));
}

// Pages already asked (6 at once) and answered after the session ended are not written: the
// export fails and leaves no file.
void TestTokenExporter::pagesAnsweredAfterSignOutAreNotWritten()
{
    m_sandbox->setLatencyMs(60);
    TokenExporter exporter(m_api.get());
    QSignalSpy progress(&exporter, &TokenExporter::progress);
    QSignalSpy finished(&exporter, &TokenExporter::finished);
    const QString path = m_dir->filePath(QStringLiteral("tokens.csv"));
    QString error;
    QVERIFY(exporter.start({}, path, TokenExporter::Format::Csv, &error));
    QVERIFY(progress.wait(10000)); // page 1 written; pages 2-5 asked
    m_api->endSession();
    QVERIFY(finished.wait(10000));
    QVERIFY(!exporter.succeeded());
    QCOMPARE(exporter.error().kind(), ApiError::Kind::SessionEnded);
    QCOMPARE(exporter.pagesRead(), 1);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestTokenExporter)
#include "tst_tokenexporter.moc"
