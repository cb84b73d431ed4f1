<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Knetik Token Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Knetik Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Browse and revoke the OAuth access tokens of a Knetik platform server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>the body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 instead of 204</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server ended the connection before this request was sent</source>
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
        <translation>
            <numerusform>The server is limiting requests; it asks to wait %n second.</numerusform>
            <numerusform>The server is limiting requests; it asks to wait %n seconds.</numerusform>
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
    <message>
        <source>[access token]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (Gave up after %n tries.)</source>
        <translation>
            <numerusform>%1 (Gave up after %n try.)</numerusform>
            <numerusform>%1 (Gave up after %n tries.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the session it was made for has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list the server gave does not add up: %1. It was not used for anything that needs every token; read it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>Cannot write the audit journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incomplete line left by an interrupted write was set aside in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incomplete line left by an interrupted write could not be set aside in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %L1 of %L2 bytes were written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRevoker</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be revoked from here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone when retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before it could be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user- or client-wide revoke cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone when checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still there when checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check failed too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session changed while it waited to be tried again; an earlier try may have arrived. Sent again in the new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session changed while it waited to be tried again. Sent again in the new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the session&apos;s token (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered for “%1” / “%2”: it trims names, and a DELETE would revoke that token instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not find the pair by its exact names (it may trim names), so a DELETE could revoke another token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its names could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ended the session it was sent with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: none left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s total fell by %1 tokens, %2 were confirmed (it may have revoked more, or others revoked tokens meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) still there after the server said revoked (kept, or issued again)</source>
        <translation>
            <numerusform>%n token still there after the server said revoked (kept, or issued again)</numerusform>
            <numerusform>%n tokens still there after the server said revoked (kept, or issued again)</numerusform>
        </translation>
    </message>
    <message>
        <source>still there after the server said revoked (kept, or issued again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered for “%1” / “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; still there when checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this chart and its numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tokens of User “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tokens of Client “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Tokens of User “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Tokens of Client “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the chart to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--format takes table, tsv, csv or json, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --server or --base-url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is saved under the name “%1” (the console saves none yet: File &gt; Servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is saved under the name “%1”. Saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin needs --server or --base-url: say which server the token is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which server? Give --server NAME or --base-url URL (the console remembers no session to use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console remembers no session for %1: sign in there with “Remember on this computer”, or give a token with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is not encrypted (http://): the token travels in clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order takes username or client_id, each at most once, with :asc or :desc, separated by commas (e.g. username:asc,client_id:desc), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a username and a client id (two arguments; “--” before a username that starts with a dash).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the username nor the client id may be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments (filters are --user and --client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all reads every page: give it without --page and --size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page takes a number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size takes a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token of “%1” for the client “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes no arguments (filters are --user and --client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export writes csv or jsonl (JSON Lines), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 was not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>Exported %n token to %1 in %2 s.</numerusform>
            <numerusform>Exported %n tokens to %1 in %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>history takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since and --until take a date (2026-11-28) or a date and time (2026-11-28T14:30:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome takes revoked, already-gone, failed, unknown or not-sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s last line is incomplete (a crash while it was written) and is left out; the console sets it aside at its next revocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to revoke, one way only: pairs (USERNAME CLIENT_ID ...), --from-file FILE, --user NAME or --client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pairs come as a username and a client id each: %n argument(s) is not a whole number of pairs.</source>
        <translation>
            <numerusform>Pairs come as a username and a client id each: %n argument is not a whole number of pairs.</numerusform>
            <numerusform>Pairs come as a username and a client id each: %n arguments is not a whole number of pairs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input carries the token (--token-stdin): give the list as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2) could not be checked: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was revoked: every line must be checked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not understood and is left out: %2 (“%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n more only when case is ignored, left out</source>
        <translation>
            <numerusform>; %n more only when case is ignored, left out</numerusform>
            <numerusform>; %n more only when case is ignored, left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n more without the spaces around the name, left out</source>
        <translation>
            <numerusform>; %n more without the spaces around the name, left out</numerusform>
            <numerusform>; %n more without the spaces around the name, left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1, signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown identity (a given token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revokes every token of the user “%1”: %n token(s) now.</source>
        <translation>
            <numerusform>Revokes every token of the user “%1”: %n token now.</numerusform>
            <numerusform>Revokes every token of the user “%1”: %n tokens now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revokes every token of the client “%1”: %n token(s) now.</source>
        <translation>
            <numerusform>Revokes every token of the client “%1”: %n token now.</numerusform>
            <numerusform>Revokes every token of the client “%1”: %n tokens now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revokes %n token(s).</source>
        <translation>
            <numerusform>Revokes %n token.</numerusform>
            <numerusform>Revokes %n tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>This includes the token this program signs in with: it is revoked last, and the session ends with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to revoke: no line of the list matches a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1=%2 does not match: %3 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed, nothing was sent: %1 Without a terminal to ask on, give --%2=%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a production server. Type its name (%1) to go on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server needs its name, “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user&apos;s name to revoke all their tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client&apos;s id to revoke all its tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the user&apos;s name, “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the client&apos;s id, “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of tokens to revoke (%1) to go on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>this revokes %n token(s).</source>
        <translation>
            <numerusform>this revokes %n token.</numerusform>
            <numerusform>this revokes %n tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: nothing more is sent; waiting for the %n request(s) on the wire (Ctrl+C again quits without waiting; their outcome is then unknown).</source>
        <translation>
            <numerusform>Cancelling: nothing more is sent; waiting for the %n request on the wire (Ctrl+C again quits without waiting; their outcome is then unknown).</numerusform>
            <numerusform>Cancelling: nothing more is sent; waiting for the %n requests on the wire (Ctrl+C again quits without waiting; their outcome is then unknown).</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not record the list&apos;s lines: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The journal could not record %n outcome(s): %1</source>
        <translation>
            <numerusform>The journal could not record %n outcome: %1</numerusform>
            <numerusform>The journal could not record %n outcomes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1, already gone %2, failed %3, unknown %4, not sent %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped accepting the token (401): the rest was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is saved under the name “%1”: only lines that carry that name are shown (lines of a server that was not saved carry none: use --base-url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be counted, nothing was revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of a name that differs only in case are not counted; some servers would revoke them too.</source>
        <translation>
            <numerusform>%n token of a name that differs only in case are not counted; some servers would revoke them too.</numerusform>
            <numerusform>%n tokens of a name that differs only in case are not counted; some servers would revoke them too.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name “%1” has spaces around it: they are part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to revoke: the user “%1” has no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to revoke: the client “%1” has no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) could not be checked for the token this program signs in with (%1). If it is among them, the rest is not sent once it is revoked.</source>
        <translation>
            <numerusform>%n pair could not be checked for the token this program signs in with (%1). If it is among them, the rest is not sent once it is revoked.</numerusform>
            <numerusform>%n pairs could not be checked for the token this program signs in with (%1). If it is among them, the rest is not sent once it is revoked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose token this program signs in with is not known: if it is one of these, the session ends with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pairs are too many to check one by one for the token this program signs in with: if it is among them, the rest is not sent once it is revoked.</source>
        <translation>
            <numerusform>%n pairs are too many to check one by one for the token this program signs in with: if it is among them, the rest is not sent once it is revoked.</numerusform>
            <numerusform>%n pairs are too many to check one by one for the token this program signs in with: if it is among them, the rest is not sent once it is revoked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of tokens changed from %1 to %2 since it was shown: nothing was sent. Run it again to see the new number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say on which server to revoke: --server NAME or --base-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session the console remembered for %1 has ended: sign in there again, or give a token with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the list, one entry per line, then press Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n token(s) on this page that do not match the filters (it may not support filtering): they are left out.</source>
        <translation>
            <numerusform>The server listed %n token on this page that does not match the filters (it may not support filtering): it is left out.</numerusform>
            <numerusform>The server listed %n tokens on this page that do not match the filters (it may not support filtering): they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n token(s) that do not match the filters (it may not support filtering): they are included (--include-unmatched).</source>
        <translation>
            <numerusform>The server listed %n token that does not match the filters (it may not support filtering): it is included (--include-unmatched).</numerusform>
            <numerusform>The server listed %n tokens that do not match the filters (it may not support filtering): they are included (--include-unmatched).</numerusform>
        </translation>
    </message>
    <message>
        <source>--include-unmatched keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (what was written to standard output is not all of it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 gone, %2 reported revoked but still there (failed), %3 not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out, it cannot be sent: “%1” / “%2” (line %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer trusted for every server: choose it again in the console&apos;s sign-in dialog for the server it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command: list, get, export, revoke, history or stats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats takes no arguments (filters are --user and --client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by takes client or user, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top takes a number from 1 to 1000, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting cancelled: no figures (they would be of part of the tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens, %2 users, %3 clients (read %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per client (median %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n other client(s))</source>
        <translation>
            <numerusform>(%n other client)</numerusform>
            <numerusform>(%n other clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens per user (median %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n other user(s))</source>
        <translation>
            <numerusform>(%n other user)</numerusform>
            <numerusform>(%n other users)</numerusform>
        </translation>
    </message>
    <message>
        <source>USERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users by number of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>user %1: %Ln token(s) (median %2)</source>
        <translation>
            <numerusform>user %1: %Ln token (median %2)</numerusform>
            <numerusform>user %1: %Ln tokens (median %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client %1: %Ln token(s) (median %2)</source>
        <translation>
            <numerusform>client %1: %Ln token (median %2)</numerusform>
            <numerusform>client %1: %Ln tokens (median %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more user(s)</source>
        <translation>
            <numerusform>and %n more user</numerusform>
            <numerusform>and %n more users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more client(s)</source>
        <translation>
            <numerusform>and %n more client</numerusform>
            <numerusform>and %n more clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A server saved in the console (File &gt; Servers), by its name. Its address, its environment (a production server asks for its name before a revocation) and its CA file apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input (needs --server or --base-url). Without it, the session the console remembered for the server in the system keychain is used. A token is never taken from an argument or an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How results are written: table (the default on a terminal), tsv (the default otherwise), csv or json. export writes csv (the default) or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the messages, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the help of the program, or of the command before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s sort, e.g. username:asc,client_id:desc (the default: username:asc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tokens whose username contains TEXT (ignoring case, as the server filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tokens whose client id contains TEXT (ignoring case, as the server filters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tokens, a page at a time or all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the (username, client id) pairs that have a token, as the console&apos;s table does. The list endpoint never returns a token&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show, from 1 (the default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per page, 1 to 1000 (the default: 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME CLIENT_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the token of one (username, client id) pair. Its value is masked (eight bullets and its last four characters) unless --show-token is given. Exit code 1 when the pair has no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token&apos;s value in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every matching token to a file, as the console exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[USERNAME CLIENT_ID]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke tokens: pairs, the lines of a file, or every token of a user or client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes the tokens of the pairs given as arguments, of the lines of a file (--from-file), or every token of one user (--user) or one client (--client). It first says what it will revoke and how many tokens that is, then asks: on a terminal for that number (a user&apos;s or client&apos;s name for --user and --client); otherwise --yes must give it. Each target&apos;s outcome is reported (revoked, already gone, failed, unknown, not sent) and written to the console&apos;s revocation journal. Ctrl+C sends nothing more and reports what was on the wire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke what the lines of FILE name, in the format of the console&apos;s Revoke From List (a username, client:ID, or a username and a client id separated by a tab or a comma, per line); each line is matched exactly against the server&apos;s tokens first. - reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token of the user NAME, exactly (one DELETE with the username only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token of the client ID, exactly (one DELETE with the client id only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N|NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s name, which a production server (and a server that is not saved and not on this computer) needs typed before a revocation, as the console asks for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the revocation journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the lines of the revocation journal that the console and this program write (intents, outcomes, and list lines), oldest first. Nothing is sent to any server; --server and --base-url select the lines of that server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines of the username NAME, exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines of the client id ID, exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines from DATE on (YYYY-MM-DD, local time, or an ISO 8601 date and time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lines before the end of DATE (or before that date and time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only outcome lines of this kind: revoked, already-gone, failed, unknown or not-sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was done (for revoke: every target revoked or already gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some targets failed: a token that could not be revoked, whose outcome is unknown, or that was not sent; get of a pair without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: a wrong option or argument, or a revocation that was not confirmed (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: no token, a token the server refuses (401), or one without the TOKENS_ADMIN permission (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network or server: unreachable, TLS failure, time-out, a server error or an answer the program cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted with Ctrl+C (for revoke: after reporting every target&apos;s outcome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth access tokens of a Knetik server from the command line: the same core as Knetik Token Console, with its confirmations, outcomes and journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1 COMMAND --help” shows a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth access tokens of a Knetik server from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists, exports and revokes the OAuth access tokens of a Knetik platform server over the same core as Knetik Token Console: the same requests, confirmations, per-token outcomes and revocation journal, and the servers and sessions the console saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved servers are read from the console&apos;s settings, a remembered session from the system keychain (Secret Service); the revocation journal is the console&apos;s (revocations.jsonl in its data folder). Nothing is written but the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the command before “--”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the command before its options (“%1 %2 --help”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address (https://...). A server saved at that address applies as with --server. Without --server and --base-url: the server whose session the console remembered (revoke needs one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm without asking: the exact number of tokens that will be revoked, or for --user and --client the name given there (on a production server the number there too, as the console asks). Anything else refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the rows the server listed that do not match --user and --client (a server that ignores a filter). Without it they are left out, counted on standard error, and the exit code is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page, read several at once (instead of --page and --size). Exit code 1 when the server&apos;s pages do not add up to a complete list (it says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every (username, client id) pair that matches the filters as CSV (with a header; a leading = + - @ gets an apostrophe, so that a spreadsheet does not run it) or JSON Lines, reading the pages several at once. A file appears only when the export is complete: every page read and the server&apos;s pages adding up to its total (else exit code 1, saying why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not check what the server answered as revoked. By default each such pair is read again (a user or client: its tokens are counted again) and one still there is reported failed; the console&apos;s Tokens &gt; Verify Revocations turned off has the same effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file, for this server only (TLS errors are never ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would be revoked and print each DELETE that would be sent, in the order it would be sent; send no DELETE (the tokens are still read, to count them and to find the token this program signs in with).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the README in /usr/share/doc/knetik-token-console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count tokens per client and per user, and find the outliers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every token that matches the filters, as export does (the read proved complete, else no figures and exit code 1), and counts them: per client and per user (the largest named, the rest as others), users by number of tokens (1, 2-5, 6-20, 21-100, 101-1,000, more), and the outliers: users and clients holding more than 10 times the median and at least 20 tokens. Only counts are kept, never the rows. --format json gives every figure as one object; tsv and csv a row per figure (section, name, count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the counts per client, or per user (the default: both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client|user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many clients and users to name, largest first (the default: 20; the rest are counted as others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a command: use list, get, export, revoke, history or stats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcurrencyControl</name>
    <message>
        <source>%1 at once (HTTP/2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, waiting %1 s as the server asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %L1 requests a second, limited by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Your session ended. Sign in again to go on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --base-url with --token-stdin, or enter the server here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, token expires in %Ln second(s)</source>
        <translation>
            <numerusform>, token expires in %Ln second</numerusform>
            <numerusform>, token expires in %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, token expires in %Ln minute(s)</source>
        <translation>
            <numerusform>, token expires in %Ln minute</numerusform>
            <numerusform>, token expires in %Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, token expires in %Ln hour(s)</source>
        <translation>
            <numerusform>, token expires in %Ln hour</numerusform>
            <numerusform>, token expires in %Ln hours</numerusform>
        </translation>
    </message>
    <message>
        <source> (renewed automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with a pasted token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recent servers are now saved servers (%1). Check their environments in File &gt; Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first: a CA file is trusted for that server only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file is not used without --base-url: a CA is trusted for one server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer trusted for every server: choose it again in the sign-in dialog for the server it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteTarget</name>
    <message>
        <source>The username and the client id are empty or only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is empty or only spaces: a server that trims it would revoke every token of the client instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is empty or only spaces: a server that trims it would revoke every token of the user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is empty or only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is empty or only spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username has spaces or invisible characters around it: a server that trims names would revoke every token of “%1” instead. Revoke its tokens one by one (select them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id has spaces or invisible characters around it: a server that trims names would revoke every token of “%1” instead. Revoke its tokens one by one (select them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is not valid Unicode text (it holds a lone surrogate), so it cannot be sent exactly: nothing is sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is not valid Unicode text (it holds a lone surrogate), so it cannot be sent exactly: nothing is sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentStrip</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · treated as production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %L1 of %Ln token(s)</source>
        <translation>
            <numerusform>Exporting: %L1 of %Ln token</numerusform>
            <numerusform>Exporting: %L1 of %Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the first page...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed, so nothing was written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) written to %1.</source>
        <translation>
            <numerusform>%Ln token written to %1.</numerusform>
            <numerusform>%Ln tokens written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln token(s) exported</source>
        <translation>
            <numerusform>Done: %Ln token exported</numerusform>
            <numerusform>Done: %Ln tokens exported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) in %1 s</source>
        <translation>
            <numerusform>%Ln page in %1 s</numerusform>
            <numerusform>%Ln pages in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 per second, about %Ln second(s) left</source>
        <translation>
            <numerusform>%1 per second, about %Ln second left</numerusform>
            <numerusform>%1 per second, about %Ln seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterLineEdit</name>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knetik Token Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by username (part of it, any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by client ID (part of it, any case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch this page again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Knetik Token Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Knetik Token Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s), updated %1</source>
        <translation>
            <numerusform>%Ln token, updated %1</numerusform>
            <numerusform>%Ln tokens, updated %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The last request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tokens on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated username and client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by This &amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by This C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke Selected Tokens...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Tokens of This User...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Tokens of This Client...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation &amp;History...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln Selected Token(s)...</source>
        <translation>
            <numerusform>&amp;Revoke %Ln Selected Token...</numerusform>
            <numerusform>&amp;Revoke %Ln Selected Tokens...</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke All Tokens of User “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Tokens of Client “%1”...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>Copied %Ln row.</numerusform>
            <numerusform>Copied %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token this console was signed in with was revoked. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended (%1). Sign in again to go on where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking paused: the session ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected token (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s (try %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached now: Refresh (F5) to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Matching Tokens...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every token that matches the filters, in the current sort, to a CSV or JSON Lines file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Matching Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Matching Tokens...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every token the filters match, each by its own exact request, after listing them all and asking for their number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke All %Ln Matching Token(s)...</source>
        <translation>
            <numerusform>Revoke All %Ln Matching Token...</numerusform>
            <numerusform>Revoke All %Ln Matching Tokens...</numerusform>
        </translation>
    </message>
    <message>
        <source>username contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new matching token(s) appeared while the revocation ran. They were not in the confirmed list and were not revoked: the table shows them, and Revoke All Matching Tokens lists them for a new confirmation.</source>
        <translation>
            <numerusform>%Ln new matching token appeared while the revocation ran. They were not in the confirmed list and were not revoked: the table shows them, and Revoke All Matching Tokens lists them for a new confirmation.</numerusform>
            <numerusform>%Ln new matching tokens appeared while the revocation ran. They were not in the confirmed list and were not revoked: the table shows them, and Revoke All Matching Tokens lists them for a new confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke From &amp;List...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the tokens of a pasted or opened list of users, clients and pairs, after checking each line against the server (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another revocation is running: wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) - Knetik Token Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server returned %Ln token(s) on this page that do not match the filters (shown in grey italics): it may not support filtering. They are not counted as matches, and Revoke All Matching offers only the tokens that match.</source>
        <translation>
            <numerusform>The server returned %Ln token on this page that does not match the filters (shown in grey italics): it may not support filtering. It is not counted as a match, and Revoke All Matching offers only the tokens that match.</numerusform>
            <numerusform>The server returned %Ln tokens on this page that do not match the filters (shown in grey italics): it may not support filtering. They are not counted as matches, and Revoke All Matching offers only the tokens that match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) listed by the server, not all of them matching; updated %1</source>
        <translation>
            <numerusform>%Ln token listed by the server, not matching; updated %1</numerusform>
            <numerusform>%Ln tokens listed by the server, not all of them matching; updated %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this whole username, same case (“ada”, not “adam”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this whole client ID, same case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens, a page at a time (Alt+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per client and user, and the outliers, for these filters (Alt+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview &amp;Numbers as Tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username is “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client ID is “%1”</source>
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
    <name>OverviewPage</name>
    <message>
        <source>Read &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users by number of tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every token again and redraw the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tokens...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled: no figures are shown. Read Again reads every token from the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tokens, about %Ln s left</source>
        <translation>
            <numerusform>%1 of %2 tokens, about %Ln s left</numerusform>
            <numerusform>%1 of %2 tokens, about %Ln s left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures: the tokens could not all be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln other user(s)</source>
        <translation>
            <numerusform>%Ln other user</numerusform>
            <numerusform>%Ln other users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other client(s)</source>
        <translation>
            <numerusform>%Ln other client</numerusform>
            <numerusform>%Ln other clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User %1: %Ln token(s) (median %2)</source>
        <translation>
            <numerusform>User %1: %Ln token (median %2)</numerusform>
            <numerusform>User %1: %Ln tokens (median %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client %1: %Ln token(s) (median %2)</source>
        <translation>
            <numerusform>Client %1: %Ln token (median %2)</numerusform>
            <numerusform>Client %1: %Ln tokens (median %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more user(s) above the rule</source>
        <translation>
            <numerusform>and %Ln more user above the rule</numerusform>
            <numerusform>and %Ln more users above the rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more client(s) above the rule</source>
        <translation>
            <numerusform>and %Ln more client above the rule</numerusform>
            <numerusform>and %Ln more clients above the rule</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no user or client is far above the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tokens on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens where %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet: Read Again reads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read at %1: %2 tokens of %3 users and %4 clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens were revoked since: Read Again to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tokens of This User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tokens of This Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Tokens of This User...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke All Tokens of This Client...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnTokenFinder</name>
    <message>
        <source>the session changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagerWidget</name>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 of %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1-%L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationController</name>
    <message>
        <source>Requests at &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1 (adapts to the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 (one request at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Revocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that each token the server reports revoked is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was revoked: another revocation is running. Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was revoked: %1 is a production server now, and this was confirmed without its name. Revoke it again from the table to confirm it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was revoked: it was confirmed for %1, and the console is not signed in there as the same identity now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking is off: there is no audit journal to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the list&apos;s lines could not be written to the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: sign in to %1 again to send these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a production server now: revoke these again from the table, where its name is typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in elsewhere: these were confirmed for %1 and are sent only there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Revocation Is Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %L1 of %Ln revocation(s). Wait for the rest, or stop sending and quit? Requests already sent are recorded either way.</source>
        <translation>
            <numerusform>Done: %L1 of %Ln revocation. Wait for the rest, or stop sending and quit? Requests already sent are recorded either way.</numerusform>
            <numerusform>Done: %L1 of %Ln revocations. Wait for the rest, or stop sending and quit? Requests already sent are recorded either way.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationHistoryDialog</name>
    <message>
        <source>Revocation History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any part of a username, client ID, outcome or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
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
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Revocation History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incomplete line left by an interrupted write (a crash or a full disk) was set aside in %1. The entries below are the complete ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last line of the journal is incomplete, left by an interrupted write: it is not shown, and will be set aside in %1 before the next revocation is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token of the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every token of the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln entries</source>
        <translation>
            <numerusform>%L1 of %Ln entry</numerusform>
            <numerusform>%L1 of %Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>List line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out (unticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeConfirmDialog</name>
    <message>
        <source>Revoke Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This includes the token this console is signed in with: revoking it signs you out.</source>
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
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln token(s)?</source>
        <translation>
            <numerusform>Revoke %Ln token?</numerusform>
            <numerusform>Revoke %Ln tokens?</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all tokens of user “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke all tokens of client “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the tokens this affects...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server&apos;s list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading page %L1 of %L2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the tokens, so nothing can be revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the number of tokens (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no tokens of user “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no tokens of client “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 and %3. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of tokens changed from %L1 to %L2 since you confirmed. Check the list and confirm again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the tokens again before sending, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected row(s) cannot be revoked from here and are left out: %1</source>
        <translation>
            <numerusform>%Ln selected row cannot be revoked from here and is left out: %1</numerusform>
            <numerusform>%Ln selected rows cannot be revoked from here and are left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be revoked from here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not included, but some servers would delete them too because they ignore case: %Ln token(s) of %1.</source>
        <translation>
            <numerusform>Not included, but some servers would delete it too because they ignore case: %Ln token of %1.</numerusform>
            <numerusform>Not included, but some servers would delete them too because they ignore case: %Ln tokens of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting again before sending...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the console&apos;s own token is among these: %L1 of %L2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the console&apos;s own token is among these...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1, the number of tokens, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type “%1” exactly as shown, with the same case, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the check above has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) could not be checked for the console&apos;s own token (%1). If it is among them, revoking it signs you out.</source>
        <translation>
            <numerusform>%Ln token could not be checked for the console&apos;s own token (%1). If it is among them, revoking it signs you out.</numerusform>
            <numerusform>%Ln tokens could not be checked for the console&apos;s own token (%1). If it is among them, revoking it signs you out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke every token that matches the filters?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every matching token...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every matching token: %L1 of %L2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the matching tokens, so nothing can be revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to type appears once every matching token has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many to read one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching token(s) cannot be revoked from here and are left out: %1</source>
        <translation>
            <numerusform>%Ln matching token cannot be revoked from here and are left out: %1</numerusform>
            <numerusform>%Ln matching tokens cannot be revoked from here and are left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until every matching token has been read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matching tokens could not be read: nothing can be revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %Ln token(s) where %1?</source>
        <translation>
            <numerusform>Revoke all %Ln token where %1?</numerusform>
            <numerusform>Revoke all %Ln tokens where %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln token(s) found for the pasted list?</source>
        <translation>
            <numerusform>Revoke %Ln token found for the pasted list?</numerusform>
            <numerusform>Revoke %Ln tokens found for the pasted list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln token(s) found for the list “%1”?</source>
        <translation>
            <numerusform>Revoke %Ln token found for the list “%1”?</numerusform>
            <numerusform>Revoke %Ln tokens found for the list “%1”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a production server: type its name, “%1”, exactly as shown, to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revokes on %1, a production server. To confirm, type its name (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to type appears once the tokens have been counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revokes on %1, a server that is not saved and so is treated as production. To confirm, type its host name (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeListDialog</name>
    <message>
        <source>&amp;Open File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Against Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke From List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the list below, or open a text or CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List to revoke from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># incident 2026-11-28
ada
client:legacy-app
bob,web-app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking: %L1 of %Ln line(s)...</source>
        <translation>
            <numerusform>Checking: %L1 of %Ln line...</numerusform>
            <numerusform>Checking: %L1 of %Ln lines...</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv *.tsv *.list);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped: check again to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked, but %Ln line(s) could not be checked.</source>
        <translation>
            <numerusform>Checked, but %Ln line could not be checked.</numerusform>
            <numerusform>Checked, but %Ln lines could not be checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln line(s) against the server.</source>
        <translation>
            <numerusform>Checked %Ln line against the server.</numerusform>
            <numerusform>Checked %Ln lines against the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces before or after a name are kept: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln revoked</numerusform>
            <numerusform>%Ln revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already gone</source>
        <translation>
            <numerusform>%Ln already gone</numerusform>
            <numerusform>%Ln already gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <translation>
            <numerusform>%Ln unknown</numerusform>
            <numerusform>%Ln unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message>
        <source>none left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) differing only in case, not included (“%1”)</source>
        <translation>
            <numerusform>%Ln token differing only in case, not included (“%1”)</numerusform>
            <numerusform>%Ln tokens differing only in case, not included (“%1”)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) matching without the spaces around the name, not included</source>
        <translation>
            <numerusform>%Ln token matching without the spaces around the name, not included</numerusform>
            <numerusform>%Ln tokens matching without the spaces around the name, not included</numerusform>
        </translation>
    </message>
    <message>
        <source>spaces around the name are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the list against the server to see what each line would revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) with an entry:</source>
        <translation>
            <numerusform>%Ln line with an entry:</numerusform>
            <numerusform>%Ln lines with an entry:</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 with tokens (%L2 ticked), %L3 with none, %L4 malformed, %L5 could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) with a problem to look at (spaces, case).</source>
        <translation>
            <numerusform>%Ln line with a problem to look at (spaces, case).</numerusform>
            <numerusform>%Ln lines with a problem to look at (spaces, case).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked: %1 of %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The console signed in again since the check: check the list again before revoking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln Token(s)...</source>
        <translation>
            <numerusform>&amp;Revoke %Ln Token...</numerusform>
            <numerusform>&amp;Revoke %Ln Tokens...</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking: see the progress window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked what was confirmed. Check Again lists what matches each line now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line: a username for every token of that user; &lt;b&gt;client:&lt;/b&gt;&lt;i&gt;ID&lt;/i&gt; for every token of a client; or a username and a client ID separated by a tab or a comma for one token (&lt;b&gt;user:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt; when a username starts with “client:”). Blank lines and lines starting with # are skipped. Names are matched exactly, with their case and spaces as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to check the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again since the last pass: its outcomes are in the revocation history, and this check starts afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln still there</source>
        <translation>
            <numerusform>%Ln still there</numerusform>
            <numerusform>%Ln still there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeListLine</name>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client line has one client ID and no tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no username after “user:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user line has one username and no tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n tab-separated field(s); a token is username&lt;Tab&gt;client_id.</source>
        <translation>
            <numerusform>It has %n tab-separated field; a token is username&lt;Tab&gt;client_id.</numerusform>
            <numerusform>It has %n tab-separated fields; a token is username&lt;Tab&gt;client_id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its quotes do not pair up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n comma-separated field(s); a token is username,client_id.</source>
        <translation>
            <numerusform>It has %n comma-separated field; a token is username,client_id.</numerusform>
            <numerusform>It has %n comma-separated fields; a token is username,client_id.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %L1 MB; a list is text of one name per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it contains NUL bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client ID after “client:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token “%1” / “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains an invisible or control character (U+%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeProgressDialog</name>
    <message>
        <source>Revoking Tokens</source>
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
        <source>Retry &amp;Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish and are reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 per second, about %Ln second(s) left</source>
        <translation>
            <numerusform>%1 per second, about %Ln second left</numerusform>
            <numerusform>%1 per second, about %Ln seconds left</numerusform>
        </translation>
    </message>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the &amp;Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already gone: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In to Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit journal could not record %Ln outcome(s) (the revocations happened as shown here): %1</source>
        <translation>
            <numerusform>The audit journal could not record %Ln outcome (the revocations happened as shown here): %1</numerusform>
            <numerusform>The audit journal could not record %Ln outcomes (the revocations happened as shown here): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: the session ended. Sign in again to the same server to continue, or stop: nothing more is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %L1 of %L2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by signing out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by signing in to another server or as someone else: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in %1 s</source>
        <translation>
            <numerusform>%Ln request in %1 s</numerusform>
            <numerusform>%Ln requests in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Not revoked (%L1) or with an unknown outcome (%L2): a request whose answer was lost may or may not have revoked its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown (%L1): the answer was lost and could not be checked, so the server may or may not have revoked these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked (%L1), and why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %Ln in the whole run</source>
        <translation>
            <numerusform>of %Ln in the whole run</numerusform>
            <numerusform>of %Ln in the whole run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln token(s)</source>
        <translation>
            <numerusform>Revoked %Ln token</numerusform>
            <numerusform>Revoked %Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an unknown outcome</source>
        <translation>
            <numerusform>%Ln with an unknown outcome</numerusform>
            <numerusform>%Ln with an unknown outcome</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln not sent</numerusform>
            <numerusform>%Ln not sent</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln already gone</source>
        <translation>
            <numerusform>%Ln already gone</numerusform>
            <numerusform>%Ln already gone</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens not revoked, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln not verified</source>
        <translation>
            <numerusform>%Ln not verified</numerusform>
            <numerusform>%Ln not verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: %Ln gone</source>
        <translation>
            <numerusform>Verified: %Ln gone</numerusform>
            <numerusform>Verified: %Ln gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported revoked still there (kept by the server, or issued again): counted as failed</source>
        <translation>
            <numerusform>%Ln reported revoked still there (kept by the server, or issued again): counted as failed</numerusform>
            <numerusform>%Ln reported revoked still there (kept by the server, or issued again): counted as failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerList</name>
    <message>
        <source>it is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field that should be text is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no environment (development, test or production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an environment (development, test or production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way to sign in (token, client-credentials or password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour (#rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a saved server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is longer than 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains an invisible or control character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 MB: it is not a list of servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a list of servers exported by Knetik Token Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is of version %1 of the format; this console reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no list of servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): %3 was not imported (secrets stay in each admin&apos;s keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): a saved server has this name (“%3”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): the same server and sign-in as the saved “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” and “%2” are at the same address with different environments (%3, %4): a server has one environment, whichever name is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file lists %L1 servers; more than %L2 is not a list an admin keeps, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” trusts the certificates in %2 for %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defau&amp;lt Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pasted access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Us&amp;ername:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets (tokens, client secrets, passwords) are never saved here: a remembered session is kept in the system keychain, one entry per server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificates for This Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln server(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>Exported %Ln server to %1 (no secrets).</numerusform>
            <numerusform>Exported %Ln servers to %1 (no secrets).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted (when you press OK), with its remembered session. You stay signed in to it until you sign out or switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” deleted (when you press OK), with its remembered session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another server has this name (names must differ, also in case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 MB: it is not a list of servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln server(s)</source>
        <translation>
            <numerusform>Imported %Ln server</numerusform>
            <numerusform>Imported %Ln servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out as already saved (%Ln):</source>
        <translation>
            <numerusform>Left out as already saved (%Ln):</numerusform>
            <numerusform>Left out as already saved (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out as invalid (%Ln):</source>
        <translation>
            <numerusform>Left out as invalid (%Ln):</numerusform>
            <numerusform>Left out as invalid (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers saved before are unchanged. Press OK to keep the imported ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, extra CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trusts the certificates in %1 (for this server only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more</source>
        <translation>
            <numerusform>... and %Ln more</numerusform>
            <numerusform>... and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trusting an extra CA, each for its own server only (%Ln):</source>
        <translation>
            <numerusform>Trusting an extra CA, for its own server only (%Ln):</numerusform>
            <numerusform>Trusting an extra CA, each for its own server only (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Enter the server&apos;s address, for example https://sandbox.knetikcloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address: use http:// or https://, a host name, and no query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting an access token from %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the access token with %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id or the client secret is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or the password is wrong (or this client may not use them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This access token lacks the TOKENS_ADMIN permission, so it cannot manage tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a Knetik server (%2). Check the URL, including any path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username and Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned off by --no-remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: plain http to %1 sends the access token unencrypted. Use https unless this is a test server on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates: the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a CA &amp;Certificate...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust a CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a server na&amp;med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the server to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New server (enter its address below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved server has this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be saved under this name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trusted for %1: the CA in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trusted for %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>You are not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Access token (not shown):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tls</name>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenDetailsDialog</name>
    <message>
        <source>Token Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the token list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token no longer exists: it was revoked or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenExporter</name>
    <message numerus="yes">
        <source>The server also listed %Ln token(s) that do not match the filters (it may not support filtering, or read them otherwise), such as %1: they are left out.</source>
        <translation>
            <numerusform>The server also listed %Ln token that does not match the filters (it may not support filtering, or read them otherwise), %1: it is left out.</numerusform>
            <numerusform>The server also listed %Ln tokens that do not match the filters (it may not support filtering, or read them otherwise), such as %1: they are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server said %Ln token(s) and its first page held none</source>
        <translation>
            <numerusform>the server said %Ln token and its first page held none</numerusform>
            <numerusform>the server said %Ln tokens and its first page held none</numerusform>
        </translation>
    </message>
    <message>
        <source>the server said %1 tokens in pages of %2, more than this console reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total changed from %1 to %2 while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server said %1 tokens, and its page %2 held %3 where %4 were due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server said %1 tokens but listed more after them (its total may be capped, or it may not read the page number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token was listed twice, so the list changed while it was read (or the server does not read the page number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenJson</name>
    <message>
        <source>empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;content&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;content&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;total_elements&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;total_elements&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;access_token&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;expires_in&quot; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenMatchCounter</name>
    <message numerus="yes">
        <source>The server also listed %Ln token(s) whose name does not contain “%1” (it may not support filtering): they are not counted.</source>
        <translation>
            <numerusform>The server also listed %Ln token whose name does not contain “%1” (it may not support filtering): it is not counted.</numerusform>
            <numerusform>The server also listed %Ln tokens whose name does not contain “%1” (it may not support filtering): they are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenStats</name>
    <message>
        <source>%1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outlier holds more than %1 times the median number of tokens and at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column; Shift+click to add it as the next sort key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sorted by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted ascending, sort key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorted descending, sort key %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the filters: the server listed it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the filters</source>
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
    <name>TrustingNetwork</name>
    <message>
        <source>A CA file is for an https server; %1 is not one.</source>
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
        <source>The server&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the access token from standard input (it then never shows in the process list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither use nor store a session in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the interface, e.g. de or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin needs --base-url: say which server the token is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“knetik-tokens --help” lists the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for the server of --base-url (TLS errors are never ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ca-file needs --base-url: say which server the CA is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin console for the OAuth access tokens of a Knetik server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knetik Token Console signs in to a Knetik platform server with an access token (or gets one from the server&apos;s /oauth/token) and shows every OAuth access token there in a paged, filterable table sorted by the server. It shows one token&apos;s details and revokes tokens: one, a selection, every token of a user or a client, every token a filter matches, or the tokens a list names, each after a confirmation, with each token&apos;s outcome reported and written to the revocation journal.

Without options it opens the sign-in window (or the session it remembered in the system keychain). Servers are saved under File &gt; Servers; a server marked Production asks for its name before any revocation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (saved servers, window state) in ~/.config/Knetik Token Console/knetik-token-console.conf; the revocation journal in ~/.local/share/Knetik Token Console/knetik-token-console/revocations.jsonl; a remembered session in the system keychain (Secret Service), never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
