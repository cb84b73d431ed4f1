// knetik-tokens list, get, export and history (revoke is in RevokeCommand.cpp).
#include "AuditJournal.h"
#include "Cli.h"
#include "Settings.h"
#include "TokenExporter.h"

#include <QFile>
#include <QLocale>
#include <QTextStream>

#include <climits>
#include <memory>

namespace {

// Standard output when it is a terminal: what an export writes there is shown with its control
// characters escaped (a username cannot move the cursor); rows arrive whole, so UTF-8 too.
class TerminalOutput : public QIODevice
{
public:
    explicit TerminalOutput(QIODevice *target) : m_target(target) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const QByteArray shown = Records::forTerminal(QString::fromUtf8(data, size)).toUtf8();
        if (m_target->write(shown) != shown.size()) {
            setErrorString(m_target->errorString());
            return -1;
        }
        return size;
    }

private:
    QIODevice *m_target;
};

// A whole number from an option; nullopt when it is not one within [min, max].
std::optional<int> numberOption(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

int Cli::list()
{
    if (!m_commandLine.arguments().isEmpty())
        return usage(tr("list takes no arguments (filters are --user and --client)."));
    ListQuery query;
    int exit = Done;
    if (!listQuery(&query, &exit))
        return exit;
    const bool all = m_commandLine.isSet(QStringLiteral("all"));
    if (all
        && (m_commandLine.isSet(QStringLiteral("page"))
            || m_commandLine.isSet(QStringLiteral("size"))))
        return usage(tr("--all reads every page: give it without --page and --size."));
    if (m_commandLine.isSet(QStringLiteral("page"))) {
        const std::optional<int> page
            = numberOption(m_commandLine.value(QStringLiteral("page")), 1, TokenExporter::MaxPages);
        if (!page)
            return usage(tr("--page takes a number from 1."));
        query.page = *page;
    }
    if (m_commandLine.isSet(QStringLiteral("size"))) {
        const std::optional<int> size
            = numberOption(m_commandLine.value(QStringLiteral("size")), 1, ListQuery::MaxPageSize);
        if (!size)
            return usage(tr("--size takes a number from 1 to %1.").arg(ListQuery::MaxPageSize));
        query.size = *size;
    }
    if ((exit = connectToServer()) != Done)
        return exit;

    Records records({{QStringLiteral("username"), tr("USERNAME")},
                     {QStringLiteral("client_id"), tr("CLIENT ID")}});
    QJsonObject meta;
    QString footer;
    const QLocale locale;
    const bool includeUnmatched = m_commandLine.isSet(QStringLiteral("include-unmatched"));
    qint64 unmatched = 0;
    QString unmatchedNote;
    if (all) {
        TokenExporter reader(&m_api);
        reader.setParallel(m_settings->requestsAtOnce());
        reader.setIncludeUnmatched(includeUnmatched);
        ProgressLine progress;
        connect(&reader, &TokenExporter::progress, this,
                [&](qint64 read, qint64 total) { progress.update(tr("Reading"), read, total); });
        reader.collect(query);
        if (reader.isRunning() && !waitFor(&reader, &TokenExporter::finished)) {
            reader.cancel();
            return Interrupted;
        }
        progress.clear();
        if (!reader.succeeded()) {
            error(reader.error().message());
            return exitCodeFor(reader.error());
        }
        for (const TokenKey &key : reader.collected())
            records.append({key.username, key.clientId});
        meta.insert(QStringLiteral("total_elements"), qint64(reader.collected().size()));
        footer = tr("%n token(s)", nullptr, int(reader.collected().size()));
        unmatched = reader.unmatched();
        unmatchedNote = reader.unmatchedNote();
    } else {
        TokenPage page;
        ApiError failure;
        if (!waitForValue(m_api.listTokens(query), &page, &failure))
            return Interrupted;
        if (failure) {
            error(failure.message());
            return exitCodeFor(failure);
        }
        // A row that does not match the filters is not one of the answer (the contract's
        // filters are case-insensitive substrings; a server may ignore them).
        for (const TokenKey &key : std::as_const(page.content)) {
            if (!query.matches(key)) {
                ++unmatched;
                if (!includeUnmatched)
                    continue;
            }
            records.append({key.username, key.clientId});
        }
        if (unmatched > 0)
            unmatchedNote = tr("The server listed %n token(s) on this page that do not match "
                               "the filters (it may not support filtering): they are left out.",
                               nullptr, int(unmatched));
        meta.insert(QStringLiteral("page"), query.page);
        meta.insert(QStringLiteral("size"), query.size);
        meta.insert(QStringLiteral("total_elements"), page.totalElements);
        meta.insert(QStringLiteral("total_pages"), page.totalPages);
        meta.insert(QStringLiteral("last"), page.last);
        footer
            = tr("Page %1 of %2 · %3")
                  .arg(locale.toString(query.page), locale.toString(page.totalPages),
                       tr("%n token(s)", nullptr, int(qMin<qint64>(page.totalElements, INT_MAX))));
    }
    print(records, QStringLiteral("tokens"), meta);
    if (m_format == Records::Format::Table)
        printText(QLatin1Char('\n') + footer + QLatin1Char('\n'));
    return unmatchedExit(unmatched, unmatchedNote);
}

int Cli::unmatchedExit(qint64 unmatched, const QString &note)
{
    if (unmatched == 0)
        return Done;
    const bool included = m_commandLine.isSet(QStringLiteral("include-unmatched"));
    this->note(included ? tr("The server listed %n token(s) that do not match the filters (it may "
                             "not support filtering): they are included (--include-unmatched).",
                             nullptr, int(qMin<qint64>(unmatched, INT_MAX)))
                        : note + QLatin1Char(' ') + tr("--include-unmatched keeps them."));
    return included ? Done : SomeFailed;
}

int Cli::get()
{
    TokenKey key;
    int exit = Done;
    if (!pairArguments(&key, &exit))
        return exit;
    if ((exit = connectToServer()) != Done)
        return exit;
    TokenDetails details;
    ApiError failure;
    if (!waitForValue(m_api.getToken(key), &details, &failure))
        return Interrupted;
    if (failure.kind() == ApiError::Kind::NotFound) {
        error(tr("There is no token of “%1” for the client “%2”.").arg(key.username, key.clientId));
        return SomeFailed;
    }
    if (failure) {
        error(failure.message());
        return exitCodeFor(failure);
    }
    const bool show = m_commandLine.isSet(QStringLiteral("show-token"));
    Records records({{QStringLiteral("username"), tr("USERNAME")},
                     {QStringLiteral("client_id"), tr("CLIENT ID")},
                     {QStringLiteral("token"), tr("TOKEN")}});
    records.append({details.username, details.clientId,
                    show ? details.token : TokenDetails::masked(details.token)});
    QJsonObject meta;
    meta.insert(QStringLiteral("token_shown"), show);
    print(records, QStringLiteral("tokens"), meta);
    return Done;
}

int Cli::exportTokens()
{
    if (!m_commandLine.arguments().isEmpty())
        return usage(tr("export takes no arguments (filters are --user and --client)."));
    TokenExporter::Format format = TokenExporter::Format::Csv;
    if (m_commandLine.isSet(QStringLiteral("format"))) {
        const QString name = m_commandLine.value(QStringLiteral("format"));
        if (name == QLatin1String("jsonl"))
            format = TokenExporter::Format::JsonLines;
        else if (name != QLatin1String("csv"))
            return usage(tr("export writes csv or jsonl (JSON Lines), not “%1”.").arg(name));
    }
    ListQuery query;
    int exit = Done;
    if (!listQuery(&query, &exit))
        return exit;
    const QString path = m_commandLine.value(QStringLiteral("output"));
    if ((exit = connectToServer()) != Done)
        return exit;

    TokenExporter exporter(&m_api);
    exporter.setParallel(m_settings->requestsAtOnce());
    exporter.setIncludeUnmatched(m_commandLine.isSet(QStringLiteral("include-unmatched")));
    QFile standardOutput;
    std::unique_ptr<TerminalOutput> terminal;
    if (path.isEmpty()) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly)) {
            error(tr("Cannot write to standard output."));
            return SomeFailed;
        }
        if (Terminal::stdoutIsTerminal()) {
            terminal = std::make_unique<TerminalOutput>(&standardOutput);
            exporter.start(query, terminal.get(), format);
        } else {
            exporter.start(query, &standardOutput, format);
        }
    } else {
        QString problem;
        if (!exporter.start(query, path, format, &problem)) {
            error(tr("Cannot write %1: %2").arg(path, problem));
            return SomeFailed;
        }
    }
    ProgressLine progress;
    connect(&exporter, &TokenExporter::progress, this, [&](qint64 written, qint64 total) {
        progress.update(tr("Exporting"), written, total);
    });
    if (exporter.isRunning() && !waitFor(&exporter, &TokenExporter::finished)) {
        exporter.cancel();
        progress.clear();
        error(path.isEmpty() ? tr("Export cancelled.")
                             : tr("Export cancelled: %1 was not written.").arg(path));
        return Interrupted;
    }
    if (standardOutput.isOpen() && !standardOutput.flush()) {
        error(tr("Cannot write %1: %2").arg(tr("standard output"), standardOutput.errorString()));
        m_outputErrorSaid = true; // not again when the program ends
        return SomeFailed;
    }
    progress.clear();
    if (!exporter.succeeded()) {
        if (!exporter.fileError().isEmpty()) {
            error(tr("Cannot write %1: %2")
                      .arg(path.isEmpty() ? tr("standard output") : path, exporter.fileError()));
            return SomeFailed;
        }
        error(path.isEmpty()
                  ? (exporter.written() > 0
                         ? tr("%1 (what was written to standard output is not all of it)")
                               .arg(exporter.error().message())
                         : exporter.error().message())
                  : tr("%1 (%2 was not written)").arg(exporter.error().message(), path));
        return exitCodeFor(exporter.error());
    }
    const QLocale locale;
    if (Terminal::stderrIsTerminal() && !path.isEmpty())
        note(tr("Exported %n token(s) to %1 in %2 s.", nullptr, int(exporter.written()))
                 .arg(path, locale.toString(exporter.elapsedMs() / 1000.0, 'f', 1)));
    return unmatchedExit(exporter.unmatched(), exporter.unmatchedNote());
}

int Cli::history()
{
    if (!m_commandLine.arguments().isEmpty())
        return usage(tr("history takes no arguments."));
    // The lines of one server: a saved server's name, or an address.
    QString serverUrl;
    QString serverName;
    if (m_commandLine.isSet(QStringLiteral("server"))
        && m_commandLine.isSet(QStringLiteral("base-url")))
        return usage(tr("Give --server or --base-url, not both."));
    if (m_commandLine.isSet(QStringLiteral("server"))) {
        serverName = m_commandLine.value(QStringLiteral("server"));
        if (const ServerProfile *saved = m_servers.findByName(serverName))
            serverUrl = ServerList::normalisedUrl(saved->baseUrl);
        else
            note(tr("No server is saved under the name “%1”: only lines that carry that name "
                    "are shown (lines of a server that was not saved carry none: use "
                    "--base-url).")
                     .arg(serverName));
    } else if (m_commandLine.isSet(QStringLiteral("base-url"))) {
        QUrl url;
        const QString problem
            = SignInController::checkBaseUrl(m_commandLine.value(QStringLiteral("base-url")), &url);
        if (!problem.isEmpty())
            return usage(problem);
        serverUrl = ServerList::normalisedUrl(url);
    }
    const auto dateOption = [this](const QString &name, bool endOfDay, QDateTime *out) {
        if (!m_commandLine.isSet(name))
            return true;
        const QString text = m_commandLine.value(name);
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid()) {
            *out = (endOfDay ? date.addDays(1) : date).startOfDay();
            return true;
        }
        *out = QDateTime::fromString(text, Qt::ISODateWithMs);
        return out->isValid();
    };
    QDateTime since;
    QDateTime until;
    if (!dateOption(QStringLiteral("since"), false, &since)
        || !dateOption(QStringLiteral("until"), true, &until))
        return usage(tr("--since and --until take a date (2026-11-28) or a date and time "
                        "(2026-11-28T14:30:00)."));
    const QString outcome = m_commandLine.value(QStringLiteral("outcome"));
    const QStringList outcomes {QStringLiteral("revoked"), QStringLiteral("already-gone"),
                                QStringLiteral("failed"), QStringLiteral("unknown"),
                                QStringLiteral("not-sent")};
    if (!outcome.isEmpty() && !outcomes.contains(outcome))
        return usage(tr("--outcome takes revoked, already-gone, failed, unknown or not-sent."));

    const QString path = AuditJournal::defaultPath();
    QList<JournalEntry> entries;
    if (QFile::exists(path)) {
        QString problem;
        bool torn = false;
        entries = AuditJournal::read(path, &problem, &torn);
        if (!problem.isEmpty()) {
            error(problem);
            return SomeFailed;
        }
        if (torn)
            note(tr("The journal's last line is incomplete (a crash while it was written) and is "
                    "left out; the console sets it aside at its next revocation."));
    }
    const auto user = m_commandLine.value(QStringLiteral("user"));
    const auto client = m_commandLine.value(QStringLiteral("client"));
    QList<JournalEntry> chosen;
    for (const JournalEntry &e : std::as_const(entries)) {
        if ((m_commandLine.isSet(QStringLiteral("user")) && e.username != user)
            || (m_commandLine.isSet(QStringLiteral("client")) && e.clientId != client)
            || (since.isValid() && e.time < since) || (until.isValid() && e.time >= until)
            || (!outcome.isEmpty()
                && (e.event != QLatin1String("outcome") || e.outcome != outcome)))
            continue;
        if (!serverName.isEmpty() || !serverUrl.isEmpty()) {
            const bool byName = !serverName.isEmpty()
                && e.serverName.compare(serverName, Qt::CaseInsensitive) == 0;
            const bool byUrl
                = !serverUrl.isEmpty() && ServerList::normalisedUrl(QUrl(e.server)) == serverUrl;
            if (!byName && !byUrl)
                continue;
        }
        chosen.append(e);
    }
    // For a person: the columns that say what happened. For a script: every field, in the
    // order of the console's CSV export of the journal (the values as they are, see Records).
    const bool table = m_format == Records::Format::Table;
    QList<Records::Column> columns;
    if (table) {
        columns = {{QStringLiteral("time"), tr("TIME")},
                   {QStringLiteral("event"), tr("EVENT")},
                   {QStringLiteral("server"), tr("SERVER")},
                   {QStringLiteral("username"), tr("USERNAME")},
                   {QStringLiteral("client_id"), tr("CLIENT ID")},
                   {QStringLiteral("scope"), tr("SCOPE")},
                   {QStringLiteral("outcome"), tr("OUTCOME")},
                   {QStringLiteral("http_status"), tr("HTTP")},
                   {QStringLiteral("message"), tr("MESSAGE")}};
    } else {
        for (const char *key :
             {"time", "event", "id", "server", "identity", "username", "client_id", "scope",
              "outcome", "http_status", "message", "source", "server_name", "environment"})
            columns.append({QString::fromLatin1(key), {}});
    }
    Records records(columns);
    for (const JournalEntry &e : std::as_const(chosen)) {
        const QVariant status = e.httpStatus ? QVariant(e.httpStatus) : QVariant();
        if (table) {
            records.append({e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            e.event, e.serverName.isEmpty() ? e.server : e.serverName, e.username,
                            e.clientId, e.scope, e.outcome, status, e.message});
        } else {
            records.append({e.time.toString(Qt::ISODateWithMs), e.event, e.id, e.server, e.identity,
                            e.username, e.clientId, e.scope, e.outcome, status, e.message, e.source,
                            e.serverName, e.environment});
        }
    }
    print(records, QStringLiteral("entries"), QJsonObject {{QStringLiteral("journal"), path}});
    return Done;
}
