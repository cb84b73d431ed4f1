#pragma once

#include "CommandLine.h"
#include "Records.h"
#include "ServerProfiles.h"
#include "SignInController.h"
#include "Terminal.h"
#include "Tls.h"
#include "TokensApi.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

class ApiError;
class Settings;

// knetik-tokens: one command of it, run to the end. Where a command needs the server, it signs
// in first (connectToServer()); everything it sends goes through the same widget-free core as
// the console (TokensApi, BulkRevoker, TokenExporter, ListResolver, AuditJournal).
class Cli : public QObject
{
    Q_OBJECT

public:
    // The exit codes (CommandLine::exitCodes() says what each means).
    enum Exit {
        Done = 0,
        SomeFailed = 1,
        Usage = 2,
        Authentication = 3,
        Network = 4,
        Interrupted = 130
    };

    Cli(const CommandLine &commandLine, Settings *settings, QObject *parent = nullptr);
    ~Cli() override;

    // Runs the command; returns the exit code.
    int run();

    // The exit code for an error of the server or the network.
    static int exitCodeFor(const ApiError &error);

private:
    int list();
    int get();
    // After a list or an export: rows the server listed that do not match the filters were
    // left out (exit 1) or kept with --include-unmatched (exit 0); note says how many.
    int unmatchedExit(qint64 unmatched, const QString &note);
    int exportTokens();
    int history();
    int revoke();
    int stats();

    // Where and as whom: reads the token (standard input or the keychain), checks it with the
    // server, and begins the session. Done, or the exit code after a message.
    int connectToServer();
    // The server named by --server or --base-url, or the one the console remembered; false
    // (after a message, *exit set) when none can be chosen.
    bool chooseServer(int *exit);
    // Reads what the console remembered for the server; false (after a message) when nothing.
    bool readRemembered(QString *token, SessionInfo *session);

    // One line on standard error: "knetik-tokens: message".
    void error(const QString &message) const;
    void note(const QString &message) const; // a line on standard error, without the prefix
    int usage(const QString &message) const;
    // Writes records in the chosen format; JSON is {meta..., key: [rows]}.
    void print(const Records &records, const QString &jsonKey, QJsonObject meta = {}) const;
    void printText(const QString &text) const;
    // Runs the event loop until sender emits one of ends (signals which must come later, from the
    // loop) or Ctrl+C is pressed; false after Ctrl+C (then the caller stops what it started).
    template<typename Sender, typename... Signals> bool waitFor(Sender *sender, Signals... ends)
    {
        if (m_interrupt.happened())
            return false;
        QEventLoop loop;
        (connect(sender, ends, &loop, &QEventLoop::quit), ...);
        connect(&m_interrupt, &Interrupt::interrupted, &loop, &QEventLoop::quit);
        loop.exec();
        return !m_interrupt.happened();
    }
    // Waits for a call that carries a value: false after Ctrl+C (the call is then dropped);
    // else *value or *failure is set.
    template<typename T> bool waitForValue(ApiValueCall<T> *call, T *value, ApiError *failure)
    {
        QPointer<ApiCall> guard(call);
        connect(call, &ApiCall::finished, this, [call, value, failure] {
            *failure = call->error();
            if (!*failure)
                *value = call->value();
        });
        if (!waitFor(call, &ApiCall::finished)) {
            if (guard)
                guard->abandon();
            return false;
        }
        return true;
    }
    // The filters and sort of list and export; false after a usage message.
    bool listQuery(ListQuery *query, int *exit) const;
    // Two arguments: a username and a client id.
    bool pairArguments(TokenKey *key, int *exit) const;

    const CommandLine &m_commandLine;
    Settings *m_settings;
    Records::Format m_format = Records::Format::Table;
    TrustingNetwork m_network;
    TokensApi m_api;
    ServerList m_servers;
    ServerProfile m_server;
    SessionInfo m_session;
    bool m_stdinUsed = false; // the token came from standard input
    mutable bool m_outputFailed = false; // a write to standard output failed
    bool m_outputErrorSaid = false; // and a command said so already
    Interrupt m_interrupt;
};
