#include "BuildInfo.h"
#include "ManPage.h"
#include "Sandbox.h"
#include "XdgRuntimeDir.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

// knetik-sandbox: the Knetik-compatible server on 127.0.0.1, for trying the console by hand.
int main(int argc, char *argv[])
{
    ensureXdgRuntimeDir(); // before Qt looks for it
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("knetik-sandbox"));
    QCoreApplication::setApplicationVersion(BuildInfo::versionText());

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A Knetik-compatible AuthTokens server on 127.0.0.1 (for demos and tests)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 picks a free one."),
                                        QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption tokensOption(
        QStringLiteral("tokens"),
        QStringLiteral("Number of tokens at the start, the admin's own included (n - 1 are "
                       "generated)."),
        QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed for the generated tokens."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption adminTokenOption(QStringLiteral("admin-token"),
                                              QStringLiteral("The admin access token to accept."),
                                              QStringLiteral("token"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"),
                                           QStringLiteral("Delay added to every answer."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption jitterOption(QStringLiteral("jitter-ms"),
                                          QStringLiteral("Up to this much more delay, at random."),
                                          QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption faultOption(
        QStringLiteral("fault"),
        QStringLiteral(
            "KIND:RATE, repeatable. KIND is an HTTP status (429, 500, 502, 503...), reset, "
            "truncate, malformed, drip or gateway (carried out, then a 504 page); RATE is the "
            "share of requests hit, 0 to 1."),
        QStringLiteral("kind:rate"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
                                        QStringLiteral("Serve HTTPS with this PEM certificate."),
                                        QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
                                       QStringLiteral("The PEM private key of --tls-cert."),
                                       QStringLiteral("file"));
    // Servers unlike this one (docs/api.md, "Servers unlike the sandbox").
    const QCommandLineOption pageSizeLimitOption(
        QStringLiteral("page-size-limit"),
        QStringLiteral("Serve at most n rows a page, whatever size asks (as its page numbers "
                       "say)."),
        QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption zeroBasedOption(QStringLiteral("zero-based-pages"),
                                             QStringLiteral("Count pages from 0."));
    const QCommandLineOption ignoreFiltersOption(
        QStringLiteral("ignore-filters"),
        QStringLiteral("Ignore filter_username and filter_client_id (list every token)."));
    const QCommandLineOption likeFiltersOption(
        QStringLiteral("like-filters"),
        QStringLiteral("Read a filter as SQL LIKE: % and _ are wildcards."));
    const QCommandLineOption totalCapOption(
        QStringLiteral("total-cap"),
        QStringLiteral("Report at most n as total_elements (the rows go on)."), QStringLiteral("n"),
        QStringLiteral("0"));
    const QCommandLineOption trimNamesOption(
        QStringLiteral("trim-names"),
        QStringLiteral("Drop spaces around the names of filters, GET and DELETE."));
    const QCommandLineOption caseInsensitiveDeletesOption(
        QStringLiteral("case-insensitive-deletes"),
        QStringLiteral("A username- or client-only DELETE ignores case."));
    const QCommandLineOption rateLimitOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Limit each bearer token to N requests a second (a token bucket); over "
                       "it, 429 with Retry-After."),
        QStringLiteral("N/s"));
    const QCommandLineOption burstOption(
        QStringLiteral("burst"),
        QStringLiteral("With --rate-limit: up to B requests at once after a quiet spell "
                       "(default: a tenth of a second's worth)."),
        QStringLiteral("B"), QStringLiteral("0"));
    const QCommandLineOption rateLimitHeadersOption(
        QStringLiteral("rate-limit-headers"),
        QStringLiteral("With --rate-limit: say the limit in the RateLimit-Policy and RateLimit "
                       "fields (draft-ietf-httpapi-ratelimit-headers-10)."));
    const QCommandLineOption outlierOption(
        QStringLiteral("outlier"),
        QStringLiteral("Also give one user COUNT tokens, each of its own client (NAME:COUNT), or "
                       "one client COUNT users (client:ID:COUNT), on top of --tokens; may be "
                       "given more than once."),
        QStringLiteral("NAME:COUNT"));
    const QList<QCommandLineOption> shownOptions {portOption,
                                                  tokensOption,
                                                  seedOption,
                                                  adminTokenOption,
                                                  latencyOption,
                                                  jitterOption,
                                                  faultOption,
                                                  certOption,
                                                  keyOption,
                                                  pageSizeLimitOption,
                                                  zeroBasedOption,
                                                  ignoreFiltersOption,
                                                  likeFiltersOption,
                                                  totalCapOption,
                                                  trimNamesOption,
                                                  caseInsensitiveDeletesOption,
                                                  rateLimitOption,
                                                  burstOption,
                                                  rateLimitHeadersOption,
                                                  outlierOption};
    // The build writes the manual page with it, from the options --help shows.
    QCommandLineOption manPageOption(QStringLiteral("man-page"), QStringLiteral("internal"));
    manPageOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(shownOptions);
    parser.addOption(manPageOption);
    parser.process(app);
    if (parser.isSet(manPageOption)) {
        ManPage::Page page;
        page.program = QStringLiteral("knetik-sandbox");
        page.summary = QStringLiteral("a Knetik-compatible token server on 127.0.0.1");
        page.synopsis = QStringLiteral("[\\fIoptions\\fR]");
        page.description = QStringLiteral(
            "knetik-sandbox serves the AuthTokens part of the Knetik platform API (GET, DELETE "
            "/auth/tokens, GET /auth/tokens/{username}/{client_id}, POST /oauth/token) on "
            "127.0.0.1 only, with seeded fake tokens, for trying Knetik Token Console and "
            "knetik-tokens out without a real server, and for their tests and benchmarks. It "
            "prints its address and an admin access token, and runs until stopped.\n\n"
            "Its options make it behave like servers that differ from the contract in ordinary "
            "ways (a smaller page limit, pages counted from 0, filters ignored, a capped total, "
            "a rate limit) and inject faults, latency and jitter.");
        page.options = QList<QCommandLineOption> {helpOption, versionOption} + shownOptions;
        page.sections
            = {{QStringLiteral("EXAMPLES"),
                QStringLiteral("knetik-sandbox --port 8080 --tokens 5000 --latency-ms 20")}};
        page.seeAlso = QStringLiteral("\\fBknetik\\-token\\-console\\fR(1), "
                                      "\\fBknetik\\-tokens\\fR(1)");
        QTextStream(stdout) << ManPage::write(page);
        return 0;
    }

    auto number = [&parser](const QCommandLineOption &option, qint64 min, qint64 max) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            QTextStream(stderr) << "knetik-sandbox: --" << option.names().first()
                                << " must be a number from " << min << " to " << max << '\n';
            ::exit(2);
        }
        return value;
    };
    Sandbox::Options options;
    options.port = quint16(number(portOption, 0, 65535));
    options.tokens = number(tokensOption, 1, 50'000'000); // the admin's own token is always there
    options.seed = quint64(number(seedOption, 0, std::numeric_limits<qint64>::max()));
    options.latencyMs = int(number(latencyOption, 0, 600'000));
    options.jitterMs = int(number(jitterOption, 0, 600'000));
    options.adminToken = parser.value(adminTokenOption);
    options.tlsCertificateFile = parser.value(certOption);
    options.tlsKeyFile = parser.value(keyOption);
    options.variant.pageSizeLimit = int(number(pageSizeLimitOption, 0, 1000));
    options.variant.zeroBasedPages = parser.isSet(zeroBasedOption);
    options.variant.ignoreFilters = parser.isSet(ignoreFiltersOption);
    options.variant.likeFilters = parser.isSet(likeFiltersOption);
    options.variant.totalCap = number(totalCapOption, 0, 50'000'000);
    options.variant.trimNames = parser.isSet(trimNamesOption);
    options.variant.caseInsensitiveDeletes = parser.isSet(caseInsensitiveDeletesOption);
    if (parser.isSet(rateLimitOption)
        && !Sandbox::parseRate(parser.value(rateLimitOption), &options.rateLimit.perSecond)) {
        QTextStream(stderr) << "knetik-sandbox: --rate-limit wants requests a second, e.g. 500/s, "
                               "not "
                            << parser.value(rateLimitOption) << '\n';
        return 2;
    }
    options.rateLimit.burst = int(number(burstOption, 0, 1'000'000));
    options.rateLimit.headers = parser.isSet(rateLimitHeadersOption);
    for (const QString &text : parser.values(outlierOption)) {
        Sandbox::Options::Outlier outlier;
        if (!Sandbox::Options::parseOutlier(text, &outlier)) {
            QTextStream(stderr) << "knetik-sandbox: --outlier wants NAME:COUNT or "
                                   "client:ID:COUNT (COUNT 1 to 10,000,000), not "
                                << text << '\n';
            return 2;
        }
        options.outliers.append(outlier);
    }

    Sandbox sandbox(options);
    for (const QString &text : parser.values(faultOption)) {
        Sandbox::Fault fault;
        if (!Sandbox::parseFault(text, &fault)) {
            QTextStream(stderr)
                << "knetik-sandbox: --fault wants KIND:RATE, e.g. 503:0.2 or reset:0.1, not "
                << text << '\n';
            return 2;
        }
        fault.pathPrefix = QStringLiteral("/auth/tokens"); // sign-in stays possible
        sandbox.addFault(fault);
    }
    QString error;
    if (!sandbox.start(&error)) {
        QTextStream(stderr) << "knetik-sandbox: " << error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    // Printing the admin token is this tool's purpose: it is a local test server's own secret.
    // The accounts in the order and words of the README's table.
    out << "Knetik sandbox listening on " << sandbox.url().toString() << '\n';
    if (!options.variant.isPlain())
        out << "unlike the contract: " << options.variant.describe() << '\n';
    if (options.rateLimit.isOn())
        out << "rate limit: " << options.rateLimit.perSecond << " a second per token, burst "
            << options.rateLimit.effectiveBurst()
            << (options.rateLimit.headers ? ", said in RateLimit fields\n" : "\n");
    out << "tokens: " << sandbox.withStore([](TokenStore &s) { return s.size(); })
        << " (the admin's own included)\n"
        << "admin access token: " << sandbox.adminToken() << '\n'
        << "accounts:\n"
        << "  client " << Sandbox::AdminClientId << " / secret " << Sandbox::AdminClientSecret
        << " (client credentials grant): TOKENS_ADMIN\n"
        << "  user " << Sandbox::AdminUsername << " / " << Sandbox::AdminPassword << ", client "
        << Sandbox::PublicClientId << " (password grant, no client secret): TOKENS_ADMIN\n"
        << "  user " << Sandbox::ViewerUsername << " / " << Sandbox::ViewerPassword << ", client "
        << Sandbox::PublicClientId << " (password grant): no TOKENS_ADMIN (403)\n"
        << "  client " << Sandbox::ReaderClientId << " / secret " << Sandbox::ReaderClientSecret
        << " (client credentials grant): no TOKENS_ADMIN (403)\n";
    out.flush();
    return app.exec();
}
