#pragma once

#include "core/analysis/funnel.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace waymark::store {
class Database;
}
namespace waymark::analysis {
class Snapshot;
}

namespace waymark::ui {

// What the funnel editor shows, in names rather than the snapshot's type codes: it is saved with
// the project and turned into a FunnelQuery inside each job, against the snapshot the job runs on.
struct FunnelStepDef {
    QString name; // event display name, or stage name when `stage`
    bool stage = false;
    QString property; // optional filter "event.NAME" / "user.NAME" = value
    QString value;
    bool operator==(const FunnelStepDef&) const = default;
};

struct FunnelExclusionDef {
    QString event;
    int fromStep = 1;
    int toStep = 2;
    bool operator==(const FunnelExclusionDef&) const = default;
};

enum class WindowUnit { Seconds, Minutes, Hours, Days };

struct FunnelDefinition {
    enum class Breakdown { None, Property, Segments };
    QVector<FunnelStepDef> steps;
    int windowValue = 14;
    WindowUnit windowUnit = WindowUnit::Days;
    analysis::FunnelOrder order = analysis::FunnelOrder::Ordered;
    QVector<FunnelExclusionDef> exclusions;
    QString holdProperty; // empty = none
    Breakdown breakdown = Breakdown::None;
    QString breakdownProperty; // "user.plan", "event.platform"
    QStringList breakdownSegments;

    int64_t windowMs() const;
    bool operator==(const FunnelDefinition&) const = default;

    QJsonObject toJson() const;
    static FunnelDefinition fromJson(const QJsonObject& object);
};

// Throws std::invalid_argument (unknown event, stage or property) like the parsers it uses.
analysis::FunnelQuery buildFunnelQuery(const analysis::Snapshot& snapshot, const FunnelDefinition& definition,
    const analysis::EventFilter& filter, analysis::CountingUnit unit);

// The funnel a project opens with: the demo's six onboarding steps when the project has those
// events, otherwise its three most frequent events in that order.
FunnelDefinition defaultFunnel(const analysis::Snapshot& snapshot);

// The project's saved funnel (views.kind = 'funnel'); GUI thread, one small row.
std::optional<FunnelDefinition> loadSavedFunnel(store::Database& db);
void saveFunnel(store::Database& db, const FunnelDefinition& definition);

} // namespace waymark::ui
