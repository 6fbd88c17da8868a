#pragma once

#include "funnel_rows.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace waymark::ui {

// The funnel's definition as widgets: steps (add, remove, reorder, filter), window, order,
// exclusions, hold-constant property and breakdown. Emits changed() on every edit.
class FunnelEditor : public QWidget {
    Q_OBJECT
public:
    explicit FunnelEditor(QWidget* parent = nullptr);

    void setChoices(const FunnelChoices& choices);
    const FunnelChoices& choices() const { return m_choices; }
    void setDefinition(const FunnelDefinition& definition);
    FunnelDefinition definition() const;

    QList<FunnelStepRow*> stepRows() const { return m_steps; }
    QList<FunnelExclusionRow*> exclusionRows() const { return m_exclusions; }
    QPushButton* addStepButton() const { return m_addStep; }
    QPushButton* addExclusionButton() const { return m_addExclusion; }
    QSpinBox* windowSpin() const { return m_window; }
    QComboBox* windowUnitCombo() const { return m_windowUnit; }
    QComboBox* orderCombo() const { return m_order; }
    QComboBox* holdCombo() const { return m_hold; }
    QComboBox* breakdownCombo() const { return m_breakdown; }

signals:
    void changed();

private:
    FunnelStepRow* addStepRow(const FunnelStepDef& step);
    FunnelExclusionRow* addExclusionRow(const FunnelExclusionDef& exclusion);
    void moveStep(FunnelStepRow* row, int delta);
    void removeStep(FunnelStepRow* row);
    void removeExclusion(FunnelExclusionRow* row);
    void renumber();
    void fillPropertyCombos();
    void edited();

    FunnelChoices m_choices;
    QList<FunnelStepRow*> m_steps;
    QList<FunnelExclusionRow*> m_exclusions;
    QVBoxLayout* m_stepLayout;
    QVBoxLayout* m_exclusionLayout;
    QPushButton* m_addStep;
    QPushButton* m_addExclusion;
    QSpinBox* m_window;
    QComboBox* m_windowUnit;
    QComboBox* m_order;
    QComboBox* m_hold;
    QComboBox* m_breakdown;
    bool m_updating = false;
};

} // namespace waymark::ui
