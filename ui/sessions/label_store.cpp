#include "label_store.h"

#include "core/sessions/labels.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace waymark::ui {

LabelStore::LabelStore(const QString& projectPath, QObject* parent)
    : QObject(parent)
    , m_path(projectPath)
    , m_writer(std::make_unique<QThreadPool>())
    , m_db(std::make_shared<std::unique_ptr<store::Database>>())
{
    m_writer->setMaxThreadCount(1);
}

LabelStore::~LabelStore()
{
    flush();
}

void LabelStore::write(qint64 sessionId, const SessionLabel& label)
{
    emit labelChanged(sessionId, label);
    const std::string path = m_path.toStdString();
    const std::string note = label.note.toStdString();
    QPointer<LabelStore> self(this);
    (void)QtConcurrent::run(m_writer.get(), [self, db = m_db, path, sessionId, label = label.label, note] {
        try {
            if (!*db) *db = std::make_unique<store::Database>(path);
            sessions::writeLabel(**db, int64_t(sessionId), label, note, QDateTime::currentMSecsSinceEpoch());
        } catch (const std::exception& e) {
            const QString message = QString::fromUtf8(e.what());
            QMetaObject::invokeMethod(
                qApp,
                [self, message] {
                    if (self) emit self->writeFailed(message);
                },
                Qt::QueuedConnection);
        }
    }).isStarted();
}

void LabelStore::flush()
{
    m_writer->waitForDone();
}

} // namespace waymark::ui
