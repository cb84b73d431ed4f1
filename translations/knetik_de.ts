<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Knetik Token Console</source>
        <translation>Über Knetik Token Console</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Knetik Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Browse and revoke the OAuth access tokens of a Knetik platform server.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the MIT License.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Knetik Token Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Die OAuth-Zugriffstokens eines Knetik-Plattformservers durchsuchen und widerrufen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Documentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dokumentation: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>the answer is larger than %1 MB</source>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the server redirects to %1</source>
        <translation>der Server leitet weiter nach %1</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <source>the body is not JSON</source>
        <translation>der Inhalt ist kein JSON</translation>
    </message>
    <message>
        <source>HTTP %1 instead of 204</source>
        <translation>HTTP %1 statt 204</translation>
    </message>
    <message>
        <source>the server ended the connection before this request was sent</source>
        <translation>der Server hat die Verbindung beendet, bevor diese Anfrage gesendet wurde</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 The server said: &quot;%2&quot;</source>
        <translation>%1 Der Server meldete: „%2“</translation>
    </message>
    <message>
        <source>The server rejected the request (HTTP 400).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired. Sign in again.</source>
        <translation>Das Zugriffstoken ist ungültig oder abgelaufen. Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>This access token lacks the TOKENS_ADMIN permission.</source>
        <translation>Diesem Zugriffstoken fehlt die Berechtigung TOKENS_ADMIN.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404).</source>
        <translation>Nicht gefunden (HTTP 404).</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting requests; it asks to wait %n second(s).</source>
        <translation>
            <numerusform>Der Server begrenzt die Anfragen; er bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Der Server begrenzt die Anfragen; er bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is limiting requests (HTTP 429).</source>
        <translation>Der Server begrenzt die Anfragen (HTTP 429).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1). Try again later.</source>
        <translation>Serverfehler (HTTP %1). Bitte später erneut versuchen.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected HTTP status %1.</source>
        <translation>Der Server antwortete mit dem unerwarteten HTTP-Status %1.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood (%1). Check the server URL.</source>
        <translation>Die Antwort des Servers ist unverständlich (%1). Bitte die Server-URL prüfen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>[access token]</source>
        <translation>[Zugriffstoken]</translation>
    </message>
    <message numerus="yes">
        <source>%1 (Gave up after %n tries.)</source>
        <translation>
            <numerusform>%1 (Nach %n Versuch aufgegeben.)</numerusform>
            <numerusform>%1 (Nach %n Versuchen aufgegeben.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent: the session it was made for has ended.</source>
        <translation>Nicht gesendet: Die Sitzung, für die es bestimmt war, ist beendet.</translation>
    </message>
    <message>
        <source>The list the server gave does not add up: %1. It was not used for anything that needs every token; read it again.</source>
        <translation>Die Liste des Servers geht nicht auf: %1. Sie wurde für nichts verwendet, das jedes Token braucht; bitte erneut lesen.</translation>
    </message>
</context>
<context>
    <name>AuditJournal</name>
    <message>
        <source>Cannot write the audit journal %1: %2</source>
        <translation>Das Revisionsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>An incomplete line left by an interrupted write was set aside in %1.</source>
        <translation>Eine unvollständige Zeile eines unterbrochenen Schreibvorgangs wurde in %1 beiseitegelegt.</translation>
    </message>
    <message>
        <source>An incomplete line left by an interrupted write could not be set aside in %1: %2</source>
        <translation>Eine unvollständige Zeile eines unterbrochenen Schreibvorgangs konnte nicht in %1 beiseitegelegt werden: %2</translation>
    </message>
    <message>
        <source>only %L1 of %L2 bytes were written</source>
        <translation>nur %L1 von %L2 Bytes wurden geschrieben</translation>
    </message>
</context>
<context>
    <name>BulkRevoker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>signed in elsewhere</source>
        <translation>anderswo angemeldet</translation>
    </message>
    <message>
        <source>Cannot be revoked from here: %1</source>
        <translation>Kann von hier aus nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>gone when retried</source>
        <translation>beim erneuten Versuch schon weg</translation>
    </message>
    <message>
        <source>%1 before trying again</source>
        <translation>%1 vor dem nächsten Versuch</translation>
    </message>
    <message>
        <source>%1 before it could be checked</source>
        <translation>%1, bevor es geprüft werden konnte</translation>
    </message>
    <message>
        <source>a user- or client-wide revoke cannot be checked</source>
        <translation>ein Widerruf für einen ganzen Benutzer oder Client lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>gone when checked</source>
        <translation>bei der Prüfung schon weg</translation>
    </message>
    <message>
        <source>still there when checked</source>
        <translation>bei der Prüfung noch vorhanden</translation>
    </message>
    <message>
        <source>the check failed too: %1</source>
        <translation>auch die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The session changed while it waited to be tried again; an earlier try may have arrived. Sent again in the new session.</source>
        <translation>Die Sitzung hat gewechselt, während es auf den nächsten Versuch wartete; ein früherer Versuch ist womöglich angekommen. In der neuen Sitzung erneut gesendet.</translation>
    </message>
    <message>
        <source>The session changed while it waited to be tried again. Sent again in the new session.</source>
        <translation>Die Sitzung hat gewechselt, während es auf den nächsten Versuch wartete. In der neuen Sitzung erneut gesendet.</translation>
    </message>
    <message>
        <source>the server refused the session&apos;s token (401)</source>
        <translation>der Server hat das Token der Sitzung abgelehnt (401)</translation>
    </message>
    <message>
        <source>the server answered for “%1” / “%2”: it trims names, and a DELETE would revoke that token instead</source>
        <translation>der Server antwortete für „%1“ / „%2“: er kürzt Namen, und ein DELETE würde stattdessen dieses Token widerrufen</translation>
    </message>
    <message>
        <source>the server does not find the pair by its exact names (it may trim names), so a DELETE could revoke another token</source>
        <translation>der Server findet das Paar nicht unter seinen genauen Namen (vielleicht kürzt er Namen), ein DELETE könnte also ein anderes Token widerrufen</translation>
    </message>
    <message>
        <source>its names could not be checked: %1</source>
        <translation>seine Namen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>not verified: %1</source>
        <translation>nicht überprüft: %1</translation>
    </message>
    <message>
        <source>it ended the session it was sent with</source>
        <translation>es hat die Sitzung beendet, mit der es gesendet wurde</translation>
    </message>
    <message>
        <source>verified: none left</source>
        <translation>überprüft: keines mehr vorhanden</translation>
    </message>
    <message>
        <source>verified gone</source>
        <translation>überprüft: entfernt</translation>
    </message>
    <message>
        <source>the server&apos;s total fell by %1 tokens, %2 were confirmed (it may have revoked more, or others revoked tokens meanwhile)</source>
        <translation>die Gesamtzahl des Servers fiel um %1 Tokens, bestätigt waren %2 (vielleicht hat er mehr widerrufen, oder andere haben inzwischen Tokens widerrufen)</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) still there after the server said revoked (kept, or issued again)</source>
        <translation>
            <numerusform>%n Token noch vorhanden, obwohl der Server „widerrufen“ meldete (behalten oder neu ausgestellt)</numerusform>
            <numerusform>%n Tokens noch vorhanden, obwohl der Server „widerrufen“ meldete (behalten oder neu ausgestellt)</numerusform>
        </translation>
    </message>
    <message>
        <source>still there after the server said revoked (kept, or issued again)</source>
        <translation>noch vorhanden, obwohl der Server „widerrufen“ meldete (behalten oder neu ausgestellt)</translation>
    </message>
    <message>
        <source>the server answered for “%1” / “%2”</source>
        <translation>der Server antwortete für „%1“ / „%2“</translation>
    </message>
    <message>
        <source>%1 before it was sent</source>
        <translation>%1, bevor sie gesendet wurde</translation>
    </message>
    <message>
        <source>%1; still there when checked</source>
        <translation>%1; bei der Prüfung noch vorhanden</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save As...</source>
        <translation>Speichern unter...</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG file</source>
        <translation>Dieses Diagramm als PNG- oder SVG-Datei speichern</translation>
    </message>
    <message>
        <source>Save %1 as a file</source>
        <translation>%1 als Datei speichern</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this chart and its numbers</source>
        <translation>Dieses Diagramm und seine Zahlen kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>%1 numbers</source>
        <translation>Zahlen %1</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Tokens per user</source>
        <translation>Tokens pro Benutzer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show Tokens of User “%1”</source>
        <translation>Tokens des Benutzers „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Show Tokens of Client “%1”</source>
        <translation>Tokens des Clients „%1“ anzeigen</translation>
    </message>
    <message>
        <source>Revoke All Tokens of User “%1”...</source>
        <translation>Alle Tokens des Benutzers „%1“ widerrufen...</translation>
    </message>
    <message>
        <source>Revoke All Tokens of Client “%1”...</source>
        <translation>Alle Tokens des Clients „%1“ widerrufen...</translation>
    </message>
    <message>
        <source>Save Chart As...</source>
        <translation>Diagramm speichern unter...</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Could not save the chart to %1: %2</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>die Datei kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--format takes table, tsv, csv or json, not “%1”.</source>
        <translation>--format nimmt table, tsv, csv oder json, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give --server or --base-url, not both.</source>
        <translation>Geben Sie --server oder --base-url an, nicht beides.</translation>
    </message>
    <message>
        <source>No server is saved under the name “%1” (the console saves none yet: File &gt; Servers).</source>
        <translation>Unter dem Namen „%1“ ist kein Server gespeichert (die Konsole hat noch keinen gespeichert: Datei &gt; Server).</translation>
    </message>
    <message>
        <source>No server is saved under the name “%1”. Saved: %2.</source>
        <translation>Unter dem Namen „%1“ ist kein Server gespeichert. Gespeichert: %2.</translation>
    </message>
    <message>
        <source>--token-stdin needs --server or --base-url: say which server the token is for.</source>
        <translation>--token-stdin braucht --server oder --base-url: Sagen Sie, für welchen Server das Token ist.</translation>
    </message>
    <message>
        <source>Which server? Give --server NAME or --base-url URL (the console remembers no session to use).</source>
        <translation>Welcher Server? Geben Sie --server NAME oder --base-url URL an (die Konsole merkt sich keine Sitzung, die sich nutzen ließe).</translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The console remembers no session for %1: sign in there with “Remember on this computer”, or give a token with --token-stdin.</source>
        <translation>Die Konsole merkt sich keine Sitzung für %1: Melden Sie sich dort mit „Auf diesem Computer merken“ an, oder geben Sie ein Token mit --token-stdin.</translation>
    </message>
    <message>
        <source>Warning: %1 is not encrypted (http://): the token travels in clear text.</source>
        <translation>Warnung: %1 ist nicht verschlüsselt (http://): Das Token wird im Klartext übertragen.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation>Kein Zugriffstoken auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>--order takes username or client_id, each at most once, with :asc or :desc, separated by commas (e.g. username:asc,client_id:desc), not “%1”.</source>
        <translation>--order nimmt username oder client_id, jedes höchstens einmal, mit :asc oder :desc, durch Kommas getrennt (z. B. username:asc,client_id:desc), nicht „%1“.</translation>
    </message>
    <message>
        <source>Give a username and a client id (two arguments; “--” before a username that starts with a dash).</source>
        <translation>Geben Sie einen Benutzernamen und eine Client-ID an (zwei Argumente; „--“ vor einem Benutzernamen, der mit einem Bindestrich beginnt).</translation>
    </message>
    <message>
        <source>Neither the username nor the client id may be empty.</source>
        <translation>Weder der Benutzername noch die Client-ID darf leer sein.</translation>
    </message>
    <message>
        <source>list takes no arguments (filters are --user and --client).</source>
        <translation>list nimmt keine Argumente (Filter sind --user und --client).</translation>
    </message>
    <message>
        <source>--all reads every page: give it without --page and --size.</source>
        <translation>--all liest jede Seite: Geben Sie es ohne --page und --size an.</translation>
    </message>
    <message>
        <source>--page takes a number from 1.</source>
        <translation>--page nimmt eine Zahl ab 1.</translation>
    </message>
    <message>
        <source>--size takes a number from 1 to %1.</source>
        <translation>--size nimmt eine Zahl von 1 bis %1.</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>BENUTZERNAME</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>CLIENT-ID</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation>Seite %1 von %2 · %3</translation>
    </message>
    <message>
        <source>There is no token of “%1” for the client “%2”.</source>
        <translation>Es gibt kein Token von „%1“ für den Client „%2“.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>export takes no arguments (filters are --user and --client).</source>
        <translation>export nimmt keine Argumente (Filter sind --user und --client).</translation>
    </message>
    <message>
        <source>export writes csv or jsonl (JSON Lines), not “%1”.</source>
        <translation>export schreibt csv oder jsonl (JSON Lines), nicht „%1“.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export abgebrochen: %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>die Standardausgabe</translation>
    </message>
    <message>
        <source>%1 (%2 was not written)</source>
        <translation>%1 (%2 wurde nicht geschrieben)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n token(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>%n Token in %2 s nach %1 exportiert.</numerusform>
            <numerusform>%n Tokens in %2 s nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>history takes no arguments.</source>
        <translation>history nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>--since and --until take a date (2026-11-28) or a date and time (2026-11-28T14:30:00).</source>
        <translation>--since und --until nehmen ein Datum (2026-11-28) oder Datum und Uhrzeit (2026-11-28T14:30:00).</translation>
    </message>
    <message>
        <source>--outcome takes revoked, already-gone, failed, unknown or not-sent.</source>
        <translation>--outcome nimmt revoked, already-gone, failed, unknown oder not-sent.</translation>
    </message>
    <message>
        <source>The journal&apos;s last line is incomplete (a crash while it was written) and is left out; the console sets it aside at its next revocation.</source>
        <translation>Die letzte Zeile des Protokolls ist unvollständig (ein Absturz beim Schreiben) und wird ausgelassen; die Konsole legt sie beim nächsten Widerruf beiseite.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>UMFANG</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>Say what to revoke, one way only: pairs (USERNAME CLIENT_ID ...), --from-file FILE, --user NAME or --client ID.</source>
        <translation>Sagen Sie auf genau eine Art, was widerrufen werden soll: Paare (BENUTZERNAME CLIENT_ID ...), --from-file DATEI, --user NAME oder --client ID.</translation>
    </message>
    <message numerus="yes">
        <source>Pairs come as a username and a client id each: %n argument(s) is not a whole number of pairs.</source>
        <translation>
            <numerusform>Paare bestehen je aus Benutzername und Client-ID: %n Argument ist keine ganze Zahl von Paaren.</numerusform>
            <numerusform>Paare bestehen je aus Benutzername und Client-ID: %n Argumente sind keine ganze Zahl von Paaren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pair %1: %2</source>
        <translation>Paar %1: %2</translation>
    </message>
    <message>
        <source>Standard input carries the token (--token-stdin): give the list as a file.</source>
        <translation>Die Standardeingabe trägt das Token (--token-stdin): Geben Sie die Liste als Datei an.</translation>
    </message>
    <message>
        <source>Checking the list</source>
        <translation>Liste wird geprüft</translation>
    </message>
    <message>
        <source>Cancelled: nothing was revoked.</source>
        <translation>Abgebrochen: Nichts wurde widerrufen.</translation>
    </message>
    <message>
        <source>Line %1 (%2) could not be checked: %3</source>
        <translation>Zeile %1 (%2) konnte nicht geprüft werden: %3</translation>
    </message>
    <message>
        <source>Nothing was revoked: every line must be checked first.</source>
        <translation>Nichts wurde widerrufen: Jede Zeile muss zuerst geprüft sein.</translation>
    </message>
    <message>
        <source>Line %1 is not understood and is left out: %2 (“%3”)</source>
        <translation>Zeile %1 ist unverständlich und wird ausgelassen: %2 („%3“)</translation>
    </message>
    <message>
        <source>the same as line %1</source>
        <translation>dasselbe wie Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n more only when case is ignored, left out</source>
        <translation>
            <numerusform>; %n weiteres nur ohne Beachtung der Groß- und Kleinschreibung, ausgelassen</numerusform>
            <numerusform>; %n weitere nur ohne Beachtung der Groß- und Kleinschreibung, ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n more without the spaces around the name, left out</source>
        <translation>
            <numerusform>; %n weiteres ohne die Leerzeichen um den Namen, ausgelassen</numerusform>
            <numerusform>; %n weitere ohne die Leerzeichen um den Namen, ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2: %3</source>
        <translation>Zeile %1: %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Server: %1, signed in as %2</source>
        <translation>Server: %1, angemeldet als %2</translation>
    </message>
    <message>
        <source>an unknown identity (a given token)</source>
        <translation>eine unbekannte Identität (ein übergebenes Token)</translation>
    </message>
    <message numerus="yes">
        <source>Revokes every token of the user “%1”: %n token(s) now.</source>
        <translation>
            <numerusform>Widerruft jedes Token des Benutzers „%1“: derzeit %n Token.</numerusform>
            <numerusform>Widerruft jedes Token des Benutzers „%1“: derzeit %n Tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revokes every token of the client “%1”: %n token(s) now.</source>
        <translation>
            <numerusform>Widerruft jedes Token des Clients „%1“: derzeit %n Token.</numerusform>
            <numerusform>Widerruft jedes Token des Clients „%1“: derzeit %n Tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revokes %n token(s).</source>
        <translation>
            <numerusform>Widerruft %n Token.</numerusform>
            <numerusform>Widerruft %n Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>This includes the token this program signs in with: it is revoked last, and the session ends with it.</source>
        <translation>Darunter ist das Token, mit dem dieses Programm angemeldet ist: Es wird zuletzt widerrufen, und die Sitzung endet damit.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Nothing to revoke: no line of the list matches a token.</source>
        <translation>Nichts zu widerrufen: Keine Zeile der Liste passt zu einem Token.</translation>
    </message>
    <message>
        <source>--%1=%2 does not match: %3 Nothing was sent.</source>
        <translation>--%1=%2 passt nicht: %3 Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Not confirmed, nothing was sent: %1 Without a terminal to ask on, give --%2=%3.</source>
        <translation>Nicht bestätigt, nichts wurde gesendet: %1 Ohne ein Terminal für die Rückfrage geben Sie --%2=%3 an.</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation>Nicht bestätigt: Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>This is a production server. Type its name (%1) to go on:</source>
        <translation>Dies ist ein Produktionsserver. Geben Sie zum Fortfahren seinen Namen ein (%1):</translation>
    </message>
    <message>
        <source>this server needs its name, “%1”.</source>
        <translation>dieser Server braucht seinen Namen, „%1“.</translation>
    </message>
    <message>
        <source>Type the user&apos;s name to revoke all their tokens:</source>
        <translation>Geben Sie den Namen des Benutzers ein, um alle seine Tokens zu widerrufen:</translation>
    </message>
    <message>
        <source>Type the client&apos;s id to revoke all its tokens:</source>
        <translation>Geben Sie die ID des Clients ein, um alle seine Tokens zu widerrufen:</translation>
    </message>
    <message>
        <source>it is the user&apos;s name, “%1”.</source>
        <translation>es ist der Name des Benutzers, „%1“.</translation>
    </message>
    <message>
        <source>it is the client&apos;s id, “%1”.</source>
        <translation>es ist die ID des Clients, „%1“.</translation>
    </message>
    <message>
        <source>Type the number of tokens to revoke (%1) to go on:</source>
        <translation>Geben Sie zum Fortfahren die Anzahl der zu widerrufenden Tokens ein (%1):</translation>
    </message>
    <message numerus="yes">
        <source>this revokes %n token(s).</source>
        <translation>
            <numerusform>dies widerruft %n Token.</numerusform>
            <numerusform>dies widerruft %n Tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling: nothing more is sent; waiting for the %n request(s) on the wire (Ctrl+C again quits without waiting; their outcome is then unknown).</source>
        <translation>
            <numerusform>Abbruch: Nichts mehr wird gesendet; warte auf die %n laufende Anfrage (erneut Strg+C beendet ohne zu warten; ihr Ergebnis ist dann unbekannt).</numerusform>
            <numerusform>Abbruch: Nichts mehr wird gesendet; warte auf die %n laufenden Anfragen (erneut Strg+C beendet ohne zu warten; ihr Ergebnis ist dann unbekannt).</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal could not record the list&apos;s lines: %1</source>
        <translation>Das Protokoll konnte die Zeilen der Liste nicht aufzeichnen: %1</translation>
    </message>
    <message numerus="yes">
        <source>The journal could not record %n outcome(s): %1</source>
        <translation>
            <numerusform>Das Protokoll konnte %n Ergebnis nicht aufzeichnen: %1</numerusform>
            <numerusform>Das Protokoll konnte %n Ergebnisse nicht aufzeichnen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>%1 / %2: %3: %4</source>
        <translation>%1 / %2: %3: %4</translation>
    </message>
    <message>
        <source>(every user)</source>
        <translation>(jeder Benutzer)</translation>
    </message>
    <message>
        <source>(every client)</source>
        <translation>(jeder Client)</translation>
    </message>
    <message>
        <source>Revoked %1, already gone %2, failed %3, unknown %4, not sent %5.</source>
        <translation>Widerrufen %1, bereits entfernt %2, fehlgeschlagen %3, unbekannt %4, nicht gesendet %5.</translation>
    </message>
    <message>
        <source>The server stopped accepting the token (401): the rest was not sent.</source>
        <translation>Der Server nimmt das Token nicht mehr an (401): Der Rest wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>No server is saved under the name “%1”: only lines that carry that name are shown (lines of a server that was not saved carry none: use --base-url).</source>
        <translation>Unter dem Namen „%1“ ist kein Server gespeichert: Nur Zeilen mit diesem Namen werden gezeigt (Zeilen eines nicht gespeicherten Servers haben keinen: verwenden Sie --base-url).</translation>
    </message>
    <message>
        <source>The tokens could not be counted, nothing was revoked: %1</source>
        <translation>Die Tokens konnten nicht gezählt werden, nichts wurde widerrufen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) of a name that differs only in case are not counted; some servers would revoke them too.</source>
        <translation>
            <numerusform>%n Token eines Namens, der sich nur in der Groß- und Kleinschreibung unterscheidet, wird nicht gezählt; manche Server würden es mit widerrufen.</numerusform>
            <numerusform>%n Tokens eines Namens, der sich nur in der Groß- und Kleinschreibung unterscheidet, werden nicht gezählt; manche Server würden sie mit widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name “%1” has spaces around it: they are part of it.</source>
        <translation>Der Name „%1“ hat Leerzeichen davor oder danach: Sie gehören dazu.</translation>
    </message>
    <message>
        <source>Nothing to revoke: the user “%1” has no token.</source>
        <translation>Nichts zu widerrufen: Der Benutzer „%1“ hat kein Token.</translation>
    </message>
    <message>
        <source>Nothing to revoke: the client “%1” has no token.</source>
        <translation>Nichts zu widerrufen: Der Client „%1“ hat kein Token.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) could not be checked for the token this program signs in with (%1). If it is among them, the rest is not sent once it is revoked.</source>
        <translation>
            <numerusform>%n Paar konnte nicht auf das Token geprüft werden, mit dem dieses Programm angemeldet ist (%1). Ist es darunter, wird der Rest nach seinem Widerruf nicht gesendet.</numerusform>
            <numerusform>%n Paare konnten nicht auf das Token geprüft werden, mit dem dieses Programm angemeldet ist (%1). Ist es darunter, wird der Rest nach seinem Widerruf nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose token this program signs in with is not known: if it is one of these, the session ends with it.</source>
        <translation>Wessen Token dieses Programm verwendet, ist nicht bekannt: Ist es eines von diesen, endet die Sitzung damit.</translation>
    </message>
    <message numerus="yes">
        <source>%n pairs are too many to check one by one for the token this program signs in with: if it is among them, the rest is not sent once it is revoked.</source>
        <translation>
            <numerusform>%n Paar ist zu viel, um es einzeln auf das Token dieses Programms zu prüfen: Ist es darunter, wird der Rest nach seinem Widerruf nicht gesendet.</numerusform>
            <numerusform>%n Paare sind zu viele, um sie einzeln auf das Token dieses Programms zu prüfen: Ist es darunter, wird der Rest nach seinem Widerruf nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of tokens changed from %1 to %2 since it was shown: nothing was sent. Run it again to see the new number.</source>
        <translation>Die Anzahl der Tokens hat sich seit der Anzeige von %1 auf %2 geändert: Nichts wurde gesendet. Führen Sie es erneut aus, um die neue Zahl zu sehen.</translation>
    </message>
    <message>
        <source>The output could not be written: %1</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Say on which server to revoke: --server NAME or --base-url URL.</source>
        <translation>Sagen Sie, auf welchem Server widerrufen werden soll: --server NAME oder --base-url URL.</translation>
    </message>
    <message>
        <source>The session the console remembered for %1 has ended: sign in there again, or give a token with --token-stdin.</source>
        <translation>Die Sitzung, die sich die Konsole für %1 gemerkt hat, ist beendet: Melden Sie sich dort erneut an, oder geben Sie ein Token mit --token-stdin.</translation>
    </message>
    <message>
        <source>Type or paste the list, one entry per line, then press Ctrl+D.</source>
        <translation>Geben Sie die Liste ein oder fügen Sie sie ein, ein Eintrag pro Zeile, dann Strg+D.</translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n token(s) on this page that do not match the filters (it may not support filtering): they are left out.</source>
        <translation>
            <numerusform>Der Server hat auf dieser Seite %n Token geliefert, das nicht zu den Filtern passt (vielleicht unterstützt er keine Filter): es wird weggelassen.</numerusform>
            <numerusform>Der Server hat auf dieser Seite %n Tokens geliefert, die nicht zu den Filtern passen (vielleicht unterstützt er keine Filter): sie werden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server listed %n token(s) that do not match the filters (it may not support filtering): they are included (--include-unmatched).</source>
        <translation>
            <numerusform>Der Server hat %n Token geliefert, das nicht zu den Filtern passt (vielleicht unterstützt er keine Filter): es ist enthalten (--include-unmatched).</numerusform>
            <numerusform>Der Server hat %n Tokens geliefert, die nicht zu den Filtern passen (vielleicht unterstützt er keine Filter): sie sind enthalten (--include-unmatched).</numerusform>
        </translation>
    </message>
    <message>
        <source>--include-unmatched keeps them.</source>
        <translation>--include-unmatched behält sie.</translation>
    </message>
    <message>
        <source>%1 (what was written to standard output is not all of it)</source>
        <translation>%1 (was auf die Standardausgabe geschrieben wurde, ist nicht alles)</translation>
    </message>
    <message>
        <source>Verified: %1 gone, %2 reported revoked but still there (failed), %3 not verified.</source>
        <translation>Überprüft: %1 entfernt, %2 als widerrufen gemeldet, aber noch vorhanden (fehlgeschlagen), %3 nicht überprüft.</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>Left out, it cannot be sent: “%1” / “%2” (line %3): %4</source>
        <translation>Weggelassen, es kann nicht gesendet werden: „%1“ / „%2“ (Zeile %3): %4</translation>
    </message>
    <message>
        <source>%1 is no longer trusted for every server: choose it again in the console&apos;s sign-in dialog for the server it belongs to.</source>
        <translation>%1 wird nicht mehr für jeden Server vertraut: wählen Sie die Datei im Anmeldedialog der Konsole erneut für den Server, zu dem sie gehört.</translation>
    </message>
    <message>
        <source>Name a command: list, get, export, revoke, history or stats.</source>
        <translation>Nennen Sie einen Befehl: list, get, export, revoke, history oder stats.</translation>
    </message>
    <message>
        <source>stats takes no arguments (filters are --user and --client).</source>
        <translation>stats nimmt keine Argumente (Filter sind --user und --client).</translation>
    </message>
    <message>
        <source>--by takes client or user, not “%1”.</source>
        <translation>--by nimmt client oder user, nicht „%1“.</translation>
    </message>
    <message>
        <source>--top takes a number from 1 to 1000, not “%1”.</source>
        <translation>--top nimmt eine Zahl von 1 bis 1000, nicht „%1“.</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>Counting cancelled: no figures (they would be of part of the tokens).</source>
        <translation>Zählen abgebrochen: keine Zahlen (sie beträfen nur einen Teil der Tokens).</translation>
    </message>
    <message>
        <source>No figures: %1</source>
        <translation>Keine Zahlen: %1</translation>
    </message>
    <message>
        <source>%1 tokens, %2 users, %3 clients (read %4)</source>
        <translation>%1 Tokens, %2 Benutzer, %3 Clients (gelesen %4)</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKENS</translation>
    </message>
    <message>
        <source>Tokens per client (median %1)</source>
        <translation>Tokens je Client (Median %1)</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>CLIENT</translation>
    </message>
    <message numerus="yes">
        <source>(%n other client(s))</source>
        <translation>
            <numerusform>(%n anderer Client)</numerusform>
            <numerusform>(%n andere Clients)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens per user (median %1)</source>
        <translation>Tokens je Benutzer (Median %1)</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message numerus="yes">
        <source>(%n other user(s))</source>
        <translation>
            <numerusform>(%n anderer Benutzer)</numerusform>
            <numerusform>(%n andere Benutzer)</numerusform>
        </translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Users by number of tokens</source>
        <translation>Benutzer nach Anzahl der Tokens</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message numerus="yes">
        <source>user %1: %Ln token(s) (median %2)</source>
        <translation>
            <numerusform>Benutzer %1: %Ln Token (Median %2)</numerusform>
            <numerusform>Benutzer %1: %Ln Tokens (Median %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>client %1: %Ln token(s) (median %2)</source>
        <translation>
            <numerusform>Client %1: %Ln Token (Median %2)</numerusform>
            <numerusform>Client %1: %Ln Tokens (Median %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more user(s)</source>
        <translation>
            <numerusform>und %n weiterer Benutzer</numerusform>
            <numerusform>und %n weitere Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more client(s)</source>
        <translation>
            <numerusform>und %n weiterer Client</numerusform>
            <numerusform>und %n weitere Clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>A server saved in the console (File &gt; Servers), by its name. Its address, its environment (a production server asks for its name before a revocation) and its CA file apply.</source>
        <translation>Ein in der Konsole gespeicherter Server (Datei &gt; Server), nach seinem Namen. Seine Adresse, seine Umgebung (ein Produktionsserver fragt vor einem Widerruf nach seinem Namen) und seine CA-Datei gelten.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the access token from the first line of standard input (needs --server or --base-url). Without it, the session the console remembered for the server in the system keychain is used. A token is never taken from an argument or an environment variable.</source>
        <translation>Das Zugriffstoken aus der ersten Zeile der Standardeingabe lesen (braucht --server oder --base-url). Ohne diese Option wird die Sitzung verwendet, die sich die Konsole für den Server im Schlüsselbund des Systems gemerkt hat. Ein Token wird nie aus einem Argument oder einer Umgebungsvariable genommen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>How results are written: table (the default on a terminal), tsv (the default otherwise), csv or json. export writes csv (the default) or jsonl.</source>
        <translation>Wie Ergebnisse geschrieben werden: table (Standard auf einem Terminal), tsv (sonst Standard), csv oder json. export schreibt csv (Standard) oder jsonl.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The language of the messages, e.g. de or en.</source>
        <translation>Die Sprache der Meldungen, z. B. de oder en.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Show the help of the program, or of the command before it.</source>
        <translation>Die Hilfe des Programms zeigen, oder die des Befehls davor.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version zeigen.</translation>
    </message>
    <message>
        <source>The server&apos;s sort, e.g. username:asc,client_id:desc (the default: username:asc).</source>
        <translation>Die Sortierung des Servers, z. B. username:asc,client_id:desc (Standard: username:asc).</translation>
    </message>
    <message>
        <source>ORDER</source>
        <translation>REIHENFOLGE</translation>
    </message>
    <message>
        <source>Only tokens whose username contains TEXT (ignoring case, as the server filters).</source>
        <translation>Nur Tokens, deren Benutzername TEXT enthält (ohne Beachtung der Groß- und Kleinschreibung, wie der Server filtert).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only tokens whose client id contains TEXT (ignoring case, as the server filters).</source>
        <translation>Nur Tokens, deren Client-ID TEXT enthält (ohne Beachtung der Groß- und Kleinschreibung, wie der Server filtert).</translation>
    </message>
    <message>
        <source>List tokens, a page at a time or all of them.</source>
        <translation>Tokens auflisten, seitenweise oder alle.</translation>
    </message>
    <message>
        <source>Lists the (username, client id) pairs that have a token, as the console&apos;s table does. The list endpoint never returns a token&apos;s value.</source>
        <translation>Listet die Paare (Benutzername, Client-ID) auf, die ein Token haben, wie die Tabelle der Konsole. Die Liste liefert nie den Wert eines Tokens.</translation>
    </message>
    <message>
        <source>The page to show, from 1 (the default: 1).</source>
        <translation>Die anzuzeigende Seite, ab 1 (Standard: 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Tokens per page, 1 to 1000 (the default: 25).</source>
        <translation>Tokens pro Seite, 1 bis 1000 (Standard: 25).</translation>
    </message>
    <message>
        <source>USERNAME CLIENT_ID</source>
        <translation>BENUTZERNAME CLIENT_ID</translation>
    </message>
    <message>
        <source>Show one token.</source>
        <translation>Ein Token anzeigen.</translation>
    </message>
    <message>
        <source>Shows the token of one (username, client id) pair. Its value is masked (eight bullets and its last four characters) unless --show-token is given. Exit code 1 when the pair has no token.</source>
        <translation>Zeigt das Token eines Paars (Benutzername, Client-ID). Sein Wert ist maskiert (acht Punkte und seine letzten vier Zeichen), außer mit --show-token. Exit-Code 1, wenn das Paar kein Token hat.</translation>
    </message>
    <message>
        <source>Show the token&apos;s value in full.</source>
        <translation>Den Wert des Tokens vollständig zeigen.</translation>
    </message>
    <message>
        <source>Write every matching token to a file, as the console exports.</source>
        <translation>Jedes passende Token in eine Datei schreiben, wie die Konsole exportiert.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>[USERNAME CLIENT_ID]...</source>
        <translation>[BENUTZERNAME CLIENT_ID]...</translation>
    </message>
    <message>
        <source>Revoke tokens: pairs, the lines of a file, or every token of a user or client.</source>
        <translation>Tokens widerrufen: Paare, die Zeilen einer Datei, oder jedes Token eines Benutzers oder Clients.</translation>
    </message>
    <message>
        <source>Revokes the tokens of the pairs given as arguments, of the lines of a file (--from-file), or every token of one user (--user) or one client (--client). It first says what it will revoke and how many tokens that is, then asks: on a terminal for that number (a user&apos;s or client&apos;s name for --user and --client); otherwise --yes must give it. Each target&apos;s outcome is reported (revoked, already gone, failed, unknown, not sent) and written to the console&apos;s revocation journal. Ctrl+C sends nothing more and reports what was on the wire.</source>
        <translation>Widerruft die Tokens der als Argumente gegebenen Paare, der Zeilen einer Datei (--from-file), oder jedes Token eines Benutzers (--user) oder eines Clients (--client). Es sagt zuerst, was es widerruft und wie viele Tokens das sind, und fragt dann: auf einem Terminal nach dieser Zahl (für --user und --client nach dem Namen des Benutzers oder Clients); sonst muss --yes sie angeben. Das Ergebnis jedes Ziels wird gemeldet (widerrufen, bereits entfernt, fehlgeschlagen, unbekannt, nicht gesendet) und in das Widerrufsprotokoll der Konsole geschrieben. Strg+C sendet nichts mehr und meldet, was unterwegs war.</translation>
    </message>
    <message>
        <source>Revoke what the lines of FILE name, in the format of the console&apos;s Revoke From List (a username, client:ID, or a username and a client id separated by a tab or a comma, per line); each line is matched exactly against the server&apos;s tokens first. - reads standard input.</source>
        <translation>Widerrufen, was die Zeilen von DATEI nennen, im Format von „Aus Liste widerrufen“ der Konsole (ein Benutzername, client:ID, oder ein Benutzername und eine Client-ID, getrennt durch Tabulator oder Komma, pro Zeile); jede Zeile wird zuerst genau mit den Tokens des Servers abgeglichen. - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Every token of the user NAME, exactly (one DELETE with the username only).</source>
        <translation>Jedes Token des Benutzers NAME, genau (ein DELETE nur mit dem Benutzernamen).</translation>
    </message>
    <message>
        <source>Every token of the client ID, exactly (one DELETE with the client id only).</source>
        <translation>Jedes Token des Clients ID, genau (ein DELETE nur mit der Client-ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>N|NAME</source>
        <translation>N|NAME</translation>
    </message>
    <message>
        <source>The server&apos;s name, which a production server (and a server that is not saved and not on this computer) needs typed before a revocation, as the console asks for it.</source>
        <translation>Der Name des Servers, den ein Produktionsserver (und ein nicht gespeicherter Server, der nicht auf diesem Computer läuft) vor einem Widerruf eingegeben braucht, wie die Konsole danach fragt.</translation>
    </message>
    <message>
        <source>Show the revocation journal.</source>
        <translation>Das Widerrufsprotokoll zeigen.</translation>
    </message>
    <message>
        <source>Shows the lines of the revocation journal that the console and this program write (intents, outcomes, and list lines), oldest first. Nothing is sent to any server; --server and --base-url select the lines of that server.</source>
        <translation>Zeigt die Zeilen des Widerrufsprotokolls, das die Konsole und dieses Programm schreiben (Absichten, Ergebnisse und Listenzeilen), älteste zuerst. Nichts wird an einen Server gesendet; --server und --base-url wählen die Zeilen dieses Servers.</translation>
    </message>
    <message>
        <source>Only lines of the username NAME, exactly.</source>
        <translation>Nur Zeilen des Benutzernamens NAME, genau.</translation>
    </message>
    <message>
        <source>Only lines of the client id ID, exactly.</source>
        <translation>Nur Zeilen der Client-ID ID, genau.</translation>
    </message>
    <message>
        <source>Only lines from DATE on (YYYY-MM-DD, local time, or an ISO 8601 date and time).</source>
        <translation>Nur Zeilen ab DATUM (JJJJ-MM-TT, Ortszeit, oder Datum und Uhrzeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Only lines before the end of DATE (or before that date and time).</source>
        <translation>Nur Zeilen vor dem Ende von DATUM (oder vor diesem Datum und dieser Uhrzeit).</translation>
    </message>
    <message>
        <source>Only outcome lines of this kind: revoked, already-gone, failed, unknown or not-sent.</source>
        <translation>Nur Ergebniszeilen dieser Art: revoked, already-gone, failed, unknown oder not-sent.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Everything was done (for revoke: every target revoked or already gone).</source>
        <translation>Alles wurde erledigt (bei revoke: jedes Ziel widerrufen oder bereits entfernt).</translation>
    </message>
    <message>
        <source>Some targets failed: a token that could not be revoked, whose outcome is unknown, or that was not sent; get of a pair without a token.</source>
        <translation>Einige Ziele sind fehlgeschlagen: ein Token, das nicht widerrufen werden konnte, dessen Ergebnis unbekannt ist oder das nicht gesendet wurde; get eines Paars ohne Token.</translation>
    </message>
    <message>
        <source>Usage: a wrong option or argument, or a revocation that was not confirmed (nothing was sent).</source>
        <translation>Aufruf: eine falsche Option oder ein falsches Argument, oder ein nicht bestätigter Widerruf (nichts wurde gesendet).</translation>
    </message>
    <message>
        <source>Authentication: no token, a token the server refuses (401), or one without the TOKENS_ADMIN permission (403).</source>
        <translation>Authentifizierung: kein Token, ein Token, das der Server ablehnt (401), oder eines ohne die Berechtigung TOKENS_ADMIN (403).</translation>
    </message>
    <message>
        <source>Network or server: unreachable, TLS failure, time-out, a server error or an answer the program cannot read.</source>
        <translation>Netzwerk oder Server: nicht erreichbar, TLS-Fehler, Zeitüberschreitung, ein Serverfehler oder eine Antwort, die das Programm nicht lesen kann.</translation>
    </message>
    <message>
        <source>Interrupted with Ctrl+C (for revoke: after reporting every target&apos;s outcome).</source>
        <translation>Mit Strg+C unterbrochen (bei revoke: nachdem das Ergebnis jedes Ziels gemeldet wurde).</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options] %3</source>
        <translation>Aufruf: %1 %2 [Optionen] %3</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Usage: %1 [options] COMMAND [options] [arguments]</source>
        <translation>Aufruf: %1 [Optionen] BEFEHL [Optionen] [Argumente]</translation>
    </message>
    <message>
        <source>The OAuth access tokens of a Knetik server from the command line: the same core as Knetik Token Console, with its confirmations, outcomes and journal.</source>
        <translation>Die OAuth-Zugriffstokens eines Knetik-Servers von der Kommandozeile: derselbe Kern wie Knetik Token Console, mit seinen Bestätigungen, Ergebnissen und seinem Protokoll.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>“%1 COMMAND --help” shows a command&apos;s options.</source>
        <translation>„%1 BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>the OAuth access tokens of a Knetik server from the command line</source>
        <translation>die OAuth-Zugriffstokens eines Knetik-Servers von der Kommandozeile</translation>
    </message>
    <message>
        <source>%1 lists, exports and revokes the OAuth access tokens of a Knetik platform server over the same core as Knetik Token Console: the same requests, confirmations, per-token outcomes and revocation journal, and the servers and sessions the console saved.</source>
        <translation>%1 listet, exportiert und widerruft die OAuth-Zugriffstokens eines Knetik-Plattformservers über denselben Kern wie Knetik Token Console: dieselben Anfragen, Bestätigungen, Ergebnisse pro Token und dasselbe Widerrufsprotokoll, und die Server und Sitzungen, die die Konsole gespeichert hat.</translation>
    </message>
    <message>
        <source>The saved servers are read from the console&apos;s settings, a remembered session from the system keychain (Secret Service); the revocation journal is the console&apos;s (revocations.jsonl in its data folder). Nothing is written but the journal.</source>
        <translation>Die gespeicherten Server werden aus den Einstellungen der Konsole gelesen, eine gemerkte Sitzung aus dem Schlüsselbund des Systems (Secret Service); das Widerrufsprotokoll ist das der Konsole (revocations.jsonl in ihrem Datenordner). Außer dem Protokoll wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Name the command before “--”.</source>
        <translation>Nennen Sie den Befehl vor „--“.</translation>
    </message>
    <message>
        <source>Name the command before its options (“%1 %2 --help”).</source>
        <translation>Nennen Sie den Befehl vor seinen Optionen („%1 %2 --help“).</translation>
    </message>
    <message>
        <source>The server&apos;s address (https://...). A server saved at that address applies as with --server. Without --server and --base-url: the server whose session the console remembered (revoke needs one of them).</source>
        <translation>Die Adresse des Servers (https://...). Ein unter dieser Adresse gespeicherter Server gilt wie mit --server. Ohne --server und --base-url: der Server, dessen Sitzung sich die Konsole gemerkt hat (revoke braucht eines von beiden).</translation>
    </message>
    <message>
        <source>Confirm without asking: the exact number of tokens that will be revoked, or for --user and --client the name given there (on a production server the number there too, as the console asks). Anything else refuses.</source>
        <translation>Ohne Rückfrage bestätigen: die genaue Anzahl der zu widerrufenden Tokens, oder für --user und --client der dort gegebene Name (auf einem Produktionsserver auch dort die Anzahl, wie die Konsole fragt). Alles andere lehnt ab.</translation>
    </message>
    <message>
        <source>Also write the rows the server listed that do not match --user and --client (a server that ignores a filter). Without it they are left out, counted on standard error, and the exit code is 1.</source>
        <translation>Auch die Zeilen ausgeben, die der Server geliefert hat, obwohl sie nicht zu --user und --client passen (ein Server, der einen Filter ignoriert). Ohne diese Option werden sie weggelassen, auf der Standardfehlerausgabe gezählt, und der Exit-Code ist 1.</translation>
    </message>
    <message>
        <source>Every page, read several at once (instead of --page and --size). Exit code 1 when the server&apos;s pages do not add up to a complete list (it says why).</source>
        <translation>Jede Seite, mehrere gleichzeitig gelesen (statt --page und --size). Exit-Code 1, wenn die Seiten des Servers keine vollständige Liste ergeben (mit Begründung).</translation>
    </message>
    <message>
        <source>Writes every (username, client id) pair that matches the filters as CSV (with a header; a leading = + - @ gets an apostrophe, so that a spreadsheet does not run it) or JSON Lines, reading the pages several at once. A file appears only when the export is complete: every page read and the server&apos;s pages adding up to its total (else exit code 1, saying why).</source>
        <translation>Schreibt jedes Paar (Benutzername, Client-ID), das zu den Filtern passt, als CSV (mit Kopfzeile; ein führendes = + - @ bekommt einen Apostroph, damit eine Tabellenkalkulation es nicht ausführt) oder als JSON Lines und liest dabei mehrere Seiten gleichzeitig. Eine Datei entsteht nur, wenn der Export vollständig ist: jede Seite gelesen und die Seiten des Servers ergeben seine Gesamtzahl (sonst Exit-Code 1 mit Begründung).</translation>
    </message>
    <message>
        <source>Do not check what the server answered as revoked. By default each such pair is read again (a user or client: its tokens are counted again) and one still there is reported failed; the console&apos;s Tokens &gt; Verify Revocations turned off has the same effect.</source>
        <translation>Nicht prüfen, was der Server als widerrufen gemeldet hat. Standardmäßig wird jedes solche Paar erneut gelesen (bei einem Benutzer oder Client werden seine Tokens erneut gezählt), und ein noch vorhandenes wird als fehlgeschlagen gemeldet; „Tokens &gt; Widerrufe überprüfen“ in der Konsole ausgeschaltet wirkt ebenso.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file, for this server only (TLS errors are never ignored).</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei zusätzlich vertrauen, nur für diesen Server (TLS-Fehler werden nie ignoriert).</translation>
    </message>
    <message>
        <source>Say what would be revoked and print each DELETE that would be sent, in the order it would be sent; send no DELETE (the tokens are still read, to count them and to find the token this program signs in with).</source>
        <translation>Sagen, was widerrufen würde, und jedes DELETE ausgeben, das gesendet würde, in der Reihenfolge, in der es gesendet würde; kein DELETE senden (die Tokens werden trotzdem gelesen, um sie zu zählen und das Token zu finden, mit dem sich dieses Programm anmeldet).</translation>
    </message>
    <message>
        <source>the README in /usr/share/doc/knetik-token-console.</source>
        <translation>die README in /usr/share/doc/knetik-token-console.</translation>
    </message>
    <message>
        <source>Count tokens per client and per user, and find the outliers.</source>
        <translation>Tokens je Client und je Benutzer zählen und die Ausreißer finden.</translation>
    </message>
    <message>
        <source>Reads every token that matches the filters, as export does (the read proved complete, else no figures and exit code 1), and counts them: per client and per user (the largest named, the rest as others), users by number of tokens (1, 2-5, 6-20, 21-100, 101-1,000, more), and the outliers: users and clients holding more than 10 times the median and at least 20 tokens. Only counts are kept, never the rows. --format json gives every figure as one object; tsv and csv a row per figure (section, name, count).</source>
        <translation>Liest jedes Token, das zu den Filtern passt, wie export (das Lesen als vollständig nachgewiesen, sonst keine Zahlen und Exit-Code 1), und zählt sie: je Client und je Benutzer (die größten mit Namen, der Rest als andere), Benutzer nach Anzahl der Tokens (1, 2-5, 6-20, 21-100, 101-1.000, mehr) und die Ausreißer: Benutzer und Clients mit mehr als dem 10-Fachen des Medians und mindestens 20 Tokens. Nur Zahlen werden behalten, nie die Zeilen. --format json gibt alle Zahlen als ein Objekt aus; tsv und csv eine Zeile je Zahl (section, name, count).</translation>
    </message>
    <message>
        <source>Only the counts per client, or per user (the default: both).</source>
        <translation>Nur die Zahlen je Client oder je Benutzer (Standard: beide).</translation>
    </message>
    <message>
        <source>client|user</source>
        <translation>client|user</translation>
    </message>
    <message>
        <source>How many clients and users to name, largest first (the default: 20; the rest are counted as others).</source>
        <translation>Wie viele Clients und Benutzer genannt werden, die größten zuerst (Standard: 20; der Rest zählt als andere).</translation>
    </message>
    <message>
        <source>“%1” is not a command: use list, get, export, revoke, history or stats.</source>
        <translation>„%1“ ist kein Befehl: verwenden Sie list, get, export, revoke, history oder stats.</translation>
    </message>
</context>
<context>
    <name>ConcurrencyControl</name>
    <message>
        <source>%1 at once (HTTP/2)</source>
        <translation>%1 gleichzeitig (HTTP/2)</translation>
    </message>
    <message>
        <source>%1 at once</source>
        <translation>%1 gleichzeitig</translation>
    </message>
    <message>
        <source>, waiting %1 s as the server asked</source>
        <translation>, wartet %1 s, wie der Server verlangt</translation>
    </message>
    <message>
        <source>, about %L1 requests a second, limited by the server</source>
        <translation>, etwa %L1 Anfragen pro Sekunde, vom Server begrenzt</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>Your session ended. Sign in again to go on where you were.</source>
        <translation>Ihre Sitzung ist beendet. Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>Could not sign in: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Give --base-url with --token-stdin, or enter the server here.</source>
        <translation>Geben Sie --base-url zusammen mit --token-stdin an oder tragen Sie den Server hier ein.</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Anmeldung bei %1...</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not remembered: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message numerus="yes">
        <source>, token expires in %Ln second(s)</source>
        <translation>
            <numerusform>, Token läuft in %Ln Sekunde ab</numerusform>
            <numerusform>, Token läuft in %Ln Sekunden ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, token expires in %Ln minute(s)</source>
        <translation>
            <numerusform>, Token läuft in %Ln Minute ab</numerusform>
            <numerusform>, Token läuft in %Ln Minuten ab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, token expires in %Ln hour(s)</source>
        <translation>
            <numerusform>, Token läuft in %Ln Stunde ab</numerusform>
            <numerusform>, Token läuft in %Ln Stunden ab</numerusform>
        </translation>
    </message>
    <message>
        <source> (renewed automatically)</source>
        <translation> (wird automatisch erneuert)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Session ended: sign in again</source>
        <translation>Sitzung beendet: bitte erneut anmelden</translation>
    </message>
    <message>
        <source>%1 (client %2)</source>
        <translation>%1 (Client %2)</translation>
    </message>
    <message>
        <source>Signed in with a pasted token</source>
        <translation>Mit einem eingefügten Token angemeldet</translation>
    </message>
    <message>
        <source>Your recent servers are now saved servers (%1). Check their environments in File &gt; Servers.</source>
        <translation>Ihre zuletzt benutzten Server sind jetzt gespeicherte Server (%1). Prüfen Sie ihre Umgebungen unter Datei &gt; Server.</translation>
    </message>
    <message>
        <source>Demo sandbox</source>
        <translation>Demo-Sandbox</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Bei %1 anmelden.</translation>
    </message>
    <message>
        <source>Switching to %1...</source>
        <translation>Wechsel zu %1...</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first: a CA file is trusted for that server only.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein: einer CA-Datei wird nur für diesen Server vertraut.</translation>
    </message>
    <message>
        <source>--ca-file is not used without --base-url: a CA is trusted for one server.</source>
        <translation>--ca-file wird ohne --base-url nicht verwendet: einer CA wird für einen Server vertraut.</translation>
    </message>
    <message>
        <source>%1 is no longer trusted for every server: choose it again in the sign-in dialog for the server it belongs to.</source>
        <translation>%1 wird nicht mehr für jeden Server vertraut: wählen Sie die Datei im Anmeldedialog erneut für den Server, zu dem sie gehört.</translation>
    </message>
</context>
<context>
    <name>DeleteTarget</name>
    <message>
        <source>The username and the client id are empty or only spaces.</source>
        <translation>Benutzername und Client-ID sind leer oder bestehen nur aus Leerzeichen.</translation>
    </message>
    <message>
        <source>The username is empty or only spaces: a server that trims it would revoke every token of the client instead.</source>
        <translation>Der Benutzername ist leer oder besteht nur aus Leerzeichen: Ein Server, der ihn kürzt, würde stattdessen alle Tokens des Clients widerrufen.</translation>
    </message>
    <message>
        <source>The client id is empty or only spaces: a server that trims it would revoke every token of the user instead.</source>
        <translation>Die Client-ID ist leer oder besteht nur aus Leerzeichen: Ein Server, der sie kürzt, würde stattdessen alle Tokens des Benutzers widerrufen.</translation>
    </message>
    <message>
        <source>The username is empty or only spaces.</source>
        <translation>Der Benutzername ist leer oder besteht nur aus Leerzeichen.</translation>
    </message>
    <message>
        <source>The client id is empty or only spaces.</source>
        <translation>Die Client-ID ist leer oder besteht nur aus Leerzeichen.</translation>
    </message>
    <message>
        <source>The username has spaces or invisible characters around it: a server that trims names would revoke every token of “%1” instead. Revoke its tokens one by one (select them).</source>
        <translation>Der Benutzername hat Leerzeichen oder unsichtbare Zeichen am Rand: Ein Server, der Namen kürzt, würde stattdessen jedes Token von „%1“ widerrufen. Widerrufen Sie seine Tokens einzeln (auswählen).</translation>
    </message>
    <message>
        <source>The client id has spaces or invisible characters around it: a server that trims names would revoke every token of “%1” instead. Revoke its tokens one by one (select them).</source>
        <translation>Die Client-ID hat Leerzeichen oder unsichtbare Zeichen am Rand: Ein Server, der Namen kürzt, würde stattdessen jedes Token von „%1“ widerrufen. Widerrufen Sie seine Tokens einzeln (auswählen).</translation>
    </message>
    <message>
        <source>The username is not valid Unicode text (it holds a lone surrogate), so it cannot be sent exactly: nothing is sent for it.</source>
        <translation>Der Benutzername ist kein gültiger Unicode-Text (er enthält ein einzelnes Surrogat) und kann nicht genau gesendet werden: für ihn wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The client id is not valid Unicode text (it holds a lone surrogate), so it cannot be sent exactly: nothing is sent for it.</source>
        <translation>Die Client-ID ist kein gültiger Unicode-Text (sie enthält ein einzelnes Surrogat) und kann nicht genau gesendet werden: für sie wird nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>EnvironmentStrip</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Server environment</source>
        <translation>Umgebung des Servers</translation>
    </message>
    <message>
        <source>%1 · %2 · treated as production</source>
        <translation>%1 · %2 · wird als Produktion behandelt</translation>
    </message>
    <message>
        <source>%1 · %2 · on this computer</source>
        <translation>%1 · %2 · auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ExportProgressDialog</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Exporting Tokens</source>
        <translation>Tokens werden exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exporting: %L1 of %Ln token(s)</source>
        <translation>
            <numerusform>Export: %L1 von %Ln Token</numerusform>
            <numerusform>Export: %L1 von %Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the first page...</source>
        <translation>Die erste Seite wird gelesen...</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written to %1.</source>
        <translation>Abgebrochen: In %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export failed, so nothing was written to %1: %2</source>
        <translation>Der Export ist fehlgeschlagen, in %1 wurde also nichts geschrieben: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Token in %1 geschrieben.</numerusform>
            <numerusform>%Ln Tokens in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln token(s) exported</source>
        <translation>
            <numerusform>Fertig: %Ln Token exportiert</numerusform>
            <numerusform>Fertig: %Ln Tokens exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) in %1 s</source>
        <translation>
            <numerusform>%Ln Seite in %1 s</numerusform>
            <numerusform>%Ln Seiten in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 per second, about %Ln second(s) left</source>
        <translation>
            <numerusform>%1 pro Sekunde, noch etwa %Ln Sekunde</numerusform>
            <numerusform>%1 pro Sekunde, noch etwa %Ln Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterLineEdit</name>
    <message>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Clear filter (Escape)</source>
        <translation>Filter leeren (Escape)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <source>Knetik Token Console</source>
        <translation>Knetik Token Console</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Filter by username (part of it, any case)</source>
        <translation>Nach Benutzername filtern (Teil davon, Groß/Klein egal)</translation>
    </message>
    <message>
        <source>Username filter</source>
        <translation>Benutzernamenfilter</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Filter by client ID (part of it, any case)</source>
        <translation>Nach Client-ID filtern (Teil davon, Groß/Klein egal)</translation>
    </message>
    <message>
        <source>Client ID filter</source>
        <translation>Client-ID-Filter</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>No tokens match these filters</source>
        <translation>Keine Tokens passen zu diesen Filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch this page again (F5)</source>
        <translation>Diese Seite neu laden (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>View &amp;Details...</source>
        <translation>&amp;Details anzeigen...</translation>
    </message>
    <message>
        <source>&amp;Filter...</source>
        <translation>&amp;Filtern...</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;About Knetik Token Console</source>
        <translation>&amp;Über Knetik Token Console</translation>
    </message>
    <message>
        <source>%1 - Knetik Token Console</source>
        <translation>%1 - Knetik Token Console</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s), updated %1</source>
        <translation>
            <numerusform>%Ln Token, aktualisiert %1</numerusform>
            <numerusform>%Ln Tokens, aktualisiert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The last request failed.</source>
        <translation>Die letzte Anfrage ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There are no tokens on this server</source>
        <translation>Auf diesem Server gibt es keine Tokens</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated username and client ID</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennte Benutzernamen und Client-IDs kopieren</translation>
    </message>
    <message>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <source>Filter by This &amp;User</source>
        <translation>Nach diesem &amp;Benutzer filtern</translation>
    </message>
    <message>
        <source>Filter by This C&amp;lient</source>
        <translation>Nach diesem C&amp;lient filtern</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected Tokens...</source>
        <translation>Ausgewählte Tokens &amp;widerrufen...</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Die ausgewählten Tokens widerrufen (Entf)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Revoke All Tokens of This User...</source>
        <translation>Alle Tokens dieses Benutzers widerrufen...</translation>
    </message>
    <message>
        <source>Revoke All Tokens of This Client...</source>
        <translation>Alle Tokens dieses Clients widerrufen...</translation>
    </message>
    <message>
        <source>Revocation &amp;History...</source>
        <translation>&amp;Widerrufsverlauf...</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln Selected Token(s)...</source>
        <translation>
            <numerusform>%Ln ausgewähltes Token &amp;widerrufen...</numerusform>
            <numerusform>%Ln ausgewählte Tokens &amp;widerrufen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke All Tokens of User “%1”...</source>
        <translation>Alle Tokens des Benutzers „%1“ widerrufen...</translation>
    </message>
    <message>
        <source>Revoke All Tokens of Client “%1”...</source>
        <translation>Alle Tokens des Clients „%1“ widerrufen...</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln row(s).</source>
        <translation>
            <numerusform>%Ln Zeile kopiert.</numerusform>
            <numerusform>%Ln Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The token this console was signed in with was revoked. Sign in again.</source>
        <translation>Das Token, mit dem diese Konsole angemeldet war, wurde widerrufen. Bitte erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign &amp;In...</source>
        <translation>&amp;Anmelden...</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>The session ended (%1). Sign in again to go on where you were.</source>
        <translation>Die Sitzung ist beendet (%1). Melden Sie sich erneut an, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
    <message>
        <source>HTTP 401</source>
        <translation>HTTP 401</translation>
    </message>
    <message>
        <source>Revoking paused: the session ended.</source>
        <translation>Widerruf angehalten: Die Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Show the selected token (Return)</source>
        <translation>Das ausgewählte Token anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation>Shift+Del</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Del</source>
        <translation>Ctrl+Shift+Del</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The server answered HTTP %1</source>
        <translation>Der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>No answer from the server</source>
        <translation>Keine Antwort vom Server</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s (try %3 of %4)</source>
        <translation>%1; neuer Versuch in %2 s (Versuch %3 von %4)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>The server cannot be reached now: Refresh (F5) to try again.</source>
        <translation>Der Server ist gerade nicht erreichbar: Aktualisieren (F5) versucht es erneut.</translation>
    </message>
    <message>
        <source>View Details</source>
        <translation>Details anzeigen</translation>
    </message>
    <message>
        <source>&amp;Export Matching Tokens...</source>
        <translation>Passende Tokens &amp;exportieren...</translation>
    </message>
    <message>
        <source>Write every token that matches the filters, in the current sort, to a CSV or JSON Lines file (Ctrl+E)</source>
        <translation>Alle Tokens, die zu den Filtern passen, in der aktuellen Sortierung in eine CSV- oder JSON-Lines-Datei schreiben (Ctrl+E)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>Export Matching Tokens</source>
        <translation>Passende Tokens exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Revoke All Matching Tokens...</source>
        <translation>Alle passenden Tokens widerrufen...</translation>
    </message>
    <message>
        <source>Revoke every token the filters match, each by its own exact request, after listing them all and asking for their number</source>
        <translation>Jedes Token widerrufen, das zu den Filtern passt, jedes mit einer eigenen genauen Anfrage, nachdem alle aufgelistet sind und nach ihrer Anzahl gefragt wurde</translation>
    </message>
    <message numerus="yes">
        <source>Revoke All %Ln Matching Token(s)...</source>
        <translation>
            <numerusform>Das %Ln passende Token widerrufen...</numerusform>
            <numerusform>Alle %Ln passenden Tokens widerrufen...</numerusform>
        </translation>
    </message>
    <message>
        <source>username contains “%1”</source>
        <translation>Benutzername enthält „%1“</translation>
    </message>
    <message>
        <source>client ID contains “%1”</source>
        <translation>Client-ID enthält „%1“</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new matching token(s) appeared while the revocation ran. They were not in the confirmed list and were not revoked: the table shows them, and Revoke All Matching Tokens lists them for a new confirmation.</source>
        <translation>
            <numerusform>%Ln neues passendes Token ist während des Widerrufs erschienen. Es stand nicht in der bestätigten Liste und wurde nicht widerrufen: Die Tabelle zeigt es, und „Alle passenden Tokens widerrufen“ listet es für eine neue Bestätigung.</numerusform>
            <numerusform>%Ln neue passende Tokens sind während des Widerrufs erschienen. Sie standen nicht in der bestätigten Liste und wurden nicht widerrufen: Die Tabelle zeigt sie, und „Alle passenden Tokens widerrufen“ listet sie für eine neue Bestätigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke From &amp;List...</source>
        <translation>Aus &amp;Liste widerrufen...</translation>
    </message>
    <message>
        <source>Revoke the tokens of a pasted or opened list of users, clients and pairs, after checking each line against the server (Ctrl+Shift+R)</source>
        <translation>Die Tokens einer eingefügten oder geöffneten Liste von Benutzern, Clients und Paaren widerrufen, nachdem jede Zeile beim Server geprüft wurde (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Sign in to revoke.</source>
        <translation>Melden Sie sich an, um zu widerrufen.</translation>
    </message>
    <message>
        <source>Another revocation is running: wait until it has finished.</source>
        <translation>Ein anderer Widerruf läuft: Warten Sie, bis er beendet ist.</translation>
    </message>
    <message>
        <source>Ser&amp;vers...</source>
        <translation>Ser&amp;ver...</translation>
    </message>
    <message>
        <source>S&amp;witch Server</source>
        <translation>Server &amp;wechseln</translation>
    </message>
    <message>
        <source>%1 (%2) - Knetik Token Console</source>
        <translation>%1 (%2) - Knetik Token Console</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No saved servers</source>
        <translation>Keine gespeicherten Server</translation>
    </message>
    <message numerus="yes">
        <source>The server returned %Ln token(s) on this page that do not match the filters (shown in grey italics): it may not support filtering. They are not counted as matches, and Revoke All Matching offers only the tokens that match.</source>
        <translation>
            <numerusform>Der Server hat auf dieser Seite %Ln Token geliefert, das nicht zu den Filtern passt (grau und kursiv): vielleicht unterstützt er keine Filter. Es zählt nicht als Treffer, und „Alle passenden widerrufen“ bietet nur passende Tokens an.</numerusform>
            <numerusform>Der Server hat auf dieser Seite %Ln Tokens geliefert, die nicht zu den Filtern passen (grau und kursiv): vielleicht unterstützt er keine Filter. Sie zählen nicht als Treffer, und „Alle passenden widerrufen“ bietet nur passende Tokens an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) listed by the server, not all of them matching; updated %1</source>
        <translation>
            <numerusform>%Ln Token vom Server geliefert, nicht passend; aktualisiert %1</numerusform>
            <numerusform>%Ln Tokens vom Server geliefert, nicht alle passend; aktualisiert %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xact</source>
        <translation>E&amp;xakt</translation>
    </message>
    <message>
        <source>Exact username</source>
        <translation>Exakter Benutzername</translation>
    </message>
    <message>
        <source>Only this whole username, same case (“ada”, not “adam”)</source>
        <translation>Nur genau dieser Benutzername, gleiche Schreibweise („ada“, nicht „adam“)</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>Exact client ID</source>
        <translation>Exakte Client-ID</translation>
    </message>
    <message>
        <source>Only this whole client ID, same case</source>
        <translation>Nur genau diese Client-ID, gleiche Schreibweise</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Token &amp;Table</source>
        <translation>Token-&amp;Tabelle</translation>
    </message>
    <message>
        <source>The tokens, a page at a time (Alt+1)</source>
        <translation>Die Tokens, Seite für Seite (Alt+1)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Tokens per client and user, and the outliers, for these filters (Alt+2)</source>
        <translation>Tokens pro Client und Benutzer und die Ausreißer, für diese Filter (Alt+2)</translation>
    </message>
    <message>
        <source>Overview &amp;Numbers as Tables</source>
        <translation>Übersicht: &amp;Zahlen als Tabellen</translation>
    </message>
    <message>
        <source>username is “%1”</source>
        <translation>Benutzername ist „%1“</translation>
    </message>
    <message>
        <source>client ID is “%1”</source>
        <translation>Client-ID ist „%1“</translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>Enter a client id.</source>
        <translation>Bitte eine Client-ID eingeben.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Bitte das Client-Secret eingeben.</translation>
    </message>
    <message>
        <source>Enter a username.</source>
        <translation>Bitte einen Benutzernamen eingeben.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Bitte das Passwort eingeben.</translation>
    </message>
    <message>
        <source>There is no refresh token.</source>
        <translation>Es gibt kein Refresh-Token.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Read &amp;Again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>Tokens per client</source>
        <translation>Tokens pro Client</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens per user</source>
        <translation>Tokens pro Benutzer</translation>
    </message>
    <message>
        <source>Users by number of tokens</source>
        <translation>Benutzer nach Anzahl der Tokens</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Read every token again and redraw the figures</source>
        <translation>Alle Tokens erneut lesen und die Zahlen neu zeichnen</translation>
    </message>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Reading the tokens...</source>
        <translation>Die Tokens werden gelesen...</translation>
    </message>
    <message>
        <source>Reading was cancelled: no figures are shown. Read Again reads every token from the start.</source>
        <translation>Das Lesen wurde abgebrochen: Es werden keine Zahlen angezeigt. „Erneut lesen“ liest alle Tokens von vorn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 tokens, about %Ln s left</source>
        <translation>
            <numerusform>%1 von %2 Tokens, noch etwa %Ln s</numerusform>
            <numerusform>%1 von %2 Tokens, noch etwa %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 tokens</source>
        <translation>%1 von %2 Tokens</translation>
    </message>
    <message>
        <source>No figures: the tokens could not all be read. %1</source>
        <translation>Keine Zahlen: Die Tokens konnten nicht alle gelesen werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other user(s)</source>
        <translation>
            <numerusform>%Ln weiterer Benutzer</numerusform>
            <numerusform>%Ln weitere Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other client(s)</source>
        <translation>
            <numerusform>%Ln weiterer Client</numerusform>
            <numerusform>%Ln weitere Clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User %1: %Ln token(s) (median %2)</source>
        <translation>
            <numerusform>Benutzer %1: %Ln Token (Median %2)</numerusform>
            <numerusform>Benutzer %1: %Ln Tokens (Median %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Client %1: %Ln token(s) (median %2)</source>
        <translation>
            <numerusform>Client %1: %Ln Token (Median %2)</numerusform>
            <numerusform>Client %1: %Ln Tokens (Median %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more user(s) above the rule</source>
        <translation>
            <numerusform>und %Ln weiterer Benutzer über der Regel</numerusform>
            <numerusform>und %Ln weitere Benutzer über der Regel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more client(s) above the rule</source>
        <translation>
            <numerusform>und %Ln weiterer Client über der Regel</numerusform>
            <numerusform>und %Ln weitere Clients über der Regel</numerusform>
        </translation>
    </message>
    <message>
        <source>None: no user or client is far above the rest.</source>
        <translation>Keine: Kein Benutzer und kein Client liegt weit über den übrigen.</translation>
    </message>
    <message>
        <source>All tokens on the server</source>
        <translation>Alle Tokens auf dem Server</translation>
    </message>
    <message>
        <source>Tokens where %1</source>
        <translation>Tokens, bei denen %1</translation>
    </message>
    <message>
        <source>Not read yet: Read Again reads them.</source>
        <translation>Noch nicht gelesen: „Erneut lesen“ liest sie.</translation>
    </message>
    <message>
        <source>Read at %1: %2 tokens of %3 users and %4 clients.</source>
        <translation>Gelesen um %1: %2 Tokens von %3 Benutzern und %4 Clients.</translation>
    </message>
    <message>
        <source>Tokens were revoked since: Read Again to update.</source>
        <translation>Seitdem wurden Tokens widerrufen: „Erneut lesen“ aktualisiert.</translation>
    </message>
    <message>
        <source>Show Tokens of This User</source>
        <translation>Tokens dieses Benutzers anzeigen</translation>
    </message>
    <message>
        <source>Show Tokens of This Client</source>
        <translation>Tokens dieses Clients anzeigen</translation>
    </message>
    <message>
        <source>Revoke All Tokens of This User...</source>
        <translation>Alle Tokens dieses Benutzers widerrufen...</translation>
    </message>
    <message>
        <source>Revoke All Tokens of This Client...</source>
        <translation>Alle Tokens dieses Clients widerrufen...</translation>
    </message>
</context>
<context>
    <name>OwnTokenFinder</name>
    <message>
        <source>the session changed</source>
        <translation>die Sitzung hat gewechselt</translation>
    </message>
</context>
<context>
    <name>PagerWidget</name>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Zeilen pro Seite</translation>
    </message>
    <message>
        <source>%L1 per page</source>
        <translation>%L1 pro Seite</translation>
    </message>
    <message>
        <source>of %L1</source>
        <translation>von %L1</translation>
    </message>
    <message>
        <source>0 of %L1</source>
        <translation>0 von %L1</translation>
    </message>
    <message>
        <source>%L1-%L2 of %L3</source>
        <translation>%L1-%L2 von %L3</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message>
        <source> · about %1 s left</source>
        <translation> · noch etwa %1 s</translation>
    </message>
</context>
<context>
    <name>RevocationController</name>
    <message>
        <source>Requests at &amp;Once</source>
        <translation>&amp;Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>Up to %1 (adapts to the server)</source>
        <translation>Bis zu %1 (passt sich dem Server an)</translation>
    </message>
    <message>
        <source>1 (one request at a time)</source>
        <translation>1 (eine Anfrage nach der anderen)</translation>
    </message>
    <message>
        <source>&amp;Verify Revocations</source>
        <translation>Widerrufe &amp;überprüfen</translation>
    </message>
    <message>
        <source>Check that each token the server reports revoked is gone</source>
        <translation>Prüfen, dass jedes Token, das der Server als widerrufen meldet, entfernt ist</translation>
    </message>
    <message>
        <source>Nothing was revoked: another revocation is running. Wait until it has finished, then try again.</source>
        <translation>Nichts wurde widerrufen: Ein anderer Widerruf läuft. Warten Sie, bis er beendet ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing was revoked: %1 is a production server now, and this was confirmed without its name. Revoke it again from the table to confirm it there.</source>
        <translation>Nichts wurde widerrufen: %1 ist jetzt ein Produktionsserver, und dies wurde ohne seinen Namen bestätigt. Widerrufen Sie es erneut aus der Tabelle, um es dort zu bestätigen.</translation>
    </message>
    <message>
        <source>Nothing was revoked: it was confirmed for %1, and the console is not signed in there as the same identity now.</source>
        <translation>Nichts wurde widerrufen: Es wurde für %1 bestätigt, und die Konsole ist dort jetzt nicht mit derselben Identität angemeldet.</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>keinen Server</translation>
    </message>
    <message>
        <source>Revoking is off: there is no audit journal to record it.</source>
        <translation>Widerrufen ist ausgeschaltet: Es gibt kein Revisionsprotokoll, das es festhält.</translation>
    </message>
    <message>
        <source>The outcome of the list&apos;s lines could not be written to the journal: %1</source>
        <translation>Das Ergebnis der Listenzeilen konnte nicht ins Protokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Signed out: sign in to %1 again to send these.</source>
        <translation>Abgemeldet: Melden Sie sich wieder bei %1 an, um diese zu senden.</translation>
    </message>
    <message>
        <source>%1 is a production server now: revoke these again from the table, where its name is typed.</source>
        <translation>%1 ist jetzt ein Produktionsserver: Widerrufen Sie diese erneut aus der Tabelle, wo sein Name eingegeben wird.</translation>
    </message>
    <message>
        <source>Signed in elsewhere: these were confirmed for %1 and are sent only there.</source>
        <translation>Anderswo angemeldet: Diese wurden für %1 bestätigt und werden nur dorthin gesendet.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <source>A Revocation Is Running</source>
        <translation>Ein Widerruf läuft</translation>
    </message>
    <message numerus="yes">
        <source>Done: %L1 of %Ln revocation(s). Wait for the rest, or stop sending and quit? Requests already sent are recorded either way.</source>
        <translation>
            <numerusform>Erledigt: %L1 von %Ln Widerruf. Auf den Rest warten oder das Senden beenden und die Konsole schließen? Bereits gesendete Anfragen werden so oder so festgehalten.</numerusform>
            <numerusform>Erledigt: %L1 von %Ln Widerrufen. Auf den Rest warten oder das Senden beenden und die Konsole schließen? Bereits gesendete Anfragen werden so oder so festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Wait</source>
        <translation>&amp;Warten</translation>
    </message>
    <message>
        <source>&amp;Stop and Quit</source>
        <translation>&amp;Anhalten und beenden</translation>
    </message>
</context>
<context>
    <name>RevocationHistoryDialog</name>
    <message>
        <source>Revocation History</source>
        <translation>Widerrufsverlauf</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Any part of a username, client ID, outcome or message</source>
        <translation>Ein Teil von Benutzername, Client-ID, Ergebnis oder Meldung</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>Als CSV &amp;exportieren...</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Export Revocation History</source>
        <translation>Widerrufsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>An incomplete line left by an interrupted write (a crash or a full disk) was set aside in %1. The entries below are the complete ones.</source>
        <translation>Eine unvollständige Zeile eines unterbrochenen Schreibvorgangs (Absturz oder volle Festplatte) wurde in %1 beiseitegelegt. Unten stehen die vollständigen Einträge.</translation>
    </message>
    <message>
        <source>The last line of the journal is incomplete, left by an interrupted write: it is not shown, and will be set aside in %1 before the next revocation is recorded.</source>
        <translation>Die letzte Zeile des Protokolls ist unvollständig (ein unterbrochener Schreibvorgang): Sie wird nicht angezeigt und vor dem nächsten Widerruf in %1 beiseitegelegt.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>One token</source>
        <translation>Ein Token</translation>
    </message>
    <message>
        <source>Every token of the user</source>
        <translation>Alle Tokens des Benutzers</translation>
    </message>
    <message>
        <source>Every token of the client</source>
        <translation>Alle Tokens des Clients</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln entries</source>
        <translation>
            <numerusform>%L1 von %Ln Eintrag</numerusform>
            <numerusform>%L1 von %Ln Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>List line</source>
        <translation>Listenzeile</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>Eingefügte Liste</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>left out (unticked)</source>
        <translation>ausgelassen (nicht angehakt)</translation>
    </message>
    <message>
        <source>malformed line</source>
        <translation>fehlerhafte Zeile</translation>
    </message>
    <message>
        <source>nothing sent</source>
        <translation>nichts gesendet</translation>
    </message>
    <message>
        <source>Revocation history</source>
        <translation>Widerrufsverlauf</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>RevokeConfirmDialog</name>
    <message>
        <source>Revoke Tokens</source>
        <translation>Tokens widerrufen</translation>
    </message>
    <message>
        <source>This includes the token this console is signed in with: revoking it signs you out.</source>
        <translation>Darunter ist das Token, mit dem diese Konsole angemeldet ist: Der Widerruf meldet Sie ab.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln token(s)?</source>
        <translation>
            <numerusform>%Ln Token widerrufen?</numerusform>
            <numerusform>%Ln Tokens widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all tokens of user “%1”?</source>
        <translation>Alle Tokens des Benutzers „%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Revoke all tokens of client “%1”?</source>
        <translation>Alle Tokens des Clients „%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Counting the tokens this affects...</source>
        <translation>Die betroffenen Tokens werden gezählt...</translation>
    </message>
    <message>
        <source>Reading the server&apos;s list...</source>
        <translation>Die Liste des Servers wird gelesen...</translation>
    </message>
    <message>
        <source>Reading page %L1 of %L2...</source>
        <translation>Seite %L1 von %L2 wird gelesen...</translation>
    </message>
    <message>
        <source>Could not count the tokens, so nothing can be revoked: %1</source>
        <translation>Die Tokens konnten nicht gezählt werden, daher kann nichts widerrufen werden: %1</translation>
    </message>
    <message>
        <source>To confirm, type the number of tokens (%1):</source>
        <translation>Zur Bestätigung die Anzahl der Tokens eingeben (%1):</translation>
    </message>
    <message>
        <source>To confirm, type “%1”:</source>
        <translation>Zur Bestätigung „%1“ eingeben:</translation>
    </message>
    <message>
        <source>The server has no tokens of user “%1”.</source>
        <translation>Der Server hat keine Tokens des Benutzers „%1“.</translation>
    </message>
    <message>
        <source>The server has no tokens of client “%1”.</source>
        <translation>Der Server hat keine Tokens des Clients „%1“.</translation>
    </message>
    <message>
        <source>%1 of %2 and %3. This cannot be undone.</source>
        <translation>%1 von %2 und %3. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The number of tokens changed from %L1 to %L2 since you confirmed. Check the list and confirm again.</source>
        <translation>Die Anzahl der Tokens hat sich seit Ihrer Bestätigung von %L1 auf %L2 geändert. Bitte die Liste prüfen und erneut bestätigen.</translation>
    </message>
    <message>
        <source>Could not count the tokens again before sending, so nothing was sent: %1</source>
        <translation>Die Tokens konnten vor dem Senden nicht erneut gezählt werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected row(s) cannot be revoked from here and are left out: %1</source>
        <translation>
            <numerusform>%Ln ausgewählte Zeile kann von hier aus nicht widerrufen werden und wird ausgelassen: %1</numerusform>
            <numerusform>%Ln ausgewählte Zeilen können von hier aus nicht widerrufen werden und werden ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be revoked from here: %1</source>
        <translation>Das lässt sich von hier aus nicht widerrufen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Not included, but some servers would delete them too because they ignore case: %Ln token(s) of %1.</source>
        <translation>
            <numerusform>Nicht enthalten, aber manche Server würden es mitlöschen, weil sie Groß- und Kleinschreibung nicht unterscheiden: %Ln Token von %1.</numerusform>
            <numerusform>Nicht enthalten, aber manche Server würden sie mitlöschen, weil sie Groß- und Kleinschreibung nicht unterscheiden: %Ln Tokens von %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting again before sending...</source>
        <translation>Vor dem Senden wird erneut gezählt...</translation>
    </message>
    <message>
        <source>Checking whether the console&apos;s own token is among these: %L1 of %L2...</source>
        <translation>Prüfe, ob das eigene Token der Konsole darunter ist: %L1 von %L2...</translation>
    </message>
    <message>
        <source>Checking whether the console&apos;s own token is among these...</source>
        <translation>Prüfe, ob das eigene Token der Konsole darunter ist...</translation>
    </message>
    <message>
        <source>Type %1, the number of tokens, to confirm.</source>
        <translation>Geben Sie zur Bestätigung %1 ein, die Anzahl der Tokens.</translation>
    </message>
    <message>
        <source>Type “%1” exactly as shown, with the same case, to confirm.</source>
        <translation>Geben Sie zur Bestätigung „%1“ genau so ein, mit derselben Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>Wait until the check above has finished.</source>
        <translation>Warten Sie, bis die Prüfung oben beendet ist.</translation>
    </message>
    <message>
        <source>There is nothing to revoke.</source>
        <translation>Es gibt nichts zu widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) could not be checked for the console&apos;s own token (%1). If it is among them, revoking it signs you out.</source>
        <translation>
            <numerusform>%Ln Token konnte nicht darauf geprüft werden, ob es das eigene Token der Konsole ist (%1). Ist es darunter, meldet Sie der Widerruf ab.</numerusform>
            <numerusform>%Ln Tokens konnten nicht darauf geprüft werden, ob das eigene Token der Konsole darunter ist (%1). Ist es darunter, meldet Sie der Widerruf ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke every token that matches the filters?</source>
        <translation>Jedes Token widerrufen, das zu den Filtern passt?</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Reading every matching token...</source>
        <translation>Alle passenden Tokens werden gelesen...</translation>
    </message>
    <message>
        <source>Reading every matching token: %L1 of %L2...</source>
        <translation>Alle passenden Tokens werden gelesen: %L1 von %L2...</translation>
    </message>
    <message>
        <source>Could not read the matching tokens, so nothing can be revoked: %1</source>
        <translation>Die passenden Tokens ließen sich nicht lesen, also kann nichts widerrufen werden: %1</translation>
    </message>
    <message>
        <source>The number to type appears once every matching token has been read.</source>
        <translation>Die einzugebende Zahl erscheint, sobald alle passenden Tokens gelesen sind.</translation>
    </message>
    <message>
        <source>too many to read one by one</source>
        <translation>zu viele, um sie einzeln zu lesen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching token(s) cannot be revoked from here and are left out: %1</source>
        <translation>
            <numerusform>%Ln passendes Token kann von hier nicht widerrufen werden und wird ausgelassen: %1</numerusform>
            <numerusform>%Ln passende Tokens können von hier nicht widerrufen werden und werden ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait until every matching token has been read.</source>
        <translation>Warten Sie, bis alle passenden Tokens gelesen sind.</translation>
    </message>
    <message>
        <source>The matching tokens could not be read: nothing can be revoked.</source>
        <translation>Die passenden Tokens ließen sich nicht lesen: Nichts kann widerrufen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %Ln token(s) where %1?</source>
        <translation>
            <numerusform>Das %Ln Token widerrufen (%1)?</numerusform>
            <numerusform>Alle %Ln Tokens widerrufen (%1)?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln token(s) found for the pasted list?</source>
        <translation>
            <numerusform>%Ln für die eingefügte Liste gefundenes Token widerrufen?</numerusform>
            <numerusform>%Ln für die eingefügte Liste gefundene Tokens widerrufen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln token(s) found for the list “%1”?</source>
        <translation>
            <numerusform>%Ln für die Liste „%1“ gefundenes Token widerrufen?</numerusform>
            <numerusform>%Ln für die Liste „%1“ gefundene Tokens widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens to revoke</source>
        <translation>Zu widerrufende Tokens</translation>
    </message>
    <message>
        <source>Server name to confirm</source>
        <translation>Servername zur Bestätigung</translation>
    </message>
    <message>
        <source>This is a production server: type its name, “%1”, exactly as shown, to confirm.</source>
        <translation>Dies ist ein Produktionsserver: Geben Sie zur Bestätigung seinen Namen „%1“ genau so ein.</translation>
    </message>
    <message>
        <source>This revokes on %1, a production server. To confirm, type its name (%2):</source>
        <translation>Dies widerruft auf %1, einem Produktionsserver. Geben Sie zur Bestätigung seinen Namen ein (%2):</translation>
    </message>
    <message>
        <source>The number to type appears once the tokens have been counted.</source>
        <translation>Die einzugebende Zahl erscheint, sobald die Tokens gezählt sind.</translation>
    </message>
    <message>
        <source>This revokes on %1, a server that is not saved and so is treated as production. To confirm, type its host name (%2):</source>
        <translation>Dies widerruft auf %1, einem nicht gespeicherten Server, der deshalb als Produktion behandelt wird. Geben Sie zur Bestätigung seinen Hostnamen ein (%2):</translation>
    </message>
    <message>
        <source>No token matches the filters.</source>
        <translation>Kein Token passt zu den Filtern.</translation>
    </message>
</context>
<context>
    <name>RevokeListDialog</name>
    <message>
        <source>&amp;Open File...</source>
        <translation>Datei ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Check Against Server</source>
        <translation>Beim Server &amp;prüfen</translation>
    </message>
    <message>
        <source>Revoke From List</source>
        <translation>Aus Liste widerrufen</translation>
    </message>
    <message>
        <source>Paste the list below, or open a text or CSV file.</source>
        <translation>Fügen Sie die Liste unten ein oder öffnen Sie eine Text- oder CSV-Datei.</translation>
    </message>
    <message>
        <source>List to revoke from</source>
        <translation>Liste zum Widerrufen</translation>
    </message>
    <message>
        <source># incident 2026-11-28
ada
client:legacy-app
bob,web-app</source>
        <translation># Vorfall 2026-11-28
ada
client:legacy-app
bob,web-app</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Lines of the list</source>
        <translation>Zeilen der Liste</translation>
    </message>
    <message>
        <source>&amp;Revoke...</source>
        <translation>&amp;Widerrufen...</translation>
    </message>
    <message numerus="yes">
        <source>Checking: %L1 of %Ln line(s)...</source>
        <translation>
            <numerusform>Prüfung: %L1 von %Ln Zeile...</numerusform>
            <numerusform>Prüfung: %L1 von %Ln Zeilen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, edited</source>
        <translation>%1, bearbeitet</translation>
    </message>
    <message>
        <source>Open List</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <source>Lists (*.txt *.csv *.tsv *.list);;All files (*)</source>
        <translation>Listen (*.txt *.csv *.tsv *.list);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>From %1, edited</source>
        <translation>Aus %1, bearbeitet</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>Eingefügte Liste</translation>
    </message>
    <message>
        <source>Check stopped: check again to revoke.</source>
        <translation>Prüfung angehalten: Prüfen Sie erneut, um zu widerrufen.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Wird geprüft...</translation>
    </message>
    <message numerus="yes">
        <source>Checked, but %Ln line(s) could not be checked.</source>
        <translation>
            <numerusform>Geprüft, aber %Ln Zeile konnte nicht geprüft werden.</numerusform>
            <numerusform>Geprüft, aber %Ln Zeilen konnten nicht geprüft werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %Ln line(s) against the server.</source>
        <translation>
            <numerusform>%Ln Zeile beim Server geprüft.</numerusform>
            <numerusform>%Ln Zeilen beim Server geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Spaces before or after a name are kept: “%1”</source>
        <translation>Leerzeichen vor oder nach einem Namen bleiben erhalten: „%1“</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>%1, skipped</source>
        <translation>%1, übersprungen</translation>
    </message>
    <message>
        <source>Malformed: %1</source>
        <translation>Fehlerhaft: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked</source>
        <translation>
            <numerusform>%Ln widerrufen</numerusform>
            <numerusform>%Ln widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already gone</source>
        <translation>
            <numerusform>%Ln schon weg</numerusform>
            <numerusform>%Ln schon weg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <translation>
            <numerusform>%Ln unbekannt</numerusform>
            <numerusform>%Ln unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln nicht gesendet</numerusform>
            <numerusform>%Ln nicht gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message>
        <source>none left</source>
        <translation>keine mehr da</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Keine gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) differing only in case, not included (“%1”)</source>
        <translation>
            <numerusform>%Ln Token, das sich nur in Groß-/Kleinschreibung unterscheidet, nicht enthalten („%1“)</numerusform>
            <numerusform>%Ln Tokens, die sich nur in Groß-/Kleinschreibung unterscheiden, nicht enthalten („%1“)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s) matching without the spaces around the name, not included</source>
        <translation>
            <numerusform>%Ln Token, das ohne die Leerzeichen um den Namen passt, nicht enthalten</numerusform>
            <numerusform>%Ln Tokens, die ohne die Leerzeichen um den Namen passen, nicht enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>spaces around the name are kept</source>
        <translation>Leerzeichen um den Namen bleiben erhalten</translation>
    </message>
    <message>
        <source>same as line %1</source>
        <translation>wie Zeile %1</translation>
    </message>
    <message>
        <source>Check the list against the server to see what each line would revoke.</source>
        <translation>Prüfen Sie die Liste beim Server, um zu sehen, was jede Zeile widerrufen würde.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) with an entry:</source>
        <translation>
            <numerusform>%Ln Zeile mit Eintrag:</numerusform>
            <numerusform>%Ln Zeilen mit Eintrag:</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 with tokens (%L2 ticked), %L3 with none, %L4 malformed, %L5 could not be checked.</source>
        <translation>%L1 mit Tokens (%L2 angehakt), %L3 ohne, %L4 fehlerhaft, %L5 nicht prüfbar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) with a problem to look at (spaces, case).</source>
        <translation>
            <numerusform>%Ln Zeile mit einem Problem zum Ansehen (Leerzeichen, Schreibung).</numerusform>
            <numerusform>%Ln Zeilen mit einem Problem zum Ansehen (Leerzeichen, Schreibung).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticked: %1 of %2 and %3.</source>
        <translation>Angehakt: %1 von %2 und %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Client</numerusform>
            <numerusform>%Ln Clients</numerusform>
        </translation>
    </message>
    <message>
        <source>The console signed in again since the check: check the list again before revoking.</source>
        <translation>Die Konsole hat sich seit der Prüfung neu angemeldet: Prüfen Sie die Liste erneut, bevor Sie widerrufen.</translation>
    </message>
    <message>
        <source>&amp;Stop Checking</source>
        <translation>Prüfung &amp;anhalten</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %Ln Token(s)...</source>
        <translation>
            <numerusform>%Ln Token &amp;widerrufen...</numerusform>
            <numerusform>%Ln Tokens &amp;widerrufen...</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking: see the progress window.</source>
        <translation>Widerruf läuft: siehe Fortschrittsfenster.</translation>
    </message>
    <message>
        <source>Revoked what was confirmed. Check Again lists what matches each line now.</source>
        <translation>Das Bestätigte wurde widerrufen. Erneut prüfen zeigt, was jetzt zu jeder Zeile passt.</translation>
    </message>
    <message>
        <source>One entry per line: a username for every token of that user; &lt;b&gt;client:&lt;/b&gt;&lt;i&gt;ID&lt;/i&gt; for every token of a client; or a username and a client ID separated by a tab or a comma for one token (&lt;b&gt;user:&lt;/b&gt;&lt;i&gt;name&lt;/i&gt; when a username starts with “client:”). Blank lines and lines starting with # are skipped. Names are matched exactly, with their case and spaces as written.</source>
        <translation>Ein Eintrag pro Zeile: ein Benutzername für alle Tokens dieses Benutzers; &lt;b&gt;client:&lt;/b&gt;&lt;i&gt;ID&lt;/i&gt; für alle Tokens eines Clients; oder ein Benutzername und eine Client-ID, durch Tabulator oder Komma getrennt, für ein Token (&lt;b&gt;user:&lt;/b&gt;&lt;i&gt;Name&lt;/i&gt;, wenn ein Benutzername mit „client:“ beginnt). Leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen. Namen gelten genau, mit Groß- und Kleinschreibung und Leerzeichen wie geschrieben.</translation>
    </message>
    <message>
        <source>Sign in to check the list.</source>
        <translation>Melden Sie sich an, um die Liste zu prüfen.</translation>
    </message>
    <message>
        <source>Signed in again since the last pass: its outcomes are in the revocation history, and this check starts afresh.</source>
        <translation>Seit dem letzten Durchgang neu angemeldet: Seine Ergebnisse stehen im Widerrufsverlauf, und diese Prüfung beginnt von vorn.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln still there</source>
        <translation>
            <numerusform>%Ln noch da</numerusform>
            <numerusform>%Ln noch da</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeListLine</name>
    <message>
        <source>blank</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>header</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>A client line has one client ID and no tab.</source>
        <translation>Eine Client-Zeile hat eine Client-ID und keinen Tabulator.</translation>
    </message>
    <message>
        <source>There is no username after “user:”.</source>
        <translation>Nach „user:“ steht kein Benutzername.</translation>
    </message>
    <message>
        <source>A user line has one username and no tab.</source>
        <translation>Eine Benutzerzeile hat einen Benutzernamen und keinen Tabulator.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n tab-separated field(s); a token is username&lt;Tab&gt;client_id.</source>
        <translation>
            <numerusform>Sie hat %n durch Tabulator getrenntes Feld; ein Token ist Benutzername&lt;Tab&gt;Client-ID.</numerusform>
            <numerusform>Sie hat %n durch Tabulator getrennte Felder; ein Token ist Benutzername&lt;Tab&gt;Client-ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its quotes do not pair up.</source>
        <translation>Ihre Anführungszeichen sind nicht paarig.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n comma-separated field(s); a token is username,client_id.</source>
        <translation>
            <numerusform>Sie hat %n durch Komma getrenntes Feld; ein Token ist Benutzername,Client-ID.</numerusform>
            <numerusform>Sie hat %n durch Komma getrennte Felder; ein Token ist Benutzername,Client-ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>The client ID is empty.</source>
        <translation>Die Client-ID ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than %L1 MB; a list is text of one name per line.</source>
        <translation>Die Datei ist größer als %L1 MB; eine Liste ist Text mit einem Namen pro Zeile.</translation>
    </message>
    <message>
        <source>The file is not text (it contains NUL bytes).</source>
        <translation>Die Datei ist kein Text (sie enthält NUL-Bytes).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>Die Datei ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>There is no client ID after “client:”.</source>
        <translation>Nach „client:“ steht keine Client-ID.</translation>
    </message>
    <message>
        <source>user “%1”</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>client “%1”</source>
        <translation>Client „%1“</translation>
    </message>
    <message>
        <source>token “%1” / “%2”</source>
        <translation>Token „%1“ / „%2“</translation>
    </message>
    <message>
        <source>It contains an invisible or control character (U+%1).</source>
        <translation>Sie enthält ein unsichtbares oder ein Steuerzeichen (U+%1).</translation>
    </message>
</context>
<context>
    <name>RevokeProgressDialog</name>
    <message>
        <source>Revoking Tokens</source>
        <translation>Tokens werden widerrufen</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>&amp;Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Send nothing more; requests already sent finish and are reported</source>
        <translation>Nichts mehr senden; bereits gesendete Anfragen laufen zu Ende und werden gemeldet</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent...</source>
        <translation>Abbruch: Warten auf die bereits gesendeten Anfragen...</translation>
    </message>
    <message>
        <source>Revoking: %L1 of %L2</source>
        <translation>Widerruf: %L1 von %L2</translation>
    </message>
    <message numerus="yes">
        <source>%1 per second, about %Ln second(s) left</source>
        <translation>
            <numerusform>%1 pro Sekunde, noch etwa %Ln Sekunde</numerusform>
            <numerusform>%1 pro Sekunde, noch etwa %Ln Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <source>Send the &amp;Rest</source>
        <translation>&amp;Rest senden</translation>
    </message>
    <message>
        <source>Revoked: %L1</source>
        <translation>Widerrufen: %L1</translation>
    </message>
    <message>
        <source>already gone: %L1</source>
        <translation>schon weg: %L1</translation>
    </message>
    <message>
        <source>failed: %L1</source>
        <translation>fehlgeschlagen: %L1</translation>
    </message>
    <message>
        <source>not sent: %L1</source>
        <translation>nicht gesendet: %L1</translation>
    </message>
    <message>
        <source>unknown: %L1</source>
        <translation>unklar: %L1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Sign &amp;In to Continue</source>
        <translation>&amp;Anmelden und fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>The audit journal could not record %Ln outcome(s) (the revocations happened as shown here): %1</source>
        <translation>
            <numerusform>Das Revisionsprotokoll konnte %Ln Ergebnis nicht festhalten (die Widerrufe geschahen wie hier gezeigt): %1</numerusform>
            <numerusform>Das Revisionsprotokoll konnte %Ln Ergebnisse nicht festhalten (die Widerrufe geschahen wie hier gezeigt): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: the session ended. Sign in again to the same server to continue, or stop: nothing more is sent.</source>
        <translation>Angehalten: Die Sitzung ist beendet. Melden Sie sich beim selben Server wieder an, um fortzusetzen, oder halten Sie an: Dann wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>Paused: %L1 of %L2 done</source>
        <translation>Angehalten: %L1 von %L2 erledigt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>already gone</source>
        <translation>schon weg</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unklar</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>%L1 revoked</source>
        <translation>%L1 widerrufen</translation>
    </message>
    <message>
        <source>%L1 failed</source>
        <translation>%L1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%L1 unknown</source>
        <translation>%L1 unbekannt</translation>
    </message>
    <message>
        <source>%L1 not sent</source>
        <translation>%L1 nicht gesendet</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Stopped by signing out: %1</source>
        <translation>Durch Abmelden beendet: %1</translation>
    </message>
    <message>
        <source>Stopped by signing in to another server or as someone else: %1</source>
        <translation>Beendet durch Anmelden an einem anderen Server oder als jemand anderes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) in %1 s</source>
        <translation>
            <numerusform>%Ln Anfrage in %1 s</numerusform>
            <numerusform>%Ln Anfragen in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Not revoked (%L1) or with an unknown outcome (%L2): a request whose answer was lost may or may not have revoked its token.</source>
        <translation>Nicht widerrufen (%L1) oder mit unbekanntem Ergebnis (%L2): Eine Anfrage, deren Antwort verloren ging, hat ihr Token vielleicht widerrufen, vielleicht nicht.</translation>
    </message>
    <message>
        <source>Outcome unknown (%L1): the answer was lost and could not be checked, so the server may or may not have revoked these.</source>
        <translation>Ergebnis unbekannt (%L1): Die Antwort ging verloren und ließ sich nicht prüfen, der Server hat diese also vielleicht widerrufen, vielleicht nicht.</translation>
    </message>
    <message>
        <source>Not revoked (%L1), and why:</source>
        <translation>Nicht widerrufen (%L1), und warum:</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln in the whole run</source>
        <translation>
            <numerusform>von %Ln im ganzen Lauf</numerusform>
            <numerusform>von %Ln im ganzen Lauf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token widerrufen</numerusform>
            <numerusform>%Ln Tokens widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with an unknown outcome</source>
        <translation>
            <numerusform>%Ln mit unbekanntem Ergebnis</numerusform>
            <numerusform>%Ln mit unbekanntem Ergebnis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not sent</source>
        <translation>
            <numerusform>%Ln nicht gesendet</numerusform>
            <numerusform>%Ln nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 already gone</source>
        <translation>%L1 schon weg</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already gone</source>
        <translation>
            <numerusform>%Ln schon weg</numerusform>
            <numerusform>%Ln schon weg</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens not revoked, and why</source>
        <translation>Nicht widerrufene Tokens und warum</translation>
    </message>
    <message numerus="yes">
        <source>%Ln not verified</source>
        <translation>
            <numerusform>%Ln nicht überprüft</numerusform>
            <numerusform>%Ln nicht überprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verified: %Ln gone</source>
        <translation>
            <numerusform>Überprüft: %Ln entfernt</numerusform>
            <numerusform>Überprüft: %Ln entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reported revoked still there (kept by the server, or issued again): counted as failed</source>
        <translation>
            <numerusform>%Ln als widerrufen gemeldetes noch vorhanden (vom Server behalten oder neu ausgestellt): als fehlgeschlagen gezählt</numerusform>
            <numerusform>%Ln als widerrufen gemeldete noch vorhanden (vom Server behalten oder neu ausgestellt): als fehlgeschlagen gezählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerList</name>
    <message>
        <source>it is not an object</source>
        <translation>er ist kein Objekt</translation>
    </message>
    <message>
        <source>a field that should be text is not</source>
        <translation>ein Feld, das Text sein sollte, ist keiner</translation>
    </message>
    <message>
        <source>it has no url</source>
        <translation>er hat keine URL</translation>
    </message>
    <message>
        <source>“%1” is not a server address</source>
        <translation>„%1“ ist keine Serveradresse</translation>
    </message>
    <message>
        <source>it has no environment (development, test or production)</source>
        <translation>er hat keine Umgebung (development, test oder production)</translation>
    </message>
    <message>
        <source>“%1” is not an environment (development, test or production)</source>
        <translation>„%1“ ist keine Umgebung (development, test oder production)</translation>
    </message>
    <message>
        <source>“%1” is not a way to sign in (token, client-credentials or password)</source>
        <translation>„%1“ ist keine Anmeldeart (token, client-credentials oder password)</translation>
    </message>
    <message>
        <source>“%1” is not a colour (#rrggbb)</source>
        <translation>„%1“ ist keine Farbe (#rrggbb)</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Not a saved server</source>
        <translation>Kein gespeicherter Server</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>er hat keinen Namen</translation>
    </message>
    <message>
        <source>its name is longer than 80 characters</source>
        <translation>sein Name ist länger als 80 Zeichen</translation>
    </message>
    <message>
        <source>its name contains an invisible or control character (%1)</source>
        <translation>sein Name enthält ein unsichtbares oder Steuerzeichen (%1)</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB: it is not a list of servers.</source>
        <translation>Die Datei ist größer als 1 MB: Sie ist keine Serverliste.</translation>
    </message>
    <message>
        <source>The file is not JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file is not a list of servers exported by Knetik Token Console.</source>
        <translation>Die Datei ist keine von der Knetik Token Console exportierte Serverliste.</translation>
    </message>
    <message>
        <source>The file is of version %1 of the format; this console reads version %2.</source>
        <translation>Die Datei hat Version %1 des Formats; diese Konsole liest Version %2.</translation>
    </message>
    <message>
        <source>The file has no list of servers.</source>
        <translation>Die Datei enthält keine Serverliste.</translation>
    </message>
    <message>
        <source>Entry %1: %2.</source>
        <translation>Eintrag %1: %2.</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): %3 was not imported (secrets stay in each admin&apos;s keychain)</source>
        <translation>Eintrag %1 („%2“): %3 wurde nicht importiert (Geheimnisse bleiben im Schlüsselbund jedes Admins)</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): a saved server has this name (“%3”)</source>
        <translation>Eintrag %1 („%2“): Ein gespeicherter Server hat diesen Namen („%3“)</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): the same server and sign-in as the saved “%3”</source>
        <translation>Eintrag %1 („%2“): derselbe Server und dieselbe Anmeldung wie der gespeicherte „%3“</translation>
    </message>
    <message>
        <source>“%1” and “%2” are at the same address with different environments (%3, %4): a server has one environment, whichever name is used</source>
        <translation>„%1“ und „%2“ haben dieselbe Adresse mit verschiedenen Umgebungen (%3, %4): Ein Server hat eine Umgebung, unter welchem Namen auch immer</translation>
    </message>
    <message>
        <source>Entry %1 (“%2”): %3.</source>
        <translation>Eintrag %1 („%2“): %3.</translation>
    </message>
    <message>
        <source>The file lists %L1 servers; more than %L2 is not a list an admin keeps, so it is not read.</source>
        <translation>Die Datei enthält %L1 Server; mehr als %L2 ist keine Liste, die ein Admin führt, daher wird sie nicht gelesen.</translation>
    </message>
    <message>
        <source>“%1” trusts the certificates in %2 for %3</source>
        <translation>„%1“ vertraut den Zertifikaten in %2 für %3</translation>
    </message>
</context>
<context>
    <name>ServersDialog</name>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Saved servers</source>
        <translation>Gespeicherte Server</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Du&amp;plicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>Umgebun&amp;g:</translation>
    </message>
    <message>
        <source>C&amp;olour...</source>
        <translation>&amp;Farbe...</translation>
    </message>
    <message>
        <source>Defau&amp;lt Colour</source>
        <translation>S&amp;tandardfarbe</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>A pasted access token</source>
        <translation>Ein eingefügtes Zugriffstoken</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Benutzername und Passwort</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>Anmelden &amp;mit:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Us&amp;ername:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>The system&apos;s certificates</source>
        <translation>Die Zertifikate des Systems</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>Du&amp;rchsuchen...</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>CA-Dat&amp;ei:</translation>
    </message>
    <message>
        <source>Secrets (tokens, client secrets, passwords) are never saved here: a remembered session is kept in the system keychain, one entry per server.</source>
        <translation>Geheimnisse (Tokens, Client-Secrets, Passwörter) werden hier nie gespeichert: Eine gemerkte Sitzung liegt im Schlüsselbund des Systems, ein Eintrag pro Server.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>CA Certificates for This Server</source>
        <translation>CA-Zertifikate für diesen Server</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Servers</source>
        <translation>Server importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Servers</source>
        <translation>Server exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln server(s) to %1 (no secrets).</source>
        <translation>
            <numerusform>%Ln Server nach %1 exportiert (ohne Geheimnisse).</numerusform>
            <numerusform>%Ln Server nach %1 exportiert (ohne Geheimnisse).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>, signed in</source>
        <translation>, angemeldet</translation>
    </message>
    <message>
        <source>New server</source>
        <translation>Neuer Server</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>“%1” deleted (when you press OK), with its remembered session. You stay signed in to it until you sign out or switch.</source>
        <translation>„%1“ gelöscht (sobald Sie OK drücken), mit seiner gemerkten Sitzung. Sie bleiben angemeldet, bis Sie sich abmelden oder wechseln.</translation>
    </message>
    <message>
        <source>“%1” deleted (when you press OK), with its remembered session.</source>
        <translation>„%1“ gelöscht (sobald Sie OK drücken), mit seiner gemerkten Sitzung.</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: another server has this name (names must differ, also in case).</source>
        <translation>%1: Ein anderer Server hat diesen Namen (Namen müssen sich unterscheiden, auch in der Schreibweise).</translation>
    </message>
    <message>
        <source>%1: “%2” is not a server address.</source>
        <translation>%1: „%2“ ist keine Serveradresse.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than 1 MB: it is not a list of servers.</source>
        <translation>Die Datei ist größer als 1 MB: Sie ist keine Serverliste.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln server(s)</source>
        <translation>
            <numerusform>%Ln Server importiert</numerusform>
            <numerusform>%Ln Server importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out as already saved (%Ln):</source>
        <translation>
            <numerusform>Ausgelassen, weil schon gespeichert (%Ln):</numerusform>
            <numerusform>Ausgelassen, weil schon gespeichert (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out as invalid (%Ln):</source>
        <translation>
            <numerusform>Ausgelassen, weil ungültig (%Ln):</numerusform>
            <numerusform>Ausgelassen, weil ungültig (%Ln):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The servers saved before are unchanged. Press OK to keep the imported ones.</source>
        <translation>Die zuvor gespeicherten Server bleiben unverändert. Drücken Sie OK, um die importierten zu behalten.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>, extra CA</source>
        <translation>, zusätzliche CA</translation>
    </message>
    <message>
        <source>Also trusts the certificates in %1 (for this server only)</source>
        <translation>Vertraut auch den Zertifikaten in %1 (nur für diesen Server)</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more</source>
        <translation>
            <numerusform>... und %Ln weiterer</numerusform>
            <numerusform>... und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trusting an extra CA, each for its own server only (%Ln):</source>
        <translation>
            <numerusform>Mit zusätzlicher CA, nur für den eigenen Server (%Ln):</numerusform>
            <numerusform>Mit zusätzlicher CA, jeweils nur für den eigenen Server (%Ln):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Enter the server&apos;s address, for example https://sandbox.knetikcloud.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://sandbox.knetikcloud.com.</translation>
    </message>
    <message>
        <source>“%1” is not a server address: use http:// or https://, a host name, and no query.</source>
        <translation>„%1“ ist keine Serveradresse: http:// oder https://, ein Rechnername und keine Abfrage.</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Bitte ein Zugriffstoken einfügen.</translation>
    </message>
    <message>
        <source>Getting an access token from %1...</source>
        <translation>Zugriffstoken wird von %1 geholt...</translation>
    </message>
    <message>
        <source>Checking the access token with %1...</source>
        <translation>Zugriffstoken wird bei %1 geprüft...</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and the network.</source>
        <translation>%1 ist nicht erreichbar: %2. Bitte Adresse und Netzwerk prüfen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The client id or the client secret is wrong.</source>
        <translation>Client-ID oder Client-Secret ist falsch.</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired.</source>
        <translation>Das Zugriffstoken ist ungültig oder abgelaufen.</translation>
    </message>
    <message>
        <source>The username or the password is wrong (or this client may not use them).</source>
        <translation>Benutzername oder Passwort ist falsch (oder dieser Client darf sie nicht verwenden).</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>This access token lacks the TOKENS_ADMIN permission, so it cannot manage tokens.</source>
        <translation>Diesem Zugriffstoken fehlt die Berechtigung TOKENS_ADMIN; damit lassen sich keine Tokens verwalten.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Knetik server (%2). Check the URL, including any path.</source>
        <translation>%1 antwortet nicht wie ein Knetik-Server (%2). Bitte die URL samt Pfad prüfen.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Access &amp;Token</source>
        <translation>&amp;Zugriffstoken</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Paste the token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Client &amp;Credentials</source>
        <translation>&amp;Client-Zugangsdaten</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>&amp;Username and Password</source>
        <translation>&amp;Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (in the system keychain)</source>
        <translation>Auf diesem Computer &amp;merken (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Turned off by --no-remember.</source>
        <translation>Durch --no-remember ausgeschaltet.</translation>
    </message>
    <message>
        <source>Warning: plain http to %1 sends the access token unencrypted. Use https unless this is a test server on a network you trust.</source>
        <translation>Warnung: Unverschlüsseltes http zu %1 überträgt das Zugriffstoken im Klartext. Verwenden Sie https, außer für einen Testserver in einem vertrauenswürdigen Netz.</translation>
    </message>
    <message>
        <source>Trusted certificates: the system&apos;s</source>
        <translation>Vertrauenswürdige Zertifikate: die des Systems</translation>
    </message>
    <message>
        <source>Trust a CA &amp;Certificate...</source>
        <translation>Einer &amp;Zertifizierungsstelle vertrauen...</translation>
    </message>
    <message>
        <source>Trust a CA Certificate</source>
        <translation>Einer Zertifizierungsstelle vertrauen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Art der Anmeldung</translation>
    </message>
    <message>
        <source>Saved server</source>
        <translation>Gespeicherter Server</translation>
    </message>
    <message>
        <source>Saved ser&amp;ver:</source>
        <translation>Gespeicherter Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Save as a server na&amp;med</source>
        <translation>Als Server speichern mit &amp;Namen</translation>
    </message>
    <message>
        <source>Name of the server to save</source>
        <translation>Name des zu speichernden Servers</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>Umgebun&amp;g:</translation>
    </message>
    <message>
        <source>New server (enter its address below)</source>
        <translation>Neuer Server (Adresse unten eingeben)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>a saved server has this name</source>
        <translation>ein gespeicherter Server hat diesen Namen</translation>
    </message>
    <message>
        <source>The server cannot be saved under this name: %1.</source>
        <translation>Der Server kann nicht unter diesem Namen gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>Also trusted for %1: the CA in %2</source>
        <translation>Zusätzlich vertraut für %1: die CA in %2</translation>
    </message>
    <message>
        <source>Also trusted for %1: %2 (%3)</source>
        <translation>Zusätzlich vertraut für %1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>SignedOutPage</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>Sign In...</source>
        <translation>Anmelden...</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Access token (not shown):</source>
        <translation>Zugriffstoken (wird nicht angezeigt):</translation>
    </message>
</context>
<context>
    <name>Tls</name>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>TokenDetailsDialog</name>
    <message>
        <source>Token Details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>Wird geladen...</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Refresh &amp;List</source>
        <translation>&amp;Liste aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the token list again</source>
        <translation>Die Tokenliste neu laden</translation>
    </message>
    <message>
        <source>Show the whole token</source>
        <translation>Das ganze Token anzeigen</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Das Token in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The token is on the clipboard.</source>
        <translation>Das Token ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>This token no longer exists: it was revoked or has expired.</source>
        <translation>Dieses Token gibt es nicht mehr: Es wurde widerrufen oder ist abgelaufen.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
</context>
<context>
    <name>TokenExporter</name>
    <message numerus="yes">
        <source>The server also listed %Ln token(s) that do not match the filters (it may not support filtering, or read them otherwise), such as %1: they are left out.</source>
        <translation>
            <numerusform>Der Server hat außerdem %Ln Token geliefert, das nicht zu den Filtern passt (vielleicht unterstützt er keine Filter oder liest sie anders), %1: es wird weggelassen.</numerusform>
            <numerusform>Der Server hat außerdem %Ln Tokens geliefert, die nicht zu den Filtern passen (vielleicht unterstützt er keine Filter oder liest sie anders), etwa %1: sie werden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server said %Ln token(s) and its first page held none</source>
        <translation>
            <numerusform>der Server nannte %Ln Token, und seine erste Seite enthielt keines</numerusform>
            <numerusform>der Server nannte %Ln Tokens, und seine erste Seite enthielt keines</numerusform>
        </translation>
    </message>
    <message>
        <source>the server said %1 tokens in pages of %2, more than this console reads</source>
        <translation>der Server nannte %1 Tokens in Seiten zu %2, mehr als diese Konsole liest</translation>
    </message>
    <message>
        <source>the total changed from %1 to %2 while it was read</source>
        <translation>die Gesamtzahl änderte sich beim Lesen von %1 auf %2</translation>
    </message>
    <message>
        <source>the server said %1 tokens, and its page %2 held %3 where %4 were due</source>
        <translation>der Server nannte %1 Tokens, und seine Seite %2 enthielt %3, wo %4 fällig waren</translation>
    </message>
    <message>
        <source>the server said %1 tokens but listed more after them (its total may be capped, or it may not read the page number)</source>
        <translation>der Server nannte %1 Tokens, lieferte danach aber weitere (seine Gesamtzahl ist vielleicht begrenzt, oder er liest die Seitennummer nicht)</translation>
    </message>
    <message>
        <source>a token was listed twice, so the list changed while it was read (or the server does not read the page number)</source>
        <translation>ein Token wurde doppelt geliefert, die Liste hat sich also beim Lesen geändert (oder der Server liest die Seitennummer nicht)</translation>
    </message>
</context>
<context>
    <name>TokenJson</name>
    <message>
        <source>empty body</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a number</source>
        <translation>Feld „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a whole number</source>
        <translation>Feld „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not true or false</source>
        <translation>Feld „%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not text</source>
        <translation>Feld „%1“ ist kein Text</translation>
    </message>
    <message>
        <source>field &quot;content&quot; is missing</source>
        <translation>Feld „content“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;content&quot; is not a list</source>
        <translation>Feld „content“ ist keine Liste</translation>
    </message>
    <message>
        <source>row %1 is not an object</source>
        <translation>Zeile %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>field &quot;total_elements&quot; is missing</source>
        <translation>Feld „total_elements“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;total_elements&quot; is negative</source>
        <translation>Feld „total_elements“ ist negativ</translation>
    </message>
    <message>
        <source>field &quot;access_token&quot; is empty</source>
        <translation>Feld „access_token“ ist leer</translation>
    </message>
    <message>
        <source>field &quot;expires_in&quot; is not a number of seconds</source>
        <translation>Feld „expires_in“ ist keine Sekundenzahl</translation>
    </message>
</context>
<context>
    <name>TokenMatchCounter</name>
    <message numerus="yes">
        <source>The server also listed %Ln token(s) whose name does not contain “%1” (it may not support filtering): they are not counted.</source>
        <translation>
            <numerusform>Der Server hat außerdem %Ln Token geliefert, dessen Name „%1“ nicht enthält (vielleicht unterstützt er keine Filter): es wird nicht mitgezählt.</numerusform>
            <numerusform>Der Server hat außerdem %Ln Tokens geliefert, deren Name „%1“ nicht enthält (vielleicht unterstützt er keine Filter): sie werden nicht mitgezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenStats</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>An outlier holds more than %1 times the median number of tokens and at least %2.</source>
        <translation>Ein Ausreißer hat mehr als das %1-Fache des Medians an Tokens und mindestens %2.</translation>
    </message>
</context>
<context>
    <name>TokenTableModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Click to sort by this column; Shift+click to add it as the next sort key.</source>
        <translation>Klicken sortiert nach dieser Spalte; Umschalt+Klick fügt sie als nächsten Sortierschlüssel hinzu.</translation>
    </message>
    <message>
        <source>Not sorted by this column</source>
        <translation>Nicht nach dieser Spalte sortiert</translation>
    </message>
    <message>
        <source>Sorted ascending, sort key %1 of %2</source>
        <translation>Aufsteigend sortiert, Sortierschlüssel %1 von %2</translation>
    </message>
    <message>
        <source>Sorted descending, sort key %1 of %2</source>
        <translation>Absteigend sortiert, Sortierschlüssel %1 von %2</translation>
    </message>
    <message>
        <source>Does not match the filters: the server listed it anyway.</source>
        <translation>Passt nicht zu den Filtern: der Server hat es trotzdem geliefert.</translation>
    </message>
    <message>
        <source>Does not match the filters</source>
        <translation>Passt nicht zu den Filtern</translation>
    </message>
</context>
<context>
    <name>TokensApi</name>
    <message>
        <source>A token needs both a username and a client id.</source>
        <translation>Ein Token braucht Benutzername und Client-ID.</translation>
    </message>
    <message>
        <source>A username or client id of &quot;.&quot; or &quot;..&quot; cannot be looked up: in a URL path it means a directory step. It can still be revoked.</source>
        <translation>Ein Benutzername oder eine Client-ID „.“ oder „..“ kann nicht abgefragt werden: In einem URL-Pfad bedeutet das einen Verzeichnisschritt. Widerrufen ist trotzdem möglich.</translation>
    </message>
    <message>
        <source>Refused to revoke: the username or client id is empty.</source>
        <translation>Widerruf verweigert: Benutzername oder Client-ID ist leer.</translation>
    </message>
</context>
<context>
    <name>TrustingNetwork</name>
    <message>
        <source>A CA file is for an https server; %1 is not one.</source>
        <translation>Eine CA-Datei gilt für einen https-Server; %1 ist keiner.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Admin console for the OAuth access tokens of a Knetik server.</source>
        <translation>Verwaltungskonsole für die OAuth-Zugriffstokens eines Knetik-Servers.</translation>
    </message>
    <message>
        <source>Start a local demo sandbox with 5,000 tokens and sign in to it.</source>
        <translation>Eine lokale Demo-Sandbox mit 5.000 Tokens starten und sich dort anmelden.</translation>
    </message>
    <message>
        <source>The server&apos;s base URL.</source>
        <translation>Die Basis-URL des Servers.</translation>
    </message>
    <message>
        <source>Read the access token from standard input (it then never shows in the process list).</source>
        <translation>Das Zugriffstoken von der Standardeingabe lesen (so erscheint es nie in der Prozessliste).</translation>
    </message>
    <message>
        <source>Neither use nor store a session in the system keychain.</source>
        <translation>Keine Sitzung im Schlüsselbund des Systems verwenden oder speichern.</translation>
    </message>
    <message>
        <source>The language of the interface, e.g. de or en.</source>
        <translation>Die Sprache der Oberfläche, z. B. de oder en.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation>Kein Zugriffstoken auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>--token-stdin needs --base-url: say which server the token is for.</source>
        <translation>--token-stdin braucht --base-url: Geben Sie an, für welchen Server das Token ist.</translation>
    </message>
    <message>
        <source>“knetik-tokens --help” lists the commands and options.</source>
        <translation>„knetik-tokens --help“ listet die Befehle und Optionen auf.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file for the server of --base-url (TLS errors are never ignored).</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei zusätzlich vertrauen, für den Server von --base-url (TLS-Fehler werden nie ignoriert).</translation>
    </message>
    <message>
        <source>--ca-file needs --base-url: say which server the CA is for.</source>
        <translation>--ca-file braucht --base-url: geben Sie an, für welchen Server die CA gilt.</translation>
    </message>
    <message>
        <source>admin console for the OAuth access tokens of a Knetik server</source>
        <translation>Verwaltungskonsole für die OAuth-Zugriffstoken eines Knetik-Servers</translation>
    </message>
    <message>
        <source>Knetik Token Console signs in to a Knetik platform server with an access token (or gets one from the server&apos;s /oauth/token) and shows every OAuth access token there in a paged, filterable table sorted by the server. It shows one token&apos;s details and revokes tokens: one, a selection, every token of a user or a client, every token a filter matches, or the tokens a list names, each after a confirmation, with each token&apos;s outcome reported and written to the revocation journal.

Without options it opens the sign-in window (or the session it remembered in the system keychain). Servers are saved under File &gt; Servers; a server marked Production asks for its name before any revocation.</source>
        <translation>Knetik Token Console meldet sich mit einem Zugriffstoken (oder einem über /oauth/token des Servers erhaltenen) bei einem Knetik-Plattformserver an und zeigt alle OAuth-Zugriffstoken dort in einer seitenweisen, filterbaren, vom Server sortierten Tabelle. Es zeigt die Details eines Tokens und widerruft Token: eines, eine Auswahl, alle Token eines Benutzers oder Clients, alle Token, die ein Filter trifft, oder die Token, die eine Liste nennt, jeweils nach einer Bestätigung, wobei das Ergebnis jedes Tokens gemeldet und in das Widerrufsjournal geschrieben wird.

Ohne Optionen öffnet es das Anmeldefenster (oder die im Schlüsselbund des Systems gemerkte Sitzung). Server werden unter Datei &gt; Server gespeichert; ein als Produktion markierter Server fragt vor jedem Widerruf nach seinem Namen.</translation>
    </message>
    <message>
        <source>Settings (saved servers, window state) in ~/.config/Knetik Token Console/knetik-token-console.conf; the revocation journal in ~/.local/share/Knetik Token Console/knetik-token-console/revocations.jsonl; a remembered session in the system keychain (Secret Service), never in a file.</source>
        <translation>Einstellungen (gespeicherte Server, Fensterzustand) in ~/.config/Knetik Token Console/knetik-token-console.conf; das Widerrufsjournal in ~/.local/share/Knetik Token Console/knetik-token-console/revocations.jsonl; eine gemerkte Sitzung im Schlüsselbund des Systems (Secret Service), nie in einer Datei.</translation>
    </message>
</context>
</TS>
