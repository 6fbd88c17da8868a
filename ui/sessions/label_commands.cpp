#include "label_commands.h"

#include "session_row.h"

#include <QCoreApplication>

namespace waymark::ui {

namespace {
class LabelCommandText {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::LabelCommandText)
public:
    static QString describe(qint64 sessionId, const SessionLabel& before, const SessionLabel& after)
    {
        if (before.label != after.label) {
            if (!after.label) return tr("Clear tag of session %1").arg(sessionId);
            return tr("Tag session %1 %2").arg(sessionId).arg(labelName(after.label));
        }
        return tr("Edit note of session %1").arg(sessionId);
    }
};
} // namespace

SetLabelCommand::SetLabelCommand(LabelStore& store, qint64 sessionId, SessionLabel before, SessionLabel after)
    : m_store(store)
    , m_sessionId(sessionId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(LabelCommandText::describe(m_sessionId, m_before, m_after));
}

void SetLabelCommand::undo()
{
    m_store.write(m_sessionId, m_before);
}

void SetLabelCommand::redo()
{
    m_store.write(m_sessionId, m_after);
}

} // namespace waymark::ui
