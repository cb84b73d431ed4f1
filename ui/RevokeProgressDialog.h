#pragma once

#include "ApiUrls.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Ui {
class RevokeProgressDialog;
}
class BulkRevoker;

// Follows a BulkRevoker: "312 of 1,000", the rate and the time left, Cancel; at the end the
// outcome counts, the failures with their reasons, and Retry Failed.
class RevokeProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RevokeProgressDialog(QWidget *parent = nullptr);
    ~RevokeProgressDialog() override;

    void follow(BulkRevoker *revoker);
    QString summaryText() const;
    // Retry Failed / Send the Rest only where the run was confirmed; reason says why not.
    void setRetryAllowed(bool allowed, const QString &reason);
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
    QPointer<BulkRevoker> m_revoker;
    QTimer m_refresh; // labels repaint at most every 100 ms, not once per token
    bool m_retryAllowed = true;
    QString m_retryBlockedReason;
};
