#pragma once

#include "label_store.h"

#include <QUndoCommand>

namespace waymark::ui {

// One tag or note change; undo writes the previous tag back, so the project always holds what
// the researcher last saw.
class SetLabelCommand : public QUndoCommand {
public:
    SetLabelCommand(LabelStore& store, qint64 sessionId, SessionLabel before, SessionLabel after);
    void undo() override;
    void redo() override;

private:
    LabelStore& m_store;
    qint64 m_sessionId;
    SessionLabel m_before;
    SessionLabel m_after;
};

} // namespace waymark::ui
