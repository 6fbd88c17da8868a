#pragma once

#include "members.h"
#include "paths.h"
#include "process_map.h"
#include "variants.h"

#include <QJsonObject>

namespace waymark::analysis {

// The JSON shapes of the paths, flow, variants and members commands (docs/cli.md).
QJsonObject pathsToJson(const PathQuery& query, const PathResult& result);
QJsonObject processMapToJson(const ProcessMapQuery& query, const ProcessMapResult& result);
QJsonObject variantsToJson(const Snapshot& snapshot, const VariantQuery& query, const VariantResult& result);
QJsonObject membersToJson(CountingUnit unit, const UnitPage& page, const std::vector<MemberInfo>& members,
    int64_t offset, int64_t limit);

const char* pathModeName(PathMode mode);
const char* unitName(CountingUnit unit);

} // namespace waymark::analysis
