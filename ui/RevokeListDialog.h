#pragma once

#include "BulkRevoker.h"
#include "ListRevocation.h"

#include <QDialog>

#include <vector>

class ListResolver;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class TokensApi;

// File > Revoke From List...: an incident's list of users, clients and pairs, pasted or opened,
// checked line by line against the server (exact matches only), shown per line with what was
// found or what is wrong, untickable, then revoked pair by pair after a typed confirmation
// (MainWindow opens it: revokeRequested()). After a pass, Check Again shows per line what was
// revoked, already gone or failed, and what is new, for a second pass.
class EnvironmentStrip;
struct ServerProfile;

class RevokeListDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { LineColumn, EntryColumn, MeansColumn, ResultColumn, ColumnCount };

    RevokeListDialog(TokensApi *api, QWidget *parent = nullptr);
    ~RevokeListDialog() override;

    // Loads a list as Open File... does; false (and the reason shown) if it cannot be read.
    bool loadFile(const QString &path);
    QString listText() const;
    // The name of the list for the confirmation and the journal: the file's name (", edited"
    // when changed after opening), or empty for a pasted list.
    QString sourceName() const;
    const ListRevocation &revocation() const { return m_revocation; }
    const ListResolver *resolver() const { return m_resolver; }
    QStandardItemModel *linesModel() const { return m_model; }
    // The row of the table that shows line index (of revocation().lines()), or -1.
    int rowOfLine(int index) const { return m_rowOfLine.value(index, -1); }
    QString totalsText() const;

    // Whether a revocation may start now (signed in, no other run), and why not.
    void setRevokeAllowed(bool allowed, const QString &why = {});
    // The server the list is checked and revoked on (its environment strip at the top).
    void setServer(const ServerProfile &server);
    // Tokens > Requests at Once, for the checks against the server.
    void setRequestsAtOnce(int cap);
    // MainWindow: the confirmation was accepted and the pass is being sent.
    void passStarted();
    // A later run of the same pass (Retry Failed) is being sent.
    void runStarted();
    // A run of the pass ended (the first, or one started by Retry Failed).
    void runFinished(const std::vector<BulkRevoker::Item> &items);
    bool isRunning() const { return m_running; }

public slots:
    void check();

signals:
    // keys: the tokens of the ticked lines, each once; listName: sourceName() (empty: pasted);
    // session: the one they were read with.
    void revokeRequested(const QList<TokenKey> &keys, const QString &listName, quint64 session);

protected:
    void done(int result) override;

private:
    void openFile();
    void onTextChanged();
    void onChecked();
    void stopChecking();
    void fillTable();
    void updateRow(int index);
    void updateTotals();
    void updateButtons();
    void requestRevoke();
    QString resultText(int index, bool *problem, bool *failed) const;

    TokensApi *m_api;
    ListResolver *m_resolver;
    ListRevocation m_revocation;
    QPlainTextEdit *m_edit;
    QLabel *m_sourceLabel;
    EnvironmentStrip *m_strip = nullptr;
    QLabel *m_progressLabel;
    QLabel *m_totalsLabel;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QPushButton *m_openButton;
    QPushButton *m_checkButton;
    QPushButton *m_revokeButton;
    QDialogButtonBox *m_buttons;
    QHash<int, int> m_rowOfLine;
    QString m_fileName;
    QString m_fileText;
    QString m_checkNote; // said with the check's result (a check that starts afresh) // as read
                         // from the file, until it is edited
    quint64 m_passSession = 0; // the session the passes were sent in
    bool m_edited = false; // changed since the file was opened
    bool m_loading = false;
    bool m_showingTicks = false; // updateRow() sets the boxes: not the admin's ticks
    bool m_stale = false; // the text changed since the last check
    bool m_running = false; // a pass is being sent
    bool m_revokeAllowed = true;
    QString m_notAllowedWhy;
};
