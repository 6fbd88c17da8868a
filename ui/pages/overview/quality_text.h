#pragma once

#include "overview_data.h"

#include <QString>

namespace waymark::ui {

// One sentence telling the user what a data-quality finding means.
QString qualityIssueText(const QualityIssue& issue);

} // namespace waymark::ui
