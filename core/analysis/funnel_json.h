#pragma once

#include "funnel.h"

#include <QJsonObject>

namespace waymark::analysis {

// The JSON shape of a funnel (documented in docs/cli.md, "funnel"). Undefined numbers (a
// conversion out of zero users, the time to reach step 1) are null.
QJsonObject funnelToJson(const FunnelQuery& query, const FunnelResult& result);
QJsonObject funnelStepToJson(const FunnelStepResult& step);

const char* funnelOrderName(FunnelOrder order);

} // namespace waymark::analysis
