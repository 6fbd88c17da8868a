#pragma once

#include "funnel_definition.h"

#include <QFrame>
#include <QPair>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace waymark::ui {

// What the editor offers, read from the project on the GUI thread (a few hundred rows at most).
struct FunnelChoices {
    QVector<QPair<qint64, QString>> events; // event_types.id, display name
    QVector<QPair<qint64, QString>> stages; // stages.id, name
    QStringList eventProperties;
    QStringList userProperties;
    QStringList segments;
    bool operator==(const FunnelChoices&) const = default;
};

// Fills a combo with the events (and stages) of the choices; the item data is the step it stands for.
void fillStepCombo(QComboBox* combo, const FunnelChoices& choices, bool withStages);
void selectStep(QComboBox* combo, const QString& name, bool stage);

// One step of the funnel: what it matches, an optional property filter, and move/remove buttons.
class FunnelStepRow : public QFrame {
    Q_OBJECT
public:
    FunnelStepRow(const FunnelChoices& choices, QWidget* parent = nullptr);

    void setNumber(int number, int count);
    FunnelStepDef step() const;
    void setStep(const FunnelStepDef& step);

    QComboBox* eventCombo() const { return m_event; }
    QComboBox* propertyCombo() const { return m_property; }
    QLineEdit* valueEdit() const { return m_value; }
    QToolButton* upButton() const { return m_up; }
    QToolButton* downButton() const { return m_down; }
    QToolButton* removeButton() const { return m_remove; }

signals:
    void changed();
    void moveUpRequested();
    void moveDownRequested();
    void removeRequested();

private:
    QLabel* m_number;
    QComboBox* m_event;
    QComboBox* m_property;
    QLineEdit* m_value;
    QToolButton* m_up;
    QToolButton* m_down;
    QToolButton* m_remove;
};

// "This event between steps i and j disqualifies the attempt."
class FunnelExclusionRow : public QWidget {
    Q_OBJECT
public:
    FunnelExclusionRow(const FunnelChoices& choices, QWidget* parent = nullptr);

    void setStepCount(int count);
    FunnelExclusionDef exclusion() const;
    void setExclusion(const FunnelExclusionDef& exclusion);

    QComboBox* eventCombo() const { return m_event; }
    QSpinBox* fromSpin() const { return m_from; }
    QSpinBox* toSpin() const { return m_to; }
    QToolButton* removeButton() const { return m_remove; }

signals:
    void changed();
    void removeRequested();

private:
    QComboBox* m_event;
    QSpinBox* m_from;
    QSpinBox* m_to;
    QToolButton* m_remove;
};

} // namespace waymark::ui
