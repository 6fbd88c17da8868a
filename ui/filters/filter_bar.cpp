#include "filter_bar.h"

#include "filter_state.h"
#include "segment_editor.h"
#include "segment_library.h"
#include "ui/shell/project_context.h"

#include <QComboBox>
#include "ui/common/format.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QToolButton>

namespace waymark::ui {

namespace {
qint64 startOfDayMs(QDate date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}
} // namespace

FilterBar::FilterBar(ProjectContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_segment(new QComboBox(this))
    , m_edit(new QToolButton(this))
    , m_unit(new QComboBox(this))
    , m_reset(new QToolButton(this))
{
    setAccessibleName(tr("Global filter"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    auto label = [this, layout](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        layout->addWidget(l);
    };
    m_range->addItems(
        { tr("All time"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Custom range") });
    m_range->setToolTip(tr("Date range of the events every view looks at; the last days are counted back "
                           "from the newest event"));
    label(tr("&Dates:"), m_range);
    layout->addWidget(m_range);
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortDateFormat());
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &FilterBar::customDatesChanged);
    }
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(16);

    m_segment->setMinimumContentsLength(16);
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_segment->setToolTip(tr("Only people or events matching a segment"));
    label(tr("&Segment:"), m_segment);
    layout->addWidget(m_segment);
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Build a segment from property rules combined with AND / OR (Ctrl+Shift+S)"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    layout->addWidget(m_edit);
    layout->addSpacing(16);

    m_unit->addItem(tr("Users"), QVariant::fromValue(Settings::Unit::Users));
    m_unit->addItem(tr("Sessions"), QVariant::fromValue(Settings::Unit::Sessions));
    m_unit->setToolTip(tr("Count people or sessions"));
    label(tr("C&ount:"), m_unit);
    layout->addWidget(m_unit);
    layout->addStretch();
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Clear the date range and the segment"));
    layout->addWidget(m_reset);

    connect(m_range, &QComboBox::currentIndexChanged, this, &FilterBar::rangeChosen);
    connect(m_segment, &QComboBox::activated, this, &FilterBar::segmentChosen);
    connect(m_edit, &QToolButton::clicked, this, &FilterBar::editSegment);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing) m_context.filters().setUnit(m_unit->currentData().value<Settings::Unit>());
    });
    connect(m_reset, &QToolButton::clicked, this, [this] { m_context.filters().reset(); });
    connect(&m_context.filters(), &FilterState::changed, this, &FilterBar::syncFromState);
    connect(&m_context, &ProjectContext::opened, this, &FilterBar::reloadSegments);
    connect(&m_context, &ProjectContext::infoChanged, this, &FilterBar::syncFromState);
    syncFromState();
}

qint64 FilterBar::projectEndMs() const
{
    return m_context.hasInfo() && m_context.info().events ? m_context.info().lastEventMs
                                                          : QDateTime::currentMSecsSinceEpoch();
}

void FilterBar::reloadSegments()
{
    if (!m_context.isOpen()) return;
    m_syncing = true;
    m_segment->clear();
    m_segment->addItem(tr("Everyone"));
    for (const QString& name : savedSegmentNames(m_context.db()))
        m_segment->addItem(name, name);
    m_syncing = false;
    syncFromState();
}

void FilterBar::rangeChosen()
{
    if (m_syncing) return;
    const int range = m_range->currentIndex();
    m_from->setEnabled(range == Custom);
    m_to->setEnabled(range == Custom);
    FilterState& filters = m_context.filters();
    if (range == AllTime) {
        filters.setDateRange(std::nullopt, std::nullopt);
        return;
    }
    const QDate last = QDateTime::fromMSecsSinceEpoch(projectEndMs()).date();
    if (range == Custom) {
        if (!filters.fromMs()) {
            m_syncing = true;
            m_from->setDate(last.addDays(-29));
            m_to->setDate(last);
            m_syncing = false;
        }
        customDatesChanged();
        return;
    }
    const int days = range == Last7 ? 7 : range == Last30 ? 30 : 90;
    filters.setDateRange(startOfDayMs(last.addDays(1 - days)), startOfDayMs(last.addDays(1)));
}

void FilterBar::customDatesChanged()
{
    if (m_syncing || m_range->currentIndex() != Custom) return;
    m_context.filters().setDateRange(startOfDayMs(m_from->date()), startOfDayMs(m_to->date().addDays(1)));
}

void FilterBar::segmentChosen()
{
    const QString name = m_segment->currentData().toString();
    if (m_segment->currentIndex() == 0)
        m_context.filters().clearSegment();
    else if (!name.isEmpty())
        m_context.filters().setSavedSegment(name);
}

void FilterBar::editSegment()
{
    if (!m_context.isOpen()) return;
    const auto keys = propertyKeys(m_context.db());
    SegmentEditor editor(keys.event, keys.user, savedSegmentNames(m_context.db()), this);
    const auto& current = m_context.filters().conditions();
    editor.setConditions(current);
    if (current.empty()) editor.addRule();
    if (editor.exec() != QDialog::Accepted) return;
    const analysis::ConditionGroup group = editor.conditions();
    const QString name = editor.saveName();
    if (!name.isEmpty()) {
        QString error;
        if (!saveSegment(m_context.db(), name, group, &error)) {
            QMessageBox::warning(this, tr("Segment"), error);
            return;
        }
        reloadSegments();
        m_context.filters().setSavedSegment(name);
    } else if (group.empty()) {
        m_context.filters().clearSegment();
    } else {
        m_context.filters().setCustomSegment(group);
    }
}

void FilterBar::syncFromState()
{
    m_syncing = true;
    const FilterState& filters = m_context.filters();
    if (!filters.fromMs() && !filters.toMs()) {
        m_range->setCurrentIndex(AllTime);
        // The disabled boxes show what "all time" spans, not QDateEdit's default of 1 Jan 2000.
        if (m_context.hasInfo() && m_context.info().events) {
            m_from->setDate(QDateTime::fromMSecsSinceEpoch(m_context.info().firstEventMs).date());
            m_to->setDate(QDateTime::fromMSecsSinceEpoch(m_context.info().lastEventMs).date());
        }
    } else {
        const QDate last = QDateTime::fromMSecsSinceEpoch(projectEndMs()).date();
        const QDate from = QDateTime::fromMSecsSinceEpoch(filters.fromMs().value_or(0)).date();
        const QDate to = QDateTime::fromMSecsSinceEpoch(filters.toMs().value_or(projectEndMs()) - 1).date();
        int range = Custom;
        if (to == last)
            for (auto [r, days] : { std::pair { Last7, 7 }, { Last30, 30 }, { Last90, 90 } })
                if (from == last.addDays(1 - days)) range = r;
        m_range->setCurrentIndex(range);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_from->setEnabled(m_range->currentIndex() == Custom);
    m_to->setEnabled(m_range->currentIndex() == Custom);
    const int custom = m_segment->findText(tr("Custom segment"));
    if (custom > 0) m_segment->removeItem(custom);
    if (!filters.hasSegment())
        m_segment->setCurrentIndex(0);
    else if (!filters.segmentName().isEmpty())
        m_segment->setCurrentIndex(std::max(0, m_segment->findData(filters.segmentName())));
    else {
        m_segment->addItem(tr("Custom segment"));
        m_segment->setCurrentIndex(m_segment->count() - 1);
    }
    m_unit->setCurrentIndex(filters.unit() == Settings::Unit::Sessions ? 1 : 0);
    m_reset->setEnabled(!filters.isEmpty());
    m_syncing = false;
}

} // namespace waymark::ui
