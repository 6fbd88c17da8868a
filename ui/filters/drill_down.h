#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace waymark::ui {

// "Show these users / sessions": what an analysis view hands the session list when the user
// drills into a node, a funnel step or a segment. Empty lists mean no restriction.
struct DrillDown {
    QString title; // shown above the list, e.g. "Dropped after step 3"
    QVector<qint64> userIds; // users.id
    QVector<qint64> sessionIds; // sessions.id
    bool isEmpty() const { return userIds.isEmpty() && sessionIds.isEmpty(); }
};

} // namespace waymark::ui

Q_DECLARE_METATYPE(waymark::ui::DrillDown)
