#include "Cli.h"

#include "ApiError.h"
#include "CredentialStore.h"
#include "Settings.h"
#include "Tls.h"

#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cerrno>
#include <cstdio>

Cli::Cli(const CommandLine &commandLine, Settings *settings, QObject *parent)
    : QObject(parent), m_commandLine(commandLine), m_settings(settings), m_api(&m_network)
{
    // The console's saved servers, as they are; nothing is written to its settings.
    m_servers = ServerList::load(m_settings, nullptr, false);
}

Cli::~Cli() = default;

int Cli::run()
{
    const QString command = m_commandLine.commandName();
    if (m_commandLine.isSet(QStringLiteral("format")) && command != QLatin1String("export")) {
        const std::optional<Records::Format> format
            = Records::formatFromName(m_commandLine.value(QStringLiteral("format")));
        if (!format)
            return usage(tr("--format takes table, tsv, csv or json, not “%1”.")
                             .arg(m_commandLine.value(QStringLiteral("format"))));
        m_format = *format;
    } else {
        m_format = Terminal::stdoutIsTerminal() ? Records::Format::Table : Records::Format::Tsv;
    }
    int exit = Usage;
    if (command == QLatin1String("list"))
        exit = list();
    else if (command == QLatin1String("get"))
        exit = get();
    else if (command == QLatin1String("export"))
        exit = exportTokens();
    else if (command == QLatin1String("revoke"))
        exit = revoke();
    else if (command == QLatin1String("history"))
        exit = history();
    else if (command == QLatin1String("stats"))
        exit = stats();
    else
        return usage(tr("Name a command: list, get, export, revoke, history or stats."));
    // What was written must have arrived (a full disk, a closed pipe): else it was not done.
    if ((std::fflush(stdout) != 0 || std::ferror(stdout) || m_outputFailed) && !m_outputErrorSaid
        && (exit == Done || exit == SomeFailed)) {
        error(tr("The output could not be written: %1").arg(qt_error_string(errno)));
        return SomeFailed;
    }
    return exit;
}

int Cli::exitCodeFor(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Done;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::SessionEnded:
        return Authentication;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
        return Network;
    case ApiError::Kind::Cancelled:
        return Interrupted;
    case ApiError::Kind::Incomplete:
        return SomeFailed; // every answer came, but they do not add up: not done
    case ApiError::Kind::InvalidRequest:
        return Usage;
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::NotFound:
        // Before any target (the sign-in check, a list): a wrong address or a proxy in the
        // way. A pair without a token is decided where it is asked for (get: 1).
        return Network;
    }
    return Network;
}

void Cli::error(const QString &message) const
{
    QTextStream(stderr) << CommandLine::program() << ": " << Records::printable(message)
                        << Qt::endl;
}

void Cli::note(const QString &message) const
{
    QTextStream(stderr) << Records::printable(message) << Qt::endl;
}

int Cli::usage(const QString &message) const
{
    error(message);
    return Usage;
}

void Cli::printText(const QString &text) const
{
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    // On a terminal nothing written may move the cursor or change the screen, whatever a
    // username holds (tables escape their cells already; this covers every format).
    out << (Terminal::stdoutIsTerminal() ? Records::forTerminal(text) : text);
    out.flush();
    if (out.status() != QTextStream::Ok)
        m_outputFailed = true;
}

void Cli::print(const Records &records, const QString &jsonKey, QJsonObject meta) const
{
    switch (m_format) {
    case Records::Format::Table:
        printText(records.toTable());
        break;
    case Records::Format::Tsv:
        printText(records.toTsv());
        break;
    case Records::Format::Csv:
        printText(records.toCsv());
        break;
    case Records::Format::Json:
        printText(records.toJson(meta, jsonKey));
        break;
    }
}

bool Cli::chooseServer(int *exit)
{
    const bool byName = m_commandLine.isSet(QStringLiteral("server"));
    const bool byUrl = m_commandLine.isSet(QStringLiteral("base-url"));
    *exit = Usage;
    if (byName && byUrl) {
        error(tr("Give --server or --base-url, not both."));
        return false;
    }
    if (byName) {
        const QString name = m_commandLine.value(QStringLiteral("server"));
        const ServerProfile *saved = m_servers.findByName(name);
        if (!saved) {
            QStringList names;
            for (const ServerProfile &p : m_servers.servers())
                names.append(QStringLiteral("“%1”").arg(p.name));
            error(names.isEmpty()
                      ? tr("No server is saved under the name “%1” (the console saves none yet: "
                           "File > Servers).")
                            .arg(name)
                      : tr("No server is saved under the name “%1”. Saved: %2.")
                            .arg(name, names.join(QLatin1String(", "))));
            return false;
        }
        m_server = *saved;
        return true;
    }
    if (byUrl) {
        QUrl url;
        const QString problem
            = SignInController::checkBaseUrl(m_commandLine.value(QStringLiteral("base-url")), &url);
        if (!problem.isEmpty()) {
            error(problem);
            return false;
        }
        m_server = m_servers.serverFor(url);
        return true;
    }
    if (m_commandLine.isSet(QStringLiteral("token-stdin"))) {
        // A token goes only to the server the admin names, never to the last one used.
        error(tr("--token-stdin needs --server or --base-url: say which server the token is "
                 "for."));
        return false;
    }
    const std::optional<ServerProfile> remembered
        = m_servers.serverOfAccount(m_settings->value(Settings::Key::RememberedServer).toString());
    if (!remembered) {
        error(tr("Which server? Give --server NAME or --base-url URL (the console remembers no "
                 "session to use)."));
        return false;
    }
    m_server = *remembered;
    return true;
}

bool Cli::readRemembered(QString *token, SessionInfo *session)
{
    KeychainCredentialStore keychain;
    CredentialStore::Result result;
    QString account = m_server.keychainAccount();
    const auto read = [&](const QString &which) {
        QEventLoop loop;
        bool done = false;
        keychain.read(which, this, [&](const CredentialStore::Result &r) {
            result = r;
            done = true;
            loop.quit();
        });
        connect(&m_interrupt, &Interrupt::interrupted, &loop, &QEventLoop::quit);
        if (!done && !m_interrupt.happened())
            loop.exec();
    };
    read(account);
    if (m_interrupt.happened())
        return false;
    if (result.notFound && m_server.isSaved()) {
        // An entry of an earlier version, under the address (the console moves it later).
        account = ServerList::normalisedUrl(m_server.baseUrl);
        read(account);
    }
    if (!result.ok && !result.notFound) {
        error(tr("The system keychain could not be read: %1").arg(result.error));
        return false;
    }
    if (result.notFound || result.credentials.isEmpty()
        || !ServerList::belongsTo(result.credentials, account, m_server)) {
        error(tr("The console remembers no session for %1: sign in there with “Remember on "
                 "this computer”, or give a token with --token-stdin.")
                  .arg(m_server.baseUrl.toDisplayString()));
        return false;
    }
    *token = result.credentials.accessToken;
    session->refreshToken.clear(); // never used here: the console keeps the session going
    session->clientId = result.credentials.clientId;
    session->username = result.credentials.username;
    session->expiresAtMs = result.credentials.expiresAtMs;
    return true;
}

int Cli::connectToServer()
{
    int exit = Done;
    if (!chooseServer(&exit))
        return exit;
    // The CA files the console trusts for this server (the saved server's, the one chosen in
    // the sign-in dialog for its address), and --ca-file: all of them, for this server only.
    QList<std::pair<QUrl, QString>> caFiles;
    for (const QString &caFile :
         {m_server.caFile, m_settings->trustedCaFiles().value(Tls::origin(m_server.baseUrl)),
          m_commandLine.value(QStringLiteral("ca-file"))}) {
        if (!caFile.isEmpty())
            caFiles.append({m_server.baseUrl, caFile});
    }
    QStringList problems;
    m_network.replaceTrust(caFiles, &problems);
    if (!problems.isEmpty()) {
        error(problems.first());
        return Usage;
    }
    if (const QString everywhere = m_settings->value(Settings::Key::TrustedCaFile).toString();
        !everywhere.isEmpty())
        note(tr("%1 is no longer trusted for every server: choose it again in the console's "
                "sign-in dialog for the server it belongs to.")
                 .arg(everywhere));
    if (ApiUrls::isInsecureRemote(m_server.baseUrl))
        note(tr("Warning: %1 is not encrypted (http://): the token travels in clear text.")
                 .arg(m_server.baseUrl.toDisplayString()));

    SessionInfo session;
    session.baseUrl = m_server.baseUrl;
    if (m_commandLine.isSet(QStringLiteral("token-stdin"))) {
        m_stdinUsed = true;
        // The first line; a token has no line breaks.
        session.accessToken = Terminal::readToken().value_or(QString());
        if (Interrupt::pending())
            return Interrupted;
        if (session.accessToken.isEmpty()) {
            error(tr("No access token on standard input."));
            return Authentication;
        }
    } else if (!readRemembered(&session.accessToken, &session)) {
        return m_interrupt.happened() ? Interrupted : Authentication;
    }
    if (m_interrupt.happened())
        return Interrupted;

    SignInController check(&m_network);
    bool ok = false;
    ApiError failure;
    QString message;
    connect(&check, &SignInController::succeeded, this, [&](const SessionInfo &info) {
        ok = true;
        m_session = info;
    });
    connect(&check, &SignInController::failed, this, [&](const QString &text, const ApiError &why) {
        message = text;
        failure = why;
    });
    check.verify(session);
    if (check.isRunning()
        && !waitFor(&check, &SignInController::succeeded, &SignInController::failed)) {
        check.cancel();
        return Interrupted;
    }
    if (!ok) {
        QString text = message.isEmpty() ? failure.message() : message;
        if (!m_stdinUsed && failure.kind() == ApiError::Kind::Unauthorized)
            // The console's session ended (expired, revoked): say the two ways on.
            text += QLatin1Char(' ')
                + tr("The session the console remembered for %1 has ended: sign in there again, "
                     "or give a token with --token-stdin.")
                      .arg(m_server.baseUrl.toDisplayString());
        error(text);
        return failure.isError() ? exitCodeFor(failure) : Authentication;
    }
    m_api.beginSession(m_session.baseUrl, m_session.accessToken);
    m_api.setTimeoutMs(TokensApi::DefaultTimeoutMs);
    return Done;
}

bool Cli::listQuery(ListQuery *query, int *exit) const
{
    *exit = Usage;
    query->usernameFilter = m_commandLine.value(QStringLiteral("user"));
    query->clientIdFilter = m_commandLine.value(QStringLiteral("client"));
    const CommandLine::Command *command = CommandLine::command(m_commandLine.commandName());
    const bool hasOrder = command
        && std::any_of(command->options.begin(), command->options.end(),
                       [](const QCommandLineOption &o) {
                           return o.names().contains(QStringLiteral("order"));
                       });
    if (hasOrder && m_commandLine.isSet(QStringLiteral("order"))) {
        const QString text = m_commandLine.value(QStringLiteral("order"));
        static const QRegularExpression part(QStringLiteral("^(username|client_id)(:(asc|desc))?$"),
                                             QRegularExpression::CaseInsensitiveOption);
        const QStringList parts = text.split(QLatin1Char(','));
        const bool wellFormed = std::all_of(parts.begin(), parts.end(), [](const QString &p) {
            return part.match(p.trimmed()).hasMatch();
        });
        query->sort = TokenJson::decodeOrder(text);
        if (!wellFormed || query->sort.size() != parts.size()) {
            error(tr("--order takes username or client_id, each at most once, with :asc or :desc, "
                     "separated by commas (e.g. username:asc,client_id:desc), not “%1”.")
                      .arg(text));
            return false;
        }
    } else {
        query->sort = {SortKey {TokenField::Username, Qt::AscendingOrder}};
    }
    return true;
}

bool Cli::pairArguments(TokenKey *key, int *exit) const
{
    *exit = Usage;
    const QStringList args = m_commandLine.arguments();
    if (args.size() != 2) {
        error(tr("Give a username and a client id (two arguments; “--” before a username that "
                 "starts with a dash)."));
        return false;
    }
    *key = {args[0], args[1]};
    if (!key->isComplete()) {
        error(tr("Neither the username nor the client id may be empty."));
        return false;
    }
    return true;
}
