#pragma once

#include "core/sessions/session_list.h"
#include "label_store.h"

#include <QString>
#include <QVector>
#include <optional>

namespace waymark::ui {

struct SessionRow {
    qint64 id = 0;
    qint64 userId = 0;
    QString user; // the user's external id
    QString email;
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 events = 0;
    QString segment; // the user's account segment, when the CRM import gave one
    SessionLabel label;
    std::optional<double> predicted; // score of the tagging model, when a project has one
};

// "positive", "negative", "neutral" or empty, translated.
QString labelName(const std::optional<int>& label);

using SessionSort = sessions::SessionSort;

// Which sessions the list shows, in what order. Restrictions combine with AND.
struct SessionQuery {
    std::optional<qint64> fromMs; // session start, inclusive
    std::optional<qint64> toMs; // exclusive
    std::optional<QVector<qint64>> userIds; // drill-down: only these users
    std::optional<QVector<qint64>> sessionIds; // drill-down or segment filter: only these sessions
    SessionSort sort = SessionSort::Start;
    bool descending = false;
};

} // namespace waymark::ui
