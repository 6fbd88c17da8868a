#include "labels.h"

#include "../store/database.h"

namespace waymark::sessions {

void writeLabel(store::Database& db, int64_t sessionId, std::optional<int> label, const std::string& note,
    int64_t updatedAtMs)
{
    if (!label && !note.empty()) label = 0;
    if (!label) {
        db.prepare("DELETE FROM session_labels WHERE session_id = ?").bind(1, sessionId).run();
        return;
    }
    db.prepare(
          "INSERT OR REPLACE INTO session_labels(session_id, label, note, updated_at) VALUES(?, ?, ?, ?)")
        .bind(1, sessionId)
        .bind(2, *label)
        .bindOptional(3, note)
        .bind(4, updatedAtMs)
        .run();
}

} // namespace waymark::sessions
