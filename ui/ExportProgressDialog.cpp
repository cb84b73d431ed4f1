#include "ExportProgressDialog.h"

#include "TokenExporter.h"

#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <climits>

ExportProgressDialog::ExportProgressDialog(TokenExporter *exporter, const QString &path,
                                           QWidget *parent)
    : QDialog(parent),
      m_exporter(exporter),
      m_path(path),
      m_statusLabel(new QLabel(this)),
      m_progressBar(new QProgressBar(this)),
      m_rateLabel(new QLabel(this)),
      m_summaryLabel(new QLabel(this)),
      m_cancelButton(new QPushButton(tr("&Cancel"), this)),
      m_closeButton(new QPushButton(tr("C&lose"), this))
{
    setWindowTitle(tr("Exporting Tokens"));
    setObjectName(QStringLiteral("exportProgressDialog"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    m_statusLabel->setWordWrap(true);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progressBar->setRange(0, 0);
    m_closeButton->setEnabled(false);
    m_cancelButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_rateLabel);
    layout->addWidget(m_summaryLabel, 1);
    layout->addLayout(buttons);
    resize(520, sizeHint().height());

    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_exporter)
            m_exporter->cancel();
    });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(exporter, &TokenExporter::finished, this, &ExportProgressDialog::showResult);
    m_refresh.setInterval(100);
    connect(&m_refresh, &QTimer::timeout, this, &ExportProgressDialog::updateProgress);
    m_refresh.start();
    updateProgress();
}

void ExportProgressDialog::updateProgress()
{
    if (!m_exporter)
        return;
    const qint64 written = m_exporter->written();
    const qint64 total = m_exporter->total();
    if (total > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(qMin<qint64>(1000, written * 1000 / total)));
        m_statusLabel->setText(
            tr("Exporting: %L1 of %Ln token(s)", nullptr, int(qMin<qint64>(total, INT_MAX)))
                .arg(written));
    } else {
        m_statusLabel->setText(tr("Reading the first page..."));
    }
    const double seconds = m_exporter->elapsedMs() / 1000.0;
    if (written > 0 && seconds > 0.2 && total > written) {
        const double rate = written / seconds;
        const int left = int((total - written) / rate + 0.5);
        m_rateLabel->setText(tr("%1 per second, about %Ln second(s) left", nullptr, left)
                                 .arg(QLocale().toString(rate, 'f', 0)));
    }
}

QString ExportProgressDialog::summaryText() const
{
    if (!m_exporter)
        return {};
    const QString where = QDir::toNativeSeparators(m_path);
    if (m_exporter->wasCancelled())
        return tr("Cancelled: nothing was written to %1.").arg(where);
    if (!m_exporter->succeeded()) {
        const QString why = m_exporter->fileError().isEmpty() ? m_exporter->error().message()
                                                              : m_exporter->fileError();
        return tr("The export failed, so nothing was written to %1: %2").arg(where, why);
    }
    QStringList lines {tr("%Ln token(s) written to %1.", nullptr,
                          int(qMin<qint64>(m_exporter->written(), INT_MAX)))
                           .arg(where)};
    if (m_exporter->unmatched() > 0)
        lines << m_exporter->unmatchedNote();
    return lines.join(QLatin1Char('\n'));
}

void ExportProgressDialog::showResult()
{
    m_refresh.stop();
    updateProgress();
    if (m_exporter && m_exporter->succeeded()) {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(1);
        m_statusLabel->setText(tr("Done: %Ln token(s) exported", nullptr,
                                  int(qMin<qint64>(m_exporter->written(), INT_MAX))));
        m_rateLabel->setText(
            tr("%Ln page(s) in %1 s", nullptr, m_exporter->pagesRead())
                .arg(QLocale().toString(m_exporter->elapsedMs() / 1000.0, 'f', 1)));
    } else {
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
        m_statusLabel->setText(m_exporter && m_exporter->wasCancelled() ? tr("Cancelled")
                                                                        : tr("Failed"));
        m_rateLabel->clear();
    }
    m_summaryLabel->setText(summaryText());
    // Tall enough for the wrapped summary (a long path, a changed total).
    m_summaryLabel->setMinimumHeight(m_summaryLabel->heightForWidth(m_summaryLabel->width()));
    resize(width(), qMax(height(), sizeHint().height()));
    m_cancelButton->hide();
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
}

void ExportProgressDialog::closeEvent(QCloseEvent *event)
{
    // Closing while it runs cancels: nothing half-written stays behind.
    if (m_exporter && m_exporter->isRunning())
        m_exporter->cancel();
    QDialog::closeEvent(event);
}

void ExportProgressDialog::done(int result)
{
    // Escape and reject() end here without a close event (Qt 6): they cancel too.
    if (m_exporter && m_exporter->isRunning())
        m_exporter->cancel();
    QDialog::done(result);
}
