#pragma once

#include "session_row.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace waymark::store {
class Project;
}

namespace waymark::ui {

// Runs on the session model's own thread with its own read-only connection. It lists the ids of a
// query in display order (in chunks, so the row count is known in stages) and fetches windows of
// rows by id. Every request carries the model's life counter; a request whose life is no longer
// current is dropped, and a listing in progress stops as soon as the life moves on.
class SessionLoader : public QObject {
    Q_OBJECT
public:
    struct Callbacks {
        std::function<void(quint64 life, QVector<qint64> ids, bool complete)> listed;
        std::function<void(quint64 life, int block, QVector<SessionRow> rows)> fetched;
        std::function<void(quint64 life, QString message)> failed;
    };
    SessionLoader(QString projectPath, std::shared_ptr<std::atomic<quint64>> life, Callbacks callbacks);
    ~SessionLoader() override;

    // Called on the loader's thread.
    void list(quint64 life, const SessionQuery& query);
    void fetch(quint64 life, int block, const QVector<qint64>& ids);
    bool hasPredictions();

    static constexpr int kListChunk = 50000;

private:
    store::Project& project();
    bool stale(quint64 life) const { return life != m_life->load(std::memory_order_relaxed); }

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_life;
    Callbacks m_callbacks;
    std::unique_ptr<store::Project> m_project;
};

} // namespace waymark::ui
