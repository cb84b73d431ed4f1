#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QProgressBar;
class QPushButton;
class TokenExporter;

// Follows an export: "12,000 of 100,000 tokens", the rate and the time left, Cancel; at the end
// what was written where, and anything the admin should know (a total that changed while the
// pages were read, repeated rows left out).
class ExportProgressDialog : public QDialog
{
    Q_OBJECT

public:
    ExportProgressDialog(TokenExporter *exporter, const QString &path, QWidget *parent = nullptr);

    QString summaryText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void done(int result) override;

private:
    void updateProgress();
    void showResult();

    QPointer<TokenExporter> m_exporter;
    QString m_path;
    QLabel *m_statusLabel;
    QProgressBar *m_progressBar;
    QLabel *m_rateLabel;
    QLabel *m_summaryLabel;
    QPushButton *m_cancelButton;
    QPushButton *m_closeButton;
    QTimer m_refresh;
};
