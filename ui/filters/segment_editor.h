#pragma once

#include "core/analysis/segment.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QVBoxLayout;
class QCheckBox;

namespace waymark::ui {

// Edits a segment as a list of property rules combined with AND or OR; saved segments can be
// included as rules too. Nested groups of a definition loaded from the project are kept as they are.
class SegmentEditor : public QDialog {
    Q_OBJECT
public:
    SegmentEditor(const QStringList& eventProperties, const QStringList& userProperties,
        const QStringList& savedSegments, QWidget* parent = nullptr);

    void setConditions(const analysis::ConditionGroup& group);
    analysis::ConditionGroup conditions() const;
    // Non-empty when the user asked to save the segment under this name.
    QString saveName() const;
    int ruleCount() const { return int(m_rows.size()); }
    void addRule();

private:
    struct RuleRow {
        QWidget* widget;
        QComboBox* kind;
        QComboBox* property;
        QComboBox* op;
        QLineEdit* values;
    };
    RuleRow& appendRow();
    void updateRow(RuleRow& row);
    void removeRow(QWidget* widget);

    QStringList m_eventProperties, m_userProperties, m_segments;
    QComboBox* m_match;
    QVBoxLayout* m_rowsLayout;
    std::vector<RuleRow> m_rows;
    std::vector<analysis::Condition> m_kept; // nested groups, passed through unchanged
    QCheckBox* m_save;
    QLineEdit* m_name;
};

} // namespace waymark::ui
