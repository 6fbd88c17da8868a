#pragma once

#include "core/analysis/segment.h"
#include "ui/settings/settings.h"

#include <QObject>
#include <optional>

namespace waymark::ui {

// The global filter every view reads: a date range, a segment (saved or ad hoc) and the unit
// counted. One instance per open project; views listen to changed() and re-run their jobs.
class FilterState : public QObject {
    Q_OBJECT
public:
    using Unit = Settings::Unit;
    explicit FilterState(QObject* parent = nullptr);

    std::optional<qint64> fromMs() const { return m_from; } // inclusive, UTC
    std::optional<qint64> toMs() const { return m_to; } // exclusive, UTC
    void setDateRange(std::optional<qint64> fromMs, std::optional<qint64> toMs);

    // A saved segment has a name and is applied by reference, so editing its definition later
    // changes what the filter means; an ad hoc segment has no name.
    const analysis::ConditionGroup& conditions() const { return m_conditions; }
    QString segmentName() const { return m_segmentName; }
    void setSavedSegment(const QString& name);
    void setCustomSegment(analysis::ConditionGroup conditions);
    void clearSegment();
    bool hasSegment() const { return !m_conditions.empty(); }

    Unit unit() const { return m_unit; }
    void setUnit(Unit unit);

    void reset();
    bool isEmpty() const { return !m_from && !m_to && m_conditions.empty(); }
    analysis::EventFilter eventFilter() const;
    // A short human description for the status bar and exported reports.
    QString describe() const;

signals:
    void changed();
    void unitChanged(waymark::ui::Settings::Unit unit);

private:
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
    analysis::ConditionGroup m_conditions;
    QString m_segmentName;
    Unit m_unit;
};

} // namespace waymark::ui
