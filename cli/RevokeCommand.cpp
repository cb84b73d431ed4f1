// knetik-tokens revoke: what it revokes, how many tokens that is, the confirmation, the run
// (BulkRevoker, as the console's), and each target's outcome.
#include "AuditJournal.h"
#include "BulkRevoker.h"
#include "Cli.h"
#include "ListResolver.h"
#include "ListRevocation.h"
#include "OwnTokenFinder.h"
#include "RevocationRun.h"
#include "RevokeList.h"
#include "Settings.h"
#include "TokenMatchCounter.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <optional>

namespace {

constexpr int OwnTokenCheckUpTo = 1000; // as the console's confirmation: a GET per pair

QString scopeText(const DeleteTarget &target)
{
    return AuditJournal::scopeName(target.scope());
}

} // namespace

int Cli::revoke()
{
    const QStringList args = m_commandLine.arguments();
    const bool fromFile = m_commandLine.isSet(QStringLiteral("from-file"));
    const bool byUser = m_commandLine.isSet(QStringLiteral("user"));
    const bool byClient = m_commandLine.isSet(QStringLiteral("client"));
    const bool wide = byUser || byClient;
    const bool dryRun = m_commandLine.isSet(QStringLiteral("dry-run"));
    if (int(!args.isEmpty()) + int(fromFile) + int(byUser) + int(byClient) != 1)
        return usage(tr("Say what to revoke, one way only: pairs (USERNAME CLIENT_ID ...), "
                        "--from-file FILE, --user NAME or --client ID."));
    if (args.size() % 2 != 0)
        return usage(tr("Pairs come as a username and a client id each: %n argument(s) is not "
                        "a whole number of pairs.",
                        nullptr, int(args.size())));

    if (!m_commandLine.isSet(QStringLiteral("server"))
        && !m_commandLine.isSet(QStringLiteral("base-url")))
        // Not the server the console happened to remember last: a revocation names its server.
        return usage(tr("Say on which server to revoke: --server NAME or --base-url URL."));

    // What the admin named, checked before anything is sent.
    QList<DeleteTarget> targets;
    QList<RevokeListLine> lines;
    QString listName;
    QString wideName;
    if (!args.isEmpty()) {
        QSet<TokenKey> seen;
        for (qsizetype i = 0; i < args.size(); i += 2) {
            const TokenKey key {args[i], args[i + 1]};
            const DeleteTarget target = DeleteTarget::token(key);
            if (!target.isValid())
                return usage(tr("Pair %1: %2").arg(i / 2 + 1).arg(target.whyInvalid()));
            if (!seen.contains(key)) // a pair given twice is revoked once
                targets.append(target);
            seen.insert(key);
        }
    } else if (wide) {
        wideName = m_commandLine.value(byUser ? QStringLiteral("user") : QStringLiteral("client"));
        const DeleteTarget target
            = byUser ? DeleteTarget::allOfUser(wideName) : DeleteTarget::allOfClient(wideName);
        if (!target.isValid())
            return usage(target.whyInvalid());
        targets.append(target);
    } else {
        const QString path = m_commandLine.value(QStringLiteral("from-file"));
        QString text;
        QString problem;
        if (path == QLatin1String("-")) {
            if (m_commandLine.isSet(QStringLiteral("token-stdin")))
                return usage(tr("Standard input carries the token (--token-stdin): give the list "
                                "as a file."));
            if (Terminal::stdinIsTerminal())
                note(tr("Type or paste the list, one entry per line, then press Ctrl+D."));
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)
                || !RevokeList::readDevice(&in, &text, &problem))
                return usage(problem.isEmpty() ? tr("Cannot read standard input.") : problem);
            m_stdinUsed = true;
        } else if (!RevokeList::readFile(path, &text, &problem)) {
            return usage(problem);
        } else {
            listName = QFileInfo(path).fileName();
        }
        lines = RevokeList::parse(text);
    }

    int exit = connectToServer();
    if (exit != Done)
        return exit;
    const QLocale locale;
    const int cap = m_settings->requestsAtOnce();
    // Nothing to revoke: still one document for a script (no requests, no results).
    const auto printNothing = [&] {
        if (m_format == Records::Format::Table)
            return; // the notes said it
        Records none({{QStringLiteral("username"), tr("USERNAME")},
                      {QStringLiteral("client_id"), tr("CLIENT ID")}});
        print(none, dryRun ? QStringLiteral("requests") : QStringLiteral("results"),
              QJsonObject {{QStringLiteral("dry_run"), dryRun},
                           {QStringLiteral("server"), m_server.baseUrl.toString()},
                           {QStringLiteral("tokens"), 0}});
    };
    const std::optional<TokenKey> identity = m_session.identity();

    // How many tokens it is: the lines of a list read and matched exactly; a user's or client's
    // tokens counted.
    ListRevocation list;
    QHash<TokenKey, int> lineOf; // a list's token -> the first line that names it
    int linesWithProblems = 0;
    qint64 count = targets.size();
    if (fromFile) {
        ListResolver resolver(&m_api);
        resolver.setRequestsAtOnce(cap);
        ProgressLine progress;
        connect(&resolver, &ListResolver::progress, this, [&](int checked, int toCheck) {
            progress.update(tr("Checking the list"), checked, toCheck);
        });
        resolver.start(lines);
        if (resolver.isRunning() && !waitFor(&resolver, &ListResolver::finished)) {
            resolver.cancel();
            note(tr("Cancelled: nothing was revoked."));
            return Interrupted;
        }
        progress.clear();
        list.setLines(lines, listName);
        if (!resolver.succeeded()) {
            ApiError first;
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const ListLineResult &r = resolver.results().at(i);
                if (r.state == ListLineResult::State::Failed) {
                    error(tr("Line %1 (%2) could not be checked: %3")
                              .arg(lines[i].number)
                              .arg(lines[i].targetText(), r.error.message()));
                    if (!first)
                        first = r.error;
                }
            }
            error(tr("Nothing was revoked: every line must be checked first."));
            return exitCodeFor(first);
        }
        list.setResults(resolver.results(), resolver.session());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const RevokeListLine &line = lines[i];
            const ListLineResult &r = list.result(int(i));
            if (line.kind == RevokeListLine::Kind::Malformed) {
                ++linesWithProblems;
                note(tr("Line %1 is not understood and is left out: %2 (“%3”)")
                         .arg(line.number)
                         .arg(line.problem, line.text));
                continue;
            }
            if (!line.isTarget())
                continue;
            for (const TokenKey &key : r.matches)
                lineOf.insert(key, lineOf.value(key, line.number));
            QString found = r.sameAsLine ? tr("the same as line %1").arg(r.sameAsLine)
                                         : tr("%n token(s)", nullptr, int(r.matches.size()));
            if (!r.caseOnly.isEmpty())
                found += tr("; %n more only when case is ignored, left out", nullptr,
                            int(r.caseOnly.size()));
            if (!r.withoutSpaces.isEmpty())
                found += tr("; %n more without the spaces around the name, left out", nullptr,
                            int(r.withoutSpaces.size()));
            note(tr("Line %1: %2: %3").arg(line.number).arg(line.targetText(), found));
        }
        targets.clear();
        for (const TokenKey &key : list.targets()) {
            // A pair the server lists that cannot be sent as it is (a blank name, one that is
            // not valid Unicode): left out and named, as the console does; never printed as a
            // request nor counted in --yes.
            const DeleteTarget target = DeleteTarget::token(key);
            if (target.isValid()) {
                targets.append(target);
                continue;
            }
            ++linesWithProblems;
            note(tr("Left out, it cannot be sent: “%1” / “%2” (line %3): %4")
                     .arg(key.username, key.clientId)
                     .arg(lineOf.value(key))
                     .arg(target.whyInvalid()));
        }
        count = targets.size();
    }
    // A user's or client's tokens now, exactly (the server's filter matches parts of names and
    // ignores case); nullopt after a message (*exit set).
    const auto countWide = [&](int *countExit, bool again) -> std::optional<qint64> {
        TokenMatchCounter counter(&m_api, byUser ? TokenField::Username : TokenField::ClientId,
                                  wideName);
        counter.setParallel(cap);
        ApiError failure;
        bool failed = false;
        connect(&counter, &TokenMatchCounter::failed, this, [&](const ApiError &e) {
            failure = e;
            failed = true;
        });
        counter.start();
        if (!waitFor(&counter, &TokenMatchCounter::finished, &TokenMatchCounter::failed)) {
            counter.cancel();
            note(tr("Cancelled: nothing was revoked."));
            *countExit = Interrupted;
            return std::nullopt;
        }
        if (failed) {
            error(tr("The tokens could not be counted, nothing was revoked: %1")
                      .arg(failure.message()));
            *countExit = exitCodeFor(failure);
            return std::nullopt;
        }
        if (!again && !counter.caseOnlyMatches().isEmpty())
            note(tr("%n token(s) of a name that differs only in case are not counted; some "
                    "servers would revoke them too.",
                    nullptr, int(counter.caseOnlyMatches().size())));
        if (!again && counter.notMatchingFilter() > 0)
            note(counter.notMatchingNote());
        return qint64(counter.matches().size());
    };
    if (wide) {
        if (wideName != wideName.trimmed())
            note(tr("The name “%1” has spaces around it: they are part of it.").arg(wideName));
        const std::optional<qint64> counted = countWide(&exit, false);
        if (!counted)
            return exit;
        count = *counted;
        if (count == 0) {
            // As the console: nothing of that name now, so no DELETE that could match others.
            note(byUser ? tr("Nothing to revoke: the user “%1” has no token.").arg(wideName)
                        : tr("Nothing to revoke: the client “%1” has no token.").arg(wideName));
            printNothing();
            return Done;
        }
    }

    // The console's own token (the one this program signs in with) goes last, alone.
    int ownLast = 0;
    std::optional<TokenKey> own = identity; // found below when not known
    // A dry run too (it only reads): its requests are printed in the order they would be sent.
    if (!identity && !wide && !targets.isEmpty() && targets.size() <= OwnTokenCheckUpTo) {
        // Who this token is, is not known (a pasted token): read the pairs' tokens to find it.
        QList<TokenKey> keys;
        for (const DeleteTarget &t : std::as_const(targets))
            keys.append(t.key());
        OwnTokenFinder finder(&m_api);
        finder.setRequestsAtOnce(cap);
        finder.start(keys);
        if (finder.isRunning() && !waitFor(&finder, &OwnTokenFinder::finished)) {
            finder.cancel();
            note(tr("Cancelled: nothing was revoked."));
            return Interrupted;
        }
        own = finder.found();
        if (!own && finder.failedCount() > 0)
            note(tr("%n pair(s) could not be checked for the token this program signs in with "
                    "(%1). If it is among them, the rest is not sent once it is revoked.",
                    nullptr, finder.failedCount())
                     .arg(finder.lastError()));
    } else if (!identity && !targets.isEmpty()) {
        note(wide ? tr("Whose token this program signs in with is not known: if it is one of "
                       "these, the session ends with it.")
                  : tr("%n pairs are too many to check one by one for the token this program "
                       "signs in with: if it is among them, the rest is not sent once it is "
                       "revoked.",
                       nullptr, int(targets.size())));
    }
    targets = RevocationRun::ownLast(targets, own, nullptr, &ownLast); // as the run sends them

    // What it is about, before anything is asked or sent.
    const QString where = m_server.isSaved()
        ? tr("%1 (%2, %3)")
              .arg(m_server.name, ServerProfile::environmentName(m_server.environment),
                   m_server.baseUrl.toDisplayString())
        : m_server.baseUrl.toDisplayString();
    note(tr("Server: %1, signed in as %2")
             .arg(where,
                  m_session.signer().isEmpty() ? tr("an unknown identity (a given token)")
                                               : m_session.signer()));
    if (wide)
        note((byUser ? tr("Revokes every token of the user “%1”: %n token(s) now.", nullptr,
                          int(count))
                     : tr("Revokes every token of the client “%1”: %n token(s) now.", nullptr,
                          int(count)))
                 .arg(wideName));
    else
        note(tr("Revokes %n token(s).", nullptr, int(count)));
    if (ownLast > 0)
        note(tr("This includes the token this program signs in with: it is revoked last, and "
                "the session ends with it."));

    if (dryRun) {
        Records records({{QStringLiteral("method"), tr("METHOD")},
                         {QStringLiteral("url"), tr("URL")},
                         {QStringLiteral("username"), tr("USERNAME")},
                         {QStringLiteral("client_id"), tr("CLIENT ID")},
                         {QStringLiteral("scope"), tr("SCOPE")}});
        for (const DeleteTarget &t : std::as_const(targets))
            records.append({QStringLiteral("DELETE"),
                            ApiUrls::deleteTokens(m_api.baseUrl(), t).toString(QUrl::FullyEncoded),
                            t.key().username, t.key().clientId, scopeText(t)});
        QJsonObject meta {{QStringLiteral("dry_run"), true},
                          {QStringLiteral("server"), m_server.baseUrl.toString()},
                          {QStringLiteral("tokens"), count}};
        print(records, QStringLiteral("requests"), meta);
        note(tr("Dry run: nothing was sent."));
        return linesWithProblems ? SomeFailed : Done;
    }
    if (targets.isEmpty()) {
        note(tr("Nothing to revoke: no line of the list matches a token."));
        printNothing();
        return linesWithProblems ? SomeFailed : Done;
    }

    // The confirmation: the server's name where the console asks for it, then the count (the
    // user's or client's name for the wide forms).
    const bool mayAsk = Terminal::canAsk(m_stdinUsed);
    const auto confirm = [&](const QString &option, const QString &expected,
                             const QString &question, const QString &missing) -> int {
        if (m_commandLine.isSet(option)) {
            if (m_commandLine.value(option) == expected)
                return Done;
            error(tr("--%1=%2 does not match: %3 Nothing was sent.")
                      .arg(option, m_commandLine.value(option), missing));
            return Usage;
        }
        if (!mayAsk) {
            error(tr("Not confirmed, nothing was sent: %1 Without a terminal to ask on, give "
                     "--%2=%3.")
                      .arg(missing, option, expected));
            return Usage;
        }
        const std::optional<QString> answer = Terminal::ask(question, m_stdinUsed);
        if (Interrupt::pending())
            return Interrupted;
        if (answer != expected) {
            error(tr("Not confirmed: nothing was sent."));
            return Usage;
        }
        return Done;
    };
    if (m_server.needsNameTyped()) {
        exit = confirm(
            QStringLiteral("confirm-server"), m_server.name,
            tr("This is a production server. Type its name (%1) to go on:").arg(m_server.name),
            tr("this server needs its name, “%1”.").arg(m_server.name));
        if (exit != Done)
            return exit;
    }
    if (wide && !m_server.needsNameTyped()) {
        exit = confirm(QStringLiteral("yes"), wideName,
                       byUser ? tr("Type the user's name to revoke all their tokens:")
                              : tr("Type the client's id to revoke all its tokens:"),
                       byUser ? tr("it is the user's name, “%1”.").arg(wideName)
                              : tr("it is the client's id, “%1”.").arg(wideName));
    } else {
        exit = confirm(QStringLiteral("yes"), QString::number(count),
                       tr("Type the number of tokens to revoke (%1) to go on:").arg(count),
                       tr("this revokes %n token(s).", nullptr, int(count)));
    }
    if (exit != Done)
        return exit;

    if (wide) {
        // The count was shown a while ago (a question may have waited): the same now, or
        // nothing is sent, as in the console.
        const std::optional<qint64> now = countWide(&exit, true);
        if (!now)
            return exit;
        if (*now != count) {
            error(tr("The number of tokens changed from %1 to %2 since it was shown: nothing was "
                     "sent. Run it again to see the new number.")
                      .arg(count)
                      .arg(*now));
            return Usage;
        }
    }
    if (Interrupt::pending() || m_interrupt.happened()) {
        note(tr("Cancelled: nothing was revoked."));
        return Interrupted;
    }

    // The run, as the console's: journalled, several at once, stopped by Ctrl+C.
    AuditJournal journal(AuditJournal::defaultPath());
    RevocationRun::Plan plan;
    plan.targets = targets;
    plan.kind = fromFile ? RevocationRun::Kind::List
        : wide           ? RevocationRun::Kind::Wide
                         : RevocationRun::Kind::Selection;
    plan.journalSource = fromFile ? list.journalSource() : QStringLiteral("knetik-tokens");
    plan.confirmedCount = wide ? count : -1; // the server's total is compared afterwards
    plan.binding = RevocationRun::bindingFor(m_api.baseUrl(), m_session.signer(),
                                             m_api.sessionGeneration(), m_server);
    // Asked for above where the server needs it: the production guard was passed here.
    plan.binding.nameConfirmed = m_server.needsNameTyped();
    if (fromFile)
        list.beginPass();
    RevocationRun run(&m_api, &journal);
    ProgressLine progress;
    connect(&run, &RevocationRun::progressChanged, this,
            [&](int done, int total) { progress.update(tr("Revoking"), done, total); });
    run.start(plan, own, cap,
              m_settings->verifyRevocations() && !m_commandLine.isSet(QStringLiteral("no-verify")));
    BulkRevoker &revoker = *run.revoker(); // sends from the event loop below
    bool sessionRefused = false;
    connect(&revoker, &BulkRevoker::authorizationRequired, this, [&] {
        // No sign-in to wait for here: the rest is not sent.
        sessionRefused = true;
        revoker.stopForRefusedSession();
    });
    const auto cancelRun = [&] {
        if (revoker.isCancelled())
            return;
        progress.clear();
        note(tr("Cancelling: nothing more is sent; waiting for the %n request(s) on the wire "
                "(Ctrl+C again quits without waiting; their outcome is then unknown).",
                nullptr, int(revoker.requestsOnWire().size())));
        revoker.cancel();
    };
    connect(&m_interrupt, &Interrupt::interrupted, &revoker, cancelRun);
    // Ctrl+C is seen by the event loop after the answers already waiting there, each of which
    // would send the next DELETE: each answer first looks whether Ctrl+C was pressed.
    connect(&revoker, &BulkRevoker::itemFinished, &revoker, [&] {
        if (Interrupt::pending())
            cancelRun();
    });
    if (revoker.isRunning()) {
        QEventLoop loop;
        connect(&revoker, &BulkRevoker::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    progress.clear();
    bool listJournalFailed = false;
    if (fromFile) {
        list.applyOutcomes(revoker.items());
        listJournalFailed = !list.writeJournal(&journal);
        if (listJournalFailed)
            error(
                tr("The journal could not record the list's lines: %1").arg(journal.errorString()));
    }
    const bool journalFailed = revoker.journalFailures() > 0;
    if (revoker.journalFailures() > 0)
        error(
            tr("The journal could not record %n outcome(s): %1", nullptr, revoker.journalFailures())
                .arg(revoker.journalError()));

    QList<Records::Column> columns {{QStringLiteral("username"), tr("USERNAME")},
                                    {QStringLiteral("client_id"), tr("CLIENT ID")},
                                    {QStringLiteral("scope"), tr("SCOPE")},
                                    {QStringLiteral("outcome"), tr("OUTCOME")},
                                    {QStringLiteral("http_status"), tr("HTTP")},
                                    {QStringLiteral("detail"), tr("DETAIL")}};
    if (fromFile)
        columns.prepend({QStringLiteral("line"), tr("LINE")});
    Records records(columns);
    for (const BulkRevoker::Item &item : revoker.items()) {
        const TokenKey &key = item.target.key();
        // A wide target names one side only: the other is null in JSON, empty elsewhere.
        QVariantList row {key.username.isEmpty() ? QVariant() : QVariant(key.username),
                          key.clientId.isEmpty() ? QVariant() : QVariant(key.clientId),
                          scopeText(item.target),
                          RevokeOutcome::name(item.outcome.kind),
                          item.outcome.httpStatus ? QVariant(item.outcome.httpStatus) : QVariant(),
                          item.outcome.reason()};
        if (fromFile)
            row.prepend(lineOf.value(key));
        records.append(row);
        if (item.outcome.kind == RevokeOutcome::Kind::Failed
            || item.outcome.kind == RevokeOutcome::Kind::Unknown)
            error(tr("%1 / %2: %3: %4")
                      .arg(key.username.isEmpty() ? tr("(every user)") : key.username,
                           key.clientId.isEmpty() ? tr("(every client)") : key.clientId,
                           RevokeOutcome::name(item.outcome.kind), item.outcome.reason()));
    }
    using K = RevokeOutcome::Kind;
    QJsonObject summary;
    for (const K kind : {K::Revoked, K::AlreadyGone, K::Failed, K::Unknown, K::NotSent})
        summary.insert(RevokeOutcome::name(kind), revoker.count(kind));
    if (revoker.verifies()) {
        summary.insert(QStringLiteral("verified_gone"), revoker.verifiedGone());
        summary.insert(QStringLiteral("still_there"), revoker.stillThere());
        summary.insert(QStringLiteral("not_verified"), revoker.notVerified());
    }
    print(records, QStringLiteral("results"),
          QJsonObject {{QStringLiteral("dry_run"), false},
                       {QStringLiteral("server"), m_server.baseUrl.toString()},
                       {QStringLiteral("tokens"), count}, // counted before (a wide form: 1 target)
                       {QStringLiteral("summary"), summary}});
    note(tr("Revoked %1, already gone %2, failed %3, unknown %4, not sent %5.")
             .arg(locale.toString(revoker.count(K::Revoked)),
                  locale.toString(revoker.count(K::AlreadyGone)),
                  locale.toString(revoker.count(K::Failed)),
                  locale.toString(revoker.count(K::Unknown)),
                  locale.toString(revoker.count(K::NotSent))));
    if (!revoker.totalNote().isEmpty())
        error(tr("Note: %1.").arg(revoker.totalNote()));
    if (revoker.verifies())
        note(tr("Verified: %1 gone, %2 reported revoked but still there (failed), %3 not verified.")
                 .arg(locale.toString(revoker.verifiedGone()),
                      locale.toString(revoker.stillThere()),
                      locale.toString(revoker.notVerified())));
    const bool allDone
        = revoker.count(K::Revoked) + revoker.count(K::AlreadyGone) == revoker.total();
    if (sessionRefused && !allDone) {
        error(tr("The server stopped accepting the token (401): the rest was not sent."));
        return Authentication;
    }
    if (m_interrupt.happened() || Interrupt::pending())
        return Interrupted;
    return allDone && linesWithProblems == 0 && !journalFailed && !listJournalFailed ? Done
                                                                                     : SomeFailed;
}
