#pragma once

#include "ApiUrls.h"
#include "RevocationRun.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class RevokeProgressDialog;
}
class BulkRevoker;
class EnvironmentStrip;
struct ServerProfile;

// Follows a BulkRevoker: "312 of 1,000", the rate and the time left, Cancel; at the end the
// outcome counts, the failures with their reasons, and Retry Failed.
class RevokeProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RevokeProgressDialog(QWidget *parent = nullptr);
    ~RevokeProgressDialog() override;

    // Shows run (its current batch; the counts are the whole run's: RevocationRun::count()).
    void follow(RevocationRun *run);
    // "Revoked: 45, already gone: 0, failed: 5" for the whole run.
    QString summaryText() const;
    // "verified: 1,000 gone; 12 reported revoked still there...", empty when nothing was checked.
    QString verificationText() const;
    // For the main window's status bar: "Revoked 48 tokens, 2 failed".
    QString statusText() const;
    // Retry Failed / Send the Rest only where the run was confirmed; reason says why not.
    void setRetryAllowed(bool allowed, const QString &reason);
    // The server the run revokes on (its environment strip).
    void setServer(const ServerProfile &server);
    // An outcome's name in the admin's words ("revoked", "not sent"...).
    static QString outcomeText(int kind);

signals:
    // Retry Failed / Send the Rest: the owner sends again what the run did not revoke.
    void retryFailedRequested();
    // Paused by an ended session: the admin asks to sign in again.
    void signInRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateProgress();
    void showResult();
    void onPausedChanged(bool paused);
    void updateNotice();

    std::unique_ptr<Ui::RevokeProgressDialog> m_ui;
    EnvironmentStrip *m_strip;
    QPointer<RevocationRun> m_run;
    QPointer<BulkRevoker> m_revoker; // the run's current batch
    QTimer m_refresh; // labels repaint at most every 100 ms, not once per token
    bool m_retryAllowed = true;
    // What the earlier batches of this run revoked for good (only the rest was sent again).
    QString m_retryBlockedReason;
};
