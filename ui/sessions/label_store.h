#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QThreadPool;

namespace waymark::store {
class Database;
}

namespace waymark::ui {

// A researcher's tag on a session: -1 negative, 0 neutral, 1 positive, or none.
struct SessionLabel {
    std::optional<int> label;
    QString note;
    bool isEmpty() const { return !label && note.isEmpty(); }
    bool operator==(const SessionLabel&) const = default;
};

// Writes session_labels as soon as a tag changes. The change is announced at once; the SQL runs
// on a single writer thread with its own connection, so a long import holding the write lock
// delays the row, never the GUI. Writes keep their order.
class LabelStore : public QObject {
    Q_OBJECT
public:
    explicit LabelStore(const QString& projectPath, QObject* parent = nullptr);
    ~LabelStore() override;

    void write(qint64 sessionId, const SessionLabel& label);
    // Blocks until every queued write reached the project (tests, closing the project).
    void flush();

signals:
    void labelChanged(qint64 sessionId, const waymark::ui::SessionLabel& label);
    void writeFailed(const QString& message);

private:
    QString m_path;
    std::unique_ptr<QThreadPool> m_writer;
    std::shared_ptr<std::unique_ptr<store::Database>> m_db; // opened on the writer thread
};

} // namespace waymark::ui

Q_DECLARE_METATYPE(waymark::ui::SessionLabel)
