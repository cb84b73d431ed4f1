<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiCall</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server redirects to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 The server said: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP 400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid or has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token lacks the TOKENS_ADMIN permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests; it asks to wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server is limiting requests (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Check the server URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Knetik Token Console - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>Enter a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokensApi</name>
    <message>
        <source>A token needs both a username and a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username or client id of &quot;.&quot; or &quot;..&quot; cannot be looked up: in a URL path it means a directory step. It can still be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to revoke: the username or client id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Admin console for the OAuth access tokens of a Knetik server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo sandbox with 5,000 tokens and sign in to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s base URL; the token comes from KNETIK_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --demo, or --base-url URL with the access token in KNETIK_ACCESS_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
