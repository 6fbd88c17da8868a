#include "status_bar.h"

#include "page.h"
#include "project_context.h"
#include "ui/common/busy_indicator.h"
#include "ui/common/format.h"
#include "ui/filters/filter_state.h"

#include <QFrame>
#include <QLabel>

namespace waymark::ui {

StatusBar::StatusBar(ProjectContext& context, QWidget* parent)
    : QStatusBar(parent)
    , m_context(context)
    , m_summary(new QLabel(this))
    , m_filter(new QLabel(this))
    , m_busy(new BusyIndicator(this))
{
    m_summary->setAccessibleName(tr("Project summary"));
    m_filter->setAccessibleName(tr("Active filter"));
    addPermanentWidget(m_filter);
    // Both are plain text; a rule between them keeps "Filter: all data" apart from the project.
    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::VLine);
    rule->setFrameShadow(QFrame::Sunken);
    addPermanentWidget(rule);
    addPermanentWidget(m_summary);
    m_summary->setContentsMargins(4, 0, 4, 0);
    addPermanentWidget(m_busy);
    connect(&context, &ProjectContext::infoChanged, this, &StatusBar::updateSummary);
    connect(&context, &ProjectContext::opened, this, &StatusBar::updateSummary);
    connect(&context, &ProjectContext::closed, this, &StatusBar::updateSummary);
    connect(&context.filters(), &FilterState::changed, this, &StatusBar::updateSummary);
    updateSummary();
}

void StatusBar::setPage(Page* page)
{
    m_page = page;
    updateBusy();
}

void StatusBar::updateBusy()
{
    const bool busy = m_demoBusy || (m_page && m_page->isBusy());
    if (busy != m_busy->isBusy()) busy ? m_busy->begin() : m_busy->reset();
}

void StatusBar::setBackgroundBusy(bool busy)
{
    m_demoBusy = busy;
    updateBusy();
}

void StatusBar::showTransient(const QString& message)
{
    showMessage(message, 8000);
}

QString StatusBar::summaryText() const
{
    return m_summary->text();
}

void StatusBar::updateSummary()
{
    if (!m_context.isOpen()) {
        m_summary->setText(tr("No project"));
        m_filter->clear();
        return;
    }
    m_filter->setText(tr("Filter: %1").arg(m_context.filters().describe()));
    if (!m_context.hasInfo()) {
        m_summary->setText(tr("%1 · counting…").arg(m_context.displayName()));
        return;
    }
    const auto& info = m_context.info();
    m_summary->setText(tr("%1 · %2 events · %3 users · %4 sessions")
                           .arg(m_context.displayName(), formatCount(info.events), formatCount(info.users),
                               formatCount(info.sessions)));
    m_summary->setToolTip(m_context.path());
}

} // namespace waymark::ui
