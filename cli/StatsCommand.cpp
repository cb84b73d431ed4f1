// knetik-tokens stats: the shape of the tokens (TokenStats), as a report or as data.
#include "Cli.h"
#include "Settings.h"
#include "TokenStats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

int Cli::stats()
{
    if (!m_commandLine.arguments().isEmpty())
        return usage(tr("stats takes no arguments (filters are --user and --client)."));
    const QString by = m_commandLine.value(QStringLiteral("by"));
    if (!by.isEmpty() && by != QLatin1String("client") && by != QLatin1String("user"))
        return usage(tr("--by takes client or user, not “%1”.").arg(by));
    int top = 20;
    if (m_commandLine.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = m_commandLine.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1 || top > 1000)
            return usage(tr("--top takes a number from 1 to 1000, not “%1”.")
                             .arg(m_commandLine.value(QStringLiteral("top"))));
    }
    ListQuery query;
    int exit = Done;
    if (!listQuery(&query, &exit))
        return exit;
    if ((exit = connectToServer()) != Done)
        return exit;

    TokenStats stats(&m_api);
    stats.setParallel(m_settings->requestsAtOnce());
    ProgressLine progress;
    connect(&stats, &TokenStats::progress, this,
            [&](qint64 read, qint64 total) { progress.update(tr("Counting"), read, total); });
    stats.start(query, top);
    if (stats.isRunning() && !waitFor(&stats, &TokenStats::finished)) {
        stats.cancel();
        progress.clear();
        error(tr("Counting cancelled: no figures (they would be of part of the tokens)."));
        return Interrupted;
    }
    progress.clear();
    if (!stats.succeeded()) {
        // Figures of a read that is not proved complete would be wrong without saying so.
        error(tr("No figures: %1").arg(stats.error().message()));
        return exitCodeFor(stats.error()) == Done ? SomeFailed : exitCodeFor(stats.error());
    }
    const TokenStats::Figures &f = stats.figures();
    const bool clients = by.isEmpty() || by == QLatin1String("client");
    const bool users = by.isEmpty() || by == QLatin1String("user");
    const QLocale locale;

    if (m_format == Records::Format::Json) {
        const auto entries = [](const QList<NameCounts::Entry> &list, const QString &key) {
            QJsonArray array;
            for (const NameCounts::Entry &e : list)
                array.append(QJsonObject {{key, e.name}, {QStringLiteral("tokens"), e.count}});
            return array;
        };
        QJsonObject o {{QStringLiteral("tokens"), f.tokens},
                       {QStringLiteral("users"), f.users},
                       {QStringLiteral("clients"), f.clients},
                       {QStringLiteral("median_tokens_per_user"), f.medianPerUser},
                       {QStringLiteral("median_tokens_per_client"), f.medianPerClient},
                       {QStringLiteral("read_at"), f.readAt.toString(Qt::ISODateWithMs)}};
        if (clients) {
            o.insert(QStringLiteral("top_clients"),
                     entries(f.topClients, QStringLiteral("client_id")));
            o.insert(QStringLiteral("other_clients"),
                     QJsonObject {{QStringLiteral("clients"), f.otherClients},
                                  {QStringLiteral("tokens"), f.otherClientTokens}});
        }
        if (users) {
            o.insert(QStringLiteral("top_users"), entries(f.topUsers, QStringLiteral("username")));
            o.insert(QStringLiteral("other_users"),
                     QJsonObject {{QStringLiteral("users"), f.otherUsers},
                                  {QStringLiteral("tokens"), f.otherUserTokens}});
        }
        QJsonArray bins;
        for (const TokenStats::Bin &bin : f.usersByTokens) {
            bins.append(
                QJsonObject {{QStringLiteral("from"), bin.from},
                             {QStringLiteral("to"), bin.to < 0 ? QJsonValue() : QJsonValue(bin.to)},
                             {QStringLiteral("users"), bin.users}});
        }
        o.insert(QStringLiteral("users_by_tokens"), bins);
        QJsonArray outliers;
        for (const TokenStats::Outlier &out : f.outliers) {
            outliers.append(QJsonObject {{QStringLiteral("kind"),
                                          out.kind == TokenStats::Outlier::Kind::User
                                              ? QStringLiteral("user")
                                              : QStringLiteral("client")},
                                         {QStringLiteral("name"), out.name},
                                         {QStringLiteral("tokens"), out.count},
                                         {QStringLiteral("median"), out.median}});
        }
        o.insert(QStringLiteral("outliers"), outliers);
        o.insert(QStringLiteral("more_outliers"),
                 QJsonObject {{QStringLiteral("users"), f.moreUserOutliers},
                              {QStringLiteral("clients"), f.moreClientOutliers}});
        o.insert(QStringLiteral("outlier_rule"),
                 QJsonObject {{QStringLiteral("times_median"), TokenStats::OutlierFactor},
                              {QStringLiteral("at_least"), TokenStats::OutlierMinimum}});
        printText(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
    } else if (m_format == Records::Format::Table) {
        // A report for a person: a heading, then each part as an aligned table.
        printText(tr("%1 tokens, %2 users, %3 clients (read %4)")
                      .arg(locale.toString(f.tokens), locale.toString(f.users),
                           locale.toString(f.clients),
                           locale.toString(f.readAt, QLocale::ShortFormat))
                  + QStringLiteral("\n\n"));
        const auto part = [&](const QString &title, const QList<NameCounts::Entry> &largest,
                              const QString &nameTitle, qint64 others, qint64 otherTokens,
                              const QString &othersText) {
            Records records(
                {{QStringLiteral("name"), nameTitle}, {QStringLiteral("tokens"), tr("TOKENS")}});
            for (const NameCounts::Entry &e : largest)
                records.append({e.name, locale.toString(e.count)});
            if (others > 0)
                records.append({othersText, locale.toString(otherTokens)});
            printText(title + QLatin1Char('\n') + records.toTable() + QLatin1Char('\n'));
        };
        if (clients) {
            part(tr("Tokens per client (median %1)").arg(number(f.medianPerClient)), f.topClients,
                 tr("CLIENT"), f.otherClients, f.otherClientTokens,
                 tr("(%n other client(s))", nullptr, int(qMin<qint64>(f.otherClients, INT_MAX))));
        }
        if (users) {
            part(tr("Tokens per user (median %1)").arg(number(f.medianPerUser)), f.topUsers,
                 tr("USER"), f.otherUsers, f.otherUserTokens,
                 tr("(%n other user(s))", nullptr, int(qMin<qint64>(f.otherUsers, INT_MAX))));
        }
        Records bins(
            {{QStringLiteral("tokens"), tr("TOKENS")}, {QStringLiteral("users"), tr("USERS")}});
        for (const TokenStats::Bin &bin : f.usersByTokens)
            bins.append({bin.label(), locale.toString(bin.users)});
        printText(tr("Users by number of tokens") + QLatin1Char('\n') + bins.toTable()
                  + QLatin1Char('\n'));
        QString outliers
            = tr("Outliers") + QLatin1Char('\n') + TokenStats::ruleText() + QLatin1Char('\n');
        if (f.outliers.isEmpty())
            outliers += tr("None.") + QLatin1Char('\n');
        for (const TokenStats::Outlier &out : f.outliers) {
            outliers += QStringLiteral("  ")
                + (out.kind == TokenStats::Outlier::Kind::User
                       ? tr("user %1: %Ln token(s) (median %2)", nullptr, int(out.count))
                       : tr("client %1: %Ln token(s) (median %2)", nullptr, int(out.count)))
                      .arg(Records::printable(out.name), number(out.median))
                + QLatin1Char('\n');
        }
        if (f.moreUserOutliers > 0)
            outliers += QStringLiteral("  ")
                + tr("and %n more user(s)", nullptr, int(qMin<qint64>(f.moreUserOutliers, INT_MAX)))
                + QLatin1Char('\n');
        if (f.moreClientOutliers > 0)
            outliers += QStringLiteral("  ")
                + tr("and %n more client(s)", nullptr,
                     int(qMin<qint64>(f.moreClientOutliers, INT_MAX)))
                + QLatin1Char('\n');
        printText(outliers);
    } else {
        // TSV or CSV: one row per figure, in sections a script can pick out.
        Records records({{QStringLiteral("section"), QStringLiteral("SECTION")},
                         {QStringLiteral("name"), QStringLiteral("NAME")},
                         {QStringLiteral("count"), QStringLiteral("COUNT")}});
        const QString summary = QStringLiteral("summary");
        records.append({summary, QStringLiteral("tokens"), f.tokens});
        records.append({summary, QStringLiteral("users"), f.users});
        records.append({summary, QStringLiteral("clients"), f.clients});
        records.append({summary, QStringLiteral("median_tokens_per_user"), f.medianPerUser});
        records.append({summary, QStringLiteral("median_tokens_per_client"), f.medianPerClient});
        if (clients) {
            for (const NameCounts::Entry &e : f.topClients)
                records.append({QStringLiteral("client"), e.name, e.count});
            records.append({QStringLiteral("other_clients"), QString::number(f.otherClients),
                            f.otherClientTokens});
        }
        if (users) {
            for (const NameCounts::Entry &e : f.topUsers)
                records.append({QStringLiteral("user"), e.name, e.count});
            records.append(
                {QStringLiteral("other_users"), QString::number(f.otherUsers), f.otherUserTokens});
        }
        for (const TokenStats::Bin &bin : f.usersByTokens) {
            records.append({QStringLiteral("users_by_tokens"),
                            bin.to < 0 ? QStringLiteral("%1+").arg(bin.from)
                                : bin.from == bin.to
                                ? QString::number(bin.from)
                                : QStringLiteral("%1-%2").arg(bin.from).arg(bin.to),
                            bin.users});
        }
        for (const TokenStats::Outlier &out : f.outliers) {
            records.append({out.kind == TokenStats::Outlier::Kind::User
                                ? QStringLiteral("outlier_user")
                                : QStringLiteral("outlier_client"),
                            out.name, out.count});
        }
        print(records, QString());
    }
    return unmatchedExit(stats.unmatched(), stats.unmatchedNote());
}
