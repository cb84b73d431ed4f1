#include "PagerWidget.h"

#include "Settings.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <climits>

PagerWidget::PagerWidget(QWidget *parent)
    : QWidget(parent),
      m_first(new QToolButton(this)),
      m_previous(new QToolButton(this)),
      m_page(new QSpinBox(this)),
      m_pageCount(new QLabel(this)),
      m_next(new QToolButton(this)),
      m_last(new QToolButton(this)),
      m_pageSize(new QComboBox(this)),
      m_position(new QLabel(this))
{
    auto setUp = [this](QToolButton *button, const char *name, const QString &tip,
                        QStyle::StandardPixmap fallback, const char *themeIcon) {
        button->setObjectName(QLatin1String(name));
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        button->setIcon(
            QIcon::fromTheme(QLatin1String(themeIcon), style()->standardIcon(fallback)));
        button->setAutoRaise(true);
    };
    setUp(m_first, "firstPageButton", tr("First page"), QStyle::SP_MediaSkipBackward, "go-first");
    setUp(m_previous, "previousPageButton", tr("Previous page"), QStyle::SP_MediaSeekBackward,
          "go-previous");
    setUp(m_next, "nextPageButton", tr("Next page"), QStyle::SP_MediaSeekForward, "go-next");
    setUp(m_last, "lastPageButton", tr("Last page"), QStyle::SP_MediaSkipForward, "go-last");

    m_page->setObjectName(QStringLiteral("pageSpinBox"));
    m_page->setRange(1, 1);
    m_page->setKeyboardTracking(false); // a page is fetched on Enter or focus out, not per digit
    m_page->setAccessibleName(tr("Page"));
    m_pageCount->setObjectName(QStringLiteral("pageCountLabel"));
    m_pageSize->setObjectName(QStringLiteral("pageSizeComboBox"));
    m_pageSize->setAccessibleName(tr("Rows per page"));
    m_pageSize->setToolTip(tr("Rows per page"));
    for (int size : Settings::pageSizes())
        m_pageSize->addItem(tr("%L1 per page").arg(size), size);
    m_position->setObjectName(QStringLiteral("positionLabel"));
    m_position->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_position);
    layout->addStretch(1);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(new QLabel(tr("Page"), this));
    layout->addWidget(m_page);
    layout->addWidget(m_pageCount);
    layout->addWidget(m_next);
    layout->addWidget(m_last);
    layout->addSpacing(12);
    layout->addWidget(m_pageSize);

    connect(m_first, &QToolButton::clicked, this, &PagerWidget::firstRequested);
    connect(m_previous, &QToolButton::clicked, this, &PagerWidget::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &PagerWidget::nextRequested);
    connect(m_last, &QToolButton::clicked, this, &PagerWidget::lastRequested);
    connect(m_page, &QSpinBox::valueChanged, this, &PagerWidget::pageRequested);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [this] { emit pageSizeChanged(pageSize()); });
    setState(PageState {});
}

void PagerWidget::setState(const PageState &state)
{
    const int pages = state.lastPage();
    {
        const QSignalBlocker blocker(m_page);
        m_page->setRange(1, pages);
        m_page->setValue(state.page);
    }
    m_pageCount->setText(tr("of %L1").arg(pages));
    m_first->setEnabled(!state.first);
    m_previous->setEnabled(!state.first);
    m_next->setEnabled(!state.last);
    m_last->setEnabled(!state.last);
    m_page->setEnabled(pages > 1);
    if (state.rowsOnPage == 0)
        m_position->setText(tr("0 of %L1").arg(state.totalElements));
    else
        m_position->setText(tr("%L1-%L2 of %L3")
                                .arg(state.firstRow())
                                .arg(state.lastRow())
                                .arg(state.totalElements));
}

void PagerWidget::setPageSize(int size)
{
    const QSignalBlocker blocker(m_pageSize);
    const int index = m_pageSize->findData(size);
    if (index >= 0)
        m_pageSize->setCurrentIndex(index);
}

int PagerWidget::pageSize() const
{
    return m_pageSize->currentData().toInt();
}
