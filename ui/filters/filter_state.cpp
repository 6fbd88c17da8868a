#include "filter_state.h"

#include "ui/common/format.h"

namespace waymark::ui {

FilterState::FilterState(QObject* parent)
    : QObject(parent)
    , m_unit(Settings::instance().defaultUnit())
{
}

void FilterState::setDateRange(std::optional<qint64> fromMs, std::optional<qint64> toMs)
{
    if (fromMs == m_from && toMs == m_to) return;
    m_from = fromMs;
    m_to = toMs;
    emit changed();
}

void FilterState::setSavedSegment(const QString& name)
{
    if (name == m_segmentName && !m_conditions.empty()) return;
    analysis::ConditionGroup group;
    group.items.push_back({ analysis::SegmentRef { name.toStdString() } });
    m_conditions = std::move(group);
    m_segmentName = name;
    emit changed();
}

void FilterState::setCustomSegment(analysis::ConditionGroup conditions)
{
    m_conditions = std::move(conditions);
    m_segmentName.clear();
    emit changed();
}

void FilterState::clearSegment()
{
    if (m_conditions.empty()) return;
    m_conditions = {};
    m_segmentName.clear();
    emit changed();
}

void FilterState::setUnit(Unit unit)
{
    if (unit == m_unit) return;
    m_unit = unit;
    emit unitChanged(unit);
    emit changed();
}

void FilterState::reset()
{
    if (isEmpty()) return;
    m_from.reset();
    m_to.reset();
    m_conditions = {};
    m_segmentName.clear();
    emit changed();
}

analysis::EventFilter FilterState::eventFilter() const
{
    analysis::EventFilter filter;
    filter.fromMs = m_from;
    filter.toMs = m_to;
    filter.conditions = m_conditions;
    return filter;
}

QString FilterState::describe() const
{
    QStringList parts;
    if (m_from || m_to)
        parts << tr("%1 – %2").arg(
            m_from ? formatDate(*m_from) : tr("start"), m_to ? formatDate(*m_to - 1) : tr("end"));
    if (!m_segmentName.isEmpty())
        parts << tr("segment “%1”").arg(m_segmentName);
    else if (!m_conditions.empty())
        parts << tr("custom segment");
    return parts.isEmpty() ? tr("all data") : parts.join(QStringLiteral(", "));
}

} // namespace waymark::ui
