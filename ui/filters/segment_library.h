#pragma once

#include "core/analysis/segment.h"

#include <QStringList>

namespace waymark::store {
class Database;
}

namespace waymark::ui {

// Small reads and writes of the segments and property_keys tables for the filter bar (GUI thread:
// both tables hold a few hundred rows at most).
QStringList savedSegmentNames(store::Database& db);

struct PropertyKeyLists {
    QStringList event;
    QStringList user;
};
PropertyKeyLists propertyKeys(store::Database& db);

// Saves (or replaces) a named segment. Returns false with a translated message on failure.
bool saveSegment(
    store::Database& db, const QString& name, const analysis::ConditionGroup& group, QString* error);

} // namespace waymark::ui
