#pragma once

#include "label_store.h"

#include <QWidget>

class QLineEdit;
class QToolButton;
class QLabel;

namespace waymark::ui {

// Tag buttons (positive 1, negative 2, neutral 3, clear 0) and the note field of the current session.
class TagBar : public QWidget {
    Q_OBJECT
public:
    explicit TagBar(QWidget* parent = nullptr);

    void setSession(qint64 sessionId, const SessionLabel& label); // 0: nothing selected
    qint64 sessionId() const { return m_sessionId; }
    QLineEdit* noteEdit() const { return m_note; }

signals:
    void labelRequested(std::optional<int> label);
    void noteRequested(const QString& note);

private:
    QToolButton* button(const QString& text, const QString& tip, std::optional<int> label);
    qint64 m_sessionId = 0;
    QLabel* m_current;
    QLineEdit* m_note;
    QList<QToolButton*> m_buttons;
};

} // namespace waymark::ui
