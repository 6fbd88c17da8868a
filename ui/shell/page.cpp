#include "page.h"

#include "ui/common/busy_indicator.h"
#include "ui/filters/filter_state.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>

namespace waymark::ui {

Page::Page(ProjectContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    buildHeader();
    connect(&context, &ProjectContext::opened, this, &Page::invalidate);
    connect(&context, &ProjectContext::dataChanged, this, &Page::invalidate);
    connect(&context.filters(), &FilterState::changed, this, [this] {
        if (usesFilters()) invalidate();
    });
    connect(&context, &ProjectContext::aboutToClose, this, [this] {
        cancelJobs();
        clear();
        m_stale = true;
    });
    connect(&context.jobs(), &jobs::JobRunner::jobSettled, this,
        [this](const QString& view, jobs::JobId id, bool) { jobSettled(view, id); });
}

Page::~Page() = default;

void Page::buildHeader()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(16, 12, 16, 12);
    outer->setSpacing(10);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    m_title->setFont(font);
    m_busy = new BusyIndicator(this);
    connect(m_busy, &BusyIndicator::busyChanged, this, &Page::busyChanged);
    header->addWidget(m_title);
    header->addWidget(m_busy);
    header->addStretch();
    m_headerActions = new QHBoxLayout;
    header->addLayout(m_headerActions);
    outer->addLayout(header);
    m_body = new QVBoxLayout;
    m_body->setContentsMargins(0, 0, 0, 0);
    outer->addLayout(m_body, 1);
}

bool Page::isBusy() const
{
    return m_busy->isBusy();
}

void Page::invalidate()
{
    m_stale = true;
    if (isVisible() && !m_reloadQueued) {
        // Several signals usually arrive together (a new project resets the filter too).
        m_reloadQueued = true;
        QTimer::singleShot(0, this, &Page::reloadIfVisible);
    }
}

void Page::reloadIfVisible()
{
    m_reloadQueued = false;
    if (!m_stale || !isVisible() || !m_context.isOpen()) return;
    m_stale = false;
    reload();
}

void Page::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_title->text().isEmpty()) m_title->setText(title());
    if (m_stale) invalidate();
}

void Page::jobStarted(jobs::JobId id)
{
    m_jobs.insert(id);
    m_busy->begin();
}

void Page::jobSettled(const QString& view, jobs::JobId id)
{
    if (!view.startsWith(pageId() + QLatin1Char(':')) || !m_jobs.remove(id)) return;
    m_busy->end();
}

void Page::jobFailed(const QString& message, const std::function<void(const QString&)>& handler)
{
    if (handler) handler(message);
    emit statusMessage(tr("%1: %2").arg(title(), message));
}

void Page::cancelJobs()
{
    // Cancelled jobs still settle (undelivered), which winds the busy indicator down.
    for (const QString& view : std::as_const(m_views))
        m_context.jobs().cancel(view);
}

} // namespace waymark::ui
