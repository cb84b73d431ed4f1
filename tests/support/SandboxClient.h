#pragma once

#include "Sandbox.h"
#include "TokensApi.h"

#include <QNetworkAccessManager>

#include <memory>

// What most network tests start from: a sandbox on 127.0.0.1:0 (these options, or `tokens`
// seeded rows), and a TokensApi signed in as its admin. Returns false if the sandbox cannot start.
inline bool startSandboxWithClient(std::unique_ptr<Sandbox> &sandbox,
                                   std::unique_ptr<QNetworkAccessManager> &network,
                                   std::unique_ptr<TokensApi> &api, const Sandbox::Options &options)
{
    sandbox = std::make_unique<Sandbox>(options);
    if (!sandbox->start())
        return false;
    network = std::make_unique<QNetworkAccessManager>();
    api = std::make_unique<TokensApi>(network.get());
    api->setBaseUrl(sandbox->url());
    api->setAccessToken(sandbox->adminToken());
    return true;
}

inline bool startSandboxWithClient(std::unique_ptr<Sandbox> &sandbox,
                                   std::unique_ptr<QNetworkAccessManager> &network,
                                   std::unique_ptr<TokensApi> &api, qint64 tokens, quint64 seed = 1)
{
    Sandbox::Options options;
    options.tokens = tokens;
    options.seed = seed;
    return startSandboxWithClient(sandbox, network, api, options);
}
