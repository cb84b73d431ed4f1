// Applying a 1,000-row page: decoding the JSON plus the model reset. Target: median <= 2 ms.
//   bench_tokenpage -median 21        (QBENCHMARK; -median N repeats N times, reports the median)
#include "TokenJson.h"
#include "TokenTableModel.h"
#include "TokensApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

class BenchTokenPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decodeOnly();
    void decodeAndApply();

private:
    QByteArray m_body;
};

void BenchTokenPage::initTestCase()
{
    // Names of the lengths and characters the sandbox seeds.
    QJsonArray content;
    for (int i = 0; i < 1000; ++i) {
        content.append(QJsonObject {
            {QStringLiteral("username"),
             QStringLiteral("user.number-%1 zoë/ü+%2").arg(i).arg(i * 7)},
            {QStringLiteral("client_id"), QStringLiteral("client-%1.json").arg(i % 30)}});
    }
    m_body = QJsonDocument(QJsonObject {{QStringLiteral("content"), content},
                                        {QStringLiteral("first"), true},
                                        {QStringLiteral("last"), false},
                                        {QStringLiteral("number"), 0},
                                        {QStringLiteral("number_of_elements"), 1000},
                                        {QStringLiteral("size"), 1000},
                                        {QStringLiteral("total_elements"), 1000000},
                                        {QStringLiteral("total_pages"), 1000}})
                 .toJson(QJsonDocument::Compact);
}

void BenchTokenPage::decodeOnly()
{
    TokenPage page;
    QString error;
    QBENCHMARK
    {
        QVERIFY(TokenJson::decodePage(m_body, &page, &error));
    }
    QCOMPARE(page.content.size(), 1000);
}

void BenchTokenPage::decodeAndApply()
{
    QNetworkAccessManager network;
    TokensApi api(&network);
    TokenTableModel model(&api);
    QBENCHMARK
    {
        TokenPage page;
        QString error;
        QVERIFY(TokenJson::decodePage(m_body, &page, &error));
        model.applyPage(page);
    }
    QCOMPARE(model.rowCount(), 1000);
}

QTEST_GUILESS_MAIN(BenchTokenPage)
#include "bench_tokenpage.moc"
